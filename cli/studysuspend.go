package cli

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
)

// suspendCommand is omt study suspend (on) or omt study unsuspend, of cards
// named by id as omt study cards and omt study stats list them. Suspend
// with no card lists the suspended ones.
func (a *app) suspendCommand(on bool) *cobra.Command {
	var leeches, asJSON bool
	cmd := &cobra.Command{
		Use:     "unsuspend CARD...",
		Short:   "Bring suspended cards back to study",
		Example: "  omt study unsuspend technique/hvla-cervical/absolute",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			all := cards.Generate(c)
			access := removing // unsuspending where there is no database creates none
			switch {
			case on && len(args) == 0 && !leeches:
				access = reading // the list
			case on:
				access = saving
			}
			return a.withStudent(access, func(st study.Student, now func() time.Time) error {
				if access == reading {
					return a.listSuspended(st, all, now(), asJSON)
				}
				ids, err := suspensionIDs(st, all, args, leeches, now())
				n, verb := 0, "suspended"
				switch {
				case err != nil:
				case on:
					n, err = st.Suspend(ids, now())
				default:
					verb = "unsuspended"
					if n, err = st.Unsuspend(ids); errors.Is(err, study.ErrNoDatabase) {
						err = nil // nothing was ever suspended
					}
				}
				if err == nil {
					_, err = fmt.Fprintf(a.io.Out, "%s %d of %d cards\n", verb, n, len(ids))
				}
				return err
			})
		},
	}
	if on {
		cmd.Use, cmd.Args = "suspend [CARD...]", cobra.ArbitraryArgs
		cmd.Short = "Keep cards out of study until unsuspended (their progress stays); alone, list the suspended cards"
		cmd.Example = "  omt study suspend technique/hvla-cervical/absolute\n  omt study suspend --leeches\n  omt study suspend --json"
		cmd.Flags().BoolVar(&leeches, "leeches", false, fmt.Sprintf("suspend every leech (%d lapses or more, as omt study stats lists them)", study.LeechLapses))
		cmd.Flags().BoolVar(&asJSON, "json", false, "list the suspended cards as JSON")
	}
	return cmd
}

// suspensionIDs checks the cards named: each must be a card the catalogue
// makes, or one already suspended. With leeches, every leech is added.
func suspensionIDs(st study.Student, all []cards.Card, args []string, leeches bool, now time.Time) ([]string, error) {
	suspended, err := st.Suspended()
	if err != nil {
		return nil, err
	}
	var known []string
	for _, k := range all {
		known = append(known, k.ID)
	}
	ids := []string{}
	for _, id := range args {
		if _, ok := cards.Find(all, id); !ok && suspended[id].IsZero() {
			return nil, &notFoundError{what: "card", query: id, suggestions: techniques.Closest(id, known, 3), hint: "omt study cards lists them"}
		}
		ids = append(ids, id)
	}
	if leeches {
		rep, err := st.Stats(cardRefs(all), now)
		for _, l := range rep.Leeches {
			ids = append(ids, l.Card)
		}
		return ids, err
	}
	return ids, nil
}

// listSuspended prints the suspended cards, in the catalogue's order.
func (a *app) listSuspended(st study.Student, all []cards.Card, now time.Time, asJSON bool) error {
	rows, err := st.SuspendedCards(cardRefs(all), now)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.io.Out, rows)
	}
	w, _ := a.out()
	tw := newTable(w)
	fmt.Fprintln(tw, "CARD\tSUSPENDED\tLAPSES\tQUESTION")
	for _, r := range rows {
		k, _ := cards.Find(all, r.Card)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", r.Card, r.Suspended.Local().Format("2006-01-02"), r.Lapses, cutText(k.Front, 60))
	}
	return tw.Flush()
}
