package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
	"github.com/omt-reference/omt/techniques/search"
)

// SearchResultJSON is one result of `omt search --json`: what it is, and the
// whole entry under the key of its kind.
type SearchResultJSON struct {
	Kind        search.Kind              `json:"kind"`
	ID          string                   `json:"id"`
	Name        string                   `json:"name"`
	Match       string                   `json:"match"`
	Technique   *TechniqueJSON           `json:"technique,omitempty"`
	Condition   *ConditionJSON           `json:"condition,omitempty"`
	Glossary    *techniques.GlossaryTerm `json:"glossary,omitempty"`
	Organ       *OrganJSON               `json:"organ,omitempty"`
	TenderPoint *techniques.TenderPoint  `json:"tender_point,omitempty"`
	MapRow      *techniques.TableRowRef  `json:"map_row,omitempty"`
	Level       *LevelJSON               `json:"level,omitempty"`
	Notation    *NotationJSON            `json:"notation,omitempty"`
}

// SearchJSON lists every result; techniques carry their screening, and the
// ones contraindicated for the patient are left out unless the listing asks
// for all.
func SearchJSON(x *search.Index, results []search.Result, matches []search.Match, l Listing) []SearchResultJSON {
	c := x.Catalog()
	shown := map[string]TechniqueJSON{}
	for _, t := range MatchesJSON(c, matches, l) {
		shown[t.ID] = t
	}
	out := []SearchResultJSON{}
	for _, r := range results {
		res := SearchResultJSON{Kind: r.Kind, ID: x.ResultID(r), Name: x.ResultName(r), Match: r.Tier.String()}
		if r.Kind == search.KindTechnique {
			t, ok := shown[res.ID]
			if !ok {
				continue // contraindicated and hidden
			}
			res.Technique = &t
		}
		resultEntry(x, r, &res)
		out = append(out, res)
	}
	return out
}

// resultEntry puts a result that is not a technique under the key of its kind.
func resultEntry(x *search.Index, r search.Result, res *SearchResultJSON) {
	c := x.Catalog()
	switch r.Kind {
	case search.KindCondition:
		cj := NewConditionJSON(c, c.Conditions[r.Index])
		res.Condition = &cj
	case search.KindGlossary:
		g := c.Glossary[r.Index]
		res.Glossary = &g
	case search.KindOrgan:
		o := NewOrganJSON(c, c.Maps.Organs.Rows[r.Index])
		res.Organ = &o
	case search.KindTenderPoint:
		p := c.Maps.TenderPoints.Rows[r.Index]
		res.TenderPoint = &p
	case search.KindMapRow:
		row := x.ResultRow(r)
		res.MapRow = &row
	case search.KindLevel:
		if l, err := notation.ParseLevel(r.Text); err == nil {
			lj := NewLevelJSON(atlas.AtLevel(c, l))
			res.Level = &lj
		}
	case search.KindNotation:
		if rd, err := atlas.ReadNotation(c, r.Text); err == nil {
			nj := NewNotationJSON(rd)
			res.Notation = &nj
		}
	}
}

// Search prints everything a query found, best first, saying what each
// result is; with patient flags, the techniques are listed apart,
// screened.
func (o Out) Search(x *search.Index, results []search.Result, matches []search.Match, l Listing) error {
	md := l.Format == FormatMarkdown
	fmt.Fprintf(o.W, "%s\n\n", heading(md, fmt.Sprintf("Results for %q, best first", l.Query)))
	if len(l.Patient) == 0 {
		o.results(x, results, md)
		_, err := fmt.Fprintf(o.W, "\n%s\n", Disclaimer)
		return err
	}
	var others []search.Result
	for _, r := range results {
		if r.Kind != search.KindTechnique {
			others = append(others, r)
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(o.W, "%s\n", subheading(md, "Conditions and glossary terms"))
		o.results(x, others, md)
		fmt.Fprintln(o.W)
	}
	if len(matches) == 0 {
		_, err := fmt.Fprintf(o.W, "No technique matches.\n\n%s\n", Disclaimer)
		return err
	}
	return o.Techniques(x.Catalog(), matches, l)
}

// results is a table of results in rank order, with their kind.
func (o Out) results(x *search.Index, results []search.Result, md bool) {
	if !md {
		o.resultTable(x, results)
		return
	}
	fmt.Fprintln(o.W, "| Kind | ID | Name |")
	fmt.Fprintln(o.W, "|---|---|---|")
	for _, r := range results {
		name := resultName(x, r)
		if h, ok := atlas.FindMapRow(x.Catalog(), x.ResultID(r)); ok && (r.Kind == search.KindTenderPoint || r.Kind == search.KindMapRow) {
			name += "<br>" + strings.Join(sheet.RowSummary(h), "<br>")
		}
		fmt.Fprintf(o.W, "| %s | `%s` | %s |\n", r.Kind, x.ResultID(r), name)
	}
}

// rowsInDetail is how many tender points and map rows of a search are
// summarised under their names; the rest are listed, and the footer says how
// to open any of them.
const rowsInDetail = 5

// resultTable is the text table of search results, best first. The first
// tender points and map rows get lines under their names with enough to act
// on (a point's location and position of ease) and how to open each whole.
func (o Out) resultTable(x *search.Index, results []search.Result) {
	w := o.W
	kindW, idW := len("KIND"), len("ID")
	for _, r := range results {
		kindW = max(kindW, len(string(r.Kind)))
		idW = max(idW, len(x.ResultID(r)))
	}
	indent := strings.Repeat(" ", kindW+2+idW+2)
	width := max(20, o.Width-len(indent))
	fmt.Fprintf(w, "%-*s  %-*s  %s\n", kindW, "KIND", idW, "ID", "NAME")
	rows := 0
	for _, r := range results {
		id := x.ResultID(r)
		fmt.Fprintf(w, "%-*s  %-*s  %s\n", kindW, r.Kind, idW, id, resultName(x, r))
		if r.Kind != search.KindTenderPoint && r.Kind != search.KindMapRow {
			continue
		}
		if rows++; rows > rowsInDetail {
			continue
		}
		if h, ok := atlas.FindMapRow(x.Catalog(), id); ok {
			rowSummary(w, sheet.RowSummary(h), indent, width)
		}
	}
	if rows > rowsInDetail {
		fmt.Fprintf(w, "\n%d tender points and map rows found; omt show ID opens any of them whole.\n", rows)
	}
}

// rowSummary writes a row's summary under its name, wrapped; the last line
// is a command, kept whole to copy.
func rowSummary(w io.Writer, summary []string, indent string, width int) {
	for i, line := range summary {
		if i < len(summary)-1 {
			line = strings.ReplaceAll(wordwrap(line, width), "\n", "\n"+indent+"  ")
		}
		fmt.Fprintln(w, indent+line)
	}
}

// resultName is a search result's name, marked as ListedName marks it.
func resultName(x *search.Index, r search.Result) string {
	if r.Kind == search.KindTechnique {
		return ListedName(&x.Catalog().Techniques[r.Index])
	}
	return x.ResultName(r)
}
