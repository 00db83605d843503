package techniques

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

// Patient flags that carry others, and flags read from a week of pregnancy.

// maxGestationWeeks is the latest week of pregnancy omt reads: a typed
// week past it is a typing error, not a late pregnancy.
const maxGestationWeeks = 44

// gestationPatterns read a week of pregnancy from normalized text (see
// normalize): "32 weeks pregnant", "32w", "32+4 weeks", "pregnant 32
// weeks", "GA 32 weeks", "32/40" (the obstetric shorthand).
var gestationPatterns = []*regexp.Regexp{
	regexp.MustCompile(`^(\d{1,3})(?: \d)? ?(?:weeks?|wks?|w)(?: (?:pregnant|pregnancy|gestation|gestational age|of pregnancy|of gestation|ga|along|gravid))?$`),
	regexp.MustCompile(`^(?:pregnant|pregnancy|gestation|gestational age|ga)(?: at| of)? (\d{1,3})(?: \d)?(?: ?(?:weeks?|wks?|w))?$`),
	regexp.MustCompile(`^(\d{1,3})(?: \d)? 40(?: (?:weeks?|pregnant|gestation))?$`),
}

// gestationWeek reads a week of pregnancy from what a clinician typed.
func gestationWeek(query string) (int, bool) {
	q := fold.Normalize(query)
	for _, re := range gestationPatterns {
		if m := re.FindStringSubmatch(q); m != nil {
			n, err := strconv.Atoi(m[1])
			return n, err == nil
		}
	}
	return 0, false
}

// GestationError is a week of pregnancy that no pregnancy reaches.
type GestationError struct {
	Query string
	Week  int
}

func (e *GestationError) Error() string {
	return fmt.Sprintf("%q: %d weeks is not a week of pregnancy (omt reads 1 to %d); enter the week, as in 32 weeks pregnant",
		e.Query, e.Week, maxGestationWeeks)
}

// resolveGestation names the flag for a typed week of pregnancy: the one
// with the latest GestationFrom at or before that week.
func (c *Catalog) resolveGestation(query string) (Flag, bool, error) {
	week, ok := gestationWeek(query)
	if !ok {
		return Flag{}, false, nil
	}
	if week < 1 || week > maxGestationWeeks {
		return Flag{}, false, &GestationError{Query: query, Week: week}
	}
	var best Flag
	for _, f := range c.Flags {
		if f.GestationFrom > 0 && f.GestationFrom <= week && f.GestationFrom > best.GestationFrom {
			best = f
		}
	}
	return best, best.ID != "", nil
}

// ExpandFlags adds to flag ids the flags each implies, each after the flag
// that implies it, without duplicates: ["late-pregnancy"] becomes
// ["late-pregnancy", "pregnancy"]. Screening and planning expand what they
// are given, so a browser that ticks only late pregnancy screens for both.
func (c *Catalog) ExpandFlags(ids []string) []string {
	out := make([]string, 0, len(ids))
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, id := range ids {
		add(id)
		if f, ok := c.Flag(id); ok {
			for _, imp := range f.Implies {
				add(imp)
			}
		}
	}
	return out
}

// readingFor is the reading that goes with a flag among the flags screened
// for: its own, unless a flag that implies it is there with a reading of its
// own, which is the more specific (apixaban's, not anticoagulation's).
func (c *Catalog) readingFor(id string, flags []string) string {
	for _, other := range flags {
		if f, ok := c.Flag(other); ok && f.Reading != "" && slices.Contains(f.Implies, id) {
			return f.Reading
		}
	}
	if f, ok := c.Flag(id); ok {
		return f.Reading
	}
	return ""
}

// positionReasons are the relative contraindications a technique gets from
// flags that ask to avoid a position, when every position the technique is
// done in is one of them (a supine-only technique in late pregnancy).
func (c *Catalog) positionReasons(t Technique, flags []string, listed map[string]bool) []ScreenReason {
	var out []ScreenReason
	for _, id := range flags {
		f, ok := c.Flag(id)
		if !ok || len(f.Positions) == 0 || listed[id] || len(t.Positions) == 0 {
			continue
		}
		var notes []string
		only := true
		for _, p := range t.Positions {
			i := slices.IndexFunc(f.Positions, func(pc PositionCaution) bool { return pc.Position == p })
			if i < 0 {
				only = false
				break
			}
			if n := f.Positions[i].Note; !slices.Contains(notes, n) {
				notes = append(notes, n)
			}
		}
		if !only {
			continue
		}
		note := fmt.Sprintf("Done only %s. %s", JoinWords(positionNamesForReader(t.Positions)), strings.Join(notes, " "))
		out = append(out, ScreenReason{Flag: f.ID, Name: f.Name, Kind: "relative", Note: note,
			Reading: c.readingFor(f.ID, flags)})
	}
	return out
}

// positionNamesForReader spells positions for a reader: lateral is side-lying.
func positionNamesForReader(ps []PatientPosition) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = string(p)
		if p == Lateral {
			out[i] = "side-lying"
		}
	}
	return out
}

// JoinWords joins a list as English does: "a", "a and b", "a, b and c".
func JoinWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
