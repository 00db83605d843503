package vignette

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// history is how a stem's past medical history names a finding that
// screening weighs: each phrase is the flag's name or one of its aliases (a
// test holds them to it), so the student must know, for example, that
// Ehlers-Danlos syndrome is a connective tissue disorder. A finding that
// lies in one place is asked only where it lies (regions; none for a
// finding that goes with the whole patient). Findings tied to a place the
// stem cannot give (a wound, a fracture, an operation) are not here. These
// are judgements about flag ids, like package cards' findingSite.
type history struct {
	phrases, regions []string
}

func historyPhrases() map[string]history {
	neck := []string{"cervical"}
	return map[string]history{
		"osteoporosis":                  {phrases: []string{"osteoporosis"}},
		"connective-tissue-disorder":    {phrases: []string{"Ehlers-Danlos syndrome", "Marfan syndrome"}},
		"inflammatory-arthritis":        {phrases: []string{"rheumatoid arthritis", "ankylosing spondylitis"}},
		"unchecked-anticoagulation":     {phrases: []string{"haemophilia", "von Willebrand disease"}},
		"malignancy":                    {phrases: []string{"bone metastases"}},
		"atlantoaxial-instability":      {phrases: []string{"Down syndrome"}, regions: neck},
		"cervical-artery-dissection":    {phrases: []string{"vertebral artery dissection"}, regions: neck},
		"vertebrobasilar-insufficiency": {phrases: []string{"vertebrobasilar insufficiency"}, regions: neck},
	}
}

// dysfunctionCase is a diagnosed somatic dysfunction that a technique
// vignette asks how to treat: its diagnosis as written, the body region it
// lies in, the map row that lists its techniques, and those of them that
// work where it is.
type dysfunctionCase struct {
	slug, diagnosis, area, region string
	table                         techniques.MapTable
	row                           techniques.TableRow
	options                       []techniques.Technique
}

// dysfunctionCases are the cases of the technique vignettes: a segment at
// each spinal level, each neutral group, each rib group held either way, and
// each pelvic and sacral row, sides and positions chosen by the case.
func (b *builder) dysfunctionCases() []dysfunctionCase {
	var out []dysfunctionCase
	if t, ok := b.c.Maps.Table(mapFryette); ok {
		var segs []segmentCase
		for _, level := range spineLevels() {
			if sc, ok := segmentCaseAt(boardID(Technique, level), level); ok {
				segs = append(segs, sc)
			}
		}
		for _, g := range neutralGroups() {
			if sc, ok := readSegment(g + " " + []string{"NS(L)R(R)", "NS(R)R(L)"}[choose(g, "side", 2)]); ok {
				segs = append(segs, sc)
			}
		}
		for _, sc := range segs {
			r := sc.d.Segment.Range
			out = b.addCase(out, t, sc.e.Key, sc.name(), sc.area(), func(u techniques.Technique) bool {
				return worksAt(b, u, r.From) && worksAt(b, u, r.To)
			})
		}
	}
	if t, ok := b.c.Maps.Table(mapRibDysfunctions); ok {
		for _, group := range ribGroups() {
			for _, kind := range []notation.RibKind{notation.Inhalation, notation.Exhalation} {
				rc, ok := readRib([]notation.Side{notation.Left, notation.Right}[choose(group+kind.String(), "case", 2)], group, kind)
				if !ok {
					continue
				}
				out = b.addCase(out, t, rc.e.Key, rc.d.String(), "rib", func(u techniques.Technique) bool {
					return slices.Contains(u.Regions, "rib") && (len(u.Levels) == 0 || within(b.levelSet(u.Levels), rc.d.Rib.Range))
				})
			}
		}
	}
	if t, ok := b.c.Maps.Table(mapInnominateDysfunctions); ok {
		for _, r := range t.Rows {
			name := b.pelvicName(r.ID, []notation.Side{notation.Left, notation.Right}[choose(r.ID, "case", 2)])
			out = b.addCase(out, t, r.ID, name, "pelvis", nil)
		}
	}
	if t, ok := b.c.Maps.Table(mapSacralDysfunctions); ok {
		names := sacralNames()
		for _, r := range t.Rows {
			out = b.addCase(out, t, r.ID, names[r.ID], "sacrum", nil)
		}
	}
	return out
}

// within reports whether a set of levels holds every level of a range.
func within(set map[notation.Level]bool, r notation.Range) bool {
	for _, l := range r.Levels() {
		if !set[l] {
			return false
		}
	}
	return true
}

// addCase adds the case of a map row, with the row's techniques that fit it.
func (b *builder) addCase(out []dysfunctionCase, t techniques.MapTable, rowID, diagnosis, area string, fits func(techniques.Technique) bool) []dysfunctionCase {
	row, ok := tableRowByID(t, rowID)
	if !ok || diagnosis == "" {
		return out
	}
	c := dysfunctionCase{slug: slugOf(diagnosis), diagnosis: diagnosis, area: area, region: regionOfArea(area), table: t, row: row}
	for _, id := range row.Techniques {
		if u, ok := b.c.Technique(id); ok && (fits == nil || fits(u)) {
			c.options = append(c.options, u)
		}
	}
	return append(out, c)
}

// regionOfArea is the body region (the COMLEX blueprint's) of an area.
func regionOfArea(area string) string {
	switch area {
	case "pelvis":
		return "pelvic"
	case "sacrum":
		return "sacral"
	}
	return area
}

// techniqueVignettes asks, for the cases, which technique a finding in
// the history rules out ("contraindicated"), and which technique is still
// open when a finding rules out the others ("still-open"). Cases that would
// ask the same thing (the same map row, the same techniques, the same
// finding: C3 and C5 FRS are treated alike) are asked once, through the
// case that ranks first for it.
func (b *builder) techniqueVignettes() {
	phrases := historyPhrases()
	flagIDs := make([]string, 0, len(phrases))
	for id := range phrases {
		flagIDs = append(flagIDs, id)
	}
	slices.Sort(flagIDs)
	type ask struct {
		c    dysfunctionCase
		flag string
	}
	groups := map[string][]ask{}
	var order []string
	for _, c := range b.dysfunctionCases() {
		for _, flag := range flagIDs {
			if where := phrases[flag].regions; where != nil && !slices.Contains(where, c.region) {
				continue
			}
			barred, open := b.screenCase(c, flag)
			for kind, ok := range map[string]bool{
				"contraindicated": len(barred) >= 1 && len(open) >= choicesPerCard-1,
				"still-open":      slices.ContainsFunc(open, func(t techniques.Technique) bool { return b.cautioned(t, flag) }) && len(barred) >= choicesPerCard-1,
			} {
				if !ok {
					continue
				}
				sig := kind + "/" + flag + "/" + c.row.ID + "/" + techniqueIDs(c.options)
				if groups[sig] == nil {
					order = append(order, sig)
				}
				groups[sig] = append(groups[sig], ask{c, flag})
			}
		}
	}
	slices.Sort(order)
	for _, sig := range order {
		var cases []option
		for i, a := range groups[sig] {
			cases = append(cases, option{key: a.c.slug, text: string(rune('0' + i%10))})
		}
		first, _ := firstRanked(sig, cases)
		for _, a := range groups[sig] {
			if a.c.slug != first.key {
				continue
			}
			if strings.HasPrefix(sig, "contraindicated/") {
				b.contraindicatedVignette(a.c, a.flag, phrases[a.flag].phrases)
			} else {
				b.stillOpenVignette(a.c, a.flag, phrases[a.flag].phrases)
			}
		}
	}
}

// techniqueIDs joins the ids of techniques, for telling cases apart.
func techniqueIDs(ts []techniques.Technique) string {
	ids := make([]string, len(ts))
	for i, t := range ts {
		ids[i] = t.ID
	}
	return strings.Join(ids, ",")
}

// screenCase splits a case's techniques by one finding: those it rules out
// (absolute), and those it leaves open that are not of the same kind and
// region as one it rules out (the catalogue grades a finding once per
// kind, so such a technique is a gap, not a safe choice).
func (b *builder) screenCase(c dysfunctionCase, flag string) (barred, open []techniques.Technique) {
	for _, t := range c.options {
		if b.barred(t, flag) {
			barred = append(barred, t)
		}
	}
	for _, t := range c.options {
		if !b.barred(t, flag) && !sameKindAndRegion(t, barred) {
			open = append(open, t)
		}
	}
	return barred, open
}

// barred reports whether a finding alone rules a technique out, screening
// each technique and finding once.
func (b *builder) barred(t techniques.Technique, flag string) bool {
	k := t.ID + "/" + flag
	v, ok := b.screened[k]
	if !ok {
		v = b.c.Screen(t, []string{flag}).Status == techniques.StatusContraindicated
		b.screened[k] = v
	}
	return v
}

// cautioned reports whether a technique lists a finding as a relative
// contraindication: screened for that finding alone, it is a caution.
func (b *builder) cautioned(t techniques.Technique, flag string) bool {
	return b.c.Screen(t, []string{flag}).Status == techniques.StatusCaution
}

// verdict says how a technique screens for a patient's findings, with the
// catalogue's reasons: "contraindicated (absolute): thrust through weakened
// bone" or "not listed against Osteoporosis".
func (b *builder) verdict(t techniques.Technique, flags []string, flag string) string {
	s := b.c.Screen(t, flags)
	var parts []string
	for _, r := range s.Reasons {
		kind := "caution"
		if r.Kind == "absolute" {
			kind = "contraindicated"
		}
		parts = append(parts, kind+" ("+r.Kind+", "+lower(r.Name)+"): "+strings.TrimSuffix(oneLine(r.Note), "."))
	}
	if len(parts) == 0 {
		f, _ := b.c.Flag(flag)
		return "not listed against " + lower(f.Name) + "."
	}
	return strings.Join(parts, "; ") + "."
}

// techniqueOption offers a technique by its name without the closing
// bracket of detail ("Muscle energy, thoracic spine" for "…(T5-T12,
// seated, type II)"), unless another entry or a family would then read the
// same ("Ligamentous articular strain" is the family, "…(general
// procedure, Speece & Crow)" the entry): the details differ so much in
// length between entries that the full names would give the key away by
// its length, but an option that names a family beside options that name
// entries is not of their kind. The explanation names it in full.
func (b *builder) techniqueOption(t techniques.Technique) option {
	short := shortName(t.Name)
	if b.shortNames == nil {
		b.shortNames = map[string]int{}
		for _, u := range b.c.Techniques {
			b.shortNames[normText(shortName(u.Name))]++
		}
		for _, f := range b.c.Families {
			b.shortNames[normText(f.Name)]++
		}
	}
	if short != t.Name && b.shortNames[normText(short)] > 1 {
		return option{t.ID, t.Name}
	}
	return option{t.ID, short}
}

// shortName is a name without a closing bracket: "Functional technique
// (Hoover)" gives "Functional technique".
func shortName(name string) string {
	i := strings.LastIndex(name, " (")
	if i <= 0 || !strings.HasSuffix(name, ")") || strings.Count(name[i:], "(") != 1 {
		return name
	}
	return name[:i]
}
