package cli

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// The personal layer on the command line: bookmarks and history here, the
// user's own notes in notes.go, export and import in personaldata.go. All of
// it lives in the local database that study mode uses (store.Personal); a
// command that only reads never creates that database, and answers as empty
// when there is none yet.

// personalAccess is what a command does with the personal layer, which
// decides how the database is opened.
type personalAccess int

const (
	// reading only reads: the database is opened read-only, and do gets a
	// nil layer when there is nothing to read (no database, or one moved
	// aside because it could not be read). Reading never creates the file.
	reading personalAccess = iota
	// removing takes something away (a bookmark, a note): the database is
	// opened to write when it exists, and do gets a nil layer when it does
	// not, since removing from nothing must not create it.
	removing
	// saving adds or changes something: the database is created if need be.
	saving
)

// withPersonal runs do over the local profile's personal layer, opened as
// access says (see withStore), and closes the database after. now is the
// clock that writes are stamped with (OMT_NOW moves it).
func (a *app) withPersonal(access personalAccess, do func(p *store.Personal, now func() time.Time) error) error {
	return a.withStore(access, func(s *store.Store, now func() time.Time) error {
		var p *store.Personal
		if s != nil {
			p = s.Personal("")
		}
		return do(p, now)
	})
}

// readOwn reads a list of the user's own data, read-only: empty when there
// is no database yet.
func readOwn[T any](a *app, read func(p *store.Personal) ([]T, error)) ([]T, error) {
	var out []T
	err := a.withPersonal(reading, func(p *store.Personal, _ func() time.Time) (err error) {
		if p != nil {
			out, err = read(p)
		}
		return err
	})
	return out, err
}

// printOwn prints a list of the user's own data: as JSON, or as a table.
func printOwn[T any](a *app, asJSON bool, rows []T, table func(io.Writer, []T) error) error {
	if asJSON {
		return render.WriteJSON(a.io.Out, rows)
	}
	return table(a.io.Out, rows)
}

func (a *app) bookmarksCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bookmarks",
		Short: "The techniques you bookmarked, most recent first; add and rm change them",
		Long: "Lists your bookmarks, the most recent first. A bookmark on a technique the catalogue no longer\n" +
			"has is listed as such, not dropped. In the browser, b bookmarks the technique in view.",
		Example: "  omt bookmarks\n" +
			"  omt bookmarks add counterstrain-lumbar muscle-energy-lumbar\n" +
			"  omt bookmarks rm counterstrain-lumbar\n" +
			"  omt bookmarks --json",
		Args: cobra.NoArgs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, _ []string) error {
			marks, err := readOwn(a, (*store.Personal).Bookmarks)
			if err != nil {
				return err
			}
			return printOwn(a, asJSON, mapSlice(marks, func(b store.Bookmark) render.BookmarkJSON { return render.NewBookmarkJSON(c, b) }), render.Bookmarks)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(a.bookmarkChangeCommand(true), a.bookmarkChangeCommand(false))
	return cmd
}

// bookmarkChangeCommand is `omt bookmarks add` (on) or `omt bookmarks rm`.
// Every id is checked before anything is written, so a typo changes nothing.
// rm also takes an id the catalogue no longer has, so that such a bookmark
// can be removed.
func (a *app) bookmarkChangeCommand(on bool) *cobra.Command {
	cmd := &cobra.Command{
		Use:               "add ID...",
		Short:             "Bookmark techniques",
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completion().TechniqueIDList,
	}
	if !on {
		cmd.Use, cmd.Short, cmd.ValidArgsFunction = "rm ID...", "Remove bookmarks", a.completion().Bookmarked
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		c, err := a.load()
		if err != nil {
			return err
		}
		if on { // only techniques the catalogue has can be bookmarked
			for _, id := range args {
				if _, err := a.technique(c, id); err != nil {
					return err
				}
			}
		}
		access := removing
		if on {
			access = saving
		}
		return a.withPersonal(access, func(p *store.Personal, now func() time.Time) error {
			for _, id := range args {
				if _, ok := c.Technique(id); ok {
					continue
				}
				marked := false
				if p != nil {
					var err error
					if marked, err = p.Bookmarked(id); err != nil {
						return err
					}
				}
				if !marked {
					_, err := a.technique(c, id)
					return err
				}
			}
			if p == nil { // rm with no database: nothing is bookmarked
				for _, id := range compactIDs(args) {
					fmt.Fprintf(a.io.Out, "%s was not bookmarked.\n", render.DescribeTechnique(c, id))
				}
				return nil
			}
			for _, id := range compactIDs(args) {
				if err := changeBookmark(a, c, p, id, on, now()); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return cmd
}

// changeBookmark sets one bookmark and says what changed.
func changeBookmark(a *app, c *techniques.Catalog, p *store.Personal, id string, on bool, at time.Time) error {
	was, err := p.Bookmarked(id)
	if err != nil {
		return err
	}
	if was == on {
		state := "already bookmarked"
		if !on {
			state = "not bookmarked"
		}
		fmt.Fprintf(a.io.Out, "%s was %s.\n", render.DescribeTechnique(c, id), state)
		return nil
	}
	if err := p.SetBookmark(id, on, at); err != nil {
		return fmt.Errorf("saving the bookmark on %s: %w", id, err)
	}
	if on {
		fmt.Fprintf(a.io.Out, "Bookmarked %s.\n", render.DescribeTechnique(c, id))
	} else {
		fmt.Fprintf(a.io.Out, "Removed the bookmark on %s.\n", render.DescribeTechnique(c, id))
	}
	return nil
}

// compactIDs drops repeated ids, keeping the first of each.
func compactIDs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// defaultHistory is how many visits omt history lists unless asked.
const defaultHistory = 20

func (a *app) historyCommand() *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "history",
		Short: "The techniques and conditions you opened in the browser, most recent first",
		Example: "  omt history\n" +
			"  omt history --limit 5 --json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if limit < 1 || limit > store.HistoryLimit {
				return &usageError{fmt.Sprintf("--limit %d: omt keeps the last %d visits; ask for 1 to %d", limit, store.HistoryLimit, store.HistoryLimit)}
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			visits, err := readOwn(a, func(p *store.Personal) ([]store.Visit, error) { return p.History(limit) })
			if err != nil {
				return err
			}
			return printOwn(a, asJSON, mapSlice(visits, func(v store.Visit) render.VisitJSON { return render.NewVisitJSON(c, v) }), render.History)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().IntVarP(&limit, "limit", "n", defaultHistory, fmt.Sprintf("how many to list, up to %d", store.HistoryLimit))
	return cmd
}
