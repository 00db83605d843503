package techniques

import (
	"fmt"
	"strings"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

// FacetError is a facet value that names nothing, with the values it can take.
type FacetError struct {
	Facet, Query string
	Options      []string // every value, or the closest when there are many
}

func (e *FacetError) Error() string {
	return fmt.Sprintf("no %s %q; use one of: %s", e.Facet, e.Query, strings.Join(e.Options, ", "))
}

// Approaches returns the approaches, for help and completion.
func Approaches() []string { return []string{string(Direct), string(Indirect), string(Combined)} }

// Participations returns the kinds of participation, for help and completion.
func Participations() []string { return []string{string(Active), string(Passive)} }

// ParseApproach reads an approach as a user types it ("Direct", "indirect").
func ParseApproach(s string) (Approach, error) {
	for _, a := range Approaches() {
		if fold.Normalize(s) == a {
			return Approach(a), nil
		}
	}
	return "", &FacetError{Facet: "approach", Query: s, Options: Approaches()}
}

// ParseParticipation reads a kind of participation ("active", "passive").
func ParseParticipation(s string) (Participation, error) {
	for _, p := range Participations() {
		if fold.Normalize(s) == p {
			return Participation(p), nil
		}
	}
	return "", &FacetError{Facet: "participation", Query: s, Options: Participations()}
}

// ResolveRegion reads a body region as a user types it: "upper extremity",
// "Upper-Extremity", "ribs" and "rib" all name a region of Regions.
func ResolveRegion(s string) (string, error) {
	q := strings.TrimSuffix(fold.Normalize(s), "s")
	for _, r := range Regions() {
		if q == strings.TrimSuffix(fold.Normalize(r), "s") {
			return r, nil
		}
	}
	return "", &FacetError{Facet: "region", Query: s, Options: Regions()}
}

// ResolveFamily finds a technique family by id, name or abbreviation
// ("muscle-energy", "Muscle energy", "MET").
func (c *Catalog) ResolveFamily(s string) (Family, error) {
	q := fold.Normalize(s)
	var keys []string
	for _, f := range c.Families {
		for _, k := range append([]string{f.ID, f.Name}, f.Abbreviations...) {
			if fold.Normalize(k) == q {
				return f, nil
			}
		}
		keys = append(keys, f.ID)
	}
	if q != "" { // a prefix that names one family alone: "counter"
		var found []Family
		for _, f := range c.Families {
			if strings.HasPrefix(fold.Normalize(f.Name), q) || strings.HasPrefix(f.ID, q) {
				found = append(found, f)
			}
		}
		if len(found) == 1 {
			return found[0], nil
		}
	}
	options := Closest(s, keys, 5)
	if len(options) == 0 {
		options = keys
	}
	return Family{}, &FacetError{Facet: "family", Query: s, Options: options}
}
