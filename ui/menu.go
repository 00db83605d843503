package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/omt-reference/omt/ui/common"
)

// entry is a screen the browse page opens with a key. A screen's file
// declares its entry beside it: the key, and how the screen is built on what
// the page shows now. open reads the model, and changes nothing: it returns
// the screen and the command that starts it, or no screen and why not, for
// the status line (no technique is selected), or no screen and a command
// (the note in $EDITOR).
type entry struct {
	key  key.Binding
	open func(m Model) (o common.Screen, cmd tea.Cmd, why string)
}

// opened is a screen's constructor's answer as an entry's.
func opened[S common.Screen](s S, cmd tea.Cmd) (common.Screen, tea.Cmd, string) { return s, cmd, "" }

// listed is a key of the browse page or of the program that the menu lists
// for the help screen; it is handled where it is declared.
func listed(k key.Binding) entry { return entry{key: k} }

// menu is the router's table: every key of the browse page beyond moving
// about, in the columns the help screen lists them in (what finds and
// narrows, what acts on the entry in view, the program's own), with the
// screen each opens. It is built once, in New. A new screen is its file
// and one entry in columns.
type menu struct {
	columns [][]entry
	// The entries the page's footer and texts name by their keys.
	help, condition, filters, patient, glossary, maps, study, note, plan, timer, bookmarks entry
}

func newMenu(k *common.KeyMap, b browseKeys, g globalKeys) menu {
	m := menu{help: helpEntry(), condition: conditionEntry(), filters: filtersEntry(), patient: patientEntry(),
		glossary: glossaryEntry(), maps: mapsEntry(), study: studyEntry(), note: noteEntry(), plan: planEntry(),
		timer: timerEntry(), bookmarks: bookmarksEntry()}
	m.columns = [][]entry{
		{listed(b.Search), m.condition, m.filters, m.patient, listed(b.ShowContra), m.glossary, m.maps, m.study, statsEntry(), listed(b.AddToStudy)},
		{listed(k.Copy), m.note, compareEntry(), m.plan, m.timer, listed(b.Bookmark), m.bookmarks, myNoteEntry()},
		{listed(g.Mouse), m.help, listed(g.Quit), listed(g.ForceQuit), listed(g.Suspend)},
	}
	return m
}

// named are the keys of the screens the browse page names, and the
// program's q.
func (m menu) named(g globalKeys) openKeys {
	return openKeys{Help: m.help.key, Condition: m.condition.key, Filters: m.filters.key, Patient: m.patient.key,
		Glossary: m.glossary.key, Maps: m.maps.key, Study: m.study.key, Note: m.note.key, Plan: m.plan.key,
		Timer: m.timer.key, Bookmarks: m.bookmarks.key, Quit: g.Quit}
}

// find is the entry whose key was pressed, if one opens a screen.
func (m menu) find(msg tea.KeyPressMsg) (entry, bool) {
	for _, column := range m.columns {
		for _, e := range column {
			if e.open != nil && key.Matches(msg, e.key) {
				return e, true
			}
		}
	}
	return entry{}, false
}

// keys are the menu's columns as help lists them.
func (m menu) keys() [][]key.Binding {
	out := make([][]key.Binding, len(m.columns))
	for i, column := range m.columns {
		for _, e := range column {
			out[i] = append(out[i], e.key)
		}
	}
	return out
}

// fullHelp is every key of the browse page, as the help screen lists it:
// the page's own movement, then the menu.
func (m Model) fullHelp() [][]key.Binding {
	return append(m.browse.FullHelp(), m.menu.keys()...)
}
