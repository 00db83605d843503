package exam

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
)

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
// symbols when ascii is set, from omt's one palette (render.NewPalette), so
// that the screen's colours are the browser's and the command line's.
func NewStyles(isDark, ascii bool) Styles {
	p := render.NewPalette(isDark)
	s := Styles{
		G:       unicodeGlyphs(),
		Title:   lipgloss.NewStyle().Bold(true).Foreground(p.Primary),
		Heading: lipgloss.NewStyle().Bold(true).Foreground(p.Text),
		Text:    lipgloss.NewStyle().Foreground(p.Text),
		Muted:   lipgloss.NewStyle().Foreground(p.Subtle),
		Rule:    lipgloss.NewStyle().Foreground(p.Border),
		Right:   lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		Wrong:   lipgloss.NewStyle().Bold(true).Foreground(p.Danger),
		Flag:    lipgloss.NewStyle().Bold(true).Foreground(p.Warning),
		Warning: lipgloss.NewStyle().Bold(true).Foreground(p.Warning),
		Current: lipgloss.NewStyle().Bold(true).Reverse(true),
		Help:    help.DefaultStyles(isDark),
	}
	if ascii {
		s.G = asciiGlyphs()
	}
	return s
}
