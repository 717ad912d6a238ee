"""The data model: frozen, slotted, typed attrs classes. Imports nothing else of the package."""

from newsevents.model._items import (
    SCHEMA,
    Article,
    Block,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    Source,
    Speaker,
    Timex,
)
from newsevents.model._kinds import (
    BlockKind,
    EntityType,
    EventStatus,
    EventType,
    Granularity,
    ParticipantRole,
    QuoteKind,
    SourceKind,
    TimexType,
)
from newsevents.model._span import Span
from newsevents.model._time import PartialDate

__all__ = [
    "SCHEMA",
    "Article",
    "Block",
    "BlockKind",
    "Entity",
    "EntityType",
    "Event",
    "EventStatus",
    "EventType",
    "Granularity",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Place",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "Speaker",
    "Timex",
    "TimexType",
]
