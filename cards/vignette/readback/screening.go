package readback

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// techniqueNamed finds the one technique an option names: by its name, or
// by its name less a closing bracket of detail.
func techniqueNamed(c *techniques.Catalog, name string) (techniques.Technique, bool) {
	var found []techniques.Technique
	for _, t := range c.Techniques {
		if t.Name == name || strings.HasPrefix(t.Name, name+" (") && strings.HasSuffix(t.Name, ")") && !strings.Contains(t.Name[len(name)+2:], "(") {
			found = append(found, t)
		}
	}
	if len(found) != 1 {
		return techniques.Technique{}, false
	}
	return found[0], true
}

var ageRe = regexp.MustCompile(`(\d+)-(year|month)-old`)

// patientFlags are the flags a stem states: its past medical history, read
// by the catalogue's flag resolver, and the age band its age falls in.
func patientFlags(c *techniques.Catalog, st stem) ([]string, error) {
	history, ok := st.labelled("Past medical history: ")
	f, found := c.ResolveFlag(history)
	if !ok || !found {
		return nil, fmt.Errorf("past medical history %q names no flag", history)
	}
	flags := []string{f.ID}
	m := ageRe.FindStringSubmatch(st.lines[0])
	if m == nil {
		return nil, fmt.Errorf("the stem gives no age")
	}
	n, _ := strconv.Atoi(m[1])
	switch {
	case m[2] == "month":
		flags = append(flags, "infant")
	case n <= 9:
		flags = append(flags, "young-child")
	case n >= 65:
		flags = append(flags, "older-adult")
	}
	return flags, nil
}

// diagnosisRow is the map row of the diagnosis a stem names.
func diagnosisRow(c *techniques.Catalog, st stem) (techniques.TableRow, error) {
	text, ok := st.labelled("Structural examination finds: |Your structural diagnosis: |Diagnosis after structural examination: ")
	d, err := notation.Parse(text)
	if !ok || err != nil {
		return techniques.TableRow{}, fmt.Errorf("the stem names no diagnosis: %q", text)
	}
	for _, m := range []string{"fryette", "rib-dysfunctions", "innominate-dysfunctions", "sacral-dysfunctions"} {
		if r, ok := rowOf(c, m, d.Key()); ok {
			return r, nil
		}
	}
	return techniques.TableRow{}, fmt.Errorf("no map row for %q", text)
}

// screeningOracle: a technique is contraindicated when the catalogue's
// screen, for the stated history and age, rules it out, and still open when
// it does not and lists the history's finding as a relative
// contraindication; every option must be a technique the diagnosis's map
// row lists.
func screeningOracle(c *techniques.Catalog, st stem, contraindicated bool) (func(string) (bool, error), error) {
	flags, err := patientFlags(c, st)
	if err != nil {
		return nil, err
	}
	row, err := diagnosisRow(c, st)
	if err != nil {
		return nil, err
	}
	return func(ch string) (bool, error) {
		t, ok := techniqueNamed(c, ch)
		if !ok || !slices.Contains(row.Techniques, t.ID) {
			return false, fmt.Errorf("option %q is not a technique the %s row lists", ch, row.ID)
		}
		barred := c.Screen(t, flags).Status == techniques.StatusContraindicated
		if contraindicated {
			return barred, nil
		}
		// still open: not ruled out, and the history's finding is listed
		// against it as relative, so that the key is not right by the
		// catalogue's silence
		return !barred && c.Screen(t, flags[:1]).Status == techniques.StatusCaution, nil
	}, nil
}

// redFlagTexts are the red flags, of any condition, that a head names:
// "Cauda equina syndrome: …" or "… (meningitis or encephalitis)".
func redFlagTexts(c *techniques.Catalog, head string) []string {
	var out []string
	h := strings.ToLower(head)
	for _, x := range c.Conditions {
		for _, rf := range x.RedFlags {
			l := strings.ToLower(rf)
			if strings.HasPrefix(l, h+": ") || strings.HasSuffix(l, "("+h+")") {
				out = append(out, rf)
			}
		}
	}
	return out
}

// ruleOutOracle: the red flag to rule out first is the one whose findings
// include the finding the stem gives as present.
func ruleOutOracle(c *techniques.Catalog, st stem) (func(string) (bool, error), error) {
	_, present, ok := st.finding(func(t string) bool { return t == "Present" })
	if !ok {
		return nil, fmt.Errorf("the stem gives no finding as present")
	}
	return func(ch string) (bool, error) {
		texts := redFlagTexts(c, ch)
		if len(texts) == 0 {
			return false, fmt.Errorf("option %q heads no red flag", ch)
		}
		return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(words(t), words(present)) }), nil
	}, nil
}
