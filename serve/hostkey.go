package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
	gossh "golang.org/x/crypto/ssh"
)

// hostKeyName is the host key's file in omt's XDG data directory, named as
// OpenSSH names its own so that an operator recognises it.
const hostKeyName = "ssh_host_ed25519_key"

// DefaultHostKeyPath is where omt serve keeps its host key:
// omt/ssh_host_ed25519_key in the XDG data directory ($XDG_DATA_HOME,
// ~/.local/share by default on Linux), beside the database.
func DefaultHostKeyPath() (string, error) {
	if xdg.DataHome == "" {
		return "", errors.New("no data directory: set XDG_DATA_HOME or HOME, or pass --host-key")
	}
	return filepath.Join(xdg.DataHome, "omt", hostKeyName), nil
}

// HostKey reads the ed25519 host key at path, or creates one there (mode
// 0600, in a directory of mode 0700) when there is none, and reports
// whether it did. A key that others can read is refused, as sshd refuses
// one: its secrecy is what lets students trust the server.
func HostKey(path string) (signer gossh.Signer, created bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		signer, err = createHostKey(path)
		return signer, err == nil, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("reading the host key: %w", err)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, false, err
	}
	if info.Mode().Perm()&0o077 != 0 {
		return nil, false, fmt.Errorf("the host key %s can be read by others (mode %04o); chmod 600 it", path, info.Mode().Perm())
	}
	signer, err = gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, fmt.Errorf("the host key %s cannot be read: %w", path, err)
	}
	return signer, false, nil
}

// createHostKey writes a new key in OpenSSH's format, so that ssh-keygen -l
// -f shows the same fingerprint the server prints. O_EXCL: two servers
// started at once must not overwrite each other's key.
func createHostKey(path string) (gossh.Signer, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the host key's directory: %w", err)
	}
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(key, "omt serve host key")
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("creating the host key: %w", err)
	}
	_, err = f.Write(pem.EncodeToMemory(block))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return nil, fmt.Errorf("writing the host key: %w", err)
	}
	return gossh.NewSignerFromKey(key)
}
