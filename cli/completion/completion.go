// Package completion is what the shell offers for the word being typed on
// omt's command line: technique ids, condition names and synonyms, glossary
// terms, patient flags, families and bookmarks, each with what to show
// beside it. Names match by prefix in any case, keeping the case typed, and
// by any word of the name, for shells that match inside a value.
//
// It reads the catalogue and the bookmarks through a Source that the
// command line (cli) hands it, and registers nothing itself: cli names the
// function for each argument and flag.
package completion

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/techniques"
)

// Source is where completions come from. A completion that cannot read its
// source offers nothing: a shell has nowhere to show an error.
type Source struct {
	// Load reads the catalogue.
	Load func() (*techniques.Catalog, error)
	// Bookmarks are the ids bookmarked, read without creating the database.
	Bookmarks func() ([]string, error)
}

// named is a name the shell can complete, with what to show beside it.
type named struct{ name, desc string }

// matchNames completes the word being typed (typed), after the words before
// it (done; condition and glossary read several words as one name), from
// names matched in two ways:
//
//   - by prefix, ignoring case: the value keeps the case typed ("low" offers
//     "low back pain", "tar" offers "tart"), because bash keeps only values
//     that start with the word as typed, and names resolve in any case;
//   - by any word of the name ("back" offers "Low back pain"), for shells
//     that match inside a value (fish; zsh with a matcher-list).
func matchNames(done []string, typed string, names []named) []cobra.Completion {
	before := strings.Join(done, " ")
	if before != "" {
		before += " "
	}
	var out []cobra.Completion
	seen := map[string]bool{}
	add := func(value, desc string) {
		if value != "" && !seen[value] {
			seen[value] = true
			out = append(out, cobra.CompletionWithDesc(value, desc))
		}
	}
	prefixed := map[string]bool{}
	for _, n := range names {
		if rest, ok := cutPrefixFold(n.name, before+typed); ok {
			add(caseAsTyped(n.name, typed, rest), n.desc)
			prefixed[n.name] = true
		}
	}
	if before == "" && typed != "" {
		for _, n := range names {
			if !prefixed[n.name] && slices.ContainsFunc(words(n.name), func(w string) bool { _, ok := cutPrefixFold(w, typed); return ok }) {
				add(n.name, n.desc)
			}
		}
	}
	return out
}

// caseAsTyped is the completion of the current word: the name's own text
// when typed matches its case, else typed followed by the rest of the name,
// or an abbreviation (LBP, TART) in lower case when typed is.
func caseAsTyped(name, typed, rest string) string {
	start := len(name) - len(rest) - len(typed)
	if start >= 0 && name[start:len(name)-len(rest)] == typed {
		return name[start:]
	}
	if name == strings.ToUpper(name) && typed == strings.ToLower(typed) {
		return strings.ToLower(typed + rest)
	}
	return typed + rest
}

// cutPrefixFold is strings.CutPrefix ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	for prefix != "" {
		p, pn := utf8.DecodeRuneInString(prefix)
		r, rn := utf8.DecodeRuneInString(s)
		if s == "" || !(r == p || unicode.SimpleFold(r) == p || unicode.ToLower(r) == unicode.ToLower(p)) {
			return "", false
		}
		prefix, s = prefix[pn:], s[rn:]
	}
	return s, true
}

// words splits a name or id at spaces, hyphens and brackets.
func words(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return strings.ContainsRune(" -()/,", r) })
}

// TechniqueIDs offers technique ids, with their names as descriptions.
func (s Source) TechniqueIDs(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	c, err := s.Load()
	if err != nil || len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []named
	for _, t := range c.Techniques {
		names = append(names, named{t.ID, t.Name})
	}
	return matchNames(nil, toComplete, names), cobra.ShellCompDirectiveNoFileComp
}

// conditionNames are the names and synonyms a condition resolves from.
func (s Source) conditionNames() []named {
	c, err := s.Load()
	if err != nil {
		return nil
	}
	var names []named
	for _, x := range c.Conditions {
		names = append(names, named{x.Name, fmt.Sprintf("%d techniques", c.CountFor(x.ID))})
		for _, s := range x.Synonyms {
			names = append(names, named{s, x.Name})
		}
	}
	return names
}

// ConditionArgs completes omt condition NAME, over several words.
func (s Source) ConditionArgs(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return matchNames(args, toComplete, s.conditionNames()), cobra.ShellCompDirectiveNoFileComp
}

// GlossaryArgs completes omt glossary TERM, over several words.
func (s Source) GlossaryArgs(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	c, err := s.Load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []named
	for _, g := range c.Glossary {
		names = append(names, named{g.Term, "glossary"})
		for _, alias := range g.Aliases {
			names = append(names, named{alias, g.Term})
		}
	}
	return matchNames(args, toComplete, names), cobra.ShellCompDirectiveNoFileComp
}

// Conditions offers condition names for a flag.
func (s Source) Conditions(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return matchNames(nil, toComplete, s.conditionNames()), cobra.ShellCompDirectiveNoFileComp
	})
}

// Flags offers patient flags: their ids and, once a word is begun,
// the one-word names a clinician types (warfarin, Eliquis) in the case
// typed, as --patient reads them. After a comma it completes the next one,
// leaving out the flags already given. (omt flags lists them all.)
func (s Source) Flags(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := s.Load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		done, last := "", toComplete
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			done, last = toComplete[:i+1], toComplete[i+1:]
		}
		given := map[string]bool{}
		for _, word := range strings.Split(done, ",") {
			if f, ok := c.ResolveFlag(word); ok {
				given[f.ID] = true
			}
		}
		var names []named
		for _, f := range c.Flags {
			if given[f.ID] {
				continue
			}
			names = append(names, named{f.ID, f.Name})
			for _, alias := range f.Aliases {
				if last != "" && !strings.ContainsAny(alias, " ,") { // a space would end the shell's word
					names = append(names, named{alias, f.Name})
				}
			}
		}
		out := matchNames(nil, last, names)
		for i := range out {
			out[i] = done + out[i]
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	})
}

// Families offers family ids, with their names as descriptions.
func (s Source) Families(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := s.Load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, f := range c.Families {
			if strings.HasPrefix(f.ID, strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(f.ID, f.Name))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
}

// TechniqueIDList offers technique ids for a command that takes
// several, leaving out those already given.
func (s Source) TechniqueIDList(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	c, err := s.Load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []named
	for _, t := range c.Techniques {
		if !slices.Contains(args, t.ID) {
			names = append(names, named{t.ID, t.Name})
		}
	}
	return matchNames(nil, toComplete, names), cobra.ShellCompDirectiveNoFileComp
}

// Bookmarked offers the ids bookmarked (for omt bookmarks rm), with their
// names, leaving out those already given.
func (s Source) Bookmarked(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	c, err := s.Load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	ids, _ := s.Bookmarks()
	var names []named
	for _, id := range ids {
		if !slices.Contains(args, id) {
			name, _ := render.TechniqueName(c, id)
			names = append(names, named{id, name})
		}
	}
	return matchNames(nil, toComplete, names), cobra.ShellCompDirectiveNoFileComp
}
