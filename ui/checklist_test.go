package ui

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/ui/filters"
)

// TestChecklistReadsEveryWordTheCommandLineDoes: each id, name and alias
// --patient accepts puts its flag first in the p checklist, and a typo that
// matches nothing as written ("ostioporosis") offers the flags the command
// line would suggest, instead of nothing.
func TestChecklistReadsEveryWordTheCommandLineDoes(t *testing.T) {
	c := realCatalog(t)
	m := realSized(t, 100, 30, Options{})
	first := func(q string) string { // a checklist of its own: an overlay is shared by the model's copies
		l := send(t, send(t, m, press("p")), typeText(q)...).overlay.(*filters.Checklist)
		return l.Highlighted()
	}
	for _, f := range c.Flags {
		for _, k := range append([]string{f.ID, f.Name}, f.Aliases...) {
			if want, ok := c.ResolveFlag(k); ok && first(k) != want.ID {
				t.Errorf("%q: the checklist offers %q first; --patient reads %s", k, first(k), want.ID)
			}
		}
	}
	for _, typo := range []string{"ostioporosis", "anticoagulent", "malignant"} {
		suggested := c.SuggestFlags(typo, 3)
		if len(suggested) == 0 {
			t.Fatalf("the command line suggests nothing for %q", typo)
		}
		want, _ := c.ResolveFlag(suggested[0])
		if got := first(typo); got != want.ID {
			t.Errorf("%q: the checklist offers %q; the command line suggests %s (%s)", typo, got, strings.Join(suggested, ", "), want.ID)
		}
	}
}
