package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
)

func (a *app) noteCommand() *cobra.Command {
	var patient, regions []string
	cmd := &cobra.Command{
		Use:   "note ID [ID...]",
		Short: "Print a SOAP-style procedure note for one visit, ready to paste",
		Long: "Prints one documentation line in SOAP order for the techniques given at one visit. Bracketed\n" +
			"fields are for you to fill in; nothing is asserted about the patient that you did not enter.\n" +
			"With --patient, a technique contraindicated for those findings is refused, and a caution is\n" +
			"written into the note.",
		Example: "  omt note muscle-energy-lumbar\n" +
			"  omt note rib-raising thoracic-lymphatic-pump --patient osteoporosis\n" +
			"  omt note counterstrain-lumbar --region lumbar",
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completion().TechniqueIDs,
		RunE: a.loaded(func(cmd *cobra.Command, c *techniques.Catalog, args []string) error {
			flags, err := a.resolvePatient(c, patient)
			if err != nil {
				return err
			}
			var wanted []string
			for _, r := range regions {
				for _, part := range strings.Split(r, ",") {
					if part = strings.TrimSpace(part); part != "" {
						region, err := techniques.ResolveRegion(part)
						if err != nil {
							return &usageError{err.Error()}
						}
						wanted = append(wanted, region)
					}
				}
			}
			items, err := a.noteItems(c, args, wanted)
			if err != nil {
				return err
			}
			note, err := sheet.ProcedureNote(c, items, flags)
			var refused *sheet.RefusalError
			switch {
			case errors.As(err, &refused):
				return &refusedError{err}
			case err != nil:
				return &usageError{err.Error()}
			}
			fmt.Fprintln(a.io.Out, note)
			return nil
		}),
	}
	cmd.Flags().VarP((*listFlag)(&patient), "patient", "p", "patient flags screened before treatment")
	cmd.Flags().VarP((*listFlag)(&regions), "region", "r", "the regions treated, when a technique covers several (comma-separated)")
	a.completion().Flags(cmd, "patient")
	_ = cmd.RegisterFlagCompletionFunc("region", cobra.FixedCompletions(techniques.Regions(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// refusedError is an answer omt will not give: a note for a technique
// contraindicated for the patient. It exits 1, as "not found" does.
type refusedError struct{ error }

// noteItems pairs each technique with the regions of the visit it is used in.
// Every region given must belong to some technique, and every technique must
// be used in a region given.
func (a *app) noteItems(c *techniques.Catalog, ids, regions []string) ([]sheet.NoteItem, error) {
	var items []sheet.NoteItem
	used := map[string]bool{}
	for _, id := range ids {
		t, err := a.technique(c, id)
		if err != nil {
			return nil, err
		}
		item := sheet.NoteItem{Technique: t}
		for _, r := range regions {
			for _, tr := range t.Regions {
				if tr == r {
					item.Regions = append(item.Regions, r)
					used[r] = true
				}
			}
		}
		if len(regions) > 0 && len(item.Regions) == 0 {
			return nil, &usageError{fmt.Sprintf("%s is not used in the %s; its regions are %s",
				t.ID, regionList(regions), strings.Join(t.Regions, ", "))}
		}
		items = append(items, item)
	}
	for _, r := range regions {
		if !used[r] {
			return nil, &usageError{fmt.Sprintf("no technique named is used in the %s region", r)}
		}
	}
	return items, nil
}

func regionList(regions []string) string {
	if len(regions) == 1 {
		return regions[0] + " region"
	}
	return techniques.JoinWords(regions) + " regions"
}
