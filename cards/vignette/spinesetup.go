package vignette

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// everyPlane lists the techniques whose entries take a segment into every
// restricted motion (direct) or every free one (indirect), so that the
// position is the diagnosis's barrier or its ease in full. Others are left
// out on their own entries' word: HVLA for the neck locks with side-bending
// the other way, HVLA for the lumbar spine names only the rotational
// barrier, and facilitated positional release flattens the sagittal curve
// first. These are judgements about entry ids, read from each entry's
// barrier and steps.
func everyPlane() []string {
	return []string{
		"muscle-energy-cervical", "muscle-energy-thoracic", "muscle-energy-lumbar", "muscle-energy-occipitoatlantal",
		"hvla-thoracic", "functional-technique",
	}
}

// setUpTechniques are the techniques a segment case may be set up with:
// the entries of everyPlane that the case's Fryette row lists, of the
// approach asked, that work at its level.
func (b *builder) setUpTechniques(row techniques.TableRow, sc segmentCase, direct bool) []techniques.Technique {
	level := sc.d.Segment.Range.From
	var out []techniques.Technique
	for _, id := range row.Techniques {
		t, ok := b.c.Technique(id)
		if !ok || !slices.Contains(everyPlane(), id) || (t.Approach == techniques.Direct) != direct {
			continue
		}
		if worksAt(b, t, level) {
			out = append(out, t)
		}
	}
	return out
}

// worksAt reports whether a technique is taught at a level: in its region,
// and within its levels where it names any.
func worksAt(b *builder, t techniques.Technique, l notation.Level) bool {
	region := map[notation.Region]string{notation.Cervical: "cervical", notation.Thoracic: "thoracic", notation.Lumbar: "lumbar", notation.RegionOA: "cervical"}[l.Region]
	if !slices.Contains(t.Regions, region) {
		return false
	}
	return len(t.Levels) == 0 || b.levelSet(t.Levels)[l]
}

// spineSetUpVignettes asks, at each level, how a segment is positioned for
// a direct technique (into the barrier) and, where one is taught there, for
// an indirect one (into ease). The question is the same for both, so the
// student must know which way the technique goes.
func (b *builder) spineSetUpVignettes() {
	t, ok := b.c.Maps.Table(mapFryette)
	if !ok {
		return
	}
	for _, level := range spineLevels() {
		for _, direct := range []bool{true, false} {
			kind := map[bool]string{true: "barrier", false: "ease"}[direct]
			id := boardID(SetUp, kind, slugOf(level))
			sc, ok := segmentCaseAt(id, level)
			if !ok {
				continue
			}
			row, ok := tableRowByID(t, sc.e.Key)
			if !ok {
				continue
			}
			ts := b.setUpTechniques(row, sc, direct)
			if len(ts) == 0 {
				continue
			}
			b.segmentSetUp(t, row, id, sc, ts[choose(id, "technique", len(ts))], direct)
		}
	}
}

func (b *builder) segmentSetUp(t techniques.MapTable, row techniques.TableRow, id string, sc segmentCase, tech techniques.Technique, direct bool) {
	want, other := sc.e.Restricted, sc.e.Free
	why := tech.Name + " is direct: it engages the restrictive barrier, every motion " + sc.name() + " is restricted in."
	if !direct {
		want, other = sc.e.Free, sc.e.Restricted
		why = tech.Name + " is indirect: it takes the segment away from the barrier into ease, every motion " + sc.name() + " moves into freely."
	}
	key := option{motionsPhrase(want), capitalize(motionsPhrase(want))}
	var wrong []wrongOption
	for _, o := range append(segmentRivals(sc), sc) {
		set := o.e.Free
		if sameMotions(set, want) {
			continue
		}
		w := wrongOption{option{motionsPhrase(set), capitalize(motionsPhrase(set))}, mixedWhy(set, sc)}
		if sameMotions(set, other) {
			w.why = "the barrier, which a direct technique engages; an indirect technique stays away from it."
			if direct {
				w.why = "the position of ease, where an indirect technique takes the segment; a direct technique engages the barrier."
			}
		}
		wrong = append(wrong, w)
	}
	style := setUpStyle(sc)
	lines := []string{b.diagnosisOpener(id, sc.area()), chooseText(id, "exam", "Structural examination:", "On structural examination:", "Examination finds:")}
	lines = append(lines, segmentFindings(sc, style)...)
	lines = append(lines, "Technique chosen: "+tech.Name+".")
	b.askBoard(boardItem{
		id: id, kind: SetUp, stem: strings.Join(lines, "\n"),
		lead:   chooseText(id, "lead", "Into which motions do you take the segment?", "Which motions do you introduce at the segment?"),
		key:    key,
		keyWhy: segmentReasoning(sc, style) + " " + why + " (" + tech.Name + ": " + oneLine(tech.Barrier) + ")",
		wrong:  b.pickWrong(id, key, wrong, choicesPerCard-1),
		from:   b.rowCitation(t, row) + "; the entry " + tech.Name + " (" + b.c.SourceNames(tech.Sources) + ")",
		src:    Source{Kind: SourceTechnique, ID: tech.ID, Name: tech.Name, Field: "board/set-up", References: dedupe(tech.Sources, row.Sources)},
	})
}

// sameMotions reports whether two motion sets hold the same motions.
func sameMotions(a, b []notation.Motion) bool {
	if len(a) != len(b) {
		return false
	}
	for _, m := range a {
		if !slices.Contains(b, m) {
			return false
		}
	}
	return true
}

// mixedWhy says why a set that takes some motions toward the barrier and
// others toward ease positions the segment in neither.
func mixedWhy(set []notation.Motion, sc segmentCase) string {
	var toBarrier, toEase []string
	for _, m := range set {
		if slices.Contains(sc.e.Restricted, m) {
			toBarrier = append(toBarrier, m.String())
		} else {
			toEase = append(toEase, m.String())
		}
	}
	return joinAnd(toBarrier, "and") + " would go toward the barrier but " + joinAnd(toEase, "and") +
		" toward ease; a position takes every motion the same way."
}
