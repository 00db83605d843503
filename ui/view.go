package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/study"
)

// The smallest terminal the browser draws in, and the width from which list and
// detail sit side by side.
const (
	minWidth   = 40
	minHeight  = 12
	wideWidth  = 90
	listShare  = 0.42 // of the width, in a wide terminal
	minListCol = 30
)

// layout is the measured geometry of the screen, computed in relayout only.
type layout struct {
	key        string // what the geometry was measured for; see layoutKey
	tooSmall   bool
	wide       bool
	listWidth  int // outer width of the list pane (the whole width when narrow)
	bodyHeight int
}

func (m *Model) setSize(w, h int) {
	m.width, m.height = w, h
	m.relayout()
}

// relayout sizes every component from the terminal size and the measured height
// of the header and footer. It is the one place that decides geometry.
func (m *Model) relayout() {
	key := m.layoutKey()
	if key == m.layout.key {
		return // nothing that decides the geometry has changed
	}
	w, h := m.width, m.height
	l := layout{key: key, tooSmall: w < minWidth || h < minHeight}
	if l.tooSmall {
		m.layout = l
		return
	}
	m.help.SetWidth(w) // before the footer is measured (and memoized) below
	chrome := strings.Count(m.headerView(), "\n") + strings.Count(m.footerView(), "\n") + 2
	l.bodyHeight = max(3, h-chrome)
	l.wide = w >= wideWidth
	l.listWidth = w
	if l.wide {
		l.listWidth = max(minListCol, int(float64(w)*listShare))
	}
	frameW, frameH := m.styles.focusedBox.frameWidth(), 2
	innerH := l.bodyHeight - frameH
	m.list.SetSize(l.listWidth-frameW, innerH)
	detailWidth := w
	if l.wide {
		detailWidth = w - l.listWidth
	}
	m.detail.SetSize(detailWidth-frameW, innerH)
	if m.overlay != nil {
		overlayW := w - m.styles.overlayBox.frameWidth()
		overlayH := l.bodyHeight - 2 - 1 // the border, and the overlay's title line
		m.overlay.SetSize(max(1, overlayW), max(1, overlayH))
	}
	m.search.SetWidth(max(10, w/3))
	m.layout = l
}

// layoutKey is everything the geometry depends on: the size, and what the
// header and footer show (their height is measured, and they can wrap).
func (m *Model) layoutKey() string {
	return fmt.Sprint(m.width, "x", m.height, m.overlay != nil, m.searching, m.focus, m.condition, "|", m.search.Value(), "|",
		m.facets, m.patient, m.list.Len(), m.list.Hidden(), m.list.Others(), m.status, m.styles.Plain, m.dueCounts())
}

// View draws the screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if !m.mouseOff {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "omt"
	return v
}

func (m Model) render() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	if m.layout.tooSmall {
		msg := fmt.Sprintf("Terminal too small: omt needs at least %d%s%d (this one is %d%s%d). Enlarge it or press q to quit.",
			minWidth, m.styles.G.Times, minHeight, m.width, m.styles.G.Times, m.height)
		return clip(m.styles.TooSmall.Render(render.Wrap(msg, m.width)), m.height)
	}
	body := m.bodyView()
	if m.overlay != nil {
		body = m.overlayView(m.overlay.Title(), m.overlay.View())
	}
	screen := m.headerView() + "\n" + body + "\n" + m.footerView()
	return clip(screen, m.height)
}

func (m Model) bodyView() string {
	l := m.layout
	listBox, detailBox := m.styles.blurredBox, m.styles.blurredBox
	if m.focus == listPane {
		listBox = m.styles.focusedBox
	} else {
		detailBox = m.styles.focusedBox
	}
	// The list says which rows it shows itself; the detail says it in its border.
	var down key.Binding // the key that scrolls the detail: none while the list has the keys
	if m.focus == detailPane {
		down = m.keys.Down
	}
	detailMark := m.detail.vp.mark(m.styles.G, down)
	if !l.wide {
		if m.focus == detailPane {
			return detailBox.renderMarked(m.detail.View(), m.width, l.bodyHeight, detailMark)
		}
		return listBox.render(m.list.View(), l.listWidth, l.bodyHeight)
	}
	left := strings.Split(listBox.render(m.list.View(), l.listWidth, l.bodyHeight), "\n")
	right := strings.Split(detailBox.renderMarked(m.detail.View(), m.width-l.listWidth, l.bodyHeight, detailMark), "\n")
	for i := range left {
		if i < len(right) {
			left[i] += right[i]
		}
	}
	return strings.Join(left, "\n")
}

// overlayView frames an overlay under its title. One that scrolls says in
// the bottom border whether more is below (after View, which sizes some).
func (m Model) overlayView(title, content string) string {
	title = render.Truncate(title, max(1, m.width-4), m.styles.G.Ellipsis) // inside the box's borders and padding
	inner := m.styles.Heading.Render(title) + "\n" + content
	mark := ""
	if s, ok := m.overlay.(scrolling); ok {
		mark = s.scrollMark()
	}
	return m.styles.overlayBox.renderMarked(inner, m.width, m.layout.bodyHeight, mark)
}

// headerView is the filter bar: the active condition, the search and the count,
// always on screen. It wraps rather than hide any of them.
func (m Model) headerView() string {
	query := m.search.Value()
	if m.searching {
		query = m.search.View() // the input, with its cursor
	}
	key := fmt.Sprintf("%d|%p|%s|%v|%s|%v|%v|%d|%d|%d|%d|%v", m.width, m.styles, m.condition, m.searching, query,
		m.facets, m.patient, m.list.Len(), m.list.Others(), m.list.FromMaps(), m.list.Hidden(), m.dueCounts())
	return m.memos.header.get(key, m.styles, m.drawHeader)
}

func (m Model) drawHeader() string {
	s := m.styles
	cond := s.FilterEmpty.Render("any")
	if x, ok := m.catalog.Condition(m.condition); ok {
		cond = s.FilterValue.Render(x.Name)
	}
	var query string
	switch {
	case m.searching:
		query = m.search.View()
	case m.search.Value() != "":
		query = s.FilterValue.Render(m.search.Value())
	default:
		query = s.FilterEmpty.Render("none (press /)")
	}
	counted := fmt.Sprintf("%d of %d techniques", m.list.Len(), len(m.catalog.Techniques))
	switch n := m.list.Others(); {
	case n == 1:
		counted += ", 1 condition or term"
	case n > 1:
		counted += fmt.Sprintf(", %d conditions and terms", n)
	}
	if n := m.list.FromMaps(); n > 0 {
		counted += fmt.Sprintf(", %d from the maps (%s)", n, m.hint(m.keys.Maps))
	}
	if n := m.list.Hidden(); n > 0 {
		counted += fmt.Sprintf(", %d contraindicated hidden (%s shows)", n, m.hint(m.keys.ShowContra))
	}
	parts := []string{
		s.Title.Render("omt"),
		s.FilterLabel.Render("condition: ") + cond,
		s.FilterLabel.Render("search: ") + query,
	}
	if f := describeFacets(m.catalog, m.facets); f != "" {
		parts = append(parts, s.FilterLabel.Render("filters: ")+s.FilterValue.Render(f))
	}
	if len(m.patient) > 0 {
		parts = append(parts, s.FilterLabel.Render("patient: ")+s.Absolute.Render(m.catalog.FlagNames(m.patient))+
			s.Muted.Render(" (only these are screened)"))
		parts = append(parts, s.Muted.Render(fmt.Sprintf("%s caution  %s contraindicated", s.G.Caution, s.G.Cross)))
	}
	parts = append(parts, s.Count.Render(counted))
	if m.due != nil && m.due.counts.Total() > 0 {
		parts = append(parts, s.FilterLabel.Render("study: ")+s.FilterValue.Render(
			fmt.Sprintf("%d due, %d new", m.due.counts.Due, m.due.counts.New))+s.Muted.Render(" ("+m.hint(m.keys.Study)+")"))
	}
	return wrapParts(parts, "  ", m.width, m.styles.G.Ellipsis)
}

// wrapParts joins styled parts on a line, starting a new line when one would overflow.
func wrapParts(parts []string, sep string, maxWidth int, ellipsis string) string {
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case render.Width(cur)+len(sep)+render.Width(p) <= maxWidth:
			cur += sep + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	lines = append(lines, cur)
	for i, l := range lines {
		if render.Width(l) > maxWidth {
			lines[i] = render.Truncate(l, maxWidth, ellipsis)
		}
	}
	return strings.Join(lines, "\n")
}

func (m Model) footerView() string {
	keys := m.contextKeys()
	var id strings.Builder // what the footer shows, in words: its memo key
	fmt.Fprintf(&id, "%d|%p|%s|", m.width, m.styles, m.status)
	for _, k := range keys {
		id.WriteString(k.Help().Key + ":" + k.Help().Desc + ";")
	}
	return m.memos.footer.get(id.String(), m.styles, func() string {
		helpLine := render.Truncate(m.help.ShortHelpView(keys), m.width, m.styles.G.Ellipsis)
		if m.status != "" {
			helpLine = render.Truncate(m.styles.FilterValue.Render(m.status), m.width, m.styles.G.Ellipsis)
		}
		return helpLine + "\n" + m.styles.Disclaimer.Render(disclaimerLines(m.width))
	})
}

// contextKeys are the keys that work right now, for the footer.
func (m Model) contextKeys() []key.Binding {
	k := m.keys
	switch {
	case m.overlay != nil:
		return m.overlay.ShortHelp()
	case m.searching:
		return []key.Binding{k.Done, k.Clear, k.PrevItem, k.NextItem}
	case m.focus == detailPane:
		return []key.Binding{k.Up, k.Down, k.PageDown, k.NextSection, k.Sections[0], k.Sections[2], k.Timer, k.Copy, k.Note, k.BackList, k.Help}
	}
	return k.ShortHelp()
}

// clip guarantees the screen never has more lines than the terminal. Each
// part is cut to the width where it is drawn (wrapParts, box, the footer),
// which the size sweep and the key storm check at every size.
func clip(s string, h int) string {
	if strings.Count(s, "\n") < h {
		return s
	}
	lines := strings.SplitN(s, "\n", h+1)
	return strings.Join(lines[:h], "\n")
}

// dueCounts is what the header says of study, once counted.
func (m Model) dueCounts() study.Counts {
	if m.due == nil {
		return study.Counts{}
	}
	return m.due.counts
}
