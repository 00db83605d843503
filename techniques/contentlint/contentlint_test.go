package contentlint

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/testfixture"
)

// TestContentIsHonest fails the build on content that is valid data but not an
// honest reference: a condition with no technique, an unused reference, a flag
// no technique lists, a family with no entry.
func TestContentIsHonest(t *testing.T) {
	for _, p := range Check(mustLoad(t)) {
		t.Error(p.String())
	}
}

// withSecondThrust loads the fixture and adds a second thrust technique that
// edit changes, so that two techniques of one kind can be compared.
func withSecondThrust(t *testing.T, edit func(*techniques.Technique)) *techniques.Catalog {
	t.Helper()
	c := loadFixture(t)
	hvla, _ := c.Technique("hvla-lumbar")
	second := hvla
	second.ID = "hvla-thoracic"
	second.Contraindications = techniques.Contraindications{
		Absolute: append([]techniques.Contraindication{}, hvla.Contraindications.Absolute...),
		Relative: append([]techniques.Contraindication{}, hvla.Contraindications.Relative...),
	}
	edit(&second)
	c.Techniques = append(c.Techniques, second)
	return c
}

func lintMessages(c *techniques.Catalog) string {
	var lines []string
	for _, p := range Check(c) {
		lines = append(lines, p.String())
	}
	return strings.Join(lines, "\n")
}

func TestLintGradesByKind(t *testing.T) {
	relative := func(tech *techniques.Technique) {
		tech.Contraindications.Absolute = tech.Contraindications.Absolute[:1] // no-consent only
		tech.Contraindications.Relative = []techniques.Contraindication{{Flag: "osteoporosis", Note: "Light force."}}
	}
	t.Run("same flag, two grades in one kind", func(t *testing.T) {
		msg := lintMessages(withSecondThrust(t, relative))
		if !strings.Contains(msg, "thrust techniques") || !strings.Contains(msg, `flag "osteoporosis" is absolute in hvla-lumbar; relative in hvla-thoracic`) {
			t.Errorf("a flag graded two ways in one kind was not reported:\n%s", msg)
		}
	})
	t.Run("a departure with its reason is accepted", func(t *testing.T) {
		msg := lintMessages(withSecondThrust(t, func(tech *techniques.Technique) {
			relative(tech)
			tech.Contraindications.Departures = []techniques.Departure{{Flag: "osteoporosis", Reason: "No lever on bone."}}
		}))
		if strings.Contains(msg, "osteoporosis") {
			t.Errorf("a departure with a reason should satisfy the check:\n%s", msg)
		}
	})
	t.Run("a departure that departs from nothing", func(t *testing.T) {
		msg := lintMessages(withSecondThrust(t, func(tech *techniques.Technique) {
			tech.Contraindications.Departures = []techniques.Departure{{Flag: "osteoporosis", Reason: "Stale."}}
		}))
		if !strings.Contains(msg, `departs on "osteoporosis", but every other thrust technique grades it absolute too`) {
			t.Errorf("a stale departure was not reported:\n%s", msg)
		}
	})
	t.Run("a systemic flag left out counts as a grade", func(t *testing.T) {
		c := withSecondThrust(t, func(tech *techniques.Technique) {
			tech.Contraindications.Absolute = tech.Contraindications.Absolute[:1]
		})
		c.Flags[1].Scope = techniques.Systemic // osteoporosis
		if msg := lintMessages(c); !strings.Contains(msg, `flag "osteoporosis" is absolute in hvla-lumbar; not listed in hvla-thoracic`) {
			t.Errorf("a systemic flag missing from one technique of the kind was not reported:\n%s", msg)
		}
	})
	t.Run("a local flag left out is not compared", func(t *testing.T) {
		c := withSecondThrust(t, func(tech *techniques.Technique) {
			tech.Contraindications.Absolute = tech.Contraindications.Absolute[:1]
		})
		if msg := lintMessages(c); strings.Contains(msg, "osteoporosis") {
			t.Errorf("a local flag left out should not be compared:\n%s", msg)
		}
	})
}

func TestLintEvidenceCoverage(t *testing.T) {
	c := loadFixture(t)
	if msg := lintMessages(c); strings.Contains(msg, "evidence[") {
		t.Fatalf("the fixture's evidence is covered, yet:\n%s", msg)
	}
	c.Evidence[0].Items = nil
	if msg := lintMessages(c); !strings.Contains(msg, "cites trial-2013 for low-back-pain, but evidence/low-back-pain.yaml leaves it out") {
		t.Errorf("a study missing from the condition's evidence file was not reported:\n%s", msg)
	}
	c.Evidence = nil
	if msg := lintMessages(c); !strings.Contains(msg, "cites trial-2013 for low-back-pain, which has no evidence file") {
		t.Errorf("a study for a condition without an evidence file was not reported:\n%s", msg)
	}
}

func TestBoardLint(t *testing.T) {
	board := "    board:\n      levels: [T2-T7]\n      note: Teaching practice.\n      sources: [book-2020]\n"
	autoBoard := "    board:\n      sympathetic_levels: [T2-T7]\n      sources: [book-2020]\n"
	load := func(t *testing.T, visc, auto string) string {
		t.Helper()
		fsys := fixture(t)
		testfixture.OrganMaps(fsys, visc, auto)
		c, err := techniques.LoadFS(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return lintMessages(c)
	}
	t.Run("the two maps give two board answers", func(t *testing.T) {
		msg := load(t, testfixture.VisceroLungs+board, testfixture.AutonomicLungs)
		if !strings.Contains(msg, "board review's answer is T2-T7 here but T1-T6 in maps/autonomic.yaml") {
			t.Errorf("two board answers for one organ were not reported:\n%s", msg)
		}
	})
	t.Run("one board answer in both maps", func(t *testing.T) {
		if msg := load(t, testfixture.VisceroLungs+board, testfixture.AutonomicLungs+autoBoard); strings.Contains(msg, "maps/") {
			t.Errorf("agreeing maps were reported:\n%s", msg)
		}
	})
	t.Run("board levels outside the board's sympathetic levels", func(t *testing.T) {
		wide := "    board:\n      levels: [T2-T8]\n      sources: [book-2020]\n"
		msg := load(t, testfixture.VisceroLungs+wide, testfixture.AutonomicLungs+autoBoard)
		if !strings.Contains(msg, "T8 lies outside the organ's sympathetic levels in maps/autonomic.yaml (board review's answer)") {
			t.Errorf("a board range outside the board's sympathetic supply was not reported:\n%s", msg)
		}
	})
	t.Run("web sources without the teaching-practice note", func(t *testing.T) {
		fsys := fixture(t)
		testfixture.OrganMaps(fsys, testfixture.VisceroLungs+strings.ReplaceAll(board, "book-2020", "chart-web"), testfixture.AutonomicLungs+strings.ReplaceAll(autoBoard, "book-2020", "chart-web"))
		fsys["references/web.yaml"] = &fstest.MapFile{Data: []byte("- id: chart-web\n  authors: A\n  year: 0\n  title: Chart\n" +
			"  journal: \"\"\n  publisher: Charts\n  volume: \"\"\n  doi: \"\"\n  pmid: \"\"\n  url: https://example.org/chart\n  kind: web\n")}
		c, err := techniques.LoadFS(fsys)
		if err != nil {
			t.Fatal(err)
		}
		msg := lintMessages(c)
		if !strings.Contains(msg, "maps/viscerosomatic.yaml (lungs): field board.note") || !strings.Contains(msg, "maps/autonomic.yaml (lungs): field board.note") {
			t.Errorf("web-only board blocks without the note were not reported:\n%s", msg)
		}
	})
}

func TestThrustIsTheStrictestKind(t *testing.T) {
	c := withSecondThrust(t, func(tech *techniques.Technique) {})
	for i, tech := range c.Techniques {
		if techniques.KindOf(tech) == techniques.KindThrust {
			c.Techniques[i].Contraindications.Absolute = tech.Contraindications.Absolute[:1] // no-consent only
			c.Techniques[i].Contraindications.Relative = []techniques.Contraindication{{Flag: "osteoporosis", Note: "Light force."}}
		}
	}
	direct := c.Techniques[0]
	direct.ID, direct.Family, direct.Approach = "direct-one", "soft-tissue", techniques.Direct
	direct.Contraindications = techniques.Contraindications{Absolute: []techniques.Contraindication{
		{Flag: "no-consent", Note: "No consent."}, {Flag: "osteoporosis", Note: "WHO lists it for direct techniques."}}}
	c.Techniques = append(c.Techniques, direct)
	if msg := lintMessages(c); !strings.Contains(msg, `flag "osteoporosis" is relative here, but direct-one bars it absolutely after WHO`) {
		t.Errorf("a thrust technique laxer than a WHO bar on direct techniques was not reported:\n%s", msg)
	}
}
