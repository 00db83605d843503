package techniques

import (
	"sync"

	"github.com/omt-reference/omt/techniques/internal/fold"
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
	Maps       Maps

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
			c.techniqueFiles = append(c.techniqueFiles, defaultTechniqueFile(t))
		}
	}
	if len(c.referenceFiles) != len(c.References) {
		c.referenceFiles = nil
		for range c.References {
			c.referenceFiles = append(c.referenceFiles, defaultReferenceFile)
		}
	}
	if len(c.evidenceFiles) != len(c.Evidence) {
		c.evidenceFiles = nil
		for _, e := range c.Evidence {
			c.evidenceFiles = append(c.evidenceFiles, defaultEvidenceFile(e))
		}
	}
	if problems := c.validate(); len(problems) > 0 {
		return nil, &DataError{Problems: problems}
	}
	c.index()
	return c, nil
}

// The files records built in memory would live in, which New names in its
// problems.
func defaultTechniqueFile(t Technique) string        { return "techniques/" + t.ID + ".yaml" }
func defaultEvidenceFile(e ConditionEvidence) string { return "evidence/" + e.Condition + ".yaml" }

const defaultReferenceFile = "references/records.yaml"

// TechniqueFile is the data file c.Techniques[i] came from, as a problem
// report names it; a technique added to the records in memory is named by
// the file it would live in, as New names it.
func (c *Catalog) TechniqueFile(i int) string {
	if i < len(c.techniqueFiles) {
		return c.techniqueFiles[i]
	}
	return defaultTechniqueFile(c.Techniques[i])
}

// ReferenceFile is the data file c.References[i] came from (see TechniqueFile).
func (c *Catalog) ReferenceFile(i int) string {
	if i < len(c.referenceFiles) {
		return c.referenceFiles[i]
	}
	return defaultReferenceFile
}

// EvidenceFile is the data file c.Evidence[i] came from (see TechniqueFile).
func (c *Catalog) EvidenceFile(i int) string {
	if i < len(c.evidenceFiles) {
		return c.evidenceFiles[i]
	}
	return defaultEvidenceFile(c.Evidence[i])
}

// Catalog is the loaded catalogue with its lookup indexes. Build one with Load;
// treat it as read-only afterwards.
type Catalog struct {
	Records

	// Indexes are built on first use, each kind on its own, so that a cold
	// `omt show` builds only the few it reads.
	techniqueIDs, conditionIDs, flagIDs, familyIDs, referenceIDs, evidenceIDs, glossaryIDs lazyIndex
	byConditionOnce                                                                        sync.Once
	byCondition                                                                            map[string][]int // condition id -> technique indexes
	keysOnce                                                                               sync.Once
	conditionKey                                                                           map[string]string // normalised id, name or synonym -> condition id
	flagKey                                                                                map[string]string // normalised id, name or alias -> flag id
	idsOnce                                                                                sync.Once
	ids                                                                                    idSets // the ids of each kind, for TechniqueProblems
	// sourced is the catalogue before WithTechniques put techniques in (a
	// school overlay), when it did.
	sourced *Catalog
}

// lazyIndex finds the records of one kind by id, built on first use.
type lazyIndex struct {
	once sync.Once
	m    map[string]int
}

func (l *lazyIndex) get(build func() map[string]int) map[string]int {
	l.once.Do(func() { l.m = build() })
	return l.m
}

// index builds every index now; validation and tests use it.
func (c *Catalog) index() {
	c.Technique("")
	c.Condition("")
	c.Flag("")
	c.Family("")
	c.Reference("")
	c.ConditionEvidence("")
	c.GlossaryTerm("")
	c.conditionIndex()
	c.keys()
}

// conditionIndex maps a condition id to the techniques indicated for it.
func (c *Catalog) conditionIndex() map[string][]int {
	c.byConditionOnce.Do(func() {
		c.byCondition = map[string][]int{}
		for i, t := range c.Techniques {
			for _, id := range t.Indications {
				c.byCondition[id] = append(c.byCondition[id], i)
			}
		}
	})
	return c.byCondition
}

// keys builds the name, synonym and alias lookups of conditions and flags.
func (c *Catalog) keys() {
	c.keysOnce.Do(func() {
		c.conditionKey = map[string]string{}
		for _, x := range c.Conditions {
			for _, k := range append([]string{x.ID, x.Name}, x.Synonyms...) {
				if _, taken := c.conditionKey[fold.Normalize(k)]; !taken {
					c.conditionKey[fold.Normalize(k)] = x.ID
				}
			}
		}
		c.flagKey = map[string]string{}
		for _, x := range c.Flags {
			for _, k := range append([]string{x.ID, x.Name}, x.Aliases...) {
				if _, taken := c.flagKey[fold.Normalize(k)]; !taken {
					c.flagKey[fold.Normalize(k)] = x.ID
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

// Technique returns the technique with the given id.
func (c *Catalog) Technique(id string) (Technique, bool) {
	return lookup(c.Techniques, &c.techniqueIDs, id, func(t Technique) string { return t.ID })
}

// Condition returns the condition with the given id.
func (c *Catalog) Condition(id string) (Condition, bool) {
	return lookup(c.Conditions, &c.conditionIDs, id, func(x Condition) string { return x.ID })
}

// Flag returns the contraindication flag with the given id.
func (c *Catalog) Flag(id string) (Flag, bool) {
	return lookup(c.Flags, &c.flagIDs, id, func(x Flag) string { return x.ID })
}

// Family returns the technique family with the given id.
func (c *Catalog) Family(id string) (Family, bool) {
	return lookup(c.Families, &c.familyIDs, id, func(x Family) string { return x.ID })
}

// Reference returns the reference with the given id.
func (c *Catalog) Reference(id string) (Reference, bool) {
	return lookup(c.References, &c.referenceIDs, id, func(x Reference) string { return x.ID })
}

// ConditionEvidence returns the evidence summary for a condition, if the catalogue has one.
func (c *Catalog) ConditionEvidence(conditionID string) (ConditionEvidence, bool) {
	return lookup(c.Evidence, &c.evidenceIDs, conditionID, func(x ConditionEvidence) string { return x.Condition })
}

// GlossaryTerm returns the glossary entry with the given id.
func (c *Catalog) GlossaryTerm(id string) (GlossaryTerm, bool) {
	return lookup(c.Glossary, &c.glossaryIDs, id, func(x GlossaryTerm) string { return x.ID })
}

// lookup finds a record by id through its kind's index, built on first use.
func lookup[T any](records []T, idx *lazyIndex, id string, key func(T) string) (T, bool) {
	i, ok := idx.get(func() map[string]int { return indexBy(records, key) })[id]
	if !ok {
		var zero T
		return zero, false
	}
	return records[i], true
}
