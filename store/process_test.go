package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The process tests run this test binary again as a second omt: the child
// runs TestHelperProcess, which does what helperRole says to the database at
// helperDB.
const (
	helperRole = "OMT_STORE_HELPER_ROLE"
	helperDB   = "OMT_STORE_HELPER_DB"
	helperN    = "OMT_STORE_HELPER_N"
)

// TestHelperProcess is not a test: it is the second process of the tests
// below, and skips when run any other way.
//
// Roles:
//   - "writer": open the database, print "ready", wait for a line on stdin,
//     then write helperN rounds as "child" (see writeRounds), printing
//     "committed <id>" after each review's Record returns.
//   - "loop": open the database and record reviews until killed, printing
//     "committed <id>" after each Record returns.
func TestHelperProcess(t *testing.T) {
	role := os.Getenv(helperRole)
	if role == "" {
		t.Skip("the second process of the process tests")
	}
	s, _, err := Open(os.Getenv(helperDB))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	committed := func(id int64) { fmt.Printf("committed %d\n", id) }
	switch role {
	case "writer":
		n, _ := strconv.Atoi(os.Getenv(helperN))
		fmt.Println("ready")
		bufio.NewReader(os.Stdin).ReadString('\n')
		var slowest time.Duration
		slowest, err = writeRounds(s, "child", n, committed)
		fmt.Printf("slowest %v\n", slowest)
	case "loop":
		st := s.Study("")
		// Bounded, so that a child whose parent died does not run forever.
		deadline := time.Now().Add(time.Minute)
		for i := 0; err == nil && time.Now().Before(deadline); i++ {
			var id int64
			if id, err = st.Record(review(fmt.Sprintf("loop-%d", i%50), i)); err == nil {
				committed(id)
			}
		}
	default:
		err = fmt.Errorf("unknown role %q", role)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	s.Close()
	os.Exit(0)
}

// helper starts the second process in role on the database at path.
func helper(t *testing.T, role, path string, n int) (cmd *exec.Cmd, stdin io.WriteCloser, stdout *bufio.Scanner) {
	t.Helper()
	cmd = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperRole+"="+role, helperDB+"="+path, helperN+"="+strconv.Itoa(n))
	cmd.Stderr = &strings.Builder{}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, stdin, bufio.NewScanner(out)
}

// writeRounds writes n rounds as writer: each round records a review of
// the writer's own card and one of a card both writers share, writes a note
// on a technique of its own, toggles a bookmark both share, visits a page,
// and pauses a moment. It calls committed with each review's id and returns
// the slowest round.
func writeRounds(s *Store, writer string, n int, committed func(int64)) (slowest time.Duration, err error) {
	st, p := s.Study(""), s.Personal("")
	for i := range n {
		start := time.Now()
		for _, card := range []string{fmt.Sprintf("%s-%d", writer, i%20), "shared"} {
			r := review(card, i)
			r.Before = []byte(fmt.Sprintf(`{"writer":%q,"round":%d}`, writer, i))
			id, err := st.Record(r)
			if err != nil {
				return slowest, err
			}
			committed(id)
		}
		if err := p.SetNote(fmt.Sprintf("%s-%d", writer, i), "round "+strconv.Itoa(i), t0); err != nil {
			return slowest, err
		}
		if _, err := p.ToggleBookmark("shared", t0); err != nil {
			return slowest, err
		}
		if err := p.Visit(VisitTechnique, fmt.Sprintf("%s-%d", writer, i), t0); err != nil {
			return slowest, err
		}
		took := time.Since(start)
		slowest = max(slowest, took)
		// A student takes seconds per card. Pausing as long as the round
		// took leaves the lock free at least half the time, however slow
		// the machine (or the race detector) makes a round. Without a
		// pause, SQLite's busy handler, which backs off up to 100 ms and
		// is not fair, lets one tight loop keep the lock for whole seconds
		// while the other waits.
		time.Sleep(max(took, time.Millisecond))
	}
	return slowest, nil
}

// TestTwoProcessesWriteAtOnce is two omt windows studying and taking notes
// on one database at the same moment: nothing is lost and neither sees
// "database is locked".
func TestTwoProcessesWriteAtOnce(t *testing.T) {
	const rounds = 100
	s, path := openTemp(t)
	cmd, stdin, out := helper(t, "writer", path, rounds)
	if !out.Scan() || out.Text() != "ready" {
		t.Fatalf("the second process did not start: %q %s", out.Text(), cmd.Stderr)
	}
	fmt.Fprintln(stdin, "go") // both start now
	parentErr := make(chan error, 1)
	var parentSlowest time.Duration
	go func() {
		var err error
		parentSlowest, err = writeRounds(s, "parent", rounds, func(int64) {})
		parentErr <- err
	}()

	childIDs := map[int64]bool{}
	childSlowest := "?"
	for out.Scan() {
		if id, ok := strings.CutPrefix(out.Text(), "committed "); ok {
			n, _ := strconv.ParseInt(id, 10, 64)
			childIDs[n] = true
		}
		if d, ok := strings.CutPrefix(out.Text(), "slowest "); ok {
			childSlowest = d
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the second process failed: %v\n%s", err, cmd.Stderr)
	}
	if err := <-parentErr; err != nil {
		t.Fatalf("the first process failed: %v", err)
	}

	// Every review of both writers is there, and the child's are the ids it
	// was given.
	rows, err := s.db.Query(`SELECT id, json_extract(state_before, '$.writer') FROM review ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	var order []string
	for rows.Next() {
		var id int64
		var writer string
		if err := rows.Scan(&id, &writer); err != nil {
			t.Fatal(err)
		}
		if writer == "child" && !childIDs[id] {
			t.Errorf("review %d is the child's but was not reported by it", id)
		}
		delete(childIDs, id)
		count[writer]++
		if len(order) == 0 || order[len(order)-1] != writer {
			order = append(order, writer)
		}
	}
	rows.Close()
	if len(childIDs) != 0 {
		t.Errorf("%d reviews the child committed are missing", len(childIDs))
	}
	if count["parent"] != 2*rounds || count["child"] != 2*rounds {
		t.Errorf("reviews stored: %v, want %d from each writer", count, 2*rounds)
	}
	// The writes really were at the same time: the log alternates between
	// the writers again and again.
	if len(order) < 10 {
		t.Errorf("the writers took turns only %d times; the test did not make them overlap", len(order)-1)
	}
	t.Logf("the log switches writer %d times in %d reviews; slowest round: %v here, %s in the child",
		len(order)-1, 4*rounds, parentSlowest, childSlowest)

	var notes int
	s.db.QueryRow(`SELECT count(*) FROM note`).Scan(&notes)
	if notes != 2*rounds {
		t.Errorf("notes stored: %d, want %d", notes, 2*rounds)
	}
	// 200 toggles of one bookmark, an even number: it ends as it began.
	if on, _ := s.Personal("").Bookmarked("shared"); on {
		t.Error("200 toggles of one bookmark left it on: a toggle was lost")
	}
	if lines, err := checkLines(s.db.DB, "integrity_check"); err != nil || strings.Join(lines, "") != "ok" {
		t.Errorf("integrity_check: %v, %v", lines, err)
	}
}

// TestAKilledProcessKeepsEveryReviewItCommitted kills a process that is
// recording reviews with SIGKILL, three times at different moments, and
// checks that every review whose Record had returned is in the database,
// which opens without a notice and passes integrity_check.
func TestAKilledProcessKeepsEveryReviewItCommitted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "omt.db")
	reported := map[int64]bool{}
	for round, killAfter := range []int{40, 157, 311} {
		cmd, _, out := helper(t, "loop", path, 0)
		lines := 0
		for out.Scan() {
			id, ok := strings.CutPrefix(out.Text(), "committed ")
			if !ok {
				continue
			}
			n, _ := strconv.ParseInt(id, 10, 64)
			reported[n] = true
			if lines++; lines == killAfter {
				// Mid-way: the child is already inside its next Record.
				cmd.Process.Signal(syscall.SIGKILL)
			}
		}
		err := cmd.Wait()
		if status, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || status.Signal() != syscall.SIGKILL {
			t.Fatalf("round %d: the child was not killed (%v)\n%s", round, err, cmd.Stderr)
		}
		if _, err := os.Stat(path + "-wal"); err != nil {
			t.Errorf("round %d: no -wal after the kill (%v); the child did not die mid-session", round, err)
		}

		s, notice, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: reopening after the kill: %v", round, err)
		}
		if notice != (Notice{}) {
			t.Errorf("round %d: the killed writer's database was treated as broken: %s", round, notice)
		}
		if lines, err := checkLines(s.db.DB, "integrity_check"); err != nil || strings.Join(lines, "") != "ok" {
			t.Errorf("round %d: integrity_check: %v, %v", round, lines, err)
		}
		stored := map[int64]bool{}
		rows, err := s.db.Query(`SELECT id FROM review`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			stored[id] = true
		}
		rows.Close()
		missing := 0
		for id := range reported {
			if !stored[id] {
				missing++
			}
		}
		// At most one more than reported: the kill may fall between a
		// commit and its line.
		if missing != 0 || len(stored) > len(reported)+round+1 {
			t.Errorf("round %d: %d of %d reported reviews missing; %d stored", round, missing, len(reported), len(stored))
		}
		t.Logf("round %d: killed after %d lines; %d reviews reported, %d stored", round, lines, len(reported), len(stored))
		s.Close()
	}
}
