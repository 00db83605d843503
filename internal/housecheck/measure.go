// Package housecheck holds the limits on the size of omt's own code and the
// tool that measures them: no hand-written function over MaxFuncLines lines
// or cyclomatic complexity MaxComplexity, and no package over
// MaxPackageLines hand-written lines. Its test walks the whole module on
// every `go test ./...`, so a function that grows past a limit fails the
// suite the day it is written, not at the next review.
//
// Functions and packages that were over the limits when the check was
// introduced are named in allowlist.txt, with their figures then. They are
// reported as still to fix; the check fails if one grows, or if one is
// already within the limits and its line was not deleted, so the list only
// shrinks.
//
// Hand-written means every .go file of this module that is not a test
// (_test.go) and does not carry the generated-code header
// (`// Code generated ... DO NOT EDIT.` before the package clause, see
// https://go.dev/s/generatedcode), such as techniques/catalog_gen.go.
// Directories named testdata or vendor, or starting with "." or "_", and
// nested modules (a directory with its own go.mod) are not part of the
// module's code and are skipped, as the go command skips them.
//
// The package measures; it does not judge style, and it knows nothing of
// omt's packages beyond their files.
package housecheck

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The limits. Complexity is counted as gocyclo counts it (see Complexity).
const (
	MaxFuncLines    = 80
	MaxComplexity   = 20
	MaxPackageLines = 4000
)

// Func is one hand-written function or method as measured.
type Func struct {
	Package    string // directory relative to the module root, slash-separated; "." for the root
	Name       string // "name", or "(Recv).name" / "(*Recv).name" for a method
	Pos        string // file:line of its func keyword, relative to the module root
	Lines      int    // from the func keyword to the closing brace, both included
	Complexity int
}

// Key names the function as allowlist.txt does: "package name".
func (f Func) Key() string { return f.Package + " " + f.Name }

// Package is one directory of the module's code as measured.
type Package struct {
	Dir   string // relative to the module root, slash-separated; "." for the root
	Lines int    // newlines in its hand-written files
}

// Measures is what Measure found in a module.
type Measures struct {
	Funcs    []Func    // every hand-written function, in file order
	Packages []Package // every directory with hand-written code, sorted by Dir
}

// Measure walks the module rooted at root and measures its hand-written code.
func Measure(root string) (Measures, error) {
	var m Measures
	lines := map[string]int{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && skipDir(path, d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		funcs, n, err := measureFile(path, rel)
		if err != nil || n == 0 {
			return err
		}
		lines[pathDir(rel)] += n
		m.Funcs = append(m.Funcs, funcs...)
		return nil
	})
	if err != nil {
		return Measures{}, err
	}
	for dir, n := range lines {
		m.Packages = append(m.Packages, Package{Dir: dir, Lines: n})
	}
	sort.Slice(m.Packages, func(i, j int) bool { return m.Packages[i].Dir < m.Packages[j].Dir })
	return m, nil
}

// skipDir reports whether a directory is outside the module's own code, by
// the go command's rules: testdata, vendor, names starting with "." or "_",
// and nested modules.
func skipDir(path, name string) bool {
	if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
		return true
	}
	_, err := os.Stat(filepath.Join(path, "go.mod"))
	return err == nil
}

// pathDir is the slash-separated directory of a slash-separated file path.
func pathDir(rel string) string {
	if i := strings.LastIndex(rel, "/"); i >= 0 {
		return rel[:i]
	}
	return "."
}

// measureFile parses one file and measures its functions. A generated file
// gives no functions and zero lines.
func measureFile(path, rel string) ([]Func, int, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	fset := token.NewFileSet()
	// The header is read first, with comments, only up to the package
	// clause: a generated file (catalog_gen.go is a megabyte) is never
	// parsed whole.
	head, err := parser.ParseFile(fset, path, src, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		return nil, 0, fmt.Errorf("housecheck: %w", err)
	}
	if ast.IsGenerated(head) {
		return nil, 0, nil
	}
	file, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, 0, fmt.Errorf("housecheck: %w", err)
	}
	var funcs []Func
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		start := fset.Position(fd.Pos()).Line
		funcs = append(funcs, Func{
			Package:    pathDir(rel),
			Name:       funcName(fd),
			Pos:        fmt.Sprintf("%s:%d", rel, start),
			Lines:      fset.Position(fd.End()).Line - start + 1,
			Complexity: Complexity(fd),
		})
	}
	return funcs, bytes.Count(src, []byte("\n")), nil
}

// funcName is "name" for a function and "(Recv).name" or "(*Recv).name"
// for a method, type parameters left out.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	return "(" + recvName(fd.Recv.List[0].Type) + ")." + fd.Name.Name
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return "*" + recvName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	case *ast.ParenExpr:
		return recvName(t.X)
	}
	return "?"
}

// Complexity is a function's cyclomatic complexity as gocyclo counts it:
// one, plus one for each if, for, range, non-default case or select case,
// && and ||, function literals inside it included.
func Complexity(fn ast.Node) int {
	c := 1
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt:
			c++
		case *ast.CaseClause:
			if n.List != nil {
				c++
			}
		case *ast.CommClause:
			if n.Comm != nil {
				c++
			}
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				c++
			}
		}
		return true
	})
	return c
}
