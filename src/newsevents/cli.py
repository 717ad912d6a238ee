"""The ``newsevents`` command: parse files, folders or standard input.

``newsevents parse`` prints whole articles, ``newsevents events`` their events and
``newsevents timeline`` the events of all the articles linked into one timeline. Results go to
standard output (a readable table on a terminal, JSON Lines, JSON or CSV otherwise); problems
to standard error. Exit codes: 0 all parsed, 1 some inputs failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import newsevents
from newsevents.corpus import Corpus, EventCluster
from newsevents.languages import get_pack

__all__ = ["main"]


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """(name, path) per input; path ``None`` stands for standard input."""
    for raw in paths:
        if raw == "-":
            yield "<stdin>", None
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*.txt")):
                yield str(f), f
        else:
            yield str(p), p


def _parse_one(
    parser: newsevents.Parser, path: Path | None, language: str | None
) -> newsevents.Article:
    if path is None:
        return parser.parse(sys.stdin.buffer.read(), language=language, id="stdin")
    return parser.parse_file(path, language=language)


def _summary(article: newsevents.Article, out: TextIO) -> None:
    date = article.date.value if article.date else "undated"
    out.write(f"== {article.id}  [{article.language}, {date}]  {article.headline or ''}\n")
    for q in article.quotes:
        who = q.speaker.name if q.speaker else "?"
        out.write(f"  quote    {q.kind.value:8s} {who}: {q.text[:90]}\n")
    for s in article.sources:
        out.write(f"  source   {s.kind.value:12s} {s.name}\n")
    for t in article.timexes:
        bounds = f"[{t.earliest} .. {t.latest}]"
        out.write(f"  time     {t.text!r} -> {t.value} {bounds} {t.granularity.value}\n")
    for e in article.events:
        who = ", ".join(p.name for p in e.participants)
        when = e.time.value if e.time else "-"
        out.write(f"  event    {e.type.value:10s} {e.status.value:12s} {when:10s} {who}\n")
    for n in article.entities:
        out.write(f"  entity   {n.type.value:12s} {n.name} ({len(n.mentions)})\n")
    for w in article.warnings:
        out.write(f"  warning  {w}\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    parser = newsevents.Parser(strict=args.strict)
    failed = 0
    out = sys.stdout
    collected: list[dict[str, object]] = []
    for name, path in _inputs(args.paths):
        try:
            article = _parse_one(parser, path, args.language)
        except (OSError, newsevents.NewsEventsError) as exc:
            print(f"newsevents: {name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "jsonl":
            out.write(newsevents.dumps(article) + "\n")
            out.flush()
        elif args.format == "json":
            collected.append(newsevents.to_dict(article))
        else:
            _summary(article, out)
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return 1 if failed else 0


def _articles(args: argparse.Namespace) -> tuple[list[newsevents.Article], int]:
    """Parse every input; problems go to standard error and are counted."""
    parser = newsevents.Parser(strict=args.strict)
    out: list[newsevents.Article] = []
    failed = 0
    for name, path in _inputs(args.paths):
        try:
            out.append(_parse_one(parser, path, args.language))
        except (OSError, newsevents.NewsEventsError) as exc:
            print(f"newsevents: {name}: {exc}", file=sys.stderr)
            failed += 1
    return out, failed


def _format(args: argparse.Namespace) -> str:
    if args.format != "auto":
        return str(args.format)
    return "table" if sys.stdout.isatty() else "jsonl"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _when(value: str | None, earliest: object, latest: object) -> str:
    """A date for people: the value when it is complete, else the bounds (EDTF interval)."""
    if value and "X" not in value:
        return value
    if earliest is None and latest is None:
        return value or "-"
    return f"{earliest or '..'}/{latest or '..'}"


def _write_table(rows: list[list[str]], header: list[str], out: TextIO) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    out.write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _write_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    fields: list[str] = []
    for r in rows:
        fields.extend(k for k in r if k not in fields)
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _cell(v) for k, v in r.items()})


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _cmd_events(args: argparse.Namespace) -> int:
    articles, failed = _articles(args)
    fmt = _format(args)
    out = sys.stdout
    if fmt == "csv":
        _write_csv(list(newsevents.to_records(articles, "events")), out)
        return 1 if failed else 0
    rows: list[dict[str, Any]] = []
    for art in articles:
        for index, event in enumerate(art.events):
            rows.append({"article": art.id, "index": index, **newsevents.to_dict(event)})
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        table = []
        for row in rows:
            time = row["time"] or {}
            who = ", ".join(f"{p['name']} ({p['role']})" for p in row["participants"])
            place = (row["place"] or {}).get("name") or ""
            table.append(
                [
                    str(row["article"]),
                    _when(time.get("value"), time.get("earliest"), time.get("latest")),
                    row["type"],
                    row["status"],
                    _cut(who, 48),
                    _cut(place, 16),
                    _cut(row["text"], 60),
                ]
            )
        header = ["article", "time", "type", "status", "participants", "place", "evidence"]
        _write_table(table, header, out)
    return 1 if failed else 0


def _cluster_row(corpus: Corpus, cluster: EventCluster) -> dict[str, Any]:
    t = cluster.time
    kinds = [x.kind for x in corpus.contradictions if x.cluster == cluster.id]
    return {
        "cluster": cluster.id,
        "time": t.value if t else None,
        "earliest": t.earliest.isoformat() if t and t.earliest else None,
        "latest": t.latest.isoformat() if t and t.latest else None,
        "type": cluster.type.value,
        "status": cluster.status.value,
        "participants": list(cluster.participants),
        "place": cluster.place,
        "articles": list(dict.fromkeys(m.article for m in cluster.members)),
        "reports": len(cluster.members),
        "contradictions": kinds,
    }


def _cmd_timeline(args: argparse.Namespace) -> int:
    articles, failed = _articles(args)
    corpus = Corpus(articles)
    fmt = _format(args)
    out = sys.stdout
    rows = [_cluster_row(corpus, c) for c in corpus]
    if fmt == "json":
        json.dump(newsevents.to_dict(corpus), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_csv(rows, out)
    else:
        table = [
            [
                r["cluster"],
                _when(r["time"], r["earliest"], r["latest"]),
                r["type"],
                r["status"],
                _cut(", ".join(r["participants"]), 48),
                _cut(r["place"] or "", 16),
                str(r["reports"]),
                "!" + ",".join(r["contradictions"]) if r["contradictions"] else "",
            ]
            for r in rows
        ]
        header = ["cluster", "time", "type", "status", "participants", "place", "reports", ""]
        _write_table(table, header, out)
        for x in corpus.contradictions:
            out.write(f"! {x.cluster} {x.kind}: {x.description}\n")
    return 1 if failed else 0


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="files, folders (every *.txt below) or - for stdin")
    p.add_argument(
        "--format",
        choices=("auto", "table", "jsonl", "json", "csv"),
        default="auto",
        help="output format (default: a table on a terminal, JSON Lines otherwise)",
    )
    p.add_argument("--language", help="the articles' language tag instead of detecting it")
    p.add_argument("--strict", action="store_true", help="fail on a missing or bad date header")


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    ap = argparse.ArgumentParser(prog="newsevents", description=__doc__.split("\n")[0])
    ap.add_argument("--version", action="version", version=f"newsevents {newsevents.__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles and print what they hold")
    p.add_argument("paths", nargs="+", help="files, folders (every *.txt below) or - for stdin")
    p.add_argument("--format", choices=("jsonl", "json", "summary"), default="jsonl")
    p.add_argument("--language", help="the articles' language tag instead of detecting it")
    p.add_argument("--strict", action="store_true", help="fail on a missing or bad date header")
    p.set_defaults(func=_cmd_parse)
    e = sub.add_parser("events", help="list the events of articles")
    _add_common(e)
    e.set_defaults(func=_cmd_events)
    t = sub.add_parser("timeline", help="link articles and list their events in time order")
    _add_common(t)
    t.set_defaults(func=_cmd_timeline)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    ap = build_parser()
    args = ap.parse_args(argv)
    try:
        if args.language is not None:
            get_pack(args.language)  # a bad --language is bad usage, before any input is read
        code: int = args.func(args)
    except newsevents.UnknownLanguageError as exc:
        print(f"newsevents: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
