package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCutTextCutsToColumns: a table cell is cut to the columns it may take,
// not to a count of runes. A note in Japanese takes two columns a character,
// so 50 runes of it filled 100 columns and pushed the table past its width;
// combining accents take none, so a cell that fits was cut.
func TestCutTextCutsToColumns(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		want string
	}{
		{strings.Repeat("abcde ", 20), 10, "abcde abc…"},
		{"short", 10, "short"},
		{strings.Repeat("腰痛", 30), 10, "腰痛腰痛…"},
		{strings.Repeat("e\u0301", 8), 10, strings.Repeat("e\u0301", 8)},
		{"👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽", 7, "👍🏽👍🏽👍🏽…"},
	} {
		got := cutText(tc.text, tc.n)
		if got != tc.want || ansi.StringWidth(got) > tc.n {
			t.Errorf("cutText(%q, %d) = %q (%d columns), want %q", tc.text, tc.n, got, ansi.StringWidth(got), tc.want)
		}
	}
}
