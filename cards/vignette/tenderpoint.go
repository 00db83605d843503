package vignette

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// ease is a counterstrain position of ease as the tables abbreviate it:
// flexion or extension, then side-bending and rotation toward the tender
// point or away from it ("F SA RA").
type ease struct{ flexion, sideToward, rotateToward bool }

// easeRe finds an abbreviated position in a position-of-ease text.
var easeRe = regexp.MustCompile(`\(([FE]) S([AT]) R([AT])\)`)

// easesIn reads every abbreviated position a text gives.
func easesIn(text string) []ease {
	var out []ease
	for _, m := range easeRe.FindAllStringSubmatch(text, -1) {
		out = append(out, ease{flexion: m[1] == "F", sideToward: m[2] == "T", rotateToward: m[3] == "T"})
	}
	return out
}

// code is the abbreviation: "F SA RA".
func (e ease) code() string {
	s := map[bool]string{true: "F", false: "E"}[e.flexion] + " S" + map[bool]string{true: "T", false: "A"}[e.sideToward]
	return s + " R" + map[bool]string{true: "T", false: "A"}[e.rotateToward]
}

// toward is the side a motion toward (or away from) a point on one side
// goes to.
func toward(point notation.Side, towardPoint bool) notation.Side {
	if towardPoint {
		return point
	}
	return point.Opposite()
}

// text is the position for a point on one side, as an option reads it:
// "Flexion, side-bending right and rotation right".
func (e ease) text(point notation.Side) string {
	first := map[bool]string{true: "Flexion", false: "Extension"}[e.flexion]
	return first + ", side-bending " + toward(point, e.sideToward).String() + " and rotation " + toward(point, e.rotateToward).String()
}

// allEases are the eight positions a tender point could be folded into.
func allEases() []ease {
	var out []ease
	for _, f := range []bool{true, false} {
		for _, s := range []bool{false, true} {
			for _, r := range []bool{false, true} {
				out = append(out, ease{f, s, r})
			}
		}
	}
	return out
}

// disputedEases are, for the tender points whose note reports another
// position taught for them (teaching practice, no A or B source), the
// positions that report allows: never offered as wrong. These are
// judgements about the notes' prose, held to it by a test.
func disputedEases() map[string]func(ease) bool {
	return map[string]func(ease) bool{
		"ac3": func(e ease) bool { return e.flexion && e.sideToward }, // "marked flexion with side-bending toward the point"
		"ac4": func(e ease) bool { return !e.flexion },                // "slight extension"
	}
}

// tenderPointArea is the area whose patients a tender point's vignette is
// about, or "" for a region the vignettes do not ask.
func tenderPointArea(region string) string {
	switch region {
	case "cervical", "thoracic", "rib":
		return region
	}
	return ""
}

// pointLocation is where a stem says the point is: a row that describes a
// midline and a lateral point gives the lateral one, which the
// abbreviated position is for.
func pointLocation(p techniques.TenderPoint) string {
	loc := oneLine(p.Location)
	if _, lateral, ok := strings.Cut(loc, "Lateral point: "); ok {
		loc, _, _ = strings.Cut(lateral, " Midline point: ")
	}
	return capitalize(loc)
}

// tenderPointVignettes asks, for each spinal and rib tender point whose
// position of ease the map abbreviates, how the patient is folded over a
// point found at its place on one side: the student must know the point
// from its landmark, anterior points in flexion and posterior in extension,
// and which way its side-bending and rotation go.
func (b *builder) tenderPointVignettes() {
	m := b.c.Maps.TenderPoints
	for _, p := range m.Rows {
		area := tenderPointArea(p.Region)
		board, lit := easesIn(oneLine(p.BoardEase())), easesIn(oneLine(p.PositionOfEase))
		if area == "" || len(board) != 1 || len(lit) != 1 || strings.Contains(p.Location, ":") && !strings.Contains(p.Location, "Lateral point: ") {
			continue
		}
		b.tenderPointVignette(m, p, area, board[0], lit[0])
	}
}

// tenderPointVignette asks for one point's position of ease. The key is
// board review's position; the literature's, when it differs, and any
// position the row's note reports are never offered as wrong. The wrong
// positions that differ from the key in one respect come first: flexion
// for extension, or one motion turned the other way.
func (b *builder) tenderPointVignette(m techniques.TenderPointMap, p techniques.TenderPoint, area string, key, lit ease) {
	id := boardID(SetUp, "tender-point", p.ID)
	side := []notation.Side{notation.Left, notation.Right}[choose(id, "side", 2)]
	disputed := disputedEases()[p.ID]
	var near, far []wrongOption
	for _, e := range allEases() {
		if e == key || e == lit || disputed != nil && disputed(e) {
			continue
		}
		w := wrongOption{opt(e.text(side)), easeWhyNot(e, key, p)}
		if differences(e, key) == 1 {
			near = append(near, w)
		} else {
			far = append(far, w)
		}
	}
	t, _ := b.c.Technique(p.Technique)
	stem := b.diagnosisOpener(id, area) + "\n" +
		chooseText(id, "exam", "Palpation finds one tender point:", "On palpation there is a single tender point:", "Structural examination finds a tender point:") + "\n" +
		"- Tender point (" + side.String() + " side): " + pointLocation(p) + "\n" +
		chooseText(id, "plan", "You treat it with ", "You choose ") + lower(shortName(t.Name)) + "."
	keyOpt := opt(key.text(side))
	hold := ""
	if p.HoldSeconds > 0 {
		hold = " Hold " + strconv.Itoa(p.HoldSeconds) + " s."
	}
	b.askBoard(boardItem{
		id: id, kind: SetUp, stem: stem,
		lead: chooseText(id, "lead", "Into which position do you fold the patient over the point?", "Which position of ease do you hold?"),
		key:  keyOpt,
		keyWhy: "That is " + p.Name + ", " + surfaceWord(p.Surface) + " point, and on the " + side.String() + " " + key.code() + " is " +
			lower(key.text(side)) + ": " + strings.TrimSuffix(oneLine(p.BoardEase()), ".") + "." + hold,
		literatureD: b.literatureDiffers(oneLine(p.PositionOfEase), oneLine(p.BoardEase()), p.Sources, p.Board),
		wrong:       b.fillWrong(id, keyOpt, [][]wrongOption{near, far}),
		spare:       append(slices.Clone(near), far...),
		from:        "the map " + m.Title + ", row " + p.Name + " (" + b.c.SourceNames(p.Sources) + ")",
		src:         mapSource(m.ID, p.ID, p.Name, "board/position-of-ease", p.Sources),
	})
}

// surfaceWord is "an anterior", "a posterior" or "a lateral".
func surfaceWord(surface string) string {
	if surface == "anterior" {
		return "an anterior"
	}
	return "a " + surface
}

// differences counts the respects in which two positions differ.
func differences(a, b ease) int {
	n := 0
	for _, d := range []bool{a.flexion != b.flexion, a.sideToward != b.sideToward, a.rotateToward != b.rotateToward} {
		if d {
			n++
		}
	}
	return n
}

// easeWhyNot says why a position is not the point's, in each respect in
// which it differs from the key: "that is E ST RT, but AC7 is folded into
// flexion, not extension, and rotates away from the point, not toward it."
func easeWhyNot(e, key ease, p techniques.TenderPoint) string {
	way := map[bool]string{true: "toward the point", false: "away from the point"}
	var parts []string
	if e.flexion != key.flexion {
		bend := map[bool]string{true: "flexion", false: "extension"}
		parts = append(parts, "is folded into "+bend[key.flexion]+", not "+bend[e.flexion])
	}
	if e.sideToward != key.sideToward {
		parts = append(parts, "side-bends "+way[key.sideToward]+", not "+strings.TrimSuffix(way[e.sideToward], " the point")+" it")
	}
	if e.rotateToward != key.rotateToward {
		parts = append(parts, "rotates "+way[key.rotateToward]+", not "+strings.TrimSuffix(way[e.rotateToward], " the point")+" it")
	}
	if len(parts) > 1 {
		parts = []string{strings.Join(parts[:len(parts)-1], ", ") + ", and " + parts[len(parts)-1]}
	}
	return "that is " + e.code() + ", but " + p.Name + " " + parts[0] + "."
}
