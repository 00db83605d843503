// Command omt is an offline terminal reference of osteopathic manipulative
// treatment, browsed by condition.
package main

import (
	"context"
	"os"

	"github.com/omt-reference/omt/cli"
)

func main() {
	os.Exit(cli.Run(context.Background(), os.Args[1:], cli.StdIO()))
}
