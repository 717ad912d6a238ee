"""Language packs: registry, entry points, identification."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsevents
from newsevents.languages import (
    LanguagePack,
    _registry,
    available_languages,
    detect_language,
    detect_tokens,
    get_pack,
)
from newsevents.reading import read
from tests.conftest import DATA
from tests.strategies import any_text, articles


def test_builtin_packs() -> None:
    assert {"nb", "nn", "da", "sv", "en"} <= set(available_languages())
    assert get_pack("nb_NO").code == "nb"
    assert get_pack("no").code == "nb"
    assert get_pack("sv-SE").locale == "sv_SE"
    with pytest.raises(newsevents.UnknownLanguageError):
        get_pack("tlh")
    with pytest.raises(LookupError):
        get_pack("tlh")


def test_nynorsk_falls_back_on_bokmal_data() -> None:
    nn = get_pack("nn").data("reading")
    assert "ikkje" in nn["function_words"]
    assert get_pack("nn").data("no-such-layer") == {}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Han sier at det ikke ble noe gjennombrudd etter møtet med dem.", "nb"),
        ("Ho seier at det ikkje vart noko gjennombrot etter møtet med dei.", "nn"),
        ("Hun siger, at der ikke blev noget gennembrud efter mødet med dem.", "da"),
        ("Hon säger att det inte blev något genombrott efter mötet med dem.", "sv"),
        ("She says there was no breakthrough after the meeting with them.", "en"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    got, confidence = detect_language(text)
    assert got == code
    assert 0 < confidence <= 1


def test_own_articles_are_identified() -> None:
    want = {"nb_liveblogg": "nb", "nn_artikkel": "nn", "da_artikel": "da", "sv_artikel": "sv"}
    for path in DATA:
        assert newsevents.parse_file(path).language == want[path.stem], path.stem


def test_no_evidence_means_default_with_zero_confidence() -> None:
    assert detect_language("12345 !!!") == ("nb", 0.0)


class _FakeEntryPoint:
    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def load(self) -> Any:
        return self.obj


def test_packs_from_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    klingon = LanguagePack("tlh", "Klingon", "en_GB", package="tests.data_packs")

    def fake_entry_points(group: str) -> list[_FakeEntryPoint]:
        assert group == "newsevents.languages"
        return [_FakeEntryPoint(klingon), _FakeEntryPoint("not a pack")]

    monkeypatch.setattr(_registry, "entry_points", fake_entry_points)
    _registry._packs.cache_clear()
    try:
        assert get_pack("tlh") is klingon
        assert "tlh" in available_languages()
        assert klingon.data("reading")["function_words"] == ["qaplah", "ghobe"]
        article = newsevents.parse(" date 2022-01 qaplah ghobe qaplah.", language="tlh")
        assert article.language == "tlh"
    finally:
        _registry._packs.cache_clear()


_MIXED = [
    "og ",
    "och ",
    "af ",
    "ikkje ",
    "ikke ",
    "i-land ",
    "USA:s ",
    "f.eks. ",
    "İstanbul ",
    "2022-valget ",
    "«at» ",
    "\n\n",
    "Straße ",
    "½ ",
    "de ",
    "som ",
    "ett ",
    "ei ",
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(articles(), any_text, st.lists(st.sampled_from(_MIXED), max_size=40).map("".join)))
def test_detecting_from_tokens_equals_detecting_from_text(text: str) -> None:
    # without a header every block is read, so the tokens cut the whole text
    doc = read(text)
    if doc.header is None:
        assert detect_tokens(doc.lowered) == detect_language(text)


def test_parser_detects_from_its_tokens_in_four_languages() -> None:
    parser = newsevents.Parser()
    for text, code in [
        (" date 2022-01 Han sier at det ikke ble noe gjennombrudd.", "nb"),
        (" date 2022-01 Ho seier at det ikkje vart noko gjennombrot.", "nn"),
        (" date 2022-01 Hun siger, at der ikke blev noget gennembrud.", "da"),
        (" date 2022-01 Hon säger att det inte blev något genombrott.", "sv"),
    ]:
        assert parser.detect(read(text)) == (code, None)
    assert parser.detect(read(" date 2022-01 Xyzzy qwrt.")) == (
        "nb",
        "language not recognised; assumed 'nb'",
    )


def test_detection_cuts_words_as_the_reader_does() -> None:
    from newsevents import reading
    from newsevents.languages import _detect

    assert _detect._TOKEN.pattern == reading._TOKEN.pattern
