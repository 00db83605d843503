package vignette

import (
	"reflect"
	"strings"
	"testing"

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
