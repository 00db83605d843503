package readback

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

var (
	easeCodeRe   = regexp.MustCompile(`\(([FE]) S([AT]) R([AT])\)`)
	easeOptionRe = regexp.MustCompile(`^(Flexion|Extension), side-bending (left|right) and rotation (left|right)$`)
)

// tenderPointStated is the point a stem describes: the side it is on, and
// the map rows whose location holds the stem's words (a row that describes
// a midline and a lateral point holds the lateral one's).
func tenderPointStated(c *techniques.Catalog, st stem) (string, []techniques.TenderPoint, error) {
	title, where, ok := st.finding(func(t string) bool { return strings.HasPrefix(t, "Tender point (") })
	if !ok {
		return "", nil, fmt.Errorf("the stem gives no tender point")
	}
	side := strings.TrimSuffix(strings.TrimPrefix(title, "Tender point ("), " side)")
	if side != "left" && side != "right" {
		return "", nil, fmt.Errorf("the tender point is on no side: %q", title)
	}
	var rows []techniques.TenderPoint
	for _, p := range c.Maps.TenderPoints.Rows {
		if strings.Contains(words(p.Location), words(where)) {
			rows = append(rows, p)
		}
	}
	if len(rows) == 0 {
		return "", nil, fmt.Errorf("no tender point lies where the stem says: %q", where)
	}
	return side, rows, nil
}

// easeFor is the position an abbreviation ("F ST RA", in a position-of-ease
// text) gives a point on one side: "Flexion, side-bending left and rotation
// right" for the left.
func easeFor(text, side string) (string, bool) {
	m := easeCodeRe.FindStringSubmatch(flat(text))
	if m == nil {
		return "", false
	}
	other := map[string]string{"left": "right", "right": "left"}[side]
	way := func(code string) string {
		if code == "T" {
			return side
		}
		return other
	}
	return map[string]string{"F": "Flexion", "E": "Extension"}[m[1]] + ", side-bending " + way(m[2]) + " and rotation " + way(m[3]), true
}

// tenderPointOracle: the position of ease is the one board review's
// abbreviation gives for a point on the stated side, or the literature's
// where they differ (either may be called right, so neither may be offered
// as wrong). Every point the location fits must give the same.
func tenderPointOracle(c *techniques.Catalog, st stem) (func(string) (bool, error), error) {
	side, rows, err := tenderPointStated(c, st)
	if err != nil {
		return nil, err
	}
	accepted := map[string]bool{}
	var board string
	for _, p := range rows {
		b, ok := easeFor(p.BoardEase(), side)
		if !ok {
			return nil, fmt.Errorf("%s gives its position of ease in no abbreviation", p.Name)
		}
		if board != "" && b != board {
			return nil, fmt.Errorf("the location fits %d points held differently", len(rows))
		}
		board = b
		accepted[b] = true
		if lit, ok := easeFor(p.PositionOfEase, side); ok {
			accepted[lit] = true
		}
	}
	return func(ch string) (bool, error) {
		if !easeOptionRe.MatchString(ch) {
			return false, fmt.Errorf("option %q is no position of ease", ch)
		}
		return accepted[ch], nil
	}, nil
}
