package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/omt-reference/omt/techniques"
)

// joinedQueryCommands read all their arguments as one query: omt search ear
// infection. The joined query must fit the cap as well as each word.
var joinedQueryCommands = map[string]bool{"search": true, "condition": true, "glossary": true}

// checkLengths refuses any argument or flag value longer than the catalogue
// reads (techniques.MaxQueryLen): no name, id or query comes near it, and
// cutting it short without a word would answer a question nobody asked.
func checkLengths(c *cobra.Command, args []string) error {
	const limit = techniques.MaxQueryLen
	tooLong := fmt.Sprintf("is too long: omt reads at most %d bytes of a name, id or query", limit)
	for _, arg := range args {
		if len(arg) > limit {
			return &usageError{fmt.Sprintf("argument %s %s", quote(arg), tooLong)}
		}
	}
	if q := joinArgs(args); joinedQueryCommands[c.Name()] && len(q) > limit {
		return &usageError{fmt.Sprintf("the query (%d bytes, %d words) %s", len(q), len(args), tooLong)}
	}
	var err error
	c.Flags().Visit(func(f *pflag.Flag) {
		values := []string{f.Value.String()}
		if list, ok := f.Value.(*listFlag); ok {
			values = strings.Split(list.String(), ",")
		}
		for _, v := range values {
			if len(v) > limit && err == nil {
				err = &usageError{fmt.Sprintf("--%s %s %s", f.Name, quote(v), tooLong)}
			}
		}
	})
	return err
}
