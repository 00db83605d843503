package ui

import (
	"testing"
	"time"
)

// A key pressed while a grade is being saved waits for the save instead of
// being dropped. Locally a save takes a millisecond, but omt serve's
// students share one database: under a class's load a student who answered
// and pressed space at once lost the space and sat on the answered card.
func TestStudyKeysPressedWhileAGradeSavesAreKept(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, data := startStudy(t, clock, "", 120, 40)
	v := studying(t, m)
	first := -1
	for i := range v.queue {
		card, _ := v.data.deck.card(v.queue[i].Ref.ID)
		if len(card.Choices) > 0 && i+1 < len(v.queue) {
			first = i
			break
		}
	}
	if first < 0 {
		t.Fatal("no choice card with a card after it")
	}
	v.at = first
	card, _, _ := v.current()

	// The answer starts the save; space and a reveal of the next card come
	// before it is kept.
	next, save := m.Update(press(string(rune('1' + place(v, card.Answer)))))
	m = next.(Model)
	if !studying(t, m).saving {
		t.Fatal("answering did not start saving the grade")
	}
	m = send(t, m, press("space"))
	for _, msg := range results(save) {
		m = run(t, m, msg)
	}

	v = studying(t, m)
	if v.at != first+1 || v.saving {
		t.Fatalf("after the save, the card is %d (saving %v); want %d: the space pressed while saving was lost", v.at, v.saving, first+1)
	}
	if n := reviewsKept(t, data); n != 1 {
		t.Errorf("%d reviews kept; want the one answered", n)
	}
}

// Keys held while saving are bounded: a key repeat or a paste landing on a
// slow save is not kept without limit.
func TestStudyKeysWhileSavingAreBounded(t *testing.T) {
	clock := &studyClock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local)}
	m, _ := startStudy(t, clock, "", 120, 40)
	v := studying(t, m)
	v.saving = true
	for range 1000 {
		m = send(t, m, press("j"))
	}
	if got := len(studying(t, m).held); got > maxHeldKeys {
		t.Errorf("%d keys held while saving; want at most %d", got, maxHeldKeys)
	}
}

// A server copies one UserData per student; after ShareCards the copies
// generate the study cards once between them, not once a student.
func TestCopiesAfterShareCardsShareTheCards(t *testing.T) {
	u := &UserData{}
	u.ShareCards()
	ana, ben := *u, *u
	ana.Profile, ben.Profile = "SHA256:ana", "SHA256:ben"
	c := realCatalog(t)
	if ana.deck.load(c) != ben.deck.load(c) || len(ben.deck.cards) == 0 {
		t.Fatal("two students' copies generated their own cards")
	}
	first := u.deck
	u.ShareCards()
	if u.deck != first {
		t.Error("ShareCards again replaced the cards already shared")
	}
}
