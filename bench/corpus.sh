#!/usr/bin/env bash
# Generates a buildable Dossier project of N pages for benchmarks.
#
#   bench/corpus.sh N DIR
#
# Runs ../shared/bench/gen_corpus.py (pages with front matter title/date/chapter/order/tags in
# hoofdstuk-xxx/pagina-yyyyy.md, which Dossier's schema does not accept) into a temporary folder
# and converts it into DIR:
#   - content/pagina-00001.md … flat, front matter title / number 9.<chapter>.<order> / order /
#     summary / updated; the '# title' line dropped (the template writes the h1); every '##'
#     heading gets an explicit anchor {#sectie-K}, because generated pages repeat headings;
#   - links ../../hoofdstuk-xxx/pagina-yyyyy.md → pagina-yyyyy.md;
#   - content/index.md (number 9), site.yaml (with every § number of the text as an external
#     section), references.yaml with ids 1..highest cited, glossary.yaml with one term;
#   - templates/ and assets/ copied from this repository.
# DIR must be empty, missing, or an earlier corpus (it is then replaced).
# Environment: GEN_CORPUS (generator script), SEED (seed text) to use other files.
set -euo pipefail

usage() { echo "usage: $0 N DIR   (N pages, 1 or more)" >&2; exit 2; }
[ $# -eq 2 ] || usage
n="$1"; out="$2"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || usage

repo="$(cd "$(dirname "$0")/.." && pwd)"
gen="${GEN_CORPUS:-$repo/../shared/bench/gen_corpus.py}"
[ -f "$gen" ] || gen=/work/shared/bench/gen_corpus.py
seed="${SEED:-$repo/../shared/seed/drugscriminaliteit-beleid.txt}"
[ -f "$seed" ] || seed="$repo/src/test/resources/seed/drugscriminaliteit-beleid.txt"
[ -f "$gen" ] || { echo "corpus generator not found: $gen (set GEN_CORPUS)" >&2; exit 1; }
[ -f "$seed" ] || { echo "seed text not found: $seed (set SEED)" >&2; exit 1; }

if [ -e "$out" ]; then
  if [ -f "$out/.dossier-corpus" ]; then
    rm -rf "$out"
  elif [ -n "$(ls -A "$out")" ]; then
    echo "$out exists and is not an earlier corpus; refusing to overwrite it" >&2; exit 1
  fi
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$gen" "$seed" "$tmp/raw" "$n"

python3 - "$tmp/raw" "$tmp/project" "$n" <<'PY'
import re, sys
from pathlib import Path

raw, out, n = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
content = out / "content"
content.mkdir(parents=True)

FM = re.compile(r"\A---\n(.*?)\n---\n", re.S)
LINK = re.compile(r"\]\(\.\./\.\./hoofdstuk-\d+/(pagina-\d+\.md)\)")
SECTION = re.compile(r"§\s?(\d+(?:\.\d+)*)")
BRACKET = re.compile(r"\[([0-9][0-9,\s–-]*)\]")

def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

max_ref, sections, count = 0, set(), 0
for path in sorted(raw.glob("hoofdstuk-*/pagina-*.md")):
    text = path.read_text(encoding="utf-8")
    m = FM.match(text)
    if not m:
        sys.exit(f"{path}: no front matter")
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    title = meta["title"].strip('"')
    chapter, order = int(meta["chapter"]), int(meta["order"])
    body_lines, k = [], 0
    for line in text[m.end():].splitlines():
        if line.startswith("# "):
            continue  # the template writes the page title as the h1
        if line.startswith("## "):
            k += 1
            line = f"{line.rstrip()} {{#sectie-{k}}}"
        body_lines.append(line)
    body = LINK.sub(r"](\1)", "\n".join(body_lines)).strip() + "\n"
    for b in BRACKET.findall(body):
        for num in re.findall(r"\d+", b):
            max_ref = max(max_ref, int(num))
    sections.update(SECTION.findall(body))
    index = int(path.stem.split("-")[1])
    front = "\n".join([
        "---",
        f"title: {yaml_str(title)}",
        f"number: 9.{chapter}.{order}",
        f"order: {index + 1}",
        f"summary: {yaml_str(f'Gegenereerde pagina {index + 1} (hoofdstuk {chapter}) voor metingen.')}",
        f"updated: {meta['date']}",
        "---", "", ""])
    (content / path.name).write_text(front + body, encoding="utf-8")
    count += 1
if count != n:
    sys.exit(f"expected {n} pages, converted {count}")

(content / "index.md").write_text("""---
title: "Gegenereerd corpus"
number: 9
order: 0
summary: "Een gegenereerde site om de bouw en de voorbeeldweergave te meten."
updated: 2024-01-01
---

Deze site is gegenereerd uit de tekst van § 2.1.7 van de Nationale Drug Monitor.
""", encoding="utf-8")

site = ["title: Gegenereerd corpus", "site_name: Nationale Drug Monitor", "edition: meting",
        "publisher: Dossier benchmark", "base_url: https://example.org", "repository: https://example.org/dossier",
        "branch: main", "parent:", "  title: Nationale Drug Monitor", "  url: https://www.nationaledrugmonitor.nl/"]
sections.add("2.1.7")
site.append("external_sections:")
for s in sorted(sections, key=lambda x: [int(p) for p in x.split(".")]):
    site += [f'  "{s}":', f"    title: Paragraaf {s}", "    url: https://www.nationaledrugmonitor.nl/"]
(content / "site.yaml").write_text("\n".join(site) + "\n", encoding="utf-8")

refs = []
for i in range(1, max(max_ref, 1) + 1):
    refs += [f"- id: {i}", "  kind: rapport", f'  title: "Gegenereerde bron {i}"', "  publisher: Dossier benchmark", "  year: 2024", ""]
(content / "references.yaml").write_text("\n".join(refs), encoding="utf-8")
(content / "glossary.yaml").write_text(
    "- term: NDM\n  name: Nationale Drug Monitor\n  description: Jaarlijks overzicht van de drugssituatie in Nederland.\n",
    encoding="utf-8")
print(f"{count} pages, references 1..{max_ref}, {len(sections)} external sections")
PY

mkdir -p "$out"
cp -r "$tmp/project/content" "$out/"
cp -r "$repo/templates" "$repo/assets" "$out/"
echo "generated by bench/corpus.sh $n" > "$out/.dossier-corpus"
echo "corpus of $n pages in $out" >&2
