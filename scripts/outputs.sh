#!/usr/bin/env bash
# Print every answer omt gives from the shell over the whole catalogue into a
# directory, one file per command, so that a change meant to alter structure
# only can be checked to alter no output at all:
#
#   scripts/outputs.sh /tmp/before            # on the commit before
#   scripts/outputs.sh /tmp/after             # on the commit after
#   diff -r /tmp/before /tmp/after && echo identical
#
# It builds omt from this checkout, runs it with an empty data directory, no
# overlays and a fixed clock-free environment, and never touches the user's
# own data. Each file holds the command line, its exit status, its standard
# output and its standard error.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:?usage: scripts/outputs.sh DIR}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/omt" .

export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export PAGER=cat NO_COLOR=1 COLUMNS=100 LC_ALL=C.UTF-8 TERM=dumb
mkdir -p "$HOME"

n=0
record() {
  n=$((n + 1))
  local file
  file=$(printf '%s/%05d' "$out" "$n")
  {
    printf '$ omt'
    printf ' %q' "$@"
    printf '\n'
    set +e
    "$work/omt" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
    printf 'exit %d\n--- stdout\n' "$?"
    set -e
    cat "$work/stdout"
    printf -- '--- stderr\n'
    cat "$work/stderr"
  } >"$file"
}

json_ids() { # the values of "id" in a JSON list on stdin
  python3 -c 'import json,sys; [print(r["id"]) for r in json.load(sys.stdin)]'
}

record --version
record list
record list --json
record list --all --json --patient osteoporosis,pregnancy,warfarin
record conditions
record conditions --json
record glossary
record glossary --json
record maps
record maps --json
for format in text markdown json; do
  for id in $("$work/omt" list --json | json_ids); do
    record show "$id" --format "$format"
  done
done
for id in $("$work/omt" list --json | json_ids); do
  record note "$id" --patient osteoporosis
  record timer "$id" --plain
done
for id in $("$work/omt" conditions --json | json_ids); do
  record condition "$id"
  record condition "$id" --json
  record list --condition "$id" --patient pregnancy --all
  record plan --condition "$id" --minutes 20
  record plan --condition "$id" --minutes 10 --patient "32 weeks pregnant" --json
done
for id in $("$work/omt" glossary --json | json_ids); do
  record glossary "$id"
done
for map in $("$work/omt" maps --json | python3 -c 'import json,sys; [print(m["map"]) for m in json.load(sys.stdin)]'); do
  record maps "$map"
  record maps "$map" --json
done
for level in OA AA C1 C2 C3 C4 C5 C6 C7 T1 T2 T3 T4 T5 T6 T7 T8 T9 T10 T11 T12 L1 L2 L3 L4 L5 S1 S2 \
  "rib 1" "rib 2" "rib 4" "rib 7" "rib 11" "rib 12"; do
  record level "$level"
  record level "$level" --json
done
for organ in heart lungs oesophagus stomach liver gallbladder pancreas spleen duodenum appendix \
  kidneys ureters adrenals bladder uterus prostate colon "small intestine" eyes thyroid; do
  record organ "$organ"
  record organ "$organ" --json
done
for text in "T4 ERS(L)" "L3 NRlSr" "C3 FRS(R)" "OA E SlRr" "AA RR" "left on left sacral torsion" \
  "right on left" "left rib 4 exhaled" "rib 6 exhaled on the right" "ribs 3-5 inhaled" \
  "left superior pubic shear" "right anterior innominate" "sacral shear left" "left unilateral sacral flexion"; do
  record notation "$text"
  record notation "$text" --json
done
for q in ankle lumbar "low back pain" cv4 TART fryette AL3 spurling "heel lift" piriformis \
  sciatica hiccups appendix "T10" "ear infection" warfarin counterstrian; do
  record search "$q"
  record search "$q" --json
done
record compare muscle-energy-lumbar hvla-lumbar counterstrain-lumbar
record compare cv4 suboccipital-release --json
record study decks
record study stats
record study cards --json
record man
echo "$n answers in $out" >&2
