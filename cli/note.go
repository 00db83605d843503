package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/techniques"
)

// icd10 maps a COMLEX body region to the ICD-10-CM code for segmental and
// somatic dysfunction of that region (M99.00-M99.09).
func icd10(region string) (string, bool) {
	code, ok := map[string]string{
		"head": "M99.00", "cervical": "M99.01", "thoracic": "M99.02", "lumbar": "M99.03",
		"sacral": "M99.04", "pelvic": "M99.05", "lower-extremity": "M99.06",
		"upper-extremity": "M99.07", "rib": "M99.08", "abdominal": "M99.09",
	}[region]
	return code, ok
}

func (a *app) noteCommand() *cobra.Command {
	var patient []string
	var region string
	cmd := &cobra.Command{
		Use:   "note ID",
		Short: "Print a SOAP-style procedure note for a technique, ready to paste",
		Long: "Prints one documentation line in SOAP order. Bracketed fields are for you to fill in;\n" +
			"nothing is asserted about the patient that you did not enter.",
		Example: "  omt note muscle-energy-lumbar\n" +
			"  omt note hvla-thoracic --region thoracic --patient pregnancy",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: a.completeTechniqueIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load()
			if err != nil {
				return err
			}
			t, err := a.technique(c, args[0])
			if err != nil {
				return err
			}
			flags, err := a.resolvePatient(c, patient)
			if err != nil {
				return err
			}
			regions := t.Regions
			if region != "" {
				if _, ok := icd10(region); !ok {
					return &usageError{fmt.Sprintf("unknown region %q: use one of %s", region, strings.Join(techniques.Regions(), ", "))}
				}
				regions = []string{region}
			}
			fmt.Fprintln(a.io.Out, procedureNote(c, t, regions, flags))
			return nil
		},
	}
	cmd.Flags().VarP((*listFlag)(&patient), "patient", "p", "patient flags screened before treatment")
	cmd.Flags().StringVarP(&region, "region", "r", "", "the one region treated, when the technique covers several")
	a.completeFlags(cmd, "patient")
	_ = cmd.RegisterFlagCompletionFunc("region", cobra.FixedCompletions(techniques.Regions(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// procedureNote writes the note. It states only what omt knows (the technique
// and its regions) and leaves brackets for what only the clinician knows.
func procedureNote(c *techniques.Catalog, t techniques.Technique, regions []string, flags []string) string {
	var dx []string
	for _, r := range regions {
		code, _ := icd10(r)
		dx = append(dx, fmt.Sprintf("%s region (%s)", strings.ReplaceAll(r, "-", " "), code))
	}
	screen := "[contraindications reviewed]"
	if len(flags) > 0 {
		s := c.Screen(t, flags)
		screen = fmt.Sprintf("screened for %s: %s", c.FlagNames(flags), s.Status)
	}
	return fmt.Sprintf("S: [patient report]. O: [TART findings] in %s region. "+
		"A: Somatic dysfunction, %s. "+
		"P: After verbal consent, OMT by %s (%s, %s) to the %s region; %s. "+
		"Patient response: [tolerated well / adverse effects]. Reassessment: [findings after treatment].",
		strings.Join(regionWords(regions), ", "), strings.Join(dx, "; "),
		t.Name, t.Approach, t.Participation, strings.Join(regionWords(regions), ", "), screen)
}

func regionWords(regions []string) []string {
	out := make([]string, len(regions))
	for i, r := range regions {
		out[i] = strings.ReplaceAll(r, "-", " ")
	}
	return out
}
