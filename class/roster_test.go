package class

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/omt-reference/omt/store"
)

// studyWeek writes the tests' class: Ana studied this week, Ben three weeks
// ago, Cy never; the instructor, a key no longer in the keys file and the
// host studied too, and their reviews are no student's.
func studyWeek(f *fixture) {
	chapman := deck("map/chapman")
	// Ana: two first tries ten days ago, then this week three first tries
	// (one a lapse) and a re-try of the learning steps.
	f.review(ana, chapman[0], now.Add(-days(10)), 0, 3, now.Add(days(30)))
	f.review(ana, chapman[1], now.Add(-days(10)), 0, 3, now.Add(-days(2)))  // due two days ago: overdue
	f.review(ana, chapman[2], now.Add(-days(2)), 0, 3, now.Add(-time.Hour)) // due an hour ago: due, not overdue
	f.review(ana, chapman[3], now.Add(-days(1)), 0, 1, now.Add(days(1)))
	f.review(ana, chapman[3], now.Add(-days(1)+time.Minute), 1, 3, now.Add(days(3)))
	f.review(ana, chapman[4], now.Add(-2*time.Hour), 0, 4, now.Add(days(4)))
	f.exam(ana, 40, 30, now.Add(-days(5)))
	f.exam(ana, 40, 20, now.Add(-days(1)))
	if err := f.store.Class().Seen(ana, now.Add(-time.Hour)); err != nil {
		f.t.Fatal(err)
	}
	// Ben: one review, three weeks ago; its card is overdue now.
	f.review(ben, chapman[0], now.Add(-days(21)), 0, 1, now.Add(-days(20)))
	// Not students: they lapse on everything.
	for _, p := range []string{teacher, stranger, store.LocalProfile} {
		for _, c := range chapman[:5] {
			f.review(p, c, now.Add(-days(1)), 0, 1, now.Add(days(1)))
		}
	}
}

// TestRosterNamesEachStudentWithTheirWeek: the roster is the keys file's
// students, named by their keys' comments, each with their week, retention,
// cards due and exam scores; the instructor, a key no longer in the file
// and the host are not on it.
func TestRosterNamesEachStudentWithTheirWeek(t *testing.T) {
	f := newFixture(t, classPeople())
	studyWeek(f)
	roster, err := f.class.Roster()
	if err != nil {
		t.Fatal(err)
	}
	want := []Student{
		{Profile: ana, Name: "ana.lima", Seen: now.Add(-time.Hour),
			Reviews: 4, Tries: 3, Right: 2, AllReviews: 6, AllTries: 5, AllRight: 4,
			Due: 2, Overdue: 1, Exams: 2, ExamMean: 0.625, ExamLast: 0.5},
		{Profile: ben, Name: "b.okafor", Seen: now.Add(-days(21)),
			AllReviews: 1, AllTries: 1, Due: 1, Overdue: 1},
		{Profile: cy, Name: "c.ng"},
	}
	if !reflect.DeepEqual(roster, want) {
		t.Errorf("roster:\n%+v\nwant:\n%+v", roster, want)
	}
	if r := roster[0].Retention(); r != 2.0/3 {
		t.Errorf("Ana's retention is %v; want 2 of 3 first tries", r)
	}
	if r := roster[1].Retention(); r != -1 {
		t.Errorf("Ben's retention with no first try this week is %v; want -1 (none)", r)
	}
}

// TestRosterWithoutAKeysFileIsEveryoneSeen: when any key may connect, every
// profile seen is a student, named by fingerprint, but the instructor and
// the host are still not.
func TestRosterWithoutAKeysFileIsEveryoneSeen(t *testing.T) {
	f := newFixture(t, People{Instructors: map[string]string{teacher: "dr.osei"}})
	studyWeek(f)
	roster, err := f.class.Roster()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range roster {
		names = append(names, s.Name)
	}
	if want := []string{ana, ben, stranger}; !slices.Equal(names, want) {
		t.Errorf("roster names %v; want the fingerprints %v", names, want)
	}
}

// TestAnInstructorWhoIsAlsoAStudentIsOnTheRoster: a key in both files
// studies as a student, and is counted as one.
func TestAnInstructorWhoIsAlsoAStudentIsOnTheRoster(t *testing.T) {
	people := classPeople()
	people.Students[teacher] = "dr.osei"
	f := newFixture(t, people)
	studyWeek(f)
	roster, err := f.class.Roster()
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(roster, func(s Student) bool { return s.Profile == teacher }); i < 0 || roster[i].Reviews != 5 {
		t.Errorf("the instructor in the students' file is not on the roster with their 5 reviews: %+v", roster)
	}
}

// TestRosterSortsByEveryColumn: each order puts the right student first,
// and ties go by name either way.
func TestRosterSortsByEveryColumn(t *testing.T) {
	f := newFixture(t, classPeople())
	studyWeek(f)
	roster, err := f.class.Roster()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		by    StudentOrder
		desc  bool
		first string
	}{
		{ByName, false, "ana.lima"}, {ByName, true, "c.ng"},
		{BySeen, false, "c.ng"}, {BySeen, true, "ana.lima"},
		{ByReviews, true, "ana.lima"}, {ByReviews, false, "b.okafor"}, // a tie at 0: by name
		{ByRetention, false, "b.okafor"}, {ByDue, true, "ana.lima"}, {ByOverdue, true, "ana.lima"},
		{ByExam, true, "ana.lima"}, {ByExam, false, "b.okafor"},
	} {
		rows := slices.Clone(roster)
		SortStudents(rows, tc.by, tc.desc)
		if rows[0].Name != tc.first {
			t.Errorf("sorted by %s (descending %v): %s first; want %s", tc.by, tc.desc, rows[0].Name, tc.first)
		}
	}
}

// TestRetiredCardsAreNotDue: a card the catalogue no longer makes is not
// counted due, whether the database is open to write (where the class
// keeps the retired cards) or only to read.
func TestRetiredCardsAreNotDue(t *testing.T) {
	f := newFixture(t, classPeople())
	studyWeek(f)
	gone := deck("map/chapman")[5]
	gone.ID = "map/chapman/a-row-since-removed"
	f.review(ana, gone, now.Add(-days(3)), 0, 3, now.Add(-days(2)))
	roster, err := f.class.Roster()
	if err != nil {
		t.Fatal(err)
	}
	if roster[0].Due != 2 || roster[0].Overdue != 1 {
		t.Errorf("Ana's due and overdue with a retired card due: %d, %d; want 2 and 1", roster[0].Due, roster[0].Overdue)
	}
	// Another database, never told of the retired card, read only.
	all, decks := catalogue()
	g := newFixture(t, classPeople())
	studyWeek(g)
	g.review(ana, gone, now.Add(-days(3)), 0, 3, now.Add(-days(2)))
	g.store.Close()
	ro2, _, err := store.OpenReadOnly(g.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro2.Close()
	c, err := New(Options{Store: ro2, Cards: all, Decks: decks, People: classPeople(), Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	roster, err = c.Roster()
	if err != nil {
		t.Fatal(err)
	}
	if roster[0].Due != 2 || roster[0].Overdue != 1 {
		t.Errorf("read-only, Ana's due and overdue: %d, %d; want 2 and 1", roster[0].Due, roster[0].Overdue)
	}
}
