package serve

import (
	"bytes"
	"encoding/base64"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func authorizedLine(key gossh.PublicKey, comment string) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(key))) + " " + comment + "\n"
}

func TestAuthorizedKeysRestrictTheClassAndAreReadAgain(t *testing.T) {
	alice, bob := newSigner(t), newSigner(t)
	path := filepath.Join(t.TempDir(), "class_keys")
	if err := os.WriteFile(path, []byte("# the class\n\n"+authorizedLine(alice.PublicKey(), "alice")), 0o600); err != nil {
		t.Fatal(err)
	}
	var logs safeBuffer
	ts := startServer(t, Config{AuthorizedKeys: path, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	ts.dialKey(t, alice)
	if _, err := ts.dial(t, gossh.PublicKeys(bob)); err == nil {
		t.Fatal("a key not in the file signed in")
	}
	if _, err := ts.dial(t, gossh.Password("")); err == nil {
		t.Fatal("a password signed in without --anonymous")
	}
	if err := os.WriteFile(path, []byte(authorizedLine(alice.PublicKey(), "alice")+authorizedLine(bob.PublicKey(), "bob")), 0o600); err != nil {
		t.Fatal(err)
	}
	tm := openTerm(t, ts.dialKey(t, bob), "", 80, 24)
	tm.waitText(0, disclaimer)
	tm.press("q")
	tm.wait()
	if !strings.Contains(string(logs.bytes()), `student="bob `+Fingerprint(bob.PublicKey())) {
		t.Errorf("the logs do not name bob by the file's comment and his fingerprint:\n%s", logs.bytes())
	}
}

func TestABrokenAuthorizedKeysFileStopsTheServer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "class_keys")
	if err := os.WriteFile(path, []byte("ssh-ed25519 not-base64\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{Catalog: nil, HostKey: newSigner(t), AuthorizedKeys: path}); err == nil {
		t.Error("no catalogue: want an error")
	}
	if _, err := loadAuthorizedKeys(path, slog.New(slog.DiscardHandler)); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a bad line: %v; want an error naming line 1", err)
	}
}

func TestAnonymousSessionsKeepNothing(t *testing.T) {
	ts := startServer(t, Config{Anonymous: true})
	for _, auth := range []gossh.AuthMethod{
		gossh.Password("anything"),
		gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil }),
	} {
		c, err := ts.dial(t, auth)
		if err != nil {
			t.Fatalf("anonymous sign-in refused: %v", err)
		}
		tm := openTerm(t, c, "", 100, 30)
		m := tm.waitText(0, `Guest session: nothing is kept`)
		tm.press("b")
		tm.waitText(m, `need the local database`)
		tm.press("q")
		tm.wait()
	}
	var rows int
	for _, err := range ts.store.Study("").Schedules() {
		if err != nil {
			t.Fatal(err)
		}
		rows++
	}
	if marks, _ := ts.store.Personal("").Bookmarks(); rows != 0 || len(marks) != 0 {
		t.Errorf("an anonymous session left %d schedules and %d bookmarks", rows, len(marks))
	}
}

func TestTheLogsHoldNoKeyAndNothingTyped(t *testing.T) {
	var logs safeBuffer
	ts := startServer(t, Config{Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	key := newSigner(t)
	c := ts.dialKey(t, key)
	tm := openTerm(t, c, "", 100, 30)
	m := tm.waitText(0, disclaimer)
	tm.press("/pneumothorax")
	tm.waitText(m, `Nothing matches`)
	tm.press("\x03")
	tm.wait()
	refused := openTerm(t, c, "cat /etc/passwd", 80, 24)
	refused.wait()
	ts.dial(t, gossh.Password("hunter2")) // refused: no --anonymous
	eventually(t, "the refused sign-in logged", func() bool { return bytes.Contains(logs.bytes(), []byte("sign-in refused")) })

	got := string(logs.bytes())
	for _, secret := range []string{
		base64.StdEncoding.EncodeToString(key.PublicKey().Marshal()),
		"pneumothorax", "/etc/passwd", "hunter2",
	} {
		if strings.Contains(got, secret) {
			t.Errorf("the logs contain %q:\n%s", secret, got)
		}
	}
	for _, want := range []string{"msg=connect", "msg=disconnect", "msg=\"session refused\"", "msg=\"sign-in refused\"", Fingerprint(key.PublicKey())} {
		if !strings.Contains(got, want) {
			t.Errorf("the logs lack %q:\n%s", want, got)
		}
	}
	if bytes.Contains(logs.bytes(), []byte("level=ERROR")) {
		t.Errorf("errors logged:\n%s", got)
	}
}
