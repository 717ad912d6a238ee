"""Extractors: pure functions of a `Context` (the document, its language pack, earlier layers).

Each layer is computed from the ones before it, in this order: timexes, entities, sources,
quotes, events. An extractor returns a tuple of model objects and keeps no state.
"""

from newsevents.extract._context import Context, Extractor
from newsevents.extract.entities import extract_entities
from newsevents.extract.events import extract_events
from newsevents.extract.quotes import extract_quotes
from newsevents.extract.sources import extract_sources
from newsevents.extract.temporal import extract_timexes

__all__ = [
    "Context",
    "Extractor",
    "extract_entities",
    "extract_events",
    "extract_quotes",
    "extract_sources",
    "extract_timexes",
]
