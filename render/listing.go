package render

import (
	"fmt"
	"io"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// The formats an answer is printed in.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatJSON     = "json"
)

// Listing is how a set of techniques is printed: omt list, search and show.
type Listing struct {
	Format    string   // FormatText, FormatMarkdown or FormatJSON
	Patient   []string // the flag ids screened for
	All       bool     // contraindicated techniques are listed too, in their own section
	Condition string   // the condition the list is for, if any
	Grouped   bool     // the condition is one of several a word named
	Faceted   bool     // facets narrowed the list
	Filters   string   // the facets, spelled for a heading
	Query     string   // the search query, if any
}

// TechniqueJSON is a technique as scripts see it, with its screening and
// search rank when those apply.
type TechniqueJSON struct {
	techniques.Technique
	Match     string                `json:"match,omitempty"`
	Screening *techniques.Screening `json:"screening,omitempty"`
	// Condition is the condition the entry was listed under, when a word
	// named several ("pregnancy").
	Condition string `json:"listed_for,omitempty"`
}

// screened is a match with its verdict for the patient.
type screened struct {
	search.Match
	screening techniques.Screening
}

// group sorts matches into ok, caution and contraindicated, keeping rank order in each.
func group(c *techniques.Catalog, matches []search.Match, flags []string) (ok, caution, contra []screened) {
	for _, m := range matches {
		s := screened{m, c.Screen(*m.Technique, flags)}
		switch s.screening.Status {
		case techniques.StatusContraindicated:
			contra = append(contra, s)
		case techniques.StatusCaution:
			caution = append(caution, s)
		default:
			ok = append(ok, s)
		}
	}
	return ok, caution, contra
}

// shownMatches screens matches and keeps those the listing shows: usable
// ones, then (with All) the contraindicated ones.
func shownMatches(c *techniques.Catalog, matches []search.Match, l Listing) (ok, caution, contra, shown []screened) {
	ok, caution, contra = group(c, matches, l.Patient)
	shown = append(append([]screened{}, ok...), caution...)
	if l.All {
		shown = append(shown, contra...)
	}
	return ok, caution, contra, shown
}

// MatchesJSON is the JSON of the matches a listing shows.
func MatchesJSON(c *techniques.Catalog, matches []search.Match, l Listing) []TechniqueJSON {
	_, _, _, shown := shownMatches(c, matches, l)
	return mapSlice(shown, func(s screened) TechniqueJSON {
		out := TechniqueJSON{Technique: *s.Technique}
		if l.Query != "" {
			out.Match = s.Tier.String()
		}
		if len(l.Patient) > 0 {
			sc := s.screening
			out.Screening = &sc
		}
		if l.Grouped {
			out.Condition = l.Condition
		}
		return out
	})
}

// WhyEmpty says why a listing for a condition shows no technique: the
// catalogue's note for a condition no source names a technique for, or the
// filters that left none; "" when there is nothing to say.
func WhyEmpty(c *techniques.Catalog, matches int, l Listing) string {
	x, ok := c.Condition(l.Condition)
	switch {
	case matches > 0 || l.Condition == "" || !ok:
		return ""
	case c.CountFor(x.ID) == 0 && x.TechniquesNote != "":
		return fmt.Sprintf("Nothing to list for %s. %s See `omt condition %s` for its red flags and evidence.",
			x.Name, x.TechniquesNote, x.ID)
	case l.Faceted:
		return fmt.Sprintf("None of the %d techniques for %s fits the filters given.", c.CountFor(x.ID), x.Name)
	}
	return ""
}

// Techniques prints the matches a listing shows, in text or markdown: one
// table, or with patient flags one per verdict, each contraindication's
// reasons under it, then what the screening did not check.
func (o Out) Techniques(c *techniques.Catalog, matches []search.Match, l Listing) error {
	ok, caution, contra, shown := shownMatches(c, matches, l)
	md, w := l.Format == FormatMarkdown, o.W
	if x, found := c.Condition(l.Condition); found {
		fmt.Fprintf(w, "%s\n\n", heading(md, fmt.Sprintf("Techniques used for %s", x.Name)))
	}
	if l.Filters != "" && !l.Grouped {
		fmt.Fprintf(w, "Filtered by %s: %d of %d techniques\n\n", l.Filters, len(matches), len(c.Techniques))
	}
	// One disclaimer per answer: a group of several conditions ends with its own.
	disclaimer := "\n" + Disclaimer + "\n"
	if l.Grouped {
		disclaimer = "\n"
	}
	if why := WhyEmpty(c, len(matches), l); why != "" {
		_, err := fmt.Fprintf(w, "%s\n%s", why, disclaimer)
		return err
	}
	if len(l.Patient) == 0 {
		techniqueTable(w, shown, md, false)
		_, err := fmt.Fprint(w, disclaimer)
		return err
	}
	sections := []struct {
		title string
		rows  []screened
		show  bool
	}{
		{"OK for the flags entered", ok, true},
		{"Caution (relative contraindication)", caution, true},
		{"Contraindicated (absolute contraindication)", contra, l.All},
	}
	for _, s := range sections {
		if !s.show {
			continue
		}
		fmt.Fprintf(w, "%s\n", subheading(md, fmt.Sprintf("%s: %d", s.title, len(s.rows))))
		if len(s.rows) > 0 {
			techniqueTable(w, s.rows, md, true)
		}
		fmt.Fprintln(w)
	}
	if !l.All && len(contra) > 0 {
		fmt.Fprintf(w, "%d contraindicated technique(s) hidden; --all lists them with the reasons.\n\n", len(contra))
	}
	_, err := fmt.Fprintf(w, "%s\n%s", c.ScreeningNotice(l.Patient), disclaimer)
	return err
}

// techniqueTable is the techniques' ids, names and classification, with
// the reasons a patient's flags touch each when asked.
func techniqueTable(w io.Writer, rows []screened, md, reasons bool) {
	if md {
		fmt.Fprintln(w, "| ID | Name | Approach | Participation |")
		fmt.Fprintln(w, "|---|---|---|---|")
		for _, r := range rows {
			t := r.Technique
			fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", t.ID, ListedName(t), t.Approach, t.Participation)
			if reasons {
				for _, why := range r.screening.Reasons {
					fmt.Fprintf(w, "| | %s (%s): %s | | |\n", why.Name, why.Kind, why.Note)
				}
			}
		}
		return
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "ID\tNAME\tAPPROACH\tPARTICIPATION")
	for _, r := range rows {
		t := r.Technique
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.ID, ListedName(t), t.Approach, t.Participation)
	}
	_ = tw.Flush()
	if !reasons {
		return
	}
	for _, r := range rows {
		for _, why := range r.screening.Reasons {
			fmt.Fprintf(w, "  %s: %s (%s): %s\n", r.Technique.ID, why.Name, why.Kind, why.Note)
		}
	}
}

// ListedName is a technique's name in a list, with "[local]" or
// "[overlaid]" after it when a school overlay wrote it or changed it.
func ListedName(t *techniques.Technique) string {
	if label := t.LocalLabel(); label != "" {
		return t.Name + " [" + label + "]"
	}
	return t.Name
}

// ConditionMatches are the techniques listed for one of the conditions a
// word named.
type ConditionMatches struct {
	Condition string
	Matches   []search.Match
}

// GroupedJSON is the JSON of a listing for several conditions: one flat
// array, each entry naming the condition it was listed under.
func GroupedJSON(c *techniques.Catalog, groups []ConditionMatches, l Listing) []TechniqueJSON {
	all := []TechniqueJSON{}
	for _, g := range groups {
		l.Condition, l.Grouped = g.Condition, true
		all = append(all, MatchesJSON(c, g.Matches, l)...)
	}
	return all
}

// Grouped prints a listing for the several conditions a word named: a
// heading, then the techniques of each, then the disclaimer once.
func (o Out) Grouped(c *techniques.Catalog, word string, groups []ConditionMatches, l Listing) error {
	fmt.Fprintf(o.W, "%s\n\n", heading(l.Format == FormatMarkdown,
		fmt.Sprintf("%d conditions match %q; the techniques of each follow", len(groups), word)))
	for _, g := range groups {
		l.Condition, l.Grouped = g.Condition, true
		if err := o.Techniques(c, g.Matches, l); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(o.W, Disclaimer)
	return err
}

// techniqueSections are a technique's sheet, under the patient's
// screening when flags were given.
func techniqueSections(c *techniques.Catalog, t techniques.Technique, sc *techniques.Screening) []sheet.Section {
	secs := sheet.Technique(c, t)
	if sc != nil {
		secs = append([]sheet.Section{sheet.Screening(c, *sc)}, secs...)
	}
	return secs
}

// Show prints one technique's sheet, under the patient's screening when
// flags were given, and the disclaimer.
func (o Out) Show(c *techniques.Catalog, t techniques.Technique, sc *techniques.Screening) error {
	fmt.Fprintln(o.W, Technique(t, techniqueSections(c, t, sc), o.Styles, o.Width))
	_, err := fmt.Fprintf(o.W, "\n%s\n", Disclaimer)
	return err
}

// ShowMarkdown writes one technique's sheet as markdown.
func ShowMarkdown(w io.Writer, c *techniques.Catalog, t techniques.Technique, sc *techniques.Screening) error {
	subtitle := fmt.Sprintf("`%s` · %s · %s", t.ID, t.Approach, t.Participation)
	_, err := io.WriteString(w, Markdown(t.Name, subtitle, techniqueSections(c, t, sc)))
	return err
}
