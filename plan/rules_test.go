package plan

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

func catalog(t testing.TB) *techniques.Catalog {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func build(t *testing.T, c *techniques.Catalog, condition string, flags []string, budget time.Duration) Plan {
	t.Helper()
	p, err := Build(c, condition, flags, budget)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func ids(steps []Step) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.Technique.ID
	}
	return out
}

// step builds a step the way Build would, for the rule tests.
func step(id, family string, positions ...techniques.PatientPosition) Step {
	t := techniques.Technique{ID: id, Name: id, Family: family, Positions: positions}
	return Step{Technique: t, Allowed: positions, Evidence: techniques.None, Time: Span{time.Minute, time.Minute}}
}

func TestRuleFewestPositions(t *testing.T) {
	P := func(ps ...techniques.PatientPosition) []techniques.PatientPosition { return ps }
	const su, pr, la, se = techniques.Supine, techniques.Prone, techniques.Lateral, techniques.Seated
	tests := []struct {
		name    string
		options [][]techniques.PatientPosition
		want    []techniques.PatientPosition
	}{
		{"one position covers all, though not everyone's usual",
			[][]techniques.PatientPosition{P(pr, su), P(su), P(su, se)}, P(su, su, su)},
		{"the usual position is kept when the plan uses it anyway",
			[][]techniques.PatientPosition{P(pr, su), P(pr), P(su)}, P(pr, pr, su)},
		{"equal sets: the one where more keep their usual position",
			[][]techniques.PatientPosition{P(la), P(pr, se), P(se, su), P(pr)}, P(la, pr, se, pr)},
		{"equal sets and usual counts: the set whose last position comes earliest",
			[][]techniques.PatientPosition{P(pr, su), P(su), P(la, pr)}, P(su, su, la)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := choosePositions(tt.options); !slices.Equal(got, tt.want) {
				t.Errorf("choosePositions = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRulePositionOrder(t *testing.T) {
	steps := []Step{step("b", "soft-tissue", techniques.Prone), step("c", "soft-tissue", techniques.Seated),
		step("a", "soft-tissue", techniques.Supine), step("d", "soft-tissue", techniques.Lateral),
		step("e", "soft-tissue", techniques.Standing)}
	var got []techniques.PatientPosition
	for _, g := range arrange(steps, lymphaticSequence{}) {
		got = append(got, g.Position)
	}
	want := []techniques.PatientPosition{techniques.Standing, techniques.Seated, techniques.Supine,
		techniques.Lateral, techniques.Prone}
	if !slices.Equal(got, want) {
		t.Errorf("groups in %v, want %v", got, want)
	}
}

func TestRuleTeachingOrder(t *testing.T) {
	steps := []Step{step("thrust", "hvla", techniques.Supine), step("met", "muscle-energy", techniques.Supine),
		step("pump", "lymphatic", techniques.Supine), step("strain", "counterstrain", techniques.Supine),
		step("soft", "soft-tissue", techniques.Supine), step("art", "articulatory", techniques.Supine),
		step("mfr", "myofascial-release", techniques.Supine)}
	groups := arrange(steps, lymphaticSequence{})
	if len(groups) != 1 {
		t.Fatalf("%d groups, want one", len(groups))
	}
	want := []string{"mfr", "soft", "strain", "art", "met", "pump", "thrust"}
	if got := ids(groups[0].Steps); !slices.Equal(got, want) {
		t.Errorf("order %v, want %v (soft tissue first, then indirect, then direct, HVLA last)", got, want)
	}
}

func TestEveryFamilyHasOneTier(t *testing.T) {
	c := catalog(t)
	for _, f := range c.Families {
		n := 0
		for _, tier := range Tiers() {
			if slices.Contains(tier.Families, f.ID) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("family %s is in %d tiers, want exactly one", f.ID, n)
		}
	}
	for _, tier := range Tiers() {
		for _, id := range tier.Families {
			if _, ok := c.Family(id); !ok {
				t.Errorf("tier %q names %q, which is not a family", tier.Name, id)
			}
		}
	}
	if last := Tiers()[len(Tiers())-1]; !slices.Equal(last.Families, []string{"hvla"}) {
		t.Errorf("the last tier is %v; thrust must come last", last.Families)
	}
}

func TestRuleLymphaticSequenceComesFromTheMap(t *testing.T) {
	seq := readLymphaticSequence(catalog(t))
	want := map[string]int{"thoracic-inlet-release": 1, "diaphragm-doming": 2, "pelvic-diaphragm-release": 3,
		"rib-raising": 4, "thoracic-lymphatic-pump": 5, "pedal-pump": 5, "liver-pump": 5, "spleen-pump": 5}
	for id, n := range want {
		if seq.step[id] != n {
			t.Errorf("%s is at step %d of the map, want %d", id, seq.step[id], n)
		}
	}
	if !seq.isPump("pedal-pump") || seq.isPump("rib-raising") {
		t.Error("the pumps are the map's last step, and only they")
	}
}

func TestRuleLymphaticSequenceAcrossPositions(t *testing.T) {
	// Oedema: the pelvic diaphragm is done prone, the rest supine. Position
	// order alone would do every supine technique first; the map's order
	// makes the patient turn over and come back for the pumps.
	p := build(t, catalog(t), "oedema", nil, 0)
	got := ids(p.Steps())
	for _, pair := range [][2]string{{"thoracic-inlet-release", "diaphragm-doming"},
		{"diaphragm-doming", "pelvic-diaphragm-release"}, {"pelvic-diaphragm-release", "thoracic-lymphatic-pump"}} {
		if slices.Index(got, pair[0]) > slices.Index(got, pair[1]) {
			t.Errorf("%s after %s in %v", pair[0], pair[1], got)
		}
	}
	if got[0] != "thoracic-inlet-release" {
		t.Errorf("the plan opens with %s, want the thoracic inlet first", got[0])
	}
}

func TestRulePumpsLast(t *testing.T) {
	// Upper respiratory infection: drainage techniques and two pumps, all
	// supine; the pumps go last although drainage shares their tier.
	p := build(t, catalog(t), "upper-respiratory-infection", nil, 0)
	got := ids(p.Steps())
	if len(got) < 3 {
		t.Fatalf("planned %v", got)
	}
	tail := got[len(got)-2:]
	slices.Sort(tail)
	if !slices.Equal(tail, []string{"spleen-pump", "thoracic-lymphatic-pump"}) {
		t.Errorf("plan %v does not end with the pumps", got)
	}
}

func TestRulePumpsLastAcrossPositions(t *testing.T) {
	// Without the rule, the pump would share the supine group with the
	// thrust (which, by teaching order, comes after it) and precede the
	// prone soft tissue.
	seq := lymphaticSequence{step: map[string]int{"pump": 5}, last: 5}
	steps := []Step{step("soft", "soft-tissue", techniques.Prone), step("thrust", "hvla", techniques.Supine),
		step("pump", "lymphatic", techniques.Supine)}
	var got []string
	for _, g := range arrange(steps, seq) {
		got = append(got, string(g.Position)+":"+strings.Join(ids(g.Steps), ","))
	}
	want := []string{"supine:thrust", "prone:soft", "supine:pump"}
	if !slices.Equal(got, want) {
		t.Errorf("groups %v, want %v: the patient turns back for the pump rather than pump before other work", got, want)
	}
}

func TestRuleOutletBeforePumps(t *testing.T) {
	seq := lymphaticSequence{step: map[string]int{"inlet": 1, "pump": 5}, last: 5}
	pump := step("pump", "lymphatic", techniques.Supine)
	pump.Evidence, pump.Time = techniques.Low, Span{3 * time.Minute, 3 * time.Minute}
	inlet := step("inlet", "diaphragm", techniques.Supine)
	inlet.Time = Span{2 * time.Minute, 2 * time.Minute}
	other := step("other", "counterstrain", techniques.Supine)
	kept, left := fit([]Step{other, inlet, pump}, 4*time.Minute, seq)
	if got := ids(kept); !slices.Equal(got, []string{"inlet", "other"}) {
		t.Errorf("with 4 min kept %v, want the inlet and the other, not the pump without its inlet", got)
	}
	if got := ids(left); !slices.Equal(got, []string{"pump"}) {
		t.Errorf("with 4 min left %v, want the pump", got)
	}
	kept, _ = fit([]Step{other, inlet, pump}, 5*time.Minute, seq)
	if got := ids(kept); !slices.Equal(got, []string{"inlet", "pump"}) {
		t.Errorf("with 5 min kept %v, want the inlet taken with the pump", got)
	}
}

func TestRulePositionLimits(t *testing.T) {
	c := catalog(t)
	for _, l := range PositionLimits() {
		if _, ok := c.Flag(l.Flag); !ok {
			t.Errorf("limit for unknown flag %q", l.Flag)
		}
		// The limit restates the catalogue's own cautions: each entry named
		// must list the flag with a note that names the position.
		for _, id := range l.Entries {
			tech, ok := c.Technique(id)
			if !ok {
				t.Errorf("limit names unknown technique %q", id)
				continue
			}
			all := append(slices.Clone(tech.Contraindications.Absolute), tech.Contraindications.Relative...)
			if !slices.ContainsFunc(all, func(ci techniques.Contraindication) bool {
				return ci.Flag == l.Flag && strings.Contains(strings.ToLower(ci.Note), string(l.Position))
			}) {
				t.Errorf("%s has no %s caution that names %s", id, l.Flag, l.Position)
			}
		}
	}
}

func TestRuleBudgetPriority(t *testing.T) {
	strong := step("strong", "hvla", techniques.Supine)
	strong.Evidence = techniques.Moderate
	careful := step("careful", "soft-tissue", techniques.Supine)
	careful.Cautions = []techniques.ScreenReason{{Flag: "osteoporosis", Kind: "relative"}}
	plain := step("plain", "muscle-energy", techniques.Supine)
	early := step("early", "soft-tissue", techniques.Supine)
	steps := []Step{plain, careful, early, strong}
	slices.SortStableFunc(steps, priorityLess)
	want := []string{"strong", "early", "plain", "careful"}
	if got := ids(steps); !slices.Equal(got, want) {
		t.Errorf("priority %v, want %v: evidence, then no caution, then teaching order", got, want)
	}
	long := step("long", "soft-tissue", techniques.Supine)
	long.Evidence, long.Time = techniques.High, Span{10 * time.Minute, 10 * time.Minute}
	kept, left := fit([]Step{long, plain, early}, 3*time.Minute, lymphaticSequence{})
	if !slices.Equal(ids(kept), []string{"early", "plain"}) || !slices.Equal(ids(left), []string{"long"}) {
		t.Errorf("kept %v, left %v: a technique that does not fit must not stop the next that does", ids(kept), ids(left))
	}
}

func TestRuleTimeAllowance(t *testing.T) {
	c := catalog(t)
	seq := readLymphaticSequence(c)
	tests := []struct {
		id               string
		min, max         time.Duration
		assumed, partial bool
	}{
		{"counterstrain-lumbar", 150 * time.Second, 150 * time.Second, false, false},        // a 90 s hold
		{"muscle-energy-lumbar", 69 * time.Second, 85 * time.Second, false, true},           // 3-5 efforts of 3-5 s, relaxation untimed
		{"muscle-energy-sacrum", 4 * time.Minute, 4 * time.Minute, true, false},             // breath cycles: no fixed length
		{"soft-tissue-paraspinal", 4 * time.Minute, 4 * time.Minute, true, false},           // no timer at all
		{"thoracic-lymphatic-pump", 90 * time.Second, 3 * time.Minute, false, false},        // 30 s to 2 min
		{"muscle-energy-rib-exhalation", 84 * time.Second, 110 * time.Second, false, false}, // efforts and 5 s relaxations
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			tech, _ := c.Technique(tt.id)
			s := newStep(tech, "low-back-pain", techniques.Screening{}, seq)
			if s.Time.Min != tt.min || s.Time.Max != tt.max || s.Assumed != tt.assumed || s.PartlyTimed != tt.partial {
				t.Errorf("time %v-%v assumed %v partly %v; want %v-%v %v %v",
					s.Time.Min, s.Time.Max, s.Assumed, s.PartlyTimed, tt.min, tt.max, tt.assumed, tt.partial)
			}
		})
	}
}

func TestSpanString(t *testing.T) {
	s := func(a, b int) Span { return Span{time.Duration(a) * time.Second, time.Duration(b) * time.Second} }
	tests := []struct {
		span Span
		want string
	}{
		{s(90, 90), "90 s"},
		{s(63, 75), "63-75 s"},
		{s(150, 150), "2.5 min"},
		{s(240, 240), "4 min"},
		{s(522, 546), "8.5-9.5 min"}, // the bounds round outward
		{s(100, 180), "1.5-3 min"},
	}
	for _, tt := range tests {
		if got := tt.span.String(); got != tt.want {
			t.Errorf("%v = %q, want %q", tt.span, got, tt.want)
		}
	}
}
