package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// common is what every screen shares: the catalogue, its search index, the keys and the styles.
type common struct {
	catalog *techniques.Catalog
	index   *search.Index
	keys    *KeyMap
	styles  *Styles
}

// overlay is a screen that takes over the body while it is open: the
// condition picker, the filters, the patient checklist, the glossary, the
// chart note and the help. The root opens one at a time, routes every key to
// it, sizes it in relayout and applies the effect it reports. Adding a screen
// means writing one of these and a key that opens it.
type overlay interface {
	// Update handles a message. The effect, if not nil, is applied by the
	// root at once (see the effect types below).
	Update(msg tea.Msg) (overlay, tea.Cmd, effect)
	View() string
	SetSize(width, height int)
	SetStyles(*Styles)
	// Title heads the overlay.
	Title() string
	// ShortHelp lists the keys that work in it now, for the footer.
	ShortHelp() []key.Binding
}

// scrolling is an overlay whose text can run past the screen: scrollMark
// says where its view is (see scroller.mark), and the root sets it in the
// frame's bottom border.
type scrolling interface {
	scrollMark() string
}

// effect is what an overlay asks of the root.
type effect interface{ isEffect() }

// closeOverlay closes the overlay.
type closeOverlay struct{}

// chooseCondition filters by a condition ("" clears it) and closes the overlay.
type chooseCondition struct{ id string }

// setPatient screens for these flag ids; the overlay stays open.
type setPatient struct{ flags []string }

// setFacets narrows the techniques by these facets; the overlay stays open.
type setFacets struct{ filter techniques.Filter }

// copyText puts text on the clipboard and says what was copied.
type copyText struct{ text, what string }

// switchOverlay replaces the overlay with another (a deck chosen opens its
// session); the command that starts it comes with the effect's Update.
type switchOverlay struct{ to overlay }

// openItem closes the overlay and opens a technique or a condition in the
// browser (from the bookmarks and history).
type openItem struct{ visit openVisitMsg }

// notice shows a message in the status line until the next key.
type notice struct{ text string }

func (closeOverlay) isEffect()    {}
func (chooseCondition) isEffect() {}
func (setPatient) isEffect()      {}
func (setFacets) isEffect()       {}
func (copyText) isEffect()        {}
func (switchOverlay) isEffect()   {}
func (openItem) isEffect()        {}
func (notice) isEffect()          {}
