// Command classdb writes a class's made-up study history into a new omt
// database, at the size of a school, for the benchmarks of the instructor's
// view (issue 23) and for trying it by hand:
//
//	go run ./bench/classdb -students 500 -reviews 10000000 -out /tmp/class/omt.db
//	OMT_DATABASE=/tmp/class/omt.db omt class roster
//
// The students are made-up fingerprints (internal/classgen's Profile), so
// the roster names them by fingerprint. See classgen for the shape of the
// history.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/internal/classgen"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "classdb:", err)
		os.Exit(1)
	}
}

func run() error {
	students := flag.Int("students", 500, "how many students")
	reviews := flag.Int("reviews", 10_000_000, "how many reviews in all")
	days := flag.Int("days", 120, "the length of the term, ending at -end")
	end := flag.String("end", "2026-11-30T09:00:00Z", "the end of the term (RFC 3339)")
	out := flag.String("out", "", "the database to write: a new file")
	flag.Parse()
	if *out == "" {
		return errors.New("-out names the database to write")
	}
	if _, err := os.Stat(*out); err == nil {
		return fmt.Errorf("%s exists; classdb writes a new database", *out)
	}
	at, err := time.Parse(time.RFC3339, *end)
	if err != nil {
		return fmt.Errorf("-end: %w", err)
	}
	shape, err := classShape(*students, *reviews, *days, at)
	if err != nil {
		return err
	}
	st, _, err := store.Open(*out)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	err = classgen.Write(st, shape, func(done int) {
		fmt.Fprintf(os.Stderr, "\r%d of %d students, %s", done, *students, time.Since(start).Round(time.Second))
	})
	fmt.Fprintln(os.Stderr)
	return err
}

// classShape is the class of the flags, over every card the catalogue makes:
// classgen.Term, the benchmarks' class, with the term's length changed.
func classShape(students, reviews, days int, end time.Time) (classgen.Shape, error) {
	c, err := techniques.Load()
	if err != nil {
		return classgen.Shape{}, err
	}
	all := cards.Generate(c)
	refs := make([]study.CardRef, len(all))
	for i, k := range all {
		refs[i] = study.CardRef{ID: k.ID, Hash: k.Hash, Decks: k.Decks}
	}
	shape := classgen.Term(refs, students, reviews, end)
	shape.Days = days
	return shape, nil
}
