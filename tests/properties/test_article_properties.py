"""Properties every parse must have, on arbitrary and article-like text."""

from __future__ import annotations

import json
import pickle

from hypothesis import HealthCheck, given, settings

import newsevents
from tests.strategies import any_text, articles, spans

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles())
def test_offsets_point_into_the_input(text: str) -> None:
    article = newsevents.parse(text)
    assert article.text == text
    for what, start, end, span_text in spans(article):
        assert 0 <= start <= end <= len(text), what
        assert text[start:end] == span_text, what


@SETTINGS
@given(articles())
def test_blocks_cover_the_input(text: str) -> None:
    article = newsevents.parse(text)
    assert "".join(b.text for b in article.blocks) == text


@SETTINGS
@given(any_text)
def test_parse_never_raises_on_text(text: str) -> None:
    article = newsevents.parse(text)
    assert "".join(b.text for b in article.blocks) == text


@SETTINGS
@given(any_text.map(lambda t: " date 2022-01 " + t))
def test_parse_never_raises_on_text_with_a_header(text: str) -> None:
    article = newsevents.parse(text)
    assert article.date is not None


@SETTINGS
@given(articles())
def test_dict_json_and_pickle_round_trips(text: str) -> None:
    article = newsevents.parse(text)
    data = newsevents.to_dict(article)
    assert json.loads(json.dumps(data)) == data
    assert newsevents.from_dict(data) == article
    assert newsevents.from_dict(json.loads(newsevents.dumps(article))) == article
    assert pickle.loads(pickle.dumps(article)) == article


@SETTINGS
@given(articles())
def test_parse_is_deterministic(text: str) -> None:
    assert newsevents.parse(text) == newsevents.parse(text)


@SETTINGS
@given(articles())
def test_time_bounds_are_ordered(text: str) -> None:
    article = newsevents.parse(text)
    for t in article.timexes:
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
    for e in article.events:
        if e.time is not None and e.time.earliest is not None and e.time.latest is not None:
            assert e.time.earliest <= e.time.latest
