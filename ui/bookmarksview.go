package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/ui/common"
)

// bookmarksView lists the bookmarked techniques, then what was opened
// lately; enter opens one. It filters as you type, like the other lists.
type bookmarksView struct {
	common.Common
	data   *userData
	list   common.FilterList
	visits []openVisitMsg // parallel to the list's items
	err    string
	loaded bool
}

var _ common.Screen = (*bookmarksView)(nil)

type bookmarksLoadedMsg struct {
	bookmarks []store.Bookmark
	history   []store.Visit
	now       time.Time
	err       error
}

// bookmarksEntry opens the bookmarks and history (B).
func bookmarksEntry(data *userData) common.Entry {
	return dataEntry(key.NewBinding(key.WithKeys("B"), key.WithHelp("B", "bookmarks & history")), data, noPersonalData,
		func(c common.Common, data *userData) (common.Screen, tea.Cmd) { return newBookmarksView(c, data) })
}

func newBookmarksView(c common.Common, data *userData) (*bookmarksView, tea.Cmd) {
	v := &bookmarksView{Common: c, data: data}
	v.build(bookmarksLoadedMsg{})
	load := func() tea.Msg {
		p, err := data.personal()
		if err != nil {
			return bookmarksLoadedMsg{err: err}
		}
		bs, err := p.Bookmarks()
		if err != nil {
			return bookmarksLoadedMsg{err: err}
		}
		hs, err := p.History(50)
		return bookmarksLoadedMsg{bookmarks: bs, history: hs, now: data.now(), err: err}
	}
	return v, tea.Batch(v.list.Open(0), load)
}

// build lays out the bookmarks, then the history, skipping what the
// catalogue no longer holds.
func (v *bookmarksView) build(msg bookmarksLoadedMsg) {
	var items []common.FilterItem
	v.visits = v.visits[:0]
	g := v.Styles.G
	for _, b := range msg.bookmarks {
		t, ok := v.Catalog.Technique(b.TechniqueID)
		if !ok {
			continue
		}
		items = append(items, common.FilterItem{Label: g.Bookmark + " " + t.Name, Detail: "bookmarked " + visitAge(msg.now, b.Created),
			Keys: append([]string{t.ID}, t.Aliases...)})
		v.visits = append(v.visits, openVisitMsg{kind: store.VisitTechnique, id: t.ID})
	}
	for _, h := range msg.history {
		label, keys := "", []string{h.ID}
		switch h.Kind {
		case store.VisitCondition:
			x, ok := v.Catalog.Condition(h.ID)
			if !ok {
				continue
			}
			label = g.Overview + " " + x.Name
			keys = append(keys, x.Synonyms...)
		default:
			t, ok := v.Catalog.Technique(h.ID)
			if !ok {
				continue
			}
			label = g.Dot + " " + t.Name
			keys = append(keys, t.Aliases...)
		}
		items = append(items, common.FilterItem{Label: label, Detail: "opened " + visitAge(msg.now, h.At), Keys: keys})
		v.visits = append(v.visits, openVisitMsg{kind: h.Kind, id: h.ID})
	}
	w, h := v.list.Width(), v.list.Height()
	v.list = common.NewFilterList("find: ", "type to filter your bookmarks and history", items, 0, v.Keys, v.Styles)
	v.list.Open(0)
	v.list.SetSize(w, h)
}

func (v *bookmarksView) Title() string { return "Bookmarks and history" }

func (v *bookmarksView) ShortHelp() []key.Binding {
	return []key.Binding{v.Keys.Choose, v.Keys.PrevItem, v.Keys.NextItem, v.Keys.Dismiss}
}

// FullHelp is the keys for the help: those that work now.
func (v *bookmarksView) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

func (v *bookmarksView) SetSize(w, h int) { v.list.SetSize(w, max(1, h-1)) }

func (v *bookmarksView) SetStyles(s *common.Styles) {
	v.Styles = s
	v.list.SetStyles(s)
}

func (v *bookmarksView) Update(msg tea.Msg) (common.Screen, tea.Cmd, common.Effect) {
	if m, ok := msg.(bookmarksLoadedMsg); ok {
		v.loaded = true
		if m.err != nil {
			v.err = m.err.Error()
		}
		v.build(m)
		return v, nil, nil
	}
	i, cmd, closing := v.list.Pick(msg)
	if i >= 0 && i < len(v.visits) {
		return v, cmd, common.OpenItem{Kind: v.visits[i].kind, ID: v.visits[i].id}
	}
	return v, cmd, closing
}

func (v *bookmarksView) View() string {
	s := v.Styles
	head := s.Muted.Render(render.Truncate("Your bookmarks (b on a technique), then what you opened lately.", v.list.Width(), s.G.Ellipsis))
	switch {
	case v.err != "":
		head = s.Absolute.Render(render.Truncate("Could not be read: "+v.err, v.list.Width(), s.G.Ellipsis))
	case v.loaded && len(v.visits) == 0:
		head = s.Muted.Render(render.Truncate("Nothing yet: press b on a technique to bookmark it; what you open is kept here.", v.list.Width(), s.G.Ellipsis))
	}
	return head + "\n" + v.list.View()
}

// Full reports whether the screen's text input can take no more text.
func (v *bookmarksView) Full() bool { return v.list.Full() }
