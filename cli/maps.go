package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// The high-yield maps, asked both ways: what is at a level, where an organ
// reflects, what a written diagnosis means, and each map as a table.

func (a *app) levelCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "level LEVEL",
		Short: "Everything at a spinal or rib level: organs, autonomic supply, Chapman and tender points, techniques",
		Example: "  omt level T10\n" +
			"  omt level C2\n" +
			"  omt level rib 4 --json",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			text := joinArgs(args)
			l, err := notation.ParseLevel(text)
			if err != nil {
				if h, ok := atlas.FindMapRow(c, text); ok {
					return notALevel(h)
				}
				return &usageError{err.Error()}
			}
			rep := atlas.AtLevel(c, l)
			if asJSON {
				return writeJSON(a.io.Out, newLevelJSON(rep))
			}
			return a.printDocument(rep.Name, "level: what the maps hold here", sheet.Level(c, rep))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// printDocument prints one titled document and the disclaimer.
func (a *app) printDocument(title, subtitle string, sheet []sheet.Section) error {
	w, styles := a.out()
	fmt.Fprintln(w, render.Document(title, subtitle, sheet, styles, a.textWidth()))
	_, err := fmt.Fprintf(w, "\n%s\n", render.Disclaimer)
	return err
}

// levelJSON is `omt level --json`: the report with its techniques as references.
type levelJSON struct {
	atlas.LevelReport
	Techniques []techniqueRef `json:"techniques"`
}

// organJSON is `omt organ --json`.
type organJSON struct {
	atlas.OrganReport
	Conditions []string       `json:"conditions"`
	Techniques []techniqueRef `json:"techniques"`
}

func newLevelJSON(rep atlas.LevelReport) levelJSON {
	return levelJSON{rep, refs(rep.Techniques)}
}

func newOrganJSON(c *techniques.Catalog, o techniques.Organ) organJSON {
	rep := atlas.ForOrgan(c, o)
	return organJSON{rep, mapSlice(rep.Conditions, func(x techniques.Condition) string { return x.ID }), refs(rep.Techniques)}
}

func refs(ts []techniques.Technique) []techniqueRef {
	return mapSlice(ts, func(t techniques.Technique) techniqueRef {
		return techniqueRef{t.ID, t.Name, t.Approach, t.Participation}
	})
}

func (a *app) organCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "organ NAME",
		Short: "Where an organ reflects: viscerosomatic levels, autonomic supply, Chapman points, conditions",
		Example: "  omt organ appendix\n" +
			"  omt organ gall bladder\n" +
			"  omt organ colon --json",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			query := joinArgs(args)
			found := a.index.ResolveOrgans(query)
			if len(found) == 0 {
				return &notFoundError{what: "organ", query: query, suggestions: atlas.SuggestOrgans(c, query, 3)}
			}
			if asJSON {
				out := mapSlice(found, func(o techniques.Organ) organJSON { return newOrganJSON(c, o) })
				if len(out) == 1 {
					return writeJSON(a.io.Out, out[0])
				}
				return writeJSON(a.io.Out, out)
			}
			w, styles := a.out()
			if len(found) > 1 {
				fmt.Fprintf(w, "%d organs match %q:\n\n", len(found), query)
			}
			for _, o := range found {
				fmt.Fprintln(w, render.Document(o.Name, "organ", sheet.Organ(c, atlas.ForOrgan(c, o)), styles, a.textWidth()))
				fmt.Fprintln(w)
			}
			fmt.Fprintln(w, render.Disclaimer)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) notationCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "notation TEXT",
		Short: "Read a written diagnosis back: its meaning, barrier, ease, landmarks and techniques",
		Example: "  omt notation T4 ERS\\(L\\)\n" +
			"  omt notation \"L3 NSlRr\"\n" +
			"  omt notation left on left sacral torsion\n" +
			"  omt notation \"right anterior innominate\" --json",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			text := joinArgs(args)
			r, err := atlas.ReadNotation(c, text)
			var nerr *notation.Error
			if errors.As(err, &nerr) {
				return &usageError{nerr.Error()}
			}
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.io.Out, newNotationJSON(r))
			}
			return a.printDocument(r.Canonical, "dysfunction notation, read back", sheet.Notation(c, r))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// notationJSON is `omt notation --json`.
type notationJSON struct {
	atlas.NotationReading
	Summary    string   `json:"summary"`
	Free       []string `json:"free"`
	Restricted []string `json:"restricted"`
	Barrier    []string `json:"direct_barrier"`
	Ease       []string `json:"indirect_ease"`
}

func newNotationJSON(r atlas.NotationReading) notationJSON {
	e := r.Explanation
	return notationJSON{r, e.Summary, motionWords(e.Free), motionWords(e.Restricted), motionWords(e.DirectBarrier), motionWords(e.IndirectEase)}
}

func motionWords(ms []notation.Motion) []string {
	return mapSlice(ms, func(m notation.Motion) string { return m.String() })
}

func (a *app) mapsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "maps [NAME [ROW]]",
		Short: "The high-yield maps; with NAME, one of them as a table; with a row's name, that row whole",
		Example: "  omt maps\n" +
			"  omt maps viscerosomatic\n" +
			"  omt maps sacral-dysfunctions --json\n" +
			"  omt maps AL3\n" +
			"  omt maps viscerosomatic appendix",
		Args: cobra.MaximumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				if asJSON {
					return writeJSON(a.io.Out, c.Maps.MapInfos())
				}
				w, _ := a.out()
				tw := newTable(w)
				fmt.Fprintln(tw, "MAP\tTITLE")
				for _, m := range c.Maps.MapInfos() {
					fmt.Fprintf(tw, "%s\t%s\n", m.ID, m.Title)
				}
				return tw.Flush()
			}
			format := formatText
			if asJSON {
				format = formatJSON
			}
			table, ok := atlas.MapAsTable(c, args[0])
			if len(args) == 2 && ok {
				h, found := atlas.MapRowIn(c, args[0], args[1])
				if !found {
					var ids []string
					for _, r := range table.Rows {
						ids = append(ids, r.ID)
					}
					return &notFoundError{what: "row of " + args[0], query: args[1], suggestions: techniques.Closest(args[1], ids, 3)}
				}
				return a.printMapRow(c, h, fmt.Sprintf("%s is a %s.", rowName(h), h.What()), format)
			}
			if !ok {
				if h, found := atlas.FindMapRow(c, args[0]); found && len(args) == 1 {
					return a.printMapRow(c, h, rowLead(h, "map"), format)
				}
				var names []string
				for _, m := range c.Maps.MapInfos() {
					names = append(names, m.ID)
				}
				return &notFoundError{what: "map", query: args[0], suggestions: techniques.Closest(args[0], names, 3)}
			}
			if asJSON {
				return writeJSON(a.io.Out, table)
			}
			return a.printMapTable(c, table)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
