package cli

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/ui"
)

func (a *app) studyCommand() *cobra.Command {
	var deckName string
	cmd := &cobra.Command{
		Use:   "study",
		Short: "Practise with spaced repetition: cards generated from the catalogue, scheduled by FSRS",
		Long: "Opens a study session on the cards due today (or one deck's). Cards are generated from the\n" +
			"catalogue, so every answer traces to a sourced entry; FSRS schedules them, and every grade is\n" +
			"saved to a local database before the next card shows.",
		Example: "  omt study\n" +
			"  omt study --deck family/counterstrain\n" +
			"  omt study decks\n" +
			"  omt study stats --json\n" +
			"  omt study export --format apkg --output omt.apkg",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !a.io.IsTerminal || a.dumbTerminal() {
				return &usageError{"omt study opens a session on a terminal; for scripts use omt study cards, decks, stats or export"}
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			all := cards.Generate(c)
			deck, title, err := resolveDeck(c, all, deckName)
			if err != nil {
				return err
			}
			u, err := a.userData()
			if err != nil {
				return err
			}
			opts := ui.Options{ASCII: !ui.UTF8Locale(a.io.Env), Data: u.forUI(), StudyDeck: &ui.StudyDeck{Name: deck, Title: title}}
			err = a.browse(cmd, c, opts)
			if cerr := u.close(); err == nil {
				err = cerr
			}
			return err
		},
	}
	cmd.Flags().StringVarP(&deckName, "deck", "d", "", "study one deck (see omt study decks); default: everything due")
	cmd.AddCommand(a.studyDecksCommand(), a.studyCardsCommand(), a.studyStatsCommand(), a.studyExportCommand(), a.studySettingsCommand(),
		a.suspendCommand(true), a.suspendCommand(false))
	return cmd
}

// resolveDeck reads a deck by name or title ("" is everything due); an
// unknown one suggests the closest.
func resolveDeck(c *techniques.Catalog, all []cards.Card, query string) (name, title string, err error) {
	if query == "" {
		return "", "", nil
	}
	// A deck answers to its name, its title, or the part of its name after
	// the group ("counterstrain" for family/counterstrain).
	nameOf := map[string]string{}
	var words []string
	for _, d := range cards.Decks(c, all) {
		if strings.EqualFold(d.Name, query) || strings.EqualFold(d.Title, query) {
			return d.Name, d.Title, nil
		}
		_, short, _ := strings.Cut(d.Name, "/")
		for _, w := range []string{d.Name, d.Title, short} {
			if w != "" && nameOf[strings.ToLower(w)] == "" {
				nameOf[strings.ToLower(w)] = d.Name
				words = append(words, strings.ToLower(w))
			}
		}
	}
	var suggestions []string
	for _, w := range techniques.Closest(strings.ToLower(query), words, 6) {
		if n := nameOf[w]; !slices.Contains(suggestions, n) && len(suggestions) < 3 {
			suggestions = append(suggestions, n)
		}
	}
	return "", "", &notFoundError{what: "deck", query: query, suggestions: suggestions}
}

func (a *app) studyDecksCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "decks",
		Short: "The decks, with their cards, and those due now and new today",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			all := cards.Generate(c)
			counts, err := a.deckCounts(all)
			if err != nil {
				return err
			}
			type deckJSON struct {
				Name  string `json:"name"`
				Title string `json:"title"`
				Cards int    `json:"cards"`
				Due   int    `json:"due"`
				New   int    `json:"new"`
			}
			var out []deckJSON
			for _, d := range cards.Decks(c, all) {
				n := counts[d.Name]
				out = append(out, deckJSON{d.Name, d.Title, d.Count, n.Due, n.New})
			}
			if asJSON {
				return writeJSON(a.io.Out, out)
			}
			w, _ := a.out()
			tw := newTable(w)
			fmt.Fprintln(tw, "DECK\tTITLE\tCARDS\tDUE\tNEW")
			for _, d := range out {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\n", d.Name, d.Title, d.Cards, d.Due, d.New)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// deckCounts counts each deck's due and new cards, reading the database
// read-only and never creating it: with none, nothing is due, and every
// deck offers today's allowance of new cards.
func (a *app) deckCounts(all []cards.Card) (map[string]study.Counts, error) {
	var tally study.Tally
	err := a.withStudent(reading, func(st study.Student, now func() time.Time) error {
		// A command says what is wrong with the settings rather than count
		// past them as the browser's header does.
		if _, err := st.Settings(); err != nil {
			return err
		}
		var err error
		tally, err = st.Count(cardRefs(all), now())
		return err
	})
	return tally.ByDeck, err
}

func cardRefs(all []cards.Card) []study.CardRef {
	refs := make([]study.CardRef, len(all))
	for i, k := range all {
		refs[i] = study.CardRef{ID: k.ID, Hash: k.Hash, Decks: k.Decks}
	}
	return refs
}

func (a *app) studyCardsCommand() *cobra.Command {
	var asJSON, lint bool
	var deckName string
	cmd := &cobra.Command{
		Use:   "cards",
		Short: "The cards generated from the catalogue, with their answers and sources",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			all := cards.Generate(c)
			name, _, err := resolveDeck(c, all, deckName)
			if err != nil {
				return err
			}
			var shown []cards.Card
			for i, r := range cardRefs(all) {
				if r.InDeck(name) {
					shown = append(shown, all[i])
				}
			}
			if lint {
				return a.lintCards(c, shown, asJSON)
			}
			if asJSON {
				return writeJSON(a.io.Out, shown)
			}
			w, _ := a.out()
			tw := newTable(w)
			fmt.Fprintln(tw, "ID\tKIND\tQUESTION")
			for _, k := range shown {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", k.ID, k.Kind, cutText(k.Front, 80))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (questions, choices, answers and sources)")
	cmd.Flags().StringVarP(&deckName, "deck", "d", "", "only this deck's cards")
	cmd.Flags().BoolVar(&lint, "lint", false, "check the cards for item-writing flaws: rates per card type; fails over the thresholds")
	return cmd
}

// cutText shortens one line of text for a table.
func cutText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func (a *app) studyStatsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Due today and this week, reviews a day over 30 days, retention, weakest decks",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			all := cards.Generate(c)
			return a.withStudent(reading, func(st study.Student, now func() time.Time) error {
				rep, err := st.Stats(cardRefs(all), now())
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(a.io.Out, rep)
				}
				w, styles := a.out()
				titles := map[string]string{}
				for _, d := range cards.Decks(c, all) {
					titles[d.Name] = d.Title
				}
				fmt.Fprintln(w, ui.RenderStats(rep, titles, now(), a.textWidth(), styles))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) studySettingsCommand() *cobra.Command {
	var retention float64
	var newPerDay int
	cmd := &cobra.Command{
		Use:   "settings",
		Short: "Show or set the desired retention (0.70-0.99, default 0.90) and new cards a day (default 20)",
		Example: "  omt study settings\n" +
			"  omt study settings --retention 0.85\n" +
			"  omt study settings --new-per-day 30",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			changing := cmd.Flags().Changed("retention") || cmd.Flags().Changed("new-per-day")
			access := reading // showing the settings only reads
			if changing {
				access = saving
			}
			return a.withStudent(access, func(st study.Student, _ func() time.Time) error {
				set, err := st.Settings()
				if err != nil {
					return err
				}
				if changing {
					if cmd.Flags().Changed("retention") {
						set.Retention = retention
					}
					if cmd.Flags().Changed("new-per-day") {
						set.NewPerDay = newPerDay
					}
					if err := set.Validate(); err != nil {
						return &usageError{err.Error()}
					}
					if err := st.SaveSettings(set); err != nil {
						return err
					}
				}
				_, err = fmt.Fprintf(a.io.Out, "desired retention: %.2f\nnew cards a day: %d\n", set.Retention, set.NewPerDay)
				return err
			})
		},
	}
	cmd.Flags().Float64Var(&retention, "retention", study.DefaultRetention, "the probability of recall to schedule for, 0.70 to 0.99")
	cmd.Flags().IntVar(&newPerDay, "new-per-day", study.DefaultNewPerDay, "new cards shown a day, 0 to 1000")
	return cmd
}
