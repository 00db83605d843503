package cli

import (
	"os"
	"testing"

	"github.com/adrg/xdg"
)

// TestMain points the configuration and data directories at empty temporary
// ones, so that no test reads the school overlays or the study database in
// the real home; a test that wants overlays passes XDG_CONFIG_HOME in its
// IO.Env, and one that studies passes OMT_DATABASE.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "omt-cli-config")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	os.Setenv("XDG_DATA_HOME", dir)
	xdg.Reload()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
