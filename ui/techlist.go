package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/mapsview"
)

// techList is the list of what the filter and the search found. It draws
// only the rows in view, so a keystroke costs the same at any catalogue size.
type techList struct {
	keys        *common.KeyMap
	styles      *common.Styles
	items       []row
	cursor      int
	offset      int
	width       int
	height      int
	hasOverview bool
	shown       int // techniques listed as usable: ok or caution
	contra      int // techniques contraindicated for the patient, listed or not
	hidden      int // contraindicated techniques left out
	others      int // conditions and glossary terms a search listed
	fromMaps    int // organs, tender points, rows and readings a search listed
	// drawn is the rows in view as prepare drew them, and drawnFor what
	// they were drawn from: they are drawn again only when that changes.
	drawn    string
	drawnFor listView
}

// listView is everything the rows in view are drawn from.
type listView struct {
	items                         *row // the first item: the items' identity, as SetContent replaces them
	count                         int
	styles                        *common.Styles
	cursor, offset, width, height int
}

func newTechList(keys *common.KeyMap, styles *common.Styles) techList {
	return techList{keys: keys, styles: styles}
}

func (l *techList) SetStyles(s *common.Styles) { l.styles = s }

func (l *techList) SetSize(w, h int) {
	l.width, l.height = max(0, w), max(0, h)
	l.follow()
}

// rows is how many items fit, leaving a line for the position when they do not all fit.
func (l techList) rows() int {
	if len(l.items) > l.height {
		return max(1, l.height-1)
	}
	return max(1, l.height)
}

func (l *techList) follow() { l.offset = common.Follow(l.cursor, l.offset, l.rows()) }

// listContent is what the list shows: a condition's overview first, then
// what the filter and the search found, best first: techniques, and the
// conditions and glossary terms a search found.
type listContent struct {
	overview *techniques.Condition
	grade    string
	ranked   []row // techItem (unscreened), conditionItem, termItem and mapItem
	patient  []string
	showAll  bool // list contraindicated techniques too, in their own section
}

// SetContent replaces the items. With best set (the query changed) the cursor
// goes to the best match; otherwise it stays on the technique it was on, if
// that is still listed. With patient flags, contraindicated techniques are
// hidden, or listed last in their own section when showAll is set.
func (l *techList) SetContent(c *techniques.Catalog, content listContent, best bool) {
	prev, hadPrev := l.Selected()
	items := make([]row, 0, len(content.ranked)+2)
	l.hasOverview = content.overview != nil
	if content.overview != nil {
		items = append(items, overviewItem{*content.overview, content.grade})
	}
	var contra []row
	l.others, l.fromMaps, l.shown = 0, 0, 0
	for _, it := range content.ranked {
		ti, ok := it.(techItem)
		if !ok {
			if _, isMap := it.(mapItem); isMap {
				l.fromMaps++
			} else {
				l.others++
			}
			items = append(items, it)
			continue
		}
		if len(content.patient) > 0 {
			ti.status = c.Screen(*ti.t, content.patient).Status
		}
		if ti.status == techniques.StatusContraindicated {
			contra = append(contra, ti)
			continue
		}
		l.shown++
		items = append(items, ti)
	}
	l.contra = len(contra)
	l.hidden = len(contra)
	if content.showAll && len(contra) > 0 {
		items = append(items, dividerItem{len(contra)})
		items = append(items, contra...)
		l.hidden = 0
	}
	sel := 0
	switch {
	case best && l.hasOverview && len(items) > 1:
		sel = 1 // the best match, below the overview that heads the list
	case !best && hadPrev:
		for i, it := range items {
			if ti, ok := it.(techItem); ok && ti.t.ID == prev.ID {
				sel = i
			}
		}
	}
	l.items = items
	l.cursor, l.offset = sel, 0
	l.follow()
}

// SelectOverview puts the cursor on the condition overview, if there is one.
func (l *techList) SelectOverview() {
	if l.hasOverview {
		l.cursor = 0
		l.follow()
	}
}

// SelectID puts the cursor on a technique, if the list holds it.
func (l *techList) SelectID(id string) bool {
	for i, r := range l.items {
		if it, ok := r.(techItem); ok && it.t.ID == id {
			l.cursor = i
			l.follow()
			return true
		}
	}
	return false
}

func (l techList) selected() row {
	if l.cursor < 0 || l.cursor >= len(l.items) {
		return nil
	}
	return l.items[l.cursor]
}

// SelectedOverview is the condition whose overview is under the cursor.
func (l techList) SelectedOverview() (techniques.Condition, bool) {
	it, ok := l.selected().(overviewItem)
	return it.c, ok
}

// HasSelection is true when the cursor is on something the detail pane can show.
func (l techList) HasSelection() bool { return l.selected() != nil }

// Selected is the technique under the cursor.
func (l techList) Selected() (techniques.Technique, bool) {
	it, ok := l.selected().(techItem)
	if !ok {
		return techniques.Technique{}, false
	}
	return *it.t, true
}

// SelectedCondition is the condition a search found, under the cursor.
func (l techList) SelectedCondition() (techniques.Condition, bool) {
	it, ok := l.selected().(conditionItem)
	return it.c, ok
}

// SelectedTerm is the glossary term a search found, under the cursor.
func (l techList) SelectedTerm() (techniques.GlossaryTerm, bool) {
	it, ok := l.selected().(termItem)
	return it.g, ok
}

// SelectedEntry is the map entry a search found, under the cursor.
func (l techList) SelectedEntry() (mapsview.Item, bool) {
	it, ok := l.selected().(mapItem)
	return it.e, ok
}

// Others is the number of conditions and terms a search listed.
func (l techList) Others() int { return l.others }

// FromMaps is the number of entries from the maps a search listed.
func (l techList) FromMaps() int { return l.fromMaps }

// OnDivider is true when the cursor rests on the contraindicated section's heading.
func (l techList) OnDivider() bool {
	_, ok := l.selected().(dividerItem)
	return ok
}

// Len is the number of usable techniques listed: not the overview, not the
// contraindicated section.
func (l techList) Len() int { return l.shown }

// Contraindicated is the number of techniques contraindicated for the patient.
func (l techList) Contraindicated() int { return l.contra }

// Hidden is the number of contraindicated techniques left out of the list.
func (l techList) Hidden() int { return l.hidden }

// Index is the cursor's position in the list.
func (l techList) Index() int { return l.cursor }

// MoveBy moves the cursor, for the mouse wheel and the arrows while typing.
func (l *techList) MoveBy(n int) {
	l.cursor = max(0, min(len(l.items)-1, l.cursor+n))
	l.follow()
}

func (l techList) Update(msg tea.Msg) (techList, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(l.items) == 0 {
		return l, nil
	}
	switch {
	case key.Matches(k, l.keys.Up):
		l.MoveBy(-1)
	case key.Matches(k, l.keys.Down):
		l.MoveBy(1)
	case key.Matches(k, l.keys.PageUp):
		l.MoveBy(-l.rows())
	case key.Matches(k, l.keys.PageDown):
		l.MoveBy(l.rows())
	case key.Matches(k, l.keys.Top):
		l.MoveBy(-len(l.items))
	case key.Matches(k, l.keys.Bottom):
		l.MoveBy(len(l.items))
	}
	return l, nil
}

// View is the rows in view, as prepare drew them last.
func (l techList) View() string { return l.drawn }

// prepare draws the rows in view again if what they are drawn from has
// changed since. The browser calls it after every message (Model.fit), so
// that a frame in which only the detail moved, or the cursor stood at the
// end, draws no row.
func (l *techList) prepare() {
	now := listView{count: len(l.items), styles: l.styles, cursor: l.cursor, offset: l.offset, width: l.width, height: l.height}
	if len(l.items) > 0 {
		now.items = &l.items[0]
	}
	if now != l.drawnFor || l.drawn == "" {
		l.drawnFor, l.drawn = now, l.draw()
	}
}

func (l techList) draw() string {
	if len(l.items) == 0 {
		return l.styles.Rows.Muted.On(render.Truncate("  Nothing matches.", l.width, l.styles.G.Ellipsis))
	}
	end := min(len(l.items), l.offset+l.rows())
	lines := make([]string, 0, end-l.offset+1)
	for i := l.offset; i < end; i++ {
		lines = append(lines, renderRow(l.styles, l.items[i], i == l.cursor, l.width))
	}
	if len(l.items) > l.rows() {
		pos := fmt.Sprintf("  %d-%d of %d", l.offset+1, end, len(l.items))
		lines = append(lines, l.styles.Rows.Muted.On(render.Truncate(pos, l.width, "")))
	}
	return strings.Join(lines, "\n")
}
