package study

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestShowOrderIsAPermutationAndNeverTheLastOne: whatever the shuffle gives,
// the order is a permutation of the options, and never the order the card
// was last shown in, so a card answered wrongly comes back differently.
func TestShowOrderIsAPermutationAndNeverTheLastOne(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	identity := func(n int) []int { return []int{0, 1, 2, 3}[:n] }
	shuffles := map[string]func(int) []int{
		"random":    r.Perm,
		"identity":  identity,
		"too short": func(int) []int { return []int{1} },
		"repeats":   func(n int) []int { return make([]int, n) },
	}
	for name, shuffle := range shuffles {
		last := []int{0, 1, 2, 3}
		for range 200 {
			order := ShowOrder(4, last, shuffle)
			if !isPermutation(order, 4) {
				t.Fatalf("%s: %v is not an order of four options", name, order)
			}
			if slices.Equal(order, last) {
				t.Fatalf("%s: shown again in the order %v it was last shown in", name, order)
			}
			last = order
		}
	}
	if got := ShowOrder(1, []int{0}, identity); !slices.Equal(got, []int{0}) {
		t.Errorf("one option: %v", got)
	}
}

// TestShowOrderShufflesEveryPlace: with a random shuffle, the first option
// lands in each of the four places about as often.
func TestShowOrderShufflesEveryPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var at [4]int
	var last []int
	for range 4000 {
		last = ShowOrder(4, last, r.Perm)
		at[slices.Index(last, 0)]++
	}
	for place, n := range at {
		if n < 800 || n > 1200 {
			t.Errorf("option 0 shown in place %d %d times of 4000; want about 1000 (%v)", place, n, at)
		}
	}
}
