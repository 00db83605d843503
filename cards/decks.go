package cards

import (
	"cmp"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// Deck is a named set of cards a student can study on its own.
type Deck struct {
	// Name is what cards carry in Decks and what `--deck` takes:
	// "family/counterstrain", "region/cervical", "map/chapman", "glossary".
	Name string `json:"name"`
	// Group is the part of Name before the slash, or Name itself.
	Group string `json:"group"`
	// Title names the deck for people: "Counterstrain", "Cervical".
	Title string `json:"title"`
	// Count is how many cards the deck holds.
	Count int `json:"count"`
}

// Deck groups, in the order Decks lists them.
const (
	GroupFamily    = "family"
	GroupRegion    = "region"
	GroupCondition = "condition"
	GroupMap       = "map"
	GroupNotation  = "notation"
	GroupVignettes = "vignettes"
	GroupCharts    = "charts"
	GroupGlossary  = "glossary"
	GroupTechnique = "technique"
)

// Groups lists the deck groups in the order Decks sorts them.
func Groups() []string {
	return []string{GroupFamily, GroupRegion, GroupCondition, GroupMap, GroupNotation, GroupVignettes, GroupCharts, GroupGlossary, GroupTechnique}
}

// The names of the decks that are a whole group.
const (
	DeckNotation  = GroupNotation
	DeckVignettes = GroupVignettes
	DeckCharts    = GroupCharts
	DeckGlossary  = GroupGlossary
)

func familyDeck(id string) string    { return GroupFamily + "/" + id }
func regionDeck(id string) string    { return GroupRegion + "/" + id }
func conditionDeck(id string) string { return GroupCondition + "/" + id }
func mapDeck(id string) string       { return GroupMap + "/" + id }
func techniqueDeck(id string) string { return TechniqueDeck(id) }

// TechniqueDeck names the deck of one technique's cards, for "study this
// technique" from its page.
func TechniqueDeck(id string) string { return GroupTechnique + "/" + id }

// Decks lists every deck the cards belong to, with its size: families,
// regions (in the COMLEX blueprint's order), conditions, maps, notation,
// vignettes, the body charts, the glossary, then one deck per technique; by
// title within a group. The catalogue supplies the titles.
func Decks(c *techniques.Catalog, cards []Card) []Deck {
	count := map[string]int{}
	for _, card := range cards {
		for _, d := range card.Decks {
			count[d]++
		}
	}
	decks := make([]Deck, 0, len(count))
	for name, n := range count {
		group, id, _ := strings.Cut(name, "/")
		decks = append(decks, Deck{Name: name, Group: group, Title: deckTitle(c, group, id), Count: n})
	}
	regions := techniques.Regions()
	slices.SortFunc(decks, func(a, b Deck) int {
		if d := cmp.Compare(groupIndex(a.Group), groupIndex(b.Group)); d != 0 {
			return d
		}
		if a.Group == GroupRegion {
			if d := cmp.Compare(indexOr(regions, a.Name[len(GroupRegion)+1:]), indexOr(regions, b.Name[len(GroupRegion)+1:])); d != 0 {
				return d
			}
		}
		return cmp.Or(cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)), cmp.Compare(a.Name, b.Name))
	})
	return decks
}

func groupIndex(g string) int { return indexOr(Groups(), g) }

// indexOr is x's index in xs, or len(xs) for one that is missing.
func indexOr(xs []string, x string) int {
	if i := slices.Index(xs, x); i >= 0 {
		return i
	}
	return len(xs)
}

// deckTitle names a deck from the catalogue entry it is about.
func deckTitle(c *techniques.Catalog, group, id string) string {
	switch group {
	case GroupFamily:
		if f, ok := c.Family(id); ok {
			return f.Name
		}
	case GroupRegion:
		return capitalize(strings.ReplaceAll(id, "-", " "))
	case GroupCondition:
		if x, ok := c.Condition(id); ok {
			return x.Name
		}
	case GroupMap:
		for _, m := range c.Maps.MapInfos() {
			if m.ID == id {
				return m.Title
			}
		}
	case GroupTechnique:
		if t, ok := c.Technique(id); ok {
			return t.Name
		}
	case GroupNotation:
		return "Dysfunction notation"
	case GroupVignettes:
		return vignetteDeckTitle(id)
	case GroupCharts:
		return "Body charts"
	case GroupGlossary:
		return "Glossary"
	}
	return id
}
