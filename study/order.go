package study

import "slices"

// ShowOrder is the order to show a card's n options in at one showing, as
// positions into its choices: shuffle(n), a permutation of 0 to n-1 (the
// caller's randomness, so that a test can fix it), unless that is the order
// they were last shown in, which is then turned by one. The options are
// shuffled at each showing so that a student learns the answer and not its
// place, and a card answered wrongly never comes back in the order it was
// missed in. A shuffle that gives no permutation of n leaves them in order.
func ShowOrder(n int, last []int, shuffle func(n int) []int) []int {
	order := shuffle(n)
	if !isPermutation(order, n) {
		order = make([]int, n)
		for i := range order {
			order[i] = i
		}
	}
	if n > 1 && slices.Equal(order, last) {
		order = append(slices.Clone(order[1:]), order[0])
	}
	return order
}

// isPermutation reports whether p holds each of 0 to n-1 once.
func isPermutation(p []int, n int) bool {
	if len(p) != n {
		return false
	}
	seen := make([]bool, n)
	for _, i := range p {
		if i < 0 || i >= n || seen[i] {
			return false
		}
		seen[i] = true
	}
	return true
}
