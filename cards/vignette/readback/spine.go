package readback

import (
	"fmt"
	"slices"
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
