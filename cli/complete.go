package cli

import (
	"time"

	"github.com/omt-reference/omt/cli/completion"
	"github.com/omt-reference/omt/store"
)

// completion is where the shell's completions read from: the catalogue, and
// the bookmarks without creating the database.
func (a *app) completion() completion.Source {
	return completion.Source{Load: a.load, Bookmarks: func() ([]string, error) {
		var ids []string
		err := a.withPersonal(reading, func(p *store.Personal, _ func() time.Time) error {
			if p == nil {
				return nil
			}
			marks, err := p.Bookmarks()
			for _, b := range marks {
				ids = append(ids, b.TechniqueID)
			}
			return err
		})
		return ids, err
	}}
}
