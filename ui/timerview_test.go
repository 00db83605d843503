package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/timerview"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/timer"
)

// fakeClock moves only when a timer's command waits on it, by exactly the
// wait: the tick chain runs a 90-second hold in microseconds, with no sleep.
type fakeClock struct{ now time.Time }

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
}

// fakeWait is a tick the driver has yet to let happen.
type fakeWait struct {
	d   time.Duration
	msg func(time.Time) tea.Msg
}

func (c *fakeClock) timerClock() common.Clock {
	return common.Clock{
		Now: func() time.Time { return c.now },
		After: func(d time.Duration, msg func(time.Time) tea.Msg) tea.Cmd {
			return func() tea.Msg { return fakeWait{d, msg} }
		},
	}
}

// driver runs a model as the runtime would: it feeds messages, runs the
// commands they return (the timer's ticks on the fake clock) and counts the
// bells.
type driver struct {
	t       *testing.T
	m       tea.Model
	clock   *fakeClock
	pending []tea.Cmd
	bells   int
	quit    bool
}

func (d *driver) send(msgs ...tea.Msg) {
	d.t.Helper()
	for _, msg := range msgs {
		next, cmd := d.m.Update(msg)
		d.m = next
		if cmd != nil {
			d.pending = append(d.pending, cmd)
		}
	}
}

// run runs the pending commands, and those they lead to, letting time pass
// for a tick only while stop does not hold; a runaway chain fails the test.
func (d *driver) run(stop func() bool) {
	d.t.Helper()
	for steps := 0; len(d.pending) > 0; steps++ {
		if steps > 20000 {
			d.t.Fatal("the timer's commands did not settle")
		}
		cmd := d.pending[0]
		d.pending = d.pending[1:]
		switch msg := cmd().(type) {
		case fakeWait:
			if stop() {
				d.pending = append([]tea.Cmd{cmd}, d.pending...)
				return
			}
			d.clock.now = d.clock.now.Add(msg.d)
			d.send(msg.msg(d.clock.now))
		case tea.BatchMsg:
			d.pending = append(d.pending, msg...)
		case tea.RawMsg:
			if msg.Msg == "\a" {
				d.bells++
			}
		case tea.QuitMsg:
			d.quit = true
		case timerview.TickMsg:
			d.send(msg)
		}
	}
}

// runFor lets d of fake time pass.
func (d *driver) runFor(dur time.Duration) {
	d.t.Helper()
	end := d.clock.now.Add(dur)
	d.run(func() bool { return !d.clock.now.Before(end) })
}

func (d *driver) screen() string { return ansi.Strip(d.m.View().Content) }

// openTimer opens the browser on the technique a search finds first, and
// its timer with t, on a fake clock; the first tick has been read.
func openTimer(t *testing.T, w, h int, query string, opts Options) (*driver, *timerview.View) {
	t.Helper()
	clock := newFakeClock()
	m := realSized(t, w, h, opts)
	m.clock = clock.timerClock()
	m = searchFor(t, m, query)
	d := &driver{t: t, m: send(t, m, press("enter")), clock: clock}
	d.send(tea.KeyPressMsg{Code: 't', Text: "t"})
	v, ok := d.m.(Model).overlay.(*timerview.View)
	if !ok {
		t.Fatalf("t opened %T", d.m.(Model).overlay)
	}
	d.run(func() bool { return !v.Now().IsZero() })
	return d, v
}

var spaceKey = tea.KeyPressMsg{Code: ' ', Text: " "}

func TestCounterstrainHoldRunsToTheEnd(t *testing.T) {
	d, v := openTimer(t, 100, 30, "counterstrain lumbar", Options{})
	if v.Technique().ID != "counterstrain-lumbar" {
		t.Fatalf("timing %s", v.Technique().ID)
	}
	if s := d.screen(); v.Run().State() != timer.Ready || !strings.Contains(s, "Get ready: Hold the position of ease") {
		t.Fatalf("the timer must wait for space before counting down:\n%s", s)
	}
	d.runFor(time.Minute) // setting up the position
	start := d.clock.now
	d.send(spaceKey)
	d.runFor(89 * time.Second)
	if v.Run().State() != timer.Running || v.Run().Remaining() > time.Second {
		t.Fatalf("89 s in: %v with %v left", v.Run().State(), v.Run().Remaining())
	}
	d.run(func() bool { return v.Run().State() == timer.Done })
	if got := d.clock.now.Sub(start); v.Run().State() != timer.Done || got > 90*time.Second+timerview.TickIdle {
		t.Fatalf("%v after %v of the clock", v.Run().State(), got)
	}
	if v.Run().Elapsed() != 90*time.Second || d.bells != 1 {
		t.Errorf("ran %v with %d bells; want 90s and one bell at the end", v.Run().Elapsed(), d.bells)
	}
	if s := d.screen(); !strings.Contains(s, "Done") || !strings.Contains(s, "Endpoint: Tenderness at 30%") {
		t.Errorf("the end should say so and give the entry's endpoint:\n%s", s)
	}
	if len(d.pending) != 0 {
		t.Errorf("a finished timer still ticks")
	}
	d.send(press("enter"))
	if d.m.(Model).overlay != nil {
		t.Error("enter should close a finished timer")
	}
}

func TestTimerPauseKeepsTheTime(t *testing.T) {
	d, v := openTimer(t, 100, 30, "counterstrain lumbar", Options{})
	d.send(spaceKey)
	d.runFor(30 * time.Second)
	d.send(spaceKey)
	left := v.Run().Remaining()
	d.runFor(10 * time.Minute)
	if v.Run().State() != timer.Paused || v.Run().Remaining() != left {
		t.Fatalf("ten minutes paused: %v with %v left; want paused with %v", v.Run().State(), v.Run().Remaining(), left)
	}
	if s := d.screen(); !strings.Contains(s, "(paused)") || !strings.Contains(s, "space resume") {
		t.Errorf("a paused timer should say so and how to resume:\n%s", s)
	}
	d.send(spaceKey)
	d.run(func() bool { return v.Run().State() == timer.Done })
	if v.Run().Elapsed() != 90*time.Second {
		t.Errorf("ran %v; want the whole 90s, the pause left out", v.Run().Elapsed())
	}
}

func TestMuscleEnergyCyclesContractAndRelax(t *testing.T) {
	d, v := openTimer(t, 100, 30, "muscle energy lumbar", Options{})
	if v.Technique().ID != "muscle-energy-lumbar" {
		t.Fatalf("timing %s", v.Technique().ID)
	}
	d.send(spaceKey)
	for effort := 1; effort <= 3; effort++ {
		count := "effort " + string(rune('0'+effort)) + " of 3"
		if s := d.screen(); v.Run().Step().Label != "Contract" || !strings.Contains(s, count) {
			t.Fatalf("effort %d: %q, screen:\n%s", effort, v.Run().Step().Label, s)
		}
		d.runFor(3 * time.Second)
		d.runFor(time.Minute) // the relaxation has no figure: the timer waits
		s := d.screen()
		if !v.Run().WaitsForKey() || !strings.Contains(s, "Relax and re-engage the new barrier") || !strings.Contains(s, count) ||
			!strings.Contains(s, "No countdown: press enter/n when the patient has fully relaxed") {
			t.Fatalf("after effort %d the relaxation should wait for the key:\n%s", effort, s)
		}
		if effort%2 == 0 {
			d.send(press("enter"))
		} else {
			d.send(tea.KeyPressMsg{Code: 'n', Text: "n"})
		}
	}
	if v.Run().State() != timer.Done || d.bells != 3 {
		t.Errorf("%v with %d bells; want done, with a bell as each effort's time ran out", v.Run().State(), d.bells)
	}
}

func TestNoTimerSaysSoAndCountsNothing(t *testing.T) {
	d, v := openTimer(t, 100, 30, "hvla lumbar", Options{})
	s := d.screen()
	if !strings.Contains(s, "No fixed timing: a single thrust lasting a fraction of a second") ||
		!strings.Contains(s, "does not make one up") {
		t.Errorf("a technique without a timer should say so in its own words:\n%s", s)
	}
	d.send(spaceKey)
	if len(d.pending) != 0 || v.Run().State() != timer.Done {
		t.Errorf("no countdown may start: %d commands, run %v", len(d.pending), v.Run().State())
	}
	d.send(press("esc"))
	if d.m.(Model).overlay != nil {
		t.Error("esc should close it")
	}
}

func TestTimerBellAndFlash(t *testing.T) {
	d, v := openTimer(t, 100, 30, "muscle energy lumbar", Options{Quiet: true})
	d.send(spaceKey)
	d.runFor(3 * time.Second)
	if d.bells != 0 || !v.Flashing() {
		t.Fatalf("quiet: %d bells, flashing %v; want none, and the flash", d.bells, v.Flashing())
	}
	d.runFor(timerview.FlashFor)
	if v.Flashing() {
		t.Error("the flash should last a moment only")
	}
	d.send(press("s"), press("n"))
	d.runFor(3 * time.Second)
	if d.bells != 1 {
		t.Errorf("%d bells after s turned the bell on; want 1", d.bells)
	}
}

func TestTimerKeysAndStaleTicks(t *testing.T) {
	clock := newFakeClock()
	m := realSized(t, 100, 30, Options{})
	m.clock = clock.timerClock()
	m = send(t, searchFor(t, m, "counterstrain lumbar"), press("enter"), press("t"))
	old := m.overlay.(*timerview.View)
	m = send(t, m, spaceKey)
	if old.Run().State() != timer.Ready {
		t.Fatal("space before the clock was read must not start a run from no time")
	}
	m = send(t, m, timerview.TickMsg{Owner: old, At: clock.now}, spaceKey, press("q"))
	if m.overlay != nil || old.Run().State() != timer.Cancelled {
		t.Fatalf("q should cancel and close: overlay %T, run %v", m.overlay, old.Run().State())
	}
	m = send(t, m, press("t"))
	fresh := m.overlay.(*timerview.View)
	m = send(t, m, timerview.TickMsg{Owner: old, At: clock.now.Add(time.Hour)})
	if !fresh.Now().IsZero() {
		t.Error("a closed timer's tick drove the new one")
	}
}

func TestTimerProgram(t *testing.T) {
	c := realCatalog(t)
	tech, _ := c.Technique("counterstrain-lumbar")
	clock := newFakeClock()
	p := timerview.NewProgram(c, tech, timerview.Options{Clock: clock.timerClock()})
	d := &driver{t: t, m: p, clock: clock, pending: []tea.Cmd{p.Init()}}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.run(func() bool { return !p.Screen().Now().IsZero() })
	d.send(spaceKey)
	d.run(func() bool { return p.Screen().Run().State() == timer.Done })
	s := d.screen()
	if p.Screen().Run().Elapsed() != 90*time.Second || !strings.Contains(s, "omt timer") || !strings.Contains(s, "Done") {
		t.Fatalf("ran %v:\n%s", p.Screen().Run().Elapsed(), s)
	}
	d.send(press("enter"))
	if d.run(func() bool { return true }); !d.quit {
		t.Error("enter on a finished timer should end the program")
	}
	p = timerview.NewProgram(c, tech, timerview.Options{ASCII: true})
	next, cmd := p.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if !isQuit(cmd) || !next.(timerview.Program).Interrupted() {
		t.Error("ctrl+c should quit and report the interrupt")
	}
}

func TestTimerNeedsATechnique(t *testing.T) {
	m := newSized(t, 120, 30, Options{})
	m = send(t, m, press("c"), press("down"), press("down"), press("enter")) // a condition's overview
	m = send(t, m, press("t"))
	if m.overlay != nil || !strings.Contains(screen(m), "Select a technique to time it.") {
		t.Errorf("t on an overview should say what it needs:\n%s", screen(m))
	}
}
