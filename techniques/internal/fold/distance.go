package fold

import "unicode/utf8"

// Distance is the optimal-string-alignment distance between a and b, with
// an early exit once it exceeds limit (it then returns limit+1). It runs on
// every vocabulary word for a word that matched nothing else, so short words
// are compared on the stack without allocating.
func Distance(a, b string, limit int) int {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la-lb > limit || lb-la > limit {
		return limit + 1
	}
	var bufA, bufB [32]rune
	ra, rb := bufA[:0], bufB[:0]
	if la <= len(bufA) && lb <= len(bufB) {
		for _, r := range a {
			ra = append(ra, r)
		}
		for _, r := range b {
			rb = append(rb, r)
		}
	} else {
		ra, rb = []rune(a), []rune(b)
	}
	var rowBuf [3][33]int
	prev2, prev, cur := rowBuf[0][:], rowBuf[1][:], rowBuf[2][:]
	if len(rb)+1 > len(prev) {
		prev2, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := 0; j <= len(rb); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit+1)
}
