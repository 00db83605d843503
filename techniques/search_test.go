package techniques

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// top names the first result as kind:id.
func top(c *Catalog, rs []Result) string {
	if len(rs) == 0 {
		return "(nothing)"
	}
	return fmt.Sprintf("%s:%s", rs[0].Kind, c.ResultID(rs[0]))
}

func resultIDs(c *Catalog, rs []Result, kind Kind) []string {
	var out []string
	for _, r := range rs {
		if r.Kind == kind {
			out = append(out, c.ResultID(r))
		}
	}
	return out
}

// TestSearchRules has one test per ranking rule of Tier.
func TestSearchRules(t *testing.T) {
	c := mustLoad(t)
	t.Run("1 exact name, alias, abbreviation or term first", func(t *testing.T) {
		for q, want := range map[string]string{
			"TART": "glossary:tart", "LBP": "condition:low-back-pain", "BLT": "technique:balanced-ligamentous-tension",
			"rib raising": "technique:rib-raising", "cv4": "technique:cv4",
		} {
			rs := c.SearchAll(q)
			if got := top(c, rs); got != want || rs[0].Tier != TierExact {
				t.Errorf("%q: top is %s (%v); want %s as an exact match", q, got, rs[0].Tier, want)
			}
		}
		// An entry's own name beats its family's abbreviation: MET is every
		// muscle energy entry's family, but the general entry's own alias.
		if got := top(c, c.SearchAll("MET")); got != "technique:muscle-energy" {
			t.Errorf("MET: top is %s; want the general muscle energy entry", got)
		}
	})
	t.Run("2 whole words of a name before prefixes", func(t *testing.T) {
		rs := c.SearchAll("ankle")
		if got := top(c, rs); got != "condition:ankle-sprain" || rs[0].Tier != TierWords {
			t.Errorf("ankle: top is %s (%v); want the ankle sprain condition as a whole-word match", got, rs[0].Tier)
		}
	})
	t.Run("3 prefixes, from one letter in names", func(t *testing.T) {
		rs := c.SearchAll("counter")
		if got := top(c, rs); !strings.HasPrefix(got, "technique:counterstrain") || rs[0].Tier != TierPrefix {
			t.Errorf("counter: top is %s (%v); want a counterstrain entry as a prefix match", got, rs[0].Tier)
		}
		for _, letter := range []string{"a", "i", "s", "m"} {
			rs := c.SearchAll(letter)
			if len(rs) == 0 {
				t.Errorf("%q found nothing; a first letter must narrow, not empty, the list", letter)
			}
			for _, r := range rs {
				if r.Tier > TierPrefix {
					t.Errorf("%q matched %s in its %s: one letter must match only the start of a name's word",
						letter, c.ResultName(r), r.Tier)
				}
			}
		}
	})
	t.Run("4 related: conditions, approach, regions", func(t *testing.T) {
		rs := c.SearchAll("ear infection")
		for _, id := range resultIDs(c, rs, KindTechnique) {
			tech, _ := c.Technique(id)
			if !slices.Contains(tech.Indications, "acute-otitis-media") {
				t.Errorf("ear infection found %s, which is not indicated for it", id)
			}
		}
		for _, m := range c.Search("indirect") {
			if m.Tier < TierRelated {
				continue
			}
			if m.Technique.Approach != Indirect && m.Tier == TierRelated {
				t.Errorf("indirect matched %s (approach %s) as related", m.Technique.ID, m.Technique.Approach)
			}
		}
	})
	t.Run("5 text after related", func(t *testing.T) {
		rs := c.Search("sympathetic")
		if len(rs) == 0 {
			t.Fatal("sympathetic found nothing")
		}
		for _, m := range rs {
			if m.Tier != TierText && m.Tier != TierWords && m.Tier != TierPrefix {
				t.Errorf("sympathetic matched %s as %s; want text (it is in summaries)", m.Technique.ID, m.Tier)
			}
		}
	})
	t.Run("6 typos only when nothing matches as written", func(t *testing.T) {
		rs := c.SearchAll("myofacial")
		if !slices.Contains(resultIDs(c, rs[:min(3, len(rs))], KindTechnique), "myofascial-release") {
			t.Errorf("myofacial: myofascial release is not in the top three: %v", resultIDs(c, rs, KindTechnique))
		}
		// "ankle" is a word: its near neighbour "angle" must not join in.
		if slices.Contains(resultIDs(c, c.SearchAll("ankle"), KindTechnique), "hvla-ribs") {
			t.Error("ankle found the rib thrust through its 'angle': a typo swamped a real word")
		}
		// A prefix of a word gives what the word gives, not a typo's worth more.
		short, full := c.Search("indirec"), c.Search("indirect")
		if len(short) != len(full) {
			t.Errorf("indirec gives %d techniques but indirect %d", len(short), len(full))
		}
	})
	t.Run("stop words are ignored", func(t *testing.T) {
		if got := top(c, c.SearchAll("doming of the diaphragm")); got != "technique:diaphragm-doming" {
			t.Errorf("doming of the diaphragm: top is %s", got)
		}
	})
}

// TestSearchQueryTable is the regression table of real queries and the
// result a user expects at the top.
func TestSearchQueryTable(t *testing.T) {
	c := mustLoad(t)
	table := []struct{ query, want string }{
		// names and abbreviations
		{"rib raising", "technique:rib-raising"},
		{"rib raise", "technique:rib-raising"},
		{"cv4", "technique:cv4"},
		{"BLT", "technique:balanced-ligamentous-tension"},
		{"LAS", "technique:ligamentous-articular-strain"},
		{"FPR", "technique:facilitated-positional-release"},
		{"FOR", "technique:facilitated-oscillatory-release"},
		{"MET", "technique:muscle-energy"},
		{"muscle energy lumbar", "technique:muscle-energy-lumbar"},
		{"HVLA thoracic", "technique:hvla-thoracic"},
		{"kirksville crunch", "technique:hvla-thoracic"},
		{"lumbar roll", "technique:hvla-lumbar"},
		{"pedal pump", "technique:pedal-pump"},
		{"spleen pump", "technique:spleen-pump"},
		{"liver pump", "technique:liver-pump"},
		{"thoracic pump", "technique:thoracic-lymphatic-pump"},
		{"lymphatic pump", "technique:thoracic-lymphatic-pump"},
		{"v-spread", "technique:v-spread"},
		{"v spread", "technique:v-spread"},
		{"galbreath", "technique:galbreath"},
		{"spencer", "technique:spencer-technique"},
		{"seven stages", "technique:spencer-technique"},
		{"Still technique", "technique:still-technique"},
		{"vault hold", "technique:osteopathy-cranial-field"},
		{"OA decompression", "technique:suboccipital-release"},
		{"thoracic inlet", "technique:thoracic-inlet-release"},
		{"celiac ganglion", "technique:collateral-ganglion-inhibition"},
		{"ischemic compression", "technique:trigger-point-ischemic-compression"},
		{"ischaemic compression", "technique:trigger-point-ischemic-compression"},
		{"hoover", "technique:functional-technique"},
		{"comeaux", "technique:facilitated-oscillatory-release"},
		{"doming of the diaphragm", "technique:diaphragm-doming"},
		// conditions, by name, synonym and abbreviation
		{"ankle", "condition:ankle-sprain"},
		{"sinusitis", "condition:sinusitis"},
		{"ear infection", "condition:acute-otitis-media"},
		{"otitis", "condition:acute-otitis-media"},
		{"breastfeeding", "condition:breastfeeding-difficulty"},
		{"low back pain", "condition:low-back-pain"},
		{"LBP", "condition:low-back-pain"},
		{"emphysema", "condition:copd"},
		{"tennis elbow", "condition:lateral-epicondylitis"},
		{"frozen shoulder", "condition:adhesive-capsulitis"},
		{"TMJ", "condition:temporomandibular-disorder"},
		{"colic", "condition:infant-colic"},
		{"GERD", "condition:gastroesophageal-reflux"},
		{"edema", "condition:oedema"},
		{"swelling", "condition:oedema"},
		{"ileus", "condition:postoperative-ileus"},
		{"SI joint", "condition:sacroiliac-joint-dysfunction"},
		// misspellings
		{"myofascial release", "technique:myofascial-release"},
		{"counterstain lumbar", "technique:counterstrain-lumbar"},
		{"fryete", "glossary:fryette-principles"},
		// readings: a level or a written diagnosis is answered by its reading
		{"T10", "level:T10"},
		{"rib 4", "level:rib 4"},
		{"T4 ERS(L)", "notation:T4 ERS(L)"},
		{"left on left", "notation:left on left"},
		{"barier", "glossary:barrier"},
		{"galbreth", "technique:galbreath"},
		{"pnuemonia", "condition:pneumonia"},
		// glossary terms
		{"TART", "glossary:tart"},
		{"chapman reflex", "glossary:chapman-reflex"},
		{"tender point", "glossary:tender-point"},
		{"facilitated segment", "glossary:facilitated-segment"},
		{"CRI", "glossary:cranial-rhythmic-impulse"},
		{"still point", "glossary:still-point"},
		{"key rib", "glossary:rib-dysfunction-naming"},
		{"ERS", "glossary:spinal-dysfunction-notation"},
		{"indirect method", "glossary:indirect-method"},
	}
	if len(table) < 40 {
		t.Fatalf("the table holds %d queries; keep at least 40", len(table))
	}
	for _, tt := range table {
		t.Run(tt.query, func(t *testing.T) {
			if got := top(c, c.SearchAll(tt.query)); got != tt.want {
				t.Errorf("top result for %q is %s; want %s", tt.query, got, tt.want)
			}
		})
	}
}

// TestResolveConditionWords covers the seed article's words: one condition
// resolves, several are all returned, a typo resolves to nothing.
func TestResolveConditionWords(t *testing.T) {
	c := mustLoad(t)
	names := func(xs []Condition) []string {
		var out []string
		for _, x := range xs {
			out = append(out, x.ID)
		}
		slices.Sort(out)
		return out
	}
	for q, want := range map[string][]string{
		"breastfeeding": {"breastfeeding-difficulty"},
		"low back":      {"low-back-pain"},
		"LBP":           {"low-back-pain"},
		"pregnancy":     {"pregnancy-back-pain", "pregnancy-sleep-disturbance"},
		"sinusitus":     nil,
		"":              nil,
	} {
		if got := names(c.ResolveConditions(q)); !slices.Equal(got, want) {
			t.Errorf("ResolveConditions(%q) = %v; want %v", q, got, want)
		}
	}
}

func TestResolveGlossaryTerms(t *testing.T) {
	c := mustLoad(t)
	for q, want := range map[string]string{"barier": "barrier", "fryete": "fryette-principles", "TART": "tart"} {
		got := c.ResolveGlossaryTerms(q)
		if len(got) != 1 || got[0].ID != want {
			t.Errorf("ResolveGlossaryTerms(%q) = %v; want %s alone", q, got, want)
		}
	}
	if got := c.ResolveGlossaryTerms("zzzz"); len(got) != 0 {
		t.Errorf("zzzz resolved to %v", got)
	}
}

func TestSuggestNamesEveryKind(t *testing.T) {
	c := mustLoad(t)
	got := c.Suggest("rib rasing", 3)
	if len(got) == 0 || got[0] != "Rib raising (technique)" {
		t.Errorf("Suggest(rib rasing) = %v; want Rib raising (technique) first", got)
	}
}
