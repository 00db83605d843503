package cards

import (
	"slices"
	"strings"

	"github.com/omt-reference/omt/techniques"
)

// impliedFlags are findings a condition's name already states about the
// patient: screening for pregnancy back pain without pregnancy would be
// wrong. contradictoryFlags are findings that cannot go with a condition
// (a pregnant patient has no menstrual pain); ageFlags only make sense with
// the paediatric conditions. These are judgements about ids, not catalogue
// facts, so they live here; an id that leaves the catalogue is simply inert.
func impliedFlags(condition string) []string {
	switch condition {
	case "pregnancy-back-pain", "pregnancy-sleep-disturbance":
		return []string{"pregnancy"}
	case "preterm-infant", "infant-colic":
		return []string{"infant"}
	}
	return nil
}

func contradictoryFlag(x techniques.Condition, flag string) bool {
	switch flag {
	case "infant", "young-child":
		return x.System != "paediatric"
	case "pregnancy":
		return x.ID == "dysmenorrhoea" || x.System == "paediatric"
	case "older-adult":
		return x.System == "paediatric"
	}
	return false
}

// vignetteCards builds, for every condition and patient finding, the case
// "a patient with this condition has this finding: which technique is
// contraindicated?". The options are techniques indicated for the condition,
// screened with the catalogue's own Screen: the answer is one the screen
// rules out, and every wrong option screens ok or caution and is not of the
// same kind on the same region as one it rules out (see sameKindAndRegion).
// Techniques that the condition's implied findings already rule out are no
// option at all, and a case without three safe options is not asked.
func (b *builder) vignetteCards() {
	for _, x := range b.c.Conditions {
		implied := impliedFlags(x.ID)
		var options []techniques.Technique
		for _, t := range b.c.TechniquesFor(x.ID) {
			if b.c.Screen(t, implied).Status != techniques.StatusContraindicated {
				options = append(options, t)
			}
		}
		if len(options) < choicesPerCard {
			continue
		}
		for _, f := range b.c.Flags {
			// A flag that carries others (late pregnancy, a drug class) is
			// screened through them: its case would repeat theirs.
			if slices.Contains(implied, f.ID) || contradictoryFlag(x, f.ID) || len(f.Implies) > 0 {
				continue
			}
			b.vignette(x, f, append(slices.Clone(implied), f.ID), options)
		}
	}
}

func (b *builder) vignette(x techniques.Condition, f techniques.Flag, flags []string, options []techniques.Technique) {
	id := "vignette/" + x.ID + "/" + f.ID
	var ruledOut, safe []option
	var barred []techniques.Technique
	screens := map[string]techniques.Screening{}
	for _, t := range options {
		screens[t.ID] = b.c.Screen(t, flags)
		if screens[t.ID].Status == techniques.StatusContraindicated {
			barred = append(barred, t)
		}
	}
	fixed, atSite := findingSite(f.ID)
	if fixed != nil && !b.treatedIn(x, options, fixed) {
		return // the finding lies where this condition is not treated
	}
	for _, t := range barred {
		if fixed == nil || worksOn(t, fixed) {
			ruledOut = append(ruledOut, option{key: t.ID, text: t.Name})
		}
	}
	for _, t := range options {
		if screens[t.ID].Status != techniques.StatusContraindicated && !sameKindAndRegion(t, barred) {
			safe = append(safe, option{key: t.ID, text: t.Name})
		}
	}
	answer, ok := firstRanked(id, ruledOut)
	if !ok {
		return
	}
	t, _ := b.c.Technique(answer.key)
	finding := f.Name
	site := fixed
	if atSite {
		site = b.siteOf(x, options, t, safe)
	}
	if fixed != nil || atSite {
		// the stem says where the finding is, and a safe option must work elsewhere
		if len(site) == 0 {
			return
		}
		safe = slices.DeleteFunc(safe, func(o option) bool { u, _ := b.c.Technique(o.key); return worksOn(u, site) })
		finding += ", in the " + regionsText(site) + " region"
	}
	// The safe options are drawn once every vignette is asked, from those
	// that are the key of another (see resolve); the explanation says how
	// each option drawn screens.
	explain := func(wrong []option) string {
		lines := []string{screenLine(answer.text, screens[answer.key], f.ID)}
		for _, o := range wrong {
			lines = append(lines, screenLine(o.text, screens[o.key], f.ID))
		}
		switch {
		case len(site) > 0:
			lines = append(lines, "The finding lies in the "+regionsText(site)+" region: "+answer.text+" works there, and the others do not.")
		case f.Scope == techniques.Local:
			lines = append(lines, "A local finding bars treatment where the force lands: a technique that does not list it is not ruled out, but its contacts still keep clear of the site.")
		}
		return strings.Join(lines, "\n")
	}
	b.ask(question{
		kind: Vignette, id: id,
		front: "A patient with " + lower(x.Name) + " has this finding: " + finding + ".\n" +
			"Which of these techniques is contraindicated?",
		answer:  answer,
		explain: explain, dropShort: true,
		pools: [][]option{safe},
		src:   Source{Kind: SourceTechnique, ID: t.ID, Name: t.Name, Field: "absolute/" + f.ID, References: t.Sources},
		decks: []string{conditionDeck(x.ID), DeckVignettes},
	})
}

// findingSite says where a local finding lies, for the vignettes, whose key
// otherwise depends on a place the stem does not give. A finding defined as
// lying where the treatment lands (an infection at the site to be treated)
// is atSite: the stem names a region of the key. A finding that names its own
// place (atlantoaxial instability is in the neck) gives its regions. Other
// findings bar a technique wherever it works and are asked as they are.
// These are judgements about flag ids, like impliedFlags.
func findingSite(flag string) (regions []string, atSite bool) {
	switch flag {
	case "local-infection", "open-wound", "acute-fracture", "joint-instability", "spinal-hardware", "recent-surgery", "acute-sprain-strain":
		return nil, true
	case "atlantoaxial-instability", "vertebrobasilar-insufficiency", "cervical-artery-dissection", "acute-whiplash":
		return []string{"cervical"}, false
	case "acute-head-injury", "intracranial-pathology", "tmj-dysfunction":
		return []string{"head"}, false
	case "cauda-equina":
		return []string{"lumbar", "sacral"}, false
	case "acute-abdomen", "hepatomegaly", "splenomegaly":
		return []string{"abdominal"}, false
	case "aortic-aneurysm":
		return []string{"thoracic", "abdominal"}, false
	case "pneumothorax":
		return []string{"thoracic", "rib"}, false
	case "dvt":
		return []string{"lower-extremity"}, false
	}
	return nil, false
}

// treatedIn reports whether a condition is treated in the regions: it is
// general (somatic dysfunction), or at least half its techniques work there.
// A finding elsewhere does not bear on treating it: a patient with low back
// pain is not treated at the neck, whatever a whole-body entry allows.
func (b *builder) treatedIn(x techniques.Condition, options []techniques.Technique, regions []string) bool {
	if b.general[x.ID] {
		return true
	}
	n := 0
	for _, t := range options {
		if worksOn(t, regions) {
			n++
		}
	}
	return 2*n >= len(options)
}

// siteOf places a finding that lies where the treatment lands: the first of
// the key's regions where the condition is treated that enough safe options
// keep clear of, or nil.
func (b *builder) siteOf(x techniques.Condition, options []techniques.Technique, key techniques.Technique, safe []option) []string {
	for _, r := range key.Regions {
		if !b.treatedIn(x, options, []string{r}) {
			continue
		}
		clear := 0
		for _, o := range safe {
			if u, _ := b.c.Technique(o.key); !slices.Contains(u.Regions, r) {
				clear++
			}
		}
		if clear >= choicesPerCard-1 {
			return []string{r}
		}
	}
	return nil
}

// worksOn reports whether a technique works on any of the regions.
func worksOn(t techniques.Technique, regions []string) bool {
	return slices.ContainsFunc(t.Regions, func(r string) bool { return slices.Contains(regions, r) })
}

// regionsText names regions for a stem: "lower extremity", "thoracic or abdominal".
func regionsText(regions []string) string {
	out := make([]string, len(regions))
	for i, r := range regions {
		out[i] = strings.ReplaceAll(r, "-", " ")
	}
	return strings.Join(out, " or ")
}

// sameKindAndRegion reports whether t is of the same kind as one of the
// barred techniques and works on one of its regions. The catalogue grades a
// flag once per kind, so such a technique that does not list the flag is a
// gap (a general muscle energy entry that does not repeat what the cervical
// one says about vertebrobasilar insufficiency), not a safe choice.
func sameKindAndRegion(t techniques.Technique, barred []techniques.Technique) bool {
	kind := techniques.KindOf(t)
	for _, u := range barred {
		if techniques.KindOf(u) == kind && slices.ContainsFunc(u.Regions, func(r string) bool { return slices.Contains(t.Regions, r) }) {
			return true
		}
	}
	return false
}

// screenLine says how a technique screened for the finding asked about:
// "HVLA ...: contraindicated (absolute): Thrust through weakened bone."
func screenLine(name string, s techniques.Screening, flag string) string {
	for _, r := range s.Reasons {
		if r.Flag == flag {
			verdict := "contraindicated"
			if r.Kind != "absolute" {
				verdict = "caution"
			}
			return "- " + name + ": " + verdict + " (" + r.Kind + "): " + oneLine(r.Note)
		}
	}
	return "- " + name + ": not listed against it"
}
