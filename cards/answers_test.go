package cards_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// TestAnswersMatchCatalogue recomputes every card's answer from the
// catalogue, independently of the generator: each choice card must have
// exactly one choice the catalogue makes right, at Answer, and every recall
// card must reveal the catalogue's values.
func TestAnswersMatchCatalogue(t *testing.T) {
	c, all := shipped(t)
	for _, card := range all {
		checkAnswer(t, c, card)
	}
}

// oracle says what the catalogue makes right for one card.
type oracle struct {
	valid  func(choice string) bool // could this choice be called right?
	recall []string                 // values the back must show
	extra  func(card cards.Card) string
}

func checkAnswer(t *testing.T, c *techniques.Catalog, card cards.Card) {
	t.Helper()
	o, err := oracleFor(c, card)
	if err != nil {
		t.Errorf("%s: %v", card.ID, err)
		return
	}
	for _, want := range o.recall {
		if !strings.Contains(flat(card.Back), flat(want)) {
			t.Errorf("%s: back does not show %q", card.ID, want)
		}
	}
	if o.extra != nil {
		if msg := o.extra(card); msg != "" {
			t.Errorf("%s: %s", card.ID, msg)
		}
	}
	if o.valid == nil {
		return
	}
	if card.Kind == cards.Recall {
		answer, _, _ := strings.Cut(card.Back, "\n\n")
		if !o.valid(answer) {
			t.Errorf("%s: recall answer %q is not the catalogue's", card.ID, answer)
		}
		return
	}
	var right []int
	for i, ch := range card.Choices {
		if o.valid(ch) {
			right = append(right, i)
		}
	}
	if len(right) != 1 || right[0] != card.Answer {
		t.Errorf("%s: right choices %v of %q, answer %d", card.ID, right, card.Choices, card.Answer)
	}
}

func oracleFor(c *techniques.Catalog, card cards.Card) (oracle, error) {
	parts := strings.Split(card.ID, "/")
	switch parts[0] {
	case "technique":
		return techniqueOracle(c, parts[1], strings.Join(parts[2:], "/"))
	case "condition":
		return conditionOracle(c, parts[1], parts[2])
	case "vignette":
		return vignetteOracle(c, parts[1], parts[2])
	case "glossary":
		g, ok := c.GlossaryTerm(parts[1])
		switch {
		case !ok:
		case parts[2] == "definition":
			return oracle{recall: []string{g.Definition}}, nil
		case parts[2] == "term":
			return oracle{valid: func(ch string) bool { return ch == g.Term }}, nil
		}
	case "map":
		return mapOracle(c, parts[1], parts[2], parts[3])
	case "notation":
		return notationOracle(card, parts[2])
	case cards.BoardPrefix:
		return boardOracle(c, card)
	case "chart":
		return chartOracle(c, card, parts[1], parts[2], parts[3])
	}
	return oracle{}, fmt.Errorf("no oracle for this card")
}

func techniqueOracle(c *techniques.Catalog, id, field string) (oracle, error) {
	t, ok := c.Technique(id)
	if !ok {
		return oracle{}, fmt.Errorf("no technique %s", id)
	}
	switch field {
	case "family":
		f, _ := c.Family(t.Family)
		return oracle{valid: func(ch string) bool { return ch == f.Name }}, nil
	case "classification":
		want := string(t.Approach) + ", " + string(t.Participation)
		if t.Participation == techniques.Either {
			want = string(t.Approach) + ", active or passive"
		}
		if t.AlsoTaught != "" {
			want = "direct or indirect, " + string(t.Participation)
		}
		return oracle{valid: func(ch string) bool { return strings.EqualFold(ch, want) }}, nil
	case "activating-forces":
		return oracle{recall: t.ActivatingForces}, nil
	case "timing":
		return oracle{recall: []string{t.Timing, t.Repetitions}}, nil
	case "barrier":
		return oracle{recall: []string{t.Barrier}}, nil
	case "position":
		return oracle{recall: []string{t.Position.Patient, t.Position.Operator}}, nil
	case "indications":
		return oracle{valid: func(ch string) bool {
			return slices.ContainsFunc(t.Indications, func(id string) bool { x, _ := c.Condition(id); return x.Name == ch })
		}}, nil
	}
	if field == "absolute" {
		// the whole list, but for a flag absolute for every technique (no consent)
		var want []string
		for _, ci := range t.Contraindications.Absolute {
			if !slices.ContainsFunc(c.Techniques, func(u techniques.Technique) bool { return !absoluteFor(u, ci.Flag) }) {
				continue
			}
			f, _ := c.Flag(ci.Flag)
			want = append(want, f.Name, ci.Note)
		}
		return oracle{recall: want}, nil
	}
	if flag, ok := strings.CutPrefix(field, "absolute/"); ok {
		absolute := func(name string) bool {
			return slices.ContainsFunc(t.Contraindications.Absolute, func(ci techniques.Contraindication) bool {
				f, _ := c.Flag(ci.Flag)
				return f.Name == name
			})
		}
		f, _ := c.Flag(flag)
		return oracle{valid: absolute, extra: func(card cards.Card) string {
			if card.Answer >= 0 && card.Choices[card.Answer] != f.Name {
				return "asks about " + flag + " but answers " + card.Choices[card.Answer]
			}
			return ""
		}}, nil
	}
	return oracle{}, fmt.Errorf("no oracle for technique field %s", field)
}

func absoluteFor(t techniques.Technique, flag string) bool {
	return slices.ContainsFunc(t.Contraindications.Absolute, func(ci techniques.Contraindication) bool { return ci.Flag == flag })
}

func conditionOracle(c *techniques.Catalog, id, field string) (oracle, error) {
	x, ok := c.Condition(id)
	if !ok {
		return oracle{}, fmt.Errorf("no condition %s", id)
	}
	switch field {
	case "techniques":
		indicated := c.TechniquesFor(id)
		if len(indicated) == 0 {
			return oracle{recall: []string{x.TechniquesNote}}, nil
		}
		return oracle{valid: func(ch string) bool {
			return slices.ContainsFunc(indicated, func(t techniques.Technique) bool { return t.Name == ch })
		}}, nil
	case "red-flags":
		return oracle{recall: x.RedFlags}, nil
	case "evidence-grade":
		ev, _ := c.ConditionEvidence(id)
		return oracle{valid: func(ch string) bool { return strings.EqualFold(ch, techniques.GradeLabel(ev.Grade)) }}, nil
	}
	return oracle{}, fmt.Errorf("no oracle for condition field %s", field)
}

// vignetteOracle screens each option for the finding alone: a finding the
// condition implies can only make a screen stricter, so an option the
// generator kept as safe must also be safe for the finding alone, and its
// answer must be ruled out by it.
func vignetteOracle(c *techniques.Catalog, condition, flag string) (oracle, error) {
	byName := func(name string) (techniques.Technique, bool) {
		i := slices.IndexFunc(c.Techniques, func(t techniques.Technique) bool { return t.Name == name })
		if i < 0 {
			return techniques.Technique{}, false
		}
		return c.Techniques[i], true
	}
	return oracle{
		valid: func(ch string) bool {
			t, ok := byName(ch)
			return ok && c.Screen(t, []string{flag}).Status == techniques.StatusContraindicated
		},
		extra: func(card cards.Card) string {
			for _, ch := range card.Choices {
				if t, ok := byName(ch); !ok || !slices.Contains(t.Indications, condition) {
					return ch + " is not a technique indicated for " + condition
				}
			}
			return ""
		},
	}, nil
}

func mapOracle(c *techniques.Catalog, mapID, row, field string) (oracle, error) {
	m := &c.Maps
	switch mapID + "/" + field {
	case "viscerosomatic/levels", "autonomic/sympathetic":
		// either answer of either organ map is right: the literature's and board review's
		accepted := acceptedLevels(c, row)
		return oracle{valid: func(ch string) bool {
			return slices.ContainsFunc(accepted, func(ls []string) bool { return sameLevels(split(ch), ls) })
		}}, nil
	case "viscerosomatic/organ":
		r := find(m.Viscerosomatic.Rows, func(r techniques.OrganLevels) bool { return r.Organ == row })
		return oracle{valid: func(ch string) bool {
			return slices.ContainsFunc(m.Viscerosomatic.Rows, func(o techniques.OrganLevels) bool {
				organ, _ := c.Maps.Organ(o.Organ)
				return organ.Name == ch && slices.ContainsFunc(acceptedLevels(c, o.Organ), func(ls []string) bool { return shareLevel(ls, r.BoardLevels()) })
			})
		}}, nil
	case "autonomic/parasympathetic":
		r := find(m.Autonomic.Rows, func(r techniques.AutonomicSupply) bool { return r.Organ == row })
		return oracle{valid: func(ch string) bool { return related(ch, r.Parasympathetic) }}, nil
	case "chapman/anterior":
		var mine []techniques.ChapmanPoint
		for _, p := range m.Chapman.Rows {
			if p.Organ == row {
				mine = append(mine, p)
			}
		}
		// a point is named by either answer's anterior location
		names := func(p techniques.ChapmanPoint, text string) bool {
			return slices.ContainsFunc([]string{p.Anterior, p.BoardAnterior()}, func(a string) bool {
				return a != "" && (flat(a) == flat(text) || related(a, text))
			})
		}
		return oracle{valid: func(ch string) bool {
			return slices.ContainsFunc(m.Chapman.Rows, func(p techniques.ChapmanPoint) bool {
				return names(p, ch) && slices.ContainsFunc(mine, func(q techniques.ChapmanPoint) bool {
					return q.ID == p.ID || shareLevel(q.AllLevels(), p.AllLevels()) || names(q, p.Anterior) || names(q, p.BoardAnterior())
				})
			})
		}}, nil
	case "tender-points/location", "tender-points/name", "tender-points/position-of-ease":
		return tenderPointOracle(m.TenderPoints.Rows, row, field)
	}
	table, ok := m.Table(mapID)
	if !ok {
		return oracle{}, fmt.Errorf("no oracle for map field %s/%s", mapID, field)
	}
	r := find(table.Rows, func(r techniques.TableRow) bool { return r.ID == row })
	switch field {
	case "row":
		var cells []string
		for _, col := range table.Columns {
			cells = append(cells, r.Value(col.Key))
		}
		return oracle{recall: cells}, nil
	case "landmarks":
		return landmarkOracle(table), nil
	case "muscle":
		return oracle{valid: func(ch string) bool { return related(ch, r.Value("muscle")) || related(ch, r.BoardValue("muscle")) }}, nil
	case "key-rib":
		return oracle{recall: []string{r.BoardValue("key_rib")}}, nil
	}
	return oracle{}, fmt.Errorf("no oracle for table field %s", field)
}

func tenderPointOracle(points []techniques.TenderPoint, id, field string) (oracle, error) {
	p := find(points, func(p techniques.TenderPoint) bool { return p.ID == id })
	switch field {
	case "location":
		return oracle{valid: func(ch string) bool { return related(ch, p.Location) }, extra: func(card cards.Card) string {
			for _, ch := range card.Choices {
				if !slices.ContainsFunc(points, func(q techniques.TenderPoint) bool { return q.Region == p.Region && flat(q.Location) == flat(ch) }) {
					return ch + " is no tender point location of the region"
				}
			}
			return ""
		}}, nil
	case "name":
		return oracle{valid: func(ch string) bool {
			return slices.ContainsFunc(points, func(q techniques.TenderPoint) bool { return q.Name == ch && related(q.Location, p.Location) })
		}}, nil
	}
	if p.Board != nil {
		return oracle{recall: []string{p.BoardEase(), strings.TrimSuffix(flat(p.PositionOfEase), ".")}}, nil
	}
	return oracle{recall: []string{p.PositionOfEase}}, nil
}

// landmarkOracle takes the findings from the card's front and calls right
// every row whose findings agree with each of them.
func landmarkOracle(table techniques.MapTable) oracle {
	return oracle{extra: func(card cards.Card) string {
		if card.Kind == cards.Recall {
			return ""
		}
		var right []int
		for i, ch := range card.Choices {
			r := find(table.Rows, func(r techniques.TableRow) bool { return r.Name == ch })
			agrees := true
			for _, line := range strings.Split(card.Front, "\n")[1:] {
				title, value, _ := strings.Cut(strings.TrimPrefix(line, "- "), ": ")
				col := find(table.Columns, func(c techniques.Column) bool { return c.Title == title })
				agrees = agrees && col.Key != "" && related(r.Value(col.Key), value)
			}
			if agrees {
				right = append(right, i)
			}
		}
		if len(right) != 1 || right[0] != card.Answer {
			return fmt.Sprintf("rows fitting the findings: %v of %q, answer %d", right, card.Choices, card.Answer)
		}
		return ""
	}}
}

func notationOracle(card cards.Card, field string) (oracle, error) {
	text, _, _ := strings.Cut(card.Front, ": ")
	d, err := notation.Parse(text)
	if err != nil {
		return oracle{}, err
	}
	e := notation.Explain(d)
	switch field {
	case "restricted":
		var want []string
		for _, m := range e.Restricted {
			want = append(want, m.String())
		}
		return oracle{valid: func(ch string) bool {
			got := strings.Split(ch, ", ")
			return within(got, want) || within(want, got)
		}}, nil
	case "key-rib":
		return oracle{valid: func(ch string) bool { return ch == e.KeyRib.String() }}, nil
	case "axis":
		return oracle{valid: func(ch string) bool { return ch == e.Axis.String() }}, nil
	}
	return oracle{}, fmt.Errorf("no oracle for notation field %s", field)
}

func find[T any](xs []T, f func(T) bool) T {
	if i := slices.IndexFunc(xs, f); i >= 0 {
		return xs[i]
	}
	var zero T
	return zero
}

func within(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// flat collapses runs of white space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// words folds case and punctuation, between spaces.
func words(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
}

// related reports whether one text contains the other, folded: such texts
// may both be called right.
func related(a, b string) bool {
	x, y := words(a), words(b)
	return strings.TrimSpace(x) != "" && strings.TrimSpace(y) != "" && (strings.Contains(x, y) || strings.Contains(y, x))
}

func split(s string) []string { return strings.Split(s, ", ") }

func levels(ss []string) map[notation.Level]bool {
	set := map[notation.Level]bool{}
	for _, s := range ss {
		r, err := notation.ParseRange(s)
		if err != nil {
			continue
		}
		for _, l := range r.Levels() {
			set[l] = true
		}
	}
	return set
}

func sameLevels(a, b []string) bool {
	x, y := levels(a), levels(b)
	if len(x) != len(y) || len(x) == 0 {
		return false
	}
	for l := range x {
		if !y[l] {
			return false
		}
	}
	return true
}

func shareLevel(a, b []string) bool {
	y := levels(b)
	for l := range levels(a) {
		if y[l] {
			return true
		}
	}
	return false
}
