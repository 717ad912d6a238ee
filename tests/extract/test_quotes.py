"""The quotes layer: direct, indirect and partial quotes with their speakers, in nb, nn, da, sv."""
# ruff: noqa: E501 - test sentences read best one per line

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import newsevents
from newsevents.extract import Context, extract_quotes, extract_sources
from newsevents.languages import get_pack
from newsevents.model import Quote
from newsevents.reading import read
from tests.strategies import any_text, articles

ROOT = Path(__file__).resolve().parents[2]


def quotes(text: str, language: str) -> tuple[Quote, ...]:
    """Quotes of a full parse (entities included)."""
    return newsevents.parse(" date 2023-03 " + text, language=language).quotes


def bare_quotes(text: str, language: str) -> tuple[Quote, ...]:
    """Quotes without the entity layer: the layer must work on its own."""
    ctx = Context(read(" date 2023-03 " + text), get_pack(language))
    ctx = Context(ctx.doc, ctx.pack, sources=extract_sources(ctx))
    return extract_quotes(ctx)


def table(qs: tuple[Quote, ...]) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind.value, q.speaker.name if q.speaker else None) for q in qs]


# ---------- direct quotes ---------------------------------------------------------------------

DIRECT = [
    (
        "nb",
        "Statsminister Jonas Gahr Støre besøkte Kyiv.\n\n– Vi står sammen med Ukraina, sa Støre etter møtet.",
        ("Vi står sammen med Ukraina", "direct", "Jonas Gahr Støre"),
    ),
    (
        "nn",
        "Ordførar Kari Nordmann var på møtet.\n\n– Vi har ikkje noko val, seier Nordmann til avisa.",
        ("Vi har ikkje noko val", "direct", "Kari Nordmann"),
    ),
    (
        "da",
        "Statsminister Mette Frederiksen holdt pressemøde.\n\n- Det er helt uacceptabelt, siger hun.",
        ("Det er helt uacceptabelt", "direct", "Mette Frederiksen"),
    ),
    (
        "sv",
        "Statsminister Magdalena Andersson talade i riksdagen.\n\n– Det här är ett historiskt beslut, säger hon.",
        ("Det här är ett historiskt beslut", "direct", "Magdalena Andersson"),
    ),
    (
        "nb",
        "«Dette er en katastrofe», sier Erna Solberg.",
        ("Dette er en katastrofe", "direct", "Erna Solberg"),
    ),
    (
        "da",
        "Udenrigsminister Lars Løkke Rasmussen var i Bruxelles. »Vi viger ikke en tomme«, siger han.",
        ("Vi viger ikke en tomme", "direct", "Lars Løkke Rasmussen"),
    ),
    (
        "sv",
        "Statsminister Ulf Kristersson höll tal. ”Det här är en ny tid”, säger han.",
        ("Det här är en ny tid", "direct", "Ulf Kristersson"),
    ),
    (
        "nb",
        "Erna Solberg sa: «Vi kommer til å stemme imot.»",
        ("Vi kommer til å stemme imot.", "direct", "Erna Solberg"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DIRECT)
def test_direct_quotes(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in table(quotes(text, language))
    assert expected in table(bare_quotes(text, language))


def test_dash_run_carries_the_speaker_over() -> None:
    text = (
        "– Vi er svært bekymret, sier generalsekretær i Røde Kors, Anne Bergh.\n\n"
        "– Situasjonen forverrer seg hver dag.\n\n"
        "– Vi trenger hjelp nå."
    )
    got = table(quotes(text, "nb"))
    assert ("Vi er svært bekymret", "direct", "Anne Bergh") in got
    assert ("Situasjonen forverrer seg hver dag.", "direct", "Anne Bergh") in got
    assert ("Vi trenger hjelp nå.", "direct", "Anne Bergh") in got
    carried = next(q for q in quotes(text, "nb") if q.text.startswith("Situasjonen"))
    assert carried.speaker is not None and carried.speaker.start is None


def test_split_quote_in_one_paragraph() -> None:
    text = "– Vi har ingen planer om det, sa Lavrov. – Det er bare propaganda."
    got = table(quotes(text, "nb"))
    assert ("Vi har ingen planer om det", "direct", "Lavrov") in got
    assert ("Det er bare propaganda.", "direct", "Lavrov") in got


def test_impersonal_attribution_takes_the_source_after_it() -> None:
    text = "– Vi vil aldri godta dette, heter det i en uttalelse fra Kreml."
    (q,) = quotes(text, "nb")
    assert (q.text, q.speaker.name if q.speaker else None) == ("Vi vil aldri godta dette", "Kreml")


def test_quoting_headline() -> None:
    text = "Forsvarsminister Bjørn Arild Gram: – Vi øker beredskapen\n\nRegjeringen la fram planen fredag."
    got = table(quotes(text, "nb"))
    assert ("Vi øker beredskapen", "partial", "Bjørn Arild Gram") in got


def test_role_headline_resolves_to_the_person_with_that_role() -> None:
    text = (
        "Russlands utenriksminister: – Ikke redd for noen\n\n"
        "Den russiske utenriksministeren Sergej Lavrov møtte pressen i Genève."
    )
    got = table(quotes(text, "nb"))
    assert ("Ikke redd for noen", "partial", "Sergej Lavrov") in got


# ---------- indirect quotes -------------------------------------------------------------------

INDIRECT = [
    (
        "nb",
        "Statsminister Jonas Gahr Støre sier at Norge vil øke støtten.",
        ("Norge vil øke støtten", "indirect", "Jonas Gahr Støre"),
    ),
    (
        "nb",
        "Mandag understreket utenriksministeren at ingen avtale er inngått. Utenriksminister Espen Barth Eide var i Brussel.",
        ("ingen avtale er inngått", "indirect", "Espen Barth Eide"),
    ),
    (
        "nn",
        "Statsministeren seier at regjeringa vil leggje fram ein ny plan.",
        ("regjeringa vil leggje fram ein ny plan", "indirect", "Statsministeren"),
    ),
    (
        "nn",
        "Kari Nordmann var på møtet. Ho legg til at skulane ikkje skal rammast.",
        ("skulane ikkje skal rammast", "indirect", None),
    ),
    (
        "da",
        "Statsminister Mette Frederiksen siger, at Danmark vil sende flere våben.",
        ("Danmark vil sende flere våben", "indirect", "Mette Frederiksen"),
    ),
    (
        "da",
        "Desuden bekræfter Kreml, at mødet finder sted i næste uge.",
        ("mødet finder sted i næste uge", "indirect", "Kreml"),
    ),
    (
        "sv",
        "Utrikesminister Ann Linde uppger att Turkiet har invändningar.",
        ("Turkiet har invändningar", "indirect", "Ann Linde"),
    ),
    (
        "sv",
        "Regeringen bekräftar att samtal pågår, skriver Dagens Nyheter.",
        ("Regeringen bekräftar att samtal pågår", "indirect", "Dagens Nyheter"),
    ),
    (
        "nb",
        "Prisene vil stige videre i år, opplyser Statistisk sentralbyrå.",
        ("Prisene vil stige videre i år", "indirect", "Statistisk sentralbyrå"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), INDIRECT)
def test_indirect_quotes(language: str, text: str, expected: tuple[str, str, str | None]) -> None:
    got = table(quotes(text, language))
    if expected[2] is None:
        assert (expected[0], expected[1]) in [(t, k) for t, k, _ in got]
    else:
        assert expected in got


def test_pronoun_takes_the_most_recent_speaker() -> None:
    text = (
        "– Vi er oroliga, säger Magdalena Andersson.\n\nHon menar att regeringen har misslyckats."
    )
    got = table(quotes(text, "sv"))
    assert ("regeringen har misslyckats", "indirect", "Magdalena Andersson") in got
    (q,) = [q for q in quotes(text, "sv") if q.kind.value == "indirect"]
    assert q.speaker is not None and q.speaker.text == "Hon"


def test_back_reference_points_to_the_previous_sentence() -> None:
    text = "Ifølgje politiet vart to personar skadde. Det stadfestar operasjonsleiar Kari Hauge."
    got = table(quotes(text, "nn"))
    assert ("vart to personar skadde", "indirect", "Kari Hauge") in got


def test_back_reference_to_a_quote_only_links_its_source() -> None:
    text = "Kreml oplyser, at mødet er aflyst.\n\nDet skriver nyhedsbureauet Reuters."
    a = newsevents.parse(" date 2023-03 " + text, language="da")
    assert [q.text for q in a.quotes] == ["mødet er aflyst"]
    reuters = [s for s in a.sources if s.name == "Reuters"]
    assert reuters and a.quotes[0].source == reuters[0].id


def test_according_to_a_person_at_sentence_start_is_a_quote() -> None:
    text = "Ifølge en talsperson for presidenten er forhandlingene avsluttet."
    got = table(quotes(text, "nb"))
    assert [(t, k) for t, k, _ in got] == [("er forhandlingene avsluttet", "indirect")]


def test_according_to_an_outlet_is_a_source_not_a_quote() -> None:
    assert quotes("Ifølge VG skal statsministeren ha visst om saken.", "nb") == ()


def test_reported_clause_stops_before_a_second_speaker() -> None:
    text = "Eksperter har advart om at prisene stiger, men regjeringen har sagt at ingenting tyder på det."
    got = table(quotes(text, "nb"))
    assert ("prisene stiger", "indirect", "Eksperter") in got
    assert ("ingenting tyder på det", "indirect", "regjeringen") in got


# ---------- partial quotes ----------------------------------------------------------------------


def test_partial_quote_inside_a_sentence() -> None:
    text = "Statsminister Jonas Gahr Støre avviste kritikken. Han kalte den «urimelig» og «lite gjennomtenkt»."
    got = table(quotes(text, "nb"))
    assert ("urimelig", "partial", "Jonas Gahr Støre") in got
    assert ("lite gjennomtenkt", "partial", "Jonas Gahr Støre") in got


def test_partial_quote_replaces_the_indirect_quote_around_it() -> None:
    text = "Utrikesminister Tobias Billström säger att beslutet är ”helt fel”."
    got = table(quotes(text, "sv"))
    assert got == [("helt fel", "partial", "Tobias Billström")]


# ---------- robustness --------------------------------------------------------------------------


def test_unclosed_quote_mark_does_not_swallow_the_article() -> None:
    text = "Han sa at «dette er feil.\n\nNeste avsnitt handler om noe annet.\n\n– Dette er et sitat, sa Blinken."
    a = newsevents.parse(" date 2023-03 " + text, language="nb")
    assert all("Neste avsnitt" not in q.text for q in a.quotes)
    assert ("Dette er et sitat", "direct", "Blinken") in table(a.quotes)


def test_quote_offsets_and_kinds_on_the_seeds(seed_text: str) -> None:
    a = newsevents.parse(seed_text)
    assert a.quotes, "every seed quotes someone"
    for q in a.quotes:
        assert seed_text[q.start : q.end] == q.text
        assert q.text.strip() == q.text
        assert q.text[:1] not in '–—-−«»“”"'
        if q.source is not None:
            assert a.source(q.source) is not None


def test_seed_golden_quotes() -> None:
    text = (ROOT / "seeds" / "002_4cfd5266a7c9d98f.txt").read_text(encoding="utf-8")
    got = table(newsevents.parse(text).quotes)
    assert ("Massive konsekvenser", "partial", "Antony Blinken") in got
    assert ("følelsene vil avta", "partial", "Sergei Lavrov") in got
    assert (
        "Vi endte med en avtale om at vi vil motta skriftlige svar på alle våre forslag neste uke",
        "direct",
        "Sergei Lavrov",
    ) in got
    text = (ROOT / "seeds" / "000_f4c7f186e5935c44.txt").read_text(encoding="utf-8")
    by_text = {q.text: q for q in newsevents.parse(text).quotes}
    q = by_text["ukrainske myndigheter ble orientert i forkant av Burns' reise til Tyrkia"]
    assert q.speaker is not None
    assert q.speaker.name == "anonym tjenestemann i Det hvite hus' nasjonale sikkerhetsråd"
    assert q.speaker.text == "Tjenestemannen"


def test_long_line_without_sentence_ends() -> None:
    text = " date 2022-01 " + "Han sa at «det er bra, sier Blinken til NRK og " * 3000
    a = newsevents.parse(text, language="nb")
    for q in a.quotes:
        assert text[q.start : q.end] == q.text


@settings(max_examples=60, deadline=None)
@given(articles())
def test_quotes_never_raise_and_keep_offsets(text: str) -> None:
    a = newsevents.parse(text, language="nb")
    ids = {s.id for s in a.sources}
    for q in a.quotes:
        assert text[q.start : q.end] == q.text
        assert q.source is None or q.source in ids
    assert newsevents.parse(text, language="nb").quotes == a.quotes


@settings(max_examples=40, deadline=None)
@given(any_text)
def test_quotes_on_arbitrary_text(text: str) -> None:
    for language in ("da", "sv"):
        ctx = Context(read(text), get_pack(language))
        for q in extract_quotes(ctx):
            assert text[q.start : q.end] == q.text


def test_headline_with_a_name_and_a_colon_quotes() -> None:
    text = "Støre: Vi står sammen med Ukraina\n\nStatsminister Jonas Gahr Støre møtte Zelenskyj i Kyiv."
    got = table(quotes(text, "nb"))
    assert ("Vi står sammen med Ukraina", "partial", "Jonas Gahr Støre") in got
    assert quotes("Kommentar: Dette er en kommentar\n\nTeksten følger her.", "nb") == ()


def test_particle_verbs_are_not_speech() -> None:
    a = newsevents.parse(
        " date 2023-03 Hun sier opp jobben i protest. Han melder seg inn i partiet.", language="nb"
    )
    assert a.quotes == ()
    assert a.sources == ()


def test_plural_pronoun_takes_the_last_institution() -> None:
    text = "Politiet har ikke kommentert saken. De sier at etterforskningen pågår."
    got = table(quotes(text, "nb"))
    assert ("etterforskningen pågår", "indirect", "Politiet") in got


def test_colon_then_dash_in_one_paragraph() -> None:
    text = "Statsminister Jonas Gahr Støre sa: – Vi står sammen med Ukraina.\n\nNeste avsnitt er nøytralt."
    got = table(quotes(text, "nb"))
    assert got == [("Vi står sammen med Ukraina.", "direct", "Jonas Gahr Støre")]


def test_definite_institution_noun_refers_back() -> None:
    text = "Utenriksdepartementet opplyser at ambassaden er stengt. Departementet sier at ingen nordmenn er skadet."
    got = table(quotes(text, "nb"))
    assert ("ingen nordmenn er skadet", "indirect", "Utenriksdepartementet") in got


def test_quoted_sentence_after_a_speech_verb_without_comma() -> None:
    text = "Ulf Kristersson talade i riksdagen. ”Det är bra” säger han. Sedan gick han."
    assert ("Det är bra", "direct", "Ulf Kristersson") in table(quotes(text, "sv"))


def test_quoted_sentence_without_attribution_takes_the_person_of_the_paragraph() -> None:
    text = "Statsminister Jonas Gahr Støre talte lenge. «Det er bra.» Han smilte til salen."
    assert ("Det er bra.", "direct", "Jonas Gahr Støre") in table(quotes(text, "nb"))


NYNORSK_ARTICLE = """ date 2023-09 Fylkeskommunen kuttar i bussrutene

Fylkesordførar Jon Askeland (Sp) seier at fylket ikkje har råd til å halde oppe tilbodet.

– Vi er nøydde til å prioritere, seier Askeland til NRK Vestland.

Han legg til at kutta vil ramme dei minste stadene hardast.

Ifølgje ei pressemelding frå fylkeskommunen vil endringane tre i kraft frå nyttår.

Kjelder i fylkeskommunen seier til Bergens Tidende at fleire kutt kan kome.
"""


def test_nynorsk_article() -> None:
    a = newsevents.parse(NYNORSK_ARTICLE)
    assert a.language == "nn"
    got = table(a.quotes)
    assert ("fylket ikkje har råd til å halde oppe tilbodet", "indirect", "Jon Askeland") in got
    assert ("Vi er nøydde til å prioritere", "direct", "Jon Askeland") in got
    assert ("kutta vil ramme dei minste stadene hardast", "indirect", "Jon Askeland") in got
    assert ("fleire kutt kan kome", "indirect", "Kjelder i fylkeskommunen") in got
    names = {(s.name, s.kind.value) for s in a.sources}
    assert {("NRK Vestland", "broadcaster"), ("Bergens Tidende", "newspaper")} <= names
    assert ("Kjelder i fylkeskommunen", "anonymous") in names


DANISH_ARTICLE = """ date 2022-11 Regeringsforhandlinger trækker ud

Statsminister Mette Frederiksen siger, at hun fortsat håber på en bred regering hen over midten.

- Vi er ikke i mål endnu, men vi er kommet langt, siger hun til DR.

Venstres formand, Jakob Ellemann-Jensen, afviser, at partiet har stillet ultimative krav.

Ifølge flere kilder til Berlingske er der især uenighed om skattepolitikken.

Forhandlingerne fortsætter mandag, oplyser Statsministeriet.
"""

SWEDISH_ARTICLE = """ date 2023-02 Regeringen vill skärpa straffen för gängbrott

Justitieminister Gunnar Strömmer (M) säger att regeringen ska presentera ett nytt lagförslag i mars.

– Vi ser en utveckling som är helt oacceptabel, säger Gunnar Strömmer till Sveriges Radio.

Socialdemokraternas rättspolitiska talesperson Teresa Carvalho menar att förslaget inte räcker.

”Det här är symbolpolitik”, skriver hon i ett pressmeddelande.

Polisen bekräftar att antalet skjutningar har ökat under året.
"""


def test_danish_article() -> None:
    a = newsevents.parse(DANISH_ARTICLE)
    assert a.language == "da"
    got = table(a.quotes)
    assert (
        "hun fortsat håber på en bred regering hen over midten",
        "indirect",
        "Mette Frederiksen",
    ) in got
    assert ("Vi er ikke i mål endnu, men vi er kommet langt", "direct", "Mette Frederiksen") in got
    assert ("partiet har stillet ultimative krav", "indirect", "Jakob Ellemann-Jensen") in got
    assert ("Forhandlingerne fortsætter mandag", "indirect", "Statsministeriet") in got
    by_name = {s.name: s for s in a.sources}
    assert by_name["flere kilder"].kind.value == "anonymous"
    assert by_name["flere kilder"].via == by_name["Berlingske"].id


def test_swedish_article() -> None:
    a = newsevents.parse(SWEDISH_ARTICLE)
    assert a.language == "sv"
    got = table(a.quotes)
    assert (
        "regeringen ska presentera ett nytt lagförslag i mars",
        "indirect",
        "Gunnar Strömmer",
    ) in got
    assert ("Vi ser en utveckling som är helt oacceptabel", "direct", "Gunnar Strömmer") in got
    assert ("förslaget inte räcker", "indirect", "Teresa Carvalho") in got
    assert ("Det här är symbolpolitik", "direct", "Teresa Carvalho") in got
    assert ("antalet skjutningar har ökat under året", "indirect", "Polisen") in got
    kinds = {(s.name, s.kind.value) for s in a.sources}
    assert ("Sveriges Radio", "broadcaster") in kinds
    assert ("Teresa Carvalho", "official") in kinds


def test_dash_paragraph_attributed_by_a_sentence_of_its_own() -> None:
    text = "– Vi har kontroll. Det sier politimester Ole Hansen til NRK."
    a = newsevents.parse(" date 2023-03 " + text, language="nb")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in a.quotes] == [
        ("Vi har kontroll.", "Ole Hansen")
    ]
    nrk = [s for s in a.sources if s.name == "NRK"]
    assert nrk and a.quotes[0].source == nrk[0].id


def test_pronoun_prefers_the_subject_of_the_last_sentence() -> None:
    text = "Statsminister Jonas Gahr Støre møtte president Volodymyr Zelenskyj i Kyiv.\n\n– Vi står sammen, sa han."
    assert table(quotes(text, "nb")) == [("Vi står sammen", "direct", "Jonas Gahr Støre")]
    assert table(bare_quotes(text, "nb")) == [("Vi står sammen", "direct", "Jonas Gahr Støre")]
