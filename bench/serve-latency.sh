#!/usr/bin/env bash
# Measures edit-to-served latency of `dossier serve` on the real site and on a generated
# 1,000-page site; writes bench/results/serve.json.
#
#   bench/serve-latency.sh [EDITS] [WARMUP]      (defaults: 30 edits, 5 warm-up edits)
#
# Works on copies in bench/work/ (git-ignored); the real content is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
edits="${1:-30}"
warmup="${2:-5}"

[ -f target/dossier.jar ] || mvn -B -q package -DskipTests

rm -rf bench/work/real
mkdir -p bench/work/real
cp -r content templates assets bench/work/real/
bench/corpus.sh 1000 bench/work/corpus-1000

java bench/ServeLatency.java target/dossier.jar bench/results/serve.json "$edits" "$warmup" \
  "real=bench/work/real=content/bestrijding-drugssmokkel.md=bestrijding-drugssmokkel/" \
  "generated-1000=bench/work/corpus-1000=content/pagina-00500.md=pagina-00500/"
