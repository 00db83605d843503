package render

import (
	"testing"

	"github.com/omt-reference/omt/exam"
)

// TestWeakestTopicsFitsByColumns: the line under a block in omt exam
// history names the weakest topics that fit in the columns it has. A topic
// titled in another script (an overlay's family, say) takes a column a
// character, however many bytes it is written in; counting bytes cut it off
// a line it fits on.
func TestWeakestTopicsFitsByColumns(t *testing.T) {
	score := func(titles ...string) exam.Score {
		var sc exam.Score
		for _, title := range titles {
			sc.ByTopic = append(sc.ByTopic, exam.TopicScore{Title: title, Right: 1, Total: 2})
		}
		return sc
	}
	// A topic after the first is named only with room left for ", and N
	// more" after it: each pair below is the narrowest line that names both
	// and the line one column narrower.
	for _, tc := range []struct {
		sc   exam.Score
		w    int
		want string
	}{
		{score("Muscle energy", "Counterstrain"), 57, "weakest: Muscle energy 1/2, Counterstrain 1/2"},
		{score("Muscle energy", "Counterstrain"), 56, "weakest: Muscle energy 1/2, and 1 more"},
		{score("Técnica de Jones", "Énergie musculaire"), 65, "weakest: Técnica de Jones 1/2, Énergie musculaire 1/2"},
		{score("Técnica de Jones", "Énergie musculaire"), 64, "weakest: Técnica de Jones 1/2, and 1 more"},
		{score("Мышечная энергия", "Контрстрейн"), 58, "weakest: Мышечная энергия 1/2, Контрстрейн 1/2"},
		{score("Мышечная энергия", "Контрстрейн"), 57, "weakest: Мышечная энергия 1/2, and 1 more"},
		{score("腰痛", "頸部"), 39, "weakest: 腰痛 1/2, 頸部 1/2"},
		{score("腰痛", "頸部"), 38, "weakest: 腰痛 1/2, and 1 more"},
	} {
		if got := weakestTopics(tc.sc, tc.w); got != tc.want {
			t.Errorf("weakestTopics(%v, %d) = %q, want %q", tc.sc.ByTopic, tc.w, got, tc.want)
		}
	}
}
