package store

import (
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// A server keeps a whole class in one Store, and hundreds of its sessions
// may save at the same moment. Left to SQLite, writers that find the lock
// taken sleep in growing steps and retry, so the lock idles while they
// sleep and an unlucky one loses for seconds, up to its busy timeout, and
// then fails. The store queues its own writes instead: here, with no busy
// timeout at all, a single collision would fail a write at once.
func TestAClassWritingAtOnceNeverCollides(t *testing.T) {
	_, path := openTemp(t) // the schema
	db, err := sql.Open("sqlite", strings.Replace(dsn(path, ""), "_busy_timeout=5000", "_busy_timeout=0", 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := &Store{db: newPool(db), path: path}

	students, each := 300, 4
	if testing.Short() {
		students = 60
	}
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	start := make(chan struct{})
	for i := range students {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, st := s.Personal(fmt.Sprintf("student-%d", i)), s.Study(fmt.Sprintf("student-%d", i))
			<-start
			for j := range each {
				when := at.Add(time.Duration(j) * time.Second)
				err := p.Visit(VisitTechnique, fmt.Sprintf("technique-%d", j), when)
				if err == nil {
					_, err = st.Record(review(fmt.Sprintf("card-%d", j), j))
				}
				if err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	began := time.Now()
	close(start)
	wg.Wait()
	took := time.Since(began)
	if len(errs) > 0 {
		t.Fatalf("%d of %d writes failed; the first: %v", len(errs), 2*students*each, errs[0])
	}
	t.Logf("%d writes from %d students at once in %s: %.0f a second", 2*students*each, students, took.Round(time.Millisecond),
		float64(2*students*each)/took.Seconds())
	for i := range students {
		h, err := s.Personal(fmt.Sprintf("student-%d", i)).History(100)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, err := range s.Study(fmt.Sprintf("student-%d", i)).Log(LogFilter{}) {
			if err != nil {
				t.Fatal(err)
			}
			n++
		}
		if len(h) != each || n != each {
			t.Fatalf("student-%d kept %d visits and %d reviews; want %d of each", i, len(h), n, each)
		}
	}
}
