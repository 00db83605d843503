package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Fingerprint is how omt serve names a public key: its SHA256 fingerprint
// as ssh-keygen -l prints it ("SHA256:..."). It is each student's profile in
// the database, and what the logs say instead of the key.
func Fingerprint(key gossh.PublicKey) string {
	return gossh.FingerprintSHA256(key)
}

// authorizedKeys is the class list: the lines of an authorized_keys file,
// by key fingerprint, each with its name and options (keyLine). The file is
// read again when it changes, so that an operator can add a student without
// restarting the server.
type authorizedKeys struct {
	path string
	log  *slog.Logger

	mu      sync.Mutex
	modTime time.Time
	size    int64
	lines   map[string][]keyLine // fingerprint -> the key's lines, in order
}

// loadAuthorizedKeys reads the file once at start: a file that cannot be
// read or parsed stops the server, rather than locking the class out later.
func loadAuthorizedKeys(path string, log *slog.Logger) (*authorizedKeys, error) {
	a := &authorizedKeys{path: path, log: log}
	if err := a.reload(); err != nil {
		return nil, err
	}
	return a, nil
}

// allow is the first of the key's lines that lets it in from remote at now,
// or nil and why none does ("" for a key not in the file). The file is read
// again first if it has changed.
func (a *authorizedKeys) allow(key gossh.PublicKey, remote net.Addr, now time.Time) (*keyLine, string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.reloadIfChanged()
	var why []string
	for i, line := range a.lines[Fingerprint(key)] {
		reason := line.permits(remote, now)
		if reason == "" {
			return &a.lines[Fingerprint(key)][i], ""
		}
		why = append(why, reason)
	}
	return nil, strings.Join(why, "; ")
}

// names is the name of every key of the file (its first line's comment
// that has one), by fingerprint, read again first if the file has changed:
// what the class view calls the class's students and instructors.
func (a *authorizedKeys) names() map[string]string {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.reloadIfChanged()
	out := make(map[string]string, len(a.lines))
	for fp, lines := range a.lines {
		out[fp] = ""
		for _, l := range lines {
			if l.name != "" {
				out[fp] = l.name
				break
			}
		}
	}
	return out
}

func (a *authorizedKeys) reload() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.reloadLocked()
}

// reloadIfChanged reads the file again if it has changed since it was read;
// a.mu is held.
func (a *authorizedKeys) reloadIfChanged() {
	if a.path == "" {
		return
	}
	if info, err := os.Stat(a.path); err == nil && (!info.ModTime().Equal(a.modTime) || info.Size() != a.size) {
		if err := a.reloadLocked(); err != nil {
			// Keep the last good list: a half-saved file must not lock everyone out.
			a.log.Error("authorized keys not reloaded; keeping the previous list", "path", a.path, "error", err)
		}
	}
}

// reloadLocked reads the file, and logs each line it refuses: once a
// reading, so that the operator sees at once which students cannot sign in.
func (a *authorizedKeys) reloadLocked() error {
	info, err := os.Stat(a.path)
	if err != nil {
		return fmt.Errorf("authorized keys: %w", err)
	}
	data, err := os.ReadFile(a.path)
	if err != nil {
		return fmt.Errorf("authorized keys: %w", err)
	}
	lines, err := parseAuthorizedKeys(data)
	if err != nil {
		return fmt.Errorf("authorized keys %s: %w", a.path, err)
	}
	for fp, ls := range lines {
		for _, l := range ls {
			if l.refused != "" {
				a.log.Warn(fmt.Sprintf("authorized keys: line %d: %s; its key cannot sign in by this line", l.n, l.refused),
					"path", a.path, "key", fp, "name", l.name)
			}
		}
	}
	a.lines, a.modTime, a.size = lines, info.ModTime(), info.Size()
	return nil
}

// parseAuthorizedKeys reads OpenSSH's authorized_keys format: one key a
// line, blank lines and # comments skipped. A line that does not parse is
// an error that names it. A line's options are honoured (from=,
// expiry-time=), or already in force (no-port-forwarding and the like), or
// else the line is refused: kept, with why, so that its key is told and
// logged, never let in as if the option were not there.
func parseAuthorizedKeys(data []byte) (map[string][]keyLine, error) {
	lines := map[string][]keyLine{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		key, comment, options, _, err := gossh.ParseAuthorizedKey(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		line := keyLine{n: n, name: comment}
		line.readOptions(options)
		fp := Fingerprint(key)
		lines[fp] = append(lines[fp], line)
	}
	return lines, sc.Err()
}

// authOptions are the server's authentication methods: public keys (any,
// or those listed), and with anonymous access password and
// keyboard-interactive, which accept anything and keep nothing.
func (s *Server) authOptions() []ssh.Option {
	opts := []ssh.Option{ssh.PublicKeyAuth(func(ctx ssh.Context, key ssh.PublicKey) bool {
		if s.keys == nil {
			return true
		}
		line, why := s.keys.allow(key, ctx.RemoteAddr(), time.Now())
		if line == nil && s.instructors != nil {
			// An instructor signs in by the instructors' file, without
			// being a student.
			var whyNot string
			if line, whyNot = s.instructors.allow(key, ctx.RemoteAddr(), time.Now()); whyNot != "" {
				why = strings.TrimPrefix(why+"; instructors' file: "+whyNot, "; ")
			}
		}
		if line == nil && why != "" {
			s.log.Info("sign-in refused: "+why, "remote", ctx.RemoteAddr().String(), "key", Fingerprint(key))
		}
		return line != nil
	})}
	if s.cfg.Anonymous {
		opts = append(opts,
			ssh.PasswordAuth(func(ssh.Context, string) bool { return true }),
			ssh.KeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		)
	}
	return opts
}
