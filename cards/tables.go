package cards

import (
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

// The table maps and columns this file asks about by name. Row ids for the
// rib groups come from notation.Diagnosis.Key, which names them too.
const (
	mapRibDysfunctions        = "rib-dysfunctions"
	mapSacralDysfunctions     = "sacral-dysfunctions"
	mapInnominateDysfunctions = "innominate-dysfunctions"
	ribMusclePrefix           = "rib-me-" // rows of the muscle used for each exhaled rib group
)

// landmarkColumns are the findings that tell one row of a table from
// another, for the "which diagnosis fits these findings?" cards. Columns
// that name the answer (the axis, what the sacrum did, "motion is free into
// anterior rotation") are left out.
func landmarkColumns(mapID string) []string {
	switch mapID {
	case mapSacralDysfunctions:
		return []string{"deep_sulcus", "posterior_ila", "seated_flexion", "spring_sphinx"}
	case mapInnominateDysfunctions:
		return []string{"standing_flexion", "asis", "psis", "pubic_tubercle", "medial_malleolus"}
	}
	return nil
}

// tableCards asks every table map row as a recall card, and adds the
// high-yield questions: the key rib of a rib group, the muscle used for each
// exhaled rib group, and the sacral and innominate diagnosis from its
// landmarks.
func (b *builder) tableCards() {
	for _, t := range b.c.Maps.Tables {
		for _, r := range t.Rows {
			b.rowCard(t, r)
		}
		if cols := landmarkColumns(t.ID); cols != nil {
			for _, r := range t.Rows {
				b.landmarkCard(t, r, cols)
			}
		}
	}
	if t, ok := b.c.Maps.Table(mapRibDysfunctions); ok {
		b.ribCards(t)
	}
}

func tableSource(t techniques.MapTable, r techniques.TableRow, field string) Source {
	return mapSource(t.ID, r.ID, r.Name, field, r.Sources)
}

// rowCard asks for everything one row of a table says. Where board review
// and the literature differ in a cell, the card keys board review's answer
// and names the literature's below it, as every other card does.
func (b *builder) rowCard(t techniques.MapTable, r techniques.TableRow) {
	var titles, lines, differs []string
	for _, col := range t.Columns {
		lit, board := oneLine(r.Value(col.Key)), oneLine(r.BoardValue(col.Key))
		if lit == "" && board == "" {
			continue
		}
		titles = append(titles, lower(col.Title))
		lines = append(lines, col.Title+": "+board)
		switch {
		case lit == board:
		case lit == "":
			differs = append(differs, col.Title+": none given.")
		default:
			differs = append(differs, col.Title+": "+sentence(lit))
		}
	}
	if len(lines) == 0 {
		return
	}
	back := strings.Join(lines, "\n")
	if len(differs) > 0 {
		back += "\n\nKeyed: board review's answer. The literature differs (" + b.c.LiteratureNames(r.Sources, r.Board) +
			"): " + strings.Join(differs, " ")
	}
	src := tableSource(t, r, "row")
	b.recall(mapCardID(t.ID, r.ID, src.Field), t.Title+": "+r.Name+". Recall its "+strings.Join(titles, "; ")+".",
		back, src, []string{mapDeck(t.ID)})
}

// sentence ends a value with a full stop, so values can follow each other.
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// landmarkCard asks which row fits a row's landmark findings. A row is a
// wrong answer only if at least one finding plainly differs: "Right" and
// "Right (the left sulcus is shallow)" do not, so rows alike in every shown
// finding are never offered against each other.
func (b *builder) landmarkCard(t techniques.MapTable, r techniques.TableRow, cols []string) {
	var findings []string
	for _, key := range cols {
		v := r.Value(key)
		if v == "" {
			return
		}
		findings = append(findings, columnTitle(t, key)+": "+oneLine(v))
	}
	var wrong []option
	for _, o := range t.Rows {
		if o.ID != r.ID && !b.overlaps(o.Name, r.Name) && b.differsIn(r, o, cols) {
			wrong = append(wrong, option{key: o.ID, text: o.Name})
		}
	}
	src := tableSource(t, r, "landmarks")
	b.ask(question{
		kind: Choice, id: mapCardID(t.ID, r.ID, src.Field),
		front:  "Which dysfunction fits these findings?\n" + bullets(findings),
		answer: option{key: r.ID, text: r.Name},
		pools:  [][]option{wrong}, src: src, decks: []string{mapDeck(t.ID)},
	})
}

// differsIn reports whether two rows plainly differ in at least one column.
func (b *builder) differsIn(r, o techniques.TableRow, cols []string) bool {
	for _, key := range cols {
		if x, y := r.Value(key), o.Value(key); x != "" && y != "" && !b.overlaps(x, y) {
			return true
		}
	}
	return false
}

func columnTitle(t techniques.MapTable, key string) string {
	for _, c := range t.Columns {
		if c.Key == key {
			return c.Title
		}
	}
	return key
}

// ribCards asks the key rib of an inhaled and an exhaled group, and the
// muscle that muscle energy uses for each exhaled rib group.
func (b *builder) ribCards(t techniques.MapTable) {
	for _, group := range []string{"ribs 3-5 inhalation dysfunction", "ribs 3-5 exhalation dysfunction"} {
		d, err := notation.Parse(group)
		if err != nil {
			continue
		}
		for _, r := range t.Rows {
			if r.ID == d.Key() && r.Value("key_rib") != "" {
				src := tableSource(t, r, "key-rib")
				b.recall(mapCardID(t.ID, r.ID, src.Field), r.Name+": which rib of the group is the key rib?",
					oneLine(r.BoardValue("key_rib")), src, []string{mapDeck(t.ID)})
			}
		}
	}
	for _, r := range t.Rows {
		if !strings.HasPrefix(r.ID, ribMusclePrefix) || r.BoardValue("muscle") == "" {
			continue
		}
		// the literature's muscle is as right as board review's: never a wrong answer
		accepted := []option{opt(oneLine(r.Value("muscle"))), opt(oneLine(r.BoardValue("muscle")))}
		var wrong []option
		for _, o := range t.Rows {
			m := oneLine(o.BoardValue("muscle"))
			if o.ID != r.ID && strings.HasPrefix(o.ID, ribMusclePrefix) && !b.overlapsAny(m, accepted) {
				wrong = append(wrong, opt(m))
			}
		}
		why := "Patient's action: " + oneLine(r.BoardValue("patient_action"))
		if d := b.literatureDiffers(oneLine(r.Value("muscle")), oneLine(r.BoardValue("muscle")), r.Sources, r.Board); d != "" {
			why += "\n" + d
		}
		src := tableSource(t, r, "muscle")
		b.ask(question{
			kind: Choice, id: mapCardID(t.ID, r.ID, src.Field),
			front:  r.Name + ": which muscle does the patient contract in muscle energy?",
			answer: opt(oneLine(r.BoardValue("muscle"))),
			why:    why,
			pools:  [][]option{wrong}, src: src, decks: []string{mapDeck(t.ID)},
		})
	}
}
