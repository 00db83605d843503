package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

// minColumn is the narrowest a table column may be and still read: below
// it, a map is printed a row at a time instead.
const minColumn = 14

// printMapTable prints a map: as a table when its columns fit the terminal,
// otherwise a row at a time with each column on its own line, so that long
// cells stay readable at any width. Its sources follow.
func (a *app) printMapTable(c *techniques.Catalog, t techniques.MapTable) error {
	w, styles := a.out()
	width := a.io.Width
	if width <= 0 {
		width = 80
	}
	fmt.Fprintf(w, "%s\n%s\n\n", styles.Title.Render(t.Title), ansi.Wordwrap(t.Summary, a.textWidth(), ""))
	columns := len(t.Columns) + 1 // the row's name
	if columns*(minColumn+3)+1 <= width {
		fmt.Fprintln(w, mapTable(t, width, styles))
		printMapNotes(w, t, a.textWidth(), styles)
	} else {
		printMapRows(w, t, a.textWidth())
	}
	fmt.Fprintf(w, "\n%s\n", styles.Title.Render("Sources"))
	for _, id := range mapSources(t) {
		fmt.Fprintln(w, bullet(styles.G.Bullet, sheet.Citation(c, id), a.textWidth()))
	}
	_, err := fmt.Fprintf(w, "\n%s\n", render.Disclaimer)
	return err
}

// mapTable lays a map out in bordered columns that wrap within width.
func mapTable(t techniques.MapTable, width int, s *render.Styles) string {
	headers := []string{""}
	for _, col := range t.Columns {
		headers = append(headers, col.Title)
	}
	border := lipgloss.NormalBorder()
	if s.G.Pane == lipgloss.ASCIIBorder() {
		border = lipgloss.ASCIIBorder()
	}
	tb := table.New().Border(border).BorderRow(true).Wrap(true).Width(width).FitContent().Headers(headers...).
		StyleFunc(func(row, col int) lipgloss.Style {
			if row == table.HeaderRow || col == 0 {
				return s.Title.Padding(0, 1)
			}
			return lipgloss.NewStyle().Padding(0, 1)
		})
	for _, r := range t.Rows {
		name := r.Name
		if r.Note != "" {
			name += " *" // its note follows the table
		}
		cells := []string{name}
		for i := range t.Columns {
			cells = append(cells, orDash(r.Cells[i].Value))
		}
		tb.Row(cells...)
	}
	return tb.String()
}

// printMapNotes prints the notes of the rows marked * in the table.
func printMapNotes(w io.Writer, t techniques.MapTable, width int, s *render.Styles) {
	first := true
	for _, r := range t.Rows {
		if r.Note == "" {
			continue
		}
		if first {
			fmt.Fprintf(w, "\n%s\n", s.Title.Render("Notes (*)"))
			first = false
		}
		fmt.Fprintln(w, bullet(s.G.Bullet, r.Name+": "+strings.TrimSpace(r.Note), width))
	}
}

// printMapRows prints a map a row at a time: its name, then a line per
// column, wrapped under its label.
func printMapRows(w io.Writer, t techniques.MapTable, width int) {
	for _, r := range t.Rows {
		fmt.Fprintln(w, r.Name)
		for i, col := range t.Columns {
			fmt.Fprintln(w, labelled(col.Title, orDash(r.Cells[i].Value), width))
		}
		if r.Note != "" {
			fmt.Fprintln(w, labelled("Note", r.Note, width))
		}
		fmt.Fprintln(w)
	}
}

// labelled indents a value under its label: "  Label: text", wrapped.
func labelled(label, value string, width int) string {
	body := ansi.Wordwrap(label+": "+strings.TrimSpace(value), max(20, width-4), "")
	return "  " + strings.ReplaceAll(body, "\n", "\n    ")
}

// bullet is a list item wrapped within width, its lines under its text.
func bullet(mark, text string, width int) string {
	body := ansi.Wordwrap(strings.TrimSpace(text), max(20, width-2), "") // a URL stays whole
	return mark + " " + strings.ReplaceAll(body, "\n", "\n  ")
}

func orDash(v string) string {
	if strings.TrimSpace(v) == "" {
		return "-"
	}
	return strings.TrimSpace(v)
}

// mapSources are the map's own sources, then its rows', each once.
func mapSources(t techniques.MapTable) []string {
	out := slices.Clone(t.Sources)
	for _, r := range t.Rows {
		for _, id := range r.Sources {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}
