package cards

import "strings"

// TypeOf names the template a card was made by: the entry kind and the
// field it asks, without the entry's own id. "technique/hvla-cervical/
// absolute/osteoporosis" is of type "technique/absolute", a map card
// "map/chapman/heart/anterior" of "map/chapman/anterior", a body-chart card
// "chart/tender-points/al3/name" of "chart/tender-points/name", a notation
// card "notation/t4-ers-l/restricted" of "notation/restricted", and a
// vignette of
// "vignette/" and the head of its source's field ("vignette/absolute"). An
// id of a shape it does not know gives its first segment and the head of its
// source's field.
func TypeOf(card Card) string {
	parts := strings.Split(card.ID, "/")
	head, _, _ := strings.Cut(card.Source.Field, "/")
	if card.Kind == Vignette || parts[0] == "vignette" {
		return "vignette/" + head
	}
	switch {
	case len(parts) >= 3 && (parts[0] == SourceTechnique || parts[0] == SourceCondition || parts[0] == SourceGlossary):
		return parts[0] + "/" + parts[2]
	case len(parts) >= 4 && (parts[0] == SourceMap || parts[0] == SourceChart):
		return parts[0] + "/" + parts[1] + "/" + parts[3]
	case len(parts) >= 3 && parts[0] == GroupNotation:
		return parts[0] + "/" + parts[len(parts)-1]
	}
	return parts[0] + "/" + head
}
