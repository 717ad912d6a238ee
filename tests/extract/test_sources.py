"""The sources layer: outlets, agencies, photo credits, anonymous sources and relay chains."""
# ruff: noqa: E501 - test sentences read best one per line

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsevents
from newsevents.extract import Context, extract_sources
from newsevents.languages import common_data, get_pack
from newsevents.model import Source
from newsevents.reading import read
from tests.strategies import articles

ROOT = Path(__file__).resolve().parents[2]


def sources(text: str, language: str) -> tuple[Source, ...]:
    return newsevents.parse(" date 2023-03 " + text, language=language).sources


def bare_sources(text: str, language: str) -> tuple[Source, ...]:
    return extract_sources(Context(read(" date 2023-03 " + text), get_pack(language)))


def kinds(ss: tuple[Source, ...]) -> set[tuple[str, str]]:
    return {(s.name, s.kind.value) for s in ss}


CASES = [
    ("nb", "Krigen kan vare i årevis, ifølge Reuters.", ("Reuters", "news_agency")),
    ("nb", "Det melder Aftenposten.", ("Aftenposten", "newspaper")),
    (
        "nb",
        "Pengene skal brukes til nødhjelp, opplyser Utenriksdepartementet.",
        ("Utenriksdepartementet", "government"),
    ),
    ("nn", "Ifølgje NRK har fleire tilsette fått beskjed om kutt.", ("NRK", "broadcaster")),
    ("da", "Det skriver nyhedsbureauet Ritzau.", ("Ritzau", "news_agency")),
    (
        "da",
        "Ifølge flere kilder med kendskab til sagen bliver aftalen underskrevet.",
        ("flere kilder med kendskab til sagen", "anonymous"),
    ),
    ("sv", "Enligt TT väntas riksdagen debattera frågan på måndag.", ("TT", "news_agency")),
    (
        "sv",
        "Enligt källor inom regeringen kan ansökan lämnas in nästa vecka.",
        ("källor inom regeringen", "anonymous"),
    ),
    ("sv", "Det bekräftar polisens presstalesperson Anna Svensson.", ("Anna Svensson", "official")),
    (
        "nb",
        "Kreml-talsmann Dmitrij Peskov sa at Kreml ikke vil kommentere saken.",
        ("Dmitrij Peskov", "official"),
    ),
    (
        "nb",
        "Utenriksminister Antony Blinken ankommer møtet Foto: Alex Brandon / AFP",
        ("AFP", "news_agency"),
    ),
    (
        "nb",
        "Russlands trusler har økt, konstaterte Institute for the Study of War.",
        ("Institute for the Study of War", "think_tank"),
    ),
    (
        "nb",
        "Tankesmien viste til en kunngjøring fra det russiske utenriksdepartementet.",
        ("Russlands utenriksdepartement", "government"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_sources(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(sources(text, language))
    assert expected in kinds(bare_sources(text, language))


def test_photo_credit_takes_the_first_agency_of_the_chain() -> None:
    text = "Blinken under en tale i Tyskland. Foto: Alex Brandon / Pool / AP / NTB"
    got = sources(text, "nb")
    assert kinds(got) == {("AP", "news_agency")}
    (s,) = got
    assert s.text == "Alex Brandon / Pool / AP / NTB"
    assert s.cue is not None and s.cue.text == "Foto"


def test_anonymous_sources_come_via_the_newspaper() -> None:
    text = "Samtalene er avbrutt, sier kilder i Det hvite hus til Washington Post."
    got = {s.name: s for s in sources(text, "nb")}
    anon = got["kilder i Det hvite hus"]
    assert anon.kind.value == "anonymous"
    assert anon.via is not None and anon.via == got["The Washington Post"].id
    (q,) = newsevents.parse(" date 2023-03 " + text, language="nb").quotes
    assert q.source == anon.id


def test_relay_through_an_agency() -> None:
    text = "– Vi er ikke redde for noen, svarte Lavrov, ifølge Reuters."
    a = newsevents.parse(" date 2023-03 " + text, language="nb")
    (q,) = a.quotes
    assert q.speaker is not None and q.speaker.name == "Lavrov"
    src = a.source(q.source or "")
    assert src is not None and src.name == "Reuters"


def test_newspaper_noun_resolves_to_the_outlet_of_the_article() -> None:
    text = "Avisen, som viser til fire kilder i regeringen, oplyser at valget udskydes. Det skriver Berlingske."
    got = sources(text, "da")
    assert ("Berlingske", "newspaper") in kinds(got)
    anon = [s for s in got if s.kind.value == "anonymous"]
    assert anon and anon[0].name == "fire kilder i regeringen"
    assert anon[0].via is not None


def test_speakers_are_not_sources_unless_the_cue_says_so() -> None:
    text = "Statsminister Jonas Gahr Støre sier at Norge vil øke støtten."
    assert sources(text, "nb") == ()


def test_source_offsets_on_the_seeds(seed_text: str) -> None:
    a = newsevents.parse(seed_text)
    assert a.sources
    ids = {s.id for s in a.sources}
    assert len(ids) == len(a.sources)
    for s in a.sources:
        assert seed_text[s.start : s.end] == s.text
        assert s.via is None or s.via in ids
        if s.cue is not None:
            assert seed_text[s.cue.start : s.cue.end] == s.cue.text


def test_media_gazetteer_shape() -> None:
    outlets = common_data("media")["outlets"]
    assert len(outlets) > 100
    for o in outlets:
        assert set(o) == {"name", "aliases", "kind"}
        assert o["kind"] in {"news_agency", "newspaper", "broadcaster"}
    names = {o["name"] for o in outlets}
    assert {"NTB", "TT", "Ritzau", "Reuters", "NRK", "SVT", "DR", "Aftenposten"} <= names


@pytest.mark.parametrize("code", ["nb", "nn", "da", "sv", "en"])
def test_attribution_lexicons_load(code: str) -> None:
    path = ROOT / "src" / "newsevents" / "languages" / "data" / code / "attribution.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["speech_verbs"]
    assert get_pack(code).data("attribution")["according_to"]


@settings(max_examples=60, deadline=None)
@given(articles())
def test_sources_never_raise_and_keep_offsets(text: str) -> None:
    a = newsevents.parse(text, language="da")
    ids = {s.id for s in a.sources}
    for s in a.sources:
        assert text[s.start : s.end] == s.text
        assert s.via is None or s.via in ids


def test_byline_and_dateline_agencies() -> None:
    text = " date 2023-01 Regjeringen legger fram budsjettet\n\nAv Kari Nordmann / NTB\n\nStatsministeren sier at budsjettet er stramt."
    assert kinds(newsevents.parse(text, language="nb").sources) == {("NTB", "news_agency")}
    text = " date 2023-01 OSLO (NTB): Statsministeren sier at budsjettet er stramt."
    assert ("NTB", "news_agency") in kinds(newsevents.parse(text, language="nb").sources)


def test_according_to_a_plan_is_no_source() -> None:
    assert sources("Ifølge planen skal arbeidet starte i mai.", "nb") == ()
    assert sources("Enligt lagen måste alla registrera sig.", "sv") == ()


# ---------- what is a source, and what is only a speaker ----------------------------------------

QUOTED_PERSONS = [
    (
        "da",
        "Justitsminister Peter Hummelgaard skrev mandag i et debatindlæg, at straffene skal skærpes.",
    ),
    ("sv", "Utrikesminister Tobias Billström uppger att Sverige följer utvecklingen noga."),
    ("nn", "Samferdselsminister Jon Ivar Nygård skriv i ein e-post at vegen skal opnast i mai."),
    ("nb", "Helseminister Ingvild Kjerkol opplyser at ordningen blir videreført."),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_PERSONS)
def test_a_quoted_person_is_a_speaker_not_a_source(language: str, text: str) -> None:
    a = newsevents.parse(" date 2023-03 " + text, language=language)
    assert a.quotes and a.quotes[0].speaker is not None
    assert a.sources == ()


@pytest.mark.parametrize(
    ("language", "text", "platform"),
    [
        (
            "da",
            "Justitsminister Peter Hummelgaard skrev mandag på Twitter, at straffene skal skærpes.",
            "Twitter",
        ),
        ("sv", "Justitieministern skriver på X att regeringen ska skärpa straffen.", "X"),
        ("nn", "Skodespelaren skriv sjølv på Instagram at ho er lei seg.", "Instagram"),
        ("nb", "Ordføreren skriver på Facebook at brua skal åpnes i mai.", "Facebook"),
    ],
)
def test_platform_a_person_writes_on_is_a_source(language: str, text: str, platform: str) -> None:
    ss = bare_sources(text, language)
    assert [(s.name, s.kind.value) for s in ss] == [(platform, "organization")]


INSTITUTIONS = [
    ("nb", "Renten holdes uendret, opplyser Norges Bank.", ("Norges Bank", "government")),
    (
        "nb",
        "Ifølge Statistisk sentralbyrå steg prisene i mars.",
        ("Statistisk sentralbyrå", "government"),
    ),
    (
        "sv",
        "Mannen döms till fängelse, meddelar Göteborgs tingsrätt.",
        ("Göteborgs tingsrätt", "government"),
    ),
    ("da", "Tre personer er anholdt, oplyser Fyns Politi.", ("Fyns Politi", "government")),
    (
        "da",
        "Ledigheden faldt i marts. Det siger Danmarks Statistik.",
        ("Danmarks Statistik", "government"),
    ),
    ("sv", "Enligt Folkhälsomyndigheten ökar smittan.", ("Folkhälsomyndigheten", "government")),
]


@pytest.mark.parametrize(("language", "text", "expected"), INSTITUTIONS)
def test_institutions_that_issue_information_are_government_sources(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in kinds(sources(text, language))


def test_a_generic_noun_refers_to_the_named_institution() -> None:
    text = (
        "En mand blev anholdt i nat, oplyser Nordsjællands Politi.\n\n"
        "Politiet oplyser, at manden er sigtet for vold."
    )
    ss = sources(text, "da")
    assert {s.name for s in ss} == {"Nordsjællands Politi"}
    assert [s.text for s in ss] == ["Nordsjællands Politi", "Politiet"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "En mand blev anholdt i nat, oplyser Nordsjællands Politi.\n\n"
            "Vejene er lukket, oplyser Sydsjællands Politi.\n\n"
            "Politiet oplyser, at vejene åbner i morgen.",
            "Sydsjællands Politi",
        ),
        (
            "nb",
            "En mann ble pågrepet i natt, opplyser Vest politidistrikt.\n\n"
            "Veiene er stengt, opplyser Øst politidistrikt.\n\n"
            "Politiet opplyser at veiene åpner i morgen.",
            "Øst politidistrikt",
        ),
        (
            "nn",
            "Ein mann vart pågripen i natt, opplyser Vest politidistrikt.\n\n"
            "Vegane er stengde, opplyser Aust politidistrikt.\n\n"
            "Politiet opplyser at vegane opnar i morgon.",
            "Aust politidistrikt",
        ),
        (
            "sv",
            "En man fördes till sjukhus i natt, uppger Lunds kommun.\n\n"
            "Vägarna är stängda, uppger Malmö kommun.\n\n"
            "Kommunen uppger att läget är lugnt.",
            "Malmö kommun",
        ),
    ],
)
def test_a_generic_noun_refers_to_the_institution_named_last(
    language: str, text: str, expected: str
) -> None:
    # the noun's institution is looked up once per document and noun, then by bisection
    ss = sources(text, language)
    assert ss[-1].text != expected
    assert ss[-1].name == expected


def test_a_generic_noun_after_a_named_municipality() -> None:
    text = "Bergen kommune må kutte i budsjettet, opplyser kommunen."
    assert kinds(sources(text, "nb")) == {("Bergen kommune", "government")}


def test_spokesperson_titles_are_officials() -> None:
    text = "– Vi har ingen kommentar nå, sier pressevakt Kari Hansen i Oslo politidistrikt."
    assert ("Kari Hansen", "official") in kinds(sources(text, "nb"))


def test_relay_after_an_apposition() -> None:
    text = "– Smitten øker, sier Anna Berg, overlege ved Haukeland, til NRK."
    a = newsevents.parse(" date 2023-03 " + text, language="nb")
    nrk = [s for s in a.sources if s.name == "NRK"]
    assert nrk and a.quotes[0].source == nrk[0].id


def test_spokesperson_back_reference_stops_before_the_outlet() -> None:
    text = "Det bekrefter pressesjef Kari Olsen i Oslo kommune overfor NTB."
    ss = {s.name: s for s in sources(text, "nb")}
    assert ss["Kari Olsen"].kind.value == "official"
    assert ss["Kari Olsen"].text == "pressesjef Kari Olsen i Oslo kommune"
    assert ss["Kari Olsen"].via == ss["NTB"].id


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("nb", "Klubben skriver i en pressemelding at treneren får sparken.", "Klubben"),
        ("sv", "Sjukhuset uppger att patienten är utom livsfara.", "Sjukhuset"),
        ("da", "Hospitalet oplyser, at patienten er uden for livsfare.", "Hospitalet"),
    ],
)
def test_an_organisation_noun_issuing_information_is_an_organisation(
    language: str, text: str, name: str
) -> None:
    assert (name, "organization") in kinds(sources(text, language))


def test_dash_quote_by_an_organisation_with_an_information_verb() -> None:
    text = "– Vi er lei oss for det som skjedde, skriv klubben på sine nettsider."
    a = newsevents.parse(" date 2023-03 " + text, language="nn")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in a.quotes] == [
        ("Vi er lei oss for det som skjedde", "klubben")
    ]
    assert kinds(a.sources) == {("klubben", "organization")}
    assert a.quotes[0].source == a.sources[0].id


def test_dash_quote_by_a_person_with_an_information_verb_is_no_source() -> None:
    text = "– Vi er lei oss, skriver Ola Nordmann på Facebook."
    assert sources(text, "nb") == ()


@pytest.mark.parametrize(
    ("language", "text", "name", "outlet"),
    [
        (
            "nb",
            "Kilder tett på forhandlingene sier til VG at avtalen er klar.",
            "Kilder tett på forhandlingene",
            "VG",
        ),
        (
            "da",
            "Flere kilder tæt på regeringen siger til Børsen, at aftalen er på plads.",
            "Flere kilder tæt på regeringen",
            "Børsen",
        ),
        (
            "sv",
            "Källor nära regeringen säger till SvD att beslutet är fattat.",
            "Källor nära regeringen",
            "Svenska Dagbladet",
        ),
    ],
)
def test_anonymous_sources_close_to_someone(
    language: str, text: str, name: str, outlet: str
) -> None:
    ss = {s.name: s for s in sources(text, language)}
    assert ss[name].kind.value == "anonymous"
    assert ss[name].via == ss[outlet].id


def test_according_to_a_pronoun_quotes_without_a_new_source() -> None:
    text = "Socialminister Jakob Forssmed besökte sjukhuset i går.\n\nEnligt honom ska pengarna komma redan i höst."
    a = newsevents.parse(" date 2023-03 " + text, language="sv")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in a.quotes] == [
        ("ska pengarna komma redan i höst", "Jakob Forssmed")
    ]
    assert a.sources == ()


# ---------- relays, credits and outlet names in unseen articles ---------------------------------


@pytest.mark.parametrize(
    ("language", "text", "anonymous", "outlet"),
    [
        (
            "sv",
            "Regeringen tänker avgå. Det uppger SVT:s källor.",
            "SVT:s källor",
            ("SVT", "broadcaster"),
        ),
        ("nb", "NRKs kilder sier at ministeren går av.", "NRKs kilder", ("NRK", "broadcaster")),
        (
            "da",
            "Ifølge Berlingskes kilder går ministeren af.",
            "Berlingskes kilder",
            ("Berlingske", "newspaper"),
        ),
        ("nn", "Ministeren går av, seier kjelder til NRK.", "kjelder", ("NRK", "broadcaster")),
        (
            "sv",
            "Ministern avgår, uppger källor till DN.",
            "källor",
            ("Dagens Nyheter", "newspaper"),
        ),
    ],
)
def test_anonymous_sources_come_via_the_outlet(
    language: str, text: str, anonymous: str, outlet: tuple[str, str]
) -> None:
    ss = bare_sources(text, language)
    by_id = {s.id: s for s in ss}
    anon = [s for s in ss if s.kind.value == "anonymous"]
    assert [s.name for s in anon] == [anonymous]
    assert anon[0].via is not None
    relay = by_id[anon[0].via]
    assert (relay.name, relay.kind.value) == outlet


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Skipet la til kai.\n\nHAVN: Skipet ved kaia. Foto: Kari Olsen / Bergen Sjøfartsmuseum",
            ("Bergen Sjøfartsmuseum", "organization"),
        ),
        (
            "da",
            "Skibet lagde til.\n\nHAVN: Skibet. Foto: Ole Hansen / Fyens.dk",
            ("Fyens.dk", "newspaper"),
        ),
        (
            "nn",
            "Ferja kom fram.\n\nKAI: Ferja ved kaia. Foto: Ola Lie / Hordaland Folkeblad",
            ("Hordaland Folkeblad", "newspaper"),
        ),
        (
            "sv",
            "Fartyget kom fram.\n\nHAMN: Fartyget. Bild: Anna Berg / Smålandsposten",
            ("Smålandsposten", "newspaper"),
        ),
    ],
)
def test_photo_credit_owner_after_the_slash(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    ss = bare_sources(text, language)
    assert expected in kinds(ss)
    assert all(s.cue is not None and s.cue.text in {"Foto", "Bild"} for s in ss)


def test_photo_credit_with_a_lone_label_names_no_source() -> None:
    assert (
        bare_sources("Fartyget kom fram.\n\nHAMN: Fartyget. Bild: Anna Berg / Privat", "sv") == ()
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nn", "Ifølgje Vestlandsposten er vegen stengd.", ("Vestlandsposten", "newspaper")),
        ("nb", "Brua stenges, skriver Nordlandsavisa.", ("Nordlandsavisa", "newspaper")),
        ("da", "Broen lukkes, skriver Vestegnens Tidende.", ("Vestegnens Tidende", "newspaper")),
        ("sv", "Bron stängs, skriver Gotlands Tidningar.", ("Gotlands Tidningar", "newspaper")),
    ],
)
def test_unknown_newspapers_by_their_name(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in kinds(bare_sources(text, language))


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        (
            "sv",
            "Kommunalrådet Eva Ek (S) skriver i ett pressmeddelande att staden ska hjälpa till.",
            "Eva Ek",
        ),
        ("nb", "Ordfører Per Dahl skriver i en pressemelding at kommunen tar ansvar.", "Per Dahl"),
        (
            "da",
            "Borgmester Anne Dam skriver i en pressemeddelelse, at kommunen hjælper.",
            "Anne Dam",
        ),
        ("nn", "Ordførar Kari Li skriv i ei pressemelding at kommunen tek ansvar.", "Kari Li"),
    ],
)
def test_author_of_a_press_release_is_an_official_source(
    language: str, text: str, person: str
) -> None:
    assert (person, "official") in kinds(bare_sources(text, language))


@pytest.mark.parametrize(
    ("language", "text", "issuer"),
    [
        (
            "nb",
            "Equinor tjente mer enn ventet, går det fram av kvartalsrapporten selskapet la fram.",
            "Equinor",
        ),
        ("nn", "Equinor tente meir enn venta, går det fram av kvartalsrapporten.", "Equinor"),
        ("da", "Equinor tjente mere end ventet, fremgår det af kvartalsrapporten.", "Equinor"),
        ("sv", "Equinor tjänade mer än väntat, framgår det av kvartalsrapporten.", "Equinor"),
    ],
)
def test_a_document_names_its_issuer(language: str, text: str, issuer: str) -> None:
    assert issuer in {s.name for s in sources(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "da",
            "Busserne kører ikke. Midttrafik oplyser, at 60.000 passagerer rammes.",
            "Midttrafik",
        ),
        ("nb", "Bussene står. Brakar opplyser at 20.000 passasjerer rammes.", "Brakar"),
        (
            "sv",
            "Bussarna står still, och i kväll uppger Skånetrafiken att 20 000 resenärer drabbas.",
            "Skånetrafiken",
        ),
        ("nn", "Bussane står. Skyss opplyser at 20.000 passasjerar blir ramma.", "Skyss"),
    ],
)
def test_one_word_name_that_informs_is_an_organisation_source(
    language: str, text: str, name: str
) -> None:
    assert (name, "organization") in kinds(sources(text, language))


def test_an_outlet_noun_makes_an_unknown_name_an_outlet() -> None:
    cases = [
        ("Ministeren sier til avisen Grenda Posten at saken er alvorlig.", "nb", "Grenda Posten"),
        ("Ministeren seier til avisa Hürriyet at saka er alvorleg.", "nn", "Hürriyet"),
        ("Ministeren siger til dagbladet Le Soir, at sagen er alvorlig.", "da", "Le Soir"),
        (
            "Ministern säger till tidningen Kvällsbladet att läget är allvarligt.",
            "sv",
            "Kvällsbladet",
        ),
    ]
    for text, code, name in cases:
        found = {(s.name, str(s.kind)) for s in sources(text, code)}
        assert (name, "newspaper") in found, (text, found)
    found = {(s.name, str(s.kind)) for s in sources("Det melder nyhetsbyrået Zenta.", "nb")}
    assert found == {("Zenta", "news_agency")}


def test_international_outlets_and_platforms() -> None:
    names = {s.name for s in sources("Foto: Khaled Elfiqi / EPA / NTB", "nb")}
    assert "EPA" in names
    found = {
        (s.name, str(s.kind)) for s in sources("Partileiaren seier til TF1 at dei er klare.", "nn")
    }
    assert found == {("TF1", "broadcaster")}
    text = "Ordføreren skriver på Telegram at fire personer er skadet."
    assert {s.name for s in sources(text, "nb")} == {"Telegram"}


def test_a_ministry_is_not_the_generic_noun_named_before_it() -> None:
    text = "Politiet brukte pepperspray og arresterte 20 personer, opplyser innenriksdepartementet."
    assert [(s.name, s.kind.value) for s in sources(text, "nb")] == [
        ("innenriksdepartementet", "government")
    ]
    # a name before the generic noun is still what it refers to
    assert [s.name for s in sources("Norges Bank hever renten, opplyser sentralbanken.", "nb")] == [
        "Norges Bank"
    ]


@pytest.mark.parametrize(
    ("code", "text", "author"),
    [
        (
            "nb",
            "Direktør Ola Berg i Nordbank sier at banken vil vokse.\n\n«Vi har et godt år bak oss», skriver Berg i en pressemelding.",
            "Ola Berg",
        ),
        (
            "nn",
            "Direktør Ola Berg i Nordbank seier at banken skal vekse.\n\n– Vi har eit godt år bak oss, skriv Berg i ei pressemelding.",
            "Ola Berg",
        ),
        (
            "da",
            "- Vi er glade for aftalen, skriver klubbens direktør, Jens Holm, i en pressemeddelelse.",
            "Jens Holm",
        ),
        (
            "sv",
            "Kommunalrådet Sara Lind säger att skolan ska byggas.\n\n”Vi sörjer djupt”, skriver hon i ett pressmeddelande.",
            "Sara Lind",
        ),
    ],
)
def test_who_writes_a_quote_in_a_press_release_is_an_official_source(
    code: str, text: str, author: str
) -> None:
    a = newsevents.parse(" date 2023-03 " + text, language=code)
    assert [(s.name, s.kind.value) for s in a.sources] == [(author, "official")]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("nb", "– Vi har tatt et valg, sier daglig leder Ola Berg i en pressemelding."),
        ("nn", "– Vi er glade, skriv statsråd Ola Berg på Facebook."),
        ("da", "- Vi er nødt til at handle, siger direktør Jens Holm i en pressemeddelelse."),
        ("sv", "– Vi är glada, säger vd Eva Ek i ett pressmeddelande."),
    ],
)
def test_who_says_a_quote_in_a_press_release_or_writes_on_a_platform_is_no_source(
    code: str, text: str
) -> None:
    assert newsevents.parse(" date 2023-03 " + text, language=code).sources == ()


@pytest.mark.parametrize(
    ("code", "text", "institution"),
    [
        ("nb", "Skatteetaten bekrefter overfor NRK at kontrollen er utvidet.", "Skatteetaten"),
        ("nn", "Mattilsynet stadfestar overfor NRK at kontrollen er utvida.", "Mattilsynet"),
        (
            "da",
            "Sundhedsstyrelsen bekræfter over for DR, at vaccinen er godkendt.",
            "Sundhedsstyrelsen",
        ),
        ("sv", "Skatteverket bekräftar för SVT att kontrollen har utökats.", "Skatteverket"),
    ],
)
def test_an_institution_confirming_is_a_source(code: str, text: str, institution: str) -> None:
    a = newsevents.parse(" date 2023-03 " + text, language=code)
    assert (institution, "government") in [(s.name, s.kind.value) for s in a.sources]


def test_a_person_confirming_is_a_speaker_not_a_source() -> None:
    a = newsevents.parse(
        " date 2023-03 Statsminister Per Dahl bekrefter at han går av.", language="nb"
    )
    assert a.sources == () and a.quotes[0].speaker is not None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("nb", "Det er meldt kraftig regn i Hallingdal og Valdres i natt."),
        ("nn", "Det er meldt mykje regn for Sunnhordland og Hardanger."),
        ("da", "Der er varslet kraftig regn i Hallingdal og Valdres i nat."),
        ("sv", "Det väntas kraftigt regn i Hallingdal och Valdres i natt."),
    ],
)
def test_a_region_that_names_an_outlet_is_no_source_where_it_is_a_place(
    code: str, text: str
) -> None:
    assert newsevents.parse(" date 2023-03 " + text, language=code).sources == ()


def test_an_outlet_named_after_its_region_is_a_source_when_it_informs() -> None:
    a = newsevents.parse(" date 2023-03 Valdres skriver at veien er stengt.", language="nb")
    assert [s.name for s in a.sources] == ["Valdres"]


@pytest.mark.parametrize(
    ("code", "text", "institution"),
    [
        (
            "nb",
            "Flere butikker er stengt, opplyser operasjonsleder Kari Dahl i Vest politidistrikt til NTB.",
            "Vest politidistrikt",
        ),
        (
            "nn",
            "Vegen er stengd, opplyser byggjeleiar Ola Nes i Statens vegvesen.",
            "Statens vegvesen",
        ),
        (
            "da",
            "To personer er anholdt, oplyser vagtchef Jens Holm fra Fyns Politi til Ritzau.",
            "Fyns Politi",
        ),
        ("sv", "Vägen är avstängd, uppger trafikledaren Eva Ek vid Trafikverket.", "Trafikverket"),
    ],
)
def test_a_titled_employee_informing_makes_the_institution_a_source(
    code: str, text: str, institution: str
) -> None:
    a = newsevents.parse(" date 2023-03 " + text, language=code)
    assert institution in [s.name for s in a.sources]
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.name != institution


def test_a_titled_researcher_giving_an_opinion_makes_no_source() -> None:
    nn = "Statsvitar Marte Lie ved Universitetet i Bergen meiner at valet var jamt."
    assert newsevents.parse(" date 2023-03 " + nn, language="nn").sources == ()


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("nb", "Ifølge Helsedirektoratets direktør, Kari Moe, vil køene øke.", "Kari Moe"),
        ("nn", "Ifølgje Fiskeridirektoratets direktør, Ola Nes, vil kvoten gå ned.", "Ola Nes"),
        (
            "da",
            "Ifølge Sundhedsstyrelsens direktør, Jens Holm, vil ventelisterne vokse.",
            "Jens Holm",
        ),
        (
            "sv",
            "Enligt Socialstyrelsens generaldirektör, Eva Ek, kommer köerna att växa.",
            "Eva Ek",
        ),
    ],
)
def test_according_to_a_titled_head_of_a_government_body_is_an_official(
    code: str, text: str, name: str
) -> None:
    a = newsevents.parse(" date 2023-03 " + text, language=code)
    assert [(s.name, s.kind.value) for s in a.sources] == [(name, "official")]


def test_according_to_a_company_director_is_a_person() -> None:
    a = newsevents.parse(
        " date 2023-03 Ifølge Equinors direktør, Kari Moe, vil prisen stige.", language="nb"
    )
    assert [(s.name, s.kind.value) for s in a.sources] == [("Kari Moe", "person")]


@pytest.mark.parametrize(
    ("code", "text", "body"),
    [
        ("nb", "Brannvesenet Sør opplyser at brannen er slukket.", "Brannvesenet Sør"),
        ("nn", "Brannvesenet Sunnfjord opplyser at brannen er sløkt.", "Brannvesenet Sunnfjord"),
        ("da", "Brandvæsenet Nord oplyser, at branden er slukket.", "Brandvæsenet Nord"),
        ("da", "Beredskabet Øst oplyser, at branden er slukket.", "Beredskabet Øst"),
        ("sv", "Räddningstjänsten Syd uppger att branden är släckt.", "Räddningstjänsten Syd"),
    ],
)
def test_a_public_body_named_with_its_region_is_a_government_source(
    code: str, text: str, body: str
) -> None:
    a = newsevents.parse(" date 2023-03 " + text, language=code)
    assert [(s.name, s.kind.value) for s in a.sources] == [(body, "government")]
