package serve

import (
	"log/slog"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// ctxKey names what the server keeps in a connection's context.
type ctxKey int

const connKey ctxKey = iota // *connState

// maxChannels is how many session channels a connection may have open at
// once; of them, one at a time runs a browser.
const maxChannels = 4

// connState is what the server counts on one connection: so that one key
// cannot take every place in the class over one connection, and one address
// cannot take them before signing in.
type connState struct {
	channels atomic.Int32
	browsing atomic.Bool

	conn *deadlineConn
	// signedIn takes the connection off its address's count of those not
	// signed in; once, at sign-in or at close.
	signedIn func()
}

// maxConns is how many connections may be open at once: the sessions, and
// as many again being turned away or signing in. More are closed at once.
func (s *Server) maxConns() int { return 2*s.cfg.MaxSessions + 16 }

// wrapConn counts the connection and puts deadlines on it (deadlineConn);
// over maxConns, or over MaxUnauthenticated from its address, it is closed
// before the handshake.
func (s *Server) wrapConn(ctx ssh.Context, conn net.Conn) net.Conn {
	remote := conn.RemoteAddr()
	addr := addressOf(remote)
	s.mu.Lock()
	refusal, limit := "", 0
	switch {
	case s.closing:
		refusal = "shutting down"
	case s.conns >= s.maxConns():
		refusal, limit = "too many open", s.maxConns()
	case s.unauthenticated[addr] >= s.cfg.MaxUnauthenticated:
		refusal, limit = "too many from one address not signed in", s.cfg.MaxUnauthenticated
	}
	if refusal != "" {
		s.mu.Unlock()
		s.refusals.refused(refusal, remote, limit)
		return nil
	}
	s.conns++
	s.unauthenticated[addr]++
	s.mu.Unlock()

	state := &connState{signedIn: sync.OnceFunc(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.unauthenticated[addr]--; s.unauthenticated[addr] <= 0 {
			delete(s.unauthenticated, addr)
		}
	})}
	state.conn = &deadlineConn{
		Conn:        conn,
		read:        s.cfg.IdleTimeout + time.Minute, // the session's own idle timeout speaks first
		write:       s.cfg.WriteTimeout,
		keyExchange: time.Now().Add(s.cfg.KeyExchangeTimeout),
		release: func() {
			state.signedIn()
			s.mu.Lock()
			s.conns--
			s.mu.Unlock()
		},
	}
	ctx.SetValue(connKey, state)
	return state.conn
}

// connConfig is the SSH library's configuration for one connection (the
// library adds the host key and the sign-in methods): it tells the
// connection's deadlines when the key exchange has ended, and its address's
// count when it has signed in.
func (s *Server) connConfig(ctx ssh.Context) *gossh.ServerConfig {
	state, _ := ctx.Value(connKey).(*connState)
	if state == nil {
		return &gossh.ServerConfig{}
	}
	return &gossh.ServerConfig{
		PreAuthConnCallback: func(gossh.ServerPreAuthConn) { state.conn.keyExchanged() },
		AuthLogCallback: func(_ gossh.ConnMetadata, _ string, err error) {
			if err == nil {
				state.signedIn()
			}
		},
	}
}

// addressOf is the address a connection is counted under: its IP, or for
// IPv6 its /64, which one host usually has whole.
func addressOf(addr net.Addr) string {
	ap, err := netip.ParseAddrPort(addr.String())
	if err != nil {
		return addr.String()
	}
	ip := ap.Addr().Unmap()
	if ip.Is4() {
		return ip.String()
	}
	prefix, err := ip.WithZone("").Prefix(64)
	if err != nil {
		return ip.String()
	}
	return prefix.String()
}

// refusalLog logs the connections refused at the door (wrapConn) at most
// once a second for each reason, with how many more were refused since the
// line before: an address that reconnects without pause is refused
// thousands of times a second, and a line for each would flood the journal.
type refusalLog struct {
	log *slog.Logger
	now func() time.Time

	mu      sync.Mutex
	last    map[string]time.Time // by reason: when it was last logged
	skipped map[string]int       // by reason: refusals not logged since
}

func newRefusalLog(log *slog.Logger, now func() time.Time) *refusalLog {
	return &refusalLog{log: log, now: now, last: map[string]time.Time{}, skipped: map[string]int{}}
}

// refused logs, or counts, a connection from remote refused for reason.
func (r *refusalLog) refused(reason string, remote net.Addr, limit int) {
	r.mu.Lock()
	now := r.now()
	if last, ok := r.last[reason]; ok && now.Sub(last) < time.Second {
		r.skipped[reason]++
		r.mu.Unlock()
		return
	}
	skipped := r.skipped[reason]
	r.last[reason], r.skipped[reason] = now, 0
	r.mu.Unlock()
	attrs := []any{"remote", remote.String(), "limit", limit}
	if skipped > 0 {
		attrs = append(attrs, "more_refused_since_last_logged", skipped)
	}
	r.log.Warn("connection refused: "+reason, attrs...)
}
