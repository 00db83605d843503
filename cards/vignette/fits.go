package vignette

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// namedForOne lists the entries written for one pelvic, sacral or rib
// dysfunction (their names say which), so that offering one for another
// dysfunction is plainly wrong: muscle energy for a backward torsion does
// not treat a forward one. Entries named more broadly (HVLA for ribs 2-10,
// rib counterstrain, the pubic shotgun technique) may fit dysfunctions
// their map rows do not list, and are never offered as wrong. These are
// judgements about entry ids, read from their names.
func namedForOne() []string {
	return []string{
		"muscle-energy-forward-torsion", "muscle-energy-backward-torsion", "muscle-energy-sacral-flexion", "muscle-energy-sacrum",
		"muscle-energy-innominate", "hvla-inferior-tug", "muscle-energy-rib-inhalation", "muscle-energy-rib-exhalation",
		"muscle-energy-first-rib", "hvla-first-rib",
	}
}

// fitsCase is a dysfunction a "which technique fits?" vignette is about:
// its map row, its stem's findings and its name.
type fitsCase struct {
	id, name string
	table    techniques.MapTable
	row      techniques.TableRow
	findings []string
	levels   notation.Range // ribs only: the group, for entries taught at one rib
}

// fitsVignettes asks which technique is written for a dysfunction found by
// its landmarks: each sacral row, each innominate row with an entry of its
// own on one side, and one rib group held each way. The key is the row's
// own entry; the distractors are entries written for other rows.
func (b *builder) fitsVignettes() {
	var cases []fitsCase
	if t, ok := b.c.Maps.Table(mapSacralDysfunctions); ok {
		names := sacralNames()
		for _, r := range t.Rows {
			id := boardID(Technique, "fits", r.ID)
			var lines []string
			for _, col := range sacralVariants()[choose(id, "variant", len(sacralVariants()))] {
				if f, ok := sacralFindings(r)[col]; ok {
					lines = append(lines, f.line())
				}
			}
			cases = append(cases, fitsCase{id: id, name: names[r.ID], table: t, row: r, findings: lines})
		}
	}
	if t, ok := b.c.Maps.Table(mapInnominateDysfunctions); ok {
		for _, r := range t.Rows {
			id := boardID(Technique, "fits", r.ID)
			side := []notation.Side{notation.Left, notation.Right}[choose(id, "side", 2)]
			var lines []string
			for _, f := range pelvicFindings(r, side) {
				lines = append(lines, f.line())
			}
			cases = append(cases, fitsCase{id: id, name: b.pelvicName(r.ID, side), table: t, row: r, findings: lines})
		}
	}
	if t, ok := b.c.Maps.Table(mapRibDysfunctions); ok {
		for _, kind := range []notation.RibKind{notation.Inhalation, notation.Exhalation} {
			id := boardID(Technique, "fits", "rib-"+kind.String())
			group := ribGroups()[choose(id, "group", len(ribGroups()))]
			if rc, ok := readRib([]notation.Side{notation.Left, notation.Right}[choose(id, "side", 2)], group, kind); ok {
				r, _ := tableRowByID(t, rc.e.Key)
				cases = append(cases, fitsCase{id: id, name: rc.d.String(), table: t, row: r, findings: ribFindings(b, id, rc), levels: rc.d.Rib.Range})
			}
		}
	}
	for _, c := range cases {
		b.fitsVignette(c)
	}
}

// fitsVignette asks one "which technique fits?" vignette, if the row has
// one entry written for it and three written for other rows that cannot be
// right for it.
func (b *builder) fitsVignette(c fitsCase) {
	var keys []option
	for _, id := range c.row.Techniques {
		if t, ok := b.c.Technique(id); ok && slices.Contains(namedForOne(), id) && b.teachesAt(t, c.levels) {
			keys = append(keys, b.techniqueOption(t))
		}
	}
	key, ok := firstRanked(c.id, keys)
	if !ok || len(keys) > 1 {
		return // no entry of its own, or two (an elevated first rib): no single key
	}
	var same, other []wrongOption
	for _, id := range c.row.Techniques {
		if u, ok := b.c.Technique(id); ok && slices.Contains(namedForOne(), id) && !b.teachesAt(u, c.levels) {
			same = append(same, wrongOption{b.techniqueOption(u), "taught at " + strings.Join(u.Levels, ", ") + " alone, not at " + c.name + "."})
		}
	}
	// the pelvic maps are neighbours: an innominate entry is a fair thought
	// for a sacral finding; a rib entry is not
	maps := map[string][]string{
		mapSacralDysfunctions:     {mapSacralDysfunctions, mapInnominateDysfunctions},
		mapInnominateDysfunctions: {mapInnominateDysfunctions, mapSacralDysfunctions},
		mapRibDysfunctions:        {mapRibDysfunctions},
	}[c.table.ID]
	for _, m := range maps {
		t, _ := b.c.Maps.Table(m)
		for _, id := range namedForOne() {
			u, ok := b.c.Technique(id)
			rows := rowsListing(t, id)
			if !ok || len(rows) == 0 || slices.Contains(c.row.Techniques, id) || slices.ContainsFunc(same, func(w wrongOption) bool { return w.key == id }) {
				continue
			}
			w := wrongOption{b.techniqueOption(u), "the map lists it for " + joinAnd(rows, "and") + ", not for " + c.name + "."}
			if m == c.table.ID {
				same = append(same, w)
			} else {
				other = append(other, w)
			}
		}
	}
	kt, _ := b.c.Technique(key.key)
	area := map[string]string{mapRibDysfunctions: "rib", mapSacralDysfunctions: "sacrum", mapInnominateDysfunctions: "pelvis"}[c.table.ID]
	lines := []string{b.diagnosisOpener(c.id, area)}
	if area != "rib" {
		lines = append(lines, chooseText(c.id, "exam", "Structural examination:", "On structural examination:"))
	}
	lines = append(lines, c.findings...)
	b.askBoard(boardItem{
		id: c.id, kind: Technique, stem: strings.Join(lines, "\n"),
		lead: chooseText(c.id, "lead", "Which technique is written for this dysfunction?", "Which of these techniques treats this dysfunction?"),
		key:  key,
		keyWhy: "The findings are those of " + c.name + ", and " + kt.Name + " is the entry for it: " +
			oneLine(kt.Summary),
		wrong: b.fillWrong(c.id, key, [][]wrongOption{same, other}), from: b.rowCitation(c.table, c.row) + "; the entry " + kt.Name,
		src: Source{Kind: SourceTechnique, ID: kt.ID, Name: kt.Name, Field: "board/fits", References: dedupe(kt.Sources, c.row.Sources)},
	})
}

// teachesAt reports whether a technique is taught at every rib of a group
// (any technique, when the case is no rib group).
func (b *builder) teachesAt(t techniques.Technique, r notation.Range) bool {
	if !r.From.Valid() || len(t.Levels) == 0 {
		return true
	}
	return within(b.levelSet(t.Levels), r)
}

// rowsListing names the rows of a map that list a technique, in lower case.
func rowsListing(t techniques.MapTable, id string) []string {
	var out []string
	for _, r := range t.Rows {
		if slices.Contains(r.Techniques, id) {
			out = append(out, lower(r.Name))
		}
	}
	return out
}
