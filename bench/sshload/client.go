package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// Terminal queries the browser sends at start, and a capable terminal's
// answers: synchronized output (mode 2026) supported but off, which makes
// Bubble Tea bracket every frame with 2026h ... 2026l, and a dark
// background.
func answers() []struct{ query, reply string } {
	return []struct{ query, reply string }{
		{"\x1b[?2026$p", "\x1b[?2026;2$y"},
		{"\x1b[?2027$p", "\x1b[?2027;0$y"},
		{"\x1b]11;?\a", "\x1b]11;rgb:1e1e/1e1e/2e2e\x1b\\"},
	}
}

// frameEnd closes a synchronized frame: everything the server drew for one
// update has arrived.
const frameEnd = "\x1b[?2026l"

// firstFrame is in the browser's first frame, on its last line.
const firstFrame = "self-treatment"

// Study screen states, as the footer's help names them; a frame holds the
// footer when it changes.
func states() []string {
	return []string{stateFront, stateChoice, stateBack, stateAnswered, "Choosing your cards"}
}

// The study states the script acts on.
const (
	stateFront    = "show answer" // a recall card's front: space shows the back
	stateChoice   = "a-d answer"  // a choice card: 1 to 4 answers
	stateBack     = "again/hard"  // the back: 1 to 4 grades
	stateAnswered = "next card"   // an answered choice: space goes on
)

// frame is one frame the server finished drawing.
type frame struct {
	at    time.Time
	state string // the last study state the frame names, or ""
}

// client is one student: a connection, a terminal, and the frames drawn.
type client struct {
	conn   *gossh.Client
	sess   *gossh.Session
	in     io.Writer
	frames chan frame
	first  chan time.Time // the first full frame
	done   chan struct{}  // the session's output ended

	// screen is what the student's terminal shows, drawn from the frames:
	// the server sends only what changed, so the footer is read from here.
	screen *vt.Emulator

	stderr lockedBuffer // what the server said outside the screen: why it ended the session

	mu    sync.Mutex
	state string // the study state last drawn
}

// dial connects a new student (a new key) and opens the browser, or the
// given command, on a w x h terminal.
func dial(addr, command string, w, h int) (*client, error) {
	conn, err := connectNewKey(addr, "load")
	if err != nil {
		return nil, err
	}
	c := &client{conn: conn, frames: make(chan frame, 64), first: make(chan time.Time, 1), done: make(chan struct{}),
		screen: vt.NewEmulator(w, h)}
	go func() { _, _ = io.Copy(io.Discard, c.screen) }() // the emulator's own replies to queries; ours go to the server
	if c.sess, err = conn.NewSession(); err != nil {
		conn.Close()
		return nil, err
	}
	c.sess.Stderr = &c.stderr
	stdout, err := c.sess.StdoutPipe()
	if err != nil {
		conn.Close()
		return nil, err
	}
	if c.in, err = c.sess.StdinPipe(); err != nil {
		conn.Close()
		return nil, err
	}
	_ = c.sess.Setenv("LANG", "C.UTF-8")
	if err := c.sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		conn.Close()
		return nil, err
	}
	go c.read(stdout)
	if command == "" {
		err = c.sess.Shell()
	} else {
		err = c.sess.Start(command)
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

// connectNewKey opens an SSH connection as user with a key made for it, so
// that the server sees a student it has never met.
func connectNewKey(addr, user string) (*gossh.Client, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	signer, err := gossh.NewSignerFromKey(key)
	if err != nil {
		return nil, err
	}
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: func(string, net.Addr, gossh.PublicKey) error { return nil },
		Timeout:         30 * time.Second,
	})
	if err != nil {
		return nil, fmt.Errorf("connecting: %w", err)
	}
	return conn, nil
}

// read scans the output: it answers the terminal queries, notes the first
// frame, and reports each synchronized frame with the study state it shows.
func (c *client) read(r io.Reader) {
	defer close(c.done)
	buf := make([]byte, 32*1024)
	var pending []byte // the current frame so far
	seenFirst := false
	for {
		n, err := r.Read(buf)
		now := time.Now()
		chunk := buf[:n]
		pending = append(pending, chunk...)
		for _, a := range answers() {
			if bytes.Contains(pending, []byte(a.query)) {
				_, _ = io.WriteString(c.in, a.reply)
				pending = bytes.ReplaceAll(pending, []byte(a.query), nil)
			}
		}
		if !seenFirst && bytes.Contains(pending, []byte(firstFrame)) {
			seenFirst = true
			c.first <- now
		}
		for {
			i := bytes.Index(pending, []byte(frameEnd))
			if i < 0 {
				break
			}
			_, _ = c.screen.Write(pending[:i+len(frameEnd)])
			f := frame{at: now, state: footerState(c.screen.String())}
			if f.state != "" {
				c.mu.Lock()
				c.state = f.state
				c.mu.Unlock()
			}
			select {
			case c.frames <- f:
			default: // nobody is waiting: a frame no key asked for
			}
			pending = pending[i+len(frameEnd):]
		}
		if len(pending) > 1<<20 {
			pending = pending[len(pending)-64*1024:] // frames without markers: keep the tail for the first frame's text
		}
		if err != nil {
			return
		}
	}
}

// footerState is the study state the screen's footer names: the footer
// is the line above the disclaimer, at the bottom.
func footerState(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	if len(lines) > 3 {
		lines = lines[len(lines)-3:]
	}
	bottom := strings.Join(lines, "\n")
	for _, s := range states() {
		if strings.Contains(bottom, s) {
			return s
		}
	}
	return ""
}

// studyState is the study state last drawn.
func (c *client) studyState() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state
}

var errNoFrame = errors.New("no frame")

// press sends keys and returns how long until the server finished the next
// frame, or errNoFrame after wait.
func (c *client) press(keys string, wait time.Duration) (time.Duration, error) {
	c.drain()
	start := time.Now()
	if _, err := io.WriteString(c.in, keys); err != nil {
		return 0, err
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case f := <-c.frames:
			if f.at.Before(start) {
				continue
			}
			return f.at.Sub(start), nil
		case <-c.done:
			return 0, io.EOF
		case <-t.C:
			return 0, errNoFrame
		}
	}
}

// waitState waits until a frame shows one of the study states.
func (c *client) waitState(wait time.Duration, want ...string) (string, error) {
	deadline := time.Now().Add(wait)
	for {
		s := c.studyState()
		for _, w := range want {
			if s == w {
				return s, nil
			}
		}
		if time.Now().After(deadline) {
			return s, fmt.Errorf("waiting for %v, the screen shows %q", want, s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// drain forgets frames already reported.
func (c *client) drain() {
	for {
		select {
		case <-c.frames:
		default:
			return
		}
	}
}

func (c *client) close() {
	closeScreen(c.screen)
	_ = c.sess.Close()
	_ = c.conn.Close()
}

// closeScreen ends the goroutine that drains the emulator's replies.
// Emulator.Close would do it too, but it sets a flag that Read checks with
// no lock, which the race detector rightly reports; closing the pipe the
// replies go through ends that Read with EOF and nothing else.
func closeScreen(e *vt.Emulator) {
	if pw, ok := e.InputPipe().(*io.PipeWriter); ok {
		_ = pw.Close()
	}
}

// lockedBuffer is a buffer the SSH library writes while another goroutine
// reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
