package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/techlist"
)

// The width from which list and detail sit side by side, and the list's
// share of it.
const (
	wideWidth  = 90
	listShare  = 0.42 // of the width, in a wide terminal
	minListCol = 30
)

// pane is the part of the browse page that has focus. In a narrow terminal
// it is also the pane on show.
type pane int

const (
	listPane pane = iota
	detailPane
)

func (p pane) String() string {
	if p == detailPane {
		return "detail"
	}
	return "list"
}

// browse is the browse page: the list of what the filter (condition,
// facets, search, patient) finds, and the detail pane that shows the entry
// under the cursor. It is the screen the browser opens on and returns to;
// the others open over it.
type browse struct {
	common.Common
	pageKeys  browseKeys // its own; common's keys are those it shares
	opens     openKeys
	data      *userData // the user's data, nil when there is none to use
	mine      mine      // the user's bookmarks and notes, once read
	search    textinput.Model
	searching bool // the search input has focus: keys type text
	focus     pane
	condition string
	facets    techniques.Filter // approach, participation, family, region
	patient   []string          // flag ids: the one source of truth for screening
	showAll   bool              // list contraindicated techniques too, in their own section
	list      techlist.List
	detail    detail
	width     int
	height    int
	wide      bool // list and detail side by side
	listWidth int  // the list pane's outer width: the whole width when narrow
}

func newBrowse(c common.Common, opts Options, opens openKeys, data *userData) browse {
	search := common.NewTextInput()
	search.Prompt = ""
	search.Placeholder = "name, abbreviation, condition or term"
	search.CharLimit = techniques.MaxQueryLen
	search.SetStyles(c.Styles.TextInput)
	facets := opts.Filter
	facets.Condition, facets.Query = "", ""
	b := browse{Common: c, pageKeys: newBrowseKeys(), opens: opens, data: data, search: search,
		list: techlist.New(c.Keys, c.Styles), detail: newDetail(c),
		condition: opts.Condition, facets: facets, patient: opts.Patient}
	b.refilter(false)
	return b
}

// SetSize lays the page out in w columns and h lines: list and detail side
// by side from wideWidth columns, else one at a time.
func (b *browse) SetSize(w, h int) {
	b.width, b.height = w, h
	b.wide = w >= wideWidth
	b.listWidth = w
	if b.wide {
		b.listWidth = max(minListCol, int(float64(w)*listShare))
	}
	frameW, innerH := b.Styles.FocusedBox.FrameWidth(), h-2
	b.list.SetSize(b.listWidth-frameW, innerH)
	detailWidth := w
	if b.wide {
		detailWidth = w - b.listWidth
	}
	b.detail.SetSize(detailWidth-frameW, innerH)
	b.search.SetWidth(max(10, w/3))
}

func (b *browse) SetStyles(s *common.Styles) {
	b.Styles = s
	b.search.SetStyles(s.TextInput)
	b.list.SetStyles(s)
	b.detail.SetStyles(s)
}

// ShortHelp is the footer's keys: the search's while typing, the
// detail's while reading it, else the list's.
func (b browse) ShortHelp() []key.Binding {
	k, o := b.pageKeys, b.opens
	switch {
	case b.searching:
		return []key.Binding{k.Done, k.Clear, b.Keys.PrevItem, b.Keys.NextItem}
	case b.focus == detailPane:
		s := b.Keys
		return []key.Binding{s.Up, s.Down, s.PageDown, s.NextSection, k.Sections[0], k.Sections[2], o.Timer, s.Copy, o.Note, k.BackList, o.Help}
	}
	return []key.Binding{k.Search, o.Help, o.Condition, k.Open, o.Maps, o.Glossary, o.Filters, o.Patient, b.Keys.Back, o.Quit}
}

// FullHelp is the page's movement, for the help screen; the router adds
// what its keys open (Model.fullHelp).
func (b browse) FullHelp() [][]key.Binding {
	k, s := b.pageKeys, b.Keys
	return [][]key.Binding{
		{s.Up, s.Down, s.PageUp, s.PageDown, s.Top, s.Bottom, k.SwitchPane},
		{k.Open, s.Back, s.PrevSection, s.NextSection, k.Sections[0], k.Sections[1], k.Sections[2], k.Sections[3], k.Sections[4]},
	}
}

// typing reports whether the search input has the keys: every key but the
// few that leave it types text, so q types a q.
func (b browse) typing() bool { return b.searching }

// full reports whether the search input can take no more text.
func (b browse) full() bool { return b.searching && len(b.search.Value()) >= techniques.MaxQueryLen }

// Update handles a key or a paste on the page.
func (b browse) Update(msg tea.Msg) (browse, tea.Cmd, common.Effect) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		return b.paste(msg)
	case tea.KeyPressMsg:
		if b.searching {
			return b.searchKey(msg)
		}
		if cmd, eff, ok := b.command(msg); ok {
			return b, cmd, eff
		}
		return b.move(msg)
	}
	return b, nil, nil
}

// move moves about the page: between the panes, into an entry and back,
// between its sections, and along the list or the document in focus.
func (b browse) move(msg tea.KeyPressMsg) (browse, tea.Cmd, common.Effect) {
	k, s := b.pageKeys, b.Keys
	switch {
	case key.Matches(msg, k.SwitchPane):
		b.switchPane()
		return b, nil, nil
	case key.Matches(msg, k.Open):
		if b.list.HasSelection() && b.focus == listPane {
			b.focus = detailPane // its page is in sight: noteOpened records it
		}
		return b, nil, nil
	case key.Matches(msg, s.Back):
		b.back()
		return b, nil, nil
	case key.Matches(msg, s.NextSection):
		b.detail.StepSection(1)
		return b, nil, nil
	case key.Matches(msg, s.PrevSection):
		b.detail.StepSection(-1)
		return b, nil, nil
	}
	for i, section := range k.Sections {
		if key.Matches(msg, section) {
			if !b.detail.JumpTo(i) {
				return b, nil, common.Notice{Text: "This entry has no " + sectionNames()[i] + " section."}
			}
			return b, nil, nil
		}
	}
	var cmd tea.Cmd
	if b.focus == detailPane {
		switch {
		case key.Matches(msg, s.Top):
			b.detail.vp.GotoTop()
		case key.Matches(msg, s.Bottom):
			b.detail.vp.GotoBottom()
		default:
			b.detail, cmd = b.detail.Update(msg)
		}
		return b, cmd, nil
	}
	b.list, cmd = b.list.Update(msg)
	b.syncDetail()
	return b, cmd, nil
}

// hint names a key as it can be pressed from where the user is now: while
// typing a search, a letter would be typed, so the search must be left first.
func (b browse) hint(k key.Binding) string { return hintFor(b.searching, b.pageKeys.Done, k) }

// back leaves the detail pane, or clears the search, then the facets, then
// the condition.
func (b *browse) back() {
	switch {
	case b.focus == detailPane:
		b.focus = listPane
	case b.search.Value() != "":
		b.search.SetValue("")
		b.refilter(false)
	case b.facets != techniques.Filter{}:
		b.facets = techniques.Filter{}
		b.refilter(false)
	case b.condition != "":
		b.condition = ""
		b.refilter(false)
	}
}

func (b *browse) switchPane() {
	if b.focus == detailPane {
		b.focus = listPane
		return
	}
	if b.list.HasSelection() {
		b.focus = detailPane
	}
}

// wheel scrolls whatever is under the pointer.
func (b *browse) wheel(mouse tea.Mouse) {
	step := common.WheelStep(mouse)
	if step == 0 {
		return
	}
	overDetail := b.focus == detailPane
	if b.wide {
		overDetail = mouse.X >= b.listWidth
	}
	if overDetail {
		b.detail.ScrollBy(common.WheelLines * step)
		return
	}
	b.list.MoveBy(step)
	b.syncDetail()
}

// chooseCondition filters by a condition ("" clears it), with its overview
// under the cursor.
func (b *browse) chooseCondition(id string) {
	b.condition = id
	b.refilter(false)
	b.list.SelectOverview()
	b.syncDetail()
}

// glossaryIndex is the glossary term the list has selected, for the
// glossary to open on, or 0.
func (b browse) glossaryIndex() int {
	if g, ok := b.list.SelectedTerm(); ok {
		for i, x := range b.Catalog.Glossary {
			if x.ID == g.ID {
				return i
			}
		}
	}
	return 0
}

// View draws the list and the detail: side by side when wide, else the
// one in focus. The list says which rows it shows itself; the detail says
// it in its border.
func (b browse) View() string {
	listBox, detailBox := b.Styles.BlurredBox, b.Styles.BlurredBox
	if b.focus == listPane {
		listBox = b.Styles.FocusedBox
	} else {
		detailBox = b.Styles.FocusedBox
	}
	var down key.Binding // the key that scrolls the detail: none while the list has the keys
	if b.focus == detailPane {
		down = b.Keys.Down
	}
	detailMark := b.detail.vp.Mark(b.Styles.G, down)
	if !b.wide {
		if b.focus == detailPane {
			return detailBox.RenderMarked(b.detail.View(), b.width, b.height, detailMark)
		}
		return listBox.Render(b.list.View(), b.listWidth, b.height)
	}
	left := strings.Split(listBox.Render(b.list.View(), b.listWidth, b.height), "\n")
	right := strings.Split(detailBox.RenderMarked(b.detail.View(), b.width-b.listWidth, b.height, detailMark), "\n")
	for i := range left {
		if i < len(right) {
			left[i] += right[i]
		}
	}
	return strings.Join(left, "\n")
}

// prepare draws ahead of View what costs too much to draw on every frame
// and changes more rarely: the list's rows (techList.prepare).
func (b *browse) prepare() { b.list.Prepare() }
