package techniques

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/omt-reference/omt/techniques/internal/testfixture"
)

// FuzzResolveCondition checks that resolution never panics and that whatever
// resolves is a real condition, reached the same way twice.
func FuzzResolveCondition(f *testing.F) {
	for _, q := range []string{"LBP", "low back pain", "Low-Back-Pain", "ear infection", "", "é", "\x00", "otitis media?"} {
		f.Add(q)
	}
	c := mustLoadF(f)
	f.Fuzz(func(t *testing.T, q string) {
		x, ok := c.ResolveCondition(q)
		if ok {
			if _, real := c.Condition(x.ID); !real {
				t.Fatalf("%q resolved to unknown %q", q, x.ID)
			}
			if y, _ := c.ResolveCondition(strings.ToUpper(q)); utf8.ValidString(q) && y.ID != x.ID && strings.EqualFold(strings.ToUpper(q), q) {
				t.Fatalf("%q and its upper case resolve differently: %q vs %q", q, x.ID, y.ID)
			}
		}
		_ = c.SuggestConditions(q, 3)
	})
}

// FuzzResolveFlags feeds --patient values: unknown words must be errors with
// suggestions, never a silently skipped flag.
func FuzzResolveFlags(f *testing.F) {
	for _, q := range []string{"osteoporosis", "osteoporosis,warfarin", ",,", "pregnant, dvt ", "x", "\xff",
		"32 weeks pregnant", "24/40", "60 weeks pregnant", "0 weeks", "apixaban, heparin", "third trimester"} {
		f.Add(q)
	}
	c := mustLoadF(f)
	f.Fuzz(func(t *testing.T, q string) {
		ids, err := c.ResolveFlags([]string{q})
		if err != nil {
			return
		}
		for _, id := range ids {
			if _, ok := c.Flag(id); !ok {
				t.Fatalf("%q gave unknown flag %q", q, id)
			}
		}
		words := 0
		for _, part := range strings.Split(q, ",") {
			if strings.TrimSpace(part) != "" {
				words++
			}
		}
		// Each word names one flag; the rest must be flags those imply.
		named := 0
		for _, id := range ids {
			implied := slices.ContainsFunc(ids, func(other string) bool {
				f, _ := c.Flag(other)
				return slices.Contains(f.Implies, id)
			})
			if !implied {
				named++
			}
		}
		if named > words {
			t.Fatalf("%q gave %d flags (%v) from %d words", q, named, ids, words)
		}
	})
}

// FuzzGlossary resolves arbitrary terms.
func FuzzGlossary(f *testing.F) {
	for _, q := range []string{"TART", "T4 ERS(L)", "fryette", "", "barrier", "\t"} {
		f.Add(q)
	}
	c := mustLoadF(f)
	f.Fuzz(func(t *testing.T, q string) {
		if g, ok := c.ResolveGlossary(q); ok && g.ID == "" {
			t.Fatalf("%q resolved to an empty term", q)
		}
		_ = c.SuggestGlossary(q, 3)
	})
}

// FuzzTechniqueFile decodes and validates an arbitrary technique file in an
// otherwise valid catalogue: it must never panic, and a rejected file must be
// named in the error.
func FuzzTechniqueFile(f *testing.F) {
	base := fixtureF(f)
	f.Add(string(base["techniques/hvla-lumbar.yaml"].Data))
	f.Add(string(base["techniques/counterstrain-lumbar.yaml"].Data))
	f.Add("id: x\n")
	f.Add("steps: [unclosed\n")
	f.Add("- a\n- b\n")
	f.Add("id: hvla-lumbar\nname: &a [*a]\n")
	f.Add("")
	hvla := string(base["techniques/hvla-lumbar.yaml"].Data)
	for _, timer := range []string{
		"timer:\n  kind: cycles\n  contract_seconds: [3, 5]\n  relax_seconds: [5, 5]\n  repetitions: [3, 5]\n",
		"timer:\n  kind: rhythm\n  repetitions: [20, 20]\n  rate_per_minute: [60, 120]\n",
		"timer:\n  kind: release\n  seconds: [20, 60]\n  until: release\n",
		"timer:\n  kind: breaths\n  repetitions: [3, 5]\n",
		"timer:\n  kind: hold\n  hold_seconds: [90, 1]\n",
	} {
		f.Add(strings.Replace(hvla, "endpoint:", timer+"endpoint:", 1))
	}
	f.Fuzz(func(t *testing.T, data string) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["techniques/hvla-lumbar.yaml"] = &fstest.MapFile{Data: []byte(data)}
		c, err := LoadFS(fsys)
		if err != nil && !strings.Contains(err.Error(), "hvla-lumbar") && !strings.Contains(err.Error(), "techniques/") {
			t.Fatalf("the error does not name the file:\n%v", err)
		}
		if err == nil {
			for _, tech := range c.Techniques {
				checkTimerLaws(t, tech.Timer)
			}
		}
	})
}

// checkTimerLaws holds for every timer the validator accepts: a defined timer
// has phases, each a numbered step of no negative length, and its estimate
// runs from a lower bound to a higher one.
func checkTimerLaws(t *testing.T, timer Timer) {
	t.Helper()
	phases := timer.Phases()
	if timer.Defined() != (len(phases) > 0) {
		t.Fatalf("timer %+v: defined %v but %d phases", timer, timer.Defined(), len(phases))
	}
	for _, p := range phases {
		if p.Seconds < 0 || p.Repetition < 1 || p.Repetition > p.Of {
			t.Fatalf("timer %+v: bad phase %+v", timer, p)
		}
	}
	if lo, hi := timer.Estimate(); lo < 0 || lo > hi {
		t.Fatalf("timer %+v: estimate %v to %v", timer, lo, hi)
	}
}

func mustLoadF(f *testing.F) *Catalog {
	c, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	return c
}

func fixtureF(f *testing.F) fstest.MapFS {
	m, err := testfixture.Copy(os.DirFS("testdata/valid"))
	if err != nil {
		f.Fatal(err)
	}
	return m
}
