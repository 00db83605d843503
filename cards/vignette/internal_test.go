package vignette

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// TestAgeBandsAreTheFlags holds the age bands to the catalogue's age flags,
// whose names state them: a stem's age must carry the flag a clinician's
// screen would.
func TestAgeBandsAreTheFlags(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		flag, says string
		inside     []int
		outside    []int
	}{
		{flagInfant, "under 1 year", []int{0}, []int{1}},
		{flagYoungChild, "1 to 9 years", []int{1, 9}, []int{0, 10}},
		{flagOlderAdult, "65 and over", []int{65, 90}, []int{64}},
	} {
		f, ok := c.Flag(tt.flag)
		if !ok || !strings.Contains(f.Name, tt.says) {
			t.Errorf("flag %s is named %q; the band is %s", tt.flag, f.Name, tt.says)
		}
		for _, age := range tt.inside {
			if ageBand(age) != tt.flag {
				t.Errorf("ageBand(%d) = %q, want %s", age, ageBand(age), tt.flag)
			}
		}
		for _, age := range tt.outside {
			if ageBand(age) == tt.flag {
				t.Errorf("ageBand(%d) = %s, outside the band %s", age, tt.flag, tt.says)
			}
		}
	}
}

// TestHistoryPhrasesNameTheirFlags: every phrase a stem's history uses
// resolves, by the catalogue's own reading, to the flag it is screened as.
func TestHistoryPhrasesNameTheirFlags(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	for flag, h := range historyPhrases() {
		for _, p := range h.phrases {
			if f, ok := c.ResolveFlag(p); !ok || f.ID != flag {
				t.Errorf("%q reads as flag %q, not %s", p, f.ID, flag)
			}
		}
	}
}

// TestSetUpTechniquesExist: the entries named as positioning a segment in
// every plane, and those named for one dysfunction, are catalogue entries.
func TestSetUpTechniquesExist(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range append(append([]string{}, everyPlane()...), namedForOne()...) {
		if _, ok := c.Technique(id); !ok {
			t.Errorf("no technique %s", id)
		}
	}
}

// TestAgeRuleReadsAgesNotDurations: "morning stiffness over 30 minutes" is
// no age; "new pain after age 50" and "onset before 45" are.
func TestAgeRuleReadsAgesNotDurations(t *testing.T) {
	for _, tt := range []struct {
		text string
		age  int
		want bool
	}{
		{"morning stiffness over 30 minutes", 40, false},
		{"new pain after age 50", 50, true},
		{"new pain after age 50", 49, false},
		{"onset before 45", 44, true},
		{"onset before 45", 45, false},
		{"age 65 or over", 65, true},
		{"inability to rotate the neck 45 degrees either way", 70, false},
	} {
		if got := ageRuleOf(tt.text)(tt.age); got != tt.want {
			t.Errorf("ageRuleOf(%q)(%d) = %v, want %v", tt.text, tt.age, got, tt.want)
		}
	}
}

// TestRankIsPinned guards the ranking that varies the stems and draws the
// distractors: a change would rewrite every vignette and mark each one
// updated in every student's database. It is package cards' ranking.
func TestRankIsPinned(t *testing.T) {
	if got, want := rank("technique/hvla-cervical/family", "hvla"), uint64(0x96fbcd89d01cd8b1); got != want {
		t.Errorf("rank = %#x, want %#x", got, want)
	}
}

// TestBoardIsDeterministic: two catalogues loaded apart give the same
// vignettes, word for word.
func TestBoardIsDeterministic(t *testing.T) {
	c1, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	c2, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	if a, b := Board(c1), Board(c2); !reflect.DeepEqual(a, b) {
		t.Fatal("two runs over the same catalogue differ")
	}
}

// TestDisputedEasesAreTheNotes holds the tender points whose other taught
// position is never offered as wrong to their notes: each note reports such
// a position, disputedEases allows exactly the positions it reports, and no
// vignette offers one of them.
func TestDisputedEasesAreTheNotes(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string]struct {
		says   string
		taught func(ease) bool
	}{
		"ac3": {"marked flexion with side-bending toward the point", func(e ease) bool { return e.flexion && e.sideToward }},
		"ac4": {"slight extension", func(e ease) bool { return !e.flexion }},
	}
	disputed := disputedEases()
	if len(notes) != len(disputed) {
		t.Fatalf("%d disputed points, %d notes checked", len(disputed), len(notes))
	}
	items := Board(c)
	for id, note := range notes {
		i := slices.IndexFunc(c.Maps.TenderPoints.Rows, func(p techniques.TenderPoint) bool { return p.ID == id })
		if i < 0 || !strings.Contains(oneLine(c.Maps.TenderPoints.Rows[i].Note), note.says) {
			t.Errorf("%s: the note does not say %q", id, note.says)
			continue
		}
		for _, e := range allEases() {
			if disputed[id] == nil || disputed[id](e) != note.taught(e) {
				t.Errorf("%s: disputedEases allows %s: %v; the note reports it taught: %v", id, e.code(), disputed[id] != nil && disputed[id](e), note.taught(e))
			}
		}
		j := slices.IndexFunc(items, func(it Item) bool { return it.ID == boardID(SetUp, "tender-point", id) })
		if j < 0 {
			t.Errorf("%s: no vignette", id)
			continue
		}
		for _, w := range items[j].Wrong {
			for _, e := range allEases() {
				for _, side := range []notation.Side{notation.Left, notation.Right} {
					if e.text(side) == w.Text && strings.Contains(items[j].Front, "("+side.String()+" side)") && note.taught(e) {
						t.Errorf("%s offers %q (%s) as wrong, which its note reports as taught", id, w.Text, e.code())
					}
				}
			}
		}
	}
}

// TestEaseReadsTheAbbreviation: the positions come from the tables'
// abbreviations, toward and away taken from the point's side.
func TestEaseReadsTheAbbreviation(t *testing.T) {
	got := easesIn("Flex the trunk, side-bend toward the point and rotate away (F ST RA).")
	if len(got) != 1 || got[0].code() != "F ST RA" {
		t.Fatalf("easesIn = %v", got)
	}
	if s := got[0].text(notation.Left); s != "Flexion, side-bending left and rotation right" {
		t.Errorf("F ST RA on the left reads %q", s)
	}
	if s := (ease{false, false, true}).text(notation.Right); s != "Extension, side-bending left and rotation right" {
		t.Errorf("E SA RT on the right reads %q", s)
	}
	if n := len(allEases()); n != 8 {
		t.Errorf("%d positions, want 8", n)
	}
}
