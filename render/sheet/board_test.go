package sheet

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

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

func organSheet(t *testing.T, c *techniques.Catalog, id string) string {
	t.Helper()
	o, ok := c.Maps.Organ(id)
	if !ok {
		t.Fatalf("no organ %s", id)
	}
	return sheetText(Organ(c, atlas.ForOrgan(c, o)))
}

// TestChapmanChartIsComplete: the organs the books give Chapman points for
// have both, and an organ without one says so instead of leaving the section
// out.
func TestChapmanChartIsComplete(t *testing.T) {
	c := mustLoad(t)
	for organ, want := range map[string][]string{
		"appendix":        {"12th rib", "T11"},
		"adrenals":        {"umbilicus", "T11"},
		"kidneys":         {"umbilicus", "T12"},
		"bladder":         {"umbilic", "L2"},
		"colon-ascending": {"iliotibial band"},
		"prostate":        {"iliotibial band", "sacral base"},
		"urethra":         {"pubic"},
		"small-intestine": {"intercostal"},
	} {
		text := organSheet(t, c, organ)
		sec, _, _ := strings.Cut(text[strings.Index(text+"## Chapman reflex points", "## Chapman reflex points"):], "\n## Related")
		for _, w := range want {
			if !strings.Contains(sec, w) {
				t.Errorf("omt organ %s: the Chapman section does not give %q:\n%s", organ, w, sec)
			}
		}
	}
	if text := organSheet(t, c, "thyroid"); !strings.Contains(text, "No Chapman point listed") {
		t.Errorf("omt organ thyroid does not say that no Chapman point is listed:\n%s", text)
	}
}

// TestLevelFindsBothAnswers: T7 holds the lungs' board-review range (T2-T7)
// though not the literature's (T1-T6), T1 the other way round, T2 both;
// omt level finds the lungs at each and says which.
func TestLevelFindsBothAnswers(t *testing.T) {
	c := mustLoad(t)
	for _, tt := range []struct{ level, want string }{
		{"T7", "T7 is in board review's range only"},
		{"T1", "T1 is in the literature's range only"},
		{"T2", "T2 is in both ranges"},
	} {
		l, err := notation.ParseLevel(tt.level)
		if err != nil {
			t.Fatal(err)
		}
		sec := sheetText(Level(c, atlas.AtLevel(c, l)))
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
