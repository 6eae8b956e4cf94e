#!/usr/bin/env bash
# Generates a Dossier project with N pages for the benchmarks, from the shared corpus generator.
#
#   bench/corpus.sh N DIR          (PDF=true bench/corpus.sh N DIR to keep the chapter PDF)
#
# gen_corpus.py writes pages in chapter folders with front matter that Dossier's schema rejects
# (date, chapter, tags) and links like ../../hoofdstuk-001/pagina-00003.md. This script runs it
# into a scratch folder and rewrites its output into DIR/content as Dossier expects: flat
# pagina-NNNNN.md files, front matter title/number/order/summary/updated, no second h1, unique
# heading anchors, flat links; plus site.yaml, references.yaml and glossary.yaml from this
# project (the seed's citations [1]..[54] and abbreviations are the chapter's own), and the
# project's templates/ and assets/.
set -euo pipefail
N=${1:?usage: corpus.sh N DIR}
DIR=${2:?usage: corpus.sh N DIR}
HERE="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$HERE/../shared}"
[ -d "$SHARED/bench" ] || SHARED=/work/shared
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT

python3 "$SHARED/bench/gen_corpus.py" "$SHARED/seed/drugscriminaliteit-beleid.txt" "$SCRATCH/gen" "$N"
rm -rf "$DIR"
mkdir -p "$DIR/content"
cp -r "$HERE/templates" "$HERE/assets" "$DIR/"
cp "$HERE/content/site.yaml" "$HERE/content/references.yaml" "$HERE/content/glossary.yaml" "$DIR/content/"
# No chapter PDF unless PDF=true, and no chapter on one page unless ONE_PAGE=true: one page or one
# PDF of thousands of generated pages is neither a useful product nor comparable with what Hugo
# builds, and above 32 million characters the build refuses it (docs/content-schema.md, settings
# pdf and one_page).
sed -i "s/^pdf: .*/pdf: ${PDF:-false}/" "$DIR/content/site.yaml"
echo "one_page: ${ONE_PAGE:-${PDF:-false}}" >> "$DIR/content/site.yaml"

python3 - "$SCRATCH/gen" "$DIR/content" <<'PY'
import re, sys
from pathlib import Path
src, out = Path(sys.argv[1]), Path(sys.argv[2])
files = sorted(src.rglob("*.md"))
for i, f in enumerate(files):
    text = f.read_text(encoding="utf-8")
    _, front, body = text.split("---", 2)
    title = re.search(r'^title: "(.*)"$', front, re.M).group(1)
    lines = [l for l in body.splitlines() if not l.startswith("# ")]
    k = 0
    for j, l in enumerate(lines):
        if l.startswith("## "):
            k += 1
            lines[j] = f"{l} {{#sectie-{k}}}"
    body = "\n".join(lines)
    body = re.sub(r"\]\(\.\./\.\./hoofdstuk-\d+/(pagina-\d+)\.md\)", r"](\1.md)", body)
    first = next((l for l in lines if len(l) > 80 and not l.startswith(("#", "-"))), title)
    summary = re.sub(r"\s*\[[^\]]*\]", "", first)[:150].rsplit(" ", 1)[0].replace('"', "'")
    head = (f'---\ntitle: "{title}"\nnumber: 2.1.7.{i + 1}\norder: {i + 1}\n'
            f'summary: "{summary}."\nupdated: 2026-11-27\n---\n')
    (out / f.name).write_text(head + body + "\n", encoding="utf-8")
(out / "index.md").write_text(
    '---\ntitle: "Beleid ter bestrijding van drugsgerelateerde criminaliteit"\nnumber: 2.1.7\norder: 0\n'
    'summary: "Gegenereerde site voor de benchmark."\nupdated: 2026-11-27\n---\n\n'
    f"Een gegenereerde site van {len(files)} pagina's voor de zoekbenchmark.\n", encoding="utf-8")
PY
echo "wrote $N pages to $DIR"
