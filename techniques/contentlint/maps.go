package contentlint

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/levelset"
)

// eachSource calls cite with the sources of every map, every map row and
// every board block.
func eachSource(m *techniques.Maps, cite func(...string)) {
	for _, in := range append(m.MapInfos(), m.Organs.MapInfo) {
		cite(in.Sources...)
	}
	eachBoard(m, func(_, _ string, b *techniques.Board) { cite(b.Sources...) })
	for _, r := range m.Viscerosomatic.Rows {
		cite(r.Sources...)
	}
	for _, r := range m.Autonomic.Rows {
		cite(r.Sources...)
	}
	for _, r := range m.Chapman.Rows {
		cite(r.Sources...)
	}
	for _, r := range m.TenderPoints.Rows {
		cite(r.Sources...)
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			cite(r.Sources...)
		}
	}
}

// lintMaps finds what the maps must agree on: an organ's viscerosomatic
// levels lie within its sympathetic supply, for the literature's answer and
// for board review's, or its note says why not; every organ with a
// viscerosomatic row has an autonomic row; the two maps give an organ one
// board-review answer, since a card keys it in both decks.
func lintMaps(c *techniques.Catalog) []techniques.Problem {
	var problems []techniques.Problem
	auto := map[string]techniques.AutonomicSupply{}
	for _, r := range c.Maps.Autonomic.Rows {
		auto[r.Organ] = r
	}
	for _, r := range c.Maps.Viscerosomatic.Rows {
		a, ok := auto[r.Organ]
		if !ok {
			problems = append(problems, techniques.Problem{File: "maps/viscerosomatic.yaml", Record: r.Organ,
				Message: "has no row in maps/autonomic.yaml to check its levels against"})
			continue
		}
		explained := strings.Contains(strings.ToLower(r.Note), "sympathetic") ||
			r.Board != nil && strings.Contains(strings.ToLower(r.Board.Note), "sympathetic")
		for _, pair := range []struct {
			answer       string
			visc, supply []string
		}{
			{"the literature's", r.Levels, a.SympatheticLevels},
			{"board review's", r.BoardLevels(), a.BoardLevels()},
		} {
			if lv, out := levelset.FirstOutside(pair.visc, pair.supply); out && !explained {
				problems = append(problems, techniques.Problem{File: "maps/viscerosomatic.yaml", Record: r.Organ, Field: "levels",
					Message: fmt.Sprintf("%s lies outside the organ's sympathetic levels in maps/autonomic.yaml (%s answer); correct it or say in note why the levels and the sympathetic supply part", lv, pair.answer)})
			}
		}
		if !levelset.Same(r.BoardLevels(), a.BoardLevels()) {
			problems = append(problems, techniques.Problem{File: "maps/viscerosomatic.yaml", Record: r.Organ, Field: "board",
				Message: fmt.Sprintf("board review's answer is %s here but %s in maps/autonomic.yaml; the cards key one answer in both decks, so give both rows the board-review levels (a board block where the literature differs)",
					strings.Join(r.BoardLevels(), ", "), strings.Join(a.BoardLevels(), ", "))})
		}
	}
	return append(problems, lintTeachingRows(c)...)
}

// noGoodSource is said in the note of a row that rests on web material alone
// (teaching pages, flashcards, anatomy sites), so that a reader weighs it as
// such.
const noGoodSource = "no A or B source reached"

// lintTeachingRows finds the rows whose every source is web material
// (flashcards, course pages, knowledge cards, anatomy sites) without a note
// that says so.
func lintTeachingRows(c *techniques.Catalog) []techniques.Problem {
	var problems []techniques.Problem
	eachRow(&c.Maps, func(file, id, note string, sources []string) {
		if c.AllWeb(sources) && !strings.Contains(note, noGoodSource) {
			problems = append(problems, techniques.Problem{File: file, Record: id, Field: "note",
				Message: fmt.Sprintf("every source is web material; the note must say %q (for example \"Teaching practice; %s\") and name them", noGoodSource, noGoodSource)})
		}
	})
	eachBoard(&c.Maps, func(file, id string, b *techniques.Board) {
		if c.AllWeb(b.Sources) && !strings.Contains(b.Note, noGoodSource) {
			problems = append(problems, techniques.Problem{File: file, Record: id, Field: "board.note",
				Message: fmt.Sprintf("every board source is a review chart or other web material; the board note must call it teaching practice and say %q, naming them", noGoodSource)})
		}
	})
	return problems
}

// eachBoard calls fn with every board block of every map row.
func eachBoard(m *techniques.Maps, fn func(file, id string, b *techniques.Board)) {
	each := func(file, id string, b *techniques.Board) {
		if b != nil {
			fn(file, id, b)
		}
	}
	for _, r := range m.Viscerosomatic.Rows {
		each("maps/viscerosomatic.yaml", r.Organ, r.Board)
	}
	for _, r := range m.Autonomic.Rows {
		each("maps/autonomic.yaml", r.Organ, r.Board)
	}
	for _, r := range m.Chapman.Rows {
		each("maps/chapman.yaml", r.ID, r.Board)
	}
	for _, r := range m.TenderPoints.Rows {
		each("maps/tender-points.yaml", r.ID, r.Board)
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			each("maps/"+t.ID+".yaml", r.ID, r.Board)
		}
	}
}

// eachRow calls fn with every row of every map: its file, id, note and sources.
func eachRow(m *techniques.Maps, fn func(file, id, note string, sources []string)) {
	for _, r := range m.Viscerosomatic.Rows {
		fn("maps/viscerosomatic.yaml", r.Organ, r.Note, r.Sources)
	}
	for _, r := range m.Autonomic.Rows {
		fn("maps/autonomic.yaml", r.Organ, r.Note, r.Sources)
	}
	for _, r := range m.Chapman.Rows {
		fn("maps/chapman.yaml", r.ID, r.Note, r.Sources)
	}
	for _, r := range m.TenderPoints.Rows {
		fn("maps/tender-points.yaml", r.ID, r.Note, r.Sources)
	}
	for _, t := range m.Tables {
		for _, r := range t.Rows {
			fn("maps/"+t.ID+".yaml", r.ID, r.Note, r.Sources)
		}
	}
}
