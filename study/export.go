package study

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/omt-reference/omt/store"
)

// The export is the student's whole record, theirs to keep or move: every
// review in the log and every card's place in the schedule.

// ExportedReview is a review as exported.
type ExportedReview struct {
	CardID      string          `json:"card"`
	ContentHash string          `json:"content_hash"`
	At          time.Time       `json:"reviewed"`
	Rating      int             `json:"rating"` // 1 Again, 2 Hard, 3 Good, 4 Easy
	ElapsedDays float64         `json:"elapsed_days"`
	Before      json.RawMessage `json:"before"`
	After       json.RawMessage `json:"after"`
	Due         time.Time       `json:"due"`
}

// ExportedCard is a card's place in the schedule as exported.
type ExportedCard struct {
	CardID      string          `json:"card"`
	ContentHash string          `json:"content_hash"`
	Due         time.Time       `json:"due"`
	Updated     bool            `json:"updated"`
	State       json.RawMessage `json:"state"`
}

// ExportedSuspension is a suspended card as exported.
type ExportedSuspension struct {
	CardID    string    `json:"card"`
	Suspended time.Time `json:"suspended"`
}

// Export is the JSON export.
type Export struct {
	Exported  time.Time            `json:"exported"`
	Schedule  []ExportedCard       `json:"schedule"`
	Reviews   []ExportedReview     `json:"reviews"`
	Suspended []ExportedSuspension `json:"suspended"`
}

// suspensions are the suspended cards in card id order, as exported.
func (s Student) suspensions() ([]ExportedSuspension, error) {
	suspended, err := s.Suspended()
	out := make([]ExportedSuspension, 0, len(suspended))
	for id, at := range suspended {
		out = append(out, ExportedSuspension{CardID: id, Suspended: at.UTC()})
	}
	slices.SortFunc(out, func(a, b ExportedSuspension) int { return strings.Compare(a.CardID, b.CardID) })
	return out, err
}

func exportedReview(r store.Review) ExportedReview {
	return ExportedReview{CardID: r.CardID, ContentHash: r.ContentHash, At: r.At.UTC(), Rating: r.Rating,
		ElapsedDays: r.Elapsed.Hours() / 24, Before: r.Before, After: r.After, Due: r.Due.UTC()}
}

// ExportJSON writes the schedule and the review log as one JSON document.
// Without a database it writes an empty one, with no time of export: there
// was nothing to export.
func (s Student) ExportJSON(w io.Writer, now time.Time) error {
	if s.schedule == nil {
		_, err := fmt.Fprintln(w, `{"exported": null, "schedule": [], "reviews": [], "suspended": []}`)
		return err
	}
	out := Export{Exported: now.UTC(), Schedule: []ExportedCard{}, Reviews: []ExportedReview{}}
	for sc, err := range s.schedules() {
		if err != nil {
			return err
		}
		out.Schedule = append(out.Schedule, ExportedCard{CardID: sc.CardID, ContentHash: sc.ContentHash,
			Due: sc.Due.UTC(), Updated: sc.Updated, State: sc.State})
	}
	for r, err := range s.reviews(store.LogFilter{}) {
		if err != nil {
			return err
		}
		out.Reviews = append(out.Reviews, exportedReview(r))
	}
	var err error
	if out.Suspended, err = s.suspensions(); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// csvHeader are the CSV export's columns: a row per review, then a row per
// scheduled card, told apart by the first column.
var csvHeader = []string{"record", "card", "content_hash", "time", "rating", "elapsed_days", "due", "updated", "state_before", "state_after"}

// ExportCSV writes the review log, then the schedule, then the suspended
// cards, as CSV with a header. A review row's time is when it was graded; a
// schedule row has no rating and its state in state_after; a suspended row
// has the time the card was suspended. Without a database it writes the
// header alone.
func (s Student) ExportCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for r, err := range s.reviews(store.LogFilter{}) {
		if err != nil {
			return err
		}
		e := exportedReview(r)
		if err := cw.Write([]string{"review", e.CardID, e.ContentHash, e.At.Format(time.RFC3339), strconv.Itoa(e.Rating),
			strconv.FormatFloat(e.ElapsedDays, 'f', 3, 64), e.Due.Format(time.RFC3339), "", string(e.Before), string(e.After)}); err != nil {
			return err
		}
	}
	for sc, err := range s.schedules() {
		if err != nil {
			return err
		}
		if err := cw.Write([]string{"schedule", sc.CardID, sc.ContentHash, "", "", "", sc.Due.UTC().Format(time.RFC3339),
			strconv.FormatBool(sc.Updated), "", string(sc.State)}); err != nil {
			return err
		}
	}
	suspended, err := s.suspensions()
	if err != nil {
		return err
	}
	for _, x := range suspended {
		if err := cw.Write([]string{"suspended", x.CardID, "", x.Suspended.Format(time.RFC3339), "", "", "", "", "", ""}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
