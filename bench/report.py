#!/usr/bin/env python3
"""Turns bench/run.sh's measurements into bench/results/build.json and a Markdown table.

    python3 bench/report.py MEASUREMENTS.tsv MACHINE.txt OUT.json OUT.md

Medians and ratios come only from the runs of this one invocation (the machine is shared and
noisy; a ratio between tools measured at different times would mean little). "hugo+pagefind" is
the median over runs of Hugo's time plus Pagefind's time in the same run.
"""
import json
import math
import re
import statistics
import sys
from pathlib import Path

TOOLS = ["dossier", "hugo", "pagefind", "hugo+pagefind", "jbake"]
# The real site's rows: built with the chapter PDF printed, and again with it cached.
REAL = ("real", "real-cached")
STAGE = re.compile(r"^\s{2}(\w+)\s{2}.*?(\d+) ms$")
# The targets, checked against the medians of this run.
TARGETS = {
    1000: [("dossier_over_hugo_plus_pagefind", "<=", 0.5), ("jbake_over_dossier", ">=", 15.0)],
    10000: [("dossier_over_hugo", "<=", 1.0), ("dossier_peak_rss_mb", "<=", 1024)],
}


def stages(log):
    """Dossier's per-stage milliseconds from its progress output, if it printed them."""
    try:
        lines = Path(log).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    found = {m.group(1): int(m.group(2)) for m in map(STAGE.match, lines) if m}
    return found or None


def load(text):
    return [float(x) for x in text.split()]


def read(tsv):
    runs, skipped = {}, {}
    for line in Path(tsv).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        size = f[0] if f[0] in REAL else int(f[0])
        if f[2] == "skipped":
            skipped[(size, f[1])] = f[3]
            continue
        run = {"run": int(f[2]), "seconds": float(f[3]), "peak_rss_mb": round(int(f[4]) / 1024, 1),
               "exit": int(f[5]), "load_before": load(f[6]), "load_after": load(f[7])}
        if f[5] in ("124", "137"):
            # timeout's TERM (124) or, 10 s later, KILL (137): the time is a lower bound, and
            # time(1) no longer sees the killed process's peak RSS.
            run["note"] = "killed by the timeout"
            run["peak_rss_mb"] = None
        if f[1] == "dossier":
            st = stages(f[8])
            if st:
                run["stages_ms"] = st
        runs.setdefault((size, f[1]), []).append(run)
    return runs, skipped


def summary(runs):
    ok = [r for r in runs if r["exit"] == 0]
    s = {"runs": runs}
    if ok:
        s["median_s"] = round(statistics.median(r["seconds"] for r in ok), 2)
        s["peak_rss_mb"] = max(r["peak_rss_mb"] for r in ok)
    if len(ok) < len(runs):
        s["failed_runs"] = len(runs) - len(ok)
    killed = [r["seconds"] for r in runs if r.get("note") == "killed by the timeout"]
    if killed and not ok:
        s["more_than_s"] = round(min(killed))
    return s


def ratio(a, b):
    return round(a / b, 3) if a is not None and b else None


def main():
    tsv, machine_txt, out_json, out_md = sys.argv[1:5]
    machine = dict(l.split("=", 1) for l in Path(machine_txt).read_text().splitlines() if "=" in l)
    runs, skipped = read(tsv)
    sizes = sorted({k[0] for k in list(runs) + list(skipped) if k[0] not in REAL})
    result = {
        "generated": machine.pop("date"), "commit": machine.pop("commit"),
        "command": machine.pop("command"), "timeout_s": int(machine.pop("timeout_s")),
        "machine": machine, "real_site": None, "sizes": [],
    }
    if ("real", "dossier") in runs:
        result["real_site"] = {"pages": 8, "dossier": summary(runs[("real", "dossier")]),
                               "target_s": 1.5}
        med = result["real_site"]["dossier"].get("median_s")
        result["real_site"]["meets_target"] = med is not None and med <= 1.5
        if ("real-cached", "dossier") in runs:
            result["real_site"]["pdf_cached"] = summary(runs[("real-cached", "dossier")])
    for n in sizes:
        entry = {"pages": n, "tools": {}}
        for tool in ["dossier", "hugo", "pagefind", "jbake"]:
            if (n, tool) in skipped:
                entry["tools"][tool] = {"skipped": skipped[(n, tool)]}
            elif (n, tool) in runs:
                entry["tools"][tool] = summary(runs[(n, tool)])
        # Hugo + Pagefind, paired by run: Pagefind indexed the output of that very Hugo build.
        h = {r["run"]: r for r in runs.get((n, "hugo"), []) if r["exit"] == 0}
        p = {r["run"]: r for r in runs.get((n, "pagefind"), []) if r["exit"] == 0}
        pairs = sorted(set(h) & set(p))
        if pairs:
            entry["tools"]["hugo+pagefind"] = {
                "runs": [{"run": r, "seconds": round(h[r]["seconds"] + p[r]["seconds"], 2)} for r in pairs],
                "median_s": round(statistics.median(h[r]["seconds"] + p[r]["seconds"] for r in pairs), 2),
                "peak_rss_mb": max(max(h[r]["peak_rss_mb"], p[r]["peak_rss_mb"]) for r in pairs),
            }
        med = {t: v.get("median_s") for t, v in entry["tools"].items()}
        entry["ratios"] = {
            "dossier_over_hugo_plus_pagefind": ratio(med.get("dossier"), med.get("hugo+pagefind")),
            "jbake_over_dossier": ratio(med.get("jbake"), med.get("dossier")),
            "dossier_over_hugo": ratio(med.get("dossier"), med.get("hugo")),
        }
        checks = []
        for key, op, limit in TARGETS.get(n, []):
            value = (entry["tools"].get("dossier", {}).get("peak_rss_mb")
                     if key == "dossier_peak_rss_mb" else entry["ratios"][key])
            met = None if value is None else (value <= limit if op == "<=" else value >= limit)
            lower = entry["tools"].get("dossier", {}).get("more_than_s")
            if value is None and lower and key != "dossier_peak_rss_mb":
                # Dossier was killed by the timeout: the ratio is a bound, and already missed.
                other = med.get("hugo" if key == "dossier_over_hugo" else
                                "hugo+pagefind" if key == "dossier_over_hugo_plus_pagefind" else "jbake")
                if other:
                    b = lower / other if key.startswith("dossier_over") else other / lower
                    value, met = (f"> {b:.1f}" if key.startswith("dossier_over") else f"< {b:.2f}"), False
            checks.append({"what": key, "target": f"{op} {limit}", "value": value, "met": met})
        if checks:
            entry["targets"] = checks
        result["sizes"].append(entry)
    # Growth: the log-log slope of each tool's median between neighbouring sizes (1 = linear).
    for a, b in zip(result["sizes"], result["sizes"][1:]):
        slopes = {}
        for t in TOOLS:
            ta = a["tools"].get(t, {}).get("median_s")
            tb = b["tools"].get(t, {}).get("median_s")
            if ta and tb:
                slopes[t] = round(math.log(tb / ta) / math.log(b["pages"] / a["pages"]), 2)
        b["growth_exponent_from_previous_size"] = slopes
    Path(out_json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    Path(out_md).write_text(table(result), encoding="utf-8")


def cell(t):
    if t is None:
        return "–"
    if "skipped" in t:
        return "skipped"
    if "median_s" not in t:
        return f"> {t['more_than_s']} s (timeout)" if "more_than_s" in t else "failed"
    return f"{t['median_s']:.2f} s / {t['peak_rss_mb']:.0f} MB"


def table(result):
    loads = [r["load_before"][0] for s in result["sizes"] for t in s["tools"].values()
             for r in t.get("runs", []) if "load_before" in r]
    out = [f"Measured {result['generated']} on commit {result['commit']}, "
           f"{result['machine'].get('nproc')} cores, load average (1 min) "
           f"{min(loads, default=0):.1f}–{max(loads, default=0):.1f} before the builds; "
           f"`{result['command'].strip()}`. Median wall time / peak RSS.", "",
           "| pages | Dossier | Hugo | Pagefind | Hugo + Pagefind | stock JBake 2.7.0 "
           "| Dossier / (Hugo + Pagefind) | JBake / Dossier | Dossier / Hugo |",
           "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    fmt = lambda v: "–" if v is None else f"{v:.2f}"
    for s in result["sizes"]:
        t, r = s["tools"], s["ratios"]
        out.append(f"| {s['pages']:,} | {cell(t.get('dossier'))} | {cell(t.get('hugo'))} "
                   f"| {cell(t.get('pagefind'))} | {cell(t.get('hugo+pagefind'))} | {cell(t.get('jbake'))} "
                   f"| {fmt(r['dossier_over_hugo_plus_pagefind'])} | {fmt(r['jbake_over_dossier'])} "
                   f"| {fmt(r['dossier_over_hugo'])} |")
    if result["real_site"]:
        out += ["", f"Real site (8 pages), Dossier: {cell(result['real_site']['dossier'])} "
                    f"(target ≤ 1.5 s: {'met' if result['real_site']['meets_target'] else 'not met'})."]
        if result["real_site"].get("pdf_cached"):
            out[-1] += f" With the chapter PDF cached from the run before: {cell(result['real_site']['pdf_cached'])}."
    if any(s.get("targets") for s in result["sizes"]):
        out += ["", "The issue's targets, from this run's medians:", ""]
    for s in result["sizes"]:
        for c in s.get("targets", []):
            verdict = {True: "met", False: "not met", None: "not measured"}[c["met"]]
            value = "not known (the build was killed)" if c["value"] is None else c["value"]
            out.append(f"- {s['pages']:,} pages: {c['what']} {c['target']}: {value} ({verdict})")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
