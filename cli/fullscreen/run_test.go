//go:build unix

package fullscreen

import (
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// sizeFailingOutput is a terminal whose size cannot be read once Bubble Tea
// has seen it is a terminal: the first Fd is the terminal's, the next ones
// are no descriptor at all. It stands for any error Bubble Tea meets after
// it has put the terminal in raw mode and before its event loop runs.
type sizeFailingOutput struct {
	*os.File
	calls int
}

func (o *sizeFailingOutput) Fd() uintptr {
	o.calls++
	if o.calls > 1 {
		return ^uintptr(0)
	}
	return o.File.Fd()
}

type idleModel struct{}

func (idleModel) Init() tea.Cmd                       { return nil }
func (idleModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return idleModel{}, nil }
func (idleModel) View() tea.View                      { return tea.NewView("") }

// TestStartErrorLeavesTheTerminalAsFound: when Bubble Tea fails on its way
// up, after raw mode, the terminal must still be put back; a shell left raw
// echoes nothing and runs nothing on enter.
func TestStartErrorLeavesTheTerminalAsFound(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	p := tea.NewProgram(idleModel{}, tea.WithInput(tty), tea.WithOutput(&sizeFailingOutput{File: tty}),
		tea.WithoutSignalHandler())
	if _, err := runProgram(p, tty); err == nil {
		t.Fatal("the program started; the test needs a start that fails")
	}
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if tio.Lflag&unix.ICANON == 0 || tio.Lflag&unix.ECHO == 0 {
		t.Errorf("the failed start left the terminal in raw mode (lflag %#x)", tio.Lflag)
	}
}
