package ui

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

// filterItem is one row of a filterList.
type filterItem struct {
	label  string   // shown
	detail string   // shown muted after the label
	keys   []string // matched against the query, besides the label
}

// filterAction is what a key did to a filterList, for its parent to act on.
type filterAction int

const (
	filterNone   filterAction = iota
	filterChoose              // enter on a row
	filterClose               // esc with an empty query
)

// filterList is a text input over a list that narrows as you type. While it has
// focus every printable key types, so q and j are letters, not commands.
type filterList struct {
	input  textinput.Model
	items  []filterItem
	pinned int   // the first pinned items show only while the query is empty
	shown  []int // indexes into items, best match first
	cursor int
	offset int
	width  int
	height int
	keys   *KeyMap
	styles *Styles
	// rank, when set, orders the items for a query instead of the default
	// (exact, then prefix, then fuzzy), so that a list can share the
	// catalogue's own reading of a word.
	rank func(query string) []int
	// closest, when set, offers the items nearest a query that matches
	// nothing as written (a typo), so that a list can suggest what the
	// command line would.
	closest func(query string) []int
	// checked, when not nil, draws a box before each row and ticks these.
	checked map[int]bool
}

func newFilterList(prompt, placeholder string, items []filterItem, pinned int, keys *KeyMap, styles *Styles) filterList {
	in := newTextInput()
	in.CharLimit = techniques.MaxQueryLen
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.SetStyles(styles.TextInput)
	f := filterList{input: in, items: items, pinned: pinned, keys: keys, styles: styles}
	f.refilter()
	return f
}

// Open clears the query, puts the cursor on item index and focuses the input.
func (f *filterList) Open(index int) tea.Cmd {
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
func (f *filterList) Close() { f.input.Blur() }

// SetQuery types a query, as if the user had.
func (f *filterList) SetQuery(q string) {
	f.input.SetValue(q)
	f.input.CursorEnd()
	f.refilter()
}

func (f *filterList) SetStyles(s *Styles) {
	f.styles = s
	f.input.SetStyles(s.TextInput)
}

func (f *filterList) SetSize(w, h int) {
	f.width, f.height = max(0, w), max(0, h)
	f.input.SetWidth(max(1, w-render.Width(f.input.Prompt)-1))
	f.scrollToCursor()
}

// tickKey reads the keys of a list with boxes: the row a key ticks or
// unticks (-1 for none), or that every box is to be cleared. Ticking with
// ToggleClear also empties the query, so the next one can be typed.
func (f *filterList) tickKey(k tea.KeyPressMsg) (row int, clearAll, handled bool) {
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

// full reports whether the input can take no more text.
func (f filterList) full() bool { return len(f.input.Value()) >= techniques.MaxQueryLen }

// Query is the text typed so far.
func (f filterList) Query() string { return f.input.Value() }

// Selected is the item index under the cursor, or -1 when nothing matches.
func (f filterList) Selected() int {
	if len(f.shown) == 0 {
		return -1
	}
	return f.shown[f.cursor]
}

func (f *filterList) refilter() {
	q := strings.TrimSpace(f.input.Value())
	f.shown = f.shown[:0]
	if q != "" && f.rank != nil {
		f.shown = append(f.shown, f.rank(q)...)
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
				for _, k := range append([]string{f.items[i].label}, f.items[i].keys...) {
					if pass(k) {
						seen[i] = true
						f.shown = append(f.shown, i)
						break
					}
				}
			}
		}
		for i := f.pinned; i < len(f.items); i++ {
			for _, t := range append([]string{f.items[i].label}, f.items[i].keys...) {
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
		if len(f.shown) == 0 && f.closest != nil {
			f.shown = append(f.shown, f.closest(q)...)
		}
	}
	f.cursor, f.offset = 0, 0
}

func (f filterList) Update(msg tea.Msg) (filterList, tea.Cmd, filterAction) {
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

// pick runs the list for a screen that picks a row: chosen is the item
// picked with Choose (-1 for none), and Dismiss with nothing typed asks to
// close the screen.
func (f *filterList) pick(msg tea.Msg) (chosen int, cmd tea.Cmd, closing effect) {
	var action filterAction
	*f, cmd, action = f.Update(msg)
	switch action {
	case filterChoose:
		return f.Selected(), cmd, nil
	case filterClose:
		return -1, cmd, closeOverlay{}
	}
	return -1, cmd, nil
}

// boxes is a screen whose list ticks its rows: the patient's findings,
// the facets.
type boxes interface {
	toggle(row int) // tick the row, or untick it
	untickAll()
	ticked() effect // what the boxes ticked now ask of the root
}

// tick runs the list of a screen of boxes: the tick keys tick and report
// what the boxes now ask of the root, Dismiss with nothing typed asks to
// close the screen, and the rest go to the list.
func (f *filterList) tick(msg tea.Msg, b boxes) (tea.Cmd, effect) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if row, clearAll, handled := f.tickKey(k); handled {
			switch {
			case clearAll:
				b.untickAll()
			case row >= 0:
				b.toggle(row)
			}
			return nil, b.ticked()
		}
	}
	_, cmd, closing := f.pick(msg)
	return cmd, closing
}

// rows is how many items fit under the input line, leaving one for "more".
func (f filterList) rows() int { return max(1, f.height-2) }

func (f *filterList) scrollToCursor() { f.offset = follow(f.cursor, f.offset, f.rows()) }

// follow returns the scroll offset that keeps the cursor in a view of rows lines.
func follow(cursor, offset, rows int) int {
	if cursor < offset {
		return cursor
	}
	if cursor >= offset+rows {
		return cursor - rows + 1
	}
	return offset
}

func (f filterList) View() string {
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
		label := it.label
		if f.checked != nil {
			box := "[ ] "
			if f.checked[f.shown[i]] {
				box = "[x] "
			}
			label = box + label
		}
		line := style.Render(label)
		if it.detail != "" {
			line += "  " + f.styles.Muted.Render(it.detail)
		}
		lines = append(lines, render.Truncate(line, f.width, f.styles.G.Ellipsis))
	}
	if more := len(f.shown) - end; more > 0 {
		lines = append(lines, f.styles.Muted.Render(render.Truncate(fmt.Sprintf("  %s %d more", f.styles.G.Ellipsis, more), f.width, "")))
	}
	return strings.Join(lines, "\n")
}
