// Package techlist is the browse page's list: what the filter and the search
// found, best first (a condition's overview, techniques, the conditions,
// glossary terms and items from the maps a search found), with the
// techniques screened for the patient's findings and the contraindicated
// ones hidden or listed last. It draws only the rows in view, once per
// change (Prepare), so a keystroke costs the same at any catalogue size.
package techlist

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

// List is the list of what the filter and the search found. It draws
// only the rows in view, so a keystroke costs the same at any catalogue size.
type List struct {
	keys        *common.KeyMap
	styles      *common.Styles
	items       []Row
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
	items                         *Row // the first item: the items' identity, as SetContent replaces them
	count                         int
	styles                        *common.Styles
	cursor, offset, width, height int
}

// New is an empty list that moves with keys and draws in styles.
func New(keys *common.KeyMap, styles *common.Styles) List {
	return List{keys: keys, styles: styles}
}

// SetStyles draws the screen in s.
// SetStyles draws the list in s.
func (l *List) SetStyles(s *common.Styles) { l.styles = s }

// SetSize lays the screen out in w columns and h lines.
// SetSize lays the list out in w columns and h lines.
func (l *List) SetSize(w, h int) {
	l.width, l.height = max(0, w), max(0, h)
	l.follow()
}

// rows is how many items fit, leaving a line for the position when they do not all fit.
func (l List) rows() int {
	if len(l.items) > l.height {
		return max(1, l.height-1)
	}
	return max(1, l.height)
}

func (l *List) follow() { l.offset = common.Follow(l.cursor, l.offset, l.rows()) }

// Content is what the list shows: a condition's overview first, then
// what the filter and the search found, best first: techniques, and the
// conditions and glossary terms a search found.
type Content struct {
	Overview *techniques.Condition
	Grade    string
	Ranked   []Row // TechniqueRow (unscreened), ConditionRow, TermRow and MapRow
	Patient  []string
	ShowAll  bool // list contraindicated techniques too, in their own section
}

// SetContent replaces the items. With best set (the query changed) the cursor
// goes to the best match; otherwise it stays on the technique it was on, if
// that is still listed. With patient flags, contraindicated techniques are
// hidden, or listed last in their own section when showAll is set.
func (l *List) SetContent(c *techniques.Catalog, content Content, best bool) {
	prev, hadPrev := l.Selected()
	items := make([]Row, 0, len(content.Ranked)+2)
	l.hasOverview = content.Overview != nil
	if content.Overview != nil {
		items = append(items, overviewItem{*content.Overview, content.Grade})
	}
	var contra []Row
	l.others, l.fromMaps, l.shown = 0, 0, 0
	for _, it := range content.Ranked {
		ti, ok := it.(TechniqueRow)
		if !ok {
			if _, isMap := it.(MapRow); isMap {
				l.fromMaps++
			} else {
				l.others++
			}
			items = append(items, it)
			continue
		}
		if len(content.Patient) > 0 {
			ti.Status = c.Screen(*ti.Technique, content.Patient).Status
		}
		if ti.Status == techniques.StatusContraindicated {
			contra = append(contra, ti)
			continue
		}
		l.shown++
		items = append(items, ti)
	}
	l.contra = len(contra)
	l.hidden = len(contra)
	if content.ShowAll && len(contra) > 0 {
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
			if ti, ok := it.(TechniqueRow); ok && ti.Technique.ID == prev.ID {
				sel = i
			}
		}
	}
	l.items = items
	l.cursor, l.offset = sel, 0
	l.follow()
}

// SelectOverview puts the cursor on the condition overview, if there is one.
func (l *List) SelectOverview() {
	if l.hasOverview {
		l.cursor = 0
		l.follow()
	}
}

// SelectID puts the cursor on a technique, if the list holds it.
func (l *List) SelectID(id string) bool {
	for i, r := range l.items {
		if it, ok := r.(TechniqueRow); ok && it.Technique.ID == id {
			l.cursor = i
			l.follow()
			return true
		}
	}
	return false
}

func (l List) selected() Row {
	if l.cursor < 0 || l.cursor >= len(l.items) {
		return nil
	}
	return l.items[l.cursor]
}

// SelectedOverview is the condition whose overview is under the cursor.
func (l List) SelectedOverview() (techniques.Condition, bool) {
	it, ok := l.selected().(overviewItem)
	return it.c, ok
}

// HasSelection is true when the cursor is on something the detail pane can show.
func (l List) HasSelection() bool { return l.selected() != nil }

// Selected is the technique under the cursor.
func (l List) Selected() (techniques.Technique, bool) {
	it, ok := l.selected().(TechniqueRow)
	if !ok {
		return techniques.Technique{}, false
	}
	return *it.Technique, true
}

// SelectedCondition is the condition a search found, under the cursor.
func (l List) SelectedCondition() (techniques.Condition, bool) {
	it, ok := l.selected().(ConditionRow)
	return it.Condition, ok
}

// SelectedTerm is the glossary term a search found, under the cursor.
func (l List) SelectedTerm() (techniques.GlossaryTerm, bool) {
	it, ok := l.selected().(TermRow)
	return it.Term, ok
}

// SelectedEntry is the map entry a search found, under the cursor.
func (l List) SelectedEntry() (mapsview.Item, bool) {
	it, ok := l.selected().(MapRow)
	return it.Item, ok
}

// Others is the number of conditions and terms a search listed.
func (l List) Others() int { return l.others }

// FromMaps is the number of entries from the maps a search listed.
func (l List) FromMaps() int { return l.fromMaps }

// OnDivider is true when the cursor rests on the contraindicated section's heading.
func (l List) OnDivider() bool {
	_, ok := l.selected().(dividerItem)
	return ok
}

// Len is the number of usable techniques listed: not the overview, not the
// contraindicated section.
func (l List) Len() int { return l.shown }

// Contraindicated is the number of techniques contraindicated for the patient.
func (l List) Contraindicated() int { return l.contra }

// Hidden is the number of contraindicated techniques left out of the list.
func (l List) Hidden() int { return l.hidden }

// Index is the cursor's position in the list.
func (l List) Index() int { return l.cursor }

// MoveBy moves the cursor, for the mouse wheel and the arrows while typing.
func (l *List) MoveBy(n int) {
	l.cursor = max(0, min(len(l.items)-1, l.cursor+n))
	l.follow()
}

// Update handles a message; the effect is what it asks of the root.
// Update moves the cursor for the movement keys.
func (l List) Update(msg tea.Msg) (List, tea.Cmd) {
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
func (l List) View() string { return l.drawn }

// Prepare draws the rows in view again if what they are drawn from has
// changed since. The browser calls it after every message (Model.fit), so
// that a frame in which only the detail moved, or the cursor stood at the
// end, draws no row.
func (l *List) Prepare() {
	now := listView{count: len(l.items), styles: l.styles, cursor: l.cursor, offset: l.offset, width: l.width, height: l.height}
	if len(l.items) > 0 {
		now.items = &l.items[0]
	}
	if now != l.drawnFor || l.drawn == "" {
		l.drawnFor, l.drawn = now, l.draw()
	}
}

func (l List) draw() string {
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

// Items are every row the list holds, in order.
func (l List) Items() []Row { return l.items }

// Offset is the first row in view.
func (l List) Offset() int { return l.offset }

// Rows is how many rows are in view.
func (l List) Rows() int { return l.rows() }
