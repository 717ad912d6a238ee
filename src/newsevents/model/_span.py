"""Spans: half-open character offsets into the exact input text."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Span", "check_span"]


def check_span(instance: Any, attribute: Any, value: int) -> None:
    """Validate ``0 <= start <= end`` and ``len(text) == end - start`` on a spanned object."""
    start, end, text = instance.start, instance.end, instance.text
    if start < 0 or end < start:
        msg = f"bad span {start}:{end}"
        raise ValueError(msg)
    if len(text) != end - start:
        msg = f"span {start}:{end} does not fit text of length {len(text)}"
        raise ValueError(msg)


@attrs.frozen
class Span:
    """A piece of the input: ``text == input[start:end]``.

    Examples:
        >>> s = Span(4, 9, "dette")
        >>> s.end - s.start
        5
    """

    start: int
    end: int = attrs.field(validator=check_span)
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end
