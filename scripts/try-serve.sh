#!/usr/bin/env bash
# Try omt serve as a class would, on one machine: a server with a data
# directory of its own, and two students, each with a new key, in a tmux
# window of three panes (the server's log above, the students below).
#
#   scripts/try-serve.sh          # then: tmux attach -t omt-serve
#   scripts/try-serve.sh stop
#
# It installs openssh-client and tmux from Debian's packages when they are
# missing (with sudo when not root). Everything else lives in a temporary
# directory, printed at the start; the user's own omt data is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

session=omt-serve
port=${PORT:-2222}

if [ "${1:-}" = stop ]; then
  tmux kill-session -t "$session" 2>/dev/null || true
  exit 0
fi

need=()
command -v ssh >/dev/null || need+=(openssh-client)
command -v tmux >/dev/null || need+=(tmux)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing ${need[*]} from Debian's packages" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi

dir=$(mktemp -d -t omt-serve-XXXXXX)
echo "trying omt serve in $dir (port $port)" >&2
go build -o "$dir/omt" .
for student in ana ben; do
  ssh-keygen -q -t ed25519 -N '' -C "$student" -f "$dir/$student"
done

server="XDG_DATA_HOME=$dir/data XDG_CONFIG_HOME=$dir/config XDG_STATE_HOME=$dir/state $dir/omt serve --listen 127.0.0.1:$port"
client() {
  # The server's key is new: accept it on first use into a known_hosts of
  # the trial's own, never the user's.
  echo "sleep 2; ssh -p $port -i $dir/$1 -o UserKnownHostsFile=$dir/known_hosts -o StrictHostKeyChecking=accept-new -t 127.0.0.1 $2; exec bash"
}
tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 200 -y 60 "$server; exec bash"
tmux split-window -t "$session" -v -l 45 "$(client ana study)"
tmux split-window -t "$session" -h "$(client ben '')"
echo "attach with: tmux attach -t $session   (ana is studying, ben is browsing; stop with $0 stop)" >&2
