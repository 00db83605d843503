package techniques

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/omt-reference/omt/techniques/internal/fold"
)

func systems() []string {
	return []string{"musculoskeletal", "head-neck", "respiratory", "gastrointestinal",
		"obstetric", "paediatric", "lymphatic", "neurological"}
}

func referenceKinds() []string {
	return []string{"trial", "review", "guideline", "textbook", "glossary", "statpearls", "article", "web"}
}

func gradedStrengths() []string {
	return []string{string(High), string(Moderate), string(Low), string(VeryLow)}
}

// validate checks every record and every id that points from one record to
// another, kind by kind, in the order the problems are reported.
func (c *Catalog) validate() []Problem {
	var problems []Problem
	ids := c.collectIDs(&problems)
	c.validateFamilies(&problems)
	c.validateConditions(ids, &problems)
	c.checkConditionKeys(&problems)
	for i, f := range c.Flags {
		ch := checker{file: "flags.yaml", record: recordName(f.ID, i), problems: &problems}
		c.validateFlag(ch, ids, f)
	}
	for i, r := range c.References {
		validateReference(checker{file: c.referenceFiles[i], record: recordName(r.ID, i), problems: &problems}, r)
	}
	c.validateGlossary(ids, &problems)
	for i, t := range c.Techniques {
		file := c.techniqueFiles[i]
		c.validateTechnique(t, file, ids, &problems)
		if want := strings.TrimSuffix(path.Base(file), ".yaml"); t.ID != want {
			ch := checker{file: file, problems: &problems}
			ch.addf("id", "%q must match the file name %q", t.ID, want)
		}
	}
	c.validateMaps(ids, &problems)
	for i, e := range c.Evidence {
		c.validateConditionEvidence(checker{file: c.evidenceFiles[i], problems: &problems}, e, ids)
	}
	return problems
}

func (c *Catalog) validateFamilies(problems *[]Problem) {
	for i, f := range c.Families {
		ch := checker{file: "families.yaml", record: recordName(f.ID, i), problems: problems}
		ch.id("id", f.ID)
		ch.text("name", f.Name)
	}
}

func (c *Catalog) validateConditions(ids idSets, problems *[]Problem) {
	for i, x := range c.Conditions {
		ch := checker{file: "conditions.yaml", record: recordName(x.ID, i), problems: problems}
		ch.id("id", x.ID)
		ch.text("name", x.Name)
		ch.oneOf("system", x.System, systems()...)
		ch.list("red_flags", x.RedFlags)
		ch.list("sources", x.Sources)
		for i, r := range x.Regions {
			ch.oneOf(fmt.Sprintf("regions[%d]", i), r, Regions()...)
		}
		ids.refs(ch, "sources", x.Sources, ids.reference)
	}
}

func (c *Catalog) validateFlag(ch checker, ids idSets, f Flag) {
	ch.id("id", f.ID)
	ch.text("name", f.Name)
	ch.text("definition", f.Definition)
	ch.oneOf("scope", string(f.Scope), string(Systemic), string(Local))
	if f.Reading != "" && strings.TrimSpace(f.Reading) == "" {
		ch.addf("reading", "is blank")
	}
	c.checkFlagLinks(ch, ids, f)
}

// validateReference checks that a reference can be cited and found.
func validateReference(ch checker, r Reference) {
	ch.id("id", r.ID)
	if r.Authors != "" || strings.TrimSpace(r.Note) == "" {
		// A record reached without its author list is cited title
		// first, as citation styles cite an unsigned work; its note
		// must then say where the author list is to be found.
		ch.text("authors", r.Authors)
	}
	ch.text("title", r.Title)
	ch.oneOf("kind", r.Kind, referenceKinds()...)
	switch {
	case r.Year == 0 && r.Kind != "web" && r.Kind != "statpearls":
		ch.addf("year", "only an undated web page may leave the year 0; a %s has a publication year", r.Kind)
	case r.Year != 0 && (r.Year < 1850 || r.Year > time.Now().Year()+1):
		ch.addf("year", "%d is not a plausible publication year", r.Year)
	}
	if !isLocator(r.Volume) {
		ch.addf("volume", "%q is not a locator (such as 100(10):635-639, 3rd ed., NBK559029 or updated 4 June 2023): put remarks in note", r.Volume)
	}
	if r.DOI == "" && r.PMID == "" && r.URL == "" && r.Publisher == "" {
		ch.addf("doi", "a reference needs a doi, pmid, url or publisher so a reader can find it")
	}
}

func (c *Catalog) validateGlossary(ids idSets, problems *[]Problem) {
	for i, g := range c.Glossary {
		ch := checker{file: "glossary.yaml", record: recordName(g.ID, i), problems: problems}
		ch.id("id", g.ID)
		ch.text("term", g.Term)
		ch.text("definition", g.Definition)
		ch.list("sources", g.Sources)
		ids.refs(ch, "sources", g.Sources, ids.reference)
	}
}

// validateConditionEvidence checks one evidence file: its condition (which
// its file is named after), its grade and the studies behind the grade.
func (c *Catalog) validateConditionEvidence(ch checker, e ConditionEvidence, ids idSets) {
	if want := strings.TrimSuffix(path.Base(ch.file), ".yaml"); e.Condition != want {
		ch.addf("condition", "%q must match the file name %q", e.Condition, want)
	}
	ids.refs(ch, "condition", []string{e.Condition}, ids.condition)
	ch.text("summary", e.Summary)
	ch.oneOf("grade", string(e.Grade), append(gradedStrengths(), string(None))...)
	if e.Grade == None && len(e.Items) > 0 {
		ch.addf("grade", "is none but the file lists %d studies", len(e.Items))
	}
	if e.Grade != None && len(e.Items) == 0 {
		ch.addf("items", "must list the studies behind grade %q", e.Grade)
	}
	for j, ev := range e.Items {
		c.validateEvidence(ch, fmt.Sprintf("items[%d]", j), ev, ids)
	}
}

// locatorForms are the shapes a reference's volume may take: a citation reads
// "Journal 2000;<volume>", so anything else there reads as nonsense. It is
// compiled on first use: only validation needs it, never a cold start.
var locatorForms = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(` +
		`\d+(\([^)]*\))?(:[\w.\-–, ]+)?` + // volume(issue):pages
		`|\d{4}(\(\d+\))?:[\w.\-–]+` + // year-based issues: 1965:163-164, 2015(2):CD009852
		`|\d+(st|nd|rd|th) ed\.` + // an edition
		`|NBK\d+(, updated \d{1,2} [A-Z][a-z]+ \d{4})?` + // a StatPearls chapter
		`|(first published \d{4}; )?updated \d{1,2} [A-Z][a-z]+ \d{4}` +
		`|Revised [A-Z][a-z]+ \d{4}` +
		`|ISBN [\d -]+X?` +
		`|NCT\d+` + // a trial registration
		`|e\d+` + // an article number
		`)$`)
})

func isLocator(v string) bool { return v == "" || locatorForms().MatchString(v) }

func recordName(id string, i int) string {
	if id == "" {
		return fmt.Sprintf("entry %d", i+1)
	}
	return id
}

// checkConditionKeys makes sure that a name or synonym leads to exactly one condition.
func (c *Catalog) checkConditionKeys(problems *[]Problem) {
	owner := map[string]string{}
	for _, x := range c.Conditions {
		for _, k := range append([]string{x.ID, x.Name}, x.Synonyms...) {
			key := fold.Normalize(k)
			if key == "" {
				continue
			}
			if prev, ok := owner[key]; ok && prev != x.ID {
				*problems = append(*problems, Problem{File: "conditions.yaml", Record: x.ID, Field: "synonyms",
					Message: fmt.Sprintf("%q also names condition %q", k, prev)})
				continue
			}
			owner[key] = x.ID
		}
	}
	owner = map[string]string{}
	for _, f := range c.Flags {
		for _, k := range append([]string{f.ID, f.Name}, f.Aliases...) {
			key := fold.Normalize(k)
			if prev, ok := owner[key]; ok && prev != f.ID {
				*problems = append(*problems, Problem{File: "flags.yaml", Record: f.ID, Field: "aliases",
					Message: fmt.Sprintf("%q also names flag %q", k, prev)})
				continue
			}
			owner[key] = f.ID
		}
	}
}

// idSets are the ids that exist, for checking the ids that records point to.
type idSets struct {
	condition, flag, family, reference map[string]bool
}

func (s idSets) refs(ch checker, field string, ids []string, known map[string]bool) {
	for i, id := range ids {
		f := field
		if len(ids) > 1 || strings.HasSuffix(field, "s") {
			f = fmt.Sprintf("%s[%d]", field, i)
		}
		switch {
		case id == "":
			ch.addf(f, "is required")
		case !known[id]:
			ch.addf(f, "%q does not exist%s", id, didYouMean(id, known))
		}
	}
}

func didYouMean(id string, known map[string]bool) string {
	keys := make([]string, 0, len(known))
	for k := range known {
		keys = append(keys, k)
	}
	if s := Closest(id, keys, 1); len(s) > 0 {
		return fmt.Sprintf(" (did you mean %q?)", s[0])
	}
	return ""
}

// collectIDs gathers the known ids of each kind and reports duplicates.
func (c *Catalog) collectIDs(problems *[]Problem) idSets {
	s := idSets{condition: map[string]bool{}, flag: map[string]bool{}, family: map[string]bool{}, reference: map[string]bool{}}
	dup := func(file, kind, id string, set map[string]bool) {
		if id == "" {
			return
		}
		if set[id] {
			*problems = append(*problems, Problem{File: file, Record: id, Field: "id",
				Message: fmt.Sprintf("duplicate %s id %q", kind, id)})
		}
		set[id] = true
	}
	for _, x := range c.Conditions {
		dup("conditions.yaml", "condition", x.ID, s.condition)
	}
	for _, x := range c.Flags {
		dup("flags.yaml", "flag", x.ID, s.flag)
	}
	for _, x := range c.Families {
		dup("families.yaml", "family", x.ID, s.family)
	}
	for i, x := range c.References {
		dup(c.referenceFiles[i], "reference", x.ID, s.reference)
	}
	techniques := map[string]bool{}
	for i, x := range c.Techniques {
		dup(c.techniqueFiles[i], "technique", x.ID, techniques)
	}
	glossary := map[string]bool{}
	for _, x := range c.Glossary {
		dup("glossary.yaml", "glossary", x.ID, glossary)
	}
	return s
}

// checkFlagLinks checks what a flag points to: the flags it implies (which
// exist, are not itself and imply nothing further, so that one expansion is
// the whole of it), its position cautions, its gestation week and sources.
func (c *Catalog) checkFlagLinks(ch checker, ids idSets, f Flag) {
	ids.refs(ch, "implies", f.Implies, ids.flag)
	for i, id := range f.Implies {
		field := fmt.Sprintf("implies[%d]", i)
		if id == f.ID {
			ch.addf(field, "a flag cannot imply itself")
		} else if g, ok := c.Flag(id); ok && len(g.Implies) > 0 {
			ch.addf(field, "%q implies other flags in turn; imply them directly", id)
		}
	}
	for i, p := range f.Positions {
		field := fmt.Sprintf("positions[%d]", i)
		ch.oneOf(field+".position", string(p.Position), positionNames()...)
		ch.text(field+".note", p.Note)
	}
	if f.GestationFrom < 0 || f.GestationFrom > maxGestationWeeks {
		ch.addf("gestation_from", "%d is not a week of pregnancy (1-%d)", f.GestationFrom, maxGestationWeeks)
	}
	ids.refs(ch, "sources", f.Sources, ids.reference)
	if (len(f.Positions) > 0 || f.GestationFrom > 0) && len(f.Sources) == 0 {
		ch.addf("sources", "a position caution or gestation week needs the sources it comes from")
	}
}

func positionNames() []string {
	var out []string
	for _, p := range PatientPositions() {
		out = append(out, string(p))
	}
	return out
}
