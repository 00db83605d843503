package techniques

import (
	"strings"
	"sync"
	"unicode"
)

// Records are the catalogue's records, without indexes: what the YAML holds
// and what the generator writes out. New turns them into a Catalog.
type Records struct {
	Techniques []Technique // sorted by name
	Conditions []Condition // sorted by name
	Flags      []Flag
	Families   []Family
	References []Reference
	Evidence   []ConditionEvidence
	Glossary   []GlossaryTerm

	// Files the records came from, parallel to the slices above, for problem reports.
	techniqueFiles, referenceFiles, evidenceFiles []string
}

// catalog wraps the records in a new Catalog, sharing the (read-only) slices.
func (d *Records) catalog() *Catalog {
	return &Catalog{Records: *d}
}

// New validates records built in memory and indexes them, as LoadFS does for
// files; problems are reported against the file each record would live in.
func New(r Records) (*Catalog, error) {
	c := r.catalog()
	if len(c.techniqueFiles) != len(c.Techniques) {
		c.techniqueFiles = nil
		for _, t := range c.Techniques {
			c.techniqueFiles = append(c.techniqueFiles, "techniques/"+t.ID+".yaml")
		}
	}
	if len(c.referenceFiles) != len(c.References) {
		c.referenceFiles = nil
		for range c.References {
			c.referenceFiles = append(c.referenceFiles, "references/records.yaml")
		}
	}
	if len(c.evidenceFiles) != len(c.Evidence) {
		c.evidenceFiles = nil
		for _, e := range c.Evidence {
			c.evidenceFiles = append(c.evidenceFiles, "evidence/"+e.Condition+".yaml")
		}
	}
	if problems := c.validate(); len(problems) > 0 {
		return nil, &DataError{Problems: problems}
	}
	c.index()
	return c, nil
}

// Catalog is the loaded catalogue with its lookup indexes. Build one with Load;
// treat it as read-only afterwards.
type Catalog struct {
	Records

	// Indexes are built on first use, so that a cold `omt show` builds only
	// the id index and a search builds its own.
	idsOnce, keysOnce, searchOnce sync.Once
	ids                           idIndex
	conditionKey                  map[string]string // normalised id, name or synonym -> condition id
	flagKey                       map[string]string // normalised id, name or alias -> flag id
	search                        *searchIndex
}

// idIndex finds records by id.
type idIndex struct {
	technique, condition, flag, family, reference, evidence, glossary map[string]int
	byCondition                                                       map[string][]int // condition id -> technique indexes
}

// index builds every index now; validation and tests use it.
func (c *Catalog) index() {
	c.idIndex()
	c.keys()
}

func (c *Catalog) idIndex() *idIndex {
	c.idsOnce.Do(func() {
		c.ids = idIndex{
			technique:   indexBy(c.Techniques, func(t Technique) string { return t.ID }),
			condition:   indexBy(c.Conditions, func(x Condition) string { return x.ID }),
			flag:        indexBy(c.Flags, func(x Flag) string { return x.ID }),
			family:      indexBy(c.Families, func(x Family) string { return x.ID }),
			reference:   indexBy(c.References, func(x Reference) string { return x.ID }),
			evidence:    indexBy(c.Evidence, func(x ConditionEvidence) string { return x.Condition }),
			glossary:    indexBy(c.Glossary, func(x GlossaryTerm) string { return x.ID }),
			byCondition: map[string][]int{},
		}
		for i, t := range c.Techniques {
			for _, id := range t.Indications {
				c.ids.byCondition[id] = append(c.ids.byCondition[id], i)
			}
		}
	})
	return &c.ids
}

// keys builds the name, synonym and alias lookups of conditions and flags.
func (c *Catalog) keys() {
	c.keysOnce.Do(func() {
		c.conditionKey = map[string]string{}
		for _, x := range c.Conditions {
			for _, k := range append([]string{x.ID, x.Name}, x.Synonyms...) {
				if _, taken := c.conditionKey[normalize(k)]; !taken {
					c.conditionKey[normalize(k)] = x.ID
				}
			}
		}
		c.flagKey = map[string]string{}
		for _, x := range c.Flags {
			for _, k := range append([]string{x.ID, x.Name}, x.Aliases...) {
				if _, taken := c.flagKey[normalize(k)]; !taken {
					c.flagKey[normalize(k)] = x.ID
				}
			}
		}
	})
}

func indexBy[T any](xs []T, id func(T) string) map[string]int {
	m := make(map[string]int, len(xs))
	for i, x := range xs {
		if _, dup := m[id(x)]; !dup {
			m[id(x)] = i
		}
	}
	return m
}

// normalize folds case, punctuation and hyphens so that "Low-back pain",
// "low back pain" and "LOW BACK PAIN" are one key, and "Chapman's" matches "chapmans".
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '\u2019':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// Technique returns the technique with the given id.
func (c *Catalog) Technique(id string) (Technique, bool) {
	i, ok := c.idIndex().technique[id]
	if !ok {
		return Technique{}, false
	}
	return c.Techniques[i], true
}

// Condition returns the condition with the given id.
func (c *Catalog) Condition(id string) (Condition, bool) {
	i, ok := c.idIndex().condition[id]
	if !ok {
		return Condition{}, false
	}
	return c.Conditions[i], true
}

// Flag returns the contraindication flag with the given id.
func (c *Catalog) Flag(id string) (Flag, bool) {
	i, ok := c.idIndex().flag[id]
	if !ok {
		return Flag{}, false
	}
	return c.Flags[i], true
}

// Family returns the technique family with the given id.
func (c *Catalog) Family(id string) (Family, bool) {
	i, ok := c.idIndex().family[id]
	if !ok {
		return Family{}, false
	}
	return c.Families[i], true
}

// Reference returns the reference with the given id.
func (c *Catalog) Reference(id string) (Reference, bool) {
	i, ok := c.idIndex().reference[id]
	if !ok {
		return Reference{}, false
	}
	return c.References[i], true
}

// ConditionEvidence returns the evidence summary for a condition, if the catalogue has one.
func (c *Catalog) ConditionEvidence(conditionID string) (ConditionEvidence, bool) {
	i, ok := c.idIndex().evidence[conditionID]
	if !ok {
		return ConditionEvidence{}, false
	}
	return c.Evidence[i], true
}

// GlossaryTerm returns the glossary entry with the given id.
func (c *Catalog) GlossaryTerm(id string) (GlossaryTerm, bool) {
	i, ok := c.idIndex().glossary[id]
	if !ok {
		return GlossaryTerm{}, false
	}
	return c.Glossary[i], true
}
