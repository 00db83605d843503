package techniques

import "fmt"

// ResolveConditions finds the conditions a word or phrase names, the one way
// that --condition, `omt condition` and the browser read it. A name, id or
// synonym names its condition ("LBP"). Otherwise the words are searched
// among the conditions' names and synonyms, as whole words or prefixes but
// never as typos (a typo gets suggestions, not a guess): when one condition
// matches best it alone is returned ("breastfeeding", "low back"); when
// several match equally well, all of them are ("pregnancy"). Nothing matches:
// nil.
func (c *Catalog) ResolveConditions(query string) []Condition {
	if x, ok := c.ResolveCondition(query); ok {
		return []Condition{x}
	}
	var out []Condition
	for _, r := range bestOfKind(c.SearchAll(query), KindCondition, TierPrefix) {
		out = append(out, c.Conditions[r.Index])
	}
	return out
}

// ResolveGlossaryTerms finds the glossary terms a query names: the one term
// it names exactly, or the one that matches best (typos allowed: "barier",
// "fryete"), or every term that matches equally well.
func (c *Catalog) ResolveGlossaryTerms(query string) []GlossaryTerm {
	if g, ok := c.ResolveGlossary(query); ok {
		return []GlossaryTerm{g}
	}
	var out []GlossaryTerm
	for _, r := range bestOfKind(c.SearchAll(query), KindGlossary, TierTypo) {
		out = append(out, c.Glossary[r.Index])
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

// Suggest returns up to n names closest to a query that found nothing, from
// every kind of entry, each with its kind: "Rib raising (technique)".
func (c *Catalog) Suggest(query string, n int) []string {
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
	for _, t := range c.Techniques {
		add(KindTechnique, t.Name)
		add(KindTechnique, t.Aliases...)
	}
	for _, x := range c.Conditions {
		add(KindCondition, x.Name)
		add(KindCondition, x.Synonyms...)
	}
	for _, g := range c.Glossary {
		add(KindGlossary, g.Term)
		add(KindGlossary, g.Aliases...)
	}
	found := Closest(query, names, n)
	for i, s := range found {
		found[i] = fmt.Sprintf("%s (%s)", s, kind[s])
	}
	return found
}
