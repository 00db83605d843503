package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/overlay"
)

// OverlayFileJSON is one file in `omt overlay check --json`.
type OverlayFileJSON struct {
	File     string        `json:"file"`
	ID       string        `json:"id,omitempty"`
	New      bool          `json:"new"`
	Fields   []string      `json:"fields"`
	Applied  bool          `json:"applied"`
	Problems []ProblemJSON `json:"problems"`
	// Warnings name fields of the entry that still state a value the file
	// changed; the file applies all the same.
	Warnings []ProblemJSON `json:"warnings"`
}

// ProblemJSON is a problem found in an overlay file: the field, and what is wrong.
type ProblemJSON struct {
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// NewOverlayFileJSON describes what an overlay file changes, and what is wrong with it.
func NewOverlayFileJSON(f overlay.File) OverlayFileJSON {
	toJSON := func(p techniques.Problem) ProblemJSON { return ProblemJSON{p.Field, p.Message} }
	out := OverlayFileJSON{File: f.Name, ID: f.ID, New: f.New, Fields: f.Fields, Applied: f.Applied(),
		Problems: mapSlice(f.Problems, toJSON), Warnings: mapSlice(f.Warnings, toJSON)}
	if out.Fields == nil {
		out.Fields = []string{}
	}
	return out
}

// OverlayCheck says, for each overlay file in dir, what it changes, or
// why it was not applied, and what it still leaves stale.
func OverlayCheck(w io.Writer, dir string, dirExists bool, report overlay.Report) {
	if !dirExists {
		fmt.Fprintf(w, "No overlay directory at %s.\nomt overlay new ID writes a first overlay there.\n", dir)
		return
	}
	if len(report.Files) == 0 {
		fmt.Fprintf(w, "No overlay files (*.yaml) in %s.\n", dir)
		return
	}
	fmt.Fprintf(w, "Overlays in %s:\n", dir)
	for _, f := range report.Files {
		switch {
		case !f.Applied():
			fmt.Fprintf(w, "  %s: NOT VALID, not applied\n", f.Name)
			for _, p := range f.Problems {
				msg := p.Message
				if p.Field != "" {
					msg = "field " + p.Field + ": " + msg
				}
				fmt.Fprintf(w, "    %s\n", safetext.Visible(msg))
			}
		case f.New:
			fmt.Fprintf(w, "  %s: adds local technique %s\n", f.Name, f.ID)
		case len(f.Fields) == 0:
			fmt.Fprintf(w, "  %s: names %s but changes nothing yet\n", f.Name, f.ID)
		default:
			fmt.Fprintf(w, "  %s: changes %s: %s\n", f.Name, f.ID, strings.Join(f.Fields, ", "))
		}
		for _, p := range f.Warnings {
			fmt.Fprintf(w, "    warning: field %s: %s\n", p.Field, safetext.Visible(p.Message))
		}
	}
}
