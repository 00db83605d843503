package techniques

import (
	"fmt"
	"time"

	"github.com/omt-reference/omt/notation"
)

// validateTechnique checks one technique, wherever it comes from: a data
// file (whose name validate also checks against the id) or a school overlay.
func (c *Catalog) validateTechnique(t Technique, file string, ids idSets, problems *[]Problem) {
	ch := checker{file: file, problems: problems}
	ch.id("id", t.ID)
	ch.text("name", t.Name)
	ch.text("summary", t.Summary)
	ch.oneOf("approach", string(t.Approach), string(Direct), string(Indirect), string(Combined))
	ch.oneOf("participation", string(t.Participation), string(Active), string(Passive), string(Either))
	if t.AlsoTaught != "" {
		ch.oneOf("also_taught", string(t.AlsoTaught), string(Direct), string(Indirect))
		if t.AlsoTaught == t.Approach || t.Approach == Combined {
			ch.addf("also_taught", "%q is the other way a direct or indirect technique is taught; the entry is filed as %q", t.AlsoTaught, t.Approach)
		}
	}
	ids.refs(ch, "family", []string{t.Family}, ids.family)
	ch.list("activating_forces", t.ActivatingForces)
	ch.list("regions", t.Regions)
	for i, r := range t.Regions {
		ch.oneOf(fmt.Sprintf("regions[%d]", i), r, Regions()...)
	}
	for i, l := range t.Levels {
		if _, err := notation.ParseRange(l); err != nil {
			ch.addf(fmt.Sprintf("levels[%d]", i), "%q is not a level or range such as T5-T12 or rib 2-rib 10", l)
		}
	}
	ch.list("indications", t.Indications)
	ids.refs(ch, "indications", t.Indications, ids.condition)
	ch.text("diagnosis", t.Diagnosis)
	ch.text("position.patient", t.Position.Patient)
	ch.text("position.operator", t.Position.Operator)
	validatePositions(ch, t.Positions)
	ch.text("monitoring", t.Monitoring)
	ch.text("barrier", t.Barrier)
	ch.list("steps", t.Steps)
	ch.text("timing", t.Timing)
	ch.text("repetitions", t.Repetitions)
	validateTimer(ch, t.Timer)
	ch.text("endpoint", t.Endpoint)
	ch.text("aftercare", t.Aftercare)
	ch.list("sources", t.Sources)
	ids.refs(ch, "sources", t.Sources, ids.reference)
	if _, err := time.Parse(time.DateOnly, t.Reviewed); err != nil {
		ch.addf("reviewed", "%q is not a date like 2026-01-31", t.Reviewed)
	}
	c.validateContraindications(ch, t, ids)
	for i, ev := range t.Evidence {
		field := fmt.Sprintf("evidence[%d]", i)
		c.validateEvidence(ch, field, ev, ids)
		if ev.Condition != "" {
			ids.refs(ch, field+".condition", []string{ev.Condition}, ids.condition)
		}
	}
}

func (c *Catalog) validateContraindications(ch checker, t Technique, ids idSets) {
	hasConsent := false
	seen := map[string]string{}
	for _, group := range []struct {
		name string
		list []Contraindication
	}{{"absolute", t.Contraindications.Absolute}, {"relative", t.Contraindications.Relative}} {
		for i, ci := range group.list {
			field := fmt.Sprintf("contraindications.%s[%d]", group.name, i)
			ids.refs(ch, field+".flag", []string{ci.Flag}, ids.flag)
			ch.text(field+".note", ci.Note)
			if prev, dup := seen[ci.Flag]; dup {
				ch.addf(field+".flag", "%q is already listed under %s", ci.Flag, prev)
			}
			seen[ci.Flag] = group.name
			if ci.Flag == "no-consent" && group.name == "absolute" {
				hasConsent = true
			}
		}
	}
	departed := map[string]bool{}
	for i, d := range t.Contraindications.Departures {
		field := fmt.Sprintf("contraindications.departures[%d]", i)
		ids.refs(ch, field+".flag", []string{d.Flag}, ids.flag)
		ch.text(field+".reason", d.Reason)
		if departed[d.Flag] {
			ch.addf(field+".flag", "%q already has a departure", d.Flag)
		}
		departed[d.Flag] = true
	}
	if !hasConsent {
		ch.addf("contraindications.absolute", "must list no-consent: lack of consent rules out every technique")
	}
	if t.Approach == Direct || t.Approach == Combined {
		if len(t.Contraindications.Absolute) < 2 {
			ch.addf("contraindications.absolute", "a %s technique needs an absolute contraindication besides no-consent", t.Approach)
		}
	}
}

func (c *Catalog) validateEvidence(ch checker, field string, ev Evidence, ids idSets) {
	ids.refs(ch, field+".reference", []string{ev.Reference}, ids.reference)
	ch.text(field+".design", ev.Design)
	ch.text(field+".finding", ev.Finding)
	ch.oneOf(field+".strength", string(ev.Strength), gradedStrengths()...)
	if ev.Participants < 0 {
		ch.addf(field+".participants", "cannot be negative")
	}
}
