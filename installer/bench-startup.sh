#!/usr/bin/env bash
# Start-up of the Linux app-image with and without its AOT cache, runs alternating (A B A B ...) so
# machine noise hits both alike; prints medians. Also the pre-extracted SQLite library against
# sqlite-jdbc's extraction on every start (plain java -jar, only that property differs).
#
#   installer/bench-startup.sh [RUNS]        (default 10; needs installer/build.sh app-image first)
#
# The GUI row needs a display (DISPLAY, e.g. Xvfb) and measures until the practice's start screen
# shows its data (-Dspoorzoeker.exitAfterFirstFrame=true prints READY and exits).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
image="$root/target/installer/image/Spoorzoeker"
[ -x "$image/bin/Spoorzoeker" ] || { echo "bench-startup.sh: build the app-image first (installer/build.sh app-image)" >&2; exit 2; }
[ -f "$image/lib/app/spoorzoeker.aot" ] || { echo "bench-startup.sh: the app-image has no AOT cache (built with NO_AOT=1?)" >&2; exit 2; }
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same image without the cache: hard links, and a launcher configuration without the AOT lines.
cp -al "$image" "$work/noaot"
rm "$work/noaot/lib/app/Spoorzoeker.cfg"
grep -v -e 'AOTCache' -e 'Xlog:aot' "$image/lib/app/Spoorzoeker.cfg" > "$work/noaot/lib/app/Spoorzoeker.cfg"
with="$image/bin/Spoorzoeker"
without="$work/noaot/bin/Spoorzoeker"
data="$work/practice"
"$with" --data-dir "$data" demo >/dev/null

ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# compare LABEL_A LABEL_B CMD_A... -- CMD_B...
compare() {
  local label=$1 a_label=$2 b_label=$3
  shift 3
  local a=() b=()
  while [ "$1" != -- ]; do a+=("$1"); shift; done
  shift
  b=("$@")
  "${a[@]}" >/dev/null 2>&1 || true
  "${b[@]}" >/dev/null 2>&1 || true
  : > "$work/a"
  : > "$work/b"
  for _ in $(seq "$runs"); do
    local t
    t=$(ms); "${a[@]}" >/dev/null 2>&1 || true; echo $(($(ms) - t)) >> "$work/a"
    t=$(ms); "${b[@]}" >/dev/null 2>&1 || true; echo $(($(ms) - t)) >> "$work/b"
  done
  local ma mb
  ma=$(median < "$work/a")
  mb=$(median < "$work/b")
  printf '| %s | %s ms | %s ms | %s |\n' "$label" "$mb" "$ma" "$(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.2f×", b / a }')"
  printf '|   (%s / %s) | %s | %s | |\n' "$b_label" "$a_label" "$(tr '\n' ' ' < "$work/b")" "$(tr '\n' ' ' < "$work/a")" >&2
}

echo "Median of $runs alternating runs each ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| start | without | with | speed-up |"
echo "|---|---:|---:|---:|"
compare "\`bin/Spoorzoeker --data-dir D version\`, AOT cache" with without \
  "$with" --data-dir "$data" version -- "$without" --data-dir "$data" version
compare "\`bin/Spoorzoeker --data-dir D report --type eind\`, AOT cache" with without \
  "$with" --data-dir "$data" report --dossier 4 --type eind --out "$work/r.pdf" --concept -- \
  "$without" --data-dir "$data" report --dossier 4 --type eind --out "$work/r.pdf" --concept
if [ -n "${DISPLAY:-}" ]; then
  export JAVA_TOOL_OPTIONS=-Dspoorzoeker.exitAfterFirstFrame=true
  compare "window until the start screen shows the practice, AOT cache" with without \
    "$with" --data-dir "$data" -- "$without" --data-dir "$data"
  unset JAVA_TOOL_OPTIONS
fi
# sqlite-jdbc: extracting its library to the temp folder on every start, or loading it in place.
jar="$root/target/spoorzoeker.jar"
if [ -f "$jar" ]; then
  lib="$image/lib/app/native"
  compare "\`java -jar spoorzoeker.jar version\`, SQLite library pre-extracted" pre extracting \
    "$java" -Dorg.sqlite.lib.path="$lib" -Dorg.sqlite.lib.name=libsqlitejdbc.so -jar "$jar" --data-dir "$data" version -- \
    "$java" -jar "$jar" --data-dir "$data" version
fi
