package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// palette holds the semantic colours; views never use colour literals.
type palette struct {
	primary, subtle, text, warning, warningBg, danger, accent, border color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	return palette{
		primary:   ld(lipgloss.Color("#1D4ED8"), lipgloss.Color("#7AA2F7")),
		subtle:    ld(lipgloss.Color("#6B7280"), lipgloss.Color("#8B93A7")),
		text:      ld(lipgloss.Color("#111827"), lipgloss.Color("#E5E7EB")),
		warning:   ld(lipgloss.Color("#9A3412"), lipgloss.Color("#FDBA74")),
		warningBg: ld(lipgloss.Color("#FFF7ED"), lipgloss.Color("#3B1D0E")),
		danger:    ld(lipgloss.Color("#B91C1C"), lipgloss.Color("#F87171")),
		accent:    ld(lipgloss.Color("#047857"), lipgloss.Color("#6EE7B7")),
		border:    ld(lipgloss.Color("#D1D5DB"), lipgloss.Color("#3F4555")),
	}
}

// Styles is every style the browser draws with. It is rebuilt, together with the
// bubbles components' own styles, whenever the terminal reports its background.
type Styles struct {
	// Plain output carries no styling at all: text for a pipe or a file.
	Plain bool
	// G are the symbols drawn; ASCII-only under a locale that is not UTF-8.
	G Glyphs

	Title            lipgloss.Style
	Disclaimer       lipgloss.Style
	FilterLabel      lipgloss.Style
	FilterValue      lipgloss.Style
	FilterEmpty      lipgloss.Style
	Count            lipgloss.Style
	Item             lipgloss.Style
	ItemSelected     lipgloss.Style
	ItemMeta         lipgloss.Style
	Overview         lipgloss.Style
	OverviewSelected lipgloss.Style
	PaneFocused      lipgloss.Style
	PaneBlurred      lipgloss.Style
	Heading          lipgloss.Style
	Section          lipgloss.Style
	WarningTitle     lipgloss.Style
	WarningBar       lipgloss.Style
	Absolute         lipgloss.Style
	GroupTitle       lipgloss.Style
	Label            lipgloss.Style
	Text             lipgloss.Style
	Muted            lipgloss.Style
	Overlay          lipgloss.Style
	TooSmall         lipgloss.Style

	Help      help.Styles
	TextInput textinput.Styles
	TextArea  textarea.Styles

	// The panes and the overlay, drawn by hand (see box) from the styles above.
	focusedBox, blurredBox, overlayBox box
	// The paints of the list's rows (see renderRow): empty for plain output.
	rows rowPaints
	// The timer's own styles (see timerview.go).
	timer timerStyles
}

// withBoxes derives the hand-drawn boxes from the pane and overlay styles.
// Styles are handed around by pointer: the struct is tens of kilobytes, and
// copies of it on the stack made a cold start grow its stack five times.
func (s *Styles) withBoxes() *Styles {
	s.focusedBox, s.blurredBox, s.overlayBox = newBox(s.PaneFocused), newBox(s.PaneBlurred), newBox(s.Overlay)
	return s
}

// Glyphs are the non-letter symbols the browser and the text output draw.
type Glyphs struct {
	Bullet, Bar, Dot, Ellipsis, Overview, Term, Map, Differ, Bookmark, Rule, Pointer, Cross, Caution, Times string
	Down                                                                                                    string // more below
	Pane, Item                                                                                              lipgloss.Border
	// A lit and an unlit cell: the timer's big digits and its progress bar.
	Block, Shade string
}

func unicodeGlyphs() Glyphs {
	return Glyphs{Bullet: "•", Bar: "┃", Dot: "·", Ellipsis: "…", Overview: "◆", Term: "≡", Map: "◇", Differ: "≠", Bookmark: "★", Rule: "──", Pointer: "▸",
		Cross: "✗", Caution: "!", Times: "×", Pane: lipgloss.RoundedBorder(), Item: lipgloss.NormalBorder(),
		Block: "█", Shade: "░", Down: "↓"}
}

func asciiGlyphs() Glyphs {
	return Glyphs{Bullet: "*", Bar: "|", Dot: "-", Ellipsis: "...", Overview: "#", Term: "=", Map: "+", Differ: "~", Bookmark: "*", Rule: "--", Pointer: ">",
		Cross: "x", Caution: "!", Times: "x", Pane: lipgloss.ASCIIBorder(), Item: lipgloss.ASCIIBorder(),
		Block: "#", Shade: "-", Down: "v"}
}

// ASCII returns a copy of the styles with ASCII-only symbols and borders,
// for a terminal whose locale is not UTF-8.
func (s *Styles) ASCII() *Styles {
	c := new(Styles)
	*c = *s
	s = c
	s.G = asciiGlyphs()
	s.PaneFocused = s.PaneFocused.Border(s.G.Pane)
	s.PaneBlurred = s.PaneBlurred.Border(s.G.Pane)
	s.Overlay = s.Overlay.Border(s.G.Pane)
	s.ItemSelected = s.ItemSelected.Border(s.G.Item, false, false, false, true)
	s.OverviewSelected = s.OverviewSelected.Border(s.G.Item, false, false, false, true)
	return s.withBoxes()
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
	return &Styles{Plain: true, G: unicodeGlyphs()}
}

// NewStyles builds the styles for a light or dark background.
func NewStyles(isDark bool) *Styles {
	p := newPalette(isDark)
	pane := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1)
	return (&Styles{
		G:                unicodeGlyphs(),
		Title:            lipgloss.NewStyle().Bold(true).Foreground(p.primary),
		Disclaimer:       lipgloss.NewStyle().Foreground(p.subtle).Italic(true),
		FilterLabel:      lipgloss.NewStyle().Foreground(p.subtle),
		FilterValue:      lipgloss.NewStyle().Bold(true).Foreground(p.accent),
		FilterEmpty:      lipgloss.NewStyle().Foreground(p.subtle),
		Count:            lipgloss.NewStyle().Foreground(p.subtle),
		Item:             lipgloss.NewStyle().Foreground(p.text).PaddingLeft(2),
		ItemSelected:     lipgloss.NewStyle().Bold(true).Foreground(p.primary).Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(p.primary).PaddingLeft(1),
		ItemMeta:         lipgloss.NewStyle().Foreground(p.subtle),
		Overview:         lipgloss.NewStyle().Foreground(p.accent).PaddingLeft(2),
		OverviewSelected: lipgloss.NewStyle().Bold(true).Foreground(p.accent).Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(p.primary).PaddingLeft(1),
		PaneFocused:      pane.BorderForeground(p.primary),
		PaneBlurred:      pane.BorderForeground(p.border),
		Heading:          lipgloss.NewStyle().Bold(true).Foreground(p.primary),
		Section:          lipgloss.NewStyle().Bold(true).Foreground(p.primary),
		WarningTitle:     lipgloss.NewStyle().Bold(true).Foreground(p.danger),
		WarningBar:       lipgloss.NewStyle().Bold(true).Foreground(p.danger),
		Absolute:         lipgloss.NewStyle().Bold(true).Foreground(p.danger),
		GroupTitle:       lipgloss.NewStyle().Bold(true).Foreground(p.warning),
		Label:            lipgloss.NewStyle().Bold(true).Foreground(p.subtle),
		Text:             lipgloss.NewStyle().Foreground(p.text),
		Muted:            lipgloss.NewStyle().Foreground(p.subtle),
		Overlay:          lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.primary).Padding(0, 1),
		TooSmall:         lipgloss.NewStyle().Bold(true).Foreground(p.warning),

		Help:      help.DefaultStyles(isDark),
		TextInput: textinput.DefaultStyles(isDark),
		TextArea:  textarea.DefaultStyles(isDark),
		timer:     newTimerStyles(p),
		rows: rowPaints{
			item:             newPaint(lipgloss.NewStyle().Foreground(p.text)),
			selected:         newPaint(lipgloss.NewStyle().Bold(true).Foreground(p.primary)),
			meta:             newPaint(lipgloss.NewStyle().Foreground(p.subtle)),
			overview:         newPaint(lipgloss.NewStyle().Foreground(p.accent)),
			overviewSelected: newPaint(lipgloss.NewStyle().Bold(true).Foreground(p.accent)),
			caution:          newPaint(lipgloss.NewStyle().Bold(true).Foreground(p.warning)),
			absolute:         newPaint(lipgloss.NewStyle().Bold(true).Foreground(p.danger)),
			bar:              newPaint(lipgloss.NewStyle().Foreground(p.primary)),
			muted:            newPaint(lipgloss.NewStyle().Foreground(p.subtle)),
		},
	}).withBoxes()
}
