package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/techniques"
)

// techItem is one technique in the list, with its verdict for the patient.
type techItem struct {
	t      techniques.Technique
	status techniques.ScreenStatus
}

func (i techItem) FilterValue() string { return i.t.Name }

// overviewItem heads the list while a condition is chosen: selecting it shows
// the condition's red flags, evidence and techniques.
type overviewItem struct {
	c     techniques.Condition
	grade string
}

func (i overviewItem) FilterValue() string { return i.c.Name }

// dividerItem opens the section of techniques contraindicated for the patient.
type dividerItem struct{ count int }

func (i dividerItem) FilterValue() string { return "" }

// conditionItem is a condition a search found: selecting it shows its overview.
type conditionItem struct{ c techniques.Condition }

func (i conditionItem) FilterValue() string { return i.c.Name }

// termItem is a glossary term a search found: selecting it shows its definition.
type termItem struct{ g techniques.GlossaryTerm }

func (i termItem) FilterValue() string { return i.g.Term }

// techDelegate draws a technique on one line: its name, then its approach and
// participation, compact enough to scan.
type techDelegate struct{ styles Styles }

func (d techDelegate) Height() int                         { return 1 }
func (d techDelegate) Spacing() int                        { return 0 }
func (d techDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d techDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	width := m.Width()
	if ov, ok := item.(overviewItem); ok {
		style := d.styles.Overview
		if index == m.Index() {
			style = d.styles.OverviewSelected
		}
		label := fmt.Sprintf("%s %s: overview, evidence %s", d.styles.G.Overview, ov.c.Name, ov.grade)
		fmt.Fprint(w, ansi.Truncate(style.Render(label), width, d.styles.G.Ellipsis))
		return
	}
	if dv, ok := item.(dividerItem); ok {
		style := d.styles.Absolute
		label := fmt.Sprintf("%s contraindicated (%d) %s", d.styles.G.Rule, dv.count, d.styles.G.Rule)
		if index == m.Index() {
			label = d.styles.G.Pointer + " " + label
		}
		fmt.Fprint(w, ansi.Truncate(style.Render(label), width, d.styles.G.Ellipsis))
		return
	}
	switch it := item.(type) {
	case conditionItem:
		d.renderOther(w, m, index, d.styles.G.Overview, it.c.Name, "condition")
		return
	case termItem:
		d.renderOther(w, m, index, d.styles.G.Term, it.g.Term, "glossary")
		return
	}
	it, ok := item.(techItem)
	if !ok {
		return
	}
	meta := classification(it.t, width)
	// A column for the screening mark, then the name, then the classification.
	nameWidth := max(1, width-2-2-1-lipgloss.Width(meta))
	name := ansi.Truncate(it.t.Name, nameWidth, d.styles.G.Ellipsis)
	name += strings.Repeat(" ", max(0, nameWidth-lipgloss.Width(name)))
	style := d.styles.Item
	if index == m.Index() {
		style = d.styles.ItemSelected
	}
	markStyle := d.styles.GroupTitle
	if it.status == techniques.StatusContraindicated {
		markStyle = d.styles.Absolute
	}
	mark := markStyle.Render(fmt.Sprintf("%-1s", statusMark(it.status, d.styles.G)))
	line := style.Render(mark+" "+name) + " " + d.styles.ItemMeta.Render(meta)
	fmt.Fprint(w, ansi.Truncate(line, width, ""))
}

// renderOther draws a search result that is not a technique: its mark, its
// name, and what kind of entry it is where the classification would be.
func (d techDelegate) renderOther(w io.Writer, m list.Model, index int, mark, name, kind string) {
	width := m.Width()
	nameWidth := max(1, width-2-2-1-len(kind))
	name = ansi.Truncate(name, nameWidth, d.styles.G.Ellipsis)
	name += strings.Repeat(" ", max(0, nameWidth-lipgloss.Width(name)))
	style := d.styles.Item
	if index == m.Index() {
		style = d.styles.ItemSelected
	}
	line := style.Render(d.styles.Overview.UnsetPaddingLeft().Render(mark)+" "+name) + " " + d.styles.ItemMeta.Render(kind)
	fmt.Fprint(w, ansi.Truncate(line, width, ""))
}

// statusMark flags a technique that the patient's findings touch; the marks
// read without colour.
func statusMark(s techniques.ScreenStatus, g Glyphs) string {
	switch s {
	case techniques.StatusCaution:
		return g.Caution
	case techniques.StatusContraindicated:
		return g.Cross
	}
	return ""
}

// classification shows approach and participation in the room there is.
func classification(t techniques.Technique, width int) string {
	if width >= 64 { // spelled out only where the names still fit
		return fmt.Sprintf("%-8s %-7s", t.Approach, t.Participation)
	}
	return fmt.Sprintf("%.3s/%.3s", t.Approach, t.Participation)
}

// techList is the list of techniques that match the current filter.
type techList struct {
	list        list.Model
	hasOverview bool
	shown       int // techniques listed as usable: ok or caution
	contra      int // techniques contraindicated for the patient, listed or not
	hidden      int // contraindicated techniques left out
	others      int // conditions and glossary terms a search listed
}

func newTechList(keys KeyMap, styles Styles) techList {
	l := list.New(nil, techDelegate{styles}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	l.DisableQuitKeybindings()
	l.KeyMap.CursorUp = keys.Up
	l.KeyMap.CursorDown = keys.Down
	l.KeyMap.PrevPage = keys.PageUp
	l.KeyMap.NextPage = keys.PageDown
	l.KeyMap.GoToStart = keys.Top
	l.KeyMap.GoToEnd = keys.Bottom
	l.KeyMap.ShowFullHelp = key.NewBinding(key.WithDisabled())
	l.KeyMap.CloseFullHelp = key.NewBinding(key.WithDisabled())
	l.SetStatusBarItemName("technique", "techniques")
	// Page numbers, not dots: dots are drawn one per page, which is slow and
	// too wide once a catalogue has hundreds of pages.
	l.Paginator.Type = paginator.Arabic
	l.Styles = styles.List
	l.Styles.NoItems = styles.Muted.PaddingLeft(2)
	return techList{list: l}
}

func (l *techList) SetStyles(s Styles) {
	l.list.Styles = s.List
	l.list.Styles.NoItems = s.Muted.PaddingLeft(2)
	l.list.SetDelegate(techDelegate{s})
}

// listContent is what the list shows: a condition's overview first, then
// what the filter and the search found, best first: techniques, and the
// conditions and glossary terms a search found.
type listContent struct {
	overview *techniques.Condition
	grade    string
	ranked   []list.Item // techItem (unscreened), conditionItem and termItem
	patient  []string
	showAll  bool // list contraindicated techniques too, in their own section
}

// SetContent replaces the items. With best set (the query changed) the cursor
// goes to the best match; otherwise it stays on the technique it was on, if
// that is still listed. With patient flags, contraindicated techniques are
// hidden, or listed last in their own section when showAll is set.
func (l *techList) SetContent(c *techniques.Catalog, content listContent, best bool) {
	prev, hadPrev := l.Selected()
	items := make([]list.Item, 0, len(content.ranked)+2)
	l.hasOverview = content.overview != nil
	if content.overview != nil {
		items = append(items, overviewItem{*content.overview, content.grade})
	}
	var contra []list.Item
	l.others, l.shown = 0, 0
	for _, it := range content.ranked {
		ti, ok := it.(techItem)
		if !ok {
			l.others++
			items = append(items, it)
			continue
		}
		if len(content.patient) > 0 {
			ti.status = c.Screen(ti.t, content.patient).Status
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
	l.list.SetItems(items)
	l.list.Select(sel)
}

// SelectOverview puts the cursor on the condition overview, if there is one.
func (l *techList) SelectOverview() {
	if l.hasOverview {
		l.list.Select(0)
	}
}

// SelectedOverview is the condition whose overview is under the cursor.
func (l techList) SelectedOverview() (techniques.Condition, bool) {
	it, ok := l.list.SelectedItem().(overviewItem)
	return it.c, ok
}

// HasSelection is true when the cursor is on something the detail pane can show.
func (l techList) HasSelection() bool { return l.list.SelectedItem() != nil }

func (l *techList) SetSize(w, h int) { l.list.SetSize(max(0, w), max(0, h)) }

// Selected is the technique under the cursor.
func (l techList) Selected() (techniques.Technique, bool) {
	it, ok := l.list.SelectedItem().(techItem)
	return it.t, ok
}

// SelectedCondition is the condition a search found, under the cursor.
func (l techList) SelectedCondition() (techniques.Condition, bool) {
	it, ok := l.list.SelectedItem().(conditionItem)
	return it.c, ok
}

// SelectedTerm is the glossary term a search found, under the cursor.
func (l techList) SelectedTerm() (techniques.GlossaryTerm, bool) {
	it, ok := l.list.SelectedItem().(termItem)
	return it.g, ok
}

// Others is the number of conditions and terms a search listed.
func (l techList) Others() int { return l.others }

// OnDivider is true when the cursor rests on the contraindicated section's heading.
func (l techList) OnDivider() bool {
	_, ok := l.list.SelectedItem().(dividerItem)
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
func (l techList) Index() int { return l.list.Index() }

// MoveBy moves the cursor, for the mouse wheel.
func (l *techList) MoveBy(n int) {
	for ; n > 0; n-- {
		l.list.CursorDown()
	}
	for ; n < 0; n++ {
		l.list.CursorUp()
	}
}

func (l techList) Update(msg tea.Msg) (techList, tea.Cmd) {
	var cmd tea.Cmd
	l.list, cmd = l.list.Update(msg)
	return l, cmd
}

func (l techList) View() string { return l.list.View() }
