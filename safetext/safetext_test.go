package safetext

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The payloads of issue 18, finding 4: each makes a terminal do something
// other than show text.
var payloads = map[string]struct{ in, want string }{
	"OSC 8 hyperlink":    {"\x1b]8;;http://evil\a click \x1b]8;;\a", `\x1b]8;;http://evil\a click \x1b]8;;\a`},
	"DCS request":        {"\x1bP+q544e\x1b\\", `\x1bP+q544e\x1b\`},
	"CSI clear":          {"\x1b[2J\x1b[31mred", `\x1b[2J\x1b[31mred`},
	"C1 CSI":             {"\u009b31m", `\u009b31m`},
	"C1 OSC":             {"\u009d0;title\u009c", `\u009d0;title\u009c`},
	"bidi override":      {"abc\u202edcba", `abc\u202edcba`},
	"bidi embeddings":    {"\u202a\u202b\u202c\u202d", `\u202a\u202b\u202c\u202d`},
	"bidi isolates":      {"\u2066\u2067\u2068\u2069", `\u2066\u2067\u2068\u2069`},
	"bidi marks":         {"\u200e\u200f\u061c", `\u200e\u200f\u061c`},
	"carriage return":    {"shown\rhidden", `shown\rhidden`},
	"backspace and bell": {"a\bb\a", `a\bb\a`},
	"delete":             {"a\x7f", `a\x7f`},
	"NUL":                {"a\x00b", `a\x00b`},
	"invalid UTF-8":      {"a\xffb\x9b31m", `a\xffb\x9b31m`},
	"invisible tag":      {"x\U000E0041", `x\U000e0041`},
}

func TestVisibleWritesOutWhatATerminalWouldActOn(t *testing.T) {
	for name, p := range payloads {
		if got := Visible(p.in); got != p.want {
			t.Errorf("%s: Visible(%q) = %q, want %q", name, p.in, got, p.want)
		}
		if IsSafe(p.in) {
			t.Errorf("%s: IsSafe(%q) is true", name, p.in)
		}
		if !IsSafe(p.want) {
			t.Errorf("%s: IsSafe of the visible form %q is false", name, p.want)
		}
	}
}

// TestVisibleKeepsText: line breaks, tabs, every script and the joiners
// emoji and Persian need pass as they are.
func TestVisibleKeepsText(t *testing.T) {
	for _, s := range []string{
		"",
		"Lab B: hold 120 s,\n\treturn slowly.",
		"café, ünïcode — ‘quotes’ → ≡ × ✓ 日本語 한국어 עברית العربية",
		"👩\u200d⚕\ufe0f emoji joined",
		"می\u200cخواهم", // Persian with a zero-width non-joiner
		`already written out: \x1b \u202e`,
	} {
		if got := Visible(s); got != s {
			t.Errorf("Visible(%q) = %q; text must pass unchanged", s, got)
		}
		if !IsSafe(s) {
			t.Errorf("IsSafe(%q) is false", s)
		}
	}
}

type record struct {
	Name    string
	Kind    kind
	Steps   []string
	Nested  []inner
	Pointer *inner
	Fixed   [2]string
	ByKey   map[string]string
	Any     any
	Count   int
	hidden  string
}

type kind string

type inner struct{ Note string }

func TestStringsRewritesEveryStringItReaches(t *testing.T) {
	bad := "\x1b]8;;http://evil\a"
	r := record{
		Name: bad, Kind: kind(bad), Steps: []string{"ok", bad},
		Nested: []inner{{bad}}, Pointer: &inner{bad}, Fixed: [2]string{bad, "ok"},
		ByKey: map[string]string{"k": bad}, Any: bad, Count: 3, hidden: bad,
	}
	Strings(&r)
	want := Visible(bad)
	for field, got := range map[string]string{
		"Name": r.Name, "Kind": string(r.Kind), "Steps[1]": r.Steps[1], "Nested[0]": r.Nested[0].Note,
		"Pointer": r.Pointer.Note, "Fixed[0]": r.Fixed[0], "ByKey": r.ByKey["k"],
	} {
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	if r.Steps[0] != "ok" || r.Fixed[1] != "ok" || r.Count != 3 {
		t.Errorf("text or numbers changed: %+v", r)
	}
	if r.hidden != bad {
		t.Errorf("an unexported field was changed: %q", r.hidden)
	}
	Strings(nil) // nothing to do, no panic
	Strings(r)   // not a pointer: nothing can be set, no panic
	var none *record
	Strings(none)
}

// TestEscapeJSONWritesOutC1AndBidi: encoding/json escapes C0 but leaves
// C1 controls and bidi overrides raw; EscapeJSON writes them as \u
// sequences, and the document still decodes to the same text.
func TestEscapeJSONWritesOutC1AndBidi(t *testing.T) {
	text := "a\x1b]8;;x\a \u009b31m \u009dt\u009c \u202e \u2066 \x7f \U000E0041 日本 👩\u200d⚕"
	raw, err := json.MarshalIndent(map[string]string{"text": text}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), "\u009b") || !strings.Contains(string(raw), "\u202e") {
		t.Fatalf("encoding/json now escapes C1 and bidi itself; EscapeJSON may be simpler: %q", raw)
	}
	escaped := EscapeJSON(raw)
	for _, r := range string(escaped) {
		if r >= 0x7f && !IsSafe(string(r)) {
			t.Errorf("EscapeJSON left %U raw: %s", r, escaped)
		}
	}
	for _, want := range []string{`\u001b`, `\u009b`, `\u009d`, `\u202e`, `\u2066`, `\u007f`, `\udb40\udc41`, "日本", "\u200d"} {
		if !strings.Contains(string(escaped), want) {
			t.Errorf("the escaped document lacks %s: %s", want, escaped)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(escaped, &back); err != nil || back["text"] != text {
		t.Errorf("the escaped document decodes to %q (%v), want %q", back["text"], err, text)
	}
	plain := []byte("{\n  \"a\": \"text, \\\"quoted\\\"\",\n\t\"b\": [1, 2]\n}\n")
	if got := EscapeJSON(plain); string(got) != string(plain) {
		t.Errorf("EscapeJSON changed a document with nothing to escape: %q", got)
	}
}

// FuzzVisible: whatever the text, Visible's result holds nothing a
// terminal acts on (checked here rune by rune, apart from IsSafe), is
// valid UTF-8, is unchanged by a second pass, and text that was safe
// comes back unchanged.
func FuzzVisible(f *testing.F) {
	for _, p := range payloads {
		f.Add(p.in)
	}
	f.Add("plain text\nwith a tab\t")
	f.Add("👩\u200d⚕\ufe0f")
	f.Fuzz(func(t *testing.T, s string) {
		v := Visible(s)
		if !utf8.ValidString(v) {
			t.Fatalf("Visible(%q) = %q is not UTF-8", s, v)
		}
		for _, r := range v {
			if forbiddenHere(r) {
				t.Fatalf("Visible(%q) = %q holds %U", s, v, r)
			}
		}
		if !IsSafe(v) {
			t.Fatalf("IsSafe(Visible(%q)) is false", s)
		}
		if again := Visible(v); again != v {
			t.Fatalf("Visible is not idempotent: %q, then %q", v, again)
		}
		if IsSafe(s) != (v == s) {
			t.Fatalf("IsSafe(%q) = %v, but Visible gives %q", s, IsSafe(s), v)
		}
	})
}

// forbiddenHere is the fuzz test's own list of what must never reach a
// terminal: C0 controls but newline and tab, DEL, C1 controls and the bidi
// controls, written out apart from the package's rule.
func forbiddenHere(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// FuzzEscapeJSON: a string through encoding/json and EscapeJSON decodes
// to what encoding/json alone gives, with no C1 or bidi control raw.
func FuzzEscapeJSON(f *testing.F) {
	for _, p := range payloads {
		f.Add(p.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		raw, err := json.Marshal([]string{s})
		if err != nil {
			t.Fatal(err)
		}
		escaped := EscapeJSON(raw)
		for _, r := range string(escaped) {
			if forbiddenHere(r) {
				t.Fatalf("EscapeJSON(%q) = %q holds %U", raw, escaped, r)
			}
		}
		var want, got []string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(escaped, &got); err != nil || got[0] != want[0] {
			t.Fatalf("EscapeJSON(%q) = %q decodes to %q (%v), want %q", raw, escaped, got, err, want[0])
		}
	})
}

// TestVisibleWritesEscapesAsGoDoes: every character Visible writes out
// reads as strconv.QuoteRune writes it.
func TestVisibleWritesEscapesAsGoDoes(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if r >= 0xd800 && r <= 0xdfff || !unsafeRune(r) {
			continue
		}
		q := strconv.QuoteRune(r)
		if got := Visible(string(r)); got != q[1:len(q)-1] {
			t.Fatalf("Visible(%U) = %s, want %s", r, got, q[1:len(q)-1])
		}
	}
}
