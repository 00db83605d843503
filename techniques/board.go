package techniques

import (
	"slices"
	"strconv"
	"strings"
)

// Board review and the literature: a map row's own value is the
// literature's; its Board block holds the board-review answer where the two
// differ (data/README.md). These accessors give the board-review answer,
// which is the row's own where there is no block: study cards key it, and
// the clinician's views show it beside the literature's.

// BoardLevels are the levels board review teaches for the organ.
func (r OrganLevels) BoardLevels() []string {
	if r.Board != nil && len(r.Board.Levels) > 0 {
		return r.Board.Levels
	}
	return r.Levels
}

// BoardSide is the side board review teaches for the organ's reflex.
func (r OrganLevels) BoardSide() string {
	if r.Board != nil && r.Board.Side != "" {
		return r.Board.Side
	}
	return r.Side
}

// BoardLevels are the sympathetic levels board review teaches for the organ.
func (r AutonomicSupply) BoardLevels() []string {
	if r.Board != nil && len(r.Board.SympatheticLevels) > 0 {
		return r.Board.SympatheticLevels
	}
	return r.SympatheticLevels
}

// BoardAnterior is the anterior point board review teaches.
func (p ChapmanPoint) BoardAnterior() string {
	if p.Board != nil && p.Board.Anterior != "" {
		return p.Board.Anterior
	}
	return p.Anterior
}

// BoardPosterior is the posterior point board review teaches.
func (p ChapmanPoint) BoardPosterior() string {
	if p.Board != nil && p.Board.Posterior != "" {
		return p.Board.Posterior
	}
	return p.Posterior
}

// AllLevels are the levels of the point as either answer gives them.
func (p ChapmanPoint) AllLevels() []string {
	if p.Board == nil {
		return p.Levels
	}
	return append(slices.Clone(p.Levels), p.Board.Levels...)
}

// BoardEase is the position of ease board review teaches.
func (p TenderPoint) BoardEase() string {
	if p.Board != nil && p.Board.PositionOfEase != "" {
		return p.Board.PositionOfEase
	}
	return p.PositionOfEase
}

// BoardValue is the cell under a column key as board review teaches it.
func (r TableRow) BoardValue(key string) string {
	if r.Board != nil {
		if v, ok := r.Board.Cells[key]; ok {
			return v
		}
	}
	return r.Value(key)
}

// sourceName is how a reference is named in a label: "StatPearls", "Noll
// 2009", "PreparingToBecome", "Glossary".
func sourceName(r Reference) string {
	first := func(s string) string {
		s, _, _ = strings.Cut(s, ",")
		s, _, _ = strings.Cut(s, " (")
		return strings.TrimSpace(s)
	}
	switch r.Kind {
	case "statpearls":
		return "StatPearls"
	case "glossary":
		return "Glossary"
	case "web":
		if r.Publisher != "" {
			return strings.TrimSuffix(first(r.Publisher), " GmbH")
		}
	case "trial", "review", "guideline", "article":
		surname, _, _ := strings.Cut(first(r.Authors), " ")
		if surname == "" {
			surname = r.UnsignedName()
		}
		if r.Year > 0 {
			return surname + " " + strconv.Itoa(r.Year)
		}
		return surname
	}
	if surname, _, _ := strings.Cut(first(r.Authors), " "); surname != "" {
		return surname
	}
	return first(r.Publisher)
}

// SourceNames names the references for a label, each name once, at most
// three: "StatPearls, Miller".
func (c *Catalog) SourceNames(ids []string) string {
	var names []string
	for _, id := range ids {
		r, ok := c.Reference(id)
		if !ok {
			continue
		}
		if n := sourceName(r); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) > 3 {
		names = append(names[:3], "others")
	}
	return strings.Join(names, ", ")
}

// LiteratureNames names the references for a row's own (literature)
// answer: its sources less those its board block cites.
func (c *Catalog) LiteratureNames(rowSources []string, b *Board) string {
	return c.SourceNames(literatureSources(rowSources, b))
}

// literatureSources are a row's sources less those its board block cites:
// the references for the literature's answer.
func literatureSources(rowSources []string, b *Board) []string {
	if b == nil {
		return rowSources
	}
	var out []string
	for _, id := range rowSources {
		if !slices.Contains(b.Sources, id) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return rowSources
	}
	return out
}

// boardSourceLabel names a board block's sources: "review charts" when all
// of them are web material, as the review charts that follow Savarese are.
func (c *Catalog) boardSourceLabel(b *Board) string {
	if c.AllWeb(b.Sources) {
		return "review charts"
	}
	return c.SourceNames(b.Sources)
}

// AllWeb reports whether the reference ids name at least one reference and
// every one is web material (teaching pages, flashcards, review charts).
func (c *Catalog) AllWeb(ids []string) bool {
	for _, id := range ids {
		if r, ok := c.Reference(id); !ok || r.Kind != "web" {
			return false
		}
	}
	return len(ids) > 0
}

// TwoAnswers writes a value that board review and the literature give
// differently, literature first, each labelled with its sources:
// "Literature: T1-T6 (StatPearls) · Board review: T2-T7 (review charts)".
// With no board block it is the value alone.
func (c *Catalog) TwoAnswers(literature, board string, rowSources []string, b *Board) string {
	if b == nil || board == "" || board == literature {
		return literature
	}
	lit := "Literature: none given"
	if literature != "" {
		lit = "Literature: " + literature
		if names := c.LiteratureNames(rowSources, b); names != "" {
			lit += " (" + names + ")"
		}
	}
	return lit + " · Board review: " + board + " (" + c.boardSourceLabel(b) + ")"
}

// WithBoardNote adds a board block's note to a row's note, labelled.
func WithBoardNote(note string, b *Board) string {
	if b == nil || strings.TrimSpace(b.Note) == "" {
		return note
	}
	board := "Board review: " + strings.TrimSpace(b.Note)
	if strings.TrimSpace(note) == "" {
		return board
	}
	return strings.TrimSpace(note) + "\n" + board
}

// WithBoardSources adds a board block's sources to a row's, each once.
func WithBoardSources(sources []string, b *Board) []string {
	if b == nil {
		return sources
	}
	out := slices.Clone(sources)
	for _, id := range b.Sources {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
