"""newsevents: typed, linked facts from dated news articles.

Quotes and their speakers, sources, temporal expressions resolved to honest intervals,
events and entities, from Norwegian (Bokmål and Nynorsk), Danish and Swedish news.

Examples:
    >>> import newsevents
    >>> article = newsevents.parse(" date 2022-01 Blinken møtte Lavrov i Genève fredag.")
    >>> article.language
    'nb'
"""

from importlib.metadata import PackageNotFoundError, version

from newsevents._errors import (
    DataError,
    NewsEventsError,
    NewsEventsWarning,
    ParseError,
    UnknownLanguageError,
)
from newsevents.corpus import ClusterMember, Contradiction, Corpus, CorpusEntity, EventCluster
from newsevents.io import dumps, from_dict, loads, to_dict, to_records
from newsevents.languages import LanguagePack, available_languages, detect_language, get_pack
from newsevents.model import (
    Article,
    Block,
    BlockKind,
    Entity,
    EntityType,
    Event,
    EventStatus,
    EventType,
    Granularity,
    PartialDate,
    Participant,
    ParticipantRole,
    Place,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    Timex,
    TimexType,
)
from newsevents.ontology import ONTOLOGY, EventTypeSpec
from newsevents.pipeline import Parser, Stage, parse, parse_file, parse_many
from newsevents.schema import json_schema
from newsevents.timeparse import parse_time, to_edtf, to_timex3

try:
    __version__ = version("newsevents")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "ONTOLOGY",
    "Article",
    "Block",
    "BlockKind",
    "ClusterMember",
    "Contradiction",
    "Corpus",
    "CorpusEntity",
    "DataError",
    "Entity",
    "EntityType",
    "Event",
    "EventCluster",
    "EventStatus",
    "EventType",
    "EventTypeSpec",
    "Granularity",
    "LanguagePack",
    "NewsEventsError",
    "NewsEventsWarning",
    "ParseError",
    "Parser",
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
    "Stage",
    "Timex",
    "TimexType",
    "UnknownLanguageError",
    "__version__",
    "available_languages",
    "detect_language",
    "dumps",
    "from_dict",
    "get_pack",
    "json_schema",
    "loads",
    "parse",
    "parse_file",
    "parse_many",
    "parse_time",
    "to_dict",
    "to_edtf",
    "to_records",
    "to_timex3",
]
