package render

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render/sheet"
)

// The compare layout: a field column, then a column per entry when each gets
// at least compareColumn columns; otherwise a field at a time, stacked.
const (
	compareField  = 18
	compareColumn = 34
)

// ComparisonFits reports whether a comparison is laid out side by side in
// width columns.
func ComparisonFits(cmp sheet.Comparison, width int) bool {
	return fieldColumn(cmp)+len(cmp.Techniques)*(compareColumn+3) <= width
}

// fieldColumn is the width of the field labels' column, padding included:
// compareField, or more when a label has a longer word, so that a label
// wraps between words ("Absolute" above "contraindications"), never inside
// one.
func fieldColumn(cmp sheet.Comparison) int {
	longest := 0
	for _, r := range cmp.Rows {
		for _, w := range strings.Fields(r.Field) {
			longest = max(longest, Width(w))
		}
	}
	return max(compareField, longest+2)
}

// Comparison lays two or three techniques out field against field:
// side by side when they fit the width, stacked otherwise. A field whose
// values differ, and a list item not every entry has, carry the Differ mark.
func Comparison(cmp sheet.Comparison, width int, s *Styles) string {
	if ComparisonFits(cmp, width) {
		return comparisonTable(cmp, width, s)
	}
	return comparisonStacked(cmp, width, s)
}

// ComparisonLegend says what the mark means.
func ComparisonLegend(g Glyphs) string {
	return g.Differ + " marks a field that differs, and an item not every entry has"
}

// compareCell is one entry's value of a field as text: the text, or the list
// with each item that not every entry has marked.
func compareCell(v sheet.CompareValue, g Glyphs) string {
	if v.Items == nil {
		if v.Text == "" {
			return "-"
		}
		return v.Text
	}
	var lines []string
	for _, it := range v.Items {
		mark := g.Bullet
		if !it.Shared {
			mark = g.Differ
		}
		lines = append(lines, mark+" "+it.Text)
	}
	if len(lines) == 0 {
		return "-"
	}
	return strings.Join(lines, "\n")
}

func fieldLabel(r sheet.CompareRow, g Glyphs) string {
	if r.Differ {
		return r.Field + " " + g.Differ
	}
	return r.Field
}

func comparisonTable(cmp sheet.Comparison, width int, s *Styles) string {
	headers := []string{""} // the ids: the names are in the heading, and headers do not wrap
	for _, t := range cmp.Techniques {
		headers = append(headers, t.ID)
	}
	n := len(cmp.Techniques)
	fieldW := fieldColumn(cmp)
	colW := (width-2-fieldW)/n - 1     // a border left of each column and one at the right
	fieldW += (width - 2 - fieldW) % n // the columns' remainder, so the table fills the width
	border := lipgloss.NormalBorder()
	if s.G.Pane == lipgloss.ASCIIBorder() {
		border = lipgloss.ASCIIBorder()
	}
	tb := table.New().Border(border).BorderRow(true).Wrap(true).Headers(headers...).
		BorderStyle(s.Muted).
		StyleFunc(func(row, col int) lipgloss.Style {
			st := lipgloss.NewStyle().Padding(0, 1).Width(colW)
			if col == 0 {
				st = st.Width(fieldW)
			}
			if row == table.HeaderRow || col == 0 {
				return st.Inherit(s.Title)
			}
			return st
		})
	for _, r := range cmp.Rows {
		cells := []string{fieldLabel(r, s.G)}
		for _, v := range r.Values {
			cells = append(cells, compareCell(v, s.G))
		}
		tb.Row(cells...)
	}
	return tb.String()
}

// comparisonStacked lays out a field at a time, each entry's value under it,
// labelled by its id: the names are in the heading, and would crowd the values.
func comparisonStacked(cmp sheet.Comparison, width int, s *Styles) string {
	var b strings.Builder
	wrap := func(text string, indent int) string {
		lines := strings.Split(ansi.Wordwrap(text, max(10, width-indent-2), ""), "\n")
		pad := strings.Repeat(" ", indent)
		return pad + strings.Join(lines, "\n"+pad+"  ")
	}
	for i, r := range cmp.Rows {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.Title.Render(fieldLabel(r, s.G)) + "\n")
		for j, v := range r.Values {
			id := cmp.Techniques[j].ID
			body := compareCell(v, s.G)
			if v.Items == nil {
				b.WriteString(wrap(id+": "+body, 2) + "\n")
				continue
			}
			b.WriteString(fmt.Sprintf("  %s:\n", id))
			for _, line := range strings.Split(body, "\n") {
				b.WriteString(wrap(line, 4) + "\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// Compare prints a comparison under the names compared and the legend:
// side by side when the columns fit the terminal, stacked otherwise.
func (o Out) Compare(cmp sheet.Comparison) error {
	w, s := o.W, o.Styles
	names := make([]string, len(cmp.Techniques))
	for i, t := range cmp.Techniques {
		names[i] = fmt.Sprintf("%s (%s)", t.Name, t.ID)
	}
	fmt.Fprintf(w, "%s\n%s\n\n", s.Title.Render(wordwrap(strings.Join(names, " vs "), o.Width)),
		s.Muted.Render(ComparisonLegend(s.G)))
	width := o.TableWidth
	if !ComparisonFits(cmp, width) {
		width = o.Width
	}
	fmt.Fprintln(w, Comparison(cmp, width, s))
	_, err := fmt.Fprintf(w, "\n%s\n", Disclaimer)
	return err
}

// CompareMarkdown writes a comparison as a table a student can paste into
// notes; list items are joined with line breaks and a differing field is in
// bold.
func CompareMarkdown(w io.Writer, cmp sheet.Comparison) error {
	header, rule := "| Field |", "|---|"
	for _, t := range cmp.Techniques {
		header += fmt.Sprintf(" %s (`%s`) |", t.Name, t.ID)
		rule += "---|"
	}
	fmt.Fprintf(w, "%s\n%s\n", header, rule)
	for _, r := range cmp.Rows {
		field := r.Field
		if r.Differ {
			field = "**" + field + "** (differs)"
		}
		line := "| " + field + " |"
		for _, v := range r.Values {
			line += " " + strings.ReplaceAll(markdownCell(v), "|", "\\|") + " |"
		}
		fmt.Fprintln(w, line)
	}
	_, err := fmt.Fprintf(w, "\nBold marks what not every entry has.\n\n%s\n", Disclaimer)
	return err
}

// markdownCell is one entry's value of a field in a markdown table: the
// text, or the list with each item that not every entry has in bold.
func markdownCell(v sheet.CompareValue) string {
	if v.Items == nil {
		return v.Text
	}
	var items []string
	for _, it := range v.Items {
		if it.Shared {
			items = append(items, it.Text)
		} else {
			items = append(items, "**"+it.Text+"**")
		}
	}
	return strings.Join(items, "<br>")
}
