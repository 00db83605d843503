package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"
)

// runOnce is one run with n students: it starts a server, connects the
// class (and the -hostile-pty client), measures it idle, then either stops
// it with every session open (-shutdown-open) or has everyone work through
// the script, and stops it.
func runOnce(o options, n int) (result, error) {
	r := result{sessions: n, failures: map[string]int{}, byKey: map[string][]time.Duration{}}
	srv, err := startServer(o.bin, n+10)
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(srv.dir)
	time.Sleep(time.Second)
	r.baseRSS, _ = srv.memory()
	var bad *hostile
	if o.hostile != "" {
		w, h, _ := parseSize(o.hostile)
		if bad, err = dialHostile(srv.addr, w, h); err != nil {
			return r, fmt.Errorf("the %s client: %w", o.hostile, err)
		}
		defer bad.close()
	}
	t := &tally{r: &r}
	clients := connectAll(o, srv.addr, n, t)
	for _, c := range clients {
		if c != nil {
			r.connected++
		}
	}
	measureIdle(srv, &r)
	if o.shutdown {
		r.hostile = hostileReport(o, bad)
		return r, shutdownOpen(srv, clients, &r)
	}

	cpu0, self0, start := srv.cpu(), selfCPU(), time.Now()
	runScripts(o, clients, n, t)
	r.wall, r.serverCPU, r.loadCPU = time.Since(start), srv.cpu()-cpu0, selfCPU()-self0
	_, r.peakRSS = srv.memory()
	r.hostile = hostileReport(o, bad)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r.shutdown, err = srv.stop(ctx)
	if err != nil {
		t.fail("shutdown", err)
	}
	return r, nil
}

// tally gathers a run's figures from the goroutines of its students.
type tally struct {
	mu sync.Mutex
	r  *result
}

// fail counts a failure by what failed and the start of its message.
func (t *tally) fail(what string, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	msg := err.Error()
	if len(msg) > 90 {
		msg = msg[:90] + "…"
	}
	t.r.failures[what+": "+msg]++
}

// firstFrame records the time a student waited for the browser's first frame.
func (t *tally) firstFrame(d time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.r.firstFrame = append(t.r.firstFrame, d)
}

// student adds one student's key latencies, and whether the script finished.
func (t *tally) student(keys *keyTimes, finished bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.r.keys = append(t.r.keys, keys.keys...)
	t.r.escs = append(t.r.escs, keys.escs...)
	for k, ds := range keys.byKey {
		t.r.byKey[k] = append(t.r.byKey[k], ds...)
	}
	if finished {
		t.r.finished++
	}
}

// keyTimes is one student's latencies, kept apart until the script ends so
// that recording a key takes no lock.
type keyTimes struct {
	keys, escs []time.Duration
	byKey      map[string][]time.Duration
}

// record files the latency of the key k, a lone Esc apart (see escNote).
func (kt *keyTimes) record(k string, d time.Duration) {
	kt.byKey[k] = append(kt.byKey[k], d)
	if k == keyEsc {
		kt.escs = append(kt.escs, d)
	} else {
		kt.keys = append(kt.keys, d)
	}
}

// connectAll connects n students, spread over the ramp, and waits for each
// one's first frame. A student who did not get one is nil in the result, and
// counted as a failure.
func connectAll(o options, addr string, n int, t *tally) []*client {
	clients := make([]*client, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(o.ramp * time.Duration(i) / time.Duration(n))
			clients[i] = connect(o, addr, t)
		}()
	}
	wg.Wait()
	return clients
}

// connect opens one student's session and waits for its first frame, or
// counts why there was none.
func connect(o options, addr string, t *tally) *client {
	start := time.Now()
	c, err := dial(addr, "", o.width, o.height)
	if err != nil {
		t.fail("connect", err)
		return nil
	}
	select {
	case at := <-c.first:
		t.firstFrame(at.Sub(start))
		return c
	case <-c.done:
		t.fail("first frame", fmt.Errorf("the session ended first"))
	case <-time.After(o.wait):
		t.fail("first frame", fmt.Errorf("none within %s", o.wait))
	}
	c.close()
	return nil
}

// measureIdle lets every browser finish drawing, then measures the server's
// CPU and memory while nobody types.
func measureIdle(srv *server, r *result) {
	time.Sleep(time.Second) // every browser drawn
	idleCPU, idleStart := srv.cpu(), time.Now()
	time.Sleep(3 * time.Second) // idle: nothing typed
	r.idleCPU = (srv.cpu() - idleCPU).Seconds() / time.Since(idleStart).Seconds()
	r.idleRSS, _ = srv.memory()
}

// runScripts has every connected student work through the script at once,
// each starting at a random moment within the spread, and closes each
// session when its script ends.
func runScripts(o options, clients []*client, n int, t *tally) {
	var wg sync.WaitGroup
	for i, c := range clients {
		if c == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer c.close()
			kt := &keyTimes{byKey: map[string][]time.Duration{}}
			s := &student{client: c, pace: o.pace, wait: o.wait, rng: rand.New(rand.NewPCG(uint64(i), uint64(n))), record: kt.record}
			if o.spread > 0 {
				time.Sleep(time.Duration(s.rng.Int64N(int64(o.spread))))
			}
			err := s.run(o.cards)
			t.student(kt, err == nil)
			if err != nil {
				t.fail("script", err) // a key with no frame says so: "no frame"
			}
		}()
	}
	wg.Wait()
}

// hostileReport is what became of the -hostile-pty client, or "" without one.
func hostileReport(o options, bad *hostile) string {
	if bad == nil {
		return ""
	}
	return o.hostile + " client: " + bad.report()
}

// selfCPU is the CPU time this process has used.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// shutdownOpen sends SIGTERM with every session open, and counts the
// students told why their session ended.
func shutdownOpen(srv *server, clients []*client, r *result) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var left sync.WaitGroup
	for _, c := range clients {
		if c == nil {
			continue
		}
		left.Add(1)
		go func() { // as ssh does: the connection closes when the session ends
			defer left.Done()
			<-c.done
			_ = c.sess.Wait()
			c.close()
		}()
	}
	var err error
	r.shutdown, err = srv.stop(ctx)
	left.Wait()
	for _, c := range clients {
		if c != nil && strings.Contains(c.stderr.String(), "omt serve is shutting down. Your progress is saved.") {
			r.told++
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d sessions open: omt serve exited %s after SIGTERM; %d of %d students were told it was shutting down and their progress saved\n",
		r.connected, r.shutdown.Round(time.Millisecond), r.told, r.connected)
	return nil
}
