//go:build unix

package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// sshKey writes a new ed25519 key for OpenSSH's client, and returns its
// file and its authorized_keys line with comment.
func sshKey(t *testing.T, dir, comment string) (file, line string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, comment)
	if err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(dir, comment)
	if err := os.WriteFile(file, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	key, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return file, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(key))) + " " + comment + "\n"
}

// sshArgs are OpenSSH's arguments to reach srv with key, running command.
func sshArgs(t *testing.T, srv *server, key, command string) []string {
	t.Helper()
	host, port, err := net.SplitHostPort(srv.addr)
	if err != nil {
		t.Fatal(err)
	}
	return []string{"-F", "/dev/null", "-p", port, "-i", key, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
		"-t", "-t", "student@" + host, command}
}

// TestTheClassViewWithOpenSSH runs omt serve as an operator would, with
// --authorized-keys and --instructors, and OpenSSH's own client: the
// instructor opens the class view and assigns a deck, a student who asks
// for it is refused, and omt class at the host reads the assignment from
// the database the server keeps.
func TestTheClassViewWithOpenSSH(t *testing.T) {
	ssh, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("no OpenSSH client here (apt-get install openssh-client); the serve package tests the same over Go's")
	}
	data, keys := t.TempDir(), t.TempDir()
	anaKey, anaLine := sshKey(t, keys, "ana.lima")
	teacherKey, teacherLine := sshKey(t, keys, "dr.osei")
	classKeys, instructors := filepath.Join(keys, "class_keys"), filepath.Join(keys, "instructors")
	for path, text := range map[string]string{classKeys: anaLine, instructors: teacherLine} {
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	srv := startServe(t, data, "--authorized-keys", classKeys, "--instructors", instructors)

	student := startProgram(t, ssh, nil, sshArgs(t, srv, anaKey, "class")...)
	student.waitFor("for the class's instructors only")
	if code := student.exit(); code != 1 {
		t.Errorf("a student's ssh host class exited %d; want 1", code)
	}
	if strings.Contains(student.output(), "Roster") {
		t.Errorf("the student saw the class view:\n%s", student.output())
	}

	view := startProgram(t, ssh, []string{"TERM=xterm-256color", "LANG=C.UTF-8"}, sshArgs(t, srv, teacherKey, "class")...)
	view.waitForScreen("1 Roster")
	view.waitForScreen("ana.lima")
	_, _ = io.WriteString(view.ptmx, "4a")
	view.waitForScreen("Assign decks to the class")
	_, _ = io.WriteString(view.ptmx, "tenets\r")
	view.waitForScreen("(YYYY-MM-DD)")
	_, _ = io.WriteString(view.ptmx, "\r")
	view.waitForScreen("Assigned map/tenets")
	_, _ = io.WriteString(view.ptmx, "q")
	if code := view.exit(); code != 0 {
		t.Errorf("the instructor's q ended ssh with %d", code)
	}

	out, errOut, code := omt(t, []string{"XDG_DATA_HOME=" + filepath.Join(data, "share")},
		"class", "assignments", "--authorized-keys", classKeys, "--instructors", instructors)
	if code != 0 || !strings.Contains(out, "map/tenets") || !strings.Contains(out, "dr.osei") || !strings.Contains(out, "ana.lima 0/4") {
		t.Errorf("omt class assignments at the host: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(srv.logs.String(), `msg="session refused"`) || !strings.Contains(srv.logs.String(), "mode=class") {
		t.Errorf("the logs do not have the refusal and the instructor's session:\n%s", srv.logs)
	}
}
