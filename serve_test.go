//go:build unix

package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// server is omt serve running as a process, as an operator starts it.
type server struct {
	cmd         *exec.Cmd
	addr        string
	fingerprint string
	logs        *lockedBuffer
	exited      chan error
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var listening = regexp.MustCompile(`msg="omt serve listening" address=(\S+) .*fingerprint=(\S+)`)

func startServe(t *testing.T, data string, args ...string) *server {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Env = []string{"HOME=" + data, "XDG_DATA_HOME=" + filepath.Join(data, "share"), "PATH=" + os.Getenv("PATH")}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, logs: &lockedBuffer{}, exited: make(chan error, 1)}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	lines := bufio.NewReader(stderr)
	line, err := lines.ReadString('\n')
	if err != nil {
		t.Fatalf("omt serve said nothing: %v", err)
	}
	s.logs.Write([]byte(line))
	m := listening.FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("the first line is not the address and fingerprint: %s", line)
	}
	s.addr, s.fingerprint = m[1], m[2]
	go func() {
		_, _ = io.Copy(s.logs, lines)
		s.exited <- cmd.Wait()
	}()
	return s
}

func TestServeEndsEverySessionOnSIGTERMAndKeepsItsHostKey(t *testing.T) {
	data := t.TempDir()
	srv := startServe(t, data)
	keyPath := filepath.Join(data, "share", "omt", "ssh_host_ed25519_key")
	info, err := os.Stat(keyPath)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the host key: %v, %v; want mode 0600", info, err)
	}
	if !strings.Contains(srv.logs.String(), "host_key_created=true") {
		t.Errorf("the first start did not say it created the host key: %s", srv.logs)
	}

	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(key)
	var seen string
	client, err := gossh.Dial("tcp", srv.addr, &gossh.ClientConfig{
		User: "student",
		Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error {
			seen = gossh.FingerprintSHA256(k)
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if seen != srv.fingerprint {
		t.Errorf("the server printed %s but presented %s", srv.fingerprint, seen)
	}
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut lockedBuffer
	sess.Stdout, sess.Stderr = &out, &errOut
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the browser's first frame", func() bool { return strings.Contains(out.String(), "self-treatment") })

	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- sess.Wait() }()
	select {
	case <-ended:
	case <-time.After(10 * time.Second):
		t.Fatal("the session outlived SIGTERM")
	}
	if !strings.Contains(errOut.String(), "omt serve is shutting down. Your progress is saved.") {
		t.Errorf("the student was told %q", errOut.String())
	}
	select {
	case err := <-srv.exited:
		if err != nil {
			t.Errorf("omt serve exited with %v after SIGTERM; want 0", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("omt serve did not exit after SIGTERM")
	}
	if !strings.Contains(srv.logs.String(), "database is closed") {
		t.Errorf("the logs do not say the server stopped cleanly:\n%s", srv.logs)
	}

	again := startServe(t, data)
	if again.fingerprint != srv.fingerprint || !strings.Contains(again.logs.String(), "host_key_created=false") {
		t.Errorf("the second start has the key %s (first %s): students would be warned the host changed", again.fingerprint, srv.fingerprint)
	}
	_ = again.cmd.Process.Signal(syscall.SIGINT)
	if err := <-again.exited; err != nil {
		t.Errorf("omt serve exited with %v after SIGINT; want 0", err)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after 10s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
