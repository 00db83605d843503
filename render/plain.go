package render

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render/sheet"
)

// renderPlain lays a document out as unstyled text in one pass, into one
// buffer. It is what `omt show` prints to a pipe, where start-up time is most
// of the cost, and it reads exactly as the styled layout with the styles
// taken away (a test keeps the two equal).
func renderPlain(title, subtitle string, secs []sheet.Section, g Glyphs, width int) string {
	width = max(width, 10)
	var b strings.Builder
	b.Grow(8192)
	wrapTo(&b, title, width, nil)
	if subtitle != "" {
		b.WriteByte('\n')
		wrapTo(&b, subtitle, width, nil)
	}
	for _, sec := range secs {
		b.WriteString("\n\n")
		if sec.Kind == sheet.Warning {
			plainWarning(&b, sec, g, width)
			continue
		}
		b.WriteString(sec.Title)
		plainBody(&b, sec, g, width)
	}
	return strings.TrimRight(b.String(), "\n")
}

// plainWarning draws a warning section behind a bar, as renderWarning does.
func plainWarning(b *strings.Builder, sec sheet.Section, g Glyphs, width int) {
	inner := width - 2
	bar := g.Bar + " "
	atLine := func(bool) { b.WriteString(bar) }
	wrapTo(b, "! "+sec.Title, inner, atLine)
	for _, grp := range sec.Groups {
		if grp.Title != "" {
			b.WriteByte('\n')
			wrapTo(b, grp.Title, inner, atLine)
		}
		for _, it := range grp.Items {
			b.WriteByte('\n')
			hangTo(b, bar, g.Bullet+" ", it, inner)
		}
	}
}

// plainBody draws a section's fields, paragraphs and items, as renderBody does.
func plainBody(b *strings.Builder, sec sheet.Section, g Glyphs, width int) {
	for _, f := range sec.Fields {
		if strings.TrimSpace(f.Value) == "" {
			continue
		}
		b.WriteByte('\n')
		hangTo(b, "", f.Label+": ", f.Value, width)
	}
	for _, p := range sec.Text {
		b.WriteByte('\n')
		wrapTo(b, p, width, nil)
	}
	for i, it := range sec.Items {
		b.WriteByte('\n')
		bullet := g.Bullet + " "
		if sec.Numbered {
			bullet = strconv.Itoa(i+1) + ". "
			if len(sec.Items) >= 10 && i < 9 {
				bullet = " " + bullet
			}
		}
		hangTo(b, "", bullet, it, width)
	}
}

// hangTo writes text wrapped behind a prefix, its later lines indented under
// it, every line behind bar: hanging, written in place.
func hangTo(b *strings.Builder, bar, prefix, text string, width int) {
	indent := runes(prefix)
	if width-indent < 10 {
		wrapTo(b, prefix+text, width, func(bool) { b.WriteString(bar) })
		return
	}
	wrapTo(b, text, width-indent, func(first bool) {
		b.WriteString(bar)
		if first {
			b.WriteString(prefix)
		} else {
			WriteSpaces(b, indent)
		}
	})
}

// wrapTo writes text wrapped to width, as wrap returns it, calling atLine
// (when set) at the start of every line so a caller can put a bar, a bullet
// or an indent there without building the lines first.
func wrapTo(b *strings.Builder, text string, width int, atLine func(first bool)) {
	width = max(1, width)
	start := func(first bool) {
		if atLine != nil {
			atLine(first)
		}
	}
	if !narrowText(text) {
		for i, line := range strings.Split(ansi.Wrap(strings.Join(strings.Fields(text), " "), width, ""), "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			start(i == 0)
			b.WriteString(line)
		}
		return
	}
	start(true)
	col := 0
	newline := func() {
		b.WriteByte('\n')
		start(false)
		col = 0
	}
	for rest := text; ; {
		var word string
		word, rest = nextWord(rest)
		if word == "" {
			break
		}
		n := runes(word)
		if col > 0 {
			if col+1+n <= width {
				b.WriteByte(' ')
				b.WriteString(word)
				col += 1 + n
				continue
			}
			// Break after a hyphen when the first part still fits.
			if cut := lastHyphenWithin(word, width-col-1); cut > 0 {
				b.WriteByte(' ')
				b.WriteString(word[:cut])
				n -= runes(word[:cut])
				word = word[cut:]
			}
			newline()
		}
		for n > width {
			i := runeOffset(word, width)
			b.WriteString(word[:i])
			word = word[i:]
			n -= width
			newline()
		}
		b.WriteString(word)
		col = n
	}
}
