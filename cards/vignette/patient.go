package vignette

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// The age bands are the catalogue's age flags: an infant is under 1 year, a
// young child 1 to 9 years, an older adult 65 and over (their names say so,
// and a test holds them to it). A stem's age carries its band's flag into
// screening, as a clinician's would.
const (
	flagInfant     = "infant"
	flagYoungChild = "young-child"
	flagOlderAdult = "older-adult"
)

// ageBand is the age flag an age in years carries, or "" for an older child
// or an adult under 65.
func ageBand(years int) string {
	switch {
	case years < 1:
		return flagInfant
	case years <= 9:
		return flagYoungChild
	case years >= 65:
		return flagOlderAdult
	}
	return ""
}

// patient is the person a vignette is about.
type patient struct {
	years  int // 0 for an infant
	months int // an infant's age
	female bool
}

func (p patient) flags() []string {
	if f := ageBand(p.years); f != "" {
		return []string{f}
	}
	return nil
}

// ageText is "34-year-old" or "4-month-old".
func (p patient) ageText() string {
	if p.years == 0 {
		return strconv.Itoa(p.months) + "-month-old"
	}
	return strconv.Itoa(p.years) + "-year-old"
}

// noun is "woman", "man", "girl", "boy", "baby girl" or "baby boy".
func (p patient) noun() string {
	switch {
	case p.years == 0 && p.female:
		return "baby girl"
	case p.years == 0:
		return "baby boy"
	case p.years < 18 && p.female:
		return "girl"
	case p.years < 18:
		return "boy"
	case p.female:
		return "woman"
	}
	return "man"
}

// she is the subject pronoun, capitalised: "She" or "He".
func (p patient) she() string {
	if p.female {
		return "She"
	}
	return "He"
}

// ageRange is the ages (in years; months for infants) that fit a condition,
// and whether the patient must be female. These are judgements about ids,
// as package cards' impliedFlags are: the babies' conditions, the child's
// ear infection, the obstetric conditions. Adults are 18 to 64 unless a
// caller asks otherwise.
func ageRange(x techniques.Condition) (lo, hi int, infant, female bool) {
	switch x.ID {
	case "infant-colic", "breastfeeding-difficulty", "plagiocephaly", "preterm-infant":
		return 1, 11, true, false
	case "acute-otitis-media":
		return 1, 9, false, false
	}
	if x.System == "obstetric" {
		return 19, 40, false, true
	}
	return 18, 64, false, false
}

// patientFor makes the patient of a vignette about a condition: an age that
// fits it and that triggers none of its age-linked red flags, and a sex that
// fits it.
func (b *builder) patientFor(id string, x techniques.Condition, hi int) patient {
	return b.patientMeeting(id, x, hi, "")
}

// patientMeeting is patientFor for a vignette whose key is one red flag
// (by its text): the age meets that red flag's age, if it names one, and
// triggers none of the others'.
func (b *builder) patientMeeting(id string, x techniques.Condition, hi int, key string) patient {
	lo, top, infant, female := ageRange(x)
	if hi > 0 && hi < top {
		top = hi
	}
	p := patient{female: female || choose(id, "sex", 2) == 0}
	if infant {
		p.months = between(id, "age", lo, top)
		return p
	}
	need := func(int) bool { return true }
	if key != "" && namesAge(key) {
		need, top = b.ageRule(key), 84
	}
	var others []string
	for _, t := range x.RedFlags {
		if t != key {
			others = append(others, t)
		}
	}
	avoid := b.ageRulesOf(others)
	var fit []int
	for age := lo; age <= top; age++ {
		if need(age) && !avoid(age) {
			fit = append(fit, age)
		}
	}
	if len(fit) == 0 {
		fit = []int{lo}
	}
	p.years = fit[choose(id, "age", len(fit))]
	return p
}

// ageRulesOf reports whether an age alone would make one of the red flags
// present ("new pain after age 50", "onset before 45").
func (b *builder) ageRulesOf(texts []string) func(int) bool {
	rules := make([]func(int) bool, len(texts))
	for i, text := range texts {
		rules[i] = b.ageRule(text)
	}
	return func(age int) bool {
		for _, r := range rules {
			if r(age) {
				return true
			}
		}
		return false
	}
}

// ageRule is ageRuleOf, read once per text.
func (b *builder) ageRule(text string) func(int) bool {
	r, ok := b.ageRules[text]
	if !ok {
		r = ageRuleOf(text)
		b.ageRules[text] = r
	}
	return r
}

var (
	ageAfter  = regexp.MustCompile(`\b(?:after|over)(?: age)? (\d+)\b`)
	ageBefore = regexp.MustCompile(`\bbefore(?: age)? (\d+)\b`)
	ageOrOver = regexp.MustCompile(`\b(\d+) or over\b`)
)

// ages are the numbers a pattern finds in a text that are ages: "over 30
// minutes" is a duration, not an age.
func ages(re *regexp.Regexp, text string) []int {
	var out []int
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		next, _, _ := strings.Cut(strings.TrimSpace(text[m[1]:]), " ")
		switch strings.Trim(next, ",.;:") {
		case "minutes", "minute", "hours", "hour", "days", "weeks", "months", "degrees", "mm", "cm", "kg", "%":
			continue
		}
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		out = append(out, n)
	}
	return out
}

// ageRuleOf reads the ages a red flag's text names: an age it applies after
// or before, or "in later life", read as 50 and over.
func ageRuleOf(text string) func(int) bool {
	var rules []func(int) bool
	for _, n := range ages(ageAfter, text) {
		rules = append(rules, func(age int) bool { return age >= n })
	}
	for _, n := range ages(ageOrOver, text) {
		rules = append(rules, func(age int) bool { return age >= n })
	}
	for _, n := range ages(ageBefore, text) {
		rules = append(rules, func(age int) bool { return age < n })
	}
	if strings.Contains(text, "later life") {
		rules = append(rules, func(age int) bool { return age >= 50 })
	}
	return func(age int) bool {
		for _, r := range rules {
			if r(age) {
				return true
			}
		}
		return false
	}
}

// namesAge reports whether a text names an age.
func namesAge(text string) bool {
	if !strings.ContainsAny(text, "0123456789") && !strings.Contains(text, "later life") {
		return false
	}
	return len(ages(ageAfter, text))+len(ages(ageBefore, text))+len(ages(ageOrOver, text)) > 0 || strings.Contains(text, "later life")
}

// complaint is what the patient comes with: the condition's name, or one of
// its synonyms that a patient would say (lower case, about pain), varied by
// the card id.
func complaint(id string, x techniques.Condition) string {
	var names []string
	if strings.Contains(x.Name, "pain") || strings.Contains(x.Name, "ache") {
		names = append(names, lower(x.Name))
	}
	for _, s := range x.Synonyms {
		// a synonym that changes the story (chronic, after the birth) is left out
		if s == strings.ToLower(s) && strings.Contains(s, "pain") && !strings.Contains(s, "chronic") && !strings.Contains(s, "postpartum") {
			names = append(names, s)
		}
	}
	if len(names) == 0 {
		return lower(x.Name)
	}
	return names[choose(id, "complaint", len(names))]
}

// opener is the first sentence of a stem: who, where, how long and what.
func opener(id string, p patient, what string) string {
	return openerFor(id, p, what, false)
}

// openerFor is opener for a patient who may be pregnant, as the pregnancy
// conditions imply: the stem says so, since a clinician would know.
func openerFor(id string, p patient, what string, pregnant bool) string {
	if p.years < 10 {
		parent := chooseText(id, "parent", "mother", "father", "parents")
		verb := "brings"
		if parent == "parents" {
			verb = "bring"
		}
		pron := "him"
		if p.female {
			pron = "her"
		}
		article := "a"
		if strings.HasPrefix(p.ageText(), "8") || strings.HasPrefix(p.ageText(), "11-") {
			article = "an"
		}
		return fmt.Sprintf("The %s of %s %s %s %s %s to the clinic because of %s.", parent, article, p.ageText(), p.noun(), verb, pron, what)
	}
	pain := strings.Contains(what, "pain") || strings.Contains(what, "ache")
	howLong := chooseText(id, "duration", "3 days", "5 days", "1 week", "10 days", "2 weeks", "3 weeks", "6 weeks", "2 months", "4 months")
	who := p.ageText() + " " + p.noun()
	if pregnant {
		who += " who is pregnant"
	}
	article := "A"
	if strings.HasPrefix(who, "8") || strings.HasPrefix(who, "11-") || strings.HasPrefix(who, "18-") {
		article = "An"
	}
	if p.years >= 18 && p.years < 65 && choose(id, "job", 3) == 0 && !pregnant {
		who += " who works as " + chooseText(id, "occupation", "a teacher", "a nurse", "a warehouse packer", "a software developer",
			"a bus driver", "a farmer", "a chef", "an electrician", "an accountant", "a hairdresser")
	}
	if !pain {
		return fmt.Sprintf("%s %s comes to the clinic for osteopathic treatment of %s.", article, who, what)
	}
	switch choose(id, "opener", 4) {
	case 0:
		return fmt.Sprintf("%s %s comes to the clinic with %s of %s.", article, who, howLong, what)
	case 1:
		return fmt.Sprintf("%s %s presents to the osteopathic clinic with %s of %s.", article, who, howLong, what)
	case 2:
		return fmt.Sprintf("%s %s is seen in the family medicine clinic for %s of %s.", article, who, howLong, what)
	}
	return fmt.Sprintf("%s %s visits the clinic because of %s that began %s ago.", article, who, what, howLong)
}
