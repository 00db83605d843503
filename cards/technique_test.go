package cards_test

import (
	"strings"
	"testing"

	"github.com/omt-reference/omt/cards"
)

// TestTaughtBothWaysIsNeverHalfRight: a technique taught both direct and
// indirect (a myofascial release) was asked "direct or indirect?" with the
// way its entry is filed as the key and the other way offered as wrong, so a
// student learnt that an indirect myofascial release is a mistake. Its
// classification card is now a recall card naming both ways, and no choice
// card about it offers the other way as wrong.
func TestTaughtBothWaysIsNeverHalfRight(t *testing.T) {
	c, all := shipped(t)
	both := 0
	for _, tech := range c.Techniques {
		if tech.AlsoTaught == "" {
			continue
		}
		both++
		t.Run(tech.ID, func(t *testing.T) {
			id := "technique/" + tech.ID + "/classification"
			for _, card := range all {
				if card.ID != id {
					continue
				}
				if card.Kind != cards.Recall {
					t.Fatalf("%s is a %s card offering %q: one way taught would be marked wrong", id, card.Kind, card.Choices)
				}
				if !strings.HasPrefix(card.Back, "Direct or indirect,") {
					t.Errorf("%s answers %q, want both ways named", id, strings.SplitN(card.Back, "\n", 2)[0])
				}
				return
			}
			t.Fatalf("no card %s", id)
		})
	}
	if both < 2 {
		t.Fatalf("%d techniques are marked as taught both ways; myofascial release and the thoracic inlet release are", both)
	}
}
