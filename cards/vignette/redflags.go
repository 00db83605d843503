package vignette

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/techniques"
)

// redFlag is one of a condition's red flags, read into the condition it
// names and the findings that point to it. The catalogue writes most as
// "Cauda equina syndrome: saddle numbness, new urinary retention or
// incontinence, …" and some as "Fever, neck stiffness, rash or confusion
// (meningitis or encephalitis)"; others are one phrase, with no findings a
// stem could state (their features are empty).
type redFlag struct {
	text     string
	head     string
	features []string
}

// parseRedFlag reads a red flag. A head that is long or holds a comma is
// not a name a student would pick from a list: it has no head then. Only
// findings that read as a finding on their own are kept (see cleanFeature).
func parseRedFlag(text string) redFlag {
	rf := redFlag{text: text}
	rest, sentenceStart := "", false
	if head, after, ok := strings.Cut(text, ": "); ok {
		rf.head, rest = head, after
	} else if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") && strings.Count(text, "(") == 1 {
		rf.head, rest, sentenceStart = capitalize(text[i+2:len(text)-1]), text[:i], true
	}
	if strings.Contains(rf.head, ",") || len(strings.Fields(rf.head)) > 6 {
		rf.head = ""
	}
	for i, f := range splitTopLevel(rest) {
		f = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(f), "."))
		for _, lead := range []string{"or ", "and "} {
			f = strings.TrimPrefix(f, lead)
		}
		if i == 0 && sentenceStart {
			f = lowerFirst(f)
		}
		if cleanFeature(f) {
			rf.features = append(rf.features, f)
		}
	}
	return rf
}

// cleanFeature reports whether a piece of a red flag's list reads as a
// finding on its own. Lists such as "a hot, swollen joint" split into
// pieces that do not ("a hot"), and some red flags end in advice rather
// than findings ("find the cause before treating the symptom").
func cleanFeature(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || strings.ContainsAny(f, ";()") || strings.Contains(f, ". ") {
		return false
	}
	if (words[0] == "a" || words[0] == "an") && len(words) <= 2 {
		return false
	}
	switch words[0] {
	case "with", "find", "treat", "measure", "look", "urgent", "in", "see", "the":
		return false
	}
	if len(words) == 1 {
		switch words[0] {
		case "hot", "cold", "swollen", "red", "pale", "pain", "heat", "burning", "severe", "swelling", "redness":
			return false
		}
	}
	return true
}

// splitTopLevel splits a list at commas outside brackets.
func splitTopLevel(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, s[start:])
	}
	return out
}

// lowerFirst lower-cases the first word of a finding that began its red
// flag's sentence ("Fever, neck stiffness…" gives "fever"), unless the word
// is an abbreviation ("ENT").
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	if len(word) > 1 && unicode.IsUpper(rune(word[1])) {
		return s
	}
	return lower(s)
}

// stateable reports whether a stem can state a feature as present or absent
// for this patient: it names no age (the stem's age says that) and no
// finding the patient's sex rules out.
func stateable(feature string, p patient) bool {
	if namesAge(feature) {
		return false
	}
	for _, w := range []string{"month", "year", "infant", "child"} {
		if strings.Contains(feature, w) {
			return false
		}
	}
	f := strings.ToLower(feature)
	femaleOnly := strings.Contains(f, "childbirth") || strings.Contains(f, "pregnan") || strings.Contains(f, "period") || strings.Contains(f, "vaginal")
	maleOnly := strings.Contains(f, "prostat") || strings.Contains(f, "testic")
	return !(femaleOnly && !p.female) && !(maleOnly && p.female)
}

// redFlagsOf reads a condition's red flags, once per condition.
func (b *builder) redFlagsOf(x techniques.Condition) []redFlag {
	out, ok := b.redFlags[x.ID]
	if !ok {
		out = make([]redFlag, len(x.RedFlags))
		for i, t := range x.RedFlags {
			out[i] = parseRedFlag(t)
		}
		b.redFlags[x.ID] = out
	}
	return out
}

// deniedLine says which red flags a patient has none of: for each red flag
// with a finding the stem can state, the first such finding, varied by the
// card id. Findings that mention a word of what the stem already says
// (skip) are left out, so a stem never denies what it states.
func (b *builder) deniedLine(id string, p patient, flags []redFlag, skip []string) string {
	var denied []string
	for _, rf := range flags {
		var ok []string
		for _, f := range rf.features {
			if stateable(f, p) && !slices.ContainsFunc(skip, func(s string) bool { return b.containsWords(f, s) }) {
				ok = append(ok, f)
			}
		}
		// the shorter findings without an "or" of their own read best in a list
		slices.SortStableFunc(ok, func(a, b string) int {
			return cmp.Compare(strings.Count(a, " or ")*10+len(strings.Fields(a)), strings.Count(b, " or ")*10+len(strings.Fields(b)))
		})
		if len(ok) > 0 {
			denied = append(denied, ok[choose(id, "deny/"+rf.text, min(len(ok), 2))])
		}
	}
	if len(denied) == 0 {
		return ""
	}
	return "Asked about red flags, " + lower(p.she()) + " has no " + joinAnd(denied, "or") + "."
}
