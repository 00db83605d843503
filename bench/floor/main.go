// Command floor is the start-up floor omt is measured against: a binary that
// imports the libraries omt's command line is built on (cobra, fang and
// lipgloss) and prints one styled line. bench/startup.sh times both.
package main

import (
	"context"
	"fmt"
	"os"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{
		Use:   "floor",
		Short: "print one styled line, as cheaply as the command-line stack allows",
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(os.Stdout, lipgloss.NewStyle().Bold(true).Render("hello"))
			return nil
		},
	}
	if err := fang.Execute(context.Background(), root); err != nil {
		os.Exit(1)
	}
}
