package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/omt-reference/omt/ui/common"
	"github.com/omt-reference/omt/ui/mapsview"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/render/sheet"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
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
	styles := common.NewStyles(true)
	for b.Loop() {
		render.Technique(t, sheet.Technique(c, t), &styles.Styles, 76)
	}
}

// BenchmarkKeystrokeInSearch is one typed letter in the browser's search, with
// the list and the detail pane updated: the latency a user feels.
func BenchmarkKeystrokeInSearch(b *testing.B) {
	for _, c := range benchCatalogues(b) {
		index := search.New(c)
		index.Prepare()
		m, _ := New(c, Options{Search: index}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
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

// BenchmarkKeystrokeInMaps is one typed letter in the maps view, with the
// entries looked up again and the one under the cursor laid out and drawn
// with the spine. It types "appendix" and "T4 ERS" in turn, so that organs,
// levels and readings are all found along the way.
func BenchmarkKeystrokeInMaps(b *testing.B) {
	c, err := techniques.Load()
	if err != nil {
		b.Fatal(err)
	}
	index := search.New(c)
	index.Prepare()
	m, _ := New(c, Options{Search: index}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m, _ = m.Update(tea.KeyPressMsg{Code: 'm', Text: "m"})
	for _, query := range []string{"appendix", "T4 ERS"} {
		b.Run(query, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				// Type the query up to a letter, as the view would see it.
				v := m.(Model).overlay.(*mapsview.View)
				v.SetInput(query[:i%len(query)])
				r := rune(query[i%len(query)])
				next, _ := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
				_ = next.View()
			}
		})
	}
}

// BenchmarkBursts drains bursts of input through the program's own path
// (Filter, Update, View), as a terminal would deliver them: 5,000 presses of
// j, a 100 KB paste arriving key by key (an unbracketed paste) and the same
// page as one bracketed paste, into the search.
func BenchmarkBursts(b *testing.B) {
	c, err := techniques.Load()
	if err != nil {
		b.Fatal(err)
	}
	index := search.New(c)
	index.Prepare()
	start := func() Model {
		m, _ := New(c, Options{Search: index}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		return m.(Model)
	}
	page := strings.Repeat("counterstrain lumbar spine ", 3800) // about 100 KB
	run := func(b *testing.B, m Model, msgs []tea.Msg) {
		f := NewInputFilter()
		for b.Loop() {
			var model tea.Model = m // the program holds the model as a tea.Model
			for _, msg := range msgs {
				if msg = f.Filter(model, msg); msg == nil {
					continue
				}
				model, _ = model.Update(msg)
				_ = model.View()
			}
		}
	}
	b.Run("5000-keys-j", func(b *testing.B) {
		msgs := make([]tea.Msg, 5000)
		for i := range msgs {
			msgs[i] = tea.KeyPressMsg{Code: 'j', Text: "j"}
		}
		run(b, start(), msgs)
	})
	b.Run("100KB-unbracketed-paste", func(b *testing.B) {
		msgs := []tea.Msg{tea.KeyPressMsg{Code: '/', Text: "/"}}
		for _, r := range page {
			msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		run(b, start(), msgs)
	})
	b.Run("100KB-bracketed-paste", func(b *testing.B) {
		run(b, start(), []tea.Msg{tea.KeyPressMsg{Code: '/', Text: "/"}, tea.PasteMsg{Content: page}})
	})
}
