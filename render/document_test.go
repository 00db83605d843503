package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func TestWrapKeepsTextAndWidth(t *testing.T) {
	texts := []string{
		"A direct technique for the respiratory (thoracoabdominal) diaphragm, with L-spine and T4-T5 levels.",
		"Supercalifragilisticexpialidocious words break hard when they are longer than the width.",
		"Short", "", "a b c", "ends-with-hyphen- word", "Temperature 38.5 °C – with an en dash",
		"全角の文字は二列を占める", // wide runes take the grapheme-aware path
	}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, text := range texts {
		for _, w := range []int{2, 5, 12, 20, 33, 80} { // a wide rune cannot fit in 1
			got := Wrap(text, w)
			for _, line := range strings.Split(got, "\n") {
				if n := ansi.StringWidth(line); n > w {
					t.Errorf("wrap(%q, %d) has a line of width %d: %q", text, w, n, line)
				}
			}
			if squash(got) != squash(text) {
				t.Errorf("wrap(%q, %d) changed the text:\n%s", text, w, got)
			}
		}
	}
}

// TestPlainLayoutMatchesTheStyledOne keeps the one-pass plain layout (what a
// pipe gets) equal to the styled layout with the styles taken away, for
// every entry of the catalogue at several widths.
func TestPlainLayoutMatchesTheStyledOne(t *testing.T) {
	c := techniquestest.Shipped(t)
	plain := PlainStyles()
	check := func(t *testing.T, title, subtitle string, secs []sheet.Section) {
		for _, w := range []int{12, 40, 79, 100} {
			head, body, _ := Parts(title, subtitle, secs, plain, w)
			got, want := renderPlain(title, subtitle, secs, plain.G, w), head+"\n"+body
			if got == want {
				continue
			}
			g, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
			for i := range max(len(g), len(wl)) {
				if i >= len(g) || i >= len(wl) || g[i] != wl[i] {
					t.Fatalf("width %d, line %d: the plain layout differs from the styled one:\n got %q\nwant %q",
						w, i+1, strings.Join(g[max(0, i-1):min(len(g), i+2)], "|"), strings.Join(wl[max(0, i-1):min(len(wl), i+2)], "|"))
				}
			}
		}
	}
	for _, tech := range c.Techniques {
		t.Run(tech.ID, func(t *testing.T) {
			secs := append([]sheet.Section{sheet.Screening(c, c.Screen(tech, []string{"osteoporosis", "pregnancy"}))}, sheet.Technique(c, tech)...)
			check(t, tech.Name, TechniqueSubtitle(tech, plain.G), secs)
		})
	}
	for _, x := range c.Conditions {
		t.Run(x.ID, func(t *testing.T) { check(t, x.Name, "condition overview", sheet.Condition(c, x)) })
	}
	for _, g := range c.Glossary {
		t.Run(g.ID, func(t *testing.T) { check(t, g.Term, "glossary", sheet.Glossary(c, g)) })
	}
}
