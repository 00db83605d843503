package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/mapsview"
)

// document is what the detail pane can show: its heading, its sections and
// its markdown, drawn at a width.
type document struct {
	key      string // "technique:<id>", "condition:<id>", "term:<id>" or "note:<what>"
	title    string
	subtitle string
	sheet    func() []sheet.Section // built only when the layout is not kept already
	note     string                 // a plain explanation instead of a sheet
}

// detail shows one document in a scrolling viewport under a heading that
// stays in view, remembers how far each document was scrolled, and jumps
// between its sections.
type detail struct {
	common.Common
	vp      common.Scroller
	doc     document
	head    string // the rendered heading, kept above the viewport
	anchors []render.Anchor
	width   int
	height  int
	scroll  map[string]int // document key -> the line it was left at
	patient []string       // flag ids the technique sheets are screened for
	mine    mine           // the user's bookmarks and notes, shown on their techniques
	lines   []string       // the body, a line each, drawn a screen at a time
	// rendered keeps documents already laid out at this width, styles and
	// patient, so that moving back and forth costs no layout.
	rendered map[string]renderedDoc
}

// renderedDoc is a document laid out at a width.
type renderedDoc struct {
	head    string
	lines   []string
	anchors []render.Anchor
}

// maxRendered bounds the layouts kept; a session rarely revisits more.
const maxRendered = 64

func newDetail(c common.Common) detail {
	return detail{Common: c, vp: common.Scroller{Keys: c.Keys}, scroll: map[string]int{}, rendered: map[string]renderedDoc{}}
}

// SetPatient screens the technique sheets for these flags from now on.
func (d *detail) SetPatient(flags []string) {
	if strings.Join(flags, ",") == strings.Join(d.patient, ",") {
		return
	}
	d.patient = flags
	clear(d.rendered)
	if strings.HasPrefix(d.doc.key, "technique:") {
		if t, ok := d.Catalog.Technique(strings.TrimPrefix(d.doc.key, "technique:")); ok {
			d.doc = d.techniqueDoc(t)
			d.refresh()
		}
	}
}

func (d *detail) techniqueDoc(t techniques.Technique) document {
	c, patient := d.Catalog, d.patient
	note := d.mine.notes[t.ID]
	secs := func() []sheet.Section {
		secs := sheet.Technique(c, t)
		if len(patient) > 0 {
			secs = append([]sheet.Section{sheet.Screening(c, c.Screen(t, patient))}, secs...)
		}
		if note != "" {
			// Under the entry, never mixed into the sourced text.
			secs = append(secs, sheet.Section{Title: MyNoteTitle, Text: strings.Split(note, "\n")})
		}
		return secs
	}
	subtitle := render.TechniqueSubtitle(t, d.Styles.G)
	if d.mine.bookmarks[t.ID] {
		subtitle += " " + d.Styles.G.Dot + " " + d.Styles.G.Bookmark + " bookmarked"
	}
	return document{key: "technique:" + t.ID, title: t.Name, subtitle: subtitle, sheet: secs}
}

// MyNoteTitle heads the user's own note under a technique.
const MyNoteTitle = "My note (yours, not from omt's sources)"

// SetMine shows the user's bookmarks and notes; the technique in view is
// laid out again with them.
func (d *detail) SetMine(x mine) {
	d.mine = x
	clear(d.rendered) // every technique laid out so far may have a note or a bookmark
	if strings.HasPrefix(d.doc.key, "technique:") {
		if t, ok := d.Catalog.Technique(strings.TrimPrefix(d.doc.key, "technique:")); ok {
			d.doc = d.techniqueDoc(t)
			d.refresh()
		}
	}
}

// Show puts a technique in the pane.
func (d *detail) Show(t techniques.Technique) {
	if d.doc.key == "technique:"+t.ID {
		return
	}
	d.show(d.techniqueDoc(t))
}

// ShowCondition puts a condition's overview in the pane.
func (d *detail) ShowCondition(x techniques.Condition) {
	if d.doc.key == "condition:"+x.ID {
		return
	}
	c := d.Catalog // not d: a closure over d would take the whole model to the heap
	d.show(document{key: "condition:" + x.ID, title: x.Name, subtitle: "condition overview: red flags, evidence, techniques",
		sheet: func() []sheet.Section { return sheet.Condition(c, x) }})
}

// ShowTerm puts a glossary term in the pane.
func (d *detail) ShowTerm(g techniques.GlossaryTerm) {
	if d.doc.key == "term:"+g.ID {
		return
	}
	c := d.Catalog
	d.show(document{key: "term:" + g.ID, title: g.Term, subtitle: "glossary", sheet: func() []sheet.Section { return sheet.Glossary(c, g) }})
}

// ShowEntry puts something from the maps in the pane.
func (d *detail) ShowEntry(e mapsview.Item) {
	if d.doc.key == e.Key {
		return
	}
	d.show(document{key: e.Key, title: e.Title, subtitle: e.Sub, sheet: e.Sheet})
}

// ShowNote puts a short explanation in the pane.
func (d *detail) ShowNote(key, text string) {
	if d.doc.key == "note:"+key && d.doc.note == text {
		return
	}
	d.show(document{key: "note:" + key, note: text})
}

// Clear empties the pane, when nothing matches the filter.
func (d *detail) Clear() {
	d.ShowNote("empty", "Nothing matches this filter. Press esc to clear it.")
}

// show replaces the document, keeping the scroll position of the one it
// leaves and restoring that of the one it shows.
func (d *detail) show(doc document) {
	if d.doc.key != "" {
		d.scroll[d.doc.key] = d.vp.YOffset()
	}
	d.doc = doc
	d.refresh()
	d.vp.SetYOffset(d.scroll[doc.key])
}

// Shown is the key of the document in the pane.
func (d detail) Shown() string { return d.doc.key }

// Markdown is the document in the pane as markdown, for the clipboard.
func (d detail) Markdown() (string, bool) {
	if d.doc.sheet == nil {
		return "", false
	}
	return render.Markdown(d.doc.title, d.doc.subtitle, d.doc.sheet()), true
}

func (d *detail) SetSize(w, h int) {
	if w == d.width && h == d.height {
		return
	}
	if w != d.width {
		clear(d.rendered)
	}
	d.width, d.height = max(0, w), max(0, h)
	d.refresh()
}

func (d *detail) SetStyles(s *common.Styles) {
	d.Styles = s
	clear(d.rendered)
	if t, ok := d.Catalog.Technique(strings.TrimPrefix(d.doc.key, "technique:")); ok && strings.HasPrefix(d.doc.key, "technique:") {
		d.doc = d.techniqueDoc(t)
	}
	d.refresh()
}

// refresh renders the document again, after a change of document, size or
// styles. The heading takes at most three lines and the text at least three.
func (d *detail) refresh() {
	w := d.width
	offset := d.vp.YOffset()
	if d.doc.note != "" || d.doc.sheet == nil {
		d.head, d.anchors = "", nil
		d.vp.SetHeight(d.height)
		d.lines = strings.Split(d.Styles.Muted.Render(render.Wrap(d.doc.note, max(1, w))), "\n")
		d.vp.SetTotal(len(d.lines))
		return
	}
	r, ok := d.rendered[d.doc.key]
	if !ok {
		head, body, anchors := render.Parts(d.doc.title, d.doc.subtitle, d.doc.sheet(), &d.Styles.Styles, w)
		r = renderedDoc{head, strings.Split(body, "\n"), anchors}
		if len(d.rendered) >= maxRendered {
			clear(d.rendered)
		}
		d.rendered[d.doc.key] = r
	}
	headLines := strings.Split(r.head, "\n")
	room := min(3, max(0, d.height-3))
	if len(headLines) > room {
		headLines = headLines[:room]
		if room > 0 {
			headLines[room-1] = render.Truncate(headLines[room-1], max(1, w-1), "") + d.Styles.G.Ellipsis
		}
	}
	d.head = strings.Join(headLines, "\n")
	d.anchors = r.anchors
	d.vp.SetHeight(max(0, d.height-len(headLines)))
	if d.head == "" {
		d.vp.SetHeight(d.height)
	}
	d.lines = r.lines
	d.vp.SetTotal(len(r.lines))
	d.vp.SetYOffset(offset)
}

// JumpTo scrolls to the section a section key names; false if it has none.
func (d *detail) JumpTo(i int) bool {
	for _, a := range d.anchors {
		if sectionMatches(i, a.Title) {
			d.vp.SetYOffset(a.Line)
			return true
		}
	}
	return false
}

// sectionMatches reports whether a section title is the one section key i
// (see sectionNames) stands for, in a technique or a condition overview.
func sectionMatches(i int, title string) bool {
	t := strings.ToLower(title)
	prefixes := [5][]string{
		{"contraindications", "red flags"},
		{"set-up"},
		{"steps", "techniques used"},
		{"evidence"},
		{"sources"},
	}[i]
	for _, p := range prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// StepSection scrolls to the next (dir 1) or previous (dir -1) section.
func (d *detail) StepSection(dir int) {
	y := d.vp.YOffset()
	if dir > 0 {
		for _, a := range d.anchors {
			if a.Line > y {
				d.vp.SetYOffset(a.Line)
				return
			}
		}
		return
	}
	for i := len(d.anchors) - 1; i >= 0; i-- {
		if d.anchors[i].Line < y {
			d.vp.SetYOffset(d.anchors[i].Line)
			return
		}
	}
	d.vp.GotoTop()
}

// ScrollBy scrolls by n lines, for the mouse wheel.
func (d *detail) ScrollBy(n int) { d.vp.ScrollBy(n) }

// ScrollPercent is how far down the document the pane shows.
func (d detail) ScrollPercent() float64 { return d.vp.ScrollPercent() }

func (d detail) Update(msg tea.Msg) (detail, tea.Cmd) {
	var cmd tea.Cmd
	d.vp, cmd = d.vp.Update(msg)
	return d, cmd
}

// View draws the heading and the lines in view. The viewport keeps the
// scroll position; its own View would measure and pad every line again.
func (d detail) View() string {
	from := min(d.vp.YOffset(), len(d.lines))
	to := min(len(d.lines), from+d.vp.Height())
	body := strings.Join(d.lines[from:to], "\n")
	if d.head == "" {
		return body
	}
	return d.head + "\n" + body
}
