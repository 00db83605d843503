//go:build unix

package fullscreen

import (
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/sys/unix"
)

// xterm's title stack: save the window title before the browser sets its
// own, restore it after.
const (
	saveTitle    = "\x1b[22;0t"
	restoreTitle = "\x1b[23;0t"
)

// signals answers the signals a full-screen program must handle
// itself, so that each leaves the terminal as it found it:
//
//   - SIGINT, SIGTERM, SIGHUP, SIGQUIT end the browser the way q does
//     (alternate screen, mouse and keyboard modes off, terminal modes
//     restored) and omt exits 128+n. Bubble Tea's own handler turned
//     SIGTERM into exit 0 and knew nothing of SIGHUP and SIGQUIT, which
//     killed omt with the terminal raw.
//   - SIGTSTP from another program becomes a suspend, as Ctrl+Z is: Bubble
//     Tea releases the terminal and then stops the process group with a
//     SIGTSTP of its own. That one, caught here too, stops omt (see
//     stopProcess) with the window title restored; on fg the title is saved
//     again while Bubble Tea takes the terminal back and redraws.
type signals struct {
	tty        io.Writer
	signals    chan os.Signal
	done       chan struct{}
	caught     atomic.Int32 // the signal that ended the browser, or 0
	suspending atomic.Bool  // between a SuspendMsg and its ResumeMsg
}

var endingSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

func newSignals(tty io.Writer) *signals {
	s := &signals{tty: tty, signals: make(chan os.Signal, 4), done: make(chan struct{})}
	signal.Notify(s.signals, append(endingSignals, syscall.SIGTSTP)...)
	return s
}

// options hands Bubble Tea the signal handling and the message filter: the
// browser's own filter (next) first, then the one that watches suspends. A
// program takes one filter, so the two are composed here.
func (s *signals) options(next func(tea.Model, tea.Msg) tea.Msg) []tea.ProgramOption {
	return []tea.ProgramOption{tea.WithoutSignalHandler(), tea.WithFilter(func(m tea.Model, msg tea.Msg) tea.Msg {
		if msg = next(m, msg); msg == nil {
			return nil
		}
		return s.filter(m, msg)
	})}
}

// filter sees every message before Bubble Tea does; it marks the span of a
// suspend, which Bubble Tea carries out synchronously on SuspendMsg.
func (s *signals) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg:
		s.suspending.Store(true)
	case tea.ResumeMsg:
		s.suspending.Store(false)
	}
	return msg
}

// watch answers signals for p until stop.
func (s *signals) watch(p *tea.Program) {
	_, _ = io.WriteString(s.tty, saveTitle)
	go func() {
		for {
			select {
			case <-s.done:
				return
			case sig := <-s.signals:
				if sig == syscall.SIGTSTP {
					if s.suspending.Load() {
						s.stopProcess()
					} else {
						go p.Send(tea.SuspendMsg{})
					}
					continue
				}
				if s.caught.CompareAndSwap(0, int32(sig.(syscall.Signal))) {
					go p.Quit()
					// A browser stuck in an update would never read the
					// quit; kill it, which restores the terminal too.
					time.AfterFunc(2*time.Second, p.Kill)
				}
			}
		}
	}()
}

// stopProcess stops omt's process group with the terminal released, and
// returns when it is continued. Once os/signal has caught SIGTSTP, Go never
// again lets its default action stop the process, so the stop is SIGSTOP,
// which shells report as a stopped job like any other. Where no shell could
// continue omt (see jobControl), it does not stop at all, as the kernel
// would not stop it for a SIGTSTP either, and sends itself the SIGCONT that
// Bubble Tea waits for to take the terminal back.
func (s *signals) stopProcess() {
	if !jobControl() {
		_ = syscall.Kill(os.Getpid(), syscall.SIGCONT)
		return
	}
	continued := make(chan os.Signal, 1)
	signal.Notify(continued, syscall.SIGCONT)
	defer signal.Stop(continued)
	_, _ = io.WriteString(s.tty, restoreTitle)
	_ = syscall.Kill(0, syscall.SIGSTOP)
	<-continued // kill can return before the stop: wait for the fg
	_, _ = io.WriteString(s.tty, saveTitle)
}

// jobControl reports whether a shell above omt can continue it once
// stopped: whether its process group is not the session leader's. A program
// run straight by a terminal or tmux ("tmux new omt", "xterm -e omt") leads
// its own session, and a stopped one could never be woken from the terminal.
func jobControl() bool {
	sid, err := unix.Getsid(0)
	if err != nil {
		return false
	}
	leaderGroup, err := unix.Getpgid(sid)
	return err == nil && leaderGroup != unix.Getpgrp()
}

// stop ends the handling, restores the window title and reports the signal
// that ended the browser, if one did.
func (s *signals) stop() error {
	signal.Stop(s.signals)
	close(s.done)
	_, _ = io.WriteString(s.tty, restoreTitle)
	if n := s.caught.Load(); n != 0 {
		sig := syscall.Signal(n)
		return &SignalError{Name: sig.String(), Number: int(sig)}
	}
	return nil
}
