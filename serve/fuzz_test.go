package serve

import (
	"crypto/ed25519"
	"reflect"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// An operator writes the authorized keys file by hand; whatever is in it,
// reading it never panics, a problem names its line, and every key it
// accepts is named by a SHA256 fingerprint. No line is silently broadened:
// a line with an option omt serve does not honour is refused, and one with
// from= or expiry-time= keeps them. A good line added to a good file keeps
// every student it had and adds one.
func FuzzAuthorizedKeys(f *testing.F) {
	pub, _, err := ed25519.GenerateKey(strings.NewReader(strings.Repeat("seed", 16)))
	if err != nil {
		f.Fatal(err)
	}
	key, err := gossh.NewPublicKey(pub)
	if err != nil {
		f.Fatal(err)
	}
	good := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(key)))
	for _, seed := range []string{
		"",
		"# the class of 2027\n\n",
		good + " ana.lima\n",
		`command="/bin/sh",no-pty ` + good + " b.okafor\r\n",
		`from="10.9.9.9",expiry-time="20000101" ` + good + " bob\n",
		`from="10.0.0.0/8,!10.0.0.5,192.168.*",no-port-forwarding ` + good + " carol\n",
		`FROM="a\"b",Expiry-Time="20270101Z" ` + good + "\n",
		good + "\n" + good + " same key twice\n",
		"ssh-ed25519 AAAA not-a-key\n",
		"ssh-rsa\n",
		strings.Repeat("x", 70_000),
	} {
		f.Add([]byte(seed))
	}
	extra, _, _ := ed25519.GenerateKey(strings.NewReader(strings.Repeat("more", 16)))
	extraKey, _ := gossh.NewPublicKey(extra)
	extraLine := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(extraKey))) + " added.late"

	f.Fuzz(func(t *testing.T, data []byte) {
		lines, err := parseAuthorizedKeys(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && !strings.Contains(err.Error(), "too long") {
				t.Fatalf("an error that names no line: %v", err)
			}
			return
		}
		byNumber := map[int]keyLine{}
		for fp, ls := range lines {
			if !strings.HasPrefix(fp, "SHA256:") {
				t.Fatalf("a student named %q, not by fingerprint", fp)
			}
			for _, l := range ls {
				byNumber[l.n] = l
			}
		}
		checkNotBroadened(t, data, byNumber)

		text := string(data)
		if !strings.HasSuffix(text, "\n") && text != "" {
			text += "\n"
		}
		more, err := parseAuthorizedKeys([]byte(text + extraLine + "\n"))
		if err != nil {
			t.Fatalf("a good line added to a good file broke it: %v", err)
		}
		for fp, ls := range lines {
			if !reflect.DeepEqual(more[fp], ls) {
				t.Fatalf("adding a line changed %s from %+v to %+v", fp, ls, more[fp])
			}
		}
		added := more[Fingerprint(extraKey)]
		if len(added) == 0 || added[len(added)-1].name != "added.late" || added[len(added)-1].refused != "" {
			t.Fatalf("the added key is missing: %+v", added)
		}
	})
}

// checkNotBroadened checks each line of data read into lines (by number)
// against its own options: any option but those honoured or in force
// refuses it, and from= and expiry-time= are kept.
func checkNotBroadened(t *testing.T, data []byte, lines map[int]keyLine) {
	t.Helper()
	for n, text := range strings.Split(string(data), "\n") {
		text = strings.TrimSpace(text)
		if text == "" || text[0] == '#' {
			continue
		}
		_, _, options, _, err := gossh.ParseAuthorizedKey([]byte(text))
		if err != nil {
			continue // a line the scanner split otherwise (a lone \r)
		}
		l, ok := lines[n+1]
		if !ok {
			t.Fatalf("line %d has a key but was not read", n+1)
		}
		if l.refused != "" {
			continue
		}
		for _, opt := range options {
			name, _, _ := strings.Cut(opt, "=")
			switch name = strings.ToLower(name); {
			case name == "from" && l.from == nil, name == "expiry-time" && l.expires.IsZero():
				t.Fatalf("line %d: %s was dropped: %+v", n+1, opt, l)
			case name != "from" && name != "expiry-time" && !optionsInForce[name]:
				t.Fatalf("line %d: %s was ignored: %+v", n+1, opt, l)
			}
		}
	}
}

// requestTypes are the session requests a client may send, by the fuzzer's
// first byte of each.
var requestTypes = []string{"pty-req", "window-change", "env", "exec", "shell", "subsystem", "signal", "x11-req", "auth-agent-req@openssh.com"}

// A client sends any requests, with any payloads, in any order. The filter
// never panics; whatever it passes on parses, names a terminal, is at most
// maxCols x maxRows, and is no bigger than what came in; at most one
// terminal and one start pass; the environment stays within its limits;
// after the start only window changes pass; and once it has, nothing waits
// for a browser that is busy (passRequests, not read after the start).
func FuzzSessionRequests(f *testing.F) {
	seed := func(parts ...[]byte) []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return b
	}
	req := func(typ byte, payload []byte) []byte {
		return append([]byte{typ, byte(len(payload) >> 8), byte(len(payload))}, payload...)
	}
	f.Add(seed(req(0, ptyPayload("xterm-256color", 100_000, 100_000)), req(4, nil), req(1, winPayload(1<<31, 7))))
	f.Add(seed(req(1, winPayload(80, 24)), req(0, ptyPayload("vt100", 80, 24)), req(0, ptyPayload("vt100", 80, 24))))
	f.Add(seed(req(2, gossh.Marshal(struct{ Name, Value string }{"LANG", "C.UTF-8"})), req(3, gossh.Marshal(struct{ Command string }{"study"})), req(2, nil)))
	f.Add(seed(req(5, gossh.Marshal(struct{ Name string }{"sftp"})), req(0, []byte{0, 0, 0, 200, 'x'})))
	f.Add([]byte{0, 0xff, 0xff})

	f.Fuzz(func(t *testing.T, data []byte) {
		var filter requestFilter
		reqs := make(chan *gossh.Request)
		allowed := make(chan *gossh.Request)
		busy := make(chan struct{})
		go passRequests(reqs, allowed)
		go func() { // the library: it reads until the browser starts, which then is busy
			for r := range allowed {
				if r.Type == "shell" || r.Type == "exec" {
					<-busy
				}
			}
		}()
		var ptys, starts, envs, envBytes int
		for len(data) >= 3 {
			typ := requestTypes[int(data[0])%len(requestTypes)]
			n := min(int(data[1])<<8|int(data[2]), len(data)-3)
			payload := data[3 : 3+n]
			data = data[3+n:]
			reqs <- request(typ, payload) // blocks for ever if the filter waits on allowed

			started := starts > 0
			out, ok := filter.check(typ, payload)
			if !ok {
				continue
			}
			if started && typ != "window-change" {
				t.Fatalf("%s passed after the start", typ)
			}
			if len(out) > len(payload) {
				t.Fatalf("%s grew from %d to %d bytes", typ, len(payload), len(out))
			}
			switch typ {
			case "pty-req":
				ptys++
				var pty ptyRequest
				if err := gossh.Unmarshal(out, &pty); err != nil {
					t.Fatalf("a pty-req passed that does not parse: %v", err)
				}
				if pty.Columns > maxCols || pty.Rows > maxRows || len(pty.Term) > maxTermBytes || !termName(pty.Term) || len(pty.Modes) > maxModesBytes {
					t.Fatalf("a pty-req passed as %+v", pty)
				}
			case "window-change":
				var win windowChange
				if err := gossh.Unmarshal(out, &win); err != nil {
					t.Fatalf("a window change passed that does not parse: %v", err)
				}
				if win.Columns > maxCols || win.Rows > maxRows || ptys == 0 {
					t.Fatalf("a window change passed as %+v, %d terminals before it", win, ptys)
				}
			case "env":
				envs, envBytes = envs+1, envBytes+len(payload)
			case "shell", "exec":
				starts++
			default:
				t.Fatalf("a %s request passed", typ)
			}
			if ptys > 1 || starts > 1 || envs > maxEnvRequests || envBytes > maxEnvBytes {
				t.Fatalf("passed %d terminals, %d starts, %d variables of %d bytes", ptys, starts, envs, envBytes)
			}
		}
		close(reqs)
		close(busy)
	})
}
