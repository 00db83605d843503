// Package mapsview is the maps screen (m), which asks the maps both ways:
// type a level (T10, rib 4), an organ, a tender point (AC7), a dysfunction
// or a written diagnosis (T4 ERS(L)), and the entry under the cursor is
// shown beside the list with the spine drawn and its levels picked out. It
// also makes the Items the browse list shows when a search finds something
// from the maps (ItemOf), so that the list and this screen name them alike.
package mapsview

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// View asks the maps both ways: type a level (T10, rib 4), an organ, a
// tender point (AC7), a dysfunction or a written diagnosis (T4 ERS(L)); with
// nothing typed it lists the maps. The entry under the cursor is shown beside
// the list, with the spine drawn and its levels picked out.
type View struct {
	common.Common
	input  textinput.Model
	items  []Item
	cursor int
	offset int
	doc    common.Scroller
	lines  []string // the entry on show, laid out
	shown  int      // the entry laid out in lines, or -1
	width  int
	height int
	listW  int // the list's width; the rest is the document
}

var _ common.Screen = (*View)(nil)

// Entry opens the maps (m): on something from the maps under the
// cursor, with its diagram, else on the list of maps.
func Entry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "maps")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			if c.MapEntry != "" {
				return common.Opened(New(c.Common, c.Query, c.MapEntry))
			}
			return common.Opened(New(c.Common, "", ""))
		},
	}
}

// New opens the maps view on a query, with the cursor on the entry
// whose key is at (or the first).
func New(c common.Common, query, at string) (*View, tea.Cmd) {
	in := common.NewTextInput()
	in.Prompt = "map: "
	in.Placeholder = mapsPrompt(80)
	in.CharLimit = techniques.MaxQueryLen
	in.SetStyles(c.Styles.TextInput)
	v := &View{Common: c, input: in, doc: common.Scroller{Keys: c.Keys}, shown: -1}
	v.input.SetValue(query)
	v.refilter()
	for i, e := range v.items {
		if e.Key == at {
			v.cursor = i
			break
		}
	}
	return v, v.input.Focus()
}

// mapsPrompt is the maps input's examples, the fullest that fits room
// columns whole, so that a small screen reads fewer examples rather than a
// cut one ("an organ, AC7, left on left,").
func mapsPrompt(room int) string {
	prompts := []string{
		"a level (T10, rib 4), an organ, AC7, left on left, T4 ERS(L)",
		"T10, rib 4, an organ, AC7, T4 ERS(L)",
		"T10, an organ, AC7, T4 ERS(L)",
		"T10, AC7, T4 ERS(L)",
	}
	for _, p := range prompts {
		if render.Width(p) <= room {
			return p
		}
	}
	return "T10, T4 ERS(L)"
}

// Title heads the screen.
func (v *View) Title() string { return "Maps: reflexes, innervation, tender points, mechanics" }

// ScrollMark is the entry's: the list says itself when more is below.
func (v *View) ScrollMark() string { return v.doc.Mark(v.Styles.G, v.Keys.DocDown) }

// ShortHelp is the keys that work now, for the footer.
func (v *View) ShortHelp() []key.Binding {
	return []key.Binding{v.Keys.PrevItem, v.Keys.NextItem, v.Keys.DocUp, v.Keys.DocDown, v.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (v *View) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

// SetStyles draws the screen in s.
func (v *View) SetStyles(s *common.Styles) {
	v.Styles = s
	v.input.SetStyles(s.TextInput)
	v.shown = -1
	v.layout()
}

// SetSize lays the screen out in w columns and h lines.
func (v *View) SetSize(w, h int) {
	v.width, v.height = w, h
	v.listW = w
	if w >= 70 {
		v.listW = max(26, w/3)
	}
	room := max(1, v.listW-len(v.input.Prompt)-1)
	v.input.SetWidth(room)
	v.input.Placeholder = mapsPrompt(room)
	v.shown = -1
	v.layout()
}

// Full reports whether the screen's text input can take no more text.
func (v *View) Full() bool { return len(v.input.Value()) >= techniques.MaxQueryLen }

// refilter rebuilds the entries for the query: what search finds of the
// maps (a reading of it as a level or a diagnosis first, then organs, tender
// points and rows), then the maps whose titles hold it.
func (v *View) refilter() {
	c := v.Catalog
	q := strings.TrimSpace(v.input.Value())
	v.items = v.items[:0]
	if q != "" {
		for _, res := range v.Index.SearchAll(q) {
			if e, ok := ItemOf(v.Index, res); ok {
				v.items = append(v.items, e)
			}
		}
	}
	for _, info := range c.Maps.MapInfos() {
		if q == "" || strings.Contains(strings.ToLower(info.Title+" "+info.ID), strings.ToLower(q)) {
			v.items = append(v.items, wholeMap(c, info))
		}
	}
	v.cursor, v.offset = 0, 0
	v.shown = -1
	v.layout()
}

// Update handles a message; the effect is what it asks of the root.
func (v *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		v.doc.ScrollBy(common.WheelLines * common.WheelStep(tea.Mouse(msg)))
		return v, nil, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, v.Keys.Dismiss):
			if v.input.Value() != "" {
				v.input.SetValue("")
				v.refilter()
				return v, nil, nil
			}
			return v, nil, common.CloseScreen{}
		case key.Matches(msg, v.Keys.PrevItem):
			v.move(-1)
			return v, nil, nil
		case key.Matches(msg, v.Keys.NextItem):
			v.move(1)
			return v, nil, nil
		case key.Matches(msg, v.Keys.DocUp, v.Keys.DocDown):
			v.doc, _ = v.doc.Update(tea.KeyPressMsg(msg))
			return v, nil, nil
		}
	}
	before := v.input.Value()
	var cmd tea.Cmd
	v.input, cmd = v.input.Update(msg)
	if v.input.Value() != before {
		v.refilter()
	}
	return v, cmd, nil
}

func (v *View) move(n int) {
	v.cursor = max(0, min(len(v.items)-1, v.cursor+n))
	v.layout()
}

// Query is what was typed.
func (v *View) Query() string { return v.input.Value() }

// Items are what the query found, in the order they are listed.
func (v *View) Items() []Item { return v.items }

// Cursor is the index of the item under the cursor.
func (v *View) Cursor() int { return v.cursor }

// SetInput puts s in the input as if it had been typed so far, without
// looking it up again: for a benchmark that replays typing a letter at a
// time and measures only the letter typed next.
func (v *View) SetInput(s string) { v.input.SetValue(s) }
