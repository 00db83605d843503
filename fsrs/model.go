package fsrs

import "math"

// The model's limits, as in ts-fsrs 5.4.1 (constant.ts) and fsrs-rs.
const (
	stabilityMin  = 0.001
	stabilityMax  = 36500.0
	difficultyMin = 1.0
	difficultyMax = 10.0
)

// model is the FSRS-6 memory model for one set of weights and one desired
// retention. Every formula follows ts-fsrs 5.4.1 algorithm.ts, including its
// rounding of intermediate results to 8 decimals, so that results agree with
// the reference to the last digit its tests check.
type model struct {
	w Parameters
	// decay is -w[20]; factor is 0.9^(1/decay) - 1, which makes the
	// forgetting curve pass through 90% at t = S.
	decay, factor float64
	// intervalModifier turns a stability into the interval at which recall
	// has fallen to the desired retention.
	intervalModifier float64
}

func newModel(w Parameters, desiredRetention float64) model {
	m := model{w: w, decay: -w[20]}
	m.factor = roundTo(math.Exp(math.Log(0.9)/m.decay)-1, 8)
	m.intervalModifier = roundTo((math.Pow(desiredRetention, 1/m.decay)-1)/m.factor, 8)
	return m
}

// forgettingCurve is the probability of recall t days after a review that
// left the card with stability s: R(t, S) = (1 + factor*t/S)^decay.
func (m model) forgettingCurve(t, s float64) float64 {
	return roundTo(math.Pow(1+m.factor*t/s, m.decay), 8)
}

// initStability is S0(G) = w[G-1], floored at 0.1 as ts-fsrs does.
func (m model) initStability(g Rating) float64 {
	return math.Max(m.w[g-1], 0.1)
}

// initDifficulty is D0(G) = w4 - e^(w5*(G-1)) + 1, not yet clamped: the
// mean reversion target D0(Easy) is used unclamped.
func (m model) initDifficulty(g Rating) float64 {
	return roundTo(m.w[4]-math.Exp(float64(g-1)*m.w[5])+1, 8)
}

// nextDifficulty moves D by -w6*(G-3), damped linearly as D nears 10, then
// pulls it a fraction w7 of the way back to D0(Easy).
func (m model) nextDifficulty(d float64, g Rating) float64 {
	delta := -m.w[6] * float64(g-3)
	damped := d + roundTo(delta*(10-d)/9, 8)
	reverted := roundTo(m.w[7]*m.initDifficulty(Easy)+(1-m.w[7])*damped, 8)
	return clamp(reverted, difficultyMin, difficultyMax)
}

// recallStability is the stability after a successful review (Hard, Good
// or Easy) a day or more after the last one.
func (m model) recallStability(d, s, r float64, g Rating) float64 {
	hardPenalty, easyBonus := 1.0, 1.0
	if g == Hard {
		hardPenalty = m.w[15]
	}
	if g == Easy {
		easyBonus = m.w[16]
	}
	gain := math.Exp(m.w[8]) * (11 - d) * math.Pow(s, -m.w[9]) *
		(math.Exp((1-r)*m.w[10]) - 1) * hardPenalty * easyBonus
	return roundTo(clamp(s*(1+gain), stabilityMin, stabilityMax), 8)
}

// forgetStability is the long-term stability after a lapse.
func (m model) forgetStability(d, s, r float64) float64 {
	next := m.w[11] * math.Pow(d, -m.w[12]) * (math.Pow(s+1, m.w[13]) - 1) * math.Exp((1-r)*m.w[14])
	return roundTo(clamp(next, stabilityMin, stabilityMax), 8)
}

// shortTermStability is the stability after a review on the same day as
// the last: S * e^(w17*(G-3+w18)) * S^-w19, never lower for a pass (fsrs-rs
// and ts-fsrs apply the floor of 1 to Hard, Good and Easy).
func (m model) shortTermStability(s float64, g Rating) float64 {
	increase := math.Pow(s, -m.w[19]) * math.Exp(m.w[17]*(float64(g)-3+m.w[18]))
	if g >= Hard {
		increase = math.Max(increase, 1)
	}
	return roundTo(clamp(s*increase, stabilityMin, stabilityMax), 8)
}

// memory is a card's stability and difficulty.
type memory struct{ stability, difficulty float64 }

// next is ts-fsrs FSRSAlgorithm.next_state with short-term scheduling on:
// the memory after grade g, t whole days after the last review. A zero
// memory means the card is new.
func (m model) next(mem memory, t int, g Rating) memory {
	if mem.stability == 0 && mem.difficulty == 0 {
		return memory{
			stability:  m.initStability(g),
			difficulty: clamp(m.initDifficulty(g), difficultyMin, difficultyMax),
		}
	}
	var s float64
	switch {
	case t == 0:
		s = m.shortTermStability(mem.stability, g)
	case g == Again:
		// A lapse can never leave a card more stable than same-day
		// reviews would have: cap at S / e^(w17*w18).
		afterLapse := m.forgetStability(mem.difficulty, mem.stability, m.forgettingCurve(float64(t), mem.stability))
		shortTermFloor := roundTo(mem.stability/math.Exp(m.w[17]*m.w[18]), 8)
		s = clamp(shortTermFloor, stabilityMin, afterLapse)
	default:
		s = m.recallStability(mem.difficulty, mem.stability, m.forgettingCurve(float64(t), mem.stability), g)
	}
	return memory{stability: s, difficulty: m.nextDifficulty(mem.difficulty, g)}
}

// interval is the number of whole days, from 1 to maximum, after which
// recall is expected to fall to the desired retention, before fuzz.
func (m model) interval(s float64, maximum int) int {
	days := jsRound(s * m.intervalModifier)
	return int(clamp(days, 1, float64(maximum)))
}

func clamp(x, lo, hi float64) float64 {
	return math.Min(math.Max(x, lo), hi)
}

// roundTo rounds to the given number of decimals the way ts-fsrs's roundTo
// does, Math.round(x*10^n)/10^n.
func roundTo(x float64, decimals int) float64 {
	f := math.Pow(10, float64(decimals))
	return jsRound(x*f) / f
}

// jsRound is JavaScript's Math.round: halves go up (towards +Inf), where
// Go's math.Round takes them away from zero.
func jsRound(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	floor := math.Floor(x)
	if x-floor >= 0.5 {
		return floor + 1
	}
	return floor
}
