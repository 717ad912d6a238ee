"""Events of labour conflicts, courts and local protests: strikes, appeals, crowds, parties."""

from __future__ import annotations

import pytest

import newsevents
from newsevents import EventStatus, EventType
from newsevents.model import Event


def events(text: str, language: str) -> tuple[Event, ...]:
    return newsevents.parse(f" date 2025-03-12 \n\n{text}\n", language=language).events


def names(e: Event) -> list[str]:
    return [p.name for p in e.participants]


def of_type(text: str, language: str, kind: EventType) -> list[Event]:
    return [e for e in events(text, language) if e.type is kind]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Fagforbundet og KS møttes i Oslo tirsdag. Partene ble ikke enige om lønn."),
        ("nn", "Fagforbundet og KS møttest i Oslo tysdag. Partane vart ikkje einige om løna."),
        ("da", "HK og Dansk Erhverv mødtes i Odense tirsdag. Parterne blev ikke enige om lønnen."),
        ("sv", "IF Metall och Teknikföretagen möttes i tisdags. Parterna kom inte överens."),
    ],
)
def test_the_parties_not_agreeing_are_the_two_organisations_named(language: str, text: str) -> None:
    (e,) = of_type(text, language, EventType.AGREEMENT)
    assert e.status is EventStatus.NEGATED
    assert len(names(e)) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Fagforbundet og KS forhandlet i Oslo siden mandag, men ble ikke enige."),
        ("nn", "Fagforbundet og KS forhandla i Oslo sidan måndag, men vart ikkje einige."),
        ("da", "HK og Dansk Erhverv forhandlede i Odense siden mandag, men blev ikke enige."),
    ],
)
def test_a_subject_is_borrowed_past_a_time_after_since(language: str, text: str) -> None:
    (e,) = of_type(text, language, EventType.AGREEMENT)
    assert e.status is EventStatus.NEGATED
    assert len(names(e)) == 2


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("nb", "Forsvareren sier at Per Olsen vil anke dommen.", "Per Olsen"),
        ("nn", "Forsvararen seier at Ola Nes skal anke dommen.", "Ola Nes"),
        ("da", "Forsvareren siger, at Jens Holm vil anke dommen.", "Jens Holm"),
        ("sv", "Advokaten säger att Anna Berg ska överklaga domen.", "Anna Berg"),
    ],
)
def test_an_appeal_against_a_verdict_is_a_request(language: str, text: str, who: str) -> None:
    (e,) = of_type(text, language, EventType.REQUEST)
    assert names(e) == [who]
    assert e.status is EventStatus.PLANNED


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("nb", "Rundt 200 lærere møtte opp utenfor rådhuset i Molde i går.", "Molde"),
        ("nn", "Rundt 300 personar møtte opp utanfor rådhuset i Førde i går.", "Førde"),
        ("da", "Omkring 500 mennesker samledes foran rådhuset i Vejle i går.", "Vejle"),
        ("sv", "Hundratals boende samlades utanför sjukhuset i Sollefteå i går.", "Sollefteå"),
    ],
)
def test_a_crowd_gathering_outside_protests(language: str, text: str, place: str) -> None:
    (e,) = events(text, language)
    assert e.type is EventType.PROTEST
    assert names(e) == [place]


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("nb", "Aksjonsgruppen har kalt inn til fakkeltog i Kristiansund.", "Aksjonsgruppen"),
        (
            "nn",
            "Det er langt å køyre.\n\nAksjonsgruppa har kalla inn til nytt fakkeltog.",
            "Aksjonsgruppa",
        ),
        ("da", "Aktionsgruppen har indkaldt til fakkeltog i Vejle på lørdag.", "Aktionsgruppen"),
        ("sv", "Aktionsgruppen har kallat till fackeltåg i Sollefteå på lördag.", "Aktionsgruppen"),
    ],
)
def test_a_torchlight_procession_called_is_a_protest_of_the_caller(
    language: str, text: str, who: str
) -> None:
    (e,) = events(text, language)
    assert e.type is EventType.PROTEST
    assert names(e) == [who]


def test_an_institution_noun_after_a_credit_line_is_no_part_of_its_name() -> None:
    text = (
        "Det var kaldt i Lærdal. Foto: Ola Nes / Sogn Avis\n\n"
        "Aksjonsgruppa har kalla inn til fakkeltog."
    )
    (e,) = events(text, "nn")
    assert names(e) == ["Aksjonsgruppa"]


@pytest.mark.parametrize(
    ("language", "entitled", "demanding"),
    [
        ("nb", "Ifølge avisen har Molde kommune krav på pengene.", "Molde kommune krever pengene."),
        ("nn", "Ifølgje avisa har Førde kommune krav på pengane.", "Førde kommune krev pengane."),
        ("da", "Ifølge avisen har Vejle Kommune krav på pengene.", "Vejle Kommune kræver pengene."),
        (
            "sv",
            "Enligt tidningen har Umeå kommun rätt till pengarna.",
            "Umeå kommun kräver pengarna.",
        ),
    ],
)
def test_being_entitled_to_is_no_demand(language: str, entitled: str, demanding: str) -> None:
    assert not of_type(entitled, language, EventType.DEMAND)
    assert of_type(demanding, language, EventType.DEMAND)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Han sier at KS er klar til å møtes igjen med Fagforbundet."),
        ("nn", "Han seier at KS er klar til å møtast att med Fagforbundet."),
        ("da", "Han siger, at KS er parat til at mødes igen med HK."),
        ("sv", "Han säger att Almega är redo att mötas igen med IF Metall."),
    ],
)
def test_ready_to_meet_is_no_meeting_held(language: str, text: str) -> None:
    for e in of_type(text, language, EventType.MEET):
        assert e.status is EventStatus.HYPOTHETICAL


@pytest.mark.parametrize(
    ("language", "text", "union"),
    [
        (
            "nb",
            "Fagforbundet og KS møttes i Oslo tirsdag. "
            "Over 2000 ansatte tas ut i streik, opplyser Riksmekleren.",
            "Fagforbundet",
        ),
        (
            "nn",
            "Fagforbundet og KS møttest i Oslo tysdag. "
            "Over 2000 tilsette vert tatt ut i streik, opplyser Riksmeklaren.",
            "Fagforbundet",
        ),
        (
            "da",
            "Serviceforbundet og Dansk Erhverv mødtes i Odense tirsdag. "
            "Over 800 ansatte gik i strejke onsdag, oplyser Forligsinstitutionen.",
            "Serviceforbundet",
        ),
        (
            "sv",
            "Transportarbetareförbundet och Almega möttes i Stockholm i tisdags. "
            "Över 500 chaufförer gick ut i strejk i onsdags, uppger Medlingsinstitutet.",
            "Transportarbetareförbundet",
        ),
    ],
)
def test_a_strike_with_nobody_named_is_the_unions_not_the_mediators(
    language: str, text: str, union: str
) -> None:
    (e,) = of_type(text, language, EventType.PROTEST)
    assert names(e) == [union]


@pytest.mark.parametrize(
    ("language", "blame", "praise", "who"),
    [
        (
            "nb",
            "Forbundsleder Ola Berg kaller streiken «uansvarlig».",
            "Forbundsleder Ola Berg kaller avtalen «et lyspunkt».",
            "Ola Berg",
        ),
        (
            "nn",
            "Ordførar Kari Dale kallar vedtaket «uansvarleg».",
            "Ordførar Kari Dale kallar vedtaket «eit godt steg».",
            "Kari Dale",
        ),
        (
            "da",
            'Formand Jens Holm kalder strejken "uansvarlig".',
            'Formand Jens Holm kalder aftalen "et lyspunkt".',
            "Jens Holm",
        ),
        (
            "sv",
            "Maria Lind kallar beskedet ”ett hån mot hushållen”.",
            "Maria Lind kallar beskedet ”ett steg framåt”.",
            "Maria Lind",
        ),
    ],
)
def test_calling_something_a_quoted_blame_is_an_accusation(
    language: str, blame: str, praise: str, who: str
) -> None:
    (e,) = of_type(blame, language, EventType.ACCUSATION)
    assert names(e)[0] == who
    assert not of_type(praise, language, EventType.ACCUSATION)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Ekstremværet «Gudrun» treffer Vestlandet i kveld."),
        ("nb", "Uværet treffer Vestlandet i kveld."),
        ("nn", "Uvêret treffer Vestlandet i kveld."),
        ("da", "Stormen rammer Jylland i aften."),
        ("sv", "Stormen drabbar Norrland i kväll."),
    ],
)
def test_weather_hitting_a_region_is_no_meeting(language: str, text: str) -> None:
    assert not events(text, language)


def test_a_person_meeting_another_still_meets() -> None:
    (e,) = events("Støre treffer Biden i Oslo.", "nb")
    assert e.type is EventType.MEET


@pytest.mark.parametrize(
    ("language", "closed", "closing", "who"),
    [
        (
            "nb",
            "Riksvei 13 ble stengt etter et ras.",
            "Statens vegvesen stengte riksvei 13 etter et ras.",
            "Statens vegvesen",
        ),
        ("nn", "Fylkesvegen vart stengd etter raset.", "Statens vegvesen stengde vegen.", None),
        ("da", "E45 blev lukket efter ulykken.", "Vejdirektoratet lukkede E45.", None),
        ("sv", "E6 är avstängd efter olyckan.", "Trafikverket stängde E6.", "Trafikverket"),
    ],
)
def test_a_road_closed_by_nobody_named_is_no_suspension(
    language: str, closed: str, closing: str, who: str | None
) -> None:
    assert not of_type(closed, language, EventType.SUSPEND)
    if who is not None:
        (e,) = of_type(closing, language, EventType.SUSPEND)
        assert names(e)[0] == who


@pytest.mark.parametrize(
    ("language", "confirmed", "told", "police"),
    [
        (
            "nb",
            "Mannen som ble pågrepet i Tromsø i fjor, er sendt hjem, "
            "bekrefter Utenriksdepartementet.",
            "To menn ble pågrepet i Tromsø søndag. Det opplyser Troms politidistrikt.",
            "Troms politidistrikt",
        ),
        (
            "nn",
            "Mannen som vart arrestert i Tromsø i fjor, er send heim, "
            "stadfestar Utanriksdepartementet.",
            "To menn vart arresterte i Tromsø søndag. Det opplyser Troms politidistrikt.",
            "Troms politidistrikt",
        ),
        (
            "da",
            "Manden, der blev anholdt i Aarhus sidste år, er sendt hjem, "
            "bekræfter Udenrigsministeriet.",
            "To mænd blev anholdt i Aarhus søndag. Det oplyser Østjyllands Politi.",
            "Østjyllands Politi",
        ),
        (
            "sv",
            "Mannen som greps i Umeå i fjol har skickats hem, bekräftar Utrikesdepartementet.",
            "Två män greps i Umeå i söndags. Det uppger Polisregion Nord.",
            "Polisregion Nord",
        ),
    ],
)
def test_a_source_that_confirms_does_not_arrest(
    language: str, confirmed: str, told: str, police: str
) -> None:
    assert not of_type(confirmed, language, EventType.ARREST)
    (e,) = of_type(told, language, EventType.ARREST)
    assert names(e) == [police]


@pytest.mark.parametrize(
    ("language", "text", "union", "town"),
    [
        (
            "nb",
            "Fagforbundet streiker i Bergen. Forhandlingene mellom partene skal fortsette torsdag.",
            "Fagforbundet",
            "Bergen",
        ),
        (
            "nn",
            "Fagforbundet streikar i Bergen. "
            "Forhandlingane mellom partane skal halde fram torsdag.",
            "Fagforbundet",
            "Bergen",
        ),
        (
            "da",
            "Serviceforbundet strejker i Aarhus. "
            "Forhandlingerne mellem parterne fortsætter torsdag.",
            "Serviceforbundet",
            "Aarhus",
        ),
        (
            "sv",
            "Lärarförbundet strejkar i Göteborg. "
            "Förhandlingarna mellan parterna väntas återupptas.",
            "Lärarförbundet",
            "Göteborg",
        ),
    ],
)
def test_the_parties_are_a_union_and_the_town_it_bargains_with(
    language: str, text: str, union: str, town: str
) -> None:
    (e,) = of_type(text, language, EventType.TALKS)
    assert names(e) == [union, town]


@pytest.mark.parametrize(
    ("language", "name", "country"),
    [
        ("sv", "Svenska kraftnät varnar för elbrist.", None),
        ("sv", "Svenska myndigheter varnar för elbrist.", "Sverige"),
        ("nb", "Norske myndigheter advarer mot reiser til Iran.", "Norge"),
        ("nn", "Norske styresmakter åtvarar mot reiser til Iran.", "Noreg"),
        ("da", "Danske myndigheder advarer mod rejser til Iran.", "Danmark"),
    ],
)
def test_a_weak_demonym_before_a_singular_noun_opens_a_name(
    language: str, name: str, country: str | None
) -> None:
    (e,) = of_type(name, language, EventType.THREAT)
    assert names(e)[0] == (country or "Svenska kraftnät")


def test_an_organisation_anaphor_takes_a_name_opened_by_a_demonym() -> None:
    text = (
        "Svenska kraftnät varnar för elbrist. "
        "Han säger att myndigheten har begärt att Finland ska hålla exporten uppe."
    )
    (e,) = of_type(text, "sv", EventType.REQUEST)
    assert names(e)[0] == "Svenska kraftnät"


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("nb", "Per Olsen nekter for å ha tatt noe ulovlig.", "Per Olsen"),
        ("nn", "Per Olsen nektar for å ha teke noko ulovleg.", "Per Olsen"),
        ("da", "Mikkel Hansen nægter at have taget noget ulovligt.", "Mikkel Hansen"),
        ("sv", "Anna Berg förnekar att hon har tagit något otillåtet.", "Anna Berg"),
    ],
)
def test_denying_a_wrongdoing_in_the_present_rejects(language: str, text: str, who: str) -> None:
    (e,) = of_type(text, language, EventType.REJECT)
    assert names(e) == [who]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Russland nekter for å ha invasjonsplaner."),
        ("nb", "Russland nekter for å ha planer om å rykke inn i Ukraina."),
        ("da", "Rusland nægter at have planer om at invadere Ukraine."),
        ("sv", "Ryssland förnekar att de planerar en invasion av Ukraina."),
    ],
)
def test_denying_an_act_is_no_rejection(language: str, text: str) -> None:
    assert not of_type(text, language, EventType.REJECT)
