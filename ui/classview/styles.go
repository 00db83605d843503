package classview

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// palette is the browser's palette of semantic colours (ui/styles.go); the
// view keeps its own copy so that it does not import the browser, which
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

// Glyphs are the symbols the view draws; ASCII-only under a locale that is
// not UTF-8.
type Glyphs struct {
	Pointer, Rule, Dot, Ellipsis, Up, Down, Tick, Box, Done, Bar string
	Blocks                                                       []string // a sparkline's eight heights
}

func unicodeGlyphs() Glyphs {
	return Glyphs{Pointer: "▸", Rule: "─", Dot: "·", Ellipsis: "…", Up: "▲", Down: "▼", Tick: "[x]", Box: "[ ]",
		Done: "✓", Bar: "█", Blocks: []string{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}}
}

func asciiGlyphs() Glyphs {
	return Glyphs{Pointer: ">", Rule: "-", Dot: "-", Ellipsis: "...", Up: "^", Down: "v", Tick: "[x]", Box: "[ ]",
		Done: "+", Bar: "#", Blocks: []string{"_", ".", ".", "-", "-", "=", "=", "#"}}
}

// Styles is everything the view draws with, rebuilt when the terminal
// reports its background.
type Styles struct {
	G Glyphs

	Title, Tab, ActiveTab, Heading, Text, Muted, Rule lipgloss.Style
	Selected, Warning, Bad, Good, Input               lipgloss.Style
	Help                                              help.Styles
}

// NewStyles builds the styles for a light or dark background, with ASCII
// symbols when ascii is set.
func NewStyles(isDark, ascii bool) Styles {
	p := newPalette(isDark)
	s := Styles{
		G:         unicodeGlyphs(),
		Title:     lipgloss.NewStyle().Bold(true).Foreground(p.primary),
		Tab:       lipgloss.NewStyle().Foreground(p.subtle),
		ActiveTab: lipgloss.NewStyle().Bold(true).Foreground(p.primary).Underline(true),
		Heading:   lipgloss.NewStyle().Bold(true).Foreground(p.text),
		Text:      lipgloss.NewStyle().Foreground(p.text),
		Muted:     lipgloss.NewStyle().Foreground(p.subtle),
		Rule:      lipgloss.NewStyle().Foreground(p.border),
		Selected:  lipgloss.NewStyle().Bold(true).Reverse(true),
		Warning:   lipgloss.NewStyle().Foreground(p.warning),
		Bad:       lipgloss.NewStyle().Bold(true).Foreground(p.danger),
		Good:      lipgloss.NewStyle().Foreground(p.accent),
		Input:     lipgloss.NewStyle().Foreground(p.text),
		Help:      help.DefaultStyles(isDark),
	}
	if ascii {
		s.G = asciiGlyphs()
	}
	return s
}
