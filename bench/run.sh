#!/usr/bin/env bash
# Build benchmark of the "Speed at scale" issue: Dossier against Hugo, Hugo + Pagefind and stock
# JBake 2.7.0 on the same generated Dutch corpus.
#
#   bench/run.sh [--sizes 100,1000,10000] [--runs N] [--tools dossier,hugo,pagefind,jbake]
#                [--jbake-max 1000] [--timeout 1800] [--no-build]
#
# Defaults: sizes 100,1000,10000; 3 runs per size up to 1,000 pages and 1 run above (--runs N
# forces N everywhere); stock JBake only up to --jbake-max pages, because its previous/next
# rendering is quadratic in the number of pages; larger sizes are recorded as skipped.
# Every build is one cold process under /usr/bin/time (wall seconds, peak RSS) and is killed
# after --timeout seconds, recorded as such. Tools alternate within each run (dossier, hugo,
# pagefind, jbake, dossier, ...) so that load from other work on the machine hits all of them.
# Pagefind indexes the site Hugo has just built: "hugo+pagefind" is the sum of the two.
#
# Writes bench/results/build.json, bench/results/build.svg and bench/results/build.md (the table
# for the README). Installs what is missing: hugo (Debian), pagefind 1.6.0 (npm, into
# bench/work/tools), stock JBake 2.7.0 with its default dependencies (Maven Central, through the
# throwaway pom bench/jbake-stock/pom.xml). Corpora and outputs go to bench/work/build
# (git-ignored; BENCH_WORK overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

SIZES=100,1000,10000
RUNS=""
TOOLS=dossier,hugo,pagefind,jbake
JBAKE_MAX=1000
TIMEOUT=1800
BUILD=1
COMMAND="bench/run.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --tools) TOOLS="$2"; shift 2 ;;
    --jbake-max) JBAKE_MAX="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
IFS=, read -r -a SIZE_LIST <<< "$SIZES"
IFS=, read -r -a TOOL_LIST <<< "$TOOLS"
has_tool() { [[ ",$TOOLS," == *",$1,"* ]]; }

WORK="${BENCH_WORK:-$ROOT/bench/work/build}"
TOOLDIR="$ROOT/bench/work/tools"
mkdir -p "$WORK/logs" "$TOOLDIR" bench/results
MEASURE="$WORK/measurements.tsv"
: > "$MEASURE"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ] || [ ! -f target/dossier.jar ]; then
  log "building target/dossier.jar"
  mvn -B -q package -DskipTests > "$WORK/logs/mvn-package.log" 2>&1 || { cat "$WORK/logs/mvn-package.log"; exit 1; }
fi
# Debian packages: GNU time for wall time and peak RSS, hugo, and npm for Pagefind.
need=()
[ -x /usr/bin/time ] || need+=(time)
{ has_tool hugo || has_tool pagefind; } && ! command -v hugo >/dev/null && need+=(hugo)
has_tool pagefind && ! command -v npm >/dev/null && need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} (Debian packages)"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
PAGEFIND="$TOOLDIR/pagefind/node_modules/.bin/pagefind"
if has_tool pagefind && [ ! -x "$PAGEFIND" ]; then
  log "installing pagefind 1.6.0 (npm)"
  mkdir -p "$TOOLDIR/pagefind"
  (cd "$TOOLDIR/pagefind" && npm i --silent --no-audit --no-fund pagefind@1.6.0 >/dev/null)
fi
JBAKE_CP="$TOOLDIR/jbake.cp"
if has_tool jbake; then
  # Resolved every time (seconds, once cached) so the classpath never names a jar gone from ~/.m2.
  log "resolving stock JBake 2.7.0 and its default dependencies (Maven Central)"
  mvn -B -q -f bench/jbake-stock/pom.xml dependency:build-classpath -Dmdep.outputFile="$JBAKE_CP" \
    > "$WORK/logs/mvn-jbake.log" 2>&1 || { cat "$WORK/logs/mvn-jbake.log"; exit 1; }
fi

# --- measuring ---------------------------------------------------------------------------------
# measure SIZE TOOL RUN DIR CMD...: one cold process under time and timeout, one TSV line:
# size tool run seconds peak_rss_kb exit load_before load_after log
measure() {
  local size=$1 tool=$2 run=$3 dir=$4; shift 4
  local out="$WORK/logs/$tool-$size-run$run.log" tf="$WORK/logs/$tool-$size-run$run.time"
  local before after code=0
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  (cd "$dir" && /usr/bin/time -f '%e %M' -o "$tf" timeout -k 10 "$TIMEOUT" "$@") > "$out" 2>&1 || code=$?
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  # time's last line is "%e %M" even when the command failed or was killed.
  read -r secs rss < <(grep -E '^[0-9.]+ [0-9]+$' "$tf" | tail -1) || { secs=0; rss=0; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$run" "$secs" "$rss" "$code" \
    "$before" "$after" "$out" >> "$MEASURE"
  log "$(printf '%-8s %6s pages run %s: %7.2f s %6d MB exit %s (load %s)' \
    "$tool" "$size" "$run" "$secs" $((rss / 1024)) "$code" "$before")"
}
skip() { printf '%s\t%s\tskipped\t%s\n' "$1" "$2" "$3" >> "$MEASURE"; log "$2 $1 pages: skipped: $3"; }

# The JVM options the README recommends for a build.
DOSSIER=(java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx800m -XX:SharedArchiveFile="$ROOT/target/dossier.jsa" -jar "$ROOT/target/dossier.jar" build)
run_tool() {  # run_tool SIZE TOOL RUN: clears the tool's previous output (untimed), then measures
  local n=$1 tool=$2 run=$3 c="$WORK/dossier-$1" j="$WORK/jbake-$1" h="$WORK/hugo-$1"
  case "$tool" in
    dossier) rm -rf "$c/out"; measure "$n" dossier "$run" "$c" "${DOSSIER[@]}" --source "$c" --output "$c/out/site" ;;
    # Hugo's resources/ cache and public/ are removed so that every build is cold.
    hugo) rm -rf "$h/public" "$h/resources"; measure "$n" hugo "$run" "$h" hugo --quiet ;;
    pagefind)
      if [ ! -f "$h/public/index.html" ]; then skip "$n" pagefind "no Hugo output to index (run hugo first)"; return; fi
      rm -rf "$h/public/pagefind"; measure "$n" pagefind "$run" "$h" "$PAGEFIND" --site public ;;
    jbake) rm -rf "$j/out" "$j/cache"; measure "$n" jbake "$run" "$j" java -cp "$(cat "$JBAKE_CP")" org.jbake.launcher.Main -b "$j" "$j/out" ;;
    *) echo "unknown tool: $tool" >&2; exit 2 ;;
  esac
}

# The real site (8 pages), copied so the benchmark never writes into the project.
if has_tool dossier; then
  rm -rf "$WORK/real" && mkdir -p "$WORK/real"
  cp -r content templates assets "$WORK/real/"
  real_runs=${RUNS:-3}
  for r in $(seq 1 "$real_runs"); do
    rm -rf "$WORK/real/out"
    measure real dossier "$r" "$WORK/real" "${DOSSIER[@]}" --output "$WORK/real/out/site"
  done
  # Again with the chapter PDF that the last run left in the cache beside the site
  # (out/dossier-cache/): a rebuild whose chapter did not change. The target is judged on the
  # runs above, which print the PDF.
  for r in $(seq 1 "$real_runs"); do
    mkdir -p "$WORK/real/out"
    find "$WORK/real/out" -mindepth 1 -maxdepth 1 ! -name dossier-cache -exec rm -rf {} +
    measure real-cached dossier "$r" "$WORK/real" "${DOSSIER[@]}" --output "$WORK/real/out/site"
  done
fi

for n in "${SIZE_LIST[@]}"; do
  log "generating the corpus of $n pages"
  bench/corpus.sh "$n" "$WORK/dossier-$n" >/dev/null
  # Only the projects of tools that will build them (JBake's is large and unused past --jbake-max).
  jdir=-; hdir=-
  has_tool jbake && [ "$n" -le "$JBAKE_MAX" ] && jdir="$WORK/jbake-$n"
  { has_tool hugo || has_tool pagefind; } && hdir="$WORK/hugo-$n"
  python3 bench/sites.py "$WORK/dossier-$n" "$jdir" "$hdir" >/dev/null
  runs=${RUNS:-$([ "$n" -le 1000 ] && echo 3 || echo 1)}
  for r in $(seq 1 "$runs"); do
    for tool in "${TOOL_LIST[@]}"; do
      if [ "$tool" = jbake ] && [ "$n" -gt "$JBAKE_MAX" ]; then
        [ "$r" = 1 ] && skip "$n" jbake "stock JBake 2.7.0 renders previous/next in quadratic time (~7.7 min at 5,000 pages); only sizes up to --jbake-max $JBAKE_MAX are built"
        continue
      fi
      run_tool "$n" "$tool" "$r"
    done
  done
done

# --- report ------------------------------------------------------------------------------------
{
  echo "nproc=$(nproc)"
  echo "mem_total_mb=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java=$(java -version 2>&1 | head -1)"
  command -v hugo >/dev/null && echo "hugo=$(hugo version)"
  [ -x "$PAGEFIND" ] && echo "pagefind=$("$PAGEFIND" --version 2>/dev/null | tail -1)"
  echo "jbake=2.7.0 (jbake-core from Maven Central with its default dependencies, OrientDB included)"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+uncommitted changes')"
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command=$COMMAND"
  echo "timeout_s=$TIMEOUT"
} > "$WORK/machine.txt"
python3 bench/report.py "$MEASURE" "$WORK/machine.txt" bench/results/build.json bench/results/build.md
python3 bench/plot.py bench/results/build.json bench/results/build.svg
cat bench/results/build.md
log "wrote bench/results/build.json, build.md and build.svg"
