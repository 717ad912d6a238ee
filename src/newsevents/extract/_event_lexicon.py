"""The events lexicon of a language pack, compiled once into look-up tables."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import babel

from newsevents.languages import LanguagePack, common_data
from newsevents.model import EventStatus, EventType

__all__ = ["EventLexicon", "lexicon"]

_CUTS = frozenset(',;:()«»"“”„–—−[]-')
"""Punctuation and dashes that end a clause-like segment."""

_MIN_SUFFIX = 5
"""Noun forms at least this long also end compounds (``atomsamtalene``, ``toppmøtet``)."""


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in data.get(key, ()))


def _phrases(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        sorted({tuple(w.casefold().split()) for w in words if " " in w}, key=len, reverse=True)
    )


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@attrs.frozen
class EventLexicon:
    """Triggers, cues and names for one language, ready for token look-ups.

    Examples:
        >>> from newsevents.languages import get_pack
        >>> lex = lexicon(get_pack("nb"))
        >>> lex.verbs["invaderte"].value, lex.noun_type("atomsamtalene")
        ('invasion', <EventType.TALKS: 'talks'>)
    """

    verbs: Mapping[str, EventType]
    nouns: Mapping[str, EventType]
    verb_phrases: Mapping[str, tuple[tuple[tuple[str, ...], EventType], ...]]
    """Multi-word verb triggers by their first word, longest first; phrases typed ``other``
    tell no event (``treffe tiltak``: taking measures is no meeting)."""
    heads: Mapping[str, tuple[tuple[str, EventType | None], ...]]
    """Compound heads by their last five letters, longest first: a noun form with its type,
    or a compound exclusion (``pressemøtet``) with ``None``."""
    declaration_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    troop_verbs: frozenset[str]
    troop_nouns: frozenset[str]
    status_cues: Mapping[str, EventStatus]
    status_phrases: tuple[tuple[tuple[str, ...], EventStatus], ...]
    status_phrases_by_first: Mapping[str, tuple[tuple[tuple[str, ...], EventStatus], ...]]
    """The multi-word status cues by their first word."""
    attribution_cues: frozenset[str]
    subordinators: frozenset[str]
    subordinator_phrases: Mapping[str, tuple[tuple[str, ...], ...]]
    """Multi-word subordinators by their first word."""
    clause_openers: frozenset[str]
    """Single subordinators and the first words of multi-word ones."""
    cut_forms: frozenset[str]
    """Clause openers and the punctuation and dashes that cut a sentence into segments."""
    trigger_words: frozenset[str]
    """Every verb, phrase-initial, declaration, speech and troop word: tokens to look at."""
    temporal_subordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    coordinators: frozenset[str]
    infinitive_markers: frozenset[str]
    prepositions: frozenset[str]
    with_prepositions: frozenset[str]
    between_prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    of_prepositions: frozenset[str]
    attack_prepositions: frozenset[str]
    """What an attack is on (``angrepet på Kyiv``, ``attacker mot``)."""
    """Prepositions that give a noun its object (``invasjonen av Ukraina``)."""
    place_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    demonstratives: frozenset[str]
    summit_nouns: tuple[str, ...]
    """``toppmøtet``: meetings that, with nobody named, are an organisation's (compounds too)."""
    cancel_cues: frozenset[str]
    """The one-word status cues that call an event off (``avlyst``, ``aflyses``)."""
    complementizers: frozenset[str]
    """``at``, ``att``: a that-clause, whose subject a demand or appeal is made of."""
    proposal_objects: frozenset[str]
    """``budsjettet``, ``planen``: what is proposed when it is laid out (``la fram``)."""
    negation_adverbs: frozenset[str]
    """``ikke``, ``inte``: right after a verb (``møtte ikke``), they negate it."""
    present_endings: tuple[str, ...]
    """Endings of a present-tense verb (``møtes``, ``träffas``)..."""
    past_endings: tuple[str, ...]
    """... unless they end so (``møttes``, ``träffades``): a past tense."""
    writing_verbs: frozenset[str]
    """``skrev``: verbs of saying that tell a text, not a statement made."""
    time_prepositions: frozenset[str]
    """``før``, ``efter``, ``inför``: before an event noun, it dates another event."""
    role_suffixes: tuple[str, ...]
    """Endings that make a title definite (``statsminister`` -> ``statsministeren``)."""
    never_names: frozenset[str]
    """Capitalised, still no name: function words, status cues, demonyms."""
    never_first_names: frozenset[str]
    """Capitalised first words that are no name: verbs, prepositions, conjunctions."""
    not_titles: frozenset[str]
    """Words before a name that are no title of it (verbs of saying, function words)."""
    definite_suffixes: tuple[str, ...]
    """Endings of a definite noun (``samtalen``, ``mødet``): a report of an event told before."""
    person_pronouns: frozenset[str]
    gpe_anaphors: frozenset[str]
    organisation_anaphors: frozenset[str]
    """``selskapet``, ``teatern``: the organisation named last."""
    municipality_anaphors: frozenset[str]
    """``kommunen``: the town or municipality named last."""
    pair_determiners: Mapping[str, tuple[tuple[str, ...], ...]]
    """``de to``, ``begge``: determiners of a pair, by their first word."""
    gpe_plural_nouns: frozenset[str]
    function_words: frozenset[str]
    auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    """``ble``, ``blev``, ``vart``: before a participle, the subject undergoes the event."""
    purpose_prepositions: frozenset[str]
    """``for`` in ``for å møte``: an infinitive of purpose (not ``kom til å``, a future)."""
    passive_verbs: frozenset[str]
    """S-passive forms (``greps``, ``anholdes``, ``arresteres``): the subject undergoes."""
    agent_prepositions: frozenset[str]
    """``av``, ``af``, ``by``: the agent of a passive."""
    demonym_adjectives: Mapping[str, str]
    demonym_nouns: Mapping[str, str]
    demonyms: Mapping[str, tuple[str, bool]]
    """Both demonym tables: the code and whether the word is weak (an adjective)."""
    anaphor_words: frozenset[str]
    """Words that may open an anaphor: pronouns, place anaphors, first words of pair phrases."""
    capitals: Mapping[str, str]
    territories: Mapping[str, str]
    """Territory names (case-folded, in the pack's language and English) to CLDR codes."""
    territory_names: Mapping[str, str]
    """CLDR codes to the territory's name in the pack's language."""
    institution_nouns: frozenset[str]
    """Definite nouns naming an institution that acts (``politiet``, ``åklagaren``)."""
    government_nouns: frozenset[str]
    """``regjeringen``, ``regeringen``: unqualified, the government of the pack's country."""
    home_territory: str | None
    """The CLDR code of the country whose press writes the pack's language."""
    sport_cues: frozenset[str]
    """Words of a sports report (``derbyet``, ``allsvenskan``) and club markers (``FC``):
    a sentence holding one tells a match, not a meeting or an attack."""
    outlets: frozenset[str]
    """News outlets and agencies (common media data): they report, they take no part."""
    calendar_words: frozenset[str]
    """Month and weekday names (case-folded): never names of participants."""
    audience_nouns: frozenset[str] = frozenset()
    """``tilhengere``, ``journalisterna``: spoken to, a verb of saying tells a statement."""
    state_forces: frozenset[str] = frozenset()
    """``politiet``, ``polisen``, ``forsvaret``: unqualified in a report from abroad, the
    state they serve takes part (the police of Georgia acts for Georgia)."""
    not_yet_adverbs: frozenset[str] = frozenset()
    """``ennå``, ``ännu``, ``endnu``: not yet agreed is pending, not refused."""
    negotiation_stems: tuple[str, ...] = ()
    """``forhandl``, ``förhandl``: talks nouns holding one are negotiations, which stay talks
    where they are held (``forhandlingane i Kairo``), unlike other talks nouns."""
    participation_verbs: frozenset[str] = frozenset()
    """``deltok``, ``deltog``: before a summit noun, the summit is attended (a visit)."""
    perfect_auxiliaries: frozenset[str] = frozenset()
    """``har``, ``hade``: a clause in the perfect, which a ``siden 2014`` after it dates."""
    stance_phrases: frozenset[tuple[str, ...]] = frozenset()
    """Statement phrases among the verbs (``glæder sig over``, ``innrømmet nederlaget``):
    a stance taken, not a declaration of what follows."""
    object_gap_phrases: frozenset[tuple[str, ...]] = frozenset()
    """Phrases whose last word may follow a short object (``ønsket avtalen velkommen``,
    ``hilste beslutningen velkommen``)."""
    measure_nouns: frozenset[str] = frozenset()
    """``måneder``, ``veker``, ``år``: spans of time that measure a noun after a preposition
    (``måneder med forhandlinger``)."""
    measure_prepositions: frozenset[str] = frozenset()
    """``med``, ``av``: the preposition between a measure and the noun measured."""
    protest_capitals: Mapping[str, str] = attrs.field(factory=dict)
    """Casefolded capitals beyond ``capitals`` (``tbilisi``: ``GE``): a crowd protesting in
    one is the country's; used only for protests, so these names keep their own sense
    elsewhere."""
    labelling_verbs: frozenset[str] = frozenset()
    """``kalte``, ``kallade``, ``stemplet``: calling someone named a something (``kalte Putin en
    krigsforbryter``) is an accusation."""
    indefinite_articles: frozenset[str] = frozenset()
    """``en``, ``ein``, ``ett``: the article of the label after a labelling verb's object."""
    reception_phrases: frozenset[tuple[str, ...]] = frozenset()
    """``tok imot``, ``tog emot``, ``tog imod``: a meeting only when a name follows (``tok imot
    Zelenskyj``; not ``tok imot flyktninger``)."""
    occurrence_phrases: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(factory=dict)
    """``fant sted``, ``ägde rum``, ``gjekk føre seg`` by their first word: after an event
    noun, the event told before took place."""
    phrase_only: frozenset[str] = frozenset()
    """First words of verb phrases that trigger nothing alone (``gikk`` of ``gikk ut i
    gatene``): a candidate only where its phrase follows."""
    attribution_stops: frozenset[str] = frozenset()
    """Verbs, auxiliaries, conjunctions: a name after one is no longer in the phrase of an
    ``ifølge`` before it (``Ifølge Reuters har Russland ...``)."""
    appraisal_words: frozenset[str] = frozenset()
    """``kaller``, ``nøgd``: between a subject and an event noun, the noun is what the subject
    judges (``kalder angrebet dybt bekymrende``), not what it does."""
    determiners: frozenset[str] = frozenset()
    """``den``, ``de``, ``ett``: before a participle and a noun, the participle is an
    adjective (``de løslatte fangene``), no verb."""
    non_event_tails: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = attrs.field(
        factory=dict
    )
    """Non-event phrases by their second word, with their first word and the rest: ``krav``:
    (``har``, (``krav``, ``på``)); the first word may stand a subject away (``har kommunen
    krav på``)."""
    blame_stems: tuple[str, ...] = ()
    """``uansvarl``, ``skandal``, ``hån``: beginnings of the words of a quoted judgement that
    blames (``kaller streiken «uansvarlig»`` is an accusation, ``«et lyspunkt»`` is not)."""
    weak_adjective_endings: tuple[str, ...] = ()
    """``a`` (``svenska``), ``e`` (``norske``): the ending of a demonym adjective's weak form,
    which before a singular noun only a name has (``Svenska kraftnät``)."""
    plural_endings: tuple[str, ...] = ()
    """``er``, ``ar``, ``män``: endings of plural nouns (``Svenska myndigheter`` is Sweden's,
    not a name)."""
    summons_particles: frozenset[str] = frozenset()
    """``inn``, ``till``: after a calling verb, a call to an event (``kalla inn til
    fakkeltog``), not a judgement of it."""
    union_stems: tuple[str, ...] = ()
    """``forbundet``, ``förbundet``: endings of a union's name; a strike told with nobody
    named is by the union named last before it (not by a mediator reporting it)."""
    party_anaphors: frozenset[str] = frozenset()
    """``partene``, ``parterna``: the two organisations (else people) named last."""
    conditional_subordinators: frozenset[str] = frozenset()
    """``dersom``, ``hvis``, ``ifall``: a condition after an announced coercive act in a quote
    makes it the speaker's threat."""
    board_nouns: tuple[str, ...] = ()
    """``styret``, ``bestyrelsen``, ``myndigheterna``: endings of an organisation's governing
    body or authorities (``konsernstyret``, ``Konkurrencemyndighederne``); as the subject with
    a preposition and a name (``Styret i Nordkraft anbefaler``) the named organisation
    acts."""
    hazard_nouns: tuple[str, ...] = ()
    """``uværet``, ``stormen``, ``ovädret``: a force of nature as subject acts in no event
    (``uværet treffer Vestlandet`` is no meeting); also as a compound's head."""
    confirmation_cues: frozenset[str] = frozenset()
    """``bekrefter``, ``bekräftar``: a source that only confirms a passive arrest or release
    is not taken for its agent."""
    indexed_forms: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """Every fixed form whose positions in a document the layer asks for (triggers, cuts,
    status and sports cues, demonyms, anaphors, institutions): found in one pass."""

    role_words: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """Every word that may change the role of what follows a trigger (prepositions,
    coordinators): any other word is passed over at once."""

    @role_words.default
    def _role_words_default(self) -> frozenset[str]:
        return (
            self.coordinators
            | self.prepositions
            | self.attack_prepositions
            | self.place_prepositions
            | self.target_prepositions
            | self.between_prepositions
            | self.with_prepositions
            | self.destination_prepositions
            | self.of_prepositions
        )

    @indexed_forms.default
    def _indexed_forms_default(self) -> frozenset[str]:
        return (
            self.cut_forms
            | self.trigger_words
            | frozenset(self.nouns)
            | self.cancel_cues
            | frozenset(self.status_phrases_by_first)
            | self.sport_cues
            | frozenset(self.demonyms)
            | self.anaphor_words
            | self.institution_nouns
            | self.government_nouns
            | self.appraisal_words
            | self.party_anaphors
        )

    def noun_type(self, lower: str) -> EventType | None:
        """The event type a (possibly compound) noun signals, or ``None``.

        Examples:
            >>> from newsevents.languages import get_pack
            >>> lexicon(get_pack("nb")).noun_type("pressemøtet") is None
            True
        """
        found = self.nouns.get(lower)
        if found is not None:
            return found
        candidates = self.heads.get(lower[-_MIN_SUFFIX:])
        if candidates is None:
            return None
        n = len(lower)
        best: EventType | None = None
        for head, kind in candidates:
            size = len(head)
            if size > n or not lower.endswith(head):
                continue
            if kind is None:
                return None  # an excluded compound ("pressemøtet") whatever else it ends in
            if best is None and size < n:
                best = kind
        return best

    def territory(self, name: str) -> str | None:
        """The CLDR code of a territory or capital name, possessive forms included.

        Examples:
            >>> from newsevents.languages import get_pack
            >>> lexicon(get_pack("nb")).territory("Russlands")
            'RU'
        """
        low = name.casefold()
        code = self.territories.get(low) or self.capitals.get(low)
        if code is not None or low[-1:] not in _POSSESSIVE_ENDS:
            return code  # only a form ending in s or an apostrophe may be a possessive
        for cand in _unpossessed(low):
            code = self.territories.get(cand) or self.capitals.get(cand)
            if code is not None:
                return code
        return None


def _unpossessed(low: str) -> tuple[str, ...]:
    """Candidate base forms of a possessive (``usas``, ``usa's``, ``usa:s``, ``burns'``)."""
    out: list[str] = []
    for tail in ("'s", "’s", ":s", "'", "’"):
        if low.endswith(tail) and len(low) > len(tail) + 1:
            out.append(low[: -len(tail)])
    if low.endswith("s") and len(low) > 2:
        out.append(low[:-1])
    return tuple(out)


_POSSESSIVE_ENDS = frozenset("s'’")


def unpossessed(text: str) -> str | None:
    """The base of a possessive name (``Russlands`` -> ``Russland``), or ``None``.

    Examples:
        >>> unpossessed("USA:s"), unpossessed("Biden")
        ('USA', None)
    """
    if text[-1:] not in _POSSESSIVE_ENDS:
        return None
    for tail in ("'s", "’s", ":s", "'", "’", "s"):
        if text.endswith(tail) and len(text) > len(tail) + 1:
            return text[: -len(tail)]
    return None


@functools.cache
def lexicon(pack: LanguagePack) -> EventLexicon:
    """The compiled events lexicon of a pack (cached per pack).

    Examples:
        >>> from newsevents.languages import get_pack
        >>> "ikke" in lexicon(get_pack("nn")).status_cues
        True
    """
    data = pack.data("events")
    verbs: dict[str, EventType] = {}
    verb_phrases: dict[str, list[tuple[tuple[str, ...], EventType]]] = {}
    for kind, words in data.get("verbs", {}).items():
        for w in words:
            key = w.casefold()
            if " " in key:
                parts = tuple(key.split())
                verb_phrases.setdefault(parts[0], []).append((parts, EventType(kind)))
            else:
                verbs[key] = EventType(kind)
    stance: set[tuple[str, ...]] = set()
    for w in data.get("verbs", {}).get(EventType.STATEMENT.value, ()):
        stance.add(tuple(str(w).casefold().split()))
    noun_words = {str(w).casefold() for ws in data.get("nouns", {}).values() for w in ws}
    tails: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for w in data.get("non_event_phrases", ()):
        # "treffe tiltak", "traf en beslutning": a trigger's form in a phrase that tells no
        # event; typed ``other`` here, and passed over by the rules
        parts = tuple(str(w).casefold().split())
        if len(parts) > 2 and parts[1] in noun_words:
            # "har krav på": found from its noun, so that a common first word ("har") is no
            # candidate of its own
            tails.setdefault(parts[1], []).append((parts[0], parts[1:]))
        elif len(parts) > 1:
            verb_phrases.setdefault(parts[0], []).append((parts, EventType.OTHER))
    reception: set[tuple[str, ...]] = set()
    for w in data.get("reception_phrases", ()):
        # "tok imot", "tog emot": receiving someone is a meeting, when a name follows
        parts = tuple(str(w).casefold().split())
        if len(parts) > 1:
            reception.add(parts)
            verb_phrases.setdefault(parts[0], []).append((parts, EventType.MEET))
    for w in data.get("declaration_verbs", ()):
        parts = tuple(str(w).casefold().split())
        if len(parts) > 1:  # "la fram": a declaration of several words
            verb_phrases.setdefault(parts[0], []).append((parts, EventType.STATEMENT))
    nouns: dict[str, EventType] = {}
    for kind, words in data.get("nouns", {}).items():
        for w in words:
            nouns[w.casefold()] = EventType(kind)
    heads: dict[str, list[tuple[str, EventType | None]]] = {}
    for w, k in nouns.items():
        if len(w) >= _MIN_SUFFIX:
            heads.setdefault(w[-_MIN_SUFFIX:], []).append((w, k))
    for w in data.get("compound_exclusions", ()):
        low = str(w).casefold()
        heads.setdefault(low[-_MIN_SUFFIX:], []).append((low, None))
    cues: dict[str, EventStatus] = {}
    phrases: list[tuple[tuple[str, ...], EventStatus]] = []
    for status, words in data.get("status_cues", {}).items():
        for w in words:
            if " " in w:
                phrases.append((tuple(w.casefold().split()), EventStatus(status)))
            else:
                cues[w.casefold()] = EventStatus(status)
    for status, words in data.get("multiword_status", {}).items():
        for w in words:
            phrases.append((tuple(w.casefold().split()), EventStatus(status)))
    territories, names = _territories(pack.locale)
    subordinator_phrases = _by_first(_phrases(data.get("subordinators", ())))
    adjectives = {k.casefold(): v for k, v in data.get("demonym_adjectives", {}).items()}
    demonym_nouns = {k.casefold(): v for k, v in data.get("demonym_nouns", {}).items()}
    demonyms = {k: (v, True) for k, v in adjectives.items()}
    demonyms.update((k, (v, False)) for k, v in demonym_nouns.items())
    pairs = _by_first(
        tuple(tuple(str(w).casefold().split()) for w in data.get("pair_determiners", ()))
    )
    calendar = _calendar(pack.locale)
    subordinators = list(data.get("subordinators", ()))
    return EventLexicon(
        verbs=verbs,
        nouns=nouns,
        verb_phrases={
            k: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True))
            for k, v in verb_phrases.items()
        },
        heads={
            k: tuple(sorted(v, key=lambda h: len(h[0]), reverse=True)) for k, v in heads.items()
        },
        declaration_verbs=_words(data, "declaration_verbs"),
        speech_verbs=_words(data, "speech_verbs"),
        denial_verbs=_words(data, "denial_verbs"),
        troop_verbs=_words(data, "troop_verbs"),
        troop_nouns=_words(data, "troop_nouns"),
        status_cues=cues,
        status_phrases=tuple(sorted(phrases, key=lambda p: len(p[0]), reverse=True)),
        status_phrases_by_first=_phrases_by_first(phrases),
        attribution_cues=_words(data, "attribution_cues"),
        subordinators=frozenset(w.casefold() for w in subordinators if " " not in w),
        subordinator_phrases=subordinator_phrases,
        clause_openers=frozenset(w.casefold() for w in subordinators if " " not in w)
        | frozenset(subordinator_phrases),
        cut_forms=frozenset(w.casefold() for w in subordinators if " " not in w)
        | frozenset(subordinator_phrases)
        | _CUTS,
        trigger_words=frozenset(verbs)
        | frozenset(verb_phrases)
        | _words(data, "declaration_verbs")
        | _words(data, "speech_verbs")
        | _words(data, "troop_verbs")
        | _words(data, "labelling_verbs"),
        temporal_subordinators=_words(data, "temporal_subordinators"),
        relative_pronouns=_words(data, "relative_pronouns"),
        coordinators=_words(data, "coordinators"),
        infinitive_markers=_words(data, "infinitive_markers"),
        prepositions=_words(data, "prepositions"),
        with_prepositions=_words(data, "with_prepositions"),
        between_prepositions=_words(data, "between_prepositions"),
        target_prepositions=_words(data, "target_prepositions"),
        of_prepositions=_words(data, "of_prepositions"),
        attack_prepositions=_words(data, "attack_prepositions"),
        place_prepositions=_words(data, "place_prepositions"),
        destination_prepositions=_words(data, "destination_prepositions"),
        demonstratives=_words(data, "demonstratives"),
        time_prepositions=_words(data, "time_prepositions"),
        writing_verbs=_words(data, "writing_verbs"),
        negation_adverbs=_words(data, "negation_adverbs"),
        proposal_objects=_words(data, "proposal_objects"),
        complementizers=_words(data, "complementizers"),
        cancel_cues=frozenset(w for w, st in cues.items() if st is EventStatus.CANCELLED),
        present_endings=tuple(sorted(_words(data, "present_endings"))),
        past_endings=tuple(sorted(_words(data, "past_endings"))),
        summit_nouns=tuple(sorted(_words(data, "summit_nouns"))),
        role_suffixes=tuple(str(w).casefold() for w in data.get("role_suffixes", ())),
        never_names=_words(data, "function_words")
        | calendar
        | frozenset(cues)
        | frozenset(adjectives)
        | frozenset(demonym_nouns),
        never_first_names=frozenset(verbs)
        | frozenset(demonym_nouns)
        | _words(data, "prepositions")
        | frozenset(w.casefold() for w in subordinators if " " not in w)
        | _words(data, "auxiliaries"),
        not_titles=_words(data, "function_words")
        | _words(data, "speech_verbs")
        | _words(data, "declaration_verbs")
        | _words(data, "prepositions")
        | _words(data, "coordinators")
        | _words(data, "auxiliaries")
        | _words(data, "attribution_cues")
        | frozenset(verbs),
        definite_suffixes=tuple(str(w).casefold() for w in data.get("definite_suffixes", ())),
        person_pronouns=_words(data, "person_pronouns"),
        gpe_anaphors=_words(data, "gpe_anaphors"),
        organisation_anaphors=_words(data, "organisation_anaphors"),
        municipality_anaphors=_words(data, "municipality_anaphors"),
        pair_determiners=pairs,
        gpe_plural_nouns=_words(data, "gpe_plural_nouns"),
        function_words=_words(data, "function_words") | calendar,
        auxiliaries=_words(data, "auxiliaries"),
        passive_auxiliaries=_words(data, "passive_auxiliaries"),
        purpose_prepositions=_words(data, "purpose_prepositions"),
        passive_verbs=_words(data, "passive_verbs"),
        agent_prepositions=_words(data, "agent_prepositions"),
        demonym_adjectives=adjectives,
        demonym_nouns=demonym_nouns,
        demonyms=demonyms,
        anaphor_words=_words(data, "person_pronouns")
        | _words(data, "gpe_anaphors")
        | _words(data, "organisation_anaphors")
        | _words(data, "municipality_anaphors")
        | _words(data, "party_anaphors")
        | frozenset(pairs),
        capitals={k.casefold(): v for k, v in data.get("capitals", {}).items()},
        territories=territories,
        territory_names=names,
        calendar_words=calendar,
        sport_cues=_words(data, "sport_cues") | _words(data, "club_markers"),
        outlets=_outlets(),
        institution_nouns=_words(data, "institution_nouns"),
        government_nouns=_words(data, "government_nouns"),
        home_territory=data.get("home_territory"),
        determiners=_words(data, "determiners"),
        appraisal_words=_words(data, "appraisal_words"),
        audience_nouns=_words(data, "audience_nouns"),
        state_forces=_words(data, "state_forces"),
        not_yet_adverbs=_words(data, "not_yet_adverbs"),
        negotiation_stems=tuple(sorted(_words(data, "negotiation_stems"))),
        participation_verbs=_words(data, "participation_verbs"),
        perfect_auxiliaries=_words(data, "perfect_auxiliaries"),
        stance_phrases=frozenset(stance),
        reception_phrases=frozenset(reception),
        labelling_verbs=_words(data, "labelling_verbs"),
        summons_particles=_words(data, "summons_particles"),
        weak_adjective_endings=tuple(sorted(_words(data, "weak_adjective_endings"))),
        plural_endings=tuple(sorted(_words(data, "plural_endings"))),
        blame_stems=tuple(sorted(_words(data, "blame_stems"))),
        non_event_tails={k: tuple(v) for k, v in tails.items()},
        union_stems=tuple(sorted(_words(data, "union_stems"))),
        party_anaphors=_words(data, "party_anaphors"),
        conditional_subordinators=_words(data, "conditional_subordinators"),
        board_nouns=tuple(sorted(_words(data, "board_nouns"))),
        hazard_nouns=tuple(sorted(_words(data, "hazard_nouns"))),
        confirmation_cues=_words(data, "confirmation_cues"),
        protest_capitals={k.casefold(): v for k, v in data.get("protest_capitals", {}).items()},
        measure_nouns=_words(data, "measure_nouns"),
        measure_prepositions=_words(data, "measure_prepositions"),
        object_gap_phrases=frozenset(_phrases(data.get("object_gap_phrases", ()))),
        indefinite_articles=_words(data, "indefinite_articles"),
        occurrence_phrases=_by_first(_phrases(data.get("occurrence_phrases", ()))),
        phrase_only=frozenset(verb_phrases)
        - frozenset(verbs)
        - frozenset(nouns)
        - _words(data, "declaration_verbs")
        - _words(data, "speech_verbs")
        - _words(data, "troop_verbs"),
        attribution_stops=frozenset(verbs)
        | frozenset(verb_phrases)
        | _words(data, "declaration_verbs")
        | _words(data, "speech_verbs")
        | _words(data, "troop_verbs")
        | _words(data, "auxiliaries")
        | _words(data, "coordinators")
        | frozenset(w.casefold() for w in subordinators if " " not in w)
        | frozenset(cues),
    )


@functools.cache
def _outlets() -> frozenset[str]:
    out: set[str] = set()
    for outlet in common_data("media").get("outlets", ()):
        out.add(str(outlet.get("name", "")).casefold())
        out.update(str(a).casefold() for a in outlet.get("aliases", ()))
    out.discard("")
    return frozenset(out)


def _phrases_by_first(
    phrases: list[tuple[tuple[str, ...], EventStatus]],
) -> Mapping[str, tuple[tuple[tuple[str, ...], EventStatus], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], EventStatus]]] = {}
    for words, status in phrases:
        if words:
            out.setdefault(words[0], []).append((words, status))
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _territories(locale: str) -> tuple[Mapping[str, str], Mapping[str, str]]:
    own = babel.Locale.parse(locale).territories
    english = babel.Locale.parse("en").territories
    to_code: dict[str, str] = {}
    names: dict[str, str] = {}
    for table in (english, own):
        for code, name in table.items():
            if len(code) == 2 and code.isalpha():
                to_code[name.casefold()] = code
    for code, name in own.items():
        if len(code) == 2 and code.isalpha():
            names[code] = name
    return to_code, names


@functools.cache
def _calendar(locale: str) -> frozenset[str]:
    loc = babel.Locale.parse(locale)
    words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            words.update(str(m).casefold().rstrip(".") for m in loc.months[context][width].values())
            words.update(str(d).casefold().rstrip(".") for d in loc.days[context][width].values())
    return frozenset(words)
