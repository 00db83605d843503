package timerview

import (
	"fmt"
	"strings"
	"time"

	"github.com/omt-reference/omt/render"
)

// digitFont is the 3x5 bitmap of a character a clock shows; '#' is a lit
// pixel. Drawn two cells wide a pixel, it reads as square in a terminal cell.
func digitFont(r rune) [5]string {
	switch r {
	case '0':
		return [5]string{"###", "#.#", "#.#", "#.#", "###"}
	case '1':
		return [5]string{".#.", "##.", ".#.", ".#.", "###"}
	case '2':
		return [5]string{"###", "..#", "###", "#..", "###"}
	case '3':
		return [5]string{"###", "..#", "###", "..#", "###"}
	case '4':
		return [5]string{"#.#", "#.#", "###", "..#", "..#"}
	case '5':
		return [5]string{"###", "#..", "###", "..#", "###"}
	case '6':
		return [5]string{"###", "#..", "###", "#.#", "###"}
	case '7':
		return [5]string{"###", "..#", "..#", "..#", "..#"}
	case '8':
		return [5]string{"###", "#.#", "###", "#.#", "###"}
	case '9':
		return [5]string{"###", "#.#", "###", "..#", "###"}
	case ':':
		return [5]string{".", "#", ".", "#", "."}
	}
	return [5]string{"...", "...", "...", "...", "..."}
}

// sevenSegment is a character of the three-line ASCII clock face, for a
// small terminal that cannot show block characters.
func sevenSegment(r rune) [3]string {
	switch r {
	case '0':
		return [3]string{" _ ", "| |", "|_|"}
	case '1':
		return [3]string{"   ", "  |", "  |"}
	case '2':
		return [3]string{" _ ", " _|", "|_ "}
	case '3':
		return [3]string{" _ ", " _|", " _|"}
	case '4':
		return [3]string{"   ", "|_|", "  |"}
	case '5':
		return [3]string{" _ ", "|_ ", " _|"}
	case '6':
		return [3]string{" _ ", "|_ ", "|_|"}
	case '7':
		return [3]string{" _ ", "  |", "  |"}
	case '8':
		return [3]string{" _ ", "|_|", "|_|"}
	case '9':
		return [3]string{" _ ", "|_|", " _|"}
	case ':':
		return [3]string{" ", ".", "."}
	}
	return [3]string{"   ", "   ", "   "}
}

// The sizes of a clock: five lines of blocks to read from arm's length,
// three in a small terminal, and one line of ordinary text when even that
// does not fit.
const (
	clockLarge   = 5
	clockCompact = 3
	clockPlain   = 1
)

// bigClock draws s (digits and colons) rows lines high: with blocks (or #)
// at clockLarge; with half blocks, or seven ASCII segments, at clockCompact.
func bigClock(s string, rows int, g render.Glyphs) []string {
	lines := make([]string, rows)
	ascii := g.Block != "█"
	for i, r := range s {
		for row := range lines {
			if i > 0 {
				lines[row] += " "
			}
			lines[row] += clockCell(r, row, rows, g, ascii)
		}
	}
	return lines
}

func clockCell(r rune, row, rows int, g render.Glyphs, ascii bool) string {
	if rows == clockCompact && ascii {
		return sevenSegment(r)[row]
	}
	bitmap := digitFont(r)
	lit := func(y, x int) bool { return y < len(bitmap) && bitmap[y][x] == '#' }
	var b strings.Builder
	for x := range len(bitmap[0]) {
		if rows == clockLarge {
			if lit(row, x) {
				b.WriteString(g.Block + g.Block)
			} else {
				b.WriteString("  ")
			}
			continue
		}
		// Two pixel rows a line, with half blocks.
		top, bottom := lit(2*row, x), lit(2*row+1, x)
		switch {
		case top && bottom:
			b.WriteString("█")
		case top:
			b.WriteString("▀")
		case bottom:
			b.WriteString("▄")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// clockText writes a duration as a clock reads: whole seconds below a minute
// ("45"), minutes and seconds from one ("1:30"). A countdown rounds up, so
// that it shows 1 until the very end and never 0 while time is left.
func clockText(d time.Duration, roundUp bool) string {
	secs := int(d / time.Second)
	if roundUp && d%time.Second != 0 {
		secs++
	}
	if secs < 60 {
		return fmt.Sprint(secs)
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}
