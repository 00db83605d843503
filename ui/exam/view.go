package exam

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/exam"
)

// lowTime is when a timed block's clock turns to the warning colour.
const lowTime = 5 * time.Minute

// View draws the screen in its size: a header, the body (scrolled), and
// what the screen keeps at the bottom (a prompt, the navigation strip).
func (m Model) View() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	body, bottom := m.body(), m.bottom()
	bh := m.bodyHeight(len(bottom))
	from := min(m.scroll, max(0, len(body)-bh))
	to := min(len(body), from+bh)
	shown := append([]string{}, body[from:to]...)
	if to < len(body) && len(shown) > 0 {
		shown[len(shown)-1] = m.styles.Muted.Render(m.styles.G.Down + " more: " + m.keys.Down.Help().Key)
	}
	for len(shown) < bh {
		shown = append(shown, "")
	}
	lines := append([]string{m.header(), m.rule()}, shown...)
	lines = append(lines, bottom...)
	for i, l := range lines {
		lines[i] = cut(l, m.width, m.styles.G.Ellipsis)
	}
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// bodyHeight is the lines left for the body under the header and its rule
// and above the bottom's lines.
func (m Model) bodyHeight(bottom int) int { return max(1, m.height-2-bottom) }

// maxScroll is how far the body can scroll: its last line at the bottom.
func (m Model) maxScroll() int {
	return max(0, len(m.body())-m.bodyHeight(len(m.bottom())))
}

// body is the lines of the screen's main part, wrapped to its width.
func (m Model) body() []string {
	switch m.screen {
	case screenList:
		return m.listLines()
	case screenScore:
		return m.scoreLines()
	case screenReview:
		return m.questionLines(m.review, true)
	}
	cur := m.session.Current()
	return m.questionLines(cur, m.session.Revealed(cur))
}

// bottom is what stays at the foot of the screen: a prompt or a notice,
// and on a question the strip of every question.
func (m Model) bottom() []string {
	s := m.styles
	var out []string
	switch {
	case m.prompt == promptSubmit:
		answered, flagged := m.session.Counts()
		out = wrapStyled(s.Warning, fmt.Sprintf("Submit the block? %d of %d not answered, %d flagged. y submits, n goes back.",
			m.session.Len()-answered, m.session.Len(), flagged), m.width)
	case m.prompt == promptLeave:
		out = wrapStyled(s.Warning, "Leave the block? It is kept: omt exam --resume goes on with the time it has left. "+
			"y leaves, n stays.", m.width)
	case m.saveErr != "":
		out = wrapStyled(s.Wrong, "Not saved: "+m.saveErr, m.width)
	case m.notice != "":
		out = wrapStyled(s.Warning, m.notice, m.width)
	}
	switch m.screen {
	case screenQuestion:
		out = append(out, m.rule(), m.strip(m.session.Current()))
	case screenReview:
		out = append(out, m.rule(), m.strip(m.review))
	}
	return out
}

func (m Model) rule() string {
	return m.styles.Rule.Render(strings.Repeat(m.styles.G.Rule, max(1, m.width/ansi.StringWidth(m.styles.G.Rule))))
}

// header is the line at the top: where the student is, and the clock.
func (m Model) header() string {
	s, g := m.styles, m.styles.G
	n := m.session.Len()
	var left, right string
	switch m.screen {
	case screenQuestion:
		cur := m.session.Current()
		left = s.Title.Render(fmt.Sprintf("Question %d of %d", cur+1, n))
		if m.session.Item(cur).Flagged {
			left += "  " + s.Flag.Render(g.Flag+" Flagged")
		}
		right = m.clockText()
	case screenList:
		left, right = s.Title.Render("Every question"), m.clockText()
	case screenReview:
		it := m.session.Item(m.review)
		left = s.Title.Render(fmt.Sprintf("Review: question %d of %d", m.review+1, n)) + "  " + m.verdictMark(it)
		sc := m.session.Score()
		right = s.Muted.Render(fmt.Sprintf("%d of %d right", sc.Right, sc.Total))
	case screenScore:
		left = s.Title.Render("Practice exam: score")
		right = s.Muted.Render(modeName(m.session.Mode()))
	}
	return spread(left, right, m.width)
}

// clockText is the time a timed block has left, or the time a tutor block
// has taken.
func (m Model) clockText() string {
	s := m.styles
	mode := modeName(m.session.Mode())
	if m.session.State().Finished() {
		return s.Muted.Render(mode + " " + s.G.Dot + " ended")
	}
	left, timed := m.session.Left()
	if !timed {
		return s.Muted.Render(mode+" "+s.G.Dot+" ") + clock(m.session.Used())
	}
	text := clock(left+time.Second-time.Nanosecond) + " left" // 0:00 only when the time is up
	if left < lowTime {
		return s.Muted.Render(mode+" "+s.G.Dot+" ") + s.Warning.Render(text)
	}
	return s.Muted.Render(mode+" "+s.G.Dot+" ") + text
}

func modeName(mode exam.Mode) string {
	if mode == exam.Tutor {
		return "Tutor"
	}
	return "Timed"
}

// clock writes a duration as m:ss, or h:mm:ss from an hour, rounded down
// to the second.
func clock(d time.Duration) string {
	sec := int(max(0, d) / time.Second)
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}

// spread puts left at the start of a line of width w and right at its end,
// the left cut short where both do not fit.
func spread(left, right string, w int) string {
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if lw+2+rw > w {
		if rw+12 > w {
			return left
		}
		left = ansi.Truncate(left, w-rw-2, "")
		lw = ansi.StringWidth(left)
	}
	return left + strings.Repeat(" ", max(2, w-lw-rw)) + right
}

// cut shortens a line to w columns, ending it with tail when it was cut.
func cut(s string, w int, tail string) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, tail)
}

// wrapStyled wraps text to width w and styles each line, so that no style
// runs across a line break.
func wrapStyled(style lipgloss.Style, text string, w int) []string {
	lines := strings.Split(ansi.Wrap(text, max(10, w), ""), "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// hang wraps text after a lead, its further lines under the text.
func hang(lead, text string, w int) []string {
	lw := ansi.StringWidth(lead)
	lines := strings.Split(ansi.Wrap(text, max(10, w-lw), ""), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = lead + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", lw) + lines[i]
		}
	}
	return lines
}

// paragraphs wraps a card's text: its own line breaks kept, a "- " item's
// lines hung under its text.
func paragraphs(text string, w int) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			out = append(out, hang("- ", rest, w)...)
			continue
		}
		out = append(out, strings.Split(ansi.Wrap(line, max(10, w), ""), "\n")...)
	}
	return out
}
