//go:build unix

package serve

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

func TestSuspendingBecomesNothing(t *testing.T) {
	st := &session{srv: &Server{}}
	if _, ok := st.filter(nil, tea.SuspendMsg{}).(tea.ResumeMsg); !ok {
		t.Fatal("a suspend reached the program: it would stop the whole server")
	}
}

// childEnv marks the copy of this test binary that runs the session.
const childEnv = "OMT_SERVE_TEST_CTRL_Z"

// Ctrl+Z in a session must not stop the server: Bubble Tea suspends by
// stopping its process group, which here is every student's. The session
// runs in a copy of the test binary in a process group of its own, so that
// a regression stops that copy, not go test.
func TestCtrlZDoesNotStopTheServer(t *testing.T) {
	if os.Getenv(childEnv) == "1" {
		ctrlZSession(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCtrlZDoesNotStopTheServer$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := startAndWait(cmd, 20*time.Second)
	if err != nil {
		t.Fatalf("the session with Ctrl+Z: %v\n%s", err, out)
	}
}

func ctrlZSession(t *testing.T) {
	ts := startServer(t, Config{})
	tm := openTerm(t, ts.dialKey(t, newSigner(t)), "", 100, 30)
	m := tm.waitText(0, disclaimer)
	tm.press("\x1a")
	tm.press("/xyzzy")
	tm.waitText(m, `Nothing matches`)
	tm.press("\x03") // Ctrl+C
	if code := tm.wait(); code != 0 {
		t.Errorf("status %d", code)
	}
}

// startAndWait runs cmd, and kills its process group if it has not ended
// in time (a stopped process never does).
func startAndWait(cmd *exec.Cmd, limit time.Duration) ([]byte, error) {
	var out safeBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.bytes(), err
	case <-time.After(limit):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		return out.bytes(), errors.New("it did not end in time: stopped or stuck")
	}
}
