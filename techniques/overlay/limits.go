package overlay

import (
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
	"github.com/omt-reference/omt/techniques"
)

// An overlay is the user's file, read by every command, so what it costs to
// read is bounded before the expensive steps run (the caps are below):
//
//   - go-yaml's parser pays for nesting with the square of the depth (100,000
//     brackets took 15 GB), so the depth is measured on the tokens, which
//     cost a fixed amount each, before the parser runs;
//   - an alias costs two bytes in the file and its whole anchor wherever it
//     is decoded or searched (25,000 aliases of a 100 KB anchor made 2.5 GB
//     of text), so the parsed tree is measured with every alias expanded
//     before it is decoded, along with each field's length and each list's.

// The limits of an overlay file, past its size (MaxBytes). The YAML
// reader's cost grows with the square of the nesting depth, and an alias
// costs a few bytes in the file but its whole anchor in every copy decoded,
// so both are checked before the file is parsed or decoded; the field and
// list caps keep one technique the size of a technique. Each is several
// times what the largest built-in entry needs (the longest field is 1,193
// bytes, the longest list 20 items, the deepest nesting 4 levels).
const (
	// MaxDepth is how deeply collections may nest in an overlay.
	MaxDepth = 16
	// MaxFieldBytes is the longest text of one field or list item.
	MaxFieldBytes = 4096
	// MaxListItems is the most items in one list, or fields in one mapping.
	MaxListItems = 64
	// overlayAliasSlack is what aliases may add to a small file in any case;
	// past it, the file with every alias written out may be at most twice
	// the file (see shapeWalker).
	overlayAliasSlack = 4096
)

// maxOverlayShapeProblems is how many limit problems one file reports: the
// first few say what is wrong; a bomb would otherwise list thousands.
const maxOverlayShapeProblems = 10

// parseOverlay reads an overlay's YAML into the body of its one document (nil
// for an empty file), refusing it, with the line, when it passes a limit.
func parseOverlay(name string, data []byte) (ast.Node, []techniques.Problem) {
	tokens, err := tokenizeSafely(data)
	if err != nil {
		return nil, []techniques.Problem{techniques.YAMLProblem(name, data, err)}
	}
	if l := scanTokens(tokens); l != nil {
		line := l.token.Position.Line
		return nil, []techniques.Problem{{File: name, Field: topLevelKey(data, line), Message: fmt.Sprintf("line %d: %s", line, l.what)}}
	}
	body, err := parseSafely(tokens)
	if err != nil {
		return nil, []techniques.Problem{techniques.YAMLProblem(name, data, err)}
	}
	if body == nil {
		return nil, nil
	}
	w := shapeWalker{file: name, anchors: map[string]expansion{}, aliasBudget: len(data) + overlayAliasSlack}
	w.walk(body, "", 0)
	return body, w.problems
}

// tokenLimit is where a file's tokens pass a limit: the token to report
// the line of, and what the limit is.
type tokenLimit struct {
	token *token.Token
	what  string
}

// collection is one open collection of the token scan: where it starts,
// whether it is a sequence, how many entries it has had and, for a block
// collection, the column of its entries or keys.
type collection struct {
	start    *token.Token
	sequence bool
	entries  int
	column   int
}

// tooMany says that a collection holds more entries than an overlay's may.
func (c collection) tooMany() *tokenLimit {
	if c.sequence {
		return &tokenLimit{c.start, fmt.Sprintf("lists more than %d items; an overlay list holds at most %d",
			MaxListItems, MaxListItems)}
	}
	return &tokenLimit{c.start, fmt.Sprintf("holds more than %d fields; an overlay mapping holds at most %d",
		MaxListItems, MaxListItems)}
}

// scanTokens finds the first place at which a file passes a limit that the
// parser pays for before the parsed tree can be measured: nesting deeper than
// MaxDepth (the parser's cost grows with the square of the depth), or
// a collection with more than MaxListItems entries (with the square of
// a block mapping's keys). Flow collections ([ and {) count their brackets
// and commas. Block collections are followed by indentation as a YAML
// scanner follows them: a sequence entry or a key at a column right of the
// collection it is in opens one (an entry at its key's column opens a
// sequence inside the key's mapping), one at the collection's column is its
// next entry, and a line that starts left of a collection closes it.
// Comments do not count.
func scanTokens(tokens token.Tokens) *tokenLimit {
	var s tokenScan
	for i, tk := range tokens {
		if tk.Position == nil || tk.Type == token.CommentType {
			continue
		}
		s.startLine(tk)
		in := s.step(tokens, i)
		if len(s.flow)+len(s.block) > MaxDepth {
			return &tokenLimit{tk, fmt.Sprintf("nests deeper than %d levels; a technique needs 4 at most", MaxDepth)}
		}
		if in != nil && in.entries > MaxListItems {
			return in.tooMany()
		}
	}
	return nil
}

// tokenScan is where scanTokens is: the block and flow collections open,
// and the line of the last token.
type tokenScan struct {
	block, flow []collection
	line        int
}

// startLine closes the block collections that a token starting a line
// left of them ends, outside flow collections.
func (s *tokenScan) startLine(tk *token.Token) {
	first := tk.Position.Line != s.line
	s.line = tk.Position.Line
	if len(s.flow) == 0 && first {
		for len(s.block) > 0 && s.block[len(s.block)-1].column > tk.Position.Column {
			s.block = s.block[:len(s.block)-1]
		}
	}
}

// step follows the i-th token into the collections, and returns the
// collection it adds an entry to, if any.
func (s *tokenScan) step(tokens token.Tokens, i int) *collection {
	tk := tokens[i]
	var in *collection
	switch tk.Type {
	case token.DocumentHeaderType, token.DocumentEndType:
		s.block, s.flow = s.block[:0], s.flow[:0]
	case token.SequenceStartType, token.MappingStartType:
		s.flow = append(s.flow, collection{start: tk, sequence: tk.Type == token.SequenceStartType, entries: 1})
	case token.SequenceEndType, token.MappingEndType:
		s.flow = s.flow[:max(0, len(s.flow)-1)]
	case token.CollectEntryType:
		if n := len(s.flow); n > 0 {
			in = &s.flow[n-1]
			in.entries++
		}
	case token.SequenceEntryType:
		s.block, in = enterBlock(s.block, s.flow, collection{start: tk, sequence: true, column: tk.Position.Column})
	case token.MappingKeyType:
		s.block, in = enterBlock(s.block, s.flow, collection{start: tk, column: tk.Position.Column})
	case token.MappingValueType:
		if key := tokens[max(0, i-1)]; i > 0 && key.Position != nil && key.Type != token.MappingKeyType {
			s.block, in = enterBlock(s.block, s.flow, collection{start: key, column: key.Position.Column})
		}
	}
	return in
}

// enterBlock places a sequence entry or a key among the block collections
// open, outside flow collections: it closes those right of it (and a
// sequence at a key's own column, which the key ends), then is the next
// entry of the collection at its column, or opens one. It returns the
// collections and the one the entry is in.
func enterBlock(block, flow []collection, at collection) ([]collection, *collection) {
	if len(flow) > 0 {
		return block, nil
	}
	for n := len(block); n > 0; n = len(block) {
		top := block[n-1]
		if top.column < at.column || top.column == at.column && (top.sequence == at.sequence || !top.sequence) {
			break
		}
		block = block[:n-1]
	}
	if n := len(block); n > 0 && block[n-1].column == at.column && block[n-1].sequence == at.sequence {
		block[n-1].entries++
		return block, &block[n-1]
	}
	at.entries = 1
	block = append(block, at)
	return block, &block[len(block)-1]
}

// topLevelKey is the top-level key a line belongs to: the nearest line at or
// above it that starts with a key at column 1, or "".
func topLevelKey(data []byte, line int) string {
	lines := strings.Split(string(data), "\n")
	for i := min(line, len(lines)) - 1; i >= 0; i-- {
		l := lines[i]
		if l == "" || strings.ContainsRune(" \t-#", rune(l[0])) {
			continue
		}
		if key, _, found := strings.Cut(l, ":"); found && !strings.ContainsAny(key, " \"'[{") {
			return key
		}
		return ""
	}
	return ""
}

// expansion is what a node becomes once its aliases are written out: its
// size (text bytes plus one a node) and how deeply it nests.
type expansion struct {
	size, depth int
}

// shapeWalker measures a parsed overlay against the caps, with every alias
// expanded, reporting each problem with its field and line.
type shapeWalker struct {
	file        string
	anchors     map[string]expansion // the anchors defined so far
	aliasBudget int                  // what aliases may add, in expansion size
	aliasAdded  int
	problems    []techniques.Problem
}

func (w *shapeWalker) addf(field string, n ast.Node, format string, args ...any) {
	if len(w.problems) >= maxOverlayShapeProblems {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		msg = fmt.Sprintf("line %d: %s", tk.Position.Line, msg)
	}
	w.problems = append(w.problems, techniques.Problem{File: w.file, Field: field, Message: msg})
}

// walk measures a node at a YAML path, nested depth levels deep. The token
// scan has counted the entries and depth the file itself writes; what is
// left to measure is what aliases add, and the length of each text.
func (w *shapeWalker) walk(n ast.Node, path string, depth int) expansion {
	if n == nil {
		return expansion{}
	}
	switch n := n.(type) {
	case *ast.AnchorNode:
		e := w.walk(n.Value, path, depth)
		w.anchors[n.Name.GetToken().Value] = e
		return e
	case *ast.AliasNode:
		return w.alias(n, path, depth)
	case *ast.TagNode:
		return w.walk(n.Value, path, depth)
	case *ast.MappingKeyNode:
		return w.walk(n.Value, path, depth)
	case *ast.MappingNode:
		e := expansion{size: 1, depth: 1}
		for _, v := range n.Values {
			e = e.holding(w.pair(v, path, depth+1))
		}
		return e
	case *ast.MappingValueNode:
		return expansion{size: 1, depth: 1}.holding(w.pair(n, path, depth+1))
	case *ast.SequenceNode:
		e := expansion{size: 1, depth: 1}
		for i, v := range n.Values {
			e = e.holding(w.walk(v, fmt.Sprintf("%s[%d]", path, i), depth+1))
		}
		return e
	}
	text := scalarText(n)
	if len(text) > MaxFieldBytes {
		w.addf(path, n, "is %d bytes long; an overlay field holds at most %d (the longest built-in one is 1,193)",
			len(text), MaxFieldBytes)
	}
	return expansion{size: len(text) + 1}
}

// pair measures one key and its value.
func (w *shapeWalker) pair(p *ast.MappingValueNode, path string, depth int) expansion {
	var key expansion
	if s, ok := p.Key.(*ast.StringNode); ok {
		if len(s.Value) > MaxFieldBytes {
			w.addf(path, s, "a key is %d bytes long; overlay keys are field names", len(s.Value))
		}
		key = expansion{size: len(s.Value) + 1}
	} else {
		key = w.walk(p.Key, path, depth)
	}
	field := keyText(p.Key)
	if len(field) > 64 {
		field = field[:64] + "…"
	}
	if path != "" {
		field = path + "." + field
	}
	return key.beside(w.walk(p.Value, field, depth))
}

// alias expands an alias: its anchor's size counts again against the alias
// budget, and its depth adds to where it stands.
func (w *shapeWalker) alias(n *ast.AliasNode, path string, depth int) expansion {
	name := n.Value.GetToken().Value
	e, ok := w.anchors[name]
	if !ok {
		w.addf(path, n, "alias *%s comes before its anchor &%s, or inside it; define the anchor first", name, name)
		return expansion{}
	}
	if depth+e.depth > MaxDepth {
		w.addf(path, n, "alias *%s nests deeper than %d levels; a technique needs 4 at most", name, MaxDepth)
	}
	if w.aliasAdded <= w.aliasBudget {
		w.aliasAdded = min(w.aliasAdded+e.size, w.aliasBudget+1)
		if w.aliasAdded > w.aliasBudget {
			w.addf(path, n, "aliases expand the file to more than twice its size; write the repeated text out instead")
		}
	}
	return e
}

// holding is a collection with one more entry in it.
func (e expansion) holding(entry expansion) expansion {
	return expansion{size: saturatingAdd(e.size, entry.size), depth: max(e.depth, entry.depth+1)}
}

// beside is a key and its value, side by side.
func (e expansion) beside(o expansion) expansion {
	return expansion{size: saturatingAdd(e.size, o.size), depth: max(e.depth, o.depth)}
}

// saturatingAdd adds sizes, stopping well short of overflow: a billion laughs
// doubles its size with every line.
func saturatingAdd(a, b int) int {
	const ceiling = 1 << 40
	return min(a+b, ceiling)
}

// scalarText is a scalar node's text as decoded.
func scalarText(n ast.Node) string {
	switch n := n.(type) {
	case *ast.StringNode:
		return n.Value
	case *ast.LiteralNode:
		if n.Value != nil {
			return n.Value.Value
		}
		return ""
	}
	if tk := n.GetToken(); tk != nil {
		return tk.Value
	}
	return ""
}

// tokenizeSafely splits a file into go-yaml's tokens, turning a panic of the
// lexer into an error as parseSafely does for the parser.
func tokenizeSafely(data []byte) (tokens token.Tokens, err error) {
	defer recoverYAML(&err)
	return lexer.Tokenize(string(data)), nil
}

// parseSafely parses tokens into the body of their one document (nil when
// the file is empty) and turns a panic of the parser into an error: an
// overlay is the user's file, and go-yaml v1.19.2 still panics on some
// inputs (a tag on a scalar where a list belongs: goccy/go-yaml#735), which
// must not stop omt from starting.
func parseSafely(tokens token.Tokens) (body ast.Node, err error) {
	defer recoverYAML(&err)
	file, err := parser.Parse(tokens, 0)
	if err != nil {
		return nil, err
	}
	for _, doc := range file.Docs {
		if doc.Body == nil {
			continue
		}
		if body != nil {
			return nil, errSeveralDocuments
		}
		body = doc.Body
	}
	return body, nil
}
