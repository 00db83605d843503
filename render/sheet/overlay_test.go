package sheet

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSheetPlacesNameRealSectionsAndLabels(t *testing.T) {
	c := mustLoad(t)
	tech, _ := c.Technique("counterstrain-lumbar")
	sheet := Technique(c, tech)
	for _, p := range sheetPlaces() {
		t.Run(p.field, func(t *testing.T) {
			i := slices.IndexFunc(sheet, func(s Section) bool { return s.Title == p.section })
			if i < 0 {
				t.Fatalf("Sheet has no section %q", p.section)
			}
			if p.label != "" && !slices.ContainsFunc(sheet[i].Fields, func(f Field) bool { return f.Label == p.label }) {
				t.Fatalf("section %q has no field %q", p.section, p.label)
			}
			// A struct is a place only when the sheet shows it whole in one
			// field, as the timer's summary does.
			if yamlField(reflect.ValueOf(&tech).Elem(), p.field).Kind() == reflect.Struct && p.field != "timer" {
				t.Fatalf("%q is not a field of Technique", p.field)
			}
		})
	}
}

// yamlField finds the field at a YAML path in a struct value, as school
// overlays and the lint name fields ("timing", "position.patient"); a part
// that names no field leaves the struct itself.
func yamlField(v reflect.Value, path string) reflect.Value {
	for part := range strings.SplitSeq(path, ".") {
		for i := range v.NumField() {
			if key, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ","); key == part {
				v = v.Field(i)
				break
			}
		}
	}
	return v
}
