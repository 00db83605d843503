package cli

import (
	"context"
	"io"
	"strings"
	"testing"
)

// BenchmarkShowText is one `omt show` in-process, from arguments to output: the
// work a cold start does beyond starting the Go runtime.
func BenchmarkShowText(b *testing.B) {
	for b.Loop() {
		Run(context.Background(), []string{"show", "counterstrain-lumbar", "--format", "text"},
			IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
	}
}

// BenchmarkShowTextOverlaid is BenchmarkShowText with a school overlay of
// the entry shown and a local technique: the cost of reading, merging and
// validating them on every run. BenchmarkShowText itself runs with an empty
// configuration directory (see TestMain): the cost of finding no overlays.
func BenchmarkShowTextOverlaid(b *testing.B) {
	home := overlayHome(b, map[string]string{"school-variants.yaml": schoolOverlay, "lab-b.yaml": localTechnique})
	env := []string{"XDG_CONFIG_HOME=" + home}
	for b.Loop() {
		Run(context.Background(), []string{"show", "counterstrain-lumbar", "--format", "text"},
			IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard, Env: env})
	}
}

// BenchmarkVersion is the cheapest command: the fixed cost of cobra and fang.
func BenchmarkVersion(b *testing.B) {
	for b.Loop() {
		Run(context.Background(), []string{"--version"}, IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
	}
}
