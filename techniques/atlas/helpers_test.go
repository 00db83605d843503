package atlas

import (
	"testing"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func mustLoad(t *testing.T) *techniques.Catalog { return techniquestest.Shipped(t) }
