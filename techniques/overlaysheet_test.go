package techniques

import (
	"reflect"
	"slices"
	"testing"

	"github.com/omt-reference/omt/techniques/internal/yamlpath"
)

func TestSheetPlacesNameRealSectionsAndLabels(t *testing.T) {
	c := mustLoad(t)
	tech, _ := c.Technique("counterstrain-lumbar")
	sheet := c.Sheet(tech)
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
			if yamlpath.Field(reflect.ValueOf(&tech).Elem(), p.field).Kind() == reflect.Struct && p.field != "timer" {
				t.Fatalf("%q is not a field of Technique", p.field)
			}
		})
	}
}
