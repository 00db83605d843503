package store

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestRecordMovesTheScheduleAndKeepsTheReview(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	first, second := review("c1", 0), review("c1", 90)
	second.Rating, second.ContentHash = 1, "h2"
	second.At = second.At.Add(123456789 * time.Nanosecond) // kept to the millisecond
	var ids []int64
	for _, r := range []Review{first, second} {
		id, err := st.Record(r)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if ids[1] <= ids[0] {
		t.Errorf("review ids %v do not increase", ids)
	}

	card, ok, err := st.Card("c1")
	if err != nil || !ok {
		t.Fatalf("Card: %v, %v", ok, err)
	}
	want := Schedule{CardID: "c1", ContentHash: "h2", State: second.After, Due: second.Due}
	if !sameSchedule(card, want) {
		t.Errorf("schedule after two reviews = %+v, want %+v", card, want)
	}

	var got []Review
	for r, err := range st.Log(LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	second.At = second.At.Truncate(time.Millisecond)
	for i, w := range []Review{first, second} {
		w.ID = ids[i]
		if i >= len(got) || !sameReview(got[i], w) {
			t.Errorf("log entry %d = %+v, want %+v", i, got, w)
		}
	}
}

func sameSchedule(a, b Schedule) bool {
	return a.CardID == b.CardID && a.ContentHash == b.ContentHash && string(a.State) == string(b.State) &&
		a.Due.Equal(b.Due) && a.Updated == b.Updated
}

func sameReview(a, b Review) bool {
	return a.ID == b.ID && a.CardID == b.CardID && a.ContentHash == b.ContentHash && a.At.Equal(b.At) &&
		a.Rating == b.Rating && a.Elapsed == b.Elapsed && string(a.Before) == string(b.Before) &&
		string(a.After) == string(b.After) && a.Due.Equal(b.Due)
}

func TestDueChoosesTheMostOverdueFirst(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	// Due times in hours after t0; "d" and "e" share theirs.
	var deck []Schedule
	for id, h := range map[string]int{"a": 5, "b": -3, "c": 0, "d": 2, "e": 2, "later": 30} {
		deck = append(deck, Schedule{CardID: id, ContentHash: "h", State: json.RawMessage(`{}`),
			Due: t0.Add(time.Duration(h) * time.Hour)})
	}
	if added, err := st.Add(deck...); err != nil || added != len(deck) {
		t.Fatalf("Add(deck) = %d, %v; want %d", added, err, len(deck))
	}
	now := t0.Add(5 * time.Hour)
	due, err := st.Due(now, 4)
	if err != nil {
		t.Fatal(err)
	}
	if got := cardIDs(due); !slices.Equal(got, []string{"b", "c", "d", "e"}) {
		t.Errorf("Due(now, 4) = %v, want [b c d e]", got)
	}
	all, _ := st.Due(now, 100)
	if got := cardIDs(all); !slices.Equal(got, []string{"b", "c", "d", "e", "a"}) {
		t.Errorf("Due(now, 100) = %v, want the five due at or before now", got)
	}
	if n, err := st.CountDue(now); err != nil || n != 5 {
		t.Errorf("CountDue = %d, %v; want 5", n, err)
	}
}

func cardIDs(s []Schedule) []string {
	var ids []string
	for _, c := range s {
		ids = append(ids, c.CardID)
	}
	return ids
}

func TestAddingACardAgainNeverUndoesProgress(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	fresh := Schedule{CardID: "c1", ContentHash: "h1", State: json.RawMessage(`{"new":true}`), Due: t0}
	if _, err := st.Add(fresh); err != nil {
		t.Fatal(err)
	}
	r := review("c1", 1)
	if _, err := st.Record(r); err != nil {
		t.Fatal(err)
	}
	other := Schedule{CardID: "c2", ContentHash: "h1", State: json.RawMessage(`{"new":true}`), Due: t0}
	added, err := st.Add(fresh, other)
	if err != nil || added != 1 {
		t.Fatalf("adding a scheduled and a new card: added=%d, %v; want 1", added, err)
	}
	if card, _, _ := st.Card("c1"); string(card.State) != string(r.After) {
		t.Errorf("state after adding again = %s, want the reviewed %s", card.State, r.After)
	}
}

func TestAChangedCardIsFoundResetAndMarkedUpdated(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	for _, id := range []string{"same", "changed", "gone"} {
		if _, err := st.Record(review(id, 0)); err != nil { // all with hash h1
			t.Fatal(err)
		}
	}
	changed, err := st.Changed(map[string]string{"same": "h1", "changed": "h2", "never-scheduled": "h9"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(changed, []string{"changed"}) {
		t.Fatalf("Changed = %v, want [changed]", changed)
	}

	fresh := Schedule{CardID: "changed", ContentHash: "h2", State: json.RawMessage(`{"new":true}`), Due: t0.Add(time.Hour)}
	if err := st.Reset(fresh); err != nil {
		t.Fatal(err)
	}
	card, _, _ := st.Card("changed")
	fresh.Updated = true
	if !sameSchedule(card, fresh) {
		t.Errorf("after Reset: %+v, want %+v", card, fresh)
	}
	if n := countLog(t, st, LogFilter{CardID: "changed"}); n != 1 {
		t.Errorf("Reset left %d reviews of the card in the log, want 1", n)
	}
	if again, _ := st.Changed(map[string]string{"changed": "h2"}); len(again) != 0 {
		t.Errorf("Changed after Reset = %v, want none", again)
	}

	next := review("changed", 60)
	next.ContentHash = "h2"
	if _, err := st.Record(next); err != nil {
		t.Fatal(err)
	}
	if card, _, _ := st.Card("changed"); card.Updated {
		t.Error("a reviewed card is still marked updated")
	}
}

func countLog(t *testing.T, st *Study, f LogFilter) int {
	t.Helper()
	n := 0
	for _, err := range st.Log(f) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}

func TestAddRefusesABadCardAndAddsNone(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	good := Schedule{CardID: "c1", ContentHash: "h1", State: json.RawMessage(`{}`), Due: t0}
	for name, bad := range map[string]Schedule{
		"no id":         {ContentHash: "h1", State: json.RawMessage(`{}`), Due: t0},
		"state missing": {CardID: "c2", ContentHash: "h1", Due: t0},
	} {
		if _, err := st.Add(good, bad); err == nil {
			t.Errorf("%s: Add accepted %+v", name, bad)
		}
	}
	if _, ok, _ := st.Card("c1"); ok {
		t.Error("the good card of a refused batch was added")
	}
}

func TestRecordRefusesABadReviewAndWritesNothing(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	for name, spoil := range map[string]func(*Review){
		"no card":          func(r *Review) { r.CardID = "" },
		"rating 0":         func(r *Review) { r.Rating = 0 },
		"rating 5":         func(r *Review) { r.Rating = 5 },
		"no time":          func(r *Review) { r.At = time.Time{} },
		"negative elapsed": func(r *Review) { r.Elapsed = -time.Second },
		"before not JSON":  func(r *Review) { r.Before = json.RawMessage(`{`) },
		"after missing":    func(r *Review) { r.After = nil },
	} {
		r := review("c1", 0)
		spoil(&r)
		if _, err := st.Record(r); err == nil {
			t.Errorf("%s: Record accepted %+v", name, r)
		}
	}
	if n := countLog(t, st, LogFilter{}); n != 0 {
		t.Errorf("%d bad reviews were stored", n)
	}
	if _, ok, _ := st.Card("c1"); ok {
		t.Error("a bad review scheduled its card")
	}
}

func TestLogFilters(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	for m, card := range []string{"a", "b", "a", "b", "a"} {
		if _, err := st.Record(review(card, m)); err != nil {
			t.Fatal(err)
		}
	}
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	for _, tc := range []struct {
		name   string
		filter LogFilter
		want   int
	}{
		{"all", LogFilter{}, 5},
		{"one card", LogFilter{CardID: "a"}, 3},
		{"since, inclusive", LogFilter{Since: at(2)}, 3},
		{"until, exclusive", LogFilter{Until: at(2)}, 2},
		{"card and window", LogFilter{CardID: "b", Since: at(1), Until: at(3)}, 1},
	} {
		if got := countLog(t, st, tc.filter); got != tc.want {
			t.Errorf("%s: %d reviews, want %d", tc.name, got, tc.want)
		}
	}
}

func TestSchedulesCanStopEarlyAndFreeTheirConnection(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	for _, id := range []string{"a", "b", "c"} {
		if _, err := st.Record(review(id, 0)); err != nil {
			t.Fatal(err)
		}
	}
	var seen []string
	for c, err := range st.Schedules() {
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, c.CardID)
		if len(seen) == 2 {
			break
		}
	}
	if !slices.Equal(seen, []string{"a", "b"}) {
		t.Errorf("Schedules yielded %v before the break, want [a b]", seen)
	}
	if n := s.db.Stats().InUse; n != 0 {
		t.Errorf("%d connections still in use after the loop ended", n)
	}
}

// TestQueriesUseTheirIndexes keeps the choice of the next card and the
// statistics fast as the log grows: none of them may scan a whole table.
func TestQueriesUseTheirIndexes(t *testing.T) {
	s, _ := openTemp(t)
	for name, tc := range map[string]struct{ query, index string }{
		"Due":        {`SELECT ` + scheduleColumns + ` FROM card WHERE profile = 'local' AND due_ms <= 0 ORDER BY due_ms, card_id LIMIT 1`, "card_by_due"},
		"CountDue":   {`SELECT count(*) FROM card WHERE profile = 'local' AND due_ms <= 0`, "card_by_due"},
		"Card":       {`SELECT ` + scheduleColumns + ` FROM card WHERE profile = 'local' AND card_id = 'x'`, "PRIMARY KEY"},
		"Log card":   {`SELECT * FROM review WHERE profile = 'local' AND card_id = 'x' ORDER BY reviewed_ms, id`, "review_by_card"},
		"Log since":  {`SELECT * FROM review WHERE profile = 'local' AND reviewed_ms >= 0 ORDER BY reviewed_ms, id`, "review_by_time"},
		"History":    {`SELECT * FROM history WHERE profile = 'local' ORDER BY id DESC LIMIT 10`, "history_by_profile"},
		"Notes":      {`SELECT * FROM note WHERE profile = 'local' ORDER BY technique_id`, "PRIMARY KEY"},
		"Bookmarked": {`SELECT count(*) FROM bookmark WHERE profile = 'local' AND technique_id = 'x'`, "PRIMARY KEY"},
	} {
		rows, err := s.db.Query("EXPLAIN QUERY PLAN " + tc.query)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		joined := strings.Join(plan, "; ")
		if !strings.Contains(joined, tc.index) || strings.Contains(joined, "SCAN") || strings.Contains(joined, "TEMP B-TREE") {
			t.Errorf("%s: plan %q, want a search on %s and no sort", name, joined, tc.index)
		}
	}
}

// TestRecordAllIsAllOrNothing: a batch with one bad review records none.
func TestRecordAllIsAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	st := s.Study("")
	good := review("card-a", 1)
	bad := review("card-b", 2)
	bad.Rating = 9
	if err := st.RecordAll([]Review{good, bad}); err == nil {
		t.Fatal("a batch with a rating of 9 was accepted")
	}
	if _, ok, _ := st.Card("card-a"); ok {
		t.Error("the good review of a refused batch was kept")
	}
	if err := st.RecordAll([]Review{good, review("card-b", 2)}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, err := range st.Log(LogFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d reviews in the log; want 2", n)
	}
}
