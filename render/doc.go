// Package render is how omt's answers look, on the command line and in the
// browser alike: a document (the sections package render/sheet builds for a
// technique, a condition, a map entry or a plan) laid out as styled text,
// plain text or markdown; comparisons, map tables, study statistics and the
// command line's other answers (listings, search results, the timer's
// phases, the user's notes, bookmarks and history, practice exams' history
// and results, the man page's roff) in text, markdown and JSON; the styles,
// palette and symbols they are drawn in; the width of text on a terminal
// (Width, Truncate: one measure for all of omt); and the disclaimer.
//
// It knows nothing of Bubble Tea or cobra: the command line (cli) prints
// through it, and the browser (ui) draws its panes through it and adds its
// own chrome. What a record says, and in which order, is render/sheet's.
package render

// Disclaimer is said once, plainly, on every screen and under every answer.
const Disclaimer = "Reference for trained practitioners and students. Not a guide to self-treatment."
