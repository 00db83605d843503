package render

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/render/sheet"
)

// Markdown renders sections as markdown that pastes cleanly into
// notes: the CLI's markdown format and what the browser copies.
func Markdown(title, subtitle string, sections []sheet.Section) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	if subtitle != "" {
		fmt.Fprintf(&b, "%s\n\n", subtitle)
	}
	for _, s := range sections {
		marker := ""
		if s.Kind == sheet.Warning {
			marker = "⚠ "
		}
		fmt.Fprintf(&b, "## %s%s\n\n", marker, mdEscape(s.Title))
		for _, f := range s.Fields {
			if strings.TrimSpace(f.Value) != "" {
				fmt.Fprintf(&b, "- **%s:** %s\n", f.Label, mdEscape(f.Value))
			}
		}
		if len(s.Fields) > 0 {
			b.WriteString("\n")
		}
		for _, p := range s.Text {
			fmt.Fprintf(&b, "%s\n\n", mdEscape(p))
		}
		for i, it := range s.Items {
			if s.Numbered {
				fmt.Fprintf(&b, "%d. %s\n", i+1, mdEscape(it))
			} else {
				fmt.Fprintf(&b, "- %s\n", mdEscape(it))
			}
		}
		if len(s.Items) > 0 {
			b.WriteString("\n")
		}
		for _, g := range s.Groups {
			if g.Title != "" {
				fmt.Fprintf(&b, "**%s**\n\n", mdEscape(g.Title))
			}
			for _, it := range g.Items {
				fmt.Fprintf(&b, "- %s\n", mdEscape(it))
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "_%s_\n", Disclaimer)
	return b.String()
}

// mdEscape keeps text from turning into markup by accident: a leading "1." or
// "#", or stray asterisks and underscores.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;")
	return r.Replace(s)
}
