package readback

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/omt-reference/omt/notation"
	"github.com/omt-reference/omt/techniques"
)

var ribTitleRe = regexp.MustCompile(`^(Left|Right) ribs? (\d+)(?:-(\d+))?$`)

// ribGroupStated reads the rib finding: the side and group that stop early,
// and the phase they stop early in.
func ribGroupStated(st stem) (notation.Side, notation.Range, string, error) {
	for _, f := range st.findings {
		m := ribTitleRe.FindStringSubmatch(f[0])
		phase, ok := strings.CutPrefix(f[1], "stop early on ")
		if m == nil || !ok {
			continue
		}
		side := notation.Left
		if m[1] == "Right" {
			side = notation.Right
		}
		to := m[3]
		if to == "" {
			to = m[2]
		}
		r, err := notation.ParseRange("rib " + m[2] + "-rib " + to)
		return side, r, phase, err
	}
	return notation.SideNone, notation.Range{}, "", fmt.Errorf("no rib group stops early in the stem")
}

func ribDiagnosisOracle(st stem) (func(string) (bool, error), error) {
	side, group, phase, err := ribGroupStated(st)
	if err != nil {
		return nil, err
	}
	return func(ch string) (bool, error) {
		d, err := notation.Parse(ch)
		if err != nil || d.Kind != notation.KindRib {
			return false, fmt.Errorf("option %q is no rib diagnosis", ch)
		}
		e := notation.Explain(d)
		return d.Rib.Side == side && d.Rib.Range == group && e.Restricted[0].String() == phase, nil
	}, nil
}

// ribSetUpOracle: the key rib is the bottom rib of a group held in
// inhalation and the top rib of one held in exhalation (BITE); the muscle
// and the action are those of the rib-me row holding the key rib, either
// answer of the row being right.
func ribSetUpOracle(c *techniques.Catalog, st stem, fam string) (func(string) (bool, error), error) {
	_, group, stopsEarly, err := ribGroupStated(st)
	if err != nil {
		return nil, err
	}
	key := group.To
	if stopsEarly == "inhalation" { // held in exhalation
		key = group.From
	}
	if fam == "set-up/key-rib" {
		return func(ch string) (bool, error) { return strings.EqualFold(ch, key.String()), nil }, nil
	}
	if stopsEarly != "inhalation" {
		return nil, fmt.Errorf("a muscle is asked for a group that is not held in exhalation")
	}
	var row techniques.TableRow
	for _, r := range tableOf(c, "rib-dysfunctions").Rows {
		if strings.HasPrefix(r.ID, "rib-me-") && techniques.LevelIn(key, r.Levels) {
			row = r
		}
	}
	if row.ID == "" {
		return nil, fmt.Errorf("no rib-me row holds %s", key)
	}
	if fam == "set-up/muscle" {
		return func(ch string) (bool, error) {
			return related(ch, row.Value("muscle")) || related(ch, row.BoardValue("muscle")), nil
		}, nil
	}
	return func(ch string) (bool, error) {
		return strings.Contains(strings.ToLower(flat(row.BoardValue("patient_action"))), strings.ToLower(ch)), nil
	}, nil
}
