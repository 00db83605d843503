package cards_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// boardRows are the table rows where board review and the literature give a
// different answer in a cell: each keeps the board's in a board block.
var boardRows = []struct{ mapID, row string }{
	{"special-tests", "test-yergason"},
	{"special-tests", "test-finkelstein"},
	{"special-tests", "test-spurling"},
	{"tart", "tart-muscle-tone"},
	{"rib-dysfunctions", "rib-me-11-12"},
}

func tableRow(t *testing.T, c *techniques.Catalog, mapID, id string) (techniques.MapTable, techniques.TableRow) {
	t.Helper()
	tb, ok := c.Maps.Table(mapID)
	if !ok {
		t.Fatalf("no map %s", mapID)
	}
	for _, r := range tb.Rows {
		if r.ID == id {
			return tb, r
		}
	}
	t.Fatalf("no row %s in %s", id, mapID)
	return tb, techniques.TableRow{}
}

// TestBoardRowsKeyTheBoardAnswer: a table row whose cells differ between
// board review and the literature keeps the board's answer in a board block,
// and its recall card keys that answer and names the literature's in the
// explanation, never as the key.
func TestBoardRowsKeyTheBoardAnswer(t *testing.T) {
	c, all := shipped(t)
	for _, br := range boardRows {
		t.Run(br.mapID+"/"+br.row, func(t *testing.T) {
			_, r := tableRow(t, c, br.mapID, br.row)
			if r.Board == nil || len(r.Board.Cells) == 0 {
				t.Fatalf("%s/%s has no board block: the note names two answers but the cards key one", br.mapID, br.row)
			}
			card := mustCard(t, all, "map/"+br.mapID+"/"+br.row+"/row")
			key, why := flat(keyOf(card)), flat(card.Back)
			if strings.Contains(key, "Literature:") {
				t.Errorf("the card keys both answers instead of the board's:\n%s", key)
			}
			cols := make([]string, 0, len(r.Board.Cells))
			for k := range r.Board.Cells {
				cols = append(cols, k)
			}
			sort.Strings(cols)
			for _, col := range cols {
				if board := flat(r.Board.Cells[col]); !strings.Contains(key, board) {
					t.Errorf("%s: the card does not key board review's %q:\n%s", col, board, key)
				}
				if lit := flat(r.Value(col)); strings.Contains(key, lit) {
					t.Errorf("%s: the card keys the literature's %q", col, lit)
				} else if !strings.Contains(why, lit) {
					t.Errorf("%s: the card does not name the literature's %q:\n%s", col, lit, why)
				}
			}
			if !strings.Contains(why, "Keyed: board review's answer") {
				t.Errorf("the card does not say it keys board review's answer:\n%s", card.Back)
			}
		})
	}
}

// TestBoardRowsShowBothAnswers: the map sheet (omt maps, the browser) shows
// both answers of such a row, literature first.
func TestBoardRowsShowBothAnswers(t *testing.T) {
	c, _ := shipped(t)
	for _, br := range boardRows {
		_, r := tableRow(t, c, br.mapID, br.row)
		if r.Board == nil {
			t.Errorf("%s/%s has no board block", br.mapID, br.row)
			continue
		}
		for col, board := range r.Board.Cells {
			shown := flat(c.TwoAnswers(flat(r.Value(col)), flat(board), r.Sources, r.Board))
			lit, brd := strings.Index(shown, "Literature: "), strings.Index(shown, "Board review: ")
			if lit < 0 || brd < lit {
				t.Errorf("%s/%s %s shows %q; want the literature's answer first, then board review's", br.mapID, br.row, col, shown)
			}
		}
	}
}
