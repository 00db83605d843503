package mapsview

import (
	"strings"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// The maps view's geometry: the list beside the document when there are 70
// columns, above it otherwise; the spine upright in a column of its own when
// the document is wide and tall, lying in three lines above it when not.
const (
	uprightSpineWidth = 22
	sidewaysSpine     = 3 // lines
)

// docArea is the document's width and height, and where the spine goes.
func (v *View) docArea() (w, h int, upright bool) {
	if v.listW < v.width { // side by side
		w = max(1, v.width-v.listW-2)
		h = v.height
	} else {
		w = v.width
		h = max(1, v.height-v.listRows()-2)
	}
	upright = w >= 48+uprightSpineWidth && h >= len(spineRows())+1
	if upright {
		w -= uprightSpineWidth + 1
	}
	return w, h, upright
}

// listRows is how many entries the list shows.
func (v *View) listRows() int {
	if v.listW < v.width {
		return max(1, v.height-1)
	}
	return max(1, min(len(v.items), v.height/3))
}

// layout lays out the entry under the cursor when it changed, and sizes the
// document's scroll.
func (v *View) layout() {
	v.offset = common.Follow(v.cursor, v.offset, v.listRows())
	if v.width == 0 || v.height == 0 {
		return
	}
	w, h, upright := v.docArea()
	head := 2 // the entry's title and subtitle
	if v.lyingSpine(upright) {
		head += sidewaysSpine + 1
	}
	v.doc.SetHeight(max(0, h-head))
	if v.shown == v.cursor {
		return
	}
	v.shown = v.cursor
	v.lines = nil
	if v.cursor < len(v.items) {
		e := v.items[v.cursor]
		_, body, _ := render.Parts(e.Title, e.Sub, e.Sheet(), &v.Styles.Styles, w)
		v.lines = strings.Split(strings.TrimLeft(body, "\n"), "\n")
	}
	v.doc.SetTotal(len(v.lines))
	v.doc.GotoTop()
}

// lyingSpine reports whether the entry on show gets the spine lying above
// it: only when it is not upright beside it, and only when there are levels
// to pick out, since lying down it costs the document four lines.
func (v *View) lyingSpine(upright bool) bool {
	return !upright && v.cursor < len(v.items) && len(v.items[v.cursor].Lit) > 0
}

// View draws the screen.
func (v *View) View() string {
	list := v.listView()
	doc := v.docView()
	if v.listW >= v.width {
		return list + "\n\n" + doc
	}
	left := strings.Split(list, "\n")
	right := strings.Split(doc, "\n")
	rows := max(len(left), len(right))
	out := make([]string, rows)
	for i := range rows {
		l := ""
		if i < len(left) {
			l = left[i]
		}
		r := ""
		if i < len(right) {
			r = right[i]
		}
		out[i] = l + strings.Repeat(" ", max(0, v.listW-render.Width(l))) + "  " + r
	}
	return strings.Join(out, "\n")
}

func (v *View) listView() string {
	lines := []string{common.Fit(v.input.View(), v.listW)}
	if len(v.items) == 0 {
		lines = append(lines, v.Styles.Rows.Muted.On(render.Truncate("  nothing matches", v.listW, v.Styles.G.Ellipsis)))
	}
	end := min(len(v.items), v.offset+v.listRows())
	for i := v.offset; i < end; i++ {
		e := v.items[i]
		nameW := max(1, v.listW-2-1-len(e.Kind))
		name := common.Pad(render.Truncate(e.Label, nameW, v.Styles.G.Ellipsis), nameW)
		lead, body := "  ", v.Styles.Rows.Item
		if i == v.cursor {
			lead, body = v.Styles.Rows.Bar.On(common.SelectionBar(v.Styles.G))+" ", v.Styles.Rows.Selected
		}
		lines = append(lines, lead+body.On(name)+" "+v.Styles.Rows.Meta.On(e.Kind))
	}
	if more := len(v.items) - end; more > 0 {
		lines = append(lines, v.Styles.Rows.Muted.On(render.Truncate("  "+v.Styles.G.Ellipsis+" more below", v.listW, "")))
	}
	return strings.Join(lines, "\n")
}

func (v *View) docView() string {
	if v.cursor >= len(v.items) {
		return ""
	}
	e := v.items[v.cursor]
	w, h, upright := v.docArea()
	pic := spine{lit: e.Lit, styles: v.Styles}
	head := []string{
		v.Styles.Heading.Render(render.Truncate(e.Title, w, v.Styles.G.Ellipsis)),
		v.Styles.Muted.Render(render.Truncate(e.Sub, w, v.Styles.G.Ellipsis)),
	}
	if v.lyingSpine(upright) {
		if d := pic.view(w, sidewaysSpine); d != "" {
			head = append(head, d, "")
		}
	}
	from := min(v.doc.YOffset(), len(v.lines))
	to := min(len(v.lines), from+max(0, h-len(head)))
	body := head
	for _, l := range v.lines[from:to] {
		body = append(body, common.Fit(l, w)) // section titles are not wrapped
	}
	if !upright {
		return strings.Join(body, "\n")
	}
	picture := strings.Split(pic.view(uprightSpineWidth, h), "\n")
	out := make([]string, max(len(body), len(picture)))
	for i := range out {
		l := ""
		if i < len(body) {
			l = body[i]
		}
		p := ""
		if i < len(picture) {
			p = picture[i]
		}
		out[i] = l + strings.Repeat(" ", max(0, w-render.Width(l))) + " " + p
	}
	return strings.Join(out, "\n")
}
