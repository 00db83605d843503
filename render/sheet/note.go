package sheet

import (
	"fmt"
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// ICD10 maps a COMLEX body region to the ICD-10-CM code for segmental and
// somatic dysfunction of that region (M99.00-M99.09).
func ICD10(region string) (string, bool) {
	code, ok := map[string]string{
		"head": "M99.00", "cervical": "M99.01", "thoracic": "M99.02", "lumbar": "M99.03",
		"sacral": "M99.04", "pelvic": "M99.05", "lower-extremity": "M99.06",
		"upper-extremity": "M99.07", "rib": "M99.08", "abdominal": "M99.09",
	}[region]
	return code, ok
}

// NoteItem is one technique given at a visit and the regions it was given to.
type NoteItem struct {
	Technique techniques.Technique
	Regions   []string // empty: every region of the technique
}

// RefusalError is a note omt will not write: a technique is contraindicated
// for the patient's findings.
type RefusalError struct {
	Technique techniques.Technique
	Reasons   []techniques.ScreenReason
}

func (e *RefusalError) Error() string {
	var why []string
	for _, r := range e.Reasons {
		why = append(why, fmt.Sprintf("%s (%s): %s", r.Name, r.Kind, r.Note))
	}
	return fmt.Sprintf("will not write a note for %s: it is contraindicated for this patient: %s",
		e.Technique.ID, strings.Join(why, "; "))
}

// RegionError is a region a technique is not used in.
type RegionError struct {
	Region    string
	Technique techniques.Technique
}

func (e *RegionError) Error() string {
	if _, ok := ICD10(e.Region); !ok {
		return fmt.Sprintf("unknown region %q: use one of %s", e.Region, strings.Join(techniques.Regions(), ", "))
	}
	return fmt.Sprintf("%s is not used in the %s region; its regions are %s",
		e.Technique.ID, e.Region, strings.Join(e.Technique.Regions, ", "))
}

// ProcedureNote writes one documentation line in SOAP order for a visit. It
// states only what omt knows (the techniques, their regions and the findings
// screened) and leaves brackets for what only the clinician knows. It
// refuses a technique contraindicated for the flags, and marks a caution in
// the note itself.
func ProcedureNote(c *techniques.Catalog, items []NoteItem, flags []string) (string, error) {
	var regions []string // of the whole visit, in catalogue order
	var plan, cautions []string
	for _, it := range items {
		t := it.Technique
		rs := slices.Clone(it.Regions)
		if len(rs) == 0 {
			rs = slices.Clone(t.Regions)
		}
		sortRegions(rs)
		for _, r := range rs {
			if !slices.Contains(t.Regions, r) {
				return "", &RegionError{Region: r, Technique: t}
			}
			if !slices.Contains(regions, r) {
				regions = append(regions, r)
			}
		}
		if len(flags) > 0 {
			s := c.Screen(t, flags)
			switch s.Status {
			case techniques.StatusContraindicated:
				var abs []techniques.ScreenReason
				for _, r := range s.Reasons {
					if r.Kind == "absolute" {
						abs = append(abs, r)
					}
				}
				return "", &RefusalError{Technique: t, Reasons: abs}
			case techniques.StatusCaution:
				for _, r := range s.Reasons {
					cautions = append(cautions, fmt.Sprintf("%s with %s (relative contraindication: %s)",
						t.Name, r.Name, strings.TrimSuffix(r.Note, ".")))
				}
			}
		}
		plan = append(plan, fmt.Sprintf("%s (%s, %s) to the %s", t.Name, t.Approach, t.Participation, regionPhrase(rs)))
	}
	sortRegions(regions)
	var dx []string
	for _, r := range regions {
		code, _ := ICD10(r)
		dx = append(dx, fmt.Sprintf("%s region (%s)", regionWord(r), code))
	}
	screen := "[contraindications reviewed]"
	if len(flags) > 0 {
		names := techniques.JoinWords(strings.Split(c.FlagNames(flags), ", "))
		screen = fmt.Sprintf("Screened for %s: no contraindication listed", names)
		if len(cautions) > 0 {
			screen = fmt.Sprintf("Screened for %s. CAUTION: %s", names, strings.Join(cautions, "; "))
		}
	}
	return fmt.Sprintf("S: [patient report]. O: [TART findings] in the %s. "+
		"A: Somatic dysfunction, %s. "+
		"P: After verbal consent, OMT by %s. %s. "+
		"Patient response: [tolerated well / adverse effects]. Reassessment: [findings after treatment].",
		regionPhrase(regions), strings.Join(dx, "; "), strings.Join(plan, "; "), screen), nil
}

// sortRegions puts regions in the order of their ICD-10 codes, as Regions lists them.
func sortRegions(rs []string) {
	slices.SortStableFunc(rs, func(a, b string) int {
		return slices.Index(techniques.Regions(), a) - slices.Index(techniques.Regions(), b)
	})
}

// regionPhrase names regions in English: "lumbar region", "thoracic, rib
// and lumbar regions".
func regionPhrase(regions []string) string {
	words := make([]string, len(regions))
	for i, r := range regions {
		words[i] = regionWord(r)
	}
	if len(words) == 1 {
		return words[0] + " region"
	}
	return techniques.JoinWords(words) + " regions"
}

func regionWord(r string) string { return strings.ReplaceAll(r, "-", " ") }
