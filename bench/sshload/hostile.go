package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync/atomic"

	gossh "golang.org/x/crypto/ssh"
)

// hostile is a client that asks for an absurd terminal and keeps its
// session open while the class works: what it costs the server is in the
// run's memory figures.
type hostile struct {
	conn  *gossh.Client
	sess  *gossh.Session
	drawn atomic.Int64 // bytes the server drew for it
	ended chan struct{}
}

// parseSize reads WxH.
func parseSize(s string) (w, h int, err error) {
	ws, hs, ok := strings.Cut(s, "x")
	if ok {
		if w, err = strconv.Atoi(ws); err == nil {
			h, err = strconv.Atoi(hs)
		}
	}
	if !ok || err != nil || w < 1 || h < 1 {
		return 0, 0, fmt.Errorf("%q: want a size such as 100000x100000", s)
	}
	return w, h, nil
}

// dialHostile connects a new key and opens the browser on a w x h
// terminal. It keeps no screen of its own: an emulator that size would
// take the generator's memory instead.
func dialHostile(addr string, w, h int) (*hostile, error) {
	conn, err := connectNewKey(addr, "hostile")
	if err != nil {
		return nil, err
	}
	c := &hostile{conn: conn, ended: make(chan struct{})}
	if c.sess, err = conn.NewSession(); err != nil {
		conn.Close()
		return nil, err
	}
	out, err := c.sess.StdoutPipe()
	if err != nil {
		conn.Close()
		return nil, err
	}
	if err := c.sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		conn.Close()
		return nil, fmt.Errorf("the pty request: %w", err)
	}
	if err := c.sess.Shell(); err != nil {
		conn.Close()
		return nil, err
	}
	go func() {
		defer close(c.ended)
		_, _ = io.Copy(counter{&c.drawn}, out)
	}()
	return c, nil
}

// report says what became of the hostile session by the end of the run.
func (c *hostile) report() string {
	state := "still open"
	select {
	case <-c.ended:
		state = "ended"
	default:
	}
	return fmt.Sprintf("its session %s, %d KB drawn for it", state, c.drawn.Load()>>10)
}

// counter counts what is written to it.
type counter struct{ n *atomic.Int64 }

func (c counter) Write(p []byte) (int, error) {
	c.n.Add(int64(len(p)))
	return len(p), nil
}

func (c *hostile) close() {
	_ = c.sess.Close()
	_ = c.conn.Close()
}
