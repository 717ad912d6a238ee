"""Enumerations used across the model: every kind the contract names."""

from __future__ import annotations

import enum

__all__ = [
    "BlockKind",
    "EntityType",
    "EventStatus",
    "EventType",
    "Granularity",
    "ParticipantRole",
    "QuoteKind",
    "SourceKind",
    "TimexType",
]


class BlockKind(enum.StrEnum):
    """What a block of the article is."""

    HEADER = "header"
    HEADLINE = "headline"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    CAPTION = "caption"
    CREDIT = "credit"
    BOILERPLATE = "boilerplate"


class Granularity(enum.StrEnum):
    """The precision of a point or interval in time, finest first."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class TimexType(enum.StrEnum):
    """TIMEX3 types."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"


class QuoteKind(enum.StrEnum):
    """How a quote is reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    PARTIAL = "partial"


class SourceKind(enum.StrEnum):
    """What kind of source information is attributed to."""

    NEWS_AGENCY = "news_agency"
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    GOVERNMENT = "government"
    OFFICIAL = "official"
    ANONYMOUS = "anonymous"
    ORGANIZATION = "organization"
    PERSON = "person"
    THINK_TANK = "think_tank"


class EntityType(enum.StrEnum):
    """Entity types."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GPE = "gpe"
    LOCATION = "location"
    EVENT = "event"
    PRODUCT = "product"


class EventType(enum.StrEnum):
    """Event types (each maps to a PLOVER type and a CAMEO code, see `newsevents.ontology`)."""

    MEET = "meet"
    CALL = "call"
    TALKS = "talks"
    VISIT = "visit"
    STATEMENT = "statement"
    REQUEST = "request"
    DEMAND = "demand"
    PROPOSAL = "proposal"
    AGREEMENT = "agreement"
    REJECT = "reject"
    THREAT = "threat"
    ACCUSATION = "accusation"
    SANCTION = "sanction"
    DEPLOYMENT = "deployment"
    ATTACK = "attack"
    INVASION = "invasion"
    ANNEXATION = "annexation"
    ARREST = "arrest"
    RELEASE = "release"
    ELECTION = "election"
    PROTEST = "protest"
    SUSPEND = "suspend"
    OTHER = "other"


class EventStatus(enum.StrEnum):
    """Whether, according to the text, an event took place."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    CANCELLED = "cancelled"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


class ParticipantRole(enum.StrEnum):
    """The part a participant plays in an event."""

    ACTOR = "actor"
    TARGET = "target"
    WITH = "with"
