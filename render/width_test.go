package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// widthPieces are what random lines are made of: the text omt draws, every
// kind of text that x/ansi measures differently from a rune count, and the
// escape sequences a styled line carries.
var widthPieces = []string{
	"a", "Lumbar ", "T10", " ", "-", "é", "ü", "ß", "ñ", "Ω", "λ", "Ж", "ж",
	"•", "·", "…", "◆", "≡", "◇", "≠", "★", "▸", "✗", "×", "█", "░", "↓", "─", "┃", "╭", "≥", "→",
	"漢字", "ひらがな", "Ａ", "한국", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "❤️", "☺", "⚠", "◽", "⌚",
	"e\u0301", "a\u0308", "\u0483", "\u0301", "\u200b", "\u200d", "\u2060", "\u2066", "\u00ad", "\u2028",
	"\x1b[1;31m", "\x1b[0m", "\x1b[38;2;1;2;3m", "\x1b[m", "\x1b]8;;http://x\x1b\\", "\x1b]8;;\x07",
	"\x1bP1$r\x1b\\", "\x1b7", "\x1b[?25l", "\x1b", "\t", "\n", "\x07", "\x7f", "\u0085", "\u009b", "\xff", "\xe2\x80",
}

// randomLine strings random pieces together, with now and then a random
// rune from anywhere in the planes people write in.
func randomLine(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(12) {
		if r.IntN(6) == 0 {
			b.WriteRune(rune(r.IntN(0x30000)))
			continue
		}
		b.WriteString(widthPieces[r.IntN(len(widthPieces))])
	}
	return b.String()
}

// TestWidthIsAnsiStringWidth: Width measures every line as x/ansi does, on
// random text of every kind and on every rune, alone, between letters and
// twice over (a rune that joined its neighbours' cluster would count
// differently there).
func TestWidthIsAnsiStringWidth(t *testing.T) {
	for c := rune(0); c < 0x30000; c++ {
		if !utf8.ValidRune(c) {
			continue
		}
		for _, s := range []string{string(c), "a" + string(c) + "b", string(c) + string(c)} {
			if got, want := Width(s), ansi.StringWidth(s); got != want {
				t.Fatalf("Width(%+q) = %d, x/ansi says %d", s, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		s := randomLine(r)
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Fatalf("Width(%+q) = %d, x/ansi says %d", s, got, want)
		}
	}
}

// TestTruncateIsAnsiTruncate: Truncate cuts every line as x/ansi does, at
// every width and with every tail omt uses.
func TestTruncateIsAnsiTruncate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	tails := []string{"", "…", "...", "→", "漢"}
	for range 100000 {
		s, tail, w := randomLine(r), tails[r.IntN(len(tails))], r.IntN(16)-2
		if got, want := Truncate(s, w, tail), ansi.Truncate(s, w, tail); got != want {
			t.Fatalf("Truncate(%+q, %d, %q) = %+q, x/ansi says %+q", s, w, tail, got, want)
		}
	}
}

// styledRow is a line as the browser draws it: a painted row of the list.
const styledRow = "\x1b[38;2;29;78;216m┃\x1b[m \x1b[1;38;2;185;28;28m✗\x1b[m\x1b[1;38;2;29;78;216m Muscle energy, lumbar (side-lying) · T10–L5\x1b[m \x1b[38;2;107;114;128mdirect   active \x1b[m"

func BenchmarkWidth(b *testing.B) {
	for _, bc := range []struct {
		name string
		f    func(string) int
	}{{"counting", Width}, {"x-ansi", ansi.StringWidth}} {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				bc.f(styledRow)
			}
		})
	}
}

func BenchmarkTruncate(b *testing.B) {
	const name = "Facilitated positional release, thoracic (seated) · T1–T12 and the first rib"
	for _, bc := range []struct {
		name string
		f    func(string, int, string) string
	}{{"counting", Truncate}, {"x-ansi", ansi.Truncate}} {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				bc.f(name, 40, "…")
			}
		})
	}
}
