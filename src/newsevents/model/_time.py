"""Dates that carry their precision: a value with honest bounds."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import attrs

from newsevents.model._kinds import Granularity

__all__ = ["PartialDate"]


def _check_bounds(instance: PartialDate, attribute: Any, value: dt.date | None) -> None:
    if instance.earliest is not None and value is not None and instance.earliest > value:
        msg = f"earliest {instance.earliest} is after latest {value}"
        raise ValueError(msg)


@attrs.frozen
class PartialDate:
    """A point or stretch of time known only to some precision.

    ``value`` is ISO 8601 / TIMEX3 (``2022-11``, ``2022-01-21``, ``2022-W04``, ``2022-01-21T11``,
    ``PT3H``, ``PXW``); ``earliest`` and ``latest`` are the inclusive bounds (days) of what the
    text allows, ``None`` where the text allows no bound.

    Examples:
        >>> d = PartialDate.month(2022, 11)
        >>> d.value, d.earliest, d.latest
        ('2022-11', datetime.date(2022, 11, 1), datetime.date(2022, 11, 30))
    """

    value: str | None
    earliest: dt.date | None
    latest: dt.date | None = attrs.field(validator=_check_bounds)
    granularity: Granularity

    @classmethod
    def year(cls, year: int) -> PartialDate:
        """The whole of one year.

        Examples:
            >>> PartialDate.year(1962).latest
            datetime.date(1962, 12, 31)
        """
        return cls(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR)

    @classmethod
    def month(cls, year: int, month: int) -> PartialDate:
        """The whole of one month.

        Examples:
            >>> PartialDate.month(2022, 2).latest
            datetime.date(2022, 2, 28)
        """
        last = calendar.monthrange(year, month)[1]
        return cls(
            f"{year:04d}-{month:02d}",
            dt.date(year, month, 1),
            dt.date(year, month, last),
            Granularity.MONTH,
        )

    @classmethod
    def day(cls, day: dt.date) -> PartialDate:
        """One calendar day.

        Examples:
            >>> import datetime as dt
            >>> PartialDate.day(dt.date(2022, 1, 21)).value
            '2022-01-21'
        """
        return cls(day.isoformat(), day, day, Granularity.DAY)

    @property
    def is_bounded(self) -> bool:
        """Whether both bounds are known."""
        return self.earliest is not None and self.latest is not None

    def intersect(self, other: PartialDate) -> PartialDate | None:
        """What two dates allow together, or ``None`` when they cannot both hold.

        Examples:
            >>> import datetime as dt
            >>> a = PartialDate.month(2022, 1)
            >>> a.intersect(PartialDate.day(dt.date(2022, 1, 21))).value
            '2022-01-21'
            >>> a.intersect(PartialDate.month(2022, 2)) is None
            True
        """
        lo = max((d for d in (self.earliest, other.earliest) if d is not None), default=None)
        hi = min((d for d in (self.latest, other.latest) if d is not None), default=None)
        if lo is not None and hi is not None and lo > hi:
            return None
        finer = self if _rank(self.granularity) <= _rank(other.granularity) else other
        if lo == finer.earliest and hi == finer.latest:
            return finer
        if lo is not None and lo == hi:
            return PartialDate.day(lo)
        return PartialDate(_known(finer.value, lo, hi), lo, hi, finer.granularity)


def _known(value: str | None, lo: dt.date | None, hi: dt.date | None) -> str | None:
    """``value`` with the year (and month) its bounds now fix written in.

    Examples:
        >>> import datetime as dt
        >>> _known("XXXX-WXX-5", dt.date(2022, 1, 1), dt.date(2022, 1, 28))
        '2022-WXX-5'
        >>> _known("2022-XX-XX", dt.date(2022, 1, 3), dt.date(2022, 1, 28))
        '2022-01-XX'
        >>> _known("XXXX-WXX-5", dt.date(2021, 12, 31), dt.date(2022, 1, 28))
        'XXXX-WXX-5'
    """
    if value is None or lo is None or hi is None or lo.year != hi.year:
        return value
    if value.startswith("XXXX"):
        value = f"{lo.year:04d}{value[4:]}"
    if value[4:8] == "-XX-" and lo.month == hi.month:
        value = f"{value[:5]}{lo.month:02d}{value[7:]}"
    return value


_ORDER = tuple(Granularity)


def _rank(g: Granularity) -> int:
    return _ORDER.index(g)
