package overlay

import (
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

// The two YAML bombs of issue 18, finding 2. Both fit under MaxBytes.

// nestingBomb is 100,000 nested flow sequences as a summary: the YAML
// parser's cost grows with the square of the depth (15 GB on omt 0.x).
func nestingBomb() string {
	return "id: counterstrain-lumbar\nsummary: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n"
}

// blockNestingBomb is the same depth in block sequences, one "- " a level.
func blockNestingBomb() string {
	return "id: counterstrain-lumbar\nsummary:\n  " + strings.Repeat("- ", 100000) + "x\n"
}

// aliasBomb anchors a 100 KB summary and aliases it 25,000 times as aliases:
// 2.5 GB of text once expanded, which every search then reads.
func aliasBomb() string {
	return "id: counterstrain-lumbar\nsummary: &n \"" + strings.Repeat("word ", 20000) + "\"\naliases:\n" +
		strings.Repeat("- *n\n", 25000)
}

// smallAliasBomb stays within every cap but the aliases': 60 aliases of a
// 4,000-byte anchor make 240 KB of text out of a 4 KB file.
func smallAliasBomb() string {
	return "id: counterstrain-lumbar\nsummary: &n \"" + strings.Repeat("word ", 800) + "\"\naliases:\n" +
		strings.Repeat("- *n\n", 60)
}

// nestedAliasBomb is the billion laughs: each anchor lists the one before
// it ten times, so nine short lines stand for a billion strings.
func nestedAliasBomb() string {
	var b strings.Builder
	b.WriteString("id: counterstrain-lumbar\nx0: &a0 \"lol\"\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d,", i-1), 10), ","))
	}
	b.WriteString("aliases: *a9\n")
	return b.String()
}

// allocatedBy is how many bytes f allocates, garbage included: what a bomb
// costs before anything is freed.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// maxRefusalAlloc bounds what refusing any file under the size cap may
// allocate. Tokenizing 256 KiB of one-byte tokens costs about 64 MB of
// short-lived garbage (go-yaml's tokens are large), so the bound is 100 MB;
// the bombs cost 5 to 15 GB before the limits.
const maxRefusalAlloc = 100 << 20

func TestOverlayBombsAreRefusedWithFileAndLine(t *testing.T) {
	base := mustLoad(t)
	tests := []struct {
		name, text, field, message string
	}{
		{"nested flow sequences", nestingBomb(), "summary", "line 2: nests deeper than"},
		{"nested block sequences", blockNestingBomb(), "summary", "line 3: nests deeper than"},
		{"a long anchored field aliased 25,000 times", aliasBomb(), "aliases", "line 4: lists more than 64 items"},
		{"a short anchored field aliased 60 times", smallAliasBomb(), "aliases[2]", "line 6: aliases expand"},
		{"the billion laughs", nestedAliasBomb(), "x", "aliases expand"},
		{"an alias before its anchor", "id: counterstrain-lumbar\naliases: [*a]\ntiming: &a Hold.\n", "aliases[0]",
			"line 2: alias *a comes before its anchor"},
		{"an alias inside its anchor", "id: counterstrain-lumbar\naliases: &a [x, *a]\n", "aliases[1]",
			"line 2: alias *a comes before its anchor &a, or inside it"},
		{"an alias nesting an anchor deeper", "id: counterstrain-lumbar\nx: &d " + strings.Repeat("[", 10) + "1" +
			strings.Repeat("]", 10) + "\naliases: " + strings.Repeat("[", 8) + "*d" + strings.Repeat("]", 8) + "\n",
			"aliases[0][0][0][0][0][0][0][0]", "line 3: alias *d nests deeper than 16 levels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.text) > MaxBytes {
				t.Fatalf("the bomb is %d bytes, over the %d cap: it would be refused for its size", len(tc.text), MaxBytes)
			}
			var c *techniques.Catalog
			var report Report
			used := allocatedBy(func() {
				c, report = Apply(base, overlayFS(map[string]string{"bomb.yaml": tc.text}))
			})
			if used > maxRefusalAlloc {
				t.Errorf("refusing the bomb allocated %d MB, over %d MB", used>>20, maxRefusalAlloc>>20)
			}
			if len(report.Files) != 1 || report.Files[0].Applied() || c != base {
				t.Fatalf("the bomb was applied: %+v", report.Files)
			}
			found := false
			for _, p := range report.Files[0].Problems {
				if p.File != "bomb.yaml" {
					t.Errorf("problem names file %q: %v", p.File, p)
				}
				found = found || strings.HasPrefix(p.Field, tc.field) && strings.Contains(p.Message, tc.message)
			}
			if !found {
				t.Errorf("no problem on field %q saying %q in %v", tc.field, tc.message, report.Files[0].Problems)
			}
		})
	}
}

func TestOverlayFieldAndListCaps(t *testing.T) {
	base := mustLoad(t)
	const cs = "id: counterstrain-lumbar\n"
	long := strings.Repeat("x", MaxFieldBytes+1)
	items := func(n int) string { return "[" + strings.TrimSuffix(strings.Repeat("Lab B., ", n), ", ") + "]" }
	keys := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "k%d: v, ", i)
		}
		return strings.TrimSuffix(b.String(), ", ")
	}
	tests := []struct {
		name, text, field, message string
	}{
		{"a long summary", cs + "summary: " + long + "\n", "summary", "line 2: is 4097 bytes long"},
		{"a long step", cs + "steps:\n  - One.\n  - " + long + "\n", "steps[1]", "line 4: is 4097 bytes long"},
		{"a long note", cs + "contraindications:\n  absolute:\n    - {flag: pregnancy, note: " + long + "}\n",
			"contraindications.absolute[0].note", "line 4: is 4097 bytes long"},
		{"a long key", cs + long + ": x\n", "", "line 2: a key is 4097 bytes long"},
		{"a long list", cs + "steps: " + items(MaxListItems+1) + "\n", "steps", "line 2: lists more than 64 items"},
		{"a long mapping", cs + "position: {" + keys(MaxListItems+1) + "}\n", "position",
			"line 2: holds more than 64 fields"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, report := Apply(base, overlayFS(map[string]string{"long.yaml": tc.text}))
			if report.Files[0].Applied() || c != base {
				t.Fatal("applied")
			}
			found := false
			for _, p := range report.Files[0].Problems {
				found = found || p.File == "long.yaml" && p.Field == tc.field && strings.Contains(p.Message, tc.message)
			}
			if !found {
				t.Errorf("no problem on field %q saying %q in %v", tc.field, tc.message, report.Files[0].Problems)
			}
		})
	}
	// At the caps, a file is still read.
	atCap := cs + "timing: " + strings.Repeat("x", MaxFieldBytes) + "\nsteps: " + items(MaxListItems) + "\n"
	if _, report := Apply(base, overlayFS(map[string]string{"cap.yaml": atCap})); !report.Files[0].Applied() {
		t.Errorf("a file at the caps was refused: %v", report.Files[0].Problems)
	}
}

// TestBuiltInEntriesFitTheOverlayLimits reads every built-in technique file
// as an overlay of itself: the limits must leave room for any real entry.
func TestBuiltInEntriesFitTheOverlayLimits(t *testing.T) {
	base := mustLoad(t)
	files, err := fs.Glob(techniques.Files(), "techniques/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no technique files: %v", err)
	}
	for _, path := range files {
		data, err := fs.ReadFile(techniques.Files(), path)
		if err != nil {
			t.Fatal(err)
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if _, report := Apply(base, overlayFS(map[string]string{name: string(data)})); !report.Files[0].Applied() {
			t.Errorf("%s as an overlay: %v", path, report.Files[0].Problems)
		}
	}
}

// TestOverlayAnchorsStillWork keeps what YAML users write: an anchor reused
// a few times is well within the alias budget.
func TestOverlayAnchorsStillWork(t *testing.T) {
	text := "id: counterstrain-lumbar\ntiming: &t Lab B holds 120 seconds.\nrepetitions: *t\n"
	c, report := Apply(mustLoad(t), overlayFS(map[string]string{"anchors.yaml": text}))
	if !report.Files[0].Applied() {
		t.Fatalf("refused: %v", report.Files[0].Problems)
	}
	if got, _ := c.Technique("counterstrain-lumbar"); got.Repetitions != "Lab B holds 120 seconds." {
		t.Errorf("repetitions %q", got.Repetitions)
	}
}
