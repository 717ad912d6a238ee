"""The events layer."""

from __future__ import annotations

from newsevents.extract._context import Context
from newsevents.model import Event

__all__ = ["extract_events"]


def extract_events(ctx: Context) -> tuple[Event, ...]:
    """Find the events of the document."""
    return ()
