package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
	"github.com/omt-reference/omt/techniques/search"
)

// A map row (a tender point, a Fryette principle, a special test) is looked
// up by its name from wherever a student types it: omt show, omt maps, and
// omt level, which says what the name is instead of failing to read it.

// printMapRow prints a whole row, after a line saying what it is and why it
// is shown here.
func (a *app) printMapRow(c *techniques.Catalog, h atlas.RowHit, lead, format string) error {
	subtitle := fmt.Sprintf("%s · omt maps %s", h.What(), h.Map.ID)
	secs := sheet.Row(c, h)
	switch format {
	case formatJSON:
		return writeJSON(a.io.Out, h)
	case formatMarkdown:
		secs = append([]sheet.Section{{Title: "What this is", Text: []string{lead}}}, secs...)
		_, err := io.WriteString(a.io.Out, render.Markdown(h.Row.Name, subtitle, secs))
		return err
	}
	w, _ := a.out()
	fmt.Fprintf(w, "%s\n\n", ansi.Wordwrap(lead, a.textWidth(), ""))
	return a.printDocument(h.Row.Name, subtitle, secs)
}

// rowLead says that a name asked for as one kind of entry is a map row:
// "AL3 is a counterstrain tender point, not a technique; showing it."
func rowLead(h atlas.RowHit, notA string) string {
	lead := fmt.Sprintf("%s is a %s, not a %s; showing it.", rowName(h), h.What(), notA)
	if p := h.TenderPoint; p != nil && p.Technique != "" {
		lead += fmt.Sprintf(" The technique that treats it: omt show %s.", p.Technique)
	}
	return lead
}

// rowName is a row's name, with its id when the two differ ("Principle II
// (non-neutral mechanics) [fryette-2]"), so that the id to type is in view.
func rowName(h atlas.RowHit) string {
	if strings.EqualFold(h.Row.Name, h.Row.ID) {
		return h.Row.Name
	}
	return fmt.Sprintf("%s [%s]", h.Row.Name, h.Row.ID)
}

// notALevel is omt level's answer to a row's name: what it is and where to
// open it, and its level when it has one.
func notALevel(h atlas.RowHit) error {
	msg := fmt.Sprintf("%s is a %s, not a level: omt show %s opens it", rowName(h), h.What(), h.Row.ID)
	if len(h.Row.Levels) > 0 {
		first := h.Row.Levels[0]
		if r, err := notation.ParseRange(first); err == nil {
			first = r.From.String() // omt level reads one level, not a range
		}
		msg += fmt.Sprintf(" (it lies at %s: omt level %s)", strings.Join(h.Row.Levels, ", "), first)
	}
	return &usageError{msg}
}

// showMapRow is omt show for an id that names no technique: the map row it
// names, or an error that suggests the closest techniques and rows.
func (a *app) showMapRow(c *techniques.Catalog, id string, l listing) error {
	h, ok := atlas.FindMapRow(c, id)
	if !ok {
		suggestions := a.index.SuggestTechniques(id, 3)
		if len(suggestions) < 3 {
			suggestions = append(suggestions, techniques.Closest(id, atlas.MapRowIDs(c), 3-len(suggestions))...)
		}
		return &notFoundError{what: "technique or map row", query: id, suggestions: suggestions}
	}
	lead := rowLead(h, "technique")
	if len(l.patient) > 0 {
		lead += " Patient flags screen techniques, not map rows: add --patient to the technique's omt show."
	}
	return a.printMapRow(c, h, lead, l.format)
}

// rowsInDetail is how many tender points and map rows of a search are
// summarised under their names; the rest are listed, and the footer says how
// to open any of them.
const rowsInDetail = 5

// printSearchResults is the text table of search results, best first. The
// first tender points and map rows get lines under their names with enough
// to act on (a point's location and position of ease) and how to open each
// whole.
func (a *app) printSearchResults(w io.Writer, c *techniques.Catalog, results []search.Result) {
	kindW, idW := len("KIND"), len("ID")
	for _, r := range results {
		kindW = max(kindW, len(string(r.Kind)))
		idW = max(idW, len(a.index.ResultID(r)))
	}
	indent := strings.Repeat(" ", kindW+2+idW+2)
	width := max(20, a.textWidth()-len(indent))
	fmt.Fprintf(w, "%-*s  %-*s  %s\n", kindW, "KIND", idW, "ID", "NAME")
	rows := 0
	for _, r := range results {
		id := a.index.ResultID(r)
		fmt.Fprintf(w, "%-*s  %-*s  %s\n", kindW, r.Kind, idW, id, resultName(a.index, r))
		if r.Kind != search.KindTenderPoint && r.Kind != search.KindMapRow {
			continue
		}
		if rows++; rows > rowsInDetail {
			continue
		}
		h, ok := atlas.FindMapRow(c, id)
		if !ok {
			continue
		}
		summary := sheet.RowSummary(h)
		for i, line := range summary {
			if i < len(summary)-1 { // the last line is a command: kept whole to copy
				line = strings.ReplaceAll(ansi.Wordwrap(line, width, ""), "\n", "\n"+indent+"  ")
			}
			fmt.Fprintln(w, indent+line)
		}
	}
	if rows > rowsInDetail {
		fmt.Fprintf(w, "\n%d tender points and map rows found; omt show ID opens any of them whole.\n", rows)
	}
}
