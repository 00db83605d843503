package fsrs

import (
	"math"
	"testing"
	"time"
)

// Vectors from ts-fsrs packages/fsrs/__tests__/alea.test.ts at commit
// cdec8d2f8340f8e62ced596c1da02e20e70073f0: the reference checks them with
// toEqual, and so does this test, bit for bit, since the fuzz of every
// interval comes from this generator.

func TestAleaKnownValues(t *testing.T) {
	// "Known values test": seed 12345 (a number, which String() makes "12345").
	a := newAlea("12345")
	for i, want := range []float64{0.27138191112317145, 0.19615925149992108, 0.6810678059700876} {
		if got := a.next(); got != want {
			t.Errorf("draw %d = %v, want %v", i+1, got, want)
		}
	}
}

func TestAleaStateAfterOneDraw(t *testing.T) {
	// The seeds that exercise each "s < 0 → s + 1" branch of the constructor.
	for _, c := range []struct {
		seed string
		want alea
	}{
		{"1727015666066", alea{c: 1828249, s0: 0.5888567129150033, s1: 0.5074866858776659, s2: 0.6320083506871015}},
		{"Seedp5fxh9kf4r0", alea{c: 1776946, s0: 0.6778371171094477, s1: 0.0770602801349014, s2: 0.14867847645655274}},
		{"NegativeS2Seed", alea{c: 952982, s0: 0.25224833423271775, s1: 0.9213257452938706, s2: 0.830770346801728}},
	} {
		t.Run(c.seed, func(t *testing.T) {
			a := newAlea(c.seed)
			if got := a.next(); got != c.want.s2 {
				t.Errorf("first draw = %v, want %v", got, c.want.s2)
			}
			if *a != c.want {
				t.Errorf("state = %+v, want %+v", *a, c.want)
			}
		})
	}
}

func TestAleaSeedsDiffer(t *testing.T) {
	// "make sure two seeded values are the same" and "seed-19140".
	if *newAlea("1") != *newAlea("1") || *newAlea("1") == *newAlea("3") {
		t.Error("equal seeds must give equal states and different seeds different ones")
	}
	if s1 := newAlea("seed-19140").s1; s1 < 0 || s1 >= 0.05 {
		t.Errorf("seed-19140: s1 = %v, want in [0, 0.05)", s1)
	}
}

func TestFuzzBounds(t *testing.T) {
	// Worked by hand from get_fuzz_range (ts-fsrs help.ts): delta = 1 +
	// 0.15*(min(I,7)-2.5) + 0.1*(min(I,20)-7) + 0.05*(I-20), each term ≥ 0.
	for _, c := range []struct {
		interval, elapsed, maximum, lo, hi int
	}{
		{3, 0, 36500, 2, 4},             // delta 1.075
		{10, 0, 36500, 8, 12},           // delta 1.975
		{100, 0, 36500, 93, 107},        // delta 6.975
		{100, 98, 36500, 99, 107},       // a late review: lo above elapsed
		{5, 5, 100, 4, 6},               // "skip interval > elapsed_days branch"
		{400, 0, 365, 343, 365},         // delta 21.975 from the uncapped 400, then capped
		{36500, 0, 36500, 34673, 36500}, // delta 1826.975
	} {
		lo, hi := fuzzBounds(c.interval, c.elapsed, c.maximum)
		if lo != c.lo || hi != c.hi {
			t.Errorf("fuzzBounds(%d, elapsed %d, max %d) = [%d, %d], want [%d, %d]",
				c.interval, c.elapsed, c.maximum, lo, hi, c.lo, c.hi)
		}
	}
}

func TestFuzzKeepsShortIntervalsAndStaysInBounds(t *testing.T) {
	// "FSRS apply_fuzz": under 2.5 days nothing moves; otherwise the result
	// is within get_fuzz_range for any factor Alea can draw. Alea's draws
	// are multiples of 2^-32, so its largest is 1 - 2^-32.
	largest := 1 - math.Ldexp(1, -32)
	for _, factor := range []float64{0, 0.5, largest, math.Nextafter(1, 0)} {
		for _, ivl := range []int{1, 2} {
			if got := fuzz(ivl, 0, 36500, factor); got != ivl {
				t.Errorf("fuzz(%d) = %d, want it unchanged", ivl, got)
			}
		}
		for ivl := 3; ivl <= 400; ivl++ {
			lo, hi := fuzzBounds(ivl, 0, 365)
			if got := fuzz(min(ivl, 365), 0, 365, factor); got < lo || got > hi {
				t.Fatalf("fuzz(%d, factor %v) = %d, outside [%d, %d]", ivl, factor, got, lo, hi)
			}
		}
	}
	// The extremes of the factor reach both ends of the range.
	if lo := fuzz(100, 0, 36500, 0); lo != 93 {
		t.Errorf("factor 0 gives %d, want the low end 93", lo)
	}
	if hi := fuzz(100, 0, 36500, largest); hi != 107 {
		t.Errorf("factor just under 1 gives %d, want the high end 107", hi)
	}
}

func TestFuzzSeedMatchesReferenceFormat(t *testing.T) {
	// DefaultInitSeedStrategy: `${review ms}_${reps}_${D*S}`, the product
	// printed as JavaScript prints numbers.
	now := time.UnixMilli(1727015666066)
	for _, c := range []struct {
		extra string
		reps  int
		mem   memory
		want  string
	}{
		{"", 1, memory{}, "1727015666066_1_0"},
		{"", 3, memory{stability: 2.3065, difficulty: 5}, "1727015666066_3_11.5325"},
		{"", 2, memory{stability: 0.1, difficulty: 3}, "1727015666066_2_0.30000000000000004"},
		{"deck", 2, memory{stability: 10, difficulty: 2}, "deck_1727015666066_2_20"},
	} {
		if got := fuzzSeed(c.extra, now, c.reps, c.mem); got != c.want {
			t.Errorf("fuzzSeed = %q, want %q", got, c.want)
		}
	}
}

func TestJSNumber(t *testing.T) {
	tenth := 0.1 // a variable, so that 0.1 + 0.2 is float64 arithmetic, not an exact constant
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {math.Copysign(0, -1), "0"}, {20, "20"}, {tenth + 0.2, "0.30000000000000004"},
		{1e-6, "0.000001"}, {1e-7, "1e-7"}, {1.5e21, "1.5e+21"}, {123456789012, "123456789012"},
		{-2.5, "-2.5"}, {math.NaN(), "NaN"}, {math.Inf(1), "Infinity"},
	} {
		if got := jsNumber(c.in); got != c.want {
			t.Errorf("jsNumber(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
