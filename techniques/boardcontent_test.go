package techniques

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/notation"
)

// Content faults of issue 19, each checked against the shipped catalogue.

// sheetText flattens a sheet's section titles, fields and text.
func sheetText(secs []Section) string {
	var b strings.Builder
	for _, s := range secs {
		b.WriteString("## " + s.Title + "\n")
		for _, f := range s.Fields {
			b.WriteString(f.Label + ": " + f.Value + "\n")
		}
		for _, x := range append(append([]string{}, s.Text...), s.Items...) {
			b.WriteString(x + "\n")
		}
	}
	return b.String()
}

// TestLevelFindsBothAnswers: T7 holds the lungs' board-review range (T2-T7)
// though not the literature's (T1-T6); omt level says which.
func TestLevelFindsBothAnswers(t *testing.T) {
	c := mustLoad(t)
	for _, tt := range []struct{ level, want string }{
		{"T7", "by board review only"},
		{"T1", "by literature only"},
	} {
		l, err := notation.ParseLevel(tt.level)
		if err != nil {
			t.Fatal(err)
		}
		sec := sheetText(c.LevelSheet(c.AtLevel(l)))
		i := strings.Index(sec, "Lungs and bronchi")
		if i < 0 {
			t.Errorf("omt level %s does not find the lungs:\n%s", tt.level, sec)
			continue
		}
		if line, _, _ := strings.Cut(sec[i:], "\n"); !strings.Contains(line, tt.want) {
			t.Errorf("omt level %s: %q does not say it is the %s range", tt.level, line, tt.want)
		}
	}
}
