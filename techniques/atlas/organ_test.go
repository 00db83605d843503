package atlas

import "testing"

func TestSuggestOrgans(t *testing.T) {
	c := mustLoad(t)
	if s := SuggestOrgans(c, "appendx", 3); len(s) == 0 || s[0] != "Appendix" {
		t.Errorf("SuggestOrgans(appendx) = %v", s)
	}
}
