package yamlpath

import (
	"reflect"
	"testing"
)

type position struct {
	Patient  string `yaml:"patient"`
	Operator string `yaml:"operator,omitempty"`
}

type record struct {
	Hidden   string   `yaml:"-"`
	Timing   string   `yaml:"timing"`
	Position position `yaml:"position"`
	Untagged string   // no yaml tag: no key
}

func TestKeyIsTheYAMLName(t *testing.T) {
	rt := reflect.TypeFor[record]()
	for i, want := range []string{"", "timing", "position", ""} {
		if got := Key(rt.Field(i)); got != want {
			t.Errorf("Key(%s) = %q; want %q", rt.Field(i).Name, got, want)
		}
	}
}

func TestFieldFollowsAPathAndSets(t *testing.T) {
	r := record{Timing: "90 s", Position: position{Operator: "at the head"}}
	v := reflect.ValueOf(&r).Elem()
	if got := Field(v, "position.operator").String(); got != "at the head" {
		t.Errorf("position.operator = %q", got)
	}
	Field(v, "timing").SetString("120 s")
	if r.Timing != "120 s" {
		t.Errorf("setting timing left %q", r.Timing)
	}
}
