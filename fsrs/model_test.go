package fsrs

import (
	"math"
	"testing"
)

// The vectors in this file are ts-fsrs's own, from
// packages/fsrs/__tests__/algorithm.test.ts at ts-fsrs commit
// cdec8d2f8340f8e62ced596c1da02e20e70073f0 (v5.4.1), with the FSRS-6
// default weights. ts-fsrs compares them with toEqual, so they are checked
// here to 1e-12, which only forgives the last bit of a libm difference.

const exact = 1e-12

func defaultModel() model {
	return newModel(DefaultParameters(), 0.9)
}

func TestDecayAndFactor(t *testing.T) {
	m := defaultModel()
	// FACTOR = 0.9^(1/DECAY) - 1 rounded to 8 decimals; with the desired
	// retention at 0.9 the interval is the stability ("I(r,s)=s").
	wantFactor := roundTo(math.Pow(0.9, 1/-0.1542)-1, 8)
	if m.decay != -0.1542 || m.factor != wantFactor {
		t.Errorf("decay, factor = %v, %v; want -0.1542, %v", m.decay, m.factor, wantFactor)
	}
	if m.intervalModifier != 1 {
		t.Errorf("interval modifier at 90%% = %v, want 1", m.intervalModifier)
	}
}

func TestForgettingCurve(t *testing.T) {
	// "forgetting_curve › retrievability": S = 1, t = 0..3.
	m := defaultModel()
	for elapsed, want := range []float64{1.0, 0.9, 0.84588465, 0.8093881} {
		if got := m.forgettingCurve(float64(elapsed), 1); math.Abs(got-want) > exact {
			t.Errorf("R(%d, 1) = %v, want %v", elapsed, got, want)
		}
	}
}

func TestInitialState(t *testing.T) {
	// "init_ds": S0 is w[0..3]; D0 = w4 - e^(w5(G-1)) + 1, here through
	// FSRS-6.test.ts "first repeat", which clamps it to [1, 10].
	m := defaultModel()
	w := DefaultParameters()
	wantD := []float64{6.4133, 5.11217071, 2.11810397, 1}
	for g := Again; g <= Easy; g++ {
		mem := m.next(memory{}, 0, g)
		if mem.stability != w[g-1] {
			t.Errorf("S0(%v) = %v, want %v", g, mem.stability, w[g-1])
		}
		if math.Abs(mem.difficulty-wantD[g-1]) > exact {
			t.Errorf("D0(%v) = %v, want %v", g, mem.difficulty, wantD[g-1])
		}
	}
}

func TestNextDifficulty(t *testing.T) {
	// "next_ds › next_difficulty": from D = 5.
	m := defaultModel()
	want := []float64{8.34176237, 6.66599536, 4.99022837, 3.31446137}
	for g := Again; g <= Easy; g++ {
		if got := m.nextDifficulty(5, g); math.Abs(got-want[g-1]) > exact {
			t.Errorf("D'(5, %v) = %v, want %v", g, got, want[g-1])
		}
	}
}

func TestNextStability(t *testing.T) {
	// "next_ds › next_stability": S = 5 throughout, D = 1..4 and
	// R = 0.9..0.6 for the four grades in turn.
	m := defaultModel()
	d := []float64{1, 2, 3, 4}
	r := []float64{0.9, 0.8, 0.7, 0.6}
	wantRecall := []float64{25.60252118, 28.22657096, 58.65599107, 127.2266925}
	wantForget := []float64{1.05253961, 1.18943295, 1.36808387, 1.58498896}
	wantShort := []float64{1.596818, 5, 5, 8.12960956}
	for g := Again; g <= Easy; g++ {
		i := g - 1
		if got := m.recallStability(d[i], 5, r[i], g); math.Abs(got-wantRecall[i]) > exact {
			t.Errorf("recall stability (D=%v, R=%v, %v) = %v, want %v", d[i], r[i], g, got, wantRecall[i])
		}
		if got := m.forgetStability(d[i], 5, r[i]); math.Abs(got-wantForget[i]) > exact {
			t.Errorf("forget stability (D=%v, R=%v) = %v, want %v", d[i], r[i], got, wantForget[i])
		}
		if got := m.shortTermStability(5, g); math.Abs(got-wantShort[i]) > exact {
			t.Errorf("short-term stability (%v) = %v, want %v", g, got, wantShort[i])
		}
	}
}

func TestIntervalByDesiredRetention(t *testing.T) {
	// "next_interval › next_ivl": S = 1 at retention 0.1 .. 1.0 with no
	// maximum. (fsrs-rs, in f32, has 3116766 for 0.1; ts-fsrs notes the
	// difference and keeps the f64 result, as this package does.)
	want := []int{3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1}
	for i, w := range want {
		retention := float64(i+1) / 10
		m := newModel(DefaultParameters(), retention)
		if got := m.interval(1, math.MaxInt32); got != w {
			t.Errorf("interval(S=1) at retention %v = %d, want %d", retention, got, w)
		}
	}
}

func TestIntervalCappedAtMaximum(t *testing.T) {
	// "next_interval › next_ivl[max_limit]": S = 737.47, maximum 365.
	if got := defaultModel().interval(737.47, 365); got != 365 {
		t.Errorf("interval = %d, want the maximum 365", got)
	}
}

func TestLapseFromTinyStabilityStaysAboveMinimum(t *testing.T) {
	// "next_state › clamped s".
	got := defaultModel().next(memory{stability: 0.00102011, difficulty: 9.98210112}, 1, Again)
	if got.stability < stabilityMin {
		t.Errorf("stability %v fell below the minimum %v", got.stability, stabilityMin)
	}
}

func TestJSRoundTakesHalvesUp(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{2.5, 3}, {-2.5, -2}, {5.5, 6}, {0.49999999999999994, 0}, {-0.5, 0}, {1.4, 1}, {-1.6, -2},
	} {
		if got := jsRound(c.in); got != c.want {
			t.Errorf("jsRound(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
