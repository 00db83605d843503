package exam

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// t0 is the tests' clock: every time they use is an offset from it.
var t0 = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// choiceCard is a four-option card whose right option is "right <id>".
func choiceCard(id string, answer int, decks ...string) cards.Card {
	c := cards.Card{ID: id, Kind: cards.Choice, Front: "Question " + id + "?", Back: "right " + id + "\n\nBecause.",
		Answer: answer, Decks: decks, Source: cards.Source{Kind: cards.SourceTechnique, ID: id, Name: id, Field: "f"}}
	for i := range 4 {
		if i == answer {
			c.Choices = append(c.Choices, "right "+id)
		} else {
			c.Choices = append(c.Choices, fmt.Sprintf("wrong %s %d", id, i))
		}
	}
	c.Hash = cards.HashOf(c)
	return c
}

// smallDeck is 12 choice cards in two families and a region, and three
// recall cards that no block may ask.
func smallDeck() []cards.Card {
	var all []cards.Card
	for i := range 12 {
		family := "family/counterstrain"
		if i%3 == 0 {
			family = "family/hvla"
		}
		all = append(all, choiceCard(fmt.Sprintf("c%02d", i), i%4, "technique/t"+fmt.Sprint(i), family, "region/lumbar"))
	}
	for i := range 3 {
		all = append(all, cards.Card{ID: fmt.Sprintf("r%d", i), Kind: cards.Recall, Front: "Recall?", Back: "b",
			Answer: -1, Decks: []string{"family/hvla"}})
	}
	return all
}

func TestBuildAsksOnlyChoicesWithTheirOptionsShuffled(t *testing.T) {
	all := smallDeck()
	b, err := Build(all, nil, Options{Size: 12, Seed: 7}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Items) != 12 || b.Mode != Timed || b.State != InProgress || b.Limit != 12*Pace || !b.Started.Equal(t0) {
		t.Fatalf("block: %d items, %s, %s, limit %v, started %v", len(b.Items), b.Mode, b.State, b.Limit, b.Started)
	}
	moved := 0
	for _, it := range b.Items {
		card, ok := cards.Find(all, it.CardID)
		if !ok || card.Kind == cards.Recall {
			t.Fatalf("%s is not a choice card of the deck", it.CardID)
		}
		if it.Options[it.Answer] != card.Choices[card.Answer] {
			t.Errorf("%s: option %s is keyed, but the right one is %q", it.CardID, Letter(it.Answer), card.Choices[card.Answer])
		}
		if got, want := slices.Sorted(slices.Values(it.Options)), slices.Sorted(slices.Values(card.Choices)); !slices.Equal(got, want) {
			t.Errorf("%s: options %q are not the card's %q", it.CardID, it.Options, card.Choices)
		}
		if !slices.Equal(it.Options, card.Choices) {
			moved++
		}
		if it.Chosen != -1 || it.Flagged || it.Hash != card.Hash || it.Stem != card.Front || it.Explanation != card.Back {
			t.Errorf("%s: a new item %+v", it.CardID, it)
		}
	}
	// 12 shuffles of 4 options leave all in the card's order with
	// probability (1/24)^12: a block that moved none did not shuffle.
	if moved == 0 {
		t.Error("no question's options were shuffled")
	}
}

func TestTheSameSeedDrawsTheSameBlock(t *testing.T) {
	all := smallDeck()
	a, _ := Build(all, nil, Options{Size: 5, Seed: 42}, t0)
	again, _ := Build(all, nil, Options{Size: 5, Seed: 42}, t0)
	if !reflect.DeepEqual(a, again) {
		t.Error("one seed drew two blocks")
	}
	differ := 0
	for seed := range uint64(20) {
		other, _ := Build(all, nil, Options{Size: 5, Seed: 100 + seed}, t0)
		if !reflect.DeepEqual(a.Items, other.Items) {
			differ++
		}
	}
	if differ < 19 {
		t.Errorf("only %d of 20 other seeds drew another block", differ)
	}
}

func TestBuildDrawsFromTheDecksChosenAndScoresUnderThem(t *testing.T) {
	all := smallDeck()
	b, err := Build(all, nil, Options{Decks: []string{"family/hvla"}, Size: 40}, t0)
	if err != nil {
		t.Fatal(err)
	}
	// c00, c03, c06, c09: a deck smaller than the size gives all it has.
	if len(b.Items) != 4 || b.Limit != 4*Pace {
		t.Errorf("%d items, limit %v; want the deck's 4 choice cards and 6 minutes", len(b.Items), b.Limit)
	}
	for _, it := range b.Items {
		if it.Topic != "family/hvla" {
			t.Errorf("%s scored under %s", it.CardID, it.Topic)
		}
	}
	// Two decks: a card in both is scored under the first named.
	b, _ = Build(all, nil, Options{Decks: []string{"region/lumbar", "family/hvla"}, Size: 40}, t0)
	if len(b.Items) != 12 {
		t.Errorf("%d items from the region, want 12", len(b.Items))
	}
	for _, it := range b.Items {
		if it.Topic != "region/lumbar" {
			t.Errorf("%s scored under %s, want the first deck named", it.CardID, it.Topic)
		}
	}
}

// TestTopicsNameWhatAQuestionIsAbout: with no deck chosen, a question is
// scored under the deck that says what it asks (a family, a map, the
// vignettes), never its technique's own deck.
func TestTopicsNameWhatAQuestionIsAbout(t *testing.T) {
	for _, tc := range []struct {
		decks []string
		want  string
	}{
		{[]string{"technique/hvla-lumbar", "family/hvla", "region/lumbar"}, "family/hvla"},
		{[]string{"condition/neck-pain", "vignettes"}, "vignettes"},
		// a board vignette: its kind's deck says what it asks, the group's
		// own deck only that it is a vignette
		{[]string{"vignettes", "vignettes/set-up"}, "vignettes/set-up"},
		{[]string{"notation", "map/tender-points"}, "notation"},
		{[]string{"map/chapman", "region/abdominal", "technique/x"}, "map/chapman"},
		{[]string{"region/rib", "vignette/diagnosis"}, "vignette/diagnosis"}, // a group it does not know
		{[]string{"technique/x", "region/rib"}, "region/rib"},
		{[]string{"glossary"}, "glossary"},
	} {
		if got := topicOf(cards.Card{Decks: tc.decks}, nil); got != tc.want {
			t.Errorf("decks %v: topic %s, want %s", tc.decks, got, tc.want)
		}
	}
}

func TestBuildRefusesWhatCannotBeSat(t *testing.T) {
	all := smallDeck()
	for _, tc := range []struct {
		opts Options
		want string
	}{
		{Options{Mode: "untimed"}, `no mode "untimed"`},
		{Options{Size: -3}, "at least 1"},
		{Options{Limit: -time.Minute}, "must be positive"},
		{Options{Mode: Tutor, Limit: time.Hour}, "tutor mode has no time limit"},
		{Options{Decks: []string{"glossary"}}, "no multiple-choice questions in glossary"},
	} {
		if _, err := Build(all, nil, tc.opts, t0); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.opts, err, tc.want)
		}
	}
	if _, err := Build(all[12:], nil, Options{}, t0); !errors.Is(err, ErrNoQuestions) {
		t.Errorf("recall cards only: %v, want ErrNoQuestions", err)
	}
	b, err := Build(all, nil, Options{Mode: Tutor}, t0)
	if err != nil || b.Limit != 0 || b.Mode != Tutor {
		t.Errorf("a tutor block: limit %v, mode %s, %v", b.Limit, b.Mode, err)
	}
	b, _ = Build(all, nil, Options{Limit: 7 * time.Minute}, t0)
	if b.Limit != 7*time.Minute {
		t.Errorf("a block given 7 minutes has %v", b.Limit)
	}
}

// TestABlockOfTheShippedCards draws the default block from the catalogue's
// own cards: 40 choice or vignette questions, an hour, every topic titled,
// and never a technique's own deck as a topic.
func TestABlockOfTheShippedCards(t *testing.T) {
	c := techniquestest.Shipped(t)
	all := cards.Generate(c)
	b, err := Build(all, cards.Decks(c, all), Options{Seed: 1}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Items) != DefaultSize || b.Limit != time.Hour {
		t.Fatalf("the default block: %d items, %v", len(b.Items), b.Limit)
	}
	for _, it := range b.Items {
		if len(it.Options) < 2 || it.TopicTitle == "" || it.TopicTitle == it.Topic && strings.Contains(it.Topic, "/") {
			t.Errorf("%s: %d options, topic %s titled %q", it.CardID, len(it.Options), it.Topic, it.TopicTitle)
		}
		if strings.HasPrefix(it.Topic, cards.GroupTechnique+"/") {
			t.Errorf("%s is scored under its technique's own deck %s", it.CardID, it.Topic)
		}
	}
	if topics := len(b.Score().ByTopic); topics < 5 {
		t.Errorf("40 questions across the decks fell in only %d topics", topics)
	}
	// the board vignettes are what a practice block is for: they are drawn,
	// and scored by what they ask (the diagnosis, the technique, its
	// set-up, what to rule out), not lumped as "Clinical vignettes"
	board := 0
	for _, it := range b.Items {
		kind, isBoard := strings.CutPrefix(it.CardID, cards.BoardPrefix+"/")
		if !isBoard {
			continue
		}
		board++
		kind, _, _ = strings.Cut(kind, "/")
		if it.Topic != cards.VignetteDeck(kind) {
			t.Errorf("%s is scored under %s (%q), want %s", it.CardID, it.Topic, it.TopicTitle, cards.VignetteDeck(kind))
		}
	}
	if board == 0 {
		t.Error("the default block asks no board vignette")
	}
}
