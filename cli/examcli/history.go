package examcli

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/exam"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/store"
)

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
					out := make([]render.ExamBlockJSON, 0, len(blocks))
					for _, b := range blocks {
						out = append(out, render.NewExamBlockJSON(b, false))
					}
					return env.WriteJSON(env.Out, out)
				}
				return printer(env).ExamHistory(blocks)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, with the score of every topic")
	return cmd
}

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
					return env.WriteJSON(env.Out, render.NewExamBlockJSON(b, true))
				}
				return printer(env).ExamBlock(b)
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

// printer is where the answers of history and show go: plain text, wrapped to
// the command line's width.
func printer(env Env) render.Out { return render.Out{W: env.Out, Width: env.Width} }
