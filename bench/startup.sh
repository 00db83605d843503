#!/usr/bin/env bash
# Whole-process start-up comparison, all in one run on one machine:
#   omt show <id> --format text   (the product)
#   bench/floor                   (cobra, fang and lipgloss printing one styled line:
#                                  the floor of omt's own command-line stack, issue 9)
#   a Go "hello world"            (the floor for any Go program)
#   tealdeer rendering a page     (tldr --render FILE: a Rust CLI lookup, no cache, no network)
# It prints mean times, the ratios and peak memory as a markdown table.
# Usage: bench/startup.sh [technique-id]     (installs hyperfine, tealdeer and time if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

id=${1:-counterstrain-lumbar}
runs=${RUNS:-300}

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v tldr >/dev/null || need+=(tealdeer)
[ -x /usr/bin/time ] || need+=(time)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} from Debian's packages" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y "${need[@]}" >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "${need[@]}" >/dev/null; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The shipped build: static, as a release would be (cgo only slows the start).
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$work/omt" .
mkdir -p "$work/hello"
cat > "$work/hello/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello world") }
GO
printf 'module hello\n\ngo 1.26\n' > "$work/hello/go.mod"
(cd "$work/hello" && CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$work/hello-go" .)
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$work/floor" ./bench/floor

# A page of similar length for tealdeer: the same technique as markdown.
"$work/omt" show "$id" --format markdown > "$work/page.md"
lines=$(wc -l < "$work/page.md")

hyperfine -N --warmup 30 --runs "$runs" --export-json "$work/times.json" \
  -n omt "$work/omt show $id --format text" \
  -n floor "$work/floor" \
  -n hello "$work/hello-go" \
  -n tealdeer "tldr --render $work/page.md" >&2

mean() { jq -r ".results[] | select(.command==\"$1\") | .mean * 1000" "$work/times.json"; }
stddev() { jq -r ".results[] | select(.command==\"$1\") | .stddev * 1000" "$work/times.json"; }
peak() {
  local max=0
  for _ in 1 2 3 4 5; do
    kb=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)
    [ "$kb" -gt "$max" ] && max=$kb
  done
  echo $((max / 1024)).$(( (max % 1024) * 10 / 1024 ))
}
o=$(mean omt); f=$(mean floor); h=$(mean hello); t=$(mean tealdeer)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.2f", a }'; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo "Go: $(go version | cut -d' ' -f3), hyperfine $(hyperfine --version | cut -d' ' -f2), $(tldr --version 2>/dev/null | head -n1)"
echo "Page: omt show $id, $lines lines of markdown for tealdeer; $runs runs each after 30 warm-ups"
echo
echo "| Command | Mean (ms) | ± (ms) | omt / this | Peak memory (MB) |"
echo "|---|---|---|---|---|"
echo "| omt show $id --format text | $(ms "$o") | $(ms "$(stddev omt)") | 1.00 | $(peak "$work/omt" show "$id" --format text) |"
echo "| floor: cobra + fang + lipgloss, one styled line | $(ms "$f") | $(ms "$(stddev floor)") | $(ratio "$o" "$f") | $(peak "$work/floor") |"
echo "| Go hello world | $(ms "$h") | $(ms "$(stddev hello)") | $(ratio "$o" "$h") | $(peak "$work/hello-go") |"
echo "| tealdeer (tldr --render) | $(ms "$t") | $(ms "$(stddev tealdeer)") | $(ratio "$o" "$t") | $(peak tldr --render "$work/page.md") |"
