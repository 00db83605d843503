package overlay

import (
	"fmt"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/omt-reference/omt/techniques"
)

// Template is the starting text of an overlay file for id. For a
// built-in technique it is the id and every other field of the entry,
// commented out, to uncomment and edit where the school teaches otherwise;
// for a new id, a whole technique to fill in, which does not validate until
// its fields are filled (so an unfinished one never shows as a technique).
func Template(c *techniques.Catalog, id string) (text string, builtIn bool, err error) {
	if !techniques.ValidID(id) {
		return "", false, fmt.Errorf("%q is not a lower-case kebab-case id such as my-school-hvla", id)
	}
	t, builtIn := c.Technique(id)
	if !builtIn {
		return fmt.Sprintf(newTechniqueTemplate, id, id), false, nil
	}
	t.LocalMarks = techniques.LocalMarks{}
	entry, err := yaml.Marshal(t)
	if err != nil {
		return "", true, err
	}
	var b strings.Builder
	fmt.Fprintf(&b, overrideHeader, t.ID, t.Name)
	fmt.Fprintf(&b, "id: %s\n", t.ID)
	blocks := topLevelBlocks(string(entry))
	stating := timerStatements(t)
	comment := func(block string) {
		for line := range strings.Lines(block) {
			b.WriteString("# " + line)
		}
	}
	for _, blk := range blocks {
		if blk.key == "id" || slices.Contains(stating, blk.key) {
			continue
		}
		comment(blk.text)
		if blk.key != "timer" || len(stating) == 0 {
			continue
		}
		// The fields that state the timer's seconds in words follow it, so
		// that a school changing the hold changes them with it.
		fmt.Fprintf(&b, timerWordsNote, timerValues(t.Timer), strings.Join(stating, ", "))
		for _, s := range blocks {
			if slices.Contains(stating, s.key) {
				comment(s.text)
			}
		}
	}
	return b.String(), true, nil
}

// block is a top-level key of a YAML mapping and its text, the key's line
// and the indented lines under it.
type block struct{ key, text string }

// topLevelBlocks splits YAML written by yaml.Marshal into its top-level keys.
func topLevelBlocks(text string) []block {
	var out []block
	for line := range strings.Lines(text) {
		if line != "" && line[0] != ' ' && line[0] != '-' || len(out) == 0 {
			key, _, _ := strings.Cut(line, ":")
			out = append(out, block{key: key})
		}
		out[len(out)-1].text += line
	}
	return out
}

// timerValues names a timer's seconds, for the template: "90 s".
func timerValues(t techniques.Timer) string {
	var vs []string
	for _, path := range []string{"timer.hold_seconds", "timer.contract_seconds", "timer.relax_seconds", "timer.seconds"} {
		if r := timerSeconds(t)[path]; len(r) > 0 {
			vs = append(vs, r.String()+" s")
		}
	}
	return strings.Join(vs, ", ")
}

// timerWordsNote heads the fields that state the timer's values. Its lines
// start "## ", so that uncommenting the fields ("# ") leaves it a comment.
const timerWordsNote = `## The entry states the timer's %s in words in these fields (%s):
## if your school changes the timer, uncomment them and change them with it,
## or the entry will say one time and the timer run another.
`

const overrideHeader = `# School overlay for %s (%s).
# Uncomment the fields your school teaches differently and edit them; a field
# left commented out stays as omt's sourced entry. Every field you change is
# shown with "(local overlay: FILE)" in omt, and its JSON lists it in
# local_fields. A list (steps, aliases) is replaced whole, so uncomment all of it.
# techniques.Contraindications may be added, or a relative one made absolute; built-in
# ones are never removed, weakened or reworded. Flags, conditions, families
# and references must be ones omt already has. Check with: omt overlay check
`

const newTechniqueTemplate = `# School overlay: a technique of your own, %s.
# Every field is required (lists may not be empty, except aliases, levels and
# evidence), as for omt's own entries; until they are filled, omt reports
# this file and runs without it. Check with: omt overlay check
# Flags, conditions, families and references must be ones omt already has
# (omt conditions, omt search). Everything here is shown as local, not sourced.
id: %s
name: ""                 # as a student would look it up
aliases: []              # abbreviations and other names people type
family: ""               # a family id, e.g. muscle-energy, counterstrain, hvla
summary: ""              # 1-3 sentences: what it is and what it is for
approach: ""             # direct | indirect | combined
participation: ""        # active | passive | either
activating_forces: []    # short phrases
regions: []              # head cervical thoracic lumbar sacral pelvic
                         # lower-extremity upper-extremity rib abdominal
positions: []            # patient positions, the usual first: supine prone seated lateral standing
indications: []          # condition ids
contraindications:
  absolute:              # never with this finding; every technique lists no-consent
    - flag: no-consent
      note: Lack of consent rules out every technique.
  relative: []           # weigh it, modify it, or choose another technique
diagnosis: ""            # the diagnosis to make before treating
position:
  patient: ""
  operator: ""
monitoring: ""           # what the monitoring hand feels for, and where
barrier: ""              # which barrier is engaged or avoided, and how
steps: []                # one action per step, in order
timing: ""               # hold or contraction time
repetitions: ""          # how many times
# timer:                 # optional, for the hold timer and the planner: see the
#   kind: hold           # catalogue's README (hold, cycles, breaths, rhythm, release)
#   hold_seconds: [90, 90]
endpoint: ""             # when to stop, and how to reassess
aftercare: ""            # what the patient should expect and do
evidence: []             # studies, citing references omt has
sources: []              # reference ids omt has
reviewed: ""             # the date you last checked it, like 2026-01-31
`
