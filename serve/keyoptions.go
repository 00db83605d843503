package serve

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"time"
)

// keyLine is one line of an authorized_keys file: a key's name (the line's
// comment) and the options that limit where and until when it signs in.
// OpenSSH's options are honoured or the line is refused, never ignored: an
// option ignored would let the key in where the operator meant it not to be.
type keyLine struct {
	n    int    // the line's number in the file
	name string // its comment, usually the student's name
	// from is the line's from= patterns; nil for none (any address).
	from []addrPattern
	// expires is the line's expiry-time=; zero for none.
	expires time.Time
	// refused says why the line lets no one in: an option omt serve does
	// not implement, or one it cannot read. "" for a line in force.
	refused string
}

// optionsInForce are OpenSSH options that only forbid what omt serve never
// allows (forwarding of any kind, ~/.ssh/rc): a line with them is in force.
var optionsInForce = map[string]bool{
	"no-port-forwarding":  true,
	"no-agent-forwarding": true,
	"no-x11-forwarding":   true,
	"no-user-rc":          true,
}

// readOptions reads a line's options as gossh.ParseAuthorizedKey splits
// them (`name` or `name="value"`) into l, or says why the line is refused.
func (l *keyLine) readOptions(options []string) {
	seen := map[string]bool{}
	for _, opt := range options {
		name, value, hasValue := strings.Cut(opt, "=")
		name = strings.ToLower(name)
		if seen[name] {
			l.refused = fmt.Sprintf("option %s is given twice", name)
			return
		}
		seen[name] = true
		var err error
		switch {
		case optionsInForce[name] && !hasValue:
		case name == "from" && hasValue:
			var list string
			if list, err = unquote(value); err == nil {
				l.from, err = parseFrom(list)
			}
		case name == "expiry-time" && hasValue:
			var spec string
			if spec, err = unquote(value); err == nil {
				l.expires, err = parseExpiry(spec)
			}
		default:
			l.refused = fmt.Sprintf("option %s is not supported (omt serve honours from= and expiry-time=)", name)
			return
		}
		if err != nil {
			l.refused = fmt.Sprintf("option %s: %v", name, err)
			return
		}
	}
}

// permits is why the line does not let a client in from remote at now, or
// "" if it does.
func (l *keyLine) permits(remote net.Addr, now time.Time) string {
	switch {
	case l.refused != "":
		return fmt.Sprintf("line %d: %s", l.n, l.refused)
	case !l.expires.IsZero() && now.After(l.expires):
		return fmt.Sprintf("line %d: the key expired at %s (expiry-time=)", l.n, l.expires.Format("2006-01-02 15:04:05 MST"))
	case l.from != nil && !matchFrom(l.from, remote):
		return fmt.Sprintf("line %d: the key may not sign in from this address (from=)", l.n)
	}
	return ""
}

// unquote is an option's value: sshd requires the quotes, and \" inside
// them is a quote.
func unquote(v string) (string, error) {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return "", errors.New("the value must be in double quotes")
	}
	return strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`), nil
}

// parseExpiry reads expiry-time's YYYYMMDD[HHMM[SS]], in local time or,
// with a Z at the end, in UTC, as sshd(8) does.
func parseExpiry(spec string) (time.Time, error) {
	loc := time.Local
	if s, ok := strings.CutSuffix(spec, "Z"); ok {
		spec, loc = s, time.UTC
	}
	layouts := map[int]string{8: "20060102", 12: "200601021504", 14: "20060102150405"}
	layout, ok := layouts[len(spec)]
	if !ok {
		return time.Time{}, fmt.Errorf("%q is not YYYYMMDD[HHMM[SS]][Z]", spec)
	}
	t, err := time.ParseInLocation(layout, spec, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not YYYYMMDD[HHMM[SS]][Z]", spec)
	}
	return t, nil
}

// addrPattern is one entry of a from= list: an address or network in CIDR
// notation, or a pattern with * and ? matched against the address's text;
// a leading ! makes a match refuse the key.
type addrPattern struct {
	negated bool
	network netip.Prefix // valid for an address or a network
	glob    string       // otherwise
}

// parseFrom reads from='s comma-separated pattern list. Host names are
// never looked up (sshd's default, UseDNS no): a pattern is matched against
// the client's address only, so a name pattern such as *.example.org
// matches no one.
func parseFrom(list string) ([]addrPattern, error) {
	var patterns []addrPattern
	for _, p := range strings.Split(list, ",") {
		var pat addrPattern
		p, pat.negated = strings.CutPrefix(p, "!")
		switch {
		case p == "" || strings.ContainsAny(p, " \t"):
			return nil, fmt.Errorf("%q is not a pattern", p)
		case strings.Contains(p, "/"):
			network, err := netip.ParsePrefix(p)
			if err != nil {
				return nil, fmt.Errorf("%q is not a network in CIDR notation", p)
			}
			if network != network.Masked() {
				return nil, fmt.Errorf("%q has bits set past its mask (%s?)", p, network.Masked())
			}
			pat.network = unmapPrefix(network)
		default:
			if addr, err := netip.ParseAddr(p); err == nil && addr.Zone() == "" {
				addr = addr.Unmap()
				pat.network = netip.PrefixFrom(addr, addr.BitLen())
			} else {
				pat.glob = strings.ToLower(p)
			}
		}
		patterns = append(patterns, pat)
	}
	return patterns, nil
}

// unmapPrefix is an IPv4-mapped network (::ffff:10.0.0.0/104) as the IPv4
// network it is (10.0.0.0/8): clients' addresses are matched unmapped.
func unmapPrefix(network netip.Prefix) netip.Prefix {
	if !network.Addr().Is4In6() || network.Bits() < 96 {
		return network
	}
	return netip.PrefixFrom(network.Addr().Unmap(), network.Bits()-96)
}

// matchFrom reports whether remote is allowed by patterns: it matches one,
// and no negated one.
func matchFrom(patterns []addrPattern, remote net.Addr) bool {
	ap, err := netip.ParseAddrPort(remote.String())
	if err != nil {
		return false
	}
	addr := ap.Addr().Unmap().WithZone("")
	text := addr.String()
	allowed := false
	for _, p := range patterns {
		var match bool
		if p.network.IsValid() {
			match = p.network.Contains(addr)
		} else {
			match = globMatch(p.glob, text)
		}
		if match && p.negated {
			return false
		}
		allowed = allowed || match
	}
	return allowed
}

// globMatch matches s against a pattern where * is any run of characters
// and ? any one, as OpenSSH's match_pattern does.
func globMatch(pattern, s string) bool {
	p, i := 0, 0
	star, mark := -1, 0 // the last * seen, and where in s it began to match
	for i < len(s) {
		switch {
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == s[i]):
			p++
			i++
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case star >= 0:
			mark++
			p, i = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
