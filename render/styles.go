package render

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
)

// Palette holds the semantic colours: no answer and no screen uses a colour
// literal. The browser builds its own styles (panes, the list, the inputs)
// from the same palette, so that a colour is chosen in one place.
type Palette struct {
	Primary, Subtle, Text, Warning, WarningBg, Danger, Accent, Border color.Color
}

// NewPalette is the palette for a light or a dark background.
func NewPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Primary:   ld(lipgloss.Color("#1D4ED8"), lipgloss.Color("#7AA2F7")),
		Subtle:    ld(lipgloss.Color("#6B7280"), lipgloss.Color("#8B93A7")),
		Text:      ld(lipgloss.Color("#111827"), lipgloss.Color("#E5E7EB")),
		Warning:   ld(lipgloss.Color("#9A3412"), lipgloss.Color("#FDBA74")),
		WarningBg: ld(lipgloss.Color("#FFF7ED"), lipgloss.Color("#3B1D0E")),
		Danger:    ld(lipgloss.Color("#B91C1C"), lipgloss.Color("#F87171")),
		Accent:    ld(lipgloss.Color("#047857"), lipgloss.Color("#6EE7B7")),
		Border:    ld(lipgloss.Color("#D1D5DB"), lipgloss.Color("#3F4555")),
	}
}

// Styles is what an answer is drawn with: a document's headings, warnings,
// labels and text, a table's titles, and the symbols. The command line
// prints in them; the browser's own styles (ui.Styles) embed them, so that a
// sheet reads the same in a pipe, on a terminal and in the browser.
//
// Styles are handed around by pointer: copies of the browser's styles on the
// stack made a cold start grow its stack five times.
type Styles struct {
	// Plain output carries no styling at all: text for a pipe or a file.
	Plain bool
	// G are the symbols drawn; ASCII-only under a locale that is not UTF-8.
	G Glyphs

	Title        lipgloss.Style
	Heading      lipgloss.Style
	Section      lipgloss.Style
	WarningTitle lipgloss.Style
	WarningBar   lipgloss.Style
	Absolute     lipgloss.Style
	GroupTitle   lipgloss.Style
	Label        lipgloss.Style
	Text         lipgloss.Style
	Muted        lipgloss.Style
}

// Glyphs are the non-letter symbols the browser and the text output draw.
type Glyphs struct {
	Bullet, Bar, Dot, Ellipsis, Overview, Term, Map, Differ, Bookmark, Rule, Pointer, Cross, Caution, Times string
	Down                                                                                                    string // more below
	Pane, Item                                                                                              lipgloss.Border
	// A lit and an unlit cell: the timer's big digits and its progress bar.
	Block, Shade string
}

// UnicodeGlyphs are the symbols for a UTF-8 terminal.
func UnicodeGlyphs() Glyphs {
	return Glyphs{Bullet: "•", Bar: "┃", Dot: "·", Ellipsis: "…", Overview: "◆", Term: "≡", Map: "◇", Differ: "≠", Bookmark: "★", Rule: "──", Pointer: "▸",
		Cross: "✗", Caution: "!", Times: "×", Pane: lipgloss.RoundedBorder(), Item: lipgloss.NormalBorder(),
		Block: "█", Shade: "░", Down: "↓"}
}

// ASCIIGlyphs are their stand-ins for a locale that is not UTF-8.
func ASCIIGlyphs() Glyphs {
	return Glyphs{Bullet: "*", Bar: "|", Dot: "-", Ellipsis: "...", Overview: "#", Term: "=", Map: "+", Differ: "~", Bookmark: "*", Rule: "--", Pointer: ">",
		Cross: "x", Caution: "!", Times: "x", Pane: lipgloss.ASCIIBorder(), Item: lipgloss.ASCIIBorder(),
		Block: "#", Shade: "-", Down: "v"}
}

// ASCII returns a copy of the styles with ASCII-only symbols, for a
// terminal whose locale is not UTF-8.
func (s *Styles) ASCII() *Styles {
	c := new(Styles)
	*c = *s
	c.G = ASCIIGlyphs()
	return c
}

// UTF8Locale reports whether the environment's locale can show UTF-8: the
// first of LC_ALL, LC_CTYPE and LANG that is set decides, and an unset
// locale counts as UTF-8, as on every current system.
func UTF8Locale(env []string) bool {
	get := func(name string) string {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, name+"="); ok {
				return v
			}
		}
		return ""
	}
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := get(name); v != "" {
			v = strings.ToLower(v)
			return strings.Contains(v, "utf-8") || strings.Contains(v, "utf8")
		}
	}
	return true
}

// PlainStyles draws documents as bare text, for output that is not a terminal.
func PlainStyles() *Styles {
	// No lipgloss styles at all: plain output never paints, and building the
	// full set would cost a cold `omt show` more than the printing does.
	return &Styles{Plain: true, G: UnicodeGlyphs()}
}

// NewStyles builds the styles for a light or dark background.
func NewStyles(isDark bool) *Styles {
	p := NewPalette(isDark)
	return &Styles{
		G:            UnicodeGlyphs(),
		Title:        lipgloss.NewStyle().Bold(true).Foreground(p.Primary),
		Heading:      lipgloss.NewStyle().Bold(true).Foreground(p.Primary),
		Section:      lipgloss.NewStyle().Bold(true).Foreground(p.Primary),
		WarningTitle: lipgloss.NewStyle().Bold(true).Foreground(p.Danger),
		WarningBar:   lipgloss.NewStyle().Bold(true).Foreground(p.Danger),
		Absolute:     lipgloss.NewStyle().Bold(true).Foreground(p.Danger),
		GroupTitle:   lipgloss.NewStyle().Bold(true).Foreground(p.Warning),
		Label:        lipgloss.NewStyle().Bold(true).Foreground(p.Subtle),
		Text:         lipgloss.NewStyle().Foreground(p.Text),
		Muted:        lipgloss.NewStyle().Foreground(p.Subtle),
	}
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
