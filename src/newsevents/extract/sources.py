"""The sources layer."""

from __future__ import annotations

from newsevents.extract._context import Context
from newsevents.model import Source

__all__ = ["extract_sources"]


def extract_sources(ctx: Context) -> tuple[Source, ...]:
    """Find the sources of the document."""
    return ()
