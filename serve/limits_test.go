package serve

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// heapLimit is how much more heap a session may hold than before it
// connected: a browser at the largest size omt serve draws takes a few
// megabytes, so anything near this is a size that was not clamped.
const heapLimit = 64 << 20

// heapNow is the live heap after a collection.
func heapNow() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// sizeWatch collects the window sizes the sessions' browsers were told.
type sizeWatch struct {
	sizes chan tea.WindowSizeMsg
}

func newSizeWatch() *sizeWatch { return &sizeWatch{sizes: make(chan tea.WindowSizeMsg, 1024)} }

func (w *sizeWatch) seen(msg tea.Msg) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		select {
		case w.sizes <- size:
		default:
		}
	}
}

// until waits until a browser is told want, failing the test at once if
// one is told a size over maxCols x maxRows, or if the heap grows past
// heapLimit over base meanwhile: a size that was not clamped grows it by
// hundreds of megabytes a second.
func (w *sizeWatch) until(t *testing.T, base uint64, want tea.WindowSizeMsg) {
	t.Helper()
	deadline := time.After(waitFor)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var last []tea.WindowSizeMsg
	for {
		select {
		case size := <-w.sizes:
			if size.Width > maxCols || size.Height > maxRows {
				t.Fatalf("the browser was told %dx%d, over %dx%d", size.Width, size.Height, maxCols, maxRows)
			}
			if size == want {
				return
			}
			last = append(last, size)
		case <-tick.C:
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base+heapLimit {
				t.Fatalf("waiting for the browser to be told %dx%d (it was told %v), the heap grew by %d MB",
					want.Width, want.Height, last, (m.HeapAlloc-base)>>20)
			}
		case <-deadline:
			t.Fatalf("the browser was not told %dx%d after %s; it was told %v", want.Width, want.Height, waitFor, last)
		}
	}
}

// A client may ask for any terminal size, up to 2^32-1 columns by rows.
// The browser is told at most maxCols x maxRows, at the start and at every
// resize, and the server's memory stays that of a normal session.
func TestAHugeTerminalIsClampedBeforeAnythingAllocates(t *testing.T) {
	watch := newSizeWatch()
	ts := startServer(t, Config{seen: watch.seen})
	c := ts.dialKey(t, newSigner(t))
	base := heapNow()

	tm := openTerm(t, c, "", 100_000, 100_000)
	watch.until(t, base, tea.WindowSizeMsg{Width: maxCols, Height: maxRows})
	tm.waitText(0, disclaimer)

	// Each size differs from the one before, so that each is a message.
	for _, change := range []struct{ w, h, wantW, wantH int }{
		{80, 24, 80, 24},
		{1<<32 - 1, 1<<32 - 1, maxCols, maxRows},
		{120, 100_000, 120, maxRows},
		{100_000, 40, maxCols, 40},
	} {
		if err := tm.sess.WindowChange(change.h, change.w); err != nil {
			t.Fatal(err)
		}
		watch.until(t, base, tea.WindowSizeMsg{Width: change.wantW, Height: change.wantH})
	}
	if grew := int64(heapNow()) - int64(base); grew > heapLimit {
		t.Errorf("the session holds %d MB of heap; a clamped terminal needs a few", grew>>20)
	}
	tm.press("\x03")
	if code := tm.wait(); code != 0 {
		t.Errorf("ctrl+c ended the session with status %d", code)
	}
}

// A client that sends window changes without stopping must not stall its
// own session: the server keeps reading (keys still arrive and are drawn),
// and only the latest size is kept, not a queue of them.
func TestAFloodOfResizesLeavesTheSessionAnswering(t *testing.T) {
	const resizes = 100_000
	ts := startServer(t, Config{})
	tm := openTerm(t, ts.dialKey(t, newSigner(t)), "", 100, 30)
	m := tm.waitText(0, disclaimer)

	var sent atomic.Int64
	flooded := make(chan error, 1)
	go func() {
		for i := range resizes {
			w, h := 100+i%7, 30+i%5
			if i%1000 == 999 {
				w, h = 100_000, 100_000
			}
			if i == resizes-1 {
				w, h = 100, 30
			}
			if err := tm.sess.WindowChange(h, w); err != nil {
				flooded <- err
				return
			}
			sent.Add(1)
		}
		flooded <- nil
	}()
	// The flood takes seconds; a server that stops reading holds it for ever.
	select {
	case err := <-flooded:
		if err != nil {
			t.Fatalf("after %d resizes: %v", sent.Load(), err)
		}
	case <-time.After(6 * waitFor):
		t.Fatalf("the server stopped reading: %d of %d resizes sent in %s", sent.Load(), resizes, 6*waitFor)
	}
	tm.press("/pneumothorax")
	tm.waitText(m, `Nothing matches`)
	tm.press("\x03")
	if code := tm.wait(); code != 0 {
		t.Errorf("ctrl+c ended the session with status %d", code)
	}
}
