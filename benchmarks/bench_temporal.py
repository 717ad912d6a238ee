"""The time layer against dateparser's ``search_dates`` on the same texts.

    python benchmarks/bench_temporal.py [--repeat 3] [--show]

For each article (the seeds and the test articles in nb, nn, da and sv) both tools look for
temporal expressions, resolved against the article's date. The script prints throughput
(characters per second, the time layer alone on already-read documents, and dateparser on
the raw text) and what each finds; where gold annotations are available (the seeds, with
``../shared/expected``), it also prints how many gold expressions each finds and how many
values each gets right, judged as ``../shared/tools/score.py`` does.

dateparser is a benchmark-only dependency (``pip install dateparser``); without it the script
reports the time layer alone. newsevents never imports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsevents
from newsevents.extract import Context, extract_timexes
from newsevents.languages import detect_language, get_pack
from newsevents.reading import Document, read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load() -> list[tuple[str, str]]:
    """(name, text) of every bundled article."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def ours(docs: list[tuple[Document, str]]) -> list[list[dict[str, Any]]]:
    """The time layer on read documents: one list of found expressions per article."""
    out = []
    for doc, lang in docs:
        found = extract_timexes(Context(doc, get_pack(lang)))
        out.append(
            [
                {
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "value": t.value,
                    "earliest": t.earliest.isoformat() if t.earliest else None,
                    "latest": t.latest.isoformat() if t.latest else None,
                }
                for t in found
            ]
        )
    return out


def theirs(docs: list[tuple[Document, str]]) -> list[list[dict[str, Any]]]:
    """dateparser's ``search_dates`` on the body of each article, relative to its date."""
    from dateparser.search import search_dates

    out = []
    for doc, lang in docs:
        body_start = doc.header.end if doc.header else 0
        body = doc.text[body_start:]
        base = doc.date.earliest if doc.date and doc.date.earliest else dt.date(2000, 1, 1)
        settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)}
        code = "nb" if lang == "nn" else lang
        try:
            hits = search_dates(body, languages=[code], settings=settings) or []
        except Exception:  # a crash finds nothing
            hits = []
        found = []
        pos = 0
        for text, when in hits:
            at = body.find(text, pos)
            if at < 0:
                at = body.find(text)
            if at >= 0:
                pos = at + len(text)
            start = body_start + max(at, 0)
            day = when.date().isoformat()
            found.append(
                {
                    "start": start,
                    "end": start + len(text),
                    "text": text,
                    "value": day,
                    "earliest": day,
                    "latest": day,
                }
            )
        out.append(found)
    return out


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The best time of ``repeat`` runs, and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def against_gold(names: list[str], texts: list[str], preds: list[list[dict[str, Any]]]) -> str:
    """Found / gold and right values, judged as the project's scorer does."""
    gold_dir = SHARED / "expected"
    scorer = SHARED / "tools" / "score.py"
    if not gold_dir.is_dir() or not scorer.is_file():
        return "no gold annotations"
    spec = importlib.util.spec_from_file_location("score", scorer)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tp = n_gold = n_pred = right = judged = 0
    for name, text, pred in zip(names, texts, preds, strict=True):
        path = gold_dir / f"{name}.json"
        if not path.is_file():
            continue
        gold = score.load_gold(text, json.loads(path.read_text(encoding="utf-8")))["timex"]
        pairs = score.greedy(gold, pred, lambda g, p: score._dice(g["span"], score._pspan(p)), 0.01)
        tp += len(pairs)
        n_gold += len(gold)
        n_pred += len(pred)
        for g, p in pairs:
            ok = score.value_ok(g, p)
            if ok is not None:
                judged += 1
                right += bool(ok)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return (
        f"found {tp}/{n_gold} gold, predicted {n_pred} (P={prec:.2f} R={rec:.2f} F1={f1:.2f}), "
        f"values right {right}/{judged}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--show", action="store_true", help="list what each tool finds")
    args = ap.parse_args(argv)
    articles = load()
    names = [n for n, _ in articles]
    texts = [t for _, t in articles]
    docs = [(read(t), detect_language(t)[0]) for t in texts]
    chars = sum(len(t) for t in texts)
    print(f"newsevents {newsevents.__version__}: {len(texts)} articles, {chars} characters")

    secs, mine = timed(lambda: ours(docs), args.repeat)
    print(f"newsevents time layer: {chars / secs:,.0f} chars/s, {sum(map(len, mine))} expressions")
    print(f"  on the seeds: {against_gold(names, texts, mine)}")

    if importlib.util.find_spec("dateparser") is None:
        print("dateparser: not installed (pip install dateparser) - comparison skipped")
        return 0
    theirs(docs[:1])  # load dateparser's language data outside the timing
    dsecs, other = timed(lambda: theirs(docs), max(1, args.repeat // 3))
    print(f"dateparser search_dates: {chars / dsecs:,.0f} chars/s, {sum(map(len, other))} found")
    print(f"  on the seeds: {against_gold(names, texts, other)}")
    print(f"speed-up: {dsecs / secs:,.0f}x")
    if args.show:
        for name, a, b in zip(names, mine, other, strict=True):
            print(f"== {name}")
            print("  newsevents:", ", ".join(f"{x['text']!r}={x['value']}" for x in a) or "-")
            print("  dateparser:", ", ".join(f"{x['text']!r}={x['value']}" for x in b) or "-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
