// Package chartnote is the chart note screen (n): the SOAP note for the
// technique in view, screened for the findings ticked, ready to copy; a
// technique contraindicated for them gets no note, and the screen says why.
// The note itself is render/sheet's (ProcedureNote), as omt note prints it.
package chartnote

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
)

// View shows the chart note for the technique in view, screened for the
// findings ticked, ready to copy. A technique contraindicated for them gets
// no note, and the screen says why.
type View struct {
	common.Common
	note    string // "" when refused
	refusal string
	width   int
}

var _ common.Screen = (*View)(nil)

// Entry opens the chart note (n) on the technique in view, screened
// for the findings ticked.
func Entry() common.Entry {
	return common.Entry{
		Key: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "chart note")),
		Open: func(c common.Context) (common.Screen, tea.Cmd, string) {
			if c.Technique == nil {
				return nil, nil, "Select a technique to write its chart note."
			}
			return New(c.Common, *c.Technique, c.Patient), nil, ""
		},
	}
}

// New is the chart note for t, screened for the findings patient ticks.
func New(c common.Common, t techniques.Technique, patient []string) *View {
	n := &View{Common: c}
	note, err := sheet.ProcedureNote(c.Catalog, []sheet.NoteItem{{Technique: t}}, patient)
	var refused *sheet.RefusalError
	switch {
	case errors.As(err, &refused):
		n.refusal = "No note: " + err.Error() + "."
	case err != nil:
		n.refusal = err.Error()
	default:
		n.note = note
	}
	return n
}

// Title heads the screen.
func (n *View) Title() string { return "Chart note (SOAP)" }

// ShortHelp is the keys that work now, for the footer.
func (n *View) ShortHelp() []key.Binding {
	if n.note == "" {
		return []key.Binding{n.Keys.Close}
	}
	return []key.Binding{n.Keys.Copy, n.Keys.Close}
}

// FullHelp is the keys for the help: those that work now.
func (n *View) FullHelp() [][]key.Binding { return [][]key.Binding{n.ShortHelp()} }

// SetSize lays the screen out in w columns and h lines.
func (n *View) SetSize(w, _ int) { n.width = w }

// SetStyles draws the screen in s.
func (n *View) SetStyles(s *common.Styles) { n.Styles = s }

// Update handles a message; the effect is what it asks of the root.
func (n *View) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, n.Keys.Copy) && n.note != "":
		return n, nil, common.CopyText{Text: n.note, What: "the note"}
	case key.Matches(k, n.Keys.Close):
		return n, nil, common.CloseScreen{}
	}
	return n, nil, nil
}

// View draws the screen.
func (n *View) View() string {
	if n.note == "" {
		return n.Styles.Absolute.Render(render.Wrap(n.refusal, n.width))
	}
	var b strings.Builder
	b.WriteString(n.Styles.Text.Render(render.Wrap(n.note, n.width)))
	b.WriteString("\n\n")
	b.WriteString(n.Styles.Muted.Render(render.Wrap("Bracketed fields are yours to fill in. Screened only for the findings ticked (p). "+
		"For a visit with several techniques: omt note ID ID ...", n.width)))
	return b.String()
}
