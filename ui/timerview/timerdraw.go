package timerview

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/timer"
)

// View draws the timer for its size: the clock as large as the height
// allows (five lines of blocks, three, or one line of text), everything
// centred so that it reads from across the table, and the entry's dose last,
// when there is room for it.
func (v *View) View() string {
	s, w := v.Styles, max(1, v.width)
	if !v.tech.Timer.Defined() {
		return v.look.label.Render(render.Wrap(timer.NoTiming(v.tech), w)) + "\n\n" +
			s.Muted.Render(render.Wrap("The sources give no figure to count down, so the timer does not make one up.", w)) + "\n\n" +
			s.Text.Render(render.Wrap("Endpoint: "+v.tech.Endpoint, w))
	}
	head := v.headLines(w)
	clock, caption := v.clockFace()
	bottom := v.bottomLines(w)
	dose := strings.Split(s.Muted.Render(render.Wrap(v.doseText(), w)), "\n")
	face := []string{v.look.clock.Render(clock) + " " + s.Muted.Render(caption)}
	for _, size := range []struct{ rows, spacing int }{{clockLarge, 2}, {clockCompact, 0}} {
		digits := bigClock(clock, size.rows, s.G)
		if render.Width(digits[0]) > w || len(head)+size.spacing+size.rows+1+len(bottom) > v.height {
			continue
		}
		face = face[:0]
		if size.spacing > 0 {
			face = append(face, "")
		}
		for _, d := range digits {
			face = append(face, v.look.clock.Render(d))
		}
		face = append(face, s.Muted.Render(caption))
		if size.spacing > 0 {
			face = append(face, "")
		}
		break
	}
	lines := append(append(head, face...), bottom...)
	if len(lines)+1+len(dose) <= v.height {
		lines = append(append(lines, ""), dose...)
	}
	for i, l := range lines {
		lines[i] = centre(l, w)
	}
	if room := v.height - len(lines); room > 1 {
		lines = append(make([]string, room/2), lines...) // in the middle, to read from across the room
	}
	return strings.Join(lines, "\n")
}

// headLines are the phase and its count, or what is about to start.
func (v *View) headLines(w int) []string {
	s, step := v.Styles, v.run.Step()
	label := step.Label
	style := v.look.label
	switch v.run.State() {
	case timer.Ready:
		label = "Get ready: " + label
	case timer.Paused:
		label += " (paused)"
	case timer.Done:
		label, style = "Done", v.look.done
	}
	if v.flashing() {
		style = v.look.flash
	}
	lines := strings.Split(style.Render(render.Wrap(label, w)), "\n")
	if c := step.Count(); c != "" && v.run.State() != timer.Done {
		lines = append(lines, s.Text.Render(c))
	}
	return lines
}

// clockFace is the time to show in large figures, and what it means.
func (v *View) clockFace() (clock, caption string) {
	r, step := v.run, v.run.Step()
	switch {
	case r.State() == timer.Done:
		return clockText(r.Elapsed(), false), "in all"
	case r.State() == timer.Ready && step.Timed():
		return clockText(step.Duration, true), "to count down"
	case r.State() == timer.Ready:
		return "0", "no countdown"
	case step.Timed():
		return clockText(r.Remaining(), true), "left"
	}
	if step.Guide.Max() > 0 {
		return clockText(r.InPhase(), false), "elapsed (guide " + guideText(step.Guide) + ")"
	}
	return clockText(r.InPhase(), false), "elapsed, no countdown"
}

// bottomLines are the progress bar and what to do next.
func (v *View) bottomLines(w int) []string {
	s, r, step := v.Styles, v.run, v.run.Step()
	var lines []string
	switch {
	case r.State() == timer.Done:
		lines = append(lines, v.bar.ViewAs(1))
	case step.Timed() || step.Guide.Max() > 0:
		lines = append(lines, v.bar.ViewAs(r.Progress()))
	}
	say := func(style func(...string) string, text string) {
		lines = append(lines, strings.Split(style(render.Wrap(text, w)), "\n")...)
	}
	pause, next := v.keys.Pause.Help().Key, v.keys.Next.Help().Key
	switch r.State() {
	case timer.Ready:
		say(s.Text.Render, fmt.Sprintf("Set up, then press %s to start.", pause))
	case timer.Paused:
		say(v.look.waiting.Render, fmt.Sprintf("Paused: press %s to resume.", pause))
	case timer.Done:
		say(s.Text.Render, "Endpoint: "+v.tech.Endpoint)
		return lines
	}
	if r.State() != timer.Ready && !step.Timed() {
		say(v.look.waiting.Render, fmt.Sprintf("No countdown: press %s when %s.", next, strings.TrimSuffix(step.Until, ".")))
	}
	if up, ok := r.Upcoming(); ok {
		text := "Next: " + up.Label
		if c := up.Count(); c != "" {
			text += " (" + c + ")"
		}
		say(s.Muted.Render, text)
	} else if r.State() != timer.Ready && len(r.Steps()) > 1 {
		say(s.Muted.Render, "Last phase.")
	}
	return lines
}

// doseText is the entry's dose, and how the timer reads a range.
func (v *View) doseText() string {
	text := "Dose in the entry: " + v.tech.Timer.Summary() + "."
	if timer.Ranged(v.tech.Timer) {
		text += " The timer runs the least the sources give (the lower bound of each range); extend by feel."
	}
	if v.quiet {
		text += " Bell off."
	}
	return text
}

// guideText writes a guide as the sources say it: "20-30 s", "90 s to 10 min".
func guideText(r techniques.Range) string {
	if r.Max() < 120 {
		return r.String() + " s"
	}
	one := func(s int) string {
		if s >= 120 && s%60 == 0 {
			return fmt.Sprintf("%d min", s/60)
		}
		return fmt.Sprintf("%d s", s)
	}
	return one(r.Min()) + " to " + one(r.Max())
}

// centre pads a line on the left to sit in the middle of w columns.
func centre(line string, w int) string {
	if n := render.Width(line); n < w {
		return strings.Repeat(" ", (w-n)/2) + line
	}
	return line
}
