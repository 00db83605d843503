// Package common holds what the browser's screens share, and what a screen
// is to the root (ui.Model) that routes to it.
//
//   - Screen: a page of the browser. Update returns the screen, a command
//     and an Effect (what it asks of the root: close, choose a condition,
//     copy text ...); View returns a string, laid out by SetSize and
//     SetStyles; ShortHelp and FullHelp (help.KeyMap) are its keys.
//   - Entry: a key of the browse page and the screen it opens, built on
//     what the page shows (Context). A screen declares its entry beside
//     it; the root's menu lists the entries (see ui/menu.go).
//   - Common: the catalogue, its search index, the shared keys and the
//     styles, which every screen holds.
//   - KeyMap: the keys the screens share (movement, the lists that filter
//     as you type, closing). A screen's own keys are its own.
//   - Styles: every style, from one palette (render.Palette), and the
//     hand-drawn Box and Paint that cost less per frame than lipgloss.
//   - The widgets several screens draw with: Scroller (a scroll position
//     over lines laid out elsewhere, with the wheel and the close keys of a
//     document), FilterList (a list that narrows as you type, to pick a row
//     or tick boxes), and NewTextInput and NewTextArea.
//
// It owns no screen, reads no user data and does no I/O.
package common

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// Common is what every screen shares: the catalogue, its search index, the
// keys and the styles.
type Common struct {
	Catalog *techniques.Catalog
	Index   *search.Index
	Keys    *KeyMap
	Styles  *Styles
}

// Entry is a screen the browse page opens with a key. A screen declares
// its entry beside it: the key, and how the screen is built on what the
// page shows now. Open returns the screen and the command that starts it;
// or no screen and why not, for the status line (no technique is
// selected); or no screen and a command (the note in $EDITOR).
type Entry struct {
	Key  key.Binding
	Open func(Context) (s Screen, cmd tea.Cmd, why string)
}

// Opened is a screen's constructor's answer as an Entry's Open.
func Opened[S Screen](s S, cmd tea.Cmd) (Screen, tea.Cmd, string) { return s, cmd, "" }

// Context is what the browse page shows and holds when a key opens a
// screen on it: what the screen opens on.
type Context struct {
	Common
	Technique *techniques.Technique // under the cursor; nil when the cursor is on something else
	Condition string                // the condition the list is filtered by, or ""
	InView    string                // the condition under the cursor: its overview, or one a search found
	Term      int                   // the glossary term under the cursor, as an index; 0 when none is
	MapEntry  string                // the key of the entry from the maps under the cursor, or ""
	Query     string                // the search
	Patient   []string              // the findings ticked, as flag ids
	Facets    techniques.Filter
	Note      string // the user's own note on the technique under the cursor
	// Help draws key help as the footer does, and PageKeys is every key of
	// the page, in the help screen's columns.
	Help     help.Model
	PageKeys [][]key.Binding
	// Quiet starts the timer's bell off; Clock is where a screen's commands
	// read the time.
	Quiet bool
	Clock Clock
}

// Clock is where a screen reads the time: inside its commands only, never
// in Update. Tests replace it with a fake that moves only when a command
// asks it to wait.
type Clock struct {
	Now func() time.Time
	// After is tea.Tick: a command that waits d, then makes a message.
	After func(d time.Duration, msg func(time.Time) tea.Msg) tea.Cmd
}

// RealClock is the machine's clock.
func RealClock() Clock { return Clock{Now: time.Now, After: tea.Tick} }
