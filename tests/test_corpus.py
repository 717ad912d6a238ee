"""The corpus: entities across articles and languages, event clusters, contradictions, timeline."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

import newsevents
from newsevents import EntityType, EventType
from newsevents.corpus import ClusterMember, Corpus
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus(newsevents.parse_file(p) for p in SEEDS)


def _clusters(corpus: Corpus, kind: EventType) -> list[newsevents.corpus.EventCluster]:
    return [c for c in corpus.event_clusters if c.type is kind]


def test_the_geneva_meeting_is_one_cluster(seeds: Corpus) -> None:
    geneva = [c for c in _clusters(seeds, EventType.MEET) if c.place == "Genève"]
    assert len(geneva) == 1
    (c,) = geneva
    articles = {m.article[:3] for m in c.members}
    assert articles == {"002", "003"}
    assert any("Blinken" in p for p in c.participants)
    assert any("Lavrov" in p for p in c.participants)
    assert c.time is not None and c.time.earliest is not None and c.time.latest is not None
    assert c.time.earliest <= dt.date(2022, 1, 21) <= c.time.latest
    # one report alone allows a Friday of December 2021, both together only 2022
    assert c.time.value == "2022-WXX-5"


def test_the_invasion_date_contradiction(seeds: Corpus) -> None:
    dated = [x for x in seeds.contradictions if x.kind == "date"]
    assert len(dated) == 1
    (x,) = dated
    cluster = seeds.cluster(x.cluster)
    assert cluster.type is EventType.INVASION
    assert {m.article[:3] for m in x.members} == {"000", "001"}
    assert cluster.time is None  # nothing both reports allow
    assert "2022-01-24" in x.description and "2022-02" in x.description


def test_entities_merge_across_articles_and_languages(seeds: Corpus) -> None:
    russia = [e for e in seeds.entities if e.name == "Russland"]
    assert len(russia) == 1
    assert "Rusland" in russia[0].aliases  # Danish seed 004
    assert len(russia[0].articles) == 5
    blinken = [e for e in seeds.entities if e.name.endswith("Blinken")]
    assert len(blinken) == 1 and blinken[0].type is EntityType.PERSON
    assert not any(e.name == "Moskva" and "Russland" in e.aliases for e in seeds.entities)


def test_timeline_is_in_time_order(seeds: Corpus) -> None:
    assert sorted(seeds.timeline) == sorted(c.id for c in seeds.event_clusters)
    lows = [
        low
        for c in seeds
        if c.time is not None and (low := c.time.earliest or c.time.latest) is not None
    ]
    assert lows == sorted(lows)
    first = next(iter(seeds))
    assert first.type is EventType.ANNEXATION  # Crimea, 2014


def test_members_point_at_events(seeds: Corpus) -> None:
    by_id = dict(zip(seeds.article_ids, seeds.articles, strict=True))
    for c in seeds.event_clusters:
        for m in c.members:
            assert by_id[m.article].events[m.event].type is c.type
        assert len(seeds.events(c)) == len(c.members)


def test_repeatable_events_need_compatible_times() -> None:
    a = newsevents.parse(" date 2022-01 Blinken møtte Lavrov i Genève fredag.", id="a")
    b = newsevents.parse(" date 2022-06 Blinken møtte Lavrov i Genève fredag.", id="b")
    c = newsevents.parse(" date 2022-01 Utenriksminister Blinken møtte Lavrov i Genève.", id="c")
    corpus = Corpus([a, b, c])
    meets = _clusters(corpus, EventType.MEET)
    assert len(meets) == 2
    assert {m.article for m in meets[0].members} == {"a", "c"}
    assert corpus.contradictions == ()


def test_cross_language_clusters() -> None:
    nb = newsevents.parse(" date 2022-11 Russland invaderte Ukraina i februar.", id="nb")
    sv = newsevents.parse(
        " date 2022-11 Ryssland invaderade Ukraina i februari.", id="sv", language="sv"
    )
    da = newsevents.parse(
        " date 2022-11 Rusland invaderede Ukraine i februar.", id="da", language="da"
    )
    corpus = Corpus([nb, sv, da])
    (c,) = corpus.event_clusters
    assert len(c.members) == 3
    assert c.time is not None and c.time.value == "2022-02"
    assert corpus.contradictions == ()


def test_status_contradiction() -> None:
    a = newsevents.parse(
        " date 2023-03 Toppmøtet mellom Serbia og Kosovo ble holdt i Brussel.", id="a"
    )
    b = newsevents.parse(" date 2023-03 Toppmøtet mellom Serbia og Kosovo ble avlyst.", id="b")
    corpus = Corpus([a, b])
    assert [x.kind for x in corpus.contradictions] == ["status"]


def test_ids_are_stable_for_articles_without_one() -> None:
    text = " date 2022-11 Russland invaderte Ukraina i februar."
    one = Corpus([newsevents.parse(text)]).article_ids
    two = Corpus([newsevents.parse(text), newsevents.parse(text)]).article_ids
    assert one[0] == two[0] and one[0].startswith("a")
    assert two[1] == two[0] + "-2"


def test_to_dict_is_the_contract(seeds: Corpus) -> None:
    d = newsevents.to_dict(seeds)
    assert set(d) == {"articles", "entities", "event_clusters", "contradictions", "timeline"}
    json.dumps(d)
    cluster = d["event_clusters"][0]
    assert set(cluster) == {"id", "type", "participants", "place", "time", "status", "members"}
    assert set(cluster["members"][0]) == {"article", "event"}
    assert set(d["entities"][0]) == {"id", "name", "type", "aliases", "articles"}
    assert set(d["contradictions"][0]) == {"kind", "cluster", "description", "members"}


def test_from_dict_round_trip_and_pickle(seeds: Corpus) -> None:
    again = Corpus.from_dict(seeds.to_dict())
    assert again == seeds
    assert again.to_dict() == seeds.to_dict()
    assert again.events(again.event_clusters[0]) == ()
    assert pickle.loads(pickle.dumps(seeds)) == seeds
    with pytest.raises(ValueError, match="picnic"):
        Corpus.from_dict({"event_clusters": [{"id": "C1", "type": "picnic"}]})


def test_empty_corpus() -> None:
    corpus = Corpus([])
    assert len(corpus) == 0
    assert corpus.to_dict()["timeline"] == []
    with pytest.raises(KeyError):
        corpus.cluster("C1")
    assert ClusterMember("a", 0) == ClusterMember("a", 0)


def test_two_people_of_one_surname_stay_apart() -> None:
    a = newsevents.parse(" date 2023-01 Joe Biden møtte Olaf Scholz i Berlin mandag.", id="a")
    b = newsevents.parse(" date 2023-01 Hunter Biden møtte Olaf Scholz i Berlin mandag.", id="b")
    c = newsevents.parse(" date 2023-01 Biden snakket med pressen i Oslo.", id="c")
    corpus = Corpus([a, b, c])
    bidens = [e for e in corpus.entities if e.name.endswith("Biden")]
    # "Biden" alone could be either of them: it is merged with neither
    assert sorted(e.name for e in bidens) == ["Biden", "Hunter Biden", "Joe Biden"]
    assert len(_clusters(corpus, EventType.MEET)) == 2
