"""The entities layer, fourth round: party labels alone, generic bodies, company and agency names,
places inside bodies' names, storms, parliaments in lower case."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.extract import Context, extract_entities
from newsevents.languages import detect_language, get_pack
from newsevents.model import Entity, EntityType
from newsevents.reading import read


def entities(text: str, language: str) -> tuple[Entity, ...]:
    doc = read(" date 2023-02 " + text)
    return extract_entities(Context(doc, get_pack(language)))


def names(text: str, language: str) -> dict[str, str]:
    """Canonical name -> type."""
    return {e.name: e.type.value for e in entities(text, language)}


# ---- party labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Byrådsleder Kari Dahl (Ap) vil ha ny bro. Per Moe (Ap) er enig."),
        ("nn", "Ordførar Olav Vik (Sp) vil ha ny bru. Siri Lie (Sp) er samd."),
        ("da", "Borgmester Jens Lund (V) vil have en ny bro. Ane Bak (V) er enig."),
        ("sv", "Kommunalrådet Eva Berg (KD) vill ha en ny bro. Olle Ek (KD) håller med."),
    ],
)
def test_a_party_label_alone_is_the_persons_label(language: str, text: str) -> None:
    # the party is never named: its label is no entity of its own (the older annotations)
    ents = entities(text, language)
    assert all(e.type is not EntityType.ORGANIZATION for e in ents), [
        (e.name, e.type) for e in ents
    ]
    assert sum(e.type is EntityType.PERSON for e in ents) == 2


# ---- generic bodies --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Regjeringen vil senke avgiften, sier Ola Berg.", {"Ola Berg": "person"}),
        ("nn", "Regjeringa vil senke avgifta, seier Kari Vik.", {"Kari Vik": "person"}),
        ("da", "Regeringen vil sænke afgiften, siger Jens Lund.", {"Jens Lund": "person"}),
        ("sv", "Regeringen vill sänka skatten, säger Eva Berg.", {"Eva Berg": "person"}),
        (
            "da",
            "Bestyrelsen anbefaler aktionærerne at sælge, siger Jens Lund.",
            {"Jens Lund": "person"},
        ),
        ("nb", "Styret anbefaler aksjonærene å selge, sier Ola Berg.", {"Ola Berg": "person"}),
        (
            "sv",
            "Ledningen rekommenderar aktieägarna att sälja, säger Eva Berg.",
            {"Eva Berg": "person"},
        ),
        # a body named after its place stays one
        (
            "sv",
            "Länsstyrelsen har stängt vägen, säger Eva Berg.",
            {"Länsstyrelsen": "organization", "Eva Berg": "person"},
        ),
    ],
)
def test_an_unqualified_government_or_board_is_no_named_entity(
    language: str, text: str, expected: dict[str, str]
) -> None:
    assert names(text, language) == expected


# ---- national agencies and parliaments -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "sv",
            "Svenska kraftnät varnar för bortkoppling, säger Eva Berg.",
            {"Svenska kraftnät": "organization", "Eva Berg": "person"},
        ),
        (
            "nb",
            "Statnett varsler høyere nettleie, sier Ola Berg.",
            {"Statnett": "organization", "Ola Berg": "person"},
        ),
        (
            "nn",
            "Statnett varslar høgare nettleige, seier Kari Vik.",
            {"Statnett": "organization", "Kari Vik": "person"},
        ),
        (
            "da",
            "Energinet oplyser, at nettet er presset, siger Jens Lund.",
            {"Energinet": "organization", "Jens Lund": "person"},
        ),
        ("da", "Ifølge Dansk Industri er lønnen for høj.", {"Dansk Industri": "organization"}),
    ],
)
def test_national_grid_operators_and_agencies_are_known(
    language: str, text: str, expected: dict[str, str]
) -> None:
    assert names(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "mentions"),
    [
        (
            "sv",
            "Förslaget läggs fram i riksdagen i vår. Riksdagen röstar i maj.",
            ["riksdagen", "Riksdagen"],
        ),
        ("nb", "Saken kommer opp i stortinget neste uke.", ["stortinget"]),
        ("nn", "Saka kjem opp i stortinget neste veke.", ["stortinget"]),
        ("da", "Lovforslaget kommer i folketinget efter jul.", ["folketinget"]),
    ],
)
def test_a_parliament_in_lower_case_is_the_parliament(
    language: str, text: str, mentions: list[str]
) -> None:
    ents = entities(text, language)
    assert len(ents) == 1, [(e.name, e.type) for e in ents]
    assert ents[0].type is EntityType.ORGANIZATION
    assert [m.text for m in ents[0].mentions] == mentions


# ---- names ending in a capitalised common word; outlets -------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "nb",
            "Det opplyser Ambulansetjenesten Innlandet Mitt til avisen.",
            "Ambulansetjenesten Innlandet Mitt",
        ),
        (
            "nn",
            "Det opplyser Kontrollutvalget Sunnfjord Mitt til avisa.",
            "Kontrollutvalget Sunnfjord Mitt",
        ),
        (
            "da",
            "Det oplyser Forsikringsselskabet Skandia Liv til avisen.",
            "Forsikringsselskabet Skandia Liv",
        ),
        (
            "sv",
            "Det uppger Räddningstjänsten Skåne Mitt till tidningen.",
            "Räddningstjänsten Skåne Mitt",
        ),
    ],
)
def test_a_bodys_name_goes_on_over_a_capitalised_common_word(
    language: str, text: str, name: str
) -> None:
    assert names(text, language) == {name: "organization"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "sv",
            "Det uppger Upsala Nya Tidning. Det skriver Värmlands Tidningar.",
            "Värmlands Tidningar",
        ),
        ("nb", "Det skriver Hallingdølen Tidende.", "Hallingdølen Tidende"),
        ("nn", "Det skriv Sunnhordlands Avis.", "Sunnhordlands Avis"),
        ("da", "Det skriver Vestfyns Dagblad.", "Vestfyns Dagblad"),
    ],
)
def test_an_outlets_name_with_a_place_is_one_organisation(
    language: str, text: str, name: str
) -> None:
    found = names(text, language)
    assert found.get(name) == "organization", found
    assert all(t == "organization" for t in found.values()), found


# ---- companies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("nb", "Fondet kjøper aksjer i Vestkorn for to milliarder kroner.", "Vestkorn"),
        ("nn", "Fondet kjøper aksjar i Vestkorn for to milliardar kroner.", "Vestkorn"),
        ("da", "Fonden har solgt sin aktiepost i Vestkorn til en svensk koncern.", "Vestkorn"),
        ("sv", "Fonden köper aktier i Vestkorn för två miljarder kronor.", "Vestkorn"),
    ],
)
def test_a_lone_name_after_shares_and_in_is_the_company(
    language: str, text: str, name: str
) -> None:
    assert names(text, language) == {name: "organization"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("da", "Købet af Nordlys ApS er aftalt.", "Nordlys ApS"),
        ("sv", "Fabriken köps av Kemira Oyj, uppger Eva Berg.", "Kemira Oyj"),
        (
            "nb",
            "Avtalen med Fjellvind Holding ASA er klar, sier Ola Berg.",
            "Fjellvind Holding ASA",
        ),
        ("nn", "Avtalen med Fjellvind AS er klar, seier Kari Vik.", "Fjellvind AS"),
    ],
)
def test_a_legal_form_ends_a_companys_name(language: str, text: str, name: str) -> None:
    assert names(text, language).get(name) == "organization", names(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name", "etype"),
    [
        ("nb", "Lindvik Foods kjøper Vestkorn.", "Lindvik Foods", "organization"),
        ("da", "Aktierne i Brandt Holding A/S steg i går.", "Brandt Holding A/S", "organization"),
        (
            "sv",
            "Köparen är Berglund Energy AB, uppger Eva Berg.",
            "Berglund Energy AB",
            "organization",
        ),
        (
            "nn",
            "Kjøparen er Fjordlys Systems AS, seier Kari Vik.",
            "Fjordlys Systems AS",
            "organization",
        ),
    ],
)
def test_a_company_with_an_english_or_legal_suffix_is_one_organisation(
    language: str, text: str, name: str, etype: str
) -> None:
    assert names(text, language).get(name) == etype


# ---- storms, places beside bodies named after them, parts of regions -------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("nb", "Uværet «Ingunn» stenger veiene i nord.", "Ingunn"),
        ("nn", "Uvêret «Ingunn» stengjer vegane i nord.", "Ingunn"),
        ("da", "Stormen «Bodil» lukker broerne i aften.", "Bodil"),
        ("sv", "Stormen ”Alfrida” stänger vägarna i kväll.", "Alfrida"),
    ],
)
def test_a_storms_name_after_a_storm_noun_is_an_event(language: str, text: str, name: str) -> None:
    assert names(text, language) == {name: "event"}


@pytest.mark.parametrize(
    ("language", "text", "body", "place", "etype"),
    [
        (
            "nb",
            "Helse Vikafjord flytter fødslene til Vikafjord. Ola Berg i Helse Vikafjord sier nei.",
            "Helse Vikafjord",
            "Vikafjord",
            "gpe",
        ),
        (
            "nn",
            "Helse Fonna flyttar fødslane til Fonna. Kari Vik i Helse Fonna seier nei.",
            "Helse Fonna",
            "Fonna",
            "gpe",
        ),
        (
            "da",
            "Sygehus Vesthimmerland lukker, og patienterne i Vesthimmerland må køre langt.",
            "Sygehus Vesthimmerland",
            "Vesthimmerland",
            "gpe",
        ),
        (
            "sv",
            "Vården i Region Dalkarlså flyttas till Dalkarlså, säger Eva Berg i Region Dalkarlså.",
            "Region Dalkarlså",
            "Dalkarlså",
            "gpe",
        ),
    ],
)
def test_a_place_inside_a_bodys_name_stays_a_place_of_its_own(
    language: str, text: str, body: str, place: str, etype: str
) -> None:
    found = names(text, language)
    assert found.get(body) == "organization", found
    assert found.get(place) == etype, found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("nb", "Kommunene i indre Helgeland går sammen. Det skriver Helgeland Avis.", "Helgeland"),
        ("nn", "Kommunane i indre Sunnfjord går saman. Det skriv Sunnfjord Avis.", "Sunnfjord"),
        ("da", "Kommunerne i nordre Vendsyssel går sammen.", "Vendsyssel"),
        ("sv", "Kommunerna i södra Lappmarken går samman.", "Lappmarken"),
    ],
)
def test_a_lone_name_after_a_part_of_region_adjective_is_a_location(
    language: str, text: str, name: str
) -> None:
    assert names(text, language).get(name) == "location", names(text, language)


# ---- language of short texts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nordvind melder om højt forbrug.", "da"),
        ("Nordvind melder om høyt forbruk.", "nb"),
        ("Elnät höjer priset.", "sv"),
    ],
)
def test_letters_break_a_tie_of_function_words(text: str, language: str) -> None:
    article = newsevents.parse(text)
    assert article.language == language
    assert detect_language(text)[0] == language


@pytest.mark.parametrize(
    ("language", "text", "name", "etype"),
    [
        (
            "nb",
            "Fjordlaks øker omsetningen. De ansatte i Fjordlaks frykter kutt.",
            "Fjordlaks",
            "organization",
        ),
        (
            "nn",
            "Planen er å kjøpe Fjordlaks. Dei tilsette i Fjordlaks fryktar kutt."
            " Det opplyser Fjordlaks i ei børsmelding.",
            "Fjordlaks",
            "organization",
        ),
        (
            "da",
            "De ansatte i Havbrug frygter fyringer. Det oplyser Havbrug i en meddelelse.",
            "Havbrug",
            "organization",
        ),
        (
            "sv",
            "Personalen i Fjordlax oroar sig. Det uppger Fjordlax i ett pressmeddelande.",
            "Fjordlax",
            "organization",
        ),
        # a place that neither acts nor speaks stays a place
        ("nb", "Flommen rammet Hasvikbotn. Folk i Hasvikbotn er evakuert.", "Hasvikbotn", "gpe"),
    ],
)
def test_a_lone_name_that_acts_or_speaks_is_no_place(
    language: str, text: str, name: str, etype: str
) -> None:
    assert names(text, language).get(name) == etype, names(text, language)


@pytest.mark.parametrize(
    ("language", "text", "body", "country"),
    [
        ("nb", "Det opplyser Irans utenriksdepartement.", "Irans utenriksdepartement", "Iran"),
        ("nn", "Det opplyser Irans utanriksdepartement.", "Irans utanriksdepartement", "Iran"),
        ("da", "Det oplyser Qatars udenrigsministerium.", "Qatars udenrigsministerium", "Qatar"),
        (
            "sv",
            "Det uppger Rysslands utrikesministerium.",
            "Rysslands utrikesministerium",
            "Ryssland",
        ),
    ],
)
def test_a_countrys_body_in_the_genitive_keeps_the_country(
    language: str, text: str, body: str, country: str
) -> None:
    ents = entities(text, language)
    assert {e.name: e.type.value for e in ents} == {body: "organization", country: "gpe"}
    place = next(e for e in ents if e.name == country)
    assert [m.text for m in place.mentions] == [country + "s"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "nb",
            "Han kom hjem i går.\n\nHJEMME: Han landet i natt. Foto: Forsvaret / NTB",
            "Forsvaret",
        ),
        (
            "nn",
            "Han kom heim i går.\n\nHEIME: Han landa i natt. Foto: Kystverket / NTB",
            "Kystverket",
        ),
        (
            "da",
            "Han kom hjem i går.\n\nHJEMME: Han landede i nat. Foto: Forsvaret / Ritzau Scanpix",
            "Forsvaret",
        ),
        (
            "sv",
            "Han kom hem i går.\n\nHEMMA: Han landade i natt. Foto: Regeringskansliet / TT",
            "Regeringskansliet",
        ),
    ],
)
def test_a_definite_noun_alone_in_a_photo_credit_is_a_name(
    language: str, text: str, name: str
) -> None:
    assert names(text, language).get(name) == "organization", names(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "nb",
            "Kommunen har åpnet Tynsets idrettshall for strandede reisende.",
            "Tynsets idrettshall",
        ),
        ("nn", "Kommunen har opna Stryns symjehall for alle i helga.", "Stryns symjehall"),
        ("da", "Kommunen har åbnet Vejens idrætshal for strandede rejsende.", "Vejens idrætshal"),
        (
            "sv",
            "Kommunen har öppnat Kumlas sporthall för strandsatta resenärer.",
            "Kumlas sporthall",
        ),
    ],
)
def test_a_places_genitive_and_a_venue_noun_are_one_location(
    language: str, text: str, name: str
) -> None:
    assert names(text, language).get(name) == "location", names(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "nb",
            "Regjeringspartiet Georgisk drøm har flertall i nasjonalforsamlingen.",
            "Georgisk drøm",
        ),
        (
            "nn",
            "Regjeringspartiet Georgisk draum har fleirtal i nasjonalforsamlinga.",
            "Georgisk draum",
        ),
        ("da", "Regeringspartiet Georgisk drøm har flertal i parlamentet.", "Georgisk drøm"),
        (
            "sv",
            "Regeringspartiet Georgiska drömmen har majoritet i parlamentet.",
            "Georgiska drömmen",
        ),
    ],
)
def test_a_governing_party_noun_before_a_known_party_is_no_name(
    language: str, text: str, name: str
) -> None:
    assert names(text, language) == {name: "organization"}
