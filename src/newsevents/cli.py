"""The ``newsevents`` command: parse files, folders or standard input.

Results go to standard output (JSON Lines by default, so they stream); progress and
problems to standard error. Exit codes: 0 all parsed, 1 some inputs failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import newsevents

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


def _parse_one(parser: newsevents.Parser, path: Path | None, language: str | None) -> newsevents.Article:
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
        out.write(f"  time     {t.text!r} -> {t.value} [{t.earliest} .. {t.latest}] {t.granularity.value}\n")
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
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    ap = build_parser()
    args = ap.parse_args(argv)
    try:
        code: int = args.func(args)
    except newsevents.UnknownLanguageError as exc:
        print(f"newsevents: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
