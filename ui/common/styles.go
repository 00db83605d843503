package common

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/omt-reference/omt/render"
)

// Styles is every style the browser draws with: the answers' own styles
// (render.Styles, which the command line prints in too) and the browser's
// chrome, built from the same palette. It is rebuilt, together with the
// bubbles components' own styles, whenever the terminal reports its
// background.
type Styles struct {
	render.Styles

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
	Overlay          lipgloss.Style
	TooSmall         lipgloss.Style

	Help      help.Styles
	TextInput textinput.Styles
	TextArea  textarea.Styles

	// The panes and the screens opened over them, drawn by hand (see Box)
	// from the styles above.
	FocusedBox, BlurredBox, OverlayBox Box
	// The paints of the rows of the lists: empty for plain output.
	Rows RowPaints
	// Palette is the colours every style here is built from, for a screen
	// that builds styles of its own (the timer's clock).
	Palette render.Palette
}

// withBoxes derives the hand-drawn boxes from the pane and overlay styles.
// Styles are handed around by pointer: the struct is tens of kilobytes, and
// copies of it on the stack made a cold start grow its stack five times.
func (s *Styles) withBoxes() *Styles {
	s.FocusedBox, s.BlurredBox, s.OverlayBox = NewBox(s.PaneFocused), NewBox(s.PaneBlurred), NewBox(s.Overlay)
	return s
}

// ASCII returns a copy of the styles with ASCII-only symbols and borders,
// for a terminal whose locale is not UTF-8.
func (s *Styles) ASCII() *Styles {
	c := new(Styles)
	*c = *s
	s = c
	s.Styles = *s.Styles.ASCII()
	s.PaneFocused = s.PaneFocused.Border(s.G.Pane)
	s.PaneBlurred = s.PaneBlurred.Border(s.G.Pane)
	s.Overlay = s.Overlay.Border(s.G.Pane)
	s.ItemSelected = s.ItemSelected.Border(s.G.Item, false, false, false, true)
	s.OverviewSelected = s.OverviewSelected.Border(s.G.Item, false, false, false, true)
	return s.withBoxes()
}

// NewStyles builds the styles for a light or dark background: the answers'
// styles (render.NewStyles) and the browser's, from the one palette.
func NewStyles(isDark bool) *Styles {
	p := render.NewPalette(isDark)
	pane := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1)
	return (&Styles{
		Styles:           *render.NewStyles(isDark),
		Disclaimer:       lipgloss.NewStyle().Foreground(p.Subtle).Italic(true),
		FilterLabel:      lipgloss.NewStyle().Foreground(p.Subtle),
		FilterValue:      lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		FilterEmpty:      lipgloss.NewStyle().Foreground(p.Subtle),
		Count:            lipgloss.NewStyle().Foreground(p.Subtle),
		Item:             lipgloss.NewStyle().Foreground(p.Text).PaddingLeft(2),
		ItemSelected:     lipgloss.NewStyle().Bold(true).Foreground(p.Primary).Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(p.Primary).PaddingLeft(1),
		ItemMeta:         lipgloss.NewStyle().Foreground(p.Subtle),
		Overview:         lipgloss.NewStyle().Foreground(p.Accent).PaddingLeft(2),
		OverviewSelected: lipgloss.NewStyle().Bold(true).Foreground(p.Accent).Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(p.Primary).PaddingLeft(1),
		PaneFocused:      pane.BorderForeground(p.Primary),
		PaneBlurred:      pane.BorderForeground(p.Border),
		Overlay:          lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Primary).Padding(0, 1),
		TooSmall:         lipgloss.NewStyle().Bold(true).Foreground(p.Warning),

		Help:      help.DefaultStyles(isDark),
		TextInput: textinput.DefaultStyles(isDark),
		TextArea:  textarea.DefaultStyles(isDark),
		Palette:   p,
		Rows: RowPaints{
			Item:             NewPaint(lipgloss.NewStyle().Foreground(p.Text)),
			Selected:         NewPaint(lipgloss.NewStyle().Bold(true).Foreground(p.Primary)),
			Meta:             NewPaint(lipgloss.NewStyle().Foreground(p.Subtle)),
			Overview:         NewPaint(lipgloss.NewStyle().Foreground(p.Accent)),
			OverviewSelected: NewPaint(lipgloss.NewStyle().Bold(true).Foreground(p.Accent)),
			Caution:          NewPaint(lipgloss.NewStyle().Bold(true).Foreground(p.Warning)),
			Absolute:         NewPaint(lipgloss.NewStyle().Bold(true).Foreground(p.Danger)),
			Bar:              NewPaint(lipgloss.NewStyle().Foreground(p.Primary)),
			Muted:            NewPaint(lipgloss.NewStyle().Foreground(p.Subtle)),
		},
	}).withBoxes()
}
