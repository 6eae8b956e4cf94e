#!/usr/bin/env bash
# Measures edit-to-served latency of `dossier serve` on the real site and on a generated
# 1,000-page site; writes bench/results/serve.json.
#
#   bench/serve-latency.sh [EDITS] [WARMUP]      (defaults: 30 edits, 5 warm-up edits)
#   SIZES="1000 10000" bench/serve-latency.sh    (generated sites to measure besides the real one)
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
SITES=("real=bench/work/real=content/bestrijding-drugssmokkel.md=bestrijding-drugssmokkel/")
for n in ${SIZES:-1000}; do
  bench/corpus.sh "$n" "bench/work/corpus-$n" >/dev/null
  page=$(printf 'pagina-%05d' $((n / 2)))
  SITES+=("generated-$n=bench/work/corpus-$n=content/$page.md=$page/")
done

java bench/ServeLatency.java target/dossier.jar bench/results/serve.json "$edits" "$warmup" "${SITES[@]}"
