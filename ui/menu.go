package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/ui/chartnote"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/compareview"
	"github.com/omt-reference/omt/ui/filters"
	"github.com/omt-reference/omt/ui/glossaryview"
	"github.com/omt-reference/omt/ui/mapsview"
	"github.com/omt-reference/omt/ui/planview"
	"github.com/omt-reference/omt/ui/timerview"
)

// listed is a key of the browse page or of the program that the menu lists
// for the help screen; it opens nothing and is handled where it is declared.
func listed(k key.Binding) common.Entry { return common.Entry{Key: k} }

// menu is the router's table: every key of the browse page beyond moving
// about, in the columns the help screen lists them in (what finds and
// narrows, what acts on the entry in view, the program's own), with the
// screen each opens. Each screen declares its entry (common.Entry) beside
// it; a new screen is its file and one entry in columns. The menu is built
// once, in New, and never changes.
type menu struct {
	columns [][]common.Entry
	// The entries the page's footer and texts name by their keys.
	help, condition, filters, patient, glossary, maps, study, note, plan, timer, bookmarks common.Entry
}

// newMenu lays the entries out. The screens of the user's own data are
// given it (nil when the session has none), and the note editor the user's
// $EDITOR.
func newMenu(k *common.KeyMap, b browseKeys, g globalKeys, data *userData, editor string) menu {
	m := menu{help: helpEntry(), condition: filters.ConditionEntry(), filters: filters.FiltersEntry(), patient: filters.PatientEntry(),
		glossary: glossaryview.Entry(), maps: mapsview.Entry(), study: studyEntry(data), note: chartnote.Entry(),
		timer: timerview.Entry(), bookmarks: bookmarksEntry(data)}
	m.plan = planview.Entry(m.condition.Key)
	m.columns = [][]common.Entry{
		{listed(b.Search), m.condition, m.filters, m.patient, listed(b.ShowContra), m.glossary, m.maps, m.study, statsEntry(data), listed(b.AddToStudy)},
		{listed(k.Copy), m.note, compareview.Entry(), m.plan, m.timer, listed(b.Bookmark), m.bookmarks, myNoteEntry(data, editor)},
		{listed(g.Mouse), m.help, listed(g.Quit), listed(g.ForceQuit), listed(g.Suspend)},
	}
	return m
}

// named are the keys of the screens the browse page names, and the
// program's q.
func (m menu) named(g globalKeys) openKeys {
	return openKeys{Help: m.help.Key, Condition: m.condition.Key, Filters: m.filters.Key, Patient: m.patient.Key,
		Glossary: m.glossary.Key, Maps: m.maps.Key, Study: m.study.Key, Note: m.note.Key, Plan: m.plan.Key,
		Timer: m.timer.Key, Bookmarks: m.bookmarks.Key, Quit: g.Quit}
}

// find is the entry whose key was pressed, if one opens a screen.
func (m menu) find(msg tea.KeyPressMsg) (common.Entry, bool) {
	for _, column := range m.columns {
		for _, e := range column {
			if e.Open != nil && key.Matches(msg, e.Key) {
				return e, true
			}
		}
	}
	return common.Entry{}, false
}

// keys are the menu's columns as help lists them.
func (m menu) keys() [][]key.Binding {
	out := make([][]key.Binding, len(m.columns))
	for i, column := range m.columns {
		for _, e := range column {
			out[i] = append(out[i], e.Key)
		}
	}
	return out
}

// fullHelp is every key of the browse page, as the help screen lists it:
// the page's own movement, then the menu.
func (m Model) fullHelp() [][]key.Binding {
	return append(m.browse.FullHelp(), m.menu.keys()...)
}

// context is what the browse page shows now, for the screen a key opens.
func (m Model) context() common.Context {
	b := m.browse
	c := common.Context{Common: m.Common, Condition: b.condition, Term: b.glossaryIndex(), Query: b.search.Value(),
		Patient: b.patient, Facets: b.facets, Help: m.help, PageKeys: m.fullHelp(), Quiet: m.quiet, Clock: m.clock}
	if t, ok := b.list.Selected(); ok {
		c.Technique, c.Note = &t, b.mine.notes[t.ID]
	}
	if x, ok := b.list.SelectedOverview(); ok {
		c.InView = x.ID
	} else if x, ok := b.list.SelectedCondition(); ok {
		c.InView = x.ID
	}
	if e, ok := b.list.SelectedEntry(); ok {
		c.MapEntry = e.Key
	}
	return c
}

// open opens the screen of an entry on what the page shows, or says why
// not.
func (m Model) open(e common.Entry) (Model, tea.Cmd) {
	s, cmd, why := e.Open(m.context())
	if s != nil {
		m.overlay = s // fit sizes it
	}
	m.status = why
	return m, cmd
}
