package common

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// FilterItem is one row of a FilterList.
type FilterItem struct {
	Label  string   // shown
	Detail string   // shown muted after the label
	Keys   []string // matched against the query, besides the label
}

// filterAction is what a key did to a FilterList, for its parent to act on.
type filterAction int

const (
	filterNone   filterAction = iota
	filterChoose              // enter on a row
	filterClose               // esc with an empty query
)

// FilterList is a text input over a list that narrows as you type. While it has
// focus every printable key types, so q and j are letters, not commands.
type FilterList struct {
	input  textinput.Model
	items  []FilterItem
	pinned int   // the first pinned items show only while the query is empty
	shown  []int // indexes into items, best match first
	cursor int
	offset int
	width  int
	height int
	keys   *KeyMap
	styles *Styles
	// Rank, when set, orders the items for a query instead of the default
	// (exact, then prefix, then fuzzy), so that a list can share the
	// catalogue's own reading of a word.
	Rank func(query string) []int
	// Closest, when set, offers the items nearest a query that matches
	// nothing as written (a typo), so that a list can suggest what the
	// command line would.
	Closest func(query string) []int
	// Checked, when not nil, draws a box before each row and ticks these.
	Checked map[int]bool
}

// NewFilterList is a list of items under an input with a prompt and a
// placeholder; the first pinned items show only while nothing is typed.
func NewFilterList(prompt, placeholder string, items []FilterItem, pinned int, keys *KeyMap, styles *Styles) FilterList {
	in := NewTextInput()
	in.CharLimit = techniques.MaxQueryLen
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.SetStyles(styles.TextInput)
	f := FilterList{input: in, items: items, pinned: pinned, keys: keys, styles: styles}
	f.refilter()
	return f
}

// Open clears the query, puts the cursor on item index and focuses the input.
func (f *FilterList) Open(index int) tea.Cmd {
	f.input.SetValue("")
	f.refilter()
	for i, idx := range f.shown {
		if idx == index {
			f.cursor = i
		}
	}
	f.scrollToCursor()
	return f.input.Focus()
}

// Close blurs the input.
func (f *FilterList) Close() { f.input.Blur() }

// SetQuery types a query, as if the user had.
func (f *FilterList) SetQuery(q string) {
	f.input.SetValue(q)
	f.input.CursorEnd()
	f.refilter()
}

// SetStyles draws the list in s.
func (f *FilterList) SetStyles(s *Styles) {
	f.styles = s
	f.input.SetStyles(s.TextInput)
}

// SetSize lays the list out in w columns and h lines, the input included.
func (f *FilterList) SetSize(w, h int) {
	f.width, f.height = max(0, w), max(0, h)
	f.input.SetWidth(max(1, w-render.Width(f.input.Prompt)-1))
	f.scrollToCursor()
}

// tickKey reads the keys of a list with boxes: the row a key ticks or
// unticks (-1 for none), or that every box is to be cleared. Ticking with
// ToggleClear also empties the query, so the next one can be typed.
func (f *FilterList) tickKey(k tea.KeyPressMsg) (row int, clearAll, handled bool) {
	switch {
	case key.Matches(k, f.keys.Toggle, f.keys.ToggleClear):
		row = f.Selected()
		if key.Matches(k, f.keys.ToggleClear) && row >= 0 && f.Query() != "" {
			f.SetQuery("")
		}
		return row, false, true
	case key.Matches(k, f.keys.ClearAll):
		return -1, true, true
	}
	return -1, false, false
}

// Full reports whether the input can take no more text.
func (f FilterList) Full() bool { return len(f.input.Value()) >= techniques.MaxQueryLen }

// Width is the width the list was laid out in.
func (f FilterList) Width() int { return f.width }

// Height is the height the list was laid out in.
func (f FilterList) Height() int { return f.height }

// Query is the text typed so far.
func (f FilterList) Query() string { return f.input.Value() }

// Selected is the item index under the cursor, or -1 when nothing matches.
func (f FilterList) Selected() int {
	if len(f.shown) == 0 {
		return -1
	}
	return f.shown[f.cursor]
}

func (f *FilterList) refilter() {
	q := strings.TrimSpace(f.input.Value())
	f.shown = f.shown[:0]
	if q != "" && f.Rank != nil {
		f.shown = append(f.shown, f.Rank(q)...)
		f.cursor, f.offset = 0, 0
		return
	}
	if q == "" {
		for i := range f.items {
			f.shown = append(f.shown, i)
		}
	} else {
		// Exact names and abbreviations first ("LBP", "ERS"), then names that
		// start with the query, then fuzzy matches in sahilm/fuzzy's order.
		var targets []string
		var owner []int
		seen := map[int]bool{}
		lq := strings.ToLower(q)
		for _, pass := range []func(string) bool{
			func(k string) bool { return strings.ToLower(k) == lq },
			func(k string) bool { return strings.HasPrefix(strings.ToLower(k), lq) },
		} {
			for i := f.pinned; i < len(f.items); i++ {
				if seen[i] {
					continue
				}
				for _, k := range append([]string{f.items[i].Label}, f.items[i].Keys...) {
					if pass(k) {
						seen[i] = true
						f.shown = append(f.shown, i)
						break
					}
				}
			}
		}
		for i := f.pinned; i < len(f.items); i++ {
			for _, t := range append([]string{f.items[i].Label}, f.items[i].Keys...) {
				targets = append(targets, t)
				owner = append(owner, i)
			}
		}
		for _, m := range fuzzy.Find(q, targets) {
			if idx := owner[m.Index]; !seen[idx] {
				seen[idx] = true
				f.shown = append(f.shown, idx)
			}
		}
		if len(f.shown) == 0 && f.Closest != nil {
			f.shown = append(f.shown, f.Closest(q)...)
		}
	}
	f.cursor, f.offset = 0, 0
}

func (f FilterList) update(msg tea.Msg) (FilterList, tea.Cmd, filterAction) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, f.keys.Choose):
			if len(f.shown) == 0 {
				return f, nil, filterNone
			}
			return f, nil, filterChoose
		case key.Matches(k, f.keys.Dismiss):
			if f.input.Value() != "" {
				f.input.SetValue("")
				f.refilter()
				return f, nil, filterNone
			}
			return f, nil, filterClose
		case key.Matches(k, f.keys.PrevItem):
			f.cursor = max(0, f.cursor-1)
			f.scrollToCursor()
			return f, nil, filterNone
		case key.Matches(k, f.keys.NextItem):
			f.cursor = max(0, min(len(f.shown)-1, f.cursor+1))
			f.scrollToCursor()
			return f, nil, filterNone
		}
	}
	before := f.input.Value()
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	if f.input.Value() != before {
		f.refilter()
	}
	return f, cmd, filterNone
}

// Pick runs the list for a screen that picks a row: chosen is the item
// picked with Choose (-1 for none), and Dismiss with nothing typed asks to
// close the screen.
func (f *FilterList) Pick(msg tea.Msg) (chosen int, cmd tea.Cmd, closing Effect) {
	var action filterAction
	*f, cmd, action = f.update(msg)
	switch action {
	case filterChoose:
		return f.Selected(), cmd, nil
	case filterClose:
		return -1, cmd, CloseScreen{}
	}
	return -1, cmd, nil
}

// Boxes is a screen whose list ticks its rows: the patient's findings,
// the facets.
type Boxes interface {
	Toggle(row int) // tick the row, or untick it
	UntickAll()
	Ticked() Effect // what the boxes ticked now ask of the root
}

// Tick runs the list of a screen of boxes: the Tick keys Tick and report
// what the boxes now ask of the root, Dismiss with nothing typed asks to
// close the screen, and the rest go to the list.
func (f *FilterList) Tick(msg tea.Msg, b Boxes) (tea.Cmd, Effect) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if row, clearAll, handled := f.tickKey(k); handled {
			switch {
			case clearAll:
				b.UntickAll()
			case row >= 0:
				b.Toggle(row)
			}
			return nil, b.Ticked()
		}
	}
	_, cmd, closing := f.Pick(msg)
	return cmd, closing
}

// rows is how many items fit under the input line, leaving one for "more".
func (f FilterList) rows() int { return max(1, f.height-2) }

func (f *FilterList) scrollToCursor() { f.offset = Follow(f.cursor, f.offset, f.rows()) }

// Follow returns the scroll offset that keeps the cursor in a view of rows lines.
func Follow(cursor, offset, rows int) int {
	if cursor < offset {
		return cursor
	}
	if cursor >= offset+rows {
		return cursor - rows + 1
	}
	return offset
}

// View draws the input and the rows in view.
func (f FilterList) View() string {
	lines := []string{render.Truncate(f.input.View(), f.width, "")}
	if len(f.shown) == 0 {
		lines = append(lines, f.styles.Muted.Render(render.Truncate("  nothing matches", f.width, f.styles.G.Ellipsis)))
	}
	end := min(len(f.shown), f.offset+f.rows())
	for i := f.offset; i < end; i++ {
		it := f.items[f.shown[i]]
		style := f.styles.Item
		if i == f.cursor {
			style = f.styles.ItemSelected
		}
		label := it.Label
		if f.Checked != nil {
			box := "[ ] "
			if f.Checked[f.shown[i]] {
				box = "[x] "
			}
			label = box + label
		}
		line := style.Render(label)
		if it.Detail != "" {
			line += "  " + f.styles.Muted.Render(it.Detail)
		}
		lines = append(lines, render.Truncate(line, f.width, f.styles.G.Ellipsis))
	}
	if more := len(f.shown) - end; more > 0 {
		lines = append(lines, f.styles.Muted.Render(render.Truncate(fmt.Sprintf("  %s %d more", f.styles.G.Ellipsis, more), f.width, "")))
	}
	return strings.Join(lines, "\n")
}
