package cards

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// conditionCards asks, for every condition, which techniques treat it, what
// to rule out first, and how strong the evidence is.
func (b *builder) conditionCards() {
	for _, x := range b.c.Conditions {
		b.conditionTechniquesCard(x)
		src := conditionSource(x, "red-flags", x.Sources)
		b.recall(conditionID(x, src.Field), "What must be ruled out before treating "+lower(x.Name)+"?",
			bullets(x.RedFlags), src, []string{conditionDeck(x.ID)})
		b.evidenceCard(x)
	}
}

func conditionSource(x techniques.Condition, field string, refs []string) Source {
	return Source{Kind: SourceCondition, ID: x.ID, Name: x.Name, Field: field, References: refs}
}

func conditionID(x techniques.Condition, field string) string {
	return SourceCondition + "/" + x.ID + "/" + field
}

// conditionTechniquesCard asks for one technique indicated for a condition
// among three that are not. The wrong ones work on no region the right one
// works on or borders (thoracic work for neck pain is a fair clinical
// choice that the sources may simply not list), so none of them is a close
// cousin; those indicated for another condition of the same body system come
// first, being the more plausible. A condition with no technique gets a
// recall card with the catalogue's reason.
func (b *builder) conditionTechniquesCard(x techniques.Condition) {
	indicated := b.c.TechniquesFor(x.ID)
	id := conditionID(x, "techniques")
	front := "Which technique is indicated for " + lower(x.Name) + "?"
	if len(indicated) == 0 {
		src := conditionSource(x, "techniques", x.Sources)
		b.recall(id, front, "None in the catalogue. "+oneLine(x.TechniquesNote), src, []string{conditionDeck(x.ID)})
		return
	}
	var names []string
	for _, t := range indicated {
		names = append(names, t.Name)
	}
	// Prefer an answer that leaves three wrong options.
	var answers []option
	pools := map[string][][]option{}
	for _, t := range indicated {
		near, far := b.notIndicated(x, t)
		pools[t.ID] = [][]option{near, far}
		if len(b.pickDistractors(id, option{key: t.ID, text: t.Name}, pools[t.ID], choicesPerCard-1)) == choicesPerCard-1 {
			answers = append(answers, option{key: t.ID, text: t.Name})
		}
	}
	answer, ok := firstRanked(id, answers)
	if !ok {
		answer = option{key: indicated[0].ID, text: indicated[0].Name}
	}
	t, _ := b.c.Technique(answer.key)
	b.ask(question{
		kind: Choice, id: id, front: front, answer: answer,
		why:   "Indicated for " + lower(x.Name) + ": " + strings.Join(names, "; ") + ".",
		pools: pools[t.ID], src: conditionSource(x, "techniques", dedupe(x.Sources, t.Sources)),
		decks: []string{conditionDeck(x.ID)},
	})
}

// notIndicated lists the techniques not indicated for x that work on no
// region t works on or borders: first those indicated for another condition
// of x's body system, then the rest.
func (b *builder) notIndicated(x techniques.Condition, t techniques.Technique) (near, far []option) {
	reach := map[string]bool{}
	for _, r := range t.Regions {
		reach[r] = true
		for _, n := range neighbours(r) {
			reach[n] = true
		}
	}
	for _, u := range b.c.Techniques {
		if slices.Contains(u.Indications, x.ID) || slices.ContainsFunc(u.Regions, func(r string) bool { return reach[r] }) {
			continue
		}
		o := option{key: u.ID, text: u.Name}
		if b.indicatedInSystem(u, x.System) {
			near = append(near, o)
		} else {
			far = append(far, o)
		}
	}
	return near, far
}

// neighbours are the body regions that border a region, through which
// treatment of one is often aimed at the other (regional interdependence).
func neighbours(region string) []string {
	switch region {
	case "head":
		return []string{"cervical"}
	case "cervical":
		return []string{"head", "thoracic", "rib", "upper-extremity"}
	case "thoracic":
		return []string{"cervical", "rib", "lumbar", "abdominal", "upper-extremity"}
	case "rib":
		return []string{"cervical", "thoracic", "abdominal", "upper-extremity"}
	case "lumbar":
		return []string{"thoracic", "sacral", "pelvic", "abdominal"}
	case "sacral":
		return []string{"lumbar", "pelvic"}
	case "pelvic":
		return []string{"lumbar", "sacral", "abdominal", "lower-extremity"}
	case "abdominal":
		return []string{"thoracic", "rib", "lumbar", "pelvic"}
	case "upper-extremity":
		return []string{"cervical", "thoracic", "rib"}
	case "lower-extremity":
		return []string{"pelvic"}
	}
	return nil
}

func (b *builder) indicatedInSystem(t techniques.Technique, system string) bool {
	return slices.ContainsFunc(t.Indications, func(id string) bool {
		x, ok := b.c.Condition(id)
		return ok && x.System == system
	})
}

// evidenceCard asks for a condition's overall evidence grade, as a recall
// card with the summary of the evidence. Asked as a choice among the grades,
// its options would be the same few every time, with the commonest grade
// (low) the answer most of the time and the strongest (high) the answer
// never: a student would learn the odds, not the evidence.
func (b *builder) evidenceCard(x techniques.Condition) {
	ev, ok := b.c.ConditionEvidence(x.ID)
	if !ok {
		return
	}
	refs := x.Sources // a grade of "none" has no study to cite
	if len(ev.Items) > 0 {
		refs = nil
		for _, it := range ev.Items {
			refs = append(refs, it.Reference)
		}
	}
	src := conditionSource(x, "evidence-grade", dedupe(refs))
	b.recall(conditionID(x, src.Field), "How strong is the evidence for osteopathic treatment of "+lower(x.Name)+", overall?",
		capitalize(techniques.GradeLabel(ev.Grade))+"\n\n"+oneLine(ev.Summary), src, []string{conditionDeck(x.ID)})
}

// Grades lists the catalogue's evidence grades, strongest first.
func Grades() []techniques.Strength {
	return []techniques.Strength{techniques.High, techniques.Moderate, techniques.Low, techniques.VeryLow, techniques.None}
}
