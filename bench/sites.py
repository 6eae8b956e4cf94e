#!/usr/bin/env python3
"""Turns a Dossier corpus from bench/corpus.sh into a stock JBake 2.7.0 project and a Hugo project.

    python3 bench/sites.py DOSSIER_DIR JBAKE_DIR HUGO_DIR      (a DIR of "-" is not written)

The Markdown bodies are copied byte for byte, so all tools render the same text; only the front
matter changes to each tool's format (JBake: title=...~~~~~~ header; Hugo: YAML). Both layouts are
minimal and bounded the same way: the page, previous/next, and a navigation of the first 20 pages
(Hugo: partialCached; JBake: one include written here, as a stock theme's menu would be static).
"""
import re
import shutil
import sys
from pathlib import Path

NAV = 20
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def read_pages(content):
    """(name, title, order, body) for index.md and every pagina-*.md, in reading order."""
    pages = []
    for f in sorted(content.glob("*.md")):
        text = f.read_text(encoding="utf-8")
        m = FRONT.match(text)
        front, body = m.group(1), text[m.end():]
        title = re.search(r'^title: "(.*)"$', front, re.M).group(1)
        order = int(re.search(r"^order: (\d+)$", front, re.M).group(1))
        pages.append((f.stem, title, order, body))
    pages.sort(key=lambda p: p[2])
    return pages


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def jbake(pages, out):
    if out.exists():
        shutil.rmtree(out)
    (out / "content").mkdir(parents=True)
    (out / "templates").mkdir()
    (out / "assets").mkdir()
    # Stock settings: JBake's defaults (in-memory OrientDB, index/feed/archive on), plus the host.
    (out / "jbake.properties").write_text(
        "site.host=http://localhost\nrender.tags=false\n", encoding="utf-8")
    for name, title, order, body in pages:
        if name == "index":
            continue  # JBake renders index.html from its index.ftl template
        # JBake's metadata header; the date gives previous/next a stable order.
        head = (f"title={title}\ntype=page\nstatus=published\norder={order}\n"
                f"date=2026-11-27\n~~~~~~\n")
        (out / "content" / f"{name}.md").write_text(head + body, encoding="utf-8")
    t = out / "templates"
    nav = "".join(f'<li><a href="/{n}.html">{esc(ti)}</a></li>'
                  for n, ti, _, _ in [p for p in pages if p[0] != "index"][:NAV])
    (t / "nav.ftl").write_text(f"<nav><ul>{nav}</ul></nav>\n", encoding="utf-8")
    (t / "header.ftl").write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        "<title><#if (content.title)??>${content.title}<#else>Dossier</#if></title></head><body>\n"
        '<#include "nav.ftl">\n', encoding="utf-8")
    (t / "footer.ftl").write_text("</body></html>\n", encoding="utf-8")
    page = ('<#include "header.ftl">\n<main><h1>${content.title}</h1>\n${content.body}\n</main>\n'
            "<p><#if content.previousContent??>"
            '<a href="${content.rootpath}${content.previousContent.uri}">vorige</a></#if>\n'
            "<#if content.nextContent??>"
            '<a href="${content.rootpath}${content.nextContent.uri}">volgende</a></#if></p>\n'
            '<#include "footer.ftl">\n')
    (t / "page.ftl").write_text(page, encoding="utf-8")
    (t / "post.ftl").write_text(page, encoding="utf-8")
    (t / "index.ftl").write_text(
        '<#include "header.ftl">\n<main><h1>Inhoud</h1><ul>'
        '<#list published_pages as p><li><a href="${p.uri}">${p.title}</a></li></#list>'
        '</ul></main>\n<#include "footer.ftl">\n', encoding="utf-8")
    (t / "feed.ftl").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Dossier</title>'
        '<#list published_posts as p><item><title>${p.title}</title></item></#list>'
        "</channel></rss>\n", encoding="utf-8")
    (t / "archive.ftl").write_text(
        '<#include "header.ftl">\n<ul><#list published_posts as p><li>${p.title}</li></#list></ul>\n'
        '<#include "footer.ftl">\n', encoding="utf-8")


def hugo(pages, out):
    if out.exists():
        shutil.rmtree(out)
    (out / "content").mkdir(parents=True)
    lay = out / "layouts"
    (lay / "_default").mkdir(parents=True)
    (lay / "partials").mkdir()
    (out / "hugo.toml").write_text(
        'baseURL = "http://localhost/"\nlanguageCode = "nl"\ntitle = "Dossier"\n'
        'disableKinds = ["taxonomy", "term"]\n'
        "[services.rss]\n  limit = 20\n", encoding="utf-8")
    for name, title, order, body in pages:
        t = title.replace("\\", "\\\\").replace('"', '\\"')
        head = f'---\ntitle: "{t}"\nweight: {order}\ndate: 2026-11-27\n---\n'
        target = "_index.md" if name == "index" else f"{name}.md"
        (out / "content" / target).write_text(head + body, encoding="utf-8")
    (lay / "_default" / "baseof.html").write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        "</head><body>\n{{ partialCached \"nav.html\" . }}\n{{ block \"main\" . }}{{ end }}\n"
        "</body></html>\n", encoding="utf-8")
    (lay / "partials" / "nav.html").write_text(
        f"<nav><ul>{{{{ range first {NAV} site.RegularPages.ByWeight }}}}"
        '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>\n',
        encoding="utf-8")
    (lay / "_default" / "single.html").write_text(
        '{{ define "main" }}<main><h1>{{ .Title }}</h1>\n{{ .Content }}\n</main>\n'
        # Pages are sorted by weight, so PrevInSection is the page after this one.
        '<p>{{ with .NextInSection }}<a href="{{ .RelPermalink }}">vorige</a>{{ end }}\n'
        '{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">volgende</a>{{ end }}</p>'
        "{{ end }}\n", encoding="utf-8")
    (lay / "_default" / "list.html").write_text(
        '{{ define "main" }}<main><h1>{{ .Title }}</h1>{{ .Content }}<ul>'
        '{{ range .RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>'
        "{{ end }}</ul></main>{{ end }}\n", encoding="utf-8")


def main():
    src, jdir, hdir = (Path(a) for a in sys.argv[1:4])
    pages = read_pages(src / "content")
    for write, target in ((jbake, jdir), (hugo, hdir)):
        if str(target) != "-":
            write(pages, target)
    print(f"wrote {len(pages)} pages to {jdir} (JBake) and {hdir} (Hugo)")


if __name__ == "__main__":
    main()
