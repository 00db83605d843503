package housecheck

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// AllowlistFile is the file, in this package's directory, that names what was
// over the limits when the check began.
const AllowlistFile = "allowlist.txt"

// Entry is one line of the allowlist: a function or a package over the
// limits, with its figures when it was listed. Those figures are a ceiling:
// the entry may shrink but not grow.
type Entry struct {
	Package    string // as in Func.Package and Package.Dir
	Func       string // as in Func.Name; empty for a whole package
	Lines      int
	Complexity int // functions only
	Line       int // line number in the allowlist, for messages
}

// key matches Func.Key for a function and Package.Dir for a package.
func (e Entry) key() string {
	if e.Func == "" {
		return e.Package
	}
	return e.Package + " " + e.Func
}

// ParseAllowlist reads an allowlist: blank lines and lines starting with #
// are skipped, and every other line is one of
//
//	func <package> <name> lines=<n> complexity=<n>
//	package <package> lines=<n>
func ParseAllowlist(r io.Reader) ([]Entry, error) {
	var entries []Entry
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		e, err := parseEntry(strings.Fields(text))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w: %q", AllowlistFile, n, err, text)
		}
		e.Line = n
		if first, dup := seen[e.key()]; dup {
			return nil, fmt.Errorf("%s:%d: %q is already listed on line %d", AllowlistFile, n, e.key(), first)
		}
		seen[e.key()] = n
		entries = append(entries, e)
	}
	return entries, sc.Err()
}

func parseEntry(fields []string) (Entry, error) {
	switch {
	case len(fields) == 5 && fields[0] == "func":
		lines, err := figure(fields[3], "lines")
		if err != nil {
			return Entry{}, err
		}
		cc, err := figure(fields[4], "complexity")
		if err != nil {
			return Entry{}, err
		}
		return Entry{Package: fields[1], Func: fields[2], Lines: lines, Complexity: cc}, nil
	case len(fields) == 3 && fields[0] == "package":
		lines, err := figure(fields[2], "lines")
		return Entry{Package: fields[1], Lines: lines}, err
	}
	return Entry{}, fmt.Errorf("want \"func <package> <name> lines=<n> complexity=<n>\" or \"package <package> lines=<n>\"")
}

// figure reads "name=<n>".
func figure(field, name string) (int, error) {
	value, ok := strings.CutPrefix(field, name+"=")
	if !ok {
		return 0, fmt.Errorf("want %s=<n>, not %q", name, field)
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s is not a count: %q", name, value)
	}
	return n, nil
}

// Report is the verdict of Check.
type Report struct {
	Problems   []string // each one fails the check
	StillToFix []string // allowlisted and still over the limits: reported, not failed
}

// Check holds measures to the limits and the allowlist. Over a limit and not
// listed is a problem; so is a listed entry that grew past its figures, one
// now within the limits (its line must go, so the list only shrinks) and one
// that no longer exists.
func Check(m Measures, allow []Entry) Report {
	listed := map[string]Entry{}
	for _, e := range allow {
		listed[e.key()] = e
	}
	var r Report
	for _, f := range worstByKey(m.Funcs) {
		e, ok := listed[f.Key()]
		delete(listed, f.Key())
		over := f.Lines > MaxFuncLines || f.Complexity > MaxComplexity
		figures := fmt.Sprintf("%d lines, complexity %d (limits %d and %d)", f.Lines, f.Complexity, MaxFuncLines, MaxComplexity)
		switch {
		case !ok && over:
			r.Problems = append(r.Problems, fmt.Sprintf("%s %s: %s; split it by what it does (the allowlist takes no new entries)", f.Pos, f.Name, figures))
		case !ok:
		case !over:
			r.Problems = append(r.Problems, fmt.Sprintf("%s %s is within the limits now (%s): delete line %d of %s", f.Pos, f.Name, figures, e.Line, AllowlistFile))
		case f.Lines > max(MaxFuncLines, e.Lines) || f.Complexity > max(MaxComplexity, e.Complexity):
			r.Problems = append(r.Problems, fmt.Sprintf("%s %s grew to %s, past its allowlisted %d lines, complexity %d (%s:%d)", f.Pos, f.Name, figures, e.Lines, e.Complexity, AllowlistFile, e.Line))
		default:
			r.StillToFix = append(r.StillToFix, fmt.Sprintf("%s %s: %s", f.Pos, f.Name, figures))
		}
	}
	for _, p := range m.Packages {
		e, ok := listed[p.Dir]
		delete(listed, p.Dir)
		figures := fmt.Sprintf("%d hand-written lines (limit %d)", p.Lines, MaxPackageLines)
		switch {
		case !ok && p.Lines > MaxPackageLines:
			r.Problems = append(r.Problems, fmt.Sprintf("package %s: %s; give a responsibility its own package (the allowlist takes no new entries)", p.Dir, figures))
		case !ok:
		case p.Lines <= MaxPackageLines:
			r.Problems = append(r.Problems, fmt.Sprintf("package %s is within the limit now (%s): delete line %d of %s", p.Dir, figures, e.Line, AllowlistFile))
		case p.Lines > e.Lines:
			r.Problems = append(r.Problems, fmt.Sprintf("package %s grew to %s, past its allowlisted %d (%s:%d)", p.Dir, figures, e.Lines, AllowlistFile, e.Line))
		default:
			r.StillToFix = append(r.StillToFix, fmt.Sprintf("package %s: %s", p.Dir, figures))
		}
	}
	for _, e := range allow {
		if _, gone := listed[e.key()]; gone {
			r.Problems = append(r.Problems, fmt.Sprintf("%s:%d names %q, which no longer exists: delete the line", AllowlistFile, e.Line, e.key()))
		}
	}
	return r
}

// worstByKey merges functions that share a key (an init per file, or one
// function written per platform) into one with the worst figures of them,
// keeping the first one's position and the order of first appearance.
func worstByKey(funcs []Func) []Func {
	var out []Func
	at := map[string]int{}
	for _, f := range funcs {
		i, seen := at[f.Key()]
		if !seen {
			at[f.Key()] = len(out)
			out = append(out, f)
			continue
		}
		out[i].Lines = max(out[i].Lines, f.Lines)
		out[i].Complexity = max(out[i].Complexity, f.Complexity)
	}
	return out
}
