// Package serve is omt serve: the browser over SSH, one per connection,
// for a class on one host. Each student is a public key; their study
// progress, bookmarks and notes live in the server's one database under
// their key's fingerprint. A connection can do nothing but use omt: no
// shell, no other command, no forwarding, no subsystems.
package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/store"
	"github.com/omt-reference/omt/techniques"
	"github.com/omt-reference/omt/techniques/search"
	"github.com/omt-reference/omt/ui"
)

// Defaults for a Config's zero fields.
const (
	DefaultAddr        = ":2222"
	DefaultMaxSessions = 200
	DefaultIdleTimeout = 30 * time.Minute
	// DefaultWriteTimeout is how long a write to a client may block before
	// the client is taken for stalled and disconnected.
	DefaultWriteTimeout     = 30 * time.Second
	DefaultHandshakeTimeout = 20 * time.Second
	// DefaultKeyExchangeTimeout is how long a client has, from connecting,
	// to exchange versions and keys; signing in may take the rest of the
	// handshake timeout (a student typing a key's passphrase).
	DefaultKeyExchangeTimeout = 10 * time.Second
	// DefaultMaxUnauthenticated is how many connections one address may
	// have open that have not signed in yet. A lab behind one NAT address
	// shares it, but a sign-in takes a fraction of a second.
	DefaultMaxUnauthenticated = 16
	// DefaultInputRate and DefaultInputBurst cap what one session may type,
	// in bytes: far above a person's typing or a trackpad's flick, far
	// below what would take a core from the rest of the class.
	DefaultInputRate  = 1024
	DefaultInputBurst = 8 * 1024
	// endGrace is how long a browser asked to quit may take before its
	// connection is closed under it (a client that no longer reads cannot
	// take the last frame).
	endGrace = 3 * time.Second
	// connLinger is how long Shutdown waits, once every session has ended,
	// for the clients to close their connections themselves.
	connLinger = time.Second
)

// Config is how a Server runs. Catalog and HostKey are required.
type Config struct {
	Catalog *techniques.Catalog
	// Store keeps each student's progress; nil keeps nothing for anyone.
	Store *store.Store
	// HostKey is the server's identity (see HostKey).
	HostKey gossh.Signer
	// AuthorizedKeys, when set, is an authorized_keys file: only its keys
	// may connect. Empty lets any key in, each its own student.
	AuthorizedKeys string
	// Instructors, when set, is an authorized_keys file of the class's
	// instructors: they may also sign in, and only they may open the class
	// view (ssh -t host class). An instructor's key may be in
	// AuthorizedKeys too, to study as a student.
	Instructors string
	// Anonymous also lets in clients with no key (password and
	// keyboard-interactive, any answer); their sessions keep nothing.
	Anonymous bool

	MaxSessions      int           // sessions at once; the next one is told the class is full
	IdleTimeout      time.Duration // a session with no key pressed for this long is closed
	WriteTimeout     time.Duration // a client that reads nothing for this long is closed
	HandshakeTimeout time.Duration // from connecting to signing in
	// KeyExchangeTimeout is from connecting to the end of the key exchange,
	// before signing in starts: a connection that only sends a banner is
	// closed after it.
	KeyExchangeTimeout time.Duration
	// MaxUnauthenticated is how many connections one address (an IPv6 /64)
	// may have open before they sign in; more are closed at once, so that
	// one address cannot take every place before anyone signs in.
	MaxUnauthenticated int
	InputRate          int // bytes a second a session may type, sustained
	InputBurst         int // and in a burst
	// Status is a message for every browser's status line at start, such as
	// a school overlay that was left out.
	Status string
	Logger *slog.Logger     // connects, disconnects, errors; nil discards
	Now    func() time.Time // the study clock; nil is time.Now

	// seen, when set, is shown every message a browser takes, after Bubble
	// Tea's own checks: what the browser was really told (the tests' window
	// into a session's program).
	seen func(tea.Msg)
	// clock is what the server's own timers run on (see clock); nil is the
	// wall clock. Tests set a clock they move by hand.
	clock clock
}

func (c *Config) setDefaults() {
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = DefaultWriteTimeout
	}
	if c.HandshakeTimeout <= 0 {
		c.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if c.KeyExchangeTimeout <= 0 {
		c.KeyExchangeTimeout = DefaultKeyExchangeTimeout
	}
	if c.MaxUnauthenticated <= 0 {
		c.MaxUnauthenticated = DefaultMaxUnauthenticated
	}
	if c.InputRate <= 0 {
		c.InputRate = DefaultInputRate
	}
	if c.InputBurst <= 0 {
		c.InputBurst = DefaultInputBurst
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.clock == nil {
		c.clock = wallClock{}
	}
}

// Server serves the browser over SSH. Start it with Serve, stop it with
// Shutdown.
type Server struct {
	cfg  Config
	log  *slog.Logger
	ssh  *ssh.Server
	keys *authorizedKeys // nil: any key
	// instructors are the keys that may open the class view; nil: none.
	instructors *authorizedKeys
	// classCards are the cards and decks the class view reads the class
	// by, made once, by the first instructor's session.
	classCards func() ([]cards.Card, []cards.Deck)
	// refusals logs the connections closed at the door, a line a second.
	refusals *refusalLog
	// shared is the user data every student's is copied from: the copies
	// keep its study deck, so the cards are generated once for the server
	// instead of once a session (see newSharedData).
	shared *ui.UserData
	// index is the catalogue's search index, which every session shares:
	// it is built once, by the first session that searches.
	index *search.Index

	mu        sync.Mutex
	listeners []net.Listener
	sessions  map[*session]struct{}
	conns     int
	// unauthenticated counts, by address (addressOf), the connections
	// that have not signed in yet.
	unauthenticated map[string]int
	closing         bool
	running         sync.WaitGroup // sessions admitted and not yet ended
}

// New prepares a server; nothing listens until Serve.
func New(cfg Config) (*Server, error) {
	if cfg.Catalog == nil || cfg.HostKey == nil {
		return nil, errors.New("serve: a catalogue and a host key are required")
	}
	cfg.setDefaults()
	s := &Server{cfg: cfg, log: cfg.Logger, refusals: newRefusalLog(cfg.Logger, cfg.clock.Now), index: search.New(cfg.Catalog),
		sessions: map[*session]struct{}{}, unauthenticated: map[string]int{}}
	if cfg.AuthorizedKeys != "" {
		keys, err := loadAuthorizedKeys(cfg.AuthorizedKeys, cfg.Logger)
		if err != nil {
			return nil, err
		}
		s.keys = keys
	}
	if cfg.Instructors != "" {
		instructors, err := loadAuthorizedKeys(cfg.Instructors, cfg.Logger)
		if err != nil {
			return nil, fmt.Errorf("instructors: %w", err)
		}
		s.instructors = instructors
	}
	s.classCards = sync.OnceValues(func() ([]cards.Card, []cards.Deck) {
		all := cards.Generate(cfg.Catalog)
		return all, cards.Decks(cfg.Catalog, all)
	})
	if cfg.Store != nil {
		s.shared = newSharedData(cfg.Store, cfg.Now)
	}
	srv := &ssh.Server{
		Version:          "omt",
		Handler:          s.handle,
		HandshakeTimeout: cfg.HandshakeTimeout,
		ConnCallback:     s.wrapConn,
		// Per connection: when its key exchange ends and when it signs in.
		ServerConfigCallback: s.connConfig,
		ConnectionFailedCallback: func(conn net.Conn, err error) {
			s.logFailure(conn, err)
		},
		// Only sessions; no direct-tcpip (port forwarding), no global
		// requests (tcpip-forward), no subsystems (sftp).
		ChannelHandlers:   map[string]ssh.ChannelHandler{"session": s.sessionChannel},
		RequestHandlers:   map[string]ssh.RequestHandler{},
		SubsystemHandlers: map[string]ssh.SubsystemHandler{},
	}
	srv.AddHostKey(cfg.HostKey)
	for _, opt := range s.authOptions() {
		if err := srv.SetOption(opt); err != nil {
			return nil, err
		}
	}
	s.ssh = srv
	return s, nil
}

// newSharedData is the user data every student's session copies, with
// its own profile; the copies share one set of study cards (ShareCards).
func newSharedData(st *store.Store, now func() time.Time) *ui.UserData {
	d := &ui.UserData{
		Open:   func() (*store.Store, store.Notice, error) { return st, store.Notice{}, nil },
		Exists: func() bool { return true },
		Now:    now,
	}
	d.ShareCards()
	return d
}

// dataFor is a student's own view of the database, or nil for a session
// that keeps nothing.
func (s *Server) dataFor(profile string) *ui.UserData {
	if s.shared == nil || profile == "" {
		return nil
	}
	d := *s.shared
	d.Profile = profile
	return &d
}

// Fingerprint is the host key's fingerprint, for students to check at
// their first connection.
func (s *Server) Fingerprint() string {
	return Fingerprint(s.cfg.HostKey.PublicKey())
}

// ListenAndServe listens on addr and serves until Shutdown.
func (s *Server) ListenAndServe(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(l)
}

// Serve serves connections from l until Shutdown, which makes it return nil.
func (s *Server) Serve(l net.Listener) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		_ = l.Close()
		return nil
	}
	s.listeners = append(s.listeners, l)
	s.mu.Unlock()
	err := s.ssh.Serve(l)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return nil
	}
	return err
}

// Sessions is how many sessions are open now.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// Shutdown stops listening, tells every session the server is shutting
// down and ends it, and waits for them to end and for the database to have
// no write in progress, or for ctx. Every grade and bookmark was committed
// when it was made; this makes sure none is cut off half-way. The caller
// closes the store afterwards.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	for _, l := range s.listeners {
		_ = l.Close()
	}
	open := make([]*session, 0, len(s.sessions))
	for st := range s.sessions {
		open = append(open, st)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(open))
	for _, st := range open {
		st.end(endShutdown)
	}
	ended := make(chan struct{})
	go func() {
		s.running.Wait()
		close(ended)
	}()
	var err error
	select {
	case <-ended:
	case <-ctx.Done():
		err = fmt.Errorf("sessions still open at the shutdown deadline: %w", ctx.Err())
	}
	// Let clients close their connections once their sessions have ended
	// (an SSH client leaves when its last session does), then close what is
	// left: connections that never opened a session, or keep one open.
	linger, cancel := context.WithTimeout(ctx, connLinger)
	_ = s.ssh.Shutdown(linger)
	cancel()
	_ = s.ssh.Close()
	if s.cfg.Store != nil {
		if ierr := s.cfg.Store.Idle(ctx); ierr != nil && err == nil {
			err = fmt.Errorf("the database was still busy at the shutdown deadline: %w", ierr)
		}
	}
	return err
}

// admit counts a session in, or says why not.
func (s *Server) admit(st *session) (refusal string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closing:
		return "omt serve is shutting down; connect again in a minute."
	case len(s.sessions) >= s.cfg.MaxSessions:
		return fmt.Sprintf("omt serve is full: %d sessions are open, the most it takes. Try again in a few minutes.", s.cfg.MaxSessions)
	}
	s.sessions[st] = struct{}{}
	s.running.Add(1)
	return ""
}

func (s *Server) release(st *session) {
	s.mu.Lock()
	delete(s.sessions, st)
	s.mu.Unlock()
	s.running.Done()
}

// sessionChannel opens a session channel, at most maxChannels at once on a
// connection, with its requests filtered (see sessionChannel).
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	if state, ok := ctx.Value(connKey).(*connState); ok {
		if state.channels.Add(1) > maxChannels {
			state.channels.Add(-1)
			_ = ch.Reject(gossh.ResourceShortage, "too many sessions open on this connection")
			return
		}
		defer state.channels.Add(-1)
	}
	ssh.DefaultSessionHandler(srv, conn, sessionChannel{ch}, ctx)
}

// newLimiter is a session's input cap.
func (s *Server) newLimiter() *rate.Limiter {
	return rate.NewLimiter(rate.Limit(s.cfg.InputRate), s.cfg.InputBurst)
}

// logFailure logs a connection that did not get as far as a session: a
// refused key at Info, anything else (scanners, dropped handshakes) at Debug.
func (s *Server) logFailure(conn net.Conn, err error) {
	remote := "unknown"
	if conn != nil && conn.RemoteAddr() != nil {
		remote = conn.RemoteAddr().String()
	}
	var auth *gossh.ServerAuthError
	if errors.As(err, &auth) {
		s.log.Info("sign-in refused", "remote", remote)
		return
	}
	s.log.Debug("handshake failed", "remote", remote, "error", err)
}
