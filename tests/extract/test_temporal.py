"""The time layer: detection with offsets and honest resolution, per language and phenomenon."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import newsevents
from newsevents.extract import Context, extract_timexes
from newsevents.languages import get_pack
from newsevents.model import Granularity, TimexType
from newsevents.reading import read
from newsevents.timeparse import parse_time, to_edtf, to_timex3

D = dt.date


def found(
    text: str, reference: str | None = "2022-11", language: str = "nb"
) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in parse_time(text, reference, language)]


def one(text: str, reference: str | None = "2022-11", language: str = "nb") -> newsevents.Timex:
    got = parse_time(text, reference, language)
    assert len(got) == 1, [t.text for t in got]
    return got[0]


# ---- absolute dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Møtet holdes 14. november 2022 i Oslo.", "14. november 2022", "2022-11-14"),
        ("nb", "Avtalen ble signert 14.11.2022 i Bergen.", "14.11.2022", "2022-11-14"),
        ("nb", "Loven trådte i kraft 2022-11-20.", "2022-11-20", "2022-11-20"),
        ("nb", "Han kom hjem 16.november med fly.", "16.november", "2022-11-16"),
        ("nb", "Hun reiste den 3. mars.", "den 3. mars", "2022-03-03"),
        ("nn", "Stortinget røystar tysdag 15. november.", "tysdag 15. november", "2022-11-15"),
        ("da", "Han ankom den 3. marts 2021 til København.", "den 3. marts 2021", "2021-03-03"),
        ("sv", "Valet hölls den 11 september i hela landet.", "den 11 september", "2022-09-11"),
        ("sv", "Hon kom 21 januari och stannade.", "21 januari", "2022-01-21"),
        ("en", "They met on January 21, 2022 in Geneva.", "January 21, 2022", "2022-01-21"),
    ],
)
def test_absolute_dates(language: str, text: str, expression: str, value: str) -> None:
    assert (expression, value) in found(text, language=language)


def test_day_month_takes_the_article_year_and_tense_moves_it() -> None:
    assert one("Russland invaderte Ukraina 24. januar.").value == "2022-01-24"
    # a date later in the year than the article, told in the past: last year
    assert one("Avtalen ble signert 20. desember.").value == "2021-12-20"
    # a date earlier in the year than the article, told in the future: next year
    assert one("Valget skal holdes 10. mars.").value == "2023-03-10"


def test_relative_year_after_a_date() -> None:
    assert found("Russland invaderte Ukraina 24. februar i fjor.") == [
        ("24. februar i fjor", "2021-02-24")
    ]
    assert found("I mars i fjor kom sanksjonene.") == [("I mars i fjor", "2021-03")]


# ---- months, seasons, years, decades ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Russland invaderte Ukraina i februar.", "i februar", "2022-02"),
        ("nb", "I begynnelsen av mars 2021 kom de.", "I begynnelsen av mars 2021", "2021-03"),
        ("nb", "Valget i fjor høst endte med seier.", "i fjor høst", "2021-FA"),
        ("nn", "Dei kjem tilbake til våren.", "til våren", "2023-SP"),
        ("sv", "I våras kom fler flyktingar.", "I våras", "2022-SP"),
        ("da", "I foråret kom de første.", "I foråret", "2022-SP"),
        ("nb", "Hun ble født i 1962.", "1962", "1962"),
        ("nb", "Avtalen fra 2010 ble satt til side.", "2010", "2010"),
        ("da", "Rusland annekterede Krim i 2014.", "2014", "2014"),
        ("nb", "Det skjedde på 1990-tallet.", "1990-tallet", "199"),
        ("nn", "Han kom heim på 1990-talet.", "1990-talet", "199"),
        ("sv", "Han föddes på 1990-talet.", "1990-talet", "199"),
        ("da", "I 1990'erne var det anderledes.", "1990'erne", "199"),
        ("nb", "Dette gjaldt på 1800-tallet.", "1800-tallet", "18"),
        ("nb", "2020-valget var jevnt.", "2020-valget", "2020"),
        ("nb", "Han kom hjem i uke 4.", "i uke 4", "2022-W04"),
    ],
)
def test_months_seasons_years(language: str, text: str, expression: str, value: str) -> None:
    assert (expression, value) in found(text, language=language)


def test_month_names_are_not_names() -> None:
    assert found("Mai Andersen sa at August var best.") == []
    assert found("Sonden landet på Mars i går.") == [("i går", "2022-XX-XX")]


def test_numbers_are_not_years() -> None:
    assert found("Det var 2000 soldater og 1500 kjøretøy der.") == []
    assert found("Russland har flyttet rundt 100.000 tropper.") == []
    assert found("De kan ha 1.550 stridshoder.") == []
    assert found("Over 2000 mennesker deltok.") == []
    assert found("En mann i 40-årene ble pågrepet.") == []
    assert found("Tallet falt i 2022 og 2023.") == [("2022", "2022"), ("2023", "2023")]


# ---- weekdays -----------------------------------------------------------------------------------


def test_weekday_in_a_month_dated_article_spans_the_fridays_the_text_allows() -> None:
    t = one("Blinken sa fredag at samtalene var nyttige.", "2022-01")
    assert t.granularity is Granularity.DAY
    assert t.value == "XXXX-WXX-5"
    # past tense: a Friday on or before some day of January 2022
    assert (t.earliest, t.latest) == (D(2021, 12, 31), D(2022, 1, 28))
    assert t.anchor == "article"


def test_tense_decides_direction() -> None:
    past = one("Lavrov sa fredag at møtet var nyttig.", "2022-01")
    future = one("Partene skal møtes fredag i Genève.", "2022-01")
    assert past.latest == D(2022, 1, 28)
    assert future.earliest == D(2022, 1, 7) and future.latest == D(2022, 2, 4)


def test_weekday_with_a_known_day_is_exact() -> None:
    assert (
        one("Peskov sa mandag at han ikke kunne bekrefte det.", "2022-11-16").value == "2022-11-14"
    )
    # "neste fredag" may be this coming Friday or the one after: both stay open
    nxt = one("Vi møtes neste fredag.", "2022-11-16")
    assert (nxt.earliest, nxt.latest) == (D(2022, 11, 18), D(2022, 11, 25))
    prev = one("De møttes forrige tirsdag.", "2022-11-16")
    assert (prev.earliest, prev.latest) == (D(2022, 11, 8), D(2022, 11, 15))


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("nb", "Tema for samtalene i fredag var Ukraina.", "i fredag"),
        ("da", "Mødet blev holdt i tirsdags i Bruxelles.", "i tirsdags"),
        ("sv", "Mötet hölls i fredags i Stockholm.", "i fredags"),
        ("nn", "Ho sa måndag at avgjerda kjem seinare.", "måndag"),
    ],
)
def test_past_weekday_forms(language: str, text: str, expression: str) -> None:
    t = one(text, "2022-01-19", language)
    assert t.text == expression
    assert t.latest is not None and t.latest <= D(2022, 1, 19)
    assert t.earliest is not None and (D(2022, 1, 19) - t.earliest).days <= 6


def test_weekday_plural_is_a_set() -> None:
    t = one("Butikken er stengt på søndager.")
    assert t.type is TimexType.SET and t.value == "XXXX-WXX-7"


# ---- relative days, weeks, months, years --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Hun sa i går at det var over.", "i går", "2022-01-20"),
        ("nb", "Avgjørelsen kommer i morgen.", "i morgen", "2022-01-22"),
        ("nb", "Det skjedde i forgårs.", "i forgårs", "2022-01-19"),
        ("nn", "Møtet vart halde i går.", "i går", "2022-01-20"),
        ("da", "Ministeren sagde i går, at planen er klar.", "i går", "2022-01-20"),
        ("sv", "Polisen meddelade i går att två gripits.", "i går", "2022-01-20"),
        ("en", "Officials said yesterday that talks ended.", "yesterday", "2022-01-20"),
        ("nb", "Han kommer i kveld.", "i kveld", "2022-01-21TEV"),
        ("nb", "De reiser i morgen tidlig.", "i morgen tidlig", "2022-01-22TMO"),
        ("sv", "Han landade i går kväll.", "i går kväll", "2022-01-20TEV"),
        ("da", "Det skete i morges.", "i morges", "2022-01-21TMO"),
        ("nb", "Svaret kommer neste uke.", "neste uke", "2022-W04"),
        ("da", "Beslutningen kommer i næste uge.", "i næste uge", "2022-W04"),
        ("sv", "Regeringen beslutar nästa vecka.", "nästa vecka", "2022-W04"),
        ("nn", "Dei møtest att neste veke.", "neste veke", "2022-W04"),
        ("nb", "Biden erklærte i forrige måned at risikoen var høy.", "i forrige måned", "2021-12"),
        ("nb", "Han døde i fjor.", "i fjor", "2021"),
        ("sv", "Förra året ökade antalet.", "Förra året", "2021"),
        ("da", "Sidste år var værre.", "Sidste år", "2021"),
        ("nb", "Valget holdes til neste år.", "til neste år", "2023"),
        ("nb", "I år blir det annerledes.", "I år", "2022"),
    ],
)
def test_relative(language: str, text: str, expression: str, value: str) -> None:
    assert (expression, value) in found(text, "2022-01-21", language)


def test_relative_in_a_month_dated_article_is_an_interval() -> None:
    t = one("Svaret kommer neste uke.", "2022-01")
    assert t.granularity is Granularity.WEEK
    assert (t.earliest, t.latest) == (D(2022, 1, 3), D(2022, 2, 13))
    assert one("Det skjedde i forrige måned.", "2022-11").value == "2022-10"


def test_anchored_on_the_expression_before() -> None:
    got = parse_time(
        "Biden sa onsdag at de ville invadere. Dagen etter svarte Russland.", "2022-01-19"
    )
    assert [(t.text, t.value) for t in got] == [
        ("onsdag", "2022-01-19"),
        ("Dagen etter", "2022-01-20"),
    ]
    assert got[1].anchor == got[0].start
    later = parse_time("De møttes 3. mars. To dager senere var alt over.", "2022-11")
    assert later[1].value == "2022-03-05" and later[1].anchor == later[0].start


def test_ago_and_in() -> None:
    assert ("for tre år siden", "2019") in found("Det skjedde for tre år siden.")
    assert ("för två år sedan", "2020") in found("Det hände för två år sedan.", language="sv")
    t = one("Svaret kommer om to uker.", "2022-11-14")
    assert t.value == "2022-W48"
    vague = one("ISW konstaterte for få dager siden at det var roligere.", "2022-11")
    assert vague.type is TimexType.DATE and vague.granularity is Granularity.DAY
    assert vague.latest is not None and vague.latest <= D(2022, 11, 29)


# ---- times of day -------------------------------------------------------------------------------


def test_times_of_day() -> None:
    assert found("De møttes kl. 14.30.", "2022-01-21") == [("kl. 14.30", "2022-01-21T14:30")]
    assert found("Møtet startet ved 11-tiden.", "2022-01-21") == [("ved 11-tiden", "2022-01-21T11")]
    assert found("Mötet började vid 11-tiden.", "2022-01-21", "sv") == [
        ("vid 11-tiden", "2022-01-21T11")
    ]
    assert found("Møtet skal holdes fredag klokken 10.", "2022-01-19") == [
        ("fredag klokken 10", "2022-01-21T10")
    ]
    assert found("Angrepet kom natt til tirsdag.", "2022-01-19") == [
        ("natt til tirsdag", "2022-01-18TNI")
    ]


def test_time_of_day_anchors_on_the_day_before_it() -> None:
    got = parse_time(
        "Utenriksministrene møtes fredag i Genève. Møtet startet ved 11-tiden.", "2022-01-19"
    )
    assert got[1].value == "2022-01-21T11"
    assert got[1].anchor == got[0].start
    assert got[1].type is TimexType.TIME and got[1].granularity is Granularity.HOUR


# ---- durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Samtalen varte tre timer.", "tre timer", "PT3H"),
        ("nb", "Møtet skal vare i om lag to timer.", "i om lag to timer", "PT2H"),
        ("nb", "Det ble avsluttet en halvtime tidligere.", "en halvtime", "PT30M"),
        ("nb", "Det tok halvannen time.", "halvannen time", "PT1H30M"),
        ("nb", "Høyeste nivå på 60 år.", "60 år", "P60Y"),
        ("nb", "De ble der i to uker.", "i to uker", "P2W"),
        ("nb", "De har snakket i tjuefem minutter.", "i tjuefem minutter", "PT25M"),
        ("nb", "Amerikanerne har i flere måneder advart.", "i flere måneder", "PXM"),
        ("nb", "De kan gjenoppta samtalene i løpet av noen uker.", "i løpet av noen uker", "PXW"),
        ("nb", "Ordkrigen har tiltatt de siste ukene.", "de siste ukene", "PXW"),
        ("nb", "Lederne har de siste dagene dempet seg.", "de siste dagene", "PXD"),
        ("nn", "Dei siste vekene har det vore uro.", "Dei siste vekene", "PXW"),
        ("nn", "Ho budde der i tre år.", "i tre år", "P3Y"),
        ("da", "De seneste uger har der været uro.", "De seneste uger", "PXW"),
        (
            "da",
            "Topmødet holdes i løbet af de kommende måneder.",
            "i løbet af de kommende måneder",
            "PXM",
        ),
        ("da", "Aftalen gælder i fem år.", "i fem år", "P5Y"),
        ("da", "Han var der i femogtyve minutter.", "i femogtyve minutter", "PT25M"),
        ("sv", "De senaste veckorna har trycket ökat.", "De senaste veckorna", "PXW"),
        ("sv", "Hon talade i en halvtimme.", "i en halvtimme", "PT30M"),
        ("sv", "Han stannade i tre veckor.", "i tre veckor", "P3W"),
        ("en", "The meeting lasted about two hours.", "about two hours", "PT2H"),
    ],
)
def test_durations(language: str, text: str, expression: str, value: str) -> None:
    got = parse_time(text, "2022-11", language)
    assert [(t.text, t.value) for t in got] == [(expression, value)]
    assert got[0].type is TimexType.DURATION
    assert got[0].earliest is None and got[0].latest is None


def test_ages_and_counts_are_not_durations() -> None:
    assert found("En 34 år gammel mann ble pågrepet.") == []
    assert found("Avisa viser til fire kilder.") == []
    assert found("Nå har de samtidig sagt at de kommer etterpå.") == []


def test_sets() -> None:
    t = one("Han jobbet hver dag.")
    assert (t.type, t.value) == (TimexType.SET, "P1D")


# ---- the layer in the pipeline ------------------------------------------------------------------


def test_layer_keeps_offsets_and_reads_publication_stamps() -> None:
    # the stamp lines of a page are boilerplate, but their times are times of the article
    text = (
        " date 2022-01-21 Publisert: 21.01.2022 kl. 12:41\n\nOppdatert for 12 minutter siden"
        "\n\nBlinken sa fredag at de møtes neste uke."
    )
    ctx = Context(read(text), get_pack("nb"))
    got = extract_timexes(ctx)
    assert [(t.text, t.value) for t in got] == [
        ("21.01.2022 kl. 12:41", "2022-01-21T12:41"),
        ("for 12 minutter siden", "2022-01-21"),
        ("fredag", "2022-01-21"),
        ("neste uke", "2022-W04"),
    ]
    for t in got:
        assert text[t.start : t.end] == t.text


def test_undated_article_keeps_unknowns_open() -> None:
    t = one("Hun sa fredag at det var over.", None)
    assert t.value == "XXXX-WXX-5" and t.earliest is None and t.latest is None
    assert one("Det skjedde 24. januar.", None).value == "XXXX-01-24"


def test_parse_results_pickle_and_are_deterministic() -> None:
    text = " date 2022-01 Blinken sa fredag at svaret kommer neste uke. Møtet varte i to timer."
    a, b = newsevents.parse(text), newsevents.parse(text)
    assert a.timexes == b.timexes
    assert pickle.loads(pickle.dumps(a.timexes)) == a.timexes


# ---- renderings ---------------------------------------------------------------------------------


def test_timex3_rendering_escapes_text() -> None:
    t = one("i forrige måned")
    assert to_timex3(t, "t7") == (
        '<TIMEX3 tid="t7" type="DATE" value="2022-10" anchorTimeID="t0">i forrige måned</TIMEX3>'
    )
    d = one("tre timer")
    assert to_timex3(d) == '<TIMEX3 tid="t1" type="DURATION" value="PT3H">tre timer</TIMEX3>'


def test_edtf_renderings() -> None:
    assert to_edtf(one("Hun sa fredag det.", "2022-01")) == (
        "[2021-12-31,2022-01-07,2022-01-14,2022-01-21,2022-01-28]"
    )
    assert to_edtf(one("i dag", "2022-01")) == "[2022-01-01..2022-01-31]"
    assert to_edtf(one("neste uke", "2022-01-19")) == "2022-01-24/2022-01-30"
    assert to_edtf(one("på 1990-tallet")) == "199X"
    assert to_edtf(one("i fjor høst")) == "2021-23"
    assert to_edtf(one("kl. 14.30", "2022-01-21")) == "2022-01-21T14:30:00"
    assert to_edtf(one("tre timer")) is None
    # April of one of two years is one of a set, not the stretch between them
    assert to_edtf(one("Prisene steg i april.", "2022")) == "[2021-04,2022-04]"
    assert to_edtf(one("Priserna steg i april.", "2022", "sv")) == "[2021-04,2022-04]"


def test_bad_reference_is_an_error() -> None:
    with pytest.raises(newsevents.ParseError):
        parse_time("i går", reference="i fjor")
    with pytest.raises(newsevents.UnknownLanguageError):
        parse_time("i går", language="xx")


# ---- singular and plural spans, parts of periods, inflected weekdays ---------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "De seneste år har været svære.", [("De seneste år", "PXY")]),
        ("da", "Det seneste år har været svært.", [("Det seneste år", "P1Y")]),
        ("nb", "Det siste året har vært tungt.", [("Det siste året", "P1Y")]),
        ("nb", "Planen forhandles i den kommende uken.", [("i den kommende uken", "2022-W04")]),
        ("sv", "Den senaste veckan har varit tung.", [("Den senaste veckan", "P1W")]),
        ("nb", "Svaret kommer i slutten av året.", [("i slutten av året", "2022")]),
        ("sv", "I början av året kom de.", [("I början av året", "2022")]),
        ("nb", "I løpet av natten kom regnet.", [("I løpet av natten", "2022-01-19TNI")]),
        ("nb", "Fredagens møte ble avlyst.", [("Fredagens", "2022-01-14")]),
        ("nb", "Det er ventet regn i løpet av helgen.", [("i løpet av helgen", "2022-W03-WE")]),
    ],
)
def test_spans_and_parts(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2022-01-19", language) == expected


def test_holidays() -> None:
    easter = one("Stortinget behandler saken etter påske.", "2023-03")
    assert (easter.earliest, easter.latest) == (D(2023, 4, 6), D(2023, 4, 10))
    assert found("Vi ses till jul.", "2023-03", "sv") == [("till jul", "2023-12-XX")]
    assert found("Det skete i påsken sidste år.", "2023-03", "da") == [
        ("i påsken sidste år", "2022-04-XX")
    ]
    assert found("Jul Andersen kom hjem.", "2023-03") == []


def test_comparisons_do_not_move_time() -> None:
    assert found("Budsjettet kommer en uke tidligere enn vanlig.") == [("en uke", "P1W")]


def test_a_reported_clause_keeps_its_own_tense() -> None:
    # "varslet" is past, but the rate rise it reports is still to come
    t = one("Sentralbanksjefen varslet at renten trolig settes opp i juni.", "2023-03")
    assert t.value == "2023-06"


def test_time_of_day_does_not_carry_over_paragraphs() -> None:
    text = "Valget holdes 11. mai.\n\nPressekonferansen startet klokken 13."
    got = parse_time(text, "2023-03")
    assert got[1].anchor == "article" and got[1].value == "2023-03-XXT13"


def test_bokmal_pack_reads_nynorsk_forms_and_back() -> None:
    # language identification between nb and nn is the least sure: each pack includes the other
    assert found("Møtet vart halde tysdag, og dei siste vekene var uroleg.", "2022-01-19") == [
        ("tysdag", "2022-01-18"),
        ("dei siste vekene", "PXW"),
    ]
    assert found("Hun sa tirsdag at de siste ukene var urolige.", "2022-01-19", "nn") == [
        ("tirsdag", "2022-01-18"),
        ("de siste ukene", "PXW"),
    ]


def test_weekday_in_a_named_week_and_part_of_day() -> None:
    assert found("Det skjedde tirsdag forrige uke.", "2022-01-19") == [
        ("tirsdag forrige uke", "2022-01-11")
    ]
    assert found("Mötet hölls i tisdags förra veckan.", "2022-01-19", "sv") == [
        ("i tisdags förra veckan", "2022-01-11")
    ]
    assert found("Fredag på kvelden kom han.", "2022-01-19") == [
        ("Fredag på kvelden", "2022-01-14TEV")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Det skjedde fredagskvelden.", [("fredagskvelden", "2022-01-14TEV")]),
        ("da", "Det skete lørdagsmorgen.", [("lørdagsmorgen", "2022-01-15TMO")]),
        ("nb", "Siden mandag har det regnet.", [("Siden mandag", "2022-01-17")]),
        ("sv", "Sedan måndag har det regnat.", [("Sedan måndag", "2022-01-17")]),
        ("nb", "Svaret kommer innen fredag.", [("innen fredag", "2022-01-21")]),
        ("nb", "Tidligere i uken kom de.", [("Tidligere i uken", "2022-W03")]),
        ("nb", "Hittil i år har 40 omkommet.", [("Hittil i år", "2022")]),
        ("nb", "Mai 2022 var kald.", [("Mai 2022", "2022-05")]),
    ],
)
def test_more_day_forms(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2022-01-19", language) == expected


# ---- stamps, clocks, and what held-out articles taught ------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "reference", "expected"),
    [
        ("nb", "Oppdatert 16.05", "2023-08-02", [("16.05", "2023-08-02T16:05")]),
        ("nb", "09.45 – Trafikkulykke på E18", "2023-08-02", [("09.45", "2023-08-02T09:45")]),
        ("nn", "Sist oppdatert 21:10", "2023-08-02", [("21:10", "2023-08-02T21:10")]),
        ("sv", "Uppdaterad i dag 07:55", "2023-08-02", [("i dag 07:55", "2023-08-02T07:55")]),
        (
            "da",
            "Publiceret 4. maj 2023 kl. 06.30",
            None,
            [("4. maj 2023 kl. 06.30", "2023-05-04T06:30")],
        ),
        ("nb", "Publisert 02.03.21 11:15", None, [("02.03.21 11:15", "2021-03-02T11:15")]),
        (
            "nb",
            "Publisert mandag 4. mars 2024 - 19:02",
            None,
            [("mandag 4. mars 2024 - 19:02", "2024-03-04T19:02")],
        ),
    ],
)
def test_publication_stamps_and_bare_clock_times(
    language: str, text: str, reference: str | None, expected: list[tuple[str, str]]
) -> None:
    assert found(text, reference, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Rentesatsen er 16.05 prosent."),  # a dotted number inside a sentence
        ("nb", "Kampen endte 2-1 etter 90 minutter."),
        ("sv", "Priset steg till 10.50 kronor."),
    ],
)
def test_dotted_numbers_inside_sentences_are_no_clock_times(language: str, text: str) -> None:
    assert all(t.type is not TimexType.TIME for t in parse_time(text, "2023-08", language))


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Veien ble åpnet igjen like etter klokken sju.", "klokken sju", "2023-08-XXT07"),
        ("nn", "Møtet startar klokka ni.", "klokka ni", "2023-08-XXT09"),
        ("sv", "Larmet kom strax efter midnatt.", "midnatt", "2023-08-XXT00"),
        ("da", "Festen sluttede ved midnat.", "ved midnat", "2023-08-XXT00"),
    ],
)
def test_clock_words_with_number_words_and_midnight(
    language: str, text: str, expression: str, value: str
) -> None:
    assert (expression, value) in found(text, "2023-08", language)


def test_a_caption_without_a_verb_speaks_of_the_past() -> None:
    text = " date 2023-06-14 Møtet\n\nMØDE: Ministrene i København tirsdag. Foto: Ritzau"
    got = extract_timexes(Context(read(text), get_pack("da")))
    assert [(t.text, t.value) for t in got] == [("tirsdag", "2023-06-13")]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a parenthesis does not cut the clause from its verb
        ("nn", "Geologen kjem frå direktoratet (NVE) tysdag.", "2021-02-09"),
        ("nb", "Ekspertene kommer fra instituttet (NGI) tirsdag.", "2021-02-09"),
        # "skulle" plans ahead
        ("nb", "Premieren skulle etter planen være torsdag.", "2021-02-11"),
        ("sv", "Mötet skulle egentligen hållas på torsdag.", "2021-02-11"),
    ],
)
def test_tense_cues_past_asides_and_plans(language: str, text: str, value: str) -> None:
    assert found(text, "2021-02-08", language)[0][1] == value


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Det er sendt ut farevarsel for onsdag og torsdag.", ["2021-02-10", "2021-02-11"]),
        ("nn", "Det er sendt ut farevarsel for onsdag og torsdag.", ["2021-02-10", "2021-02-11"]),
        (
            "sv",
            "Teatern ställer in alla föreställningar fredag till söndag.",
            ["2021-02-12", "2021-02-14"],
        ),
        ("da", "Der er varslet storm for fredag og lørdag.", ["2021-02-12", "2021-02-13"]),
    ],
)
def test_coordinated_weekdays_share_a_direction(
    language: str, text: str, expected: list[str]
) -> None:
    assert [v for _, v in found(text, "2021-02-08", language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nn", "Premieren vert flytta til januar.", "2020-01"),
        ("nb", "Ny premiere i januar", "2020-01"),
        ("sv", "Nästa möte i februari", "2020-02"),
        ("da", "Sæsonen startede i august", "2019-08"),
    ],
)
def test_a_month_without_tense_is_the_nearest(language: str, text: str, value: str) -> None:
    assert found(text, "2019-11-21", language)[0][1] == value


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("da", "Sidste forår brækkede han håndleddet.", "2023-SP"),
        ("nb", "Forrige vår var det flom.", "2023-SP"),
        ("sv", "Nästa vår öppnar bron.", "2025-SP"),
        ("nn", "Neste vår opnar brua.", "2025-SP"),
    ],
)
def test_last_and_next_season_are_not_the_one_under_way(
    language: str, text: str, value: str
) -> None:
    assert found(text, "2024-04", language)[0][1] == value


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Han er typisk ude i fire til seks uger.", ("i fire til seks uger", "PXW")),
        ("nb", "Reparasjonen tar 4 – 6 uker.", ("4 – 6 uker", "PXW")),
        ("sv", "Arbetet tar två till tre veckor.", ("två till tre veckor", "PXW")),
        (
            "nb",
            "Aktor mener en straff på to år og seks måneder er riktig.",
            ("to år og seks måneder", "P2Y6M"),
        ),
        ("sv", "Hon dömdes till ett år och tre månader.", ("ett år och tre månader", "P1Y3M")),
        ("nn", "Han fekk to år og fire månader.", ("to år og fire månader", "P2Y4M")),
        ("nb", "Aktor ber om fem års fengsel.", ("fem års", "P5Y")),
        ("da", "Anklageren beder om tre års fængsel.", ("tre års", "P3Y")),
        ("nb", "Ventetiden økte med ni dager siden samme periode i fjor.", ("ni dager", "P9D")),
        ("nb", "Det kan komme mye regn det neste døgnet.", ("det neste døgnet", "P1D")),
        ("sv", "Det kan falla mycket snö det närmaste dygnet.", ("det närmaste dygnet", "P1D")),
    ],
)
def test_duration_ranges_compounds_and_measures(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(text, "2022-03-10", language)


def test_a_half_year_has_month_granularity() -> None:
    t = one("Vi har forsøgt at tale med ledelsen i et halvt år.", "2022-10", "da")
    assert (t.value, t.granularity) == ("P6M", Granularity.MONTH)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("da", "Omkring 60.000 passagerer bliver dagligt ramt.", "dagligt", "P1D"),
        ("sv", "Tågen går dagligen mellan städerna.", "dagligen", "P1D"),
        ("sv", "Skjutningar sker varje helg.", "varje helg", "P1W"),
        ("nb", "Direktoratet publiserer tall hvert kvartal.", "hvert kvartal", "P3M"),
        ("sv", "Bolaget rapporterar varje kvartal.", "varje kvartal", "P3M"),
    ],
)
def test_more_sets(language: str, text: str, expression: str, value: str) -> None:
    t = [x for x in parse_time(text, "2022-10", language) if x.text == expression]
    assert [(x.type, x.value) for x in t] == [(TimexType.SET, value)]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("sv", "Tågtrafiken är inställd resten av dagen.", "resten av dagen", "2022-10-26"),
        ("nb", "Vannet steg gjennom natten.", "gjennom natten", "2022-10-26TNI"),
        ("da", "Forhandlingerne skal slutte inden weekenden.", "inden weekenden", "2022-W43-WE"),
        ("sv", "Helgens föreställningar kommer att ställas in.", "Helgens", "2022-W43-WE"),
        ("nb", "Helgens kamper blir avlyst.", "Helgens", "2022-W43-WE"),
    ],
)
def test_rest_of_the_day_through_the_night_and_the_weekend(
    language: str, text: str, expression: str, value: str
) -> None:
    assert (expression, value) in found(text, "2022-10-26", language)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Selskapet tjente mer i andre kvartal.", "i andre kvartal", "2023-Q2"),
        ("sv", "Vinsten steg under tredje kvartalet 2022.", "tredje kvartalet 2022", "2022-Q3"),
        ("da", "Salget faldt i første kvartal i fjor.", "i første kvartal i fjor", "2022-Q1"),
        ("nn", "Resultatet for 4. kvartal kjem seinare.", "4. kvartal", "2023-Q4"),
    ],
)
def test_quarters_of_the_year(language: str, text: str, expression: str, value: str) -> None:
    t = [x for x in parse_time(text, "2023-08", language) if x.text == expression]
    assert [(x.value, x.granularity) for x in t] == [(value, Granularity.SEASON)]
    assert t[0].latest is not None and t[0].earliest is not None
    assert (t[0].latest - t[0].earliest).days in (89, 90, 91)


def test_ordinal_words_alone_are_no_quarters() -> None:
    assert found("De andre kom i går.", "2023-08-02") == [("i går", "2023-08-01")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nn", "Nedlegginga sparer 6 millionar kroner i året.", [("i året", "P1Y")]),
        ("nb", "Han trener to ganger i uka.", [("i uka", "P1W")]),
        ("da", "Det koster 400 kroner mere om måneden.", [("om måneden", "P1M")]),
        ("sv", "Hyran är 300 kronor i månaden.", [("i månaden", "P1M")]),
        # without an amount before it, the phrase is the current unit
        ("nb", "Vi kommer tilbake i uka.", [("i uka", "2023-W24")]),
        ("nb", "I år har fem omkommet i året som gikk.", [("I år", "2023")]),
    ],
)
def test_per_unit_rates_follow_an_amount(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "2023-06-15", language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Sentralbanken gjorde det samme tidligere på dagen."),
        ("da", "Centralbanken gjorde det samme tidligere på dagen."),
        ("nn", "Banken gjorde det same tidlegare på dagen."),
        ("sv", "Riksbanken gjorde samma sak tidigare under dagen."),
    ],
)
def test_earlier_in_the_day(language: str, text: str) -> None:
    assert [v for _, v in found(text, "2023-06-15", language)] == ["2023-06-15"]


@pytest.mark.parametrize(
    ("language", "text", "granularity"),
    [
        ("nb", "Oppdatert for 14 minutter siden", Granularity.MINUTE),
        ("sv", "Uppdaterad för två timmar sedan", Granularity.HOUR),
        ("da", "Opdateret for 20 minutter siden", Granularity.MINUTE),
    ],
)
def test_minutes_and_hours_ago_keep_their_granularity(
    language: str, text: str, granularity: Granularity
) -> None:
    t = one(text, "2023-10-06", language)
    assert (t.value, t.granularity) == ("2023-10-06", granularity)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Avtalen ble klar søndag kveld.", "søndag kveld", "2022-01-16TEV"),
        ("nn", "Avtalen vart klar sundag kveld.", "sundag kveld", "2022-01-16TEV"),
        ("da", "Aftalen faldt på plads søndag aften.", "søndag aften", "2022-01-16TEV"),
        ("sv", "Avtalet blev klart på söndagskvällen.", "på söndagskvällen", "2022-01-16TEV"),
    ],
)
def test_a_day_and_its_part_is_a_time_of_day_granularity(
    language: str, text: str, expression: str, value: str
) -> None:
    got = [t for t in parse_time(text, "2022-01-19", language) if t.text == expression]
    assert [(t.value, t.type, t.granularity) for t in got] == [
        (value, TimexType.TIME, Granularity.DAY)
    ]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Etter gårsdagens møte var alle fornøyde.", "gårsdagens", "2023-11-13"),
        ("nn", "Gårsdagens vedtak vart klaga inn.", "Gårsdagens", "2023-11-13"),
        ("da", "Morgendagens topmøde bliver svært.", "Morgendagens", "2023-11-15"),
        ("sv", "Efter gårdagens möte var alla nöjda.", "gårdagens", "2023-11-13"),
    ],
)
def test_yesterdays_and_tomorrows_as_genitives(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2023-11-14", language) == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nb", "Utvekslingen fant sted på fredag.", "2024-08-02"),
        ("nb", "Vi møtes på fredag.", "2024-08-09"),
        ("nn", "Avtalen vart underskriven på fredag.", "2024-08-02"),
        ("nn", "Dei skal møtast på fredag.", "2024-08-09"),
    ],
)
def test_paa_and_a_weekday_looks_ahead_unless_the_clause_is_past(
    language: str, text: str, value: str
) -> None:
    assert found(text, "2024-08-03", language) == [("på fredag", value)]


# ---- perfects with "be", since, halves, ranges, holidays named like days ----------------------


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        ("nb", "Prisene er steget kraftig i april.", "2022-11", "2022-04"),
        ("nb", "Prisene er steget kraftig i april.", "2022-02", "2021-04"),
        ("nb", "Prisene har økt kraftig i april.", "2022-02", "2021-04"),
        ("nb", "Prisene skal stige i april.", "2022-11", "2023-04"),
        ("nn", "Prisane er komne opp i april.", "2022-11", "2022-04"),
        ("nn", "Prisane har auka kraftig i april.", "2022-02", "2021-04"),
        ("da", "Priserne er faldet i april.", "2022-11", "2022-04"),
        ("da", "Ledigheden er steget i december.", "2022-03", "2021-12"),
        ("da", "I april er priserne steget med fem procent.", "2022-11", "2022-04"),
        ("sv", "Priserna har stigit kraftigt i april.", "2022-02", "2021-04"),
        ("sv", "Tre personer är gripna i april.", "2022-11", "2022-04"),
        ("sv", "Priserna ska stiga i april.", "2022-02", "2022-04"),
    ],
)
def test_a_perfect_with_be_tells_of_the_past(
    language: str, text: str, reference: str, value: str
) -> None:
    assert [t.value for t in parse_time(text, reference, language)] == [value]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Arbeidsledigheten siden mars: 3,1 prosent.", "mars", "2021-03"),
        ("nn", "Sidan mars er han sjef.", "mars", "2021-03"),
        ("da", "Siden marts er han chef.", "marts", "2021-03"),
        ("sv", "Sedan mars är han chef.", "mars", "2021-03"),
        # without "since" the nearest March is the coming one
        ("da", "I marts er han chef.", "I marts", "2022-03"),
    ],
)
def test_since_places_a_month_in_the_past(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2022-02", language) == [(expression, value)]


def test_a_month_of_one_of_two_years_keeps_its_number() -> None:
    t = one("Prisene steg i april.", "2022")
    assert (t.value, t.earliest, t.latest) == ("XXXX-04", D(2021, 4, 1), D(2022, 4, 30))
    assert t.granularity is Granularity.MONTH


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        (
            "nb",
            "Han ble arrestert tirsdag sent på kvelden.",
            "tirsdag sent på kvelden",
            "2022-11-15TEV",
        ),
        ("nb", "Brannen startet i natt til mandag.", "i natt til mandag", "2022-11-14TNI"),
        ("nn", "Dei møttest måndag seint på kvelden.", "måndag seint på kvelden", "2022-11-14TEV"),
        ("nn", "Måndag kveld møttest dei.", "Måndag kveld", "2022-11-14TEV"),
        ("da", "Politiet rykkede ud tirsdag sen aften.", "tirsdag sen aften", "2022-11-15TEV"),
        ("da", "Det skete mandag sent om aftenen.", "mandag sent om aftenen", "2022-11-14TEV"),
        ("da", "Han døde i nat til mandag.", "i nat til mandag", "2022-11-14TNI"),
        ("da", "De mødtes i tirsdags eftermiddag.", "i tirsdags eftermiddag", "2022-11-15TAF"),
        ("da", "Vi mødes på fredag formiddag.", "på fredag formiddag", "2022-11-18TMO"),
        ("sv", "Han greps måndag sen kväll.", "måndag sen kväll", "2022-11-14TEV"),
        ("sv", "Han greps under natten till måndag.", "under natten till måndag", "2022-11-14TNI"),
        ("sv", "Han greps i måndags eftermiddag.", "i måndags eftermiddag", "2022-11-14TAF"),
        ("sv", "Vi ses på fredag förmiddag.", "på fredag förmiddag", "2022-11-18TMO"),
    ],
)
def test_a_day_and_its_part_with_a_word_between_are_one_expression(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2022-11-16", language) == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Det skjedde søndag rundt midnatt.", "søndag rundt midnatt", "2022-11-13T00"),
        (
            "nn",
            "Det skjedde søndag omkring klokka 23.",
            "søndag omkring klokka 23",
            "2022-11-13T23",
        ),
        ("da", "Det skete søndag ved midnat.", "søndag ved midnat", "2022-11-13T00"),
        (
            "sv",
            "Det hände söndag omkring klockan 15.",
            "söndag omkring klockan 15",
            "2022-11-13T15",
        ),
    ],
)
def test_an_approximate_clock_time_joins_its_day(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2022-11-16", language) == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Det tok to og et halvt år.", "to og et halvt år", "P2Y6M"),
        ("nb", "Han var der i fire-fem år.", "i fire-fem år", "PXY"),
        ("nn", "Det tok to og eit halvt år.", "to og eit halvt år", "P2Y6M"),
        ("nn", "Første gong på eit år.", "eit år", "P1Y"),
        ("nn", "Det kom vekevise protestar.", "vekevise", "PXW"),
        ("da", "Det tog 2 og en halv time.", "2 og en halv time", "PT2H30M"),
        ("da", "Han var der i 2-3 uger.", "i 2-3 uger", "PXW"),
        ("sv", "Det tog ett och ett halvt år.", "ett och ett halvt år", "P1Y6M"),
        ("sv", "Han var där i fyra-fem år.", "i fyra-fem år", "PXY"),
    ],
)
def test_halves_after_a_number_and_hyphened_ranges(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2022-11-16", language) == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nb", "Det skjedde for et halvt år siden.", "2022-05"),
        ("nn", "Det skjedde for eit halvt år sidan.", "2022-05"),
        ("da", "Det skete for halvandet år siden.", "2021-05"),
        ("sv", "Det sker om ett halvt år.", "2023-05"),
    ],
)
def test_half_a_year_ago_is_told_to_the_month(language: str, text: str, value: str) -> None:
    t = one(text, "2022-11-16", language)
    assert (t.value, t.granularity) == (value, Granularity.MONTH)


def test_a_near_miss_of_seconds_is_no_point_in_time() -> None:
    assert found("Hadde eg køyrt eit sekund seinare, hadde steinen treft.", language="nn") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Han var sjef i 2020-2022.", [("2020", "2020"), ("2022", "2022")]),
        ("nn", "Ho var leiar frå 2018–20.", [("2018", "2018"), ("20", "2020")]),
        ("da", "Han var chef i perioden 2019-21.", [("2019", "2019"), ("21", "2021")]),
        ("sv", "Hon var chef 2015-2017.", [("2015", "2015"), ("2017", "2017")]),
        ("nb", "Resultatet ble 2020-1999.", []),
    ],
)
def test_a_range_of_years_is_two_years(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse_time(text, "2022-11-16", language)
    assert [(t.text, t.value) for t in got] == expected
    assert all(text[t.start : t.end] == t.text for t in got)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Han kom hjem på julaften.", "julaften", "2021-12-24"),
        ("nn", "Han kom heim julaftan.", "julaftan", "2021-12-24"),
        ("da", "Det skete nytårsaften.", "nytårsaften", "2021-12-31"),
        ("sv", "Han var hemma i julas.", "i julas", "2021-12-XX"),
        ("sv", "Hon reste bort i påskas.", "i påskas", "2022-04-XX"),
    ],
)
def test_holidays_named_like_days_and_past_forms(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2022-11-16", language) == [(expression, value)]


def test_a_past_holiday_form_is_the_one_gone() -> None:
    t = one("Hon reste bort i påskas.", "2022-02", "sv")
    assert (t.earliest, t.latest) == (D(2021, 4, 1), D(2021, 4, 5))


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Vaksinen kommer i uke 12.", "i uke 12", "2023-W12"),
        ("nn", "Dei kjem i veke 3.", "i veke 3", "2023-W03"),
        ("da", "Han kom hjem i uge 12.", "i uge 12", "2022-W12"),
        ("sv", "Han kommer under vecka 12.", "vecka 12", "2023-W12"),
    ],
)
def test_a_week_number_without_a_year_is_placed_by_tense(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2022-11-16", language) == [(expression, value)]


def test_nynorsk_past_weekday_form() -> None:
    assert found("Han kom i fredags.", "2022-11-16", "nn") == [("i fredags", "2022-11-11")]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Det skjedde tidligere i uken.", "tidligere i uken", "2023-W11"),
        ("nn", "Det skjer seinare i år.", "seinare i år", "2023"),
        ("da", "Det skete tidligere på ugen.", "tidligere på ugen", "2023-W11"),
        ("da", "Det skete sidst på måneden.", "sidst på måneden", "2023-03"),
        ("sv", "Det hände tidigare i veckan.", "tidigare i veckan", "2023-W11"),
    ],
)
def test_earlier_and_later_in_a_unit_of_the_article(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2023-03-15", language) == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Svaret kom tirsdag 14.3.", [("tirsdag 14.3.", "2023-03-14")]),
        ("nb", "Ulykken skjedde ved 13.30-tiden.", [("ved 13.30-tiden", "2023-03-15T13:30")]),
        ("nn", "Ulukka skjedde ved 13.30-tida.", [("ved 13.30-tida", "2023-03-15T13:30")]),
        ("da", "Svaret kom tirsdag 14.3.", [("tirsdag 14.3.", "2023-03-14")]),
        ("sv", "Olyckan hände vid 13.30-tiden.", [("vid 13.30-tiden", "2023-03-15T13:30")]),
    ],
)
def test_numeric_day_after_a_weekday_and_half_hours_about(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "2023-03-15", language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Møtet varte fra mandag til onsdag.", ["2023-03-13", "2023-03-15"]),
        ("nn", "Møtet vara frå måndag til onsdag.", ["2023-03-13", "2023-03-15"]),
        ("da", "Mødet varede fra mandag til onsdag.", ["2023-03-13", "2023-03-15"]),
        ("sv", "Mötet varade från måndag till onsdag.", ["2023-03-13", "2023-03-15"]),
    ],
)
def test_a_range_of_weekdays_told_in_the_past_stays_in_the_past(
    language: str, text: str, expected: list[str]
) -> None:
    assert [v for _, v in found(text, "2023-03-15", language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Han er 45 år.", []),
        ("nb", "Hun fyller 50 år i morgen.", [("i morgen", "2023-03-16")]),
        ("nb", "Det var 45 år med krig.", [("45 år", "P45Y")]),
        ("nn", "Ho var 45 år då ho døydde.", []),
        ("nn", "Det er ti år sidan.", [("ti år sidan", "2013")]),
        ("da", "Han er 45 år, og han bor i Aarhus.", []),
        ("da", "Hun fylder 50 år på fredag.", [("på fredag", "2023-03-17")]),
        ("sv", "Hon är 45 år.", []),
        ("sv", "Krisen har varat i tio år.", [("i tio år", "P10Y")]),
    ],
)
def test_an_age_after_a_verb_is_no_duration(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "2023-03-15", language) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Parlamentet godkände ansökan på tisdagskvällen.", "på tisdagskvällen", "2024-01-23TEV"),
        ("Regeringen införde nya regler i december.", "i december", "2023-12"),
        ("Polisen ställde in matchen på söndagen.", "på söndagen", "2024-01-21"),
        ("Hon besökte Kiev på måndagen.", "på måndagen", "2024-01-22"),
    ],
)
def test_swedish_past_tense_endings(text: str, expression: str, value: str) -> None:
    assert found(text, "2024-01-24", "sv") == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "reference", "value"),
    [
        ("nb", "Prisene steg 20. april.", "2022-04-10", "2021-04-20"),
        ("nb", "Prisene steg 20. april.", "2022-04", "2022-04-20"),
        ("nn", "Prisane steig 5. april.", "2022-04-10", "2022-04-05"),
        ("da", "Priserne skal stige 5. april.", "2022-04-10", "2023-04-05"),
        ("sv", "Priserna steg den 20 april.", "2022-04-10", "2021-04-20"),
        ("sv", "Priserna ska stiga den 20 april.", "2022-04-10", "2022-04-20"),
    ],
)
def test_a_date_in_the_month_of_a_day_precise_article_is_placed_by_the_day(
    language: str, text: str, reference: str, value: str
) -> None:
    assert [t.value for t in parse_time(text, reference, language)] == [value]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Sjåførene streiker for tredje dag på rad.",
            [("for tredje dag på rad", "2022-10-26")],
        ),
        ("nb", "Det gjelder for andre dager også.", []),
        ("nn", "Laget tapte for andre år på rad.", [("for andre år på rad", "2022")]),
        ("da", "Chaufførerne strejker for tredje dag.", [("for tredje dag", "2022-10-26")]),
        ("da", "Det regnede for andet år i træk.", [("for andet år i træk", "2022")]),
        (
            "sv",
            "Förarna strejkar för tredje dagen i rad.",
            [("för tredje dagen i rad", "2022-10-26")],
        ),
    ],
)
def test_the_nth_day_in_a_row_is_the_article_day(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "2022-10-26", language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Festivalen går 14. og 15. mars.",
            [("14.", "2023-03-14"), ("15. mars", "2023-03-15")],
        ),
        (
            "nn",
            "Festivalen går frå 1. til 3. juni.",
            [("frå 1.", "2023-06-01"), ("til 3. juni", "2023-06-03")],
        ),
        (
            "da",
            "Festivalen løber 1.–3. juni 2024.",
            [("1.", "2024-06-01"), ("3. juni 2024", "2024-06-03")],
        ),
        (
            "sv",
            "Festivalen pågår mellan 10 och 12 april.",
            [("10", "2023-04-10"), ("12 april", "2023-04-12")],
        ),
        ("sv", "Han fick 3 och 4 poäng.", []),
    ],
)
def test_the_first_day_of_two_takes_the_month_of_the_second(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "2023-03-15", language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Han var der i januar og februar i fjor.", ["2022-01", "2022-02"]),
        ("nb", "Han kom i mai–juni.", ["2022-05", "2022-06"]),
        ("nn", "Ho var der i mai og juni 2021.", ["2021-05", "2021-06"]),
        ("da", "Han kom i januar og februar sidste år.", ["2022-01", "2022-02"]),
        ("da", "Han var der i perioden maj til juli.", ["2022-05", "2022-07"]),
        ("sv", "Han kom i januari och februari i fjol.", ["2022-01", "2022-02"]),
    ],
)
def test_coordinated_months_share_their_year(language: str, text: str, expected: list[str]) -> None:
    assert [v for _, v in found(text, "2023-03-15", language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Møtet starter klokka halv ti.", "klokka halv ti", "2023-03-15T09:30"),
        (
            "nb",
            "Møtet startet klokken ti over halv tolv.",
            "klokken ti over halv tolv",
            "2023-03-15T11:40",
        ),
        ("nn", "Møtet startar klokka kvart på tolv.", "klokka kvart på tolv", "2023-03-15T11:45"),
        ("da", "Mødet starter kvart over ti.", "kvart over ti", "2023-03-15T10:15"),
        ("da", "Mødet starter klokken fem i halv ni.", "klokken fem i halv ni", "2023-03-15T08:25"),
        ("sv", "Mötet börjar klockan halv tio.", "klockan halv tio", "2023-03-15T09:30"),
        ("sv", "Mötet börjar kvart i tio.", "kvart i tio", "2023-03-15T09:45"),
    ],
)
def test_clock_times_said_the_spoken_way(
    language: str, text: str, expression: str, value: str
) -> None:
    assert found(text, "2023-03-15", language) == [(expression, value)]


def test_a_clock_word_and_a_number_without_a_spoken_time_keep_the_hour() -> None:
    assert found("Klokken ti over hele landet var det stille.", "2023-03-15") == [
        ("Klokken ti", "2023-03-15T10")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Han kom mandag. Samme kveld dro hun.", "Samme kveld", "2023-03-13TEV"),
        ("nb", "Han kom mandag. Natten etter dro hun.", "Natten etter", "2023-03-14TNI"),
        ("nn", "Han kom måndag. Same kveld reiste ho.", "Same kveld", "2023-03-13TEV"),
        ("da", "Han kom mandag. Aftenen før var hun rejst.", "Aftenen før", "2023-03-12TEV"),
        ("sv", "Han kom i måndags. Kvällen innan hade hon rest.", "Kvällen innan", "2023-03-12TEV"),
        ("sv", "Han kom i måndags. Dagen innan hade hon rest.", "Dagen innan", "2023-03-12"),
    ],
)
def test_anchored_parts_of_day(language: str, text: str, expression: str, value: str) -> None:
    day, *got = parse_time(text, "2023-03-15", language)
    assert [(t.text, t.value, t.anchor) for t in got] == [(expression, value, day.start)]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Resultatet for første halvår 2022 var godt.", "første halvår 2022", "2022-H1"),
        ("nn", "Resultatet for andre halvår var godt.", "andre halvår", "2022-H2"),
        ("da", "Resultatet for første halvår var godt.", "første halvår", "2023-H1"),
        ("sv", "Resultatet för andra halvåret i fjol var bra.", "andra halvåret i fjol", "2022-H2"),
    ],
)
def test_halves_of_the_year(language: str, text: str, expression: str, value: str) -> None:
    t = one(text, "2023-03-15", language)
    assert (t.text, t.value, t.granularity) == (expression, value, Granularity.SEASON)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Møtet varer kl. 10-12.", [("kl. 10", "2023-03-15T10"), ("12", "2023-03-15T12")]),
        ("nb", "Han fikk klokken 10 til 14 personer.", [("klokken 10", "2023-03-15T10")]),
        (
            "nn",
            "Møtet varer frå klokka 10 til 14.",
            [("klokka 10", "2023-03-15T10"), ("14", "2023-03-15T14")],
        ),
        (
            "da",
            "Mødet varer fra klokken 10.30 til 14.",
            [("klokken 10.30", "2023-03-15T10:30"), ("14", "2023-03-15T14")],
        ),
        (
            "sv",
            "Mötet pågår mellan klockan 10 och 12.",
            [("klockan 10", "2023-03-15T10"), ("12", "2023-03-15T12")],
        ),
    ],
)
def test_both_ends_of_a_range_of_clock_times(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse_time(text, "2023-03-15", language)
    assert [(t.text, t.value) for t in got] == expected
    assert all(text[t.start : t.end] == t.text for t in got)


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("nb", "Det skjedde natten mellom mandag og tirsdag.", "natten mellom mandag og tirsdag"),
        ("nn", "Det skjedde natta mellom måndag og tysdag.", "natta mellom måndag og tysdag"),
        ("da", "Det skete natten mellem mandag og tirsdag.", "natten mellem mandag og tirsdag"),
        ("sv", "Det hände natten mellan måndag och tisdag.", "natten mellan måndag och tisdag"),
    ],
)
def test_the_night_between_two_days_is_the_night_to_the_second(
    language: str, text: str, expression: str
) -> None:
    assert found(text, "2023-03-15", language) == [(expression, "2023-03-14TNI")]


def test_bokmal_aften_is_a_part_of_day() -> None:
    assert found("Statsministeren talte søndag aften.", "2023-03-15") == [
        ("søndag aften", "2023-03-12TEV")
    ]
    assert found("Møtet holdes i aften.", "2023-03-15") == [("i aften", "2023-03-15TEV")]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("nb", "Svaret kommer om kort tid.", "om kort tid", "PXD"),
        ("nn", "Svaret kjem om kort tid.", "om kort tid", "PXD"),
        ("da", "Svaret kommer inden længe.", "inden længe", "PXD"),
        ("sv", "Washington väntas inom kort ge klartecken.", "inom kort", "PXD"),
    ],
)
def test_soon_is_a_stretch_left_open(language: str, text: str, expression: str, value: str) -> None:
    assert found(text, "2023-03-15", language) == [(expression, value)]


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("nb", "Det skjer om noen uker.", "om noen uker"),
        ("nn", "Det skjer om nokre veker.", "om nokre veker"),
        ("da", "Det sker om nogle uger.", "om nogle uger"),
        ("sv", "Det sker om några veckor.", "om några veckor"),
    ],
)
def test_in_a_few_weeks_is_some_weeks_ahead(language: str, text: str, expression: str) -> None:
    t = one(text, "2023-03-15", language)
    assert (t.text, t.type, t.granularity) == (expression, TimexType.DATE, Granularity.WEEK)
    assert (t.earliest, t.latest) == (D(2023, 3, 20), D(2023, 5, 21))


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("nb", "Det skjedde i uke 52.", "i uke 52"),
        ("nn", "Det skjedde i veke 52.", "i veke 52"),
        ("da", "Det skete i uge 52.", "i uge 52"),
        ("sv", "Det hände vecka 52.", "vecka 52"),
    ],
)
def test_last_years_week_52_told_in_january(language: str, text: str, expression: str) -> None:
    assert found(text, "2023-01-05", language) == [(expression, "2022-W52")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Målet er å øke prisene i april."),
        ("nn", "Målet er å auka prisane i april."),
        ("da", "Danmark er landet med flest turister i april."),
        ("sv", "Målet är att höja priserna i april."),
    ],
)
def test_be_without_a_participle_tells_no_past(language: str, text: str) -> None:
    assert [t.value for t in parse_time(text, "2022-11", language)] == ["2023-04"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Vi ses i uke 12 og 13.", [("i uke 12", "2023-W12"), ("13", "2023-W13")]),
        ("nb", "Vi ses i uke 12 og 13 personer.", [("i uke 12", "2023-W12")]),
        ("nn", "Vi ses i veke 12 eller 13.", [("i veke 12", "2023-W12"), ("13", "2023-W13")]),
        ("da", "Vi ses i uge 12-13.", [("i uge 12", "2023-W12"), ("13", "2023-W13")]),
        ("sv", "Vi ses vecka 12–13.", [("vecka 12", "2023-W12"), ("13", "2023-W13")]),
        ("da", "Beskeden kom i dag til morgen.", [("i dag til morgen", "2023-03-15TMO")]),
    ],
)
def test_two_week_numbers_are_two_weeks(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse_time(text, "2023-03-15", language)
    assert [(t.text, t.value) for t in got] == expected
    assert all(text[t.start : t.end] == t.text for t in got)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        (
            "nb",
            "Han kom mandag klokken 23.30. To timer senere dro hun.",
            "To timer senere",
            "2023-03-14T01:30",
        ),
        (
            "nn",
            "Han kom klokka 10. To timar seinare reiste ho.",
            "To timar seinare",
            "2023-03-15T12",
        ),
        ("da", "Han kom klokken 10. En time senere rejste hun.", "En time senere", "2023-03-15T11"),
        (
            "sv",
            "Han kom klockan 10. Tjugo minuter senare reste hon.",
            "Tjugo minuter senare",
            "2023-03-15T10:20",
        ),
    ],
)
def test_hours_after_a_clock_time_are_a_clock_time(
    language: str, text: str, expression: str, value: str
) -> None:
    first, then = parse_time(text, "2023-03-15", language)
    assert (then.text, then.value, then.type, then.anchor) == (
        expression,
        value,
        TimexType.TIME,
        first.start,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Møtet varer fra klokken 10 til 14 på fredag."),
        ("nn", "Møtet varer frå klokka 10 til 14 på fredag."),
        ("da", "Mødet varer fra klokken 10 til 14 på fredag."),
        ("sv", "Mötet pågår mellan klockan 10 och 14 på fredag."),
    ],
)
def test_a_range_of_clock_times_shares_the_day_after_it(language: str, text: str) -> None:
    values = [t.value for t in parse_time(text, "2023-03-15", language)]
    assert values == ["2023-03-17T10", "2023-03-17T14"]
