package ui

import (
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
)

// detail shows one technique's sheet in a scrolling viewport.
type detail struct {
	vp      viewport.Model
	catalog *techniques.Catalog
	styles  Styles
	tech    techniques.Technique
	has     bool
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
	if d.has && d.tech.ID == t.ID {
		return
	}
	d.tech, d.has = t, true
	d.render()
	d.vp.GotoTop()
}

// Clear empties the pane, when no technique matches the filter.
func (d *detail) Clear() {
	d.has = false
	d.tech = techniques.Technique{}
	d.render()
}

func (d *detail) SetSize(w, h int) {
	resized := d.vp.Width() != w
	d.vp.SetWidth(max(0, w))
	d.vp.SetHeight(max(0, h))
	if resized {
		d.render()
	}
}

func (d *detail) SetStyles(s Styles) {
	d.styles = s
	d.render()
}

func (d *detail) render() {
	if !d.has {
		d.vp.SetContent(d.styles.Muted.Render(wrap("No technique matches this filter. Press esc to clear it.", d.vp.Width())))
		return
	}
	d.vp.SetContent(RenderSheet(d.tech, d.catalog.Sheet(d.tech), d.styles, d.vp.Width()))
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
