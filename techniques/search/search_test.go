package search

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/fold"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

// mustLoad is the search index of the embedded catalogue.
func mustLoad(t *testing.T) *Index { return New(techniquestest.Shipped(t)) }

// loadFixture is the search index of the two-technique test catalogue.
func loadFixture(t *testing.T) *Index {
	t.Helper()
	c, err := techniques.LoadFS(os.DirFS("../testdata/valid"))
	if err != nil {
		t.Fatalf("valid fixture rejected: %v", err)
	}
	return New(c)
}

// top names the first result as kind:id.
func top(c *Index, rs []Result) string {
	if len(rs) == 0 {
		return "(nothing)"
	}
	return fmt.Sprintf("%s:%s", rs[0].Kind, c.ResultID(rs[0]))
}

func resultIDs(c *Index, rs []Result, kind Kind) []string {
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
			tech, _ := c.Catalog().Technique(id)
			if !slices.Contains(tech.Indications, "acute-otitis-media") {
				t.Errorf("ear infection found %s, which is not indicated for it", id)
			}
		}
		for _, m := range c.Search("indirect") {
			if m.Tier < TierRelated {
				continue
			}
			if m.Technique.Approach != techniques.Indirect && m.Technique.AlsoTaught != techniques.Indirect && m.Tier == TierRelated {
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

func TestSearchRanksNameThenConditionThenText(t *testing.T) {
	c := loadFixture(t)
	tests := []struct {
		query     string
		want      []string
		wantField []Tier
	}{
		// hvla's family abbreviation is "thrust"; counterstrain only says it in its summary.
		{"thrust", []string{"hvla-lumbar", "counterstrain-lumbar"}, []Tier{TierExact, TierText}},
		// counterstrain is indicated for ear infection; hvla only mentions it.
		{"ear infection", []string{"counterstrain-lumbar", "hvla-lumbar"}, []Tier{TierRelated, TierText}},
		{"HVLA", []string{"hvla-lumbar"}, []Tier{TierExact}},
		{"scs", []string{"counterstrain-lumbar"}, []Tier{TierExact}},
		{"lumbar roll", []string{"hvla-lumbar"}, []Tier{TierExact}},
		{"counterstain", []string{"counterstrain-lumbar"}, []Tier{TierTypo}}, // a typo
		{"counter", []string{"counterstrain-lumbar"}, []Tier{TierPrefix}},    // a prefix
		{"zebra", nil, nil},
		{"", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := c.Search(tt.query)
			if ids := matchIDs(got); !slices.Equal(ids, tt.want) {
				t.Fatalf("Search(%q) = %v; want %v", tt.query, ids, tt.want)
			}
			for i, m := range got {
				if m.Tier != tt.wantField[i] {
					t.Errorf("Search(%q)[%d] matched in %s; want %s", tt.query, i, m.Tier, tt.wantField[i])
				}
			}
		})
	}
}

func TestEachWordMatchesNormalize(t *testing.T) {
	for _, s := range []string{"Low-back pain", "Chapman's reflexes", "T4 ERS(L)", "ÉLAN vital – Ölçü", "  a  b ", "", "it\u2019s", "x--y__z"} {
		var words []string
		eachWord(nil, s, func(w []byte) { words = append(words, string(w)) })
		if got, want := strings.Join(words, " "), fold.Normalize(s); got != want {
			t.Errorf("eachWord(%q) = %q; normalize gives %q", s, got, want)
		}
	}
}

func TestSearchCapsRunawayQueries(t *testing.T) {
	c := mustLoad(t)
	long := strings.Repeat("hvla ", 20000) // 100 KB
	if got := fold.CapQuery(long); len(got) > techniques.MaxQueryLen {
		t.Fatalf("capQuery kept %d bytes, want at most %d", len(got), techniques.MaxQueryLen)
	}
	if got := fold.CapQuery(strings.Repeat("é", 150)); !utf8.ValidString(got) {
		t.Errorf("capQuery split a character: %q", got)
	}
	if len(c.Search(long)) == 0 {
		t.Error("a long query of a real word found nothing after capping")
	}
}

// FuzzSearch throws arbitrary queries at search: it must not panic, must
// return only real techniques, and must rank tiers in order.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"hvla", "ear infection", "myofacial", "counterstain lumbar", "ME", "", "   ",
		"CV4", "T4 ERS(L)", "ü", "\xff\xfe", strings.Repeat("a", 300), "a b c d e f g h", "--", "'s"} {
		f.Add(q)
	}
	c := mustLoadF(f)
	f.Fuzz(func(t *testing.T, q string) {
		got := c.Search(q)
		for i, m := range got {
			if _, ok := c.Catalog().Technique(m.Technique.ID); !ok {
				t.Fatalf("search returned unknown technique %q", m.Technique.ID)
			}
			if i > 0 && got[i-1].Tier > m.Tier {
				t.Fatalf("tiers out of order for %q: %s before %s", q, got[i-1].Tier, m.Tier)
			}
		}
		if fold.Normalize(q) == "" && len(got) != 0 {
			t.Fatalf("an empty query %q matched %d techniques", q, len(got))
		}
	})
}

func mustLoadF(f *testing.F) *Index { return New(techniquestest.Shipped(f)) }
