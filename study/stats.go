package study

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/omt-reference/omt/fsrs"
	"github.com/omt-reference/omt/store"
)

// The windows of the statistics.
const (
	ReportDays     = 30 // reviews per day and retention look this far back
	AheadDays      = 7  // due counts look this far ahead
	MinDeckReviews = 5  // a deck needs this many graded reviews to be ranked
	weakestShown   = 5
)

// Report is the student's progress: what is due, how many reviews a day,
// how much was remembered, and which decks are weakest.
type Report struct {
	DueToday      int             `json:"due_today"`         // due before tomorrow, including now
	DueAhead      [AheadDays]int  `json:"due_next_7_days"`   // due on each of the next days, tomorrow first
	ReviewsPerDay [ReportDays]int `json:"reviews_per_day"`   // the last 30 days, today last
	Reviews       int             `json:"reviews_30_days"`   // their sum
	Retention     float64         `json:"retention"`         // share of graded reviews not forgotten; -1 when none
	Graded        int             `json:"retention_reviews"` // the reviews retention is measured on
	States        map[string]int  `json:"cards_by_state"`    // scheduled cards by FSRS state
	Unseen        int             `json:"cards_unseen"`      // cards never shown
	Weakest       []DeckScore     `json:"weakest_decks"`     // lowest retention first
	Leeches       []Leech         `json:"leeches"`           // cards lapsed LeechLapses times or more, most lapses first
	Suspended     int             `json:"cards_suspended"`   // cards kept out of study (not counted as due)
}

// DeckScore is a deck's retention over the report's window.
type DeckScore struct {
	Deck      string  `json:"deck"`
	Graded    int     `json:"reviews"`
	Forgotten int     `json:"forgotten"`
	Retention float64 `json:"retention"`
}

// remembered scores one review for retention: a card in the Review state
// graded Hard or better was recalled. Learning steps are practice, not
// recall, and are left out, as Anki's true retention does.
func remembered(before fsrs.Card, rating int) (graded, kept bool) {
	if before.State != fsrs.Review {
		return false, false
	}
	return true, Recalled(Rating(rating))
}

// Stats reports on the cards given (the whole catalogue's, usually) as of now.
// Without a database every card is unseen and nothing is measured yet.
func (s Student) Stats(all []CardRef, now time.Time) (Report, error) {
	rep := Report{Retention: -1, States: map[string]int{}, Leeches: []Leech{}}
	decksOf := make(map[string][]string, len(all))
	for _, c := range all {
		decksOf[c.ID] = c.Decks
	}
	if err := s.scheduleStats(&rep, decksOf, now); err != nil {
		return rep, err
	}
	return rep, s.reviewStats(&rep, decksOf, now)
}

// scheduleStats counts from the schedule: what is due, the cards by state,
// the unseen, the suspended and the leeches. A suspended card is not due,
// whatever its schedule says.
func (s Student) scheduleStats(rep *Report, decksOf map[string][]string, now time.Time) error {
	suspended, err := s.Suspended()
	if err != nil {
		return err
	}
	for id := range suspended {
		if _, ok := decksOf[id]; ok {
			rep.Suspended++
		}
	}
	tomorrow := startOfDay(now).AddDate(0, 0, 1)
	scheduled := 0
	for sc, err := range s.schedules() {
		if err != nil {
			return err
		}
		if _, ok := decksOf[sc.CardID]; !ok {
			continue
		}
		scheduled++
		card := decodeState(sc.State, now)
		rep.States[card.State.String()]++
		_, off := suspended[sc.CardID]
		if IsLeech(card) {
			rep.Leeches = append(rep.Leeches, Leech{Card: sc.CardID, Lapses: card.Lapses, Suspended: off})
		}
		switch {
		case off:
		case sc.Due.Before(tomorrow):
			rep.DueToday++
		default:
			if d := daysBetween(tomorrow, sc.Due); d < AheadDays {
				rep.DueAhead[d]++
			}
		}
	}
	rep.Unseen = len(decksOf) - scheduled
	slices.SortStableFunc(rep.Leeches, func(a, b Leech) int { return b.Lapses - a.Lapses })
	return nil
}

// reviewStats counts from the log of the last ReportDays days: reviews a
// day, retention, and the weakest decks.
func (s Student) reviewStats(rep *Report, decksOf map[string][]string, now time.Time) error {
	decks := map[string]*DeckScore{}
	kept := 0
	since := startOfDay(now).AddDate(0, 0, 1-ReportDays)
	for r, err := range s.reviews(store.LogFilter{Since: since, Until: now.Add(time.Millisecond)}) {
		if err != nil {
			return err
		}
		if d := daysBetween(since, r.At); d >= 0 && d < ReportDays {
			rep.ReviewsPerDay[d]++
			rep.Reviews++
		}
		var before struct {
			State fsrs.State `json:"state"` // all retention needs: a smaller decode
		}
		if json.Unmarshal(r.Before, &before) != nil {
			continue
		}
		graded, ok := remembered(fsrs.Card{State: before.State}, r.Rating)
		if !graded {
			continue
		}
		rep.Graded++
		if ok {
			kept++
		}
		for _, name := range decksOf[r.CardID] {
			d := decks[name]
			if d == nil {
				d = &DeckScore{Deck: name}
				decks[name] = d
			}
			d.Graded++
			if !ok {
				d.Forgotten++
			}
		}
	}
	if rep.Graded > 0 {
		rep.Retention = float64(kept) / float64(rep.Graded)
	}
	rep.Weakest = weakest(decks)
	return nil
}

// weakest ranks the decks with enough reviews by retention, lowest first.
func weakest(decks map[string]*DeckScore) []DeckScore {
	var out []DeckScore
	for _, d := range decks {
		if d.Graded < MinDeckReviews {
			continue
		}
		d.Retention = 1 - float64(d.Forgotten)/float64(d.Graded)
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b DeckScore) int {
		if a.Retention != b.Retention {
			if a.Retention < b.Retention {
				return -1
			}
			return 1
		}
		if a.Graded != b.Graded {
			return b.Graded - a.Graded
		}
		if a.Deck < b.Deck {
			return -1
		}
		return 1
	})
	return out[:min(len(out), weakestShown)]
}

// daysBetween counts the local calendar days from the day of a to that of b.
func daysBetween(a, b time.Time) int {
	ya, ma, da := a.Local().Date()
	yb, mb, db := b.Local().Date()
	// Noon avoids a daylight-saving hour turning a day into 23 or 25 hours.
	na := time.Date(ya, ma, da, 12, 0, 0, 0, time.UTC)
	nb := time.Date(yb, mb, db, 12, 0, 0, 0, time.UTC)
	return int(nb.Sub(na).Hours() / 24)
}
