package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// server is an omt serve process the generator started, with a data
// directory of its own so that every run begins with no students.
type server struct {
	cmd  *exec.Cmd
	addr string
	dir  string
	log  *os.File
}

// buildOmt builds omt from the repository into dir.
func buildOmt(dir string) (string, error) {
	bin := filepath.Join(dir, "omt")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = repoRoot()
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building omt: %w", err)
	}
	return bin, nil
}

// repoRoot is the module's directory: two up from this package when run
// with go run from anywhere inside the repository.
func repoRoot() string {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "."
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}

var listening = regexp.MustCompile(`msg="omt serve listening" address=(\S+)`)

// startServer runs bin serve on a free loopback port with room for
// maxSessions, and waits until it listens.
func startServer(bin string, maxSessions int) (*server, error) {
	dir, err := os.MkdirTemp("", "omt-sshload-")
	if err != nil {
		return nil, err
	}
	logFile, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "serve", "--listen", "127.0.0.1:0", "--max-sessions", strconv.Itoa(maxSessions))
	cmd.Env = append(os.Environ(),
		"XDG_DATA_HOME="+filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(dir, "config"),
		"XDG_STATE_HOME="+filepath.Join(dir, "state"),
		"XDG_CACHE_HOME="+filepath.Join(dir, "cache"),
	)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, dir: dir, log: logFile}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(logFile, line)
			if m := listening.FindStringSubmatch(line); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		_, _ = io.Copy(logFile, stderr)
	}()
	select {
	case s.addr = <-found:
		return s, nil
	case <-time.After(30 * time.Second):
		s.stop(context.Background())
		return nil, fmt.Errorf("omt serve did not start listening; see %s", logFile.Name())
	}
}

// memory is the server's resident memory now and at its peak, in bytes.
func (s *server) memory() (rss, peak int64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = kb * 1024
		case "VmHWM:":
			peak = kb * 1024
		}
	}
	return rss, peak
}

// cpu is the CPU time the server has used.
func (s *server) cpu() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses.
	rest := string(b)
	if i := strings.LastIndexByte(rest, ')'); i >= 0 {
		rest = rest[i+1:]
	}
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ is 100 on Linux
}

// stop sends SIGTERM and waits for the server to exit, and says how long
// its graceful shutdown took.
func (s *server) stop(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		err = fmt.Errorf("omt serve did not stop within 30 s of SIGTERM")
	case <-ctx.Done():
		_ = s.cmd.Process.Kill()
		err = ctx.Err()
	}
	took := time.Since(start)
	s.log.Close()
	return took, err
}
