"""The JSON contract: to_dict / from_dict, dumps / loads, flat records."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

import newsevents
from newsevents import Granularity, PartialDate, Span, Timex, TimexType


def test_contract_fields_on_the_seeds(seed_text: str) -> None:
    data = newsevents.to_dict(newsevents.parse(seed_text))
    assert list(data)[:5] == ["schema", "id", "language", "date", "headline"]
    for key in ("blocks", "quotes", "sources", "timexes", "events", "entities"):
        assert isinstance(data[key], list)
    assert data["schema"] == "newsevents/1"
    assert set(data["date"]) == {"value", "earliest", "latest", "granularity"}
    assert json.loads(json.dumps(data)) == data
    for block in data["blocks"]:
        assert seed_text[block["start"] : block["end"]] == block["text"]
        assert block["kind"] in {
            "header",
            "headline",
            "paragraph",
            "heading",
            "caption",
            "credit",
            "boilerplate",
        }


def test_round_trip_on_the_seeds(seed_text: str) -> None:
    article = newsevents.parse(seed_text, id="x")
    assert newsevents.from_dict(newsevents.to_dict(article)) == article
    assert newsevents.loads(newsevents.dumps(article)) == article
    assert pickle.loads(pickle.dumps(article)) == article


def test_timex_anchor_may_be_text_or_offset() -> None:
    for anchor in ("article", 17, None):
        t = Timex(
            0,
            6,
            "fredag",
            TimexType.DATE,
            "2022-01-21",
            dt.date(2022, 1, 21),
            dt.date(2022, 1, 21),
            Granularity.DAY,
            anchor,
        )
        assert newsevents.from_dict(newsevents.to_dict(t), Timex) == t


def test_from_dict_reports_bad_data() -> None:
    data = newsevents.to_dict(newsevents.parse(" date 2022-01 Hei."))
    data["blocks"][0]["kind"] = "no-such-kind"
    del data["text"]
    with pytest.raises(newsevents.DataError) as info:
        newsevents.from_dict(data)
    assert len(info.value.problems) == 2
    assert any("blocks[0].kind" in p for p in info.value.problems)
    assert any("text" in p for p in info.value.problems)


def test_span_invariants_are_checked() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        Span(0, 3, "ab")
    with pytest.raises(ValueError, match="bad span"):
        Span(5, 3, "")
    with pytest.raises(ValueError, match="after latest"):
        PartialDate("x", dt.date(2022, 2, 1), dt.date(2022, 1, 1), Granularity.DAY)


def test_records_are_flat() -> None:
    article = newsevents.parse(" date 2022-01 Det regner.", id="a1")
    rows = list(newsevents.to_records([article, article], "blocks"))
    assert len(rows) == 2 * len(article.blocks)
    for row in rows:
        assert row["article"] == "a1" and row["article_date"] == "2022-01"
        assert all(not isinstance(v, dict | list) for v in row.values())
    with pytest.raises(ValueError, match="unknown layer"):
        list(newsevents.to_records(article, "nope"))


def test_to_dict_rejects_foreign_objects() -> None:
    with pytest.raises(TypeError):
        newsevents.to_dict(object())


def test_partial_date_intersection() -> None:
    month = PartialDate.month(2022, 1)
    day = PartialDate.day(dt.date(2022, 1, 21))
    assert month.intersect(day) == day
    assert day.intersect(month) == day
    assert month.intersect(PartialDate.month(2022, 2)) is None
    week = PartialDate("2022-W03", dt.date(2022, 1, 17), dt.date(2022, 1, 23), Granularity.WEEK)
    both = week.intersect(
        PartialDate("2022-01-2X", dt.date(2022, 1, 20), dt.date(2022, 1, 29), Granularity.DAY)
    )
    assert both is not None and (both.earliest, both.latest) == (
        dt.date(2022, 1, 20),
        dt.date(2022, 1, 23),
    )
