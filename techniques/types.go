package techniques

import "strconv"

// Approach says whether a technique engages the restrictive barrier.
type Approach string

// The approaches of the ECOP/AACOM Glossary.
const (
	Direct   Approach = "direct"
	Indirect Approach = "indirect"
	Combined Approach = "combined"
)

// Participation says whether the patient contributes the activating force.
type Participation string

// The participation kinds of the Glossary; Either covers techniques taught both ways.
const (
	Active  Participation = "active"
	Passive Participation = "passive"
	Either  Participation = "either"
)

// Strength grades a body of evidence, in the spirit of GRADE.
type Strength string

// The grades, strongest first. None means no trial was found.
const (
	High     Strength = "high"
	Moderate Strength = "moderate"
	Low      Strength = "low"
	VeryLow  Strength = "very-low"
	None     Strength = "none"
)

// Regions returns the ten body regions of the COMLEX blueprint.
func Regions() []string {
	return []string{
		"head", "cervical", "thoracic", "lumbar", "sacral", "pelvic",
		"lower-extremity", "upper-extremity", "rib", "abdominal",
	}
}

// Technique is one entry of the catalogue: everything a student must know
// about one treatment method, and the facts a clinician checks before using it.
type Technique struct {
	// LocalMarks are set only on what a school overlay changed (see package overlay).
	LocalMarks `yaml:"-"`
	ID         string   `yaml:"id" json:"id"`
	Name       string   `yaml:"name" json:"name"`
	Aliases    []string `yaml:"aliases" json:"aliases"`
	Family     string   `yaml:"family" json:"family"`
	Summary    string   `yaml:"summary" json:"summary"`
	Approach   Approach `yaml:"approach" json:"approach"`
	// AlsoTaught is the other approach of a technique taught both ways (a
	// myofascial release may engage the barrier or move toward ease). The
	// entry is filed under Approach, the stricter case for its
	// contraindications; a study card must not mark the other way wrong.
	AlsoTaught       Approach      `yaml:"also_taught,omitempty" json:"also_taught,omitempty"`
	Participation    Participation `yaml:"participation" json:"participation"`
	ActivatingForces []string      `yaml:"activating_forces" json:"activating_forces"`
	Regions          []string      `yaml:"regions" json:"regions"`
	// Levels narrows a technique taught for part of a region ("T5-T12",
	// "C2-C7", "rib 2-rib 10"); empty means the whole of its regions.
	Levels            []string          `yaml:"levels,omitempty" json:"levels,omitempty"`
	Indications       []string          `yaml:"indications" json:"indications"`
	Contraindications Contraindications `yaml:"contraindications" json:"contraindications"`
	Diagnosis         string            `yaml:"diagnosis" json:"diagnosis"`
	Position          Position          `yaml:"position" json:"position"`
	// Positions are the patient positions the technique uses, from the closed
	// vocabulary of PatientPositions, so that a plan can group techniques.
	Positions   []PatientPosition `yaml:"positions" json:"positions"`
	Monitoring  string            `yaml:"monitoring" json:"monitoring"`
	Barrier     string            `yaml:"barrier" json:"barrier"`
	Steps       []string          `yaml:"steps" json:"steps"`
	Timing      string            `yaml:"timing" json:"timing"`
	Repetitions string            `yaml:"repetitions" json:"repetitions"`
	// Timer is the dose of Timing and Repetitions in numbers, for a guided
	// timer and a planner; the zero Timer means the sources fix no timing.
	Timer     Timer      `yaml:"timer,omitempty" json:"timer,omitzero"`
	Endpoint  string     `yaml:"endpoint" json:"endpoint"`
	Aftercare string     `yaml:"aftercare" json:"aftercare"`
	Evidence  []Evidence `yaml:"evidence" json:"evidence"`
	Sources   []string   `yaml:"sources" json:"sources"`
	Reviewed  string     `yaml:"reviewed" json:"reviewed"`
}

// Position is the initial set-up of patient and operator.
type Position struct {
	Patient  string `yaml:"patient" json:"patient"`
	Operator string `yaml:"operator" json:"operator"`
}

// Contraindications keeps absolute and relative findings apart.
type Contraindications struct {
	Absolute []Contraindication `yaml:"absolute" json:"absolute"`
	Relative []Contraindication `yaml:"relative" json:"relative"`
	// Departures say why this entry grades a flag unlike the other techniques
	// of its kind (see KindOf); without one, contentlint asks for one grade per kind.
	Departures []Departure `yaml:"departures,omitempty" json:"departures,omitempty"`
}

// Departure is the reason one technique grades a flag differently from the
// rest of its kind, or leaves out a systemic flag the rest of its kind lists.
type Departure struct {
	Flag   string `yaml:"flag" json:"flag"`
	Reason string `yaml:"reason" json:"reason"`
}

// Contraindication is one flag with a short reason.
type Contraindication struct {
	Flag string `yaml:"flag" json:"flag"`
	Note string `yaml:"note" json:"note"`
	// Local is set on a contraindication that a school overlay added or made absolute.
	Local bool `yaml:"-" json:"local,omitempty"`
}

// Evidence is one study and what it found.
type Evidence struct {
	Reference    string   `yaml:"reference" json:"reference"`
	Condition    string   `yaml:"condition,omitempty" json:"condition,omitempty"`
	Design       string   `yaml:"design" json:"design"`
	Participants int      `yaml:"participants" json:"participants"`
	Finding      string   `yaml:"finding" json:"finding"`
	Strength     Strength `yaml:"strength" json:"strength"`
}

// Condition is what a patient presents with, by the names people use.
type Condition struct {
	ID       string   `yaml:"id" json:"id"`
	Name     string   `yaml:"name" json:"name"`
	System   string   `yaml:"system" json:"system"`
	Synonyms []string `yaml:"synonyms" json:"synonyms"`
	RedFlags []string `yaml:"red_flags" json:"red_flags"`
	Sources  []string `yaml:"sources" json:"sources"`
	// TechniquesNote explains, for a condition that no technique is indicated
	// for, why none is: the sources name none. It is required exactly then.
	TechniquesNote string `yaml:"techniques_note,omitempty" json:"techniques_note,omitempty"`
	// Regions are the body regions the condition is treated in, where its
	// techniques are not enough to tell (none of them is taught in one region
	// only); a plan charts a technique taught in many regions in these.
	Regions []string `yaml:"regions,omitempty" json:"regions,omitempty"`
}

// Flag is a finding about the patient that can contraindicate a technique.
type Flag struct {
	ID         string    `yaml:"id" json:"id"`
	Name       string    `yaml:"name" json:"name"`
	Aliases    []string  `yaml:"aliases" json:"aliases"`
	Definition string    `yaml:"definition" json:"definition"`
	Scope      FlagScope `yaml:"scope" json:"scope"`
	// Reading says how omt takes the flag when what a clinician types could
	// mean more than one finding (a bare drug name, for example), and which
	// flag to enter instead. Screening prints it, so the reading is never silent.
	Reading string `yaml:"reading,omitempty" json:"reading,omitempty"`
	// Implies are the flags this finding always carries (late pregnancy is
	// pregnancy; apixaban is anticoagulation): screening applies them too,
	// and this flag's reading stands in for theirs.
	Implies []string `yaml:"implies,omitempty" json:"implies,omitempty"`
	// Positions are patient positions the finding asks to keep short or
	// avoid, with why (late pregnancy: supine). A technique done in no other
	// position screens as a relative contraindication; a planner places the
	// others elsewhere.
	Positions []PositionCaution `yaml:"positions,omitempty" json:"positions,omitempty"`
	// GestationFrom is the week of pregnancy from which the flag applies:
	// a gestation typed in weeks ("32 weeks pregnant", "32/40") names the
	// flag with the latest GestationFrom at or before it. 0 for other flags.
	GestationFrom int `yaml:"gestation_from,omitempty" json:"gestation_from,omitempty"`
	// Sources are the references for the reading and the position cautions.
	Sources []string `yaml:"sources,omitempty" json:"sources,omitempty"`
}

// PositionCaution is a patient position that a finding asks to avoid or
// keep short, and why.
type PositionCaution struct {
	Position PatientPosition `yaml:"position" json:"position"`
	Note     string          `yaml:"note" json:"note"`
}

// FlagScope says how far a finding reaches, which decides what leaving a flag
// out of a technique means.
type FlagScope string

// The scopes. A systemic finding concerns the whole patient, so a technique
// that does not list it is declaring it no bar; a local finding matters only
// where the technique's force lands, so leaving it out may just mean the
// technique works elsewhere.
const (
	Systemic FlagScope = "systemic"
	Local    FlagScope = "local"
)

// Family is a treatment method, such as counterstrain or muscle energy.
type Family struct {
	ID            string   `yaml:"id" json:"id"`
	Name          string   `yaml:"name" json:"name"`
	Abbreviations []string `yaml:"abbreviations" json:"abbreviations"`
	NBOME         bool     `yaml:"nbome" json:"nbome"`
}

// Reference is a source that facts are traced to.
type Reference struct {
	ID        string `yaml:"id" json:"id"`
	Authors   string `yaml:"authors" json:"authors"`
	Year      int    `yaml:"year" json:"year"` // 0 for an undated web page or StatPearls revision (printed "n.d.")
	Title     string `yaml:"title" json:"title"`
	Journal   string `yaml:"journal" json:"journal,omitempty"`
	Publisher string `yaml:"publisher" json:"publisher,omitempty"`
	Volume    string `yaml:"volume" json:"volume,omitempty"` // a locator only: 100(10):635-639, 3rd ed., NBK559029
	// Note says what about the reference could not be checked, shown after
	// the citation in brackets; remarks never go in the locator.
	Note string `yaml:"note,omitempty" json:"note,omitempty"`
	DOI  string `yaml:"doi" json:"doi,omitempty"`
	PMID string `yaml:"pmid" json:"pmid,omitempty"`
	URL  string `yaml:"url" json:"url,omitempty"`
	Kind string `yaml:"kind" json:"kind"`
}

// YearText is the publication year for a citation, or "n.d." for an undated
// web page: the year a page was read is not when it was published.
func (r Reference) YearText() string {
	if r.Year == 0 {
		return "n.d."
	}
	return strconv.Itoa(r.Year)
}

// UnsignedName names a reference cited without its authors by where it
// appeared, the way a short citation names an unsigned article.
func (r Reference) UnsignedName() string {
	switch {
	case r.Journal != "":
		return r.Journal
	case r.Publisher != "":
		return r.Publisher
	}
	return r.Title
}

// ConditionEvidence is the evidence summary for one condition.
type ConditionEvidence struct {
	Condition string     `yaml:"condition" json:"condition"`
	Summary   string     `yaml:"summary" json:"summary"`
	Grade     Strength   `yaml:"grade" json:"grade"`
	Items     []Evidence `yaml:"items" json:"items"`
}

// GlossaryTerm is a term a student must get right.
type GlossaryTerm struct {
	ID         string   `yaml:"id" json:"id"`
	Term       string   `yaml:"term" json:"term"`
	Aliases    []string `yaml:"aliases" json:"aliases"`
	Definition string   `yaml:"definition" json:"definition"`
	Example    string   `yaml:"example,omitempty" json:"example,omitempty"`
	Sources    []string `yaml:"sources" json:"sources"`
}
