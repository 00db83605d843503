package contentlint

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/internal/testfixture"
)

// The catalogues the lint is tried on: the shipped one, and techniques'
// small valid fixture, whole or with files replaced.

func mustLoad(t *testing.T) *techniques.Catalog {
	t.Helper()
	c, err := techniques.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// fixture copies techniques' testdata/valid into memory so a test can
// replace one file.
func fixture(t *testing.T) fstest.MapFS {
	t.Helper()
	m, err := testfixture.Copy(os.DirFS("../testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func loadFixture(t *testing.T) *techniques.Catalog {
	t.Helper()
	c, err := techniques.LoadFS(fixture(t))
	if err != nil {
		t.Fatalf("valid fixture rejected: %v", err)
	}
	return c
}
