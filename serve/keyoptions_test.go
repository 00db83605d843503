package serve

import (
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// optionLine is an authorized_keys line for key with options before it.
func optionLine(options string, key gossh.PublicKey, comment string) string {
	return options + " " + authorizedLine(key, comment)
}

// The options of a line are honoured or the line is refused, and each
// refusal is logged: a key limited by from= or expiry-time= never signs in
// outside them, and a line with an option omt serve does not implement lets
// no one in.
func TestAuthorizedKeysOptionsAreHonouredOrTheLineIsRefused(t *testing.T) {
	alice, bob, carol, dave, eve, frank := newSigner(t), newSigner(t), newSigner(t), newSigner(t), newSigner(t), newSigner(t)
	file := authorizedLine(alice.PublicKey(), "alice") +
		optionLine(`from="10.9.9.9",expiry-time="20000101"`, bob.PublicKey(), "bob") +
		optionLine(`from="127.0.0.0/8,!127.0.0.5",expiry-time="99991231",no-port-forwarding`, carol.PublicKey(), "carol") +
		optionLine(`expiry-time="20000101"`, dave.PublicKey(), "dave") +
		optionLine(`command="/bin/sh"`, eve.PublicKey(), "eve") +
		optionLine(`from="10.9.9.9"`, frank.PublicKey(), "frank")
	path := filepath.Join(t.TempDir(), "class_keys")
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	var logs safeBuffer
	ts := startServer(t, Config{AuthorizedKeys: path, Logger: slog.New(slog.NewTextHandler(&logs, nil))})

	for _, c := range []struct {
		who    string
		key    gossh.Signer
		from   string
		signIn bool
	}{
		{"alice, no options", alice, "127.0.0.1", true},
		{"bob, from 10.9.9.9 only and expired", bob, "127.0.0.1", false},
		{"carol, from 127.0.0.0/8", carol, "127.0.0.2", true},
		{"carol, from 127.0.0.5, which she is not allowed", carol, "127.0.0.5", false},
		{"dave, expired", dave, "127.0.0.1", false},
		{"eve, with command=", eve, "127.0.0.1", false},
		{"frank, from 10.9.9.9 only", frank, "127.0.0.1", false},
	} {
		_, err := ts.dialFrom(t, c.from, c.key)
		if got := err == nil; got != c.signIn {
			t.Errorf("%s, from %s: signed in %v (%v); want %v", c.who, c.from, got, err, c.signIn)
		}
	}
	got := string(logs.bytes())
	for _, want := range []string{
		`line 5: option command is not supported`, // at load
		`line 2: the key expired at 2000-01-01 00:00:00`,
		`line 3: the key may not sign in from this address (from=)`,
		`line 4: the key expired at 2000-01-01 00:00:00`,
		`line 6: the key may not sign in from this address (from=)`,
		Fingerprint(frank.PublicKey()),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the logs lack %q:\n%s", want, got)
		}
	}
}

// The same key may have several lines: it signs in if one of them lets it,
// under that line's name.
func TestAKeyOnSeveralLinesSignsInByTheLineThatLetsIt(t *testing.T) {
	key := newSigner(t)
	lines, err := parseAuthorizedKeys([]byte(
		optionLine(`from="10.0.0.0/8"`, key.PublicKey(), "at school") +
			optionLine(`restrict`, key.PublicKey(), "restricted") +
			authorizedLine(key.PublicKey(), "anywhere")))
	if err != nil {
		t.Fatal(err)
	}
	keys := &authorizedKeys{lines: lines}
	now := time.Now()
	for _, c := range []struct{ from, name string }{{"10.1.2.3:5000", "at school"}, {"192.0.2.1:5000", "anywhere"}} {
		line, why := keys.allow(key.PublicKey(), tcpAddr(c.from), now)
		if line == nil || line.name != c.name {
			t.Errorf("from %s: %+v, %q; want the line %q", c.from, line, why, c.name)
		}
	}
}

func tcpAddr(s string) net.Addr {
	a, err := net.ResolveTCPAddr("tcp", s)
	if err != nil {
		panic(err)
	}
	return a
}

func TestFromPatterns(t *testing.T) {
	for _, c := range []struct {
		list  string
		addr  string
		allow bool
	}{
		{"10.9.9.9", "127.0.0.1:1", false},
		{"10.9.9.9", "10.9.9.9:1", true},
		{"127.0.0.1", "[::ffff:127.0.0.1]:1", true},
		{"10.0.0.0/8", "10.200.3.4:1", true},
		{"10.0.0.0/8", "11.0.0.1:1", false},
		{"10.0.0.0/8,!10.0.0.5", "10.0.0.5:1", false},
		{"!10.0.0.5,10.0.0.0/8", "10.0.0.5:1", false},
		{"!10.0.0.5", "10.0.0.6:1", false}, // a negation alone allows no one
		{"192.168.1.*", "192.168.1.77:1", true},
		{"192.168.1.?", "192.168.1.77:1", false},
		{"192.168.1.??", "192.168.1.77:1", true},
		{"*", "[2001:db8::1]:1", true},
		{"2001:db8::/32", "[2001:db8:5::1]:1", true},
		{"2001:db8::/32", "[2001:db9::1]:1", false},
		{"2001:DB8::*", "[2001:db8::1]:1", true},
		{"*.school.example", "10.0.0.1:1", false}, // names are never looked up
		{"::ffff:10.0.0.0/104", "10.1.1.1:1", true},
	} {
		patterns, err := parseFrom(c.list)
		if err != nil {
			t.Errorf("from=%q: %v", c.list, err)
			continue
		}
		if got := matchFrom(patterns, tcpAddr(c.addr)); got != c.allow {
			t.Errorf("from=%q, a client at %s: allowed %v; want %v", c.list, c.addr, got, c.allow)
		}
	}
	for _, bad := range []string{"", "10.0.0.1,", "!", "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/x", "10.0.0.1, 10.0.0.2"} {
		if _, err := parseFrom(bad); err == nil {
			t.Errorf("from=%q was read", bad)
		}
	}
}

func TestExpiryTimes(t *testing.T) {
	for _, c := range []struct {
		spec string
		want time.Time
	}{
		{"20270301", time.Date(2027, 3, 1, 0, 0, 0, 0, time.Local)},
		{"202703011230", time.Date(2027, 3, 1, 12, 30, 0, 0, time.Local)},
		{"20270301123045", time.Date(2027, 3, 1, 12, 30, 45, 0, time.Local)},
		{"20270301Z", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := parseExpiry(c.spec)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("expiry-time=%q: %v, %v; want %v", c.spec, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "2027", "2027-03-01", "20271301", "2027030112", "20270301123045ZZ"} {
		if _, err := parseExpiry(bad); err == nil {
			t.Errorf("expiry-time=%q was read", bad)
		}
	}
	line := keyLine{n: 1, expires: time.Date(2027, 3, 1, 0, 0, 0, 0, time.Local)}
	remote := tcpAddr("127.0.0.1:1")
	if why := line.permits(remote, line.expires.Add(-time.Second)); why != "" {
		t.Errorf("a second before the expiry: %s", why)
	}
	if why := line.permits(remote, line.expires.Add(time.Second)); why == "" {
		t.Error("a second after the expiry the key was let in")
	}
}

func TestEveryOtherOptionRefusesItsLine(t *testing.T) {
	for _, opts := range []string{
		`command="/bin/sh"`, `no-pty`, `restrict`, `restrict,pty`, `permitopen="localhost:22"`, `environment="A=b"`,
		`cert-authority`, `principals="bob"`, `tunnel="1"`, `agent-forwarding`, `from=10.0.0.1`, `from="10.0.0.1",from="10.0.0.2"`,
		`expiry-time="tomorrow"`, `FROM="10.0.0.1",Command="x"`, `no-pty,from="127.0.0.1"`,
	} {
		var l keyLine
		l.readOptions(strings.Split(opts, ","))
		if l.refused == "" {
			t.Errorf("options %s: the line is in force", opts)
		}
	}
	for _, opts := range []string{`no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-user-rc`, `From="127.0.0.1"`, `expiry-time="20991231"`} {
		var l keyLine
		l.readOptions(strings.Split(opts, ","))
		if l.refused != "" {
			t.Errorf("options %s: refused (%s)", opts, l.refused)
		}
	}
}
