// Command sshload measures omt serve under a class: it starts the server
// (built from this repository, with a data directory of its own), opens N
// SSH sessions at once, each a new student with its own key and a pty, and
// drives every one through a lookup and five study cards. It reports the
// time to the first frame, the latency from each key to the frame that
// answers it (p50, p99), the server's memory per idle session and its peak,
// and anything that failed.
//
//	go run ./bench/sshload -sessions 50,200,500
//	go run ./bench/sshload -sessions 50 -hostile-pty 100000x100000
//
// The second keeps one more client open through the run on an absurd
// terminal, to see what it costs the server and the class.
//
// The generator runs on the same machine as the server and takes CPU from
// it, as a classroom's own traffic would not: its figures are an upper
// bound on latency.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type options struct {
	sessions []int
	pace     pace
	ramp     time.Duration
	spread   time.Duration
	cards    int
	width    int
	height   int
	wait     time.Duration
	bin      string
	byKey    bool
	shutdown bool
	hostile  string // WxH: one more client asks for this terminal (see hostile.go)
}

func main() {
	var o options
	var sessions string
	flag.StringVar(&sessions, "sessions", "50,200,500", "comma-separated session counts, one run each")
	flag.DurationVar(&o.pace.typing, "typing", 150*time.Millisecond, "mean pause between the letters a student types")
	flag.DurationVar(&o.pace.browsing, "browsing", time.Second, "mean pause before a key that moves, opens, goes back or grades")
	flag.DurationVar(&o.pace.reading, "reading", 3*time.Second, "mean pause reading a card before answering it")
	stress := flag.Duration("stress", 0, "every pause this long instead (a class pressing keys without stopping)")
	flag.DurationVar(&o.ramp, "ramp", 10*time.Second, "connections are spread over this long")
	flag.DurationVar(&o.spread, "spread", 20*time.Second, "each student starts the script at a random moment within this long (0: all at once)")
	flag.IntVar(&o.cards, "cards", 5, "study cards each student answers")
	flag.IntVar(&o.width, "width", 100, "terminal width")
	flag.IntVar(&o.height, "height", 30, "terminal height")
	flag.DurationVar(&o.wait, "wait", 10*time.Second, "how long a key may wait for its frame before it counts as lost")
	flag.BoolVar(&o.shutdown, "shutdown-open", false, "instead of the script, stop the server with every session open and idle: time its exit and check each student was told")
	flag.BoolVar(&o.byKey, "by-key", false, "also report each key's latency")
	flag.StringVar(&o.hostile, "hostile-pty", "", "WxH: before the students, one more client opens the browser on a terminal this size and keeps it open (such as 100000x100000)")
	flag.StringVar(&o.bin, "omt", "", "an omt binary to serve (default: build this repository's)")
	flag.Parse()
	if o.hostile != "" {
		if _, _, err := parseSize(o.hostile); err != nil {
			fmt.Fprintln(os.Stderr, "sshload: -hostile-pty", err)
			os.Exit(2)
		}
	}
	if *stress > 0 {
		o.pace = pace{*stress, *stress, *stress}
	}
	for _, f := range strings.Split(sessions, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "sshload: -sessions %q: want counts such as 50,200,500\n", sessions)
			os.Exit(2)
		}
		o.sessions = append(o.sessions, n)
	}
	if err := runAll(o); err != nil {
		fmt.Fprintln(os.Stderr, "sshload:", err)
		os.Exit(1)
	}
}

func runAll(o options) error {
	if o.bin == "" {
		dir, err := os.MkdirTemp("", "omt-sshload-bin-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if o.bin, err = buildOmt(dir); err != nil {
			return err
		}
	}
	var results []result
	for _, n := range o.sessions {
		r, err := runOnce(o, n)
		if err != nil {
			return fmt.Errorf("%d sessions: %w", n, err)
		}
		fmt.Fprintln(os.Stderr, r.line())
		if o.byKey {
			fmt.Fprint(os.Stderr, r.keyLines())
		}
		results = append(results, r)
	}
	printTable(os.Stdout, results)
	return nil
}

// result is one run's figures.
type result struct {
	sessions, connected, finished int
	firstFrame                    []time.Duration
	keys                          []time.Duration // every key but a lone Esc
	escs                          []time.Duration // a lone Esc (see escNote)
	byKey                         map[string][]time.Duration
	failures                      map[string]int
	baseRSS, idleRSS, peakRSS     int64
	serverCPU, wall, shutdown     time.Duration
	loadCPU                       time.Duration // the generator's own, on the same cores
	idleCPU                       float64       // cores the server used with every session idle
	told                          int           // sessions told the server was shutting down (-shutdown-open)
	hostile                       string        // what became of the -hostile-pty client
}

// pct is the p-th percentile of ds (sorted in place).
func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	i := int(p / 100 * float64(len(ds)-1))
	return ds[i]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }

// perSession is the memory the idle sessions added, each.
func (r result) perSession() int64 {
	if r.connected == 0 {
		return 0
	}
	return (r.idleRSS - r.baseRSS) / int64(r.connected)
}

func (r result) line() string {
	s := fmt.Sprintf("%d sessions: %d connected, %d finished; first frame p50 %s p99 %s; keys %d, p50 %s p99 %s max %s; Esc %d, p50 %s p99 %s; "+
		"memory %s at start, %s idle (%s a session), %s peak; idle CPU %.0f%% of a core; server CPU %s in %s (%.0f%% of a core), the generator's %.0f%%; shutdown %s",
		r.sessions, r.connected, r.finished, ms(pct(r.firstFrame, 50)), ms(pct(r.firstFrame, 99)),
		len(r.keys), ms(pct(r.keys, 50)), ms(pct(r.keys, 99)), ms(pct(r.keys, 100)),
		len(r.escs), ms(pct(r.escs, 50)), ms(pct(r.escs, 99)),
		mb(r.baseRSS), mb(r.idleRSS), mb(r.perSession()), mb(r.peakRSS), 100*r.idleCPU,
		r.serverCPU.Round(10*time.Millisecond), r.wall.Round(100*time.Millisecond),
		100*r.serverCPU.Seconds()/r.wall.Seconds(), 100*r.loadCPU.Seconds()/r.wall.Seconds(), r.shutdown.Round(time.Millisecond))
	if r.hostile != "" {
		s += "; the " + r.hostile
	}
	keys := make([]string, 0, len(r.failures))
	for k := range r.failures {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s += fmt.Sprintf("\n  %d× %s", r.failures[k], k)
	}
	return s
}

// escNote is why a lone Esc is reported apart: Bubble Tea's input reader
// waits 50 ms after a lone ESC byte to tell the Esc key from the start of an
// escape sequence (ultraviolet's DefaultEscTimeout), at any load and on a
// local terminal too, so that wait is not the server's.
const escNote = "Esc is reported apart: Bubble Tea waits 50 ms after a lone ESC to tell the key from an escape sequence, at any load."

// keyLines is each key's latency, slowest p99 first.
func (r result) keyLines() string {
	keys := make([]string, 0, len(r.byKey))
	for k := range r.byKey {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return pct(r.byKey[keys[i]], 99) > pct(r.byKey[keys[j]], 99) })
	var b strings.Builder
	for _, k := range keys {
		ds := r.byKey[k]
		fmt.Fprintf(&b, "  key %-8q %5d presses, p50 %s p99 %s\n", k, len(ds), ms(pct(ds, 50)), ms(pct(ds, 99)))
	}
	return b.String()
}

func printTable(w *os.File, rs []result) {
	fmt.Fprintln(w, escNote)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| sessions | connected / finished | first frame p50 / p99 | key→frame p50 / p99 (max) | Esc→frame p50 / p99 | memory a idle session | peak RSS | server / generator CPU | failures |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rs {
		failed := 0
		for _, n := range r.failures {
			failed += n
		}
		fmt.Fprintf(w, "| %d | %d / %d | %s / %s | %s / %s (%s) | %s / %s | %s | %s | %.0f%% / %.0f%% of a core | %d |\n",
			r.sessions, r.connected, r.finished, ms(pct(r.firstFrame, 50)), ms(pct(r.firstFrame, 99)),
			ms(pct(r.keys, 50)), ms(pct(r.keys, 99)), ms(pct(r.keys, 100)), ms(pct(r.escs, 50)), ms(pct(r.escs, 99)), mb(r.perSession()), mb(r.peakRSS),
			100*r.serverCPU.Seconds()/r.wall.Seconds(), 100*r.loadCPU.Seconds()/r.wall.Seconds(), failed)
	}
}
