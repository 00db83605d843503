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
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
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
				return render.WriteJSON(a.io.Out, render.NewLevelJSON(rep))
			}
			return a.out().Document(rep.Name, "level: what the maps hold here", sheet.Level(c, rep))
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
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
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			query := joinArgs(args)
			found := a.index.ResolveOrgans(query)
			if len(found) == 0 {
				return &notFoundError{what: "organ", query: query, suggestions: atlas.SuggestOrgans(c, query, 3)}
			}
			if asJSON {
				out := mapSlice(found, func(o techniques.Organ) render.OrganJSON { return render.NewOrganJSON(c, o) })
				if len(out) == 1 {
					return render.WriteJSON(a.io.Out, out[0])
				}
				return render.WriteJSON(a.io.Out, out)
			}
			return a.out().Matches("organs", query, mapSlice(found, func(o techniques.Organ) render.Doc {
				return render.Doc{Title: o.Name, Subtitle: "organ", Sections: sheet.Organ(c, atlas.ForOrgan(c, o))}
			}))
		}),
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
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
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
				return render.WriteJSON(a.io.Out, render.NewNotationJSON(r))
			}
			return a.out().Document(r.Canonical, "dysfunction notation, read back", sheet.Notation(c, r))
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
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
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			if len(args) == 0 {
				if asJSON {
					return render.WriteJSON(a.io.Out, c.Maps.MapInfos())
				}
				return a.out().Maps(c.Maps.MapInfos())
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
				return a.printMapRow(c, h, fmt.Sprintf("%s is a %s.", render.RowName(h), h.What()), format)
			}
			if !ok {
				if h, found := atlas.FindMapRow(c, args[0]); found && len(args) == 1 {
					return a.printMapRow(c, h, render.RowLead(h, "map"), format)
				}
				var names []string
				for _, m := range c.Maps.MapInfos() {
					names = append(names, m.ID)
				}
				return &notFoundError{what: "map", query: args[0], suggestions: techniques.Closest(args[0], names, 3)}
			}
			if asJSON {
				return render.WriteJSON(a.io.Out, table)
			}
			return a.out().MapTable(c, table)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
