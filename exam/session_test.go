package exam

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ now time.Time }

func (c *fakeClock) read() time.Time         { return c.now }
func (c *fakeClock) advance(d time.Duration) { c.now = c.now.Add(d) }

// sit builds a block of n questions of the small deck and sits it at t0.
func sit(t *testing.T, n int, opts Options) (*Session, *fakeClock) {
	t.Helper()
	opts.Size, opts.Seed = n, 3
	b, err := Build(smallDeck(), nil, opts, t0)
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{now: t0}
	s, err := NewSession(b, clock.read)
	if err != nil {
		t.Fatal(err)
	}
	return s, clock
}

// wrong is an option of the current question that is not the answer.
func wrong(s *Session) int {
	return (s.Item(s.Current()).Answer + 1) % len(s.Item(s.Current()).Options)
}

func TestAnswerFlagAndMoveAbout(t *testing.T) {
	s, _ := sit(t, 3, Options{})
	if err := s.Answer(wrong(s)); err != nil {
		t.Fatal(err)
	}
	// Timed: an answer may be changed until the end.
	if err := s.Answer(s.Item(0).Answer); err != nil || !s.Item(0).Right() {
		t.Errorf("changing an answer in timed mode: %v, right %v", err, s.Item(0).Right())
	}
	if err := s.Answer(4); err == nil {
		t.Error("option E of a four-option question was taken")
	}
	if s.Revealed(0) {
		t.Error("a timed block showed an answer before the end")
	}
	if s.Previous() || s.Current() != 0 {
		t.Error("moved before the first question")
	}
	if !s.Next() || s.Current() != 1 {
		t.Error("next did not move on")
	}
	if err := s.ToggleFlag(); err != nil || !s.Item(1).Flagged {
		t.Errorf("flag: %v, %v", err, s.Item(1).Flagged)
	}
	if err := s.Jump(2); err != nil || s.Current() != 2 {
		t.Errorf("jump: %v, at %d", err, s.Current())
	}
	if s.Next() || s.Current() != 2 {
		t.Error("moved past the last question")
	}
	if err := s.Jump(3); err == nil || s.Current() != 2 {
		t.Errorf("jumped to a question that is not there: %v", err)
	}
	s.Jump(1)
	s.ToggleFlag()
	if answered, flagged := s.Counts(); answered != 1 || flagged != 0 {
		t.Errorf("counts: %d answered, %d flagged; want 1 and 0 (the flag was cleared)", answered, flagged)
	}
}

func TestTutorShowsTheAnswerAndKeepsItFinal(t *testing.T) {
	s, clock := sit(t, 2, Options{Mode: Tutor})
	if _, ok := s.Left(); ok {
		t.Error("a tutor block has a time limit")
	}
	if s.Revealed(0) {
		t.Error("revealed before an answer")
	}
	s.Answer(wrong(s))
	if !s.Revealed(0) {
		t.Error("tutor mode did not reveal the answer once given")
	}
	if err := s.Answer(s.Item(0).Answer); !errors.Is(err, ErrFinal) || s.Item(0).Right() {
		t.Errorf("changing a revealed answer: %v; right %v", err, s.Item(0).Right())
	}
	clock.advance(10 * time.Hour) // no limit: nothing times out
	if s.Tick() || s.State() != InProgress || s.Used() != 10*time.Hour {
		t.Errorf("after 10 h: state %s, used %v", s.State(), s.Used())
	}
}

// TestATimedBlockTimesOutOnItsClock runs a 3-question block (4 min 30 s)
// on the fake clock: it ends at its limit however late that is noticed,
// and its unanswered questions count as omitted.
func TestATimedBlockTimesOutOnItsClock(t *testing.T) {
	s, clock := sit(t, 3, Options{})
	s.Answer(s.Item(0).Answer)
	clock.advance(3*Pace - time.Second)
	if s.Tick() || s.State() != InProgress {
		t.Fatal("timed out a second early")
	}
	if left, ok := s.Left(); !ok || left != time.Second {
		t.Errorf("left %v, %v; want 1s", left, ok)
	}
	clock.advance(time.Minute) // the screen was slow to look
	if !s.Tick() {
		t.Fatal("the time ran out and Tick did not say so")
	}
	if s.Tick() {
		t.Error("Tick reported the time-out twice")
	}
	b := s.Block()
	if b.State != TimedOut || b.Used != 3*Pace || !b.Finished.Equal(t0.Add(3*Pace)) {
		t.Errorf("timed out: %s, used %v, finished %v; want used 4m30s, finished at %v", b.State, b.Used, b.Finished, t0.Add(3*Pace))
	}
	if left, _ := s.Left(); left != 0 {
		t.Errorf("left %v after the time-out", left)
	}
	for name, act := range map[string]func() error{"answer": func() error { return s.Answer(0) },
		"flag": s.ToggleFlag, "submit": s.Submit} {
		if err := act(); !errors.Is(err, ErrFinished) {
			t.Errorf("%s after the time-out: %v, want ErrFinished", name, err)
		}
	}
	if !s.Next() || !s.Revealed(1) {
		t.Error("the review cannot move or show the answers after the time-out")
	}
	if sc := s.Score(); sc.Right != 1 || sc.Omitted != 2 || sc.Total != 3 || sc.Percent != 33 {
		t.Errorf("score %+v; want 1 right, 2 omitted, 33%%", sc)
	}
}

// TestAnActionAfterTheTimeIsUpIsRefused: without a Tick in between, an
// answer given after the limit does not count.
func TestAnActionAfterTheTimeIsUpIsRefused(t *testing.T) {
	s, clock := sit(t, 1, Options{Limit: time.Minute})
	clock.advance(time.Minute)
	if err := s.Answer(0); !errors.Is(err, ErrFinished) || s.Item(0).Answered() {
		t.Errorf("an answer at the limit: %v, kept %v", err, s.Item(0).Answered())
	}
}

func TestSubmitEndsTheBlock(t *testing.T) {
	s, clock := sit(t, 2, Options{})
	s.Answer(s.Item(0).Answer)
	clock.advance(100 * time.Second)
	if err := s.Submit(); err != nil {
		t.Fatal(err)
	}
	clock.advance(time.Hour)
	b := s.Block()
	if b.State != Submitted || b.Used != 100*time.Second || !b.Finished.Equal(t0.Add(100*time.Second)) {
		t.Errorf("submitted: %s, used %v, finished %v", b.State, b.Used, b.Finished)
	}
	if s.Tick() {
		t.Error("a submitted block timed out")
	}
	if err := s.Submit(); !errors.Is(err, ErrFinished) {
		t.Errorf("a second submit: %v", err)
	}
}

// TestAnAbandonedBlockResumesWithTheTimeItHadLeft: time away from a block
// does not count, and the answers, flags and place are kept.
func TestAnAbandonedBlockResumesWithTheTimeItHadLeft(t *testing.T) {
	s, clock := sit(t, 4, Options{})
	s.Answer(wrong(s))
	s.ToggleFlag()
	s.Next()
	clock.advance(2 * time.Minute)
	s.Abandon()
	left := s.Block()
	if left.State != Abandoned || left.Used != 2*time.Minute || !left.Finished.IsZero() {
		t.Fatalf("abandoned: %s, used %v, finished %v", left.State, left.Used, left.Finished)
	}

	clock.advance(72 * time.Hour)
	again, err := NewSession(left, clock.read)
	if err != nil {
		t.Fatal(err)
	}
	if again.State() != InProgress || again.Current() != 1 || !again.Item(0).Flagged || again.Item(0).Chosen != left.Items[0].Chosen {
		t.Errorf("resumed at %d, state %s, item 1 %+v", again.Current(), again.State(), again.Item(0))
	}
	if l, _ := again.Left(); l != 4*Pace-2*time.Minute {
		t.Errorf("resumed with %v left, want %v", l, 4*Pace-2*time.Minute)
	}
	clock.advance(4*Pace - 2*time.Minute)
	if !again.Tick() || !again.Block().Finished.Equal(clock.now) {
		t.Errorf("the resumed block did not time out when its time was used: %+v", again.Block().State)
	}
}

// TestAKilledBlockResumesFromItsLastSave: a block saved in progress (its
// omt killed) resumes with the time of its last save; one whose time was
// all used ends as soon as it is opened.
func TestAKilledBlockResumesFromItsLastSave(t *testing.T) {
	s, clock := sit(t, 2, Options{})
	clock.advance(30 * time.Second)
	saved := s.Snapshot()
	if saved.State != InProgress || saved.Used != 30*time.Second || saved.Revision != 1 || !saved.Updated.Equal(clock.now) {
		t.Fatalf("snapshot: %s, used %v, revision %d, updated %v", saved.State, saved.Used, saved.Revision, saved.Updated)
	}
	if next := s.Snapshot(); next.Revision != 2 {
		t.Errorf("the next snapshot has revision %d", next.Revision)
	}
	clock.advance(time.Hour) // killed; back an hour later
	again, _ := NewSession(saved, clock.read)
	if l, _ := again.Left(); l != 2*Pace-30*time.Second {
		t.Errorf("left %v, want %v", l, 2*Pace-30*time.Second)
	}

	saved.Used = saved.Limit
	done, _ := NewSession(saved, clock.read)
	if done.State() != TimedOut || !done.Block().Finished.Equal(clock.now) {
		t.Errorf("a block with no time left opened as %s", done.State())
	}
}

// TestTheClockSteppingBackNeverGivesTimeBack: a clock set back (NTP, a
// laptop's sleep) counts no time, and never takes away time used.
func TestTheClockSteppingBackNeverGivesTimeBack(t *testing.T) {
	s, clock := sit(t, 2, Options{})
	clock.advance(time.Minute)
	s.Abandon()
	again, _ := NewSession(s.Block(), clock.read)
	clock.advance(-time.Hour)
	if again.Used() != time.Minute {
		t.Errorf("used %v after the clock stepped back, want 1m", again.Used())
	}
}

func TestAFinishedBlockOpensForItsReview(t *testing.T) {
	s, clock := sit(t, 2, Options{})
	s.Submit()
	b := s.Block()
	clock.advance(time.Hour)
	review, err := NewSession(b, clock.read)
	if err != nil || review.State() != Submitted || !review.Revealed(0) || !reflect.DeepEqual(review.Block(), b) {
		t.Errorf("a submitted block reopened: %v, %s", err, review.State())
	}
}

func TestScoreByTopicWeakestFirst(t *testing.T) {
	item := func(topic string, right, answered bool) Item {
		it := Item{Question: Question{Topic: topic, TopicTitle: topic, Options: []string{"a", "b"}, Answer: 0}, Chosen: -1}
		if answered {
			it.Chosen = 1
			if right {
				it.Chosen = 0
			}
		}
		return it
	}
	b := Block{Items: []Item{
		item("Muscle energy", true, true), item("Muscle energy", true, true), item("Muscle energy", false, true),
		item("Counterstrain", false, true), item("Counterstrain", false, false),
		item("Glossary", true, true), item("Cranial", false, true),
	}}
	sc := b.Score()
	if sc.Right != 3 || sc.Wrong != 3 || sc.Omitted != 1 || sc.Total != 7 || sc.Percent != 43 {
		t.Errorf("overall %+v", sc)
	}
	var order []string
	for _, ts := range sc.ByTopic {
		order = append(order, ts.Topic)
	}
	// Counterstrain 0 of 2 and Cranial 0 of 1: the one with more missed
	// first; then Muscle energy 2 of 3 (67%), Glossary 1 of 1.
	if want := []string{"Counterstrain", "Cranial", "Muscle energy", "Glossary"}; !reflect.DeepEqual(order, want) {
		t.Errorf("topics in the order %v, want %v", order, want)
	}
	if me := sc.ByTopic[2]; me.Right != 2 || me.Wrong != 1 || me.Percent != 67 {
		t.Errorf("muscle energy %+v", me)
	}
}
