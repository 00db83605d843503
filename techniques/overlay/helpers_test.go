package overlay

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

func mustLoadF(f *testing.F) *techniques.Catalog {
	c, err := techniques.Load()
	if err != nil {
		f.Fatal(err)
	}
	return c
}
