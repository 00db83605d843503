package itemlint

import (
	"fmt"
	"math"
)

// The thresholds. A cue of form (the key the longest or shortest option, the
// stem's words in the key) is a breach when a type's rate is more than
// ChanceFactor times what chance gives and so far above it that chance
// would give as many less than once in 1/Significance: both, so that a type
// of a few cards is not failed for a coin's luck and a large type is not
// failed for a hair over. Every other flaw has no chance rate: one flawed
// card is a breach.
const (
	ChanceFactor = 1.5
	Significance = 0.01
)

// chanceFlaw reports whether a flaw is judged against chance.
func chanceFlaw(f Flaw) bool {
	return f == KeyLongest || f == KeyShortest || f == StemWords
}

// Breach is a card type over a threshold.
type Breach struct {
	Type    string `json:"type"`
	Flaw    Flaw   `json:"flaw"`
	Count   Count  `json:"count"`
	Message string `json:"message"`
}

func (b Breach) String() string { return b.Message }

// breaches lists the types over a threshold, in the order of the types.
func breaches(types []TypeReport) []Breach {
	var out []Breach
	for _, t := range types {
		for _, f := range Flaws() {
			n := t.Counts[f]
			if msg := breachMessage(t.Type, f, n); msg != "" {
				out = append(out, Breach{Type: t.Type, Flaw: f, Count: n, Message: msg})
			}
		}
		if t.Unread {
			out = append(out, Breach{Type: t.Type, Flaw: Unanswerable, Count: t.Counts[Unanswerable],
				Message: t.Type + ": no stem reader, so whether its vignettes can be answered from what they say is not checked; " +
					"add one to readerFor (cards/itemlint/answerable.go)"})
		}
	}
	return out
}

// breachMessage says why a count is over its threshold, or "".
func breachMessage(typ string, f Flaw, n Count) string {
	if n.Flawed == 0 {
		return ""
	}
	if !chanceFlaw(f) {
		return fmt.Sprintf("%s: %s on %d of %d cards; the limit is none", typ, f, n.Flawed, n.Checked)
	}
	p := n.Expected / float64(n.Checked)
	tail := binomialTail(n.Checked, n.Flawed, p)
	if n.Rate() <= ChanceFactor*p || tail >= Significance {
		return ""
	}
	return fmt.Sprintf("%s: %s on %d of %d cards (%.0f%%); chance gives %.1f%%, the limit is %.1f%%, and chance gives as many with p = %.2g",
		typ, f, n.Flawed, n.Checked, 100*n.Rate(), 100*p, 100*ChanceFactor*p, tail)
}

// binomialTail is the probability of k or more successes in n trials of
// probability p.
func binomialTail(n, k int, p float64) float64 {
	switch {
	case k <= 0:
		return 1
	case p <= 0:
		return 0
	case p >= 1:
		return 1
	}
	sum := 0.0
	for i := k; i <= n; i++ {
		a, _ := math.Lgamma(float64(n + 1))
		b, _ := math.Lgamma(float64(i + 1))
		c, _ := math.Lgamma(float64(n - i + 1))
		sum += math.Exp(a - b - c + float64(i)*math.Log(p) + float64(n-i)*math.Log1p(-p))
	}
	return math.Min(1, sum)
}
