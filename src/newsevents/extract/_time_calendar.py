"""Calendar arithmetic on honest intervals: shifting, unit bounds, weekdays, seasons, values.

All functions are pure and never read the clock. Intervals are inclusive ``(first, last)`` day
pairs; units are ``D`` (day), ``W`` (ISO week), ``WE`` (weekend), ``M``, ``Y``, ``DE`` (decade),
``CE`` (century).
"""

from __future__ import annotations

import calendar
import datetime as dt

from newsevents.model import Granularity

__all__ = [
    "GRANULARITY",
    "Interval",
    "combined_duration",
    "duration_granularity",
    "duration_value",
    "format_value",
    "month_year",
    "relative",
    "season_bounds",
    "season_near",
    "shift",
    "unit_bounds",
    "week_year",
    "weekday_window",
]

Interval = tuple[dt.date, dt.date]

GRANULARITY = {
    "S": Granularity.MINUTE,
    "MIN": Granularity.MINUTE,
    "H": Granularity.HOUR,
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "WE": Granularity.WEEK,
    "M": Granularity.MONTH,
    "SE": Granularity.SEASON,
    "Y": Granularity.YEAR,
    "DE": Granularity.DECADE,
    "CE": Granularity.CENTURY,
}

_MIN = dt.date(1, 1, 1)
_MAX = dt.date(9999, 12, 31)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day kept within the month (Jan 31 + 1 = Feb 28).

    Raises:
        ValueError: the result falls outside years 1 to 9999.
    """
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(year)
    day = min(d.day, calendar.monthrange(year, month0 + 1)[1])
    return dt.date(year, month0 + 1, day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift(d: dt.date, unit: str, n: float) -> dt.date:
    """``d`` moved by ``n`` units (fractions of a unit go through days).

    Dates beyond the calendar (years 1 to 9999) stop at its first or last day.

    Examples:
        >>> shift(dt.date(2022, 1, 31), "M", 1)
        datetime.date(2022, 2, 28)
    """
    whole = int(n)
    frac = n - whole
    try:
        if unit == "D":
            out = d + dt.timedelta(days=whole)
        elif unit in ("W", "WE"):
            out = d + dt.timedelta(weeks=whole)
        elif unit == "M":
            out = _add_months(d, whole)
        elif unit in ("Y", "DE", "CE"):
            out = _add_months(d, 12 * whole * {"Y": 1, "DE": 10, "CE": 100}[unit])
        else:
            out = d
    except (OverflowError, ValueError):
        out = _MAX if whole > 0 else _MIN
    if frac:
        days = {"D": 1, "W": 7, "WE": 7, "M": 30, "Y": 365, "DE": 3652, "CE": 36524}.get(unit, 0)
        extra = round(frac * days)
        try:
            out += dt.timedelta(days=extra)
        except OverflowError:
            out = _MAX if extra > 0 else _MIN
    return out


def unit_bounds(d: dt.date, unit: str) -> Interval:
    """The unit (day, ISO week, weekend, month, year, decade, century) holding ``d``.

    Examples:
        >>> unit_bounds(dt.date(2022, 1, 26), "W")
        (datetime.date(2022, 1, 24), datetime.date(2022, 1, 30))
    """
    try:
        if unit in ("W", "WE"):
            monday = d - dt.timedelta(days=d.weekday())
            if unit == "WE":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if unit == "M":
            if (d.year, d.month) == (dt.MAXYEAR, 12):
                return d, d  # the month's end is the calendar's: kept as before
            return d.replace(day=1), _month_end(d.year, d.month)
        if unit == "Y":
            return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
        if unit == "DE":
            y = d.year - d.year % 10
            return dt.date(max(1, y), 1, 1), dt.date(y + 9, 12, 31)
        if unit == "CE":
            y = d.year - d.year % 100
            return dt.date(max(1, y), 1, 1), dt.date(min(9999, y + 99), 12, 31)
    except (OverflowError, ValueError):
        return d, d
    return d, d


def relative(base: Interval, unit: str, n: float) -> Interval:
    """The units ``n`` away from every day of ``base`` ("forrige måned", "neste uke").

    Examples:
        >>> relative((dt.date(2022, 11, 1), dt.date(2022, 11, 30)), "M", -1)
        (datetime.date(2022, 10, 1), datetime.date(2022, 10, 31))
    """
    lo = unit_bounds(shift(base[0], unit, n), unit)[0]
    hi = unit_bounds(shift(base[1], unit, n), unit)[1]
    return lo, hi


def weekday_window(base: Interval, weekday: int, mode: str | None) -> Interval:
    """The first and last day with ``weekday`` (0 = Monday) the text allows.

    ``mode``: ``past`` (on or before the reference day), ``future`` (on or after), ``previous``
    (in the week before), ``next`` (in the week after), or ``None`` (within six days either
    way).

    Examples:
        >>> jan = (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
        >>> weekday_window(jan, 4, "past")
        (datetime.date(2021, 12, 31), datetime.date(2022, 1, 28))
    """
    lo_off, hi_off = {
        "past": (-6, 0),
        "future": (0, 6),
        "previous": (-13, -1),
        "next": (1, 13),
    }.get(mode or "", (-6, 6))
    try:
        lo = base[0] + dt.timedelta(days=lo_off)
        hi = base[1] + dt.timedelta(days=hi_off)
    except OverflowError:
        return base
    first = lo + dt.timedelta(days=(weekday - lo.weekday()) % 7)
    last = hi - dt.timedelta(days=(hi.weekday() - weekday) % 7)
    if first > last:  # cannot happen with windows of a week or more; stay safe
        return lo, hi
    return first, last


def month_year(ref: dt.date, month: int, direction: str | None, *, nearest: bool = True) -> int:
    """The year of a month named without one, seen from ``ref`` ("i august" → this year).

    Without a direction the nearest such month wins: "i januar" written in November is the
    coming January, "i august" the August gone (a tie stays in the year of ``ref``); with
    ``nearest`` false, the month of the year of ``ref``.

    Examples:
        >>> month_year(dt.date(2022, 11, 1), 12, "past"), month_year(dt.date(2022, 11, 1), 2, None)
        (2021, 2023)
        >>> month_year(dt.date(2022, 11, 1), 8, None), month_year(dt.date(2022, 3, 1), 9, None)
        (2022, 2022)
    """
    if direction == "past" and month > ref.month:
        return ref.year - 1
    if direction == "future" and month < ref.month:
        return ref.year + 1
    if direction is None and nearest:
        if ref.month - month > 6:
            return ref.year + 1
        if month - ref.month > 6:
            return ref.year - 1
    return ref.year


def week_year(ref: dt.date, week: int, direction: str | None) -> int:
    """The ISO year of week ``week`` named without a year ("uke 12"), seen from ``ref``.

    Like `month_year`: past or future tense moves it to the year before or after, and with no
    tense the nearest such week wins.

    Examples:
        >>> nov = dt.date(2022, 11, 16)
        >>> week_year(nov, 12, "future"), week_year(nov, 12, "past"), week_year(nov, 2, None)
        (2023, 2022, 2023)
    """
    iso = ref.isocalendar()
    if direction == "past" and week > iso.week:
        return iso.year - 1
    if direction == "future" and week < iso.week:
        return iso.year + 1
    if direction is None:
        if iso.week - week > 26:
            return iso.year + 1
        if week - iso.week > 26:
            return iso.year - 1
    return iso.year


def season_bounds(year: int, code: str) -> Interval:
    """A meteorological season; winter ``Y`` runs from December ``Y-1`` through February ``Y``.

    Examples:
        >>> season_bounds(2022, "WI")
        (datetime.date(2021, 12, 1), datetime.date(2022, 2, 28))
    """
    a, b = _SEASON_MONTHS.get(code, (1, 12))
    start_year = year - 1 if code == "WI" else year
    first = dt.date(start_year, a, 1)
    last = _month_end(year, b)
    return first, last


def season_near(ref: dt.date, code: str, direction: str | None) -> int:
    """The year of the season named without a year ("i høst"), seen from ``ref``.

    ``past`` and ``future`` accept the season under way ("i høst" written in October);
    ``previous`` and ``next`` ("forrige høst", "neste høst") do not.

    Examples:
        >>> nov = dt.date(2022, 11, 10)
        >>> season_near(nov, "SP", "past"), season_near(nov, "SP", "future")
        (2022, 2023)
        >>> season_near(nov, "FA", "past"), season_near(nov, "FA", "previous")
        (2022, 2021)
    """
    options = [(y, season_bounds(y, code)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    holding = [y for y, (a, b) in options if a <= ref <= b]
    if holding and direction not in ("previous", "next"):
        return holding[0]
    if direction in ("past", "previous"):
        return max(y for y, (a, b) in options if b < ref)
    if direction in ("future", "next"):
        return min(y for y, (a, b) in options if a > ref)
    return min(options, key=lambda o: min(abs((o[1][0] - ref).days), abs((o[1][1] - ref).days)))[0]


def format_value(
    granularity: Granularity, lo: dt.date, hi: dt.date, weekday: int | None = None
) -> str:
    """The TIMEX3 value of an interval at a granularity, with ``X`` for what is not known.

    Examples:
        >>> format_value(Granularity.DAY, dt.date(2022, 1, 7), dt.date(2022, 1, 28), 4)
        '2022-WXX-5'
        >>> format_value(Granularity.MONTH, dt.date(2022, 10, 1), dt.date(2022, 10, 31))
        '2022-10'
    """
    if granularity in (Granularity.DAY, Granularity.HOUR, Granularity.MINUTE):
        if lo == hi:
            return lo.isoformat()
        if weekday is not None:
            year = f"{lo.year:04d}" if lo.year == hi.year else "XXXX"
            return f"{year}-WXX-{weekday + 1}"
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.year:04d}-{lo.month:02d}-XX"
        return f"{lo.year:04d}-XX-XX" if lo.year == hi.year else "XXXX-XX-XX"
    if granularity is Granularity.WEEK:
        a, b = lo.isocalendar(), hi.isocalendar()
        if (a.year, a.week) == (b.year, b.week):
            return f"{a.year:04d}-W{a.week:02d}"
        return f"{a.year:04d}-WXX" if a.year == b.year else "XXXX-WXX"
    if granularity is Granularity.MONTH:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.year:04d}-{lo.month:02d}"
        return f"{lo.year:04d}-XX" if lo.year == hi.year else "XXXX-XX"
    if granularity is Granularity.DECADE:
        return f"{lo.year // 10:03d}" if lo.year // 10 == hi.year // 10 else "XXX"
    if granularity is Granularity.CENTURY:
        return f"{lo.year // 100:02d}" if lo.year // 100 == hi.year // 100 else "XX"
    if lo.year == hi.year:
        return f"{lo.year:04d}"
    if lo.year // 10 == hi.year // 10:
        return f"{lo.year // 10:03d}X"
    return "XXXX"


def _number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


_LOWER = {"H": ("MIN", 60), "MIN": ("S", 60), "D": ("H", 24), "W": ("D", 7), "Y": ("M", 12)}
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_DATE_UNITS = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "DE", "CE": "CE"}


def duration_value(amount: float | None, unit: str) -> str:
    """The ISO 8601 / TIMEX3 duration: ``PT3H``, ``P60Y``, ``PT1H30M``, vague ``PXW``.

    Examples:
        >>> duration_value(3, "H"), duration_value(1.5, "H"), duration_value(None, "W")
        ('PT3H', 'PT1H30M', 'PXW')
    """
    if amount is None:
        return (
            f"PTX{_TIME_UNITS[unit]}" if unit in _TIME_UNITS else f"PX{_DATE_UNITS.get(unit, unit)}"
        )
    parts: list[tuple[float, str]] = []
    whole = int(amount)
    frac = amount - whole
    if whole:
        parts.append((whole, unit))
    if frac:
        lower = _LOWER.get(unit)
        if lower and float(frac * lower[1]).is_integer():
            parts.append((frac * lower[1], lower[0]))
        else:
            parts.append((frac, unit))
    if not parts:
        parts.append((0, unit))
    date_part = "".join(f"{_number(n)}{_DATE_UNITS[u]}" for n, u in parts if u in _DATE_UNITS)
    time_part = "".join(f"{_number(n)}{_TIME_UNITS[u]}" for n, u in parts if u in _TIME_UNITS)
    return "P" + date_part + (("T" + time_part) if time_part else "")


_UNIT_ORDER = ("CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S")


def combined_duration(parts: tuple[tuple[float, str], ...]) -> str | None:
    """One TIMEX3 duration of several whole amounts in falling units, else None.

    Examples:
        >>> combined_duration(((2, "Y"), (6, "M"))), combined_duration(((1, "H"), (2, "Y")))
        ('P2Y6M', None)
    """
    ranks = [_UNIT_ORDER.index(u) if u in _UNIT_ORDER else -1 for _, u in parts]
    if (
        -1 in ranks
        or ranks != sorted(set(ranks))
        or any(not float(n).is_integer() for n, _ in parts)
    ):
        return None
    date_part = "".join(f"{_number(n)}{_DATE_UNITS[u]}" for n, u in parts if u in _DATE_UNITS)
    time_part = "".join(f"{_number(n)}{_TIME_UNITS[u]}" for n, u in parts if u in _TIME_UNITS)
    return "P" + date_part + (("T" + time_part) if time_part else "")


def duration_granularity(amount: float | None, unit: str) -> Granularity:
    """The granularity of a duration: its unit's, or the next smaller for a fraction.

    Examples:
        >>> duration_granularity(0.5, "Y"), duration_granularity(3, "Y")
        (<Granularity.MONTH: 'month'>, <Granularity.YEAR: 'year'>)
    """
    if amount is not None and not float(amount).is_integer():
        lower = _LOWER.get(unit)
        if lower is not None and float((amount % 1) * lower[1]).is_integer():
            return GRANULARITY.get(lower[0], Granularity.DAY)
    return GRANULARITY.get(unit, Granularity.DAY)
