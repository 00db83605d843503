package exam

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// palette is the browser's palette of semantic colours (ui/styles.go); the
// screen keeps its own copy so that it does not import the browser, which
// will open it as one of its screens.
type palette struct {
	primary, subtle, text, warning, danger, accent, border color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	return palette{
		primary: ld(lipgloss.Color("#1D4ED8"), lipgloss.Color("#7AA2F7")),
		subtle:  ld(lipgloss.Color("#6B7280"), lipgloss.Color("#8B93A7")),
		text:    ld(lipgloss.Color("#111827"), lipgloss.Color("#E5E7EB")),
		warning: ld(lipgloss.Color("#9A3412"), lipgloss.Color("#FDBA74")),
		danger:  ld(lipgloss.Color("#B91C1C"), lipgloss.Color("#F87171")),
		accent:  ld(lipgloss.Color("#047857"), lipgloss.Color("#6EE7B7")),
		border:  ld(lipgloss.Color("#D1D5DB"), lipgloss.Color("#3F4555")),
	}
}

// Glyphs are the symbols the screen draws; ASCII-only under a locale that
// is not UTF-8.
type Glyphs struct {
	Flag, Answered, Unanswered, Right, Wrong, Omitted string
	Pointer, Rule, Dot, Ellipsis, Down                string
}

func unicodeGlyphs() Glyphs {
	return Glyphs{Flag: "⚑", Answered: "●", Unanswered: "○", Right: "✓", Wrong: "✗", Omitted: "·",
		Pointer: "▸", Rule: "─", Dot: "·", Ellipsis: "…", Down: "↓"}
}

func asciiGlyphs() Glyphs {
	return Glyphs{Flag: "F", Answered: "#", Unanswered: ".", Right: "+", Wrong: "x", Omitted: "-",
		Pointer: ">", Rule: "-", Dot: "-", Ellipsis: "...", Down: "v"}
}

// Styles is everything the screen draws with, rebuilt when the terminal
// reports its background.
type Styles struct {
	G Glyphs

	Title, Heading, Text, Muted, Rule lipgloss.Style
	Right, Wrong, Flag, Warning       lipgloss.Style
	Current                           lipgloss.Style // the current question in the strip and the list
	Help                              help.Styles
}

// NewStyles builds the styles for a light or dark background, with ASCII
// symbols when ascii is set.
func NewStyles(isDark, ascii bool) Styles {
	p := newPalette(isDark)
	s := Styles{
		G:       unicodeGlyphs(),
		Title:   lipgloss.NewStyle().Bold(true).Foreground(p.primary),
		Heading: lipgloss.NewStyle().Bold(true).Foreground(p.text),
		Text:    lipgloss.NewStyle().Foreground(p.text),
		Muted:   lipgloss.NewStyle().Foreground(p.subtle),
		Rule:    lipgloss.NewStyle().Foreground(p.border),
		Right:   lipgloss.NewStyle().Bold(true).Foreground(p.accent),
		Wrong:   lipgloss.NewStyle().Bold(true).Foreground(p.danger),
		Flag:    lipgloss.NewStyle().Bold(true).Foreground(p.warning),
		Warning: lipgloss.NewStyle().Bold(true).Foreground(p.warning),
		Current: lipgloss.NewStyle().Bold(true).Reverse(true),
		Help:    help.DefaultStyles(isDark),
	}
	if ascii {
		s.G = asciiGlyphs()
	}
	return s
}
