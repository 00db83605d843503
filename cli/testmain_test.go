package cli

import (
	"os"
	"testing"

	"github.com/adrg/xdg"
)

// TestMain points the configuration directory at an empty temporary one, so
// that no test reads the school overlays in the real home; a test that wants
// overlays passes XDG_CONFIG_HOME in its IO.Env.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "omt-cli-config")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	xdg.Reload()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
