package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

// noteView shows the chart note for the technique in view, screened for the
// findings ticked, ready to copy. A technique contraindicated for them gets
// no note, and the screen says why.
type noteView struct {
	common
	note    string // "" when refused
	refusal string
	width   int
}

var _ overlay = (*noteView)(nil)

// noteEntry opens the chart note (n) on the technique in view, screened
// for the findings ticked.
func noteEntry() entry {
	return entry{
		key: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "chart note")),
		open: func(m Model) (overlay, tea.Cmd, string) {
			t, ok := m.browse.list.Selected()
			if !ok {
				return nil, nil, "Select a technique to write its chart note."
			}
			return newNoteView(m.common, t, m.browse.patient), nil, ""
		},
	}
}

func newNoteView(c common, t techniques.Technique, patient []string) *noteView {
	n := &noteView{common: c}
	note, err := sheet.ProcedureNote(c.catalog, []sheet.NoteItem{{Technique: t}}, patient)
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

func (n *noteView) Title() string { return "Chart note (SOAP)" }

func (n *noteView) ShortHelp() []key.Binding {
	if n.note == "" {
		return []key.Binding{n.keys.Close}
	}
	return []key.Binding{n.keys.Copy, n.keys.Close}
}

func (n *noteView) SetSize(w, _ int) { n.width = w }

func (n *noteView) SetStyles(s *Styles) { n.styles = s }

func (n *noteView) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, n.keys.Copy) && n.note != "":
		return n, nil, copyText{n.note, "the note"}
	case key.Matches(k, n.keys.Close):
		return n, nil, closeOverlay{}
	}
	return n, nil, nil
}

func (n *noteView) View() string {
	if n.note == "" {
		return n.styles.Absolute.Render(render.Wrap(n.refusal, n.width))
	}
	var b strings.Builder
	b.WriteString(n.styles.Text.Render(render.Wrap(n.note, n.width)))
	b.WriteString("\n\n")
	b.WriteString(n.styles.Muted.Render(render.Wrap("Bracketed fields are yours to fill in. Screened only for the findings ticked (p). "+
		"For a visit with several techniques: omt note ID ID ...", n.width)))
	return b.String()
}
