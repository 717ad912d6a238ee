"""Throughput of the full parse (all layers) and of reading alone, in MB of text per second.

    python benchmarks/bench_parse.py [--megabytes 1.0] [--repeat 3] [--profile]

The corpus is the bundled seeds and test articles, repeated as separate articles until it
holds the asked size. Figures are for one core; `parse_many(workers=N)` scales over cores.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
import tracemalloc
from pathlib import Path

import newsevents
from newsevents.reading import read

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float) -> list[str]:
    """Articles from seeds/ and tests/data/, repeated up to ``megabytes`` of text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/data/*.txt"))]
    out: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def best_of(repeat: int, fn: object, articles: list[str]) -> float:
    """The fastest of ``repeat`` runs of ``fn`` over every article, in seconds."""
    assert callable(fn)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in articles:
            fn(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--megabytes", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    args = ap.parse_args(argv)
    articles = corpus(args.megabytes)
    mb = sum(len(t.encode("utf-8")) for t in articles) / 1_000_000
    print(f"corpus: {len(articles)} articles, {mb:.2f} MB")
    for name, fn in (("read", read), ("parse (all layers)", newsevents.parse)):
        secs = best_of(args.repeat, fn, articles)
        print(f"{name:20s} {mb / secs:6.2f} MB/s  ({secs:.2f} s)")
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
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
