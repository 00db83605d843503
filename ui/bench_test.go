package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/techniquestest"
)

func benchCatalogues(b *testing.B) []*techniques.Catalog {
	b.Helper()
	shipped, err := techniques.Load()
	if err != nil {
		b.Fatal(err)
	}
	out := []*techniques.Catalog{shipped}
	for _, n := range []int{1000, 10000} {
		c, err := techniquestest.Synthetic(n)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// BenchmarkFirstFrame is what stands between `omt` and a usable screen: build
// the model, take the terminal size, draw once.
func BenchmarkFirstFrame(b *testing.B) {
	for _, c := range benchCatalogues(b) {
		b.Run(fmt.Sprintf("techniques=%d", len(c.Techniques)), func(b *testing.B) {
			for b.Loop() {
				m, _ := New(c, Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				if m.View().Content == "" {
					b.Fatal("empty frame")
				}
			}
		})
	}
}

// BenchmarkDetailPage renders one technique's sheet at a common width.
func BenchmarkDetailPage(b *testing.B) {
	c, err := techniques.Load()
	if err != nil {
		b.Fatal(err)
	}
	t, _ := c.Technique("hvla-cervical")
	styles := NewStyles(true)
	for b.Loop() {
		RenderSheet(t, c.Sheet(t), styles, 76)
	}
}

// BenchmarkKeystrokeInSearch is one typed letter in the browser's search, with
// the list and the detail pane updated: the latency a user feels.
func BenchmarkKeystrokeInSearch(b *testing.B) {
	for _, c := range benchCatalogues(b) {
		c.PrepareSearch()
		m, _ := New(c, Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m, _ = m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
		b.Run(fmt.Sprintf("techniques=%d", len(c.Techniques)), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				r := rune("counterstain"[i%12])
				next, _ := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
				_ = next.View()
			}
		})
	}
}
