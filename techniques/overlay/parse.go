package overlay

import (
	"errors"
	"fmt"
	"reflect"
	"sort"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/yamlpath"
)

// readTechnique parses an overlay file once and returns the technique it
// holds and the fields it sets, as YAML paths in the order of the Technique
// type (a struct field set part by part lists each part). It refuses what
// is not one technique: a list, several documents, records of other kinds.
func readTechnique(name string, data []byte) (techniques.Technique, []string, []techniques.Problem) {
	var t techniques.Technique
	fail := func(msg string) (techniques.Technique, []string, []techniques.Problem) {
		return t, nil, []techniques.Problem{{File: name, Message: msg}}
	}
	body, problems := parseOverlay(name, data)
	if len(problems) > 0 {
		return t, nil, overlayHints(problems)
	}
	if body == nil {
		return t, nil, nil // empty: the id is reported missing
	}
	keys, ok := mappingKeys(body)
	if !ok {
		if _, list := unwrap(body).(*ast.SequenceNode); list {
			return fail("holds a list; an overlay file holds one technique (a mapping that starts id: ...), " +
				"and cannot add references, flags or conditions")
		}
		return fail("is not a technique: an overlay file holds one mapping that starts id: ...")
	}
	for _, k := range sortedKeys(keys) {
		if kind, other := otherRecordKinds()[k]; other {
			problems = append(problems, techniques.Problem{File: name, Field: k, Message: fmt.Sprintf(
				"an overlay cannot add %s: it holds one technique, which may use only the %s omt's catalogue has", kind, kind)})
		}
		if k == "<<" {
			problems = append(problems, techniques.Problem{File: name, Field: k,
				Message: "merge keys are not read in an overlay; write out the fields it changes"})
		}
	}
	if len(problems) > 0 {
		return t, nil, problems
	}
	if err := decodeSafely(body, &t); err != nil {
		return techniques.Technique{}, nil, overlayHints([]techniques.Problem{techniques.YAMLProblem(name, data, err)})
	}
	return t, setPaths(keys), nil
}

var errSeveralDocuments = errors.New("holds several YAML documents; an overlay file holds one technique")

// decodeSafely decodes a parsed technique strictly, as the catalogue's own
// files are decoded, recovering from a panic of the decoder.
func decodeSafely(body ast.Node, t *techniques.Technique) (err error) {
	defer recoverYAML(&err)
	return yaml.NodeToValue(body, t, yaml.DisallowUnknownField(), yaml.Strict())
}

func recoverYAML(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("the YAML reader failed on this file (%v); look for an unusual construct such as a !tag", r)
	}
}

// mappingKeys are a mapping's keys and their values, through an anchor or a
// tag on the mapping itself; false for anything but a mapping.
func mappingKeys(n ast.Node) (map[string]ast.Node, bool) {
	keys := map[string]ast.Node{}
	switch m := unwrap(n).(type) {
	case *ast.MappingNode:
		for _, v := range m.Values {
			keys[keyText(v.Key)] = v.Value
		}
	case *ast.MappingValueNode:
		keys[keyText(m.Key)] = m.Value
	default:
		return nil, false
	}
	return keys, true
}

func unwrap(n ast.Node) ast.Node {
	for {
		switch w := n.(type) {
		case *ast.AnchorNode:
			n = w.Value
		case *ast.TagNode:
			n = w.Value
		default:
			return n
		}
	}
}

func keyText(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	return k.String()
}

// setPaths lists the Technique fields a file's keys set, in the type's order.
func setPaths(keys map[string]ast.Node) []string {
	var paths []string
	tt := reflect.TypeFor[techniques.Technique]()
	for i := range tt.NumField() {
		sf := tt.Field(i)
		key := yamlpath.Key(sf)
		v, present := keys[key]
		if key == "" || key == "id" || !present {
			continue
		}
		if sub, ok := mappingKeys(v); ok && sf.Type.Kind() == reflect.Struct {
			for j := range sf.Type.NumField() {
				if part := yamlpath.Key(sf.Type.Field(j)); part != "" {
					if _, ok := sub[part]; ok {
						paths = append(paths, key+"."+part)
					}
				}
			}
			continue
		}
		paths = append(paths, key)
	}
	return paths
}

// otherRecordKinds are the keys of the catalogue's other records, which an
// overlay cannot add: a school variant may not invent the evidence, flags or
// vocabulary that screening and citations rest on.
func otherRecordKinds() map[string]string {
	return map[string]string{
		"references": "references", "reference": "references",
		"flags": "flags", "flag": "flags",
		"conditions": "conditions", "condition": "conditions",
		"families": "families", "glossary": "glossary terms", "maps": "maps", "map": "maps",
	}
}

func sortedKeys(m map[string]ast.Node) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// fieldAt finds a field of a technique by its YAML path.
func fieldAt(t *techniques.Technique, path string) reflect.Value {
	return yamlpath.Field(reflect.ValueOf(t).Elem(), path)
}

// copyField sets one field (a YAML path) of dst to its value in src.
func copyField(dst, src *techniques.Technique, path string) {
	fieldAt(dst, path).Set(fieldAt(src, path))
}
