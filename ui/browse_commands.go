package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/ui/common"
)

// command runs the page's commands: search, show the contraindicated,
// copy, bookmark, add to study.
func (b *browse) command(msg tea.KeyPressMsg) (tea.Cmd, common.Effect, bool) {
	k := b.pageKeys
	switch {
	case key.Matches(msg, k.Search):
		b.searching = true
		b.focus = listPane
		b.syncDetail() // its hints change while typing
		return b.search.Focus(), nil, true
	case key.Matches(msg, k.ShowContra):
		b.showAll = !b.showAll
		b.refilter(false)
		return nil, nil, true
	case key.Matches(msg, b.Keys.Copy):
		return nil, b.copyDocument(), true
	case key.Matches(msg, k.Bookmark):
		cmd, eff := b.bookmark()
		return cmd, eff, true
	case key.Matches(msg, k.AddToStudy):
		cmd, eff := b.addToStudy()
		return cmd, eff, true
	}
	return nil, nil, false
}

// searchKey runs while the search input has focus: every key but the few
// that leave the input types text, so q types a q.
func (b browse) searchKey(msg tea.KeyPressMsg) (browse, tea.Cmd, common.Effect) {
	k := b.pageKeys
	switch {
	case key.Matches(msg, k.Done):
		b.searching = false
		b.search.Blur()
		b.syncDetail()
		return b, nil, nil
	case key.Matches(msg, k.Clear):
		b.searching = false
		b.search.Blur()
		b.search.SetValue("")
		b.refilter(false)
		return b, nil, nil
	case key.Matches(msg, b.Keys.PrevItem):
		b.list.MoveBy(-1)
		b.syncDetail()
		return b, nil, nil
	case key.Matches(msg, b.Keys.NextItem):
		b.list.MoveBy(1)
		b.syncDetail()
		return b, nil, nil
	}
	return b.typeInSearch(msg, nil)
}

// paste puts pasted text (sanitized by the root) into the search, starting
// one if need be.
func (b browse) paste(msg tea.PasteMsg) (browse, tea.Cmd, common.Effect) {
	var focus tea.Cmd
	if !b.searching {
		b.searching = true
		b.focus = listPane
		focus = b.search.Focus()
	}
	return b.typeInSearch(msg, focus)
}

// typeInSearch hands a key or a paste to the search input and filters
// again if the query changed.
func (b browse) typeInSearch(msg tea.Msg, focus tea.Cmd) (browse, tea.Cmd, common.Effect) {
	before := b.search.Value()
	var cmd tea.Cmd
	b.search, cmd = b.search.Update(msg)
	if b.search.Value() != before {
		b.refilter(true)
	}
	if focus != nil {
		cmd = tea.Batch(focus, cmd)
	}
	return b, cmd, nil
}

// copyDocument copies what the detail pane shows, as markdown, through the
// terminal (OSC 52), so it works over SSH too.
func (b *browse) copyDocument() common.Effect {
	md, ok := b.detail.Markdown()
	if !ok {
		return common.Notice{Text: "Nothing to copy: select a technique, a condition or a term."}
	}
	return common.CopyText{Text: md, What: b.detail.doc.title + " as markdown"}
}

// bookmark bookmarks the technique in view, or removes its bookmark.
func (b *browse) bookmark() (tea.Cmd, common.Effect) {
	if b.data == nil {
		return nil, common.Notice{Text: noPersonalData}
	}
	t, ok := b.list.Selected()
	if !ok {
		return nil, common.Notice{Text: "Select a technique first."}
	}
	return b.data.toggleBookmark(t), nil
}

// addToStudy adds the technique in view to today's study.
func (b *browse) addToStudy() (tea.Cmd, common.Effect) {
	if b.data == nil {
		return nil, common.Notice{Text: noStudyData}
	}
	t, ok := b.list.Selected()
	if !ok {
		return nil, common.Notice{Text: "Select a technique to add its cards to today's study."}
	}
	return b.data.addToStudy(b.Catalog, t), nil
}
