package plan

import (
	"slices"
	"testing"

	"github.com/omt-reference/omt/techniques"
)

func TestChartRegions(t *testing.T) {
	mfr := techniques.Technique{Regions: []string{"cervical", "thoracic", "lumbar", "pelvic"}}
	if got := chartRegions(mfr, []string{"lumbar", "sacral", "pelvic"}); !slices.Equal(got, []string{"lumbar", "pelvic"}) {
		t.Errorf("chartRegions = %v, want the focus regions it is taught in", got)
	}
	doming := techniques.Technique{Regions: []string{"thoracic", "rib", "abdominal"}}
	if got := chartRegions(doming, []string{"lumbar"}); !slices.Equal(got, doming.Regions) {
		t.Errorf("chartRegions = %v, want all its regions when it shares none", got)
	}
}
