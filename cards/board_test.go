package cards_test

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/cards/vignette/readback"
	"github.com/omt-reference/omt/techniques"
)

// boardFamilies are the families of board-style vignette, each asking one
// kind of question of one part of the catalogue.
func boardFamilies() []string { return readback.Families() }

func boardCards(all []cards.Card) map[string][]cards.Card {
	out := map[string][]cards.Card{}
	for _, card := range all {
		if strings.HasPrefix(card.ID, cards.BoardPrefix+"/") {
			out[boardFamily(card.ID)] = append(out[boardFamily(card.ID)], card)
		}
	}
	return out
}

// TestBoardVignetteAnswers recomputes every board vignette's key from its
// stem and the catalogue, family by family: exactly one option is right,
// and it is the keyed one. Each failure names its vignette.
func TestBoardVignetteAnswers(t *testing.T) {
	c, all := shipped(t)
	byFamily := boardCards(all)
	for fam := range byFamily {
		if !slices.Contains(boardFamilies(), fam) {
			t.Errorf("vignettes of an unknown family %q", fam)
		}
	}
	for _, fam := range boardFamilies() {
		t.Run(fam, func(t *testing.T) {
			if len(byFamily[fam]) == 0 {
				t.Fatal("no vignettes")
			}
			for _, card := range byFamily[fam] {
				checkShape(t, card)
				checkAnswer(t, c, card)
			}
		})
	}
}

// TestBoardVignettesAreBoardItems holds every vignette to the item-writing
// rules the generator promises: a vignette kind in its own deck, a stem
// with a question, an explanation that says why the key is right and why
// each distractor is wrong and names where it comes from, and no stem
// given twice.
func TestBoardVignettesAreBoardItems(t *testing.T) {
	c, all := shipped(t)
	fronts := map[string]string{}
	titles := map[string]string{}
	for _, d := range cards.Decks(c, all) {
		titles[d.Name] = d.Title
	}
	for _, card := range all {
		if !strings.HasPrefix(card.ID, cards.BoardPrefix+"/") {
			continue
		}
		kind := strings.Split(card.ID, "/")[1]
		if card.Kind != cards.Vignette || !slices.Equal(card.Decks, []string{cards.DeckVignettes, cards.VignetteDeck(kind)}) {
			t.Errorf("%s: kind %s in decks %q", card.ID, card.Kind, card.Decks)
		}
		if titles[cards.VignetteDeck(kind)] == titles[cards.DeckVignettes] {
			t.Errorf("%s: its deck has no title of its own", card.ID)
		}
		if other, ok := fronts[card.Front]; ok {
			t.Errorf("%s repeats the stem of %s", card.ID, other)
		}
		fronts[card.Front] = card.ID
		if !strings.HasSuffix(card.Front, "?") {
			t.Errorf("%s: the stem ends in no question:\n%s", card.ID, card.Front)
		}
		_, why, _ := strings.Cut(card.Back, "\n\n")
		for i, ch := range card.Choices {
			if i != card.Answer && !strings.Contains(why, "- "+ch+": ") {
				t.Errorf("%s: the explanation does not say why %q is wrong:\n%s", card.ID, ch, card.Back)
			}
		}
		if !strings.Contains(why, "From: ") || strings.HasPrefix(why, "- ") {
			t.Errorf("%s: the explanation gives no reason for the key or no source:\n%s", card.ID, card.Back)
		}
	}
}

// TestBoardVignettesKeyTheBoardAnswer: a vignette drawn from a map row with
// a board block keys board review's answer, says that the literature
// differs, and never offers either answer as wrong (the issue-19 rule).
func TestBoardVignettesKeyTheBoardAnswer(t *testing.T) {
	c, all := shipped(t)
	keyed := 0
	for _, card := range all {
		if !strings.HasPrefix(card.ID, cards.BoardPrefix+"/") || card.Source.Kind != cards.SourceMap {
			continue
		}
		tb, ok := c.Maps.Table(card.Source.ID)
		if !ok {
			continue
		}
		r := find(tb.Rows, func(r techniques.TableRow) bool { return r.ID == card.Source.Row })
		if r.Board == nil {
			continue
		}
		for col, board := range r.Board.Cells {
			lit := r.Value(col)
			for i, ch := range card.Choices {
				switch {
				case i != card.Answer && (related(ch, board) || related(ch, lit)):
					t.Errorf("%s offers %q as wrong, but %s accepts it", card.ID, ch, r.ID)
				case i == card.Answer && related(ch, board):
					keyed++
					if !strings.Contains(card.Back, "Keyed: board review's answer") || !strings.Contains(card.Back, flat(lit)) {
						t.Errorf("%s keys board review's %q without saying the literature gives %q:\n%s", card.ID, board, lit, card.Back)
					}
				case i == card.Answer && related(ch, lit):
					t.Errorf("%s keys the literature's %q; board review teaches %q", card.ID, lit, board)
				}
			}
		}
	}
	if keyed == 0 {
		t.Error("no vignette keys a board-review answer: the exhaled ribs 11-12 muscle vignette should")
	}
}

// TestRuleOutStemsDenyNoFindingOfTheKey: the findings a rule-out stem gives
// as absent are none of the keyed red flag's, so "present" and "absent"
// never contradict each other.
func TestRuleOutStemsDenyNoFindingOfTheKey(t *testing.T) {
	c, all := shipped(t)
	for _, card := range boardCards(all)["rule-out"] {
		var absent []string
		for _, line := range strings.Split(card.Front, "\n") {
			if rest, ok := strings.CutPrefix(line, "- Absent: "); ok {
				absent = strings.Split(rest, "; ")
			}
		}
		head := strings.ToLower(card.Choices[card.Answer])
		for _, x := range c.Conditions {
			for _, text := range x.RedFlags {
				l := strings.ToLower(text)
				if !strings.HasPrefix(l, head+": ") && !strings.HasSuffix(l, "("+head+")") {
					continue
				}
				for _, a := range absent {
					if strings.Contains(words(text), words(a)) {
						t.Errorf("%s gives %q as absent, but it is a finding of the key: %s", card.ID, a, text)
					}
				}
			}
		}
	}
}

// TestBoardVignetteCounts guards against a family quietly vanishing, and
// logs how many vignettes each family holds (go test -v -run Counts).
func TestBoardVignetteCounts(t *testing.T) {
	_, all := shipped(t)
	byFamily := boardCards(all)
	total := 0
	var lines []string
	for fam, cs := range byFamily {
		total += len(cs)
		lines = append(lines, fam+": "+strconv.Itoa(len(cs)))
	}
	sort.Strings(lines)
	t.Logf("%d board vignettes\n%s", total, strings.Join(lines, "\n"))
	if total < 300 {
		t.Errorf("%d board vignettes; the catalogue supports at least 300", total)
	}
}

// TestBoardKeysRestOnWhatTheCatalogueSays: the reason a vignette gives for
// its key is something the catalogue lists (a contraindication, a caution,
// a map row), never its silence ("not listed against …"): a key that is
// right only because nothing is written against it is the issue's "not
// listed against it" flaw, and is wrong wherever the catalogue has a gap.
func TestBoardKeysRestOnWhatTheCatalogueSays(t *testing.T) {
	_, all := shipped(t)
	for _, card := range all {
		if !strings.HasPrefix(card.ID, cards.BoardPrefix+"/") {
			continue
		}
		_, why, _ := strings.Cut(card.Back, "\n\n")
		keyWhy, _, _ := strings.Cut(why, "\n- ")
		for _, silence := range []string{"not listed", "does not list", "lists nothing"} {
			if strings.Contains(strings.ToLower(keyWhy), silence) {
				t.Errorf("%s: the key's reason is the catalogue's silence:\n%s", card.ID, keyWhy)
			}
		}
	}
}

// TestBoardTechniqueOptionsNameEntries: the options of a technique
// vignette name catalogue entries, never a family ("Ligamentous articular
// strain" is the family; its entry is "…(general procedure, Speece &
// Crow)"), so that all four are of one kind (the NBME's homogeneous
// options).
func TestBoardTechniqueOptionsNameEntries(t *testing.T) {
	c, all := shipped(t)
	families := map[string]bool{}
	for _, f := range c.Families {
		families[words(f.Name)] = true
	}
	for _, card := range all {
		if !strings.HasPrefix(card.ID, cards.BoardPrefix+"/"+cards.VignetteTechnique+"/") {
			continue
		}
		for _, ch := range card.Choices {
			if families[words(ch)] {
				t.Errorf("%s offers %q, the name of a family, beside entries %q", card.ID, ch, card.Choices)
			}
		}
	}
}

// TestTenderPointVignettesSayTheLiteratureDiffers: a tender point whose
// board block gives another position of ease (AC7) keys board review's and
// says what the literature gives (the oracle already refuses a vignette
// that offers either as wrong).
func TestTenderPointVignettesSayTheLiteratureDiffers(t *testing.T) {
	c, all := shipped(t)
	said := 0
	for _, card := range boardCards(all)["set-up/tender-point"] {
		p := find(c.Maps.TenderPoints.Rows, func(p techniques.TenderPoint) bool { return p.ID == card.Source.Row })
		if p.Board == nil || p.Board.PositionOfEase == "" {
			continue
		}
		said++
		if !strings.Contains(card.Back, "Keyed: board review's answer") || !strings.Contains(card.Back, flat(p.PositionOfEase)[:40]) {
			t.Errorf("%s keys board review's position without giving the literature's:\n%s", card.ID, card.Back)
		}
	}
	if said == 0 {
		t.Error("no tender-point vignette keys a board position: AC7's should")
	}
}
