package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestAssignmentsKeepTheirDecksAndDates: assignments read back as made,
// the soonest due first, and one removed is gone.
func TestAssignmentsKeepTheirDecksAndDates(t *testing.T) {
	s, _ := openTemp(t)
	c := s.Class()
	later := Assignment{Decks: []string{"region/sacral", "map/chapman"}, Due: t0.Add(72 * time.Hour),
		Assigned: t0, ByProfile: "SHA256:teacher", ByName: "dr.osei"}
	sooner := Assignment{Decks: []string{"family/counterstrain"}, Due: t0.Add(24 * time.Hour),
		Assigned: t0.Add(time.Minute), ByName: "host"}
	var ids []int64
	for _, a := range []Assignment{later, sooner} {
		id, err := c.Assign(a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	got, err := c.Assignments()
	if err != nil {
		t.Fatal(err)
	}
	later.ID, sooner.ID, sooner.ByProfile = ids[0], ids[1], LocalProfile
	if want := []Assignment{sooner, later}; !reflect.DeepEqual(got, want) {
		t.Errorf("assignments %+v; want %+v", got, want)
	}
	if err := c.Unassign(ids[1]); err != nil {
		t.Fatal(err)
	}
	if err := c.Unassign(ids[1]); !errors.Is(err, ErrNoAssignment) {
		t.Errorf("removing a removed assignment gave %v; want ErrNoAssignment", err)
	}
	if got, _ := c.Assignments(); len(got) != 1 || got[0].ID != ids[0] {
		t.Errorf("after removing one, the assignments are %+v", got)
	}
}

// TestAnAssignmentNeedsDecksAndDates: what cannot be an assignment is
// refused with why, and nothing is kept.
func TestAnAssignmentNeedsDecksAndDates(t *testing.T) {
	s, _ := openTemp(t)
	for name, a := range map[string]Assignment{
		"no deck":     {Due: t0, Assigned: t0},
		"a blank one": {Decks: []string{" "}, Due: t0, Assigned: t0},
		"no due date": {Decks: []string{"glossary"}, Assigned: t0},
	} {
		if _, err := s.Class().Assign(a); err == nil {
			t.Errorf("%s: assigned", name)
		}
	}
	if got, _ := s.Class().Assignments(); len(got) != 0 {
		t.Errorf("refused assignments were kept: %+v", got)
	}
}

// TestProgressCountsCardsReviewedOnce: a card counts as done once it has a
// review, however it went, and the set is finished when the last of its
// cards was first reviewed.
func TestProgressCountsCardsReviewedOnce(t *testing.T) {
	s, _ := openTemp(t)
	ana, ben := "SHA256:ana", "SHA256:ben"
	for _, r := range []Review{classReview("a", 0, 0, 1), classReview("b", 10, 0, 3), classReview("a", 20, 1, 3), classReview("other", 30, 0, 3)} {
		if _, err := s.Study(ana).Record(r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Study(ben).Record(classReview("a", 5, 0, 3)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Class().Progress([]string{"a", "b", "c"}, []string{ana, ben, "SHA256:cy"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Progress{
		ana:         {Done: 2, Last: t0.Add(10 * time.Minute)},
		ben:         {Done: 1, Last: t0.Add(5 * time.Minute)},
		"SHA256:cy": {},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("progress %+v; want %+v", got, want)
	}
}

// TestWeeksSplitAStudentsReviewsBySevenDays: each review falls in the week
// of 168 hours it was made in, the oldest week first, and other students'
// reviews are not counted.
func TestWeeksSplitAStudentsReviewsBySevenDays(t *testing.T) {
	s, _ := openTemp(t)
	until := t0.Add(21*24*time.Hour - time.Minute) // its hour is the last of three weeks from t0
	week := 7 * 24 * 60                            // minutes
	for _, r := range []Review{
		classReview("a", 0, 0, 1),          // week 0: a lapse
		classReview("b", week+5, 0, 3),     // week 1
		classReview("b", week+6, 1, 3),     // week 1: a re-try
		classReview("c", 2*week+60, 2, 4),  // week 2
		classReview("c", 3*week+120, 2, 4), // after until's hour: not counted
		classReview("x", -week-5*60, 0, 3), // before the first week
	} {
		if _, err := s.Study("SHA256:ana").Record(r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Study("SHA256:ben").Record(classReview("a", 30, 0, 3)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Class().Weeks("SHA256:ana", until, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []Week{
		{Start: t0, Reviews: 1, Tries: 1, Right: 0},
		{Start: t0.Add(7 * 24 * time.Hour), Reviews: 2, Tries: 1, Right: 1},
		{Start: t0.Add(14 * 24 * time.Hour), Reviews: 1, Tries: 1, Right: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("weeks %+v;\nwant %+v", got, want)
	}
}

// TestClassQueriesUseTheirIndexes keeps the instructor's view fast as the
// class and the log grow: no query of it reads the log, and none scans a
// whole table.
func TestClassQueriesUseTheirIndexes(t *testing.T) {
	s, _ := openTemp(t)
	list := `'["a","b"]'`
	for name, tc := range map[string]struct{ query, index string }{
		"members": {`SELECT profile, seen_ms, reviews, tries, correct FROM member
			WHERE profile IN (SELECT value FROM json_each(` + list + `))`, "PRIMARY KEY"},
		"week": {`SELECT profile, sum(reviews) FROM review_hour
			WHERE profile IN (SELECT value FROM json_each(` + list + `)) AND hour BETWEEN 1 AND 2 GROUP BY profile`, "PRIMARY KEY"},
		"due": {`SELECT profile, count(*), sum(due_ms < 5) FROM card
			WHERE profile IN (SELECT value FROM json_each(` + list + `)) AND due_ms <= 9 GROUP BY profile`, "card_by_due"},
		"student cards": {`SELECT card_id FROM card_tally WHERE profile = 'a' ORDER BY card_id`, "card_tally_by_profile"},
		"progress": {`SELECT profile, count(*) FROM card_tally
			WHERE card_id IN (SELECT value FROM json_each(` + list + `)) GROUP BY profile`, "PRIMARY KEY"},
		"a student's progress": {`SELECT profile, count(*), max(first_ms) FROM card_tally
			WHERE card_id IN (SELECT value FROM json_each(` + list + `)) AND profile IN (SELECT value FROM json_each(` + list + `))
			GROUP BY profile`, "(profile=? AND card_id=?)"},
		"taken away": {`SELECT card_id, count(*) FROM card_tally
			WHERE profile IN (SELECT value FROM json_each(` + list + `)) GROUP BY card_id`, "card_tally_by_profile"},
	} {
		plan := queryPlan(t, s, tc.query)
		if !strings.Contains(plan, tc.index) || strings.Contains(plan, "SCAN card ") || strings.Contains(plan, "review ") {
			t.Errorf("%s: plan %q, want a search on %s and nothing read from the log", name, plan, tc.index)
		}
	}
}

func queryPlan(t *testing.T, s *Store, query string) string {
	t.Helper()
	rows, err := s.db.Query("EXPLAIN QUERY PLAN " + query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "; ") + " "
}
