package sheet

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// Sheets for the maps: the same sections a technique is laid out in, so the
// browser, the text and the markdown outputs read them alike.

// Organ lays out everything the maps say about an organ.
func Organ(c *techniques.Catalog, rep atlas.OrganReport) []Section {
	var out []Section
	var refs []string
	if v := rep.Viscerosomatic; v != nil {
		sec := Section{Title: "Viscerosomatic levels", Fields: []Field{{"Levels", visceroLevels(c, *v)}}}
		if v.Note != "" {
			sec.Text = []string{v.Note}
		}
		if v.Board != nil && v.Board.Note != "" {
			sec.Text = append(sec.Text, "Board review: "+v.Board.Note)
		}
		out = append(out, sec)
		refs = append(refs, techniques.WithBoardSources(v.Sources, v.Board)...)
	} else {
		out = append(out, Section{Title: "Viscerosomatic levels", Text: []string{"No level is given in the sources reached."}})
	}
	if a := rep.Autonomic; a != nil {
		out = append(out, Section{Title: "Autonomic supply", Fields: autonomicFields(c, *a)})
		refs = append(refs, techniques.WithBoardSources(a.Sources, a.Board)...)
	}
	sec := Section{Title: "Chapman reflex points"}
	for _, p := range rep.Chapman {
		sec.Items = append(sec.Items, chapmanLine(c, p))
		refs = append(refs, techniques.WithBoardSources(p.Sources, p.Board)...)
	}
	if len(sec.Items) == 0 {
		sec.Text = []string{"No Chapman point listed for this organ in the sources reached."}
	}
	out = append(out, sec)
	if len(rep.Conditions) > 0 {
		var names []string
		for _, x := range rep.Conditions {
			names = append(names, x.Name)
		}
		out = append(out, Section{Title: "Related conditions", Items: names})
	}
	if len(rep.Techniques) > 0 {
		out = append(out, Section{Title: "Techniques for those conditions", Items: techniqueLines(rep.Techniques)})
	}
	return append(out, Section{Title: "Sources", Items: citations(c, dedupe(refs))})
}

func sideText(levels, side string) string {
	if side == "" {
		return levels
	}
	return levels + " (" + side + ")"
}

// visceroLevels writes an organ's viscerosomatic levels and side, both
// answers where board review differs.
func visceroLevels(c *techniques.Catalog, v techniques.OrganLevels) string {
	return c.TwoAnswers(sideText(strings.Join(v.Levels, ", "), v.Side),
		sideText(strings.Join(v.BoardLevels(), ", "), v.BoardSide()), v.Sources, v.Board)
}

// sympatheticLevels writes an organ's sympathetic levels, both answers where
// board review differs.
func sympatheticLevels(c *techniques.Catalog, a techniques.AutonomicSupply) string {
	return c.TwoAnswers(strings.Join(a.SympatheticLevels, ", "), strings.Join(a.BoardLevels(), ", "), a.Sources, a.Board)
}

func autonomicFields(c *techniques.Catalog, a techniques.AutonomicSupply) []Field {
	fs := []Field{
		{"Sympathetic levels", sympatheticLevels(c, a)},
		{"Ganglia", a.Ganglia},
		{"Sympathetic nerves", a.SympatheticNerves},
		{"Parasympathetic", a.Parasympathetic},
	}
	if a.Note != "" {
		fs = append(fs, Field{"Note", a.Note})
	}
	if a.Board != nil && a.Board.Note != "" {
		fs = append(fs, Field{"Board review", a.Board.Note})
	}
	return fs
}

// chapmanLine writes a Chapman point's anterior and posterior locations,
// both answers where board review differs, then its notes.
func chapmanLine(c *techniques.Catalog, p techniques.ChapmanPoint) string {
	var b strings.Builder
	for _, f := range []struct{ label, lit, board string }{
		{"Anterior", p.Anterior, p.BoardAnterior()},
		{"Posterior", p.Posterior, p.BoardPosterior()},
	} {
		lit, board := strings.TrimSuffix(oneLine(f.lit), "."), strings.TrimSuffix(oneLine(f.board), ".")
		if v := c.TwoAnswers(lit, board, p.Sources, p.Board); v != "" {
			b.WriteString(f.label + ": " + v + ". ")
		}
	}
	if note := techniques.WithBoardNote(p.Note, p.Board); note != "" {
		b.WriteString("(" + strings.TrimSuffix(strings.ReplaceAll(note, "\n", " "), ".") + ".)")
	}
	return strings.TrimSpace(b.String())
}

func techniqueLines(ts []techniques.Technique) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = fmt.Sprintf("%s (%s, %s) [%s]", t.Name, t.Approach, t.Participation, t.ID)
	}
	return out
}

func dedupe(ids []string) []string {
	var out []string
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Level lays out what the maps hold at a level.
func Level(c *techniques.Catalog, rep atlas.LevelReport) []Section {
	var out []Section
	var refs []string
	organName := func(id string) string {
		if o, ok := c.Maps.Organ(id); ok {
			return o.Name
		}
		return id
	}
	// which says which answer holds the level, when only one does
	which := func(lit, board []string, b *techniques.Board) string {
		if w := foundBy(lit, board, b, rep.Level); w != "" {
			return " (" + rep.Name + " is in " + w + ")"
		}
		return ""
	}
	var vs []string
	for _, r := range rep.Viscerosomatic {
		vs = append(vs, organName(r.Organ)+": "+visceroLevels(c, r)+which(r.Levels, r.BoardLevels(), r.Board))
		refs = append(refs, techniques.WithBoardSources(r.Sources, r.Board)...)
	}
	out = append(out, Section{Title: "Organs whose viscerosomatic reflex shows here", Items: orNone(vs)})
	var as []string
	for _, r := range rep.Autonomic {
		line := organName(r.Organ) + ": " + sympatheticLevels(c, r) + which(r.SympatheticLevels, r.BoardLevels(), r.Board)
		if g := strings.TrimSpace(r.Ganglia); g != "" {
			line += " (" + g + ")"
		}
		as = append(as, line)
		refs = append(refs, techniques.WithBoardSources(r.Sources, r.Board)...)
	}
	out = append(out, Section{Title: "Sympathetic supply from this level", Items: orNone(as)})
	if len(rep.Chapman) > 0 {
		sec := Section{Title: "Chapman reflex points at this level"}
		for _, p := range rep.Chapman {
			sec.Items = append(sec.Items, organName(p.Organ)+": "+chapmanLine(c, p))
			refs = append(refs, techniques.WithBoardSources(p.Sources, p.Board)...)
		}
		out = append(out, sec)
	}
	if len(rep.TenderPoints) > 0 {
		sec := Section{Title: "Counterstrain tender points"}
		for _, p := range rep.TenderPoints {
			ease := c.TwoAnswers(oneLine(p.PositionOfEase), oneLine(p.BoardEase()), p.Sources, p.Board)
			sec.Items = append(sec.Items, fmt.Sprintf("%s: %s Ease: %s", p.Name, strings.TrimSpace(p.Location), ease))
			refs = append(refs, techniques.WithBoardSources(p.Sources, p.Board)...)
		}
		out = append(out, sec)
	}
	if len(rep.Rows) > 0 {
		sec := Section{Title: "Mechanics at this level"}
		for _, r := range rep.Rows {
			sec.Items = append(sec.Items, fmt.Sprintf("%s (%s)", r.Row.Name, r.Map))
			refs = append(refs, r.Row.Sources...)
		}
		out = append(out, sec)
	}
	out = append(out, Section{Title: "Techniques for the " + rep.Region + " region", Items: orNone(techniqueLines(rep.Techniques))})
	return append(out, Section{Title: "Sources", Items: citations(c, dedupe(refs))})
}

func orNone(items []string) []string {
	if len(items) == 0 {
		return []string{"None in the maps."}
	}
	return items
}

// TenderPoint lays out one counterstrain tender point.
func TenderPoint(c *techniques.Catalog, p techniques.TenderPoint) []Section {
	tech := p.Technique
	if t, ok := c.Technique(p.Technique); ok {
		tech = fmt.Sprintf("%s [%s]", t.Name, t.ID)
	}
	about := Section{Title: "Tender point", Fields: []Field{
		{"Location", p.Location},
		{"Position of ease", c.TwoAnswers(oneLine(p.PositionOfEase), oneLine(p.BoardEase()), p.Sources, p.Board)},
		{"Hold", fmt.Sprintf("%d seconds, then return slowly and passively", p.HoldSeconds)},
	}}
	if p.OverlayFile != "" {
		about.Fields = append(about.Fields, Field{"Hold " + techniques.LocalMark(p.OverlayFile),
			fmt.Sprintf("%s seconds, as your school overlay holds %s", p.OverlayHoldSeconds, tech)})
	}
	about.Fields = append(about.Fields, []Field{
		{"Level", p.Level},
		{"Surface", p.Surface},
		{"Technique", tech},
	}...)
	out := []Section{about}
	if note := techniques.WithBoardNote(p.Note, p.Board); note != "" {
		out = append(out, Section{Title: "Note", Text: strings.Split(note, "\n")})
	}
	return append(out, Section{Title: "Sources", Items: citations(c, techniques.WithBoardSources(p.Sources, p.Board))})
}

// MapRow lays out one row of a table map, its cells under the column titles.
func MapRow(c *techniques.Catalog, ref techniques.TableRowRef) []Section {
	t, _ := c.Maps.Table(ref.Map)
	sec := Section{Title: t.Title}
	for _, col := range t.Columns {
		sec.Fields = append(sec.Fields, Field{col.Title, c.TwoAnswers(ref.Row.Value(col.Key), ref.Row.BoardValue(col.Key), ref.Row.Sources, ref.Row.Board)})
	}
	if len(ref.Row.Levels) > 0 {
		sec.Fields = append(sec.Fields, Field{"Levels", strings.Join(ref.Row.Levels, ", ")})
	}
	out := []Section{sec}
	if note := techniques.WithBoardNote(ref.Row.Note, ref.Row.Board); note != "" {
		out = append(out, Section{Title: "Note", Text: strings.Split(note, "\n")})
	}
	if len(ref.Row.Techniques) > 0 {
		var ts []techniques.Technique
		for _, id := range ref.Row.Techniques {
			if tech, ok := c.Technique(id); ok {
				ts = append(ts, tech)
			}
		}
		out = append(out, Section{Title: "Techniques", Items: techniqueLines(ts)})
	}
	return append(out, Section{Title: "Sources", Items: citations(c, techniques.WithBoardSources(ref.Row.Sources, ref.Row.Board))})
}

// oneLine collapses the line breaks and runs of spaces of folded YAML text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// motions spells motions as a list: "flexion, rotation right, side-bending right".
func motions(ms []notation.Motion) string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	return strings.Join(out, ", ")
}

// mapsSection names the maps that bear on a technique: its tender points,
// and the map rows (diagnoses) that list it.
func mapsSection(c *techniques.Catalog, t techniques.Technique) Section {
	sec := Section{Title: "Maps"}
	var points []string
	for _, p := range c.Maps.TenderPoints.Rows {
		if p.Technique == t.ID {
			points = append(points, p.Name)
		}
	}
	if len(points) > 0 {
		sec.Items = append(sec.Items, fmt.Sprintf("Tender points (%d): %s. omt maps tender-points lists each with its position of ease.",
			len(points), strings.Join(points, ", ")))
	}
	for _, tb := range c.Maps.Tables {
		var rows []string
		for _, r := range tb.Rows {
			if slices.Contains(r.Techniques, t.ID) {
				rows = append(rows, r.Name)
			}
		}
		if len(rows) > 0 {
			sec.Items = append(sec.Items, fmt.Sprintf("%s: %s (omt maps %s).", tb.Title, strings.Join(rows, "; "), tb.ID))
		}
	}
	if len(sec.Items) == 0 {
		sec.Items = []string{"No map lists this technique."}
	}
	return sec
}

// conditionMapsSection names the organs a condition bears on, with their
// viscerosomatic levels, for a condition's overview.
func conditionMapsSection(c *techniques.Catalog, x techniques.Condition) (Section, bool) {
	sec := Section{Title: "Maps: organs involved"}
	for _, o := range c.Maps.Organs.Rows {
		if !slices.Contains(o.Conditions, x.ID) {
			continue
		}
		line := o.Name
		for _, r := range c.Maps.Viscerosomatic.Rows {
			if r.Organ == o.ID {
				line += ": viscerosomatic " + visceroLevels(c, r)
			}
		}
		sec.Items = append(sec.Items, line+" (omt organ "+o.ID+").")
	}
	return sec, len(sec.Items) > 0
}

// foundBy says which answer holds a level, for a row with a board block:
// "board review's range only", "the literature's range only" or "both
// ranges"; "" with no board block or when neither holds it.
func foundBy(literature, board []string, b *techniques.Board, l notation.Level) string {
	if b == nil {
		return ""
	}
	lit, brd := techniques.LevelIn(l, literature), techniques.LevelIn(l, board)
	switch {
	case lit && brd:
		return "both ranges"
	case lit:
		return "the literature's range only"
	case brd:
		return "board review's range only"
	}
	return ""
}
