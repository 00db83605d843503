package serve

import (
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func ptyPayload(term string, cols, rows uint32) []byte {
	return gossh.Marshal(ptyRequest{Term: term, Columns: cols, Rows: rows, Width: cols * 8, Height: rows * 16, Modes: "\x00"})
}

func winPayload(cols, rows uint32) []byte {
	return gossh.Marshal(windowChange{Columns: cols, Rows: rows})
}

func TestRequestsAreClampedAndBounded(t *testing.T) {
	var f requestFilter
	if _, ok := f.check("window-change", winPayload(80, 24)); ok {
		t.Error("a window change before any terminal passed")
	}
	out, ok := f.check("pty-req", ptyPayload("xterm-256color", 1<<32-1, 100_000))
	if !ok {
		t.Fatal("a pty-req was refused")
	}
	var pty ptyRequest
	if err := gossh.Unmarshal(out, &pty); err != nil {
		t.Fatal(err)
	}
	if pty.Columns != maxCols || pty.Rows != maxRows || pty.Term != "xterm-256color" || pty.Modes != "\x00" || pty.Width > maxPixels {
		t.Errorf("a huge pty-req became %+v", pty)
	}
	if _, ok := f.check("pty-req", ptyPayload("xterm", 80, 24)); ok {
		t.Error("a second pty-req passed")
	}
	out, ok = f.check("window-change", winPayload(120, 1<<31))
	var win windowChange
	if !ok || gossh.Unmarshal(out, &win) != nil || win.Columns != 120 || win.Rows != maxRows {
		t.Errorf("a window change to 120x2^31 became %+v (passed %v)", win, ok)
	}
	if _, ok := f.check("window-change", []byte("short")); ok {
		t.Error("a window change that does not parse passed")
	}

	for i := range maxEnvRequests {
		if _, ok := f.check("env", gossh.Marshal(struct{ Name, Value string }{"V", "x"})); !ok {
			t.Fatalf("environment variable %d was refused", i+1)
		}
	}
	if _, ok := f.check("env", gossh.Marshal(struct{ Name, Value string }{"LANG", "C.UTF-8"})); ok {
		t.Error("an environment variable over the count passed")
	}
	if _, ok := f.check("subsystem", gossh.Marshal(struct{ Name string }{"sftp"})); ok {
		t.Error("a subsystem passed")
	}
	if _, ok := f.check("exec", gossh.Marshal(struct{ Command string }{strings.Repeat("x", maxCommandBytes+1)})); ok {
		t.Error("a command over the limit passed")
	}
	if _, ok := f.check("exec", gossh.Marshal(struct{ Command string }{"study"})); !ok {
		t.Error("exec study was refused")
	}
	for _, typ := range []string{"shell", "exec", "env", "pty-req", "signal"} {
		if _, ok := f.check(typ, nil); ok {
			t.Errorf("%s passed after the session started", typ)
		}
	}
	if _, ok := f.check("window-change", winPayload(90, 30)); !ok {
		t.Error("a window change after the start was refused")
	}
}

func TestATerminalNameIsATerminalName(t *testing.T) {
	var f requestFilter
	for _, term := range []string{strings.Repeat("x", maxTermBytes+1), "xterm\x1b]0;owned\a", "a b", "vt100\n"} {
		if _, ok := f.check("pty-req", ptyPayload(term, 80, 24)); ok {
			t.Errorf("a pty-req for $TERM %q passed", term)
		}
	}
	long := gossh.Marshal(ptyRequest{Term: "xterm", Columns: 80, Rows: 24, Modes: strings.Repeat("\x01\x00\x00\x00\x03", maxModesBytes/5+1)})
	if _, ok := f.check("pty-req", long); ok {
		t.Error("a pty-req with more than maxModesBytes of modes passed")
	}
	for _, term := range []string{"", "xterm-256color", "screen.xterm-256color", "rxvt-unicode+256color", "tmux_x"} {
		if _, ok := (&requestFilter{}).check("pty-req", ptyPayload(term, 80, 24)); !ok {
			t.Errorf("$TERM %q was refused", term)
		}
	}
}

// request is a request as the SSH library delivers it; WantReply false,
// so that Reply needs no connection.
func request(typ string, payload []byte) *gossh.Request {
	return &gossh.Request{Type: typ, Payload: payload}
}

// While the browser is busy, window changes never hold up the requests
// behind them: the filter keeps reading, and the browser is then given the
// latest size only.
func TestWindowChangesAreCoalescedWhileTheBrowserIsBusy(t *testing.T) {
	reqs := make(chan *gossh.Request)
	allowed := make(chan *gossh.Request)
	go passRequests(reqs, allowed)

	reqs <- request("pty-req", ptyPayload("xterm", 80, 24))
	if got := <-allowed; got.Type != "pty-req" {
		t.Fatalf("got %s; want the pty-req", got.Type)
	}
	// A resize before the start waits for it: the library would wait for
	// the browser, which does not run yet.
	reqs <- request("window-change", winPayload(90, 30))
	reqs <- request("shell", nil)
	if got := <-allowed; got.Type != "shell" {
		t.Fatalf("got %s; want the shell", got.Type)
	}
	// Nobody reads allowed now (the browser is busy drawing): every send
	// below would block for ever if the filter queued them.
	for i := range 10_000 {
		reqs <- request("window-change", winPayload(uint32(100+i%50), 1<<20))
	}
	reqs <- request("env", nil) // refused: the session has started
	reqs <- request("window-change", winPayload(120, 40))
	got := <-allowed
	var win windowChange
	if got.Type != "window-change" || gossh.Unmarshal(got.Payload, &win) != nil || win != (windowChange{Columns: 120, Rows: 40}) {
		t.Fatalf("after the flood the browser got %s %+v; want the last size, 120x40", got.Type, win)
	}
	close(reqs)
	if extra, open := <-allowed; open {
		t.Fatalf("a queued request came after the latest: %s", extra.Type)
	}
}
