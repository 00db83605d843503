// Package bodychart draws body charts in the terminal: a front and a back
// outline of the body, in Unicode braille or in ASCII, with the
// counterstrain tender points and the Chapman points in their places and
// some of them lit.
//
// Points are placed from surface landmarks, not by eye. The landmark table
// (landmarks.go) gives each landmark a place in a body frame measured in
// fractions of height, at the vertebral level the anatomy texts give it
// (the jugular notch at T2/3, the sternal angle at T4/5, the iliac crests
// at L4, the PSIS at S2; research21.md section 4). Each map row is then a
// landmark, or a weighted mix of landmarks, plus a short offset
// (tenderpoints.go, chapman.go), read from the row's region, surface, level
// and location. The tests check every point against its row: its view,
// its side, its level between the neighbouring landmarks, its limb.
//
// The package knows nothing of colour. Render returns a Picture: cells of
// text, each marked with what it shows (outline, landmark, point, a lit
// point, a label), so that a caller can style the lit cells; without
// colour the lit points still differ by their glyph.
package bodychart
