#!/usr/bin/env bash
# Search benchmark: Dossier's search against Pagefind on the real site and on generated sites.
#
#   bench/search.sh [SIZES...]        default: 1000 (add 10000 for the large run)
#
# Writes bench/results/search.json, or $BENCH_OUT. BENCH_WITHOUT_BUNDLE=1 builds the sites without
# the offline bundle. BENCH_JAVA_OPTS passes JVM options to the benchmark. The JDK HTTP server
# that serves both tools' files here sends without delay (TCP_NODELAY, as a CDN does);
# -Dsun.net.httpserver.nodelay=false brings back its Nagle stall (a wait for the client's delayed
# ACK) on every script.
# Needs chromium and chromedriver (Debian packages) and node/npm for Pagefind; without Pagefind
# the Dossier figures are still measured.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000}")
WORK="${BENCH_WORK:-$(mktemp -d)}"

mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

PAGEFIND=()
if [ ! -x "$WORK/pf/node_modules/.bin/pagefind" ]; then
  mkdir -p "$WORK/pf"
  (cd "$WORK/pf" && npm i --silent --no-audit --no-fund pagefind@1.6.0 >/dev/null 2>&1) \
    || echo "pagefind did not install; measuring Dossier only" >&2
fi
[ -x "$WORK/pf/node_modules/.bin/pagefind" ] && PAGEFIND=(--pagefind "$WORK/pf/node_modules/.bin/pagefind")

# The real site, copied so the bench never touches target/ of the project.
mkdir -p "$WORK/real"
cp -r content templates assets "$WORK/real/"
PROJECTS=("real=$WORK/real")
for n in "${SIZES[@]}"; do
  bench/corpus.sh "$n" "$WORK/gen-$n" >/dev/null
  PROJECTS+=("generated-$n=$WORK/gen-$n")
done

OUT="${BENCH_OUT:-bench/results/search.json}"
[ "${BENCH_WITHOUT_BUNDLE:-}" = 1 ] && PAGEFIND+=(--without-bundle)
mkdir -p "$(dirname "$OUT")"
java ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" nl.dossier.search.SearchBench \
  "$OUT" "${PAGEFIND[@]}" "${PROJECTS[@]}"
echo "wrote $OUT"
