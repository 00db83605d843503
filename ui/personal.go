package ui

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// mine is the user's own layer as the browser knows it: bookmarks and
// personal notes, loaded once at start and kept up to date by the commands
// that write them.
type mine struct {
	bookmarks map[string]bool
	notes     map[string]string
}

// The answers of the personal layer's commands.
type (
	mineLoadedMsg struct {
		mine mine
		err  error
	}
	bookmarkMsg struct {
		id, name string
		on       bool
		err      error
	}
	noteSavedMsg struct {
		id, text string
		err      error
	}
	// openVisitMsg opens an item the user chose from the bookmarks or the
	// history, or the last one opened, for --resume.
	openVisitMsg struct {
		kind store.VisitKind
		id   string
	}
)

// personal is the profile's layer, opening the database if need be.
func (u *userData) personal() (*store.Personal, error) {
	s, _, err := u.Open()
	if err != nil {
		return nil, err
	}
	return s.Personal(u.Profile), nil
}

// loadMine reads the bookmarks and notes, if the database exists.
func (u *userData) loadMine() tea.Cmd {
	if u == nil || u.Open == nil || (u.Exists != nil && !u.Exists()) {
		return nil
	}
	return func() tea.Msg {
		p, err := u.personal()
		if err != nil {
			return mineLoadedMsg{err: err}
		}
		out := mine{bookmarks: map[string]bool{}, notes: map[string]string{}}
		bs, err := p.Bookmarks()
		if err != nil {
			return mineLoadedMsg{err: err}
		}
		for _, b := range bs {
			out.bookmarks[b.TechniqueID] = true
		}
		ns, err := p.Notes()
		for _, n := range ns {
			out.notes[n.TechniqueID] = n.Text
		}
		return mineLoadedMsg{mine: out, err: err}
	}
}

// toggleBookmark bookmarks a technique, or removes its bookmark, committed
// before the browser hears of it.
func (u *userData) toggleBookmark(t techniques.Technique) tea.Cmd {
	return func() tea.Msg {
		p, err := u.personal()
		if err != nil {
			return bookmarkMsg{id: t.ID, name: t.Name, err: err}
		}
		on, err := p.ToggleBookmark(t.ID, u.now())
		return bookmarkMsg{id: t.ID, name: t.Name, on: on, err: err}
	}
}

// saveNote saves a personal note (an empty one deletes it). The browser
// then shows the note as the store reads it back, with its control
// characters written out (safetext), whether it was typed, pasted or
// written in $EDITOR.
func (u *userData) saveNote(id, text string) tea.Cmd {
	return func() tea.Msg {
		p, err := u.personal()
		if err == nil {
			err = p.SetNote(id, text, u.now())
		}
		return noteSavedMsg{id: id, text: safetext.Visible(text), err: err}
	}
}

// visit records that the user opened an item; a failure is not worth
// interrupting anyone for, so it is dropped.
func (u *userData) visit(kind store.VisitKind, id string) tea.Cmd {
	if u == nil || u.Open == nil || id == "" {
		return nil
	}
	return func() tea.Msg {
		if p, err := u.personal(); err == nil {
			_ = p.Visit(kind, id, u.now())
		}
		return nil
	}
}

// lastVisit finds the item opened last, for --resume.
func (u *userData) lastVisit() tea.Cmd {
	if u == nil || u.Open == nil || (u.Exists != nil && !u.Exists()) {
		return nil
	}
	return func() tea.Msg {
		p, err := u.personal()
		if err != nil {
			return nil
		}
		vs, err := p.History(1)
		if err != nil || len(vs) == 0 {
			return nil
		}
		return openVisitMsg{kind: vs[0].Kind, id: vs[0].ID}
	}
}

// The status when a key needs the local database and the session has none.
const (
	noPersonalData = "Bookmarks and notes need the local database, which this session has none of."
	noStudyData    = "Study needs the local database, which this session has none of."
)

// dataEntry is the entry of a screen over the user's data: the session's
// data, or why it cannot open when the session has none.
func dataEntry(k key.Binding, data *userData, none string, open func(common.Common, *userData) (common.Screen, tea.Cmd)) common.Entry {
	return common.Entry{
		Key: k,
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			if data == nil {
				return nil, nil, none
			}
			s, cmd := open(c.Common, data)
			return s, cmd, ""
		},
	}
}

// dataMsg takes in what the commands on the user's data answered: study
// counts, bookmarks and notes, the item to reopen, the note in $EDITOR.
func (m Model) dataMsg(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case dueCountMsg:
		m.due = &msg
		if msg.notice != "" {
			m.status = msg.notice
		}
		return m, nil, true
	case studyAddedMsg:
		m.status = msg.text
		return m, m.data.countDue(m.Catalog), true
	case mineLoadedMsg, bookmarkMsg:
		return m.applyMine(msg), nil, true
	case noteSavedMsg:
		m = m.applyMine(msg)
		if m.overlay != nil {
			m, cmd := m.routeToOverlay(msg) // the editor closes once its note is kept
			return m, cmd, true
		}
		return m, nil, true
	case openVisitMsg:
		m, cmd := m.openVisit(msg)
		return m, cmd, true
	case noteFileMsg:
		if msg.err != nil {
			m.status = "The note could not be opened in your editor: " + msg.err.Error()
			return m, nil, true
		}
		return m, m.runEditor(msg), true
	case noteEditedMsg:
		return m, m.data.readEdited(msg), true
	}
	return m, nil, false
}

// applyMine takes in what the personal layer's commands answered.
func (m Model) applyMine(msg tea.Msg) Model {
	b := &m.browse
	switch msg := msg.(type) {
	case mineLoadedMsg:
		if msg.err != nil {
			m.status = "Your bookmarks and notes could not be read: " + msg.err.Error()
			return m
		}
		b.mine = msg.mine
	case bookmarkMsg:
		switch {
		case msg.err != nil:
			m.status = "The bookmark could not be saved: " + msg.err.Error()
		case msg.on:
			b.mine.setBookmark(msg.id, true)
			m.status = fmt.Sprintf("Bookmarked %s. %s lists your bookmarks.", msg.name, b.hint(b.opens.Bookmarks))
		default:
			b.mine.setBookmark(msg.id, false)
			m.status = "Removed the bookmark on " + msg.name + "."
		}
	case noteSavedMsg:
		if msg.err == nil {
			b.mine.setNote(msg.id, msg.text)
		} else if m.overlay == nil {
			m.status = "Your note was not saved: " + msg.err.Error()
		}
	}
	b.detail.SetMine(b.mine)
	return m
}

func (x *mine) setBookmark(id string, on bool) {
	if x.bookmarks == nil {
		x.bookmarks = map[string]bool{}
	}
	if on {
		x.bookmarks[id] = true
	} else {
		delete(x.bookmarks, id)
	}
}

func (x *mine) setNote(id, text string) {
	if x.notes == nil {
		x.notes = map[string]string{}
	}
	if text == "" {
		delete(x.notes, id)
	} else {
		x.notes[id] = text
	}
}

// openVisit opens an item from the bookmarks or history: the technique
// selected in a list cleared of filters that would hide it, or the condition
// chosen.
func (m Model) openVisit(v openVisitMsg) (Model, tea.Cmd) {
	m.overlay = nil
	b := &m.browse
	switch v.kind {
	case store.VisitCondition:
		if _, ok := m.Catalog.Condition(v.id); !ok {
			m.status = "That condition is no longer in the catalogue."
			return m, nil
		}
		b.chooseCondition(v.id)
		return m, m.remember(store.VisitCondition, v.id)
	default:
		if _, ok := m.Catalog.Technique(v.id); !ok {
			m.status = "That technique is no longer in the catalogue."
			return m, nil
		}
		if !b.list.SelectID(v.id) {
			b.search.SetValue("")
			b.condition, b.facets = "", techniques.Filter{}
			b.refilter(false)
			b.list.SelectID(v.id)
		}
		b.syncDetail()
		b.focus = detailPane // its page is in sight: noteOpened records it
		return m, nil
	}
}

// visitAge says how long ago a bookmark or visit was, briefly.
func visitAge(now, at time.Time) string {
	d := now.Sub(at)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	case d < 14*24*time.Hour:
		return fmt.Sprintf("%d days ago", int(d.Hours()/24))
	}
	return at.Local().Format("2 Jan 2006")
}

// The steps of editing a note in the user's $VISUAL or $EDITOR.
type (
	noteFileMsg struct {
		id, path string
		err      error
	}
	noteEditedMsg struct {
		id, path string
		err      error
	}
)

// editInEditor writes the note to a temporary file for the editor to open.
func editInEditor(t techniques.Technique, note string) tea.Cmd {
	return func() tea.Msg {
		f, err := os.CreateTemp("", "omt-note-*.txt")
		if err != nil {
			return noteFileMsg{id: t.ID, err: err}
		}
		_, err = f.WriteString(note)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return noteFileMsg{id: t.ID, path: f.Name(), err: err}
	}
}

// runEditor hands the terminal to the editor; omt comes back when it exits.
func (m Model) runEditor(msg noteFileMsg) tea.Cmd {
	cmd := exec.Command(m.editor, msg.path)
	if strings.ContainsAny(m.editor, " \t") { // "code -w": through the shell, as git runs it
		cmd = exec.Command("sh", "-c", m.editor+` "$1"`, "sh", msg.path)
	}
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return noteEditedMsg{id: msg.id, path: msg.path, err: err} })
}

// readEdited saves what the editor left in the file, then removes the file.
// A failed editor keeps the note as it was, and the file, whose path it
// gives, so that nothing typed is lost.
func (u *userData) readEdited(msg noteEditedMsg) tea.Cmd {
	return func() tea.Msg {
		if msg.err != nil {
			return noteSavedMsg{id: msg.id, err: fmt.Errorf("the editor failed (%v); your text, if any, is in %s", msg.err, msg.path)}
		}
		data, err := os.ReadFile(msg.path)
		if err != nil {
			return noteSavedMsg{id: msg.id, err: err}
		}
		text := strings.TrimSpace(string(data))
		saved := u.saveNote(msg.id, text)().(noteSavedMsg)
		if saved.err == nil {
			_ = os.Remove(msg.path)
		}
		return saved
	}
}
