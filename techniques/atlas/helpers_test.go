package atlas

import (
	"testing"

	"github.com/omt-reference/omt/techniques"
)

func mustLoad(t *testing.T) *techniques.Catalog {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
