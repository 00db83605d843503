// Package notation reads written osteopathic somatic dysfunction diagnoses
// ("T4 ERS(L)", "ribs 3-5 inhalation dysfunction", "left on left sacral
// torsion") into structured values, writes them back in a canonical form,
// and explains their mechanics: which motions are free and which restricted,
// the Fryette type, the barrier a direct technique engages and the position
// of ease an indirect one uses.
//
// Every explanation follows from one convention of the Glossary of
// Osteopathic Terminology: a somatic dysfunction is named for its position,
// that is, for its freedom of motion, and is restricted in the opposite
// directions. The rules that apply it (Fryette's principles, cervical, OA
// and AA coupling, the key rib, rib motion, sacral axes) are small named
// functions in rules_*.go, each saying which convention it follows. Landmark
// findings are not here: Diagnosis.Key names the map row that holds them.
//
// The package depends on nothing else in omt.
//
// # Grammar
//
// Parse reads the grammar below (EBNF; "|" alternation, [ ] optional, { }
// repetition). Words match without regard to case; spaces may separate any
// two tokens and are needed only between two words. Letters and digits
// split apart, so "T10" is T 10 and "ERlSl" is one word read letter by letter.
//
//	diagnosis  = segment | rib | sacrum | pelvis .
//
//	level      = spinal | ribLevel .
//	spinal     = ( "C" | "T" | "L" | "S" ) number | "OA" | "AA" .
//	spinalRange = spinal [ ( "-" | "to" ) ( spinal | number ) ] .
//	ribRange   = ( "rib" | "ribs" | "R" ) number [ ( "-" | "to" ) [ "rib" | "ribs" | "R" ] number ]
//	           | ordinal [ ( "-" | "to" ) ordinal ] ( "rib" | "ribs" ) .
//	ordinal    = number ( "st" | "nd" | "rd" | "th" ) | "first" | ... | "twelfth" .
//	side       = "L" | "R" | "left" | "right" .
//
//	segment    = spinalRange motion .
//	motion     = [ position ] component [ component ] .
//	position   = "F" | "E" | "N" | "flexed" | "flexion" | "extended" | "extension" | "neutral" .
//	component  = ( "R" | "rotated" | "rotation" | "S" | sidebent ) [ mside ] .
//	sidebent   = "sidebent" | "sidebending" | "sidebend" | "side" [ "-" ] ( "bent" | "bending" | "bend" ) .
//	mside      = side | "(" side ")" | "-" side .
//
//	rib        = [ side ] ribRange [ tside ] ribKind [ tside ]
//	           | [ side ] ribKind ribRange [ tside ] .
//	tside      = [ "on" [ "the" ] ] side [ "side" ] .   (a side said after: "on the right")
//	ribKind    = ( "inhalation" | "inhaled" | "elevated" | "superior"
//	             | "exhalation" | "exhaled" | "depressed" ) [ "somatic" ] [ "dysfunction" ] .
//
//	sacrum     = onPhrase [ direction ] [ sacral ] [ "torsion" ]
//	           | [ direction ] [ sacral ] [ "torsion" ] { "," } onPhrase
//	           | [ side ] ( "unilateral" | "bilateral" ) [ sacral ] flexext [ tside ]
//	           | [ side ] sacral "shear" [ tside ] .
//	onPhrase   = side [ "-" ] "on" [ "-" ] side .
//	direction  = "forward" | "anterior" | "backward" | "posterior" .
//	sacral     = "sacral" | "sacrum" .
//	flexext    = "flexion" | "flexed" | "extension" | "extended" .
//
//	pelvis     = [ side ] ( innominate | pubic ) [ tside ] .
//	innominate = [ "innominate" ] ( ( "anterior" | "posterior" ) [ "innominate" ] [ "rotation" | "rotated" ]
//	           | ( "superior" | "inferior" ) [ "innominate" ] "shear"
//	           | "upslip" | "downslip" | "inflare" | "outflare" ) .
//	pubic      = ( "superior" | "inferior" ) ( "pubic" | "pubis" ) [ "shear" ]
//	           | ( "pubic" | "pubis" ) ( "superior" | "inferior" ) [ "shear" ] .
//
// Inside a motion, commas, "and", "to" and "the" are skipped, so "T4
// extended, rotated and side-bent to the left" reads. The letter R is both
// rotation and right; the reader tries both and accepts the text only when
// exactly one meaning uses every letter ("SRRL" is side-bent right, rotated
// left). A component written without a side takes the side of the component
// after it: "ERS(L)" and "rotated and side-bent left" name both motions left.
//
// # Rules beyond the grammar
//
// Parse refuses, with an *Error that names the offending text:
//   - levels that do not exist (C8, T13, L6, S6, rib 13, rib 0), ranges that
//     run upward (T8-T3), and ranges that include the OA or AA;
//   - segments at S1-S5 (the sacrum has its own diagnoses), at C1 (use OA or
//     AA), and ranges crossing C7-T1, where the coupling rule changes;
//   - a thoracic or lumbar motion without F, E or N; N with side-bending and
//     rotation to the same side (Fryette's first principle couples them to
//     opposite sides in neutral, so "T4 NSlRl" is no type I dysfunction) and
//     F or E with opposite sides (Fryette's second principle);
//   - C2-C7 with opposite sides; an OA not named F or E, or with same-side
//     coupling; an AA named with anything but rotation;
//   - a torsion direction that contradicts its sides (left on left is
//     forward; left on right is backward, and valid);
//   - a one-sided sacral, innominate or pubic dysfunction without a side, a
//     bilateral one with a side, and two different sides in one diagnosis;
//   - barrier-named rib phrases ("inhalation restriction"), which mean the
//     opposite dysfunction, and "superior" for any rib but the first.
//
// Two unusual forms are read, with a note in the Explanation rather than an
// error, because texts do write them: a single thoracic or lumbar segment
// written N (read as one level of a neutral group, often its apex, as in
// "L3 NSlRr"), and a thoracic or lumbar range written F or E (each level read
// as its own type II dysfunction). C2-C7 may be written N with same-side
// coupling.
//
// # Canonical form
//
// Diagnosis.String writes "T4 ERS(L)", "T3-T8 NS(L)R(R)", "OA ES(L)R(R)",
// "AA R(L)", "left rib 4 exhalation dysfunction", "ribs 3-5 inhalation
// dysfunction", "left-on-right sacral torsion", "right unilateral sacral
// flexion", "right anterior innominate rotation", "left superior pubic
// shear". Parse reads every canonical form back to an equal Diagnosis.
// Range.String writes "T5-T9" and "rib 3-rib 5", the forms of the maps.
package notation
