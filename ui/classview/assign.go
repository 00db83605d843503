package classview

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/class"
	"github.com/omt-reference/omt/store"
)

// formStep is where the assignment form is.
type formStep int

const (
	stepDecks formStep = iota // choose the decks: type to filter, tab ticks
	stepDue                   // type the due date
)

// dueLayout is how a due date is typed, as omt class assign --due takes it.
const dueLayout = "2006-01-02"

// assignForm assigns decks with a due date: a deck list that filters as
// you type, then the date.
type assignForm struct {
	step   formStep
	input  textinput.Model
	decks  []cards.Deck // every deck the catalogue has, in its order
	ticked []string     // the decks ticked, in the order ticked
	list   list
	// direct is true when the form was opened on a deck (from the weakest
	// decks): esc on the date closes it, instead of going to the list.
	direct bool
	err    string
	saving bool
}

// assignedMsg is the end of an assignment's save.
type assignedMsg struct {
	assignment store.Assignment
	err        error
}

// openForm opens the assignment form: on the weakest decks with the deck
// under the cursor chosen, at its due date; elsewhere on the list of decks.
func (m Model) openForm() (Model, tea.Cmd) {
	if m.opts.Class == nil {
		return m, nil
	}
	f := &assignForm{input: newInput(), decks: m.opts.Class.Decks()}
	f.input.SetWidth(max(1, m.width-12))
	f.input.CharLimit = 100
	if i := m.selected(); m.page == pageDecks && i >= 0 {
		f.ticked, f.direct = []string{m.data.decks[i].Deck.Name}, true
		m.form = f
		return m, m.toDue()
	}
	f.input.Prompt = "Decks: "
	f.input.Placeholder = "type to find a deck"
	m.form = f
	return m, f.input.Focus()
}

// toDue moves the form to its due date, offered a week from today.
func (m Model) toDue() tea.Cmd {
	f := m.form
	f.step, f.err = stepDue, ""
	f.input.Prompt = "Due (YYYY-MM-DD): "
	f.input.Placeholder = ""
	f.input.SetValue(m.opts.Now().AddDate(0, 0, 7).Format(dueLayout))
	f.input.CursorEnd()
	return f.input.Focus()
}

// formDecks is the indexes of the decks the form's filter keeps.
func (f *assignForm) formDecks() []int {
	var out []int
	for i, d := range f.decks {
		if matches(d.Title+" "+d.Name, f.input.Value()) {
			out = append(out, i)
		}
	}
	return out
}

// formKey handles a key (or a paste) in the assignment form: esc steps
// back, enter goes on, the deck list takes its own keys, and the rest type.
func (m Model) formKey(msg tea.Msg) (Model, tea.Cmd) {
	f := m.form
	if f.saving {
		return m, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case k.Code == tea.KeyEscape:
			return m.formBack(), nil
		case key.Matches(k, m.keys.Confirm):
			return m.formConfirm()
		case f.step == stepDecks && f.listKey(k, m.keys.Toggle, m.formListHeight()):
			return m, nil
		}
	}
	before := f.input.Value()
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	if f.step == stepDecks && f.input.Value() != before {
		f.list = list{}
	}
	return m, cmd
}

// formBack steps back: from the date to the decks (unless the form was
// opened on a deck), and from the decks out of the form.
func (m Model) formBack() Model {
	f := m.form
	if f.step == stepDue && !f.direct {
		f.step, f.err = stepDecks, ""
		f.input.Prompt, f.input.Placeholder = "Decks: ", "type to find a deck"
		f.input.SetValue("")
		return m
	}
	m.form = nil
	return m
}

// listKey handles the deck list's keys: toggle ticks the deck under the
// cursor, the arrows move it. It reports whether the key was the list's.
func (f *assignForm) listKey(k tea.KeyPressMsg, toggle key.Binding, height int) bool {
	switch {
	case key.Matches(k, toggle):
		if d, ok := f.highlighted(); ok {
			if i := slices.Index(f.ticked, d.Name); i >= 0 {
				f.ticked = slices.Delete(f.ticked, i, i+1)
			} else {
				f.ticked = append(f.ticked, d.Name)
			}
		}
	case k.Code == tea.KeyUp:
		f.list.move(-1, len(f.formDecks()), height)
	case k.Code == tea.KeyDown:
		f.list.move(1, len(f.formDecks()), height)
	default:
		return false
	}
	return true
}

// highlighted is the deck under the form's cursor.
func (f *assignForm) highlighted() (cards.Deck, bool) {
	shown := f.formDecks()
	if f.list.cursor < 0 || f.list.cursor >= len(shown) {
		return cards.Deck{}, false
	}
	return f.decks[shown[f.list.cursor]], true
}

// formConfirm goes on: from the decks to the date (with the deck under the
// cursor when none is ticked), and from the date to saving.
func (m Model) formConfirm() (Model, tea.Cmd) {
	f := m.form
	if f.step == stepDecks {
		if len(f.ticked) == 0 {
			d, ok := f.highlighted()
			if !ok {
				f.err = "No deck matches; type less, or esc to leave."
				return m, nil
			}
			f.ticked = []string{d.Name}
		}
		return m, m.toDue()
	}
	due, err := time.ParseInLocation(dueLayout, strings.TrimSpace(f.input.Value()), m.opts.Now().Location())
	if err != nil {
		f.err = fmt.Sprintf("%q is not a date such as %s.", f.input.Value(), m.opts.Now().Format(dueLayout))
		return m, nil
	}
	f.saving, f.err = true, ""
	c, decks, by := m.opts.Class, slices.Clone(f.ticked), m.opts.By
	return m, func() tea.Msg {
		a, err := c.Assign(decks, class.EndOfDay(due), by)
		return assignedMsg{assignment: a, err: err}
	}
}

// assigned takes the end of a save: the form closes and the assignments
// show, read again; or the form says what was wrong.
func (m Model) assigned(msg assignedMsg) (Model, tea.Cmd) {
	if m.form == nil {
		return m, nil
	}
	if msg.err != nil {
		m.form.saving, m.form.err = false, msg.err.Error()
		return m, nil
	}
	m.form = nil
	m.notice = fmt.Sprintf("Assigned %s, due %s.", strings.Join(msg.assignment.Decks, ", "),
		msg.assignment.Due.In(m.opts.Now().Location()).Format(dueLayout))
	m.page = pageAssignments
	return m, m.reload()
}

// formListHeight is how many decks the form lists at once.
func (m Model) formListHeight() int {
	return max(1, m.height-len(m.header())-len(m.footer())-4)
}

// formView draws the form.
func (m Model) formView(height int) []string {
	f, s := m.form, m.styles
	lines := []string{s.Heading.Render("Assign decks to the class"), f.input.View()}
	if len(f.ticked) > 0 {
		lines = append(lines, s.Good.Render(cut("Chosen: "+strings.Join(f.ticked, ", "), m.width, s.G.Ellipsis)))
	} else {
		lines = append(lines, s.Muted.Render("Chosen: none yet (tab ticks a deck; enter takes the one highlighted)"))
	}
	switch {
	case f.saving:
		lines = append(lines, s.Muted.Render("Saving"+s.G.Ellipsis))
	case f.err != "":
		lines = append(lines, s.Bad.Render(f.err))
	default:
		lines = append(lines, "")
	}
	if f.step == stepDue {
		for _, l := range wrap("Every student's new cards of these decks come first within their daily limit; the class view shows who finished by the date.", m.width) {
			lines = append(lines, s.Muted.Render(l))
		}
		return lines
	}
	shown := f.formDecks()
	f.list.scroll(len(shown), m.formListHeight())
	for i := f.list.offset; i < len(shown) && len(lines) < height; i++ {
		d := f.decks[shown[i]]
		box := s.G.Box
		if slices.Contains(f.ticked, d.Name) {
			box = s.G.Tick
		}
		text := cut(fmt.Sprintf("%s %s  %s", box, d.Title, s.Muted.Render(fmt.Sprintf("%s, %d cards", d.Name, d.Count))), m.width, s.G.Ellipsis)
		if i == f.list.cursor {
			text = s.Selected.Render(pad(cut(fmt.Sprintf("%s %s  %s, %d cards", box, d.Title, d.Name, d.Count), m.width, s.G.Ellipsis), m.width))
		}
		lines = append(lines, text)
	}
	return lines
}

// formHelp is the form's keys.
func (m Model) formHelp() []key.Binding {
	k := m.keys
	if m.form.step == stepDecks {
		return []key.Binding{k.Toggle, k.Confirm, k.Back}
	}
	return []key.Binding{k.Confirm, k.Back}
}

// newInput is a text input that takes a terminal's paste but never reads
// the system clipboard itself (bubbles' Ctrl+V would run xclip or pbpaste
// on the machine omt runs on: under omt serve, the server), with a cursor
// that does not blink, so that nothing ticks while the instructor types.
func newInput() textinput.Model {
	in := textinput.New()
	in.KeyMap.Paste.SetEnabled(false)
	st := textinput.DefaultStyles(true)
	st.Cursor.Blink = false
	in.SetStyles(st)
	return in
}
