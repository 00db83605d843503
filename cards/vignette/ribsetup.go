package vignette

import (
	"regexp"
	"slices"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// exhaledGroups lists the exhaled rib groups the muscle and action vignettes
// ask about, one for each key rib from 1 to 11: the key rib (the top rib of
// an exhaled group) picks the muscle.
func exhaledGroups() []string {
	return []string{
		"ribs 1-2", "ribs 2-4", "ribs 3-5", "ribs 4-6", "ribs 5-7", "ribs 6-8", "ribs 7-9", "ribs 8-10", "ribs 9-10", "ribs 10-11", "ribs 11-12",
	}
}

// ribSetUpVignettes asks how a rib group is treated: which rib treatment is
// aimed at (the key rib), and for an exhaled group treated with muscle
// energy the muscle the patient contracts and what the patient does.
func (b *builder) ribSetUpVignettes() {
	t, ok := b.c.Maps.Table(mapRibDysfunctions)
	if !ok {
		return
	}
	for _, group := range ribGroups() {
		for _, kind := range []notation.RibKind{notation.Inhalation, notation.Exhalation} {
			side := []notation.Side{notation.Left, notation.Right}[choose(group+kind.String(), "side", 2)]
			if rc, ok := readRib(side, group, kind); ok {
				b.keyRibVignette(t, rc)
			}
		}
	}
	for _, group := range exhaledGroups() {
		side := []notation.Side{notation.Left, notation.Right}[choose(group, "side", 2)]
		if rc, ok := readRib(side, group, notation.Exhalation); ok {
			b.ribMuscleVignette(t, rc)
		}
		if rc, ok := readRib(side.Opposite(), group, notation.Exhalation); ok {
			b.ribActionVignette(t, rc)
		}
	}
}

// keyRibVignette asks which rib of a group treatment is aimed at. The wrong
// ribs are the others of the group, the rib at the other end first (the key
// rib of the other phase), and the rib just outside the group.
func (b *builder) keyRibVignette(t techniques.MapTable, rc ribCase) {
	row, ok := tableRowByID(t, rc.e.Key)
	if !ok {
		return
	}
	id := boardID(SetUp, "key-rib", slugOf(rc.d.String()))
	r := rc.d.Rib.Range
	if r.To.Number >= 11 {
		return // the floating ribs' key rib is taken as found (the rib-me-11-12 row)
	}
	var wrong []wrongOption
	for _, l := range r.Levels() {
		if l == rc.e.KeyRib {
			continue
		}
		why := "a middle rib of the group; it follows the rib that holds the group."
		if l == r.From || l == r.To {
			why = "the key rib of " + article(otherPhase(rc.d.Rib.Kind)) + " group (its other end), not of this one."
		}
		wrong = append(wrong, wrongOption{option{l.String(), capitalize(l.String())}, why})
	}
	for _, n := range []int{r.From.Number - 1, r.To.Number + 1} {
		if l := notation.R(n); l.Valid() {
			wrong = append(wrong, wrongOption{option{l.String(), capitalize(l.String())}, "outside the group, which moves normally."})
		}
	}
	ends := [][]wrongOption{nil, wrong}
	for _, w := range wrong {
		if w.key == r.From.String() || w.key == r.To.String() {
			ends[0] = append(ends[0], w)
		}
	}
	b.askBoard(boardItem{
		id: id, kind: SetUp, stem: b.ribStem(id, rc),
		lead: chooseText(id, "lead", "Treatment of the group is aimed at one rib. Which rib?",
			"Which rib should treatment of this group be directed at first?"),
		key:    option{rc.e.KeyRib.String(), capitalize(rc.e.KeyRib.String())},
		keyWhy: "The group is held in " + rc.d.Rib.Kind.String() + ", so the key rib is " + rc.e.KeyRib.String() + ": " + lower(oneLine(row.BoardValue("key_rib"))),
		wrong:  b.fillWrong(id, option{rc.e.KeyRib.String(), ""}, ends), from: b.rowCitation(t, row),
		src: mapSource(t.ID, row.ID, row.Name, "board/key-rib", row.Sources),
	})
}

// article is "an inhalation" or "an exhalation".
func article(k notation.RibKind) string { return "an " + k.String() }

// otherPhase is exhalation for inhalation and the reverse.
func otherPhase(k notation.RibKind) notation.RibKind {
	if k == notation.Inhalation {
		return notation.Exhalation
	}
	return notation.Inhalation
}

// ribMuscleRow is the rib-me row for the key rib of an exhaled group.
func (b *builder) ribMuscleRow(t techniques.MapTable, key notation.Level) (techniques.TableRow, bool) {
	for _, r := range t.Rows {
		if strings.HasPrefix(r.ID, ribMusclePrefix) && b.levelSet(r.Levels)[key] {
			return r, true
		}
	}
	return techniques.TableRow{}, false
}

// otherMuscleRows are the rib-me rows whose muscle may be offered as wrong
// for a key rib in row: not a muscle the row accepts (the literature's or
// board review's), nor one its note names (a school table that groups ribs
// 6-10 under serratus anterior and latissimus dorsi together).
func (b *builder) otherMuscleRows(t techniques.MapTable, row techniques.TableRow) []techniques.TableRow {
	accepted := []option{opt(oneLine(row.Value("muscle"))), opt(oneLine(row.BoardValue("muscle")))}
	var out []techniques.TableRow
	for _, o := range t.Rows {
		m := oneLine(o.BoardValue("muscle"))
		if o.ID == row.ID || !strings.HasPrefix(o.ID, ribMusclePrefix) || b.overlapsAny(m, accepted) ||
			b.containsWords(row.Note, m) || b.containsWords(o.Note, oneLine(row.BoardValue("muscle"))) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// ribMuscleVignette asks which muscle the patient contracts when an exhaled
// group is treated with muscle energy. The key rib (the top rib) picks the
// rib-me row; board review's muscle is keyed, the literature's named in the
// explanation, and neither is ever offered as wrong.
func (b *builder) ribMuscleVignette(t techniques.MapTable, rc ribCase) {
	row, ok := b.ribMuscleRow(t, rc.e.KeyRib)
	if !ok {
		return
	}
	id := boardID(SetUp, "muscle", slugOf(rc.d.String()))
	key := oneLine(row.BoardValue("muscle"))
	var wrong []wrongOption
	for _, o := range b.otherMuscleRows(t, row) {
		m := oneLine(o.BoardValue("muscle"))
		wrong = append(wrong, wrongOption{opt(m), "the muscle for a key rib at " + strings.ToLower(oneLine(o.Value("ribs"))) +
			"; this group's key rib is " + rc.e.KeyRib.String() + "."})
	}
	b.askBoard(boardItem{
		id: id, kind: SetUp,
		stem: b.ribStem(id, rc) + "\n" + chooseText(id, "plan", "You treat the group with muscle energy.", "You choose muscle energy for this group."),
		lead: chooseText(id, "lead", "Which muscle does the patient contract?", "Which muscle should the patient use against your counterforce?"),
		key:  opt(key),
		keyWhy: "An exhaled group is treated through its top rib, " + rc.e.KeyRib.String() + "; muscle energy uses a muscle attached to it: " +
			lower(key) + " (" + lower(row.Name) + "). Patient's action: " + oneLine(row.BoardValue("patient_action")),
		literatureD: b.literatureDiffers(oneLine(row.Value("muscle")), key, row.Sources, row.Board),
		wrong:       b.pickWrong(id, opt(key), wrong, choicesPerCard-1), from: b.rowCitation(t, row),
		src: mapSource(t.ID, row.ID, row.Name, "board/muscle", row.Sources),
	})
}

var holdAction = regexp.MustCompile(`While breathing in and holding the breath, (.+?) against equal resistance`)

// ribAction is what the patient does in a rib-me row, in a few words: "push
// the elbow toward the opposite hip"; "" when the row does not say it so.
func ribAction(r techniques.TableRow) string {
	if m := holdAction.FindStringSubmatch(oneLine(r.BoardValue("patient_action"))); m != nil {
		return m[1]
	}
	return ""
}

// ribActionVignette asks what the patient does, breathing in and holding
// the breath, when an exhaled group is treated with muscle energy. The
// options are the actions of the rib-me rows that say one.
func (b *builder) ribActionVignette(t techniques.MapTable, rc ribCase) {
	row, ok := b.ribMuscleRow(t, rc.e.KeyRib)
	action := ribAction(row)
	if !ok || action == "" {
		return
	}
	id := boardID(SetUp, "action", slugOf(rc.d.String()))
	var wrong []wrongOption
	var seen []string
	for _, o := range b.otherMuscleRows(t, row) {
		a := ribAction(o)
		if a == "" || a == action || slices.Contains(seen, a) {
			continue
		}
		seen = append(seen, a)
		wrong = append(wrong, wrongOption{opt(capitalize(a)), "the action for " + lower(o.Name) + ", which contracts " + lower(oneLine(o.BoardValue("muscle"))) + "."})
	}
	b.askBoard(boardItem{
		id: id, kind: SetUp,
		stem: b.ribStem(id, rc) + "\n" + chooseText(id, "plan", "You treat the group with muscle energy, the patient supine.",
			"You set up muscle energy for this group with the patient supine."),
		lead: chooseText(id, "lead", "Breathing in and holding the breath, what does the patient do against your equal resistance?",
			"What is the patient asked to do, against equal resistance, while holding a deep breath?"),
		key: opt(capitalize(action)),
		keyWhy: "The key rib of an exhaled group is the top rib, " + rc.e.KeyRib.String() + ", and " + lower(oneLine(row.BoardValue("muscle"))) +
			" pulls it up. " + oneLine(row.BoardValue("patient_action")),
		wrong: b.pickWrong(id, opt(capitalize(action)), wrong, choicesPerCard-1), from: b.rowCitation(t, row),
		src: mapSource(t.ID, row.ID, row.Name, "board/action", row.Sources),
	})
}
