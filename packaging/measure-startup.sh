#!/usr/bin/env bash
# Measures how long Tablebook takes to show its window and then a negotiation (the sample), as the
# median of several starts: the plain jar on the machine's Java, the app-image without its
# class-data archive, and the app-image with it. Run after `bash packaging/build.sh app-image`;
# uses a virtual display when there is none.
#
#   bash packaging/measure-startup.sh [runs]     (default 5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-5}
image=target/dist/Tablebook
cfg=$image/lib/app/Tablebook.cfg
sample=target/dist/sample-negotiation.tablebook
work=target/startup
[[ -x $image/bin/Tablebook && -s $sample ]] || { echo "Build the app-image first: bash packaging/build.sh app-image" >&2; exit 1; }

if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" bash "$0" "$@"
fi

rm -rf "$work"
mkdir -p "$work"
cp "$cfg" "$work/Tablebook.cfg.orig"
trap 'cp "$work/Tablebook.cfg.orig" "$cfg"' EXIT

# One start: a fresh data folder holding the sample; prints "window negotiation cpu" in ms.
start() {
  local data=$work/data
  rm -rf "$data" && mkdir -p "$data"
  printf '{"userName":"Start-up"}\n' > "$data/preferences.json"
  cp "$sample" "$data/sample.tablebook"
  "$@" "$(pwd)/$data/sample.tablebook" 2>/dev/null \
    | sed -n 's/^Tablebook start-up: window shown after \([0-9]*\) ms, negotiation shown after \([0-9]*\) ms (JVM uptime), \([0-9]*\) ms of CPU.*/\1 \2 \3/p'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

options() {
  cp "$work/Tablebook.cfg.orig" "$cfg"
  [[ $1 == with ]] || sed -i '/SharedArchiveFile/d' "$cfg"
  {
    echo "java-options=-Dtablebook.startup=exit"
    echo "java-options=-Dtablebook.data.dir=$(pwd)/$work/data"
  } >> "$cfg"
}

# The three setups take turns, so that a machine busy with something else slows them alike.
: > "$work/jar" && : > "$work/without" && : > "$work/with"
for ((i = 0; i < runs; i++)); do
  start java -Dtablebook.startup=exit -Dtablebook.data.dir="$(pwd)/$work/data" -jar target/tablebook.jar >> "$work/jar"
  options without
  start "$image/bin/Tablebook" >> "$work/without"
  options with
  start "$image/bin/Tablebook" >> "$work/with"
done

report() {
  printf '%-44s window %5s ms   negotiation %5s ms   CPU %5s ms   (median of %d)\n' "$1" \
    "$(cut -d' ' -f1 "$work/$2" | median)" "$(cut -d' ' -f2 "$work/$2" | median)" \
    "$(cut -d' ' -f3 "$work/$2" | median)" "$runs"
}
report "jar on Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2) (the JDK's own CDS)" jar
report "app-image, no class-data archive" without
report "app-image with its class-data archive" with
