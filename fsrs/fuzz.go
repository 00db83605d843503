package fsrs

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// fuzzRange is one band of the interval fuzz: intervals between start and
// end days gain factor days of spread per day (ts-fsrs help.ts FUZZ_RANGES,
// the same table as py-fsrs and Anki).
type fuzzRange struct{ start, end, factor float64 }

func fuzzRanges() [3]fuzzRange {
	return [3]fuzzRange{
		{2.5, 7, 0.15},
		{7, 20, 0.10},
		{20, math.Inf(1), 0.05},
	}
}

// fuzzBounds is ts-fsrs get_fuzz_range: the shortest and longest interval
// the fuzz may turn interval into, given the days elapsed since the last
// review and the maximum interval. The lower bound is at least 2 days and,
// when the interval is longer than the elapsed days, more than the elapsed
// days, so a card reviewed late is not sent back sooner than it waited.
func fuzzBounds(interval, elapsedDays, maximum int) (lo, hi int) {
	ivl := float64(interval)
	delta := 1.0
	for _, r := range fuzzRanges() {
		delta += r.factor * math.Max(math.Min(ivl, r.end)-r.start, 0)
	}
	ivl = math.Min(ivl, float64(maximum))
	lo = int(math.Max(2, jsRound(ivl-delta)))
	hi = int(math.Min(jsRound(ivl+delta), float64(maximum)))
	if ivl > float64(elapsedDays) {
		lo = max(lo, elapsedDays+1)
	}
	lo = min(lo, hi)
	return lo, hi
}

// fuzz is ts-fsrs apply_fuzz on an interval already rounded and capped:
// intervals under 2.5 days are kept; longer ones move to a day drawn from
// fuzzBounds by factor, a number in [0, 1). The final min changes nothing
// for factors Alea draws (multiples of 2^-32); it stops a factor a hair
// under 1 from rounding up to one day past the range.
func fuzz(interval, elapsedDays, maximum int, factor float64) int {
	if float64(interval) < 2.5 {
		return interval
	}
	lo, hi := fuzzBounds(interval, elapsedDays, maximum)
	return min(int(math.Floor(factor*float64(hi-lo+1)+float64(lo))), hi)
}

// fuzzSeed is ts-fsrs DefaultInitSeedStrategy, "<review ms>_<reps>_<D*S>",
// from the review time and the card as it was before the review but with
// its repetition already counted. The fuzz is thus a pure function of its
// inputs: Preview and Review agree, and the same review gives the same fuzz
// every time. extra (Scheduler.FuzzSeed) is prefixed when set.
func fuzzSeed(extra string, now time.Time, repsAfter int, before memory) string {
	seed := strconv.FormatInt(now.UnixMilli(), 10) + "_" + strconv.Itoa(repsAfter) + "_" +
		jsNumber(before.difficulty*before.stability)
	if extra != "" {
		seed = extra + "_" + seed
	}
	return seed
}

// jsNumber formats x as JavaScript's String(x) does, which the reference
// uses to build its seed: shortest round-trip digits, plain notation from
// 1e-6 up to 1e21, exponent notation outside it ("1e-7", "1.5e+21").
func jsNumber(x float64) string {
	switch {
	case x == 0:
		return "0" // also for -0, as in JavaScript
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	}
	if a := math.Abs(x); a >= 1e-6 && a < 1e21 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	mantissa, exponent, _ := strings.Cut(strconv.FormatFloat(x, 'e', -1, 64), "e")
	sign, digits := exponent[:1], strings.TrimLeft(exponent[1:], "0")
	return mantissa + "e" + sign + digits
}

// alea is Johannes Baagøe's Alea generator as ts-fsrs ships it (alea.ts,
// after seedrandom's alea.js), reproduced operation for operation in
// float64 so that a seed yields the numbers it yields in JavaScript.
type alea struct{ c, s0, s1, s2 float64 }

const twoToMinus32 = 2.3283064365386963e-10 // 2^-32

func newAlea(seed string) *alea {
	var m mash
	m.n = 0xefc8249d
	a := &alea{c: 1, s0: m.hash(" "), s1: m.hash(" "), s2: m.hash(" ")}
	a.s0 -= m.hash(seed)
	if a.s0 < 0 {
		a.s0++
	}
	a.s1 -= m.hash(seed)
	if a.s1 < 0 {
		a.s1++
	}
	a.s2 -= m.hash(seed)
	if a.s2 < 0 {
		a.s2++
	}
	return a
}

// next returns the next number in [0, 1).
func (a *alea) next() float64 {
	t := 2091639*a.s0 + a.c*twoToMinus32
	a.s0, a.s1 = a.s1, a.s2
	a.c = float64(toInt32(t))
	a.s2 = t - a.c
	return a.s2
}

// mash is Alea's string hash; its state n carries over between calls.
type mash struct{ n float64 }

func (m *mash) hash(data string) float64 {
	// JavaScript strings are UTF-16: charCodeAt reads code units.
	for _, unit := range utf16.Encode([]rune(data)) {
		m.n += float64(unit)
		h := 0.02519603282416938 * m.n
		m.n = toUint32(h)
		h -= m.n
		h *= m.n
		m.n = toUint32(h)
		h -= m.n
		m.n += h * 0x100000000 // 2^32
	}
	return toUint32(m.n) * twoToMinus32
}

// toUint32 is JavaScript's x >>> 0 for a finite x, returned as a float64.
func toUint32(x float64) float64 {
	r := math.Mod(math.Trunc(x), 1<<32)
	if r < 0 {
		r += 1 << 32
	}
	return r
}

// toInt32 is JavaScript's x | 0 for a finite x.
func toInt32(x float64) int32 {
	return int32(uint32(toUint32(x)))
}
