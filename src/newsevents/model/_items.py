"""The facts an article yields: blocks, timexes, quotes, sources, events and entities."""

from __future__ import annotations

import datetime as dt

import attrs

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
from newsevents.model._span import Span, check_span
from newsevents.model._time import PartialDate

__all__ = [
    "SCHEMA",
    "Article",
    "Block",
    "Entity",
    "Event",
    "Participant",
    "Place",
    "Quote",
    "Source",
    "Speaker",
    "Timex",
]

SCHEMA = "newsevents/1"


@attrs.frozen
class Block:
    """A block of the article: paragraph, heading, caption, credit, boilerplate, header.

    Blocks cover the input: every character belongs to exactly one block (blank lines
    between paragraphs belong to the block before them).

    Examples:
        >>> Block(0, 5, "Hallo", BlockKind.PARAGRAPH).kind
        <BlockKind.PARAGRAPH: 'paragraph'>
    """

    start: int
    end: int = attrs.field(validator=check_span)
    text: str
    kind: BlockKind
    story: int = 0
    """Index of the story segment the block belongs to (live blogs hold several)."""


@attrs.frozen
class Timex:
    """A temporal expression with its resolved value and honest bounds.

    Examples:
        >>> import datetime as dt
        >>> t = Timex(0, 6, "fredag", TimexType.DATE, "2022-01-21",
        ...           dt.date(2022, 1, 21), dt.date(2022, 1, 21), Granularity.DAY, "article")
        >>> t.interval.value
        '2022-01-21'
    """

    start: int
    end: int = attrs.field(validator=check_span)
    text: str
    type: TimexType
    value: str | None
    earliest: dt.date | None
    latest: dt.date | None
    granularity: Granularity
    anchor: str | int | None = None
    """``"article"``, the start offset of the timex it was resolved against, or ``None``."""

    @property
    def interval(self) -> PartialDate:
        """The value as a `PartialDate`."""
        return PartialDate(self.value, self.earliest, self.latest, self.granularity)


@attrs.frozen
class Speaker:
    """Who a quote is attributed to, and the mention that attributes it.

    ``start``/``end``/``text`` give the attributing mention (a name, a role noun or a pronoun);
    they are ``None`` when the speaker is carried over from an earlier quote.

    Examples:
        >>> Speaker("Antony Blinken", "e1", 10, 17, "Blinken").name
        'Antony Blinken'
    """

    name: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


@attrs.frozen
class Quote:
    """Words reported as said by someone.

    Examples:
        >>> q = Quote(2, 7, "Hallo", QuoteKind.DIRECT)
        >>> q.speaker is None
        True
    """

    start: int
    end: int = attrs.field(validator=check_span)
    text: str
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    source: str | None = None
    """Id of the `Source` the quote is relayed through."""


@attrs.frozen
class Source:
    """Whom information is attributed to: an agency, an outlet, an official, anonymous sources.

    Examples:
        >>> s = Source(0, 7, "Reuters", "s1", "Reuters", SourceKind.NEWS_AGENCY)
        >>> s.kind.value
        'news_agency'
    """

    start: int
    end: int = attrs.field(validator=check_span)
    text: str
    id: str
    name: str
    kind: SourceKind
    cue: Span | None = None
    via: str | None = None
    """Id of the source this one is reported through."""


@attrs.frozen
class Participant:
    """Someone taking part in an event.

    Examples:
        >>> Participant("Russland", "e3", ParticipantRole.ACTOR).role.value
        'actor'
    """

    name: str
    entity: str | None = None
    role: ParticipantRole = ParticipantRole.ACTOR


@attrs.frozen
class Place:
    """Where an event happens.

    Examples:
        >>> Place("Genève").entity is None
        True
    """

    name: str
    entity: str | None = None


@attrs.frozen
class Event:
    """Who did what to whom, where and when, with what status, according to whom.

    Examples:
        >>> e = Event(0, 5, "møtte", EventType.MEET, EventStatus.OCCURRED)
        >>> e.participants
        ()
    """

    start: int
    end: int = attrs.field(validator=check_span)
    text: str
    type: EventType
    status: EventStatus
    participants: tuple[Participant, ...] = ()
    place: Place | None = None
    time: PartialDate | None = None
    source: str | None = None
    trigger: Span | None = None
    """The word that signals the event (``møtte``, ``toppmøtet``)."""


@attrs.frozen
class Entity:
    """One referent of the article, with every mention of it.

    Examples:
        >>> e = Entity("e1", "Antony Blinken", EntityType.PERSON)
        >>> e.mentions
        ()
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    roles: tuple[str, ...] = ()


@attrs.frozen
class Article:
    """A parsed, dated news article.

    Examples:
        >>> import newsevents
        >>> a = newsevents.parse(" date 2022-01 Blinken møtte Lavrov i Genève fredag.")
        >>> a.date.value, a.language
        ('2022-01', 'nb')
    """

    text: str
    """The input exactly as given to `parse`; every offset points into it."""
    language: str
    date: PartialDate | None
    id: str | None = None
    headline: str | None = None
    blocks: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()
    warnings: tuple[str, ...] = ()
    schema: str = SCHEMA

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or ``None``."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or ``None``."""
        for s in self.sources:
            if s.id == source_id:
                return s
        return None
