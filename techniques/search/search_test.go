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
			if m.Technique.Approach != techniques.Indirect && m.Tier == TierRelated {
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
	names := func(xs []techniques.Condition) []string {
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

func matchIDs(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Technique.ID
	}
	return out
}

func TestFindFilters(t *testing.T) {
	c := loadFixture(t)
	tests := []struct {
		name string
		f    techniques.Filter
		want []string
	}{
		{"no filter lists all by name", techniques.Filter{}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"approach", techniques.Filter{Approach: techniques.Direct}, []string{"hvla-lumbar"}},
		{"participation", techniques.Filter{Participation: techniques.Passive}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"participation none", techniques.Filter{Participation: techniques.Active}, nil},
		{"region", techniques.Filter{Region: "lumbar"}, []string{"counterstrain-lumbar", "hvla-lumbar"}},
		{"region none", techniques.Filter{Region: "head"}, nil},
		{"condition", techniques.Filter{Condition: "acute-otitis-media"}, []string{"counterstrain-lumbar"}},
		{"condition and query", techniques.Filter{Condition: "low-back-pain", Query: "roll"}, []string{"hvla-lumbar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchIDs(c.Find(tt.f)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%+v) = %v; want %v", tt.f, got, tt.want)
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

// TestSearchFindsMapRows: an organ, a tender point and a dysfunction are
// found by name, and say what they are.
func TestSearchFindsMapRows(t *testing.T) {
	c := mustLoad(t)
	for q, want := range map[string]Kind{"appendix": KindOrgan, "AC7": KindTenderPoint, "PL5": KindTenderPoint,
		"sacral torsion": KindMapRow, "fibular head": KindMapRow} {
		rs := c.SearchAll(q)
		if len(rs) == 0 || rs[0].Kind != want {
			t.Errorf("%q: top result %v; want a %s", q, rs, want)
		}
	}
}

// TestSearchReadsLevelsAndNotation: a query that reads as a level or a
// diagnosis is answered by the reading, and the words still find the rows
// after it; a plain word is never taken for a diagnosis.
func TestSearchReadsLevelsAndNotation(t *testing.T) {
	c := mustLoad(t)
	rs := c.SearchAll("left on left")
	if len(rs) < 2 || rs[0].Kind != KindNotation || rs[1].Kind != KindMapRow || c.ResultID(rs[1]) != "sacrum-torsion-left-on-left" {
		t.Errorf("left on left: %v; want the reading, then the torsion row", rs)
	}
	if got := c.ResultName(rs[0]); got != "left-on-left sacral torsion, read back" {
		t.Errorf("the reading is named %q", got)
	}
	if rs := c.SearchAll("t10"); len(rs) == 0 || c.ResultID(rs[0]) != "T10" {
		t.Errorf("t10: %v; want the level, named the way it is written", rs)
	}
	for _, q := range []string{"flexion", "extension", "rib", "torsion", "left", "ankle", "T", "exhaled", "sacrum"} {
		for _, r := range c.SearchAll(q) {
			if r.Kind == KindLevel || r.Kind == KindNotation {
				t.Errorf("%q was read as a %s (%s)", q, r.Kind, r.Text)
			}
		}
	}
}

// TestBoardMapRowsAreFoundByName checks that `omt search` finds each board
// map row by its own name (the part before any bracket): a student types
// "spurling test", "psoas syndrome" or "gluteus medius", not a row id.
func TestBoardMapRowsAreFoundByName(t *testing.T) {
	c := mustLoad(t)
	// the maps issue 19 adds for the board topics (techniques' boardMapRows)
	for _, id := range []string{"special-tests", "posture", "tart", "facilitated-segment", "trigger-points"} {
		tb, _ := c.Catalog().Maps.Table(id)
		for _, r := range tb.Rows {
			query, _, _ := strings.Cut(r.Name, "(")
			query = strings.TrimSpace(strings.ReplaceAll(query, ":", " "))
			found := false
			for _, res := range c.SearchAll(query) {
				if res.Kind == KindMapRow && c.ResultID(res) == r.ID {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("search %q does not find map row %s/%s", query, id, r.ID)
			}
		}
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

func TestResolveOrgans(t *testing.T) {
	c := mustLoad(t)
	for q, want := range map[string]string{"appendix": "appendix", "gall bladder": "gallbladder", "GB": "gallbladder", "Heart": "heart"} {
		if got := c.ResolveOrgans(q); len(got) != 1 || got[0].ID != want {
			t.Errorf("ResolveOrgans(%q) = %v; want %s", q, got, want)
		}
	}
	if got := c.ResolveOrgans("colon"); len(got) < 3 {
		t.Errorf("colon names %d organs; every part of it should be listed", len(got))
	}
	if got := c.ResolveOrgans("appendx"); len(got) != 0 {
		t.Errorf("a typo resolved to %v; it should get suggestions", got)
	}
}

// TestFindByFacets: the facets the CLI's flags set narrow Find.
func TestFindByFacets(t *testing.T) {
	c := mustLoad(t)
	f := techniques.Filter{Approach: techniques.Indirect, Family: "counterstrain", Region: "lumbar"}
	for _, m := range c.Find(f) {
		if m.Technique.Approach != techniques.Indirect || m.Technique.Family != "counterstrain" || !slices.Contains(m.Technique.Regions, "lumbar") {
			t.Errorf("Find(%+v) kept %s", f, m.Technique.ID)
		}
	}
	if len(c.Find(f)) == 0 {
		t.Errorf("Find(%+v) found nothing; the lumbar counterstrain entry fits", f)
	}
}

func mustLoadF(f *testing.F) *Index { return New(techniquestest.Shipped(f)) }
