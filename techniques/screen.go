package techniques

import (
	"fmt"
	"strings"
)

// ScreenStatus is the verdict of screening a technique against a patient's flags.
type ScreenStatus string

// Screening verdicts, from safe to forbidden.
const (
	StatusOK              ScreenStatus = "ok"
	StatusCaution         ScreenStatus = "caution"
	StatusContraindicated ScreenStatus = "contraindicated"
)

// ScreenReason is one contraindication that a patient flag triggered.
type ScreenReason struct {
	Flag string `json:"flag"`
	Name string `json:"name"`
	Kind string `json:"kind"` // "absolute" or "relative"
	Note string `json:"note"`
	// Reading is how omt took the flag when its words could mean more than one
	// finding (the flag's reading), so the clinician can enter a stricter one.
	Reading string `json:"reading,omitempty"`
	// Local is set when a school overlay added the contraindication; its
	// note then ends with the local mark, wherever it is printed.
	Local bool `json:"local,omitempty"`
}

// Screening is a technique's verdict for a patient, with the reasons. It only
// ever reflects the flags that were entered.
type Screening struct {
	Status  ScreenStatus   `json:"status"`
	Reasons []ScreenReason `json:"reasons"`
	Checked []string       `json:"checked"` // the flag ids screened for
}

// Screen checks a technique against patient flags (flag ids, with the flags
// they imply; see ExpandFlags): any absolute contraindication makes it
// contraindicated, any relative one a caution. A technique done only in a
// position a flag asks to avoid (supine in late pregnancy) is a caution.
func (c *Catalog) Screen(t Technique, flags []string) Screening {
	flags = c.ExpandFlags(flags)
	s := Screening{Status: StatusOK, Reasons: []ScreenReason{}, Checked: flags}
	has := make(map[string]bool, len(flags))
	for _, f := range flags {
		has[f] = true
	}
	listed := map[string]bool{}
	add := func(kind string, list []Contraindication) {
		for _, ci := range list {
			if !has[ci.Flag] {
				continue
			}
			listed[ci.Flag] = true
			r := ScreenReason{Flag: ci.Flag, Name: ci.Flag, Kind: kind, Note: ci.Note, Local: ci.Local}
			if ci.Local {
				r.Note += " " + LocalMark(t.OverlayFile)
			}
			if f, ok := c.Flag(ci.Flag); ok {
				r.Name, r.Reading = f.Name, c.readingFor(ci.Flag, flags)
			}
			s.Reasons = append(s.Reasons, r)
		}
	}
	add("absolute", t.Contraindications.Absolute)
	n := len(s.Reasons)
	add("relative", t.Contraindications.Relative)
	s.Reasons = append(s.Reasons, c.positionReasons(t, flags, listed)...)
	switch {
	case n > 0:
		s.Status = StatusContraindicated
	case len(s.Reasons) > 0:
		s.Status = StatusCaution
	}
	return s
}

// FlagError is a patient flag that matched nothing, with the closest flags.
// A week of pregnancy past any pregnancy is a *GestationError instead.
type FlagError struct {
	Query       string
	Suggestions []string
}

func (e *FlagError) Error() string {
	msg := fmt.Sprintf("no patient flag %q", e.Query)
	if len(e.Suggestions) > 0 {
		msg += "; did you mean: " + strings.Join(e.Suggestions, ", ") + "?"
	}
	return msg
}

// ResolveFlags turns what a clinician typed ("osteoporosis, warfarin") into flag
// ids, each followed by the flags it implies, without duplicates. A week of
// pregnancy ("32 weeks pregnant") names its flag. An unknown word is an error
// with suggestions: a screen that silently skipped a flag would be unsafe.
func (c *Catalog) ResolveFlags(items []string) ([]string, error) {
	var ids []string
	seen := map[string]bool{}
	for _, item := range items {
		for _, part := range strings.Split(item, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			f, ok := c.ResolveFlag(part)
			if !ok {
				if _, _, err := c.resolveGestation(part); err != nil {
					return nil, err
				}
				return nil, &FlagError{Query: part, Suggestions: c.SuggestFlags(part, 3)}
			}
			for _, id := range c.ExpandFlags([]string{f.ID}) {
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			}
		}
	}
	return ids, nil
}

// SuggestFlags returns up to n flag ids or aliases closest to an unknown one.
func (c *Catalog) SuggestFlags(query string, n int) []string {
	var keys []string
	for _, f := range c.Flags {
		keys = append(keys, f.ID)
		keys = append(keys, f.Aliases...)
	}
	return Closest(query, keys, n)
}

// FlagNames spells flag ids for people: "Osteoporosis, Anticoagulation".
func (c *Catalog) FlagNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if f, ok := c.Flag(id); ok {
			names[i] = f.Name
		}
	}
	return strings.Join(names, ", ")
}

// ScreeningNotice says plainly what a screen did not do, and how it read each
// flag that has a reading, whether or not that flag ruled anything out. A
// flag implied by another with a reading is read by that one (apixaban's
// reading, not anticoagulation's), so each reading is said once.
func (c *Catalog) ScreeningNotice(flags []string) string {
	flags = c.ExpandFlags(flags)
	notice := fmt.Sprintf("Screened only for: %s.", c.FlagNames(flags))
	for _, id := range flags {
		if f, ok := c.Flag(id); ok && f.Reading != "" && c.readingFor(id, flags) == f.Reading {
			notice += fmt.Sprintf(" %s: %s", f.Name, f.Reading)
		}
	}
	return notice + " Nothing else was checked: read each technique's contraindications before treating."
}
