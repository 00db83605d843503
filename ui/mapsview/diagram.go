package mapsview

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui/common"
)

// spine draws the spine and the rib cage with some levels picked out: the
// picture a student would rather look at than read. Tall enough, it stands
// upright, a vertebra a line with its ribs; otherwise it lies on its side in
// three lines. It never draws wider or taller than it is given.
type spine struct {
	lit    []notation.Range // the levels to pick out
	styles *common.Styles
}

// spineRows are the levels drawn upright, top to bottom.
func spineRows() []notation.Level {
	var out []notation.Level
	for i := 1; i <= 7; i++ {
		out = append(out, notation.C(i))
	}
	for i := 1; i <= 12; i++ {
		out = append(out, notation.T(i))
	}
	for i := 1; i <= 5; i++ {
		out = append(out, notation.L(i))
	}
	return append(out, notation.S(1))
}

func (s spine) isLit(l notation.Level) bool {
	for _, r := range s.lit {
		if r.Contains(l) {
			return true
		}
	}
	return false
}

// sacrumLit is true when any sacral level is picked out: the sacrum is drawn
// as one piece.
func (s spine) sacrumLit() bool {
	for i := 1; i <= 5; i++ {
		if s.isLit(notation.S(i)) {
			return true
		}
	}
	return false
}

// view draws the diagram in at most width columns and height lines.
func (s spine) view(width, height int) string {
	switch {
	case height >= len(spineRows())+1 && width >= 22:
		return s.upright(width)
	case width >= 20 && height >= 3:
		return s.sideways(width)
	}
	return ""
}

// upright draws a vertebra a line: its label, the body, and for a thoracic
// vertebra the rib pair that meets it.
func (s spine) upright(width int) string {
	g := s.styles.G
	// A lit level differs by its glyph, not only its colour, so that it
	// shows without colour (NO_COLOR, the ASCII profile).
	on, off, rib, litRib := "█", "▪", "─", "━"
	if g.Bullet == "*" { // the ASCII glyphs: no block characters
		on, off, rib, litRib = "#", "o", "-", "="
	}
	lit := s.styles.Rows.Absolute
	var lines []string
	lines = append(lines, s.styles.Rows.Muted.On(render.Truncate("Spine and ribs", width, "")))
	for _, l := range spineRows() {
		label := fmt.Sprintf("%-3s", l.String())
		body := off
		if l.Region == notation.Sacral {
			label, body = "S  ", off+off
			if s.sacrumLit() {
				body = lit.On(on + on)
			}
		} else if s.isLit(l) {
			body = lit.On(on)
		}
		var line string
		if l.Region == notation.Thoracic {
			r := notation.R(l.Number)
			arm := strings.Repeat(rib, 3)
			if s.isLit(r) {
				arm = lit.On(strings.Repeat(litRib, 3))
			}
			line = label + " " + arm + body + arm + fmt.Sprintf(" %d", l.Number)
		} else {
			line = label + "    " + body
		}
		if s.isLit(l) || (l.Region == notation.Sacral && s.sacrumLit()) || (l.Region == notation.Thoracic && s.isLit(notation.R(l.Number))) {
			line += lit.On(" " + g.Pointer)
		}
		lines = append(lines, common.Fit(line, width))
	}
	return strings.Join(lines, "\n")
}

// sideways draws the spine lying down: cervical, thoracic with the ribs
// under them, lumbar and sacrum, a mark a level.
func (s spine) sideways(width int) string {
	on, off := "■", "·"
	if s.styles.G.Bullet == "*" {
		on, off = "#", "."
	}
	lit := s.styles.Rows.Absolute
	step := 2
	if width < 62 {
		step = 1
	}
	mark := func(l notation.Level) string {
		m := off
		if s.isLit(l) {
			m = lit.On(on)
		}
		return m + strings.Repeat(" ", step-1)
	}
	var top, ribs strings.Builder
	group := func(name string, region func(int) notation.Level, n int, withRibs bool) {
		top.WriteString(name + " ")
		ribs.WriteString(strings.Repeat(" ", len(name)+1))
		for i := 1; i <= n; i++ {
			top.WriteString(mark(region(i)))
			if withRibs {
				ribs.WriteString(mark(notation.R(i)))
			} else {
				ribs.WriteString(strings.Repeat(" ", step))
			}
		}
		top.WriteString(" ")
		ribs.WriteString(" ")
	}
	group("C", notation.C, 7, false)
	group("T", notation.T, 12, true)
	group("L", notation.L, 5, false)
	top.WriteString("S ")
	if s.sacrumLit() {
		top.WriteString(lit.On(on))
	} else {
		top.WriteString(off)
	}
	legend := "  ribs under T"
	var names []string
	for _, r := range s.lit {
		names = append(names, r.String())
	}
	if len(names) > 0 {
		legend = "  lit: " + strings.Join(names, ", ")
	}
	return strings.Join([]string{common.Fit(top.String(), width), common.Fit(ribs.String(), width),
		s.styles.Rows.Muted.On(render.Truncate(legend, width, s.styles.G.Ellipsis))}, "\n")
}
