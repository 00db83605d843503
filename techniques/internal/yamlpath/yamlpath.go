// Package yamlpath finds the fields of the catalogue's records by the YAML
// paths their files use ("timing", "position.patient"): the lint's
// placeholder check names fields that way, and school overlays change and
// mark them that way.
package yamlpath

import (
	"reflect"
	"strings"
)

// Key is a struct field's YAML key, or "" for one YAML does not see.
func Key(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

// Field finds the field at a YAML path in a struct value; settable when v is.
func Field(v reflect.Value, path string) reflect.Value {
	for part := range strings.SplitSeq(path, ".") {
		for i := range v.NumField() {
			if Key(v.Type().Field(i)) == part {
				v = v.Field(i)
				break
			}
		}
	}
	return v
}
