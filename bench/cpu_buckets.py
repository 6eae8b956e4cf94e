#!/usr/bin/env python3
"""Where a build's CPU goes: async-profiler's collapsed stacks, summed by what the work is for.

    bench/cpu_buckets.py PROFILE INTERVAL_MS [TITLE]

PROFILE is async-profiler's `collapsed` output (one line per stack: frames joined by ';', a space,
the sample count); INTERVAL_MS the sampling interval it ran with, so that samples become seconds.
Prints a Markdown table, largest first. Each stack goes into the first bucket below that one of
its frames belongs to, so the order matters: the PDF printed inside the offline bundle is counted
as PDF, a page checked inside the bundle as the offline copy's. Work handed to helper threads
(Parallel, ParallelBlocks, parallel streams) has no frame of the stage that handed it out, so the
buckets name the classes that do the work too; the one thing they cannot tell apart is the link
pass of the output check on a helper thread, which counts as the hosted site's whichever site it
checks. Stacks with Dossier's code that match no bucket are listed as such, so that nothing of
Dossier's is counted as the JVM's; the rest is the JVM's own start, class loading, idle threads
and the kernel.
"""
import sys

# (bucket, substrings of a frame). Frames are 'package/Class.method' for Java and the symbol for
# native code (libz, the JVM's C++ functions, kernel functions ending in _[k]).
SEARCH = "nl/dossier/search/"
BUCKETS = [
    ("search: browser export (hosted site and copy)",
     [SEARCH + c for c in ("BrowserExport", "WordShard", "Excerpts", "StemPostings", "PostingHeads", "PostingCodec",
                           "Showcase", "SectionCatalog", "TextChunks", "ShardPlan")]),
    ("chapter PDF", ["nl/dossier/pdf/"]),
    ("offline copy: render, check, zip",
     ["nl/dossier/bundle/", "nl/dossier/bake/SiteRender.html", "nl/dossier/check/OutputChecker$InMemory"]),
    ("search: sections, Dutch analysis, Lucene index", [SEARCH]),
    ("hosted site: bake (templates, files)", ["nl/dossier/bake/Bakery.bake", "nl/dossier/bake/SiteRender.writeAll", "nl/dossier/bake/SiteRender.lambda$render",
                                               "nl/dossier/bake/AssetCopier"]),
    ("hosted site: check", ["nl/dossier/check/"]),
    ("load, link, Markdown parse and render",
     ["nl/dossier/load/", "nl/dossier/link/", "nl/dossier/render/", "nl/dossier/build/Pipeline"]),
    ("templates set-up", ["nl/dossier/bake/Bakery.prepare"]),
    ("JVM: JIT compiler", ["CompileBroker", "Compilation::", "C1Compiler", "C2Compiler"]),
    ("JVM: garbage collector",
     ["PSPromotion", "PSParallelCompact", "ParCompaction", "PSScavenge", "ScavengeRoots", "GCTask", "ParallelCompact",
      "PSCardTable", "PSRootsClosure", "OopOopIterate", "ParMarkBitMap", "ParallelScavengeHeap", "PSPushContents",
      "StealTask", "MarkFromRootsTask", "WeakProcessor", "G1", "SerialHeap"]),
]
OTHER_DOSSIER = "other Dossier code"
OTHER = "JVM start, class loading, threads, kernel"


def bucket_of(frames):
    for name, keys in BUCKETS:
        if any(key in frame for frame in frames for key in keys):
            return name
    return OTHER_DOSSIER if any(frame.startswith("nl/dossier/") for frame in frames) else OTHER


def dossier_keys():
    """The keys that name Dossier's own packages or classes (a test checks that each still exists)."""
    return sorted({key for _, keys in BUCKETS for key in keys if key.startswith("nl/dossier/")})


def buckets(lines):
    """{bucket: samples} and the total, from collapsed-stack lines."""
    counts = {}
    total = 0
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        stack, _, n = line.rpartition(" ")
        try:
            samples = int(n)
        except ValueError:
            raise SystemExit(f"not a collapsed stack (no sample count at the end): {line[:80]}")
        total += samples
        name = bucket_of(stack.split(";"))
        counts[name] = counts.get(name, 0) + samples
    return counts, total


def table(counts, total, interval_ms, title="work"):
    rows = [f"| {title} | CPU | share |", "| --- | ---: | ---: |"]
    for name, samples in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {name} | {samples * interval_ms / 1000:.2f} s | {100 * samples / total:.0f} % |")
    rows.append(f"| total | {total * interval_ms / 1000:.2f} s | 100 % |")
    return "\n".join(rows)


def main(argv):
    if len(argv) not in (3, 4):
        raise SystemExit(__doc__)
    profile, interval = argv[1], float(argv[2])
    with open(profile, encoding="utf-8", errors="replace") as f:
        counts, total = buckets(f)
    if total == 0:
        raise SystemExit(f"{profile}: no samples")
    print(table(counts, total, interval, argv[3] if len(argv) == 4 else "work"))


if __name__ == "__main__":
    main(sys.argv)
