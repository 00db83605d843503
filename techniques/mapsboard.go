package techniques

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques/internal/levelset"
)

// boardRow is what a board block is checked against: the kind of row it sits
// in and the row's own (literature) values.
type boardRow struct {
	kind                      string   // the map file's kind: viscerosomatic, autonomic, chapman, tender-points, table
	levels, sympathetic       []string // viscerosomatic and Chapman levels; sympathetic levels
	side                      string
	anterior, posterior, ease string
	cells                     map[string]string // a table row's cells by column key
}

// boardFields are the fields a board block may hold in each kind of row.
var boardFields = map[string][]string{
	MapViscerosomatic: {"levels", "side"},
	MapAutonomic:      {"sympathetic_levels"},
	MapChapman:        {"anterior", "posterior", "levels"},
	MapTenderPoints:   {"position_of_ease"},
	"table":           {"cells"},
}

// setFields names the fields a board block fills, in a fixed order.
func (b *Board) setFields() []string {
	var out []string
	if len(b.Levels) > 0 {
		out = append(out, "levels")
	}
	if b.Side != "" {
		out = append(out, "side")
	}
	if len(b.SympatheticLevels) > 0 {
		out = append(out, "sympathetic_levels")
	}
	if b.Anterior != "" {
		out = append(out, "anterior")
	}
	if b.Posterior != "" {
		out = append(out, "posterior")
	}
	if b.PositionOfEase != "" {
		out = append(out, "position_of_ease")
	}
	if len(b.Cells) > 0 {
		out = append(out, "cells")
	}
	return out
}

// checkBoard validates a row's board block: sources that resolve, only
// fields of the row's kind, each one differing from the row's own value,
// levels that read.
func checkBoard(ids idSets, ch checker, b *Board, row boardRow) {
	if b == nil {
		return
	}
	ch.list("board.sources", b.Sources)
	ids.refs(ch, "board.sources", b.Sources, ids.reference)
	fields := b.setFields()
	if len(fields) == 0 {
		ch.addf("board", "holds no answer: give the fields whose board-review value differs (%s)", strings.Join(boardFields[row.kind], ", "))
	}
	for _, f := range fields {
		if !slices.Contains(boardFields[row.kind], f) {
			ch.addf("board."+f, "is not a field a %s row's board block may hold (%s)", row.kind, strings.Join(boardFields[row.kind], ", "))
		}
	}
	bc := boardChecker{ch}
	switch row.kind {
	case MapViscerosomatic:
		bc.levels("levels", b.Levels, row.levels)
		if b.Side != "" {
			ch.oneOf("board.side", b.Side, "left", "right", "bilateral")
		}
		bc.text("side", b.Side, row.side)
	case MapAutonomic:
		bc.levels("sympathetic_levels", b.SympatheticLevels, row.sympathetic)
	case MapChapman:
		bc.levels("levels", b.Levels, row.levels)
		bc.text("anterior", b.Anterior, row.anterior)
		bc.text("posterior", b.Posterior, row.posterior)
	case MapTenderPoints:
		bc.text("position_of_ease", b.PositionOfEase, row.ease)
	case "table":
		bc.cells(b.Cells, row.cells)
	}
}

// boardChecker checks a board block's values against the row's own.
type boardChecker struct{ ch checker }

// levels checks board levels that read and name other levels than the row's.
func (bc boardChecker) levels(field string, board, own []string) {
	if len(board) == 0 {
		return
	}
	for j, l := range board {
		if _, err := notation.ParseRange(l); err != nil {
			bc.ch.addf(fmt.Sprintf("board.%s[%d]", field, j), "%q is not a level or range such as T5-T9 or rib 3-rib 5", l)
		}
	}
	if levelset.Same(board, own) {
		bc.ch.addf("board."+field, "names the same levels as the row (%s); leave it out", strings.Join(own, ", "))
	}
}

// text checks a board value that differs from the row's own.
func (bc boardChecker) text(field, board, own string) {
	if board != "" && strings.TrimSpace(board) == strings.TrimSpace(own) {
		bc.ch.addf("board."+field, "is the row's own value; leave it out")
	}
}

// cells checks a table row's board cells: each under one of the map's
// columns, not empty, and not the row's own value.
func (bc boardChecker) cells(board, own map[string]string) {
	keys := make([]string, 0, len(board))
	for k := range board {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		mine, ok := own[k]
		switch {
		case !ok:
			bc.ch.addf("board.cells."+k, "is not one of the map's columns")
		case strings.TrimSpace(board[k]) == "":
			bc.ch.addf("board.cells."+k, "is empty")
		default:
			bc.text("cells."+k, board[k], mine)
		}
	}
}
