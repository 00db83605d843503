package render

import (
	"fmt"
	"strings"
	"time"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/timer"
)

// TimerPhases lists the phases a technique's timer runs through, one a
// line, with what is counted down in all; or says that the sources give no
// fixed timing.
func (o Out) TimerPhases(t techniques.Technique) error {
	w, s, width := o.W, o.Styles, o.Width
	fmt.Fprintln(w, s.Title.Render(withID(wordwrap("Timer: "+t.Name, width), t.ID, width)))
	if !t.Timer.Defined() {
		fmt.Fprintln(w, wordwrap(timer.NoTiming(t), width))
		fmt.Fprintln(w, s.Muted.Render("The sources give no figure to count down, so the timer does not make one up."))
		_, err := fmt.Fprintf(w, "\n%s\n", Disclaimer)
		return err
	}
	fmt.Fprintf(w, "%s\n\n", s.Muted.Render(wordwrap("Dose in the entry: "+t.Timer.Summary(), width)))
	tw := newTable(w)
	var timed time.Duration
	untimed := 0
	for i, step := range timer.Steps(t) {
		length := ""
		switch {
		case step.Timed():
			length = fmt.Sprintf("%d s", step.Seconds)
			timed += step.Duration
		case step.Guide.Max() > 0:
			length = fmt.Sprintf("until %s (guide %s s)", strings.TrimSuffix(step.Until, "."), step.Guide)
			untimed++
		default:
			length = "until " + strings.TrimSuffix(step.Until, ".")
			untimed++
		}
		fmt.Fprintf(tw, "%3d.\t%s\t%s\t%s\n", i+1, step.Label, step.Count(), length)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	total := countedDown(timed, untimed)
	if timer.Ranged(t.Timer) {
		total += " Every range runs at its lower bound, the least the sources give; extend by feel."
	}
	fmt.Fprintf(w, "\n%s\n", wordwrap(total, width))
	_, err := fmt.Fprintf(w, "\n%s\n", Disclaimer)
	return err
}

// countedDown says how long the timed phases take in all, and how many
// phases end on the practitioner's word.
func countedDown(timed time.Duration, untimed int) string {
	switch {
	case untimed == 0:
		return fmt.Sprintf("Counted down in all: %s.", clock(timed))
	case timed == 0:
		return "Nothing counts down: the phases end on your word."
	case untimed == 1:
		return fmt.Sprintf("Counted down in all: %s, and 1 phase that ends on your word.", clock(timed))
	}
	return fmt.Sprintf("Counted down in all: %s, and %d phases that end on your word.", clock(timed), untimed)
}

// withID ends a wrapped title with the id in brackets, on a line of its own
// when the last line has no room for it: an id is never broken.
func withID(title, id string, width int) string {
	last := title[strings.LastIndex(title, "\n")+1:]
	if Width(last)+len(id)+3 > width {
		return title + "\n(" + id + ")"
	}
	return title + " (" + id + ")"
}

// clock writes a duration as m:ss.
func clock(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
