package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// minColumn is the narrowest a table column may be and still read: below
// it, a map is printed a row at a time instead.
const minColumn = 14

// Maps lists the maps: each one's name and title.
func (o Out) Maps(infos []techniques.MapInfo) error {
	tw := newTable(o.W)
	fmt.Fprintln(tw, "MAP\tTITLE")
	for _, m := range infos {
		fmt.Fprintf(tw, "%s\t%s\n", m.ID, m.Title)
	}
	return tw.Flush()
}

// MapTable prints a map: as a table when its columns fit the terminal,
// otherwise a row at a time with each column on its own line, so that long
// cells stay readable at any width. Its sources follow.
func (o Out) MapTable(c *techniques.Catalog, t techniques.MapTable) error {
	w, s := o.W, o.Styles
	fmt.Fprintf(w, "%s\n%s\n\n", s.Title.Render(t.Title), wordwrap(t.Summary, o.Width))
	columns := len(t.Columns) + 1 // the row's name
	if columns*(minColumn+3)+1 <= o.TableWidth {
		fmt.Fprintln(w, mapTable(t, o.TableWidth, s))
		mapNotes(w, t, o.Width, s)
	} else {
		mapRows(w, t, o.Width)
	}
	fmt.Fprintf(w, "\n%s\n", s.Title.Render("Sources"))
	for _, id := range mapSources(t) {
		fmt.Fprintln(w, bullet(s.G.Bullet, sheet.Citation(c, id), o.Width))
	}
	_, err := fmt.Fprintf(w, "\n%s\n", Disclaimer)
	return err
}

// mapTable lays a map out in bordered columns that wrap within width.
func mapTable(t techniques.MapTable, width int, s *Styles) string {
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

// mapNotes prints the notes of the rows marked * in the table.
func mapNotes(w io.Writer, t techniques.MapTable, width int, s *Styles) {
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

// mapRows prints a map a row at a time: its name, then a line per column,
// wrapped under its label.
func mapRows(w io.Writer, t techniques.MapTable, width int) {
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
	body := wordwrap(label+": "+strings.TrimSpace(value), max(20, width-4))
	return "  " + strings.ReplaceAll(body, "\n", "\n    ")
}

// bullet is a list item wrapped within width, its lines under its text.
func bullet(mark, text string, width int) string {
	body := wordwrap(strings.TrimSpace(text), max(20, width-2)) // a URL stays whole
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

// A map row (a tender point, a Fryette principle, a special test) is looked
// up by its name from wherever a student types it: omt show, omt maps, and
// omt level, which says what the name is instead of failing to read it.

// rowSubtitle says what a row is and where its map is.
func rowSubtitle(h atlas.RowHit) string { return fmt.Sprintf("%s · omt maps %s", h.What(), h.Map.ID) }

// MapRow prints a whole row, after a line saying what it is and why it is
// shown here.
func (o Out) MapRow(c *techniques.Catalog, h atlas.RowHit, lead string) error {
	fmt.Fprintf(o.W, "%s\n\n", wordwrap(lead, o.Width))
	return o.Document(h.Row.Name, rowSubtitle(h), sheet.Row(c, h))
}

// MapRowMarkdown writes a whole row as markdown, opening with what it is.
func MapRowMarkdown(w io.Writer, c *techniques.Catalog, h atlas.RowHit, lead string) error {
	secs := append([]sheet.Section{{Title: "What this is", Text: []string{lead}}}, sheet.Row(c, h)...)
	_, err := io.WriteString(w, Markdown(h.Row.Name, rowSubtitle(h), secs))
	return err
}

// RowLead says that a name asked for as one kind of entry is a map row:
// "AL3 is a counterstrain tender point, not a technique; showing it."
func RowLead(h atlas.RowHit, notA string) string {
	lead := fmt.Sprintf("%s is a %s, not a %s; showing it.", RowName(h), h.What(), notA)
	if p := h.TenderPoint; p != nil && p.Technique != "" {
		lead += fmt.Sprintf(" The technique that treats it: omt show %s.", p.Technique)
	}
	return lead
}

// RowName is a row's name, with its id when the two differ ("Principle II
// (non-neutral mechanics) [fryette-2]"), so that the id to type is in view.
func RowName(h atlas.RowHit) string {
	if strings.EqualFold(h.Row.Name, h.Row.ID) {
		return h.Row.Name
	}
	return fmt.Sprintf("%s [%s]", h.Row.Name, h.Row.ID)
}
