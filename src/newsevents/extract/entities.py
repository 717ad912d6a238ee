"""The entities layer: people, organisations, places, events and products, without models.

Mentions come from four sources, in this order of trust: the gazetteer (countries from CLDR,
widely known organisations, leaders, cities, regions, news outlets), hyphen compounds
(``Kreml-talsmann`` holds a mention of Kreml, ``Biden-administrasjonen`` is an organisation),
capitalised sequences (with sentence-start handling, role nouns, connectors such as ``of``)
and, once the names are known, lower-case slips of a known surname (``sa blinken``).
Mentions are then merged into one entity per referent: a surname joins the full name it
belongs to, misspellings and romanisation variants join their name (Anotny/Antony,
Narysjkin/Naryshkin), an acronym joins the name it abbreviates.

Every mention keeps exact offsets; a genitive mention (``USAs``, ``USA:s``, ``Natos``) covers
the whole token while the entity's name is the base form.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import KeysView, Sequence
from itertools import compress
from typing import NamedTuple

from newsevents.extract._context import Context
from newsevents.extract._entity_lexicon import (
    EntityLexicon,
    GazetteerEntry,
    lexicon,
    tokenize_name,
)
from newsevents.extract._entity_names import (
    acronym_of,
    fold,
    one_edit_folded,
    similar,
    similar_folded,
)
from newsevents.languages import LanguagePack
from newsevents.model import BlockKind, Entity, EntityType, Span
from newsevents.reading import Document, Token

__all__ = ["country_of_demonym", "entity_at", "extract_entities", "gazetteer_id"]

_TEXT_BLOCKS = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.HEADLINE,
        BlockKind.HEADING,
        BlockKind.CAPTION,
        BlockKind.CREDIT,
    }
)
_SENTENCE_END = frozenset(".!?…:")
_OPENERS = frozenset("«»\"“”„'‘’(–—-−[•*|")
_SPACES = frozenset(" \u00a0")
_BOUNDARY = _OPENERS | _SENTENCE_END
_MAX_FUZZY = 32
"""At most this many spellings are compared per first letter and length (keeps work linear)."""
_MAX_FORMS = 32
"""At most this many spellings of one referent, and referents per name word, are kept for
matching (keeps clustering linear on odd input: a real name has a handful of each)."""
_QUOTE_OPENERS = frozenset("«“„‹‘")
_TITLE_MARKS = frozenset("«»“”„")
_TERRITORY = "territory:"
"""The id prefix of a country in the gazetteer."""
_MAX_MEMO = 200_000
"""Words whose classes are memoised per lexicon, at most."""
_MISSING = object()
_STRAIGHT_QUOTES = frozenset("\"'”»’")
_SUPERLATIVE_ENDINGS = ("ste", "sta")
"""Superlatives (``største``, ``rikaste``, ``största``) describe, they do not name a body."""
_VOWELS = frozenset("aeiouyæøåäöéáíóú")
_VERB_ENDINGS = ("r", "te", "tt", "et", "ok", "o", "ede", "ade", "gde", "dde", "vde")
"""Endings of present and past tense verbs (``krever``, ``stemte``, ``vedtok``): after a name
that is also an adjective, a verb says the name is the subject."""

# How much each kind of evidence counts when an entity's mentions disagree about its type.
_GAZETTEER, _SUFFIX, _APPOSITION, _GIVEN, _ROLE, _SHAPE, _CONTEXT, _DEFAULT = 9, 8, 7, 6, 5, 3, 2, 1


class _Mention(NamedTuple):
    start: int
    end: int
    name: str
    """The name without a genitive ending."""
    words: tuple[str, ...]
    entry: GazetteerEntry | None
    type: EntityType
    weight: int
    role: str | None = None


def extract_entities(ctx: Context) -> tuple[Entity, ...]:
    """Find the entities of the document, one per referent, with every mention.

    Ids are ``e1``, ``e2``, ... in order of first mention.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> doc = read(" date 2022-01 USAs utenriksminister Antony Blinken møtte Sergej Lavrov. "
        ...            "Blinken sa at samtalene var nyttige.")
        >>> ents = extract_entities(Context(doc, get_pack("nb")))
        >>> [(e.id, e.name, e.type.value) for e in ents][1:]
        [('e2', 'Antony Blinken', 'person'), ('e3', 'Sergej Lavrov', 'person')]
        >>> [m.text for m in ents[1].mentions]
        ['Antony Blinken', 'Blinken']
        >>> ents[1].roles
        ('USAs utenriksminister',)
    """
    doc = ctx.doc
    if not doc.tokens:
        return ()
    lex = lexicon(ctx.pack)
    finder = _Finder(doc, lex, _timex_spans(ctx))
    mentions = finder.run()
    if not mentions:
        return ()
    clusters = _cluster(mentions, finder.links, lex, finder.places)
    _add_slips(clusters, finder)
    _retype_lone_names(clusters, finder)
    _companies_not_places(clusters, finder)
    if finder.party_labels:
        _link_party_labels(clusters, finder)
    if finder.missions > 1:
        clusters = _merge_missions(clusters, lex)
    return _entities(clusters, doc)


def _mission_key(c: _Cluster, lex: EntityLexicon) -> tuple[str, str, tuple[str, ...]] | None:
    """(country code, mission noun, place) of an embassy's cluster, or ``None``."""
    if c.entry is not None or c.type is not EntityType.ORGANIZATION:
        return None
    words = c.mentions[0].words
    k = next((x for x in range(1, len(words)) if words[x].casefold() in lex.missions), 0)
    if not k:
        return None
    owner = words[k - 1]
    code = lex.demonym(owner)
    if code is None:
        base = _strip_genitive(lex, owner)
        entries = lex.gazetteer.get((base,)) if base is not None else None
        if not entries or not entries[0].id.startswith(_TERRITORY):
            return None
        code = entries[0].id[len(_TERRITORY) :]
    place = tuple(w.casefold() for w in words[k + 2 :])
    return code, words[k].casefold()[:6], place


def _merge_missions(clusters: list[_Cluster], lex: EntityLexicon) -> list[_Cluster]:
    """``Rysslands ambassad i Stockholm`` and ``den ryska ambassaden i Stockholm`` are one
    embassy: the same country, mission noun and place (or a place left out)."""
    groups: dict[tuple[str, str], list[tuple[_Cluster, tuple[str, ...]]]] = {}
    for c in clusters:
        key = _mission_key(c, lex)
        if key is not None:
            groups.setdefault(key[:2], []).append((c, key[2]))
    gone: set[int] = set()
    for members in groups.values():
        if len(members) < 2 or len({p for _, p in members if p}) > 1:
            continue  # one embassy each, or embassies in two places
        keep = members[0][0]
        for c, _ in members[1:]:
            for m in c.mentions:
                keep.add(m)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone] if gone else clusters


def _link_party_labels(clusters: list[_Cluster], finder: _Finder) -> None:
    """A party label after a person (``Ulf Kristersson (M)``) is a mention of the party when
    the article names the party (``Moderaterna``); alone it stays the person's label."""
    lex = finder.lex
    by_id = {c.entry_id: c for c in clusters if c.entry_id is not None}
    for i in finder.party_labels:
        label = finder.texts[i]
        party = lex.party_label_names.get(label)
        entries = lex.gazetteer.get(tuple(party.casefold().split())) if party else None
        cluster = by_id.get(entries[0].id) if entries else None
        if cluster is None or cluster.entry is None:
            continue
        entry = cluster.entry
        cluster.add(
            _Mention(
                finder.starts[i],
                finder.ends[i],
                cluster.mentions[0].name,  # the article's spelling: "Arbeidarpartiet"
                (label,),
                entry,
                EntityType.ORGANIZATION,
                _GAZETTEER,
            )
        )


def entity_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity one of whose mentions covers ``[start, end)`` (or, failing that, overlaps it).

    Other layers use it to turn a name they found in the text into an entity id.

    Examples:
        >>> from newsevents.model import Span
        >>> e = Entity("e1", "Kreml", EntityType.ORGANIZATION, mentions=(Span(10, 15, "Kreml"),))
        >>> entity_at([e], 10, 15).id, entity_at([e], 12, 20).id, entity_at([e], 0, 5)
        ('e1', 'e1', None)
    """
    overlapping: Entity | None = None
    for ent in entities:
        for m in ent.mentions:
            if m.start <= start and end <= m.end:
                return ent
            if overlapping is None and m.start < end and start < m.end:
                overlapping = ent
    return overlapping


def country_of_demonym(pack: LanguagePack, word: str) -> str | None:
    """The country a demonym or nationality adjective points to, named in the pack's language.

    Examples:
        >>> from newsevents.languages import get_pack
        >>> country_of_demonym(get_pack("nb"), "russiske")
        'Russland'
        >>> country_of_demonym(get_pack("sv"), "ryska")
        'Ryssland'
        >>> country_of_demonym(get_pack("da"), "hus") is None
        True
    """
    lex = lexicon(pack)
    code = lex.demonym(word)
    if code is None:
        return None
    for name, c in lex.territory_names.items():
        if c == code:
            for key, entries in lex.gazetteer.items():
                if key == (name,) or key == tuple(name.split()):
                    return entries[0].name
    return None


def gazetteer_id(entity: Entity, pack: LanguagePack) -> str | None:
    """The language-independent id of a widely known entity, for linking across articles.

    ``Det hvite hus``, ``Det Hvide Hus``, ``Vita huset`` and ``White House`` share one id;
    countries use their CLDR code (``territory:US``). ``None`` for names the gazetteer lacks.

    Examples:
        >>> from newsevents.languages import get_pack
        >>> e = Entity("e1", "Vita huset", EntityType.ORGANIZATION)
        >>> gazetteer_id(e, get_pack("sv"))
        'seat:white-house'
        >>> gazetteer_id(Entity("e2", "USA:s", EntityType.GPE), get_pack("sv"))
        'territory:US'
    """
    lex = lexicon(pack)
    for name in (entity.name, *entity.aliases):
        words = tokenize_name(name)
        if not words:
            continue
        key = tuple(w.casefold() for w in words)
        entries = lex.gazetteer.get(key)
        if entries is None:
            base = _caps_base(words[-1])
            entries = lex.gazetteer.get((*key[:-1], base.casefold()))
        if entries:
            return entries[0].id
    return None


# ---------- finding mentions --------------------------------------------------------------------


def _timex_spans(ctx: Context) -> list[tuple[int, int]]:
    return sorted((t.start, t.end) for t in ctx.timexes)


def _is_cap(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() and any(c.isupper() for c in text))


def _caps_base(text: str) -> str:
    """An acronym without its genitive ending: ``USAs`` -> ``USA``, ``USA:s`` -> ``USA``."""
    for suffix in (":s", "'s", "’s", "s"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def _clock(text: str) -> bool:
    """A time stamp token: ``15:30``, ``09.12``."""
    return (
        len(text) in (4, 5)
        and text[0].isdigit()
        and text[-1].isdigit()
        and (":" in text or "." in text)
        and text.replace(":", "").replace(".", "").isdigit()
    )


def _is_word(text: str) -> bool:
    return text[:1].isalnum()


def _all_caps(text: str) -> bool:
    """Two or more letters, all upper case (``USA``, ``G20`` is not: one letter)."""
    return text.isupper() and (text.isalpha() or sum(c.isalpha() for c in text) >= 2)


def _never_starts_a_name(lex: EntityLexicon, word: str) -> bool:
    """A capitalised common word (``Men``, ``Ifølge``) that starts no known name: the pass
    would look at it and move on, so it is not a candidate at all."""
    low = word.casefold()
    if low not in lex.common or low in lex.gazetteer_first or low in lex.given_names:
        return False
    if low in lex.agent_institutions:
        return False
    if "-" in word or _all_caps(word) or lex.demonym(word) is not None:
        return False
    return not (low.endswith("s") and low[:-1] in lex.gazetteer_first)


@functools.lru_cache(maxsize=65536)
def _strip_genitive(lex: EntityLexicon, word: str) -> str | None:
    """The case-folded base of a genitive (``USAs`` -> ``usa``), or ``None``."""
    if word[-1:] not in ("s", "S"):
        return None
    low = word.casefold()
    for suffix in lex.genitive_suffixes:
        if suffix != "'" and low.endswith(suffix) and len(low) > len(suffix) + 1:
            return low[: -len(suffix)]
    return None


@functools.lru_cache(maxsize=65536)
def _gazetteer_word(lex: EntityLexicon, word: str) -> tuple[bool, GazetteerEntry | None]:
    """What the gazetteer says of a word alone: (names of several words may start here, the
    entry of the word as a whole name). Cached: a pure function of the lexicon and the word."""
    low = word.casefold()
    longest = lex.gazetteer_first.get(low, 0)
    if not longest:
        base = _strip_genitive(lex, word)
        if base is None or not lex.gazetteer_first.get(base, 0):
            return False, None
    if not (_is_cap(word) or "-" in word or word in lex.lower_starts):
        return False, None
    entries = lex.gazetteer.get((low,))
    if entries is None:
        base = _strip_genitive(lex, word)
        if base is not None:
            entries = lex.gazetteer.get((base,))
    entry = _Finder._shape_ok(entries, (Token(0, len(word), word),)) if entries else None
    return longest > 1, entry


@functools.cache
def _gazetteer_pairs(lex: EntityLexicon) -> frozenset[tuple[str, str]]:
    """The first two words (case-folded) of every gazetteer name of several words."""
    return frozenset((k[0], k[1]) for k in lex.gazetteer if len(k) > 1)


@functools.lru_cache(maxsize=65536)
def _word_class(lex: EntityLexicon, word: str) -> tuple[str | None, bool, bool]:
    """(the case-folded word if it is written in lower case, whether it may start a mention,
    whether it never starts a name though capitalised)."""
    c = word[0]
    if c.islower():
        return (
            # "al-Busaidi" is a name's spelling, no common word's
            None if "-" in word and not word.islower() else word.casefold(),
            "-" in word
            or word in lex.lower_starts
            or word in lex.missions
            or word.casefold().endswith(lex.state_body_endings),
            False,
        )
    if c.isupper() or (c.isdigit() and not word.isdigit()):
        return None, True, _never_starts_a_name(lex, word)
    return None, False, False


class _WordClasses:
    """The word classes of the candidate pass for one lexicon, memoised across articles.

    A cache of a pure function of (lexicon, word): words are only ever added, every class
    before the word is marked known, so concurrent readers see either nothing or the whole
    answer. It stops growing at `_MAX_MEMO` words; words beyond are classified per article.
    """

    __slots__ = ("dead", "known", "lower", "wanted")

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.wanted: set[str] = set()
        self.dead: set[str] = set()
        self.lower: dict[str, str | None] = {}

    def of(self, lex: EntityLexicon, words: KeysView[str]) -> tuple[set[str], set[str], set[str]]:
        """(words that may start a mention, those of them that start no name, the case-folded
        words written in lower case) among ``words``."""
        wanted: set[str] = set()
        dead: set[str] = set()
        lower: set[str] = set()
        distinct = set(words)
        new = distinct - self.known
        if new:
            store = len(self.known) < _MAX_MEMO
            for t in new:
                low, want, never = _word_class(lex, t)
                if low is not None:
                    lower.add(low)
                if store:
                    self.lower[t] = low
                if want:
                    wanted.add(t)
                    if never:
                        dead.add(t)
            if store:
                self.wanted |= wanted
                self.dead |= dead
                self.known |= new
        wanted |= distinct & self.wanted
        dead |= wanted & self.dead
        lower.update(filter(None, map(self.lower.get, distinct)))
        return wanted, dead, lower


@functools.cache
def _word_classes(lex: EntityLexicon) -> _WordClasses:
    return _WordClasses()


class _Finder:
    """One pass over the text blocks of a document, collecting name mentions."""

    def __init__(self, doc: Document, lex: EntityLexicon, timexes: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.tokens = doc.tokens
        self.mentions: list[_Mention] = []
        n = len(self.tokens)
        self.n = n
        self.initial = [False] * n
        self.in_text = [False] * n
        self.block_end = [0] * n
        self.block_start = [0] * n
        self.texts: list[str] = []
        self.starts: tuple[int, ...] = ()
        self.ends: tuple[int, ...] = ()
        self.candidates: list[int] = []
        self._gaz_cache: dict[int, tuple[int, GazetteerEntry, int] | None] = {}
        self.links: dict[int, int] = {}
        self.missions = 0
        """How many embassies were found (two may be one, named two ways)."""
        self.party_labels: list[int] = []
        """Tokens of party labels after a person (``Ulf Kristersson (M)``)."""
        self.captions: set[int] = set()
        """First tokens of caption blocks."""
        self.headings: set[int] = set()
        """First tokens of headlines and cross-heads."""
        self._cap_buckets: dict[tuple[str, int], list[str]] | None = None
        """Start of an acronym mention -> start of the name it abbreviates."""
        self.skip = [False] * n
        self.cap_names: dict[str, int] = {}
        """Capitalised words seen away from a sentence start: evidence of a name."""
        self.lower_words: set[str] = set()
        self.count: Counter[str] | dict[str, int] = {}
        self.places: set[str] = set()
        self.org_parts: set[str] = set()
        """Names of organisations without their head (``Brøndby`` of ``Brøndby IF``)."""
        """Place parts of institution names (``Vinje`` of ``Vinje kommune``)."""
        self._prepare(timexes)

    # ---- preparation ----------------------------------------------------------------------

    def _prepare(self, timexes: list[tuple[int, int]]) -> None:
        doc = self.doc
        # the reader's columns of the tokens, computed once per document
        texts = list(doc.token_texts)
        starts = doc.token_starts
        ends = doc.token_ends
        self.texts = texts
        self.starts = starts
        self.ends = ends
        ranges: list[tuple[int, int]] = []
        for block, content in zip(doc.blocks, doc.content, strict=True):
            if content.start >= content.end or (
                block.kind not in _TEXT_BLOCKS and block.kind is not BlockKind.BOILERPLATE
            ):
                continue
            lo = bisect.bisect_left(starts, content.start)
            hi = bisect.bisect_right(ends, content.end, lo)
            if lo >= hi:
                continue
            if block.kind is BlockKind.BOILERPLATE and not self._byline(texts, lo, hi):
                continue
            if block.kind is BlockKind.CAPTION:
                self.captions.add(lo)
            elif block.kind in (BlockKind.HEADLINE, BlockKind.HEADING):
                self.headings.add(lo)
            size = hi - lo
            self.in_text[lo:hi] = [True] * size
            self.block_end[lo:hi] = [hi] * size
            self.block_start[lo:hi] = [lo] * size
            ranges.append((lo, hi))
        self.count = Counter(compress(texts, self.in_text))
        # one look at each distinct word new to the lexicon, then set operations
        lex = self.lex
        distinct = self.count.keys()
        wanted, dead, lower_words = _word_classes(lex).of(lex, distinct)
        self.lower_words = lower_words
        candidates: list[int] = []
        is_wanted = wanted.__contains__
        for lo, hi in ranges:
            candidates.extend(compress(range(lo, hi), map(is_wanted, texts[lo:hi])))
        for start, end in timexes:
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_right(ends, end, lo)
            self.skip[lo:hi] = [True] * max(0, hi - lo)
        keep: list[int] = []
        skip, block_start, initial_of = self.skip, self.block_start, self.initial
        cap_names: dict[str, int] = {}
        if timexes:
            candidates = [i for i in candidates if not skip[i]]
        for i in candidates:  # every candidate starts with a letter or a digit
            j = i - 1
            bs = block_start[i]
            if j == bs and _clock(texts[j]):
                j -= 1  # "15:30 Tågtrafiken inställd": a live blog's time stamp
            if j >= bs and texts[j] not in _BOUNDARY:
                # the common case: a word inside a sentence
                w = texts[i]
                if w[0].isupper():
                    cap_names[w] = cap_names.get(w, 0) + 1
                if w not in dead:
                    keep.append(i)
                continue
            quoted = False
            while j >= bs and texts[j] in _OPENERS:
                quoted = (
                    quoted
                    or texts[j] in _QUOTE_OPENERS
                    or (texts[j] in _STRAIGHT_QUOTES and self._opens(j))
                )
                j -= 1
            initial = j < bs or quoted or (texts[j] in _SENTENCE_END and not self._abbreviation(j))
            initial_of[i] = initial
            if not initial and texts[i][:1].isupper():
                cap_names[texts[i]] = cap_names.get(texts[i], 0) + 1
            if texts[i] not in dead:
                keep.append(i)
        self.cap_names = cap_names
        self.candidates = keep

    def _byline(self, texts: list[str], lo: int, hi: int) -> bool:
        """Tokens lo..hi are a byline: a cue (``Av``, ``Af``) and capitalised names."""
        if hi - lo > 12 or texts[lo].casefold().rstrip(":") not in self.lex.byline_cues:
            return False
        coordinators = self.lex.coordinators
        return all(_is_cap(t) or not _is_word(t) or t in coordinators for t in texts[lo + 1 : hi])

    def token_at(self, offset: int) -> int | None:
        """Index of the token starting at ``offset``."""
        k = bisect.bisect_left(self.starts, offset)
        return k if k < len(self.starts) and self.starts[k] == offset else None

    def token_ending(self, offset: int) -> int | None:
        """Index of the token ending at ``offset``."""
        k = bisect.bisect_left(self.ends, offset)
        return k if k < len(self.ends) and self.ends[k] == offset else None

    def _opens(self, j: int) -> bool:
        """A straight quote mark at token j opens a quotation (white space or nothing before)."""
        tok = self.tokens[j]
        return tok.start == 0 or self.text[tok.start - 1].isspace() or j == self.block_start[j]

    def _abbreviation(self, j: int) -> bool:
        """The full stop at token j ends an initial (``R.``) or a known abbreviation (``St.``)."""
        if self.texts[j] != "." or j == 0 or self.tokens[j - 1].end != self.tokens[j].start:
            return False
        prev = self.texts[j - 1]
        return (len(prev) == 1 and prev.isupper()) or prev.casefold() in self.lex.abbreviations

    # ---- helpers -------------------------------------------------------------------------------

    def _adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (j = i + 1) are separated by a single space in one block."""
        if j >= self.n or not self.in_text[j] or j >= self.block_end[i]:
            return False
        e = self.ends[i]
        return self.starts[j] - e == 1 and self.text[e] in _SPACES

    def _joined(self, i: int, j: int) -> bool:
        """Tokens i and j are adjacent or touch (``St.`` + ``Petersburg``, ``U`` + ``.S``)."""
        e, s = self.ends[i], self.starts[j]
        return self.block_end[i] == self.block_end[j] and (
            s == e or (s == e + 1 and self.text[e] in _SPACES)
        )

    def _genitive_base(self, word: str, nxt: Token | None, *, full_name: bool = False) -> str:
        """``word`` without a genitive ending, when the text says it is one."""
        for suffix in self.lex.genitive_suffixes:
            if len(suffix) > 1 and word.endswith(suffix) and len(word) > len(suffix) + 1:
                return word[: -len(suffix)]
        if (
            not word.endswith("s")
            or len(word) < 4
            or word.endswith("ss")
            or "s" not in self.lex.genitive_suffixes
        ):
            return word
        if (word.casefold(),) in self.lex.gazetteer or (
            full_name and word.casefold() in self.lex.name_heads
        ):
            return word  # "Aarhus", "Paris", "Sogn Avis": a known name or head ending in -s
        base = word[:-1]
        if (
            base in self.cap_names
            or self.count.get(base, 0)
            or (base.casefold(),) in self.lex.gazetteer
            or (
                full_name
                and self.lex.surname_endings
                and base.casefold().endswith(self.lex.surname_endings)
            )
        ):
            return base  # "Henrik Ibsens": a surname in -sen/-son does not end in -s
        if self.count.get(word, 0) > 1 or self.cap_names.get(word, 0) > 1:
            return word
        if nxt is not None and _is_word(nxt.text) and nxt.text[:1].islower():
            low = nxt.text.casefold()
            if (
                low not in self.lex.context_verbs
                and low not in self.lex.common
                and low not in self.lex.actor_verbs  # "Pasientfokus vant"
            ):
                return base
        return word

    def _known(self, word: str) -> bool:
        """Seen as a name elsewhere: away from a sentence start, or in the gazetteer."""
        if self.cap_names.get(word, 0):
            return True
        base = word[:-1] if word.endswith("s") else word
        if base != word and self.cap_names.get(base, 0):
            return True
        key = (word.casefold(),)
        return key in self.lex.gazetteer or (base.casefold(),) in self.lex.gazetteer

    def _gazetteer_at(self, i: int) -> tuple[int, GazetteerEntry, int] | None:
        """The longest gazetteer name starting at token i: (token count, entry, end offset)."""
        lex, texts = self.lex, self.texts
        word = texts[i]
        several, entry = _gazetteer_word(lex, word)
        if several:
            # only a name of several words can differ from the word alone: is one continuing?
            j = i + 1
            if j < self.n and self._joined(i, j):
                pairs = _gazetteer_pairs(lex)
                low = word.casefold()
                nxt = texts[j]
                base = _strip_genitive(lex, nxt)
                several = (low, nxt.casefold()) in pairs or (
                    base is not None and (low, base) in pairs
                )
            else:
                several = False
        if not several:  # the answer depends on this word alone
            return None if entry is None else (1, entry, self.ends[i])
        cached = self._gaz_cache.get(i, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        found, _ = self._gazetteer_lookup(i)
        self._gaz_cache[i] = found
        return found

    def _gazetteer_lookup(self, i: int) -> tuple[tuple[int, GazetteerEntry, int] | None, bool]:
        """The longest name at token i, and whether names of several words start so."""
        tokens, lex = self.tokens, self.lex
        first = tokens[i].text
        low = first.casefold()
        longest = lex.gazetteer_first.get(low, 0)
        base_low = None
        if not longest:
            base_low = self._strip_genitive_low(first)
            if base_low is None or not lex.gazetteer_first.get(base_low, 0):
                return None, False
        if not (_is_cap(first) or "-" in first or first in lex.lower_starts):
            return None, False
        best: tuple[int, GazetteerEntry, int] | None = None
        gazetteer, texts, starts, ends = lex.gazetteer, self.texts, self.starts, self.ends
        block_end, text = self.block_end, self.text
        key: tuple[str, ...] = ()
        limit = longest if longest > 1 else 1
        stop = min(self.n, i + limit)
        j = i
        while j < stop:
            if j > i and (
                block_end[j] != block_end[i]
                or not (
                    starts[j] == ends[j - 1]
                    or (starts[j] == ends[j - 1] + 1 and text[ends[j - 1]] in _SPACES)
                )
            ):
                break
            word = texts[j]
            key = (*key, low if j == i else word.casefold())
            entries = gazetteer.get(key)
            genitive = False
            if entries is None and word[-1] in "sS":
                base = self._strip_genitive_low(word)
                if base is not None:
                    entries = gazetteer.get((*key[:-1], base))
                    genitive = True
            if entries:
                entry = self._shape_ok(entries, tokens[i : j + 1])
                if entry is not None and (
                    genitive or j == i or not self._adjective_before_noun(entry, j)
                ):
                    best = (len(key), entry, ends[j])
            j += 1
        return best, limit > 1

    def _adjective_before_noun(self, entry: GazetteerEntry, j: int) -> bool:
        """Token j ends a name of several words the gazetteer capitalises, written in lower
        case before a lower-case noun it qualifies: ``De grønne områdene`` is no party,
        ``De grønnes leder`` and ``De grønne vil`` are."""
        word = self.texts[j]
        if not word[:1].islower() or entry.name.split()[-1][:1].islower():
            return False
        k = j + 1
        if k >= self.n or not self._adjacent(j, k):
            return False
        nxt = self.texts[k]
        low = nxt.casefold()
        lex = self.lex
        return (
            nxt.isalpha()
            and nxt[0].islower()
            and low not in lex.context_verbs
            and low not in lex.actor_verbs
            and low not in lex.common
            and low not in lex.coordinators
            and low not in lex.locative
        )

    def _strip_genitive_low(self, word: str) -> str | None:
        return _strip_genitive(self.lex, word)

    @staticmethod
    def _shape_ok(
        entries: tuple[GazetteerEntry, ...], toks: Sequence[Token]
    ) -> GazetteerEntry | None:
        """An entry whose letter case the text agrees with (``IS`` is not ``Is``)."""
        texts = [t.text for t in toks]
        for entry in entries:
            if entry.name.split() == texts:
                return entry
        for entry in entries:
            words = entry.name.split()
            ok = True
            for w, t in zip(words, toks, strict=False):
                if _all_caps(w) and len(w) <= 4 and not _all_caps(_caps_base(t.text)):
                    ok = False
                    break
            if ok:
                return entry
        return None

    # ---- the pass ------------------------------------------------------------------------------

    def run(self) -> list[_Mention]:
        """Every mention, in text order."""
        i = 0  # the token to go on from: candidates before it lie inside a mention
        for k in self.candidates:
            if k >= i:
                i = self._at(k)
        if self.places or self.org_parts:
            placed = {
                m.name
                for m in self.mentions
                if len(m.words) == 1 and m.type in (EntityType.GPE, EntityType.LOCATION)
            }
            self.mentions = [self._retype(m, placed) for m in self.mentions]
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._coordinated_places()
        return self.mentions

    def _coordinated_places(self) -> None:
        """A lone unknown word joined to a place by ``og``/``och`` or a comma is a place
        of that kind:
        ``i Gran og Lunner``, ``mellan Malmö och Kristianstad``, ``Skåne och Blekinge``."""
        ms = self.mentions
        if not any(
            m.type is EntityType.PERSON and m.entry is None and m.weight <= _CONTEXT for m in ms
        ):
            return
        # twice, forwards then backwards, so a type runs along a list: "i Karup, Skrydstrup
        # og Aalborg", "Skrydstrup, Karup og Aalborg"
        for order in (range(len(ms)), range(len(ms) - 1, -1, -1)):
            by_end = {m.end: m for m in ms}
            by_start = {m.start: m for m in ms}
            for k in order:
                m = ms[k]
                if (
                    m.entry is not None
                    or m.type is not EntityType.PERSON
                    or m.weight > _CONTEXT
                    or m.role is not None
                    or len(m.words) != 1
                ):
                    continue
                i, j = self.token_at(m.start), self.token_ending(m.end)
                partner = None
                if i is not None and i >= 2 and self._list_joint(i - 1):
                    partner = by_end.get(self.ends[i - 2])
                if partner is None and j is not None and j + 2 < self.n and self._list_joint(j + 1):
                    partner = by_start.get(self.starts[j + 2])
                if partner is not None and partner.type in (EntityType.GPE, EntityType.LOCATION):
                    ms[k] = m._replace(type=partner.type, weight=_CONTEXT)
                    by_end[m.end] = by_start[m.start] = ms[k]

    def _list_joint(self, k: int) -> bool:
        """Token k joins two items of a list: ``og``/``och`` or a comma."""
        word = self.texts[k]
        return word == "," or word.casefold() in self.lex.coordinators

    def _retype(self, m: _Mention, placed: set[str]) -> _Mention:
        """A lone unknown word typed person by default, named as a place or a club elsewhere
        (but no club where the text also uses it as a place: ``for Sogn`` beside ``Sogn Avis``
        and ``i Sogn``)."""
        if (
            m.entry is not None
            or m.type is not EntityType.PERSON
            or m.weight > _CONTEXT
            or m.role is not None
            or len(m.words) != 1
        ):
            return m
        if m.name in self.places:
            return m._replace(type=EntityType.GPE, weight=_CONTEXT)
        if m.name in self.org_parts and m.name not in placed:
            return m._replace(type=EntityType.ORGANIZATION, weight=_CONTEXT)
        return m

    def _at(self, i: int) -> int:
        """Look for a mention starting at token i; return the index to go on from."""
        tok = self.tokens[i]
        text = tok.text
        if i >= 2 and self.texts[i - 1] == "(" and self._party_of_person(i):
            return i + 1
        texts = self.texts
        if (i + 1 < self.n and texts[i + 1] == "-") or (i + 2 < self.n and texts[i + 2] == "-"):
            joined = self._coordinated_body(i)
            if joined:
                return joined
            if (
                self.texts[i + 1 : i + 2] == ["-"]
                and self.starts[i + 1] == tok.end
                and self.texts[i + 2 : i + 3]
                and self.texts[i + 2].casefold() in self.lex.coordinators
            ):
                return i + 1  # "Helse- og omsorgsminister": the first half of a compound
        gaz = self._gazetteer_at(i)
        if gaz is not None:
            count, entry, end = gaz
            last = i + count - 1
            # "Washington Post": a place name followed by more of a name is something else
            nxt = last + 1
            texts = self.texts
            base = _strip_genitive(self.lex, texts[last])
            genitive = base is not None
            adjacent = self._adjacent(last, nxt)
            more = (
                adjacent
                and _is_cap(texts[nxt])
                and not self.initial[nxt]
                and not self.lex.is_common(self.tokens[nxt].text)
                and not self.lex.is_role(self.tokens[nxt].text)
                and (self._gazetteer_at(nxt) is None or texts[nxt] in self.lex.legal_forms)
            )
            if more and not genitive and self._person_after_country(entry, nxt):
                more = False  # "utväxlade Sverige Hamid Nouri": a country, then a person
            if (
                more
                and not genitive
                and (entry.type in (EntityType.GPE, EntityType.LOCATION) or entry.short)
            ) or (nxt < self.n and texts[nxt] == "/" and self._slash_at(last)):
                return self._run(i)  # "Washington Post", "Løkke Rasmussen", "Bodø/Glimt"
            if (
                genitive
                and adjacent
                and entry.type is EntityType.GPE
                and not entry.id.startswith(_TERRITORY)
                and self._venue_noun(nxt)
            ):
                return self._emit_venue(i, nxt)  # "Hässleholms sporthall"
            if entry.type in (EntityType.GPE, EntityType.LOCATION) and adjacent:
                head = self.tokens[nxt].text
                if (
                    entry.type is EntityType.GPE
                    and head[:1].isupper()
                    and not self.initial[nxt]
                    and self.lex.name_heads.get(head.casefold()) is EntityType.EVENT
                ):
                    # "Danmark Rundt", "Norge Rundt": a race named after its country
                    start, stop = tok.start, self.ends[nxt]
                    self._emit(
                        i,
                        nxt,
                        start,
                        stop,
                        self.text[start:stop],
                        (*texts[i:nxt], head),
                        None,
                        EntityType.EVENT,
                        _SUFFIX,
                    )
                    return nxt + 1
                if (
                    self.lex.is_institution(head)
                    or (more and genitive and self._organization_word(head))
                    or (
                        genitive
                        and head[:1].islower()
                        and head.isalpha()
                        and self._bracketed_acronym(nxt) is not None
                    )
                ):
                    # "Oslo kommune", "Stockholms universitet", "Norges Bank", and before
                    # an acronym in brackets "Noregs forskingsråd (NFR)"
                    nt = self.tokens[nxt]
                    self._emit(
                        i,
                        nxt,
                        tok.start,
                        nt.end,
                        self.text[tok.start : nt.end],
                        (*(t.text for t in self.tokens[i:nxt]), head),
                        None,
                        EntityType.ORGANIZATION,
                        _SUFFIX,
                    )
                    self._link_acronym(nxt, tok.start)  # "Noregs forskingsråd (NFR)"
                    return nxt + 1
            if (
                entry.short
                and self.initial[i]
                and count == 1
                and text.casefold() in self.lex.common
            ):
                return i + 1
            if count == 1 and adjacent and self._qualifies_noun(i):
                return i + 1  # "Rødt farevarsel", "Venstre side": an adjective, no party
            if genitive and adjacent and entry.type is EntityType.GPE:
                mission = self._mission(nxt)
                if mission:
                    return mission  # "Russlands ambassade i Oslo"
                if self._state_body_word(nxt):
                    # "Qatars udenrigsministerium", "Russlands utanriksdepartement"; the
                    # country stays an entity of its own, as after "i" (`_state_body`)
                    self._emit_tokens(i, nxt, EntityType.ORGANIZATION)
                    words = tuple(texts[i : last + 1])
                    cut = len(words[-1]) - len(base) if base is not None else 0
                    self._emit(
                        i,
                        last,
                        tok.start,
                        end,
                        self.text[tok.start : end - cut],
                        (*words[:-1], words[-1][: len(words[-1]) - cut]),
                        entry,
                        entry.type,
                        _GAZETTEER,
                    )
                    return nxt + 1
            if genitive and adjacent and entry.type is EntityType.GPE:
                body = self._adjective_body(nxt)
                if body:
                    # "Noregs arktiske universitet", "Norges teknisk-naturvitenskapelige
                    # universitet": a country's body named by adjectives and its noun
                    self._emit_tokens(i, body, EntityType.ORGANIZATION)
                    self._link_acronym(body, tok.start)
                    return body + 1
            if more and genitive and entry.type is EntityType.GPE:
                # "Danmarks Cykle Union", "Norges Røde Kors": a country's body of two names
                extended = self._extend_organization(i, last, min_words=2)
                if not extended and self._body_of_country(i, nxt):
                    # "fackförbundet Sveriges Lärare", "Sveriges Lärare (SL)"
                    extended = self._extend_organization(i, last)
                if extended:
                    return extended
            if entry.type is EntityType.ORGANIZATION and (
                more
                or (adjacent and not genitive and not self.initial[nxt] and self._branch_place(nxt))
            ):
                # "DNB Markets"; after a genitive only a body of the organisation:
                # "Folketingets Udenrigspolitiske Nævn", "Stortingets Finanskomité"
                extended = self._extend_organization(i, last, need_head=genitive)
                if extended:
                    return extended
            name = self.text[tok.start : end]
            words = tuple(texts[i : last + 1])
            if (
                base is not None
                and (*(w.casefold() for w in words[:-1]), words[-1].casefold())
                not in self.lex.gazetteer
            ):
                cut = len(words[-1]) - len(base)
                name = name[:-cut]
                words = (*words[:-1], words[-1][:-cut])
            self._emit(i, last, tok.start, end, name, words, entry, entry.type, _GAZETTEER)
            if entry.type is not EntityType.PERSON and nxt < self.n and self.texts[nxt] == "(":
                self._link_acronym(last, tok.start)
            return last + 1
        if text[0] == "E" or text.casefold() in self.lex.road_prefixes:
            road = self._road(i)
            if road:
                return road
        if "-" in text and _is_word(text):
            handled = self._compound(i)
            if handled:
                return i + 1
        if self.lex.state_body_endings and text.casefold().endswith(self.lex.state_body_endings):
            body = self._state_body(i)
            if body:
                return body
        if not _is_cap(text):
            if text in self.lex.missions:
                return self._mission(i) or i + 1
            return i + 1
        return self._run(i)

    def _state_body_word(self, k: int) -> bool:
        """Token k is a lower-case noun naming a state's body (``udenrigsministerium``)."""
        word = self.texts[k]
        return (
            word[:1].islower()
            and word.isalpha()
            and word.casefold().endswith(self.lex.state_body_endings)
            and not self.lex.is_role(word)
        )

    def _state_body(self, i: int) -> int:
        """``menneskerettsombodet i Georgia``, ``Ombudsmannen i Georgien``: a noun naming a
        state's body, ``i`` and a country are one organisation, and the country is an entity
        of its own. Returns the index to go on from (0: none)."""
        texts, lex = self.texts, self.lex
        word = texts[i]
        low = word.casefold()
        place = i + 2
        if (
            place >= self.n
            or not word.isalpha()
            # a bare head ("departementet i Russland") is a generic reference, as the
            # seeds' "Regjeringen i Russland"; "menneskerettsombodet" names a body
            or low in lex.organization_suffixes
            or lex.is_role(word)
            or texts[i + 1].casefold() not in lex.locative
            or not self._adjacent(i, i + 1)
            or not self._adjacent(i + 1, place)
            or (word[:1].isupper() and not self.initial[i])
            or self._gazetteer_at(i) is not None
        ):
            return 0
        gaz = self._gazetteer_at(place)
        if gaz is None or not gaz[1].id.startswith(_TERRITORY):
            return 0
        count, entry, _ = gaz
        last = place + count - 1
        start, end = self.starts[i], self.ends[last]
        self._emit(
            i,
            last,
            start,
            end,
            self.text[start:end],
            tuple(texts[i : last + 1]),
            None,
            EntityType.ORGANIZATION,
            _SUFFIX,
        )
        p_start = self.starts[place]
        self._emit(
            place,
            last,
            p_start,
            end,
            self.text[p_start:end],
            tuple(texts[place : last + 1]),
            entry,
            entry.type,
            _GAZETTEER,
        )
        return last + 1

    def _person_after_country(self, entry: GazetteerEntry, k: int) -> bool:
        """A country's name is followed at token k by a person's name with no punctuation
        between: a known given name, or two capitalised words that are no known name
        (``utleverte Norge Ali Hassan``, ``utväxlade Sverige Hamid Nouri``)."""
        if not entry.id.startswith(_TERRITORY) or self.initial[k]:
            return False
        texts, lex = self.texts, self.lex
        if texts[k].casefold() in lex.given_names:
            return True
        m = k + 1
        return (
            m < self.n
            and self._adjacent(k, m)
            and _is_word(texts[m])
            and _is_cap(texts[m])
            and not _all_caps(texts[m])
            and not _all_caps(texts[k])
            and not lex.is_common(texts[m])
            and texts[m].casefold() not in lex.name_heads
            and texts[k].casefold() not in lex.name_heads
            and self._gazetteer_at(k) is None
            and self._gazetteer_at(m) is None
        )

    def _qualifies_noun(self, i: int) -> bool:
        """Token i, a name that is also an adjective (``Rødt``, ``Venstre``), first in a
        sentence, qualifies the lower-case noun after it (``Rødt farevarsel``): no verb, no
        function word follows."""
        lex = self.lex
        if not self.initial[i] or self.texts[i].casefold() not in lex.adjective_names:
            return False  # mid-sentence the capital says party: "går Høyre fram"
        nxt = self.texts[i + 1]
        low = nxt.casefold()
        return (
            nxt.isalpha()
            and nxt[0].islower()
            and len(nxt) >= 3
            and not low.endswith(_VERB_ENDINGS)
            and low not in lex.context_verbs
            and low not in lex.actor_verbs
            and low not in lex.common
            and low not in lex.locative
            and low not in lex.coordinators
            and low not in lex.role_prepositions
        )

    def _mission(self, k: int) -> int:
        """``Den russiske ambassade i København``, ``Rysslands ambassad i Stockholm``, ``ryska
        ambassaden``: a country's adjective or genitive, a mission noun at token k and the
        place it is in are one organisation. Returns the index to go on from (0: none)."""
        texts, lex = self.texts, self.lex
        if k < 1 or texts[k].casefold() not in lex.missions or not self._adjacent(k - 1, k):
            return 0
        first = k - 1
        owner = texts[first]
        if lex.demonym(owner) is not None and not owner.isupper():
            if first >= 1 and self._adjacent(first - 1, first):
                det = texts[first - 1]
                if det.casefold() in lex.determiners and det.casefold() not in lex.locative:
                    first -= 1
        else:
            base = _strip_genitive(lex, owner)
            entries = lex.gazetteer.get((base,)) if base is not None else None
            if not entries or entries[0].type is not EntityType.GPE:
                return 0
        last = k
        place = k + 2
        if (
            place < self.n
            and self._adjacent(k, k + 1)
            and texts[k + 1].casefold() in lex.locative
            and self._adjacent(k + 1, place)
            and _is_cap(texts[place])
            and _is_word(texts[place])
            and not lex.is_common(texts[place])
        ):
            gaz = self._gazetteer_at(place)
            if gaz is None:
                last = place
            elif gaz[1].type in (EntityType.GPE, EntityType.LOCATION):
                last = place + gaz[0] - 1
        self._emit_tokens(first, last, EntityType.ORGANIZATION)
        self.missions += 1
        if last >= place:
            # the city the mission is in stays an entity of its own: "i Stockholm"
            entry = gaz[1] if gaz is not None else None
            p_start, end = self.starts[place], self.ends[last]
            self._emit(
                place,
                last,
                p_start,
                end,
                self.text[p_start:end],
                tuple(texts[place : last + 1]),
                entry,
                entry.type if entry is not None else EntityType.GPE,
                _GAZETTEER if entry is not None else _CONTEXT,
            )
        return last + 1

    def _road(self, i: int) -> int:
        """``Fv. 55``, ``Rv 13``, ``Riksväg 40``, ``E6``: a road, a location. Returns the index
        to go on from (0: no road)."""
        texts, lex = self.texts, self.lex
        word = texts[i]
        if word[0] == "E" and 2 <= len(word) <= 4 and word[1:].isdigit():
            last = i  # a European route
        elif word.casefold() in lex.road_prefixes:
            j = i + 1
            if j < self.n and texts[j] == "." and self.starts[j] == self.ends[i]:
                j += 1
            if not (
                j < self.n
                and texts[j].isdigit()
                and len(texts[j]) <= 4
                and self.starts[j] - self.ends[j - 1] <= 1
                and self.block_end[j] == self.block_end[i]
            ):
                return 0
            last = j
        else:
            return 0
        start, end = self.starts[i], self.ends[last]
        name = self.text[start:end]
        self._emit(i, last, start, end, name, (name,), None, EntityType.LOCATION, _SUFFIX)
        return last + 1

    def _body_word(self, word: str) -> bool:
        """A lower-case noun naming a body: ``omsorgsdepartementet``, ``energidirektorat``."""
        lex = self.lex
        return (
            word.isalpha()
            and word[0].islower()
            and (
                lex.suffix_type(word) is EntityType.ORGANIZATION
                or lex.is_institution(word)
                or (bool(lex.agency_heads) and word.casefold().endswith(lex.agency_heads))
            )
        )

    def _coordinated_body(self, i: int) -> int:
        """``Helse- og omsorgsdepartementet``, ``Norges vassdrags- og energidirektorat``: a
        name whose first part is cut short before ``og`` and a noun naming a body. Returns the
        index to go on from (0: no such name)."""
        texts, starts, ends = self.texts, self.starts, self.ends
        j = i
        if texts[j + 1] != "-":
            # one lower-case word after a capitalised genitive: "Norges vassdrags-"
            if not (self._adjacent(i, i + 1) and texts[i + 1][:1].islower()):
                return 0
            j = i + 1
        dash, coord, head = j + 1, j + 2, j + 3
        if (
            head >= self.n
            or starts[dash] != ends[j]
            or texts[coord].casefold() not in self.lex.coordinators
            or not self._adjacent(dash, coord)
            or not self._adjacent(coord, head)
            or not (
                self._body_word(texts[head])
                or (  # "Udlændinge- og Integrationsministeriet": capitalised in Danish names
                    texts[head][:1].isupper()
                    and len(texts[head]) > 8
                    and texts[head].isalpha()
                    and self.lex.suffix_type(texts[head]) is EntityType.ORGANIZATION
                )
            )
        ):
            return 0
        start, end = starts[i], ends[head]
        name = self.text[start:end]
        self._emit(
            i,
            head,
            start,
            end,
            name,
            tuple(texts[i : head + 1]),
            None,
            EntityType.ORGANIZATION,
            _SUFFIX,
        )
        self._link_acronym(head, start)
        return head + 1

    def _party_of_person(self, i: int) -> bool:
        """Token i is an acronym in brackets right after a person's name: ``Vedum (Sp)``,
        ``Andersen (V)``. The party is the person's label, not a mention of its own."""
        if not self.mentions or self._bracketed_acronym(i - 2) is None:
            return False
        last = self.mentions[-1]
        if last.end == self.ends[i - 2] and last.type is EntityType.PERSON and len(last.words) > 1:
            self.party_labels.append(i)
            return True
        return False

    def _extend_organization(
        self, i: int, last: int, *, need_head: bool = False, min_words: int = 1
    ) -> int:
        """``DNB Markets``, ``TV2 Østjylland``: a known organisation and the capitalised words
        after it are one organisation. With ``need_head`` the last of them must name an
        institution (``Nævn``, ``Utvalg``). Returns the index to go on from (0: not extended)."""
        tokens, lex = self.tokens, self.lex
        j = last
        while (
            self._adjacent(j, j + 1)
            and _is_word(tokens[j + 1].text)
            and _is_cap(tokens[j + 1].text)
            and not self.initial[j + 1]
            and not lex.is_common(tokens[j + 1].text)
            and not lex.is_role(tokens[j + 1].text)
            and tokens[j + 1].text.casefold() not in lex.given_names
            and (
                self._gazetteer_at(j + 1) is None
                or (j == last and self._branch_place(j + 1))
                or tokens[j + 1].text in lex.legal_forms  # "Nordlys ApS": no party "Ap"
            )
        ):
            j += 1
            if tokens[j].text in lex.legal_forms:
                break
            if self._strip_genitive_low(tokens[j].text) is not None:
                break
        if j - last < min_words or (
            need_head
            and not self._organization_word(tokens[j].text)
            and tokens[j].text not in lex.legal_forms
        ):
            return 0
        if (
            j - last >= 2
            and not self._organization_word(tokens[j].text)
            and not lex.is_institution(tokens[j].text)
            and (
                self._after_role(i)
                or (lex.surname_endings and tokens[j].text.casefold().endswith(lex.surname_endings))
            )
        ):
            return 0  # "vd för Saab Micael Johansson": the employer, then a person's name
        start, end = tokens[i].start, tokens[j].end
        words = tuple(t.text for t in tokens[i : j + 1])
        nxt = tokens[j + 1] if self._adjacent(j, j + 1) else None
        base = self._genitive_base(words[-1], nxt)
        name = self.text[start:end]
        if base != words[-1]:
            name = name[: len(name) - (len(words[-1]) - len(base))]
            words = (*words[:-1], base)
        self._emit(i, j, start, end, name, words, None, EntityType.ORGANIZATION, _SUFFIX)
        self._link_acronym(j, start)
        return j + 1

    def _adjective_body(self, k: int) -> int:
        """One or two lower-case adjectives in their definite form from token k (``arktiske``,
        ``teknisk-naturvitenskapelige``), then a noun naming a body (``universitet``): the
        index of that noun, or 0. Superlatives describe (``Norges største bank``)."""
        texts, lex = self.texts, self.lex
        if not lex.adjective_endings:
            return 0
        j = k
        while j < self.n and j - k < 2:
            w = texts[j]
            low = w.casefold()
            if not (
                w[:1].islower()
                and len(w) > 4
                and low.endswith(lex.adjective_endings)
                and not low.endswith(_SUPERLATIVE_ENDINGS)
                and low not in lex.common
                and low not in lex.plain_adjectives
            ):
                break
            if not self._adjacent(j, j + 1):
                return 0
            j += 1
        if j == k or j >= self.n:
            return 0
        head = texts[j]
        return j if head[:1].islower() and self._body_word(head) else 0

    def _institution_next(self, i: int) -> bool:
        """A lower-case institution noun follows token i: ``Haukeland universitetssjukehus``,
        ``Jaren skole`` (a name first in a sentence too)."""
        k = i + 1
        if not self._adjacent(i, k):
            return False
        word = self.texts[k]
        return word[:1].islower() and self.lex.is_institution(word)

    def _body_of_country(self, i: int, k: int) -> bool:
        """A country's genitive at token i and one capitalised word at k name a body when an
        apposition noun of an organisation comes first (``fackförbundet Sveriges Lärare``) or
        an acronym in brackets after (``Sveriges Lärare (SL)``); a surname stays apart."""
        lex, texts = self.lex, self.texts
        if lex.surname_endings and texts[k].casefold().endswith(lex.surname_endings):
            return False
        if self._bracketed_acronym(k) is not None:
            return True
        return (
            i >= 1
            and self._adjacent(i - 1, i)
            and lex.apposition_type(texts[i - 1]) is EntityType.ORGANIZATION
        )

    def _branch_place(self, k: int) -> bool:
        """Token k is a known place of one word, the branch a known organisation serves:
        ``NRK Vestland``, ``TV2 Østjylland``, ``Telia Sverige``."""
        gaz = self._gazetteer_at(k)
        return (
            gaz is not None
            and gaz[0] == 1
            and gaz[1].type in (EntityType.GPE, EntityType.LOCATION)
            and self._strip_genitive_low(self.texts[k]) is None
        )

    def _slash_at(self, j: int) -> bool:
        """Token j, a slash and a capitalised word touch: ``Bodø/Glimt``, ``Vålerenga/Kjelsås``."""
        tokens = self.tokens
        k = j + 1
        return (
            k + 1 < self.n
            and tokens[k].text == "/"
            and tokens[k].start == tokens[j].end
            and tokens[k + 1].start == tokens[k].end
            and self.in_text[k + 1]
            and _is_cap(tokens[k + 1].text)
            and tokens[k + 1].text[:1].isalpha()
            and self._gazetteer_at(k + 1) is None  # "Henrik Montgomery/TT": a credit
        )

    def _run(self, i: int) -> int:
        """A sequence of capitalised words starting at token i."""
        tokens, lex = self.tokens, self.lex
        if _all_caps(tokens[i].text):
            # a caption label or a shouted heading: "VÆR HILSET:", "SISTE NYTT"
            j = i
            while j + 1 < self.n and self._adjacent(j, j + 1) and _all_caps(tokens[j + 1].text):
                j += 1
            label = (
                j + 1 < self.n
                and tokens[j + 1].text == ":"
                and self.initial[i]
                and (j > i or len(tokens[i].text) > 5 or self.block_start[i] in self.captions)
                and (tokens[i].text.casefold(),) not in lex.gazetteer
            )
            if label or (j > i and any(len(tokens[x].text) > 5 for x in range(i, j + 1))):
                return j + 1
        run = [i]
        j = i
        while True:
            cur = tokens[j].text
            if cur.endswith((":s", "'s", "’s")) or ("-" in cur and self._lower_head(cur)):
                break
            k = j + 1
            if (
                len(cur) == 1
                and cur.isupper()
                and k + 1 < self.n
                and tokens[k].text == "."
                and tokens[k].start == tokens[j].end
                and self._adjacent(k, k + 1)
                and _is_cap(tokens[k + 1].text)
            ):
                run.extend((k, k + 1))  # an initial: "Joseph R. Biden"
                j = k + 1
                continue
            if (
                len(run) > 1
                and len(cur) == 1
                and cur.isupper()
                and k + 1 < self.n
                and tokens[k].text == "/"
                and tokens[k].start == tokens[j].end
                and tokens[k + 1].start == tokens[k].end
                and len(tokens[k + 1].text) == 1
                and tokens[k + 1].text.isupper()
            ):
                run.extend((k, k + 1))  # a legal form: "Brandt Holding A/S", "I/S"
                j = k + 1
                continue
            if len(run) == 1 and k < self.n and tokens[k].text == "/" and self._slash_at(j):
                run.extend((k, k + 1))  # "Bodø/Glimt": one name
                j = k + 1
                continue
            if not self._adjacent(j, k):
                break
            nxt = tokens[k].text
            if nxt in lex.legal_forms and len(run) < 4:
                run.append(k)  # "Nordlys ApS", "Kemira Oyj": the company's form ends it
                break
            if (
                _is_word(nxt)
                and _is_cap(nxt)
                and (
                    nxt.casefold() not in lex.common
                    or _all_caps(nxt)
                    or (len(run) == 1 and nxt.casefold() in lex.name_heads)
                    or self._body_goes_on(run, k)
                )
            ):
                if (_all_caps(cur) and len(cur) > 5) or (_all_caps(nxt) and len(nxt) > 5):
                    break
                known = self._gazetteer_at(k)
                if known is not None and not known[1].short and known[0] >= 2:
                    break  # "Der Bundeskanzler | Olaf Scholz": a known full name starts here
                run.append(k)
                j = k
                continue
            low = nxt.casefold()
            particle, _, rest = low.partition("-")
            if (
                rest
                and particle in lex.connectors
                and _is_cap(nxt[len(particle) + 1 :])
                and _is_word(nxt)
                and self._gazetteer_at(k) is None
            ):
                run.append(k)  # "Badr al-Busaidi", "Abdel Fattah el-Sisi": a particle joined
                j = k
                continue
            if low in lex.connectors and not self.initial[i]:
                # up to two connectors, then a capitalised word: "Institute for the Study of War"
                m = k
                while m < self.n and m - k < 2 and tokens[m].text.casefold() in lex.connectors:
                    if not self._adjacent(m - 1, m):
                        break
                    m += 1
                if (
                    m < self.n
                    and m - k <= 2
                    and self._adjacent(m - 1, m)
                    and _is_cap(tokens[m].text)
                    and not lex.is_common(tokens[m].text)
                    and self._gazetteer_at(m) is None
                    and (low not in lex.weak_connectors or self._foreign_run(run, m))
                ):
                    run.extend(range(k, m + 1))
                    j = m
                    continue
            break
        return self._take_run(run)

    def _body_goes_on(self, run: list[int], k: int) -> bool:
        """A capitalised common word mid-sentence after a body's name of several words goes
        on with it: ``Räddningstjänsten Dala Mitt``, ``Fellesforbundet Region Nord``."""
        first = self.texts[run[0]]
        return (
            len(run) > 1
            and not self.initial[k]
            and len(first) > 8
            and self.lex.suffix_type(first) is EntityType.ORGANIZATION
        )

    def _run_then_compound(self, run: list[int]) -> int:
        """``Nord Stream-rørledningen``: the run and the compound's name parts are one name."""
        tokens, lex = self.tokens, self.lex
        comp = tokens[run[-1]]
        head_word = comp.text.split("-")
        k = next(x for x in range(1, len(head_word)) if head_word[x][:1].islower())
        name_end = comp.start + len("-".join(head_word[:k]))
        lead = run[:-1]
        while lead and (
            (tokens[lead[0]].text.casefold() in lex.common and not _all_caps(tokens[lead[0]].text))
            or lex.is_role(tokens[lead[0]].text)
            or (self.initial[lead[0]] and not self._known(tokens[lead[0]].text))
        ):
            lead = lead[1:]
        if not lead or self._gazetteer_at(lead[0]) is not None:
            if lead:
                self._take_run(lead)
            self._compound(run[-1])
            return run[-1] + 1
        start = tokens[lead[0]].start
        words = (*(tokens[x].text for x in lead), *head_word[:k])
        name = self.text[start:name_end]
        etype, weight = self._guess_type([*lead, run[-1]], words)
        self._emit(lead[0], run[-1], start, name_end, name, words, None, etype, weight)
        return run[-1] + 1

    def _foreign_run(self, run: list[int], m: int) -> bool:
        """A weak connector ("for", "de") joins only inside a name that is plainly a name."""
        words = [self.tokens[x].text for x in run] + [self.tokens[m].text]
        if any(w.casefold() in self.lex.name_heads for w in words):
            return True
        first = self.tokens[run[0]].text
        return first.casefold() in self.lex.given_names and not self._known(self.tokens[m].text)

    def _lower_head(self, word: str) -> bool:
        parts = word.split("-")
        return len(parts) > 1 and parts[-1][:1].islower() and any(_is_cap(p) for p in parts[:-1])

    def _take_run(self, run: list[int]) -> int:
        tokens, lex = self.tokens, self.lex
        first = run[0]
        ftext = tokens[first].text
        after = run[-1] + 1
        # a compound with a lower-case head ends the run: "Ny Start-avtalen", "Kreml-talsmann"
        if "-" in tokens[run[-1]].text and self._lower_head(tokens[run[-1]].text):
            if len(run) == 1:
                self._compound(first)
                return after
            if lex.suffix_type(tokens[run[-1]].text.rsplit("-", 1)[1]) is not EntityType.PRODUCT:
                return self._run_then_compound(run)
        if len(run) == 1:
            agency = self._agency(first) or self._body_for(first)
            if agency:
                return agency
        # leading words that are not names: "Ifølge Reuters", "President Biden", "Avisa Kommersant"
        given = len(run) > 1 and ftext.casefold() in lex.given_names
        if (
            (
                lex.is_common(ftext)
                and not _all_caps(ftext)
                and not given
                and not self._demonym_led(run)
                and not (len(run) == 1 and self._acting_institution(first))
            )
            or lex.is_role(ftext)
            or (len(run) > 1 and lex.apposition_type(ftext) is not None and not self._known(ftext))
        ):
            return first + 1
        if _all_caps(ftext) and lex.is_common(ftext):
            return first + 1
        # a title, not a name: "Foreign Minister", "Secretary of State"
        if len(run) > 1 and lex.is_role(tokens[run[-1]].text) and self._gazetteer_at(first) is None:
            return after
        if (
            first >= 2
            and tokens[first - 1].text.casefold() in lex.connectors
            and lex.is_role(tokens[first - 2].text)
            and len(run) == 1
        ):
            return after
        # all-caps labels and shouting: "VÆR HILSET:", "ANKOMMER:"
        if (
            _all_caps(ftext)
            and (len(ftext) > 5 or (len(run) > 1 and all(_all_caps(tokens[x].text) for x in run)))
            and (ftext.casefold(),) not in lex.gazetteer
        ):
            return after
        if self.initial[first]:
            title = self._title(first)
            if title:
                return title
            seat = self._seat(first) if len(run) == 1 else 0
            if seat:
                return seat  # "Retten i Viborg afsagde dom": first in the sentence too
            if len(run) == 1 and self._closed_compound(first):
                return after  # "Natomötet i Vilnius blev ...": a mention of Nato
            if len(run) == 1 and not (
                self._known(ftext)
                or self._variant_of_known(ftext)
                or self._speaking_name(run[0])
                or (len(ftext) >= 3 and ftext.casefold() in lex.given_names)
                or (_all_caps(ftext) and len(ftext) <= 5)
                or self._proper_compound(ftext)
                or self._acting_institution(run[0])
                or self._institution_next(run[0])
                or self._credited(run[0])
            ):
                return after
            if len(run) > 1 and self._drop_initial(run):
                return first + 1
        split = self._person_after_body(run) if len(run) >= 3 else 0
        if split:
            # "direktør i Danske Bank Carsten Egeriis": the employer, then the person
            self._take_run(run[:split])
            return self._take_run(run[split:])
        if (
            len(run) >= 3
            and ftext.casefold() not in lex.given_names
            and tokens[run[1]].text.casefold() in lex.given_names
            and not _all_caps(ftext)
            and self._gazetteer_at(first) is None
        ):
            # "(Rådmand for Teknik og) Miljø Bente Lindholm": the name starts at the given name
            return self._take_run(run[1:])
        if len(run) == 1 and self._closed_compound(first):
            return after  # "Natomedlem", "Natoländer": a mention of Nato
        words = tuple(tokens[x].text for x in run)
        last = run[-1]
        nxt = tokens[last + 1] if last + 1 < self.n and self._adjacent(last, last + 1) else None
        if (
            nxt is not None
            and len(run) == 1
            and self._strip_genitive_low(words[0]) is not None
            and self._venue_noun(last + 1)
        ):
            return self._emit_venue(first, last + 1)  # "Kumlas sporthall"
        if nxt is not None and lex.is_institution(nxt.text):
            # "Bodø kommune", "Nordland politidistrikt"
            self._add_place(words)
            start, end = tokens[first].start, nxt.end
            words = (*words, nxt.text)
            self._emit(
                first,
                last + 1,
                start,
                end,
                self.text[start:end],
                words,
                None,
                EntityType.ORGANIZATION,
                _SUFFIX,
            )
            return last + 2
        if nxt is not None and len(run) == 1 and not self.initial[first]:
            seat = self._seat(first)
            if seat:
                return seat
        base = self._genitive_base(words[-1], nxt, full_name=len(words) > 1)
        start, end = tokens[first].start, tokens[last].end
        name = self.text[start:end]
        if base != words[-1]:
            name = name[: len(name) - (len(words[-1]) - len(base))]
            words = (*words[:-1], base)
        etype, weight = self._guess_type(run, words)
        acro = self._bracketed_acronym(last)
        if acro is not None:
            # "Norsk Forfatterforening (NFF)": named with an acronym, an organisation; but
            # "Erna Solberg (H)", "Lise Holm (SF)" are people with their party
            if etype is EntityType.PERSON and (
                weight >= _GIVEN or acro.text.casefold() in lex.party_labels
            ):
                self._emit(first, last, start, end, name, words, None, etype, weight)
                return after
            if etype is EntityType.PERSON:
                etype, weight = EntityType.ORGANIZATION, _APPOSITION
        self._emit(first, last, start, end, name, words, None, etype, weight)
        self._link_acronym(last, start)
        return after

    def _district(self, i: int) -> bool:
        """Token i is followed by ``i`` and a known city and comes after a place preposition
        or ``og``: ``på Nørrebro i København``, ``i Rinkeby i Stockholm`` (but ``sjefen i
        Nordea i Oslo`` is an employer)."""
        texts, lex = self.texts, self.lex
        k = i + 2
        prev = texts[i - 1].casefold() if i >= 1 else ""
        if (
            k >= self.n
            or not (prev in lex.locative or prev in lex.coordinators)
            or (i >= 2 and lex.is_role(texts[i - 2]))
            or texts[i + 1].casefold() not in self.lex.district_prepositions
            or not self._adjacent(i, i + 1)
            or not self._adjacent(i + 1, k)
        ):
            return False
        gaz = self._gazetteer_at(k)
        return gaz is not None and gaz[0] == 1 and gaz[1].id.startswith("city:")

    def _closed_compound(self, i: int) -> bool:
        """``Natomedlem``, ``Natoländerna``: a closed compound of a known organisation and a
        lower-case noun with no head that types it (``Cubakrisen`` is an event,
        ``Putinregimet`` an organisation) holds a mention of the known name; a country's
        compound is a name of its own (``Danmarksdemokraterne``). True if emitted."""
        word, lex = self.texts[i], self.lex
        if len(word) < 8 or not word.isalpha():
            return False
        if lex.suffix_type(word) not in (None, EntityType.EVENT):
            return False  # "Natomötet", "Natotoppmøtet": a meeting head is no name, as in
            # "G20-toppmøtet"; an organisation's or a place's head makes one
        for k in range(min(len(word) - 4, 12), 2, -1):
            rest = word[k:]
            if not rest[0].islower():
                continue
            entries = lex.gazetteer.get((word[:k].casefold(),))
            if not entries:
                continue
            entry = entries[0]
            if (
                entry.name != word[:k]
                or entry.type is not EntityType.ORGANIZATION  # "Danmarksdemokraterne"
                or (lex.surname_endings and rest.endswith(lex.surname_endings))
            ):
                return False
            self._emit_part(i, self.starts[i], word[:k])
            return True
        return False

    def _opponent(self, prev: int) -> bool:
        """Token prev is ``mot``/``mod`` after a match word or a score (``kampen mot``,
        ``0–3-tapet mot``, ``tapte 0–3 mot``): the name after it is an opposing club."""
        texts, lex = self.texts, self.lex
        if (
            prev < 1
            or not lex.match_words
            or texts[prev].casefold() not in lex.opponent_prepositions
            or not self._adjacent(prev - 1, prev)
        ):
            return False
        before = texts[prev - 1].casefold()
        if before[-1:].isdigit():
            return True  # a score: "tapte 0–3 mot", "vann 2-1 mot"
        return before.endswith(lex.match_words)

    def _after_role(self, i: int) -> bool:
        """Token i follows a role and a preposition: ``direktør i``, ``vd för``, ``chef hos``."""
        texts, lex = self.texts, self.lex
        return (
            i >= 2
            and texts[i - 1].casefold() in lex.role_prepositions
            and self._adjacent(i - 1, i)
            and self._adjacent(i - 2, i - 1)
            and lex.is_role(texts[i - 2])
        )

    def _person_after_body(self, run: list[int]) -> int:
        """Where a person's name starts in a run that opens with their employer (``Danske
        Bank Carsten Egeriis``, ``Equinor Anders Opedal`` after a role): at a known given name
        with a surname after it, the words before it naming a body; 0 if nowhere."""
        texts, lex = self.texts, self.lex
        if texts[run[0]].casefold() in lex.given_names:
            return 0
        for p in range(1, len(run) - 1):
            word = texts[run[p]]
            if len(word) < 3 or word.casefold() not in lex.given_names:
                continue
            before = texts[run[p - 1]]
            if (
                self._organization_word(before)
                or _all_caps(before)
                or self._after_role(run[0])
                or self._gazetteer_at(run[0]) is not None
            ):
                return p
            return 0
        return 0

    def _agency(self, i: int) -> int:
        """``Statens pensjonsfond``, ``Forsvarets forskningsinstitutt``, ``Norsk
        psykologforening``: a capitalised genitive of a definite noun, or a capitalised
        nationality adjective, before a lower-case noun naming a body. Returns the index to go
        on from (0: no such name)."""
        tokens, lex = self.tokens, self.lex
        word = tokens[i].text
        low = word.casefold()
        k = i + 1
        if not self._adjacent(i, k) or low in lex.given_names:
            return 0
        head = tokens[k].text
        if not (head.isalpha() and head[0].islower() and len(head) >= 4):
            return 0
        hlow = head.casefold()
        if not (
            lex.is_institution(head)
            or lex.suffix_type(head) is EntityType.ORGANIZATION
            or (lex.agency_heads and hlow.endswith(lex.agency_heads))
        ):
            return 0
        genitive = (
            low.endswith("s")
            and len(low) >= 6
            and low[:-1].endswith(lex.definite_endings)
            and not (lex.surname_endings and low[:-1].endswith(lex.surname_endings))
        )
        acro = self._bracketed_acronym(k)
        named = acro is not None and acro.text[:1].casefold() == low[:1]
        if not named and (self.initial[i] or not (genitive or lex.demonym(word) is not None)):
            # first in a sentence the capital says nothing: "Regionens presstjänst"; but
            # "Brottsförebyggande rådet (Brå)" is named by its acronym
            return 0
        k = self._for_tail(k)  # "Norsk senter for menneskerettigheter"
        self._emit_tokens(i, k, EntityType.ORGANIZATION)
        self._link_acronym(k, tokens[i].start)
        return k + 1

    def _body_for(self, i: int) -> int:
        """``Institutt for samfunnsforskning``, ``Myndigheten för samhällsskydd och
        beredskap``, ``Direktoratet for samfunnssikkerhet``: a capitalised head naming a body,
        ``for``/``för`` and one or two lower-case nouns (joined by ``og``/``och``) are one
        organisation. Mid-sentence, or first with an acronym in brackets after it. Returns the
        index to go on from (0: no such name)."""
        texts, lex = self.texts, self.lex
        head = texts[i]
        k = i + 1
        if (
            k + 1 >= self.n
            or texts[k].casefold() not in lex.body_prepositions
            or not self._adjacent(i, k)
            or not self._adjacent(k, k + 1)
            or not self._organization_word(head)
        ):
            return 0
        last = self._for_tail(i)
        if last == i or (self.initial[i] and self._bracketed_acronym(last) is None):
            return 0
        self._emit_tokens(i, last, EntityType.ORGANIZATION)
        self._link_acronym(last, self.starts[i])
        return last + 1

    def _for_tail(self, i: int) -> int:
        """The last token of ``for samfunnsforskning``, ``för samhällsskydd och beredskap``
        after token i (one or two lower-case nouns after ``for``/``för``), or i if none."""
        texts, lex = self.texts, self.lex
        k = i + 1
        last = k + 1
        if (
            last >= self.n
            or texts[k].casefold() not in lex.body_prepositions
            or not self._adjacent(i, k)
            or not self._adjacent(k, last)
        ):
            return i

        def noun(j: int) -> bool:
            w = texts[j]
            return w.isalpha() and w[0].islower() and len(w) >= 5 and w.casefold() not in lex.common

        if not noun(last):
            return i
        if (
            last + 2 < self.n
            and texts[last + 1].casefold() in lex.coordinators
            and self._adjacent(last, last + 1)
            and self._adjacent(last + 1, last + 2)
            and noun(last + 2)
        ):
            last += 2
        return last

    def _title(self, i: int) -> int:
        """``Henrik Ibsens «Brand» skulle ...``, ``av ”Trollflöjten” fredag``: one to three
        words in typographic quote marks, the first capitalised and no common word, nothing
        but words inside, the sentence going on after them: the title of a work, a product.
        Returns the index to go on from (0: no title)."""
        texts, lex = self.texts, self.lex
        if i == 0 or texts[i - 1] not in _TITLE_MARKS or self.starts[i] != self.ends[i - 1]:
            return 0
        j = i
        while j < self.n and j - i < 4 and texts[j][:1].isalnum() and self.in_text[j]:
            j += 1
        if (
            j == i
            or j - i > 3
            or j >= self.n
            or texts[j] not in _TITLE_MARKS
            or self.starts[j] != self.ends[j - 1]
            or lex.is_common(texts[i])
            or j + 1 >= self.n
            or self.block_end[j + 1] != self.block_end[j]
            or not (texts[j + 1][:1].isalnum() or texts[j + 1] == "-")
        ):
            return 0  # a title goes on into its sentence; "Ministern: ”Oacceptabelt”" does not
        start, end = self.starts[i], self.ends[j - 1]
        name = self.text[start:end]
        # a noun before the quote mark may say what the title names: "uværet «Gudrun»"
        noun = lex.apposition_type(texts[i - 2]) if i >= 2 else None
        etype = EntityType.EVENT if noun is EntityType.EVENT else EntityType.PRODUCT
        self._emit(i, j - 1, start, end, name, tuple(texts[i:j]), None, etype, _SHAPE)
        return j + 1

    def _seat(self, i: int) -> int:
        """``Retten i Aarhus``, ``Statsforvalteren i Agder``: an institution noun, capitalised
        mid-sentence, and the place it serves are one organisation. Returns the index to go
        on from (0: no such name)."""
        tokens, lex = self.tokens, self.lex
        low = tokens[i].text.casefold()
        if low not in lex.organization_suffixes and not low.endswith(
            lex.initial_organization_suffixes
        ):
            return 0
        k = i + 1
        if not (
            self._adjacent(i, k)
            and tokens[k].text.casefold() in lex.locative
            and self._adjacent(k, k + 1)
            and _is_cap(tokens[k + 1].text)
            and not lex.is_common(tokens[k + 1].text)
        ):
            return 0
        last = k + 1
        gaz = self._gazetteer_at(last)
        if gaz is not None:
            if gaz[1].type not in (EntityType.GPE, EntityType.LOCATION):
                return 0
            last += gaz[0] - 1
        start, end = tokens[i].start, tokens[last].end
        words = tuple(t.text for t in tokens[i : last + 1])
        self._emit(
            i, last, start, end, self.text[start:end], words, None, EntityType.ORGANIZATION, _SUFFIX
        )
        self._add_place(words[2:])
        return last + 1

    def _demonym_led(self, run: list[int]) -> bool:
        """``Norsk Hydro``, ``Svenska Dagbladet``: a capitalised nationality adjective that
        starts a name (mid-sentence such adjectives are lower case)."""
        if len(run) < 2:
            return False
        first = self.tokens[run[0]].text
        low = first.casefold()
        if low in self.lex.common or low in self.lex.non_names or not self.lex.demonym(first):
            return False
        nxt = self.tokens[run[1]].text
        return not self.initial[run[0]] or (nxt.casefold(),) not in self.lex.gazetteer

    def _add_place(self, words: Sequence[str]) -> None:
        """Remember the place part of an institution's name (``Vinje`` of ``Vinje kommune``)."""
        if len(words) != 1:
            return
        word = words[0]
        self.places.add(word)
        if word.endswith(("s", "S")) and len(word) > 3:
            self.places.add(word[:-1])

    def _bracketed_acronym(self, last: int) -> Token | None:
        """An acronym in brackets right after token ``last``: ``(NUPI)``, ``(ESB)``, ``(KrF)``."""
        tokens = self.tokens
        k = last + 1
        if (
            k + 2 < self.n
            and tokens[k].text == "("
            and tokens[k + 2].text == ")"
            and tokens[k].start - tokens[last].end <= 1
            and self._same_block(last, k + 2)
        ):
            word = tokens[k + 1].text
            uppers = sum(c.isupper() for c in word)
            if word[:1].isupper() and len(word) <= 8 and (uppers >= 2 or len(word) <= 3):
                return tokens[k + 1]
        return None

    def _link_acronym(self, last: int, start: int) -> None:
        """``Norsk Utenrikspolitisk Institutt (NUPI)``: the acronym names the same thing.

        Brackets suffice: a translated name's acronym often does not match its initials
        (``Den europeiske sentralbanken (ESB)``).
        """
        acro = self._bracketed_acronym(last)
        if acro is not None:
            self.links[acro.start] = start

    def _organization_word(self, word: str) -> bool:
        """A word that names an institution: a name head (``Bank``) or an organisation suffix."""
        low = word.casefold()
        return low in self.lex.name_heads or self.lex.suffix_type(word) is EntityType.ORGANIZATION

    def _variant_of_known(self, word: str) -> bool:
        """A spelling variant of a name seen mid-sentence: ``Naryshkin`` after ``Narysjkin``."""
        if len(word) < 6 or word.casefold() in self.lower_words:
            return False
        if self._cap_buckets is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for w in self.cap_names:
                f = fold(w)
                if len(f) >= 6:
                    buckets.setdefault((f[0], len(f)), []).append(f)
            self._cap_buckets = buckets
        f = fold(word)
        spread = 2 if len(f) >= 9 else 1
        for size in range(len(f) - spread, len(f) + spread + 1):
            # a bounded look: names are few per letter and length in any real article
            for g in self._cap_buckets.get((f[0], size), ())[:_MAX_FUZZY]:
                if similar_folded(f, g):
                    return True
        return False

    def _speaking_name(self, i: int) -> bool:
        """``Olsen sier at ...``: an unknown word first in a sentence, then a speech verb (or a
        verb of acting: ``Swedbank höjer räntan``).

        Common nouns in that place are definite (``Kommunen sier``, ``Ekspertene mener``);
        surnames in -sen/-son are not.
        """
        tokens, lex = self.tokens, self.lex
        word = tokens[i].text
        low = word.casefold()
        if (
            i + 1 >= self.n
            or not self._adjacent(i, i + 1)
            or low in self.lower_words
            or lex.apposition_type(word) is not None
            or not (
                word.isalpha()
                # "Al-Busaidi sa", "Jean-Pierre sier": capitalised parts joined by hyphens
                or all(p[:1].isupper() and p.isalpha() for p in word.split("-"))
            )
            or len(word) < 3
        ):
            return False
        if low in lex.organization_suffixes:
            return False  # "Ledelsen sier": a generic definite noun, though it ends in -sen
        verb = tokens[i + 1].text.casefold()
        surname = bool(lex.surname_endings) and low.endswith(lex.surname_endings)
        # "Swedbank höjer räntan", "Telenor kutter 300 stillinger": an unknown word before a
        # verb of acting; plural nouns (-er, -ar) and institutions stay out, and in a headline,
        # which drops articles ("Bank höjer räntan"), a word used once
        if verb not in lex.speech_verbs and (
            verb not in lex.actor_verbs
            or (low.endswith(("er", "ar")) and not surname)
            or (self.block_start[i] in self.headings and self.count.get(word, 0) < 2)
            or lex.is_institution(word)
            or lex.is_role(word)
            or lex.demonym(word) is not None
        ):
            return False
        definite = bool(lex.definite_endings) and low.endswith(lex.definite_endings)
        if definite and not surname:
            return False
        # "Jenta fortel", "Kvinnan säger"; but "Tussa aukar nettleiga" is a company
        return verb not in lex.speech_verbs or surname or not self._definite_subject(low)

    def _definite_subject(self, low: str) -> bool:
        """``Jenta fortel``, ``Kyrkja seier``, ``Kvinnan säger``: a feminine definite noun
        (a consonant, then ``-a``/``-an``), not a given name nor a foreign surname. Only
        before a speech verb: before a verb of acting such words are companies (``Tussa``)."""
        lex = self.lex
        for ending in lex.definite_subject_endings:
            k = len(low) - len(ending)
            if (
                k >= 3
                and low.endswith(ending)
                and low[k - 1].isalpha()
                and low[k - 1] not in _VOWELS
                and low not in lex.given_names
                and not low.endswith(lex.foreign_surname_endings or ("\0",))
            ):
                return True
        return False

    def _acting_institution(self, i: int) -> bool:
        """``Polisen har inlett en förundersökning``, ``Regjeringen vil bruke ...``: the police
        or the government, definite and capitalised, as the subject of a sentence."""
        tokens = self.tokens
        if tokens[i].text.casefold() not in self.lex.agent_institutions:
            return False
        if i + 1 >= self.n or not self._adjacent(i, i + 1):
            return False
        nxt = tokens[i + 1].text
        low = nxt.casefold()
        return (
            nxt.isalpha()
            and nxt[0].islower()
            and low not in self.lex.locative
            and low not in self.lex.coordinators
            and low not in self.lex.role_prepositions
        )

    def _proper_compound(self, word: str) -> bool:
        """A compound whose head makes it a proper name even first in a sentence."""
        low = word.casefold()
        return (
            low not in self.lower_words
            and not self.lex.is_common(word)  # "Bestyrelsen": a board, no "Länsstyrelsen"
            and low.endswith(self.lex.initial_organization_suffixes)
            and not any(low == s for s in self.lex.initial_organization_suffixes)
            and len(low) >= 10
        )

    def _venue_noun(self, k: int) -> bool:
        """Token k is a lower-case noun naming a venue after its place's genitive
        (``sporthall``, ``idrettshall``, ``kulturhus``; ``venue_nouns``)."""
        word = self.texts[k]
        return word[:1].islower() and word.isalpha() and word.casefold() in self.lex.venue_nouns

    def _emit_venue(self, i: int, k: int) -> int:
        """A place's genitive and a venue noun (tokens i..k) are one location."""
        self._emit_tokens(i, k, EntityType.LOCATION)
        return k + 1

    def _credited(self, i: int) -> bool:
        """Token i is the one word of a photo credit before an agency: ``Foto:
        Forsvarsdepartementet / NTB``; a definite noun there names the photographer's body."""
        texts = self.texts
        return (
            i >= 2
            and texts[i - 1] == ":"
            and texts[i - 2].casefold() in self.lex.credit_cues
            and i + 1 < self.n
            and texts[i + 1] == "/"
            and self.block_end[i + 1] == self.block_end[i]
        )

    def _drop_initial(self, run: list[int]) -> bool:
        """Whether the sentence-initial first word of a capitalised run is not part of the name."""
        tokens, lex = self.tokens, self.lex
        word = tokens[run[0]].text
        low = word.casefold()
        if low in lex.given_names or self.cap_names.get(word, 0) or self._demonym_led(run):
            return False
        if len(word) > 8 and lex.suffix_type(word) is EntityType.ORGANIZATION:
            return False  # "Räddningstjänsten Syd", "Fellesforbundet Vest"
        if len(run) == 2 and lex.is_institution(word) and not lex.is_common(tokens[run[1]].text):
            gaz = self._gazetteer_at(run[1])
            if gaz is None or gaz[1].type in (EntityType.GPE, EntityType.LOCATION):
                return False  # "Region Skåne har gått upp i stabsläge"
        if low in self.lower_words or lex.apposition_type(word) is not None:
            return True
        rest = tokens[run[1]].text
        gaz = self._gazetteer_at(run[1])
        if gaz is not None:
            return gaz[1].type is not EntityType.PERSON
        if self.cap_names.get(rest, 0) > 1 + sum(1 for x in run[1:] if tokens[x].text == rest):
            return True
        # "Ferjene Lavik og ...": a plural definite ending is plain from six letters on
        plural = any(len(e) >= 3 and low.endswith(e) for e in lex.definite_endings)
        return (
            len(word) >= (6 if plural else 8)
            and bool(lex.definite_endings)
            and low.endswith(lex.definite_endings)
            and not (lex.surname_endings and low.endswith(lex.surname_endings))
            and low not in lex.given_names
        )

    def _place_or_body_in(self, words: tuple[str, ...]) -> bool:
        """A name of several words holding a known place (``Nasdaq Copenhagen``), a compass
        word (``Helse Sør-Øst``), a long definite noun first or last (``Fosshaugane Campus``),
        or led by a definite noun in the genitive (``Arbeiderbevegelsens Hus``): not a
        person's name."""
        lex = self.lex
        for w in words:
            gaz = _gazetteer_word(lex, w)[1]
            if gaz is not None and gaz.type in (EntityType.GPE, EntityType.LOCATION):
                return True
            if any(p in lex.directions for p in w.casefold().split("-")):
                return True  # "Helse Sør-Øst", "Region Syd"
        for w in (words[0], words[-1]):
            low = w.casefold()
            if (
                len(low) >= 8
                and low not in lex.given_names
                and low.endswith(lex.definite_endings)
                and not (lex.surname_endings and low.endswith(lex.surname_endings))
            ):
                return True  # "Gudbrandsdølen Dagningen", "Fosshaugane Campus"
        low = words[0].casefold()
        if len(low) < 7 or not low.endswith("s") or low in lex.given_names:
            return False
        base = low[:-1]
        return base.endswith(lex.definite_endings) and not (
            lex.surname_endings and base.endswith(lex.surname_endings)
        )

    def _guess_type(self, run: list[int], words: tuple[str, ...]) -> tuple[EntityType, int]:
        lex, tokens = self.lex, self.tokens
        if len(words) > 1 and (words[-1] in lex.legal_forms or words[-2:-1] == ("/",)):
            return EntityType.ORGANIZATION, _SUFFIX  # "Kemira Oyj", "Brandt Holding A/S"
        if len(words) == 1 and words[0].casefold() in lex.agent_institutions:
            return EntityType.ORGANIZATION, _SUFFIX  # "Polisen", "Regjeringen"
        last = words[-1]
        if len(last) > 6:
            t = lex.suffix_type(last)
            if t is not None and (len(words) > 1 or not lex.is_common(last)):
                return t, _SUFFIX
            if self._proper_compound(last):
                return EntityType.ORGANIZATION, _SUFFIX  # "Länsstyrelsen", "Finansdepartementet"
        if (
            len(words) > 1
            and len(words[0]) > 6
            and lex.suffix_type(words[0]) is EntityType.ORGANIZATION
        ):
            return EntityType.ORGANIZATION, _SUFFIX  # "Fellesforbundet Vest", "Regionen Syd"
        if len(words) > 1 and (lex.is_institution(words[-1]) or lex.is_institution(words[0])):
            self._add_place(words[1:] if lex.is_institution(words[0]) else words[:-1])
            return EntityType.ORGANIZATION, _SUFFIX  # "Østjyllands Politi", "Region Skåne"
        for w in (words[0], words[-1], *words[1:-1]):
            t = lex.name_heads.get(w.casefold())
            if t is not None and (
                len(words) > 1 or t is not EntityType.ORGANIZATION or _all_caps(w)
            ):
                return t, _SUFFIX
        prev = run[0] - 1
        if prev >= 0 and self._adjacent(prev, run[0]) and _is_word(tokens[prev].text):
            t = lex.apposition_type(tokens[prev].text)
            if t is not None:
                return t, _APPOSITION
        if "/" in words:
            return EntityType.ORGANIZATION, _SHAPE  # "Bodø/Glimt"
        if len(words) > 1 and words[0].casefold() in lex.given_names:
            return EntityType.PERSON, _GIVEN
        if len(words) > 1 and (_all_caps(words[0]) or lex.demonym(words[0])):
            return EntityType.ORGANIZATION, _SHAPE  # "DNB Markets", "Norsk Hydro"
        if len(words) > 1 and self._place_or_body_in(words):
            return EntityType.ORGANIZATION, _SHAPE  # "Nasdaq Copenhagen", "Fagbevegelsens Hus"
        if any(c.isdigit() for c in last) and any(c.isalpha() for c in last):
            if "-" in last or len(words) > 1:
                return EntityType.PRODUCT, _SHAPE  # "F-35", "S-400", "Su-57"
            return EntityType.ORGANIZATION, _SHAPE  # "Fjord1", "3F", "TV2"
        if len(words) == 1 and _all_caps(last):
            return EntityType.ORGANIZATION, _SHAPE
        if (
            len(words) == 2
            and len(last) >= 3
            and last.casefold() in lex.given_names
            and words[0].casefold() not in lex.given_names
            and not (lex.surname_endings and words[0].casefold().endswith(lex.surname_endings))
        ):
            return EntityType.ORGANIZATION, _SHAPE  # "Sandnes Ulf": a given name last is a club's
        if len(words) > 1 and all(w[:1].isupper() and not _all_caps(w) for w in words):
            return EntityType.PERSON, _SHAPE
        if len(words) == 1 and last == tokens[run[-1]].text and self._district(run[-1]):
            return EntityType.LOCATION, _SHAPE  # "Nørrebro i København": a part of a city
        if self._opponent(prev):
            return EntityType.ORGANIZATION, _CONTEXT  # "tapte 0–3 mot Rosenborg": a club
        if (
            prev >= 1
            and (
                tokens[prev].text.casefold() in lex.role_prepositions
                or tokens[prev].text.casefold() in lex.locative
            )
            and self._adjacent(prev - 1, prev)
            and lex.is_role(tokens[prev - 1].text)
            and not (
                tokens[prev].text.casefold() in lex.locative
                and any(t in tokens[prev - 1].text.casefold() for t in lex.territorial_roles)
            )
        ):
            # "chefsekonom på Nordea": the employer; but "ordføraren i Voss" governs a place
            return EntityType.ORGANIZATION, _ROLE
        if (
            len(words) == 1
            and prev >= 0
            and tokens[prev].text.casefold() in lex.employer_prepositions
        ):
            return EntityType.ORGANIZATION, _CONTEXT  # "ansatte hos Keolis": an employer
        # a genitive after a preposition is the possessor of what the preposition governs:
        # "i Keolis' garage" says nothing of Keolis
        k = run[-1] + 1
        genitive = tokens[run[-1]].text != words[-1] or (
            k < self.n and tokens[k].text in ("'", "’") and tokens[k].start == tokens[k - 1].end
        )
        if (
            len(words) == 1
            and prev >= 1
            and lex.ownership_nouns
            and tokens[prev].text.casefold() in lex.locative
            and self._adjacent(prev - 1, prev)
            and tokens[prev - 1].text.casefold().endswith(lex.ownership_nouns)
        ):
            return EntityType.ORGANIZATION, _CONTEXT  # "aktier i Nordvik": the company
        if prev >= 0 and not genitive and tokens[prev].text.casefold() in lex.location_prepositions:
            return EntityType.LOCATION, _CONTEXT
        if (
            len(words) == 1
            and prev >= 0
            and tokens[prev].text in lex.region_qualifiers
            and self._adjacent(prev, run[0])
        ):
            return EntityType.LOCATION, _CONTEXT  # "indre Sogn", "södra Lappland"
        if prev >= 0 and not genitive and tokens[prev].text.casefold() in lex.locative:
            return EntityType.GPE, _CONTEXT
        if len(words) > 1:
            return EntityType.ORGANIZATION, _DEFAULT
        return EntityType.PERSON, _DEFAULT

    def _compound(self, i: int) -> bool:
        """A hyphen compound: its name parts, or the whole word as a name. True if handled."""
        tok = self.tokens[i]
        text, lex = tok.text, self.lex
        parts: list[tuple[int, str]] = []
        pos = tok.start
        for p in text.split("-"):
            parts.append((pos, p))
            pos += len(p) + 1
        head_at = next(
            (k for k, (_, p) in enumerate(parts) if k > 0 and p[:1].islower()), len(parts)
        )
        if parts[0][1][:1].islower():
            # "anti-Putin", "pro-russiske": the capitalised parts only
            for s, p in parts[1:]:
                if _is_cap(p) and self._known(p):
                    self._emit_part(i, s, p)
            return True
        if head_at == len(parts):
            if (
                len(parts) == 2
                and parts[0][1].casefold() in lex.directions
                and (parts[1][1].casefold(),) in lex.gazetteer
            ):
                self._emit(
                    i, i, tok.start, tok.end, text, (text,), None, EntityType.LOCATION, _SUFFIX
                )
                return True
            if all(self._known(p) for _, p in parts):
                for s, p in parts:
                    self._emit_part(i, s, p)
                return True
            return False  # "Jean-Pierre": one name, as a capitalised word
        names = parts[:head_at]
        head = "-".join(p for _, p in parts[head_at:])
        if len(names) > 1:
            joined = "-".join(p for _, p in names)
            if (joined.casefold(),) in lex.gazetteer:
                self._emit_part(i, names[0][0], joined)  # "F-16-fly": the known "F-16"
                return True
        if self.initial[i] and not all(self._known(p) or _all_caps(p) for _, p in names):
            return True  # "Fly-angrepet" at a sentence start: nothing known
        if lex.is_role(head):
            for s, p in names:
                self._emit_part(i, s, p)
            return True
        t = lex.suffix_type(head)
        parts_known = all(self._known(p) for _, p in names)
        if (
            t is None
            or (t in (EntityType.EVENT, EntityType.LOCATION) and parts_known)
            or (t is EntityType.PRODUCT and all(self._country(p) for _, p in names))
            or (head.casefold().rstrip("s").endswith(lex.part_only_suffixes) and parts_known)
        ):
            for s, p in names:
                self._emit_part(i, s, p)
            return True
        base = self._genitive_base(text, None) if text.endswith("s") and t else text
        self._emit(i, i, tok.start, tok.end, base, (base,), None, t, _SUFFIX)
        return True

    def _country(self, word: str) -> bool:
        """The word is a country's name (``Sverige`` in ``Sverige-avtalen``)."""
        entries = self.lex.gazetteer.get((word.casefold(),))
        return entries is not None and any(e.id.startswith(_TERRITORY) for e in entries[:1])

    def _emit_part(self, i: int, start: int, part: str) -> None:
        gaz_entries = self.lex.gazetteer.get((part.casefold(),))
        entry = (
            self._shape_ok(gaz_entries, (Token(start, start + len(part), part),))
            if gaz_entries
            else None
        )
        if entry is None and (
            self.lex.is_common(part) or self.lex.demonym(part) or not any(c.isalpha() for c in part)
        ):
            return  # "24-årig", "1970-talet": a number is no name
        if entry is None and len(part) < 2:
            return
        etype = (
            entry.type
            if entry
            else (EntityType.ORGANIZATION if _all_caps(part) else EntityType.PERSON)
        )
        weight = _GAZETTEER if entry else _DEFAULT
        self._emit(i, i, start, start + len(part), part, (part,), entry, etype, weight)

    def _emit_tokens(self, i: int, k: int, etype: EntityType) -> None:
        """Tokens i..k, no gazetteer entry, as one mention of type ``etype``."""
        start, end = self.starts[i], self.ends[k]
        self._emit(
            i,
            k,
            start,
            end,
            self.text[start:end],
            tuple(self.texts[i : k + 1]),
            None,
            etype,
            _SUFFIX,
        )

    def _emit(  # noqa: PLR0917 - a private helper called with the mention's parts
        self,
        first: int,
        last: int,
        start: int,
        end: int,
        name: str,
        words: tuple[str, ...],
        entry: GazetteerEntry | None,
        etype: EntityType,
        weight: int,
    ) -> None:
        if etype is EntityType.ORGANIZATION and len(words) == 2 and entry is None:
            # "Brøndby IF": "Brøndby" alone names the club too
            for a, b in (words, words[::-1]):
                low = b.casefold()
                if (
                    self.lex.name_heads.get(low) is EntityType.ORGANIZATION
                    and low not in self.lex.institutions
                ):
                    self.org_parts.add(a)
        role = self._role(first, last) if etype in (EntityType.PERSON,) or entry is None else None
        if role is not None and entry is None and weight < _ROLE:
            etype, weight = EntityType.PERSON, _ROLE
        self.mentions.append(_Mention(start, end, name, words, entry, etype, weight, role))

    # ---- roles ---------------------------------------------------------------------------------

    def _role(self, first: int, last: int) -> str | None:
        """``USAs utenriksminister`` before a name, or ``, den mektige sjefen for ...`` after it."""
        tokens, lex = self.tokens, self.lex
        r = first - 1
        if r >= 0 and tokens[r].text == "," and r - 1 >= 0:
            r -= 1
        if (
            r >= 0
            and self.in_text[r]
            and _is_word(tokens[r].text)
            and lex.is_role(tokens[r].text)
            and self._same_block(r, first)
            and not (
                tokens[r].text.casefold() in lex.role_verbs
                and r > 0
                and not _is_cap(tokens[r - 1].text)
                and not tokens[r - 1].text.endswith("e")
            )
        ):
            s = r
            k = r - 1
            steps = 0
            lower_taken = False
            while k >= 0 and steps < 4 and self._adjacent(k, k + 1):
                w = tokens[k].text
                if not _is_word(w) or w.casefold() in lex.determiners:
                    break
                if _is_cap(w):
                    if (lex.is_common(w) and not lex.demonym(w)) or lex.apposition_type(w):
                        break
                    if lower_taken and _strip_genitive(lex, w) is None and not lex.demonym(w):
                        # "Iran släppte diplomaten": a subject and its verb, no owner and
                        # adjective ("Irans nyvalda president")
                        s = r
                        break
                    s = k
                    if self.initial[k]:
                        break
                elif (
                    w.casefold() in lex.common
                    or w.casefold() in lex.context_verbs
                    or lex.is_role(w)
                    or not w.endswith("e")
                ):
                    break
                else:
                    s = k
                    lower_taken = True
                k -= 1
                steps += 1
            return self.text[tokens[s].start : tokens[r].end]
        if r == first - 1 and r >= 0 and self._adjacent(r, first) and _is_cap(tokens[r].text):
            # "Konsernsjef i Equinor Anders Opedal": the role and employer, with no comma
            q = r
            while r - q < 4 and q > self.block_start[r] and self._adjacent(q - 1, q):
                if not _is_cap(tokens[q - 1].text):
                    break
                q -= 1
            if self._after_role(q):
                return self.text[tokens[q - 2].start : tokens[r].end]
        if r >= 0 and r == first - 2:
            # "Leder av Naturvernforbundet, Truls Gulowsen": a role phrase first in the sentence
            q = r
            while q > self.block_start[r] and r - q < 4 and self._adjacent(q - 1, q):
                q -= 1
                if lex.is_role(tokens[q].text) and self.initial[q]:
                    between = tokens[q + 1].text.casefold()
                    if (
                        between in lex.role_prepositions
                        or between in lex.locative
                        or _is_cap(tokens[q + 1].text)
                    ):
                        return self.text[tokens[q].start : tokens[r].end]
                    break
        # apposition after the name
        k = last + 1
        if k < self.n and tokens[k].text == "," and self._same_block(last, k):
            k += 1
            j = k
            while (
                j < self.n and j - k < 5 and self._same_block(last, j) and _is_word(tokens[j].text)
            ):
                w = tokens[j].text
                if w.casefold() in lex.context_verbs and not lex.is_role(w):
                    break  # "Avdijivka, opplyser øverstkommanderende ...": a new clause
                if lex.is_role(w):
                    s = next((x for x in range(k, j) if _is_cap(tokens[x].text)), j)
                    e = j
                    m = j + 1
                    if m < self.n and (
                        tokens[m].text.casefold() in lex.locative
                        or tokens[m].text.casefold() in lex.role_prepositions
                    ):
                        while m < self.n and m - j <= 5 and _is_word(tokens[m].text):
                            e = m
                            m += 1
                    return self.text[tokens[s].start : tokens[e].end]
                j += 1
        return None

    def _same_block(self, a: int, b: int) -> bool:
        return self.in_text[a] and self.in_text[b] and self.block_end[a] == self.block_end[b]


# ---------- coreference -------------------------------------------------------------------------


class _Cluster:
    """The mentions of one referent (a working record, local to one call)."""

    __slots__ = ("_type", "entry", "entry_id", "forms", "mentions", "starts", "votes")

    def __init__(self, mention: _Mention) -> None:
        entry = mention.entry
        self.entry_id = entry.id if entry and not entry.short else None
        self.entry = entry
        self.mentions: list[_Mention] = [mention]
        self.forms: set[tuple[str, ...]] = {mention.words}
        self.starts: list[int] = [mention.start]
        self.votes: dict[EntityType, tuple[int, int]] = {mention.type: (mention.weight, 1)}
        self._type: EntityType | None = mention.type

    def add(self, mention: _Mention) -> bool:
        """Add a mention; True when it brings a new form of the name."""
        self.mentions.append(mention)
        bisect.insort(self.starts, mention.start)
        w, c = self.votes.get(mention.type, (0, 0))
        self.votes[mention.type] = (max(w, mention.weight), c + 1)
        self._type = None
        if mention.entry is not None and self.entry is None:
            self.entry = mention.entry
        if mention.words in self.forms or len(self.forms) >= _MAX_FORMS:
            return False
        self.forms.add(mention.words)
        return True

    def set_votes(self, votes: dict[EntityType, tuple[int, int]]) -> None:
        self.votes = votes
        self._type = None

    @property
    def type(self) -> EntityType:
        t = self._type
        if t is None:
            t = self._type = max(self.votes.items(), key=lambda kv: kv[1])[0]
        return t

    def multi(self) -> list[tuple[str, ...]]:
        return [f for f in self.forms if len(f) > 1]

    def last_before(self, offset: int) -> int:
        """Start of the last mention before ``offset`` (-1 if none)."""
        k = bisect.bisect_left(self.starts, offset)
        return self.starts[k - 1] if k else -1


def _seat_form(form: tuple[str, ...], locative: frozenset[str]) -> bool:
    """``Statsforvaltaren i Vestland``, ``Retten på Frederiksberg``: an institution and its
    place, which no acronym abbreviates (``SV`` is a party, not ``S. i Vestland``)."""
    return any(w in locative for w in form[1:-1])


class _Index:
    """Clusters by the folded words of their names, with buckets for fuzzy look-ups."""

    def __init__(self, locative: frozenset[str]) -> None:
        self.locative = locative
        self.words: dict[str, list[_Cluster]] = {}
        self.buckets: dict[tuple[str, int], list[str]] = {}
        self.acronyms: dict[str, list[_Cluster]] = {}

    def add(self, cluster: _Cluster, form: tuple[str, ...]) -> None:
        words, buckets = self.words, self.buckets
        for w in form:
            f = fold(w)
            if not f:
                continue
            bucket = words.get(f)
            if bucket is None:
                words[f] = [cluster]
                key = (f[0], len(f))
                spellings = buckets.get(key)
                if spellings is None:
                    buckets[key] = [f]
                else:
                    spellings.append(f)
            elif cluster not in bucket:
                bucket.append(cluster)
                if len(bucket) > _MAX_FORMS:
                    del bucket[0]  # odd input: keep the referents named last
        if len(form) > 1 and not _seat_form(form, self.locative):
            acro = acronym_of(form)
            if len(acro) >= 2:
                bucket = self.acronyms.setdefault(acro, [])
                if cluster not in bucket:
                    bucket.append(cluster)

    def near(self, word: str, *, loose: bool = False) -> list[_Cluster]:
        """Clusters with a name word spelled like ``word`` (or abbreviated by it); ``loose``
        adds words one edit away from five letters on (for full names, whose other words
        must agree too)."""
        f = fold(word)
        if not f:
            return []
        out: list[_Cluster] = list(self.words.get(f, ()))
        if len(f) >= 6 or (loose and len(f) >= 5):
            # candidates only: the callers decide whether a spelling is the same name
            spread = 2 if len(f) >= 9 else 1
            for size in range(len(f) - spread, len(f) + spread + 1):
                for g in self.buckets.get((f[0], size), ())[-_MAX_FUZZY:]:
                    if g != f and (similar_folded(f, g) or (loose and one_edit_folded(f, g))):
                        out.extend(c for c in self.words.get(g, ()) if c not in out)
        if _all_caps(word):
            out.extend(c for c in self.acronyms.get(word, ()) if c not in out)
        return out


def _forms_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two multi-word names of one person: same surname, compatible first names."""
    if not similar(a[-1], b[-1]):
        return _typo_match(a, b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < len(long_) and all(
        similar(x, y) for x, y in zip(short, long_[len(long_) - len(short) :], strict=True)
    ):
        return True  # "Løkke Rasmussen" in "Lars Løkke Rasmussen"
    return similar(a[0], b[0]) or (a[0][:1] == b[0][:1] and (len(a[0]) <= 2 or len(b[0]) <= 2))


def _typo_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``Sæbø Haugue`` and ``Eirik Sæbø Hauge``: aligned from the end, the words agree but
    one, which differs by a single letter (a typo, five letters or more)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return False
    diff = [
        (fold(x), fold(y))
        for x, y in zip(short, long_[len(long_) - len(short) :], strict=True)
        if fold(x) != fold(y)
    ]
    if len(diff) != 1:
        return False
    return one_edit_folded(*diff[0])


def _single_matches(word: str, cluster: _Cluster, locative: frozenset[str]) -> int:
    """How well one word names a cluster: 3 = surname, 2 = other part or acronym, 0 = no."""
    best = 0
    for form in cluster.forms:
        if len(form) == 1:
            if similar(word, form[0]):
                return 3
            continue
        if similar(word, form[-1]) and not _seat_form(form, locative):
            return 3  # but "Holstebro" is the place of "Retten i Holstebro", not its surname
        if cluster.type is EntityType.PERSON and any(
            fold(word) == fold(w) for w in form[:-1] if w[:1].isupper()
        ):
            best = max(best, 2)
        if (
            _all_caps(word)
            and len(word) >= 2
            and acronym_of(form) == word
            and not _seat_form(form, locative)
        ):
            best = max(best, 2)
    return best


def _cluster(
    mentions: list[_Mention],
    links: dict[int, int],
    lex: EntityLexicon,
    places: set[str],
) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_entry: dict[str, _Cluster] = {}
    index = _Index(lex.locative)

    def new(m: _Mention) -> _Cluster:
        c = _Cluster(m)
        clusters.append(c)
        index.add(c, m.words)
        if c.entry_id:
            by_entry[c.entry_id] = c
        return c

    def join(c: _Cluster, m: _Mention) -> None:
        if c.add(m):
            index.add(c, m.words)

    # 1. full gazetteer names
    for m in mentions:
        if m.entry is not None and not m.entry.short:
            c = by_entry.get(m.entry.id)
            if c is None:
                new(m)
            else:
                join(c, m)
    # 2. other names of several words
    for m in mentions:
        if (m.entry is not None and not m.entry.short) or len(m.words) < 2:
            continue
        key = tuple(w.casefold() for w in m.words)
        found = None
        for c in index.near(m.words[-1], loose=True):
            if any(_forms_match(m.words, f) for f in c.multi()) or any(
                tuple(w.casefold() for w in f) == key for f in c.forms
            ):
                found = c
                break
        if found is None:
            new(m)
        else:
            join(found, m)
    # 3. single words: surnames, short gazetteer names, acronyms
    named: dict[str, list[_Cluster]] = {}  # institutions a definite noun may refer back to
    # words the text also uses as a place ("folk i Sogn"): no first word of a body's name
    placed = {
        m.words[0]
        for m in mentions
        if len(m.words) == 1 and m.type in (EntityType.GPE, EntityType.LOCATION)
    }
    at_start = {m.start: c for c in clusters for m in c.mentions}
    for m in mentions:
        if (m.entry is not None and not m.entry.short) or len(m.words) >= 2:
            continue
        word = m.words[0]
        linked = at_start.get(links[m.start]) if m.start in links else None
        if linked is None and m.entry is None and word.casefold() in lex.agent_institutions:
            linked = _named_institution(word, clusters, lex, m.start, named)
        if linked is not None:
            join(linked, m)
            at_start[m.start] = linked
            continue
        best: _Cluster | None = None
        best_score = (0, -1)
        adopt: set[int] = set()  # clusters whose type a weakly typed word takes on joining
        for c in index.near(word):
            if (
                c.entry_id
                and m.entry is not None
                and c.entry_id != m.entry.id
                and c.entry is not None
                and c.entry.type is not EntityType.PERSON
            ):
                continue
            score = _single_matches(word, c, lex.locative)
            if (
                not score
                and m.entry is None
                and m.type in (EntityType.ORGANIZATION, EntityType.PRODUCT)
                and c.type is EntityType.ORGANIZATION
                and word not in places
                and word not in placed
                and any(len(f) >= 2 and fold(word) == fold(f[0]) for f in c.forms)
            ):
                # "Brøndby" after "Brøndby IF", "3F" after "3F Aarhus", "Statsforvaltaren"
                # after "Statsforvaltaren i Vestland": the full name's type holds
                score = 2
                adopt.add(id(c))
            if not score:
                continue
            if (
                m.type in (EntityType.GPE, EntityType.LOCATION)
                and m.weight >= _CONTEXT
                and c.type is EntityType.ORGANIZATION
                and id(c) not in adopt
                and all(len(f) > 1 for f in c.forms)
            ):
                continue  # "til Førde" beside "Helse Førde": the place stays the place
            if (
                m.type is not EntityType.PERSON
                and c.type is EntityType.PERSON
                and score < 3
                and not (m.entry is None and word.casefold() in lex.given_names)
            ):
                continue  # but "Hedda" after "Hedda Skjervheim", whatever "til Hedda" says
            if m.type is not c.type and c.type is EntityType.PERSON and score < 3:
                adopt.add(id(c))  # a given name joining its person
            rank = (score, c.last_before(m.start))
            if rank > best_score:
                best, best_score = c, rank
        if best is None and m.entry is not None:
            best = by_entry.get(m.entry.id)
        if best is None:
            best = new(m)
            if m.entry is not None:
                by_entry.setdefault(m.entry.id, best)
        else:
            taken = m
            if id(best) in adopt and m.entry is None and m.type is not best.type:
                taken = m._replace(type=best.type, weight=_DEFAULT)
            join(best, taken)
        at_start[m.start] = best
    return clusters


def _named_institution(
    word: str,
    clusters: list[_Cluster],
    lex: EntityLexicon,
    offset: int,
    named: dict[str, list[_Cluster]],
) -> _Cluster | None:
    """The named institution a definite noun refers back to: ``Politiet`` after
    ``Østjyllands Politi`` or ``Oslo politidistrikt`` (the nearest one before, else after).

    ``named`` keeps the candidates per noun for the call (at most `_MAX_FUZZY`: linear)."""
    low = word.casefold()
    found = named.get(low)
    if found is None:
        base = low
        for ending in lex.definite_endings:  # longest first
            if low.endswith(ending) and len(low) - len(ending) >= 4:
                base = low[: -len(ending)]
                break
        found = [
            c
            for c in clusters
            if c.type is EntityType.ORGANIZATION
            and any(len(f) > 1 and any(w.casefold().startswith(base) for w in f) for f in c.forms)
        ][:_MAX_FUZZY]
        named[low] = found
    best: _Cluster | None = None
    best_rank = (-1, 0)
    for c in found:
        before = c.last_before(offset)
        rank = (1, before) if before >= 0 else (0, -c.starts[0])
        if rank > best_rank:
            best, best_rank = c, rank
    return best


def _add_slips(clusters: list[_Cluster], finder: _Finder) -> None:
    """Lower-case slips of a known surname next to a speech verb: ``sa blinken til pressen``."""
    lex, tokens = finder.lex, finder.tokens
    surnames: dict[str, _Cluster] = {}
    for c in clusters:
        if c.type is EntityType.PERSON:
            for f in c.forms:
                if len(f[-1]) >= 4:
                    surnames.setdefault(f[-1].casefold(), c)
    wanted = {w for w in surnames if w in finder.count and w not in lex.common}
    if not wanted:
        return
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    texts = finder.texts
    for i in compress(range(len(texts)), map(wanted.__contains__, texts)):
        text = texts[i]
        if not finder.in_text[i]:
            continue
        tok = tokens[i]
        owner = surnames[text]
        if (tok.start, tok.end) in taken:
            continue
        prev = tokens[i - 1].text.casefold() if i > 0 else ""
        nxt = tokens[i + 1].text.casefold() if i + 1 < len(tokens) else ""
        if prev in lex.context_verbs or nxt in lex.context_verbs:
            owner.add(
                _Mention(tok.start, tok.end, text, (text,), None, EntityType.PERSON, _DEFAULT)
            )


def _retype_lone_names(clusters: list[_Cluster], finder: _Finder) -> None:
    """A single unknown word typed person for want of evidence is more often an organisation.

    People in news are introduced with a full name, a role or a speech verb; a word that never
    gets any of these (``Swedbank``, ``Brann``, ``Telenor``) names a company, a club or a body.
    Surname shapes (``Olsen``, ``Andersson``) and given names stay people.
    """
    lex, texts = finder.lex, finder.texts
    # first and last tokens of people's full names, for coordination
    if not any(
        c.entry is None
        and set(c.votes) == {EntityType.PERSON}
        and all(len(f) == 1 for f in c.forms)
        for c in clusters
    ):
        return
    people_at: set[int] = set()
    for c in clusters:
        if c.type is EntityType.PERSON and any(len(f) > 1 for f in c.forms):
            for m in c.mentions:
                first, last = finder.token_at(m.start), finder.token_ending(m.end)
                people_at.update(k for k in (first, last) if k is not None)
    for c in clusters:
        if c.entry is not None or set(c.votes) != {EntityType.PERSON}:
            continue
        if c.votes[EntityType.PERSON][0] > _DEFAULT or any(len(f) != 1 for f in c.forms):
            continue
        if any(m.role for m in c.mentions):
            continue
        word = c.mentions[0].words[0]
        low = word.casefold()
        if (
            low in lex.given_names
            or (lex.surname_endings and low.endswith(lex.surname_endings))
            or not word[:1].isupper()
        ):
            continue
        evidence = 0
        for m in c.mentions:
            k = finder.token_at(m.start)
            if k is None:
                continue
            prev = texts[k - 1].casefold() if k > 0 else ""
            nxt = texts[k + 1].casefold() if k + 1 < len(texts) else ""
            if (prev in lex.coordinators and k - 2 in people_at) or (
                nxt in lex.coordinators and k + 2 in people_at
            ):
                evidence = len(c.mentions)  # named alongside a person: "Burns og Narysjkin"
                break
            if prev in lex.speech_verbs or nxt in lex.speech_verbs:
                evidence += 1  # a speaker
        # a name used often and seldom as a speaker is a club or a company ("Sogndal slo ut
        # Brann", "Sogndal vann", "Sogndal møter ...": one verb that may report speech)
        speaking = evidence > 0 and (len(c.mentions) < 3 or 2 * evidence >= len(c.mentions))
        if not speaking:
            c.set_votes({EntityType.ORGANIZATION: (_DEFAULT, len(c.mentions))})


def _companies_not_places(clusters: list[_Cluster], finder: _Finder) -> None:
    """A lone unknown word typed a place only by a preposition before it (``aktier i X``,
    ``ansatte i X``) that elsewhere acts or speaks as a sentence's subject (``X øker
    omsetningen``, ``Det opplyser X``) is a company or a body, not a place."""
    lex, texts = finder.lex, finder.texts
    actor, speech = lex.actor_verbs, lex.speech_verbs
    for c in clusters:
        if c.entry is not None or c.type not in (EntityType.GPE, EntityType.LOCATION):
            continue
        if any(len(f) != 1 for f in c.forms) or max(w for w, _ in c.votes.values()) > _CONTEXT:
            continue
        word = c.mentions[0].words[0]
        if word in finder.places:
            continue  # "Vinje" after "Vinje kommune": the place of an institution
        acting = 0
        for m in c.mentions:
            k = finder.token_at(m.start)
            if k is None or m.type not in (EntityType.GPE, EntityType.LOCATION, EntityType.PERSON):
                continue
            nxt = texts[k + 1].casefold() if k + 1 < len(texts) else ""
            prev = texts[k - 1].casefold() if k > 0 else ""
            before = texts[k - 2].casefold() if k > 1 else ""
            if ((nxt in actor or nxt in speech) and prev not in lex.locative) or (
                prev in lex.speech_verbs and before in lex.determiners
            ):
                acting += 1
        if acting:
            c.set_votes({EntityType.ORGANIZATION: (_CONTEXT, len(c.mentions))})


# ---------- entities ----------------------------------------------------------------------------


def _canonical(c: _Cluster) -> str:
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for m in c.mentions:
        name = m.name
        if name in counts:
            counts[name] += 1
        else:
            counts[name] = 1
            first_at[name] = m.start
    if len(counts) == 1:
        return next(iter(counts))
    known = {c.entry.name.casefold(), c.entry.canonical.casefold()} if c.entry else set()

    def rank(name: str) -> tuple[int, int, int, int, int]:
        return (
            len(name.split()),
            name[:1].isupper() or name[:1].isdigit(),
            name.casefold() in known,
            counts[name],
            -first_at[name],
        )

    return max(counts, key=rank)


def _entities(clusters: list[_Cluster], doc: Document) -> tuple[Entity, ...]:
    ordered = sorted(clusters, key=lambda c: c.starts[0])
    out: list[Entity] = []
    text = doc.text
    for c in ordered:
        if len(c.mentions) == 1 and (c.entry is None or c.entry.canonical == c.mentions[0].name):
            # the common case: a name mentioned once
            m = c.mentions[0]
            out.append(
                Entity(
                    f"e{len(out) + 1}",
                    m.name,
                    c.type,
                    (),
                    (Span(m.start, m.end, text[m.start : m.end]),),
                    (m.role,) if m.role else (),
                )
            )
            continue
        mentions = sorted({(m.start, m.end) for m in c.mentions})
        name = _canonical(c)
        aliases = sorted({m.name for m in c.mentions} - {name})
        if c.entry is not None and c.entry.canonical not in aliases and c.entry.canonical != name:
            aliases.append(c.entry.canonical)
        roles = (
            tuple(dict.fromkeys(m.role for m in sorted(c.mentions) if m.role))
            if any(m.role for m in c.mentions)
            else ()
        )
        out.append(
            Entity(
                id=f"e{len(out) + 1}",
                name=name,
                type=c.type,
                aliases=tuple(aliases),
                mentions=tuple([Span(s, e, text[s:e]) for s, e in mentions]),
                roles=roles,
            )
        )
    return tuple(out)
