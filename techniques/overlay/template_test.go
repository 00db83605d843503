package overlay

import (
	"strings"
	"testing"
)

func TestOverlayTemplates(t *testing.T) {
	c := mustLoad(t)
	for _, tech := range c.Techniques {
		t.Run(tech.ID, func(t *testing.T) {
			text, builtIn, err := Template(c, tech.ID)
			if err != nil || !builtIn {
				t.Fatalf("built-in %v, err %v", builtIn, err)
			}
			head, fields, _ := strings.Cut(text, "\nid: ")
			uncommented := head + "\nid: " + strings.ReplaceAll(fields, "\n# ", "\n")
			for name, content := range map[string]string{"as written": text, "all uncommented": uncommented} {
				got, report := Apply(c, overlayFS(map[string]string{"x.yaml": content}))
				f := report.Files[0]
				if !f.Applied() || len(f.Fields) != 0 || got != c {
					t.Errorf("%s: the template should apply and change nothing: %+v", name, f)
				}
			}
		})
	}
	text, builtIn, err := Template(c, "lab-b-rib-raising")
	if err != nil || builtIn {
		t.Fatalf("new id: built-in %v, err %v", builtIn, err)
	}
	_, report := Apply(c, overlayFS(map[string]string{"new.yaml": text}))
	if f := report.Files[0]; f.Applied() || f.ID != "lab-b-rib-raising" {
		t.Errorf("an unfilled template must not apply: %+v", f)
	}
	if _, _, err := Template(c, "Not An Id"); err == nil {
		t.Error("a template for a malformed id")
	}
}
