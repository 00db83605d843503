package cli

import (
	"strings"
	"testing"
)

// boardFact is one fact a COMLEX candidate is examined on, the command a
// student would type to look it up, and what that command must print. Every
// fact is one the catalogue holds with a source (named in why); where board
// review and the literature differ, the fact is board review's answer, which
// the clinician's views print beside the literature's.
type boardFact struct {
	fact string
	args []string
	want []string // each must appear in the output, white space collapsed
	why  string   // where the catalogue takes it from
}

var boardFacts = []boardFact{
	// viscerosomatic levels and autonomic supply (omt organ)
	{"lungs: viscerosomatic T2-T7 on the boards", []string{"organ", "lungs"},
		[]string{"Board review: T2-T7"}, "maps/viscerosomatic.yaml board block (review charts); StatPearls T1-T6"},
	{"heart: T1-T5, left", []string{"organ", "heart"}, []string{"T1-T5 (left)"}, "StatPearls viscerosomatic chapter"},
	{"stomach: T5-T9", []string{"organ", "stomach"}, []string{"Levels: T5-T9"}, "StatPearls viscerosomatic chapter"},
	{"stomach: parasympathetic by the vagus", []string{"organ", "stomach"}, []string{"Parasympathetic: vagus nerve (CN X)"}, "StatPearls, autonomic nervous system"},
	{"oesophagus: T2-T8 on the boards", []string{"organ", "oesophagus"}, []string{"Board review: T2-T8"}, "review charts; StatPearls T5-T9 for the distal oesophagus"},
	{"appendix: T12 on the boards", []string{"organ", "appendix"}, []string{"Board review: T12"}, "review charts; StatPearls T10-T11"},
	{"appendix: Chapman point at the tip of the right 12th rib", []string{"organ", "appendix"}, []string{"tip of the right 12th rib"}, "maps/chapman.yaml"},
	{"kidneys: T10-T11", []string{"organ", "kidneys"}, []string{"Levels: T10-T11"}, "StatPearls; review charts agree"},
	{"adrenals: T10 on the boards", []string{"organ", "adrenals"}, []string{"Board review: T10"}, "review charts (adrenal medulla)"},
	{"uterus: T10-L2", []string{"organ", "uterus"}, []string{"Levels: T10-L2"}, "StatPearls viscerosomatic chapter"},
	{"sinuses: T1-T4 on the boards", []string{"organ", "sinuses"}, []string{"T1-T4"}, "review charts (head and neck)"},
	{"gallbladder: Chapman point in the sixth intercostal space on the boards", []string{"organ", "gallbladder"},
		[]string{"sixth intercostal space"}, "review charts; the literature gives the fifth"},
	{"bladder: parasympathetic S2-S4", []string{"organ", "bladder"}, []string{"pelvic splanchnic nerves (S2-S4)"}, "Miller; Fowler 2008"},

	// what sits at a level (omt level)
	{"T12: the appendix, in board review's range only", []string{"level", "T12"},
		[]string{"Appendix: Literature: T10-T11 (StatPearls) · Board review: T12"}, "maps/viscerosomatic.yaml"},
	{"AC7: F ST RA on the boards", []string{"level", "C7"}, []string{"(F ST RA)", "(F SA RA)"}, "review charts; StatPearls F SA RA"},
	{"rib 1: the first-rib thrust is offered", []string{"level", "rib 1"}, []string{"HVLA, elevated first rib"}, "techniques/hvla-first-rib.yaml"},

	// written diagnoses (omt notation)
	{"T4 ERS(L): type II, restricted in flexion, rotation and side-bending right", []string{"notation", "T4 ERS(L)"},
		[]string{"Restricted in: flexion, rotation right, side-bending right", "type II (non-neutral)"}, "Glossary; Fryette's second principle"},
	{"L1-L5 N SL RR: type I group mechanics", []string{"notation", "L1-L5 N SL RR"}, []string{"type I (neutral)"}, "Fryette's first principle"},
	{"left-on-left torsion: deep right sulcus, positive seated flexion on the right", []string{"notation", "left on left"},
		[]string{"Deep sulcus: Right", "Seated flexion test: Positive on the right"}, "maps/sacral-dysfunctions.yaml"},
	{"left-on-left torsion is treated by forward-torsion muscle energy", []string{"notation", "left on left", "--json"},
		[]string{`"id": "muscle-energy-forward-torsion"`}, "StatPearls, muscle energy for the sacrum"},
	{"OA E SR RL: muscle energy engages flexion, SL, RR", []string{"notation", "OA E SR RL", "--json"},
		[]string{`"id": "muscle-energy-occipitoatlantal"`, "Engage the barrier: flexion, rotation right, side-bending left"}, "techniques/muscle-energy-occipitoatlantal.yaml"},
	{"inhaled ribs 3-5: key rib is the bottom one", []string{"notation", "ribs 3-5 inhaled"}, []string{"Key rib: rib 5"}, "StatPearls inhaled rib chapter"},
	{"exhaled ribs 3-5: key rib is the top one", []string{"notation", "ribs 3-5 exhaled"}, []string{"Key rib: rib 3"}, "StatPearls, muscle energy for exhaled ribs"},
	{"elevated first rib: first-rib muscle energy and thrust", []string{"notation", "elevated first rib", "--json"},
		[]string{`"id": "muscle-energy-first-rib"`, `"id": "hvla-first-rib"`}, "maps/rib-dysfunctions.yaml"},

	// the tables (omt maps)
	{"exhaled ribs 11-12: quadratus lumborum on the boards", []string{"maps", "rib-dysfunctions"},
		[]string{"Board review: Quadratus lumborum"}, "review teaching; StatPearls latissimus dorsi"},
	{"exhaled rib 1: anterior and middle scalenes", []string{"maps", "rib-dysfunctions"},
		[]string{"Muscle used (muscle energy): Anterior and middle scalenes"}, "StatPearls, muscle energy for exhaled ribs"},
	{"exhaled ribs 3-5: pectoralis minor", []string{"maps", "rib-dysfunctions"},
		[]string{"Muscle used (muscle energy): Pectoralis minor"}, "StatPearls, muscle energy for exhaled ribs"},
	{"rib motion: pump handle 1-5, bucket handle 6-10, caliper 11-12", []string{"maps", "rib-motion"},
		[]string{"Pump-handle motion (ribs 1-5)", "Bucket-handle motion (ribs 6-10)", "Caliper (pincer) motion (ribs 11-12)"}, "maps/rib-motion.yaml"},
	{"posterior radial head goes with pronation", []string{"maps", "extremity-dysfunctions"},
		[]string{"Moves freely: Pronation; the radial head glides posteriorly"}, "maps/extremity-dysfunctions.yaml"},
	{"anterior talus after an inversion sprain", []string{"maps", "extremity-dysfunctions"},
		[]string{"Typical cause: An inversion ankle sprain"}, "maps/extremity-dysfunctions.yaml"},
	{"Spurling positive: radicular pain reproduced", []string{"maps", "special-tests"},
		[]string{"radiating arm pain or tingling is reproduced"}, "StatPearls (Jones)"},
	{"Finkelstein on the boards: thumb in the fist", []string{"maps", "special-tests"},
		[]string{"Board review: The patient tucks the thumb into the palm"}, "review teaching; Wu 2018 for Finkelstein's own"},
	{"Yergason on the boards: the tendon pops out of the groove", []string{"maps", "special-tests"},
		[]string{"Board review: The tendon pops out of the groove"}, "review teaching; McFarland 2010"},
	{"Phalen: wrists flexed for about a minute", []string{"maps", "special-tests"},
		[]string{"both wrists fully flexed and holds for about 1 minute"}, "maps/special-tests.yaml"},
	{"Zink's common pattern: left, right, left, right", []string{"maps", "posture"},
		[]string{"left, right, left, right"}, "maps/posture.yaml"},
	{"heel lift: at most 1/2 inch from heel to floor", []string{"maps", "posture"},
		[]string{"at most 1/2 inch from heel to floor"}, "Foundations (Heilig)"},
	{"scoliosis is named for its convexity", []string{"maps", "posture"},
		[]string{"named for the side of its convexity"}, "maps/posture.yaml"},
	{"chronic somatic dysfunction: decreased muscle tone on the boards", []string{"maps", "tart", "--json"},
		[]string{`"board": { "cells": { "chronic": "Decreased tone`}, "review teaching; Glossary: tissue contraction"},
	{"counterstrain: hold 90 seconds", []string{"maps", "tender-points"}, []string{"90 s"}, "StatPearls counterstrain"},
	{"the five models of care", []string{"maps", "models-of-care", "--json"},
		[]string{"Biomechanical", "Respiratory-circulatory", "Neurological", "Metabolic-energy", "Behavioural"}, "ECOP five models"},
	{"lymphatic treatment opens the thoracic inlet first", []string{"maps", "lymphatic-sequence", "--json"},
		[]string{`"rows": [ { "id": "lymph-thoracic-inlet"`}, "maps/lymphatic-sequence.yaml"},
	{"SCM trigger points refer to the occiput and vertex", []string{"maps", "trigger-points", "--json"},
		[]string{"the occiput and vertex"}, "Travell and Simons"},

	// search and screening (omt search)
	{"CV4 is contraindicated in pregnancy on the boards", []string{"search", "cv4", "-p", "pregnancy", "--all"},
		[]string{"cv4: Pregnancy (absolute)"}, "board teaching; Hensel 2019 given beside it"},
	{"HVLA is contraindicated in osteoporosis", []string{"search", "hvla", "-p", "osteoporosis", "--all"},
		[]string{"Osteoporosis (absolute)"}, "HVLA review lists; StatPearls"},
	{"jugular foramen: CN IX, X and XI", []string{"search", "jugular foramen"}, []string{"Jugular foramen (CN IX, X, XI)"}, "maps/cranial-nerve-entrapments.yaml"},
	{"the shotgun technique is muscle energy for the pubic symphysis", []string{"search", "shotgun"},
		[]string{"pubic-symphysis-decompression"}, "techniques/pubic-symphysis-decompression.yaml"},
	{"an upslip is treated with the inferior tug", []string{"search", "upslip"}, []string{"hvla-inferior-tug"}, "techniques/hvla-inferior-tug.yaml"},
}

// TestBoardFacts checks what omt prints for each board fact against the
// value board review teaches. When one fails, mend the content, not the
// phrasing the test looks for.
func TestBoardFacts(t *testing.T) {
	cache := map[string]string{}
	for _, f := range boardFacts {
		t.Run(f.fact, func(t *testing.T) {
			key := strings.Join(f.args, "\x00")
			out, ok := cache[key]
			if !ok {
				stdout, stderr, code := run(t, f.args...)
				if code != 0 {
					t.Fatalf("omt %s: exit %d: %s", strings.Join(f.args, " "), code, stderr)
				}
				out = strings.Join(strings.Fields(stdout), " ")
				cache[key] = out
			}
			for _, w := range f.want {
				if !strings.Contains(out, w) {
					t.Errorf("omt %s does not say %q (%s)", strings.Join(f.args, " "), w, f.why)
				}
			}
		})
	}
}
