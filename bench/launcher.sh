#!/usr/bin/env bash
# Start-up options of the Dossier jar compared, for the "One pipeline, one render path" issue: is
# the self-forking launcher (second JVM with C1 only, ParallelGC, a heap formula and the CDS
# archive target/dossier.jsa) and the hand-written option parser worth 5 % of a 1,000-page build?
#
#   bench/launcher.sh [--runs 5] [--pages 1000] [--cases real-cold,real-warm,pages,parse]
#                     [--before DIR]
#
# Variants (each one cold process under /usr/bin/time; variants alternate within every round so
# that load from other work on the machine hits all of them):
#   launcher         java -jar dossier.jar build ...        (forks; C1, ParallelGC, heap, CDS)
#   launcher-nocds   the same jar in a folder without dossier.jsa (forks without CDS)
#                    (both only for a jar that still has nl.dossier.cli.Launcher)
#   plain            DOSSIER_FORK=0 java -jar dossier.jar   (one JVM, JDK defaults)
#   flags            DOSSIER_FORK=0 java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar ...
#   flags-cds        flags plus -XX:SharedArchiveFile=target/dossier.jsa
# Cases: the real site with the PDF cache cold (emptied before each run) and warm, a generated
# corpus of --pages pages (bench/corpus.sh), and "parse": the option parser alone (hand-written vs
# picocli 4.7.7, bench/launcher/ParseProbe.java), as a bare parse and as parse-then-build of the
# corpus (only for a jar that still has the hand-written nl.dossier.cli.Arguments). With --before
# DIR (a dossier.jar with its dossier.jsa recorded beside it), case "before-after" builds the
# corpus with that jar and with target/dossier.jar alternately, both as flags-cds.
#
# Needs target/dossier.jar and target/dossier.jsa (mvn package; DOSSIER_JAR names another jar, with
# its archive beside it). Writes the cases it measured into bench/results/launcher.json (the
# others stay); work files go to bench/work/launcher (BENCH_WORK overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
RUNS=5
PAGES=1000
CASES=real-cold,real-warm,pages,parse
BEFORE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --pages) PAGES="$2"; shift 2 ;;
    --cases) CASES="$2"; shift 2 ;;
    --before) BEFORE="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -z "$BEFORE" ] || CASES="$CASES,before-after"
has_case() { [[ ",$CASES," == *",$1,"* ]]; }
WORK="${BENCH_WORK:-$ROOT/bench/work/launcher}"
JAR="${DOSSIER_JAR:-$ROOT/target/dossier.jar}"
JSA="${JAR%.jar}.jsa"
[ -f "$JAR" ] && [ -f "$JSA" ] || { echo "run 'mvn package -DskipTests' first (needs $JAR and $JSA)" >&2; exit 1; }
mkdir -p "$WORK/nocds" "$WORK/logs" bench/results
cp "$JAR" "$WORK/nocds/dossier.jar"
MEASURE="$WORK/measurements.tsv"
: > "$MEASURE"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

C1=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC)
CDS=(-XX:SharedArchiveFile="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off)
in_jar() { unzip -l "$JAR" "$1" > /dev/null 2>&1; }
VARIANTS=(plain flags flags-cds)
in_jar nl/dossier/cli/Launcher.class && VARIANTS=(launcher launcher-nocds "${VARIANTS[@]}")
java_for() {  # java_for VARIANT: the command that starts the jar
  case "$1" in
    launcher) echo java -jar "$JAR" ;;
    launcher-nocds) echo java -jar "$WORK/nocds/dossier.jar" ;;
    plain) echo env DOSSIER_FORK=0 java -jar "$JAR" ;;
    flags) echo env DOSSIER_FORK=0 java "${C1[*]}" -jar "$JAR" ;;
    flags-cds) echo env DOSSIER_FORK=0 java "${C1[*]}" "${CDS[*]}" -jar "$JAR" ;;
  esac
}

# measure CASE VARIANT RUN CMD...: one line "case variant run wall user sys rss exit load1"
measure() {
  local c=$1 v=$2 r=$3; shift 3
  local tf="$WORK/logs/$c-$v-$r.time" code=0
  /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" > "$WORK/logs/$c-$v-$r.log" 2>&1 || code=$?
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$v" "$r" "$(tail -n1 "$tf" | tr ' ' '\t')" "$code" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$MEASURE"
  [ "$code" = 0 ] || log "$c $v run $r exited $code (see $WORK/logs/$c-$v-$r.log)"
}

REAL_OUT="$WORK/real"
if has_case real-cold || has_case real-warm; then
  for r in $(seq 1 "$RUNS"); do
    for v in "${VARIANTS[@]}"; do
      # shellcheck disable=SC2046
      if has_case real-cold; then
        rm -rf "$REAL_OUT"
        measure real-cold "$v" "$r" $(java_for "$v") build --source "$ROOT" --output "$REAL_OUT/site" --quiet
      fi
      if has_case real-warm; then
        # The chapter PDF stays in dossier-cache/ beside the site: a rebuild whose chapter did not change.
        mkdir -p "$REAL_OUT"; find "$REAL_OUT" -mindepth 1 -maxdepth 1 ! -name dossier-cache -exec rm -rf {} +
        [ -d "$REAL_OUT/dossier-cache" ] || java -jar "$JAR" build --source "$ROOT" --output "$REAL_OUT/site" --quiet
        find "$REAL_OUT" -mindepth 1 -maxdepth 1 ! -name dossier-cache -exec rm -rf {} +
        measure real-warm "$v" "$r" $(java_for "$v") build --source "$ROOT" --output "$REAL_OUT/site" --quiet
      fi
    done
    log "real site: round $r of $RUNS"
  done
fi

CORPUS="$WORK/corpus-$PAGES"
if has_case parse && ! in_jar nl/dossier/cli/Arguments.class; then
  log "no hand-written parser in $JAR: case parse skipped"; CASES="${CASES//parse/}"
fi
if has_case pages || has_case parse || has_case before-after; then
  [ -f "$CORPUS/.complete" ] || { bench/corpus.sh "$PAGES" "$CORPUS" > /dev/null; touch "$CORPUS/.complete"; }
fi
if has_case pages; then
  for r in $(seq 1 "$RUNS"); do
    for v in "${VARIANTS[@]}"; do
      rm -rf "$CORPUS-out"
      # shellcheck disable=SC2046
      measure "pages-$PAGES" "$v" "$r" $(java_for "$v") build --source "$CORPUS" --output "$CORPUS-out/site" --quiet
    done
    log "$PAGES pages: round $r of $RUNS"
  done
fi

if has_case parse; then
  PICOCLI="$HOME/.m2/repository/info/picocli/picocli/4.7.7/picocli-4.7.7.jar"
  [ -f "$PICOCLI" ] || mvn -B -q dependency:get -Dartifact=info.picocli:picocli:4.7.7 >/dev/null
  rm -rf "$WORK/probe" && mkdir -p "$WORK/probe"
  javac -nowarn -cp "$JAR:$PICOCLI" -d "$WORK/probe" bench/launcher/ParseProbe.java
  CP="$WORK/probe:$JAR:$PICOCLI"
  PROBE=(env DOSSIER_FORK=0 java "${C1[@]}" -cp "$CP" nl.dossier.cli.ParseProbe)
  for r in $(seq 1 "$RUNS"); do
    for p in hand picocli; do
      # Twice the runs for the bare parse: the difference is small against a JVM's start.
      measure parse "$p" "$r" "${PROBE[@]}" "$p" build --source "$CORPUS" --output "$CORPUS-out/site" --quiet
      measure parse "$p" "$((r + RUNS))" "${PROBE[@]}" "$p" build --source "$CORPUS" --output "$CORPUS-out/site" --quiet
      rm -rf "$CORPUS-out"
      measure "parse-then-pages-$PAGES" "$p" "$r" "${PROBE[@]}" --then-run "$p" build --source "$CORPUS" --output "$CORPUS-out/site" --quiet
    done
    log "parser: round $r of $RUNS"
  done
fi

if has_case before-after; then
  for r in $(seq 1 "$RUNS"); do
    for v in before after; do
      jar="$JAR"; [ "$v" = before ] && jar="$BEFORE/dossier.jar"
      rm -rf "$CORPUS-out"
      measure "before-after-$PAGES" "$v" "$r" env DOSSIER_FORK=0 java "${C1[@]}" -XX:SharedArchiveFile="${jar%.jar}.jsa" \
        -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" build --source "$CORPUS" --output "$CORPUS-out/site" --quiet
    done
    log "before/after: round $r of $RUNS"
  done
fi

python3 - "$MEASURE" "$RUNS" "$PAGES" "$(nproc)" "$(java -version 2>&1 | head -n1)" "$(date -u +%FT%TZ)" <<'PY'
import json, os, statistics, sys
from collections import OrderedDict
path, runs, pages, cores, jdk, when = sys.argv[1:]
rows = OrderedDict()
for line in open(path):
    case, variant, run, wall, user, sys_, rss, code, load = line.rstrip("\n").split("\t")
    rows.setdefault((case, variant), []).append(
        dict(run=int(run), wall_s=float(wall), cpu_s=round(float(user) + float(sys_), 2), rss_mb=int(rss) // 1024, exit=int(code), load1=float(load)))
cases = OrderedDict()
for (case, variant), rs in rows.items():
    ok = [r for r in rs if r["exit"] == 0]
    cases.setdefault(case, OrderedDict())[variant] = dict(
        median_wall_s=round(statistics.median(r["wall_s"] for r in ok), 2) if ok else None,
        median_cpu_s=round(statistics.median(r["cpu_s"] for r in ok), 2) if ok else None,
        median_rss_mb=int(statistics.median(r["rss_mb"] for r in ok)) if ok else None,
        median_load1=round(statistics.median(r["load1"] for r in rs), 2),
        measured=when, runs=rs)
# Cases measured now replace the same cases in the file; the others stay.
target = "bench/results/launcher.json"
kept = json.load(open(target), object_pairs_hook=OrderedDict).get("cases", {}) if os.path.exists(target) else {}
kept.update(cases)
out = OrderedDict(
    command="bench/launcher.sh", jdk=jdk, cores=int(cores),
    note="wall and cpu (user+sys, all processes) in seconds, medians of successful runs; load1 is the "
         "1-minute load average just after each run, on a machine shared with other builds. "
         "JDK 17 has no -XX:+AutoCreateSharedArchive (JDK 19+).",
    cases=kept)
json.dump(out, open(target, "w"), indent=1)
for case, vs in cases.items():
    for v, s in vs.items():
        print(f"{case:24} {v:15} wall {s['median_wall_s']}  cpu {s['median_cpu_s']}  rss {s['median_rss_mb']} MB  load {s['median_load1']}")
PY
