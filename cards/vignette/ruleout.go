package vignette

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// askableHead reports whether a red flag's head names a condition a student
// would pick from a list ("Cauda equina syndrome"), not a heading such as
// "Alarm features", "The general headache red flags" or "Not sciatica".
func askableHead(head string) bool {
	if head == "" {
		return false
	}
	first, _, _ := strings.Cut(head, " ")
	switch first {
	case "The", "A", "An", "Not", "Drugs", "Risk", "Maternal":
		// headings, and the mother's red flags, which a stem about her baby
		// cannot state without confusing whose finding it is
		return false
	}
	h := strings.ToLower(head)
	return !strings.Contains(h, "features") && !strings.Contains(h, "red flags") && !strings.Contains(h, "severe illness") &&
		!strings.Contains(h, "clinical instability")
}

// ruleOutFlag is a red flag a rule-out vignette may offer: its condition,
// and the findings the stem can state for the patient.
type ruleOutFlag struct {
	redFlag
	condition techniques.Condition
	stateable []string
}

// ruleOutFlags are a condition's askable red flags for a patient, then
// those of the other conditions of its body system treated in a region it
// is treated in (a red flag of plantar fasciitis is a fair thought in an
// ankle sprain; one of whiplash is not).
func (b *builder) ruleOutFlags(x techniques.Condition, p patient) (own, system []ruleOutFlag) {
	mine := b.treatedRegions(x)
	_, _, infant, _ := ageRange(x)
	for _, y := range b.c.Conditions {
		_, _, yInfant, _ := ageRange(y)
		if y.ID != x.ID && (y.System != x.System || b.general[y.ID] || yInfant != infant ||
			!slices.ContainsFunc(b.treatedRegions(y), func(r string) bool { return slices.Contains(mine, r) })) {
			continue
		}
		for _, rf := range b.redFlagsOf(y) {
			if !askableHead(rf.head) {
				continue
			}
			f := ruleOutFlag{redFlag: rf, condition: y}
			for _, s := range rf.features {
				if stateable(s, p) {
					f.stateable = append(f.stateable, s)
				}
			}
			if len(f.stateable) == 0 {
				continue
			}
			if y.ID == x.ID {
				own = append(own, f)
			} else {
				system = append(system, f)
			}
		}
	}
	return own, system
}

// ruleOutVignettes asks, for each askable red flag of each condition, what
// must be ruled out first in a patient with the condition who has one of
// its findings and none of the findings of the other red flags offered.
// The distractors are the condition's other red flags, then those of
// conditions of the same body system; none shares a finding with the one
// the stem states.
func (b *builder) ruleOutVignettes() {
	for _, x := range b.c.Conditions {
		probe := b.patientFor(boardID(RuleOut, x.ID), x, 64)
		own, _ := b.ruleOutFlags(x, probe)
		for _, rf := range own {
			b.ruleOutVignette(x, rf.text)
		}
	}
}

func (b *builder) ruleOutVignette(x techniques.Condition, text string) {
	id := boardID(RuleOut, x.ID, slugOf(parseRedFlag(text).head))
	p := b.patientMeeting(id, x, 64, text)
	own, system := b.ruleOutFlags(x, p)
	var key ruleOutFlag
	for _, rf := range own {
		if rf.text == text {
			key = rf
		}
	}
	if key.text == "" {
		return
	}
	present := key.stateable[choose(id, "present", len(key.stateable))]
	var pools [2][]wrongOption
	denied := map[string]string{}
	for i, list := range [][]ruleOutFlag{own, system} {
		for _, rf := range list {
			// the present finding must point to the key alone, and no absent
			// finding may be one of the key's, anywhere in their texts
			if rf.text == key.text || b.overlaps(rf.head, key.head) || b.headMentions(rf.head, present) {
				continue
			}
			var ok []string
			for _, s := range rf.stateable {
				if !b.headMentions(key.head, s) {
					ok = append(ok, s)
				}
			}
			if len(ok) == 0 {
				continue
			}
			d := ok[choose(id, "deny/"+rf.text, len(ok))]
			why := "its findings, such as " + d + ", are absent."
			if rf.condition.ID != x.ID {
				why = "a red flag of " + lower(rf.condition.Name) + "; its findings, such as " + d + ", are absent."
			}
			denied[rf.head] = d
			pools[i] = append(pools[i], wrongOption{option{rf.head, rf.head}, why})
		}
	}
	keyOpt := option{key.head, key.head}
	// the condition's own red flags first, and at most two from neighbours
	wrong := b.fillWrong(id, keyOpt, [][]wrongOption{pools[0], b.pickWrong(id, keyOpt, pools[1], 2)})
	if len(wrong) < choicesPerCard-1 {
		return
	}
	var absent []string
	for _, w := range wrong {
		absent = append(absent, denied[w.key])
	}
	lines := []string{openerFor(id, p, complaint(id, x), pregnant(x)), chooseText(id, "exam", "History and examination:", "On history and examination:"),
		"- Present: " + present, "- Absent: " + strings.Join(absent, "; ")}
	b.askBoard(boardItem{
		id: id, kind: RuleOut, stem: strings.Join(lines, "\n"),
		lead: chooseText(id, "lead", "Before osteopathic treatment, which condition must be ruled out first?",
			"Which condition must be excluded before treating this patient?"),
		key: keyOpt, keyWhy: capitalize(present) + " is one of the findings of this red flag of " + lower(x.Name) + ": " + key.text + ".",
		wrong: wrong, from: "the condition " + x.Name + ", its red flags (" + b.c.SourceNames(x.Sources) + ")",
		src: conditionSource(x, "board/rule-out", x.Sources),
	})
}

// treatedRegions are the regions a condition is treated in: those it names,
// or those that at least half of its techniques taught for a few regions
// work on. Whole-body entries (myofascial release, muscle energy's general
// principles) say nothing of where a condition lies, so they are not
// counted.
func (b *builder) treatedRegions(x techniques.Condition) []string {
	if len(x.Regions) > 0 {
		return x.Regions
	}
	if out, ok := b.regions[x.ID]; ok {
		return out
	}
	var local []techniques.Technique
	for _, t := range b.c.TechniquesFor(x.ID) {
		if len(t.Regions) < 5 {
			local = append(local, t)
		}
	}
	var out []string
	for _, r := range techniques.Regions() {
		n := 0
		for _, t := range local {
			if slices.Contains(t.Regions, r) {
				n++
			}
		}
		if n > 0 && 2*n >= len(local) {
			out = append(out, r)
		}
	}
	b.regions[x.ID] = out
	return out
}

// headMentions reports whether any red flag of the catalogue with this head
// (several conditions list cervical artery dissection, each with its own
// findings) holds the finding as whole words.
func (b *builder) headMentions(head, finding string) bool {
	for _, x := range b.c.Conditions {
		for _, rf := range b.redFlagsOf(x) {
			if strings.EqualFold(rf.head, head) && b.containsWords(rf.text, finding) {
				return true
			}
		}
	}
	return false
}
