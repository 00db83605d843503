package serve

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/ui"
)

// endReason is why the server ended a session; zero while it has not.
type endReason int

const (
	endNone endReason = iota
	endIdle
	endShutdown
)

func (r endReason) String() string {
	switch r {
	case endIdle:
		return "idle"
	case endShutdown:
		return "shutdown"
	}
	return "quit"
}

// Modes a session opens in: the command (ssh -t host study) chooses.
const (
	modeBrowse = "browse"
	modeStudy  = "study"
	modeClass  = "class" // the class view, for instructors only
)

// session is one student's connection to one browser.
type session struct {
	srv     *Server
	ssh     ssh.Session
	profile string // the key's fingerprint; "" for an anonymous session
	name    string // the key's comment in the authorized keys file, if any
	// instructor is true for a key of the instructors' file, which may
	// open the class view.
	instructor bool
	mode       string
	started    time.Time

	lastInput atomic.Int64  // unix nanoseconds of the last byte typed
	done      chan struct{} // closed when the browser has ended

	inputFilter *ui.InputFilter // the browser's own message filter (see filter)

	mu      sync.Mutex
	program *tea.Program
	ended   endReason
	idle    timer
}

// handle serves one session from start to end.
func (s *Server) handle(sess ssh.Session) {
	st := &session{srv: s, ssh: sess, started: time.Now(), done: make(chan struct{})}
	if key := sess.PublicKey(); key != nil {
		st.profile = Fingerprint(key)
		if s.keys != nil {
			if line, _ := s.keys.allow(key, sess.RemoteAddr(), time.Now()); line != nil {
				st.name = line.name
			}
		}
		if s.instructors != nil {
			if line, _ := s.instructors.allow(key, sess.RemoteAddr(), time.Now()); line != nil {
				st.instructor = true
				if st.name == "" {
					st.name = line.name
				}
			}
		}
	}
	mode, refusal := st.chooseMode()
	st.mode = mode
	log := s.log.With("remote", sess.RemoteAddr().String(), "student", st.who())
	if refusal != "" {
		log.Info("session refused", "reason", refusal)
		st.refuse(refusal, 1)
		return
	}
	if conn, ok := sess.Context().Value(connKey).(*connState); ok {
		if !conn.browsing.CompareAndSwap(false, true) {
			log.Info("session refused", "reason", "a second session on one connection")
			st.refuse("omt serve: one session at a time on a connection.", 1)
			return
		}
		defer conn.browsing.Store(false)
	}
	if refusal := s.admit(st); refusal != "" {
		log.Warn("session refused", "reason", refusal)
		st.refuse(refusal, 1)
		return
	}
	defer s.release(st)
	st.seen(log)
	defer st.seen(log)
	pty, _, _ := sess.Pty()
	log.Info("connect", "mode", st.mode, "term", pty.Term, "width", pty.Window.Width, "height", pty.Window.Height, "sessions", s.Sessions())

	st.touch()
	st.mu.Lock()
	st.idle = s.cfg.clock.AfterFunc(s.cfg.IdleTimeout, st.checkIdle)
	st.mu.Unlock()

	bubbletea.MiddlewareWithProgramHandler(st.newProgram)(func(ssh.Session) {})(sess)

	st.mu.Lock()
	close(st.done)
	st.idle.Stop()
	reason := st.ended
	st.mu.Unlock()
	if msg := st.goodbye(reason); msg != "" {
		_, _ = fmt.Fprint(sess.Stderr(), "\r\n"+msg+"\r\n")
	}
	// The exit status goes now, before the session is released: Shutdown
	// waits for the release and then closes the connections, and a client
	// whose connection closed before its status came reports an error.
	_ = sess.Exit(0)
	log.Info("disconnect", "reason", reason.String(), "duration", time.Since(st.started).Round(time.Millisecond))
}

// who names the student in the logs: the key's fingerprint (never the
// key), with its authorized_keys comment when there is one.
func (st *session) who() string {
	switch {
	case st.profile == "":
		return "anonymous"
	case st.name != "":
		return st.name + " " + st.profile
	}
	return st.profile
}

// chooseMode reads the command: none (ssh host) is the browser, "study"
// the study session; anything else is refused, as is a session without a
// terminal.
func (st *session) chooseMode() (mode, refusal string) {
	cmd := st.ssh.Command()
	switch {
	case len(cmd) == 0:
		mode = modeBrowse
	case len(cmd) == 1 && cmd[0] == modeStudy:
		mode = modeStudy
	case len(cmd) == 1 && cmd[0] == modeClass && st.instructor:
		mode = modeClass
	case len(cmd) == 1 && cmd[0] == modeClass:
		return "", "`ssh -t HOST class` opens the class view, for the class's instructors only, and this session is not an instructor's. `ssh -t HOST` opens the browser."
	default:
		return "", "omt serve runs omt only: `ssh -t HOST` opens the browser and `ssh -t HOST study` the cards due. Nothing else is run."
	}
	if _, _, ok := st.ssh.Pty(); !ok {
		return mode, "omt needs a terminal: connect with ssh -t (ssh -t HOST, ssh -t HOST study, or ssh -t HOST class)."
	}
	return mode, ""
}

// refuse tells the client why and ends the session with status code.
func (st *session) refuse(msg string, code int) {
	_, _ = fmt.Fprint(st.ssh.Stderr(), msg+"\r\n")
	_ = st.ssh.Exit(code)
}

// goodbye is what the student reads after the server ended the browser.
func (st *session) goodbye(reason endReason) string {
	saved := " Your progress is saved."
	if st.profile == "" || st.srv.shared == nil {
		saved = ""
	}
	switch reason {
	case endIdle:
		return fmt.Sprintf("omt serve closed this session after %s with no key pressed.%s Connect again to go on.", st.srv.cfg.IdleTimeout, saved)
	case endShutdown:
		return "omt serve is shutting down." + saved
	}
	return ""
}

// newProgram is the session's browser, drawn at the client's size in its
// colour profile (bubbletea.MakeOptions), reading the client's keys through
// the input cap, with omt's filter.
func (st *session) newProgram(sess ssh.Session) *tea.Program {
	s := st.srv
	pty, _, _ := sess.Pty()
	env := append(sess.Environ(), "TERM="+pty.Term)
	opts := ui.Options{ASCII: !render.UTF8Locale(env), Status: s.cfg.Status, Data: s.dataFor(st.profile), Search: s.index}
	// Editor stays empty: a student's $EDITOR would run on the server.
	if opts.Data == nil {
		opts.Status = joinStatus(opts.Status, "Guest session: nothing is kept. Sign in with an SSH key to keep study progress and bookmarks.")
	}
	if st.mode == modeStudy {
		opts.StudyDeck = &ui.StudyDeck{}
	}
	in := &input{r: sess, ctx: sess.Context(), limit: s.newLimiter(), touched: st.touch}
	st.inputFilter = ui.NewInputFilter()
	topts := append(bubbletea.MakeOptions(sess),
		tea.WithInput(in),
		tea.WithoutSignalHandler(), // the server's signals are the server's
		tea.WithFilter(st.filter),
	)
	var model tea.Model = ui.New(s.cfg.Catalog, opts)
	if st.mode == modeClass {
		// Only an instructor's session gets here (chooseMode).
		view, err := st.classView(opts.ASCII)
		if err != nil {
			s.log.Error("the class view could not be opened", "student", st.who(), "error", err)
			st.refuse("omt serve: the class view could not be opened: "+err.Error(), 1)
			return nil
		}
		model = view
	}
	p := tea.NewProgram(model, topts...)
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.ended != endNone {
		return nil // ended before it started: straight to the goodbye
	}
	st.program = p
	return p
}

// filter is omt's message filter (st.inputFilter, ui.InputFilter) with
// suspending turned into nothing: Ctrl+Z would otherwise stop the whole
// server.
func (st *session) filter(m tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); ok {
		return tea.ResumeMsg{}
	}
	msg = st.inputFilter.Filter(m, msg)
	if seen := st.srv.cfg.seen; seen != nil && msg != nil {
		seen(msg)
	}
	return msg
}

func joinStatus(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// touch records a byte typed.
func (st *session) touch() { st.lastInput.Store(st.srv.cfg.clock.Now().UnixNano()) }

// checkIdle ends the session once no key has come for the idle timeout,
// or looks again when it might have.
func (st *session) checkIdle() {
	quiet := st.srv.cfg.clock.Now().Sub(time.Unix(0, st.lastInput.Load()))
	if left := st.srv.cfg.IdleTimeout - quiet; left > 0 {
		st.mu.Lock()
		select {
		case <-st.done:
		default:
			st.idle.Reset(left)
		}
		st.mu.Unlock()
		return
	}
	st.end(endIdle)
}

// end asks the browser to quit for reason; the student is told why once it
// has (see handle). A browser that cannot quit in time (its client reads
// nothing, so its last frame cannot be written) loses its connection.
func (st *session) end(reason endReason) {
	st.mu.Lock()
	if st.ended != endNone {
		st.mu.Unlock()
		return
	}
	st.ended = reason
	p := st.program
	st.mu.Unlock()
	if p != nil {
		go p.Quit() // Quit waits for the event loop, which may be stuck writing
	}
	st.srv.cfg.clock.AfterFunc(endGrace, func() {
		select {
		case <-st.done:
		default:
			if conn, ok := st.ssh.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn); ok {
				_ = conn.Close()
			}
		}
	})
}
