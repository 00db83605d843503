package techniques

import (
	"slices"
	"testing"
)

// FuzzOverlay feeds arbitrary file content to the overlay reader. It must not
// panic; whatever it applies must pass the catalogue's validation, keep every
// built-in contraindication at least as strict, and be marked local; and
// whatever it refuses must leave the built-in catalogue as it was.
func FuzzOverlay(f *testing.F) {
	for _, s := range []string{
		"id: counterstrain-lumbar\ntiming: Hold 120 s.\n",
		"id: counterstrain-lumbar\nposition:\n  patient: Prone.\n",
		"id: counterstrain-lumbar\ncontraindications:\n  absolute: []\n",
		"id: counterstrain-lumbar\ncontraindications:\n  relative:\n    - {flag: pregnancy, note: Lab rule.}\n",
		"id: rib-raising\nsteps: [One., Two.]\n",
		"id: rib-raising\nreferences: [{id: x}]\n",
		localTechniqueYAML,
		"- id: x\n", "", "id:\n", "id: [a]\n", "id: &a x\nname: *a\n", "{id: cv4, timing: !!binary aGk=}\n",
		"id: cv4\ncontraindications: {absolute: null, relative: null, departures: null}\n",
	} {
		f.Add([]byte(s))
	}
	base := mustLoadF(f)
	ids := base.collectIDs(new([]Problem))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, report := base.WithOverlays(overlayFS(map[string]string{"f.yaml": string(data)}))
		if len(report.Files) != 1 {
			t.Fatalf("one file, %d reports", len(report.Files))
		}
		file := report.Files[0]
		if !file.Applied() {
			if c != base {
				t.Fatal("a refused overlay changed the catalogue")
			}
			for _, p := range file.Problems {
				if p.File != "f.yaml" {
					t.Fatalf("problem names file %q", p.File)
				}
			}
			return
		}
		got, ok := c.Technique(file.ID)
		if !ok {
			t.Fatalf("applied overlay %q is not in the catalogue", file.ID)
		}
		var problems []Problem
		base.validateTechnique(got, "f.yaml", ids, &problems)
		if len(problems) > 0 {
			t.Fatalf("an applied overlay does not validate: %v", problems)
		}
		if !slices.Equal(got.LocalFields, file.Fields) || got.LocalTechnique != file.New {
			t.Fatalf("marks %+v disagree with the report %+v", got.LocalMarks, file)
		}
		built, builtIn := base.Technique(file.ID)
		if !builtIn {
			if len(c.Techniques) != len(base.Techniques)+1 {
				t.Fatal("a local technique did not join the catalogue")
			}
			return
		}
		var flags []string
		for _, ci := range append(slices.Clone(built.Contraindications.Absolute), built.Contraindications.Relative...) {
			flags = append(flags, ci.Flag)
		}
		for _, flag := range flags {
			before, after := base.Screen(built, []string{flag}).Status, c.Screen(got, []string{flag}).Status
			if rank(after) < rank(before) {
				t.Fatalf("the overlay weakened %s: %s became %s", flag, before, after)
			}
		}
		for _, path := range file.Fields {
			if !got.IsLocal(path) {
				t.Fatalf("%s changed but is not local", path)
			}
		}
	})
}

func rank(s ScreenStatus) int {
	return slices.Index([]ScreenStatus{StatusOK, StatusCaution, StatusContraindicated}, s)
}
