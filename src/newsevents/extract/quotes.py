"""The quotes layer."""

from __future__ import annotations

from newsevents.extract._context import Context
from newsevents.model import Quote

__all__ = ["extract_quotes"]


def extract_quotes(ctx: Context) -> tuple[Quote, ...]:
    """Find the quotes of the document."""
    return ()
