package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

// Technique lays out a technique sheet at a given width. The TUI's detail pane
// and the CLI's text output both use it, so they read the same.
func Technique(t techniques.Technique, secs []sheet.Section, s *Styles, width int) string {
	return Document(t.Name, TechniqueSubtitle(t, s.G), secs, s, width)
}

func TechniqueSubtitle(t techniques.Technique, g Glyphs) string {
	return fmt.Sprintf("%s %s %s %s %s", t.ID, g.Dot, t.Approach, g.Dot, t.Participation)
}

// Document lays out any titled list of sections: a technique, a condition
// overview or a glossary term.
func Document(title, subtitle string, secs []sheet.Section, s *Styles, width int) string {
	if s.Plain {
		return renderPlain(title, subtitle, secs, s.G, width)
	}
	head, body, _ := Parts(title, subtitle, secs, s, width)
	return head + "\n" + body
}

// Anchor is where a section begins in a rendered body, in lines.
type Anchor struct {
	Title string
	Line  int
}

// Parts lays out a document as its heading (title and subtitle) and
// its body, with the line where each section starts, so that the browser can
// keep the heading in view and jump between sections.
func Parts(title, subtitle string, secs []sheet.Section, s *Styles, width int) (head, body string, anchors []Anchor) {
	width = max(width, 10)
	head = s.paint(s.Heading, Wrap(title, width))
	if subtitle != "" {
		head += "\n" + s.paint(s.Muted, Wrap(subtitle, width))
	}
	var b strings.Builder
	line := 0
	for _, sec := range secs {
		b.WriteString("\n")
		line++
		anchors = append(anchors, Anchor{sec.Title, line})
		var part string
		if sec.Kind == sheet.Warning {
			part = renderWarning(sec, s, width)
		} else {
			part = s.paint(s.Section, sec.Title) + "\n" + renderBody(sec, s, width)
		}
		b.WriteString(part)
		line += strings.Count(part, "\n")
	}
	return head, strings.TrimRight(b.String(), "\n"), anchors
}

func renderWarning(sec sheet.Section, s *Styles, width int) string {
	inner := width - 2 // the bar and a space
	var b strings.Builder
	b.WriteString(s.paint(s.WarningTitle, Wrap("! "+sec.Title, inner)))
	for _, g := range sec.Groups {
		title := s.GroupTitle
		item := s.Text
		if g.Kind == sheet.Warning {
			title, item = s.Absolute, s.Absolute
		}
		if g.Title != "" {
			b.WriteString("\n")
			b.WriteString(s.paint(title, Wrap(g.Title, inner)))
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

func renderBody(sec sheet.Section, s *Styles, width int) string {
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
		parts = append(parts, s.paint(s.Text, Wrap(p, width)))
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
func Wrap(text string, width int) string {
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

// hanging wraps text behind a prefix and indents the continuation lines under it.
func hanging(prefix, text string, width int) string {
	indent := Width(prefix) // prefixes are bullets, numbers and labels
	if width-indent < 10 {
		return Wrap(prefix+text, width)
	}
	lines := strings.Split(Wrap(text, width-indent), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", indent) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
