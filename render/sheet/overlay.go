package sheet

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// OverlaySection is the title of the section that opens the sheet of a
// technique a school overlay changed or added.
const OverlaySection = "School overlay: local, not sourced"

// sheetPlace is where a sheet shows a technique field: a section, and the
// label of a field in it ("" when the field is the whole section).
type sheetPlace struct {
	field, section, label string
}

// sheetPlaces lists where Technique shows each field an overlay can change. A
// field missing here is still named in the overlay section at the top.
func sheetPlaces() []sheetPlace {
	return []sheetPlace{
		{"summary", "Summary", ""},
		{"aliases", "Summary", "Also called"},
		{"indications", "Indications", ""},
		{"family", "Classification", "Family"},
		{"approach", "Classification", "Approach"},
		{"also_taught", "Classification", "Approach"},
		{"participation", "Classification", "Participation"},
		{"activating_forces", "Classification", "Activating forces"},
		{"regions", "Classification", "Regions"},
		{"diagnosis", "Set-up", "Diagnosis"},
		{"position.patient", "Set-up", "Patient"},
		{"position.operator", "Set-up", "Operator"},
		{"monitoring", "Set-up", "Monitoring"},
		{"barrier", "Set-up", "Barrier"},
		{"steps", "Steps", ""},
		{"timing", "Dose and endpoint", "Timing"},
		{"repetitions", "Dose and endpoint", "Repetitions"},
		{"timer", "Dose and endpoint", "Timer"},
		{"endpoint", "Dose and endpoint", "Endpoint"},
		{"aftercare", "Aftercare", ""},
		{"evidence", "Evidence", ""},
		{"sources", "Sources", ""},
		{"reviewed", "Last reviewed", ""},
	}
}

// markLocal labels every part of a sheet that an overlay wrote, and opens
// the sheet with a section that says what the overlay changed.
func markLocal(t techniques.Technique, sections []Section) []Section {
	if !t.Overlaid() {
		return sections
	}
	mark := " " + techniques.LocalMark(t.OverlayFile)
	places := sheetPlaces()
	for i := range sections {
		s := &sections[i]
		title := s.Title
		if s.Kind == Warning {
			markContraindications(t, s, mark)
			continue
		}
		if t.LocalTechnique {
			if slices.ContainsFunc(places, func(p sheetPlace) bool { return p.section == title }) {
				s.Title += mark
			}
			continue
		}
		for _, p := range places {
			if p.section != title || !t.IsLocal(p.field) {
				continue
			}
			if p.label == "" {
				s.Title += mark
				continue
			}
			for j := range s.Fields {
				if s.Fields[j].Label == p.label {
					s.Fields[j].Label += mark
				}
			}
		}
	}
	return append([]Section{overlaySection(t)}, sections...)
}

// markContraindications marks the contraindications an overlay added or
// made absolute; on a local technique, the whole section.
func markContraindications(t techniques.Technique, s *Section, mark string) {
	if t.LocalTechnique {
		s.Title += mark
		return
	}
	lists := [][]techniques.Contraindication{t.Contraindications.Absolute, t.Contraindications.Relative}
	for g := range min(len(s.Groups), len(lists)) {
		if len(s.Groups[g].Items) != len(lists[g]) {
			continue // the "none listed" line
		}
		for i, ci := range lists[g] {
			if ci.Local {
				s.Groups[g].Items[i] += mark
			}
		}
	}
}

func overlaySection(t techniques.Technique) Section {
	file := t.OverlayFile
	if t.LocalTechnique {
		return Section{Title: OverlaySection, Text: []string{"This technique comes from your school overlay " + file +
			", not from omt's catalogue. None of it is from the sources omt cites: omt checked its form " +
			"(fields, ids and the contraindication rules), not its content."}}
	}
	text := "Your school overlay " + file + " changes " + strings.Join(t.LocalFields, ", ") + " of this entry. Those parts are marked " +
		techniques.LocalMark(file) + " and are not from the sources cited below."
	if len(t.StaleFields) > 0 {
		text += " It changes the timer, but " + strings.Join(t.StaleFields, ", ") +
			" still state the sourced time in words: the timer is the school's, that text the sources' (omt overlay check)."
	}
	return Section{Title: OverlaySection, Text: []string{text}}
}

// compareFields maps the rows of a comparison to the fields they show.
func compareFields() map[string]string {
	return map[string]string{
		"Family": "family", "Approach": "approach", "Participation": "participation",
		"Activating forces": "activating_forces", "Regions": "regions",
		"Patient position": "position.patient", "Operator position": "position.operator",
		"Barrier": "barrier", "Timing": "timing", "Repetitions": "repetitions", "Endpoint": "endpoint",
		"Timer": "timer", "Patient positions": "positions",
		"Absolute contraindications": "contraindications.absolute",
		"Relative contraindications": "contraindications.relative",
		"Indications":                "indications", "Evidence": "evidence",
	}
}

// markLocalComparison marks the values of a comparison that an overlay wrote.
func markLocalComparison(cmp Comparison, ts []techniques.Technique) Comparison {
	fields := compareFields()
	for r, row := range cmp.Rows {
		field := fields[row.Field]
		for i, t := range ts {
			if !t.Overlaid() || i >= len(row.Values) {
				continue
			}
			mark := " " + techniques.LocalMark(t.OverlayFile)
			v := &cmp.Rows[r].Values[i]
			var cis []techniques.Contraindication
			switch field {
			case "contraindications.absolute":
				cis = t.Contraindications.Absolute
			case "contraindications.relative":
				cis = t.Contraindications.Relative
			}
			switch {
			case cis != nil && len(cis) == len(v.Items):
				for j, ci := range cis {
					if ci.Local {
						v.Items[j].Text += mark
					}
				}
			case field == "" || !t.IsLocal(field):
			case v.Text != "":
				v.Text += mark
			default:
				for j := range v.Items {
					v.Items[j].Text += mark
				}
			}
		}
	}
	return cmp
}
