// Package sheet is what each of omt's records says to a reader, and in what
// order: the sections of a technique (contraindications before the steps),
// a condition's overview, a glossary term, what the maps hold at a level or
// for an organ, a map row, a diagnosis read back, a visit plan; the patient's
// screening as a section; the procedure note a visit is charted with;
// citations; and two or three techniques compared field against field.
// School overlays' changes are marked wherever they show.
//
// A Section is plain data: the browser, the text output and the markdown
// output (package render) all lay out the same sections, so they read
// alike. The package knows nothing of terminals or styles; the records and
// the answers it reads are techniques', atlas's and plan's.
package sheet
