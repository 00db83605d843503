// Package ui is the Bubble Tea browser of the omt catalogue: its root model,
// its browse page, and the screens over the user's own data.
//
// The root (Model, model.go) is a router. It holds the browse page, the
// one screen open over it, and the frame around them; it routes every
// message and key to where it belongs, applies what a screen asks of it (a
// common.Effect), and alone returns a tea.View. A key travels:
//
//	terminal → Bubble Tea's input → InputFilter (drops what cannot change
//	the screen) → Model.Update → Model.key: Ctrl+C and Ctrl+Z from
//	anywhere; else the open screen; else the search while it is typed
//	into; else q and M; else the menu (a key that opens a screen); else
//	the browse page → the screen's Update → a command (I/O runs there,
//	never in Update) → its message → Update again → fit → View.
//
// What is where:
//
//   - model.go: the router (Update, key, apply); menu.go: the menu, the
//     router's table of every key of the browse page and the screen it
//     opens (a new screen is its file and one entry there); frame.go: the
//     header and the footer, drawn in Update from what they show, and
//     fit, the one place that measures them and sizes the screens; input.go:
//     the program's message filter, pastes and the wheel.
//   - browse.go, refilter.go, detail.go: the browse page, a screen like the
//     others but the one the browser opens on: the list (ui/techlist) and
//     the detail pane, filtered by condition, facets, search and patient.
//   - opened.go: the history of the pages opened; personal.go,
//     userdata.go: the user's data (bookmarks, notes, study), reached only
//     through commands.
//   - The screens over the user's data, which share those commands: the
//     study session and its deck picker and statistics (studyview*.go,
//     deckpicker.go, statsview.go), the bookmarks and history and the note
//     editor; and help.go, the help's entry and the legend of the list's
//     marks.
//
// The screens that read only the catalogue are packages of their own,
// each with its entry: filters (the condition, the facets, the patient's
// findings), glossaryview, mapsview, compareview, planview, chartnote,
// helpview and timerview (which also runs omt timer). ui/common holds what
// they share (the Screen interface, the shared keys, the styles, the
// scroller and the filter list); ui/exam and ui/chartview are components
// of their own. ui draws through package render and owns no text that a
// pipe prints.
package ui
