package sheet

import (
	"testing"
	"time"

	"github.com/omt-reference/omt/plan"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func mustLoad(t testing.TB) *techniques.Catalog { return techniquestest.Shipped(t) }

func catalog(t testing.TB) *techniques.Catalog { return techniquestest.Shipped(t) }

func build(t *testing.T, c *techniques.Catalog, condition string, flags []string, budget time.Duration) plan.Plan {
	t.Helper()
	p, err := plan.Build(c, condition, flags, budget)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
