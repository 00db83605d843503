package render

import (
	"fmt"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
)

// DeckJSON is one deck in `omt study decks --json`: its cards, and those
// due now and new today.
type DeckJSON struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Cards int    `json:"cards"`
	Due   int    `json:"due"`
	New   int    `json:"new"`
}

// NewDecksJSON describes the decks with their counts.
func NewDecksJSON(decks []cards.Deck, counts map[string]study.Counts) []DeckJSON {
	var out []DeckJSON
	for _, d := range decks {
		n := counts[d.Name]
		out = append(out, DeckJSON{d.Name, d.Title, d.Count, n.Due, n.New})
	}
	return out
}

// Decks lists the decks with their counts.
func (o Out) Decks(decks []DeckJSON) error {
	tw := newTable(o.W)
	fmt.Fprintln(tw, "DECK\tTITLE\tCARDS\tDUE\tNEW")
	for _, d := range decks {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\n", d.Name, d.Title, d.Cards, d.Due, d.New)
	}
	return tw.Flush()
}

// Cards lists cards: each one's id, kind and question on one line.
func (o Out) Cards(shown []cards.Card) error {
	tw := newTable(o.W)
	fmt.Fprintln(tw, "ID\tKIND\tQUESTION")
	for _, k := range shown {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", k.ID, k.Kind, cutText(k.Front, 80))
	}
	return tw.Flush()
}

// StudyStats prints a student's progress report, the decks by their titles.
func (o Out) StudyStats(rep study.Report, decks []cards.Deck, now time.Time) error {
	titles := map[string]string{}
	for _, d := range decks {
		titles[d.Name] = d.Title
	}
	_, err := fmt.Fprintln(o.W, Stats(rep, titles, now, o.Width, o.Styles))
	return err
}

// SuspendedCards lists the suspended cards with the day each was
// suspended, its lapses and its question, found among all.
func (o Out) SuspendedCards(rows []study.SuspendedCard, all []cards.Card) error {
	tw := newTable(o.W)
	fmt.Fprintln(tw, "CARD\tSUSPENDED\tLAPSES\tQUESTION")
	for _, r := range rows {
		k, _ := cards.Find(all, r.Card)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", r.Card, r.Suspended.Local().Format("2006-01-02"), r.Lapses, cutText(k.Front, 60))
	}
	return tw.Flush()
}
