package serve

import (
	gossh "golang.org/x/crypto/ssh"
)

// Limits on the requests of one session channel: everything a client can
// size is bounded before the SSH library or the browser sees it.
const (
	// The largest terminal a session is drawn for: a client asking for more
	// (a request holds up to 2^32-1 a side) is drawn at this. The renderer
	// keeps a cell for every column of every row.
	maxCols = 500
	maxRows = 200
	// maxPixels bounds the pixel sizes, which omt does not use.
	maxPixels = 1 << 16

	maxTermBytes    = 64        // $TERM: a terminfo name such as xterm-256color
	maxModesBytes   = 4 * 1024  // the encoded terminal modes (OpenSSH sends about 300 bytes)
	maxCommandBytes = 1024      // ssh HOST COMMAND: omt runs only "study"
	maxEnvRequests  = 64        // environment variables a client may set
	maxEnvBytes     = 16 * 1024 // their total size
)

// sessionChannel lets through only the session requests omt needs, with
// every size in them bounded (requestFilter): a terminal, its size, the
// environment (LANG and TERM are what omt reads), and shell or exec to
// start. Everything else is refused here, before the SSH library sees it:
// agent forwarding (which the library would otherwise accept), X11,
// subsystems such as sftp, signals.
//
// Window changes are coalesced: only the latest waits to be passed on. The
// library hands each to the browser one at a time, and while one waits it
// reads no further request, and the connection's reads stop behind it; so a
// client sending resizes faster than the browser redraws would otherwise
// stall its own session (its keys, and the flow control that lets the
// server write), and queue sizes without end.
type sessionChannel struct {
	gossh.NewChannel
}

func (c sessionChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	allowed := make(chan *gossh.Request)
	go passRequests(reqs, allowed)
	return ch, allowed, nil
}

// passRequests passes reqs on to allowed, refusing what requestFilter
// refuses, until reqs closes. It never blocks on allowed once the session
// has started: then only window changes are passed on, the latest one.
func passRequests(reqs <-chan *gossh.Request, allowed chan<- *gossh.Request) {
	defer close(allowed)
	var f requestFilter
	var resize *gossh.Request // the latest window change, not yet passed on
	for {
		var out chan<- *gossh.Request
		if resize != nil && f.started {
			out = allowed // before the start, the library would wait for it
		}
		select {
		case req, ok := <-reqs:
			if !ok {
				return
			}
			payload, ok := f.check(req.Type, req.Payload)
			if !ok {
				_ = req.Reply(false, nil)
				continue
			}
			req.Payload = payload
			if req.Type != "window-change" {
				allowed <- req // before the start: the library answers at once
				continue
			}
			if resize != nil {
				_ = resize.Reply(true, nil) // taken, and overtaken by this one
			}
			resize = req
		case out <- resize:
			resize = nil
		}
	}
}

// requestFilter decides a session channel's requests, one at a time, in
// order: which are passed on, and with what payload.
type requestFilter struct {
	pty      bool // a terminal was granted
	started  bool // shell or exec was passed on: the session runs
	envs     int
	envBytes int
}

// check is whether a request of type typ may pass, and its payload if so:
// a terminal's size clamped to maxCols x maxRows, and nothing over the
// limits above. Once the session has started only window changes pass (the
// library would refuse the rest).
func (f *requestFilter) check(typ string, payload []byte) ([]byte, bool) {
	if f.started && typ != "window-change" {
		return nil, false
	}
	switch typ {
	case "pty-req":
		if f.pty {
			return nil, false
		}
		out, ok := clampPtyRequest(payload)
		f.pty = ok
		return out, ok
	case "window-change":
		if !f.pty {
			return nil, false
		}
		return clampWindowChange(payload)
	case "env":
		f.envs, f.envBytes = f.envs+1, f.envBytes+len(payload)
		return payload, f.envs <= maxEnvRequests && f.envBytes <= maxEnvBytes
	case "shell":
		f.started = true
		return payload, true
	case "exec":
		var cmd struct{ Command string }
		if len(payload) > maxCommandBytes+4 || gossh.Unmarshal(payload, &cmd) != nil {
			return nil, false
		}
		f.started = true
		return payload, true
	}
	return nil, false
}

// ptyRequest is a pty-req's payload (RFC 4254, 6.2).
type ptyRequest struct {
	Term    string
	Columns uint32
	Rows    uint32
	Width   uint32 // pixels
	Height  uint32
	Modes   string
}

// windowChange is a window-change's payload (RFC 4254, 6.7).
type windowChange struct {
	Columns uint32
	Rows    uint32
	Width   uint32 // pixels
	Height  uint32
}

// clampPtyRequest is a pty-req's payload with its size clamped, or false
// for one that does not parse or names a terminal no terminal is called.
func clampPtyRequest(payload []byte) ([]byte, bool) {
	var req ptyRequest
	if err := gossh.Unmarshal(payload, &req); err != nil {
		return nil, false
	}
	if len(req.Term) > maxTermBytes || !termName(req.Term) || len(req.Modes) > maxModesBytes {
		return nil, false
	}
	req.Columns, req.Rows = min(req.Columns, maxCols), min(req.Rows, maxRows)
	req.Width, req.Height = min(req.Width, maxPixels), min(req.Height, maxPixels)
	return gossh.Marshal(req), true
}

// clampWindowChange is a window-change's payload with its size clamped.
func clampWindowChange(payload []byte) ([]byte, bool) {
	var win windowChange
	if err := gossh.Unmarshal(payload, &win); err != nil {
		return nil, false
	}
	win.Columns, win.Rows = min(win.Columns, maxCols), min(win.Rows, maxRows)
	win.Width, win.Height = min(win.Width, maxPixels), min(win.Height, maxPixels)
	return gossh.Marshal(win), true
}

// termName reports whether s could be a terminfo name: letters, digits and
// a few punctuation marks (xterm-256color, screen.xterm, rxvt+unicode), or
// nothing (a client with no $TERM). It is logged and put in $TERM.
func termName(s string) bool {
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' || r == '+'
		if !ok {
			return false
		}
	}
	return true
}
