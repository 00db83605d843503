package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/bodychart"
	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/ui/common"
)

// studyPhase is where a study session stands.
type studyPhase int

const (
	studyLoading  studyPhase = iota
	studyFront               // the question is shown
	studyBack                // a recall card's answer is shown; a grade is asked for
	studyAnswered            // a multiple-choice card was answered; its grade is being kept
	studyDone                // the summary
	studyFailed              // the schedule could not be read or written
)

// studyView is a study session: a card at a time, the answer on space, a
// grade from 1 to 4 with the interval each would give, multiple choice by
// number or letter. A grade is committed to the database before the next
// card shows.
type studyView struct {
	common.Common
	data     *userData
	deckName string // "" is everything due
	title    string
	phase    studyPhase
	queue    []study.Item
	at       int // index into queue
	set      study.Settings
	chosen   int // the choice picked on a multiple-choice card, or -1
	// shown is the order each card's choices were last shown in, this
	// session, so the card on show's as it is shown (study.ShowOrder).
	shown map[string][]int
	// suspended are the cards suspended (true) or unsuspended (false) in
	// this session, with @; leechLapses the lapses of the card just graded
	// when that grade made it a leech, else 0.
	suspended   map[string]bool
	suspendErr  string
	leechLapses int
	saving      bool // a grade is being committed; keys wait for it
	// held are the keys pressed while a grade was saving, in order; they
	// are played once it is kept (see maxHeldKeys).
	held     []tea.KeyPressMsg
	sources  bool // the card's references are shown
	err      string
	started  time.Time
	reviewed int
	correct  int
	tomorrow *study.Counts
	// intervals are what each grade would give the card on show, worked
	// out when its answer is revealed.
	intervals [4]time.Duration
	lastAway  time.Duration // how long the card just graded is away
	bar       progress.Model
	doc       common.Scroller
	charts    *bodychart.Chart // the points placed, for the cards that show a body chart
	width     int
	height    int
	keys      studyKeys
}

var _ common.Screen = (*studyView)(nil)

// The messages of a session's commands.
type (
	studyQueueMsg struct {
		items []study.Item
		set   study.Settings
		err   error
		ahead bool // the learning cards due soon (study.LearnAhead), after the queue was done
	}
	studyGradedMsg struct {
		away   time.Duration // how long until the card comes back
		lapses int           // the card's lapses, when this grade made it a leech (study.LeechFired)
		err    error
	}
	studyTomorrowMsg struct {
		counts study.Counts
	}
)

func newStudyView(c common.Common, data *userData, deckName, title string) (*studyView, tea.Cmd) {
	v := &studyView{Common: c, data: data, deckName: deckName, title: title, chosen: -1, shown: map[string][]int{}, suspended: map[string]bool{},
		bar: progress.New(progress.WithoutPercentage()), doc: common.Scroller{Keys: c.Keys}, keys: newStudyKeys(c.Keys)}
	v.charts, _ = bodychart.New(c.Catalog) // a row it cannot place has no chart card; bodychart's tests name it
	v.started = data.now()
	return v, v.loadQueue()
}

// loadQueue reads the schedule and chooses the session's cards.
func (v *studyView) loadQueue() tea.Cmd {
	data, c, deckName := v.data, v.Catalog, v.deckName
	return func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return studyQueueMsg{err: err}
		}
		set, err := st.Settings()
		if err != nil {
			return studyQueueMsg{err: err}
		}
		items, err := st.Queue(study.InDeck(data.deck.load(c).refs, deckName), set, data.now())
		return studyQueueMsg{items: items, set: set, err: err}
	}
}

// grade commits a grade; the session moves on when it is kept.
func (v *studyView) grade(r study.Rating) tea.Cmd {
	it, set, data := v.queue[v.at], v.set, v.data
	v.saving = true
	v.reviewed++
	if study.Recalled(r) {
		v.correct++
	}
	return func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return studyGradedMsg{err: err}
		}
		now := data.now()
		card, err := st.Grade(set, it, r, now)
		msg := studyGradedMsg{away: card.Due.Sub(now), err: err}
		if study.LeechFired(it.Card, card) {
			msg.lapses = card.Lapses
		}
		return msg
	}
}

// countTomorrow counts what tomorrow holds, for the summary.
func (v *studyView) countTomorrow() tea.Cmd {
	data, c := v.data, v.Catalog
	return func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return nil
		}
		n, err := st.Tomorrow(data.deck.load(c).refs, data.now())
		if err != nil {
			return nil
		}
		return studyTomorrowMsg{counts: n}
	}
}

func (v *studyView) current() (cards.Card, study.Item, bool) {
	if v.at >= len(v.queue) {
		return cards.Card{}, study.Item{}, false
	}
	it := v.queue[v.at]
	card, ok := v.data.deck.card(it.Ref.ID)
	return card, it, ok
}

func (v *studyView) Title() string {
	if v.title == "" {
		return "Study: everything due"
	}
	return "Study: " + v.title
}

// ScrollMark is the card's, while one is on show: a wrong answer's
// explanation can be below the fold.
func (v *studyView) ScrollMark() string {
	if v.phase == studyLoading || v.phase == studyDone || v.phase == studyFailed {
		return ""
	}
	return v.doc.Mark(v.Styles.G, v.keys.Down)
}

func (v *studyView) ShortHelp() []key.Binding {
	k := v.keys
	switch v.phase {
	case studyFront:
		if card, _, ok := v.current(); ok && len(card.Choices) > 0 {
			return []key.Binding{k.Answer, k.ShowSource, k.EndSession, k.SuspendCard}
		}
		return []key.Binding{k.Reveal, k.ShowSource, k.EndSession, k.SuspendCard}
	case studyBack:
		return []key.Binding{k.Grade, k.ShowSource, k.EndSession, k.SuspendCard}
	case studyAnswered:
		return []key.Binding{k.NextCard, k.ShowSource, k.EndSession, k.SuspendCard}
	}
	return []key.Binding{k.Close}
}

// FullHelp is the keys for the help: those that work now.
func (v *studyView) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

func (v *studyView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.bar.SetWidth(max(10, min(40, w/3)))
	v.doc.SetHeight(max(1, h-3))
}

func (v *studyView) SetStyles(s *common.Styles) { v.Styles = s }

func (v *studyView) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case studyQueueMsg:
		if msg.err != nil {
			v.phase, v.err = studyFailed, msg.err.Error()
			return v, nil, nil
		}
		if msg.ahead {
			if len(msg.items) == 0 {
				return v, v.finish(), nil
			}
			v.queue = append(v.queue, msg.items...)
			v.next(0)
			return v, nil, nil
		}
		v.queue, v.set = msg.items, msg.set
		v.next(0)
		if v.phase == studyDone {
			return v, v.finish(), nil
		}
		return v, nil, nil
	case studyGradedMsg:
		v.saving = false
		v.lastAway = msg.away
		if msg.err != nil {
			v.held = nil
			v.phase, v.err = studyFailed, "This grade could not be saved: "+msg.err.Error()
			return v, nil, nil
		}
		var cmd tea.Cmd
		v.leechLapses = msg.lapses
		switch {
		case v.phase == studyBack && msg.lapses > 0: // a new leech waits, so the student can suspend it
			v.phase = studyAnswered
		case v.phase == studyBack: // a recall card moves on once its grade is kept
			cmd = v.advance(1)
		}
		return v.playHeld(cmd)
	case studyTomorrowMsg:
		v.tomorrow = &msg.counts
		return v, nil, nil
	case studySuspendedMsg:
		v.suspendedNow(msg)
		return v, nil, nil
	case tea.KeyPressMsg:
		return v.key(msg)
	}
	return v, nil, nil
}

// advance moves on by n cards; after the last, it looks for learning cards
// due soon (study.LearnAhead) before ending.
func (v *studyView) advance(n int) tea.Cmd {
	v.next(n)
	if v.phase != studyDone {
		return nil
	}
	v.phase = studyLoading
	data, c, deckName, set := v.data, v.Catalog, v.deckName, v.set
	return func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return studyQueueMsg{err: err}
		}
		items, err := st.LearnAhead(study.InDeck(data.deck.load(c).refs, deckName), set, data.now())
		return studyQueueMsg{items: items, set: set, err: err, ahead: true}
	}
}

// finish ends the session at its summary.
func (v *studyView) finish() tea.Cmd {
	v.phase = studyDone
	return v.countTomorrow()
}

// next moves on by n cards, to the summary after the last.
func (v *studyView) next(n int) {
	v.at += n
	v.chosen, v.sources, v.leechLapses = -1, false, 0
	v.doc.GotoTop()
	v.phase = studyFront
	if v.at >= len(v.queue) {
		v.phase = studyDone
		return
	}
	if card, _, ok := v.current(); ok && len(card.Choices) > 0 {
		v.shown[card.ID] = study.ShowOrder(len(card.Choices), v.shown[card.ID], v.data.shuffle)
	}
}

// choiceAt is the choice shown in place i of the card on show: its letter
// follows the place, not the choice.
func (v *studyView) choiceAt(i int) int {
	card, _, _ := v.current()
	if order := v.shown[card.ID]; i < len(order) {
		return order[i]
	}
	return i
}

// key handles a key: while a grade saves it waits; the session's own keys
// (end, close, sources, scrolling) work on any card; the rest answer the
// card on show (cardKey).
func (v *studyView) key(msg tea.KeyPressMsg) (common.Screen, tea.Cmd, common.Effect) {
	k := v.keys
	switch {
	case v.saving: // nothing moves until the grade is kept; the key waits for it
		if len(v.held) < maxHeldKeys {
			v.held = append(v.held, msg)
		}
	case !v.showingCard(): // loading, failed or done: only leaving is left
		if key.Matches(msg, k.Close, k.EndSession) {
			return v, nil, common.CloseScreen{}
		}
	case key.Matches(msg, k.EndSession):
		return v, v.finish(), nil
	case key.Matches(msg, k.ShowSource):
		v.sources = !v.sources
	case key.Matches(msg, k.SuspendCard):
		return v, v.toggleSuspended(), nil
	case key.Matches(msg, k.DocUp, k.DocDown, k.Up, k.Down):
		v.doc, _ = v.doc.Update(msg)
	default:
		return v, v.cardKey(msg), nil
	}
	return v, nil, nil
}

// showingCard reports whether a card is on show: its question, its answer,
// or the choice made.
func (v *studyView) showingCard() bool {
	return v.phase == studyFront || v.phase == studyBack || v.phase == studyAnswered
}

// cardKey answers the card on show: a choice, the reveal, a grade, or on to
// the next card, as its phase asks.
func (v *studyView) cardKey(msg tea.KeyPressMsg) tea.Cmd {
	k := v.keys
	card, _, ok := v.current()
	if !ok {
		return nil
	}
	switch {
	case v.phase == studyFront && len(card.Choices) > 0:
		if i, ok := choiceIndex(k, msg, len(card.Choices)); ok {
			v.chosen, v.phase = v.choiceAt(i), studyAnswered
			return v.grade(study.RatingForChoice(v.chosen == card.Answer))
		}
	case v.phase == studyFront && key.Matches(msg, k.Reveal):
		v.phase = studyBack
		v.intervals = v.set.Intervals(v.queue[v.at], v.data.now())
	case v.phase == studyBack:
		if r, ok := gradeOf(k, msg); ok {
			return v.grade(r)
		}
	case v.phase == studyAnswered && key.Matches(msg, k.NextCard):
		return v.advance(1)
	}
	return nil
}

// maxHeldKeys bounds the keys kept while a grade saves: enough for a
// student who answers and moves on at once, not a key repeat's worth.
const maxHeldKeys = 8

// playHeld plays the keys pressed while the grade saved, in order, until
// one starts another save (the rest wait for that one) or closes the
// session. cmd is what the graded message itself asked for.
func (v *studyView) playHeld(cmd tea.Cmd) (common.Screen, tea.Cmd, common.Effect) {
	cmds := []tea.Cmd{cmd}
	for len(v.held) > 0 && !v.saving {
		k := v.held[0]
		v.held = v.held[1:]
		_, c, eff := v.key(k)
		cmds = append(cmds, c)
		if eff != nil {
			v.held = nil
			return v, tea.Batch(cmds...), eff
		}
	}
	return v, tea.Batch(cmds...), nil
}

// gradeOf reads the grade keys: 1 to 4, Again to Easy (study.Ratings).
func gradeOf(k studyKeys, msg tea.KeyPressMsg) (study.Rating, bool) {
	for i, b := range k.Grades {
		if key.Matches(msg, b) {
			return study.Ratings()[i], true
		}
	}
	return 0, false
}

// choiceIndex reads the choice keys (1 or a, 2 or b, ...) among n choices.
func choiceIndex(k studyKeys, msg tea.KeyPressMsg, n int) (int, bool) {
	for i, b := range k.Choices[:min(n, len(k.Choices))] {
		if key.Matches(msg, b) {
			return i, true
		}
	}
	return 0, false
}

// elapsed is the session's length so far, to the second.
func (v *studyView) elapsed() time.Duration {
	return v.data.now().Sub(v.started).Round(time.Second)
}
