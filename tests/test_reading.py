"""The reader: decoding, header, blocks, sentences and tokens."""

from __future__ import annotations

import codecs

import pytest

import newsevents
from newsevents import BlockKind, ParseError
from newsevents.reading import decode, parse_header, read
from tests.conftest import DATA, ROOT


def kinds(text: str) -> list[tuple[str, str]]:
    doc = read(text)
    return [(b.kind.value, c.text) for b, c in zip(doc.blocks, doc.content, strict=True)]


def test_blocks_cover_every_character(any_article_text: str) -> None:
    doc = read(any_article_text)
    assert "".join(b.text for b in doc.blocks) == any_article_text
    for b in doc.blocks:
        assert any_article_text[b.start : b.end] == b.text
    for prev, nxt in zip(doc.blocks, doc.blocks[1:], strict=False):
        assert prev.end == nxt.start


def test_header_is_its_own_block() -> None:
    doc = read(" date 2022-11 Det opplyser en tjenestemann.")
    assert doc.blocks[0].kind is BlockKind.HEADER
    assert doc.blocks[0].text == " date 2022-11 "
    assert doc.date is not None and doc.date.value == "2022-11"
    assert doc.date.granularity.value == "month"


@pytest.mark.parametrize(
    ("header", "value", "granularity"),
    [
        (" date 2022 ", "2022", "year"),
        (" date 2022-01-21 ", "2022-01-21", "day"),
        ("date 2021-04\n", "2021-04", "month"),
    ],
)
def test_header_precisions(header: str, value: str, granularity: str) -> None:
    date, span, warning = parse_header(header + "Tekst.")
    assert date is not None and span is not None
    assert (date.value, date.granularity.value, warning) == (value, granularity, None)
    assert span.text == header.rstrip("\n")


def test_missing_header_is_undated_with_warning() -> None:
    a = newsevents.parse("Regjeringen la fram budsjettet i dag.")
    assert a.date is None
    assert any("no ' date" in w for w in a.warnings)


def test_bad_header_warns_or_raises_with_position() -> None:
    a = newsevents.parse(" date 2022-13 Tekst her.")
    assert a.date is None
    assert any("not a date" in w for w in a.warnings)
    with pytest.raises(ParseError) as info:
        newsevents.Parser(strict=True).parse(" date 2022-13 Tekst her.")
    assert (info.value.line, info.value.column) == (1, 7)
    assert isinstance(info.value, ValueError)


def test_seed_003_furniture_is_typed() -> None:
    text = (ROOT / "seeds" / "003_8d98f3b267f1d67f.txt").read_text(encoding="utf-8")
    got = kinds(text)
    by_text = {t: k for k, t in got}
    assert by_text["Publisert: Nå nettopp"] == "boilerplate"
    assert by_text["forrige"] == "boilerplate"
    assert got[1][0] == "caption"  # "VÆR HILSET: ..."
    assert by_text["Russlands utenriksminister: − Ikke redd for noen"] == "headline"
    gallery = next(t for k, t in got if t.startswith("fullskjerm neste"))
    assert by_text[gallery] == "caption"
    assert by_text["– Ikke redd for noen"] == "heading"


def test_seed_000_live_blog_has_two_stories() -> None:
    text = (ROOT / "seeds" / "000_f4c7f186e5935c44.txt").read_text(encoding="utf-8")
    doc = read(text)
    stories = {b.story for b in doc.blocks}
    assert stories == {0, 1}
    first_of_second = next(
        c.text for b, c in zip(doc.blocks, doc.content, strict=True) if b.story == 1
    )
    assert first_of_second.startswith("Xi og Biden enige")
    cross_heads = [
        c.text for b, c in zip(doc.blocks, doc.content, strict=True) if b.kind is BlockKind.HEADING
    ]
    assert "Ingen endring" in cross_heads and "Høyeste nivå på 60 år" in cross_heads


def test_own_articles_in_four_languages() -> None:
    got = {p.stem: kinds(p.read_text(encoding="utf-8")) for p in DATA}
    nb = {t: k for k, t in got["nb_liveblogg"]}
    assert nb["Publisert: 12 minutter siden"] == "boilerplate"
    assert nb["OSLO (NTB):"] == "boilerplate"
    assert nb["Les også: Dette betyr budsjettet for deg"] == "boilerplate"
    assert nb["Foto: Marit Hommedal / NTB"] == "credit"
    assert nb["Av Kari Nordmann"] == "boilerplate"
    assert nb["1 av 4"] == "boilerplate"
    assert nb["Kritikk fra opposisjonen"] == "heading"
    assert got["nb_liveblogg"][1] == (
        "headline",
        "Statsministeren lover raskere behandling av søknader",
    )
    da = {t: k for k, t in got["da_artikel"]}
    assert da["ARTIKLEN FORTSÆTTER EFTER ANNONCE"] == "boilerplate"
    assert da["Læs også"] == "boilerplate"
    caption = (
        "HISTORISK DAG: Ministeren præsenterer planen. Foto: Mads Claus Rasmussen/Ritzau Scanpix"
    )
    assert da[caption] == "caption"
    sv = {t: k for k, t in got["sv_artikel"]}
    assert sv["ANNONS"] == "boilerplate"
    assert sv["Publicerad: 3 timmar sedan"] == "boilerplate"
    assert sv["Foto: Anders Wiklund/TT"] == "credit"
    nn = {t: k for k, t in got["nn_artikkel"]}
    assert nn["Førre"] == "boilerplate"
    assert nn["Den nye skulen skal stå ferdig i 2024. Foto: Ola Nordmann / NRK"] == "caption"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han kom bl.a. fra Oslo. Det var kaldt.", ["Han kom bl.a. fra Oslo.", "Det var kaldt."]),
        (
            "Møtet var 24. januar i Genève. Så reiste han.",
            ["Møtet var 24. januar i Genève.", "Så reiste han."],
        ),
        (
            "Det skjedde kl. 14.30 i går. Ingen ble skadd.",
            ["Det skjedde kl. 14.30 i går.", "Ingen ble skadd."],
        ),
        ("Joe R. Biden talte. Han var klar.", ["Joe R. Biden talte.", "Han var klar."]),
        ("– A, sa han. – B kommer.", ["– A, sa han.", "– B kommer."]),
        ("«Vi er klare.» Det sa hun.", ["«Vi er klare.»", "Det sa hun."]),
        ("Det gjelder f.eks. Danmark. Og Sverige.", ["Det gjelder f.eks. Danmark.", "Og Sverige."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    doc = read(" date 2022-01 " + text)
    assert [s.text for s in doc.sentences] == expected


def test_tokens_keep_compounds_numbers_and_genitives() -> None:
    doc = read(" date 2022-01 Kreml-talsmann sa at 100.000 soldater står ved USA:s grense.")
    words = [t.text for t in doc.tokens]
    assert "Kreml-talsmann" in words and "100.000" in words and "USA:s" in words
    for t in doc.tokens:
        assert doc.text[t.start : t.end] == t.text


def test_token_columns_match_the_tokens(any_article_text: str) -> None:
    doc = read(any_article_text)
    assert doc.token_texts == tuple(t.text for t in doc.tokens)
    assert doc.token_starts == tuple(t.start for t in doc.tokens)
    assert doc.token_ends == tuple(t.end for t in doc.tokens)
    assert doc.lowered == tuple(t.lower for t in doc.tokens)


def test_line_endings_and_odd_spaces_are_kept() -> None:
    text = " date 2022-01 Første avsnitt.\r\n\r\nAndre\u00a0avsnitt.\rTredje avsnitt.\n"
    doc = read(text)
    assert "".join(b.text for b in doc.blocks) == text
    assert [c.text for c in doc.content[1:]] == [
        "Første avsnitt.",
        "Andre\u00a0avsnitt.",
        "Tredje avsnitt.",
    ]


# ---------- decoding and bad input --------------------------------------------------------


def test_decode_utf8_bom_utf16_and_cp1252() -> None:
    assert decode(codecs.BOM_UTF8 + "Tromsø".encode())[0] == "Tromsø"
    assert decode("Tromsø".encode("utf-16"))[0] == "Tromsø"
    text, warnings = decode("Tromsø og Århus".encode("cp1252"))
    assert text == "Tromsø og Århus"
    assert warnings and "cp1252" in warnings[0]


def test_mojibake_is_repaired_from_bytes_with_warning() -> None:
    broken = "Utenriksministeren møtte Støre på Ås".encode().decode("cp1252")
    assert "Ã¸" in broken
    a = newsevents.parse((" date 2022-01 " + broken).encode())
    assert "møtte Støre på Ås" in a.text
    assert any("mojibake" in w for w in a.warnings)


def test_mojibake_in_str_is_kept_but_flagged() -> None:
    text = " date 2022-01 Han mÃ¸tte dem."
    a = newsevents.parse(text)
    assert a.text == text
    assert any("double-encoded" in w for w in a.warnings)


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 50, bytes(range(32)) * 20])
def test_binary_input_is_a_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError, match="binary"):
        newsevents.parse(data)


@pytest.mark.parametrize("text", ["", " date 2022-11", " date 2022-11 \n\n", "\r\n\r\n", "   "])
def test_empty_articles_parse_with_warning(text: str) -> None:
    a = newsevents.parse(text)
    assert "".join(b.text for b in a.blocks) == text
    assert any("no text" in w for w in a.warnings)


def test_enormous_single_line_is_read_in_full() -> None:
    line = "Han sier at det regner i Oslo, men ikke i Bergen. " * 20000  # ~1 MB, one line
    text = " date 2022-11 " + line
    doc = read(text)
    assert len(doc.blocks) == 2 and doc.blocks[1].text == line
    assert len(doc.sentences) == 20000


def test_parse_rejects_non_text_arguments() -> None:
    with pytest.raises(TypeError):
        newsevents.parse(123)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # bylines with two names
        ("Av Hanne Berg og Tobias Lund", "boilerplate"),
        ("Af Mette Holm og Jens Vad", "boilerplate"),
        ("Av Sara Ek och Olle Berg", "boilerplate"),
        ("Av Kari Dale og Per Aas, NRK", "boilerplate"),
        ("Av og til regner det", "heading"),  # not a byline: lower-case words
        # stamps of date and time without a cue word
        ("26. okt. 2022 kl. 07.02", "boilerplate"),
        ("Kultur | 21.11.2019", "boilerplate"),
        ("Siste oppdatering 16.05", "boilerplate"),
        ("Senast uppdaterad 18:40", "boilerplate"),
        ("Seneste opdatering 09.15", "boilerplate"),
        ("16.05 – Over 200 evakuert i Gran", "heading"),  # a live blog entry stays
        ("17:15 Över 20 000 hushåll strömlösa", "heading"),
        # section labels
        ("SPORT", "boilerplate"),
        ("KULTUR OG UNDERHOLDNING", "heading"),
    ],
)
def test_bylines_stamps_and_section_labels(line: str, kind: str) -> None:
    text = f" date 2023-01 Tittel på saken\n\n{line}\n\nDet var en gang en mann som gikk en tur."
    assert {t: k for k, t in kinds(text)}[line] == kind


def test_a_label_opening_a_live_report_is_its_headline() -> None:
    text = (
        " date 2022-12 DIREKT: Snöoväder i Skåne – tusentals utan ström\n\n"
        "Senast uppdaterad 18:40\n\nTrafiken står still i hela länet."
    )
    got = kinds(text)
    assert got[1] == ("headline", "DIREKT: Snöoväder i Skåne – tusentals utan ström")
    # a caption with a credit, or one that is a sentence, opening an article stays a caption
    text = " date 2022-12 KAOS: Bilar står still på E6. Foto: TT\n\nRubrik här\n\nTrafiken står."
    assert kinds(text)[1][0] == "caption"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Klubben sparket treneren.\n\nLes også\n\n– Dette var bunnen\n\nFoto: NTB"),
        ("nn", "Vegen er stengd.\n\nLes òg:\n\nRas stengde vegen i fjor\n\nFoto: NTB"),
        (
            "da",
            "Renten stiger igen.\n\nLÆS OGSÅ\n\nSådan rammer renten din økonomi\n\nFoto: Ritzau",
        ),
        ("sv", "Skolan byggs inte.\n\nLäs också:\n\n– Ett svek mot barnen\n\nBild: TT"),
    ],
)
def test_the_title_after_a_related_link_line_is_furniture(language: str, text: str) -> None:
    article = newsevents.parse(" date 2023-03 " + text, language=language)
    assert [b.kind.value for b in article.blocks[1:4]] == [
        "paragraph",
        "boilerplate",
        "boilerplate",
    ]
    assert article.quotes == ()


def test_a_sentence_after_a_related_link_line_stays_text() -> None:
    text = " date 2023-03 Klubben sparket treneren.\n\nLes også\n\nStyret har møttes tre ganger."
    assert newsevents.parse(text, language="nb").blocks[-1].kind is BlockKind.PARAGRAPH
