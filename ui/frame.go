package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// The smallest terminal the browser draws in.
const (
	minWidth  = 40
	minHeight = 12
)

// frame is what the root draws around the screen on show: the header (the
// filter bar) above, the footer (the keys that work now, or the status, and
// the disclaimer) below. Both are drawn in Update, from what they show and
// nothing else (a bar, a foot), and again only when that changes; the body
// gets the lines they leave.
type frame struct {
	width, height int
	tooSmall      bool
	bar           bar // what header was drawn from
	header        string
	foot          foot // what footer was drawn from
	footer        string
	// The size the screens were given last, and the screen open then: a
	// screen is sized when it opens and when the body's size changes.
	bodyWidth, bodyHeight int
	sized                 common.Screen
}

// bar is everything the header shows. The header is drawn from a bar alone
// (drawHeader), so it is drawn again exactly when one of these changes.
type bar struct {
	barFields
	patient []string // flag ids; replaced, never changed in place
}

type barFields struct {
	width     int
	styles    *common.Styles
	condition string
	searching bool
	query     string // the query; while typing, the input drawn with its cursor
	facets    techniques.Filter
	listed    int // usable techniques listed
	others    int // conditions and terms a search listed
	fromMaps  int
	hidden    int // contraindicated techniques left out
	due       study.Counts
}

func (a bar) same(b bar) bool {
	return a.barFields == b.barFields && slices.Equal(a.patient, b.patient)
}

// foot is everything the footer shows: it is drawn from a foot alone
// (drawFooter).
type foot struct {
	width  int
	styles *common.Styles
	status string
	keys   []key.Binding
}

func (a foot) same(b foot) bool {
	if a.width != b.width || a.styles != b.styles || a.status != b.status || len(a.keys) != len(b.keys) {
		return false
	}
	for i, k := range a.keys {
		if k.Help() != b.keys[i].Help() || k.Enabled() != b.keys[i].Enabled() {
			return false
		}
	}
	return true
}

// setSize takes the terminal's size; fit lays the screens out in it.
func (m *Model) setSize(w, h int) {
	m.frame.width, m.frame.height = w, h
	m.frame.tooSmall = w < minWidth || h < minHeight
	m.help.SetWidth(w)
}

// fit draws the frame again where what it shows has changed, measures it,
// and sizes the browse page and the open screen to the body it leaves: the
// one place that decides the screen's geometry. It runs after every
// message (Update).
func (m *Model) fit() {
	f := &m.frame
	if f.width == 0 || f.height == 0 || f.tooSmall {
		return
	}
	m.drawFrame()
	m.sizeScreens()
	// What the frame shows can change with the screens' sizes (the search
	// input's width, whether the help scrolls): then it is drawn, measured
	// and the screens sized once more.
	if m.drawFrame() {
		m.sizeScreens()
	}
	if m.overlay == nil {
		m.browse.prepare()
	}
}

// drawFrame draws the header and the footer again if what they show has
// changed, and reports whether it did.
func (m *Model) drawFrame() bool {
	f := &m.frame
	drawn := false
	if b := m.bar(); !b.same(f.bar) {
		f.bar, f.header, drawn = b, m.drawHeader(b), true
	}
	if ft := m.foot(); !ft.same(f.foot) {
		f.foot, f.footer, drawn = ft, m.drawFooter(ft), true
	}
	return drawn
}

// sizeScreens measures the header and the footer and gives the screens the
// rest, when that changed or a screen opened.
func (m *Model) sizeScreens() {
	f := &m.frame
	chrome := strings.Count(f.header, "\n") + strings.Count(f.footer, "\n") + 2
	w, h := f.width, max(3, f.height-chrome)
	if w != f.bodyWidth || h != f.bodyHeight {
		f.bodyWidth, f.bodyHeight = w, h
		m.browse.SetSize(w, h)
		f.sized = nil // and the open screen
	}
	if m.overlay != nil && m.overlay != f.sized {
		overlayW := w - m.Styles.OverlayBox.FrameWidth()
		overlayH := h - 2 - 1 // the border, and the screen's title line
		m.overlay.SetSize(max(1, overlayW), max(1, overlayH))
		f.sized = m.overlay
	}
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
	f := m.frame
	if f.width == 0 || f.height == 0 {
		return ""
	}
	if f.tooSmall {
		msg := fmt.Sprintf("Terminal too small: omt needs at least %d%s%d (this one is %d%s%d). Enlarge it or press q to quit.",
			minWidth, m.Styles.G.Times, minHeight, f.width, m.Styles.G.Times, f.height)
		return common.Clip(m.Styles.TooSmall.Render(render.Wrap(msg, f.width)), f.height)
	}
	var body string
	if m.overlay != nil {
		body = m.overlayView()
	} else {
		body = m.browse.View()
	}
	return common.Clip(f.header+"\n"+body+"\n"+f.footer, f.height)
}

// overlayView frames the open screen under its title. One that scrolls
// says in the bottom border whether more is below (after View, which sizes
// some).
func (m Model) overlayView() string {
	w := m.frame.width
	title := render.Truncate(m.overlay.Title(), max(1, w-4), m.Styles.G.Ellipsis) // inside the box's borders and padding
	inner := m.Styles.Heading.Render(title) + "\n" + m.overlay.View()
	mark := ""
	if s, ok := m.overlay.(common.Scrolling); ok {
		mark = s.ScrollMark()
	}
	return m.Styles.OverlayBox.RenderMarked(inner, w, m.frame.bodyHeight, mark)
}

// bar is what the header shows now.
func (m Model) bar() bar {
	b := m.browse
	query := b.search.Value()
	if b.searching {
		query = b.search.View() // the input, with its cursor
	}
	return bar{barFields: barFields{width: m.frame.width, styles: m.Styles, condition: b.condition, searching: b.searching,
		query: query, facets: b.facets, listed: b.list.Len(), others: b.list.Others(), fromMaps: b.list.FromMaps(),
		hidden: b.list.Hidden(), due: m.dueCounts()}, patient: b.patient}
}

// drawHeader is the filter bar: the active condition, the search and the
// count, always on screen. It wraps rather than hide any of them.
func (m Model) drawHeader(b bar) string {
	s, c, k := b.styles, m.Catalog, m.browse.opens
	hint := func(k key.Binding) string { return hintFor(b.searching, m.browse.pageKeys.Done, k) }
	cond := s.FilterEmpty.Render("any")
	if x, ok := c.Condition(b.condition); ok {
		cond = s.FilterValue.Render(x.Name)
	}
	query := s.FilterEmpty.Render("none (press /)")
	switch {
	case b.searching:
		query = b.query
	case b.query != "":
		query = s.FilterValue.Render(b.query)
	}
	counted := fmt.Sprintf("%d of %d techniques", b.listed, len(c.Techniques))
	switch n := b.others; {
	case n == 1:
		counted += ", 1 condition or term"
	case n > 1:
		counted += fmt.Sprintf(", %d conditions and terms", n)
	}
	if n := b.fromMaps; n > 0 {
		counted += fmt.Sprintf(", %d from the maps (%s)", n, hint(k.Maps))
	}
	if n := b.hidden; n > 0 {
		counted += fmt.Sprintf(", %d contraindicated hidden (%s shows)", n, hint(m.browse.pageKeys.ShowContra))
	}
	parts := []string{
		s.Title.Render("omt"),
		s.FilterLabel.Render("condition: ") + cond,
		s.FilterLabel.Render("search: ") + query,
	}
	if f := describeFacets(c, b.facets); f != "" {
		parts = append(parts, s.FilterLabel.Render("filters: ")+s.FilterValue.Render(f))
	}
	if len(b.patient) > 0 {
		parts = append(parts, s.FilterLabel.Render("patient: ")+s.Absolute.Render(c.FlagNames(b.patient))+
			s.Muted.Render(" (only these are screened)"))
		parts = append(parts, s.Muted.Render(fmt.Sprintf("%s caution  %s contraindicated", s.G.Caution, s.G.Cross)))
	}
	parts = append(parts, s.Count.Render(counted))
	if b.due.Total() > 0 {
		parts = append(parts, s.FilterLabel.Render("study: ")+s.FilterValue.Render(
			fmt.Sprintf("%d due, %d new", b.due.Due, b.due.New))+s.Muted.Render(" ("+hint(k.Study)+")"))
	}
	return wrapParts(parts, "  ", b.width, s.G.Ellipsis)
}

// describeFacets spells the facets for the filter bar: "indirect, Counterstrain, lumbar".
func describeFacets(c *techniques.Catalog, f techniques.Filter) string {
	var parts []string
	if f.Approach != "" {
		parts = append(parts, string(f.Approach))
	}
	if f.Participation != "" {
		parts = append(parts, string(f.Participation))
	}
	if fam, ok := c.Family(f.Family); ok {
		parts = append(parts, fam.Name)
	}
	if f.Region != "" {
		parts = append(parts, f.Region)
	}
	return strings.Join(parts, ", ")
}

// hintFor names a key as it can be pressed from where the user is: while
// typing a search, a letter would be typed, so the search must be left
// first (done).
func hintFor(searching bool, done, k key.Binding) string {
	if searching {
		return done.Help().Key + ", then " + k.Help().Key
	}
	return k.Help().Key
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

// foot is what the footer shows now: the keys that work on the screen on
// show, or the status.
func (m Model) foot() foot {
	keys := m.browse.ShortHelp()
	if m.overlay != nil {
		keys = m.overlay.ShortHelp()
	}
	return foot{width: m.frame.width, styles: m.Styles, status: m.status, keys: keys}
}

func (m Model) drawFooter(f foot) string {
	line := render.Truncate(m.help.ShortHelpView(f.keys), f.width, f.styles.G.Ellipsis)
	if f.status != "" {
		line = render.Truncate(f.styles.FilterValue.Render(f.status), f.width, f.styles.G.Ellipsis)
	}
	return line + "\n" + f.styles.Disclaimer.Render(common.DisclaimerLines(f.width))
}

// dueCounts is what the header says of study, once counted.
func (m Model) dueCounts() study.Counts {
	if m.due == nil {
		return study.Counts{}
	}
	return m.due.counts
}
