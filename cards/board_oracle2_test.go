package cards_test

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// segmentStated is what a stem says of a spinal segment or group: its
// levels, and either the side of its posterior transverse process with the
// position it evens out in, its restricted motions, or its diagnosis.
type segmentStated struct {
	levels     notation.Range
	rotation   string   // transverse-process style: "left" or "right"
	position   string   // "flexed", "extended" or "neutral"
	restricted []string // motion style
	named      *notation.Diagnosis
}

func readSegmentStated(st stem) (segmentStated, error) {
	var s segmentStated
	for _, f := range st.findings {
		title, value := f[0], f[1]
		if title == "Diagnosis" {
			d, err := notation.Parse(value)
			if err != nil {
				return s, err
			}
			s.named, s.levels = &d, d.Segment.Range
			continue
		}
		where, test, _ := strings.Cut(strings.TrimSuffix(title, ", motion testing"), " in ")
		r, err := notation.ParseRange(strings.Replace(where, " to ", "-", 1))
		if err != nil {
			return s, fmt.Errorf("finding %q names no levels: %v", title, err)
		}
		s.levels = r
		switch {
		case strings.HasSuffix(title, ", motion testing"):
			s.restricted = motionList(strings.TrimPrefix(value, "restricted in "))
		case test == "":
			s.rotation = strings.Fields(strings.TrimPrefix(value, "transverse processes posterior on the "))[0]
		case test == "flexion and extension" && value == "the asymmetry does not change":
			s.position = "neutral"
		case value == "the asymmetry resolves":
			s.position = map[string]string{"flexion": "flexed", "extension": "extended"}[test]
		}
	}
	return s, nil
}

// motionList reads "Flexion, rotation right and side-bending right".
func motionList(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, " and ", ", "))
	out := strings.Split(s, ", ")
	slices.Sort(out)
	return out
}

func motionStrings(ms []notation.Motion) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	slices.Sort(out)
	return out
}

// diagnosis is the diagnosis the stated findings name, by the rules a
// student applies: the posterior transverse process is the side of
// rotation; the position the asymmetry resolves in is the segment's; a
// group that does not change is neutral and side-bends the other way
// (Fryette I), a single flexed or extended segment the same way (Fryette II).
func (s segmentStated) diagnosis() (notation.Diagnosis, error) {
	if s.named != nil {
		return *s.named, nil
	}
	if s.rotation == "" || s.position == "" {
		return notation.Diagnosis{}, fmt.Errorf("the stem gives no side or no position")
	}
	rot := strings.ToUpper(s.rotation[:1])
	text := s.levels.String() + " " + strings.ToUpper(s.position[:1]) + "RS(" + rot + ")"
	if s.position == "neutral" {
		other := map[string]string{"L": "R", "R": "L"}[rot]
		text = s.levels.String() + " NS(" + other + ")R(" + rot + ")"
	}
	return notation.Parse(text)
}

func spineDiagnosisOracle(st stem) (func(string) (bool, error), error) {
	s, err := readSegmentStated(st)
	if err != nil {
		return nil, err
	}
	return func(ch string) (bool, error) {
		d, err := notation.Parse(ch)
		if err != nil || d.Kind != notation.KindSegment {
			return false, fmt.Errorf("option %q is no segment diagnosis", ch)
		}
		if s.restricted != nil {
			return d.Segment.Range == s.levels && slices.Equal(motionStrings(notation.Explain(d).Restricted), s.restricted), nil
		}
		want, err := s.diagnosis()
		return err == nil && d == want, err
	}, nil
}

// spineSetUpOracle: a direct technique engages every restricted motion of
// the stated diagnosis, an indirect one takes the segment into every free
// one; the technique must be one the diagnosis's Fryette row lists.
func spineSetUpOracle(c *techniques.Catalog, st stem) (func(string) (bool, error), error) {
	s, err := readSegmentStated(st)
	if err != nil {
		return nil, err
	}
	d, err := s.diagnosis()
	if err != nil {
		return nil, err
	}
	name, _ := st.labelled("Technique chosen: ")
	t, ok := techniqueNamed(c, name)
	e := notation.Explain(d)
	row, found := rowOf(c, "fryette", e.Key)
	if !ok || !found || !slices.Contains(row.Techniques, t.ID) {
		return nil, fmt.Errorf("technique %q is not one the %s row lists", name, e.Key)
	}
	want := motionStrings(e.Free)
	if t.Approach == techniques.Direct {
		want = motionStrings(e.Restricted)
	}
	return func(ch string) (bool, error) { return slices.Equal(motionList(ch), want), nil }, nil
}

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

// ribSetUpOracle: the key rib is the bottom rib of a group held in
// inhalation and the top rib of one held in exhalation (BITE); the muscle
// and the action are those of the rib-me row holding the key rib, either
// answer of the row being right.
func ribSetUpOracle(c *techniques.Catalog, st stem, fam string) (func(string) (bool, error), error) {
	_, group, stopsEarly, err := ribGroupStated(st)
	if err != nil {
		return nil, err
	}
	key := group.To
	if stopsEarly == "inhalation" { // held in exhalation
		key = group.From
	}
	if fam == "set-up/key-rib" {
		return func(ch string) (bool, error) { return strings.EqualFold(ch, key.String()), nil }, nil
	}
	if stopsEarly != "inhalation" {
		return nil, fmt.Errorf("a muscle is asked for a group that is not held in exhalation")
	}
	var row techniques.TableRow
	for _, r := range tableOf(c, "rib-dysfunctions").Rows {
		if strings.HasPrefix(r.ID, "rib-me-") && techniques.LevelIn(key, r.Levels) {
			row = r
		}
	}
	if row.ID == "" {
		return nil, fmt.Errorf("no rib-me row holds %s", key)
	}
	if fam == "set-up/muscle" {
		return func(ch string) (bool, error) {
			return related(ch, row.Value("muscle")) || related(ch, row.BoardValue("muscle")), nil
		}, nil
	}
	return func(ch string) (bool, error) {
		return strings.Contains(strings.ToLower(flat(row.BoardValue("patient_action"))), strings.ToLower(ch)), nil
	}, nil
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
