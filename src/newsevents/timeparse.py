"""Temporal expressions on their own: `parse_time`, and TIMEX3 and EDTF renderings of values.

`parse_time` runs the time layer of `newsevents.parse` on any text against a reference date
you give (an article date, often known only to the month), in any installed language.
`to_timex3` and `to_edtf` render a `Timex` (or a `PartialDate`) for other tools: TimeML
TIMEX3 elements, and Extended Date/Time Format strings (Library of Congress EDTF, ISO
8601-2) in which an honest interval stays an interval or a set of candidate days.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape, quoteattr

from newsevents.extract._time_lexicon import lexicon
from newsevents.extract.temporal import resolve_document
from newsevents.languages import get_pack
from newsevents.model import BlockKind, Granularity, PartialDate, Timex, TimexType
from newsevents.reading import parse_header, read

__all__ = ["parse_time", "to_edtf", "to_timex3"]

_WEEKDAY_VALUE = re.compile(r"(\d{4}|XXXX)-WXX-([1-7])")
_EDTF_PLAIN = re.compile(r"[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?")
_SEASON_EDTF = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
_ONLY_HEADER = frozenset({BlockKind.HEADER})


def parse_time(
    text: str,
    reference: str | PartialDate | None = "2022-11",
    language: str = "nb",
) -> tuple[Timex, ...]:
    """The temporal expressions of ``text``, resolved against ``reference``.

    Args:
        text: any text; offsets in the result index into it.
        reference: the date the text was written (``"2022-11"``, ``"2022-01-21"``,
            ``"2021"`` or a `PartialDate`); ``None`` leaves relative expressions unresolved.
        language: a language tag served by an installed pack (``nb``, ``nn``, ``da``, ``sv``,
            ``en``).

    Raises:
        ParseError: ``reference`` is not a date.
        UnknownLanguageError: no pack serves ``language``.

    Examples:
        >>> [(t.text, t.value) for t in parse_time("Han kom i forrige måned og ble i tre timer.")]
        [('i forrige måned', '2022-10'), ('i tre timer', 'PT3H')]
        >>> t = parse_time("Hun sa fredag at ...", reference="2022-01")[0]
        >>> t.value, t.earliest, t.latest
        ('XXXX-WXX-5', datetime.date(2021, 12, 31), datetime.date(2022, 1, 28))
    """
    pack = get_pack(language)
    if reference is None or isinstance(reference, PartialDate):
        date = reference
    else:
        date = parse_header(f" date {reference} ", strict=True)[0]
    doc = read(text, date=date)
    return resolve_document(doc, lexicon(pack), skip=_ONLY_HEADER)


def to_timex3(timex: Timex, tid: str = "t1") -> str:
    """A TimeML ``<TIMEX3>`` element for ``timex``.

    Examples:
        >>> t = parse_time("i forrige måned")[0]
        >>> to_timex3(t)
        '<TIMEX3 tid="t1" type="DATE" value="2022-10" anchorTimeID="t0">i forrige måned</TIMEX3>'
    """
    attrs = [f"tid={quoteattr(tid)}", f"type={quoteattr(timex.type.value.upper())}"]
    if timex.value is not None:
        attrs.append(f"value={quoteattr(timex.value)}")
    if isinstance(timex.anchor, int):
        attrs.append(f"anchorTimeID={quoteattr(f't@{timex.anchor}')}")
    elif timex.anchor == "article":
        attrs.append('anchorTimeID="t0"')
    return f"<TIMEX3 {' '.join(attrs)}>{escape(timex.text)}</TIMEX3>"


def to_edtf(item: Timex | PartialDate) -> str | None:
    """An EDTF string for a point or stretch of time (``None`` for durations and sets).

    An interval the text does not narrow to one value stays honest: candidate weekdays become
    an EDTF set (``[2022-01-07,2022-01-14]``), other day ranges a one-of range
    (``[2022-01-01..2022-01-31]``), weeks an interval (``2022-01-24/2022-01-30``).

    Examples:
        >>> to_edtf(parse_time("i forrige måned")[0])
        '2022-10'
        >>> to_edtf(parse_time("i fjor høst")[0])
        '2021-23'
        >>> to_edtf(parse_time("sa fredag", reference="2022-01-21")[0])
        '2022-01-21'
    """
    if isinstance(item, Timex) and item.type in (TimexType.DURATION, TimexType.SET):
        return None
    value = item.value or ""
    lo, hi, gran = item.earliest, item.latest, item.granularity
    if lo is None or hi is None:
        plain = value.split("T")[0]
        return plain if _EDTF_PLAIN.fullmatch(plain) else None
    if gran in (Granularity.DAY, Granularity.HOUR, Granularity.MINUTE):
        if lo == hi:
            return _time_of_day(lo.isoformat(), value, gran)
        m = _WEEKDAY_VALUE.match(value)
        if m:
            return _weekday_set(lo, hi, int(m[2]) - 1)
        return f"[{lo.isoformat()}..{hi.isoformat()}]"
    if gran is Granularity.WEEK:
        return f"{lo.isoformat()}/{hi.isoformat()}"
    if gran is Granularity.MONTH:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.year:04d}-{lo.month:02d}"
        if re.fullmatch(r"XXXX-\d{2}", value) and hi.year - lo.year < 10:
            # April of one of two years: one of a set, not the stretch between them
            years = range(lo.year, hi.year + 1)
            return "[" + ",".join(f"{y:04d}-{value[5:]}" for y in years) + "]"
        return f"{lo.year:04d}-{lo.month:02d}/{hi.year:04d}-{hi.month:02d}"
    if gran is Granularity.SEASON:
        m2 = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m2:
            return f"{m2[1]}-{_SEASON_EDTF[m2[2]]}"
        return f"{lo.isoformat()}/{hi.isoformat()}"
    if gran is Granularity.DECADE and lo.year // 10 == hi.year // 10:
        return f"{lo.year // 10:03d}X"
    if gran is Granularity.CENTURY and lo.year // 100 == hi.year // 100:
        return f"{lo.year // 100:02d}XX"
    if lo.year == hi.year:
        return f"{lo.year:04d}"
    return f"{lo.year:04d}/{hi.year:04d}"


def _time_of_day(day: str, value: str, gran: Granularity) -> str:
    clock = value.partition("T")[2]
    if gran is Granularity.MINUTE and re.fullmatch(r"\d{2}:\d{2}", clock):
        return f"{day}T{clock}:00"
    if gran is Granularity.HOUR and re.fullmatch(r"\d{2}", clock):
        return f"{day}T{clock}:00:00"
    return day


def _weekday_set(lo: dt.date, hi: dt.date, weekday: int) -> str:
    days: list[str] = []
    d = lo + dt.timedelta(days=(weekday - lo.weekday()) % 7)
    while d <= hi and len(days) < 60:
        days.append(d.isoformat())
        d += dt.timedelta(days=7)
    return "[" + ",".join(days) + "]"
