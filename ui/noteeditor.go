package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// noteEditor writes the user's own note on a technique: how their school
// teaches it, what they noticed at the table. It is kept apart from the
// sourced text and shown under the entry marked as theirs. esc saves and
// closes once the note is committed; nothing typed is ever dropped.
type noteEditor struct {
	common.Common
	data    *userData
	tech    techniques.Technique
	area    textarea.Model
	saving  bool
	err     string
	width   int
	height  int
	initial string
	save    key.Binding
}

var _ common.Screen = (*noteEditor)(nil)

// noteLimit keeps a note to what a person writes, not a pasted book.
const noteLimit = 20_000

// myNoteEntry opens the user's own note (e) on the technique in view: in
// their $EDITOR when they have one, else in the browser's text area.
func myNoteEntry(data *userData, editor string) common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "my note")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			switch {
			case data == nil:
				return nil, nil, noPersonalData
			case c.Technique == nil:
				return nil, nil, "Select a technique first."
			case editor != "":
				return nil, editInEditor(*c.Technique, c.Note), ""
			}
			return common.Opened(newNoteEditor(c.Common, data, *c.Technique, c.Note))
		},
	}
}

func newNoteEditor(c common.Common, data *userData, t techniques.Technique, note string) (*noteEditor, tea.Cmd) {
	area := common.NewTextArea()
	area.Placeholder = "Your note on this technique: your school's variant, what you noticed..."
	area.CharLimit = noteLimit
	area.ShowLineNumbers = false
	area.SetStyles(c.Styles.TextArea)
	area.SetValue(note)
	e := &noteEditor{Common: c, data: data, tech: t, area: area, initial: note,
		save: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "save and close"))}
	return e, e.area.Focus()
}

func (e *noteEditor) Title() string { return "My note: " + e.tech.Name }

func (e *noteEditor) ShortHelp() []key.Binding {
	return []key.Binding{e.save}
}

// FullHelp is the keys for the help: those that work now.
func (e *noteEditor) FullHelp() [][]key.Binding { return [][]key.Binding{e.ShortHelp()} }

func (e *noteEditor) SetSize(w, h int) {
	e.width, e.height = w, h
	e.area.SetWidth(max(10, w))
	e.area.SetHeight(max(1, h-2))
}

func (e *noteEditor) SetStyles(s *common.Styles) {
	e.Styles = s
	e.area.SetStyles(s.TextArea)
}

func (e *noteEditor) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case noteSavedMsg:
		if msg.id != e.tech.ID {
			return e, nil, nil
		}
		e.saving = false
		if msg.err != nil {
			e.err = "Not saved: " + msg.err.Error() + ". Your text is still here; esc tries again."
			return e, nil, nil
		}
		return e, nil, common.CloseScreen{}
	case tea.KeyPressMsg:
		if e.saving {
			return e, nil, nil // the note is being committed
		}
		if key.Matches(msg, e.save) {
			text := strings.TrimSpace(e.area.Value())
			if text == strings.TrimSpace(e.initial) {
				return e, nil, common.CloseScreen{}
			}
			e.saving = true
			return e, e.data.saveNote(e.tech.ID, text), nil
		}
	}
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(msg)
	return e, cmd, nil
}

func (e *noteEditor) View() string {
	s := e.Styles
	head := s.Muted.Render(render.Truncate("Yours, not from omt's sources; shown under the entry, marked as your note.", e.width, s.G.Ellipsis))
	switch {
	case e.err != "":
		head = s.Absolute.Render(render.Truncate(e.err, e.width, s.G.Ellipsis))
	case e.saving:
		head = s.Muted.Render("Saving...")
	}
	return head + "\n" + e.area.View()
}

// Full reports whether the note can take no more text.
func (e *noteEditor) Full() bool { return len([]rune(e.area.Value())) >= noteLimit }
