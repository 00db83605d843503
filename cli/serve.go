package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/serve"
)

// shutdownTimeout is how long omt serve waits, after SIGTERM or SIGINT, for
// every session to end and the database to be idle; systemd waits 90 s.
const shutdownTimeout = 10 * time.Second

// serveOptions are omt serve's flags.
type serveOptions struct {
	listen         string
	maxSessions    int
	maxUnauth      int
	idleTimeout    time.Duration
	authorizedKeys string
	instructors    string
	anonymous      bool
	hostKey        string
}

func (a *app) serveCommand() *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the browser over SSH to a class: each student's key keeps their own progress",
		Long: "Listens for SSH connections and gives each its own browser, at the size and in the colours of\n" +
			"the student's terminal; `ssh -t HOST study` opens the cards due instead. Any public key may\n" +
			"connect and is its own student, with their study progress, bookmarks and notes kept in this\n" +
			"machine's omt database under the key's fingerprint; --authorized-keys restricts the class to\n" +
			"the keys of a file (read again when it changes). --instructors names the instructors, who alone\n" +
			"open the class view with ssh -t HOST class (omt class works on the same class at the host). A\n" +
			"connection can run nothing but omt: no shell, no other command, no forwarding, no SFTP.\n\n" +
			"The host key is created on first start in omt's data directory (mode 0600) and reused; its\n" +
			"fingerprint is printed at start for students to check. SIGTERM or SIGINT tells every\n" +
			"session the server is shutting down, waits for them to end and closes the database.",
		Example: "  omt serve\n" +
			"  omt serve --listen :2222 --authorized-keys /etc/omt/class_keys\n" +
			"  omt serve --authorized-keys /etc/omt/class_keys --instructors /etc/omt/instructors\n" +
			"  omt serve --anonymous --max-sessions 50 --idle-timeout 20m\n" +
			"  ssh -p 2222 -t HOST          # a student: the browser\n" +
			"  ssh -p 2222 -t HOST study    # the cards due\n" +
			"  ssh -p 2222 -t HOST class    # an instructor: the class view",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.serve(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.listen, "listen", serve.DefaultAddr, "address to listen on, host:port")
	f.IntVar(&o.maxSessions, "max-sessions", serve.DefaultMaxSessions, "sessions at once; the next is told the server is full")
	f.IntVar(&o.maxUnauth, "max-unauthenticated", serve.DefaultMaxUnauthenticated, "connections from one address (an IPv6 /64) not signed in yet; more are closed at once")
	f.DurationVar(&o.idleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "close a session after this long with no key pressed")
	f.StringVar(&o.authorizedKeys, "authorized-keys", "", "only the keys in this authorized_keys file may connect (default: any key)")
	f.StringVar(&o.instructors, "instructors", "", "the instructors' keys (authorized_keys format): they also sign in, and alone open ssh -t HOST class")
	f.BoolVar(&o.anonymous, "anonymous", false, "also let in clients without a key (any password); their sessions keep nothing")
	f.StringVar(&o.hostKey, "host-key", "", "the host key file (default: ssh_host_ed25519_key in omt's data directory)")
	return cmd
}

// check says what is wrong with the flags' numbers.
func (o serveOptions) check() error {
	switch {
	case o.maxSessions < 1:
		return &usageError{fmt.Sprintf("--max-sessions %d: at least one session", o.maxSessions)}
	case o.maxUnauth < 1:
		return &usageError{fmt.Sprintf("--max-unauthenticated %d: at least one connection", o.maxUnauth)}
	case o.idleTimeout < time.Second:
		return &usageError{fmt.Sprintf("--idle-timeout %s: at least a second", o.idleTimeout)}
	}
	return nil
}

// serve runs the server until SIGTERM or SIGINT. Logs go to stderr, which
// is where systemd's journal reads them.
func (a *app) serve(ctx context.Context, o serveOptions) error {
	if err := o.check(); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(a.io.Err, nil))
	c, err := a.load()
	if err != nil {
		return err
	}
	keyPath := o.hostKey
	if keyPath == "" {
		if keyPath, err = serve.DefaultHostKeyPath(); err != nil {
			return err
		}
	}
	signer, created, err := serve.HostKey(keyPath)
	if err != nil {
		return err
	}
	u, err := a.userData()
	if err != nil {
		return err
	}
	st, notice, err := u.open()
	if err != nil {
		return fmt.Errorf("opening the database: %w", err)
	}
	defer u.close() // after Shutdown: every session has ended and nothing is being written
	if notice.MovedTo != "" {
		log.Warn(notice.String())
	}
	srv, err := serve.New(serve.Config{
		Catalog:            c,
		Store:              st,
		HostKey:            signer,
		AuthorizedKeys:     o.authorizedKeys,
		Instructors:        o.instructors,
		Anonymous:          o.anonymous,
		MaxSessions:        o.maxSessions,
		MaxUnauthenticated: o.maxUnauth,
		IdleTimeout:        o.idleTimeout,
		Status:             a.overlayStatus(),
		Logger:             log,
		Now:                u.clock,
	})
	if err != nil {
		return err
	}
	// Signals are caught before the listening line is printed: whoever
	// starts omt serve may stop it as soon as it has said where it listens.
	signals, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", o.listen)
	if err != nil {
		return err
	}
	who := cmp.Or(o.authorizedKeys, "any key")
	log.Info("omt serve listening", "address", ln.Addr().String(), "host_key", keyPath, "host_key_created", created,
		"fingerprint", srv.Fingerprint(), "database", st.Path(), "students", who, "instructors", o.instructors,
		"anonymous", o.anonymous, "max_sessions", o.maxSessions, "max_unauthenticated", o.maxUnauth,
		"idle_timeout", o.idleTimeout)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-signals.Done():
	}
	stop() // a second signal stops omt at once
	return shutdown(srv, served, log)
}

// shutdown tells every session the server is shutting down and waits, up
// to shutdownTimeout, for them to end and for Serve to return.
func shutdown(srv *serve.Server, served <-chan error, log *slog.Logger) error {
	log.Info("shutting down: telling every session, waiting for them to end", "timeout", shutdownTimeout)
	down, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(down)
	if serr := <-served; serr != nil && !errors.Is(serr, net.ErrClosed) {
		log.Error("serving", "error", serr)
	}
	if err != nil {
		log.Error("shutdown", "error", err)
		return err
	}
	log.Info("stopped; every session ended and the database is closed")
	return nil
}
