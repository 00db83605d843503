package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/safetext"
)

// Out is where a text answer goes and how it looks there: the writer (a
// colour writer on a terminal), the styles, the width text wraps to, and
// the width a table may fill.
type Out struct {
	W      io.Writer
	Styles *Styles
	// Width is what text wraps to: the terminal's width up to 100, or 80
	// when the answer goes to a pipe.
	Width int
	// TableWidth is what a table may fill: the terminal's whole width, or
	// 80 when the answer goes to a pipe.
	TableWidth int
}

// Document prints one titled document and the disclaimer.
func (o Out) Document(title, subtitle string, secs []sheet.Section) error {
	fmt.Fprintln(o.W, Document(title, subtitle, secs, o.Styles, o.Width))
	_, err := fmt.Fprintf(o.W, "\n%s\n", Disclaimer)
	return err
}

// Doc is one of the documents an answer prints.
type Doc struct {
	Title, Subtitle string
	Sections        []sheet.Section
}

// Matches prints the documents a word matched (conditions, organs): how
// many, when there are several, then each, then the disclaimer once.
func (o Out) Matches(what, query string, docs []Doc) error {
	if len(docs) > 1 {
		fmt.Fprintf(o.W, "%d %s match %q:\n\n", len(docs), what, query)
	}
	for _, d := range docs {
		fmt.Fprintln(o.W, Document(d.Title, d.Subtitle, d.Sections, o.Styles, o.Width))
		fmt.Fprintln(o.W)
	}
	_, err := fmt.Fprintln(o.W, Disclaimer)
	return err
}

// WriteJSON prints a value as indented JSON, with the C1 and bidi controls
// that encoding/json leaves raw written as \u escapes (safetext.EscapeJSON),
// so that printing it acts on no terminal.
func WriteJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(safetext.EscapeJSON(buf.Bytes()))
	return err
}

// newTable is a list in aligned columns, two spaces apart.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// heading is a line that heads an answer, a markdown heading in markdown.
func heading(md bool, s string) string {
	if md {
		return "## " + s
	}
	return s
}

// subheading heads a part of an answer.
func subheading(md bool, s string) string {
	if md {
		return "### " + s
	}
	return s
}

// joinMax joins at most n items, and "…" for the rest.
func joinMax(xs []string, n int) string {
	if len(xs) > n {
		xs = append(xs[:n:n], "…")
	}
	return strings.Join(xs, ", ")
}

// mapSlice converts every element; the result is never nil, so JSON prints [].
func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// wordwrap wraps text at spaces and hyphens to width columns, keeping
// words whole (a URL stays whole).
func wordwrap(s string, width int) string { return ansi.Wordwrap(s, width, "") }
