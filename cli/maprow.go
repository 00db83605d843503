package cli

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// A map row (a tender point, a Fryette principle, a special test) is looked
// up by its name from wherever a student types it: omt show, omt maps, and
// omt level, which says what the name is instead of failing to read it.

// printMapRow prints a whole row, after a line saying what it is and why it
// is shown here.
func (a *app) printMapRow(c *techniques.Catalog, h atlas.RowHit, lead, format string) error {
	switch format {
	case formatJSON:
		return render.WriteJSON(a.io.Out, h)
	case formatMarkdown:
		return render.MapRowMarkdown(a.io.Out, c, h, lead)
	}
	return a.out().MapRow(c, h, lead)
}

// notALevel is omt level's answer to a row's name: what it is and where to
// open it, and its level when it has one.
func notALevel(h atlas.RowHit) error {
	msg := fmt.Sprintf("%s is a %s, not a level: omt show %s opens it", render.RowName(h), h.What(), h.Row.ID)
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
func (a *app) showMapRow(c *techniques.Catalog, id string, l render.Listing) error {
	h, ok := atlas.FindMapRow(c, id)
	if !ok {
		suggestions := a.index.SuggestTechniques(id, 3)
		if len(suggestions) < 3 {
			suggestions = append(suggestions, techniques.Closest(id, atlas.MapRowIDs(c), 3-len(suggestions))...)
		}
		return &notFoundError{what: "technique or map row", query: id, suggestions: suggestions}
	}
	lead := render.RowLead(h, "technique")
	if len(l.Patient) > 0 {
		lead += " Patient flags screen techniques, not map rows: add --patient to the technique's omt show."
	}
	return a.printMapRow(c, h, lead, l.Format)
}
