package examcli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/exam"
	"github.com/omt-reference/omt/store"
)

// blockJSON is a block as history and show print it.
type blockJSON struct {
	ID           int64      `json:"id"`
	Started      time.Time  `json:"started"`
	Finished     *time.Time `json:"finished,omitempty"`
	Mode         exam.Mode  `json:"mode"`
	State        exam.State `json:"state"`
	Size         int        `json:"size"`
	LimitSeconds int        `json:"limit_seconds,omitempty"`
	UsedSeconds  int        `json:"used_seconds"`
	Decks        []string   `json:"decks"`
	CountReviews bool       `json:"count_reviews"`
	// Score is the block's score as it stands: final once it has ended.
	Score exam.Score `json:"score"`
	// Questions are in show's output only.
	Questions []questionJSON `json:"questions,omitempty"`
}

// questionJSON is one question of a block with the student's answer.
type questionJSON struct {
	Number      int          `json:"number"`
	Card        string       `json:"card"`
	Topic       string       `json:"topic"`
	TopicTitle  string       `json:"topic_title"`
	Stem        string       `json:"stem"`
	Options     []string     `json:"options"`
	Answer      string       `json:"answer"`
	Chosen      *string      `json:"chosen"`
	Right       bool         `json:"right"`
	Flagged     bool         `json:"flagged"`
	Explanation string       `json:"explanation"`
	Source      cards.Source `json:"source"`
}

func toJSON(b exam.Block, questions bool) blockJSON {
	out := blockJSON{ID: b.ID, Started: b.Started.UTC(), Mode: b.Mode, State: b.State, Size: len(b.Items),
		LimitSeconds: int(b.Limit / time.Second), UsedSeconds: int(b.Used / time.Second),
		Decks: append([]string{}, b.Decks...), CountReviews: b.CountReviews, Score: b.Score()}
	if !b.Finished.IsZero() {
		f := b.Finished.UTC()
		out.Finished = &f
	}
	if !questions {
		return out
	}
	for i, it := range b.Items {
		q := questionJSON{Number: i + 1, Card: it.CardID, Topic: it.Topic, TopicTitle: it.TopicTitle, Stem: it.Stem,
			Options: it.Options, Answer: exam.Letter(it.Answer), Right: it.Right(), Flagged: it.Flagged,
			Explanation: it.Explanation, Source: it.Source}
		if it.Answered() {
			chosen := exam.Letter(it.Chosen)
			q.Chosen = &chosen
		}
		out.Questions = append(out.Questions, q)
	}
	return out
}

func historyCommand(env Env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Every practice exam, newest first: date, mode, size, state, score and score by topic",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return env.WithStore(false, func(s *store.Store, _ func() time.Time) error {
				blocks, err := exam.KeeperIn(s, "").History()
				if err != nil {
					return err
				}
				if asJSON {
					out := make([]blockJSON, 0, len(blocks))
					for _, b := range blocks {
						out = append(out, toJSON(b, false))
					}
					return env.WriteJSON(env.Out, out)
				}
				return printHistory(env, blocks)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, with the score of every topic")
	return cmd
}

// printHistory lists the blocks, each with its weakest topics under it.
func printHistory(env Env, blocks []exam.Block) error {
	if len(blocks) == 0 {
		_, err := fmt.Fprintln(env.Out, "No practice exams yet: omt exam starts one.")
		return err
	}
	tw := tabwriter.NewWriter(env.Out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BLOCK\tSTARTED\tMODE\tQUESTIONS\tSCORE\tSTATE")
	for _, b := range blocks {
		sc := b.Score()
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d/%d (%d%%)\t%s\n", b.ID, when(b.Started), b.Mode, len(b.Items),
			sc.Right, sc.Total, sc.Percent, b.State)
		fmt.Fprintf(tw, "\t%s\n", weakest(sc, max(20, env.Width-8)))
	}
	return tw.Flush()
}

// weakest names the weakest topics that fit in w columns.
func weakest(sc exam.Score, w int) string {
	line := "weakest:"
	for i, t := range sc.ByTopic {
		part := fmt.Sprintf(" %s %d/%d", t.Title, t.Right, t.Total)
		if i > 0 {
			part = "," + part
		}
		more := fmt.Sprintf(", and %d more", len(sc.ByTopic)-i)
		if len(line)+len(part)+len(more) > w && i > 0 {
			return line + more
		}
		line += part
	}
	return line
}

// when is a time as the other listings print it: local, to the minute.
func when(t time.Time) string { return t.Local().Format("2006-01-02 15:04") }

func showCommand(env Env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show [BLOCK]",
		Short: "A block's results: the score overall and by topic, and every question with its answer and explanation",
		Long: "Shows a block's results: the newest finished block, or block BLOCK (see omt exam history). A block\n" +
			"not finished shows its answers so far.",
		Example: "  omt exam show\n  omt exam show 3 --json",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return env.WithStore(false, func(s *store.Store, _ func() time.Time) error {
				b, err := blockToShow(env, exam.KeeperIn(s, ""), args)
				if err != nil {
					return err
				}
				if asJSON {
					return env.WriteJSON(env.Out, toJSON(b, true))
				}
				return printBlock(env.Out, b, env.Width)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func blockToShow(env Env, k exam.Keeper, args []string) (exam.Block, error) {
	if len(args) == 1 {
		return blockNamed(env, k, args[0])
	}
	b, ok, err := k.LatestFinished()
	if err == nil && !ok {
		err = env.NotFound("no finished block yet; omt exam starts one, omt exam history lists them all")
	}
	return b, err
}

// printBlock prints a block's results: a heading, the score overall and by
// topic, then every question with the answer chosen, the right one and the
// explanation.
func printBlock(w io.Writer, b exam.Block, width int) error {
	sc := b.Score()
	fmt.Fprintf(w, "Block %d: %s, %d questions, %s, started %s\n", b.ID, b.Mode, len(b.Items), b.State, when(b.Started))
	used := clock(b.Used)
	if b.Limit > 0 {
		used += " of " + clock(b.Limit)
	}
	fmt.Fprintf(w, "Score: %d of %d right (%d%%); %d wrong, %d not answered. Time: %s.\n\nBy topic, weakest first\n",
		sc.Right, sc.Total, sc.Percent, sc.Wrong, sc.Omitted, used)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, t := range sc.ByTopic {
		fmt.Fprintf(tw, "  %s\t%d of %d\t%d%%\n", t.Title, t.Right, t.Total, t.Percent)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for i, it := range b.Items {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, verdict(it, b.State.Finished()))
		fmt.Fprintln(w, indent(wrap(it.Stem, width-3), "   "))
		for j, o := range it.Options {
			fmt.Fprintln(w, indent(wrap(optionMark(it, j)+exam.Letter(j)+". "+o, width-3), "   "))
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, indent(wrap(it.Explanation, width-3), "   "))
		fmt.Fprintln(w, indent(wrap(fmt.Sprintf("From the catalogue's %s %q (%s). Topic: %s.", it.Source.Kind,
			it.Source.Name, it.Source.Field, it.TopicTitle), width-3), "   "))
	}
	return nil
}

// verdict heads a question: right, wrong (with the answer), or not
// answered, and flagged.
func verdict(it exam.Item, ended bool) string {
	v := "not answered; the answer is " + exam.Letter(it.Answer)
	switch {
	case it.Right():
		v = "right (" + exam.Letter(it.Chosen) + ")"
	case it.Answered():
		v = "wrong: " + exam.Letter(it.Chosen) + " chosen; the answer is " + exam.Letter(it.Answer)
	}
	if !ended && !it.Answered() {
		v = "not answered yet"
	}
	if it.Flagged {
		v += " (flagged)"
	}
	return v
}

// optionMark marks the right option and the one chosen.
func optionMark(it exam.Item, j int) string {
	switch {
	case j == it.Answer:
		return "* "
	case j == it.Chosen:
		return "x "
	}
	return "  "
}

func wrap(s string, w int) string {
	var out []string
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		out = append(out, ansi.Wrap(line, max(20, w), ""))
	}
	return strings.Join(out, "\n")
}

func indent(s, by string) string { return by + strings.ReplaceAll(s, "\n", "\n"+by) }
