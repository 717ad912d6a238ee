"""The timexes layer."""

from __future__ import annotations

from newsevents.extract._context import Context
from newsevents.model import Timex

__all__ = ["extract_timexes"]


def extract_timexes(ctx: Context) -> tuple[Timex, ...]:
    """Find the timexes of the document."""
    return ()
