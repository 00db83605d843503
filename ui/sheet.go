package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/techniques"
)

// RenderSheet lays out a technique sheet at a given width. The TUI's detail pane
// and the CLI's text output both use it, so they read the same.
func RenderSheet(t techniques.Technique, sheet []techniques.Section, s *Styles, width int) string {
	return RenderDocument(t.Name, techniqueSubtitle(t, s.G), sheet, s, width)
}

func techniqueSubtitle(t techniques.Technique, g Glyphs) string {
	return fmt.Sprintf("%s %s %s %s %s", t.ID, g.Dot, t.Approach, g.Dot, t.Participation)
}

// RenderDocument lays out any titled list of sections: a technique, a condition
// overview or a glossary term.
func RenderDocument(title, subtitle string, sheet []techniques.Section, s *Styles, width int) string {
	if s.Plain {
		return renderPlain(title, subtitle, sheet, s.G, width)
	}
	head, body, _ := renderParts(title, subtitle, sheet, s, width)
	return head + "\n" + body
}

// anchor is where a section begins in a rendered body, in lines.
type anchor struct {
	title string
	line  int
}

// renderParts lays out a document as its heading (title and subtitle) and
// its body, with the line where each section starts, so that the browser can
// keep the heading in view and jump between sections.
func renderParts(title, subtitle string, sheet []techniques.Section, s *Styles, width int) (head, body string, anchors []anchor) {
	width = max(width, 10)
	head = s.paint(s.Heading, wrap(title, width))
	if subtitle != "" {
		head += "\n" + s.paint(s.Muted, wrap(subtitle, width))
	}
	var b strings.Builder
	line := 0
	for _, sec := range sheet {
		b.WriteString("\n")
		line++
		anchors = append(anchors, anchor{sec.Title, line})
		var part string
		if sec.Kind == techniques.Warning {
			part = renderWarning(sec, s, width)
		} else {
			part = s.paint(s.Section, sec.Title) + "\n" + renderBody(sec, s, width)
		}
		b.WriteString(part)
		line += strings.Count(part, "\n")
	}
	return head, strings.TrimRight(b.String(), "\n"), anchors
}

func renderWarning(sec techniques.Section, s *Styles, width int) string {
	inner := width - 2 // the bar and a space
	var b strings.Builder
	b.WriteString(s.paint(s.WarningTitle, wrap("! "+sec.Title, inner)))
	for _, g := range sec.Groups {
		title := s.GroupTitle
		item := s.Text
		if g.Kind == techniques.Warning {
			title, item = s.Absolute, s.Absolute
		}
		if g.Title != "" {
			b.WriteString("\n")
			b.WriteString(s.paint(title, wrap(g.Title, inner)))
		}
		for _, it := range g.Items {
			b.WriteString("\n")
			b.WriteString(s.paint(item, hanging(s.G.Bullet+" ", it, inner)))
		}
	}
	// A hand-drawn bar rather than a bordered block: a block pads every line to
	// its width, which leaves trailing spaces in piped text.
	bar := s.paint(s.WarningBar, s.G.Bar)
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = bar + " " + l
	}
	return strings.Join(lines, "\n") + "\n"
}

func renderBody(sec techniques.Section, s *Styles, width int) string {
	var parts []string
	for _, f := range sec.Fields {
		if strings.TrimSpace(f.Value) == "" {
			continue
		}
		label := f.Label + ": "
		body := hanging(label, f.Value, width)
		rest, ok := strings.CutPrefix(body, label)
		if !ok { // so narrow that the label itself was wrapped: paint it all as text
			parts = append(parts, s.paint(s.Text, body))
			continue
		}
		parts = append(parts, s.paint(s.Label, label)+s.paint(s.Text, rest))
	}
	for _, p := range sec.Text {
		parts = append(parts, s.paint(s.Text, wrap(p, width)))
	}
	for i, it := range sec.Items {
		bullet := s.G.Bullet + " "
		if sec.Numbered {
			bullet = fmt.Sprintf("%d. ", i+1)
			if len(sec.Items) >= 10 && i < 9 {
				bullet = " " + bullet
			}
		}
		parts = append(parts, s.paint(s.Text, hanging(bullet, it, width)))
	}
	return strings.Join(parts, "\n") + "\n"
}

// wrap breaks text at word boundaries to width, breaking over-long words too.
func wrap(text string, width int) string {
	var b strings.Builder
	wrapTo(&b, text, width, nil)
	return b.String()
}

// nextWord returns the first word of s (split at ASCII spaces, as the
// narrow text it is used on has no others) and what follows it.
func nextWord(s string) (word, rest string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
		j++
	}
	return s[i:j], s[j:]
}

// runes counts the runes of s, which for narrow text is its width.
func runes(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(s)
		}
	}
	return len(s)
}

// runeOffset is the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// lastHyphenWithin is the byte length of the longest prefix of word that ends
// in a hyphen, fits in room columns and leaves something after it; 0 if none.
func lastHyphenWithin(word string, room int) int {
	best, col := 0, 0
	for i, r := range word {
		col++
		if col > room {
			break
		}
		if r == '-' && i > 0 && i+1 < len(word) {
			best = i + 1
		}
	}
	return best
}

// narrowText reports whether every rune of text takes exactly one column:
// Latin, Greek, Cyrillic and common punctuation, with no combining marks.
// Spaces, tabs and line breaks separate words and are allowed.
func narrowText(text string) bool {
	for _, r := range text {
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
		case r < 0x20 || r >= 0x300 && r < 0x370 || r >= 0x1100 && !(r >= 0x2000 && r < 0x2100):
			return false
		}
	}
	return true
}

// hanging wraps text behind a prefix and indents the continuation lines under it.
func hanging(prefix, text string, width int) string {
	indent := utf8.RuneCountInString(prefix) // prefixes are bullets, numbers and labels
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

// paint styles each line on its own, so that lines are not padded to the
// widest one: piped text then carries no trailing spaces. Plain styles skip
// the styling altogether, which is most of the cost of printing a sheet.
func (s *Styles) paint(style lipgloss.Style, text string) string {
	if s.Plain {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n")
}
