package sheet

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// Comparison sets two or three techniques side by side, field against field,
// as students learn them: muscle energy against HVLA for the same segment,
// counterstrain against FPR.
type Comparison struct {
	Techniques []TechniqueRef `json:"techniques"`
	Rows       []CompareRow   `json:"fields"`
}

// TechniqueRef names a technique in a comparison.
type TechniqueRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// CompareRow is one field across the techniques compared.
type CompareRow struct {
	Field  string         `json:"field"`
	Values []CompareValue `json:"values"` // one per technique, in order
	Differ bool           `json:"differ"` // the values are not all the same
}

// CompareValue is one technique's value of a field: a text, or a list of
// items for the fields that are lists (contraindications, indications).
type CompareValue struct {
	Text  string        `json:"text,omitempty"`
	Items []CompareItem `json:"items,omitempty"`
}

// CompareItem is one item of a list field, and whether every technique
// compared has it too.
type CompareItem struct {
	Text   string `json:"text"`
	Shared bool   `json:"shared"`
}

// MaxCompared is how many techniques fit side by side.
const MaxCompared = 3

// Compare lays out the techniques with these ids side by side. It needs two
// or three known, distinct ids.
func Compare(c *techniques.Catalog, ids ...string) (Comparison, error) {
	if len(ids) < 2 || len(ids) > MaxCompared {
		return Comparison{}, fmt.Errorf("compare takes two or three techniques, not %d", len(ids))
	}
	var ts []techniques.Technique
	for i, id := range ids {
		t, ok := c.Technique(id)
		if !ok {
			return Comparison{}, fmt.Errorf("no technique %q", id)
		}
		if slices.Contains(ids[:i], id) {
			return Comparison{}, fmt.Errorf("%q is named twice; compare different techniques", id)
		}
		ts = append(ts, t)
	}
	cmp := Comparison{}
	for _, t := range ts {
		cmp.Techniques = append(cmp.Techniques, TechniqueRef{t.ID, t.Name})
	}
	text := func(field string, get func(techniques.Technique) string) {
		cmp.addText(field, ts, get)
	}
	list := func(field string, get func(techniques.Technique) []string) {
		cmp.addList(field, ts, get)
	}
	text("Family", func(t techniques.Technique) string {
		if f, ok := c.Family(t.Family); ok {
			return f.Name
		}
		return t.Family
	})
	text("Approach", ApproachText)
	text("Participation", func(t techniques.Technique) string { return string(t.Participation) })
	list("Activating forces", func(t techniques.Technique) []string { return t.ActivatingForces })
	list("Regions", func(t techniques.Technique) []string { return t.Regions })
	list("Patient positions", func(t techniques.Technique) []string {
		return mapNames(t.Positions, func(p techniques.PatientPosition) string { return string(p) })
	})
	text("Patient position", func(t techniques.Technique) string { return t.Position.Patient })
	text("Operator position", func(t techniques.Technique) string { return t.Position.Operator })
	text("Barrier", func(t techniques.Technique) string { return t.Barrier })
	text("Timing", func(t techniques.Technique) string { return t.Timing })
	text("Repetitions", func(t techniques.Technique) string { return t.Repetitions })
	text("Timer", func(t techniques.Technique) string {
		if !t.Timer.Defined() {
			return "no fixed timing"
		}
		return t.Timer.Summary()
	})
	text("Endpoint", func(t techniques.Technique) string { return t.Endpoint })
	list("Absolute contraindications", func(t techniques.Technique) []string { return flagNames(c, t.Contraindications.Absolute) })
	list("Relative contraindications", func(t techniques.Technique) []string { return flagNames(c, t.Contraindications.Relative) })
	list("Indications", func(t techniques.Technique) []string {
		return mapNames(t.Indications, func(id string) string {
			if x, ok := c.Condition(id); ok {
				return x.Name
			}
			return id
		})
	})
	list("Evidence", func(t techniques.Technique) []string {
		var out []string
		for _, e := range t.Evidence {
			what := "general"
			if x, ok := c.Condition(e.Condition); ok {
				what = x.Name
			}
			out = append(out, fmt.Sprintf("%s: %s (%s)", what, techniques.GradeLabel(e.Strength), ShortCitation(c, e.Reference)))
		}
		if len(out) == 0 {
			out = []string{"no trial found"}
		}
		return out
	})
	return markLocalComparison(cmp, ts), nil
}

func flagNames(c *techniques.Catalog, cs []techniques.Contraindication) []string {
	return mapNames(cs, func(x techniques.Contraindication) string {
		if f, ok := c.Flag(x.Flag); ok {
			return f.Name
		}
		return x.Flag
	})
}

func mapNames[T any](in []T, name func(T) string) []string {
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = name(v)
	}
	return out
}

func (cmp *Comparison) addText(field string, ts []techniques.Technique, get func(techniques.Technique) string) {
	row := CompareRow{Field: field}
	for _, t := range ts {
		row.Values = append(row.Values, CompareValue{Text: strings.TrimSpace(get(t))})
	}
	for _, v := range row.Values[1:] {
		row.Differ = row.Differ || !strings.EqualFold(v.Text, row.Values[0].Text)
	}
	cmp.Rows = append(cmp.Rows, row)
}

// addList adds a list field; an item is shared when every technique has it,
// and the row differs when any item is not shared.
func (cmp *Comparison) addList(field string, ts []techniques.Technique, get func(techniques.Technique) []string) {
	lists := make([][]string, len(ts))
	for i, t := range ts {
		lists[i] = get(t)
	}
	row := CompareRow{Field: field}
	for _, items := range lists {
		var v CompareValue
		for _, it := range items {
			shared := true
			for _, other := range lists {
				shared = shared && slices.ContainsFunc(other, func(o string) bool { return strings.EqualFold(o, it) })
			}
			v.Items = append(v.Items, CompareItem{Text: it, Shared: shared})
			row.Differ = row.Differ || !shared
		}
		row.Values = append(row.Values, v)
	}
	cmp.Rows = append(cmp.Rows, row)
}
