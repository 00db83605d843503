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

// BenchmarkVersion is the cheapest command: the fixed cost of cobra and fang.
func BenchmarkVersion(b *testing.B) {
	for b.Loop() {
		Run(context.Background(), []string{"--version"}, IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
	}
}
