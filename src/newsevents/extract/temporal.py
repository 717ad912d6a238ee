"""The timexes layer: temporal expressions found in the text and resolved to honest intervals.

Finding works on the document's tokens with the language's time lexicon (CLDR month and
weekday names through babel, plus the pack's ``time`` data); resolving works on the article
date as an interval. "fredag" in an article dated only ``2022-01`` becomes every Friday the
text allows (the tense of the nearest verb decides past or future), "dagen etter" is resolved
against the expression before it, durations stay durations, and the clock is never read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

import attrs
from dateutil.easter import easter

from newsevents.extract._context import Context
from newsevents.extract._time_calendar import (
    GRANULARITY,
    Interval,
    duration_granularity,
    duration_value,
    format_value,
    month_year,
    relative,
    season_bounds,
    season_near,
    unit_bounds,
    week_year,
    weekday_window,
)
from newsevents.extract._time_lexicon import TimeLexicon, lexicon
from newsevents.extract._time_match import (
    At,
    Calendar,
    Duration,
    Found,
    Holiday,
    Offset,
    Relative,
    Season,
    SetOf,
    Spec,
    Weekday,
    WeekdayOf,
    find,
    live_openers,
    word_index,
)
from newsevents.model import BlockKind, Granularity, Timex, TimexType
from newsevents.reading import Document

__all__ = ["extract_timexes"]

_SKIP = frozenset({BlockKind.HEADER})
_FIXED_GRANULARITY = {"S": Granularity.MINUTE, "M": Granularity.MINUTE, "H": Granularity.HOUR}
_FIXED_DATE_GRANULARITY = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Y": Granularity.YEAR,
}
_Clauses = tuple[list[int], list[tuple[list[int], list[str]]]]
_Parts = tuple[TimexType, str | None, Interval | None, Granularity, str | int | None]
_DayParts = tuple[str | None, Interval | None, Granularity, str | int | None, str | None]
_DAY = dt.timedelta(days=1)
_PERFECT_REACH = 3
_FINER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24)}
"""The next finer calendar unit and how many of it make one (for fractions of a unit)."""
"""How far (in tokens) a participle may follow its auxiliary ("er nå kraftig steget")."""
# parentheses are left out: an aside such as "(NVE)" does not end the clause around it
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "«", "»", '"', "“", "”"})
_RANK = {g: k for k, g in enumerate(Granularity)}
_WEEKDAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-WXX-([1-7])")
_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?")


def extract_timexes(ctx: Context) -> tuple[Timex, ...]:
    """Find the temporal expressions of the document and resolve them against its date.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> doc = read(" date 2022-11 Biden sa i forrige måned at møtet varte i tre timer.")
        >>> [(t.text, t.value) for t in extract_timexes(Context(doc, get_pack("nb")))]
        [('i forrige måned', '2022-10'), ('i tre timer', 'PT3H')]
    """
    return resolve_document(ctx.doc, lexicon(ctx.pack))


def resolve_document(
    doc: Document, lex: TimeLexicon, skip: frozenset[BlockKind] = _SKIP
) -> tuple[Timex, ...]:
    """Find and resolve the expressions of ``doc`` with ``lex``, leaving out ``skip`` blocks.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> doc = read(" date 2022-01 Lavrov sa onsdag at de møtes igjen dagen etter.")
        >>> [(t.text, t.value) for t in resolve_document(doc, lexicon(get_pack("nb")))]
        [('onsdag', 'XXXX-WXX-3'), ('dagen etter', 'XXXX-WXX-4')]
    """
    found: list[Found] = []
    low = list(doc.lowered)
    carrying, opens = word_index(lex, low)
    text, tokens = doc.text, doc.tokens
    for block, content in zip(doc.blocks, doc.content, strict=True):
        if block.kind in skip or content.start >= content.end:
            continue
        r = doc.token_range(content.start, content.end)
        first, stop = r.start, r.stop
        live = live_openers(carrying, opens, first, stop)
        if live:
            found.extend(
                find(
                    lex,
                    tokens[first:stop],
                    text,
                    first,
                    low=low[first:stop],
                    openers=[k - first for k in live],
                )
            )
    return _Resolver(doc, lex).run(found)


@attrs.define
class _Resolver:
    doc: Document
    lex: TimeLexicon
    previous: Timex | None = None
    """The last resolved expression that is a point or stretch of time (not a duration)."""
    last_day: Timex | None = None
    _tense: dict[int, _Clauses] = attrs.field(factory=dict)
    _points: list[Timex] = attrs.field(factory=list)
    _anchor_value: str | None = None

    @property
    def article(self) -> Interval | None:
        d = self.doc.date
        if d is None or d.earliest is None or d.latest is None:
            return None
        return d.earliest, d.latest

    def run(self, found: Sequence[Found]) -> tuple[Timex, ...]:
        out: list[Timex] = []
        tokens = self.doc.tokens
        for f in found:
            start, end = f.cut or (tokens[f.first].start, tokens[f.stop - 1].end)
            try:
                timex = self.resolve(f, start, end)
            except (ValueError, OverflowError):
                timex = None
            if timex is None:
                continue
            out.append(timex)
            if timex.type in (TimexType.DATE, TimexType.TIME) and timex.earliest is not None:
                self.previous = timex
                self._points.append(timex)
                if timex.granularity in (Granularity.DAY, Granularity.HOUR, Granularity.MINUTE):
                    self.last_day = timex
        return tuple(out)

    # ---- tense -----------------------------------------------------------------------------

    def direction(self, token: int, *, caption_past: bool = False) -> str | None:
        """Past or future from the nearest tense cue in the clause of ``token``.

        With ``caption_past``, a caption without a cue speaks of the past (what its picture
        shows has happened: "Kuleba i København tirsdag").
        """
        doc = self.doc
        if not doc.sentences:
            return None
        s = doc.sentence_index(doc.tokens[token].start)
        clauses = self._tense.get(s)
        if clauses is None:
            clauses = self._clauses(s)
            self._tense[s] = clauses
        breaks, cues = clauses
        here = bisect.bisect_right(breaks, token)
        positions, kinds = cues[here]
        if not positions:
            # a caption without a verb tells what the picture shows: it has happened
            kind_of_block = doc.blocks[doc.sentences[s].block].kind
            return "past" if caption_past and kind_of_block is BlockKind.CAPTION else None
        j = bisect.bisect_left(positions, token)
        candidates = [x for x in (j - 1, j) if 0 <= x < len(positions)]
        best = min(candidates, key=lambda x: (abs(positions[x] - token), positions[x] > token))
        kind = kinds[best]
        return None if kind == "present" else kind

    def _tense_of(self, f: Found) -> str | None:
        """The direction of a month, date, season or holiday: the tense of its clause, and
        past after a word such as "siden" ("siden april", "sedan i våras") unless the clause
        looks ahead (Swedish "sedan" is also "then": "och sedan i maj ska ...")."""
        mode = self.direction(f.first)
        if mode is None and f.first > 0 and self.doc.lowered[f.first - 1] in self.lex.since_words:
            return "past"
        return mode

    def _glued_dash(self, k: int) -> bool:
        """Whether token ``k`` is a dash written between two words ("mai–juni"): a range,
        not the end of a clause."""
        tokens = self.doc.tokens
        return (
            self.doc.lowered[k] in ("-", "–")
            and 0 < k < len(tokens) - 1
            and tokens[k - 1].end == tokens[k].start
            and tokens[k].end == tokens[k + 1].start
        )

    def _clauses(self, s: int) -> _Clauses:
        """Clause breaks of sentence ``s`` and, per clause, its tense cues (positions, kinds)."""
        doc = self.doc
        lex = self.lex
        sent = doc.sentences[s]
        breaks: list[int] = []
        cues: list[tuple[list[int], list[str]]] = [([], [])]
        lowered = doc.lowered
        tense = lex.tense_words
        auxiliary = -_PERFECT_REACH - 1
        for k in doc.token_range(sent.start, sent.end):
            w = lowered[k]
            kind = tense.get(w)
            if kind is None:
                if w in _CLAUSE_BREAKS and not self._glued_dash(k):
                    kind = "break"
                elif len(w) >= 6 and w.endswith(lex.past_suffixes) and w.isalpha():
                    kind = "past"
                else:
                    continue
            if kind == "break":
                breaks.append(k)
                cues.append(([], []))
                continue
            if kind == "auxiliary":
                auxiliary = k
                continue
            if kind == "participle":
                if k - auxiliary > _PERFECT_REACH:
                    continue
                kind = "past"  # a perfect with "be": "er steget", "er kommet opp"
            cues[-1][0].append(k)
            cues[-1][1].append(kind)
        return breaks, cues

    # ---- resolution ------------------------------------------------------------------------

    def resolve(self, f: Found, start: int, end: int) -> Timex | None:
        parts = self.parts(f)
        if parts is None:
            return None
        kind, value, bounds, gran, anchor = parts
        lo, hi = bounds if bounds is not None else (None, None)
        return Timex(start, end, self.doc.text[start:end], kind, value, lo, hi, gran, anchor)

    def parts(self, f: Found) -> _Parts | None:
        """Type, value, bounds, granularity and anchor of a found expression."""
        spec = f.spec
        if isinstance(spec, Duration):
            if spec.fixed is not None:
                value = spec.fixed
                if "T" in value:
                    gran = _FIXED_GRANULARITY.get(value[-1], Granularity.MINUTE)
                else:
                    gran = _FIXED_DATE_GRANULARITY.get(value[-1], Granularity.DAY)
                return TimexType.DURATION, value, None, gran, None
            return (
                TimexType.DURATION,
                duration_value(spec.amount, spec.unit),
                None,
                duration_granularity(spec.amount, spec.unit),
                None,
            )
        if isinstance(spec, SetOf):
            if spec.weekday is not None:
                return TimexType.SET, f"XXXX-WXX-{spec.weekday + 1}", None, Granularity.DAY, None
            if spec.fixed is not None:  # "hvert kvartal"
                gran = _FIXED_DATE_GRANULARITY.get(spec.fixed[-1], Granularity.DAY)
                return TimexType.SET, spec.fixed, None, gran, None
            unit = {"WE": "W"}.get(spec.unit or "D", spec.unit or "D")  # "varje helg": weekly
            return (
                TimexType.SET,
                duration_value(1, unit),
                None,
                GRANULARITY.get(unit, Granularity.DAY),
                None,
            )
        if isinstance(spec, At):
            return self._at(spec, f)
        got = self.day_like(spec, f)
        if got is None:
            return None
        value2, bounds, gran, anchor, pod = got
        if pod:
            # "søndag kveld": a part of a named day keeps the day's granularity
            return TimexType.TIME, f"{value2}T{pod}", bounds, gran, anchor
        return TimexType.DATE, value2, bounds, gran, anchor

    def _at(self, spec: At, f: Found) -> _Parts:
        anchor: str | int | None
        bounds: Interval | None
        got = self.day_like(spec.day, f) if spec.day is not None else None
        day = self.last_day
        if day is not None and not self._near(day.start, self.doc.tokens[f.first].start):
            day = None  # a day named in another paragraph does not carry over
        if got is not None:
            value, bounds, _gran, anchor, _pod = got
            base_value = value or "XXXX-XX-XX"
        elif day is not None and day.earliest is not None and day.latest is not None:
            bounds = (day.earliest, day.latest)
            base_value = (day.value or "").split("T")[0] or format_value(
                Granularity.DAY, day.earliest, day.latest
            )
            anchor = day.start
        elif self.article is not None:
            bounds = self.article
            base_value = format_value(Granularity.DAY, *bounds)
            anchor = "article"
        else:
            bounds, base_value, anchor = None, "XXXX-XX-XX", None
        if spec.hour is None:
            return TimexType.TIME, f"{base_value}T{spec.pod}", bounds, Granularity.HOUR, anchor
        clock = f"{spec.hour:02d}" + (f":{spec.minute:02d}" if spec.minute is not None else "")
        gran = Granularity.MINUTE if spec.minute is not None else Granularity.HOUR
        return TimexType.TIME, f"{base_value}T{clock}", bounds, gran, anchor

    def _near(self, earlier: int, later: int) -> bool:
        """Whether two offsets lie in one block, in the same or in neighbouring sentences."""
        doc = self.doc
        if doc.block_index(earlier) != doc.block_index(later):
            return False
        return doc.sentence_index(later) - doc.sentence_index(earlier) <= 1

    def day_like(self, spec: Spec, f: Found) -> _DayParts | None:
        """Value, bounds, granularity, anchor and part of day of a point or stretch of time."""
        art = self.article
        if isinstance(spec, Relative):
            return self._relative(spec, f.first)
        if isinstance(spec, Offset):
            return self._offset(spec)
        if isinstance(spec, Weekday):
            mode = spec.mode
            if mode is None:
                mode = self.direction(f.first, caption_past=True)
            elif mode == "ahead":
                # "på fredag": the coming Friday, unless the clause tells of the past
                # ("Utvekslingen fant sted på fredag")
                past = self.direction(f.first, caption_past=True) == "past"
                mode = "past" if past else "future"
            if art is None:
                return f"XXXX-WXX-{spec.weekday + 1}", None, Granularity.DAY, None, spec.pod
            lo, hi = weekday_window(art, spec.weekday, mode)
            value = format_value(Granularity.DAY, lo, hi, spec.weekday)
            return value, (lo, hi), Granularity.DAY, "article", spec.pod
        if isinstance(spec, WeekdayOf):
            if art is None:
                return f"XXXX-WXX-{spec.weekday + 1}", None, Granularity.DAY, None, spec.pod
            lo, hi = relative(art, "W", spec.week)
            lo += dt.timedelta(days=spec.weekday)
            hi -= dt.timedelta(days=6 - spec.weekday)
            value = format_value(Granularity.DAY, lo, hi, spec.weekday)
            return value, (lo, hi), Granularity.DAY, "article", spec.pod
        if isinstance(spec, Season):
            return self._season(spec, f)
        if isinstance(spec, Calendar):
            return self._calendar(spec, f)
        if isinstance(spec, Holiday):
            return self._holiday(spec, f)
        return None

    def _holiday(self, spec: Holiday, f: Found) -> _DayParts:
        art = self.article
        anchor: str | None = None
        if spec.year is not None:
            years = (spec.year, spec.year)
        elif art is None:
            return None, None, Granularity.DAY, None, None
        elif spec.year_offset is not None:
            years = (art[0].year + spec.year_offset, art[1].year + spec.year_offset)
            anchor = "article"
        else:
            month = 4 if spec.rule == "easter" else spec.first[0]
            mode = spec.mode or self._tense_of(f)
            # a holiday without a year or tense is this year's (the nearest month is no
            # guide: "till jul" in March is the coming Christmas)
            years = (
                month_year(art[0], month, mode, nearest=False),
                month_year(art[1], month, mode, nearest=False),
            )
            anchor = "article"
        lo = _holiday_days(spec, years[0])[0]
        hi = _holiday_days(spec, years[1])[1]
        return format_value(Granularity.DAY, lo, hi), (lo, hi), Granularity.DAY, anchor, None

    def _relative(self, spec: Relative, token: int) -> _DayParts:
        anchor: str | int | None = "article"
        base = self.article
        gran = GRANULARITY.get(spec.unit, Granularity.DAY)
        if spec.anchored:
            point = self._anchor_for(gran)
            if point is not None:
                base = (point.earliest, point.latest)  # type: ignore[assignment]
                anchor = point.start
                self._anchor_value = point.value
        if base is None:
            return None, None, gran, None, spec.pod
        if spec.unit == "WE":
            if spec.offset is None:
                mode = self.direction(token)
                lo = weekday_window(base, 5, mode)[0]
                hi = weekday_window(base, 6, mode)[1]
                if mode == "past":  # a weekend begun by the reference day counts
                    lo = weekday_window(base, 5, None)[0]
                    hi = max(hi, lo + dt.timedelta(days=1))
            else:
                lo, hi = relative(base, "WE", spec.offset)
            a, b = lo.isocalendar(), hi.isocalendar()
            week = (
                f"{a.year:04d}-W{a.week:02d}"
                if (a.year, a.week) == (b.year, b.week)
                else (f"{a.year:04d}-WXX" if a.year == b.year else "XXXX-WXX")
            )
            return f"{week}-WE", (lo, hi), Granularity.WEEK, anchor, None
        if spec.offset is None:
            lo, hi = relative(base, spec.unit, 0)[0], relative(base, spec.unit, 1)[1]
        else:
            lo, hi = relative(base, spec.unit, spec.offset)
        weekday = None
        if spec.anchored and spec.unit == "D" and anchor != "article" and spec.offset is not None:
            m = _WEEKDAY_VALUE.match(self._anchor_value or "")
            if m:  # the day after some Wednesday is some Thursday
                weekday = (int(m[1]) - 1 + spec.offset) % 7
        return format_value(gran, lo, hi, weekday), (lo, hi), gran, anchor, spec.pod

    def _offset(self, spec: Offset) -> _DayParts | None:
        anchor: str | int | None = "article"
        if spec.amount is not None and not float(spec.amount).is_integer():
            # "for et halvt år siden": six months back, told to the month
            lower = _FINER.get(spec.unit)
            if lower is not None and float(spec.amount * lower[1]).is_integer():
                spec = attrs.evolve(spec, amount=spec.amount * lower[1], unit=lower[0])
        base = self.article
        unit = spec.unit if spec.unit in ("D", "W", "M", "Y", "DE", "CE") else "D"
        gran = GRANULARITY.get(unit, Granularity.DAY)
        if spec.anchored:
            point = self._anchor_for(gran)
            if point is None:
                return None
            base = (point.earliest, point.latest)  # type: ignore[assignment]
            anchor = point.start
            clock = _clock_after(point, spec)
            if clock is not None:  # "klokken 10 ... to timer senere": 12 o'clock that day
                day, told = clock
                gran = Granularity.MINUTE if ":" in told else Granularity.HOUR
                return day.isoformat(), (day, day), gran, anchor, told
        if spec.unit in ("H", "MIN", "S"):
            # "for to timer siden": the day the article speaks of, told to the hour or minute
            gran = GRANULARITY[spec.unit]
            spec = Offset(0, "D", spec.sign, spec.anchored)
        if base is None:
            return None, None, gran, None, None
        if spec.amount is None:
            near, far = (2, 9) if spec.sign < 0 else (1, 9)
            if spec.sign < 0:
                lo = relative(base, unit, -far)[0]
                hi = relative(base, unit, -near)[1] if unit != "D" else base[1] - _DAY
            else:
                lo = relative(base, unit, near)[0]
                hi = relative(base, unit, far)[1]
            hi = max(hi, lo)
            return format_value(gran, lo, hi), (lo, hi), gran, anchor, None
        lo, hi = relative(base, unit, spec.sign * spec.amount)
        return format_value(gran, lo, hi), (lo, hi), gran, anchor, None

    def _anchor_for(self, gran: Granularity) -> Timex | None:
        """The latest earlier expression at least as fine as ``gran`` ("dagen etter" → a day)."""
        for point in reversed(self._points[-8:]):
            if _RANK[point.granularity] <= max(_RANK[gran], _RANK[Granularity.DAY]):
                return point
        return None

    def _season(self, spec: Season, f: Found) -> _DayParts:
        art = self.article
        if spec.year is not None:
            return (
                f"{spec.year:04d}-{spec.code}",
                season_bounds(spec.year, spec.code),
                (Granularity.SEASON),
                None,
                None,
            )
        if art is None:
            return f"XXXX-{spec.code}", None, Granularity.SEASON, None, None
        if spec.year_offset is not None:
            y0, y1 = art[0].year + spec.year_offset, art[1].year + spec.year_offset
        else:
            mode = spec.mode or self._tense_of(f)
            y0, y1 = season_near(art[0], spec.code, mode), season_near(art[1], spec.code, mode)
        lo, hi = season_bounds(y0, spec.code)[0], season_bounds(y1, spec.code)[1]
        value = f"{y0:04d}-{spec.code}" if y0 == y1 else f"XXXX-{spec.code}"
        return value, (lo, hi), Granularity.SEASON, "article", None

    def _quarter(self, spec: Calendar, f: Found) -> _DayParts:
        """A quarter or half of the year: of the year given, or the one the article or tense
        allows (``2023-Q2``, ``2022-H1``)."""
        size, letter = (3, "Q") if spec.quarter is not None else (6, "H")
        q = spec.quarter or spec.half or 1
        art = self.article
        anchor: str | None = None
        if spec.year is not None:
            years = (spec.year, spec.year)
        elif art is None:
            return f"XXXX-{letter}{q}", None, Granularity.SEASON, None, None
        elif spec.year_offset is not None:
            years = (art[0].year + spec.year_offset, art[1].year + spec.year_offset)
            anchor = "article"
        else:
            mode = self._tense_of(f)
            middle = size * q - size // 2
            years = (month_year(art[0], middle, mode), month_year(art[1], middle, mode))
            anchor = "article"
        lo = _part_bounds(years[0], q, size)[0]
        hi = _part_bounds(years[1], q, size)[1]
        value = f"{years[0]:04d}-{letter}{q}" if years[0] == years[1] else f"XXXX-{letter}{q}"
        return value, (lo, hi), Granularity.SEASON, anchor, None

    def _calendar(self, spec: Calendar, f: Found) -> _DayParts | None:
        art = self.article
        if spec.quarter is not None or spec.half is not None:
            return self._quarter(spec, f)
        if spec.century is not None:
            lo = dt.date(max(1, spec.century * 100), 1, 1)
            hi = dt.date(spec.century * 100 + 99, 12, 31)
            return f"{spec.century:02d}", (lo, hi), Granularity.CENTURY, None, None
        if spec.decade is not None:
            lo = dt.date(max(1, spec.decade * 10), 1, 1)
            hi = dt.date(spec.decade * 10 + 9, 12, 31)
            return f"{spec.decade:03d}", (lo, hi), Granularity.DECADE, None, None
        if spec.week is not None:
            years: tuple[int, int] | None = None
            if spec.year:
                years = (spec.year, spec.year)
            elif art is not None:  # "uke 12" said in November of the coming March
                mode = self._tense_of(f)
                years = (week_year(art[0], spec.week, mode), week_year(art[1], spec.week, mode))
            if years is None:
                return f"XXXX-W{spec.week:02d}", None, Granularity.WEEK, None, None
            try:
                lo = dt.date.fromisocalendar(years[0], spec.week, 1)
                hi = dt.date.fromisocalendar(years[1], spec.week, 7)
            except ValueError:
                return None
            # week 1 of one of two years is still week 1: "XXXX-W01", not "XXXX-WXX"
            value = (
                format_value(Granularity.WEEK, lo, hi)
                if years[0] == years[1]
                else f"XXXX-W{spec.week:02d}"
            )
            return value, (lo, hi), Granularity.WEEK, None if spec.year else "article", None
        if spec.month is None:
            if spec.year is None:
                return None
            return (
                f"{spec.year:04d}",
                unit_bounds(dt.date(spec.year, 1, 1), "Y"),
                (Granularity.YEAR),
                None,
                None,
            )
        anchor: str | None = None
        if spec.year is not None:
            years = (spec.year, spec.year)
        elif art is not None and spec.year_offset is not None:
            years = (art[0].year + spec.year_offset, art[1].year + spec.year_offset)
            anchor = "article"
        elif art is not None:
            mode = self._tense_of(f)
            years = (month_year(art[0], spec.month, mode), month_year(art[1], spec.month, mode))
            if spec.day is not None and art[0] == art[1] and mode in ("past", "future"):
                # a day-precise article: "steg 20. april" written on 10 April is last year's
                year = years[0]
                told = (spec.month, spec.day)
                today = (art[0].month, art[0].day)
                if mode == "past" and spec.month == art[0].month and told > today:
                    year -= 1
                elif mode == "future" and spec.month == art[0].month and told < today:
                    year += 1
                years = (year, year)
            anchor = "article"
        else:
            years = None
        if spec.day is None:
            if years is None:
                return f"XXXX-{spec.month:02d}", None, Granularity.MONTH, None, None
            lo = dt.date(years[0], spec.month, 1)
            hi = unit_bounds(dt.date(years[1], spec.month, 1), "M")[1]
            return (
                # April of one of two years is still April: "XXXX-04", not "XXXX-XX"
                format_value(Granularity.MONTH, lo, hi)
                if years[0] == years[1]
                else f"XXXX-{spec.month:02d}",
                (lo, hi),
                Granularity.MONTH,
                anchor,
                None,
            )
        if years is None:
            return f"XXXX-{spec.month:02d}-{spec.day:02d}", None, Granularity.DAY, None, spec.pod
        lo = dt.date(years[0], spec.month, spec.day)
        hi = dt.date(years[1], spec.month, spec.day)
        value = lo.isoformat() if lo == hi else f"XXXX-{spec.month:02d}-{spec.day:02d}"
        return value, (lo, hi), Granularity.DAY, anchor, spec.pod


def _clock_after(point: Timex, spec: Offset) -> tuple[dt.date, str] | None:
    """The day and clock time ``spec`` hours or minutes from a clock time on a known day."""
    m = _CLOCK_VALUE.fullmatch(point.value or "")
    if (
        m is None
        or spec.unit not in ("H", "MIN")
        or spec.amount is None
        or not float(spec.amount).is_integer()
    ):
        return None
    minutes = int(spec.amount) * (60 if spec.unit == "H" else 1) * spec.sign
    start = dt.datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3] or '00'}")
    then = start + dt.timedelta(minutes=minutes)
    told = f"{then.hour:02d}" if then.minute == 0 and spec.unit == "H" and not m[3] else None
    return then.date(), told or f"{then.hour:02d}:{then.minute:02d}"


def _part_bounds(year: int, part: int, months: int) -> Interval:
    """The ``part``-th stretch of ``months`` months of ``year`` (a quarter, a half)."""
    lo = dt.date(year, months * (part - 1) + 1, 1)
    return lo, unit_bounds(dt.date(year, months * part, 1), "M")[1]


def _holiday_days(spec: Holiday, year: int) -> Interval:
    if spec.rule == "easter":
        sunday = easter(year)
        return sunday + dt.timedelta(days=spec.first[1]), sunday + dt.timedelta(days=spec.last[1])
    first = dt.date(year, *spec.first)
    last_year = year + 1 if spec.last < spec.first else year
    return first, dt.date(last_year, *spec.last)
