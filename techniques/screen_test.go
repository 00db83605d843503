package techniques

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestScreen(t *testing.T) {
	c := loadFixture(t)
	hvla, _ := c.Technique("hvla-lumbar")
	cs, _ := c.Technique("counterstrain-lumbar")

	if s := c.Screen(hvla, []string{"osteoporosis"}); s.Status != StatusContraindicated ||
		len(s.Reasons) != 1 || s.Reasons[0].Kind != "absolute" || s.Reasons[0].Note != "Thrust through weak bone." {
		t.Errorf("hvla with osteoporosis: %+v", s)
	}
	if s := c.Screen(cs, []string{"osteoporosis"}); s.Status != StatusCaution || s.Reasons[0].Kind != "relative" {
		t.Errorf("counterstrain with osteoporosis: %+v", s)
	}
	if s := c.Screen(cs, nil); s.Status != StatusOK || len(s.Reasons) != 0 {
		t.Errorf("no flags: %+v", s)
	}
	if s := c.Screen(hvla, []string{"no-consent", "osteoporosis"}); len(s.Reasons) != 2 || !slices.Equal(s.Checked, []string{"no-consent", "osteoporosis"}) {
		t.Errorf("two flags: %+v", s)
	}
}

func TestResolveFlags(t *testing.T) {
	c := loadFixture(t)
	got, err := c.ResolveFlags([]string{"Osteopenia, osteoporosis", "refused"})
	if err != nil || !slices.Equal(got, []string{"osteoporosis", "no-consent"}) {
		t.Errorf("ResolveFlags = %v, %v", got, err)
	}
	_, err = c.ResolveFlags([]string{"osteoporsis"})
	var fe *FlagError
	if !errors.As(err, &fe) || len(fe.Suggestions) == 0 || fe.Suggestions[0] != "osteoporosis" {
		t.Errorf("a misspelt flag must fail with a suggestion, got %v", err)
	}
	if got, err := c.ResolveFlags([]string{" , "}); err != nil || len(got) != 0 {
		t.Errorf("empty items: %v, %v", got, err)
	}
}

// TestScreeningSaysWhichReadingWasApplied: a flag whose words could mean more
// than one finding carries a reading, and every screening output states it,
// whether or not the flag ruled anything out (render/sheet's
// TestScreeningSectionStatesTheReading checks the sheet's section).
func TestScreeningSaysWhichReadingWasApplied(t *testing.T) {
	c := loadFixture(t)
	hvla, _ := c.Technique("hvla-lumbar")
	const reading = "Osteopenia is read as osteoporosis."
	c.Flags[1].Reading = reading // osteoporosis
	if s := c.Screen(hvla, []string{"osteoporosis"}); len(s.Reasons) != 1 || s.Reasons[0].Reading != reading {
		t.Errorf("the reason should carry the flag's reading: %+v", s)
	}
	if s := c.Screen(hvla, []string{"no-consent"}); s.Reasons[0].Reading != "" {
		t.Errorf("a flag without a reading should carry none: %+v", s)
	}
	notice := c.ScreeningNotice([]string{"no-consent", "osteoporosis"})
	if !strings.Contains(notice, "Osteoporosis: "+reading) {
		t.Errorf("the notice does not state the reading applied: %q", notice)
	}
	if notice := c.ScreeningNotice([]string{"no-consent"}); strings.Contains(notice, "read as") {
		t.Errorf("no reading to state, yet: %q", notice)
	}
}
