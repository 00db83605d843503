package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// examHelperDB names the database of TestExamHelperProcess, the student
// killed mid-block below.
const examHelperDB = "OMT_STORE_EXAM_HELPER_DB"

// TestExamHelperProcess is not a test: it is the process that
// TestAKilledBlockCanBeResumed kills. It keeps a block of 40 questions,
// prints "created <id>", then answers one question after another, saving
// each as the exam screen does and printing "saved <revision>" once the
// save has returned, until it is killed (or a minute has passed, so that a
// child whose parent died does not run forever).
func TestExamHelperProcess(t *testing.T) {
	path := os.Getenv(examHelperDB)
	if path == "" {
		t.Skip("the second process of TestAKilledBlockCanBeResumed")
	}
	s, _, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ex := s.Exams("")
	b := examBlock(40)
	if b.ID, err = ex.Create(b); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("created %d\n", b.ID)
	deadline := time.Now().Add(time.Minute)
	for i := 0; time.Now().Before(deadline); i++ {
		q := i % len(b.Items)
		b.Items[q].Chosen, b.Current = i%4, q
		b.Revision++
		b.Used = time.Duration(b.Revision) * time.Second
		if _, err := ex.Save(b); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("saved %d\n", b.Revision)
	}
	os.Exit(0)
}

// TestAKilledBlockCanBeResumed kills, with SIGKILL, a process in the middle
// of a block, and checks that the block is still there to resume: in
// progress, with every save that had returned (its revision, its time and
// its answers), in a database that opens without a notice and passes
// integrity_check.
func TestAKilledBlockCanBeResumed(t *testing.T) {
	for _, killAfter := range []int{1, 23, 117} {
		t.Run(strconv.Itoa(killAfter), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "omt.db")
			cmd := exec.Command(os.Args[0], "-test.run=^TestExamHelperProcess$")
			cmd.Env = append(os.Environ(), examHelperDB+"="+path)
			cmd.Stderr = &strings.Builder{}
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
			// The block is created at revision 1, so save n is revision n+1.
			var id, reported int64
			saves := 0
			lines := bufio.NewScanner(out)
			for lines.Scan() {
				if v, ok := strings.CutPrefix(lines.Text(), "created "); ok {
					id, _ = strconv.ParseInt(v, 10, 64)
				}
				if v, ok := strings.CutPrefix(lines.Text(), "saved "); ok {
					reported, _ = strconv.ParseInt(v, 10, 64)
					if saves++; saves == killAfter {
						cmd.Process.Signal(syscall.SIGKILL) // the child is already saving the next
					}
				}
			}
			cmd.Wait()
			if status, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || status.Signal() != syscall.SIGKILL {
				t.Fatalf("the child was not killed: %v\n%s", cmd.ProcessState, cmd.Stderr)
			}

			s, notice, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if notice != (Notice{}) {
				t.Errorf("the killed student's database was treated as broken: %s", notice)
			}
			if lines, err := checkLines(s.db.DB, "integrity_check"); err != nil || strings.Join(lines, "") != "ok" {
				t.Errorf("integrity_check: %v, %v", lines, err)
			}
			b, ok, err := s.Exams("").Latest("in-progress", "abandoned")
			if err != nil || !ok || b.ID != id {
				t.Fatalf("the block to resume: %d, %v, %v; want block %d", b.ID, ok, err, id)
			}
			// The kill may land between a commit and its line: one more.
			if b.Revision != reported && b.Revision != reported+1 {
				t.Errorf("revision %d kept; %d saves had returned", b.Revision, reported)
			}
			if b.Used != time.Duration(b.Revision)*time.Second {
				t.Errorf("time used %v at revision %d", b.Used, b.Revision)
			}
			kept := b.Revision - 1 // saves: question i was answered by save i+1
			for i := range min(kept, int64(len(b.Items))) {
				if want := int(i % 4); b.Items[i].Chosen != want {
					t.Errorf("question %d: answer %d kept, want %d", i+1, b.Items[i].Chosen, want)
				}
			}
		})
	}
}
