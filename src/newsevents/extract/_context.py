"""What an extractor sees: the document, its language pack and the layers computed before."""

from __future__ import annotations

from typing import Protocol, TypeVar

import attrs

from newsevents.languages import LanguagePack
from newsevents.model import Entity, Event, Quote, Source, Timex
from newsevents.reading import Document

__all__ = ["Context", "Extractor"]

T_co = TypeVar("T_co", covariant=True)


@attrs.frozen
class Context:
    """The input of an extractor: layers not yet computed are empty tuples.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> ctx = Context(read(" date 2022-01 Hei."), get_pack("nb"))
        >>> ctx.timexes
        ()
    """

    doc: Document
    pack: LanguagePack
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Entity, ...] = ()
    sources: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()


class Extractor(Protocol[T_co]):
    """A layer: a pure function from a `Context` to a tuple of model objects."""

    def __call__(self, ctx: Context, /) -> tuple[T_co, ...]: ...
