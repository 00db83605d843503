package render

import (
	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/atlas"
)

// The JSON answers about the catalogue and its maps, each the shape of one
// command's --json (the listings' is TechniqueJSON, search's
// SearchResultJSON, a plan's PlanDocument).

// ConditionJSON is one condition in `omt conditions --json`.
type ConditionJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	System     string   `json:"system"`
	Synonyms   []string `json:"synonyms"`
	Techniques []string `json:"techniques"`
}

// NewConditionJSON describes a condition and its techniques' ids.
func NewConditionJSON(c *techniques.Catalog, x techniques.Condition) ConditionJSON {
	ids := mapSlice(c.TechniquesFor(x.ID), func(t techniques.Technique) string { return t.ID })
	return ConditionJSON{x.ID, x.Name, x.System, x.Synonyms, ids}
}

// TechniqueRef is a technique named inside another answer.
type TechniqueRef struct {
	ID            string                   `json:"id"`
	Name          string                   `json:"name"`
	Approach      techniques.Approach      `json:"approach"`
	Participation techniques.Participation `json:"participation"`
}

func refs(ts []techniques.Technique) []TechniqueRef {
	return mapSlice(ts, func(t techniques.Technique) TechniqueRef {
		return TechniqueRef{t.ID, t.Name, t.Approach, t.Participation}
	})
}

// ConditionOverviewJSON is `omt condition NAME --json`.
type ConditionOverviewJSON struct {
	ID         string                       `json:"id"`
	Name       string                       `json:"name"`
	System     string                       `json:"system"`
	Synonyms   []string                     `json:"synonyms"`
	RedFlags   []string                     `json:"red_flags"`
	Techniques []TechniqueRef               `json:"techniques"`
	Evidence   techniques.ConditionEvidence `json:"evidence"`
	Sources    []string                     `json:"sources"`
	// TechniquesNote says why no technique is listed, when none is.
	TechniquesNote string `json:"techniques_note,omitempty"`
}

// NewConditionOverviewJSON is a condition's overview: its red flags, the
// evidence (a grade of none when it has no evidence file) and its
// techniques.
func NewConditionOverviewJSON(c *techniques.Catalog, x techniques.Condition) ConditionOverviewJSON {
	ev, ok := c.ConditionEvidence(x.ID)
	if !ok {
		ev = techniques.ConditionEvidence{Condition: x.ID, Grade: techniques.None,
			Summary: "No trial found.", Items: []techniques.Evidence{}}
	}
	return ConditionOverviewJSON{x.ID, x.Name, x.System, x.Synonyms, x.RedFlags, refs(c.TechniquesFor(x.ID)), ev, x.Sources, x.TechniquesNote}
}

// LevelJSON is `omt level --json`: the report with its techniques as references.
type LevelJSON struct {
	atlas.LevelReport
	Techniques []TechniqueRef `json:"techniques"`
}

// NewLevelJSON is what the maps hold at a level.
func NewLevelJSON(rep atlas.LevelReport) LevelJSON {
	return LevelJSON{rep, refs(rep.Techniques)}
}

// OrganJSON is `omt organ --json`.
type OrganJSON struct {
	atlas.OrganReport
	Conditions []string       `json:"conditions"`
	Techniques []TechniqueRef `json:"techniques"`
}

// NewOrganJSON is what the maps say about an organ.
func NewOrganJSON(c *techniques.Catalog, o techniques.Organ) OrganJSON {
	rep := atlas.ForOrgan(c, o)
	return OrganJSON{rep, mapSlice(rep.Conditions, func(x techniques.Condition) string { return x.ID }), refs(rep.Techniques)}
}

// NotationJSON is `omt notation --json`.
type NotationJSON struct {
	atlas.NotationReading
	Summary    string   `json:"summary"`
	Free       []string `json:"free"`
	Restricted []string `json:"restricted"`
	Barrier    []string `json:"direct_barrier"`
	Ease       []string `json:"indirect_ease"`
}

// NewNotationJSON is a diagnosis read back, its motions spelled out.
func NewNotationJSON(r atlas.NotationReading) NotationJSON {
	e := r.Explanation
	return NotationJSON{r, e.Summary, motionWords(e.Free), motionWords(e.Restricted), motionWords(e.DirectBarrier), motionWords(e.IndirectEase)}
}

func motionWords(ms []notation.Motion) []string {
	return mapSlice(ms, func(m notation.Motion) string { return m.String() })
}

// FlagJSON is one patient flag in `omt flags --json`.
type FlagJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Scope      string   `json:"scope"`
	Definition string   `json:"definition"`
	Reading    string   `json:"reading,omitempty"`
}

// NewFlagJSON describes a patient flag; a flag without aliases has [].
func NewFlagJSON(f techniques.Flag) FlagJSON {
	aliases := f.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return FlagJSON{f.ID, f.Name, aliases, string(f.Scope), f.Definition, f.Reading}
}
