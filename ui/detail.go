package ui

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// detail shows one technique's sheet in a scrolling viewport.
type detail struct {
	vp      viewport.Model
	catalog *techniques.Catalog
	styles  Styles
	shown   string // "technique:<id>" or "condition:<id>", or "" when empty
	render  func(width int) string
	patient []string // flag ids the sheet is screened for
}

// SetPatient screens the technique sheets for these flags from now on.
func (d *detail) SetPatient(flags []string) {
	if strings.Join(flags, ",") == strings.Join(d.patient, ",") {
		return
	}
	d.patient = flags
	d.shown = "" // the same technique must be drawn again, screened
}

func newDetail(c *techniques.Catalog, keys KeyMap, styles Styles) detail {
	vp := viewport.New()
	vp.KeyMap.Up = keys.Up
	vp.KeyMap.Down = keys.Down
	vp.KeyMap.PageUp = keys.PageUp
	vp.KeyMap.PageDown = keys.PageDown
	vp.SoftWrap = false
	vp.MouseWheelEnabled = false // the root routes the wheel by pointer position
	return detail{vp: vp, catalog: c, styles: styles}
}

// Show puts a technique in the pane, scrolled to the top if it is a new one.
func (d *detail) Show(t techniques.Technique) {
	patient := d.patient
	d.show("technique:"+t.ID, func(w int) string {
		sheet := d.catalog.Sheet(t)
		if len(patient) > 0 {
			sheet = append([]techniques.Section{d.catalog.ScreeningSection(d.catalog.Screen(t, patient))}, sheet...)
		}
		return RenderSheet(t, sheet, d.styles, w)
	})
}

// ShowCondition puts a condition's overview in the pane.
func (d *detail) ShowCondition(x techniques.Condition) {
	d.show("condition:"+x.ID, func(w int) string {
		return RenderDocument(x.Name, "condition overview: red flags, evidence, techniques", d.catalog.ConditionSheet(x), d.styles, w)
	})
}

func (d *detail) show(key string, render func(int) string) {
	if d.shown == key {
		return
	}
	d.shown, d.render = key, render
	d.refresh()
	d.vp.GotoTop()
}

// Clear empties the pane, when nothing matches the filter.
func (d *detail) Clear() {
	d.shown, d.render = "", nil
	d.refresh()
}

// ShowNote puts a short explanation in the pane.
func (d *detail) ShowNote(key, text string) {
	d.show("note:"+key, func(w int) string { return d.styles.Muted.Render(wrap(text, w)) })
}

func (d *detail) SetSize(w, h int) {
	resized := d.vp.Width() != w
	d.vp.SetWidth(max(0, w))
	d.vp.SetHeight(max(0, h))
	if resized {
		d.refresh()
	}
}

func (d *detail) SetStyles(s Styles) {
	d.styles = s
	d.refresh()
}

// refresh renders the content again, after a change of content, width or styles.
func (d *detail) refresh() {
	if d.render == nil {
		d.vp.SetContent(d.styles.Muted.Render(wrap("No technique matches this filter. Press esc to clear it.", d.vp.Width())))
		return
	}
	d.vp.SetContent(d.render(d.vp.Width()))
}

// ScrollBy scrolls by n lines, for the mouse wheel.
func (d *detail) ScrollBy(n int) {
	if n > 0 {
		d.vp.ScrollDown(n)
	} else {
		d.vp.ScrollUp(-n)
	}
}

// ScrollPercent is how far down the sheet the pane shows.
func (d detail) ScrollPercent() float64 { return d.vp.ScrollPercent() }

func (d detail) Update(msg tea.Msg) (detail, tea.Cmd) {
	var cmd tea.Cmd
	d.vp, cmd = d.vp.Update(msg)
	return d, cmd
}

func (d detail) View() string { return d.vp.View() }
