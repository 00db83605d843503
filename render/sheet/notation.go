package sheet

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// Notation lays out a reading: meaning, mechanics, landmarks,
// techniques and sources.
func Notation(c *techniques.Catalog, r atlas.NotationReading) []Section {
	e := r.Explanation
	reading := Section{Title: "Reading", Text: append([]string{e.Summary}, r.ReadAs...)}
	meaning := Section{Title: "Motion", Fields: []Field{
		{"Moves freely into", motions(e.Free)},
		{"Restricted in", motions(e.Restricted)},
	}}
	if e.Mechanics != 0 {
		meaning.Fields = append(meaning.Fields, Field{"Mechanics", e.Mechanics.String()})
	}
	if e.KeyRib.Valid() {
		meaning.Fields = append(meaning.Fields, Field{"Key rib", e.KeyRib.String()})
	}
	if len(e.RibMotions) > 0 {
		var rm []string
		for _, m := range e.RibMotions {
			rm = append(rm, m.String())
		}
		meaning.Fields = append(meaning.Fields, Field{"Rib motion", strings.Join(rm, ", ")})
	}
	if e.Axis != 0 {
		meaning.Fields = append(meaning.Fields, Field{"Axis", e.Axis.String()})
	}
	treat := Section{Title: "To treat it", Fields: []Field{
		{"Direct technique, engage", motions(e.DirectBarrier)},
		{"Indirect technique, position of ease", motions(e.IndirectEase)},
	}}
	out := []Section{reading, meaning, treat}
	if len(e.Notes) > 0 {
		out = append(out, Section{Title: "Notes", Items: e.Notes})
	}
	var refs []string
	if r.Row != nil {
		land := MapRow(c, *r.Row)
		land[0].Title = "Landmarks and findings (" + r.Row.Row.Name + ")"
		if k := r.KeyRibRow; k != nil {
			land[0].Fields = withKeyRib(c, land[0].Fields, *k, e.KeyRib)
			refs = append(refs, k.Row.Sources...)
		}
		out = append(out, land[0])
		refs = append(refs, r.Row.Row.Sources...)
	}
	var items []string
	for _, s := range r.SetUps {
		items = append(items, fmt.Sprintf("%s [%s] (%s): %s", s.Name, s.Technique, s.Approach, s.Instruction))
	}
	if len(items) == 0 {
		items = []string{"No technique in the catalogue is linked to this diagnosis yet."}
	}
	out = append(out, Section{Title: "Techniques, set up for this diagnosis", Items: items})
	refs = append(refs, "glossary-2017")
	return append(out, Section{Title: "Sources", Items: citations(c, dedupe(refs))})
}

// withKeyRib puts the key rib's own muscle and patient's action in place of
// the group row's general words, naming the row they come from.
func withKeyRib(c *techniques.Catalog, fields []Field, k techniques.TableRowRef, key notation.Level) []Field {
	t, _ := c.Maps.Table(k.Map)
	out := slices.Clone(fields)
	for _, col := range t.Columns {
		if col.Key != "muscle" && col.Key != "patient_action" {
			continue
		}
		value := k.Row.Value(col.Key)
		if col.Key == "muscle" {
			value = fmt.Sprintf("%s, for the key rib, %s (%s; omt show %s)", strings.TrimSuffix(value, "."), key, k.Row.Name, k.Row.ID)
		}
		for i := range out {
			if out[i].Label == col.Title {
				out[i].Value = value
			}
		}
	}
	return out
}
