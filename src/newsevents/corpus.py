"""A `Corpus` links articles: one entity across articles and languages, one event across reports.

Reports of an event are clustered by type, participants, place and time. For a repeatable
event (a meeting, a statement, a call) the reports must also allow a common time; for a
one-off event (an invasion, an annexation) they need not, and when they cannot all be true
the corpus says so as a contradiction. The timeline lists the clusters in time order.

Examples:
    >>> import newsevents
    >>> from newsevents.corpus import Corpus
    >>> a = newsevents.parse(" date 2022-11 Russland invaderte Ukraina i februar.", id="a")
    >>> b = newsevents.parse(" date 2022-11 Russland invaderte Ukraina 24. januar.", id="b")
    >>> corpus = Corpus([a, b])
    >>> [(c.kind, c.cluster) for c in corpus.contradictions]
    [('date', 'C1')]
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsevents.extract._entity_names import fold
from newsevents.extract._event_lexicon import lexicon
from newsevents.languages import available_languages, get_pack
from newsevents.model import (
    Article,
    Entity,
    EntityType,
    Event,
    EventStatus,
    EventType,
    Granularity,
    PartialDate,
    Participant,
)
from newsevents.ontology import ONTOLOGY

__all__ = ["ClusterMember", "Contradiction", "Corpus", "CorpusEntity", "EventCluster"]

_REALIS = frozenset({EventStatus.OCCURRED, EventStatus.ONGOING})
_DENIED = frozenset({EventStatus.NEGATED, EventStatus.CANCELLED})
_ROLE_RANK = {"actor": 0, "with": 1, "target": 2}
_NON_WORD = re.compile(r"[\W_]+")


@attrs.frozen
class ClusterMember:
    """One report of an event: the article's id and the event's index in that article.

    Examples:
        >>> ClusterMember("002", 0).event
        0
    """

    article: str
    event: int


@attrs.frozen
class CorpusEntity:
    """An entity merged across articles and languages.

    Examples:
        >>> CorpusEntity("E1", "Russland", EntityType.GPE, ("Rusland",), ("a", "b")).aliases
        ('Rusland',)
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()


@attrs.frozen
class EventCluster:
    """The reports of one event, with what they allow together.

    Examples:
        >>> c = EventCluster("C1", EventType.MEET, ("Antony Blinken",), "Genève", None,
        ...                  EventStatus.OCCURRED, (ClusterMember("002", 0),))
        >>> c.members[0].article
        '002'
    """

    id: str
    type: EventType
    participants: tuple[str, ...]
    place: str | None
    time: PartialDate | None
    """The intersection of what the members allow; ``None`` when they allow nothing together."""
    status: EventStatus
    members: tuple[ClusterMember, ...]


@attrs.frozen
class Contradiction:
    """Reports of one event that cannot all be true.

    Examples:
        >>> Contradiction("date", "C1", "they disagree", ()).kind
        'date'
    """

    kind: str
    """``date``, ``place`` or ``status``."""
    cluster: str
    description: str
    members: tuple[ClusterMember, ...]


@attrs.frozen(init=False)
class Corpus:
    """Articles linked: merged entities, event clusters, contradictions and a timeline.

    Args:
        articles: parsed articles; one without an id gets a stable one from its text.

    Examples:
        >>> import newsevents
        >>> a = newsevents.parse(" date 2022-01 Blinken møtte Lavrov i Genève fredag.", id="x")
        >>> corpus = Corpus([a])
        >>> corpus.article_ids, [c.type.value for c in corpus.event_clusters]
        (('x',), ['meet'])
    """

    article_ids: tuple[str, ...]
    entities: tuple[CorpusEntity, ...]
    event_clusters: tuple[EventCluster, ...]
    contradictions: tuple[Contradiction, ...]
    timeline: tuple[str, ...]
    """Cluster ids in time order (clusters without a time last)."""
    articles: tuple[Article, ...] = attrs.field(default=(), eq=False, repr=False)

    def __init__(self, articles: Iterable[Article]) -> None:
        arts = tuple(articles)
        ids = _article_ids(arts)
        entities, entity_keys, resolve = _merge_entities(arts, ids)
        names = {key: e.name for key, e in entity_keys.items()}
        clusters, contradictions = _cluster_events(arts, ids, names, resolve)
        self.__attrs_init__(ids, entities, clusters, contradictions, _timeline(clusters), arts)

    # ---- access -----------------------------------------------------------------------------

    def cluster(self, cluster_id: str) -> EventCluster:
        """The cluster with this id.

        Raises:
            KeyError: no such cluster.

        Examples:
            >>> Corpus([]).event_clusters
            ()
        """
        for c in self.event_clusters:
            if c.id == cluster_id:
                return c
        raise KeyError(cluster_id)

    def events(self, cluster: EventCluster | str) -> tuple[Event, ...]:
        """The events of a cluster (empty for a corpus rebuilt by `from_dict`, which has none).

        Examples:
            >>> import newsevents
            >>> a = newsevents.parse(" date 2022-01 Blinken møtte Lavrov fredag.", id="x")
            >>> Corpus([a]).events("C1")[0].type.value
            'meet'
        """
        c = self.cluster(cluster) if isinstance(cluster, str) else cluster
        by_id = dict(zip(self.article_ids, self.articles, strict=False))
        out: list[Event] = []
        for m in c.members:
            art = by_id.get(m.article)
            if art is not None and m.event < len(art.events):
                out.append(art.events[m.event])
        return tuple(out)

    def __iter__(self) -> Iterator[EventCluster]:
        """The clusters in timeline order."""
        by_id = {c.id: c for c in self.event_clusters}
        return iter([by_id[i] for i in self.timeline])

    def __len__(self) -> int:
        return len(self.event_clusters)

    # ---- serialisation ------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The contract's ``Corpus`` section as JSON-ready data.

        Examples:
            >>> sorted(Corpus([]).to_dict())
            ['articles', 'contradictions', 'entities', 'event_clusters', 'timeline']
        """
        return {
            "articles": list(self.article_ids),
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "type": e.type.value,
                    "aliases": list(e.aliases),
                    "articles": list(e.articles),
                }
                for e in self.entities
            ],
            "event_clusters": [
                {
                    "id": c.id,
                    "type": c.type.value,
                    "participants": list(c.participants),
                    "place": c.place,
                    "time": _date_dict(c.time),
                    "status": c.status.value,
                    "members": [_member_dict(m) for m in c.members],
                }
                for c in self.event_clusters
            ],
            "contradictions": [
                {
                    "kind": x.kind,
                    "cluster": x.cluster,
                    "description": x.description,
                    "members": [_member_dict(m) for m in x.members],
                }
                for x in self.contradictions
            ],
            "timeline": list(self.timeline),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Corpus:
        """Rebuild a corpus from `to_dict` data (without the articles themselves).

        Raises:
            ValueError: the data do not fit (an unknown type or status, a bad date ...).

        Examples:
            >>> import newsevents
            >>> a = newsevents.parse(" date 2022-01 Blinken møtte Lavrov fredag.", id="x")
            >>> c = Corpus([a])
            >>> Corpus.from_dict(c.to_dict()) == c
            True
        """
        try:
            entities = tuple(
                CorpusEntity(
                    str(e["id"]),
                    str(e["name"]),
                    EntityType(e["type"]),
                    tuple(e.get("aliases", ())),
                    tuple(e.get("articles", ())),
                )
                for e in data.get("entities", ())
            )
            clusters = tuple(
                EventCluster(
                    str(c["id"]),
                    EventType(c["type"]),
                    tuple(c.get("participants", ())),
                    c.get("place"),
                    _date_from(c.get("time")),
                    EventStatus(c["status"]),
                    tuple(_member_from(m) for m in c.get("members", ())),
                )
                for c in data.get("event_clusters", ())
            )
            contradictions = tuple(
                Contradiction(
                    str(x["kind"]),
                    str(x["cluster"]),
                    str(x["description"]),
                    tuple(_member_from(m) for m in x.get("members", ())),
                )
                for x in data.get("contradictions", ())
            )
        except (KeyError, TypeError) as exc:
            msg = f"not corpus data: {exc!r}"
            raise ValueError(msg) from exc
        obj = cls.__new__(cls)
        obj.__attrs_init__(
            tuple(str(a) for a in data.get("articles", ())),
            entities,
            clusters,
            contradictions,
            tuple(str(t) for t in data.get("timeline", ())),
            (),
        )
        return obj


# ---- ids and names ---------------------------------------------------------------------------


def _article_ids(arts: Sequence[Article]) -> tuple[str, ...]:
    out: list[str] = []
    seen: Counter[str] = Counter()
    for art in arts:
        base = art.id or "a" + hashlib.sha1(art.text.encode("utf-8")).hexdigest()[:12]
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return tuple(out)


def _fold(name: str) -> str:
    """Word by word, the entity layer's spelling-insensitive key (case, accents, romanisation)."""
    return " ".join(filter(None, map(fold, _NON_WORD.split(name))))


@functools.cache
def _territory(name: str, capitals: bool = True) -> str | None:
    """The CLDR code of a country (or, with ``capitals``, a capital) name in any language."""
    for code in available_languages():
        try:
            lex = lexicon(get_pack(code))
            found = lex.territory(name)
            if found is not None and not capitals and name.casefold() in lex.capitals:
                found = None
        except Exception:
            continue
        if found is not None:
            return found
    return None


_NAMED_WHOLE = frozenset({EntityType.ORGANIZATION, EntityType.EVENT, EntityType.PRODUCT})


def _name_key(name: str, kind: EntityType | None, *, capitals: bool = True) -> str:
    """What two spellings of one referent share: a CLDR code, a surname, an organisation name."""
    if kind in (None, EntityType.GPE, EntityType.LOCATION):
        code = _territory(name, capitals)
        if code is not None:
            return f"gpe:{code}"
    folded = _fold(name)
    if not folded:
        return "?"
    if kind in _NAMED_WHOLE:
        return f"n:{folded}"
    words = folded.split()
    if len(words) > 1:  # "Joe Biden" and "Hunter Biden" are two people; "Biden" may be either
        return f"n:{words[-1]}#{words[0][:1]}"
    return f"n:{words[-1]}"


def _merge_entities(
    arts: Sequence[Article], ids: Sequence[str]
) -> tuple[tuple[CorpusEntity, ...], dict[str, CorpusEntity], dict[str, str]]:
    groups: dict[str, list[tuple[str, Entity]]] = {}
    order: list[str] = []
    for art, aid in zip(arts, ids, strict=True):
        for ent in art.entities:
            key = _entity_key(ent)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append((aid, ent))
    resolve = _bare_surnames(order)
    for bare, full in resolve.items():
        groups[full].extend(groups.pop(bare))
        order.remove(bare)
    out: list[CorpusEntity] = []
    by_key: dict[str, CorpusEntity] = {}
    for n, key in enumerate(order, start=1):
        members = groups[key]
        names: list[str] = []
        for _aid, ent in members:
            for name in (ent.name, *ent.aliases):
                if name not in names:
                    names.append(name)
        name = max((e.name for _a, e in members), key=len)
        kind = Counter(e.type for _a, e in members).most_common(1)[0][0]
        articles = tuple(dict.fromkeys(a for a, _e in members))
        merged = CorpusEntity(f"E{n}", name, kind, tuple(x for x in names if x != name), articles)
        out.append(merged)
        by_key[key] = merged
    for bare, full in resolve.items():
        by_key[bare] = by_key[full]
    return tuple(out), by_key, resolve


def _bare_surnames(keys: Sequence[str]) -> dict[str, str]:
    """A bare surname key (``n:biden``) to the one full-name key it can mean (``n:biden#j``)."""
    full: dict[str, list[str]] = {}
    for k in keys:
        if "#" in k:
            full.setdefault(k.split("#", 1)[0], []).append(k)
    return {k: full[k][0] for k in keys if "#" not in k and len(full.get(k, ())) == 1}


def _entity_key(ent: Entity) -> str:
    return _name_key(ent.name, ent.type, capitals=False)


# ---- clustering --------------------------------------------------------------------------------


@attrs.frozen
class _Report:
    article: str
    index: int
    event: Event
    keys: frozenset[str]
    names: Mapping[str, str]
    place: str | None
    time: PartialDate | None
    explicit: bool
    roles: Mapping[str, int]


def _participant_key(p: Participant, art: Article) -> str:
    ent = art.entity(p.entity) if p.entity else None
    if ent is not None:
        return _entity_key(ent)
    return _name_key(p.name, None)


def _explicit(event: Event, art: Article) -> bool:
    """Whether the event's time comes from the text rather than from the article's date."""
    if event.time is None:
        return False
    if event.time != art.date:
        return True
    return any(event.start <= t.start < event.end and t.interval == event.time for t in art.timexes)


def _reports(
    arts: Sequence[Article],
    ids: Sequence[str],
    names: Mapping[str, str],
    resolve: Mapping[str, str],
) -> list[_Report]:
    out: list[_Report] = []
    for art, aid in zip(arts, ids, strict=True):
        for index, event in enumerate(art.events):
            keys: dict[str, str] = {}
            roles: dict[str, int] = {}
            for p in event.participants:
                key = _participant_key(p, art)
                key = resolve.get(key, key)
                keys.setdefault(key, names.get(key, p.name))
                roles.setdefault(key, _ROLE_RANK.get(p.role.value, 3))
            place = None
            if event.place is not None:
                place = _name_key(event.place.name, None)
            explicit = _explicit(event, art)
            time = event.time
            if not explicit and not ONTOLOGY[event.type].repeatable:
                time = _before(art.date)  # an undated one-off: any time up to the report
            out.append(
                _Report(aid, index, event, frozenset(keys), keys, place, time, explicit, roles)
            )
    return out


def _before(date: PartialDate | None) -> PartialDate | None:
    """What an undated report allows: any time up to the end of the article's date."""
    if date is None or date.latest is None:
        return None
    return PartialDate(None, None, date.latest, date.granularity)


def _compatible(a: _Report, b: _Report) -> bool:
    if a.event.type is not b.event.type:
        return False
    shared = a.keys & b.keys
    if not shared or not (a.keys <= b.keys or b.keys <= a.keys or len(shared) >= 2):
        return False
    if (
        a.place is not None
        and b.place is not None
        and a.place != b.place
        and a.place.startswith("gpe:")
        and b.place.startswith("gpe:")
    ):
        return False  # two different countries
    spec = ONTOLOGY[a.event.type]
    if not spec.repeatable:
        return (a.event.status in _REALIS) == (b.event.status in _REALIS)
    if a.time is not None and b.time is not None:
        return a.time.intersect(b.time) is not None
    return True


def _cluster_events(
    arts: Sequence[Article],
    ids: Sequence[str],
    names: Mapping[str, str],
    resolve: Mapping[str, str],
) -> tuple[tuple[EventCluster, ...], tuple[Contradiction, ...]]:
    reports = _reports(arts, ids, names, resolve)
    groups: list[list[_Report]] = []
    for r in reports:
        for group in groups:
            if all(_compatible(r, other) for other in group):
                group.append(r)
                break
        else:
            groups.append([r])
    clusters: list[EventCluster] = []
    contradictions: list[Contradiction] = []
    for n, group in enumerate(groups, start=1):
        cid = f"C{n}"
        cluster, found = _summarise(cid, group)
        clusters.append(cluster)
        contradictions.extend(found)
    return tuple(clusters), tuple(contradictions)


def _summarise(cid: str, group: list[_Report]) -> tuple[EventCluster, list[Contradiction]]:
    kind = group[0].event.type
    counts: Counter[str] = Counter()
    label: dict[str, str] = {}
    rank: dict[str, int] = {}
    for r in group:
        for key, name in r.names.items():
            counts[key] += 1
            if key not in label or len(name) > len(label[key]):
                label[key] = name
            rank[key] = min(rank.get(key, 9), r.roles.get(key, 9))
    ordered = sorted(counts, key=lambda k: (rank[k], -counts[k]))
    participants = tuple(label[k] for k in ordered)
    members = tuple(ClusterMember(r.article, r.index) for r in group)
    statuses = Counter(r.event.status for r in group)
    status = statuses.most_common(1)[0][0]
    places = [r.event.place.name for r in group if r.event.place is not None]
    place = Counter(places).most_common(1)[0][0] if places else None
    time, clash = _intersection(group)
    found: list[Contradiction] = []
    what = f"{kind.value} ({', '.join(participants)})"
    if clash:
        dated = [r for r in group if r.explicit and r.time is not None]
        said = "; ".join(f"{r.article}: {_show(r.time)}" for r in dated)
        found.append(
            Contradiction(
                "date",
                cid,
                f"reports of {what} cannot all be true about the date: {said}",
                tuple(ClusterMember(r.article, r.index) for r in dated),
            )
        )
    if any(r.event.status in _REALIS for r in group) and any(
        r.event.status in _DENIED for r in group
    ):
        said = "; ".join(f"{r.article}: {r.event.status.value}" for r in group)
        found.append(Contradiction("status", cid, f"reports of {what} disagree: {said}", members))
    codes = {r.place for r in group if r.place is not None and r.place.startswith("gpe:")}
    if len(codes) > 1:
        said = "; ".join(
            f"{r.article}: {r.event.place.name}" for r in group if r.event.place is not None
        )
        found.append(
            Contradiction("place", cid, f"reports of {what} place it apart: {said}", members)
        )
    cluster = EventCluster(cid, kind, participants, place, time, status, members)
    return cluster, found


def _intersection(group: list[_Report]) -> tuple[PartialDate | None, bool]:
    """What all members allow together, and whether their dates from the text clash."""
    explicit = [r.time for r in group if r.explicit and r.time is not None]
    implicit = [r.time for r in group if not r.explicit and r.time is not None]
    current: PartialDate | None = None
    for t in explicit:
        current = t if current is None else current.intersect(t)
        if current is None:
            return None, True
    for t in implicit:
        if current is None:
            current = t
            continue
        narrowed = current.intersect(t)
        if narrowed is not None:
            current = narrowed
    return current, False


def _show(t: PartialDate | None) -> str:
    if t is None:
        return "undated"
    return t.value or f"{t.earliest or '…'}..{t.latest or '…'}"


def _timeline(clusters: Sequence[EventCluster]) -> tuple[str, ...]:
    def key(c: EventCluster) -> tuple[int, dt.date, dt.date, int]:
        t = c.time
        number = int(c.id[1:]) if c.id[1:].isdigit() else 0
        if t is None or (t.earliest is None and t.latest is None):
            return (1, dt.date.max, dt.date.max, number)
        lo = t.earliest or t.latest or dt.date.max
        hi = t.latest or dt.date.max
        return (0, lo, hi, number)

    return tuple(c.id for c in sorted(clusters, key=key))


# ---- dict helpers ----------------------------------------------------------------------------


def _date_dict(t: PartialDate | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "value": t.value,
        "earliest": t.earliest.isoformat() if t.earliest else None,
        "latest": t.latest.isoformat() if t.latest else None,
        "granularity": t.granularity.value,
    }


def _date_from(data: Mapping[str, Any] | None) -> PartialDate | None:
    if data is None:
        return None
    lo, hi = data.get("earliest"), data.get("latest")
    return PartialDate(
        data.get("value"),
        dt.date.fromisoformat(lo) if lo else None,
        dt.date.fromisoformat(hi) if hi else None,
        Granularity(data.get("granularity", "day")),
    )


def _member_dict(m: ClusterMember) -> dict[str, Any]:
    return {"article": m.article, "event": m.event}


def _member_from(data: Mapping[str, Any]) -> ClusterMember:
    return ClusterMember(str(data["article"]), int(data["event"]))
