package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/render"
	"github.com/omt-reference/omt/safetext"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/overlay"
)

// School overlays: the user's own YAML files that change or add techniques
// (package techniques/overlay has the rules). omt applies the valid ones on every
// run and says which it left out; omt overlay checks, starts and finds them.

// overlayDir is where school overlays live: $XDG_CONFIG_HOME/omt/overlays.
// The variable is read from the run's environment first, so that tests and
// scripts can point it elsewhere; without it, adrg/xdg's platform default
// ($HOME/.config, ~/Library/Application Support, %LOCALAPPDATA%) applies,
// which it read from the process environment at start.
func (a *app) overlayDir() string {
	home := xdg.ConfigHome
	for _, kv := range a.io.Env {
		if v, ok := strings.CutPrefix(kv, "XDG_CONFIG_HOME="); ok && filepath.IsAbs(v) {
			home = v // the spec ignores a relative path, as adrg/xdg does
		}
	}
	return filepath.Join(home, "omt", "overlays")
}

// applyOverlays returns the catalogue with the user's overlays applied and
// keeps the report, for warnOverlays and the browser's status line.
func (a *app) applyOverlays(c *techniques.Catalog) *techniques.Catalog {
	c, report := overlay.Apply(c, overlay.Dir(a.overlayDir()))
	a.overlays = report
	return c
}

// overlayStatus is the browser's first status line when an overlay was left out.
func (a *app) overlayStatus() string {
	skipped := a.overlays.Skipped()
	if len(skipped) == 0 {
		return ""
	}
	first := skipped[0].Problems[0]
	return fmt.Sprintf("school overlay not applied: %s (%d file(s); omt overlay check)", first, len(skipped))
}

// warnOverlays reports, once per run on stderr, the overlay files that were
// left out. Shell completion says nothing: the shell would print it mid-line.
func (a *app) warnOverlays(args []string) {
	skipped := a.overlays.Skipped()
	if len(skipped) == 0 || len(args) > 0 && strings.HasPrefix(args[0], "__complete") {
		return
	}
	fmt.Fprintf(a.io.Err, "omt: %d school overlay file(s) in %s not applied; omt ran without them:\n",
		len(skipped), a.overlayDir())
	for _, f := range skipped {
		for _, p := range f.Problems {
			fmt.Fprintln(a.io.Err, "  "+safetext.Visible(p.String()))
		}
	}
}

func (a *app) overlayCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "overlay",
		Short: "Your school's own variants of techniques: check, new, path",
		Long: "A school overlay is a YAML file in the overlay directory (omt overlay path) that changes fields of a\n" +
			"built-in technique or adds a technique of your own, in the catalogue's technique format. omt validates\n" +
			"it as it validates its own entries, marks every field it changes as \"local overlay\" in the browser,\n" +
			"text, markdown and JSON, and runs without any file that does not validate. An overlay may add\n" +
			"contraindications or make a relative one absolute, never remove, weaken or reword a built-in one.",
		Example: "  omt overlay new counterstrain-lumbar\n" +
			"  omt overlay check\n" +
			"  omt overlay path",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.overlayCheckCommand(), a.overlayNewCommand(), a.overlayPathCommand())
	return cmd
}

func (a *app) overlayPathCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "path",
		Short: "Print the overlay directory",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir := a.overlayDir()
			fmt.Fprintln(a.io.Out, dir)
			if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintln(a.io.Err, "omt: it does not exist yet; omt overlay new ID creates it")
			}
			return nil
		},
	}
}

func (a *app) overlayCheckCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Validate every overlay file and say what each one changes",
		Long: "Validates every .yaml file in the overlay directory as omt validates its own entries, and lists what\n" +
			"each file changes. Exits 0 when every file is valid, 1 when any is not: each problem names the file\n" +
			"and the field.",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			c, err := techniques.Load()
			if err != nil {
				return fmt.Errorf("the embedded catalogue is broken (this is a bug in omt): %w", err)
			}
			dir := a.overlayDir()
			_, report := overlay.Apply(c, overlay.Dir(dir))
			if asJSON {
				err = render.WriteJSON(a.io.Out, mapSlice(report.Files, render.NewOverlayFileJSON))
			} else {
				_, statErr := os.Stat(dir)
				render.OverlayCheck(a.io.Out, dir, !errors.Is(statErr, fs.ErrNotExist), report)
			}
			if n := len(report.Skipped()); n > 0 && err == nil {
				err = &refusedError{fmt.Errorf("%d of %d overlay file(s) not valid; omt runs without them", n, len(report.Files))}
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) overlayNewCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "new ID",
		Short: "Write a starting overlay file for a technique, built-in or your own, and print its path",
		Long: "For a built-in technique, writes ID.yaml with the id and every other field of the entry commented out:\n" +
			"uncomment and edit the fields your school teaches differently. For a new id, writes a whole technique\n" +
			"to fill in. Never overwrites a file; prints the path, so that $EDITOR \"$(omt overlay new ID)\" works.",
		Example: "  omt overlay new counterstrain-lumbar\n" +
			"  omt overlay new lab-b-seated-lumbar-met",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: a.completion().TechniqueIDs,
		RunE: func(_ *cobra.Command, args []string) error {
			return a.writeOverlay(args[0])
		},
	}
}

// staleHint names, for a file that already overlays a technique, the fields
// to bring into it: those that still state a value it changed.
func staleHint(f overlay.File) string {
	if len(f.Warnings) == 0 {
		return ""
	}
	fields := mapSlice(f.Warnings, func(p techniques.Problem) string { return p.Field })
	return fmt.Sprintf(", and bring in %s, which still state the time its timer changed (omt overlay check)", strings.Join(fields, ", "))
}

func (a *app) writeOverlay(id string) error {
	c, err := techniques.Load()
	if err != nil {
		return fmt.Errorf("the embedded catalogue is broken (this is a bug in omt): %w", err)
	}
	text, builtIn, err := overlay.Template(c, id)
	if err != nil {
		return &usageError{err.Error()}
	}
	dir := a.overlayDir()
	_, report := overlay.Apply(c, overlay.Dir(dir))
	for _, f := range report.Files {
		if f.ID == id {
			return &refusedError{fmt.Errorf("%s already overlays %s; edit it%s", filepath.Join(dir, f.Name), id, staleHint(f))}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, id+".yaml")
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &refusedError{fmt.Errorf("%s already exists; edit it, or remove it to start again", path)}
	}
	if err != nil {
		return err
	}
	_, err = io.WriteString(file, text)
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(a.io.Out, path)
	if builtIn {
		fmt.Fprintln(a.io.Err, "omt: uncomment the fields your school teaches differently, then run omt overlay check.")
		return nil
	}
	fmt.Fprintf(a.io.Err, "omt: %s is not a built-in technique, so this is a whole technique of your own to fill in;\n"+
		"until every field is filled, omt reports it and runs without it.\n", id)
	ids := mapSlice(c.Techniques, func(t techniques.Technique) string { return t.ID })
	if near := techniques.Closest(id, ids, 1); len(near) > 0 {
		fmt.Fprintf(a.io.Err, "omt: if you meant built-in %s, remove this file and run omt overlay new %s\n", near[0], near[0])
	}
	return nil
}
