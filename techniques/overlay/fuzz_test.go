package overlay

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omt-reference/omt/techniques"
)

// The bounds of FuzzOverlay on the cost of one file of any content under
// MaxBytes. go-yaml's tokens cost about 300 bytes each and the worst
// shape measured (flow lists of lists) about 600 bytes a byte of input, so
// a KiB a byte is generous, and 256 MiB at the size cap; the bombs of issue
// 18 took 1.6 to 15 GB. The text applied comes from the file: at most 1.5
// times its bytes (a two-byte escape such as \L decodes to three) plus what
// aliases may add (the file's size again and 4 KiB), so three times the file
// and 8 KiB. A file that takes fuzzHangLimit has hung: that is a hang
// detector, not a speed assertion (files take milliseconds).
const (
	fuzzAllocBase    = 4 << 20
	fuzzAllocPerByte = 1 << 10
	fuzzTextPerByte  = 3
	fuzzTextBase     = 8 << 10
	fuzzHangLimit    = 10 * time.Second
)

// FuzzOverlay feeds arbitrary file content to the overlay reader. It must not
// panic, hang, or cost more than the bounds above; whatever it applies must
// pass the catalogue's validation, keep every built-in contraindication at
// least as strict, be marked local, and hold no more text than the bounds
// allow; and whatever it refuses must leave the built-in catalogue as it was.
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
		nestingBomb(), blockNestingBomb(), aliasBomb(), smallAliasBomb(), nestedAliasBomb(),
		"id: cv4\n" + strings.Repeat("- ", 20) + "x\n", "id: cv4\nsteps: [" + strings.Repeat("a, ", 70) + "a]\n",
		"id: cv4\naliases: &a [x, *a]\n", "id: cv4\nsummary: \"" + strings.Repeat(`\L`, 1000) + "\"\n",
	} {
		f.Add([]byte(s))
	}
	base := mustLoadF(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > MaxBytes {
			return // refused unread, for its size
		}
		var c *techniques.Catalog
		var report Report
		used := allocatedBy(func() {
			c, report = loadOrHang(t, base, overlayFS(map[string]string{"f.yaml": string(data)}))
		})
		if limit := uint64(fuzzAllocBase + fuzzAllocPerByte*len(data)); used > limit {
			t.Fatalf("a %d-byte file allocated %d KiB, over %d KiB", len(data), used>>10, limit>>10)
		}
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
		text := 0
		for _, path := range file.Fields {
			text += textSize(fieldAt(&got, path))
		}
		if limit := fuzzTextBase + fuzzTextPerByte*len(data); text > limit {
			t.Fatalf("a %d-byte file applied %d bytes of text, over %d", len(data), text, limit)
		}
		if problems := base.TechniqueProblems(got, "f.yaml"); len(problems) > 0 {
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

// loadOrHang applies the overlays in fsys, failing when that has not
// returned within fuzzHangLimit.
func loadOrHang(t *testing.T, base *techniques.Catalog, fsys fs.FS) (*techniques.Catalog, Report) {
	t.Helper()
	type result struct {
		c      *techniques.Catalog
		report Report
	}
	done := make(chan result, 1)
	go func() {
		c, report := Apply(base, fsys)
		done <- result{c, report}
	}()
	watchdog := time.NewTimer(fuzzHangLimit)
	defer watchdog.Stop()
	select {
	case r := <-done:
		return r.c, r.report
	case <-watchdog.C:
		t.Fatalf("reading one file has not returned after %v", fuzzHangLimit)
	}
	return nil, Report{}
}

// textSize is the bytes of text in a value, counting one for each list item.
func textSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		return v.Len()
	case reflect.Slice:
		n := v.Len()
		for i := range v.Len() {
			n += textSize(v.Index(i))
		}
		return n
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				n += textSize(v.Field(i))
			}
		}
		return n
	}
	return 0
}

func rank(s techniques.ScreenStatus) int {
	return slices.Index([]techniques.ScreenStatus{techniques.StatusOK, techniques.StatusCaution, techniques.StatusContraindicated}, s)
}
