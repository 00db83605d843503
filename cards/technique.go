package cards

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// techniqueCards asks, for every technique, its family, its classification,
// activating force, timing, barrier, positions, absolute contraindications
// and indications.
func (b *builder) techniqueCards() {
	for _, t := range b.c.Techniques {
		b.familyCard(t)
		b.classificationCard(t)
		src := techniqueSource(t, "activating-forces")
		b.recall(fieldID(t, src.Field), "What is the activating force in "+t.Name+"?", bullets(t.ActivatingForces), src, techniqueDecks(t))
		src = techniqueSource(t, "timing")
		b.recall(fieldID(t, src.Field), t.Name+": how long, and how many times?",
			"Timing: "+oneLine(t.Timing)+"\nRepetitions: "+oneLine(t.Repetitions), src, techniqueDecks(t))
		src = techniqueSource(t, "barrier")
		b.recall(fieldID(t, src.Field), t.Name+": which barrier does it engage or avoid, and how?", oneLine(t.Barrier), src, techniqueDecks(t))
		src = techniqueSource(t, "position")
		b.recall(fieldID(t, src.Field), t.Name+": where are the patient and the operator at the start?",
			"Patient: "+oneLine(t.Position.Patient)+"\nOperator: "+oneLine(t.Position.Operator), src, techniqueDecks(t))
		b.absoluteCards(t)
		b.indicationCard(t)
	}
}

func techniqueSource(t techniques.Technique, field string) Source {
	return Source{Kind: SourceTechnique, ID: t.ID, Name: t.Name, Field: field, References: t.Sources}
}

func fieldID(t techniques.Technique, field string) string {
	return SourceTechnique + "/" + t.ID + "/" + field
}

// techniqueDecks are the decks of a technique's cards: its own, its
// family's and each of its regions'.
func techniqueDecks(t techniques.Technique) []string {
	decks := []string{techniqueDeck(t.ID), familyDeck(t.Family)}
	for _, r := range t.Regions {
		decks = append(decks, regionDeck(r))
	}
	return decks
}

// familyCard asks which family a technique belongs to, unless its name or
// aliases name a family: its own (a card answered by its own front teaches
// nothing) or another ("Thoracic inlet myofascial release" is filed under
// diaphragm techniques, so the question would be a trap). A family is
// offered as a wrong answer only if none of its techniques shares this
// one's kind (WHO grouping), a region, or a specific indication, so that it
// is plainly not another way of describing the same technique.
func (b *builder) familyCard(t techniques.Technique) {
	fam, ok := b.c.Family(t.Family)
	if !ok || slices.ContainsFunc(b.c.Families, func(f techniques.Family) bool { return b.namesFamily(t, f) }) {
		return
	}
	var wrong []option
	for _, f := range b.c.Families {
		if f.ID != fam.ID && !b.familyNear(t, f.ID) {
			wrong = append(wrong, option{key: f.ID, text: f.Name})
		}
	}
	src := techniqueSource(t, "family")
	b.ask(question{
		kind: Choice, id: fieldID(t, src.Field),
		front:  "Which family of technique does " + t.Name + " belong to?",
		answer: option{key: fam.ID, text: fam.Name},
		pools:  [][]option{wrong}, src: src, decks: techniqueDecks(t),
	})
}

// namesFamily reports whether a technique's name or aliases contain the
// family's id, name or an abbreviation of it.
func (b *builder) namesFamily(t techniques.Technique, f techniques.Family) bool {
	names := append([]string{t.Name}, t.Aliases...)
	phrases := append([]string{f.ID, f.Name}, f.Abbreviations...)
	for _, n := range names {
		for _, p := range phrases {
			if b.containsWords(n, p) {
				return true
			}
		}
	}
	return false
}

// familyNear reports whether any technique of a family shares t's kind, a
// region, or an indication that is not general (see newBuilder).
func (b *builder) familyNear(t techniques.Technique, family string) bool {
	kind := techniques.KindOf(t)
	for _, u := range b.c.Techniques {
		if u.Family != family {
			continue
		}
		if techniques.KindOf(u) == kind || slices.ContainsFunc(u.Regions, func(r string) bool { return slices.Contains(t.Regions, r) }) {
			return true
		}
		for _, ind := range u.Indications {
			if slices.Contains(t.Indications, ind) && !b.general[ind] {
				return true
			}
		}
	}
	return false
}

// classificationCard asks direct or indirect, active or passive. The plain
// combinations make the choices when the technique is one of them, three at
// a time: a combination no technique has (indirect and active) would be
// offered on every card and right on none (see resolve), which leaves three.
// A combined or either-way technique, or one taught both direct and
// indirect, gets a recall card, since a plain combination would be half
// right.
func (b *builder) classificationCard(t techniques.Technique) {
	answer := classification(t.Approach, t.Participation)
	why := approachMeaning(t.Approach) + " " + participationMeaning(t.Participation)
	if t.AlsoTaught != "" {
		answer = "Direct or indirect, " + string(t.Participation)
		why = "It is taught both ways. " + approachMeaning(techniques.Direct) + " " + approachMeaning(techniques.Indirect) +
			" " + participationMeaning(t.Participation) + " omt files it as " + string(t.Approach) +
			", the stricter case, for its contraindications."
	}
	src := techniqueSource(t, "classification")
	q := question{
		kind: Choice, id: fieldID(t, src.Field),
		front:  "Is " + t.Name + " direct or indirect, and active or passive?",
		answer: opt(answer), why: why, src: src, decks: techniqueDecks(t), options: 3,
	}
	plain := []techniques.Approach{techniques.Direct, techniques.Indirect}
	parts := []techniques.Participation{techniques.Active, techniques.Passive}
	if t.AlsoTaught == "" && slices.Contains(plain, t.Approach) && slices.Contains(parts, t.Participation) {
		var wrong []option
		for _, a := range plain {
			for _, p := range parts {
				if a != t.Approach || p != t.Participation {
					wrong = append(wrong, opt(classification(a, p)))
				}
			}
		}
		q.pools = [][]option{wrong}
	}
	b.ask(q)
}

func classification(a techniques.Approach, p techniques.Participation) string {
	if p == techniques.Either {
		return capitalize(string(a)) + ", active or passive"
	}
	return capitalize(string(a)) + ", " + string(p)
}

// approachMeaning says what an approach means, after the Glossary.
func approachMeaning(a techniques.Approach) string {
	switch a {
	case techniques.Direct:
		return "Direct: it engages the restrictive barrier."
	case techniques.Indirect:
		return "Indirect: it moves away from the restrictive barrier, toward ease."
	case techniques.Combined:
		return "Combined: it uses direct and indirect elements in sequence."
	}
	return ""
}

// participationMeaning says who supplies the activating force.
func participationMeaning(p techniques.Participation) string {
	switch p {
	case techniques.Active:
		return "Active: the patient contributes voluntary muscle effort."
	case techniques.Passive:
		return "Passive: the patient stays relaxed while the operator works."
	case techniques.Either:
		return "It is taught both with and without the patient's effort."
	}
	return ""
}

// absoluteCards asks a technique's absolute contraindications: the whole
// list as a recall card the student grades, when there are two or more, and
// one of them as a choice. Fifteen cards with one stem and fifteen keys
// would each call the others' answers wrong. A flag absolute for every
// technique (no consent) is left out: it is one rule, not a fact about this
// technique.
func (b *builder) absoluteCards(t techniques.Technique) {
	var listed []techniques.Contraindication
	var names []string
	for _, ci := range t.Contraindications.Absolute {
		if f, ok := b.c.Flag(ci.Flag); ok && b.absoluteCount[ci.Flag] != len(b.c.Techniques) {
			listed = append(listed, ci)
			names = append(names, f.Name+": "+oneLine(ci.Note))
		}
	}
	if len(listed) == 0 {
		return
	}
	src := techniqueSource(t, "absolute")
	if len(listed) > 1 {
		b.recall(fieldID(t, src.Field), "Name the absolute contraindications to "+t.Name+".", bullets(names), src, techniqueDecks(t))
	}
	b.absoluteChoice(t, listed)
}

// absoluteChoice asks for one of a technique's absolute contraindications
// among findings of the same kind (cards.FlagKind: a drug among drugs, a
// diagnosis among diagnoses) that are not absolute for it. Wrong answers are
// this technique's relative contraindications first, then flags it does not
// list that are absolute for some technique of another kind and for none of
// its own kind. The key is one that leaves three such findings and, where it
// can be, repeats no word of the stem.
func (b *builder) absoluteChoice(t techniques.Technique, listed []techniques.Contraindication) {
	front := "Which finding is an absolute contraindication to " + t.Name + "?"
	pools := map[string][][]option{}
	var answers []option
	for _, ci := range listed {
		f, _ := b.c.Flag(ci.Flag)
		a := option{key: f.ID, text: f.Name}
		pools[f.ID] = b.notAbsolute(t, FlagKind(f))
		if len(b.pickDistractors(fieldID(t, "absolute"), a, pools[f.ID], choicesPerCard-1)) == choicesPerCard-1 {
			answers = append(answers, a)
		}
	}
	answer, ok := b.preferAnswer(fieldID(t, "absolute"), front, answers)
	if !ok {
		return
	}
	var why, others []string
	for _, ci := range listed {
		if f, _ := b.c.Flag(ci.Flag); f.ID == answer.key {
			why = append(why, "Absolute: "+oneLine(ci.Note))
		} else {
			others = append(others, f.Name)
		}
	}
	if len(others) > 0 {
		why = append(why, "Also absolute for it: "+strings.Join(others, "; ")+".")
	}
	src := techniqueSource(t, "absolute/"+answer.key)
	b.ask(question{
		kind: Choice, id: fieldID(t, src.Field), front: front, answer: answer, why: strings.Join(why, "\n"),
		pools: pools[answer.key], src: src, decks: techniqueDecks(t), dropShort: true,
	})
}

// notAbsolute lists the flags of a kind that are wrong answers to "which is
// an absolute contraindication to t": its relative ones, then those absolute
// only for techniques of another kind.
func (b *builder) notAbsolute(t techniques.Technique, kind string) [][]option {
	var relative, elsewhere []option
	for _, r := range t.Contraindications.Relative {
		if f, ok := b.c.Flag(r.Flag); ok && !isAbsolute(t, r.Flag) && FlagKind(f) == kind {
			relative = append(relative, option{key: f.ID, text: f.Name})
		}
	}
	tk := techniques.KindOf(t)
	for _, f := range b.c.Flags {
		if FlagKind(f) != kind || listsFlag(t, f.ID) || b.absoluteIn[tk][f.ID] || !b.absoluteOutside(tk, f.ID) {
			continue
		}
		elsewhere = append(elsewhere, option{key: f.ID, text: f.Name})
	}
	return [][]option{relative, elsewhere}
}

func isAbsolute(t techniques.Technique, flag string) bool {
	return slices.ContainsFunc(t.Contraindications.Absolute, func(ci techniques.Contraindication) bool { return ci.Flag == flag })
}

func listsFlag(t techniques.Technique, flag string) bool {
	has := func(ci techniques.Contraindication) bool { return ci.Flag == flag }
	return slices.ContainsFunc(t.Contraindications.Absolute, has) || slices.ContainsFunc(t.Contraindications.Relative, has)
}

// absoluteOutside reports whether a technique of another kind lists a flag
// as absolute.
func (b *builder) absoluteOutside(kind techniques.TechniqueKind, flag string) bool {
	for k, flags := range b.absoluteIn {
		if k != kind && flags[flag] {
			return true
		}
	}
	return false
}

// indicationCard asks for one of a technique's indications, preferring a
// specific one over a general one (see newBuilder), and one that repeats no
// word of the technique's name ("Rib raising" for rib dysfunction) over one
// that does. Wrong answers are
// conditions of a body system none of its indications belongs to, for which
// no technique of its family or working on one of its regions is indicated
// either, so that none of them is a use the catalogue simply leaves to a
// sibling entry (diaphragm doming is not listed for pneumonia, but rib
// raising, on the same ribs, is).
func (b *builder) indicationCard(t techniques.Technique) {
	var specific, all []option
	systems := map[string]bool{}
	var names []string
	for _, id := range t.Indications {
		x, ok := b.c.Condition(id)
		if !ok {
			continue
		}
		o := option{key: x.ID, text: x.Name}
		all = append(all, o)
		if !b.general[id] {
			specific = append(specific, o)
		}
		systems[x.System] = true
		names = append(names, x.Name)
	}
	src := techniqueSource(t, "indications")
	id := fieldID(t, src.Field)
	front := "Which condition is " + t.Name + " indicated for?"
	answer, ok := b.preferAnswer(id, front, specific)
	if !ok {
		if answer, ok = b.preferAnswer(id, front, all); !ok {
			return
		}
	}
	var wrong []option
	for _, x := range b.c.Conditions {
		if !systems[x.System] && !b.siblingIndicated(t, x.ID) {
			wrong = append(wrong, option{key: x.ID, text: x.Name})
		}
	}
	b.ask(question{
		kind: Choice, id: id, front: front, answer: answer, why: fmt.Sprintf("Indicated for: %s.", strings.Join(names, ", ")),
		pools: [][]option{wrong}, src: src, decks: techniqueDecks(t),
	})
}

// siblingIndicated reports whether a technique of t's family, or one working
// on a region of t's, is indicated for a condition.
func (b *builder) siblingIndicated(t techniques.Technique, condition string) bool {
	return slices.ContainsFunc(b.c.TechniquesFor(condition), func(u techniques.Technique) bool {
		return u.Family == t.Family || slices.ContainsFunc(u.Regions, func(r string) bool { return slices.Contains(t.Regions, r) })
	})
}
