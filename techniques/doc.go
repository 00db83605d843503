// Package techniques is the omt catalogue: its types (techniques, conditions,
// flags, references, evidence, glossary terms and the high-yield maps), the
// embedded data (compiled to Go by go generate, see catalog_gen.go), loading
// with validation, and the catalogue's own lookups: a record by id, a
// condition or flag by any of its names, the techniques for a condition, a
// patient's flags and their screening. It knows nothing of terminals.
//
// A Catalog hands its records to the packages built on it, which own their
// own jobs and keep Catalog free of them:
//
//   - techniques/search: the search index, ranking, and the resolvers that
//     read a word by that ranking;
//   - techniques/atlas: the maps' queries (what is at a level, an organ's
//     report, the row a name means, a map as a table, a diagnosis read back);
//   - techniques/overlay: school overlays, which come back in through
//     TechniqueProblems and WithTechniques;
//   - techniques/contentlint: the content lint, which finds what loads but is
//     not an honest reference (an uncited reference, a flag graded two ways
//     within a kind of technique, placeholder text, maps that disagree); the
//     policy it holds entries to (KindOf, GradeOf) is this package's.
//
// What a record reads as (a technique's sheet, a condition's overview, the
// maps' sheets, citations, the procedure note, a comparison) is
// render/sheet's, and how it is laid out on a terminal is render's.
package techniques
