"""The events layer: who did what to whom, where and when, with what status, says whom.

Each sentence is cut into clause-like segments (at commas, dashes, quote marks and
subordinating conjunctions). A segment yields an event for each of its (coordinated) verb
triggers that finds a participant, or else one for its first noun trigger that does: a noun
governed by a verb is that verb's object. Reports of one event within an article are merged.
Triggers, cues and names are language-pack data (``events.json``); see ``docs/events.md`` for
the ontology and the rules that choose participants, place, time, status and source.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsevents.extract._context import Context
from newsevents.extract._event_lexicon import EventLexicon, lexicon
from newsevents.extract._event_mentions import (
    GPE,
    ORG,
    OTHER,
    PERSON,
    Mention,
    credit_cues,
    find_mentions,
)
from newsevents.extract._event_time import fallback_timexes
from newsevents.extract._event_tokens import TokenIndex
from newsevents.model import (
    BlockKind,
    EntityType,
    Event,
    EventStatus,
    EventType,
    PartialDate,
    Participant,
    ParticipantRole,
    Place,
    Source,
    SourceKind,
    Span,
    Timex,
    TimexType,
)
from newsevents.ontology import ONTOLOGY
from newsevents.reading import Document, Token

__all__ = ["extract_events"]

_SKIPPED_BLOCKS = frozenset({BlockKind.HEADER, BlockKind.CREDIT, BlockKind.BOILERPLATE})
_BREAKS = frozenset(',;:()«»"“”„–—−[]')
_DASHES = frozenset("-–—−")
_CUTS = _BREAKS | _DASHES
_OPENERS = frozenset("«“\"„'‘–—−-")
_QUOTE_OPENERS = frozenset('«“”"„')
_TAIL = operator.itemgetter(slice(-5, None))
_STATUS_RANK = {
    EventStatus.CANCELLED: 5,
    EventStatus.NEGATED: 4,
    EventStatus.HYPOTHETICAL: 3,
    EventStatus.PLANNED: 2,
    EventStatus.ONGOING: 1,
    EventStatus.OCCURRED: 0,
}
_WINDOW = 4
"""How many tokens before a trigger a modal or negation may stand."""
_PHRASE_GAP = 4
"""Most tokens of a time between a phrase's first word and its rest."""
_OBJECT_GAP = 3
"""Most tokens of an object inside a phrase (``ønsket den nye avtalen velkommen``)."""
_INFINITIVE_REACH = 3
"""Words after an infinitive's verb searched for whom a warned act concerns."""
_TROOP_REACH = 6
_MAX_SEGMENT = 80
"""Tokens in a segment at most; a longer unpunctuated stretch is cut into pieces."""
_BACK_REACH = 5
"""How many earlier segments of the sentence a subject is looked for in."""
_MAX_VERBS = 4
"""Verb events of one segment at most (coordinated verbs)."""
_UNION_REACH = 200
"""Mentions back a strike's union is looked for at most."""
_COERCIVE = frozenset(
    {
        EventType.PROTEST,
        EventType.SANCTION,
        EventType.ATTACK,
        EventType.SUSPEND,
        EventType.DEPLOYMENT,
        EventType.INVASION,
    }
)
"""Acts that, announced on a condition by a speaker, are a threat."""
_ANNOUNCED = frozenset({EventStatus.PLANNED, EventStatus.HYPOTHETICAL})
_BOARD_REACH = 200
"""Mentions back the organisation of a described board (``styret i selskapet``) is looked
for at most."""
_QUOTE_REACH = 6
"""Words of a quoted judgement read for blame."""
_COMPOUND_NAMED = frozenset({EventType.MEET, EventType.CALL, EventType.TALKS, EventType.VISIT})
"""Types whose compound prefixes name the participants (``Burns-Narysjkin-møtet``)."""

_CONVERSATIONS = frozenset({EventType.MEET, EventType.CALL, EventType.TALKS})
"""Types whose noun after a verb of saying is the channel of the saying (``i en samtale``)."""

_TERRITORIAL = frozenset({EventType.INVASION, EventType.ANNEXATION, EventType.ATTACK})
"""Types whose target (a country, a city) is also their place."""

_AUTHORITY = frozenset({EventType.ARREST, EventType.RELEASE, EventType.SANCTION})
"""Types whose unnamed agent in a passive is the institution reporting it (the police)."""
_INSTITUTIONS = frozenset({SourceKind.GOVERNMENT, SourceKind.OFFICIAL, SourceKind.ORGANIZATION})
_ORGANISERS = frozenset({SourceKind.ORGANIZATION})
"""Who, reporting a protest nobody is named at, organises it (a union, an association)."""

_UNKNOWN = EventType.OTHER
"""A form not yet looked up (``other`` is never a noun's type in the lexicon)."""

_PLACED = frozenset({EventType.ATTACK, EventType.ARREST, EventType.PROTEST, EventType.ELECTION})
"""Types that, with nobody named, take their place as participant (``skytingen i Oslo``;
an election or an arrest only a country: ``valget i Frankrike``, ``pågrepet i Spania``)."""
_COUNTRY_PLACED = frozenset({EventType.ARREST, EventType.ELECTION})
"""Placed types whose place stands in only when it is a country: a town where someone is
arrested does not act (``pågrepet i Tromsø``)."""

_REPORTED = frozenset(
    {
        EventType.THREAT,
        EventType.ACCUSATION,
        EventType.DEMAND,
        EventType.REQUEST,
        EventType.REJECT,
    }
)
"""Types whose verb may follow what is reported, with its subject after it."""

_SPEECH_ACTS = _REPORTED | frozenset(
    {EventType.PROPOSAL, EventType.AGREEMENT, EventType.STATEMENT, EventType.TALKS}
)
"""Types whose noun after a verb of denial is what is rejected (``avviste kravet``); any
other is an act denied (``nekter for å ha invasjonsplaner``)."""

_NONE = "none"
_PLACE = "place"


class _Trigger(NamedTuple):
    """Tokens ``first``..``last`` (exclusive) that may tell an event of ``type``.

    A named tuple, not an attrs class: one is built for every candidate trigger.
    """

    first: int
    last: int
    type: EventType
    verb: bool
    speech: bool = False
    declaration: bool = False
    prefix: tuple[tuple[int, int], ...] = ()
    """Character spans of capitalised parts before the head of a hyphenated compound."""


@attrs.frozen
class _Draft:
    start: int
    end: int
    type: EventType
    status: EventStatus
    participants: tuple[Participant, ...]
    place: Place | None
    time: PartialDate | None
    source: str | None
    trigger: Span
    fallback: bool = False
    """Participants stood in for (a place, a host): a report of an event told before."""
    undated: bool = False
    """A noun report (``angrebet``) with no time of its own, dated by the article: it takes
    the time of the event it reports when merged."""


def extract_events(ctx: Context) -> tuple[Event, ...]:
    """Find the events of the document.

    Uses the timexes, entities, sources and quotes of the context when they are there, and
    falls back on capitalised names, CLDR country names and the article's date when not.

    Args:
        ctx: the document, its language pack and the layers computed before.

    Returns:
        The events in text order, each with its evidence clause and trigger.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> doc = read(" date 2022-11 Russland invaderte Ukraina i februar.")
        >>> for e in extract_events(Context(doc, get_pack("nb"))):
        ...     print(e.type.value, e.time.value, *(p.name for p in e.participants))
        invasion 2022-02 Russland Ukraina
    """
    doc = ctx.doc
    if not doc.sentences or not doc.tokens:
        return ()
    lex = lexicon(ctx.pack)
    skip_before = doc.header.end if doc.header else 0
    token_index = TokenIndex.of(doc)
    tokens = token_index.tokens
    found = _Forms.of(token_index.forms, lex)
    # the fixed word lists and this document's candidate triggers and sports marks, found in
    # one pass over the tokens
    token_index.prefetch(lex.indexed_forms, credit_cues(ctx.pack), found.candidates, found.sport)
    sentence_ranges = [token_index.token_range(s.start, s.end) for s in doc.sentences]
    starts = _sentence_starts(tokens, sentence_ranges, token_index)
    mentions = find_mentions(ctx, lex, starts, skip_before, tokens, index=token_index)
    by_token: dict[int, list[Mention]] = {}
    for m in mentions:
        by_token.setdefault(m.first, []).append(m)
    timexes = ctx.timexes or fallback_timexes(doc, ctx.pack.locale)
    usable = sorted(
        (
            t
            for t in timexes
            if t.type in (TimexType.DATE, TimexType.TIME)
            and t.earliest is not None
            and t.latest is not None
        ),
        key=lambda t: t.start,
    )
    durations = tuple(t for t in timexes if t.type is TimexType.DURATION)
    recurring = tuple(t for t in timexes if t.type is TimexType.SET)
    finder = _Finder(
        ctx,
        lex,
        tokens=tokens,
        index=token_index,
        by_token=by_token,
        timexes=usable,
        starts=starts,
        durations=durations,
        recurring=recurring,
        found=found,
    )
    drafts: list[_Draft] = []
    blocks = doc.blocks
    for sentence, whole in zip(doc.sentences, sentence_ranges, strict=True):
        if sentence.end <= skip_before:
            continue
        if blocks[sentence.block].kind in _SKIPPED_BLOCKS:
            continue
        r = whole
        if sentence.start < skip_before:
            r = token_index.token_range(skip_before, sentence.end)
        if not r or not finder.has_candidates(r.start, r.stop):
            continue  # no trigger in the sentence: nothing to find there
        if finder.sporting(r.start, r.stop):
            continue  # "AIK möter Hammarby i derbyt": a match, not a meeting
        segments = finder.segments(r.start, r.stop)
        for index, seg in enumerate(segments):
            if finder.has_candidates(seg.start, seg.stop):  # no candidate, no trigger
                drafts.extend(finder.segment_events(segments, index))
    return tuple(_to_event(doc, d) for d in _merge(drafts))


def _sentence_starts(
    tokens: Sequence[Token], sentences: Sequence[range], index: TokenIndex
) -> frozenset[int]:
    """Token indices that open a sentence, also after an opening dash or quote mark."""
    out: set[int] = set()
    for r in sentences:
        i = r.start
        while i < r.stop and tokens[i].text in _OPENERS:
            i += 1
        if i < r.stop:
            out.add(i)
    # "ANKOMMER: Utenriksminister Anthony Blinken ...": a label's colon opens one too
    out.update(k + 1 for k in index.where((":",)) if k + 1 < len(tokens))
    return frozenset(out)


@attrs.frozen
class _Forms:
    """The distinct folded forms of a document that matter to the layer, by kind."""

    noun_of: dict[str, EventType | None]
    """Forms that are event nouns, simple or compound, with their type."""
    candidates: frozenset[str]
    """Forms that may trigger an event."""
    sport: frozenset[str]
    """Sports cues and scores (``2-0``)."""

    @classmethod
    def of(cls, forms: frozenset[str], lex: EventLexicon) -> _Forms:
        # the per-form tests run in C (set operations, compress); Python sees only the hits
        listed = tuple(forms)
        nouns, noun_type = lex.nouns, lex.noun_type
        # a listed noun is its own type; any other form ending in a compound head is looked up
        noun_of: dict[str, EventType | None] = {
            low: nouns[low] for low in forms.intersection(nouns)
        }
        for low in itertools.compress(listed, map(lex.heads.__contains__, map(_TAIL, listed))):
            if low not in noun_of:
                kind = noun_type(low)
                if kind is not None:
                    noun_of[low] = kind
        # only the few forms holding a dash are looked at further (the `in` operator in a
        # comprehension is faster here than a mapped method)
        dashed = [low for low in listed if "-" in low or "–" in low]
        hyphens = [low for low in dashed if "-" in low]
        # a hyphenated form triggers only as a compound noun ("Biden-møtet"): by its head or
        # by its parts run together; a dash, a score or a name pair is no candidate
        hyphenated = [
            low
            for low in hyphens
            if noun_type(low.rsplit("-", 1)[1]) is not None
            or noun_type(low.replace("-", "")) is not None
        ]
        candidates = forms.intersection(lex.trigger_words).union(noun_of, hyphenated)
        sport = forms.intersection(lex.sport_cues).union(
            f for f in dashed if f[:1].isdigit() and _is_score(f)
        )
        return cls(noun_of, candidates, sport)


def _opens_clause(lowers: Sequence[str], i: int, hi: int, lex: EventLexicon) -> bool:
    low = lowers[i]
    if low in lex.subordinators:
        return True
    for phrase in lex.subordinator_phrases.get(low, ()):
        end = i + len(phrase)
        if end <= hi and lowers[i:end] == phrase:
            return True
    return False


class _Finder:
    """The per-document state the segment rules read: tokens, mentions, timexes, lexicon."""

    def __init__(
        self,
        ctx: Context,
        lex: EventLexicon,
        *,
        tokens: Sequence[Token],
        index: TokenIndex,
        by_token: dict[int, list[Mention]],
        timexes: list[Timex],
        starts: frozenset[int],
        durations: tuple[Timex, ...],
        recurring: tuple[Timex, ...] = (),
        found: _Forms | None = None,
    ) -> None:
        if found is None:
            found = _Forms.of(index.forms, lex)
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = lex
        self.tokens = tokens
        self.lowers = index.lowers
        self.is_word = index.is_word
        self.by_token = by_token
        self.timexes = timexes
        self.timex_starts = [t.start for t in timexes]
        self.starts = starts
        self.index = index
        self.mention_firsts = sorted(by_token)
        self.timex_tokens: set[int] = set()
        for t in (*timexes, *durations):
            self.timex_tokens.update(index.token_range(t.start, t.end))
        forms = index.forms
        self.noun_of = dict(found.noun_of)  # completed lazily by _noun_type
        self.candidates = index.where(found.candidates)
        only = found.candidates & lex.phrase_only
        if only:
            # "gikk", "tok": common words that trigger only as the first of their phrase
            end = len(tokens)
            self.candidates = [
                i
                for i in self.candidates
                if self.lowers[i] not in only or self._phrase(i, end) is not None
            ]
        self.cuts = index.where(forms.intersection(lex.cut_forms))
        self.cancel_marks = index.where(forms.intersection(lex.cancel_cues))
        # "kalla inn til fakkeltog", "kallat till fackeltåg": a call to an event is no judgement
        self.appraisal_marks = [
            k
            for k in index.where(forms.intersection(lex.appraisal_words))
            if k + 1 >= len(tokens) or self.lowers[k + 1] not in lex.summons_particles
        ]
        self.phrase_marks = index.where(forms.intersection(lex.status_phrases_by_first))
        self.sport_marks = index.where(found.sport)
        self._triggers: dict[int, tuple[int, list[_Trigger]]] = {}
        self._seg_mentions: dict[int, tuple[int, list[Mention]]] = {}
        self._meetings: list[tuple[int, Mention]] | None = None
        self._ends: frozenset[int] | None = None
        self._befores: dict[tuple[int, int, int], list[str]] = {}
        self.quotes = sorted((q for q in ctx.quotes if q.source), key=lambda q: q.start)
        self.spoken = sorted((q for q in ctx.quotes if q.speaker), key=lambda q: q.start)
        """Quotes with a speaker, in order (they do not nest)."""
        self.spoken_starts = [q.start for q in self.spoken]
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_reach = list(itertools.accumulate((q.end for q in self.quotes), max))
        """The furthest end of the quotes up to each one: none of them holds an offset there."""
        credits = credit_cues(ctx.pack)
        self.sources = sorted(
            (s for s in ctx.sources if s.cue is None or s.cue.text.casefold() not in credits),
            key=lambda s: s.start,
        )
        self.source_starts = [s.start for s in self.sources]
        self._sources_by_name: dict[str, list[Source]] | None = None
        self._employers: dict[str, Mention | None] = {}
        self.token_starts = index.starts
        self.hour_starts = sorted(
            t.start
            for t in durations
            if t.type is TimexType.DURATION and (t.value or "").startswith("PT")
        )
        """Where the durations of hours or minutes start (``tre timer lang``), in order."""
        self.recurring_starts = sorted(t.start for t in recurring)
        """Where the recurring times start (``hver uke``), in order."""

    def sporting(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo``..``hi`` hold a sports cue or a score (``2-0``)."""
        marks = self.sport_marks
        k = bisect.bisect_left(marks, lo)
        return k < len(marks) and marks[k] < hi

    def has_candidates(self, lo: int, hi: int) -> bool:
        """Whether any token of ``lo``..``hi`` (exclusive) may trigger an event."""
        cands = self.candidates
        k = bisect.bisect_left(cands, lo)
        return k < len(cands) and cands[k] < hi

    def segments(self, lo: int, hi: int) -> list[range]:
        """Clause-like pieces of a sentence: cut at punctuation and before subordinators."""
        tokens, lex, cuts = self.tokens, self.lex, self.cuts
        out: list[range] = []
        start = lo
        for i in cuts[bisect.bisect_left(cuts, lo) : bisect.bisect_left(cuts, hi)]:
            if tokens[i].text in _CUTS:
                if i > start:
                    out.append(range(start, i))
                start = i + 1
            elif i > start and _opens_clause(self.lowers, i, hi, lex):
                out.append(range(start, i))
                start = i
        if hi > start:
            out.append(range(start, hi))
        pieces: list[range] = []
        for r in out:
            if r.stop - r.start <= _MAX_SEGMENT:
                pieces.append(r)
                continue
            # an unpunctuated run of words is no clause: cut it so that work stays linear
            pieces.extend(
                range(a, min(a + _MAX_SEGMENT, r.stop))
                for a in range(r.start, r.stop, _MAX_SEGMENT)
            )
        counts = self.index.word_counts  # a piece holding no word is no clause
        return [r for r in pieces if counts[r.stop] != counts[r.start]]

    # ---- triggers -----------------------------------------------------------------------

    def triggers(self, seg: range) -> list[_Trigger]:
        cached = self._triggers.get(seg.start)
        if cached is not None and cached[0] == seg.stop:
            return cached[1]
        found = self._find_triggers(seg)
        self._triggers[seg.start] = (seg.stop, found)
        return found

    def _find_triggers(self, seg: range) -> list[_Trigger]:
        lex, tokens, lowers, is_word = self.lex, self.tokens, self.lowers, self.is_word
        out: list[_Trigger] = []
        cands = self.candidates
        after = seg.start
        dated: bool | None = None
        for i in cands[bisect.bisect_left(cands, seg.start) : bisect.bisect_left(cands, seg.stop)]:
            if i < after:
                continue  # inside a phrase already found
            if not is_word[i]:
                continue
            tok = tokens[i]
            low = lowers[i]
            if low in lex.verb_phrases:
                found = self._phrase(i, seg.stop)
                if found is not None and self._unreceived(found):
                    found = None  # "tok imot flyktninger": no one named is received
                    after = i + 1
                if found is not None:
                    if found.type is not EventType.OTHER:  # "treffe tiltak": no event
                        out.append(found)
                    after = found.last
                    continue
            if low in lex.verbs and tok.text[:1].islower() and self._verbal(i):
                if self._attributive(i, seg.stop):
                    continue  # "de løslatte fangene": an adjective, no event told
                out.append(_Trigger(i, i + 1, lex.verbs[low], True))
            elif low in lex.declaration_verbs:
                out.append(_Trigger(i, i + 1, EventType.STATEMENT, True, declaration=True))
            elif low in lex.speech_verbs:
                # a verb of saying attributes; dated ("sa mandag") it tells a statement, but
                # a post ("skrev på Facebook") is a source's text, not a statement made
                if low not in lex.writing_verbs:
                    if dated is None:
                        dated = self._dated(seg)
                    if dated or self._addressed(i, seg.stop):
                        out.append(_Trigger(i, i + 1, EventType.STATEMENT, True, speech=True))
            elif low in lex.labelling_verbs and self._labels(i, seg.stop):
                out.append(_Trigger(i, i + 1, EventType.ACCUSATION, True))
            elif low in lex.troop_verbs and self._troops_follow(i, seg.stop):
                out.append(_Trigger(i, i + 1, EventType.DEPLOYMENT, True))
            elif "-" in tok.text or self._noun_type(low) is not None:
                if low in lex.non_event_tails and self._non_event_tail(i, seg):
                    continue  # "har kommunen krav på": entitled, no demand made
                noun = self._noun(i)
                if noun is not None:
                    out.append(noun)
        return out

    def _non_event_tail(self, i: int, seg: range) -> bool:
        """Whether a noun continues a non-event phrase whose first word stands a few words
        before it, past an inverted subject (``har kommunen krav på``)."""
        lowers = self.lowers
        for first, rest in self.lex.non_event_tails[lowers[i]]:
            end = i + len(rest)
            if (
                end <= seg.stop
                and tuple(lowers[i:end]) == rest
                and first in lowers[max(seg.start, i - _WINDOW) : i]
            ):
                return True
        return False

    def _labels(self, i: int, stop: int) -> bool:
        """A labelling verb with a name and an indefinite label after it (``kalte Putin en
        krigsforbryter``); not ``kalte sønnen Olav``, nor a verb at a clause's start."""
        tokens = self.tokens
        if i in self.starts or not tokens[i].text[:1].islower():
            return False
        # "kaller streiken «uansvarlig»", "kallar beskedet ”ett hån”": a quoted judgement of
        # an object of a word or two
        # an object of a word or two that blames (the pack's ``blame_stems``)
        for k in range(i + 2, min(stop + 1, i + 4, len(tokens))):
            if tokens[k].text in _QUOTE_OPENERS:
                if not all(
                    self.is_word[j] and self.lowers[j] not in self.lex.function_words
                    for j in range(i + 1, k)
                ):
                    break  # "kalder den «uacceptabel»": what is judged is not told here
                stems, lowers = self.lex.blame_stems, self.lowers
                return any(
                    lowers[j].startswith(stems)
                    for j in range(k + 1, min(k + 1 + _QUOTE_REACH, len(tokens)))
                )
            if not self.is_word[k]:
                break
        ends = [m.last for m in self.by_token.get(i + 1, ()) if not m.weak and not m.possessive]
        if not ends:
            return False
        k = max(ends)
        return k + 1 < stop and self.lowers[k] in self.lex.indefinite_articles

    def _unreceived(self, trig: _Trigger) -> bool:
        """A phrase of receiving (``tok imot``) with no name right after it: no meeting."""
        phrases = self.lex.reception_phrases
        if not phrases:
            return False
        tokens = self.tokens
        if self.lowers[trig.first : trig.last] not in phrases:
            return False
        k = trig.last
        by_token = self.by_token
        if any(not m.weak for m in by_token.get(k, ())):
            return False
        # "tok imot president Zelenskyj": one lower-case word (a role) before the name; not a
        # demonym ("tok imot ukrainske flyktninger")
        if (
            k not in by_token
            and k < len(tokens)
            and tokens[k].text[:1].islower()
            and self.lowers[k] not in self.lex.function_words
        ):
            return all(m.weak for m in by_token.get(k + 1, ()))
        return True

    def _addressed(self, i: int, stop: int) -> bool:
        """Whether a verb of saying is addressed to an audience (``sa til jublende
        tilhengere``, ``sade till journalisterna``): a statement made, not an attribution."""
        audience = self.lex.audience_nouns
        if not audience:
            return False
        lowers, lex = self.lowers, self.lex
        k = i + 1
        while k < stop and k in self.by_token:  # "sa Erdogan til ...": an inverted subject
            k = max(m.last for m in self.by_token[k])
        if k >= stop or lowers[k] not in lex.destination_prepositions:
            return False
        return any(lowers[j] in audience for j in range(k + 1, min(stop, k + 4)))

    def _verbal(self, i: int) -> bool:
        """A form that is also a noun (``angrepet``, ``anklager``) is a verb after an auxiliary,
        or between a subject named right before it and a name right after it (``Ukraina
        anklager Russland``; not ``Russlands anklager``, a possessive)."""
        low = self.lowers[i]
        if low not in self.lex.nouns:
            return True
        if i > 0 and self.lowers[i - 1] in self.lex.auxiliaries:
            return True
        if i > 0 and (
            self.lowers[i - 1] in self.lex.troop_nouns
            or self.lowers[i - 1] in self.lex.demonym_nouns
        ):
            return True  # "russiske styrker angreb Kharkiv", "russerne angreb": a subject acts
        if i + 1 not in self.by_token or not any(not m.possessive for m in self.by_token[i + 1]):
            return False
        if i in self._subject_ends():
            return True
        # "Finske myndigheter anklager Moskva": a plural noun as subject, a name as object
        before = self.tokens[i - 1].text if i > 0 else ""
        return (
            len(before) > 4
            and before.islower()
            and i - 1 not in self.by_token
            and before.endswith(self.lex.plural_endings)
            and self.lowers[i - 1] not in self.lex.function_words
        )

    def _attributive(self, i: int, stop: int) -> bool:
        """A participle between a determiner and a plain noun qualifies it
        (``tok imot de løslatte fangene``, ``den arresterte journalisten``)."""
        tokens, lex = self.tokens, self.lex
        if i == 0 or i + 1 >= stop or self.lowers[i - 1] not in lex.determiners:
            return False
        if i - 1 in self.starts:
            return False  # "De arresterte ...": a sentence's first word may be a pronoun
        nxt = tokens[i + 1]
        low = self.lowers[i + 1]
        return (
            self.is_word[i + 1]
            and nxt.text[:1].islower()
            and i + 1 not in self.timex_tokens
            and low not in lex.function_words
            and low not in lex.prepositions
            and low not in lex.coordinators
            and low not in lex.role_words
        )

    def _subject_ends(self) -> frozenset[int]:
        """Token indices right after a name that is not a possessive."""
        if self._ends is None:
            self._ends = frozenset(
                m.last for ms in self.by_token.values() for m in ms if not m.possessive
            )
        return self._ends

    def _phrase(self, i: int, stop: int) -> _Trigger | None:
        lowers = self.lowers
        phrases = self.lex.verb_phrases.get(lowers[i], ())
        for phrase, kind in phrases:
            end = i + len(phrase)
            if end <= stop and _same_words(lowers, i, phrase):
                # only declarations are statements among the verbs ("la fram"); a stance
                # ("gratulerte", "glæder sig over") is a statement of its own
                declared = kind is EventType.STATEMENT and phrase not in self.lex.stance_phrases
                return _Trigger(i, end, kind, True, declaration=declared)
        # "la laurdag ned veto", "gikk mandag kveld med på", "gikk likevel med på": a time or
        # an adverb between the phrase's first word and the rest; the phrase spans the gap (a
        # negation there is left out: the status reads it before the trigger)
        k = i + 1
        lex = self.lex
        while (
            k < stop
            and k - i <= _PHRASE_GAP
            and (
                k in self.timex_tokens
                or lowers[k] in lex.negation_adverbs
                or (lowers[k] in lex.auxiliaries and lowers[k] not in lex.status_cues)
            )
        ):
            k += 1
        # a negation inside ("gick inte med på") stays out of the trigger: the verb alone
        # triggers, and the status reads the negation after it
        negated = any(lowers[j] in lex.negation_adverbs for j in range(i + 1, k))
        if 1 < k - i <= _PHRASE_GAP:
            for phrase, kind in phrases:
                end = k + len(phrase) - 1
                if end <= stop and lowers[k:end] == phrase[1:]:
                    declared = kind is EventType.STATEMENT and phrase not in self.lex.stance_phrases
                    last = i + 1 if negated else end
                    return _Trigger(i, last, kind, True, declaration=declared)
        gapped = self.lex.object_gap_phrases
        if gapped:
            # "ønsket avtalen velkommen": a short object before the phrase's last word
            for phrase, kind in phrases:
                if phrase not in gapped:
                    continue
                rest = phrase[1:]
                for k in range(i + 2, min(stop, i + 2 + _OBJECT_GAP)):
                    end = k + len(rest)
                    if end > stop:
                        break
                    if lowers[k:end] == rest:
                        if any(
                            not m.weak and not m.possessive
                            for j in range(i + 1, k)
                            for m in self.by_token.get(j, ())
                        ):
                            # "bød Macron velkommen": someone named is received, a meeting
                            return _Trigger(i, i + 1, EventType.MEET, True)
                        return _Trigger(i, end, kind, True)
        # "Senere talte Frederiksen i telefon med ...": an inverted subject inside the phrase;
        # the verb alone triggers, and the name after it is read as its subject
        gap = max((m.last for m in self.by_token.get(i + 1, ()) if not m.weak), default=0)
        if gap:
            for phrase, kind in phrases:
                end = gap + len(phrase) - 1
                if end <= stop and lowers[gap:end] == phrase[1:]:
                    if kind is EventType.OTHER:
                        return _Trigger(i, i + 1, kind, True)
                    return _Trigger(i, i + 1, kind, True, declaration=kind is EventType.STATEMENT)
        return None

    def _troops_follow(self, i: int, stop: int) -> bool:
        reach = self.lowers[i + 1 : min(stop, i + 1 + _TROOP_REACH)]
        nouns = self.lex.troop_nouns
        # "F-16-fly", "Leopard-stridsvogner": a hyphenated weapon counts by its head
        return any(low in nouns or low.rsplit("-", 1)[-1] in nouns for low in reach)

    def _noun(self, i: int) -> _Trigger | None:
        tok = self.tokens[i]
        if i > 0 and self.lowers[i - 1] in self.lex.demonstratives:
            return None  # "disse kravene": a report refers back to an event already told
        text = tok.text
        if "-" in text:
            parts = text.split("-")
            head = parts[-1]
            if not head[:1].islower():
                return None
            kind = self._noun_type(head.casefold())
            if kind is None:
                kind = self._noun_type(self.lowers[i].replace("-", ""))
            if kind is None:
                return None
            prefix: list[tuple[int, int]] = []
            pos = tok.start
            for part in parts[:-1]:
                if part[:1].isupper() or (part[:1].isdigit() and any(c.isupper() for c in part)):
                    prefix.append((pos, pos + len(part)))
                pos += len(part) + 1
            if not prefix:  # "deltar på G20-toppmøtet": a named summit stays a meeting
                kind = self._attended(i, kind)
            return _Trigger(i, i + 1, kind, False, prefix=tuple(prefix))
        if text[:1].isupper() and i not in self.starts:
            return None  # a capitalised word inside a sentence is a name, not a noun
        if len(text) > 1 and text.isupper():
            return None  # "MØDE: Løkke og Kuleba": a caption's label, not a report
        low = self.lowers[i]
        kind = self._noun_type(low)
        if kind is None:
            return None
        before = self.lowers[i - 1] if i > 0 else ""
        if low in self.lex.nouns and (
            before in self.lex.infinitive_markers
            or (before in self.lex.auxiliaries and before in self.lex.status_cues)
            or self._inverted_infinitive(i)
        ):
            return _Trigger(i, i + 1, kind, True)  # "skal møte Kuleba": an infinitive
        return _Trigger(i, i + 1, self._attended(i, kind), False)

    def _attended(self, i: int, kind: EventType) -> EventType:
        """``deltog i topmødet``, ``deltok på toppmøtet``: a summit attended is a visit to it."""
        if kind is not EventType.MEET or not self.lex.participation_verbs:
            return kind
        lowers, lex = self.lowers, self.lex
        if not lowers[i].endswith(lex.summit_nouns):
            return kind
        k = i - 1
        if k >= 0 and lowers[k] in lex.prepositions:
            k -= 1
        if k >= 0 and lowers[k] in lex.participation_verbs:
            return EventType.VISIT
        return kind

    def _inverted_infinitive(self, i: int) -> bool:
        """``Der skal han møte X``, ``vil Biden møte X``: a modal, its subject, an infinitive."""
        tokens, lex = self.tokens, self.lex
        k = i - 1
        if k < 1:
            return False
        if self.lowers[k] in lex.person_pronouns:
            k -= 1
        else:
            steps = 0
            while k > 0 and steps < 4 and self.is_word[k] and tokens[k].text[:1].isupper():
                k -= 1
                steps += 1
            if steps == 0:
                return False
        low = self.lowers[k]
        return low in lex.auxiliaries and low in lex.status_cues

    # ---- one segment --------------------------------------------------------------------

    def segment_events(self, segments: list[range], index: int) -> list[_Draft]:
        """The events of one segment: one per verb, or else the first noun's.

        Verbs joined by a conjunction share their subject (``Guterres fordømte angrepet og
        oppfordret partene``); a noun governed by a verb is the verb's object, not an event.
        """
        seg = segments[index]
        triggers = self.triggers(seg)
        out: list[_Draft] = []
        previous: _Trigger | None = None
        nouns = [t for t in triggers if not t.verb]
        for verb in (t for t in triggers if t.verb):
            if nouns and self._cancels(verb):
                continue  # "møtet ble avlyst": the meeting is the event, cancelled
            if self._denies_next(verb, segments, index):
                continue  # "Ryssarna förnekar | att de planerar en invasion": that is negated
            if self._denies_act(verb, triggers, segments, index):
                continue  # "nekter for å ha invasjonsplaner": the act is denied, not a demand
            trig = verb
            if verb.declaration or verb.type in (EventType.AGREEMENT, EventType.VISIT):
                trig = self._declared(verb, triggers)
            subject_end = trig.first
            if previous is not None:
                if not self._coordinated(previous, trig):
                    break  # "krævede dem varetægtsfængslet": what is demanded, not done
                subject_end = previous.first
            draft = self._draft(segments, index, trig, subject_end)
            if draft is not None:
                out.append(draft)
                previous = trig
                if len(out) >= _MAX_VERBS:
                    break
            elif previous is None:
                continue
            else:
                break
        if out:
            return out
        halted = next((t for t in triggers if t.verb and t.type is EventType.SUSPEND), None)
        for noun in (t for t in triggers if not t.verb):
            trig = noun
            if halted is not None and noun.first < halted.first:
                # "Forhandlingene mellom EU og Storbritannia er avbrutt": the talks are halted
                trig = noun._replace(type=EventType.SUSPEND)
            draft = self._draft(segments, index, trig, trig.first)
            if draft is not None:
                out.append(draft)
                if not (trig.type is EventType.TALKS and self._after_measure(trig)):
                    break  # "etter måneder med forhandlinger": an adverbial, a noun may follow
        return out

    def _denies_next(self, trig: _Trigger, segments: list[range], index: int) -> bool:
        """Whether a verb of denial ends its clause before a that-clause telling an event:
        the denied event is told, negated, and the denial is no event of its own."""
        if trig.type is not EventType.REJECT or index + 1 >= len(segments):
            return False
        if self.lowers[trig.first] not in self.lex.denial_verbs:
            return False
        seg, nxt = segments[index], segments[index + 1]
        if any(self.is_word[k] for k in range(trig.last, seg.stop)) and not all(
            k in self.by_token or self.lowers[k] in self.lex.prepositions
            for k in range(trig.last, seg.stop)
            if self.is_word[k]
        ):
            return False  # "avviste kravet, ...": an object of its own is rejected
        if self.lowers[nxt.start] not in self.lex.subordinators:
            return False
        return self.has_candidates(nxt.start, nxt.stop) and bool(self.triggers(nxt))

    def _denies_act(
        self, trig: _Trigger, triggers: list[_Trigger], segments: list[range], index: int
    ) -> bool:
        """Whether a verb of denial has an act after it, in its clause or the infinitive or
        that-clauses right after (``nekter for å ha invasjonsplaner``, ``nægter at have
        planer om at invadere``): the act is what is denied; a demand or a proposal after
        it (``avviste kravet``) is rejected."""
        lex = self.lex
        if trig.type is not EventType.REJECT or self.lowers[trig.first] not in lex.denial_verbs:
            return False
        found = [t for t in triggers if t.first >= trig.last]
        for seg in segments[index + 1 : index + 3]:
            if self.lowers[seg.start] not in lex.subordinators:
                break
            if self.has_candidates(seg.start, seg.stop):
                found.extend(self.triggers(seg))
        return any(t.type not in _SPEECH_ACTS for t in found)

    def _cancels(self, trig: _Trigger) -> bool:
        """Whether a verb calls something off (``avlyste``): with an event noun, a status."""
        low = self.lowers[trig.first]
        return (
            trig.type is EventType.SUSPEND
            and self.lex.status_cues.get(low) is EventStatus.CANCELLED
        )

    def _declared(self, trig: _Trigger, triggers: list[_Trigger]) -> _Trigger:
        """``varslet krav om``, ``kunngjorde sanksjoner``: what is announced is the event;
        ``aftalt et mæglingsmøde``: a meeting agreed on is the meeting; ``ankommer møtet``:
        one arriving at a meeting attends it."""
        if trig.declaration:
            tokens, objects = self.tokens, self.lex.proposal_objects
            start = trig.last
            if trig.last == trig.first + 1 and start in self.by_token:
                # "I dag la regjeringen fram statsbudsjettet": past the inverted subject and
                # the rest of the phrase
                start = max(m.last for m in self.by_token[start])
                for phrase, _kind in self.lex.verb_phrases.get(self.lowers[trig.first], ()):
                    rest = phrase[1:]
                    if self.lowers[start : start + len(rest)] == rest:
                        start += len(rest)
                        break
            for k in range(start, min(start + 3, len(tokens))):
                if k in self.by_token:
                    break
                low = self.lowers[k]
                # "legge fram sitt alternative budsjett", "legg fram ny forsvarsplan"
                if low in objects or any(low.endswith(o) for o in objects if len(o) >= 4):
                    return trig._replace(type=EventType.PROPOSAL, declaration=False)
        for noun in triggers:
            if noun.verb or noun.first < trig.last:
                continue
            if not trig.declaration and noun.type not in _CONVERSATIONS:
                break
            if noun.first - trig.last <= 2 and not any(
                k in self.by_token for k in range(trig.last, noun.first)
            ):
                return trig._replace(type=noun.type, declaration=False)
            break
        return trig

    def _coordinated(self, first: _Trigger, second: _Trigger) -> bool:
        """Whether a conjunction joins the clause of ``first`` to the verb ``second``."""
        return any(
            self.lowers[k] in self.lex.coordinators
            for k in range(max(first.last, second.first - 3), second.first)
        )

    def _draft(
        self, segments: list[range], index: int, trig: _Trigger, subject_end: int
    ) -> _Draft | None:
        seg = segments[index]
        tokens = self.tokens
        if (
            not trig.verb
            and not trig.prefix
            and trig.first == seg.start + 1
            and seg.start in self.starts
            and self.lowers[seg.start] in self.lex.prepositions
            and self.lowers[trig.first].endswith(self.lex.definite_suffixes)
            and self.lex.definite_suffixes
        ):
            return None  # "I samtalen med Putin ...": the call already told, not a new event
        if (
            trig.verb
            and trig.first == seg.start + 1
            and self.lowers[seg.start] in self.lex.infinitive_markers
            and not self._after_modal(seg)
        ):
            return None  # "for at diskutere": an infinitive cut off as its own clause
        if (
            trig.verb
            and trig.first >= seg.start + 2
            and self.lowers[trig.first - 1] in self.lex.infinitive_markers
            and self.lowers[trig.first - 2] in self.lex.purpose_prepositions
        ):
            return None  # "reiste til Berlin for å møte ...": a purpose, not an event told
        if (
            not trig.verb
            and trig.type in _CONVERSATIONS
            and any(self.lowers[k] in self.lex.speech_verbs for k in range(seg.start, trig.first))
        ):
            return None  # "sier hun i en samtale med NTB": how it was said, not an event
        if trig.type is EventType.STATEMENT:
            # checked before the participants are looked for: most verbs of saying attribute
            if trig.speech and not self._dated(seg) and not self._addressed(trig.first, seg.stop):
                return None  # "sier hun": a verb of saying attributes a quote
            if trig.verb and trig.first == seg.start and index > 0:
                return None  # "..., meddelade ministern": an attribution, not a declaration
        if trig.verb and self._hazard_subject(seg, trig):
            return None  # "uværet treffer Vestlandet": a storm meets no one, nor closes talks
        found, place = self._participants(segments, index, trig, subject_end)
        fallback = False
        if (
            not found
            and place is not None
            and (
                (trig.type is EventType.MEET and trig.verb)
                or (trig.type is EventType.TALKS and not trig.verb)
                or self.lowers[trig.first].endswith(self.lex.summit_nouns)
            )
        ):
            # "toppmötet i Vilnius", "stats- og regeringscheferne mødes i Vilnius": a summit
            # nobody is named at is the organisation's
            host = self._host(trig.first)
            if host is not None:
                found = [(host, ParticipantRole.ACTOR)]
                fallback = True
        if (
            not found
            and not trig.verb
            and trig.type is EventType.MEET
            and self.lowers[trig.first].endswith(self.lex.summit_nouns)
            and not self._after_time_preposition(trig)
        ):
            # "foreslået et topmøde mellem de to ledere. Et eventuelt topmøde skal holdes i et
            # tredjeland": the summit told just before, between the same parties
            found = self._earlier_meeting(trig.first)
            fallback = bool(found)
        if not found and trig.verb and trig.type in _COMPOUND_NAMED:
            # "EU-toppane møtest i Brussel": the name a subject compound is made of
            found = self._compound_subject(seg, trig)
        if not found and not trig.verb and self._took_place(seg, trig):
            # "Russland og USA ble enige om en fangeutveksling. Utvekslingen fant sted i Abu
            # Dhabi": the event told before, by the parties it was told with
            found = self._earlier_event(trig.first, trig.type)
            fallback = bool(found)
        if not found and trig.type is EventType.PROTEST:
            # "Over 3000 ansatte tas ut i streik": the union named last before, not the
            # mediator that reports it
            union = self._union_before(trig.first)
            if union is not None:
                found = [(union, ParticipantRole.ACTOR)]
        if not found and trig.type is EventType.PROTEST:
            # "lärare lade ned arbetet i protest, uppger fackförbundet X": the union reporting
            found = [(m, ParticipantRole.ACTOR) for m in self._authority(seg, _ORGANISERS)]
        if (
            not found
            and place is not None
            and trig.type in _PLACED
            and (trig.type not in _COUNTRY_PLACED or self.lex.territory(place.name))
        ):
            # "skottlossningen i Hässelby", "pågrepet i Spania", "valget i Russland": nobody
            # named, the place (for an election, a country) is what the event is known by
            where = Mention(trig.first, trig.first, place.name, GPE, place.entity)
            found = [(where, ParticipantRole.TARGET)]
            fallback = True
        if not found:
            return None
        if trig.type is EventType.PROTEST:
            found = self._protesting_country(found)
        if (
            trig.verb
            and trig.type in _REPORTED
            and trig.first == seg.start
            and index > 0
            and found[0][1] is not ParticipantRole.ACTOR
            and found[0][0].first == trig.last
        ):
            # "Russland truer ..., advarer Nato": the subject follows a verb that opens the
            # clause after what is reported
            found = [(found[0][0], ParticipantRole.ACTOR), *found[1:]]
        if trig.type is EventType.VISIT and not any(
            role is ParticipantRole.ACTOR for _m, role in found
        ):
            return None  # "reiste til Berlin": a destination alone is no visit of anyone
        if (
            trig.verb
            and trig.type is EventType.SUSPEND
            and all(role is ParticipantRole.TARGET for _m, role in found)
        ):
            return None  # "Riksvei 13 ble stengt": a road closed by nobody named, no party
        if trig.type is EventType.STATEMENT:
            if trig.speech:
                found = self._speaker_first(found, trig)
            actor, role = found[0]
            if role is not ParticipantRole.ACTOR or actor.anaphor or actor.weak:
                return None
        if (
            trig.verb
            and trig.type in _REPORTED
            and index + 1 < len(segments)
            and all(role is ParticipantRole.ACTOR for _m, role in found)
        ):
            found = found + self._complement_subject(segments[index + 1])
        participants = self._finish(found)
        time = self._time(segments, index, trig)
        kind = trig.type
        if (
            kind is EventType.TALKS
            and not trig.verb
            and (place is not None or self._timed(seg))
            and any(m.kind != GPE for m, _role in found)
            and (
                fallback
                or not any(stem in self.lowers[trig.first] for stem in self.lex.negotiation_stems)
            )
        ):
            kind = EventType.MEET  # people talking somewhere, or for so long: a meeting
        status = self._status(seg, trig, time)
        if index > 0 and self._denied(segments[index - 1], seg):
            status = EventStatus.NEGATED
        if (
            kind is EventType.AGREEMENT
            and trig.verb
            and status is EventStatus.NEGATED
            and sum(role is ParticipantRole.ACTOR for _m, role in found) == 1
            # "har inte godkänt Sveriges ansökan": the object's possessor is no partner
            and not any(role is ParticipantRole.WITH and not m.possessive for m, role in found)
            and not any(self.lowers[k] in self.lex.not_yet_adverbs for k in seg)
        ):
            # "Ungern har inte gått med på", "Tyrkia har ikke godkjent søknaden": one party
            # not agreeing refuses (two parties not agreeing, or one that has not yet, stay
            # a negated agreement)
            kind, status = EventType.REJECT, EventStatus.OCCURRED
        start, end = tokens[seg.start].start, tokens[seg.stop - 1].end
        if kind in _COERCIVE and status in _ANNOUNCED:
            speaker = self._conditional_speaker(trig)
            if speaker is not None:
                # "streiken vil bli trappet opp dersom ...": a coercive act announced on a
                # condition is the speaker's threat, made when the article tells it
                kind, status, time = EventType.THREAT, EventStatus.OCCURRED, self.doc.date
                participants = (
                    speaker,
                    *(p for p in participants if p.name != speaker.name),
                )
        trigger = self.doc.span(tokens[trig.first].start, tokens[trig.last - 1].end)
        return _Draft(
            start,
            end,
            kind,
            status,
            participants,
            place,
            time,
            self._source(start, end, trigger),
            trigger,
            fallback,
            undated=not trig.verb and time is self.doc.date,
        )

    def _conditional_speaker(self, trig: _Trigger) -> Participant | None:
        """The speaker of the quote holding ``trig`` when a condition (the pack's
        ``conditional_subordinators``: *dersom*, *hvis*, *ifall*) follows it in the quote's
        sentence."""
        conditions = self.lex.conditional_subordinators
        if not conditions:
            return None
        at = self.tokens[trig.first].start
        k = bisect.bisect_right(self.spoken_starts, at) - 1
        if k < 0:
            return None
        q = self.spoken[k]
        if not q.start <= at < q.end or q.speaker is None:
            return None
        sentence = self.doc.sentences[self.doc.sentence_index(at)]
        stop = min(q.end, sentence.end)
        j = trig.last
        while j < len(self.tokens) and self.tokens[j].start < stop:
            if self.lowers[j] in conditions:
                return Participant(q.speaker.name, q.speaker.entity, ParticipantRole.ACTOR)
            j += 1
        return None

    # ---- participants and place -----------------------------------------------------------

    def _mentions(self, seg: range) -> list[Mention]:
        """The mentions starting in a segment (computed once per segment; do not mutate)."""
        cached = self._seg_mentions.get(seg.start)
        if cached is not None and cached[0] == seg.stop:
            return cached[1]
        firsts, by_token = self.mention_firsts, self.by_token
        out: list[Mention] = []
        lo = bisect.bisect_left(firsts, seg.start)
        for i in firsts[lo : bisect.bisect_left(firsts, seg.stop, lo)]:
            out.extend(by_token[i])
        self._seg_mentions[seg.start] = (seg.stop, out)
        return out

    def _excluded(self, m: Mention, trig: _Trigger | None) -> bool:
        """Attributed (``ifølge Reuters``) or a possessive modifier (``USAs utenriksminister``)."""
        tokens = self.tokens
        cues = self.lex.attribution_cues
        k = m.first - 1
        while k > 0 and m.first - k <= 3 and tokens[k].text[:1].isupper():
            k -= 1  # "ifølge Århus Stiftstidende": a name before the name
        if k >= 0 and self.lowers[k] in cues:
            return True
        if (
            m.first > 1
            and self.lowers[m.first - 2] in cues
            and tokens[m.first - 1].text[:1].islower()
            and self.is_word[m.first - 1]
        ):
            return True  # "ifølge valgforsker Johannes Bergh": a title between
        k = m.first - 1
        stops = self.lex.attribution_stops
        starts = self.starts
        while (
            k >= 0
            and m.first - k <= 5
            and k + 1 not in starts  # never across the start of a sentence
            and self.is_word[k]
            and self.lowers[k] not in stops
        ):
            if self.lowers[k] in cues:
                return True  # "enligt två källor inom Moderaterna", "ifølge kilder i Kreml"
            k -= 1
        if m.possessive and not m.anaphor:
            nxt = m.last
            if nxt < len(tokens) and tokens[nxt].text in "'’":
                nxt += 1
            if trig is not None and nxt == trig.first:
                return False
            if nxt < len(tokens):
                t = tokens[nxt]
                if self.is_word[nxt] and self.lowers[nxt] not in self.lex.coordinators:
                    # "USAs utenriksminister", "Spanias Pedro Sánchez": a modifier; but
                    # "Natos utrikesministrar träffas": no name follows, the possessor acts
                    role_noun_acts = (
                        trig is not None and t.text[:1].islower() and nxt + 1 == trig.first
                    )
                    return not (role_noun_acts or self._possessor_after(m, nxt, trig))
        return False

    def _infinitive_object(
        self, k: int, stop: int, by_first: dict[int, list[Mention]]
    ) -> list[tuple[Mention, str]]:
        """The first name in the few words after an infinitive marker and its verb."""
        for j in range(k + 2, min(stop, k + 2 + _INFINITIVE_REACH)):
            named = [m for m in by_first.get(j, ()) if not m.weak and not m.possessive]
            if named:
                return [(named[0], "target")]
        return []

    def _possessor_after(self, m: Mention, nxt: int, trig: _Trigger | None) -> bool:
        """``godkände Ungerns parlament Sveriges ansökan``: right after a verb, a possessor
        of a plain noun with no name after it stands for its noun's party."""
        if trig is None or not trig.verb or not trig.last <= m.first <= trig.last + 3:
            return False
        tokens = self.tokens
        if not tokens[nxt].text[:1].islower() or self.lowers[nxt] in self.lex.function_words:
            return False
        after = nxt + 1
        if after in self.by_token:
            # "USAs utenriksminister Antony Blinken": the name is the party; but "Ungerns
            # parlament Sveriges ansökan": another possessor opens the object
            return any(x.possessive for x in self.by_token.get(after, ()))
        return True

    def _prep_before(self, m: Mention, title: bool = False) -> str | None:
        """The preposition right before a mention (skipping determiners and demonyms, and
        with ``title`` one lower-case word right before the name: ``av president X``)."""
        if m.possessive:
            return None
        lowers, lex = self.lowers, self.lex
        k = m.first - 1
        steps = 0
        while k >= 0 and steps < 3:
            low = lowers[k]
            if low in lex.prepositions:
                return low
            titled = title and k == m.first - 1 and self.is_word[k] and low[:1].islower()
            if low not in lex.function_words and low not in lex.demonym_adjectives and not titled:
                return None
            k -= 1
            steps += 1
        return None

    def _participants(
        self, segments: list[range], index: int, trig: _Trigger, subject_end: int
    ) -> tuple[list[tuple[Mention, ParticipantRole]], Place | None]:
        seg = segments[index]
        lex = self.lex
        spec = ONTOLOGY[trig.type]
        right_role = ParticipantRole.WITH if spec.symmetric else ParticipantRole.TARGET
        found: list[tuple[Mention, ParticipantRole]] = []
        place: Mention | None = None
        # compound prefixes: "Burns-Narysjkin-møtet", "G20-toppmøtet"
        if trig.prefix and trig.type in _COMPOUND_NAMED:
            prefix_role = ParticipantRole.WITH if spec.symmetric else ParticipantRole.ACTOR
            for a, b in trig.prefix:
                name = self.doc.text[a:b]
                code = lex.territory(name)
                canon = lex.territory_names.get(code, name) if code else name
                kind = GPE if code else OTHER
                found.append(
                    (Mention(trig.first, trig.first, canon, kind, None, code), prefix_role)
                )
        if not trig.verb and trig.type is EventType.TALKS and self._after_measure(trig):
            # "etter måneder med forhandlinger har Norge og Sverige ...": the talks' parties
            # are the sentence's names
            named = [
                m
                for sg in segments
                for m in self._mentions(sg)
                if not m.weak and not m.possessive and not self._excluded(m, trig)
            ]
            if named:
                found.extend((m, ParticipantRole.WITH) for m in named)
                return found, None
        mentions = [m for m in self._mentions(seg) if not (trig.first <= m.first < trig.last)]
        left = [m for m in mentions if m.last <= subject_end and not self._excluded(m, trig)]
        right_all = [m for m in mentions if m.first >= trig.last]
        # the right side, by the preposition that governs each mention
        right: list[tuple[Mention, str]] = []
        role_now = "object" if trig.verb else _NONE
        stop = seg.stop
        k = trig.last
        by_first: dict[int, list[Mention]] = {}
        for m in right_all:
            by_first.setdefault(m.first, []).append(m)
        between = False
        later = {t.first for t in self.triggers(seg)} if not trig.verb else set()
        anchor = trig.last
        ended = True
        lowers, timex_tokens, role_words = self.lowers, self.timex_tokens, lex.role_words
        while k < stop:
            low = lowers[k]
            if low in lex.infinitive_markers or k in later:
                ended = False
                if trig.verb and trig.type is EventType.THREAT and not right:
                    # "advarte mot å gi Ukraina våpen": whom the warned act concerns
                    right.extend(self._infinitive_object(k, stop, by_first))
                break
            if k in timex_tokens:  # "anklagade i januari Sverige": time ends a phrase
                role_now = "object" if trig.verb else _NONE
                k += 1
                continue
            if k in by_first:
                group = by_first[k]
                kept = [
                    m
                    for m in group
                    if not self._excluded(m, None)
                    or (m.possessive and self._possessor_after(m, m.last, trig))
                ]
                right.extend((m, role_now) for m in kept)
                k = max(*(m.last for m in group), group[0].first + 1)
                if role_now != _NONE:
                    anchor = k
                if kept and not trig.verb and k < stop and k not in by_first:
                    nxt = lowers[k]
                    if nxt not in lex.coordinators and nxt not in lex.prepositions:
                        role_now = _NONE  # the noun phrase has ended
                continue
            if low not in role_words:
                k += 1  # neither a preposition nor a conjunction: the role stays
                continue
            attached = trig.verb or k <= anchor or trig.type is EventType.DEPLOYMENT
            if low in lex.coordinators and k == anchor:
                anchor = k + 1
            elif trig.type is EventType.ATTACK and attached and low in lex.attack_prepositions:
                role_now = "target"
            elif low in lex.place_prepositions and low not in lex.target_prepositions:
                role_now = _PLACE
            elif not attached and low in lex.prepositions:
                role_now = _NONE
            elif low in lex.between_prepositions:
                role_now, between = "with", True
            elif low in lex.with_prepositions:
                role_now = "with"
            elif low in lex.destination_prepositions and trig.type is EventType.VISIT:
                role_now = "destination"
            elif low in lex.target_prepositions or (not trig.verb and low in lex.of_prepositions):
                role_now = "target"
            elif low in lex.prepositions:
                role_now = _NONE
            if role_now != _NONE and k == anchor and low in lex.prepositions:
                anchor = k + 1
            k += 1
        if ended and role_now not in (_NONE, _PLACE) and index + 1 < len(segments):
            # an apposition naming the object: "med USA's præsident, Joe Biden,"
            following = segments[index + 1]
            if self._only_names(following):
                right.extend((m, role_now) for m in self._mentions(following) if not m.weak)
        for m, role in right:
            # "vid Tesla i Malmö": an organisation or person is no place, Malmö is
            placeable = not m.weak and not m.anaphor and m.kind not in (PERSON, ORG)
            if role == _PLACE and place is None and placeable:
                place = m
            if role == "destination" and place is None:
                place = m
            if role == "object" and trig.type is EventType.VISIT and place is None:
                place = m
        if place is None and trig.type in _TERRITORIAL:
            # "Russland invaderte Ukraina": the country invaded is where it happens
            place = next(
                (
                    m
                    for m, role in right
                    if role in ("object", "target") and m.kind == GPE and not m.weak
                ),
                None,
            )
        if (between or (trig.prefix and trig.type in _COMPOUND_NAMED)) and not trig.verb:
            withs = [m for m, role in right if role == "with"]
            strong = [m for m in withs if not m.weak]
            found.extend((m, ParticipantRole.WITH) for m in strong or withs)
            return found, self._place(place)
        actors = self._actors(segments, index, trig, left, right)
        if trig.verb and self._passive(seg, trig):
            # "Netanyahu ble kritisert av Biden": the subject undergoes, the agent acts
            agents = [
                m for m, _r in right if self._prep_before(m, title=True) in lex.agent_prepositions
            ]
            if not agents and trig.type is EventType.MEET:
                # "Gershkovich ble møtt av familien": met by no one named, no meeting told
                return [], None
            if not agents and trig.type in _AUTHORITY:
                # "To mænd blev anholdt. Det oplyser Østjyllands Politi": who tells, did it
                agents = self._authority(seg)
            found.extend((m, ParticipantRole.ACTOR) for m in agents)
            found.extend((m, ParticipantRole.TARGET) for m in actors)
            taken = {id(m) for m in (*agents, *actors)}
            found.extend(
                (m, ParticipantRole.TARGET if role == "object" else ParticipantRole.WITH)
                for m, role in right
                if id(m) not in taken and role in ("object", "target", "with") and not m.weak
            )
            return found, self._place(place)
        role_of = {
            "object": right_role,
            "with": ParticipantRole.WITH,
            "target": ParticipantRole.TARGET,
            "destination": ParticipantRole.TARGET,
        }
        actor_ids = {id(m) for m in actors}
        found.extend((m, ParticipantRole.ACTOR) for m in actors)
        strong_right = [(m, r) for m, r in right if not m.weak]
        for m, role in strong_right or right:
            if id(m) in actor_ids or role not in role_of:
                continue
            if not trig.verb and role == "object":
                continue
            found.append((m, role_of[role]))
        if place is None:
            for m in left:
                if self._prep_before(m) in lex.place_prepositions and not m.weak:
                    place = m
                    break
        return found, self._place(place)

    def _actors(
        self,
        segments: list[range],
        index: int,
        trig: _Trigger,
        left: list[Mention],
        right: list[tuple[Mention, str]],
    ) -> list[Mention]:
        lex = self.lex
        lowers = self.lowers
        governed = {id(m) for m in left if self._board_of(m)}
        usable = [
            m
            for m in left
            if id(m) in governed or self._prep_before(m) not in lex.place_prepositions
        ]
        if trig.verb:
            seg = segments[index]
            first_prep = next(
                (
                    k
                    for k in range(seg.start, trig.first)
                    if lowers[k] in lex.prepositions
                    # "Styret i Nordkraft anbefaler": the body's preposition is no adjunct
                    and not (
                        k > seg.start
                        and k + 1 in self.by_token
                        and lowers[k - 1].endswith(lex.board_nouns)
                    )
                ),
                trig.first,
            )
            if not any(m.first < first_prep for m in usable):
                # "Ifølge to diplomater i Bruxelles vil EU drøfte ...": a subject inverted
                # between the auxiliary and the verb
                inverted = [
                    m
                    for m in usable
                    if m.last == trig.first
                    and not m.weak
                    and m.first > seg.start
                    and self.lowers[m.first - 1] in lex.auxiliaries
                ]
                if inverted:
                    return inverted
            usable = [m for m in usable if m.first < first_prep]
        strong = [m for m in usable if not m.weak]
        if not trig.verb and self._after_time_preposition(trig):
            return []  # "blir medlem före toppmötet": the meeting only dates the clause
        if not trig.verb and usable:
            last = max(m.last for m in usable)
            marks = self.appraisal_marks
            k = bisect.bisect_left(marks, last)
            if k < len(marks) and marks[k] < trig.first:
                return []  # "Løkke kalder angrebet bekymrende": judged, not done, by Løkke
        if not trig.verb:
            adjacent = [m for m in usable if _adjacent(self.tokens, m, trig)]
            near = {id(m) for m in adjacent}
            picked = [m for m in strong if id(m) not in near] + adjacent
            if picked:
                return picked
        elif strong or usable:
            return strong or usable
        seg = segments[index]
        if trig.verb:
            board = self._board_anaphor(seg, trig)
            if board is not None:
                return [board]
        is_word = self.is_word
        words = [
            low
            for k, low in enumerate(lowers[seg.start : trig.first], seg.start)
            if is_word[k]
            and low not in lex.coordinators
            and low not in lex.auxiliaries
            and low not in lex.status_cues
            and low not in lex.subordinators
        ]
        first = lowers[seg.start]
        lo, hi = self.tokens[seg.start].start, self.tokens[trig.first].start
        fronted = words and (
            words[0] in lex.prepositions or any(t.start < hi for t in self._in(lo, hi))
        )
        if trig.verb and words and first not in lex.relative_pronouns:
            if not fronted:
                return []
            # verb-second inversion: "i august varslet ledelsen i Moskva",
            # "under natten angrep ryska styrkor staden Bachmut"
            for m, role in right:
                if role != _PLACE:
                    return [m]
            for m, _role in right:
                # "varslet ledelsen i Moskva": a capital after a noun stands for its state;
                # "anholdt ... i Aarhus": where it happened does not act
                if m.code is not None and not m.weak and m.first - 2 > trig.first:
                    return [m]
            return []
        if not trig.verb and not (
            first in lex.coordinators
            or first in lex.auxiliaries
            or first in lex.relative_pronouns
            # "Moderaterna kommer att | lägga ett eget förslag": the modal's subject
            or (first in lex.infinitive_markers and self._after_modal(seg))
        ):
            return []  # a noun heading its own clause has no subject to borrow
        return self._back_search(segments, index)

    def _board_anaphor(self, seg: range, trig: _Trigger) -> Mention | None:
        """The organisation named last before a subject that is its board described, not
        named (``Bestyrelsen i den jyske frostvareproducent anbefaler``)."""
        lowers, lex = self.lowers, self.lex
        k = seg.start
        if not (
            k + 2 < trig.first
            and lowers[k].endswith(lex.board_nouns)
            and lowers[k + 1] in lex.prepositions
            and self.tokens[k + 2].text[:1].islower()
            and k + 1 not in self.timex_tokens  # "styret i går": a time, not a description
            and k + 2 not in self.timex_tokens
        ):
            return None
        firsts = self.mention_firsts
        end = bisect.bisect_left(firsts, k)
        for j in reversed(firsts[max(0, end - _BOARD_REACH) : end]):
            for m in self.by_token[j]:
                if m.kind == ORG and not m.weak and not m.possessive:
                    return m
        return None

    def _board_of(self, m: Mention) -> bool:
        """A name governed by a governing body (``styret i Nordkraft``, ``bestyrelsen for
        Carlsberg``): the organisation acts through its board."""
        k = m.first - 2
        return (
            k >= 0
            and self.lowers[k].endswith(self.lex.board_nouns)
            and self.lowers[k + 1] in self.lex.prepositions
        )

    def _back_search(self, segments: list[range], index: int) -> list[Mention]:
        """The subject of an earlier segment of the sentence (``Jens Stoltenberg, opfordrer``)."""
        lex = self.lex
        seg = segments[index]
        if self.lowers[seg.start] in lex.relative_pronouns and index > 0:
            prev = [
                m for m in self._mentions(segments[index - 1]) if not m.weak and not m.possessive
            ]
            return prev[-1:]
        for j in range(index - 1, max(-1, index - 1 - _BACK_REACH), -1):
            cand = segments[j]
            first_prep = next((k for k in cand if self.lowers[k] in lex.prepositions), cand.stop)
            mentions = [
                m
                for m in self._mentions(cand)
                if not m.weak and not self._excluded(m, None) and m.first < first_prep
            ]
            if self._only_names(cand) and j > 0 and self._has_prep(segments[j - 1]):
                continue  # an apposition to an object: "med Ruslands præsident, Vladimir Putin,"
            if self._parenthesised(cand):
                continue  # "Jonas Attenius (S) avvisar": the party in brackets does not act
            if mentions:
                return mentions
            if self.lowers[cand.start] in lex.subordinators and not (
                cand.start + 1 in self.timex_tokens
                and all(k in self.timex_tokens for k in range(cand.start + 1, cand.stop))
            ):
                break  # a clause of its own; not "siden onsdag", a time after a preposition
        return []

    def _only_names(self, seg: range) -> bool:
        """Whether a segment holds nothing but names (an apposition: ``, Vladimir Putin,``)."""
        mentions = self._mentions(seg)
        if not mentions:
            return False
        return all(
            any(m.first <= k < m.last for m in mentions)
            for k in seg
            if self.is_word[k] and self.lowers[k] not in self.lex.coordinators
        )

    def _protesting_country(
        self, found: list[tuple[Mention, ParticipantRole]]
    ) -> list[tuple[Mention, ParticipantRole]]:
        """``Tusenvis demonstrerte i Tbilisi``: a crowd in a capital is its country's; the
        country joins the protest's participants (the city stays)."""
        lex = self.lex
        out = list(found)
        have = {m.name for m, _r in found}
        for m, _role in found:
            if m.kind != GPE or m.weak:
                continue
            low = m.name.casefold()
            code = lex.capitals.get(low) or lex.protest_capitals.get(low)
            name = lex.territory_names.get(code) if code else None
            if name is None or name in have or lex.territories.get(low):
                continue
            have.add(name)
            out.append((Mention(m.first, m.last, name, GPE, None, code), ParticipantRole.ACTOR))
        return out

    def _after_measure(self, trig: _Trigger) -> bool:
        """``måneder med forhandlinger``, ``sju veker med forhandlingar``: a noun measured
        by a span of time."""
        k = trig.first
        lowers, lex = self.lowers, self.lex
        return (
            k >= 2
            and lowers[k - 1] in lex.measure_prepositions
            and lowers[k - 2] in lex.measure_nouns
        )

    def _after_time_preposition(self, trig: _Trigger) -> bool:
        """``før toppmøtet``, ``efter mødet``: a noun that dates what its clause tells."""
        k = trig.first - 1
        lowers, lex = self.lowers, self.lex
        if k >= 0 and lowers[k] in lex.function_words and lowers[k] not in (lex.prepositions):
            k -= 1  # an article between ("før et møte")
        return k >= 0 and lowers[k] in lex.time_prepositions

    def _complement_subject(self, seg: range) -> list[tuple[Mention, ParticipantRole]]:
        """``krävt att Sverige utvisar``: the subject of a that-clause is whom a demand,
        appeal or accusation is made of."""
        lowers, lex = self.lowers, self.lex
        if lowers[seg.start] not in lex.complementizers:
            return []
        for m in self._mentions(seg):
            if m.first > seg.start + 3:
                break
            if not m.weak and not m.possessive:
                return [(m, ParticipantRole.TARGET)]
        return []

    def _named_meetings(self) -> list[tuple[int, Mention]]:
        """Meetings named right after their noun (``klimatopmødet COP27``), by position.

        A name the entity layer calls an event (``COP27``, ``G20``) takes part in no event,
        but it names the meeting its noun stands before."""
        if self._meetings is None:
            self._meetings = []
            named: dict[int, Mention] = {}
            for ent in self.ctx.entities:
                if ent.type is EntityType.EVENT:
                    for span in ent.mentions:
                        r = self.index.token_range(span.start, span.end)
                        if r:
                            named[r.start] = Mention(r.start, r.stop, ent.name, OTHER, ent.id)
            for i in self.candidates:
                if self.noun_of.get(self.lowers[i]) is EventType.MEET:
                    if i + 1 in named:
                        self._meetings.append((i, named[i + 1]))
                        continue
                    for m in self.by_token.get(i + 1, ()):
                        if m.kind in (ORG, OTHER) and not m.anaphor and not m.weak:
                            self._meetings.append((i, m))
                            break
        return self._meetings

    def _candidates_before(self, first: int, back: int) -> list[int]:
        """The candidate triggers before token ``first`` in its sentence or the ``back``
        sentences before it, nearest first."""
        doc = self.doc
        here = doc.sentence_index(self.tokens[first].start)
        lo = self.index.token_range(doc.sentences[max(0, here - back)].start, len(doc.text)).start
        cands = self.candidates
        return cands[bisect.bisect_left(cands, lo) : bisect.bisect_left(cands, first)][::-1]

    def _segments_at(self, i: int) -> tuple[list[range], int | None]:
        """The clause segments of the sentence holding token ``i``, and which holds it."""
        doc = self.doc
        sentence = doc.sentences[doc.sentence_index(self.tokens[i].start)]
        r = self.index.token_range(sentence.start, sentence.end)
        segments = self.segments(r.start, r.stop)
        return segments, next((j for j, seg in enumerate(segments) if i in seg), None)

    def _earlier_meeting(self, first: int) -> list[tuple[Mention, ParticipantRole]]:
        """The parties of the meeting noun nearest before token ``first`` in its sentence or
        the two before (``et topmøde mellem de to ledere``), or none."""
        tokens = self.tokens
        for i in self._candidates_before(first, 2):
            if self._noun_type(self.lowers[i]) is not EventType.MEET or "-" in tokens[i].text:
                continue
            segments, index = self._segments_at(i)
            if index is None:
                return []
            noun = _Trigger(i, i + 1, EventType.MEET, False)
            found, _place = self._participants(segments, index, noun, i)
            strong = [(m, role) for m, role in found if not m.weak]
            return strong if len(strong) >= 2 else []
        return []

    def _compound_subject(
        self, seg: range, trig: _Trigger
    ) -> list[tuple[Mention, ParticipantRole]]:
        """The capitalised first part of a compound subject right before a verb
        (``EU-toppane møtest``, ``Nato-ministrarna träffas``), as the actor."""
        k = trig.first - 1
        if k < seg.start:
            return []
        tok = self.tokens[k]
        first, sep, head = tok.text.partition("-")
        if not sep or not first[:1].isupper() or not head[:1].islower() or "-" in head:
            return []
        if k > seg.start and self.tokens[k - 1].text[:1].isupper():
            return []  # "Røde Kors-folk": the compound's name is longer than its first part
        code = self.lex.territory(first)
        name = self.lex.territory_names.get(code, first) if code else first
        m = Mention(k, k, name, GPE if code else ORG, None, code)
        return [(m, ParticipantRole.ACTOR)]

    def _hazard_subject(self, seg: range, trig: _Trigger) -> bool:
        """Whether a force of nature is the verb's subject, right before it (past auxiliaries)
        or right after it (``uværet treffer``, ``drabbar stormen``): the pack's
        ``hazard_nouns``, also as a compound's head (``snøstormen``)."""
        hazards = self.lex.hazard_nouns
        if not hazards:
            return False
        lowers, lex, tokens = self.lowers, self.lex, self.tokens
        k = trig.first - 1
        while k >= seg.start and (lowers[k] in lex.auxiliaries or lowers[k] in lex.status_cues):
            k -= 1
        if k < seg.start and k > 0 and tokens[k].text in _BREAKS:
            # "Ekstremværet «Gudrun» treffer": past the storm's quoted name
            j = k - 1
            while j > 0 and j > k - _QUOTE_REACH and tokens[j].text not in _QUOTE_OPENERS:
                j -= 1
            k = j - 1 if tokens[j].text in _QUOTE_OPENERS else -1
        if k >= 0 and lowers[k].endswith(hazards):
            return True
        return trig.last < seg.stop and lowers[trig.last].endswith(hazards)

    def _union_before(self, first: int) -> Mention | None:
        """The latest organisation named before token ``first`` whose name ends as a union's
        (``Fellesforbundet``, ``Kommunal``: the pack's ``union_stems``)."""
        stems = self.lex.union_stems
        if not stems:
            return None
        firsts = self.mention_firsts
        end = bisect.bisect_left(firsts, first)
        for k in reversed(firsts[max(0, end - _UNION_REACH) : end]):
            for m in self.by_token[k]:
                if m.kind == ORG and not m.weak and m.name.casefold().endswith(stems):
                    return m
        return None

    def _took_place(self, seg: range, trig: _Trigger) -> bool:
        """Whether an event noun opening its clause is the subject of ``fant sted``,
        ``ägde rum``, ``gjekk føre seg``: the clause tells that the event happened."""
        phrases = self.lex.occurrence_phrases
        if not phrases or trig.first - seg.start > 2:
            return False
        lowers = self.lowers
        for k in range(trig.last, min(seg.stop, trig.last + 3)):
            for phrase in phrases.get(lowers[k], ()):
                if k + len(phrase) <= seg.stop and _same_words(lowers, k, phrase):
                    return True
        return False

    def _earlier_event(self, first: int, kind: EventType) -> list[tuple[Mention, ParticipantRole]]:
        """The named parties of the nearest trigger of type ``kind`` before token ``first``
        in its sentence or the three before it, or none."""
        tokens = self.tokens
        for i in self._candidates_before(first, 3):
            if "-" in tokens[i].text:
                continue
            segments, index = self._segments_at(i)
            if index is None:
                continue
            trig = next((t for t in self.triggers(segments[index]) if t.first == i), None)
            if trig is None or trig.type is not kind:
                continue
            found, _place = self._participants(segments, index, trig, i)
            strong = [(m, role) for m, role in found if not m.weak and not m.anaphor]
            if strong:
                return strong
        return []

    def _host(self, first: int) -> Mention | None:
        """Who holds a meeting nobody is named at: the meeting named last before it
        (``topmødet COP27``), else the nearest organisation named before token ``first`` in
        its sentence or the two before it, or else after it in its sentence."""
        named = self._named_meetings()
        k = bisect.bisect_left(named, (first,))
        if k:
            return named[k - 1][1]  # "på klimatopmødet COP27", later "forhandlingerne i ..."
        doc, tokens = self.doc, self.tokens
        here = doc.sentence_index(tokens[first].start)
        lo = self.index.token_range(doc.sentences[max(0, here - 2)].start, len(doc.text)).start
        hi = self.index.token_range(doc.sentences[here].end, len(doc.text)).start
        firsts = self.mention_firsts
        k = bisect.bisect_left(firsts, first)
        before = firsts[bisect.bisect_left(firsts, lo) : k]
        after = firsts[k : bisect.bisect_left(firsts, hi)]
        for i in (*reversed(before), *after):
            for m in self.by_token[i]:
                if m.kind == ORG and m.entity is not None and not m.anaphor:
                    return m
        return None

    def _speaker_first(
        self, found: list[tuple[Mention, ParticipantRole]], trig: _Trigger
    ) -> list[tuple[Mention, ParticipantRole]]:
        """``Det meddelte ministeren X``, ``sagde Løkke``: the speaker after the verb acts."""
        for m, _role in found:
            gap = range(trig.last, m.first)
            if (
                m.first >= trig.last
                and len(gap) <= 2
                and all(self.tokens[k].text[:1].islower() or k in self.timex_tokens for k in gap)
            ):
                return [(m, ParticipantRole.ACTOR)]
        return found

    def _parenthesised(self, seg: range) -> bool:
        """Whether a segment stands in brackets (``(S)``, ``(Sp)``)."""
        tokens = self.tokens
        return (
            seg.start > 0
            and seg.stop < len(tokens)
            and tokens[seg.start - 1].text == "("
            and tokens[seg.stop].text == ")"
        )

    def _has_prep(self, seg: range) -> bool:
        return any(
            self.lowers[k] in self.lex.with_prepositions
            or self.lowers[k] in self.lex.target_prepositions
            or self.lowers[k] in self.lex.between_prepositions
            for k in seg
        )

    def _finish(self, found: list[tuple[Mention, ParticipantRole]]) -> tuple[Participant, ...]:
        out: list[Participant] = []
        seen: dict[str, int] = {}
        for m, role in found:
            key = _key(m)
            if key in seen:
                old = out[seen[key]]
                if len(m.name) > len(old.name) and m.kind == PERSON:
                    out[seen[key]] = attrs.evolve(old, name=m.name, entity=m.entity or old.entity)
                continue
            seen[key] = len(out)
            out.append(Participant(m.name, m.entity, role))
        return tuple(out)

    def _place(self, m: Mention | None) -> Place | None:
        if m is None:
            return None
        surface = m.name if m.anaphor else (m.surface or m.name)
        if m.possessive:
            return None
        if m.kind in (PERSON, ORG):
            return None  # "skrev på Twitter": an organisation or a person is no place
        return Place(surface, m.entity)

    def _authority(self, seg: range, kinds: frozenset[SourceKind] = _INSTITUTIONS) -> list[Mention]:
        """The institution that reports a passive event in its sentence or the next one."""
        start = self.tokens[seg.start].start
        index = self.doc.sentence_index(start)
        sentences = self.doc.sentences
        lo = sentences[index].start
        hi = sentences[min(index + 1, len(sentences) - 1)].end
        k = bisect.bisect_left(self.source_starts, lo)
        while k < len(self.sources) and self.sources[k].start < hi:
            s = self.sources[k]
            if s.cue is not None and s.cue.text.casefold() in self.lex.confirmation_cues:
                k += 1
                continue  # "..., bekrefter Utenriksdepartementet": confirms, did not act
            if s.kind in kinds:
                first = bisect.bisect_left(self.token_starts, s.start)
                # "Hägg säger": the spokesperson's employer where the article names it
                body = self._employer(first) or self._employer_of(s.name)
                if body is not None:
                    return [body]
                return [Mention(first, first + 1, s.name, OTHER)]
            k += 1
        return []

    def _employer_of(self, name: str) -> Mention | None:
        """The employer named at the first of the sources called ``name`` that names one
        (computed once per name)."""
        if name not in self._employers:
            if self._sources_by_name is None:
                self._sources_by_name = {}
                for s in self.sources:
                    self._sources_by_name.setdefault(s.name, []).append(s)
            body: Mention | None = None
            for s in self._sources_by_name.get(name, ()):
                body = self._employer(bisect.bisect_left(self.token_starts, s.start))
                if body is not None:
                    break
            self._employers[name] = body
        return self._employers[name]

    def _employer(self, first: int) -> Mention | None:
        """``polisens presstalesperson Towe Hägg``: the institution a spokesperson speaks for."""
        nouns = self.lex.institution_nouns
        for k in range(first, min(first + 3, len(self.tokens))):
            low = self.lowers[k]
            if low[-1:] == "s" and low[:-1] in nouns:
                text = self.tokens[k].text[:-1]
                return Mention(k, k + 1, text[:1].upper() + text[1:], ORG)
        return None

    # ---- time, status, source -------------------------------------------------------------

    def _in(self, lo: int, hi: int) -> list[Timex]:
        i = bisect.bisect_left(self.timex_starts, lo)
        out: list[Timex] = []
        while i < len(self.timexes) and self.timexes[i].start < hi:
            out.append(self.timexes[i])
            i += 1
        return out

    def _seg_chars(self, seg: range) -> tuple[int, int]:
        return self.tokens[seg.start].start, self.tokens[seg.stop - 1].end

    def _dated(self, seg: range) -> bool:
        lo, hi = self._seg_chars(seg)
        return any(
            t.granularity.value in ("minute", "hour", "day", "week", "month")
            for t in self._in(lo, hi)
        )

    def _timed(self, seg: range) -> bool:
        """Whether a duration of hours or minutes stands in the segment (``tre timer lang``)."""
        return _any_in(self.hour_starts, *self._seg_chars(seg))

    def _time(self, segments: list[range], index: int, trig: _Trigger) -> PartialDate | None:
        seg = segments[index]
        lo, hi = self._seg_chars(seg)
        here = self._in(lo, hi)
        pos = self.tokens[trig.first].start
        if here:
            best = min(here, key=lambda t: (_width(t), abs(t.start - pos)))
            return best.interval
        if index + 1 < len(segments):
            nxt = segments[index + 1]
            if (
                nxt.stop - nxt.start > 1
                and nxt.start + 1 in self.timex_tokens
                and any(self.lowers[k] in self.lex.perfect_auxiliaries for k in seg)
                and all(
                    k in self.timex_tokens or not self.is_word[k]
                    for k in range(nxt.start + 1, nxt.stop)
                )
            ):
                # "har stått still sidan 2014": a time after a word that also opens clauses
                # ends a clause in the perfect and dates it (not "den største siden 2010")
                there = self._in(*self._seg_chars(nxt))
                if there:
                    return there[0].interval
            if self.lowers[nxt.start] in self.lex.temporal_subordinators:
                there = self._in(*self._seg_chars(nxt))
                if there:
                    return there[0].interval
        # "Kristersson var på torsdagskvällen gäst | när Biden höll sitt tal": a time in a
        # clause of the sentence that tells no event of its own dates this one
        near: Timex | None = None
        for j, other in enumerate(segments):
            if j == index or (
                self.has_candidates(other.start, other.stop) and self.triggers(other)
            ):
                continue
            if self.lowers[other.start] in self.lex.clause_openers:
                continue  # "..., den största sedan 2010": a time of something else
            for t in self._in(*self._seg_chars(other)):
                if near is None or abs(t.start - pos) < abs(near.start - pos):
                    near = t
        if near is not None:
            return near.interval
        return self.doc.date

    def _recurring(self, seg: range) -> bool:
        """Whether a recurring time (``hver uke``, ``varje vecka``) stands in the segment."""
        return _any_in(self.recurring_starts, *self._seg_chars(seg))

    def _denied(self, prev: range, seg: range) -> bool:
        """``Ryssarna förnekar | att de planerar en invasion``: a clause under a denial."""
        if self.lowers[seg.start] not in self.lex.subordinators:
            return False
        tail = self.lowers[max(prev.start, prev.stop - 2) : prev.stop]
        return any(w in self.lex.denial_verbs for w in tail)

    def _before(self, seg: range, first: int) -> list[str]:
        """The folded forms of the few words before a trigger, names skipped (``vil
        forsvarsministeren X besøge``).

        Asked twice per trigger (passive, status): kept per segment and trigger; not mutated.
        """
        key = (seg.start, seg.stop, first)
        cached = self._befores.get(key)
        if cached is not None:
            return cached
        mentions = self._mentions(seg)
        named = {k for m in mentions for k in range(m.first, m.last)} if mentions else ()
        out: list[str] = []
        k = first - 1
        while k >= seg.start and len(out) < _WINDOW:
            if k not in named and k not in self.timex_tokens:
                out.append(self.lowers[k])
            k -= 1
        out.reverse()
        self._befores[key] = out
        return out

    def _passive(self, seg: range, trig: _Trigger) -> bool:
        if trig.last == trig.first + 1 and self.lowers[trig.first] in self.lex.passive_verbs:
            return True  # "två män greps", "to mænd anholdes"
        before = self._before(seg, trig.first)
        return bool(before) and before[-1] in self.lex.passive_auxiliaries

    def _after_modal(self, seg: range) -> bool:
        """``kan komma | att träffas``: an infinitive that continues a modal before it."""
        if seg.start == 0 or self.lowers[seg.start] not in self.lex.infinitive_markers:
            return False
        before = self.lowers[seg.start - 1]
        return before in self.lex.auxiliaries or before in self.lex.status_cues

    def _status(self, seg: range, trig: _Trigger, time: PartialDate | None) -> EventStatus:
        lex, lowers = self.lex, self.lowers
        found = EventStatus.OCCURRED
        window = self._before(seg, trig.first)
        if self._after_modal(seg):
            window = [*lowers[max(0, seg.start - _WINDOW) : seg.start], *window]
        if not trig.verb:
            window = [*window, *lowers[trig.last : min(seg.stop, trig.last + 3)]]
        elif any(
            low in lex.negation_adverbs for low in lowers[trig.last : min(seg.stop, trig.last + 2)]
        ):
            found = EventStatus.NEGATED  # "aflyste ikke etapen": negated after the verb
        for low in window:
            status = lex.status_cues.get(low)
            if status is not None and status is not EventStatus.CANCELLED:
                found = _worse(found, status)
        marks = self.cancel_marks  # a cancelling word anywhere in the clause but the trigger
        lo = bisect.bisect_left(marks, seg.start)
        if any(
            not trig.first <= k < trig.last
            for k in marks[lo : bisect.bisect_left(marks, seg.stop, lo)]
        ):
            found = _worse(found, EventStatus.CANCELLED)
        if found is not EventStatus.NEGATED and self._cancels(trig):
            found = _worse(found, EventStatus.CANCELLED)  # "ställer in": calls off, unless not
        marks = self.phrase_marks  # a status phrase before the trigger ("nekter for")
        phrases = lex.status_phrases_by_first
        lo = bisect.bisect_left(marks, seg.start)
        for k in marks[lo : bisect.bisect_left(marks, trig.first, lo)]:
            for phrase, status in phrases.get(self.lowers[k], ()):
                end = k + len(phrase)
                if end <= trig.first and self.lowers[k:end] == phrase:
                    found = _worse(found, status)
        if found is EventStatus.OCCURRED and self._recurring(seg):
            found = EventStatus.ONGOING  # "samtal med Turkiet varje vecka"
        article = self.doc.date
        if (
            found is EventStatus.OCCURRED
            and time is not None
            and article is not None
            and time.earliest is not None
            and time.latest is not None
            and article.earliest is not None
            and article.latest is not None
            and time is not article
            and (
                time.earliest > article.latest
                # "i slutet av månaden", "later this week": from the article's day on, and beyond
                or (time.earliest >= article.earliest and time.latest > article.latest)
                # "träffas i Oslo i maj": a present tense in a time not yet over
                or (trig.verb and time.latest > article.latest and self._present(trig))
            )
        ):
            found = EventStatus.PLANNED
        return found

    def _present(self, trig: _Trigger) -> bool:
        """Whether a verb trigger is in the present tense (``møtes``, ``träffas``)."""
        low = self.lowers[trig.first]
        return low.endswith(self.lex.present_endings) and not low.endswith(self.lex.past_endings)

    def _noun_type(self, lower: str) -> EventType | None:
        kind = self.noun_of.get(lower, _UNKNOWN)
        if kind is _UNKNOWN:
            kind = self.noun_of[lower] = self.lex.noun_type(lower)
        return kind

    def _source(self, start: int, end: int, trigger: Span) -> str | None:
        k = bisect.bisect_right(self.quote_starts, trigger.start) - 1
        reach = self.quote_reach
        while k >= 0 and reach[k] > trigger.start:  # else no quote from here back holds it
            q = self.quotes[k]
            if q.start <= trigger.start < q.end and q.source:
                return q.source
            if trigger.start - q.start > 20_000:
                break
            k -= 1
        sentence = self.doc.sentences[self.doc.sentence_index(start)]
        k = bisect.bisect_left(self.source_starts, sentence.start)
        best: str | None = None
        while k < len(self.sources) and self.sources[k].start < sentence.end:
            s = self.sources[k]
            if start <= s.start < end:
                return s.id
            if best is None:
                best = s.id
            k += 1
        return best


def _same_words(lowers: tuple[str, ...], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the tokens from ``i`` (their folded forms ``lowers``) are the words of
    ``phrase``; a ``#`` in a phrase stands for a number (``fick # procent av rösterna``)."""
    if len(phrase) > len(lowers) - i:
        return False
    found = lowers[i : i + len(phrase)]
    if found == phrase:
        return True
    if _NUMBER not in phrase:
        return False
    # a folded form opens with a digit where its text does
    return all(
        low[:1].isdigit() if word == _NUMBER else low == word
        for word, low in zip(phrase, found, strict=True)
    )


_NUMBER = "#"


def _is_score(form: str) -> bool:
    """``2-0``, ``3–1``: a match result."""
    for dash in "-–":
        home, sep, away = form.partition(dash)
        if sep and home.isdigit() and away.isdigit() and len(home) <= 2 and len(away) <= 2:
            return True
    return False


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted offsets ``starts`` lies in ``[lo, hi)``.

    Examples:
        >>> _any_in([3, 9], 4, 9), _any_in([3, 9], 4, 10)
        (False, True)
    """
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _width(t: Timex) -> int:
    if t.earliest is None or t.latest is None:
        return 1 << 30
    return (t.latest - t.earliest).days


def _adjacent(tokens: Sequence[Token], m: Mention, trig: _Trigger) -> bool:
    """``Russlands troppeforflytninger``, ``Burns' reise``, ``russiske forflytninger``."""
    gap = trig.first - m.last
    if gap == 0:
        return True
    if gap == 1:
        between = tokens[m.last]
        return between.text in "'’" or (between.text[:1].islower() and m.weak is False)
    return False


def _key(m: Mention) -> str:
    if m.code:
        return m.code
    return m.name.casefold().rsplit(" ", 1)[-1]


def _worse(a: EventStatus, b: EventStatus) -> EventStatus:
    return a if _STATUS_RANK[a] >= _STATUS_RANK[b] else b


class _NameWords(dict[str, tuple[frozenset[str], str]]):
    """A name's words and its last word, case-folded: computed once per name while merging."""

    def __missing__(self, name: str) -> tuple[frozenset[str], str]:
        low = name.casefold()
        found = frozenset(low.replace("-", " ").split()), low.rsplit(" ", 1)[-1]
        self[name] = found
        return found


def _same(a: Participant, b: Participant, names: _NameWords) -> bool:
    """Whether two participants name one referent (``Xi`` and ``Xi Jinping``)."""
    (wa, la), (wb, lb) = names[a.name], names[b.name]
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    return len(la) > 3 and la == lb


def _nested(a: tuple[Participant, ...], b: tuple[Participant, ...], names: _NameWords) -> bool:
    return all(any(_same(p, q, names) for q in b) for p in a) or all(
        any(_same(p, q, names) for q in a) for p in b
    )


_MERGE_REACH = 40
"""How many earlier events of a type a report is compared with (keeps merging linear)."""


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One event per report: drafts of one type whose participants nest and times agree."""
    out: list[_Draft] = []
    by_type: dict[EventType, list[int]] = {}
    names = _NameWords()
    for d in drafts:
        seen = by_type.setdefault(d.type, [])
        for k in seen[-_MERGE_REACH:]:
            kept = out[k]
            if not (
                d.fallback or kept.fallback or _nested(kept.participants, d.participants, names)
            ):
                continue
            # a report with stood-in parties is merged only where the times agree
            undated = (kept.undated or d.undated) and not (kept.fallback or d.fallback)
            if (
                kept.time is not None
                and d.time is not None
                and not undated
                and kept.time.intersect(d.time) is None
            ):
                continue
            if kept.fallback and not d.fallback:
                # "gripen i Hässelby", then "greps, uppger polisen": who is named now takes part
                kept = attrs.evolve(kept, participants=d.participants, fallback=False)
            people = list(kept.participants)
            for p in () if d.fallback else d.participants:
                for j, q in enumerate(people):
                    if _same(p, q, names):
                        if len(p.name) > len(q.name):
                            people[j] = attrs.evolve(q, name=p.name, entity=q.entity or p.entity)
                        break
                else:
                    people.append(p)
            time = kept.time
            if undated and kept.undated and not d.undated:
                time = d.time  # "angrebet", then "Hamas' angreb 7. oktober": its own time
            elif kept.time is not None and d.time is not None and not d.undated:
                time = kept.time.intersect(d.time) or kept.time
            out[k] = attrs.evolve(
                kept,
                participants=tuple(people),
                place=kept.place or d.place,
                time=time or d.time,
                source=kept.source or d.source,
                undated=kept.undated and d.undated,
            )
            break
        else:
            seen.append(len(out))
            out.append(d)
    return out


def _to_event(doc: Document, d: _Draft) -> Event:
    return Event(
        d.start,
        d.end,
        doc.text[d.start : d.end],
        d.type,
        d.status,
        d.participants,
        d.place,
        d.time,
        d.source,
        d.trigger,
    )
