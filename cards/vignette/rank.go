package vignette

import (
	"hash/fnv"
	"slices"
)

// option is one answer before it is asked: key identifies it (an entry or
// row id, or the text itself) so that its rank does not depend on wording.
type option struct {
	key, text string
}

// opt makes an option keyed by its own text.
func opt(text string) option { return option{key: text, text: text} }

// rank is a deterministic pseudo-random score of a key for a card id
// (rendezvous hashing): FNV-1a, then the splitmix64 finaliser. It is the
// ranking package cards draws its distractors with, and like it uses no
// global state and no library whose output may change between Go releases,
// so a vignette's text and options stay put across builds.
func rank(id, key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write([]byte(key))
	z := h.Sum64() + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// firstRanked returns the option ranked first for a card id, or false.
func firstRanked(id string, options []option) (option, bool) {
	if len(options) == 0 {
		return option{}, false
	}
	best := options[0]
	for _, o := range options[1:] {
		if rank(id, o.key) < rank(id, best.key) {
			best = o
		}
	}
	return best, true
}

// sameOption reports whether two options are the same answer: one key, or
// one text once folded.
func (b *builder) sameOption(x, y option) bool {
	return x.key == y.key || b.fold(x.text) == b.fold(y.text)
}

// pickWrong draws up to n distractors from candidates, ranked by the card
// id so the draw is stable (adding a candidate changes it only if the new
// one ranks among the first n), skipping any that repeats the key or an
// earlier one.
func (b *builder) pickWrong(id string, key option, candidates []wrongOption, n int) []wrongOption {
	ranked := slices.Clone(candidates)
	slices.SortStableFunc(ranked, func(x, y wrongOption) int { return cmpUint(rank(id, x.key), rank(id, y.key)) })
	var out []wrongOption
	for _, w := range ranked {
		if len(out) == n {
			break
		}
		if w.text == "" || b.sameOption(w.option, key) || slices.ContainsFunc(out, func(o wrongOption) bool { return b.sameOption(o.option, w.option) }) {
			continue
		}
		out = append(out, w)
	}
	return out
}
