package contentlint

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/yamlpath"
)

// Placeholder text is what an editor leaves to finish later: "authors not
// captured", "TODO", "lorem ipsum". It is valid data, so Load accepts it, but a
// clinician who reads it takes the whole entry for unfinished work.
//
// Two scopes, because the same words mean different things in different places:
//   - everywhere a user reads (every string of every record, notes included):
//     words that are never content, such as TODO, TBD, FIXME, XXX, lorem ipsum;
//   - the fields that identify a reference (authors, title, journal, publisher,
//     volume): also the phrases that mark a gap ("not captured", "unknown",
//     "not confirmed"). Prose may say honestly that a risk is unknown, and a
//     reference's note exists to say what could not be checked ("pages not
//     captured"); an author list that says it has no authors is a gap.

// placeholderWords are the words that are never content, wherever they
// appear (a run of three or more x counts as well); they are matched as whole
// words, in any case.
func placeholderWords() map[string]bool {
	return map[string]bool{"todo": true, "tbd": true, "tbc": true, "fixme": true,
		"lorem": true, "ipsum": true, "placeholder": true}
}

// referenceGapWords and referenceGapPhrases mark a gap in the fields that
// identify a reference: they say what the editor did not get ("not reached",
// "not captured"), where "not named" says what the source itself lacks, which
// is an honest way to cite a page with no byline.
func referenceGapWords() map[string]bool {
	return map[string]bool{"unknown": true, "unconfirmed": true, "unverified": true}
}

func referenceGapPhrases() []string {
	return []string{"not captured", "not confirmed", "not known", "not recorded", "not checked",
		"not available", "not reached", "not found", "not seen", "not verified",
		"to be added", "to be confirmed", "to be checked"}
}

// referenceIdentity are the yaml fields of a reference that name the work,
// where gap phrases are placeholders rather than honest remarks.
func referenceIdentity() map[string]bool {
	return map[string]bool{"authors": true, "title": true, "journal": true, "publisher": true, "volume": true}
}

// textRecord is one record of the catalogue as a reader meets it, with where
// it lives so that a problem names its file, id and field.
type textRecord struct {
	Name   string // subtest name: "reference/statpearls-ans"
	File   string // path in the data folder
	Record string // id within the file, "" for a file of one record
	value  any
}

// textRecords lists every record whose strings a user can read, in a stable
// order: techniques, conditions, flags, families, references, evidence,
// glossary, then the maps and their rows.
func textRecords(c *techniques.Catalog) []textRecord {
	var out []textRecord
	add := func(kind, id, file, record string, v any) {
		out = append(out, textRecord{Name: kind + "/" + id, File: file, Record: record, value: v})
	}
	for i, x := range c.Techniques {
		add("technique", x.ID, c.TechniqueFile(i), x.ID, x)
	}
	for _, x := range c.Conditions {
		add("condition", x.ID, "conditions.yaml", x.ID, x)
	}
	for _, x := range c.Flags {
		add("flag", x.ID, "flags.yaml", x.ID, x)
	}
	for _, x := range c.Families {
		add("family", x.ID, "families.yaml", x.ID, x)
	}
	for i, x := range c.References {
		add("reference", x.ID, c.ReferenceFile(i), x.ID, x)
	}
	for i, x := range c.Evidence {
		add("evidence", x.Condition, c.EvidenceFile(i), x.Condition, x)
	}
	for _, x := range c.Glossary {
		add("glossary", x.ID, "glossary.yaml", x.ID, x)
	}
	m := &c.Maps
	mapHead := func(info techniques.MapInfo) {
		add("map", info.ID, "maps/"+info.ID+".yaml", "", info)
	}
	row := func(mapID, rowID string, v any) {
		add("map", mapID+"/"+rowID, "maps/"+mapID+".yaml", rowID, v)
	}
	mapHead(m.Organs.MapInfo)
	for _, r := range m.Organs.Rows {
		row(techniques.MapOrgans, r.ID, r)
	}
	mapHead(m.Viscerosomatic.MapInfo)
	for _, r := range m.Viscerosomatic.Rows {
		row(techniques.MapViscerosomatic, r.Organ, r)
	}
	mapHead(m.Autonomic.MapInfo)
	for _, r := range m.Autonomic.Rows {
		row(techniques.MapAutonomic, r.Organ, r)
	}
	mapHead(m.Chapman.MapInfo)
	for _, r := range m.Chapman.Rows {
		row(techniques.MapChapman, r.ID, r)
	}
	mapHead(m.TenderPoints.MapInfo)
	for _, r := range m.TenderPoints.Rows {
		row(techniques.MapTenderPoints, r.ID, r)
	}
	for _, t := range m.Tables {
		add("map", t.ID, "maps/"+t.ID+".yaml", "", techniques.MapTable{MapInfo: t.MapInfo, Columns: t.Columns})
		for _, r := range t.Rows {
			row(t.ID, r.ID, r)
		}
	}
	return out
}

// placeholderChecker holds the word lists for one lint run. It scans words
// rather than running regular expressions: the catalogue holds thousands of
// strings, and Check runs in every content test.
type placeholderChecker struct {
	words, gapWords, identity map[string]bool
	gapPhrases                []string
}

func newPlaceholderChecker() placeholderChecker {
	return placeholderChecker{
		words:      placeholderWords(),
		gapWords:   referenceGapWords(),
		gapPhrases: referenceGapPhrases(),
		identity:   referenceIdentity(),
	}
}

// find returns the first placeholder in text as it is written there, or "";
// gaps says whether gap words and phrases count too.
func (pc placeholderChecker) find(text string, gaps bool) string {
	if strings.Contains(text, "???") {
		return "???"
	}
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for rest := text; rest != ""; {
		start := strings.IndexFunc(rest, isWordRune)
		if start < 0 {
			break
		}
		rest = rest[start:]
		end := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) })
		if end < 0 {
			end = len(rest)
		}
		word, lower := rest[:end], strings.ToLower(rest[:end])
		if pc.words[lower] || (gaps && pc.gapWords[lower]) || len(lower) >= 3 && strings.Trim(lower, "x") == "" {
			return word
		}
		rest = rest[end:]
	}
	if gaps {
		lower := " " + strings.ToLower(text) + " "
		for _, phrase := range pc.gapPhrases {
			for from := 0; ; {
				i := strings.Index(lower[from:], phrase)
				if i < 0 {
					break
				}
				i += from
				if !unicode.IsLetter(rune(lower[i-1])) && !unicode.IsLetter(rune(lower[i+len(phrase)])) {
					return phrase
				}
				from = i + 1
			}
		}
	}
	return ""
}

// check reports every field of the record that holds placeholder text.
func (pc placeholderChecker) check(r textRecord) []techniques.Problem {
	var problems []techniques.Problem
	_, isReference := r.value.(techniques.Reference)
	eachText(reflect.ValueOf(r.value), "", func(field, text string) {
		found := pc.find(text, isReference && pc.identity[field])
		if found == "" {
			return
		}
		problems = append(problems, techniques.Problem{File: r.File, Record: r.Record, Field: field,
			Message: fmt.Sprintf("placeholder text %q in %q: a reader sees it as unfinished; %s",
				found, text, placeholderAdvice(isReference, field))})
	})
	return problems
}

func placeholderAdvice(isReference bool, field string) string {
	switch {
	case isReference && field == "authors":
		return "name the authors as the source record gives them (Surname AB, Surname CD), or the organisation when the source names no person"
	case isReference:
		return "give the value from the source record, and say what could not be checked in note"
	default:
		return "write the content, or leave the field out"
	}
}

// lintPlaceholders finds placeholder text in every record a user can read.
func lintPlaceholders(c *techniques.Catalog) []techniques.Problem {
	pc := newPlaceholderChecker()
	var problems []techniques.Problem
	for _, r := range textRecords(c) {
		problems = append(problems, pc.check(r)...)
	}
	return problems
}

// eachText calls fn with every string reachable from v and its yaml path
// ("steps[2]", "contraindications.absolute[0].note"). Fields the YAML does not
// hold (yaml:"-", such as a school overlay's marks) are skipped, except a
// table row's cells, which the row's columns hold and a reader sees.
func eachText(v reflect.Value, path string, fn func(field, text string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachText(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if cells, ok := v.Field(i).Interface().([]techniques.Cell); ok {
				for _, cell := range cells {
					fn(joinPath(path, cell.Key), cell.Value)
				}
				continue
			}
			name, inline, ok := textKey(f)
			if !ok {
				continue
			}
			if inline {
				eachText(v.Field(i), path, fn)
				continue
			}
			eachText(v.Field(i), joinPath(path, name), fn)
		}
	}
}

// textKey is a field's yaml key for eachText; ok is false for a field the
// YAML does not hold, inline for an embedded struct whose keys sit beside its
// parent's.
func textKey(f reflect.StructField) (name string, inline, ok bool) {
	tag := f.Tag.Get("yaml")
	if tag == "-" {
		return "", false, false
	}
	if _, opts, _ := strings.Cut(tag, ","); strings.Contains(opts, "inline") {
		return "", true, true
	}
	if name = yamlpath.Key(f); name == "" {
		name = strings.ToLower(f.Name)
	}
	return name, false, true
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}
