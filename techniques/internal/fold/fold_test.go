package fold

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"myofacial", "myofascial", 1},
		{"counterstain", "counterstrain", 1},
		{"ab", "ba", 1}, // a transposition is one edit
		{"kitten", "sitting", 3},
		{"", "abc", 3},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b, 5); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := Distance("abcdef", "uvwxyz", 2); got != 3 {
		t.Errorf("Distance with limit 2 = %d; want 3 (limit+1)", got)
	}
}

// FuzzEditDistance checks the distance against its definition's basic laws.
func FuzzEditDistance(f *testing.F) {
	f.Add("myofacial", "myofascial", 2)
	f.Add("", "", 0)
	f.Add("ab", "ba", 1)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		limit = max(0, min(limit, 8))
		d := Distance(a, b, limit)
		if d < 0 || d > limit+1 {
			t.Fatalf("distance %d outside 0..%d", d, limit+1)
		}
		if a == b && d != 0 {
			t.Fatalf("distance of equal strings is %d", d)
		}
		if back := Distance(b, a, limit); (d <= limit) != (back <= limit) {
			t.Fatalf("not symmetric: %d vs %d", d, back)
		}
	})
}
