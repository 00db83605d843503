// Package classcli is `omt class`: an instructor's commands at the host of
// omt serve, over the same database: assign decks by a due date, list the
// assignments and who finished them, and export the gradebook. It is a
// package of its own below cli, which hands it what it needs of the
// command line (Env), so that a new command does not grow cli.
package classcli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/class"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
)

// Env is what the class commands need of the command line around them.
type Env struct {
	// Out and Err are the command's streams.
	Out, Err io.Writer
	// Load reads the catalogue.
	Load func() (*techniques.Catalog, error)
	// ResolveDeck reads a deck by name or title, with suggestions when it
	// matches none.
	ResolveDeck func(c *techniques.Catalog, all []cards.Card, query string) (name, title string, err error)
	// People reads the keys files as omt serve does (serve.People).
	People func(authorizedKeys, instructors string) (class.People, error)
	// WithStore runs do over the database omt serve uses, opened for
	// writing (and created if need be) or read-only (nil when there is none
	// yet); now is the clock (OMT_NOW moves it).
	WithStore func(write bool, do func(s *store.Store, now func() time.Time) error) error
	// WriteOutput writes to standard output, or to the --output path as
	// every export does.
	WriteOutput func(path string, write func(io.Writer) error) error
	// Usage makes the error of a command line that cannot be run as written
	// (exit 2), NotFound that of what is not there (exit 1).
	Usage    func(msg string) error
	NotFound func(msg string) error
	// WriteJSON prints a value as JSON, safe for a terminal.
	WriteJSON func(w io.Writer, v any) error
	// User is the host's user ($USER), who an assignment made here is by.
	User string
}

// keysFiles are the flags every class command takes, to name the class as
// omt serve does.
type keysFiles struct {
	authorizedKeys, instructors string
}

// Command is `omt class` and its subcommands.
func Command(env Env) *cobra.Command {
	var files keysFiles
	cmd := &cobra.Command{
		Use:   "class",
		Short: "An instructor's commands at the host of omt serve: assign decks, list assignments, export the gradebook",
		Long: "Reads and writes the class that omt serve keeps, in the same database (OMT_DATABASE, else omt.db in\n" +
			"the XDG data directory). Give the same --authorized-keys and --instructors as omt serve, so that\n" +
			"students are named by their keys' comments and instructors are not counted as students.\n\n" +
			"The class view itself opens over SSH for an instructor: ssh -t HOST class.",
		Example: "  omt class assign --deck region/sacral --due 2026-12-10\n" +
			"  omt class assignments --authorized-keys /etc/omt/class_keys\n" +
			"  omt class export --format csv --students ids.csv --output gradebook.csv \\\n" +
			"      --authorized-keys /etc/omt/class_keys --instructors /etc/omt/instructors",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	f := cmd.PersistentFlags()
	f.StringVar(&files.authorizedKeys, "authorized-keys", "", "the students' keys and names: the file omt serve is given as --authorized-keys")
	f.StringVar(&files.instructors, "instructors", "", "the instructors' keys: the file omt serve is given as --instructors (not counted as students)")
	cmd.AddCommand(assignCommand(env, &files), assignmentsCommand(env, &files), unassignCommand(env),
		exportCommand(env, &files))
	return cmd
}

// open runs do over the class in the database, or with a nil Class when
// there is no database yet and nothing is to be written.
func open(env Env, files *keysFiles, write bool, do func(c *class.Class, now func() time.Time) error) error {
	people, err := env.People(files.authorizedKeys, files.instructors)
	if err != nil {
		return err
	}
	cat, err := env.Load()
	if err != nil {
		return err
	}
	all := cards.Generate(cat)
	return env.WithStore(write, func(s *store.Store, now func() time.Time) error {
		if s == nil {
			return do(nil, now)
		}
		c, err := class.New(class.Options{Store: s, Cards: all, Decks: cards.Decks(cat, all), People: people, Now: now})
		if err != nil {
			return err
		}
		return do(c, now)
	})
}

func assignCommand(env Env, files *keysFiles) *cobra.Command {
	var decks []string
	var due string
	cmd := &cobra.Command{
		Use:   "assign",
		Short: "Assign decks to the class, due by the end of a day",
		Long: "Assigns one deck or several to every student, due by the end of the day given (the host's time).\n" +
			"Each student's new cards of those decks come first, within the daily limit they set, and the\n" +
			"class view shows who finished: a student finishes once every card of the decks has been reviewed.",
		Example: "  omt class assign --deck region/sacral --due 2026-12-10\n" +
			"  omt class assign --deck map/chapman --deck 'Rib' --due 2026-12-17",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(decks) == 0 || due == "" {
				return env.Usage("omt class assign needs --deck (one or more) and --due YYYY-MM-DD")
			}
			cat, err := env.Load()
			if err != nil {
				return err
			}
			all := cards.Generate(cat)
			var names []string
			for _, d := range decks {
				name, _, err := env.ResolveDeck(cat, all, d)
				if err != nil {
					return err
				}
				names = append(names, name)
			}
			return open(env, files, true, func(c *class.Class, now func() time.Time) error {
				day, err := time.ParseInLocation("2006-01-02", due, now().Location())
				if err != nil {
					return env.Usage(fmt.Sprintf("--due %q: give a date such as %s", due, now().AddDate(0, 0, 7).Format("2006-01-02")))
				}
				a, err := c.Assign(names, class.EndOfDay(day), class.Assigner{Profile: store.LocalProfile, Name: hostName(env)})
				if err != nil {
					return env.Usage(err.Error())
				}
				fmt.Fprintf(env.Out, "Assigned %s to the class, due %s (assignment %d).\n",
					strings.Join(a.Decks, ", "), day.Format("Mon 2 Jan 2006"), a.ID)
				return nil
			})
		},
	}
	cmd.Flags().StringSliceVarP(&decks, "deck", "d", nil, "a deck to assign, by name or title (omt study decks lists them); repeat for more")
	cmd.Flags().StringVar(&due, "due", "", "the day it is due by, YYYY-MM-DD (the end of that day, the host's time)")
	return cmd
}

// hostName names whoever assigns at the host: the host's user, else "the
// host".
func hostName(env Env) string {
	if env.User != "" {
		return env.User + " (at the host)"
	}
	return "the host"
}

func unassignCommand(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "unassign ID",
		Short: "Remove an assignment (the reviews made for it stay the students')",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(strings.TrimPrefix(args[0], "#"), 10, 64)
			if err != nil || id < 1 {
				return env.Usage(fmt.Sprintf("%q is not an assignment's number; omt class assignments lists them", args[0]))
			}
			return env.WithStore(true, func(s *store.Store, _ func() time.Time) error {
				if err := s.Class().Unassign(id); errors.Is(err, store.ErrNoAssignment) {
					return env.NotFound(fmt.Sprintf("no assignment %d; omt class assignments lists them", id))
				} else if err != nil {
					return err
				}
				fmt.Fprintf(env.Out, "Removed assignment %d.\n", id)
				return nil
			})
		},
	}
}

func assignmentsCommand(env Env, files *keysFiles) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "assignments",
		Short: "Every assignment, the soonest due first, with who has finished it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return open(env, files, false, func(c *class.Class, now func() time.Time) error {
				var list []class.Assignment
				if c != nil {
					var err error
					if list, err = c.Assignments(); err != nil {
						return err
					}
				}
				if asJSON {
					return env.WriteJSON(env.Out, assignmentsJSON(list, now()))
				}
				return printAssignments(env.Out, list, now())
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: each assignment with every student's progress")
	return cmd
}

// printAssignments prints the assignments as a table, with who has not
// finished each.
func printAssignments(w io.Writer, list []class.Assignment, now time.Time) error {
	if len(list) == 0 {
		_, err := fmt.Fprintln(w, "Nothing is assigned. omt class assign --deck DECK --due YYYY-MM-DD assigns a deck.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDUE\tDECKS\tCARDS\tFINISHED\tBY")
	for _, a := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d of %d\t%s\n", a.ID, a.Due.In(now.Location()).Format("2006-01-02"),
			strings.Join(a.Decks, ", "), a.Cards, a.Finished(), len(a.Students), a.ByName)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, a := range list {
		var behind []string
		for _, s := range a.Students {
			if !s.Complete() {
				behind = append(behind, fmt.Sprintf("%s %d/%d", s.Name, s.Done, s.Cards))
			}
		}
		if len(behind) > 0 {
			late := ""
			if now.After(a.Due) {
				late = " (late)"
			}
			if _, err := fmt.Fprintf(w, "\n%d, not finished%s: %s\n", a.ID, late, strings.Join(behind, ", ")); err != nil {
				return err
			}
		}
	}
	return nil
}

// assignmentJSON is an assignment as --json prints it.
type assignmentJSON struct {
	ID       int64         `json:"id"`
	Decks    []string      `json:"decks"`
	Titles   []string      `json:"titles"`
	Due      time.Time     `json:"due"`
	Assigned time.Time     `json:"assigned"`
	By       string        `json:"by"`
	Cards    int           `json:"cards"`
	Finished int           `json:"finished"`
	Students []studentJSON `json:"students"`
}

type studentJSON struct {
	Name     string     `json:"name"`
	Key      string     `json:"key"`
	Done     int        `json:"done"`
	Finished *time.Time `json:"finished"`
	Late     bool       `json:"late"`
}

func assignmentsJSON(list []class.Assignment, now time.Time) []assignmentJSON {
	out := []assignmentJSON{}
	for _, a := range list {
		j := assignmentJSON{ID: a.ID, Decks: a.Decks, Titles: a.Titles, Due: a.Due, Assigned: a.Assigned,
			By: a.ByName, Cards: a.Cards, Finished: a.Finished(), Students: []studentJSON{}}
		for _, s := range a.Students {
			sj := studentJSON{Name: s.Name, Key: s.Profile, Done: s.Done, Late: s.Late(now)}
			if s.Complete() {
				at := s.Assignment.Finished
				sj.Finished = &at
			}
			j.Students = append(j.Students, sj)
		}
		out = append(out, j)
	}
	return out
}
