package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestTheHostKeyIsCreatedPrivateAndReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "omt", hostKeyName)
	first, created, err := HostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created %v, %v", created, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Errorf("the host key has mode %04o; want 0600", mode)
	}
	if dir, err := os.Stat(filepath.Dir(path)); err != nil || dir.Mode().Perm() != 0o700 {
		t.Errorf("its directory: %v, %v; want mode 0700", dir.Mode().Perm(), err)
	}
	if first.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("a %s key; want ed25519", first.PublicKey().Type())
	}
	second, created, err := HostKey(path)
	if err != nil || created {
		t.Fatalf("second start: created %v, %v", created, err)
	}
	if Fingerprint(first.PublicKey()) != Fingerprint(second.PublicKey()) {
		t.Error("the second start made a new key: every student would be warned the host changed")
	}

	// The server presents it: a client that pinned it connects.
	ts := startServer(t, Config{HostKey: second})
	ts.key = first.PublicKey()
	ts.dialKey(t, newSigner(t))
}

func TestAHostKeyOthersCanReadIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), hostKeyName)
	if _, _, err := HostKey(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a key readable by others: %v; want a refusal that says chmod 600", err)
	}
}

func TestAHostKeyThatIsNotAKeyIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), hostKeyName)
	if err := os.WriteFile(path, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, created, err := HostKey(path); err == nil || created {
		t.Errorf("garbage: created %v, %v; want an error and the file left alone", created, err)
	}
	if data, _ := os.ReadFile(path); string(data) != "not a key\n" {
		t.Error("the unreadable key was overwritten")
	}
}
