"""Errors and warnings raised by newsevents."""

from __future__ import annotations

__all__ = [
    "DataError",
    "NewsEventsError",
    "NewsEventsWarning",
    "ParseError",
    "UnknownLanguageError",
]


class NewsEventsError(Exception):
    """Base class of every error newsevents raises."""


class ParseError(NewsEventsError, ValueError):
    """Input that cannot be read as a dated article, with where and why.

    Examples:
        >>> err = ParseError("not a date", text=" date 2022-13 Tekst", position=6)
        >>> (err.line, err.column)
        (1, 7)
    """

    def __init__(self, message: str, *, text: str = "", position: int = 0) -> None:
        self.message = message
        self.position = position
        self.line = text.count("\n", 0, position) + 1
        self.column = position - (text.rfind("\n", 0, position) + 1) + 1
        lo = max(0, position - 30)
        self.context = text[lo : position + 30].replace("\n", " ")
        where = f"line {self.line}, column {self.column}"
        detail = f"{message} ({where})"
        if self.context:
            pointer = " " * (position - lo) + "^"
            detail = f"{detail}\n  {self.context}\n  {pointer}"
        super().__init__(detail)


class DataError(NewsEventsError, ValueError):
    """Serialised data (`from_dict`) that do not fit the model; lists every problem at once.

    Examples:
        >>> err = DataError(["invalid value @ $.blocks[0].kind", "required field missing @ $.text"])
        >>> len(err.problems)
        2
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("data do not fit the model:\n  " + "\n  ".join(problems))


class UnknownLanguageError(NewsEventsError, LookupError):
    """A language code no installed language pack serves."""


class NewsEventsWarning(UserWarning):
    """Something odd in the input that was parsed on a best-effort basis."""
