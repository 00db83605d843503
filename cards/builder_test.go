package cards

import (
	"slices"
	"testing"
)

// TestRankIsPinned guards the ranking that draws distractors and orders
// choices: a change would reshuffle every card and mark each one updated in
// every student's database.
func TestRankIsPinned(t *testing.T) {
	if got, want := rank("technique/hvla-cervical/family", "hvla"), uint64(0x96fbcd89d01cd8b1); got != want {
		t.Errorf("rank = %#x, want %#x", got, want)
	}
}

// TestDrawIsStableUnderGrowth checks the property that keeps cards from
// churning: adding an option that ranks after the ones drawn leaves the draw
// alone.
func TestDrawIsStableUnderGrowth(t *testing.T) {
	b := &builder{folded: map[string]string{}}
	pool := []option{opt("alpha"), opt("beta"), opt("gamma"), opt("delta"), opt("epsilon")}
	before := b.pickDistractors("card", opt("answer"), [][]option{pool}, 3)
	var last uint64
	for _, o := range before {
		last = max(last, rank("card", o.key))
	}
	for _, extra := range []string{"zeta", "eta", "theta", "iota", "kappa", "lambda"} {
		grown := append(slices.Clone(pool), opt(extra))
		after := b.pickDistractors("card", opt("answer"), [][]option{grown}, 3)
		if rank("card", extra) > last && !slices.Equal(before, after) {
			t.Errorf("adding %q, which ranks last, changed the draw from %v to %v", extra, before, after)
		}
	}
}

// TestOverlapsFoldsAndMatchesWholeWords checks what counts as one option
// saying another.
func TestOverlapsFoldsAndMatchesWholeWords(t *testing.T) {
	b := &builder{folded: map[string]string{}}
	cases := []struct {
		a, b string
		want bool
	}{
		{"Latissimus dorsi", "Latissimus dorsi (quadratus lumborum is also taught)", true},
		{"latissimus-dorsi", "Latissimus Dorsi", true},
		{"rib 1", "rib 11", false},
		{"Vagus nerve (CN X)", "vagus nerve (CN X), sparse and confined to the renal pelvis", true},
		{"Posterior scalene", "Anterior and middle scalenes", false},
	}
	for _, c := range cases {
		if got := b.overlaps(c.a, c.b); got != c.want {
			t.Errorf("overlaps(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
