"""The attribution lexicon of a language pack, compiled into sets and phrase tables.

Every word list lives in ``languages/data/<code>/attribution.json`` (and the outlets in
``languages/data/common/media.json``); this module only turns them into fast look-up tables.
A pack may name ``related`` packs whose lexicons are merged in: the Scandinavian languages are
mutually intelligible and a misdetected language should not lose its speech verbs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import babel

from newsevents.languages import common_data, get_pack
from newsevents.languages._registry import available_languages

__all__ = ["GazetteerEntry", "Lexicon", "lexicon", "split_words"]

_WORD = re.compile(r"\w+(?:[-'’.:]\w+)*|\S")

Phrase = tuple[str, ...]


def split_words(text: str) -> tuple[str, ...]:
    """Cut a phrase into casefolded words the way the reader cuts tokens.

    Examples:
        >>> split_words("Det hvite hus")
        ('det', 'hvite', 'hus')
    """
    return tuple(m.group().casefold() for m in _WORD.finditer(text))


@attrs.frozen
class GazetteerEntry:
    """A known name: an institution or an outlet, with its kind.

    Examples:
        >>> GazetteerEntry(("reuters",), "Reuters", "news_agency", False).kind
        'news_agency'
    """

    words: Phrase
    name: str
    kind: str
    exact_case: bool
    """Short all-capital aliases (``AP``, ``DR``) match only in capitals."""
    surface: str = ""


def _phrase_table(phrases: Iterable[Phrase]) -> Mapping[str, tuple[Phrase, ...]]:
    table: dict[str, list[Phrase]] = {}
    for p in phrases:
        if p:
            table.setdefault(p[0], []).append(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@attrs.frozen
class Lexicon:
    """Compiled attribution lexicons (see ``attribution.json``).

    Examples:
        >>> lex = lexicon("nb")
        >>> "sier" in lex.speech_verbs, "at" in lex.complementizers
        (True, True)
    """

    speech_verbs: frozenset[str]
    source_verbs: frozenset[str]
    speech_phrases: Mapping[str, tuple[Phrase, ...]]
    reference_cues: Mapping[str, tuple[Phrase, ...]]
    question_cues: Mapping[str, tuple[Phrase, ...]]
    according_to: Mapping[str, tuple[Phrase, ...]]
    impersonal_cues: Mapping[str, tuple[Phrase, ...]]
    appeal_verbs: frozenset[str]
    appeal_markers: frozenset[str]
    sentential_relatives: frozenset[str]
    complementizers: frozenset[str]
    back_reference: frozenset[str]
    report_nouns: frozenset[str]
    document_nouns: frozenset[str]
    press_release_nouns: frozenset[str]
    partitive_preps: frozenset[str]
    name_links: frozenset[str]
    official_role_nouns: frozenset[str]
    """Roles of public service (``statsmeteorolog``, ``politiadvokat``): a source as `official`."""
    """``for`` in institution names (``Institutt for samfunnsforskning``)."""
    """``av`` in ``en av elevene``: the noun phrase goes on after it."""
    person_nouns: Mapping[str, str]
    """Nouns for people described, not named (``kvinne``, ``nabo``) → their gender or ""."""
    person_noun_set: frozenset[str]
    """A person speaking ``i en pressemelding`` is a source (an official)."""
    """Documents that report facts (``rapporten``, ``tiltalen``): ``ifølge`` one is a source."""
    report_links: frozenset[str]
    pronouns: Mapping[str, str]
    plural_pronouns: frozenset[str]
    object_verbs: frozenset[str]
    headline_labels: frozenset[str]
    group_pronouns: frozenset[str]
    adverbial_subordinators: frozenset[str]
    """Words before ``at`` that make an adverbial clause (``etter at``, ``innan att``)."""
    relative_pronouns: frozenset[str]
    """``som``/``der``: ``X, som sier at ...`` is said by X."""
    indefinite_articles: frozenset[str]
    """``en``/``ett``: ``en amerikansk tjenestemann`` is an unnamed, anonymous source."""
    hearsay_modals: frozenset[str]
    """``skal``/``ska`` in ``skal Xi ha sagt``: said, reportedly."""
    hearsay_aux: frozenset[str]
    """``ha``/``have`` after the speaker in ``skal Xi ha sagt``."""
    """Plural object pronouns after ``ifølge`` (``dem``, ``dei``): the group just named."""
    """Kickers before a headline's colon that are no speaker (``LIVE:``, ``ANALYSE:``)."""
    """Speech verbs that take a noun phrase, never a clause without ``at`` (``avviser``)."""
    given_gender: Mapping[str, str]
    """Given name (casefolded) → the gender of the pronouns its bearer usually takes."""
    anonymous_nouns: frozenset[str]
    anonymous_markers: frozenset[str]
    anonymity_words: frozenset[str]
    """In a relative clause on an unnamed person, words that withhold the name (``anonym``)."""
    name_words: frozenset[str]
    """``navn``, ``namn``: with a negation in such a clause (``som ikke vil stå fram med navn``)."""
    negations: frozenset[str]
    writing_verbs: frozenset[str]
    bare_infinitives: frozenset[str]
    verdict_nouns: frozenset[str]
    """``dom``, ``kjennelse``: a document only a court issues."""
    court_nouns: frozenset[str]
    """``tingrett``, ``byret``, ``tingsrätt``: the last word of a court's name."""
    """``have``, ``vara``: right after ``at``/``att`` they make an infinitive, no clause."""
    """``skriver``: who writes a quote ``i en pressemelding`` is its author, a source."""
    role_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    role_synonyms: Mapping[str, tuple[str, ...]]
    """Role stem → heads of roles it may refer back to (``statsråd`` → ``minister``)."""
    definite_suffixes: tuple[str, ...]
    newspaper_nouns: frozenset[str]
    agency_nouns: frozenset[str]
    broadcaster_nouns: frozenset[str]
    government_nouns: frozenset[str]
    think_tank_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    """`government_nouns` and `organization_nouns`."""
    institution_stems: tuple[str, ...]
    determiners: frozenset[str]
    articles: frozenset[str]
    adverbs: frozenset[str]
    auxiliaries: frozenset[str]
    clause_conjunctions: frozenset[str]
    subordinators: frozenset[str]
    prepositions: frozenset[str]
    descriptor_preps: frozenset[str]
    role_preps: frozenset[str]
    non_speech_particles: frozenset[str]
    """Words that make a speech verb something else (``sier opp``, ``melder seg``)."""
    plural_definite: tuple[str, ...]
    """Endings of definite plural nouns (``innbyggerne``, ``forskarna``): group speakers."""
    """Prepositions that may follow a role noun (``talsperson for``, ``sjef i``)."""
    descriptor_links: Mapping[str, frozenset[str]]
    via_preps: frozenset[str]
    name_connectors: frozenset[str]
    preposed_adverbs: frozenset[str]
    credit_cues: frozenset[str]
    byline_cues: frozenset[str]
    """First words of bylines (``Av``, ``Tekst``), from the ``reading`` lexicons."""
    demonyms: Mapping[str, frozenset[str]]
    demonym_names: Mapping[str, str]
    """Demonym stem → the country's name in the pack's own language."""
    countries: frozenset[str]
    weekdays: frozenset[str]
    think_tank_markers: frozenset[str]
    government_markers: frozenset[str]
    newspaper_markers: frozenset[str]
    platforms: frozenset[str]
    """Social media where people publish statements (``X``, ``Instagram``), as written."""
    channel_preps: frozenset[str]
    """Prepositions before a platform (``skriver på X``)."""
    """Parts of newspaper names (``avis``, ``tidende``, ``bladet``): ``X Avis`` is a newspaper."""
    gazetteer: Mapping[str, tuple[GazetteerEntry, ...]]
    infinitive_markers: frozenset[str]
    source_nouns: frozenset[str]
    clause_starters: frozenset[str]
    gazetteer_pairs: Mapping[tuple[str, str], tuple[GazetteerEntry, ...]]
    """Names of two words or more by their first two words (longest first)."""
    gazetteer_single: Mapping[str, tuple[GazetteerEntry, ...]]
    """Names of one word."""
    gazetteer_forms: frozenset[str]
    """Every first word of the gazetteer, also in its genitive forms: a cheap filter."""
    kind_by_name: Mapping[str, str]
    """Casefolded gazetteer name or alias → its kind."""
    role_tails: frozenset[str]
    """Last three letters of every role noun in every form: a cheap filter before `is_role`."""
    triggers: frozenset[str]
    """First words of every speech, reference and question cue, and appeal verbs."""
    indexed_words: frozenset[str]
    """`cue_words`, `credit_cues`, `gazetteer_forms`, quote marks, dashes and punctuation."""
    non_names: frozenset[str]
    """Words that are never part of a name: `stop`, determiners, prepositions, pronouns."""
    cue_words: frozenset[str]
    """`triggers` and the first words of ``according_to``: the words a sentence is read for."""
    stop: frozenset[str]
    """Words that end a noun phrase: verbs, auxiliaries, conjunctions, adverbs."""

    def is_role(self, word: str) -> str | None:
        """The role stem of ``word`` (``utenriksministeren`` → ``utenriksminister``), or None.

        Compounds count (``Kreml-talsmann``, ``pressetalsmann``).

        Examples:
            >>> lexicon("nb").is_role("utenriksministeren")
            'utenriksminister'
        """
        return _stem_in(word.casefold(), self.role_nouns, self.definite_suffixes)

    def noun_in(self, word: str, nouns: frozenset[str]) -> bool:
        """Whether ``word`` is one of ``nouns`` in any form or as the tail of a compound."""
        return _stem_in(word.casefold(), nouns, self.definite_suffixes) is not None


@functools.lru_cache(maxsize=1 << 16)
def _stem_in(w: str, nouns: frozenset[str], suffixes: tuple[str, ...]) -> str | None:
    if w in nouns:
        return w
    if "-" in w:
        tail = w.rsplit("-", 1)[1]
        found = _stem_in(tail, nouns, suffixes)
        if found:
            return found
    for suf in suffixes:
        if suf and w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: len(w) - len(suf)]
            if base in nouns:
                return base
    # compound: the tail of the word is a known noun (sikkerhetsrådgiver → rådgiver)
    if len(w) < 8 or not w.isalpha():
        return None
    for suf in suffixes:
        if suf and not w.endswith(suf):
            continue
        base = w[: len(w) - len(suf)] if suf else w
        for i in range(3, len(base) - 3):
            if base[i:] in nouns:
                return base[i:]
    return None


def _pairs(
    gazetteer: Mapping[str, list[GazetteerEntry]],
) -> dict[tuple[str, str], tuple[GazetteerEntry, ...]]:
    out: dict[tuple[str, str], list[GazetteerEntry]] = {}
    for entries in gazetteer.values():
        for e in entries:
            if len(e.words) >= 2:
                out.setdefault((e.words[0], e.words[1]), []).append(e)
    return {k: tuple(sorted(v, key=lambda e: len(e.words), reverse=True)) for k, v in out.items()}


def _kinds_by_name(gazetteer: Mapping[str, list[GazetteerEntry]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for entries in gazetteer.values():
        for e in entries:
            out.setdefault(e.name.casefold(), e.kind)
    for entries in gazetteer.values():
        for e in entries:
            out.setdefault(e.surface.casefold(), e.kind)
    return out


def _words(data: Mapping[str, Any], key: str) -> set[str]:
    out: set[str] = set()
    for w in data.get(key, ()):
        if isinstance(w, str):
            out.add(w.casefold())
    return out


def _phrases(data: Mapping[str, Any], key: str) -> set[Phrase]:
    out: set[Phrase] = set()
    for p in data.get(key, ()):
        if isinstance(p, str):
            out.add(split_words(p))
        elif isinstance(p, list):
            out.add(tuple(str(x).casefold() for x in p))
    return out


def _given_gender() -> dict[str, str]:
    """Given names (casefolded) with the gender of their bearer's pronouns, from common data."""
    data = common_data("given_names_gender")
    return {
        str(name).casefold(): gender
        for gender in ("female", "male")
        for name in data.get(gender, ())
    }


def _datas(code: str) -> list[Mapping[str, Any]]:
    own = get_pack(code).data("attribution")
    out = [own]
    for rel in own.get("related", ()):
        if rel != code and rel in available_languages():
            out.append(get_pack(rel).data("attribution"))
    out.append(common_data("attribution"))  # international outlets and platforms
    return out


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The compiled attribution lexicon of the pack ``code`` (cached).

    Examples:
        >>> lexicon("sv").complementizers >= {"att"}
        True
    """
    datas = _datas(code)

    def union(key: str) -> frozenset[str]:
        out: set[str] = set()
        for d in datas:
            out |= _words(d, key)
        return frozenset(out)

    def ptable(key: str) -> Mapping[str, tuple[Phrase, ...]]:
        out: set[Phrase] = set()
        for d in datas:
            out |= _phrases(d, key)
        return _phrase_table(out)

    pronouns: dict[str, str] = {}
    demonyms: dict[str, set[str]] = {}
    demonym_names: dict[str, str] = {}
    links: dict[str, set[str]] = {}
    suffixes: set[str] = set()
    synonyms: dict[str, set[str]] = {}
    person_nouns: dict[str, str] = {}
    for d in reversed(datas):
        person_nouns.update({k.casefold(): str(v) for k, v in d.get("person_nouns", {}).items()})
        for k, v in d.get("role_synonyms", {}).items():
            synonyms.setdefault(k.casefold(), set()).update(str(x).casefold() for x in v)
        pronouns.update({k.casefold(): str(v) for k, v in d.get("pronouns", {}).items()})
        for k, v in d.get("demonyms", {}).items():
            demonyms.setdefault(k.casefold(), set()).add(str(v).casefold())
            demonym_names[k.casefold()] = str(v)
        for k, v in d.get("descriptor_links", {}).items():
            links.setdefault(k.casefold(), set()).update(str(x).casefold() for x in v)
        suffixes.update(str(s) for s in d.get("definite_suffixes", ()))

    countries: set[str] = set()
    weekdays: set[str] = set()
    for d_code in {code, *(str(r) for r in datas[0].get("related", ()))}:
        if d_code not in available_languages():
            continue
        loc = babel.Locale.parse(get_pack(d_code).locale)
        countries.update(n.casefold() for n in loc.territories.values())
        for width in ("wide",):
            weekdays.update(n.casefold() for n in loc.days["format"][width].values())
    for vals in demonyms.values():
        countries |= vals

    gazetteer: dict[str, list[GazetteerEntry]] = {}

    def add_name(surface: str, name: str, kind: str) -> None:
        words = split_words(surface)
        if not words:
            return
        exact = surface.isupper() and len(surface) <= 4
        entry = GazetteerEntry(words, name, kind, exact, surface)
        gazetteer.setdefault(words[0], []).append(entry)

    for d in datas:
        for inst in d.get("institutions", ()):
            for alias in {inst["name"], *inst.get("aliases", ())}:
                add_name(alias, inst["name"], inst.get("kind", "organization"))
    for outlet in common_data("media").get("outlets", ()):
        for alias in {outlet["name"], *outlet.get("aliases", ())}:
            add_name(alias, outlet["name"], outlet.get("kind", "newspaper"))

    speech = union("speech_verbs")
    aux = union("auxiliaries")
    adverbs = union("adverbs") | weekdays
    stop = (
        speech
        | aux
        | adverbs
        | union("clause_conjunctions")
        | union("subordinators")
        | union("complementizers")
        | union("appeal_verbs")
        | frozenset(w for p in ptable("according_to").values() for ph in p for w in ph[:1])
    )
    cue_words = (
        speech
        | frozenset(ptable("speech_phrases"))
        | frozenset(ptable("reference_cues"))
        | frozenset(ptable("question_cues"))
        | union("appeal_verbs")
        | frozenset(ptable("according_to"))
    )
    gazetteer_forms = frozenset(
        form
        for k in gazetteer
        for form in (k, k + "s", k + "'s", k + "’s", k + ":s", k + "'", k + "’")
    )
    return Lexicon(
        speech_verbs=speech,
        source_verbs=union("source_verbs"),
        speech_phrases=ptable("speech_phrases"),
        reference_cues=ptable("reference_cues"),
        question_cues=ptable("question_cues"),
        according_to=ptable("according_to"),
        impersonal_cues=ptable("impersonal_cues"),
        appeal_verbs=union("appeal_verbs"),
        appeal_markers=union("appeal_markers"),
        sentential_relatives=union("sentential_relatives"),
        complementizers=union("complementizers"),
        back_reference=union("back_reference"),
        report_nouns=union("report_nouns"),
        document_nouns=union("document_nouns"),
        press_release_nouns=union("press_release_nouns"),
        partitive_preps=union("partitive_preps"),
        name_links=union("name_links"),
        official_role_nouns=union("official_role_nouns"),
        person_nouns=person_nouns,
        person_noun_set=frozenset(person_nouns),
        report_links=union("report_links"),
        pronouns=pronouns,
        plural_pronouns=union("plural_pronouns"),
        object_verbs=union("object_verbs"),
        headline_labels=union("headline_labels"),
        group_pronouns=union("group_pronouns"),
        hearsay_modals=union("hearsay_modals"),
        indefinite_articles=union("indefinite_articles"),
        relative_pronouns=union("relative_pronouns"),
        adverbial_subordinators=union("adverbial_subordinators"),
        hearsay_aux=union("hearsay_aux"),
        given_gender=_given_gender(),
        anonymous_nouns=union("anonymous_nouns"),
        anonymous_markers=union("anonymous_markers"),
        anonymity_words=union("anonymity_words"),
        name_words=union("name_words"),
        negations=union("negations"),
        writing_verbs=union("writing_verbs"),
        bare_infinitives=union("bare_infinitives"),
        verdict_nouns=union("verdict_nouns"),
        court_nouns=union("court_nouns"),
        role_nouns=union("role_nouns") | union("spokesperson_nouns"),
        spokesperson_nouns=union("spokesperson_nouns"),
        role_synonyms={k: tuple(sorted(v)) for k, v in synonyms.items()},
        definite_suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        newspaper_nouns=union("newspaper_nouns"),
        agency_nouns=union("agency_nouns"),
        broadcaster_nouns=union("broadcaster_nouns"),
        government_nouns=union("government_nouns"),
        think_tank_nouns=union("think_tank_nouns"),
        organization_nouns=union("organization_nouns"),
        institution_nouns=union("government_nouns") | union("organization_nouns"),
        institution_stems=tuple(sorted(union("institution_stems"), key=len, reverse=True)),
        determiners=union("determiners"),
        articles=union("articles"),
        adverbs=adverbs,
        auxiliaries=aux,
        clause_conjunctions=union("clause_conjunctions"),
        subordinators=union("subordinators"),
        prepositions=union("prepositions"),
        descriptor_preps=union("descriptor_preps"),
        role_preps=union("role_preps"),
        non_speech_particles=union("non_speech_particles"),
        plural_definite=tuple(sorted(union("plural_definite_suffixes"))) or ("\x00",),
        descriptor_links={k: frozenset(v) for k, v in links.items()},
        via_preps=union("via_preps"),
        name_connectors=union("name_connectors"),
        preposed_adverbs=union("preposed_adverbs"),
        credit_cues=union("credit_cues"),
        byline_cues=frozenset(
            w.casefold()
            for c in {code, *(str(r) for r in datas[0].get("related", ()))}
            if c in available_languages()
            for w in get_pack(c).data("reading").get("byline_cues", ())
        ),
        demonyms={k: frozenset(v) for k, v in demonyms.items()},
        demonym_names=demonym_names,
        countries=frozenset(countries),
        weekdays=frozenset(weekdays),
        think_tank_markers=union("think_tank_markers"),
        government_markers=union("government_markers"),
        newspaper_markers=union("newspaper_markers"),
        platforms=frozenset(str(p) for d in datas for p in d.get("platforms", ())),
        channel_preps=union("channel_preps"),
        gazetteer={
            k: tuple(sorted(v, key=lambda e: len(e.words), reverse=True))
            for k, v in gazetteer.items()
        },
        infinitive_markers=union("infinitive_markers"),
        source_nouns=union("source_nouns"),
        clause_starters=union("clause_starters"),
        gazetteer_forms=gazetteer_forms,
        gazetteer_pairs=_pairs(gazetteer),
        gazetteer_single={
            k: tuple(e for e in v if len(e.words) == 1)
            for k, v in gazetteer.items()
            if any(len(e.words) == 1 for e in v)
        },
        kind_by_name=_kinds_by_name(gazetteer),
        role_tails=frozenset(
            (r + suf)[-3:]
            for r in union("role_nouns") | union("spokesperson_nouns")
            for suf in suffixes | {""}
        ),
        triggers=speech
        | frozenset(ptable("speech_phrases"))
        | frozenset(ptable("reference_cues"))
        | frozenset(ptable("question_cues"))
        | union("appeal_verbs"),
        stop=stop,
        indexed_words=cue_words
        | union("credit_cues")
        | gazetteer_forms
        | frozenset('«»“”„"–—-−,.!?…;'),
        non_names=stop | union("determiners") | union("prepositions") | frozenset(pronouns),
        cue_words=cue_words,
    )
