package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"log/slog"
	"os"
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

// authorizedKeys is the class list: the keys of an authorized_keys file,
// by fingerprint, with each line's comment (usually the student's name). The
// file is read again when it changes, so that an operator can add a student
// without restarting the server.
type authorizedKeys struct {
	path string
	log  *slog.Logger

	mu      sync.Mutex
	modTime time.Time
	size    int64
	names   map[string]string // fingerprint -> comment
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

// lookup reports whether the key is in the file, and the comment of its line.
func (a *authorizedKeys) lookup(key gossh.PublicKey) (name string, ok bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if info, err := os.Stat(a.path); err == nil && (!info.ModTime().Equal(a.modTime) || info.Size() != a.size) {
		if err := a.reloadLocked(); err != nil {
			// Keep the last good list: a half-saved file must not lock everyone out.
			a.log.Error("authorized keys not reloaded; keeping the previous list", "path", a.path, "error", err)
		}
	}
	name, ok = a.names[Fingerprint(key)]
	return name, ok
}

func (a *authorizedKeys) reload() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.reloadLocked()
}

func (a *authorizedKeys) reloadLocked() error {
	info, err := os.Stat(a.path)
	if err != nil {
		return fmt.Errorf("authorized keys: %w", err)
	}
	data, err := os.ReadFile(a.path)
	if err != nil {
		return fmt.Errorf("authorized keys: %w", err)
	}
	names, err := parseAuthorizedKeys(data)
	if err != nil {
		return fmt.Errorf("authorized keys %s: %w", a.path, err)
	}
	a.names, a.modTime, a.size = names, info.ModTime(), info.Size()
	return nil
}

// parseAuthorizedKeys reads OpenSSH's authorized_keys format: one key a
// line, blank lines and # comments skipped. Options such as
// command="..." are read but have no effect: omt serve runs only omt.
func parseAuthorizedKeys(data []byte) (map[string]string, error) {
	names := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, comment, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		names[Fingerprint(key)] = comment
	}
	return names, sc.Err()
}

// authOptions are the server's authentication methods: public keys (any,
// or those listed), and with anonymous access password and
// keyboard-interactive, which accept anything and keep nothing.
func (s *Server) authOptions() []ssh.Option {
	opts := []ssh.Option{ssh.PublicKeyAuth(func(_ ssh.Context, key ssh.PublicKey) bool {
		if s.keys == nil {
			return true
		}
		_, ok := s.keys.lookup(key)
		return ok
	})}
	if s.cfg.Anonymous {
		opts = append(opts,
			ssh.PasswordAuth(func(ssh.Context, string) bool { return true }),
			ssh.KeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		)
	}
	return opts
}
