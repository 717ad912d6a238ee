"""The entity lexicon of a language pack, compiled once: word sets, role stems, gazetteer trie.

Sources: the pack's ``entities`` layer (and its fallback pack's), its ``reading`` function
words and credit cues, the shared ``common/gazetteer.json``, ``common/entities.json`` (given
names) and ``common/media.json``, and
CLDR through babel (territory, month and weekday names in the pack's locale).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import babel

from newsevents.languages import LanguagePack, common_data, get_pack
from newsevents.model import EntityType

__all__ = ["EntityLexicon", "GazetteerEntry", "lexicon", "tokenize_name"]

# The reader's token pattern: names in the gazetteer are cut the way the text is.
_TOKEN = re.compile(r"\w+(?:[-'’.:]\w+)*|\S")
# Closed word classes of the attribution layer that are never names on their own.
_ATTRIBUTION_COMMON = (
    "adverbs",
    "preposed_adverbs",
    "determiners",
    "quantifiers",
    "auxiliaries",
    "subordinators",
    "prepositions",
    "clause_conjunctions",
    "clause_starters",
    "pronouns",
    "plural_pronouns",
    "complementizers",
)
# CLDR codes that are not countries (EU, the euro zone, the UN, pseudo-locales, unknown).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


def tokenize_name(name: str) -> tuple[str, ...]:
    """The tokens of a name, as the reader would cut them.

    Examples:
        >>> tokenize_name("Det hvite hus")
        ('Det', 'hvite', 'hus')
    """
    return tuple(_TOKEN.findall(name))


@attrs.frozen
class GazetteerEntry:
    """A widely known thing: its id (shared across languages), type and spelling.

    ``short`` marks a surname usable alone (``Biden``): weaker evidence than a full name.

    Examples:
        >>> GazetteerEntry("person:x", EntityType.PERSON, "Nordmann", "Ola Nordmann").short
        False
    """

    id: str
    type: EntityType
    name: str
    canonical: str
    short: bool = False
    outlet: bool = False


@attrs.frozen(eq=False)
class EntityLexicon:
    """Everything the entity layer looks up, compiled for one language pack."""

    code: str
    common: frozenset[str]
    determiners: frozenset[str]
    role_stems: frozenset[str]
    role_endings: tuple[str, ...]
    demonyms: Mapping[str, str]
    demonym_endings: tuple[str, ...]
    organization_suffixes: tuple[str, ...]
    location_suffixes: tuple[str, ...]
    event_suffixes: tuple[str, ...]
    product_suffixes: tuple[str, ...]
    part_only_suffixes: tuple[str, ...]
    initial_organization_suffixes: tuple[str, ...]
    """Heads of compounds that are names even at a sentence start (``Arbeiderpartiet``)."""
    role_verbs: frozenset[str]
    directions: frozenset[str]
    institutions: frozenset[str]
    abbreviations: frozenset[str]
    """Abbreviations whose full stop does not end a sentence (from the ``reading`` layer)."""
    """Nouns that make a place name an institution: ``Oslo kommune``, ``Stockholms universitet``."""
    """Compass words that prefix a place: ``Øst-Ukraina``, ``Nord-Syria``."""
    """Role nouns that are also verbs (``leder``): roles only after a name or an adjective."""
    apposition: Mapping[str, EntityType]
    locative: frozenset[str]
    location_prepositions: frozenset[str]
    role_prepositions: frozenset[str]
    definite_endings: tuple[str, ...]
    """Endings of definite nouns: a common noun first in a sentence (``Kommunen``)."""
    surname_endings: tuple[str, ...]
    """Surname endings that look definite but are not (``Olsen``, ``Andersson``)."""
    """Prepositions inside a role phrase: ``sjefen for``, ``leder av`` (attribution layer)."""
    """Prepositions before islands and other places rather than towns (``på Bali``)."""
    context_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    """Speech and report verbs (from the ``attribution`` layer): ``sier``, ``skriver``."""
    genitive_suffixes: tuple[str, ...]
    given_names: frozenset[str]
    non_names: frozenset[str]
    connectors: frozenset[str]
    weak_connectors: frozenset[str]
    name_heads: Mapping[str, EntityType]
    gazetteer: Mapping[tuple[str, ...], tuple[GazetteerEntry, ...]]
    gazetteer_first: Mapping[str, int]
    """First token (case-folded) of a gazetteer name -> the most tokens a name starting so has."""
    lower_starts: frozenset[str]
    """First words of gazetteer names written in lower case (``andre verdenskrig``)."""
    territory_names: Mapping[str, str]
    """Case-folded country name in the pack's locale -> CLDR code."""
    coordinators: frozenset[str] = frozenset()
    """Words joining two names of one kind: ``Burns og Narysjkin``."""
    agency_heads: tuple[str, ...] = ()
    """Heads of lower-case nouns naming a body after a capitalised genitive or nationality
    adjective: ``(pensjons)fond``, ``(veg)vesen``, ``(psykolog)forening``."""
    territorial_roles: tuple[str, ...] = ()
    """Roles over a place (``ordfører i Voss``, ``borgmester i Aarhus``): after them ``i``
    names the place, not an employer."""
    employer_prepositions: frozenset[str] = frozenset()
    """Prepositions before an employer or a company, never a place: ``hos Keolis``."""
    road_prefixes: frozenset[str] = frozenset()
    """Words before a road number: ``Fv. 55``, ``Rv 13``, ``Riksväg 40``."""
    agent_institutions: frozenset[str] = frozenset()
    """The police and the government in the definite (``Politiet``, ``Regeringen``): entities
    when they act as the subject of a sentence."""
    actor_verbs: frozenset[str] = frozenset()
    """Verbs of acting that follow a company or a club as subject: ``øker``, ``höjer``."""
    party_labels: frozenset[str] = frozenset()
    """Party abbreviations written in brackets after a politician: ``(Ap)``, ``(SF)``, ``(MP)``."""
    byline_cues: frozenset[str] = frozenset()
    """Words opening a byline (``Av``, ``Af``): the names after them are the authors."""
    missions: frozenset[str] = frozenset()
    """A country's missions abroad (``ambassade``, ``ambassaden``, ``konsulat``): with the
    country's adjective or genitive before them, an organisation."""
    opponent_prepositions: frozenset[str] = frozenset()
    """Prepositions before an opponent (``mot``, ``mod``): after a match word, a club."""
    match_words: tuple[str, ...] = ()
    """Words of a match and its result (``kampen``, ``tapet``, ``sejr``, ``förlorade``), also
    as a compound's head (``0–3-tapet``, ``seriekampen``): before ``mot`` they name a club."""
    definite_subject_endings: tuple[str, ...] = ()
    """Endings of definite nouns that may look like names first in a sentence, after a
    consonant (Nynorsk and Bokmål feminine ``Jenta``, ``Kyrkja``; Swedish ``Kvinnan``): no
    name before a speech verb or a verb of acting."""
    foreign_surname_endings: tuple[str, ...] = ()
    """Surname endings that end like a definite noun (``Zakharova``, ``Sikorska``)."""
    credit_cues: frozenset[str] = frozenset()
    """Words that open a photo credit (``Foto``, ``Bild``), from the ``reading`` layer."""
    venue_nouns: frozenset[str] = frozenset()
    """Lower-case nouns of a venue named after its place (``sporthall``, ``kulturhus``):
    after a place's genitive, one location (``Kumlas sporthall``)."""
    region_qualifiers: frozenset[str] = frozenset()
    """Lower-case adjectives of a part of a region (``indre``, ``nordre``, ``södra``): a lone
    unknown name after them is a location (``indre Sogn``)."""
    legal_forms: frozenset[str] = frozenset()
    """Company forms after a name, case as written (``AS``, ``ApS``, ``Oyj``; ``A/S`` as its
    letters): they end the company's name (``common/entities.json``)."""
    ownership_nouns: tuple[str, ...] = ()
    """Endings of nouns of a company's shares (``aksjer``, ``aktierne``, ``ejerandel``): a
    lone unknown name after them and ``i`` is the company, no place (``aktier i X``)."""
    district_prepositions: frozenset[str] = frozenset()
    """The preposition between a part of a city and the city (``Nørrebro i København``)."""
    body_prepositions: frozenset[str] = frozenset()
    """The preposition inside a body's name before lower-case nouns: ``Institutt for
    samfunnsforskning``, ``Myndigheten för samhällsskydd och beredskap``."""
    adjective_endings: tuple[str, ...] = ()
    """Endings of definite adjectives in a body's name (``arktiske``, ``tekniska``)."""
    plain_adjectives: frozenset[str] = frozenset()
    """Adjectives that describe rather than name (``gamle``, ``stora``): no part of a body's
    name after a country (``Danmarks gamle universitet``)."""
    party_label_names: Mapping[str, str] = attrs.field(factory=dict)
    """A party label's party (``M`` -> ``Moderaterna``): the label after a person is a mention
    of that party when the article names it."""
    state_body_endings: tuple[str, ...] = ()
    """Endings of lower-case nouns naming a state's body after a country's genitive or before
    ``i`` and a country (``Qatars udenrigsministerium``, ``Russlands utanriksdepartement``,
    ``menneskerettsombodet i Georgia``): one organisation, the country one of its own."""
    adjective_names: frozenset[str] = frozenset()
    """Names that are also adjectives (the parties ``Rødt``, ``Venstre``, ``Høyre``): no name
    before a lower-case noun they qualify (``Rødt farevarsel``, ``venstre side``)."""

    # ---- word classes -----------------------------------------------------------------------

    def is_role(self, word: str) -> bool:
        """Whether ``word`` is a role noun (``utenriksministeren``, ``Kreml-talsmann``)."""
        return _is_role(self, word)

    def _is_role(self, word: str) -> bool:
        low = word.casefold()
        if "-" in low:
            low = low.rsplit("-", 1)[1]
        for ending in self.role_endings:
            if ending and not low.endswith(ending):
                continue
            base = low[: len(low) - len(ending)] if ending else low
            if len(base) < 3:
                continue
            if base in self.role_stems:
                return True
            # a compound head: utenriks|minister, sikkerhets|rådgiver
            for k in range(1, len(base) - 2):
                if base[k:] in self.role_stems:
                    return True
        return False

    def demonym(self, word: str) -> str | None:
        """The CLDR territory code of a demonym or nationality adjective, or ``None``."""
        return _demonym(self, word)

    def _demonym(self, word: str) -> str | None:
        low = word.casefold()
        for ending in self.demonym_endings:
            if ending and not low.endswith(ending):
                continue
            base = low[: len(low) - len(ending)] if ending else low
            code = self.demonyms.get(base)
            if code is not None:
                return code
        return None

    def apposition_type(self, word: str) -> EntityType | None:
        """The type a noun gives a name it stands before (``avisa Kommersant``), or ``None``."""
        return _apposition_type(self, word)

    def _apposition_type(self, word: str) -> EntityType | None:
        low = word.casefold()
        t = self.apposition.get(low)
        if t is not None:
            return t
        for k in range(1, len(low) - 3):
            t = self.apposition.get(low[k:])
            if t is not None and len(low) - k >= 5:
                return t
        return None

    def suffix_type(self, word: str) -> EntityType | None:
        """The type a compound's head gives it (``-administrasjonen``, ``-avtalen``)."""
        return _suffix_type(self, word)

    def _suffix_type(self, word: str) -> EntityType | None:
        low = word.casefold()
        for cand in (low, low[:-1] if low.endswith("s") else None):
            if not cand:
                continue
            if cand.endswith(self.organization_suffixes):
                return EntityType.ORGANIZATION
            if cand.endswith(self.product_suffixes):
                return EntityType.PRODUCT
            if cand.endswith(self.event_suffixes):
                return EntityType.EVENT
            if cand.endswith(self.location_suffixes):
                return EntityType.LOCATION
        return None

    def is_institution(self, word: str) -> bool:
        """Whether ``word`` is an institution noun, also definite or as a compound's head.

        ``kommune``, ``sjukhuset``, ``universitetssjukhuset`` (``sjukhus``), but a short noun
        (``polis``, ``stad``) only as the whole word.
        """
        return _is_institution(self, word)

    def _is_institution(self, word: str) -> bool:
        low = word.casefold()
        if low in self.institutions:
            return True
        if "-" in low or not low.isalpha():
            return False
        bases = [low]
        for ending in self.definite_endings:
            if low.endswith(ending) and len(low) - len(ending) >= 4:
                bases.append(low[: -len(ending)])
        for base in bases:
            if base in self.institutions:
                return True
            for k in range(1, len(base) - 5):
                if base[k:] in self.institutions:
                    return True
        return False

    def is_common(self, word: str) -> bool:
        """Whether a capitalised ``word`` is a common word rather than a name."""
        return _is_common(self, word)

    def _is_common(self, word: str) -> bool:
        low = word.casefold()
        return low in self.common or low in self.non_names or self.demonym(low) is not None


# Word classes are pure functions of (lexicon, word): cached, as words repeat across articles.
@functools.lru_cache(maxsize=65536)
def _is_role(lex: EntityLexicon, word: str) -> bool:
    return lex._is_role(word)


@functools.lru_cache(maxsize=65536)
def _demonym(lex: EntityLexicon, word: str) -> str | None:
    return lex._demonym(word)


@functools.lru_cache(maxsize=65536)
def _apposition_type(lex: EntityLexicon, word: str) -> EntityType | None:
    return lex._apposition_type(word)


@functools.lru_cache(maxsize=65536)
def _suffix_type(lex: EntityLexicon, word: str) -> EntityType | None:
    return lex._suffix_type(word)


@functools.lru_cache(maxsize=65536)
def _is_institution(lex: EntityLexicon, word: str) -> bool:
    return lex._is_institution(word)


@functools.lru_cache(maxsize=65536)
def _is_common(lex: EntityLexicon, word: str) -> bool:
    return lex._is_common(word)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return [v for v in value if isinstance(v, str)]
    return []


def _layers(pack: LanguagePack, layer: str) -> list[Mapping[str, Any]]:
    """The pack's data of a layer, then its fallback's (lists are united, not replaced)."""
    out = [pack.data(layer)]
    if pack.fallback:
        with contextlib.suppress(LookupError):
            out.append(get_pack(pack.fallback).data(layer))
    return out


def _union(layers: list[Mapping[str, Any]], key: str) -> list[str]:
    seen: dict[str, None] = {}
    for data in layers:
        for w in _strings(data.get(key)):
            seen.setdefault(w, None)
    return list(seen)


def _label_names(layers: list[Mapping[str, Any]]) -> dict[str, str]:
    """Party labels and their parties (``party_label_parties``), the pack's own first."""
    out: dict[str, str] = {}
    for data in layers:
        table = data.get("party_label_parties")
        if isinstance(table, Mapping):
            for label, party in table.items():
                if isinstance(label, str) and isinstance(party, str):
                    out.setdefault(label, party)
    return out


def _cldr_names(locale: str) -> tuple[dict[str, str], set[str]]:
    """Country names (case-folded name -> code) and calendar words of a babel locale."""
    try:
        loc = babel.Locale.parse(locale)
    except (ValueError, babel.UnknownLocaleError):
        return {}, set()
    names: dict[str, str] = {}
    for code, name in loc.territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        for piece in re.split(r"\s*[()]\s*", name):
            part = piece.split(" SAR ")[0].strip()
            if part and part[0].isupper() and " - " not in part:
                names.setdefault(part, code)
    calendar: set[str] = set()
    for table in (loc.months, loc.days):
        for context in table.values():
            for width in context.values():
                calendar.update(str(v).casefold().rstrip(".") for v in width.values())
    return names, calendar


def _type(value: Any) -> EntityType:
    try:
        return EntityType(str(value))
    except ValueError:
        return EntityType.ORGANIZATION


@functools.cache
def lexicon(pack: LanguagePack) -> EntityLexicon:
    """The compiled entity lexicon of a pack (cached: packs are frozen).

    Examples:
        >>> from newsevents.languages import get_pack
        >>> lex = lexicon(get_pack("nb"))
        >>> lex.is_role("utenriksministeren"), lex.demonym("russiske"), lex.is_common("Møtet")
        (True, 'RU', True)
    """
    layers = _layers(pack, "entities")
    reading = _layers(pack, "reading")
    common_json = common_data("gazetteer")
    media_json = common_data("media")

    country_names: dict[str, str] = {}
    calendar: set[str] = set()
    locales = [pack.locale]
    if pack.fallback:
        with contextlib.suppress(LookupError):
            locales.append(get_pack(pack.fallback).locale)
    for loc in locales:
        names, words = _cldr_names(loc)
        for k, v in names.items():
            country_names.setdefault(k, v)
        calendar |= words

    common = {w.casefold() for w in _union(layers, "common_words")}
    common |= {w.casefold() for w in _union(reading, "function_words")}
    common |= {w.casefold() for w in _union(reading, "credit_cues")}
    common |= {w.casefold() for w in _union(reading, "byline_cues")}
    common |= calendar
    # the attribution layer's closed word classes are common words too
    attribution = _layers(pack, "attribution")
    for key in _ATTRIBUTION_COMMON:
        common |= {w.casefold() for w in _union(attribution, key) if " " not in w}
    common.discard("")
    speech = {w.casefold() for w in _union(attribution, "speech_verbs") if " " not in w}
    speech |= {w.casefold() for w in _union(attribution, "source_verbs") if " " not in w}

    demonyms: dict[str, str] = {}
    for data in layers:
        table = data.get("demonym_stems") or {}
        if isinstance(table, Mapping):
            for code, stems in table.items():
                for stem in _strings(stems):
                    demonyms.setdefault(stem.casefold(), str(code))

    apposition: dict[str, EntityType] = {}
    for data in layers:
        table = data.get("apposition_nouns") or {}
        if isinstance(table, Mapping):
            for kind, words in table.items():
                for w in _strings(words):
                    apposition.setdefault(w.casefold(), _type(kind))

    name_heads: dict[str, EntityType] = {}
    for heads in (common_json.get("name_heads"), common_data("entities").get("name_heads")):
        if isinstance(heads, Mapping):
            for kind, words in heads.items():
                for w in _strings(words):
                    name_heads.setdefault(w.casefold(), _type(kind))

    def endings(key: str) -> tuple[str, ...]:
        return tuple(sorted({e.casefold() for e in _union(layers, key)}, key=len, reverse=True))

    def suffixes(key: str) -> tuple[str, ...]:
        return tuple(sorted({e.casefold() for e in _union(layers, key) if e}))

    # ---- the gazetteer trie ------------------------------------------------------------------
    trie: dict[tuple[str, ...], list[GazetteerEntry]] = {}
    lower_first: set[str] = set()
    first: dict[str, int] = {}

    def add(name: str, entry: GazetteerEntry) -> None:
        toks = tokenize_name(name)
        if toks and toks[0][:1].islower() and (len(toks) > 1 or toks[0].isalpha()):
            lower_first.add(toks[0])  # "andre verdenskrig", "riksdagen": any case
        elif not toks or not (toks[0][:1].isupper() or toks[0][:1].isdigit() or "-" in toks[0]):
            return  # names start with a capital, a digit (G20) or hold a hyphen (al-Qaida)
        if len(toks) == 1 and toks[0].casefold() in common and not toks[0].isupper():
            return  # "Man" (Isle of Man) is a pronoun first
        key = tuple(t.casefold() for t in toks)
        bucket = trie.setdefault(key, [])
        if all(e.id != entry.id or e.name != entry.name for e in bucket):
            bucket.append(entry)
        first[key[0]] = max(first.get(key[0], 0), len(key))

    entries = [*(common_json.get("entries") or ()), *(common_data("entities").get("entries") or ())]
    for raw in entries:
        if not isinstance(raw, Mapping):
            continue
        eid = str(raw.get("id") or "")
        etype = _type(raw.get("type"))
        if raw.get("territory"):
            eid = f"territory:{raw['territory']}"
        spellings = _strings(raw.get("names"))
        by_lang = raw.get("names_by_language") or {}
        if isinstance(by_lang, Mapping):
            spellings += _strings(by_lang.get(pack.code))
        if not eid or not spellings:
            continue
        canonical = spellings[0]
        for n in spellings:
            add(n, GazetteerEntry(eid, etype, n, canonical))
        for n in _strings(raw.get("short")):
            add(n, GazetteerEntry(eid, etype, n, canonical, short=True))
    for name, code in country_names.items():
        add(name, GazetteerEntry(f"territory:{code}", EntityType.GPE, name, name))
    for raw in media_json.get("outlets") or ():
        if not isinstance(raw, Mapping) or not raw.get("name"):
            continue
        name = str(raw["name"])
        eid = f"media:{name.casefold()}"
        for alias in [name, *_strings(raw.get("aliases"))]:
            n = alias.rstrip("'’")
            if n.endswith("s") and n[:-1] in (name, *_strings(raw.get("aliases"))):
                continue  # a listed genitive ("NTBs"): the reader strips genitives itself
            add(n, GazetteerEntry(eid, EntityType.ORGANIZATION, n, name, outlet=True))

    return EntityLexicon(
        code=pack.code,
        common=frozenset(common),
        determiners=frozenset(w.casefold() for w in _union(layers, "determiners")),
        role_stems=frozenset(w.casefold() for w in _union(layers, "role_stems")),
        role_endings=endings("role_endings") or ("",),
        demonyms=demonyms,
        demonym_endings=endings("demonym_endings") or ("",),
        organization_suffixes=suffixes("organization_suffixes"),
        location_suffixes=suffixes("location_suffixes"),
        event_suffixes=suffixes("event_suffixes"),
        product_suffixes=suffixes("product_suffixes"),
        part_only_suffixes=suffixes("part_only_suffixes"),
        initial_organization_suffixes=suffixes("initial_organization_suffixes"),
        role_verbs=frozenset(w.casefold() for w in _union(layers, "role_verbs")),
        directions=frozenset(w.casefold() for w in _union(layers, "direction_prefixes")),
        institutions=frozenset(w.casefold() for w in _union(layers, "institution_nouns")),
        abbreviations=frozenset(w.casefold() for w in _union(reading, "abbreviations")),
        apposition=apposition,
        locative=frozenset(w.casefold() for w in _union(layers, "locative_prepositions")),
        definite_endings=endings("definite_endings"),
        surname_endings=endings("surname_endings"),
        role_prepositions=frozenset(
            w.casefold()
            for w in _union(layers, "role_prepositions") + _union(attribution, "role_preps")
            if " " not in w
        ),
        location_prepositions=frozenset(
            w.casefold() for w in _union(layers, "location_prepositions")
        ),
        context_verbs=frozenset(w.casefold() for w in _union(layers, "name_context_verbs"))
        | speech,
        speech_verbs=frozenset(speech),
        credit_cues=frozenset(w.casefold() for w in _union(reading, "credit_cues")),
        genitive_suffixes=endings("genitive_suffixes") or ("s",),
        given_names=frozenset(
            w.casefold()
            for w in (
                *_strings(common_json.get("given_names")),
                *_strings(common_data("entities").get("given_names")),
            )
        ),
        non_names=frozenset(w.casefold() for w in _strings(common_json.get("non_names"))),
        connectors=frozenset(w.casefold() for w in _strings(common_json.get("connectors"))),
        weak_connectors=frozenset(
            w.casefold() for w in _strings(common_json.get("connectors_after_known_only"))
        ),
        name_heads=name_heads,
        gazetteer={k: tuple(v) for k, v in trie.items()},
        gazetteer_first=first,
        lower_starts=frozenset(lower_first),
        territory_names={k.casefold(): v for k, v in country_names.items()},
        coordinators=frozenset(w.casefold() for w in _union(layers, "coordinators")),
        agent_institutions=frozenset(w.casefold() for w in _union(layers, "agent_institutions")),
        agency_heads=suffixes("agency_heads"),
        territorial_roles=suffixes("territorial_roles"),
        employer_prepositions=frozenset(
            w.casefold() for w in _union(layers, "employer_prepositions")
        ),
        road_prefixes=frozenset(w.casefold() for w in _union(layers, "road_prefixes")),
        actor_verbs=frozenset(w.casefold() for w in _union(layers, "actor_verbs")),
        party_labels=frozenset(w.casefold() for w in _union(layers, "party_labels")),
        byline_cues=frozenset(w.casefold().rstrip(":") for w in _union(reading, "byline_cues")),
        missions=frozenset(w.casefold() for w in _union(layers, "mission_nouns")),
        adjective_names=frozenset(w.casefold() for w in _union(layers, "adjective_names")),
        opponent_prepositions=frozenset(
            w.casefold() for w in _union(layers, "opponent_prepositions")
        ),
        match_words=suffixes("match_words"),
        adjective_endings=suffixes("adjective_endings"),
        plain_adjectives=frozenset(w.casefold() for w in _union(layers, "plain_adjectives")),
        state_body_endings=suffixes("state_body_endings"),
        party_label_names=_label_names(layers),
        body_prepositions=frozenset(w.casefold() for w in _union(layers, "body_prepositions")),
        district_prepositions=frozenset(
            w.casefold() for w in _union(layers, "district_prepositions")
        ),
        definite_subject_endings=suffixes("definite_subject_endings"),
        foreign_surname_endings=suffixes("foreign_surname_endings"),
        ownership_nouns=suffixes("ownership_nouns"),
        region_qualifiers=frozenset(w.casefold() for w in _union(layers, "region_qualifiers")),
        venue_nouns=frozenset(w.casefold() for w in _union(layers, "venue_nouns")),
        legal_forms=frozenset(_strings(common_data("entities").get("legal_forms"))),
    )
