package search

import (
	"fmt"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/fold"
)

// ResolveConditions finds the conditions a word or phrase names, the one way
// that --condition, `omt condition` and the browser read it. A name, id or
// synonym names its condition ("LBP"). Otherwise the words are searched
// among the conditions' names and synonyms, as whole words or prefixes but
// never as typos (a typo gets suggestions, not a guess): when one condition
// matches best it alone is returned ("breastfeeding", "low back"); when
// several match equally well, all of them are ("pregnancy"). Nothing matches:
// nil.
func (x *Index) ResolveConditions(query string) []techniques.Condition {
	if c, ok := x.cat.ResolveCondition(query); ok {
		return []techniques.Condition{c}
	}
	var out []techniques.Condition
	for _, r := range bestOfKind(x.SearchAll(query), KindCondition, TierPrefix) {
		out = append(out, x.cat.Conditions[r.Index])
	}
	return out
}

// ResolveGlossaryTerms finds the glossary terms a query names: the one term
// it names exactly, or the one that matches best (typos allowed: "barier",
// "fryete"), or every term that matches equally well.
func (x *Index) ResolveGlossaryTerms(query string) []techniques.GlossaryTerm {
	if g, ok := x.cat.ResolveGlossary(query); ok {
		return []techniques.GlossaryTerm{g}
	}
	var out []techniques.GlossaryTerm
	for _, r := range bestOfKind(x.SearchAll(query), KindGlossary, TierTypo) {
		out = append(out, x.cat.Glossary[r.Index])
	}
	return out
}

// ResolveOrgans finds the organs a word names, the way ResolveConditions
// reads a condition: a name, id or synonym names its organ; otherwise whole
// words or prefixes of the names ("colon" names every part of it), never a
// typo (a typo gets suggestions).
func (x *Index) ResolveOrgans(query string) []techniques.Organ {
	q := fold.Normalize(fold.CapQuery(query))
	if q == "" {
		return nil
	}
	for _, o := range x.cat.Maps.Organs.Rows {
		for _, n := range append([]string{o.ID, o.Name}, o.Synonyms...) {
			if fold.Normalize(n) == q {
				return []techniques.Organ{o}
			}
		}
	}
	var out []techniques.Organ
	for _, r := range bestOfKind(x.SearchAll(query), KindOrgan, TierPrefix) {
		out = append(out, x.cat.Maps.Organs.Rows[r.Index])
	}
	return out
}

// bestOfKind keeps the results of one kind, at worst maxTier, that share the
// best tier. When one of them also has the best score it alone is returned.
func bestOfKind(results []Result, kind Kind, maxTier Tier) []Result {
	var group []Result
	for _, r := range results {
		if r.Kind != kind || r.Tier > maxTier {
			continue
		}
		if len(group) > 0 && r.Tier != group[0].Tier {
			break // results come best first: a weaker tier begins
		}
		group = append(group, r)
	}
	if len(group) > 1 && group[0].Score > group[1].Score {
		return group[:1]
	}
	return group
}

// SuggestTechniques returns up to n technique ids closest to an id that was not found.
func (x *Index) SuggestTechniques(query string, n int) []string {
	ids := make([]string, len(x.cat.Techniques))
	for i, t := range x.cat.Techniques {
		ids[i] = t.ID
	}
	found := techniques.Closest(query, ids, n)
	if len(found) > 0 {
		return found
	}
	// A name or an abbreviation ("hvla") is a reasonable thing to type as an id.
	for _, m := range x.Search(query) {
		if len(found) == n {
			break
		}
		found = append(found, m.Technique.ID)
	}
	return found
}

// Suggest returns up to n names closest to a query that found nothing, from
// every kind of entry, each with its kind: "Rib raising (technique)".
func (x *Index) Suggest(query string, n int) []string {
	var names []string
	kind := map[string]Kind{}
	add := func(k Kind, ns ...string) {
		for _, s := range ns {
			if _, dup := kind[s]; !dup {
				kind[s] = k
				names = append(names, s)
			}
		}
	}
	for _, t := range x.cat.Techniques {
		add(KindTechnique, t.Name)
		add(KindTechnique, t.Aliases...)
	}
	for _, c := range x.cat.Conditions {
		add(KindCondition, c.Name)
		add(KindCondition, c.Synonyms...)
	}
	for _, g := range x.cat.Glossary {
		add(KindGlossary, g.Term)
		add(KindGlossary, g.Aliases...)
	}
	found := techniques.Closest(query, names, n)
	for i, s := range found {
		found[i] = fmt.Sprintf("%s (%s)", s, kind[s])
	}
	return found
}
