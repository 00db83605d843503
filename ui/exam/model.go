// Package exam is the practice exam screen: a block of questions sat
// against the clock or in tutor mode, the list of every question to jump
// to, the score by topic at the end, and the review of every question with
// its explanation.
//
// It is a self-contained component, as the browser's screens are to be:
// Update returns its own type, View a string, SetSize lays it out, and it
// has its own keys and help. Program runs it full-screen for `omt exam`;
// the browser can open the same Model as one of its screens.
//
// The rules are the exam package's: the screen asks its Session and draws
// the answers. It does no I/O in Update: saves run as commands through
// Options.Save.
package exam

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/exam"
)

// autosaveEvery is how often a block being sat is saved when nothing else
// saves it, so that a killed omt loses at most this much of the time used
// (and the student gets it back).
const autosaveEvery = 15 * time.Second

// screen is what the exam screen shows.
type screen int

const (
	screenQuestion screen = iota // the question being sat
	screenList                   // every question, to jump to one
	screenScore                  // the score at the end
	screenReview                 // one question of the ended block, with its explanation
)

func (s screen) String() string {
	return [...]string{"question", "list", "score", "review"}[s]
}

// prompt is a question the screen asks before an action that cannot be
// undone.
type prompt int

const (
	promptNone   prompt = iota
	promptSubmit        // hand the block in?
	promptLeave         // leave it unfinished?
)

// Options set up the screen.
type Options struct {
	// Save keeps a snapshot of the block. It runs in a command, never in
	// Update; nil keeps nothing (a test, or a block not kept).
	Save func(exam.Block) (exam.Saved, error)
	// ASCII draws with ASCII symbols only.
	ASCII bool
}

// Model is the exam screen over a session. The session is shared by the
// copies of a Model that Update hands back: one screen drives it.
type Model struct {
	session *exam.Session
	opts    Options
	keys    KeyMap
	styles  Styles

	screen screen
	prompt prompt
	width  int
	height int
	scroll int // the first line of the body shown
	cursor int // the question under the list's cursor
	review int // the question the review shows

	notice    string        // one line of feedback, cleared by the next key
	saveErr   string        // the last save's failure, until a save works
	reviews   int           // answers recorded as study reviews at the end
	savedUsed time.Duration // the time used as of the last save
	showAll   bool          // the full help
	done      bool          // the student left: the program ends, the browser closes the screen

	// after is tea.Tick; tests put a fake clock's in its place.
	after func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
}

// New is the screen over a session. A session of a block that has ended
// opens on its score.
func New(s *exam.Session, opts Options) Model {
	m := Model{session: s, opts: opts, keys: DefaultKeyMap(), styles: NewStyles(true, opts.ASCII),
		cursor: s.Current(), savedUsed: s.Used(), after: tea.Tick}
	if opts.ASCII {
		m.keys = ASCIIKeyMap()
	}
	if s.State().Finished() {
		m.screen = screenScore
	}
	return m
}

// tickMsg is the second hand: the clock is read and the time shown again.
type tickMsg struct{}

// savedMsg is the end of a save.
type savedMsg struct {
	saved exam.Saved
	err   error
}

// tick asks for the next tick in a second.
func (m Model) tick() tea.Cmd {
	return m.after(time.Second, func(time.Time) tea.Msg { return tickMsg{} })
}

// Init starts the clock of a block being sat.
func (m Model) Init() tea.Cmd {
	if m.session.State() != exam.InProgress {
		return nil
	}
	return m.tick()
}

// Session is the block being sat, for the program to save as it ends.
func (m Model) Session() *exam.Session { return m.session }

// Done reports whether the student has left the screen.
func (m Model) Done() bool { return m.done }

// SetSize lays the screen out in w columns and h lines.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(1, w), max(1, h)
}

// SetStyles changes the styles, as when the terminal reports its
// background.
func (m *Model) SetStyles(s Styles) { m.styles = s }

// save snapshots the block and keeps it in a command.
func (m *Model) save() tea.Cmd {
	snap := m.session.Snapshot()
	m.savedUsed = snap.Used
	save := m.opts.Save
	if save == nil {
		return nil
	}
	return func() tea.Msg {
		saved, err := save(snap)
		return savedMsg{saved: saved, err: err}
	}
}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		return m.onTick()
	case savedMsg:
		m.saveErr = ""
		if msg.err != nil {
			m.saveErr = msg.err.Error()
		}
		m.reviews += msg.saved.Reviews
		return m, nil
	case tea.KeyPressMsg:
		m.notice = ""
		if m.prompt != promptNone {
			return m.promptKey(msg)
		}
		if key.Matches(msg, m.keys.Help) {
			m.showAll = !m.showAll
			return m, nil
		}
		switch m.screen {
		case screenQuestion:
			return m.questionKey(msg)
		case screenList:
			return m.listKey(msg)
		case screenScore:
			return m.scoreKey(msg)
		case screenReview:
			return m.reviewKey(msg)
		}
	}
	return m, nil
}

// onTick reads the clock: a block whose time ran out ends, and one being
// sat is saved now and then.
func (m Model) onTick() (Model, tea.Cmd) {
	if m.session.Tick() {
		return m.ended()
	}
	if m.session.State() != exam.InProgress {
		return m, nil
	}
	var save tea.Cmd
	if m.session.Used()-m.savedUsed >= autosaveEvery {
		save = m.save()
	}
	return m, tea.Batch(save, m.tick())
}

// ended shows the score of a block that has just ended, and saves it.
func (m Model) ended() (Model, tea.Cmd) {
	m.screen, m.prompt, m.scroll = screenScore, promptNone, 0
	return m, m.save()
}

// refused shows why an action was refused; an action refused because the
// block ended ends it on screen too.
func (m Model) refused(err error) (Model, tea.Cmd) {
	switch {
	case errors.Is(err, exam.ErrFinished):
		return m.ended()
	case errors.Is(err, exam.ErrFinal):
		m.notice = "In tutor mode an answer is final once its explanation shows."
	default:
		m.notice = err.Error()
	}
	return m, nil
}

func (m Model) promptKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Yes) && m.prompt == promptSubmit:
		m.prompt = promptNone
		if err := m.session.Submit(); err != nil {
			return m.refused(err)
		}
		return m.ended()
	case key.Matches(msg, m.keys.Yes) && m.prompt == promptLeave:
		m.prompt = promptNone
		m.session.Abandon()
		m.done = true
		return m, m.save()
	case key.Matches(msg, m.keys.No):
		m.prompt = promptNone
	}
	return m, nil
}

func (m Model) questionKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	for i, b := range m.keys.Choose {
		if key.Matches(msg, b) {
			return m.answer(i)
		}
	}
	switch {
	case key.Matches(msg, m.keys.Flag):
		if err := m.session.ToggleFlag(); err != nil {
			return m.refused(err)
		}
		return m, m.save()
	case key.Matches(msg, m.keys.Next):
		return m.moveTo(m.session.Current() + 1)
	case key.Matches(msg, m.keys.Previous):
		return m.moveTo(m.session.Current() - 1)
	case key.Matches(msg, m.keys.Navigate):
		m.screen, m.cursor = screenList, m.session.Current()
	case key.Matches(msg, m.keys.Submit):
		m.prompt = promptSubmit
	case key.Matches(msg, m.keys.Leave):
		m.prompt = promptLeave
	case key.Matches(msg, m.keys.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(msg, m.keys.Down):
		m.scroll = min(m.scroll+1, m.maxScroll())
	}
	if m.session.State().Finished() { // the time ran out since the last tick
		return m.ended()
	}
	return m, nil
}

// answer chooses option i of the question on screen.
func (m Model) answer(i int) (Model, tea.Cmd) {
	if i >= len(m.session.Item(m.session.Current()).Options) {
		m.notice = "This question has no option " + exam.Letter(i) + "."
		return m, nil
	}
	if err := m.session.Answer(i); err != nil {
		return m.refused(err)
	}
	return m, m.save()
}

// moveTo shows question i of the block being sat, if there is one.
func (m Model) moveTo(i int) (Model, tea.Cmd) {
	if err := m.session.Jump(i); err != nil {
		return m, nil
	}
	m.scroll = 0
	if m.session.State().Finished() {
		return m.ended()
	}
	return m, m.save()
}
