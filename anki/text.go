package anki

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The text file's columns: the GUID first (Anki's own export puts it there,
// and a GUID never starts with "#", which Anki's reader takes for a comment
// at the start of any line), the note type's fields, then the tags.
const (
	guidColumn = 1
	tagsColumn = guidColumn + fieldCount + 1
)

// TextHeader is the file's header: the lines Anki's manual documents under
// "File Headers", in the order Anki writes its own ("#separator:" first, as
// "#columns:" is split with it), then a comment for the person who opens
// the file. Anki stops reading headers at the first line not starting with
// "#".
func TextHeader() []string {
	names := []string{"GUID"}
	for _, f := range Fields() {
		names = append(names, f.Name)
	}
	names = append(names, "Tags")
	return []string{
		"#separator:tab",
		"#html:true",
		fmt.Sprintf("#guid column:%d", guidColumn),
		"#notetype:" + NoteTypeName,
		"#deck:" + DeckName,
		fmt.Sprintf("#tags column:%d", tagsColumn),
		"#columns:" + strings.Join(names, "\t"),
		"# Import omt.apkg into Anki once first, so that the " + NoteTypeName + " note type exists;" +
			" this file then updates the notes it made",
	}
}

// WriteText writes the notes as Anki's text import: the header, then a note
// a line, tab-separated, each field quoted when it must be.
//
// Anki reads the file as CSV: a field that holds the separator, a double
// quote or a line break is wrapped in double quotes, and a double quote in
// it is written twice. The fields are HTML (#html:true), so line breaks are
// already <br> and Anki stores the text as it is.
func WriteText(w io.Writer, notes []Note) error {
	bw := bufio.NewWriter(w)
	for _, line := range TextHeader() {
		bw.WriteString(line + "\n")
	}
	for _, n := range notes {
		columns := append([]string{n.GUID}, n.fields()...)
		columns = append(columns, strings.Join(n.Tags, " "))
		for i, c := range columns {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(quoteField(c))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// quoteField quotes a field as CSV does when it must: when it holds the
// separator, a quote or a line break, or starts with "#", which would make
// a line of it a comment.
func quoteField(s string) string {
	if !strings.ContainsAny(s, "\t\"\r\n") && !strings.HasPrefix(s, "#") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
