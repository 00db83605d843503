package anki

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// readerFiles are what the independent reader needs, from testdata: the
// npm project (its lock file pins every package by hash) and the script.
const readerTestdata = "testdata/anki-reader"

// readerOutput is what testdata/anki-reader/check.mjs prints.
type readerOutput struct {
	Version int `json:"version"`
	Media   int `json:"media"`
	Models  []struct {
		ID        string   `json:"id"`
		Name      string   `json:"name"`
		Fields    []string `json:"fields"`
		Templates int      `json:"templates"`
	} `json:"models"`
	Decks []struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Cards int    `json:"cards"`
	} `json:"decks"`
	Cards []struct {
		Fields    map[string]string `json:"fields"`
		Questions int               `json:"questions"`
		Question  string            `json:"question"`
		Answer    string            `json:"answer"`
	} `json:"cards"`
}

// anIndependentReaderReadsThePackage reads the package with code that
// shares nothing with this package's: the npm package anki-reader, which
// opens the zip with zip.js, the collection with sql.js (SQLite compiled
// to WebAssembly), and renders each card's question and answer from the
// note type's templates. It runs where node and npm are installed; npm ci
// installs the pinned packages into the user's cache once. anki-reader
// (github.com/ewei068/anki-reader) publishes no licence: it is only run
// here, never vendored or shipped; drop this check if that matters.
func anIndependentReaderReadsThePackage(t *testing.T, e exported) {
	if testing.Short() {
		t.Skip("-short: the independent reader may need npm to install it")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed; the check with the npm package anki-reader needs it")
	}
	dir := installReader(t)
	notes := e.notes
	pkg := filepath.Join(t.TempDir(), "omt.apkg")
	if err := os.WriteFile(pkg, e.pkg, 0o600); err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join(readerTestdata, "check.mjs"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// The script is read from stdin, so node resolves anki-reader from
	// the working directory, where npm installed it.
	cmd := exec.CommandContext(ctx, node, "--input-type=module", "-", pkg)
	cmd.Dir, cmd.Stdin = dir, bytes.NewReader(script)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("anki-reader could not read the package: %v\n%s", err, stderr.String())
	}
	var got readerOutput
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("the reader's output: %v", err)
	}
	checkReaderOutput(t, got, notes)
}

func checkReaderOutput(t *testing.T, got readerOutput, notes []Note) {
	t.Helper()
	if got.Version != 11 || got.Media != 0 {
		t.Errorf("the reader saw schema %d and %d media files, want 11 and none", got.Version, got.Media)
	}
	if len(got.Models) != 1 || got.Models[0].Name != NoteTypeName || got.Models[0].ID != strconv.FormatInt(NoteTypeID, 10) ||
		strings.Join(got.Models[0].Fields, ",") != "ID,Front,Back,Choices,Sources" || got.Models[0].Templates != 1 {
		t.Errorf("the reader saw the note types %+v", got.Models)
	}
	decks := map[string]int{}
	for _, d := range got.Decks {
		decks[d.Name] = d.Cards
	}
	if decks[DeckName] != len(notes) || decks["Default"] != 0 {
		t.Errorf("the reader saw the decks %v, want %d cards in %s", decks, len(notes), DeckName)
	}
	byID := map[string]Note{}
	for _, n := range notes {
		byID[n.ID] = n
	}
	for _, c := range got.Cards {
		n, ok := byID[c.Fields["ID"]]
		if !ok {
			t.Fatalf("the reader saw a card with the id %q, which no note has", c.Fields["ID"])
		}
		if c.Questions != 1 || !strings.Contains(c.Question, n.Front) || !strings.Contains(c.Question, n.Choices) {
			t.Fatalf("card %s: %d questions; the question %q lacks the front or the choices", n.ID, c.Questions, c.Question)
		}
		for _, f := range []string{n.Back, n.Sources, n.ID} {
			if !strings.Contains(c.Answer, f) {
				t.Fatalf("card %s: the answer %q lacks %q", n.ID, c.Answer, f)
			}
		}
		if strings.Contains(c.Question, `class="omt-back"`) || strings.Contains(c.Question, "omt-answer") {
			t.Fatalf("card %s: the question shows the answer: %q", n.ID, c.Question)
		}
	}
	if len(got.Cards) != len(notes) {
		t.Errorf("the reader saw %d cards, want %d", len(got.Cards), len(notes))
	}
}

// installReader returns a directory where the pinned anki-reader is
// installed: the user's cache, keyed by the lock file's hash so that a new
// pin installs afresh. It skips the test when npm is missing or fails (no
// network, say): the check is extra, and the tests above stand without it.
func installReader(t *testing.T) string {
	t.Helper()
	lock, err := os.ReadFile(filepath.Join(readerTestdata, "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(readerTestdata, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	sum := sha256.Sum256(append(manifest, lock...))
	dir := filepath.Join(cache, "omt-tests", "anki-reader-"+hex.EncodeToString(sum[:6]))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "anki-reader", "package.json")); err == nil {
		return dir
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed, and anki-reader is not in " + dir)
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		t.Fatal(err)
	}
	staging, err := os.MkdirTemp(filepath.Dir(dir), "installing-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(staging)
	for name, data := range map[string][]byte{"package.json": manifest, "package-lock.json": lock} {
		if err := os.WriteFile(filepath.Join(staging, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--omit=peer")
	cmd.Dir = staging
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("npm ci could not install anki-reader (%v):\n%s", err, out)
	}
	// Another run may have finished first; either copy will do.
	if err := os.Rename(staging, dir); err != nil {
		if _, serr := os.Stat(filepath.Join(dir, "node_modules", "anki-reader", "package.json")); serr != nil {
			t.Fatalf("installing anki-reader into %s: %v", dir, err)
		}
	}
	return dir
}
