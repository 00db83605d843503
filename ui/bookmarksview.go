package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
)

// bookmarksView lists the bookmarked techniques, then what was opened
// lately; enter opens one. It filters as you type, like the other lists.
type bookmarksView struct {
	common
	data   *userData
	list   filterList
	visits []openVisitMsg // parallel to the list's items
	err    string
	loaded bool
}

var _ overlay = (*bookmarksView)(nil)

type bookmarksLoadedMsg struct {
	bookmarks []store.Bookmark
	history   []store.Visit
	now       time.Time
	err       error
}

// bookmarksEntry opens the bookmarks and history (B).
func bookmarksEntry() entry {
	return entry{
		key: key.NewBinding(key.WithKeys("B"), key.WithHelp("B", "bookmarks & history")),
		open: func(m Model) (overlay, tea.Cmd, string) {
			if m.data == nil {
				return nil, nil, noPersonalData
			}
			return opened(newBookmarksView(m.common, m.data))
		},
	}
}

func newBookmarksView(c common, data *userData) (*bookmarksView, tea.Cmd) {
	v := &bookmarksView{common: c, data: data}
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
	var items []filterItem
	v.visits = v.visits[:0]
	g := v.styles.G
	for _, b := range msg.bookmarks {
		t, ok := v.catalog.Technique(b.TechniqueID)
		if !ok {
			continue
		}
		items = append(items, filterItem{label: g.Bookmark + " " + t.Name, detail: "bookmarked " + visitAge(msg.now, b.Created),
			keys: append([]string{t.ID}, t.Aliases...)})
		v.visits = append(v.visits, openVisitMsg{kind: store.VisitTechnique, id: t.ID})
	}
	for _, h := range msg.history {
		label, keys := "", []string{h.ID}
		switch h.Kind {
		case store.VisitCondition:
			x, ok := v.catalog.Condition(h.ID)
			if !ok {
				continue
			}
			label = g.Overview + " " + x.Name
			keys = append(keys, x.Synonyms...)
		default:
			t, ok := v.catalog.Technique(h.ID)
			if !ok {
				continue
			}
			label = g.Dot + " " + t.Name
			keys = append(keys, t.Aliases...)
		}
		items = append(items, filterItem{label: label, detail: "opened " + visitAge(msg.now, h.At), keys: keys})
		v.visits = append(v.visits, openVisitMsg{kind: h.Kind, id: h.ID})
	}
	w, h := v.list.width, v.list.height
	v.list = newFilterList("find: ", "type to filter your bookmarks and history", items, 0, v.keys, v.styles)
	v.list.Open(0)
	v.list.SetSize(w, h)
}

func (v *bookmarksView) Title() string { return "Bookmarks and history" }

func (v *bookmarksView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Choose, v.keys.PrevItem, v.keys.NextItem, v.keys.Dismiss}
}

func (v *bookmarksView) SetSize(w, h int) { v.list.SetSize(w, max(1, h-1)) }

func (v *bookmarksView) SetStyles(s *Styles) {
	v.styles = s
	v.list.SetStyles(s)
}

func (v *bookmarksView) Update(msg tea.Msg) (overlay, tea.Cmd, effect) {
	if m, ok := msg.(bookmarksLoadedMsg); ok {
		v.loaded = true
		if m.err != nil {
			v.err = m.err.Error()
		}
		v.build(m)
		return v, nil, nil
	}
	i, cmd, closing := v.list.pick(msg)
	if i >= 0 && i < len(v.visits) {
		return v, cmd, openItem{v.visits[i]}
	}
	return v, cmd, closing
}

func (v *bookmarksView) View() string {
	s := v.styles
	head := s.Muted.Render(render.Truncate("Your bookmarks (b on a technique), then what you opened lately.", v.list.width, s.G.Ellipsis))
	switch {
	case v.err != "":
		head = s.Absolute.Render(render.Truncate("Could not be read: "+v.err, v.list.width, s.G.Ellipsis))
	case v.loaded && len(v.visits) == 0:
		head = s.Muted.Render(render.Truncate("Nothing yet: press b on a technique to bookmark it; what you open is kept here.", v.list.width, s.G.Ellipsis))
	}
	return head + "\n" + v.list.View()
}

// full reports whether the overlay's input can take no more text.
func (v *bookmarksView) full() bool { return v.list.full() }
