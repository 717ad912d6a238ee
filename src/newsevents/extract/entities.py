"""The entities layer."""

from __future__ import annotations

from newsevents.extract._context import Context
from newsevents.model import Entity

__all__ = ["extract_entities"]


def extract_entities(ctx: Context) -> tuple[Entity, ...]:
    """Find the entities of the document."""
    return ()
