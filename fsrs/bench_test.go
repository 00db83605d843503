package fsrs

import "testing"

// The study screen previews the four answers and records one for every
// card shown; both must be far below a keystroke's budget.

func BenchmarkPreview(b *testing.B) {
	s := DefaultScheduler()
	now := utc(2025, 1, 1, 9, 0)
	card, _ := s.Review(NewCard(now), Good, now)
	card, _ = s.Review(card, Good, card.Due)
	for b.Loop() {
		s.Preview(card, card.Due)
	}
}

func BenchmarkReview(b *testing.B) {
	s := DefaultScheduler()
	now := utc(2025, 1, 1, 9, 0)
	card, _ := s.Review(NewCard(now), Good, now)
	card, _ = s.Review(card, Good, card.Due)
	for b.Loop() {
		s.Review(card, Good, card.Due)
	}
}
