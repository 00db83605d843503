package sheet

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// fixture is the small valid catalogue techniques tests with.
func fixture(t *testing.T) *techniques.Catalog {
	t.Helper()
	c, err := techniques.LoadFS(os.DirFS("../../techniques/testdata/valid"))
	if err != nil {
		t.Fatalf("valid fixture rejected: %v", err)
	}
	return c
}

// A reference reached without its author list is cited title first, and
// named by its journal in short, never by an empty author or a placeholder.
func TestUnsignedReferenceIsCitedByTitle(t *testing.T) {
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	full := Citation(c, "cureus-2024-postop-los")
	if !strings.HasPrefix(full, "The effects of osteopathic manipulative treatment") {
		t.Errorf("Citation = %q; want it to start with the title", full)
	}
	if short := ShortCitation(c, "cureus-2024-postop-los"); short != "Cureus 2024" {
		t.Errorf("ShortCitation = %q; want %q", short, "Cureus 2024")
	}
}

// TestUndatedWebPagesSayNoDate keeps an access year from posing as a
// publication year: an undated page cites as "n.d.".
func TestUndatedWebPagesSayNoDate(t *testing.T) {
	c := fixture(t)
	c.References[0].Year, c.References[0].Kind = 0, "web"
	id := c.References[0].ID
	if got := Citation(c, id); !strings.Contains(got, " n.d.") || strings.Contains(got, " 0") {
		t.Errorf("Citation of an undated page = %q; want n.d.", got)
	}
	if got := ShortCitation(c, id); !strings.HasSuffix(got, " n.d.") {
		t.Errorf("ShortCitation of an undated page = %q; want n.d.", got)
	}
}

// TestScreeningSectionStatesTheReading: a flag whose words could mean more
// than one finding carries a reading, and the sheet's screening section
// states it.
func TestScreeningSectionStatesTheReading(t *testing.T) {
	c := fixture(t)
	cs, _ := c.Technique("counterstrain-lumbar")
	const reading = "Osteopenia is read as osteoporosis."
	c.Flags[1].Reading = reading // osteoporosis
	sec := Screening(c, c.Screen(cs, []string{"osteoporosis"}))
	all := strings.Join(append(sec.Items, sec.Groups[0].Items...), "\n")
	if !strings.Contains(all, reading) {
		t.Errorf("the screening section does not state the reading:\n%s", all)
	}
}

func TestTwoAnswers(t *testing.T) {
	c := mustLoad(t)
	row := func(organ string) techniques.OrganLevels {
		i := slices.IndexFunc(c.Maps.Viscerosomatic.Rows, func(r techniques.OrganLevels) bool { return r.Organ == organ })
		if i < 0 {
			t.Fatalf("no viscerosomatic row for %s", organ)
		}
		return c.Maps.Viscerosomatic.Rows[i]
	}
	if got, want := visceroLevels(c, row("lungs")), "Literature: T1-T6 (StatPearls) · Board review: T2-T7 (review charts)"; got != want {
		t.Errorf("lungs: %q; want %q", got, want)
	}
	if got := visceroLevels(c, row("heart")); got != "T1-T5 (left)" {
		t.Errorf("a row with no board block reads %q; want its value alone", got)
	}
}
