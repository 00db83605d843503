package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// Screen is a page of the browser that opens over the browse page and takes
// the keys while it is open: the condition picker, the filters, the
// patient's findings, the glossary, the maps, the comparison, the plan, the
// chart note, the timer, the help, a study session and its deck picker and
// statistics, the bookmarks and history, the note editor. The root opens
// one at a time, routes every key and the answers of its commands to it,
// sizes it, frames it under its Title, and applies the Effect it reports.
type Screen interface {
	// Update handles a message. The effect, if not nil, is applied by the
	// root at once.
	Update(msg tea.Msg) (Screen, tea.Cmd, Effect)
	View() string
	SetSize(width, height int)
	SetStyles(*Styles)
	// Title heads the screen.
	Title() string
	// ShortHelp is the keys that work now, for the footer; FullHelp, all of them.
	help.KeyMap
}

// Scrolling is a screen whose text can run past the screen: ScrollMark
// says where its view is (see Scroller.Mark), and the root sets it in the
// frame's bottom border.
type Scrolling interface {
	ScrollMark() string
}

// Typing is a screen with a text input that has the keys. Full reports
// that it can take no more text, so that the program's filter drops the
// letters of a long paste before they cost an update each.
type Typing interface {
	Full() bool
}

// Effect is what a screen asks of the root.
type Effect interface{ isEffect() }

// CloseScreen closes the screen.
type CloseScreen struct{}

// ChooseCondition filters by a condition ("" clears it) and closes the screen.
type ChooseCondition struct{ ID string }

// SetPatient screens for these flag ids; the screen stays open.
type SetPatient struct{ Flags []string }

// SetFacets narrows the techniques by these facets; the screen stays open.
type SetFacets struct{ Filter techniques.Filter }

// CopyText puts text on the clipboard and says what was copied.
type CopyText struct{ Text, What string }

// SwitchScreen replaces the screen with another (a deck chosen opens its
// session); the command that starts it comes with the effect's Update.
type SwitchScreen struct{ To Screen }

// OpenItem closes the screen and opens a technique or a condition on the
// browse page (from the bookmarks and history).
type OpenItem struct {
	Kind store.VisitKind
	ID   string
}

// Notice shows a message in the status line until the next key.
type Notice struct{ Text string }

func (CloseScreen) isEffect()     {}
func (ChooseCondition) isEffect() {}
func (SetPatient) isEffect()      {}
func (SetFacets) isEffect()       {}
func (CopyText) isEffect()        {}
func (SwitchScreen) isEffect()    {}
func (OpenItem) isEffect()        {}
func (Notice) isEffect()          {}
