package bodychart

import (
	"strconv"

	"github.com/omt-reference/omt/notation"
)

// structures are the lines drawn inside the outline, from the landmark
// table, so that what is drawn is where the points were placed from. A
// line of one place is a dot. fine adds the ribs' ends and the single
// spinous processes, which only a close picture keeps apart.
func (ch *Chart) structures(v View, fine bool) [][]Pos {
	lm := func(id string) Pos { return ch.landmarks[id].Pos }
	var lines [][]Pos
	paired := func(ps ...Pos) {
		left := append([]Pos{}, ps...)
		right := make([]Pos, len(ps))
		for i, p := range ps {
			right[i] = Pos{-p.X, p.Y}
		}
		lines = append(lines, left, right)
	}
	if v == Front {
		jugular, xiphoid := lm("jugular-notch"), lm("xiphoid-tip")
		lines = append(lines, []Pos{jugular, xiphoid}) // the sternum
		angle := lm("sternal-angle")
		lines = append(lines, []Pos{{-xSternalEdge, angle.Y}, {xSternalEdge, angle.Y}})
		paired(lm("clavicle-medial"), lm("clavicle-rib1"), lm("acromioclavicular"))
		paired(lm("rib-7-front"), lm("rib-8-front"), lm("rib-9-front"), lm("rib-10-front")) // the costal margin
		paired(lm("asis"), lm("iliac-crest-front"))
		paired(lm("asis"), lm("pubic-tubercle"))                                                              // the inguinal ligament
		lines = append(lines, []Pos{lm("pubic-tubercle"), {-lm("pubic-tubercle").X, lm("pubic-tubercle").Y}}) // the pubic crest
		u := lm("umbilicus")
		lines = append(lines, []Pos{{-cm(0.8), u.Y}, {0, u.Y - cm(0.8)}, {cm(0.8), u.Y}, {0, u.Y + cm(0.8)}, {-cm(0.8), u.Y}})
		if fine {
			for n := 1; n <= 7; n++ {
				r := lm("rib-" + strconv.Itoa(n) + "-front")
				paired(r, Pos{r.X + cm(3), r.Y})
			}
		}
		return lines
	}
	// The back.
	paired(lm("scapula-superior-angle"), lm("scapula-inferior-angle"), Pos{0.108, 0.232}, lm("acromion-back"))
	paired(lm("scapular-spine-root"), lm("acromion-back"))
	paired(lm("psis"), Pos{cm(8), levelY(notation.L(4)) + cm(1)}, lm("iliac-crest"), Pos{0.094, 0.42}) // the iliac crest
	coccyx := Pos{0, levelY(notation.S(5)) + cm(3)}
	paired(lm("psis"), lm("ila"), coccyx) // the sacrum
	lines = append(lines, []Pos{coccyx, {0, 0.525}})
	lines = append(lines, []Pos{lm("inion")})
	knee := ch.fig.j.knee
	paired(Pos{knee.X - 0.018, knee.Y}, Pos{knee.X + 0.018, knee.Y}) // the popliteal crease
	if fine {
		for l := notation.C(2); ; l, _ = l.Next() {
			lines = append(lines, []Pos{{0, levelY(l)}})
			if l == notation.L(5) {
				break
			}
		}
	} else {
		lines = append(lines, []Pos{lm("vertebra-prominens"), {0, levelY(notation.L(5))}})
	}
	return lines
}
