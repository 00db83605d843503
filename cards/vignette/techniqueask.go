package vignette

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// techniqueStem is the stem of a technique vignette: the patient, the
// finding in the past medical history, the red flags asked about (none of
// them the finding itself), and the diagnosis.
func (b *builder) techniqueStem(id string, c dysfunctionCase, phrase string, hi int) (string, patient) {
	x, p := b.caseCondition(id, c.area, hi)
	lines := []string{opener(id, p, complaint(id, x)), "Past medical history: " + phrase + "."}
	f, _ := b.c.ResolveFlag(phrase)
	skip := append([]string{phrase, f.Name}, f.Aliases...)
	if d := b.deniedLine(id, p, b.redFlagsOf(x), skip); d != "" {
		lines = append(lines, d)
	}
	lines = append(lines, chooseText(id, "exam", "Structural examination finds: ", "Your structural diagnosis: ", "Diagnosis after structural examination: ")+c.diagnosis+".")
	return strings.Join(lines, "\n"), p
}

// caseCondition is the condition and patient of a case's area.
func (b *builder) caseCondition(id, area string, hi int) (techniques.Condition, patient) {
	ids := map[string][]string{
		"sacrum": {"low-back-pain", "sacroiliac-joint-dysfunction"}, "pelvis": {"low-back-pain", "sacroiliac-joint-dysfunction"},
		"rib": {"rib-dysfunction", "thoracic-back-pain"}, "cervical": {"neck-pain"}, "thoracic": {"thoracic-back-pain"},
	}[area]
	if ids == nil {
		ids = []string{"low-back-pain"}
	}
	x, _ := b.c.Condition(ids[choose(id, "condition", len(ids))])
	return x, b.patientFor(id, x, hi)
}

// flagIs says what finding a history phrase is: "The history names
// Ehlers-Danlos syndrome, which screening reads as connective tissue
// disorder."
func (b *builder) flagIs(phrase, flag string) string {
	f, _ := b.c.Flag(flag)
	if normText(phrase) == normText(f.Name) {
		return "The history names " + phrase + "."
	}
	return "The history names " + phrase + ", which screening reads as " + lower(f.Name) + "."
}

// contraindicatedVignette asks which of a case's techniques the finding in
// the history rules out. The key lists the finding as an absolute
// contraindication; every distractor screens ok or caution for the patient
// (the finding and the age band).
func (b *builder) contraindicatedVignette(c dysfunctionCase, flag string, phrases []string) {
	id := boardID(Technique, "contraindicated", c.slug, flag)
	phrase := phrases[choose(id, "phrase", len(phrases))]
	stem, p := b.techniqueStem(id, c, phrase, 84)
	flags := append([]string{flag}, p.flags()...)
	barred, open := b.screenCase(c, flag)
	var keys []option
	for _, t := range barred {
		keys = append(keys, b.techniqueOption(t))
	}
	var wrong []wrongOption
	for _, t := range open {
		wrong = append(wrong, wrongOption{b.techniqueOption(t), b.verdict(t, flags, flag)})
	}
	key, drawn := b.keyWithoutCue(id, stem, keys, wrong)
	kt, _ := b.c.Technique(key.key)
	b.askBoard(boardItem{
		id: id, kind: Technique, stem: stem, spare: wrong,
		lead: chooseText(id, "lead", "Which of these techniques is contraindicated?", "Which technique must not be used for this patient?"),
		key:  key, keyWhy: b.flagIs(phrase, flag) + " " + kt.Name + ": " + b.verdict(kt, flags, flag),
		wrong: drawn,
		from:  b.rowCitation(c.table, c.row) + " for the techniques; each technique's entry for its contraindications",
		src: Source{Kind: SourceTechnique, ID: kt.ID, Name: kt.Name, Field: "board/contraindicated/" + flag,
			References: dedupe(kt.Sources, c.row.Sources)},
	})
}

// stillOpenVignette asks which of a case's techniques the finding in the
// history leaves open when it rules out the others. The key lists the
// finding as a relative contraindication (a caution, with its note) and is
// not ruled out for the patient (the finding and the age band), nor of a
// kind and region that the finding rules out; every distractor lists the
// finding as an absolute contraindication. A technique that lists nothing
// against the finding is never the key: it would be right only by the
// catalogue's silence, which is wrong wherever the catalogue has a gap.
func (b *builder) stillOpenVignette(c dysfunctionCase, flag string, phrases []string) {
	id := boardID(Technique, "still-open", c.slug, flag)
	phrase := phrases[choose(id, "phrase", len(phrases))]
	stem, p := b.techniqueStem(id, c, phrase, 84)
	flags := append([]string{flag}, p.flags()...)
	barred, open := b.screenCase(c, flag)
	var keys []option
	for _, t := range open {
		if b.cautioned(t, flag) && b.c.Screen(t, flags).Status != techniques.StatusContraindicated {
			keys = append(keys, b.techniqueOption(t))
		}
	}
	if len(keys) == 0 {
		return
	}
	var wrong []wrongOption
	for _, t := range barred {
		wrong = append(wrong, wrongOption{b.techniqueOption(t), b.verdict(t, flags, flag)})
	}
	key, drawn := b.keyWithoutCue(id, stem, keys, wrong)
	kt, _ := b.c.Technique(key.key)
	b.askBoard(boardItem{
		id: id, kind: Technique, stem: stem, spare: wrong,
		lead: chooseText(id, "lead", "Which of these techniques can still be used, with care?", "Which of these techniques can still be considered for this patient?"),
		key:  key, keyWhy: b.flagIs(phrase, flag) + " It rules out the others; to " + kt.Name + " it is only relative, a " + b.verdict(kt, flags, flag),
		wrong: drawn,
		from:  b.rowCitation(c.table, c.row) + " for the techniques; each technique's entry for its contraindications",
		src: Source{Kind: SourceTechnique, ID: kt.ID, Name: kt.Name, Field: "board/still-open/" + flag,
			References: dedupe(kt.Sources, c.row.Sources)},
	})
}

// keyWithoutCue picks, of the keys a vignette could have, the first (in
// the card's ranking) whose drawn distractors leave it neither the
// shortest nor the longest option, with those distractors; failing that,
// the first key.
func (b *builder) keyWithoutCue(id, stem string, keys []option, wrong []wrongOption) (option, []wrongOption) {
	words := wordsOf(stem)
	ranked := slices.Clone(keys)
	slices.SortStableFunc(ranked, func(x, y option) int { return cmpUint(rank(id, x.key), rank(id, y.key)) })
	for _, k := range ranked {
		drawn := balanceLength(words, k, b.pickWrong(id, k, wrong, choicesPerCard-1), wrong)
		if !lengthCue(k, drawn) {
			return k, drawn
		}
	}
	return ranked[0], b.pickWrong(id, ranked[0], wrong, choicesPerCard-1)
}
