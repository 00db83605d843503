package ui

import (
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/ui/mapsview"
	"github.com/omt-reference/omt/ui/techlist"
)

// filter is everything that narrows the techniques now.
func (b browse) filter() techniques.Filter {
	f := b.facets
	f.Condition = b.condition
	f.Query = b.search.Value()
	return f
}

// refilter reruns the query for the current filter. best moves the cursor to
// the best match, as after a keystroke in the search.
func (b *browse) refilter(best bool) {
	content := techlist.Content{Patient: b.patient, ShowAll: b.showAll, Grade: techniques.GradeLabel(techniques.None)}
	if x, ok := b.Catalog.Condition(b.condition); ok {
		content.Overview = &x
		if e, ok := b.Catalog.ConditionEvidence(x.ID); ok {
			content.Grade = techniques.GradeLabel(e.Grade)
		}
	}
	f := b.filter()
	if techniques.BlankQuery(f.Query) {
		for _, mt := range b.Index.Find(f) {
			content.Ranked = append(content.Ranked, techlist.TechniqueRow{Technique: mt.Technique})
		}
	} else {
		// Conditions and terms are found only when nothing narrows the
		// techniques: they are not of a condition, a family or a region.
		narrowed := b.condition != "" || b.facets != (techniques.Filter{})
		for _, r := range b.Index.SearchAll(f.Query) {
			switch r.Kind {
			case search.KindTechnique:
				if t := &b.Catalog.Techniques[r.Index]; f.Keeps(t) {
					content.Ranked = append(content.Ranked, techlist.TechniqueRow{Technique: t})
				}
			case search.KindCondition:
				if !narrowed {
					content.Ranked = append(content.Ranked, techlist.ConditionRow{Condition: b.Catalog.Conditions[r.Index]})
				}
			case search.KindGlossary:
				if !narrowed {
					content.Ranked = append(content.Ranked, techlist.TermRow{Term: b.Catalog.Glossary[r.Index]})
				}
			default:
				if e, ok := mapsview.ItemOf(b.Index, r); ok && !narrowed {
					content.Ranked = append(content.Ranked, techlist.MapRow{Item: e})
				}
			}
		}
	}
	b.detail.SetPatient(b.patient)
	b.list.SetContent(b.Catalog, content, best)
	if !b.list.HasSelection() {
		b.focus = listPane
	}
	b.syncDetail()
}

// syncDetail shows what is under the cursor in the detail pane.
func (b *browse) syncDetail() {
	if t, ok := b.list.Selected(); ok {
		b.detail.Show(t)
		return
	}
	if x, ok := b.list.SelectedOverview(); ok {
		b.detail.ShowCondition(x)
		return
	}
	if x, ok := b.list.SelectedCondition(); ok {
		b.detail.ShowCondition(x)
		return
	}
	if g, ok := b.list.SelectedTerm(); ok {
		b.detail.ShowTerm(g)
		return
	}
	if e, ok := b.list.SelectedEntry(); ok {
		b.detail.ShowEntry(e)
		return
	}
	if b.list.Len() == 0 && b.list.Hidden() > 0 {
		b.detail.ShowNote("all-hidden", "Every technique that matches is contraindicated for the findings ticked (p). "+
			"Press "+b.hint(b.pageKeys.ShowContra)+" to list them with the reasons.")
		return
	}
	if b.list.OnDivider() {
		b.detail.ShowNote("contraindicated", "The techniques below this line are contraindicated for the findings ticked (p). "+
			"They are listed so you can read why; do not use them for this patient. Press "+b.hint(b.pageKeys.ShowContra)+" to hide them.")
		return
	}
	b.detail.Clear()
}
