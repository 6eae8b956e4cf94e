#!/usr/bin/env python3
"""Draws build time against pages, log-log, one line per tool, as SVG (standard library only).

    python3 bench/plot.py bench/results/build.json bench/results/build.svg
"""
import json
import math
import sys
from pathlib import Path
from xml.sax.saxutils import escape

SERIES = [  # key in build.json, legend label, colour, dash pattern
    ("dossier", "Dossier (site + search + bundle)", "#c0392b", ""),
    ("hugo", "Hugo 0.111", "#2471a3", ""),
    ("pagefind", "Pagefind 1.6 (on Hugo's output)", "#7fb3d5", "2 3"),
    ("hugo+pagefind", "Hugo + Pagefind", "#1a5276", "6 3"),
    ("jbake", "stock JBake 2.7.0", "#7d3c98", ""),
]
W, H = 760, 500
L, R, T, B = 80, 250, 50, 60  # margins: the legend sits right of the plot


def decades(lo, hi):
    return range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)


def label(v):
    if v >= 1000:
        return f"{v:,.0f}"
    return f"{v:g}"


def main():
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    lines = {}
    for s in data["sizes"]:
        for key, *_ in SERIES:
            med = s["tools"].get(key, {}).get("median_s")
            if med:
                lines.setdefault(key, []).append((s["pages"], med))
    # Builds killed by the timeout: a hollow marker at the time they had run, "more than".
    bounds = [(key, s["pages"], s["tools"][key]["more_than_s"]) for s in data["sizes"]
              for key, *_ in SERIES if "more_than_s" in s["tools"].get(key, {})]
    pts = [p for ps in lines.values() for p in ps] + [(n, t) for _, n, t in bounds]
    if not pts:
        sys.exit("no measurements to plot")
    xs = decades(min(p[0] for p in pts), max(p[0] for p in pts))
    ys = decades(min(p[1] for p in pts), max(p[1] for p in pts))
    x0, x1, y0, y1 = xs[0], max(xs[-1], xs[0] + 1), ys[0], max(ys[-1], ys[0] + 1)
    px = lambda n: L + (math.log10(n) - x0) / (x1 - x0) * (W - L - R)
    py = lambda s: H - B - (math.log10(s) - y0) / (y1 - y0) * (H - T - B)

    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
         f'viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{(L + W - R) / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">'
         f"Build time against pages (log-log)</text>",
         f'<text x="{(L + W - R) / 2}" y="40" text-anchor="middle" fill="#555">'
         f"{escape(data['generated'])}, commit {escape(data['commit'])}, "
         f"{data['machine'].get('nproc', '?')} cores, median of runs</text>"]
    # Grid and ticks: decades labelled, 2x and 5x as faint lines.
    for e in range(x0, x1 + 1):
        for m in (1, 2, 5):
            v = m * 10 ** e
            if e == x1 and m > 1:
                continue
            x = px(v)
            o.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{H - B}" stroke="#ddd" '
                     f'stroke-width="{1 if m == 1 else 0.5}"/>')
            if m == 1:
                o.append(f'<text x="{x:.1f}" y="{H - B + 18}" text-anchor="middle">{label(v)}</text>')
    for e in range(y0, y1 + 1):
        for m in (1, 2, 5):
            v = m * 10 ** e
            if e == y1 and m > 1:
                continue
            y = py(v)
            o.append(f'<line x1="{L}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#ddd" '
                     f'stroke-width="{1 if m == 1 else 0.5}"/>')
            o.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end" '
                     f'fill="{"#000" if m == 1 else "#888"}">{label(v)}</text>')
    o.append(f'<rect x="{L}" y="{T}" width="{W - L - R}" height="{H - T - B}" fill="none" stroke="#333"/>')
    o.append(f'<text x="{(L + W - R) / 2}" y="{H - 18}" text-anchor="middle">pages</text>')
    o.append(f'<text x="18" y="{(T + H - B) / 2}" text-anchor="middle" '
             f'transform="rotate(-90 18 {(T + H - B) / 2})">wall time, seconds (cold process)</text>')
    ly = T + 10
    for key, name, colour, dash in SERIES:
        if key not in lines:
            continue
        ps = sorted(lines[key])
        path = " ".join(f"{px(n):.1f},{py(s):.1f}" for n, s in ps)
        d = f' stroke-dasharray="{dash}"' if dash else ""
        o.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{d}/>')
        for n, s in ps:
            o.append(f'<circle cx="{px(n):.1f}" cy="{py(s):.1f}" r="3.5" fill="{colour}">'
                     f"<title>{escape(name)}: {s:.2f} s at {n:,} pages</title></circle>")
        o.append(f'<line x1="{W - R + 15}" y1="{ly}" x2="{W - R + 45}" y2="{ly}" stroke="{colour}" '
                 f'stroke-width="2"{d}/>')
        o.append(f'<text x="{W - R + 52}" y="{ly + 4}">{escape(name)}</text>')
        ly += 22
    colours = {key: (name, colour) for key, name, colour, _ in SERIES}
    for key, n, t in bounds:
        name, colour = colours[key]
        o.append(f'<circle cx="{px(n):.1f}" cy="{py(t):.1f}" r="5" fill="white" stroke="{colour}" '
                 f'stroke-width="2"><title>{escape(name)}: killed by the timeout after {t:,} s at '
                 f'{n:,} pages</title></circle>')
        o.append(f'<text x="{px(n) - 8:.1f}" y="{py(t) + 4:.1f}" text-anchor="end" fill="{colour}">'
                 f"&gt; {t:,} s (timeout)</text>")
    o.append("</svg>")
    Path(sys.argv[2]).write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
