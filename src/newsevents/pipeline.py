"""The `Parser`: reading, language identification and the extractor layers, composed."""

from __future__ import annotations

import concurrent.futures
import os
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import attrs

from newsevents.extract import (
    Context,
    Extractor,
    extract_entities,
    extract_events,
    extract_quotes,
    extract_sources,
    extract_timexes,
)
from newsevents.languages import detect_language, detect_tokens, get_pack
from newsevents.languages._detect import DETECT_CHARS
from newsevents.model import Article, BlockKind, PartialDate
from newsevents.reading import Document, parse_header, read

__all__ = ["LAYERS", "Parser", "Stage", "parse", "parse_file", "parse_many", "plugin_stages"]

LAYERS = ("timexes", "entities", "sources", "quotes", "events")
"""The layers of an article, in the order they are computed."""

_TEXT_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.HEADING})


@attrs.frozen
class Stage:
    """One layer of the parse: which `Context` field it fills, and the function that does.

    Examples:
        >>> Stage("timexes", extract_timexes).layer
        'timexes'
    """

    layer: str = attrs.field(validator=attrs.validators.in_(LAYERS))
    extract: Extractor[object]


DEFAULT_STAGES = (
    Stage("timexes", extract_timexes),
    Stage("entities", extract_entities),
    Stage("sources", extract_sources),
    Stage("quotes", extract_quotes),
    Stage("events", extract_events),
)


def plugin_stages(group: str = "newsevents.rules") -> tuple[Stage, ...]:
    """The stages other installed packages register under the entry-point group ``group``.

    Each entry point names a `Stage` (or a callable returning one). A plug-in that fails to
    load raises: a parse that silently lacks a rule its user installed would be worse.

    Examples:
        >>> plugin_stages("no.such.group")
        ()
    """
    found: list[Stage] = []
    for ep in entry_points(group=group):
        obj = ep.load()
        stage = obj() if callable(obj) and not isinstance(obj, Stage) else obj
        if not isinstance(stage, Stage):
            msg = f"entry point {ep.name!r} in {group!r} gives {type(stage).__name__}, not a Stage"
            raise TypeError(msg)
        found.append(stage)
    return tuple(found)


def _coerce_date(value: str | PartialDate | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    date, _, _ = parse_header(f" date {value} ", strict=True)
    return date


@attrs.frozen
class Parser:
    """A configured parser. Frozen and picklable: customise with `attrs.evolve`.

    Attributes:
        language: a language tag to use for every article instead of detecting it.
        candidates: the languages detection may choose among (default: every installed pack).
        strict: raise `ParseError` on a missing or malformed header instead of warning.
        stages: the extractor layers to run; drop or replace one to change the parse.

    Examples:
        >>> import attrs
        >>> p = Parser(language="nb")
        >>> no_events = attrs.evolve(p, stages=p.stages[:-1])
        >>> no_events.parse(" date 2022-01 Blinken møtte Lavrov fredag.").events
        ()
    """

    language: str | None = None
    candidates: tuple[str, ...] | None = None
    strict: bool = False
    stages: tuple[Stage, ...] = DEFAULT_STAGES

    def with_plugins(self, group: str = "newsevents.rules") -> Parser:
        """This parser with the stages of installed plug-ins (see `plugin_stages`).

        A plug-in stage replaces the stage of the same layer (it may call the built-in
        extractor and add to or filter its result); a layer no stage fills yet is added in
        the canonical order of `LAYERS`.

        Examples:
            >>> Parser().with_plugins("no.such.group") == Parser()
            True
        """
        stages = {s.layer: s for s in self.stages}
        for stage in plugin_stages(group):
            stages[stage.layer] = stage
        ordered = tuple(stages[layer] for layer in LAYERS if layer in stages)
        return attrs.evolve(self, stages=ordered)

    def parse(
        self,
        source: str | bytes,
        *,
        language: str | None = None,
        date: str | PartialDate | None = None,
        id: str | None = None,
    ) -> Article:
        """Parse one article (text, or bytes to be decoded).

        Args:
            source: the article, `` date YYYY-MM `` header first.
            language: the article's language tag; detected from the text when not given.
            date: the article's date (``"2022-11"`` or a `PartialDate`), overriding the header.
            id: an identifier carried into the result.

        Raises:
            TypeError: ``source`` is neither text nor bytes.
            ParseError: undecodable bytes; in strict mode also a missing or malformed header.
            UnknownLanguageError: no pack serves ``language``.

        Examples:
            >>> Parser().parse(" date 2021-04 Hun siger, at mødet er aflyst.").language
            'da'
        """
        if not isinstance(source, str | bytes):
            msg = f"parse() takes str or bytes, not {type(source).__name__}"  # type: ignore[unreachable]
            raise TypeError(msg)
        doc = read(source, date=_coerce_date(date), strict=self.strict)
        warnings = list(doc.warnings)
        code = language or self.language
        if code is None:
            code, warning = self.detect(doc)
            if warning:
                warnings.append(warning)
        pack = get_pack(code)
        ctx = Context(doc, pack)
        layers: dict[str, Any] = {}
        for stage in self.stages:
            layers[stage.layer] = stage.extract(ctx)
            ctx = Context(doc, pack, **layers)
        return Article(
            text=doc.text,
            language=pack.code,
            date=doc.date,
            id=id,
            headline=doc.headline,
            blocks=doc.blocks,
            quotes=ctx.quotes,
            sources=ctx.sources,
            timexes=ctx.timexes,
            events=ctx.events,
            entities=ctx.entities,
            warnings=tuple(warnings),
        )

    def detect(self, doc: Document) -> tuple[str, str | None]:
        """The language of a read document (from its text blocks), and a warning if unsure.

        Examples:
            >>> from newsevents.reading import read
            >>> Parser().detect(read(" date 2022-01 Han sa att mötet var bra."))
            ('sv', None)
        """
        spans = [c for b, c in zip(doc.blocks, doc.content, strict=True) if b.kind in _TEXT_KINDS]
        size = sum(c.end - c.start for c in spans) + max(0, len(spans) - 1)
        if size <= DETECT_CHARS:
            # the reader's tokens of those blocks: no second pass over the text
            lowered = doc.lowered
            words: list[str] = []
            for c in spans:
                r = doc.token_range(c.start, c.end)
                words.extend(lowered[r.start : r.stop])
            code, confidence = detect_tokens(words, self.candidates)
            blank = not words
        else:
            body = " ".join(c.text for c in spans)
            code, confidence = detect_language(body, self.candidates)
            blank = not body.strip()
        if confidence == 0.0 and not blank:
            return code, f"language not recognised; assumed {code!r}"
        return code, None

    def parse_file(self, path: str | os.PathLike[str], *, language: str | None = None) -> Article:
        """Parse a file; its name without extension becomes the article's id.

        Raises:
            OSError: the file cannot be read.
            ParseError: its bytes are not text, or (strict) its header is bad.

        Examples:
            >>> import pathlib, tempfile
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "a1.txt"
            >>> _ = p.write_text(" date 2022-11 Han sier at det regner.", encoding="utf-8")
            >>> Parser().parse_file(p).id
            'a1'
        """
        p = Path(path)
        return self.parse(p.read_bytes(), language=language, id=p.stem)

    def parse_many(
        self, items: Iterable[str | bytes | os.PathLike[str]], *, workers: int = 1
    ) -> Iterator[Article]:
        """Parse many articles lazily, in order; paths are read as files.

        With ``workers > 1`` articles are parsed in that many processes.

        Examples:
            >>> texts = [" date 2022-01 Det regner.", " date 2022-02 Det snør."]
            >>> [a.date.value for a in Parser().parse_many(texts)]
            ['2022-01', '2022-02']
        """
        if workers <= 1:
            for item in items:
                yield self._parse_item(item)
            return
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(self._parse_item, items, chunksize=8)

    def _parse_item(self, item: str | bytes | os.PathLike[str]) -> Article:
        if isinstance(item, str | bytes):
            return self.parse(item)
        return self.parse_file(item)


_DEFAULT = Parser()


def parse(
    source: str | bytes,
    *,
    language: str | None = None,
    date: str | PartialDate | None = None,
    id: str | None = None,
) -> Article:
    """Parse one dated article with the default `Parser`.

    Examples:
        >>> import newsevents
        >>> a = newsevents.parse(" date 2022-01 Blinken sa fredag at samtalene var nyttige.")
        >>> a.language, a.date.value
        ('nb', '2022-01')
    """
    return _DEFAULT.parse(source, language=language, date=date, id=id)


def parse_file(path: str | os.PathLike[str], *, language: str | None = None) -> Article:
    """Parse a file with the default `Parser` (see `Parser.parse_file`)."""
    return _DEFAULT.parse_file(path, language=language)


def parse_many(
    items: Iterable[str | bytes | os.PathLike[str]], *, workers: int = 1
) -> Iterator[Article]:
    """Parse many articles lazily with the default `Parser` (see `Parser.parse_many`)."""
    return _DEFAULT.parse_many(items, workers=workers)
