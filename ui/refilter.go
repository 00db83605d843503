package ui

import (
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
)

// filter is everything that narrows the techniques now.
func (m Model) filter() techniques.Filter {
	f := m.facets
	f.Condition = m.condition
	f.Query = m.search.Value()
	return f
}

// refilter reruns the query for the current filter. best moves the cursor to
// the best match, as after a keystroke in the search.
func (m *Model) refilter(best bool) {
	content := listContent{patient: m.patient, showAll: m.showAll, grade: techniques.GradeLabel(techniques.None)}
	if x, ok := m.catalog.Condition(m.condition); ok {
		content.overview = &x
		if e, ok := m.catalog.ConditionEvidence(x.ID); ok {
			content.grade = techniques.GradeLabel(e.Grade)
		}
	}
	f := m.filter()
	if techniques.BlankQuery(f.Query) {
		for _, mt := range m.index.Find(f) {
			content.ranked = append(content.ranked, techItem{t: mt.Technique})
		}
	} else {
		// Conditions and terms are found only when nothing narrows the
		// techniques: they are not of a condition, a family or a region.
		narrowed := m.condition != "" || m.facets != (techniques.Filter{})
		for _, r := range m.index.SearchAll(f.Query) {
			switch r.Kind {
			case search.KindTechnique:
				if t := &m.catalog.Techniques[r.Index]; f.Keeps(t) {
					content.ranked = append(content.ranked, techItem{t: t})
				}
			case search.KindCondition:
				if !narrowed {
					content.ranked = append(content.ranked, conditionItem{m.catalog.Conditions[r.Index]})
				}
			case search.KindGlossary:
				if !narrowed {
					content.ranked = append(content.ranked, termItem{m.catalog.Glossary[r.Index]})
				}
			default:
				if e, ok := entryOf(m.index, r); ok && !narrowed {
					content.ranked = append(content.ranked, mapItem{e})
				}
			}
		}
	}
	m.detail.SetPatient(m.patient)
	m.list.SetContent(m.catalog, content, best)
	if !m.list.HasSelection() {
		m.focus = listPane
	}
	m.syncDetail()
}

// syncDetail shows what is under the cursor in the detail pane.
func (m *Model) syncDetail() {
	if t, ok := m.list.Selected(); ok {
		m.detail.Show(t)
		return
	}
	if x, ok := m.list.SelectedOverview(); ok {
		m.detail.ShowCondition(x)
		return
	}
	if x, ok := m.list.SelectedCondition(); ok {
		m.detail.ShowCondition(x)
		return
	}
	if g, ok := m.list.SelectedTerm(); ok {
		m.detail.ShowTerm(g)
		return
	}
	if e, ok := m.list.SelectedEntry(); ok {
		m.detail.ShowEntry(e)
		return
	}
	if m.list.Len() == 0 && m.list.Hidden() > 0 {
		m.detail.ShowNote("all-hidden", "Every technique that matches is contraindicated for the findings ticked (p). "+
			"Press "+m.hint(m.keys.ShowContra)+" to list them with the reasons.")
		return
	}
	if m.list.OnDivider() {
		m.detail.ShowNote("contraindicated", "The techniques below this line are contraindicated for the findings ticked (p). "+
			"They are listed so you can read why; do not use them for this patient. Press "+m.hint(m.keys.ShowContra)+" to hide them.")
		return
	}
	m.detail.Clear()
}
