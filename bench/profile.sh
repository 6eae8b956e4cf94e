#!/usr/bin/env bash
# Where a build's CPU goes: a CPU profile of `java -jar target/dossier.jar build`, summed by what
# each stack's work is for (bench/cpu_buckets.py). docs/performance.md lists the buckets.
#
#   bench/profile.sh [PAGES|real] [--interval MS] [--no-build]
#
# PAGES (default 1000) builds a generated site of that many pages (bench/corpus.sh, no PDF), as
# the harness does; "real" builds this project's own content from nothing, chapter PDF included.
# Builds target/dossier.jar first (mvn package, tests skipped); --no-build uses the jar there is.
# async-profiler 3.0 comes from Maven Central into bench/work/tools on first use. It is attached
# through JAVA_TOOL_OPTIONS, so every JVM started writes a profile; the largest, the build's,
# is the one summed. Sampling every MS
# milliseconds of CPU: default 1 for the real site, 5 up to 1,000 pages, 10 above.
#
# Writes bench/work/profile/cpu-PAGES.txt (collapsed stacks, for any flame graph tool) and
# bench/work/profile/cpu-PAGES.md (the table), and prints the table. BENCH_WORK names another
# folder instead of bench/work/profile, as it does for the harness's bench/work/build.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
ROOT="$PWD"

PAGES=1000
INTERVAL=""
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --interval) INTERVAL="${2:?--interval needs a number of milliseconds}"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    real|[0-9]*) PAGES="$1"; shift ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$INTERVAL" ]; then
  if [ "$PAGES" = real ]; then INTERVAL=1; elif [ "$PAGES" -le 1000 ]; then INTERVAL=5; else INTERVAL=10; fi
fi

WORK="${BENCH_WORK:-$ROOT/bench/work/profile}"
TOOLS="$ROOT/bench/work/tools"
mkdir -p "$WORK" "$TOOLS"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if [ "$BUILD" = 1 ] || [ ! -f target/dossier.jar ]; then
  log "building target/dossier.jar"
  mvn -B -q package -DskipTests > "$WORK/mvn-package.log" 2>&1 || { cat "$WORK/mvn-package.log"; exit 1; }
fi

# async-profiler's native agent, from the Maven Central artifact for this processor.
case "$(uname -m)" in
  x86_64) PLATFORM=linux-x64 ;;
  aarch64) PLATFORM=linux-arm64 ;;
  *) echo "async-profiler has no build for $(uname -m) on Maven Central" >&2; exit 1 ;;
esac
AGENT="$TOOLS/async-profiler-3.0/$PLATFORM/libasyncProfiler.so"
if [ ! -f "$AGENT" ]; then
  log "fetching async-profiler 3.0 ($PLATFORM) from Maven Central"
  mvn -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:3.0:jar:$PLATFORM" \
    -DoutputDirectory="$TOOLS" > "$WORK/mvn-async-profiler.log" 2>&1 || { cat "$WORK/mvn-async-profiler.log"; exit 1; }
  python3 -m zipfile -e "$TOOLS/async-profiler-3.0-$PLATFORM.jar" "$TOOLS/async-profiler-3.0"
fi

if [ "$PAGES" = real ]; then
  SOURCE="$WORK/real"
  rm -rf "$SOURCE" && mkdir -p "$SOURCE"
  cp -r content templates assets "$SOURCE/"
else
  SOURCE="$WORK/corpus-$PAGES"
  if [ ! -f "$SOURCE/content/site.yaml" ]; then
    log "generating the corpus of $PAGES pages"
    bench/corpus.sh "$PAGES" "$SOURCE" > "$WORK/corpus-$PAGES.log" 2>&1 || { cat "$WORK/corpus-$PAGES.log"; exit 1; }
  fi
fi

# A build from nothing: no previous site, no cached PDF. Its output goes, whatever happens.
OUT="$WORK/out-$PAGES"
rm -rf "$OUT" "$WORK"/stacks-*.txt
trap 'rm -rf "$OUT" "$WORK"/stacks-*.txt' EXIT
case "$AGENT$WORK" in
  *[\ ,]*) echo "the profiler's options cannot hold a path with a space or a comma: $AGENT, $WORK" >&2; exit 1 ;;
esac
log "building $PAGES pages with the profiler on (every ${INTERVAL} ms of CPU)"
JAVA_TOOL_OPTIONS="-agentpath:$AGENT=start,event=cpu,interval=${INTERVAL}ms,collapsed,file=$WORK/stacks-%p.txt" \
  java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:SharedArchiveFile=target/dossier.jsa -jar target/dossier.jar build --source "$SOURCE" --output "$OUT/site" 2>&1 | { grep -v '^Picked up JAVA_TOOL_OPTIONS' || true; } >&2

PROFILE="$WORK/cpu-$PAGES.txt"
# The build's JVM is the one with the most samples.
LARGEST="$(for f in "$WORK"/stacks-*.txt; do awk -v f="$f" '{n += $NF} END {print n + 0, f}' "$f"; done | sort -n | tail -1 | cut -d' ' -f2-)"
[ -n "$LARGEST" ] || { echo "no profile was written (did the JVM load $AGENT?)" >&2; exit 1; }
mv "$LARGEST" "$PROFILE"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD -- src pom.xml 2>/dev/null || COMMIT="$COMMIT+uncommitted changes"
python3 bench/cpu_buckets.py "$PROFILE" "$INTERVAL" "work ($PAGES pages, $COMMIT)" | tee "$WORK/cpu-$PAGES.md"
log "stacks in $PROFILE"
