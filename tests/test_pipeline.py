"""The Parser: options, files, many articles, customisation."""

from __future__ import annotations

import pickle
from pathlib import Path

import attrs
import pytest

import newsevents
from newsevents import Parser, Stage, UnknownLanguageError
from newsevents.extract import Context
from newsevents.model import Timex
from tests.conftest import SEEDS


def test_seed_languages() -> None:
    assert [newsevents.parse_file(p).language for p in SEEDS] == ["nb", "nb", "nb", "nb", "da"]


def test_parse_file_takes_the_stem_as_id(tmp_path: Path) -> None:
    p = tmp_path / "artikkel-7.txt"
    p.write_bytes(b" date 2022-11 Han sier at det regner.")
    a = newsevents.parse_file(p)
    assert a.id == "artikkel-7"
    assert a.date is not None and a.date.value == "2022-11"


def test_caller_overrides_language_and_date() -> None:
    a = newsevents.parse(" date 2022-11 Det regner.", language="da", date="2021-04-13")
    assert a.language == "da"
    assert a.date is not None and a.date.value == "2021-04-13"
    with pytest.raises(UnknownLanguageError):
        newsevents.parse("Hei.", language="xx")
    with pytest.raises(newsevents.ParseError):
        newsevents.parse("Hei.", date="not a date")


def test_parse_many_is_lazy_and_ordered() -> None:
    texts = iter([" date 2022-01 Det regner.", " date 2022-02 Det snør."])
    out = newsevents.parse_many(texts)
    assert next(out).date.value == "2022-01"  # type: ignore[union-attr]
    assert next(out).date.value == "2022-02"  # type: ignore[union-attr]


def test_parse_many_in_worker_processes_matches_serial() -> None:
    serial = list(newsevents.parse_many(SEEDS))
    parallel = list(newsevents.parse_many(SEEDS, workers=2))
    assert parallel == serial


def test_parser_and_results_pickle() -> None:
    p = Parser(language="nb", strict=True)
    assert pickle.loads(pickle.dumps(p)) == p
    a = p.parse(" date 2022-01 Det regner.")
    assert pickle.loads(pickle.dumps(a)) == a


def _one_timex(ctx: Context) -> tuple[Timex, ...]:
    from newsevents import Granularity, TimexType

    start = ctx.doc.text.find("regner")
    return (
        Timex(start, start + 6, "regner", TimexType.SET, "XXXX", None, None, Granularity.DAY, None),
    )


def test_stages_can_be_replaced_with_evolve() -> None:
    base = Parser()
    custom = attrs.evolve(base, stages=(Stage("timexes", _one_timex),))
    a = custom.parse(" date 2022-01 Det regner.")
    assert [t.text for t in a.timexes] == ["regner"]
    assert a.quotes == () and a.events == ()
    with pytest.raises(ValueError, match="layer"):
        Stage("nonsense", _one_timex)


class _FakeEntryPoint:
    def __init__(self, name: str, obj: object) -> None:
        self.name = name
        self.obj = obj

    def load(self) -> object:
        return self.obj


def test_plugins_replace_their_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents import pipeline

    def fake(group: str) -> list[_FakeEntryPoint]:
        assert group == "newsevents.rules"
        return [_FakeEntryPoint("regn", lambda: Stage("timexes", _one_timex))]

    monkeypatch.setattr(pipeline, "entry_points", fake)
    parser = Parser().with_plugins()
    assert [s.layer for s in parser.stages] == list(newsevents.pipeline.LAYERS)
    assert [t.text for t in parser.parse(" date 2022-01 Det regner.").timexes] == ["regner"]


def test_a_broken_plugin_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents import pipeline

    monkeypatch.setattr(pipeline, "entry_points", lambda group: [_FakeEntryPoint("bad", 42)])
    with pytest.raises(TypeError, match="not a Stage"):
        Parser().with_plugins()


def test_every_span_points_into_the_input(any_article_text: str) -> None:
    from tests.strategies import spans

    article = newsevents.parse(any_article_text)
    seen = 0
    for what, start, end, text in spans(article):
        assert any_article_text[start:end] == text, (what, start, end, text)
        seen += 1
    assert seen > len(article.blocks)  # the layers found something beyond the blocks
