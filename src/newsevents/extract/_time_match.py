"""Finding temporal expressions among the tokens of a block: what each expression says.

The matcher only reads words (through the language's `TimeLexicon`); it does not resolve
anything against a calendar. Each match is a `Found`: a token range and a spec saying what
the expression means (a duration, a weekday with a direction, a day relative to the article or
to an earlier expression, a calendar date ...). `newsevents.extract.temporal` resolves them.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from itertools import compress

import attrs

from newsevents.extract._time_calendar import combined_duration
from newsevents.extract._time_lexicon import TimeLexicon
from newsevents.reading import Token

__all__ = [
    "REACH",
    "At",
    "Calendar",
    "Duration",
    "Found",
    "Holiday",
    "Offset",
    "Relative",
    "Season",
    "SetOf",
    "Spec",
    "Weekday",
    "WeekdayOf",
    "find",
    "live_openers",
    "word_index",
]

_INT = re.compile(r"\d{1,9}")
_GROUPED = re.compile(r"\d{1,3}(?:[.\u00a0 ]\d{3})+")
_DECIMAL = re.compile(r"(\d{1,6})[.,](\d{1,3})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")
_DM = re.compile(r"(\d{1,2})\.(\d{1,2})")
_DAY_WORD = re.compile(r"(\d{1,2})\.([^\W\d_]{3,})")
_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_CLOCK = re.compile(r"([01]?\d|2[0-3])(?:[.:]([0-5]\d))?")
_BARE_CLOCK = re.compile(r"([01]?\d|2[0-3])([.:])([0-5]\d)")
_HYPHEN_WORD = re.compile(r"(\d{2,4})[-'’]([^\W\d_]+)")
_DECADE_S = re.compile(r"(\d{2,4})(s)")
_YEAR_RANGE = re.compile(r"(\d{4})[-–](\d{4}|\d{2})")
_WEEK_RANGE = re.compile(r"(\d{1,2})[-–](\d{1,2})")
_ORDINAL = re.compile(r"(\d{1,2})([^\d]+)")
_FIRST_CHAR = operator.itemgetter(0)
_OPENS = 1
_CARRIES = 2
REACH = 7
_DURATION_REACH = 14
"""How far (in tokens) a duration may run before its unit ("i løpet av de siste to og en halv
uker")."""
"""How far (in tokens) a lead-in such as "i løpet av de kommende" may stand from its time word."""


@attrs.frozen
class Duration:
    """A length of time: ``amount`` units (``None`` when vague), or a ``fixed`` value."""

    amount: float | None
    unit: str
    fixed: str | None = None


@attrs.frozen
class SetOf:
    """A recurrence: every ``unit`` or every ``weekday``."""

    unit: str | None
    weekday: int | None = None
    fixed: str | None = None
    """A fixed period instead of a unit ("hvert kvartal": ``P3M``)."""


@attrs.frozen
class Offset:
    """``amount`` units before (``sign`` -1) or after (+1) the article, or an earlier expression."""

    amount: float | None
    unit: str
    sign: int
    anchored: bool


@attrs.frozen
class Relative:
    """The unit ``offset`` units away: "i går", "forrige uke", "dagen etter" (anchored)."""

    unit: str
    offset: int | None
    anchored: bool = False
    pod: str | None = None


@attrs.frozen
class Weekday:
    """A weekday; ``mode`` is its direction from the prefix or suffix (``None``: from tense)."""

    weekday: int
    mode: str | None
    pod: str | None = None


@attrs.frozen
class WeekdayOf:
    """A weekday in the week ``week`` weeks from the article's ("tirsdag forrige uke")."""

    weekday: int
    week: int
    pod: str | None = None


@attrs.frozen
class Season:
    """A season; ``year`` absolute, or ``year_offset`` from the article, or ``mode``."""

    code: str
    year: int | None = None
    year_offset: int | None = None
    mode: str | None = None


@attrs.frozen
class Calendar:
    """A calendar date, month, year, week, decade or century, possibly without a year."""

    year: int | None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    decade: int | None = None
    century: int | None = None
    pod: str | None = None
    year_offset: int | None = None
    """Years from the article's ("24. februar i fjor")."""
    quarter: int | None = None
    """A quarter of the year ("andre kvartal", "3. kvartal 2022")."""
    half: int | None = None
    """A half of the year ("første halvår 2022", "andra halvåret")."""


@attrs.frozen
class Holiday:
    """A holiday: days from Easter Sunday (``rule`` "easter") or fixed month-days."""

    rule: str
    first: tuple[int, int]
    last: tuple[int, int]
    year: int | None = None
    year_offset: int | None = None
    mode: str | None = None
    """The direction the word itself gives (Swedish "i julas": the Christmas gone)."""


@attrs.frozen
class At:
    """A time of day, on its own or attached to a day spec."""

    day: Spec | None
    hour: int | None
    minute: int | None = None
    pod: str | None = None


Spec = Duration | SetOf | Offset | Relative | Weekday | WeekdayOf | Season | Calendar | Holiday | At


def _is_day(spec: Spec) -> bool:
    """Whether ``spec`` names one day (so a time of day can join it)."""
    if isinstance(spec, Relative):
        return spec.unit == "D"
    if isinstance(spec, Calendar):
        return spec.day is not None
    return isinstance(spec, Weekday | WeekdayOf)


@attrs.frozen
class Found:
    """A matched expression: tokens ``[first, stop)`` of the document, and what it says."""

    first: int
    stop: int
    spec: Spec
    cut: tuple[int, int] | None = None
    """Character offsets of an expression that is only part of its token ("2020" and "2022"
    in "2020-2022"); ``None``: the tokens' own."""


class _Matcher:
    """Matches over one block's tokens (``low`` are their case-folded texts)."""

    def __init__(
        self, lex: TimeLexicon, toks: Sequence[Token], text: str, low: list[str] | None = None
    ) -> None:
        self.lex = lex
        self.toks = toks
        self.low = [t.text.casefold() for t in toks] if low is None else low
        # where a duration, recurrence or stretch may end: a unit, weekday or part of day
        self.heads = list(map(lex.duration_heads.__contains__, self.low))
        self.text = text
        self.n = len(toks)

    # ---- small readers -----------------------------------------------------------------

    def glued(self, k: int) -> bool:
        """Whether token ``k`` touches token ``k - 1``."""
        return 0 < k < self.n and self.toks[k - 1].end == self.toks[k].start

    def number(self, k: int) -> tuple[float | None, int] | None:
        """A number (digits, words, vague quantity ``None``) at ``k``: value and end."""
        if k >= self.n:
            return None
        lex = self.lex
        w = self.low[k]
        # (a membership test first: most words start no phrase, and a call costs more)
        hit = lex.number_phrases.match(self.low, k) if w in lex.number_phrases.by_first else None
        if hit is not None:
            return float(hit[0]), hit[1]
        hit = (
            lex.vague_quantities.match(self.low, k) if w in lex.vague_quantities.by_first else None
        )
        if hit is not None:
            return (None if hit[0] is None else float(hit[0])), hit[1]
        if w[:1].isdecimal():
            if _INT.fullmatch(w):
                if (
                    k + 2 < self.n
                    and self.low[k + 1] == ","
                    and self.glued(k + 1)
                    and self.glued(k + 2)
                    and _INT.fullmatch(self.low[k + 2])
                ):
                    return float(f"{w}.{self.low[k + 2]}"), k + 3
                return self._and_a_half(float(w), k + 1)
            if _GROUPED.fullmatch(w):
                return float(re.sub(r"\D", "", w)), k + 1
            m = _DECIMAL.fullmatch(w)
            if m:
                return float(f"{m[1]}.{m[2]}"), k + 1
            return self._glued_range(w, k)
        value = self.word_number(w)
        if value is not None:
            return self._and_a_half(value, k + 1)
        return self._glued_range(w, k) if "-" in w else None

    def _and_a_half(self, value: float, k: int) -> tuple[float | None, int]:
        """A whole number and a fraction after it: "to og et halvt", "ett och ett halvt"."""
        if k + 1 < self.n and self.low[k] in self.lex.and_words:
            w = self.low[k + 1]
            hit = (
                self.lex.number_phrases.match(self.low, k + 1)
                if w in self.lex.number_phrases.by_first
                else None
            )
            if hit is not None and 0 < float(hit[0]) < 1:
                return value + float(hit[0]), hit[1]
        return value, k

    def _glued_range(self, w: str, k: int) -> tuple[float | None, int] | None:
        """Two numbers joined by a hyphen ("fire-fem", "2-3"): some number between them."""
        a, sep, b = w.partition("-")
        if not sep or not a or not b:
            return None
        lo = float(a) if a.isdecimal() else self.word_number(a)
        hi = float(b) if b.isdecimal() else self.word_number(b)
        if lo is None or hi is None or not 0 < lo < hi <= 1000:
            return None
        return None, k + 1

    def word_number(self, w: str) -> float | None:
        """A number written in words ("tre", "tjuefem", "femogtyve")."""
        v = self.lex.numbers.get(w)
        return None if v is None else float(v)

    def unit(self, k: int) -> tuple[str, str | None, int] | None:
        """A unit word at ``k``: unit code, fixed duration value (``halvtime``), end."""
        if k >= self.n:
            return None
        w = self.low[k]
        code = self.lex.units.get(w)
        if code is not None:
            return code, None, k + 1
        fixed = self.lex.amount_units.get(w)
        if fixed is not None:
            return "FIXED", fixed, k + 1
        return None

    def pod_after(self, k: int) -> tuple[str | None, int]:
        """A part of day right after a day ("fredag kveld", "fredag på kvelden"), a word such
        as "sen" or "tidlig" allowed before it ("tirsdag sen aften", "måndag sent på
        kvällen")."""
        if k + 1 < self.n and self.low[k] in self.lex.pod_modifiers:
            pod, stop = self.pod_after(k + 1)
            if pod is not None:
                return pod, stop
        if k < self.n and self.low[k] in self.lex.parts_of_day:
            return self.lex.parts_of_day[self.low[k]], k + 1
        if (
            k + 1 < self.n
            and self.low[k] in self.lex.joiners
            and self.low[k + 1] in self.lex.parts_of_day
            and self.lex.relative_days.match(self.low, k) is None
        ):
            return self.lex.parts_of_day[self.low[k + 1]], k + 2
        return None, k

    def year_at(self, k: int) -> int | None:
        if k < self.n and len(self.low[k]) == 4 and self.low[k].isdecimal():
            y = int(self.low[k])
            if 1000 <= y <= 2199:
                return y
        return None

    # ---- expression families -----------------------------------------------------------

    def durations(self, i: int) -> list[Found]:
        lex, low = self.lex, self.low
        out: list[Found] = []
        w0 = low[i]
        vague = lex.vague_phrases.match(low, i) if w0 in lex.vague_phrases.by_first else None
        if vague is not None:  # "inom kort", "om kort tid": a stretch the text leaves open
            out.append(Found(i, vague[1], Duration(None, "FIXED", str(vague[0]))))
        if not any(self.heads[i : i + _DURATION_REACH]):
            return out
        # recurrences: "hver uke", "hvert år", "hver fredag"
        q = lex.set_quantifiers.match(low, i) if w0 in lex.set_quantifiers.by_first else None
        if q is not None:
            k = q[1]
            u = self.unit(k)
            if u is not None and u[0] != "FIXED":
                out.append(Found(i, u[2], SetOf(u[0])))
            elif u is not None:
                out.append(Found(i, u[2], SetOf(None, fixed=u[1])))
            elif k < self.n and low[k] in lex.weekdays:
                out.append(Found(i, k + 1, SetOf(None, lex.weekdays[low[k]])))
            elif k < self.n and low[k] in lex.calendar_units:
                out.append(Found(i, k + 1, SetOf(lex.calendar_units[low[k]])))
        if low[i] in lex.set_words:  # "dagligt", "dagligen"
            out.append(Found(i, i + 1, SetOf(lex.set_words[low[i]])))
        rate = lex.rate_phrases.match(low, i) if w0 in lex.rate_phrases.by_first else None
        if rate is not None and self._counted_before(i):
            # "6 millionar kroner i året", "to ganger i uka", "400 kroner om måneden"
            out.append(Found(i, rate[1], SetOf(str(rate[0]))))
        nxt = low[i + 1] if i + 1 < self.n else ""
        if w0 in lex.ago_before.by_first and (nxt in lex.ordinals or nxt.isdecimal()):
            streak = self.streak(i)
            if streak is not None:
                out.append(streak)
        prefixes: list[tuple[int, str | None]] = [(i, None)]
        dp = lex.duration_prefixes.match(low, i) if w0 in lex.duration_prefixes.by_first else None
        if dp is not None:
            prefixes.append((dp[1], "prefix"))
        within = lex.within_prefixes.match(low, i) if w0 in lex.within_prefixes.by_first else None
        if within is not None and within[1] < self.n:
            w = low[within[1]]
            nxt = low[within[1] + 1] if within[1] + 1 < self.n else ""
            if w in lex.calendar_units and not nxt.isdecimal():  # not "under vecka 12"
                unit = lex.calendar_units[w]
                out.append(Found(i, within[1] + 1, Relative(unit, None if unit == "WE" else 0)))
            elif w in lex.parts_of_day:
                out.append(Found(i, within[1] + 1, Relative("D", 0, pod=lex.parts_of_day[w])))
        for start, _kind in prefixes:
            variants: list[tuple[int, str | None, str | None]] = [(start, None, None)]
            ws = low[start] if start < self.n else ""
            det = (
                lex.span_determiners.match(low, start)
                if ws in lex.span_determiners.by_first
                else None
            )
            if det is not None:
                variants.append((det[1], "det", str(det[0])))
            ago = lex.ago_before.match(low, start) if ws in lex.ago_before.by_first else None
            if ago is not None:
                variants.append((ago[1], "ago", None))
            fut = lex.future_before.match(low, start) if ws in lex.future_before.by_first else None
            if fut is not None:
                variants.append((fut[1], "in", None))
            for k0, how, direction in variants:
                found = self._duration_core(i, k0, how, direction)
                if found is not None:
                    out.append(found)
        return out

    def streak(self, i: int) -> Found | None:
        """ "for tredje dag i træk", "för andra året i rad": the day (year) the article is in."""
        lex, low = self.lex, self.low
        ago = lex.ago_before.match(low, i)
        if ago is None or ago[1] + 1 >= self.n:
            return None
        k = ago[1]
        nth = lex.ordinals.get(low[k])
        if nth is None and low[k].isdecimal() and low[k + 1] == "." and self.glued(k + 1):
            nth, k = int(low[k]), k + 1
        u = self.unit(k + 1) if nth is not None else None
        if nth is None or u is None or u[0] not in ("D", "W", "M", "Y"):
            return None
        run = lex.streak_phrases.match(low, u[2]) if u[2] < self.n else None
        if run is None and nth < 3:
            return None  # "for andre dager" is "for other days"
        return Found(i, run[1] if run else u[2], Relative(u[0], 0))

    def _duration_core(
        self, i: int, k: int, how: str | None, direction: str | None
    ) -> Found | None:
        lex, low = self.lex, self.low
        approx = (
            lex.approximators.match(low, k)
            if k < self.n and low[k] in lex.approximators.by_first
            else None
        )
        if approx is not None and (self.number(approx[1]) or self.unit(approx[1])):
            k = approx[1]
        amount: float | None = None
        vague = False
        num = self.number(k)
        if num is not None:
            amount, k = num
            vague = amount is None
            if k + 1 < self.n and low[k] in lex.range_words:
                upper = self.number(k + 1)
                if upper is not None and upper[0] is not None and self.unit(upper[1]):
                    # "fire til seks uker", "4–6 veckor": some number of weeks
                    amount, k, vague = None, upper[1], True
        elif k < self.n and low[k] in lex.vague_unit_words and how is None:
            code = lex.vague_unit_words[low[k]]
            if code is None:
                return None
            return Found(i, k + 1, Duration(None, code))
        elif how != "det":
            return None
        word = low[k] if k < self.n else ""
        u = self.unit(k)
        if u is None:
            return None
        code, fixed, k = u
        if k < self.n and low[k] in lex.age_words:
            return None  # an age ("34 år gammel"), not a stretch of time
        if code == "Y" and how is None and i > 0:
            nxt = low[k] if k < self.n else "."
            if low[i - 1] in lex.birthday_verbs or (
                low[i - 1] in lex.age_verbs and (not nxt[:1].isalnum() or nxt in lex.clause_words)
            ):
                return None  # "Han er 45 år.", "fyller 50 år": an age
        if how == "det" and amount is None and not vague:
            where, _, number = (direction or "").partition(":")
            if number == "1" or (number == "?" and word in lex.calendar_units):
                # "den kommende uken" is next week; "den siste uken" the week just gone; but
                # "det neste døgnet" is the coming 24 hours
                if where == "future" and lex.calendar_units.get(word, "D") != "D":
                    return Found(i, k, Relative(lex.calendar_units[word], 1))
                return Found(i, k, Duration(1, code))
        if code == "FIXED":
            if vague or how in ("det", "ago", "in"):
                return None
            return Found(
                i, k, Duration(amount if amount not in (None, 1.0) else None, "FIXED", fixed)
            )
        if amount is not None and amount > 10000:
            return None
        if how == "ago":
            after = lex.ago_after.match(low, k)
            if after is None:
                return None
            return Found(i, after[1], Offset(amount, code, -1, anchored=False))
        after = lex.ago_after.match(low, k)
        if after is not None and how is None:
            nxt = low[after[1]] if after[1] < self.n else "."
            if not nxt[:1].isalnum():  # "ni dager siden samme periode": since, not ago
                return Found(i, after[1], Offset(amount, code, -1, anchored=False))
        if how == "in":
            if word in lex.genitive_units:
                return None  # "ber om fem års fengsel": a measure, not "in five years"
            # "om to uker"; "om noen uker": some weeks ahead, as "for noen uker siden" is back
            return Found(i, k, Offset(amount, code, 1, anchored=False))
        if how is None and amount is not None and k < self.n:
            sign = lex.shift_after.get(low[k])
            if sign is not None and k + 1 < self.n and low[k + 1] in lex.comparison_words:
                sign = None  # "en uke tidligere enn vanlig" compares; it does not move
            if sign is None and low[k] in lex.shift_after_final:
                nxt = low[k + 1] if k + 1 < self.n else "."
                if not nxt[:1].isalnum():
                    sign = lex.shift_after_final[low[k]]
            if sign is not None:
                if code == "S":  # "eit sekund seinare": a near miss, not a point in time
                    return None
                return Found(i, k + 1, Offset(amount, code, sign, anchored=True))
        if how is None and amount is not None and k + 1 < self.n and low[k] in lex.and_words:
            # "to år og seks måneder": one stretch of time
            num2 = self.number(k + 1)
            u2 = self.unit(num2[1]) if num2 is not None and num2[0] is not None else None
            if num2 is not None and num2[0] is not None and u2 is not None and u2[0] != "FIXED":
                fixed = combined_duration(((amount, code), (num2[0], u2[0])))
                if fixed is not None:
                    return Found(i, u2[2], Duration(None, "FIXED", fixed))
        return Found(i, k, Duration(amount, code))

    def relative_days(self, i: int) -> list[Found]:
        lex, low = self.lex, self.low
        out: list[Found] = []
        hit = lex.relative_days.match(low, i)
        if hit is not None:
            offset, pod = hit[0]
            k = hit[1]
            if pod is None:
                pod, k = self.pod_after(k)
            out.append(Found(i, k, Relative("D", int(offset), False, pod)))
        hit = lex.anchored_days.match(low, i)
        if hit is not None:
            # ["D", 1] or, with a part of day, ["D", 0, "EV"] ("samme kveld", "natten etter")
            unit, offset, *pod_of = hit[0]
            pod = str(pod_of[0]) if pod_of else None
            out.append(Found(i, hit[1], Relative(str(unit), int(offset), True, pod)))
        return out

    def relative_calendar(self, i: int) -> list[Found]:
        lex, low = self.lex, self.low
        out: list[Found] = []
        starts = [i]
        pre = lex.span_prefixes.match(low, i)
        if pre is not None:
            starts.append(pre[1])
        for k in starts:
            hit = lex.relative_calendar.match(low, k)
            if hit is not None:
                unit, offset = hit[0]
                j = hit[1]
                if unit == "Y" and offset is not None and j < self.n and low[j] in lex.seasons:
                    out.append(
                        Found(i, j + 1, Season(lex.seasons[low[j]], year_offset=int(offset)))
                    )
                else:
                    out.append(
                        Found(i, j, Relative(str(unit), None if offset is None else int(offset)))
                    )
            hit = lex.season_phrases.match(low, k)
            if hit is not None:
                code, mode = hit[0]
                out.append(Found(i, hit[1], Season(str(code), mode=mode)))
            part = lex.period_parts.match(low, k)
            if part is not None and part[1] < self.n and low[part[1]] in lex.calendar_units:
                # "i slutten av måneden", "i begynnelsen av året": the article's
                out.append(Found(i, part[1] + 1, Relative(lex.calendar_units[low[part[1]]], 0)))
            mod = lex.relative_modifiers.match(low, k)
            if mod is not None:
                n, j = int(mod[0]), mod[1]
                if j < self.n:
                    w = low[j]
                    if w in lex.calendar_units:
                        out.append(Found(i, j + 1, Relative(lex.calendar_units[w], n)))
                    elif w in lex.seasons:
                        # "forrige vår" is the spring before the one the article is in
                        mode = {-1: "previous", 1: "next"}.get(n)
                        if n in (-1, 1):
                            out.append(Found(i, j + 1, Season(lex.seasons[w], mode=mode)))
                        else:
                            out.append(Found(i, j + 1, Season(lex.seasons[w])))
            if k < self.n and low[k] in lex.week_words and k + 1 < self.n:
                y = self.low[k + 1]
                if y.isdecimal() and 1 <= int(y) <= 53 and len(y) <= 2:
                    year = self.year_at(k + 2)
                    stop = k + 3 if year else k + 2
                    out.append(Found(i, stop, Calendar(year, week=int(y))))
                weeks = _WEEK_RANGE.fullmatch(y)
                if weeks and 1 <= int(weeks[1]) < int(weeks[2]) <= 53:  # "uge 12-13"
                    year = self.year_at(k + 2)
                    stop = k + 3 if year else k + 2
                    at = self.toks[k + 1].start
                    out.append(
                        Found(
                            i,
                            stop,
                            Calendar(year, week=int(weeks[1])),
                            (self.toks[i].start, at + weeks.end(1)),
                        )
                    )
                    out.append(
                        Found(
                            k + 1,
                            stop,
                            Calendar(year, week=int(weeks[2])),
                            (at + weeks.start(2), self.toks[stop - 1].end),
                        )
                    )
            if (  # "uke 12 eller 13", "vecka 12–13": the second number is a week too
                k == i
                and k >= 3
                and low[k].isdecimal()
                and len(low[k]) <= 2
                and 1 <= int(low[k]) <= 53
                and (low[k - 1] in lex.conjunctions or low[k - 1] in lex.range_words)
                and low[k - 2].isdecimal()
                and low[k - 3] in lex.week_words
                and not self._counted_after(k + 1)
            ):
                year = self.year_at(k + 1)
                out.append(Found(i, k + 2 if year else k + 1, Calendar(year, week=int(low[k]))))
            if k != i and k < self.n and low[k] in lex.seasons and self.year_at(k + 1) is None:
                out.append(Found(i, k + 1, Season(lex.seasons[low[k]])))
        return out

    def weekday_name(self, k: int) -> tuple[int, str | None] | None:
        return self.lex.weekday_forms.get(self.low[k]) if k < self.n else None

    def weekdays(self, i: int) -> list[Found]:
        lex, low = self.lex, self.low
        out: list[Found] = []
        options: list[tuple[int, str | None, str | None]] = [(i, None, None)]
        pre = lex.weekday_prefixes.match(low, i)
        if pre is not None:
            options.append((pre[1], pre[0], None))
        night = lex.night_to.match(low, i)
        if night is not None:
            options.append((night[1], None, "NI"))
        between = lex.night_between.match(low, i) if low[i] in lex.night_between.by_first else None
        if between is not None:
            # "natten mellom mandag og tirsdag": the night to the second day
            k = between[1]
            first, second = self.weekday_name(k), self.weekday_name(k + 2)
            if first and second and low[k + 1] in lex.and_words and (first[0] + 1) % 7 == second[0]:
                out.append(Found(i, k + 3, Weekday(second[0], first[1], "NI")))
        for k, prefix_mode, night_pod in options:
            hit = self.weekday_name(k)
            if hit is None and k < self.n and low[k] in lex.weekday_pods:
                wd, compound_pod = lex.weekday_pods[low[k]]
                out.append(Found(i, k + 1, Weekday(wd, None, compound_pod)))
                continue
            if hit is None:
                continue
            wd, suffix_mode = hit
            mode, pod = prefix_mode, night_pod
            if suffix_mode == "set":
                out.append(Found(i, k + 1, SetOf(None, wd)))
                continue
            if suffix_mode == "past":
                mode = "past"
            elif suffix_mode == "definite" and mode in ("past", "future", "ahead"):
                mode = None  # "på onsdagen" is the Wednesday spoken of: tense decides
            j = k + 1
            if pod is None:
                pod, j = self.pod_after(j)
            # "fredag 21. januar", "Friday, January 21": the date says it all
            jd = j + 1 if j < self.n and low[j] == "," else j
            dated = [f for f in self.dates(jd) if isinstance(f.spec, Calendar) and f.spec.day]
            if dated:
                best = max(dated, key=lambda f: f.stop)
                out.append(Found(i, best.stop, best.spec))
                continue
            if mode == "definite":
                mode = None
            out.append(Found(i, j, Weekday(wd, mode, pod)))
        return out

    def month_name(self, k: int, *, strict: bool) -> tuple[int, int] | None:
        """A month name at ``k`` and the end (a glued abbreviation dot included)."""
        if k >= self.n:
            return None
        w = self.low[k]
        month = self.lex.months.get(w)
        if month is None:
            return None
        tok = self.toks[k].text
        if strict and tok[:1].isupper() != self.lex.capitalised_months and not self.year_at(k + 1):
            # "Mai Andersen" in Norwegian, "they may" in English: not months ("Mai 2022" is)
            return None
        stop = k + 1
        if (
            stop < self.n
            and self.low[stop] == "."
            and self.glued(stop)
            and w not in self.lex.full_months
        ):
            stop += 1
        return month, stop

    def dates(self, i: int) -> list[Found]:
        lex, low = self.lex, self.low
        out: list[Found] = []
        k = i
        lead = False
        pre = lex.span_prefixes.match(low, k)
        if pre is not None:
            k, lead = pre[1], True
        part = lex.period_parts.match(low, k)
        if part is not None:
            k, lead = part[1], True
        det = False
        if k < self.n and low[k] in lex.date_determiners:
            k, det = k + 1, True
        if k >= self.n:
            return out
        w = low[k]
        prev = low[i - 1] if i > 0 else ""
        anchored_prev = (
            lead
            or det
            or prev in lex.month_prepositions
            or (
                prev in lex.conjunctions
                and i >= 2
                and (low[i - 2] in lex.full_months or self.year_at(i - 2) is not None)
            )
        )
        year: int | None
        quarter = self.quarter_at(k)
        if quarter is not None:  # "andre kvartal", "3. kvartal 2022", "andra kvartalet i fjol"
            q, j, size = quarter
            stretch = Calendar(None, quarter=q) if size == 3 else Calendar(None, half=q)
            year = self.year_at(j)
            rel = self.year_offset_at(j) if year is None else None
            if year is not None:
                out.append(Found(i, j + 1, attrs.evolve(stretch, year=year)))
            elif rel is not None:
                out.append(Found(i, rel[1], attrs.evolve(stretch, year_offset=rel[0])))
            else:
                out.append(Found(i, j, stretch))
            return out
        # numeric forms inside one token
        m = _ISO_DATE.fullmatch(w)
        if m:
            out.extend(self._calendar(i, k + 1, int(m[1]), int(m[2]), int(m[3])))
            return out
        m = _DMY.fullmatch(w)
        if m:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            out.extend(self._calendar(i, k + 1, year, int(m[2]), int(m[1])))
            return out
        m = _DAY_WORD.fullmatch(w)
        if m and m[2] in lex.months:
            year = self.year_at(k + 1)
            out.extend(
                self._calendar(i, k + 2 if year else k + 1, year, lex.months[m[2]], int(m[1]))
            )
            return out
        if w[:1].isdecimal():
            slash = _SLASH.match(self.text, self.toks[k].start)
            if slash:
                end = slash.end()
                stop = k
                while stop < self.n and self.toks[stop].end <= end:
                    stop += 1
                year = int(slash[3]) + (2000 if len(slash[3]) == 2 else 0)
                out.extend(self._calendar(i, stop, year, int(slash[2]), int(slash[1])))
                return out
            m = _DM.fullmatch(w)
            if (
                m
                and k + 1 < self.n
                and low[k + 1] == "."
                and self.glued(k + 1)
                and (det or prev in lex.month_prepositions or prev in lex.weekday_forms)
            ):
                out.extend(self._calendar(i, k + 2, None, int(m[2]), int(m[1])))
                return out
            day = self._day_number(k)
            if day is not None:
                d, j = day
                mon = self.month_name(j, strict=False)
                if mon is not None:
                    month, j = mon
                    year = self.year_at(j)
                    out.extend(self._calendar(i, j + 1 if year else j, year, month, d))
                    return out
                shared = self._shared_month(j)
                if shared is not None:  # "14. og 15. mars", "1.–3. juni": the month after
                    month, year = shared
                    out.extend(self._calendar(i, j, year, month, d)[:1])
                    return out
            year = self.year_at(k)
            if year is not None:
                nxt = low[k + 1] if k + 1 < self.n else ""
                ok = nxt not in lex.year_blockers and (
                    lead
                    or det
                    or part is not None
                    or prev in lex.year_prepositions
                    or prev in lex.seasons
                    or (
                        prev in lex.conjunctions
                        and k >= 2
                        and (self.year_at(k - 2) is not None or low[k - 2] in lex.full_months)
                    )
                    or (1900 <= year <= 2099 and self._year_context(k))
                )
                if ok:
                    out.append(Found(i if part is not None else k, k + 1, Calendar(year)))
                return out
            span = _YEAR_RANGE.fullmatch(w) if len(w) > 4 else None
            if span:  # "2020-2022", "2020-22": two years, each its own expression
                a = int(span[1])
                b = int(span[2]) if len(span[2]) == 4 else a - a % 100 + int(span[2])
                if 1000 <= a < b <= 2199:
                    at = self.toks[k].start
                    out.append(Found(k, k + 1, Calendar(a), (at, at + span.end(1))))
                    out.append(Found(k, k + 1, Calendar(b), (at + span.start(2), at + span.end(2))))
                return out
            later = self._range_end_year(k) if len(w) == 2 else None
            if later is not None:
                out.append(Found(k, k + 1, Calendar(later)))
                return out
            hyphened = _HYPHEN_WORD.fullmatch(w) or _DECADE_S.fullmatch(w)
            if hyphened:
                digits, suffix = hyphened[1], hyphened[2]
                if len(digits) == 2 and suffix in lex.age_decade_suffixes:
                    pass  # "en mann i 40-årene": an age
                elif suffix in lex.decade_suffixes:
                    value = int(digits)
                    if len(digits) == 2:
                        value += 1900
                    if len(digits) in (2, 4):
                        if value % 100 == 0 and len(digits) == 4 and value != 2000:
                            out.append(Found(k, k + 1, Calendar(None, century=value // 100)))
                        else:
                            out.append(Found(k, k + 1, Calendar(None, decade=value // 10)))
                elif len(digits) == 4 and 1000 <= int(digits) <= 2199:
                    out.append(Found(k, k + 1, Calendar(int(digits))))
            return out
        # month-first forms: "mars 2022", "i februar", "January 21, 2022"
        mon = self.month_name(k, strict=True)
        if mon is not None:
            month, j = mon
            if "md" in lex.day_month_order:
                day = self._day_number(j, need_dot=False)
                if day is not None:
                    d, jj = day
                    if jj < self.n and low[jj] == ",":
                        year = self.year_at(jj + 1)
                        stop = jj + 2 if year else jj
                    else:
                        year = self.year_at(jj)
                        stop = jj + 1 if year else jj
                    out.extend(self._calendar(i, stop, year, month, d))
                    return out
            year = self.year_at(j)
            if year is not None:
                out.append(Found(i, j + 1, Calendar(year, month)))
            elif anchored_prev and w in lex.full_months:
                rel = self.year_offset_at(j)
                if rel is not None:
                    out.append(Found(i, rel[1], Calendar(None, month, year_offset=rel[0])))
                else:
                    out.append(Found(i, j, Calendar(None, month)))
            if out:
                return out
        if w in lex.holidays:
            rule, first, last, mode = lex.holidays[w]
            year = self.year_at(k + 1)
            rel = self.year_offset_at(k + 1)
            if year is not None:
                out.append(Found(i, k + 2, Holiday(rule, first, last, year=year)))
            elif rel is not None:
                out.append(Found(i, rel[1], Holiday(rule, first, last, year_offset=rel[0])))
            elif anchored_prev or first == last or prev in lex.weekday_prefixes.by_first:
                # a holiday of one day is named like a weekday: "julaften", "på langfredag"
                out.append(Found(i, k + 1, Holiday(rule, first, last, mode=mode)))
            return out
        if w in lex.seasons:
            year = self.year_at(k + 1)
            rel = self.year_offset_at(k + 1)
            if year is not None:
                out.append(Found(i, k + 2, Season(lex.seasons[w], year=year)))
            elif rel is not None:
                out.append(Found(i, rel[1], Season(lex.seasons[w], year_offset=rel[0])))
            elif anchored_prev and not lead:
                out.append(Found(i, k + 1, Season(lex.seasons[w])))
        return out

    def _shared_month(self, j: int) -> tuple[int, int | None] | None:
        """The month and year of a date after a conjunction or a range word at ``j`` (the
        first day of "14. og 15. mars", "fra 1. til 3. juni" takes them from the second)."""
        lex = self.lex
        if j + 1 >= self.n or not (
            self.low[j] in lex.conjunctions
            or self.low[j] in lex.range_words
            or self.low[j] in _DASH_SEPARATORS
        ):
            return None
        day = self._day_number(j + 1)
        mon = self.month_name(day[1], strict=False) if day is not None else None
        if mon is None:
            return None
        return mon[0], self.year_at(mon[1])

    def _range_end_year(self, k: int) -> int | None:
        """The year "22" stands for in "2020–22" (two digits glued to a dash after a year)."""
        w = self.low[k]
        if len(w) != 2 or not w.isdecimal() or k < 2 or self.low[k - 1] not in _DASH_SEPARATORS:
            return None
        first = self.year_at(k - 2)
        if first is None or not (self.glued(k - 1) and self.glued(k)):
            return None
        year = first - first % 100 + int(w)
        return year if year > first else None

    def _counted_after(self, k: int) -> bool:
        """Whether a word that counts something follows at ``k`` ("13 personer")."""
        w = self.low[k] if k < self.n else "."
        return w.isalpha() and not (w in self.lex.joiners or w in self.lex.content)

    def _counted_before(self, i: int) -> bool:
        """Whether an amount or a count ends right before ``i`` ("6 millionar kroner", "to
        ganger", "300", "400 kroner mer"): then "i året" is per year, not this year."""
        if i == 0:
            return False
        w = self.low[i - 1]
        if w[:1].isdecimal() or w in self.lex.numbers or w in self.lex.times_words:
            return True
        return i >= 2 and self.low[i - 2] in self.lex.times_words

    def quarter_at(self, k: int) -> tuple[int, int, int] | None:
        """A quarter or half of the year at ``k`` ("andre kvartal", "2. kvartal", "første
        halvår"): its number, end, and length in months."""
        low, n = self.low, self.n
        if k + 1 >= n:
            return None
        q = self.lex.ordinals.get(low[k])
        j = k + 1
        if q is None and low[k].isdecimal() and low[j] == "." and self.glued(j):
            q, j = int(low[k]), j + 1
        if q is None or j >= n:
            return None
        if 1 <= q <= 4 and low[j] in self.lex.quarter_words:
            return q, j + 1, 3
        if 1 <= q <= 2 and low[j] in self.lex.half_year_words:
            return q, j + 1, 6
        return None

    def year_offset_at(self, k: int) -> tuple[int, int] | None:
        """ "i fjor", "neste år" after a date without a year: years from the article, end."""
        hit = self.lex.relative_calendar.match(self.low, k)
        if hit is not None and hit[0][0] == "Y" and hit[0][1] is not None:
            return int(hit[0][1]), hit[1]
        mod = self.lex.relative_modifiers.match(self.low, k)
        if (
            mod is not None
            and mod[1] < self.n
            and self.lex.calendar_units.get(self.low[mod[1]]) == "Y"
        ):
            return int(mod[0]), mod[1] + 1
        return None

    def _day_number(self, k: int, *, need_dot: bool | None = None) -> tuple[int, int] | None:
        if k >= self.n:
            return None
        w = self.low[k]
        if w.isdecimal() and len(w) <= 2 and 1 <= int(w) <= 31:
            j = k + 1
            if j < self.n and self.low[j] == "." and self.glued(j) and need_dot is not False:
                return int(w), j + 1
            if need_dot is False or "md" in self.lex.day_month_order or not self._dotted():
                return int(w), j
            return None
        m = _ORDINAL.fullmatch(w)
        if m and m[2] in self.lex.ordinal_suffixes and 1 <= int(m[1]) <= 31:
            return int(m[1]), k + 1
        return None

    def _dotted(self) -> bool:
        """Whether the language writes day numbers with a dot ("24. januar")."""
        return not self.lex.ordinal_suffixes

    def _calendar(self, i: int, stop: int, year: int | None, month: int, day: int) -> list[Found]:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return []
        if year is not None and not 1000 <= year <= 2199:
            return []
        offset = None
        if year is None:
            rel = self.year_offset_at(stop)
            if rel is not None:
                offset, stop = rel
        pod, stop2 = self.pod_after(stop)
        return [Found(i, stop2, Calendar(year, month, day, pod=pod, year_offset=offset))]

    def _year_context(self, k: int) -> bool:
        """A bare four-digit number reads as a year unless a counted noun follows it."""
        nxt = self.low[k + 1] if k + 1 < self.n else ""
        if not nxt or not nxt[:1].isalpha():
            return nxt not in {"%", "$", "€", "£"}
        if nxt in self.lex.year_blockers:
            return False
        return (
            nxt in self.lex.function_words
            or nxt in self.lex.past_cues
            or (self.toks[k + 1].text[:1].isupper())
        )

    def bare_clock(self, i: int) -> tuple[int, int] | None:
        """A clock time written without "kl.": hour and minute, or None.

        "18:40" (a colon and two-digit minutes) always; "16.05" only where it cannot be a
        date or a decimal: after a word such as "oppdatert" ("Sist oppdatert 16.05"), or
        opening its block before a dash or alone, as live blogs stamp their entries.
        """
        if i >= self.n:
            return None
        w = self.low[i]
        m = _BARE_CLOCK.fullmatch(w)
        if m is None:
            return None
        if m[2] != ":":
            after_cue = i > 0 and self.low[i - 1] in self.lex.stamp_words
            nxt = self.low[i + 1] if i + 1 < self.n else ""
            opening = i == 0 and (not nxt or nxt in _DASH_SEPARATORS)
            if not (after_cue or opening):
                return None
        return int(m[1]), int(m[3])

    def _clock_hour(self, k: int) -> int | None:
        """An hour of the clock face (1 to 12, or 0 to 23 in digits) at ``k``."""
        if k >= self.n:
            return None
        w = self.low[k]
        value = float(w) if w.isdecimal() and len(w) <= 2 else self.word_number(w)
        if value is None or not value.is_integer() or not 0 <= value <= 24:
            return None
        return int(value) % 24

    def spoken_clock(self, k: int) -> tuple[int, int, int] | None:
        """A clock time said the spoken way at ``k``: hour, minute and end. "halv ti" is
        9.30, "kvart over ti" 10.15, "kvart på ti" 9.45, "ti over halv tolv" 11.40."""
        lex, low = self.lex, self.low
        if k + 1 >= self.n:
            return None
        w = low[k]
        if w in lex.clock_half:
            hour = self._clock_hour(k + 1)
            return None if hour is None else ((hour - 1) % 24, 30, k + 2)
        if w in lex.clock_quarter:
            minutes = 15
        else:
            count = self.word_number(w) if not w.isdecimal() else float(w)
            if count is None or not count.is_integer() or not 1 <= count <= 29:
                return None
            minutes = int(count)
        way = low[k + 1]
        if way not in lex.clock_past and way not in lex.clock_to:
            return None
        j = k + 2
        half = j < self.n and low[j] in lex.clock_half and w not in lex.clock_quarter
        if half:
            j += 1
        hour = self._clock_hour(j)
        if hour is None:
            return None
        base = (hour - 1) % 24 if half else hour
        past = way in lex.clock_past
        minute = (30 if half else 0) + (minutes if past else -minutes)
        if minute < 0:
            base, minute = (base - 1) % 24, minute + 60
        return base, minute, j + 1

    def clocks(self, i: int) -> list[Found]:
        lex, low = self.lex, self.low
        out: list[Found] = []
        k = i
        pre = lex.hour_prefixes.match(low, k)
        if pre is not None:
            k = pre[1]
        if k < self.n:
            w = low[k]
            for suffix in lex.hour_suffixes:
                if w.endswith(suffix) and len(w) > len(suffix):
                    stem = w[: -len(suffix)].rstrip("-")
                    clock = _CLOCK.fullmatch(stem)
                    if clock and clock[2]:  # "ved 13.30-tiden"
                        out.append(Found(i, k + 1, At(None, int(clock[1]), int(clock[2]))))
                        break
                    hour = float(stem) if stem.isdecimal() else self.word_number(stem)
                    if hour is not None and 0 <= hour <= 24 and hour.is_integer():
                        out.append(Found(i, k + 1, At(None, int(hour) % 24)))
                        break
        if k < self.n and low[k] in lex.named_hours:  # "midnatt", "ved midnat"
            out.append(Found(i, k + 1, At(None, lex.named_hours[low[k]])))
        bare = self.bare_clock(i)
        if bare is not None:
            pod, stop = self.pod_after(i + 1)
            out.append(Found(i, stop, At(None, bare[0], bare[1], pod)))
        # "kvart over ti", "kvart i tio": a spoken clock time needs no clock word
        if low[i] in lex.clock_quarter:
            spoken = self.spoken_clock(i)
            if spoken is not None:
                out.append(Found(i, spoken[2], At(None, spoken[0], spoken[1])))
        # "kl. 14", and after a word such as "omkring": "omkring klokken 15"
        cw = lex.clock_words.match(low, k) if k < self.n else None
        if cw is not None:
            k = cw[1]
            spoken = self.spoken_clock(k)
            if spoken is not None:  # "klokka halv ti", "klokken ti over halv tolv"
                pod, stop = self.pod_after(spoken[2])
                out.append(Found(i, stop, At(None, spoken[0], spoken[1], pod)))
                return out
            # "kl. 14.30", and the start of a range: "kl. 10-12"; "klokken sju"
            m = _CLOCK.fullmatch(low[k].split("-")[0]) if k < self.n else None
            word_hour = self.word_number(low[k]) if k < self.n and m is None else None
            if word_hour is not None and word_hour.is_integer() and 1 <= word_hour <= 24:
                pod, stop = self.pod_after(k + 1)
                out.append(Found(i, stop, At(None, int(word_hour) % 24, None, pod)))
            if m:
                stop = k + 1
                minute = int(m[2]) if m[2] else None
                if (
                    minute is None
                    and stop + 1 < self.n
                    and low[stop] in {".", ":"}
                    and self.glued(stop)
                    and self.glued(stop + 1)
                    and re.fullmatch(r"[0-5]\d", low[stop + 1])
                ):
                    minute, stop = int(low[stop + 1]), stop + 2
                pod, stop = self.pod_after(stop)
                out.append(Found(i, stop, At(None, int(m[1]), minute, pod)))
                both = self._glued_clock_range(i, k, stop)
                if both:
                    out[-1:] = both
        if i >= 3 and (low[i - 1] in lex.range_words or low[i - 1] in lex.conjunctions):
            end = self._clock_range_end(i)
            if end is not None:
                out.append(end)
        return out

    def _glued_clock_range(self, i: int, k: int, stop: int) -> list[Found]:
        """ "kl. 10-12": two times, each cut from the token (empty when not such a range)."""
        first, sep, second = self.low[k].partition("-")
        a = _CLOCK.fullmatch(first) if sep and stop == k + 1 else None
        b = _CLOCK.fullmatch(second) if a is not None else None
        if a is None or b is None:
            return []
        at = self.toks[k].start
        return [
            Found(
                i,
                stop,
                At(None, int(a[1]), int(a[2]) if a[2] else None),
                (self.toks[i].start, at + len(first)),
            ),
            Found(
                k,
                stop,
                At(None, int(b[1]), int(b[2]) if b[2] else None),
                (at + len(first) + 1, self.toks[k].end),
            ),
        ]

    def _clock_range_end(self, i: int) -> Found | None:
        """ "klokken 10 til 14", "mellom kl. 10 og 12": the number after the range word is a
        clock time too."""
        lex, low = self.lex, self.low
        if i < 3 or not (low[i - 1] in lex.range_words or low[i - 1] in lex.conjunctions):
            return None
        m = _CLOCK.fullmatch(low[i])
        if m is None:
            return None
        if _CLOCK.fullmatch(low[i - 2]) is None:
            return None
        if self._counted_after(i + 1):
            return None  # "klokken 10 til 14 personer": a count
        for j in (i - 4, i - 3):
            cw = lex.clock_words.match(low, j) if j >= 0 else None
            if cw is not None and cw[1] == i - 2:
                minute = int(m[2]) if m[2] else None
                pod, stop = self.pod_after(i + 1)
                return Found(i, stop, At(None, int(m[1]), minute, pod))
        return None


_DASH_SEPARATORS = frozenset({"-", "–", "—"})


def _merge(found: list[Found], low: Sequence[str], lex: TimeLexicon) -> list[Found]:
    """Join expressions written together: a day and a time of day ("fredag klokken 10"), a
    weekday and the week it falls in ("tirsdag forrige uke")."""
    out: list[Found] = []
    for item in found:
        f = item
        if out:
            last = out[-1]
            close = last.stop == f.first or (
                last.stop + 1 == f.first
                and (low[last.stop] == "," or low[last.stop] in lex.joiners)
            )
            a, b = last.spec, f.spec
            # a stamp's clock after a dash: "torsdag 12. september 2019 - 08:14"
            dashed = (
                last.stop + 1 == f.first
                and low[last.stop] in _DASH_SEPARATORS
                and isinstance(b, At)
                and b.day is None
                and _is_day(a)
            )
            # "i januar og februar i fjor", "mai og juni 2021": one year for both months
            if (
                isinstance(a, Calendar)
                and isinstance(b, Calendar)
                and a.month is not None
                and b.month is not None
                and a.year is None
                and a.year_offset is None
                and (b.year is not None or b.year_offset is not None)
                and last.stop + 1 == f.first
                and (low[last.stop] in lex.conjunctions or low[last.stop] in lex.range_words)
            ):
                a = attrs.evolve(a, year=b.year, year_offset=b.year_offset)
                out[-1] = last = Found(last.first, last.stop, a, last.cut)
            # "fra mandag til onsdag": the "til" of a range looks ahead only where the clause
            # does not tell of the past ("møtet varte fra mandag til onsdag")
            if (
                isinstance(a, Weekday)
                and isinstance(b, Weekday)
                and b.mode == "future"
                and last.stop == f.first
                and low[f.first] in lex.range_words
            ):
                f = Found(f.first, f.stop, attrs.evolve(b, mode="ahead"))
                b = f.spec
            # "onsdag og torsdag", "fredag till söndag": one direction for both days
            if (
                isinstance(a, Weekday)
                and isinstance(b, Weekday)
                and (a.mode is None) != (b.mode is None)
                and (
                    last.stop == f.first
                    or (last.stop + 1 == f.first and low[last.stop] in lex.conjunctions)
                )
            ):
                if a.mode is None:
                    out[-1] = last = Found(last.first, last.stop, attrs.evolve(a, mode=b.mode))
                    a = last.spec
                else:
                    f = Found(f.first, f.stop, attrs.evolve(b, mode=a.mode))
                    b = f.spec
            if close or dashed:
                if isinstance(b, At) and b.day is None and _is_day(a):
                    out[-1] = Found(last.first, f.stop, At(a, b.hour, b.minute, b.pod))
                    continue
                if isinstance(a, At) and a.day is None and _is_day(b):
                    out[-1] = Found(last.first, f.stop, At(b, a.hour, a.minute, a.pod))
                    continue
                if (
                    isinstance(a, Weekday)
                    and isinstance(b, Relative)
                    and b.unit == "W"
                    and b.offset is not None
                    and not b.anchored
                ):
                    week = WeekdayOf(a.weekday, b.offset, a.pod)
                    out[-1] = Found(last.first, f.stop, week)
                    continue
        out.append(f)
    # "fra klokken 10 til 14 på fredag": the day of the second time is the first's too
    for n in range(len(out) - 1):
        a, b = out[n].spec, out[n + 1].spec
        gap = out[n].stop
        if (
            isinstance(a, At)
            and isinstance(b, At)
            and a.day is None
            and b.day is not None
            and gap + 1 == out[n + 1].first
            and (low[gap] in lex.range_words or low[gap] in lex.conjunctions)
        ):
            out[n] = attrs.evolve(out[n], spec=attrs.evolve(a, day=b.day))
    return out


def word_index(
    lex: TimeLexicon, low: Sequence[str], digits: Sequence[int] | None = None
) -> tuple[list[int], list[int]]:
    """The tokens that carry time, and the tokens where an expression may open (indices).

    ``low`` are the case-folded token texts; ``digits`` the indices of those that start with
    a digit (both lists hold them), found here when not given. The words are looked up with
    one membership test mapped over the tokens, without a Python step per token.

    Examples:
        >>> from newsevents.extract._time_lexicon import lexicon
        >>> from newsevents.languages import get_pack
        >>> word_index(lexicon(get_pack("nb")), ["han", "kom", "i", "fjor", "og", "2019"])
        ([3, 5], [2, 5])
    """
    flags = lex.word_flags
    n = len(low)
    if digits is None:
        digits = list(compress(range(n), map(str.isdecimal, map(_FIRST_CHAR, low))))
    carrying: list[int] = []
    opens: list[int] = []
    for k in compress(range(n), map(flags.__contains__, low)):
        flag = flags[low[k]]
        if flag & _CARRIES:
            carrying.append(k)
        if flag & _OPENS:
            opens.append(k)
    if digits:
        carrying = sorted({*carrying, *digits})
        opens = sorted({*opens, *digits})
    return carrying, opens


def live_openers(carrying: Sequence[int], opens: Sequence[int], first: int, stop: int) -> list[int]:
    """The openers in ``[first, stop)`` with a word carrying time at most `REACH` - 1 tokens
    on, inside the same range (a lead-in such as "i" or "de siste" needs one; a number
    carries time itself).

    Examples:
        >>> live_openers([3, 20], [0, 2, 9, 20], 0, 30)
        [0, 2, 20]
    """
    live: list[int] = []
    c = bisect.bisect_left(carrying, first)
    for k in opens[bisect.bisect_left(opens, first) : bisect.bisect_left(opens, stop)]:
        while c < len(carrying) and carrying[c] < k:
            c += 1
        if c < len(carrying) and carrying[c] < min(k + REACH, stop):
            live.append(k)
    return live


def find(
    lex: TimeLexicon,
    toks: Sequence[Token],
    text: str,
    offset: int = 0,
    *,
    low: list[str] | None = None,
    openers: list[int] | None = None,
) -> list[Found]:
    """The expressions among ``toks`` (one block), left to right, longest match first.

    Token indices in the result are shifted by ``offset`` (the block's first token index).
    ``low`` (the case-folded texts of ``toks``) and ``openers`` (the `live_openers` of the
    block, as indices into ``toks``) may be given when already known.
    """
    m = _Matcher(lex, toks, text, low)
    low = m.low
    found: list[Found] = []
    starters = lex.starters
    if openers is None:
        carrying, opens = word_index(lex, low)
        openers = live_openers(carrying, opens, 0, len(low))
    opens = openers
    i = 0
    for at in opens:
        if at < i:
            continue
        i = at
        w = low[i]
        digit = w[:1].isdecimal()
        candidates: list[Found] = []
        if w in starters["relative_days"]:
            candidates.extend(m.relative_days(i))
        if digit or w in starters["durations"]:
            candidates.extend(m.durations(i))
        if digit or w in starters["relative_calendar"]:
            candidates.extend(m.relative_calendar(i))
        if w in starters["weekdays"]:
            candidates.extend(m.weekdays(i))
        if digit or w in starters["dates"]:
            candidates.extend(m.dates(i))
        if digit or w in starters["clocks"]:
            candidates.extend(m.clocks(i))
        candidates = [c for c in candidates if c.stop > c.first >= i]
        if not candidates:
            i += 1
            continue
        best = max(candidates, key=lambda c: (c.stop - i, -(c.first - i)))
        found.append(best)
        if best.cut is not None:  # the second year of "2020-2022", the end of "kl. 10-12"
            found.extend(
                c for c in candidates if c is not best and c.cut is not None and c.stop == best.stop
            )
        i = best.stop
    merged = _merge(found, low, lex)
    return [Found(f.first + offset, f.stop + offset, f.spec, f.cut) for f in merged]
