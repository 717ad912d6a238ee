"""Throughput of the full parse (all layers) and of each layer, in MB of text per second.

    python benchmarks/bench_parse.py [--megabytes 1.0] [--repeat 3] [--profile]

The corpus is every bundled article (seeds/, benchmarks/devsets/*/, tests/data/**/*.txt:
some 70 articles of 0.3-2.4 KB in nb, nn, da, sv and en, about 110 KB), taken in turn as
separate articles until it holds the asked size, and parsed one by one as a user parsing a
feed would. Varied text keeps the per-word caches honest; they still warm up over the first
110 KB, as they would over a real feed.
Each layer is timed on its own: the documents are read and every earlier layer computed
first, then the layer runs over the whole corpus. "overhead" is what the full parse spends
beyond reading and the layers: language detection, contexts, warnings, the `Article`, and
the garbage collections that the objects of all layers together set off.
The warm-up figures come from a fresh interpreter: importing newsevents, then the first
parse (which loads the CLDR data and builds the lexicons), then a second parse.
Figures are for one core; `parse_many(workers=N)` scales over cores. The stages are timed in
CPU time of the process (`time.process_time`), which other jobs on a shared machine disturb
less than wall-clock time; each figure is the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import newsevents
from newsevents.extract import Context
from newsevents.languages import get_pack
from newsevents.pipeline import Parser
from newsevents.reading import read

ROOT = Path(__file__).resolve().parent.parent
GROUPS = (
    ("timexes", ("timexes",)),
    ("entities", ("entities",)),
    ("sources+quotes", ("sources", "quotes")),
    ("events", ("events",)),
)
_WARMUP = """
import time
t0 = time.perf_counter()
import newsevents
t1 = time.perf_counter()
text = open({path!r}, encoding="utf-8").read()
newsevents.parse(text)
t2 = time.perf_counter()
newsevents.parse(text)
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


BUNDLED = ("seeds/*.txt", "benchmarks/devsets/*/*.txt", "tests/data/**/*.txt")
"""Where the corpus comes from: every bundled article."""


def bundled() -> list[str]:
    """The texts of every bundled article, in a fixed order."""
    paths = [p for pattern in BUNDLED for p in sorted(ROOT.glob(pattern))]
    return [p.read_text(encoding="utf-8") for p in paths]


def corpus(megabytes: float) -> list[str]:
    """The bundled articles taken in turn until they hold ``megabytes`` of text."""
    texts = bundled()
    out: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        for t in texts:
            if size >= target:
                break
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def best_of(repeat: int, fn: Callable[[Any], object], items: list[Any]) -> float:
    """The fastest of ``repeat`` runs of ``fn`` over every item, in CPU seconds.

    Results are dropped as they come, as when parsing a feed article by article (holding
    them all would have the garbage collector walk them again and again).
    """
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        for item in items:
            fn(item)
        times.append(time.process_time() - t0)
    return min(times)


def layer_times(articles: list[str], repeat: int) -> dict[str, float]:
    """Seconds per stage over the corpus: read, each layer group, and the full parse."""
    parser = Parser()
    # the full parse first, while the process holds no read documents for the collector
    # to walk through
    full = best_of(repeat, parser.parse, articles)
    out = {"read": best_of(repeat, read, articles)}
    docs = [read(t) for t in articles]
    contexts = [Context(doc, get_pack(parser.detect(doc)[0])) for doc in docs]
    del docs
    gc.collect()
    gc.freeze()  # the prepared contexts are not garbage: keep the collector off them
    stages = {s.layer: s for s in parser.stages}

    def run_group(layers: tuple[str, ...]) -> Callable[[Context], Context]:
        # one function per group, so layers sharing a per-document analysis (sources and
        # quotes) are timed together, as a parse runs them
        def run(ctx: Context) -> Context:
            for layer in layers:
                found: dict[str, Any] = {layer: stages[layer].extract(ctx)}
                ctx = attrs.evolve(ctx, **found)
            return ctx

        return run

    for name, layers in GROUPS:
        group = run_group(layers)
        out[name] = best_of(repeat, group, contexts)
        contexts = [group(c) for c in contexts]
        gc.freeze()
    del contexts
    gc.unfreeze()
    gc.collect()
    out["parse (all layers)"] = full
    out["overhead"] = max(0.0, full - sum(v for k, v in out.items() if k != "parse (all layers)"))
    return out


def warmup(path: Path, repeat: int) -> tuple[float, float, float]:
    """Import time, first parse and second parse in a fresh interpreter (best of ``repeat``)."""
    runs = []
    for _ in range(repeat):
        res = subprocess.run(
            [sys.executable, "-c", _WARMUP.format(path=str(path))],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(tuple(float(x) for x in res.stdout.split()))
    return min(r[0] for r in runs), min(r[1] for r in runs), min(r[2] for r in runs)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--megabytes", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    args = ap.parse_args(argv)
    articles = corpus(args.megabytes)
    mb = sum(len(t.encode("utf-8")) for t in articles) / 1_000_000
    print(f"corpus: {len(articles)} articles, {mb:.2f} MB")
    for name, secs in layer_times(articles, args.repeat).items():
        per = secs / len(articles) * 1e6
        rate = f"{mb / secs:8.2f} MB/s" if secs > 0 else " " * 13
        print(f"{name:20s} {rate}  {per:7.0f} µs/article  ({secs:.2f} s)")
    first = sorted(ROOT.glob("seeds/*.txt"))[0]
    imp, first_parse, second = warmup(first, args.repeat)
    print(
        f"warm-up: import {imp * 1e3:.0f} ms, first parse {first_parse * 1e3:.0f} ms, "
        f"second parse {second * 1e3:.1f} ms ({first.name})"
    )
    tracemalloc.start()
    for text in articles[:200]:
        newsevents.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory parsing 200 articles one by one: {peak / 1e6:.1f} MB")
    big = " date 2022-11 " + " ".join(articles)[: int(args.megabytes * 1_000_000)].replace(
        "\n", " "
    )
    t0 = time.perf_counter()
    newsevents.parse(big)
    secs = time.perf_counter() - t0
    print(f"one {len(big) / 1e6:.1f} MB single-line article: {secs:.2f} s")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for text in articles:
            newsevents.parse(text)
        prof.disable()
        stats: Any = pstats.Stats(prof, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
