package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"github.com/omt-reference/omt/techniques"
)

// conditionChosenMsg reports the condition picked; an empty id clears the filter.
type conditionChosenMsg struct{ id string }

// pickerClosedMsg reports that the picker was dismissed without a choice.
type pickerClosedMsg struct{}

// choice is one row of the picker.
type choice struct {
	id, name string
	count    int
	synonyms []string
}

// picker chooses a condition from a list that filters as you type, showing how
// many techniques each condition has.
type picker struct {
	input   textinput.Model
	choices []choice
	shown   []int // indexes into choices, in match order
	cursor  int
	offset  int
	width   int
	height  int
	keys    KeyMap
	styles  Styles
}

func newPicker(c *techniques.Catalog, keys KeyMap, styles Styles) picker {
	in := textinput.New()
	in.Prompt = "condition: "
	in.Placeholder = "type to filter (name, synonym or abbreviation)"
	in.SetStyles(styles.TextInput)
	p := picker{input: in, keys: keys, styles: styles}
	p.choices = append(p.choices, choice{name: "Any condition (clear the filter)"})
	for _, x := range c.Conditions {
		p.choices = append(p.choices, choice{id: x.ID, name: x.Name, count: c.CountFor(x.ID), synonyms: x.Synonyms})
	}
	p.refilter()
	return p
}

// Open resets the picker and focuses its input, with the cursor on current.
func (p *picker) Open(current string) tea.Cmd {
	p.input.SetValue("")
	p.refilter()
	for i, idx := range p.shown {
		if p.choices[idx].id == current {
			p.cursor = i
		}
	}
	p.scrollToCursor()
	return p.input.Focus()
}

func (p *picker) SetStyles(s Styles) {
	p.styles = s
	p.input.SetStyles(s.TextInput)
}

func (p *picker) SetSize(w, h int) {
	p.width, p.height = w, h
	p.input.SetWidth(max(1, w-lipgloss.Width(p.input.Prompt)-1))
	p.scrollToCursor()
}

// refilter matches the query against every condition's name and synonyms.
func (p *picker) refilter() {
	q := strings.TrimSpace(p.input.Value())
	p.shown = p.shown[:0]
	if q == "" {
		for i := range p.choices {
			p.shown = append(p.shown, i)
		}
	} else {
		var targets []string
		var owner []int
		for i, ch := range p.choices[1:] {
			for _, t := range append([]string{ch.name}, ch.synonyms...) {
				targets = append(targets, t)
				owner = append(owner, i+1)
			}
		}
		seen := map[int]bool{}
		for _, m := range fuzzy.Find(q, targets) {
			if idx := owner[m.Index]; !seen[idx] {
				seen[idx] = true
				p.shown = append(p.shown, idx)
			}
		}
	}
	p.cursor, p.offset = 0, 0
}

func (p picker) Update(msg tea.Msg) (picker, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, p.keys.Open):
			if len(p.shown) == 0 {
				return p, nil
			}
			id := p.choices[p.shown[p.cursor]].id
			return p, func() tea.Msg { return conditionChosenMsg{id} }
		case key.Matches(k, p.keys.Back):
			if p.input.Value() != "" {
				p.input.SetValue("")
				p.refilter()
				return p, nil
			}
			return p, func() tea.Msg { return pickerClosedMsg{} }
		case key.Matches(k, p.keys.PrevItem):
			p.cursor = max(0, p.cursor-1)
			p.scrollToCursor()
			return p, nil
		case key.Matches(k, p.keys.NextItem):
			p.cursor = min(len(p.shown)-1, p.cursor+1)
			p.cursor = max(0, p.cursor)
			p.scrollToCursor()
			return p, nil
		}
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.refilter()
	}
	return p, cmd
}

// rows is how many choices fit under the input line.
func (p picker) rows() int { return max(1, p.height-2) }

func (p *picker) scrollToCursor() {
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+p.rows() {
		p.offset = p.cursor - p.rows() + 1
	}
}

// Choice is the row under the cursor.
func (p picker) Choice() (choice, bool) {
	if len(p.shown) == 0 {
		return choice{}, false
	}
	return p.choices[p.shown[p.cursor]], true
}

func (p picker) View() string {
	lines := []string{ansi.Truncate(p.input.View(), p.width, "")}
	if len(p.shown) == 0 {
		lines = append(lines, p.styles.Muted.Render(ansi.Truncate("  no condition matches", p.width, "…")))
	}
	end := min(len(p.shown), p.offset+p.rows())
	for i := p.offset; i < end; i++ {
		ch := p.choices[p.shown[i]]
		label := ch.name
		if ch.id != "" {
			label = fmt.Sprintf("%s (%d)", ch.name, ch.count)
			if len(ch.synonyms) > 0 {
				label += "  " + p.styles.Muted.Render(strings.Join(ch.synonyms, ", "))
			}
		}
		style := p.styles.Item
		if i == p.cursor {
			style = p.styles.ItemSelected
		}
		lines = append(lines, ansi.Truncate(style.Render(label), p.width, "…"))
	}
	if more := len(p.shown) - end; more > 0 {
		lines = append(lines, p.styles.Muted.Render(ansi.Truncate(fmt.Sprintf("  … %d more", more), p.width, "")))
	}
	return strings.Join(lines, "\n")
}
