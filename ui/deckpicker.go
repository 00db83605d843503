package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/ui/common"
)

// deckPicker chooses what to study: everything due, or one deck (a family,
// a region, a condition, a map, the glossary), each with its cards due now
// and the new ones today's allowance leaves. Enter starts the session.
type deckPicker struct {
	common.Common
	data   *userData
	list   common.FilterList
	names  []string // deck names, parallel to the list's items; "" is everything
	titles []string
	counts *study.Tally // nil until counted
	err    string
}

var _ common.Screen = (*deckPicker)(nil)

// deckCountsMsg carries every deck's counts.
type deckCountsMsg struct {
	tally study.Tally
	err   error
}

// studyEntry opens study (s) on the choice of a deck.
func studyEntry(data *userData) common.Entry {
	return dataEntry(key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "study")), data, noStudyData,
		func(c common.Common, data *userData) (common.Screen, tea.Cmd) { return newDeckPicker(c, data) })
}

func newDeckPicker(c common.Common, data *userData) (*deckPicker, tea.Cmd) {
	d := data.deck.load(c.Catalog)
	p := &deckPicker{Common: c, data: data, names: []string{""}, titles: []string{"Everything due today"}}
	for _, dk := range d.decks {
		p.names = append(p.names, dk.Name)
		p.titles = append(p.titles, dk.Title)
	}
	p.rebuild()
	return p, tea.Batch(p.list.Open(0), p.count())
}

// rebuild lays out the rows with the counts known so far.
func (p *deckPicker) rebuild() {
	items := make([]common.FilterItem, len(p.names))
	for i, name := range p.names {
		detail := "counting…"
		if p.counts != nil {
			n := p.counts.All
			if name != "" {
				n = p.counts.ByDeck[name]
			}
			detail = fmt.Sprintf("%d due, %d new", n.Due, n.New)
		}
		items[i] = common.FilterItem{Label: p.titles[i], Detail: detail, Keys: []string{name}}
	}
	query, cursor, w, h := p.list.Query(), p.list.Selected(), p.list.Width(), p.list.Height()
	p.list = common.NewFilterList("deck: ", "type to find a deck (counterstrain, lumbar, viscerosomatic)", items, 1, p.Keys, p.Styles)
	p.list.Open(max(0, cursor))
	p.list.SetSize(w, h)
	if query != "" {
		p.list.SetQuery(query)
	}
}

func (p *deckPicker) count() tea.Cmd {
	data, c := p.data, p.Catalog
	return func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return deckCountsMsg{err: err}
		}
		tally, err := st.Count(data.deck.load(c).refs, data.now())
		return deckCountsMsg{tally: tally, err: err}
	}
}

func (p *deckPicker) Title() string { return "Study: choose a deck" }

func (p *deckPicker) ShortHelp() []key.Binding {
	return []key.Binding{p.Keys.Choose, p.Keys.PrevItem, p.Keys.NextItem, p.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (p *deckPicker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

func (p *deckPicker) SetSize(w, h int) { p.list.SetSize(w, max(1, h-1)) }

func (p *deckPicker) SetStyles(s *common.Styles) {
	p.Styles = s
	p.list.SetStyles(s)
}

func (p *deckPicker) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case deckCountsMsg:
		if msg.err != nil {
			p.err = msg.err.Error()
			return p, nil, nil
		}
		p.counts = &msg.tally
		p.rebuild()
		return p, nil, nil
	}
	i, cmd, closing := p.list.Pick(msg)
	if i < 0 {
		return p, cmd, closing
	}
	title := p.titles[i]
	if p.names[i] == "" {
		title = ""
	}
	v, start := newStudyView(p.Common, p.data, p.names[i], title)
	return p, tea.Batch(cmd, start), common.SwitchScreen{To: v}
}

func (p *deckPicker) View() string {
	head := p.Styles.Muted.Render(render.Truncate("Each deck's cards due now, and the new ones today still has room for.", p.list.Width(), p.Styles.G.Ellipsis))
	if p.err != "" {
		head = p.Styles.Absolute.Render(render.Truncate("Your study progress could not be read: "+p.err, p.list.Width(), p.Styles.G.Ellipsis))
	}
	return head + "\n" + p.list.View()
}

// Full reports whether the screen's text input can take no more text.
func (p *deckPicker) Full() bool { return p.list.Full() }
