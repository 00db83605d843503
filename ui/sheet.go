package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/techniques"
)

// RenderSheet lays out a technique sheet at a given width. The TUI's detail pane
// and the CLI's text output both use it, so they read the same.
func RenderSheet(t techniques.Technique, sheet []techniques.Section, s Styles, width int) string {
	width = max(width, 10)
	var b strings.Builder
	b.WriteString(s.Heading.Render(wrap(t.Name, width)))
	b.WriteString("\n")
	b.WriteString(s.Muted.Render(wrap(fmt.Sprintf("%s · %s · %s", t.ID, t.Approach, t.Participation), width)))
	b.WriteString("\n")
	for _, sec := range sheet {
		b.WriteString("\n")
		if sec.Kind == techniques.Warning {
			b.WriteString(renderWarning(sec, s, width))
		} else {
			b.WriteString(s.Section.Render(sec.Title))
			b.WriteString("\n")
			b.WriteString(renderBody(sec, s, width))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func renderWarning(sec techniques.Section, s Styles, width int) string {
	inner := width - s.WarningBox.GetHorizontalFrameSize()
	var b strings.Builder
	b.WriteString(s.WarningTitle.Render(wrap("! "+strings.ToUpper(sec.Title)+": read before the steps", inner)))
	for _, g := range sec.Groups {
		b.WriteString("\n")
		title := s.GroupTitle
		item := s.Text
		if g.Kind == techniques.Warning {
			title, item = s.Absolute, s.Absolute
		}
		b.WriteString(title.Render(wrap(g.Title, inner)))
		for _, it := range g.Items {
			b.WriteString("\n")
			b.WriteString(item.Render(hanging("• ", it, inner)))
		}
	}
	return s.WarningBox.Render(b.String()) + "\n"
}

func renderBody(sec techniques.Section, s Styles, width int) string {
	var parts []string
	for _, f := range sec.Fields {
		if strings.TrimSpace(f.Value) == "" {
			continue
		}
		label := f.Label + ": "
		body := hanging(label, f.Value, width)
		parts = append(parts, s.Label.Render(label)+s.Text.Render(strings.TrimPrefix(body, label)))
	}
	for _, p := range sec.Text {
		parts = append(parts, s.Text.Render(wrap(p, width)))
	}
	for i, it := range sec.Items {
		bullet := "• "
		if sec.Numbered {
			bullet = fmt.Sprintf("%d. ", i+1)
			if len(sec.Items) >= 10 && i < 9 {
				bullet = " " + bullet
			}
		}
		parts = append(parts, s.Text.Render(hanging(bullet, it, width)))
	}
	return strings.Join(parts, "\n") + "\n"
}

// wrap breaks text at word boundaries to width, breaking over-long words too.
func wrap(text string, width int) string {
	return ansi.Wrap(strings.Join(strings.Fields(text), " "), max(1, width), "")
}

// hanging wraps text behind a prefix and indents the continuation lines under it.
func hanging(prefix, text string, width int) string {
	indent := lipgloss.Width(prefix)
	if width-indent < 10 {
		return wrap(prefix+text, width)
	}
	lines := strings.Split(wrap(text, width-indent), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", indent) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
