package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/ui/common"
)

// statsView shows the student's progress: what is due, reviews a day over
// the last month drawn as a chart, retention, and the weakest decks.
type statsView struct {
	common.Common
	data   *userData
	report *study.Report
	titles map[string]string
	now    time.Time
	err    string
	doc    common.Scroller
	width  int
	height int
}

var _ common.Screen = (*statsView)(nil)

type statsMsg struct {
	report study.Report
	err    error
}

// statsEntry opens the study statistics (S).
func statsEntry(data *userData) common.Entry {
	return dataEntry(key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "study stats")), data, noStudyData,
		func(c common.Common, data *userData) (common.Screen, tea.Cmd) { return newStatsView(c, data) })
}

func newStatsView(c common.Common, data *userData) (*statsView, tea.Cmd) {
	d := data.deck.load(c.Catalog)
	v := &statsView{Common: c, data: data, titles: map[string]string{}, now: data.now(), doc: common.Scroller{Keys: c.Keys}}
	for _, dk := range d.decks {
		v.titles[dk.Name] = dk.Title
	}
	now := v.now
	return v, func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return statsMsg{err: err}
		}
		rep, err := st.Stats(d.refs, now)
		return statsMsg{report: rep, err: err}
	}
}

func (v *statsView) Title() string { return "Study statistics" }

func (v *statsView) ScrollMark() string { return v.doc.Mark(v.Styles.G, v.Keys.Down) }

func (v *statsView) ShortHelp() []key.Binding {
	return []key.Binding{v.Keys.Up, v.Keys.Down, v.Keys.Close}
}

// FullHelp is the keys for the help: those that work now.
func (v *statsView) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

func (v *statsView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.doc.SetHeight(h)
}

func (v *statsView) SetStyles(s *common.Styles) { v.Styles = s }

func (v *statsView) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case statsMsg:
		if msg.err != nil {
			v.err = msg.err.Error()
		} else {
			v.report = &msg.report
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, v.Keys.Close):
			return v, nil, common.CloseScreen{}
		default:
			v.doc, _ = v.doc.Update(msg)
		}
	}
	return v, nil, nil
}

func (v *statsView) View() string {
	switch {
	case v.err != "":
		return v.Styles.Absolute.Render("Your study progress could not be read: ") + v.err
	case v.report == nil:
		return v.Styles.Muted.Render("Counting your reviews…")
	}
	lines := strings.Split(render.Stats(*v.report, v.titles, v.now, v.width, &v.Styles.Styles), "\n")
	v.doc.SetTotal(len(lines))
	from := min(v.doc.YOffset(), len(lines))
	return strings.Join(lines[from:min(len(lines), from+v.doc.Height())], "\n")
}
