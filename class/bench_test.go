package class

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/omt-reference/omt/internal/classgen"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
)

// benchEnd is the end of the benchmark class's term, and the clock.
var benchEnd = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// benchDBEnv names a database for the benchmarks at the size of issue 23:
// 500 students and ten million reviews, written by internal/classgen when
// the file is not there yet (about 20 minutes on two cores, 4 GB) and kept
// for the next run. Without it each benchmark writes a class of 20 students
// and 40,000 reviews in a temporary directory, in seconds.
//
//	OMT_CLASS_BENCH_DB=/tmp/classbench/omt.db go test ./class -run '^$' -bench . -benchtime 20x
const benchDBEnv = "OMT_CLASS_BENCH_DB"

// benchClass is the benchmarks' class, opened once for every benchmark of
// a run.
func benchClass(b *testing.B) *Class {
	b.Helper()
	path, students, reviews := os.Getenv(benchDBEnv), 500, 10_000_000
	if path == "" {
		path, students, reviews = filepath.Join(b.TempDir(), "omt.db"), 20, 40_000
	}
	_, err := os.Stat(path)
	fresh := errors.Is(err, fs.ErrNotExist)
	st, _, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	all, decks := catalogue()
	if fresh {
		refs := make([]study.CardRef, len(all))
		for i, k := range all {
			refs[i] = study.CardRef{ID: k.ID, Hash: k.Hash, Decks: k.Decks}
		}
		if err := classgen.Write(st, classgen.Term(refs, students, reviews, benchEnd), nil); err != nil {
			b.Fatal(err)
		}
	}
	c, err := New(Options{Store: st, Cards: all, Decks: decks, Now: func() time.Time { return benchEnd }})
	if err != nil {
		b.Fatal(err)
	}
	if assigned, err := c.store.Class().Assignments(); err != nil || len(assigned) > 0 {
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	if _, err := c.store.Class().Assign(store.Assignment{Decks: []string{"map/chapman", "region/sacral"},
		Due: benchEnd.Add(Week), Assigned: benchEnd, ByName: "bench"}); err != nil {
		b.Fatal(err)
	}
	return c
}

// loop runs fn for the benchmark, and reports its CPU time an operation
// beside the wall clock's (see cpuTime).
func loop(b *testing.B, fn func() error) {
	b.Helper()
	start, n := cpuTime(), 0
	for b.Loop() {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if cpu := cpuTime() - start; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/op")
	}
}

// BenchmarkRoster is the class view's first screen: every student's
// figures. The target is 100 ms at 500 students and ten million reviews.
func BenchmarkRoster(b *testing.B) {
	c := benchClass(b)
	var n int
	loop(b, func() error {
		roster, err := c.Roster()
		n = len(roster)
		return err
	})
	b.ReportMetric(float64(n), "students")
}

// BenchmarkWeakestCards is the class's weakest cards. Target: 100 ms.
func BenchmarkWeakestCards(b *testing.B) {
	c := benchClass(b)
	loop(b, func() error { _, err := c.WeakestCards(); return err })
}

// BenchmarkWeakestDecks is the class's weakest decks.
func BenchmarkWeakestDecks(b *testing.B) {
	c := benchClass(b)
	loop(b, func() error { _, err := c.WeakestDecks(); return err })
}

// BenchmarkStudent is one student drilled into.
func BenchmarkStudent(b *testing.B) {
	c := benchClass(b)
	profile := classgen.Profile(7)
	loop(b, func() error { _, err := c.Student(profile); return err })
}

// BenchmarkAssignments is the assignments and who finished them: one
// assignment of two decks (116 cards).
func BenchmarkAssignments(b *testing.B) {
	c := benchClass(b)
	loop(b, func() error { _, err := c.Assignments(); return err })
}

// BenchmarkGradebook is omt class export's reading.
func BenchmarkGradebook(b *testing.B) {
	c := benchClass(b)
	loop(b, func() error { _, err := c.Gradebook(nil); return err })
}
