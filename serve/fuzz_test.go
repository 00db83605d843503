package serve

import (
	"crypto/ed25519"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// An operator writes the authorized keys file by hand; whatever is in it,
// reading it never panics, a problem names its line, and every key it
// accepts is named by a SHA256 fingerprint. A good line added to a good
// file keeps every student it had and adds one.
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
		names, err := parseAuthorizedKeys(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && !strings.Contains(err.Error(), "too long") {
				t.Fatalf("an error that names no line: %v", err)
			}
			return
		}
		for fp := range names {
			if !strings.HasPrefix(fp, "SHA256:") {
				t.Fatalf("a student named %q, not by fingerprint", fp)
			}
		}
		text := string(data)
		if !strings.HasSuffix(text, "\n") && text != "" {
			text += "\n"
		}
		more, err := parseAuthorizedKeys([]byte(text + extraLine + "\n"))
		if err != nil {
			t.Fatalf("a good line added to a good file broke it: %v", err)
		}
		for fp, name := range names {
			if more[fp] != name {
				t.Fatalf("adding a line changed %s from %q to %q", fp, name, more[fp])
			}
		}
		if more[Fingerprint(extraKey)] != "added.late" {
			t.Fatalf("the added key is missing: %v", more)
		}
	})
}
