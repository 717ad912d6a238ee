"""A small stand-in for the timex layer, used by events only when that layer found nothing.

It knows years (``i 2014``), day and month (``24. januar``), month names (``i februar``)
and weekdays (resolved to the article's own date interval). Month and weekday names come
from CLDR through babel.
"""

from __future__ import annotations

import datetime as dt
import functools

import babel

from newsevents.model import Granularity, PartialDate, Timex, TimexType
from newsevents.reading import Document

__all__ = ["fallback_timexes"]


@functools.cache
def _names(locale: str) -> tuple[dict[str, int], frozenset[str]]:
    loc = babel.Locale.parse(locale)
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in loc.months[context]["wide"].items():
            months[str(name).casefold()] = int(number)
    days = frozenset(
        str(name).casefold()
        for context in ("format", "stand-alone")
        for name in loc.days[context]["wide"].values()
    )
    return months, days


def fallback_timexes(doc: Document, locale: str) -> tuple[Timex, ...]:
    """Years, dates, months and weekdays of the document, resolved against its date.

    Examples:
        >>> from newsevents.reading import read
        >>> doc = read(" date 2022-11 Russland invaderte Ukraina i februar.")
        >>> [t.value for t in fallback_timexes(doc, "nb_NO")]
        ['2022-02']
    """
    months, days = _names(locale)
    anchor = doc.date
    tokens, lowered = doc.tokens, doc.lowered
    out: list[Timex] = []
    skip_before = doc.header.end if doc.header else 0
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.start < skip_before:
            i += 1
            continue
        low = lowered[i]
        if tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100:
            out.append(_timex(doc, tok.start, tok.end, PartialDate.year(int(tok.text))))
        elif (
            tok.text.isdigit()
            and len(tok.text) <= 2
            and i + 2 < n
            and tokens[i + 1].text == "."
            and lowered[i + 2] in months
            and anchor is not None
            and anchor.earliest is not None
        ):
            month = months[lowered[i + 2]]
            year = _year(anchor, month)
            try:
                day = dt.date(year, month, int(tok.text))
            except ValueError:
                i += 1
                continue
            out.append(_timex(doc, tok.start, tokens[i + 2].end, PartialDate.day(day)))
            i += 3
            continue
        elif low in months and anchor is not None and anchor.earliest is not None:
            month = months[low]
            out.append(
                _timex(doc, tok.start, tok.end, PartialDate.month(_year(anchor, month), month))
            )
        elif low in days and anchor is not None:
            out.append(_timex(doc, tok.start, tok.end, anchor))
        i += 1
    return tuple(out)


def _year(anchor: PartialDate, month: int) -> int:
    """The year of a month named without one: the latest not after the article's date."""
    assert anchor.earliest is not None
    year = anchor.earliest.year
    if anchor.granularity is not Granularity.YEAR and month > anchor.earliest.month:
        return year - 1
    return year


def _timex(doc: Document, start: int, end: int, when: PartialDate) -> Timex:
    return Timex(
        start,
        end,
        doc.text[start:end],
        TimexType.DATE,
        when.value,
        when.earliest,
        when.latest,
        when.granularity,
        "article",
    )
