"""Who said what, according to whom: one pass that finds quotes, speakers and sources.

The pass works on the document's tokens with set look-ups (no big regular expressions):

1. known names are marked: entities of the entity layer when there are any, institutions and
   outlets from the language pack's gazetteer;
2. every paragraph, heading and headline is read for dash-led quotes, quote marks, speech
   verbs with their complement clause, postposed attributions (``..., sa Lavrov``),
   back-references (``Det opplyser X``) and ``ifølge X``;
3. a speaker's mention is turned into a canonical name: names through the entity layer or the
   fullest spelling of the article, role nouns through the person introduced with that role,
   pronouns through the most recent speaker, anonymous nouns through their descriptor;
4. attributions that name a source (outlets, agencies, anonymous sources, spokespersons,
   ``ifølge``, ``opplyser``, ``skriver``, photo credits) become `Source` objects.

`extract_sources` and `extract_quotes` both call `analyse`; it is deterministic, so the ids the
quotes refer to are the ids of the sources layer.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from newsevents.extract._attribution_lexicon import GazetteerEntry, Lexicon, _stem_in, lexicon
from newsevents.extract._context import Context
from newsevents.model import (
    BlockKind,
    Entity,
    EntityType,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
    Timex,
)
from newsevents.reading import Document, Sentence, Token

__all__ = ["Analysis", "analyse"]

_DASHES = frozenset("–—-−")
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“", '"': '"', "”": "”", "»": "«"}
_CLOSERS = frozenset('»”"“«')
_TEXT_BLOCKS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.HEADLINE})
_SENT_PUNCT = frozenset(".!?…;")
_END_MARKS = _SENT_PUNCT | _CLOSERS
_MARKISH = frozenset(_OPEN_CLOSE) | _DASHES
_ATTR_PUNCT = _SENT_PUNCT | _CLOSERS | {","}
_MAX_NP = 14
_PARTY_LEN = 5  # a party abbreviation in parentheses: "(Ap)", "(KrF)", "(SVP)"
_DESCRIBED_KINDS = frozenset({"person", "official", "organization"})
_DEFINITE_ENDS = ("en", "et", "a", "n")  # the definite noun before a name in marks
_CROSSHEAD_WORDS = 10  # a paragraph of marked words only, unpunctuated, heads a section
_MIN_STEM = 4  # a noun stem left after its definite ending
_PLACE_TYPES = frozenset({EntityType.GPE, EntityType.LOCATION})
_BODY_REGION_WORDS = 3  # "Räddningstjänsten Dala Mitt": a public body and its region
_GENITIVE_ENDS = frozenset("s'’")
_CLAUSE_PUNCT = frozenset(",.:;!?()")
# endings of a singular role noun (``minister``, ``ministeren``, ``ministern``, ``statsrådet``)
_SINGULAR_ENDINGS = frozenset({"", "en", "n", "et", "t", "a"})
_INTRO_AT = operator.attrgetter("at")
_START = operator.attrgetter("start")
# what a token's text is looked up for (`_Analyser._classify`)
_CUE, _MARK, _CREDIT, _FORM, _PUNCT, _ROLE, _NAMEY, _INDEXED = (1 << k for k in range(8))


@attrs.frozen
class Analysis:
    """Quotes and sources of one document.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> a = analyse(Context(read(" date 2022-01 Blinken sier at møtet var nyttig."),
        ...                     get_pack("nb")))
        >>> [(q.text, q.speaker.name) for q in a.quotes]
        [('møtet var nyttig', 'Blinken')]
    """

    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]


class _Mention(NamedTuple):
    """A known name in the text (a named tuple: documents hold many)."""

    start: int  # token indices, half-open
    end: int
    name: str
    kind: str
    entity: str | None


class _NP(NamedTuple):
    """A noun phrase: token bounds, its core (no determiners, no PP) and an apposition."""

    start: int
    end: int
    core_start: int
    core_end: int
    head_noun: bool
    appos: tuple[int, int] | None = None


class _Who(NamedTuple):
    """Who a mention names: canonical name, entity id, kind, and the mention's offsets."""

    name: str
    entity: str | None
    kind: str
    spokesperson: bool
    start: int  # character offsets of the attributing mention
    end: int


class _Facts(NamedTuple):
    """What a head word is: its anonymous-noun and role stems, and the noun lists it is in."""

    anon: str | None
    role: str | None
    source_noun: bool
    outlet_kinds: tuple[str, ...]
    """Of newspaper, news_agency, broadcaster and think_tank nouns, in that order."""
    government: bool
    organization: bool


_Inst = tuple[int, str, str | None, str]
"""A named government or organisation: token, name, entity id, kind."""


class _Like(NamedTuple):
    """Named institutions in text order, with their tokens and stories (`_institutions_like`)."""

    tokens: list[int]
    stories: list[int]
    insts: list[_Inst]


class _Intro(NamedTuple):
    """A person introduced with a role (``utenriksminister Antony Blinken``)."""

    stem: str
    quals: frozenset[str] | None
    name: str
    entity: str | None
    at: int
    spokesperson: bool


_ENTITY_KIND = {
    EntityType.PERSON: "person",
    EntityType.ORGANIZATION: "organization",
    EntityType.GPE: "government",
    EntityType.LOCATION: "location",
    EntityType.EVENT: "event",
    EntityType.PRODUCT: "product",
}
_SOURCE_KINDS = frozenset(k.value for k in SourceKind)
_ALWAYS_SOURCE = frozenset({"anonymous", "news_agency", "newspaper", "broadcaster", "think_tank"})
_OUTLETS = frozenset({"news_agency", "newspaper", "broadcaster"})
_NOT_PEOPLE = _OUTLETS | {"government", "think_tank"}


def analyse(ctx: Context) -> Analysis:
    """Find the quotes and sources of ``ctx.doc``.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> a = analyse(Context(read(" date 2022-01 Krigen er over, ifølge Reuters."),
        ...                     get_pack("nb")))
        >>> [(s.name, s.kind.value) for s in a.sources]
        [('Reuters', 'news_agency')]
    """
    if not ctx.doc.tokens:
        return Analysis((), ())
    return _analyse(_Key(ctx.doc, ctx.pack.code, ctx.entities, ctx.timexes))


class _Key:
    """The inputs of one analysis, compared by identity: hashing a document's tokens and
    entities would cost more than a small analysis."""

    __slots__ = ("code", "doc", "entities", "hash", "timexes")

    def __init__(
        self, doc: Document, code: str, entities: tuple[Entity, ...], timexes: tuple[Timex, ...]
    ) -> None:
        self.doc = doc
        self.code = code
        self.entities = entities
        self.timexes = timexes
        self.hash = hash((id(doc), code, id(entities), id(timexes)))

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Key)
            and other.doc is self.doc
            and other.code == self.code
            and other.entities is self.entities
            and other.timexes is self.timexes
        )


@functools.lru_cache(maxsize=4)
def _analyse(key: _Key) -> Analysis:
    """The analysis is pure; the sources and quotes layers share one run per document.

    The cache holds the last four inputs (and so keeps their objects alive, which keeps their
    identities unique while cached).
    """
    return _Analyser(key.doc, key.code, key.entities, key.timexes).run()


class _Analyser:
    def __init__(
        self, doc: Document, code: str, entities: tuple[Entity, ...], timexes: tuple[Timex, ...]
    ) -> None:
        self.doc: Document = doc
        self.text = doc.text
        self.lex: Lexicon = lexicon(code)
        self.code = code
        self.role_memo: dict[str, str] = _memo(code, "role")
        self.known_memo: dict[str, bool] = _memo(code, "known")
        self.noun_memo: dict[str, dict[str, bool]] = {}
        self.facts_memo: dict[str, _Facts] = _memo(code, "facts")
        self.toks: tuple[Token, ...] = doc.tokens
        # the reader's per-token tables, shared with the other layers
        self.starts: tuple[int, ...] = doc.token_starts
        self.ends: tuple[int, ...] = doc.token_ends
        self.low: tuple[str, ...] = doc.lowered
        self._index_words(doc.token_texts)
        self.sent_starts: frozenset[int] = frozenset(map(_START, doc.sentences))
        self.entities: tuple[Entity, ...] = entities
        self.place_ids = frozenset(
            ent.id for ent in entities if ent.type in (EntityType.GPE, EntityType.LOCATION)
        )
        self.n = len(self.toks)
        self.mention_at: dict[int, _Mention] = {}
        self.name_runs: list[tuple[int, int, str]] = []
        self.quotes: list[Quote] = []
        self.covered: list[tuple[int, int]] = []
        self.quote_index: dict[tuple[int, int], int] = {}
        self.source_index: dict[str, int] = {}
        self.by_kind: dict[str, list[_Mention]] | None = None
        self.mark_pos: dict[str, list[int]] = {}
        self.person_starts: list[int] | None = None
        self.person_names: list[tuple[int, str, str | None]] = []
        self.sources: list[Source] = []
        self.source_by_span: dict[tuple[int, int], str] = {}
        self.anonymous: list[_Who] = []
        self.anonymous_persons: set[str] = set()
        self.descriptors: dict[str, list[tuple[int, _Mention]]] | None = None
        """Anonymous sources that are one person described (``en lærer, som ikke vil ...``)."""
        self.gender: dict[str, str] = {}
        self.institutions: list[tuple[int, str, str | None, str]] | None = None
        self.institutions_like: dict[tuple[str, str], _Like] = {}
        self.history: list[tuple[int, _Who]] = []
        self.timex_starts: set[int] = set()
        self.attr_tokens: set[int] = set()
        self.not_postposed: set[int] = set()
        for tx in timexes:
            self.timex_starts.update(self._trange(tx.start, tx.end))
        self.block_ranges = self._ranges(doc.content)
        self.sent_ranges = self._ranges(doc.sentences)
        self.namey: frozenset[int] = frozenset(self.namey_list)
        self._mark_names()
        self.full_names = self._full_names()
        self.intros = self._role_intros()
        self.spokespeople = frozenset(it.name for it in self.intros if it.spokesperson)
        self.intros_by_stem: dict[str, list[_Intro]] = {}
        for it in self.intros:
            self.intros_by_stem.setdefault(it.stem, []).append(it)

    # ---------- names ------------------------------------------------------------------------

    def _mark_names(self) -> None:
        lex, low, toks = self.lex, self.low, self.toks
        pairs, single, n = lex.gazetteer_pairs, lex.gazetteer_single, self.n
        for i in self.name_idx:
            w = low[i]
            entries: tuple[GazetteerEntry, ...] = ()
            two_only = False  # a genitive second word ends the name ("Det hvite hus'")
            if i + 1 < n:
                w2 = low[i + 1]
                entries = pairs.get((w, w2), ())
                if not entries:
                    b2 = _strip_genitive(w2)
                    if b2 != w2:
                        entries = pairs.get((w, b2), ())
                        two_only = True
            one = single.get(w)
            if one is None and len(w) > 2 and w[-1] in "s'’":
                base = _strip_genitive(w)
                if base != w:
                    one = single.get(base)
            if one:
                entries += one
            for e in entries:
                k = len(e.words)
                if i + k > n or (two_only and k > 2):
                    continue
                ok = True
                for m in range(2, k):
                    tw = low[i + m]
                    if tw != e.words[m] and not (m == k - 1 and _strip_genitive(tw) == e.words[m]):
                        ok = False
                        break
                if ok and e.exact_case:
                    ok = _strip_genitive(toks[i].text) == e.surface or toks[i].text == e.surface
                if ok and k == 1 and not toks[i].text[:1].isupper() and not e.exact_case:
                    ok = False
                if ok:
                    end, name = i + k, e.name
                    if e.kind in _OUTLETS:
                        # "NRK Vestland", "TV 2 Sumarlidi": a regional edition of the outlet
                        while (
                            end < n
                            and end - i < k + 2
                            and self._is_caps_word(end)
                            and low[end] not in lex.stop
                            and toks[end].start == toks[end - 1].end + 1
                        ):
                            end += 1
                        if end > i + k:
                            name = self.text[toks[i].start : toks[end - 1].end]
                    self.mention_at[i] = _Mention(i, end, name, e.kind, None)
                    break
        mention_at, starts, ends = self.mention_at, self.starts, self.ends
        bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
        role_at, stop, texts = self.role_at, lex.stop, self.doc.token_texts
        org_noun_before = self._org_noun_before
        # tokens inside an outlet's name ("NRK Vestland"): no entity starts there
        inside_outlet = {
            k
            for m in mention_at.values()
            if m.kind in _OUTLETS
            for k in range(m.start + 1, min(m.end, m.start + 4))
        }
        for ent in self.entities:
            kind = _entity_kind(self.code, ent.type, ent.name, ent.aliases)
            name, entity = ent.name, ent.id
            for sp in ent.mentions:
                a = bisect_left(starts, sp.start)
                b = bisect_right(ends, sp.end, a)
                if b <= a or a in inside_outlet:
                    continue
                g = mention_at.get(a)
                if g is None:
                    found = kind
                elif g.kind in _OUTLETS or g.end > b:
                    continue
                else:
                    found = g.kind if g.end == b else kind
                if found == "person":
                    k = a - 2 if a > 1 and texts[a - 1] == "," else a - 1
                    if k >= 0 and k not in role_at and low[k] not in stop and org_noun_before(a):
                        found = "organization"  # "Møbelproducenten Vestfyn Møbler", "holdet, X"
                mention_at[a] = _Mention(a, b, name, found, entity)

    def _org_noun_before(self, a: int) -> bool:
        """Whether an organisation noun introduces the name at token ``a``
        (``Møbelproducenten X``, ``hans hold, X``)."""
        k = a - 1
        if self.doc.token_texts[k] == "," and k > 0:
            k -= 1
        w = self.low[k]
        if not (w[:1].isalpha() and w not in self.lex.stop and self._facts(w).organization):
            return False  # most words before a name are no organisation noun: asked first
        # "Senterpartiets Trygve Slagsvold Vedum" is a person of the party
        return not (
            _gen(w) or (self.doc.token_texts[k][:1].isupper() and not self._sentence_first(k))
        )

    def _institution_kind(self, name: str, *, loose: bool = True) -> str | None:
        """``Østjyllands Politi``, ``Stockholms tingsrätt``: an institution by its last word."""
        return _institution_kind(self.code, name, loose)

    def _index_words(self, texts: Sequence[str]) -> None:
        """Positions of the words the analysis looks for, found in one pass over the tokens.

        Cue words, quote marks and dashes, credit cues, first words of known names, role
        nouns and capitalised words that may be part of a name. The distinct words are
        classified once per language pack (the flags are kept in a bounded per-pack cache),
        so a document's tokens are read as one dictionary look-up each, then the few tokens
        with a flag are sorted into the indexes.
        """
        seen = _seen_words(self.code)
        flags = seen.flags
        try:
            bits = list(map(flags.__getitem__, texts))
        except KeyError:  # words not classified yet
            if len(flags) > _MEMO_SIZE:
                seen.clear()
            for t in set(texts).difference(flags):
                found, stem = self._classify(t)
                seen.add(t, found, stem)
            bits = list(map(flags.__getitem__, texts))
        hits = [i for i, b in enumerate(bits) if b]
        self.cue_idx: list[int] = [i for i in hits if bits[i] & _CUE]
        self.mark_idx: list[int] = [i for i in hits if bits[i] & _MARK]
        self.credit_idx: list[int] = [i for i in hits if bits[i] & _CREDIT]
        self.name_idx: list[int] = [i for i in hits if bits[i] & _FORM]
        self.punct_idx: list[int] = [i for i in hits if bits[i] & _PUNCT]
        roles = seen.roles
        self.role_at: dict[int, str] = {i: roles[texts[i]] for i in hits if bits[i] & _ROLE}
        # capitalised tokens that may be part of a name: not a role, not a stop word
        self.namey_list = [i for i in hits if bits[i] & _NAMEY]

    def _classify(self, text: str) -> tuple[int, str]:
        """What the analysis looks for in a token's text: flags and the role stem."""
        lex, w = self.lex, text.casefold()
        stem = (_role_stem(self.code, w) or "") if w[-3:] in lex.role_tails else ""
        bits = 0
        if w in lex.indexed_words:
            bits |= _CUE if w in lex.cue_words else 0
            bits |= _MARK if w in _MARKISH else 0
            bits |= _CREDIT if w in lex.credit_cues else 0
            bits |= _FORM if w in lex.gazetteer_forms else 0
            bits |= _PUNCT if w in _ATTR_PUNCT else 0
            bits |= _INDEXED
        if stem:
            bits |= _ROLE
        elif text[0].isupper() and w not in lex.non_names:
            bits |= _NAMEY
        return bits, stem

    def _noun(self, w: str, nouns: str) -> bool:
        """Whether ``w`` is one of the lexicon's ``nouns`` (an attribute name), cached."""
        memo = self.noun_memo.get(nouns)
        if memo is None:
            memo = self.noun_memo[nouns] = _memo(self.code, nouns)
        found = memo.get(w)
        if found is None:
            if len(memo) > _MEMO_SIZE:
                memo.clear()
            found = memo[w] = _noun_in(self.code, w.casefold(), nouns)
        return found

    def _is_role(self, w: str) -> str | None:
        """The role stem of the word ``w`` (any case), cached per pack."""
        found = self.role_memo.get(w)
        if found is None:
            if len(self.role_memo) > _MEMO_SIZE:
                self.role_memo.clear()
            found = self.role_memo[w] = _role_stem(self.code, w.casefold()) or ""
        return found or None

    def _role(self, i: int) -> str | None:
        """The role stem of token ``i``."""
        return self.role_at.get(i)

    def _is_caps_word(self, i: int) -> bool:
        t = self.toks[i].text
        return t[:1].isupper() and t[:1].isalpha()

    def _is_namey(self, i: int) -> bool:
        """A capitalised token that may be part of a name (not a role, not a stop word)."""
        return i in self.namey

    def _full_names(self) -> dict[str, str]:
        """Surname (casefolded) → the most used full spelling of that person's name."""
        counts: dict[str, Counter[str]] = {}
        lex = self.lex
        done = 0
        namey, mention_at = self.namey, self.mention_at
        for i in self.namey_list:
            if i < done or i + 1 not in namey or i in mention_at:
                continue  # a single capitalised word is no full name
            j = i
            while j < self.n and j - i < 4 and self._is_namey(j) and j not in self.mention_at:
                if j > i and self.toks[j].start - self.toks[j - 1].end > 1:
                    break
                j += 1
            words = [self.toks[k].text for k in range(i, j)]
            # drop a leading genitive country ("Kinas Xi Jinping")
            while len(words) > 1 and _strip_genitive(words[0].casefold()) in lex.countries:
                words.pop(0)
            if len(words) >= 2 and all(w.isalpha() or "-" in w for w in words):
                self.name_runs.append((j - len(words), j, " ".join(words)))
                if (
                    j < self.n
                    and self.low[j][:1].isalpha()
                    and not self._is_caps_word(j)
                    and words[-1].endswith("s")
                    and len(words[-1]) > 3
                ):
                    words[-1] = words[-1][:-1]
                last = words[-1].casefold()
                counts.setdefault(last, Counter())[" ".join(words)] += 1
            done = max(j, i + 1)
        out: dict[str, str] = {}
        for last, c in counts.items():
            best = max(c.items(), key=lambda kv: (kv[1], len(kv[0])))
            out[last] = best[0]
        self.person_ids: dict[str, str] = {}
        for ent in self.entities:
            words = ent.name.split()
            if ent.type is EntityType.PERSON and len(words) >= 2:
                out[words[-1].casefold()] = ent.name
                self.person_ids[ent.name] = ent.id
        return out

    def _full_name(self, name: str) -> str:
        words = name.split()
        if not words:
            return name
        key = words[-1].casefold()
        full = self.full_names.get(key)
        if full is None and key.endswith("s"):
            full = self.full_names.get(key[:-1])
            if full is not None and len(words) == 1:
                return full
        if full is None:
            return name
        if len(words) == 1:
            return full
        return name

    def _quals(self, i: int) -> frozenset[str] | None:
        """Countries a qualifier word points to (``USAs``, ``russiske``, ``Kreml-``)."""
        if i < 0:
            return None
        w = self.low[i]
        found = _word_countries(self.code, w)
        if found is not None:
            return found
        base = _strip_genitive(w)
        m = self.mention_at.get(i)
        if m is not None and base != w:
            return frozenset({m.name.casefold()})
        return None

    def _role_intros(self) -> list[_Intro]:
        out: list[_Intro] = []
        lex = self.lex
        low, toks, n = self.low, self.toks, self.n
        for i, stem in self.role_at.items():
            j = i + 1
            # "chauffør og tillidsrepræsentant Kasper Thygesen": coordinated roles, one name
            while j + 1 < n and low[j] in lex.clause_conjunctions and (j + 1) in self.role_at:
                j += 2
            if j < n and low[j] in lex.role_preps:
                # "direktør i Keolis, Lars Fuglsang,": the role's phrase, then the name
                x = j + 1
                while x < n and x - j <= 6 and toks[x].text not in _CLAUSE_PUNCT:
                    x += 1
                if (
                    x + 1 < n
                    and toks[x].text == ","
                    and (self._is_namey(x + 1) or x + 1 in self.mention_at)
                ):
                    j = x
            if j < n and toks[j].text == ",":
                j += 1
            k = j
            name_m = self.mention_at.get(j)
            if name_m is not None and name_m.kind == "person":
                k = name_m.end
                name, ent = name_m.name, name_m.entity
            else:
                while k < self.n and k - j < 4 and self._is_namey(k) and k not in self.mention_at:
                    k += 1
                if k == j:
                    continue
                name = self._full_name(" ".join(self.toks[m].text for m in range(j, k)))
                ent = None
            if (
                k + 1 < self.n
                and self.low[k] in lex.clause_conjunctions
                and self._is_caps_word(k + 1)
            ):
                continue  # "Utenriksministrene Antony Blinken og Sergej Lavrov": plural
            quals: frozenset[str] | None = None
            w = self.low[i]
            if "-" in w:
                quals = frozenset({w.split("-", 1)[0]})
            else:
                p = i - 1
                while p >= 0 and self.low[p] in lex.determiners:
                    p -= 1
                if p >= 0 and self.toks[p].end >= self.toks[i].start - 1:
                    quals = self._quals(p)
            out.append(_Intro(stem, quals, name, ent, i, stem in lex.spokesperson_nouns))
        for person in self.entities:
            if person.type is not EntityType.PERSON or not person.mentions:
                continue
            m0 = person.mentions[0]
            first = self._trange(m0.start, m0.end).start
            for role in person.roles:
                words = role.split()
                if not words:
                    continue
                role_stem = self._is_role(words[-1])
                if role_stem is None:
                    continue
                stem = role_stem
                q: frozenset[str] | None = None
                if len(words) > 1:
                    base = _strip_genitive(words[0].casefold())
                    q = frozenset({base}) if base in lex.countries else None
                    if q is None:
                        q = _demonym_countries(self.code, words[0].casefold())
                spokes = stem in lex.spokesperson_nouns
                out.append(_Intro(stem, q, person.name, person.id, first, spokes))
        return out

    def _resolve_role(self, stem: str, quals: frozenset[str] | None, at: int) -> _Intro | None:
        found = self._role_intro(self.intros_by_stem.get(stem, ()), quals, at)
        if found is None and self.intros:
            # "ministern" after "justitieminister X", "treneren" after "trenar X" (Nynorsk),
            # "statsråden" after "helseminister X": the same role by its head or a synonym
            key = _role_key(stem)
            syns = self.lex.role_synonyms.get(stem)
            if syns is None:  # "talspersonen": the synonyms of its indefinite form
                for suf in self.lex.definite_suffixes:
                    if suf and stem.endswith(suf) and stem[: -len(suf)] in self.lex.role_synonyms:
                        syns = self.lex.role_synonyms[stem[: -len(suf)]]
                        break
            heads = (stem, *(syns or ()))
            related = [
                it
                for it in self.intros
                if it.stem != stem and (it.stem.endswith(heads) or _role_key(it.stem) == key)
            ]
            related.sort(key=_INTRO_AT)
            found = self._role_intro(related, quals, at)
        return found

    @staticmethod
    def _role_intro(
        intros: Sequence[_Intro], quals: frozenset[str] | None, at: int
    ) -> _Intro | None:
        """The intro nearest before ``at`` (else the first after) whose qualifiers fit."""
        before: _Intro | None = None
        after: _Intro | None = None
        for it in intros:
            if quals is not None and it.quals is not None and not (quals & it.quals):
                continue
            if it.at < at:
                before = it
            elif after is None and it.at > at:
                after = it
        return before or after

    # ---------- noun phrases ---------------------------------------------------------------

    def _facts(self, w: str) -> _Facts:
        """What the casefolded head word ``w`` of a noun phrase is, cached per pack."""
        found = self.facts_memo.get(w)
        if found is None:
            if len(self.facts_memo) > _MEMO_SIZE:
                self.facts_memo.clear()
            found = self.facts_memo[w] = _word_facts(self.code, w)
        return found

    def _person_noun(self, w: str) -> str | None:
        """The gender of a noun for a person (``kvinne`` → female, ``nabo`` → ""), or None;
        compounds do not count (``talsmann`` is a role, not a man)."""
        lex = self.lex
        stem = _stem_in(w, lex.person_noun_set, lex.definite_suffixes)
        if stem is None or not w.startswith(stem):
            return None
        return lex.person_nouns[stem]

    def _described_person(self, w: str, at: int) -> _Who | None:
        """The person last introduced before token ``at`` by a common noun just before the
        name whose stem is ``w``'s (``løperen Kari Moe``, ``rytter Jens Holm``)."""
        if self.descriptors is None:
            self.descriptors = {}
            lex, low, toks = self.lex, self.low, self.toks
            for k, m in sorted(self.mention_at.items()):
                if m.kind != "person" or k == 0:
                    continue
                p = k - 1
                pw = low[p]
                if (
                    not (toks[p].text[:1].islower() or self._sentence_first(p))
                    or p in self.mention_at
                    or pw in lex.given_gender
                    or not pw.isalpha()
                    or pw in lex.stop
                    or pw in lex.prepositions
                    or pw in lex.determiners
                    or p in self.role_at
                    or self._cue_at(p, k) >= 0
                ):
                    continue
                self.descriptors.setdefault(pw, []).append((k, m))
        best: tuple[int, _Mention] | None = None
        for x, intros in self.descriptors.items():
            if not self._same_noun(x, w):
                continue
            for k, m in intros:
                if k < at and (best is None or k > best[0]):
                    best = (k, m)
        if best is None:
            return None
        return _Who(best[1].name, best[1].entity, "person", False, 0, 0)

    def _same_noun(self, a: str, b: str) -> bool:
        """Whether two words are one noun, definite or not (``rytter``, ``rytteren``)."""
        if a == b:
            return True
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return (
            len(short) >= _MIN_STEM
            and long_.startswith(short)
            and long_[len(short) :] in self.lex.definite_suffixes
        )

    def _known_noun(self, w: str) -> bool:
        found = self.known_memo.get(w)
        if found is None:
            if len(self.known_memo) > _MEMO_SIZE:
                self.known_memo.clear()
            found = self.known_memo[w] = _known_noun(self.code, w)
        return found

    def _np(self, i: int, end: int, *, pp: bool = True) -> _NP | None:
        """The noun phrase starting at token ``i`` (before ``end``), or None."""
        lex, low, toks = self.lex, self.low, self.toks
        j = i
        while j < end and low[j] in lex.determiners and j - i < 3 and j not in self.mention_at:
            j += 1
        if j > i and j + 1 < end and low[j] in lex.partitive_preps:
            # "en av elevene", "ett av vittnena": the group named after the partitive
            j += 1
            while j < end and low[j] in lex.determiners and j not in self.mention_at:
                j += 1
        core_start = j
        words = 0
        head_noun = False
        prev_caps = False
        prev_gen = False
        lowers = 0
        while j < end and j - i < _MAX_NP:
            if (
                j + 3 < end
                and toks[j + 1].text == "-"
                and toks[j + 1].start == toks[j].end
                and low[j + 2] in lex.clause_conjunctions
                and toks[j + 3].text[:1].isalpha()
            ):
                j += 3  # "Helse- og omsorgsminister", "hälso- och sjukvårdsdirektör": one word
                continue
            m = self.mention_at.get(j)
            if (
                m is not None
                and m.end <= end
                and (words == 0 or prev_gen or head_noun or prev_caps)
            ):
                j = m.end
                words += 1
                prev_caps = True
                if m.kind == "person":
                    head_noun = False
                prev_gen = _gen(low[j - 1]) or _acronym_genitive(toks[j - 1].text)
                if j < end and toks[j].text in "'’" and toks[j].start == toks[j - 1].end:
                    j += 1
                    prev_gen = True
                continue
            t = toks[j]
            w = low[j]
            if not t.text[:1].isalnum():
                break
            caps = t.text[:1].isupper()
            if w in lex.prepositions and words == 0 and not caps:
                break
            if (
                words > 0
                and w in lex.clause_conjunctions
                and j + 2 < end
                and ((j - 1) in self.role_at or (head_noun and lowers == words))
                and (j + 1) in self.role_at
                and (self._is_namey(j + 2) or (j + 2) in self.mention_at)
            ):
                # "chauffør og tillidsrepræsentant Kasper Thygesen": one person, two roles
                j += 1
                head_noun = prev_caps = False
                continue
            if (w in lex.stop or (w in lex.prepositions and words > 0)) and not (
                caps and words == 0 and w not in lex.prepositions and j > i
            ):
                break
            if caps:
                if words > 0 and not (
                    prev_caps or prev_gen or head_noun or (lowers == words and lowers <= 2)
                ):
                    # a capitalised word after a lower-case noun: only after a known noun or
                    # a title ("politimester Ole Hansen", "the professor Jane Doe")
                    break
                if head_noun and not self._known_noun(w):
                    head_noun = False  # "statsminister Jonas Gahr Støre": the name is the head
                words += 1
                prev_caps = True
                prev_gen = _strip_genitive(w) != w or self._is_role(w) is not None
                if self._is_role(w) is not None:
                    head_noun = False
                    prev_caps = True
                elif (
                    words == 1
                    and j not in self.mention_at
                    and self._sentence_first(j)
                    and self._noun(w, "anonymous_nouns")
                ):
                    # "Kilder tett på ...", "Källor nära ...": a common noun opening a sentence
                    head_noun = True
                    prev_caps = False
            else:
                if head_noun and not (
                    self._is_role(low[j - 1]) is not None
                    and (
                        self._is_role(w) is not None
                        or (j + 1 < end and ((j + 1) in self.mention_at or self._is_namey(j + 1)))
                    )
                ):
                    # a role before a title is its modifier: "vakthavende operasjonsleder",
                    # "vakthavande hydrolog Ingrid Bakke"
                    break
                if words > 0 and prev_caps and not prev_gen and j - 1 != i:
                    break
                if (
                    words > 0
                    and prev_caps
                    and not prev_gen
                    and self._sentence_first(j - 1) is False
                ):
                    break
                if lowers >= 4:
                    break
                words += 1
                lowers += 1
                prev_caps = False
                prev_gen = False
                if w.endswith("s") and self._known_noun(w[:-1]) and not self._known_noun(w):
                    prev_gen = True  # "polisens presstalesperson", "partiets talsperson"
                elif (
                    w.endswith("s")
                    and self._known_noun(w[:-1])
                    and j + 1 < end
                    and (
                        toks[j + 1].text[:1].isalpha()
                        and low[j + 1] not in lex.stop
                        and low[j + 1] not in lex.prepositions
                    )
                ):
                    prev_gen = True
                elif self._known_noun(w):
                    head_noun = True
            j += 1
            if j < end and toks[j].text in "'’" and toks[j].start == toks[j - 1].end:
                j += 1
                prev_gen = True
        if words == 0:
            return None
        core_end = j
        # parenthesised acronym: "(ISW)"
        if (
            j + 2 < end + 1
            and j + 2 < self.n
            and toks[j].text == "("
            and toks[j + 2].text == ")"
            and toks[j + 1].text[:1].isupper()
            and len(toks[j + 1].text) <= 6
        ):
            j += 3
            core_end = j
        last_word = low[core_end - 1] if toks[core_end - 1].text[:1].isalnum() else ""
        if core_end - 1 >= 0 and toks[core_end - 1].text == ")":
            last_word = ""
        descriptive = head_noun or (last_word and self._known_noun(last_word))
        role_head = bool(last_word) and self._is_role(last_word) is not None
        if not descriptive and core_end - core_start >= 2 and self._is_caps_word(core_end - 1):
            # "Kommunikasjonssjef Ola Berg i Equinor": a titled name takes the title's PP
            role_head = descriptive = any(
                self._role(k) is not None for k in range(core_start, core_end - 1)
            )
        preps = lex.role_preps if role_head else lex.descriptor_preps
        relay = (
            not role_head
            and j + 1 < end
            and low[j] in lex.via_preps
            and (m := self.mention_at.get(j + 1)) is not None
            and m.kind in _OUTLETS
        )
        if pp and descriptive and j < end and low[j] in preps and not relay:
            # (after a body, an outlet after a relay preposition is where it was said:
            # "uppger kommunen för TT" is no "kommunen för TT"; "presschefen för DN" is)
            prep = low[j]
            at = j + 1
            if at + 1 < end and low[at] in lex.prepositions and prep not in lex.prepositions:
                at += 1  # "tæt på regeringen", "tett på": an adverb and its preposition
            obj = self._pp_object(at, end)
            if obj is not None and self._noun(low[obj - 1], "report_nouns"):
                obj = None
            if obj is not None:
                j = obj
                links = lex.descriptor_links.get(prep)
                if links and j < end and low[j] in links:
                    obj2 = self._pp_object(j + 1, end)
                    if obj2 is not None:
                        j = obj2
        pp_appos: tuple[int, int] | None = None
        if (
            j > core_end
            and j + 2 < end
            and toks[j].text == ","
            and (self._is_namey(j + 1) or (j + 1) in self.mention_at)
        ):
            k = j + 1
            m = self.mention_at.get(k)
            k = m.end if m is not None else k
            while k < end and k - j <= 4 and self._is_namey(k):
                k += 1
            pp_role = self._is_role(low[j - 1]) is not None
            party = self._party_end(k, end)
            if party is not None and not pp_role:
                # "ordfører i Bygdeby, Kari Dal (Sp)": the party closes the apposition
                pp_appos = (j + 1, k)
                k = party
                j = k + 1 if k < end and toks[k].text == "," else k
            elif k < end and toks[k].text == "," and pp_role:
                j = k + 1  # "talsperson for Ukraines præsident, Volodimir Zelenskij,"
            elif (k >= end or toks[k].text in {",", "."} or low[k] in lex.stop) and not pp_role:
                pp_appos = (j + 1, k)
                j = k + 1 if k < end and toks[k].text == "," else k
        appos = pp_appos
        if (
            appos is None
            and j == core_end
            and j + 1 < end
            and toks[j].text == ","
            and (self._is_namey(j + 1) or (j + 1) in self.mention_at)
        ):
            k = j + 1
            m = self.mention_at.get(k)
            if m is not None:
                k = m.end
            else:
                while k < end and k - j <= 4 and self._is_namey(k):
                    k += 1
            party = self._party_end(k, end)
            if party is not None:
                appos = (j + 1, k)
                j = party + 1 if party < end and toks[party].text == "," else party
            elif k >= end or toks[k].text in {",", ".", ")"} or low[k] in lex.stop:
                appos = (j + 1, k)
                j = k + 1 if k < end and toks[k].text == "," else k
        return _NP(i, j, core_start, core_end, bool(head_noun), appos)

    def _party_end(self, k: int, end: int) -> int | None:
        """After a name, the token after a party in parentheses (``(Ap)``, ``(S)``) that closes
        the name's phrase (a comma, a full stop, the end), else None."""
        toks = self.toks
        if not (
            k + 2 < end
            and toks[k].text == "("
            and toks[k + 2].text == ")"
            and toks[k + 1].text[:1].isupper()
            and len(toks[k + 1].text) <= _PARTY_LEN
        ):
            return None
        after = k + 3
        if after >= end or toks[after].text in {",", "."} or self.low[after] in self.lex.stop:
            return after
        return None

    def _sentence_first(self, i: int) -> bool:
        return self.starts[i] in self.sent_starts

    def _ranges(self, spans: Sequence[Span] | Sequence[Sentence]) -> list[range]:
        """The token range of every span (`_trange` without a call per span)."""
        starts, ends = self.starts, self.ends
        bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
        out: list[range] = []
        lo = last = 0
        for sp in spans:
            start = sp.start
            lo = bisect_left(starts, start, lo if start >= last else 0)
            last = start
            # tokens do not overlap: the first token ending past ``end`` ends the range
            out.append(range(lo, bisect_right(ends, sp.end, lo)))
        return out

    def _trange(self, start: int, end: int) -> range:
        """Indices of the tokens lying wholly inside ``[start, end)`` (two bisections)."""
        lo = bisect.bisect_left(self.starts, start)
        return range(lo, bisect.bisect_right(self.ends, end, lo))

    def _pp_object(self, j: int, end: int) -> int | None:
        lex, low, toks = self.lex, self.low, self.toks
        k = j
        while k < end and low[k] in lex.determiners and k - j < 2 and k not in self.mention_at:
            k += 1
        start = k
        lowers = 0
        while k < end and k - start < 8:
            if (
                k + 3 < end
                and toks[k + 1].text == "-"
                and toks[k + 1].start == toks[k].end
                and low[k + 2] in lex.clause_conjunctions
                and toks[k + 3].text[:1].isalpha()
            ):
                k += 3  # "Helse- og omsorgsminister", "hälso- och sjukvårdsdirektör": one word
                continue
            m = self.mention_at.get(k)
            if m is not None and m.end <= end:
                k = m.end
            elif toks[k].text[:1].isupper() and self._is_namey(k):
                k += 1
            elif (
                k > start
                and k + 1 < end
                and low[k] in lex.clause_conjunctions
                and toks[k - 1].text[:1].isupper()
                and self._is_namey(k + 1)
            ):
                k += 1  # "for Teknik og Miljø": a name of several capitalised words
            elif (
                k > start
                and k + 1 < end
                and low[k] in lex.name_links
                and toks[k - 1].text[:1].isupper()
                and toks[k + 1].text[:1].islower()
                and toks[k + 1].text[:1].isalpha()
                and low[k + 1] not in lex.stop
                and low[k + 1] not in lex.prepositions
            ):
                k += 2  # "Institutt for samfunnsforskning": a name ending in 'for' and a noun
                break
            elif (
                toks[k].text[:1].isalpha()
                and low[k] not in lex.stop
                and low[k] not in lex.prepositions
                and lowers < 3
                and (
                    k == start
                    or not toks[k - 1].text[:1].isupper()
                    or _gen(low[k - 1])
                    or self._facts(low[k]).organization  # "Kaupanger skule"
                )
            ):
                lowers += 1
                k += 1
                if low[k - 1].endswith(lex.plural_definite) and len(low[k - 1]) > 5:
                    break  # "kjennskap til samtalene": a definite plural ends the phrase
            else:
                break
            if k < end and toks[k].text in "'’" and toks[k].start == toks[k - 1].end:
                k += 1
                lowers = 0
        return k if k > start else None

    # ---------- speakers -----------------------------------------------------------------------

    def _span(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].start, self.toks[b - 1].end

    def _descriptor(self, np: _NP) -> str:
        a = np.start
        while a < np.end and self.low[a] in self.lex.articles:
            a += 1
        if a > np.start and a + 1 < np.end and self.low[a] in self.lex.partitive_preps:
            a += 1  # "en av elevene" → "elevene"
        b = np.end
        while b > a and not self.toks[b - 1].text[:1].isalnum() and self.toks[b - 1].text != ")":
            b -= 1
        if b <= a:
            return ""
        s, e = self._span(a, b)
        return self.text[s:e]

    def _pronoun(self, i: int) -> _Who | None:
        """The most recent person before token ``i``: a speaker, else a named person.

        A plural pronoun (``de``) takes the most recent group, institution or organisation.
        An unresolved pronoun still attributes the quote: it names itself.
        """
        at = self.toks[i].start
        tok = self.toks[i]
        if self.low[i] in self.lex.plural_pronouns:
            for pos, who in reversed(self.history[-30:]):
                if pos <= at and who.kind not in ("person", "pronoun"):
                    return _moved(who, at, tok.end)
            k = i - 1
            while k >= 0 and k > i - 60:
                m = self.mention_at.get(k)
                if (
                    m is not None
                    and m.kind in ("government", "organization")
                    and m.end <= i
                    and self._sentence_first(k)
                ):
                    return _Who(m.name, m.entity, m.kind, False, at, tok.end)
                k -= 1
            return _Who(tok.text, None, "pronoun", False, at, tok.end)
        found = self._person_pronoun(i)
        if found is None:
            return _Who(tok.text, None, "pronoun", False, at, tok.end)
        return found

    def _person_pronoun(self, i: int) -> _Who | None:
        """The person a singular pronoun refers to, checked against the pronoun's gender.

        The gender of a person is learnt from the pronouns already resolved to them: after
        ``Støre ... Han sier``, a ``hun`` skips Støre for the last person not known as male.
        """
        at = self.toks[i].start
        spoken: tuple[int, _Who] | None = None
        for pos, who in reversed(self.history[-30:]):
            if pos <= at and self._is_person(who):
                spoken = (pos, who)
                break
        named = self._person_before(i)
        best = named if named is not None and (spoken is None or named[0] > spoken[0]) else spoken
        if best is None:
            return None
        gender = self.lex.pronouns.get(self.low[i])
        if gender is not None and self._gender_of(best[1].name, gender) != gender:
            other = self._gendered_person(i, gender)
            if other is None:
                return None  # nobody of that gender: better no speaker than a wrong one
            best = other
        if gender is not None:
            self.gender.setdefault(best[1].name, gender)
        return _moved(best[1], at, self.toks[i].end)

    def _is_person(self, who: _Who) -> bool:
        """A person a singular pronoun may refer to: named, titled, or one described
        anonymously (``en sykepleier, som ikke vil stå fram``)."""
        return who.kind in ("person", "official") or (
            who.kind == "anonymous" and who.name in self.anonymous_persons
        )

    def _gender_of(self, name: str, default: str | None) -> str | None:
        """A person's gender: from the article's pronouns, else from the given name."""
        g = self.gender.get(name)
        if g is not None:
            return g
        first = name.split(" ", 1)[0].casefold()
        if first != name.casefold():  # a lone surname says nothing
            return self.lex.given_gender.get(first, default)
        return default

    def _gendered_person(self, i: int, gender: str) -> tuple[int, _Who] | None:
        """The most recent person before token ``i`` whose gender is ``gender`` (else unknown)."""
        at = self.toks[i].start
        cands: list[tuple[int, _Who]] = [
            (pos, who) for pos, who in self.history[-30:] if pos <= at and self._is_person(who)
        ]
        if self.person_starts is not None:
            k = bisect.bisect_left(self.person_starts, i) - 1
            x = k
            while x >= 0 and i - self.person_starts[x] <= 120 and k - x < 12:
                _, name, entity = self.person_names[x]
                pos = self.toks[self.person_starts[x]].start
                full = self._full_name(name)
                cands.append((pos, _Who(full, entity, "person", False, pos, pos)))
                x -= 1
        cands.sort(key=lambda c: c[0])
        unknown: tuple[int, _Who] | None = None
        for c in reversed(cands):
            g = self._gender_of(c[1].name, None)
            if g == gender:
                return c
            if g is None and unknown is None:
                unknown = c
        return unknown

    def _person_before(self, i: int) -> tuple[int, _Who] | None:
        """The last person named before token ``i`` (within 80 tokens), as a speaker."""
        if self.person_starts is None:
            found = [
                (m.start, m.end, m.name, m.entity)
                for m in self.mention_at.values()
                if m.kind == "person"
            ]
            found += [(it.at + 1, it.at + 1, it.name, it.entity) for it in self.intros]
            if not self.entities:
                found += [(a, b, n, None) for a, b, n in self.name_runs]
            blocks, kinds = self.doc.block_index, self.doc.blocks
            found = [
                f
                for f in found
                if f[0] < self.n and kinds[blocks(self.starts[f[0]])].kind in _TEXT_BLOCKS
            ]
            found.sort(key=lambda x: (x[0], x[1]))
            self.person_starts = [f[0] for f in found]
            self.person_names = [(f[1], f[2], f[3]) for f in found]
        # in a dash paragraph ("– Jeg gratulerer Alexander Stubb, sa han.") the names before
        # the attribution are what was said, not who speaks
        r = self.block_ranges[self.doc.block_index(self.starts[i])]
        if len(r) and r.start < i and self.toks[r.start].text in _DASHES:
            i = r.start
        k = bisect.bisect_left(self.person_starts, i) - 1
        best = -1
        # prefer a person named as the subject of a recent sentence ("Støre møtte Zelenskyj.
        # Han sa ..." is Støre), else the last person named
        x = k
        while x >= 0 and i - self.person_starts[x] <= 80 and k - x < 6:
            at = self.starts[self.person_starts[x]]
            if self.person_names[x][0] <= i and not self._is_covered(at, at + 1):
                # a name inside a quote is what someone said, not who speaks next
                if best < 0:
                    best = x
                st = self.person_starts[x]
                s0 = self.sent_ranges[self.doc.sentence_index(self.starts[st])].start
                if st - s0 <= 3:
                    best = x
                    break
            x -= 1
        if best < 0:
            return None
        _, name, entity = self.person_names[best]
        pos = self.toks[self.person_starts[best]].start
        return pos, _Who(self._full_name(name), entity, "person", False, pos, pos)

    def _resolve(self, np: _NP) -> _Who | None:
        lex, low, toks = self.lex, self.low, self.toks
        s, e = self._span(np.start, np.end if toks[np.end - 1].text != "," else np.end - 1)
        core = range(np.core_start, np.core_end)
        if len(core) == 1 and low[core[0]] in lex.pronouns and np.appos is None:
            return self._pronoun(core[0])
        if np.appos is not None:
            a, b = np.appos
            return self._named(a, b, s, e, core)
        if np.end > np.core_end + 2:
            role = self._is_role(low[np.core_end - 1])
            pend = np.end - 1 if toks[np.end - 1].text == "," else np.end
            if role is not None:
                # "talsperson for Kreml Dmitrij Peskov": the name closing the role's phrase
                for k in range(np.core_end + 1, pend):
                    m = self.mention_at.get(k)
                    if m is not None and m.kind == "person" and m.end == pend:
                        spokes = role in lex.spokesperson_nouns
                        kind = "official" if spokes else "person"
                        return _Who(m.name, m.entity, kind, spokes, s, e)
                k = pend
                while k > np.core_end + 1 and self._is_namey(k - 1):
                    k -= 1
                if (
                    pend - k >= 2
                    and not toks[k - 1].text[:1].isupper()
                    and not any(
                        (mx := self.mention_at.get(x)) is not None and mx.kind in _NOT_PEOPLE
                        for x in range(k, pend)
                    )
                ):
                    # "... for den iranske romfartsorganisasjonen Hossein Dalirian"
                    spokes = role in lex.spokesperson_nouns
                    name = self.text[toks[k].start : toks[pend - 1].end]
                    return _Who(name, None, "official" if spokes else "person", spokes, s, e)
        head = np.core_end - 1
        while head > np.core_start and not toks[head].text[:1].isalnum():
            head -= 1
        hw = low[head]
        facts = self._facts(hw)
        if (
            len(core) == 1
            and np.end == np.core_end
            and head not in self.mention_at
            and not (facts.anon or facts.role or facts.outlet_kinds)
            and not (facts.government or facts.organization)
        ):
            # "Løperen sier" after "Den 24-årige løperen Kari Moe": the noun that introduced a
            # person by what they do refers back to them
            described = self._described_person(hw, head)
            if described is not None:
                return described._replace(start=s, end=e)
        caps_in_core = [
            k
            for k in core
            if k in self.mention_at
            or (
                self._is_namey(k)
                and not (self._sentence_first(k) and self._known_noun(low[k]))  # "Departementet"
            )
        ]
        # an anonymous noun: "en anonym tjenestemann i ...", "kilder i ...", "tjenestemannen"
        anon_stem = facts.anon
        role_stem = facts.role
        if anon_stem and role_stem and len(role_stem) > len(anon_stem):
            anon_stem = None
        if anon_stem and not any(k > head for k in caps_in_core):
            desc = self._descriptor(np)
            marked = any(low[k] in lex.anonymous_markers for k in range(np.start, np.end))
            # "en amerikansk tjenestemann sier til CNN": one unnamed official is anonymous
            marked = marked or (
                np.start < np.core_start and low[np.start] in lex.indefinite_articles
            )
            is_source_noun = facts.source_noun
            if len(core) == 1 and np.end == np.core_end and not marked:
                anon_key = _common_stem(hw)
                for prev in reversed(self.anonymous):
                    if any(_common_stem(w.casefold()) == anon_key for w in prev.name.split()):
                        return _moved(prev, s, e)
            kind = "anonymous" if (marked or is_source_noun or np.end > np.core_end) else "official"
            who = _Who(desc, None, kind, False, s, e)
            if kind == "anonymous":
                self.anonymous.append(who)
            return who
        stem = role_stem
        if (
            stem is not None
            and not caps_in_core
            and any(low[k] in lex.anonymous_markers for k in range(np.start, np.core_end))
        ):
            # "en anonym lege", "en unavngitt tjenestemann": an anonymous source
            who = _Who(self._descriptor(np), None, "anonymous", False, s, e)
            self.anonymous.append(who)
            return who
        if stem is not None and not any(k > head for k in caps_in_core):
            quals: frozenset[str] | None = None
            for k in range(np.core_start, head):
                q = self._quals(k)
                if q:
                    quals = q
            if "-" in hw:
                quals = frozenset({hw.split("-", 1)[0]})
            # a plural ("eksperter", "forskarna") is a group, not the person with that role
            tail = hw[hw.rfind(stem) + len(stem) :] if stem in hw else ""
            single = tail in _SINGULAR_ENDINGS
            intro = self._resolve_role(stem, quals, head) if single else None
            spokes = stem in lex.spokesperson_nouns
            if intro is not None and np.end == np.core_end:
                return _Who(intro.name, intro.entity, "person", spokes or intro.spokesperson, s, e)
            if np.end == np.core_end and len(core) == 1:
                # "ministern" after "Socialministern": the last speaker with that role
                for _, prev in reversed(self.history[-30:]):
                    last = prev.name.split()[-1].casefold() if prev.name else ""
                    if prev.entity is None and stem in last and last[:1].isalpha():
                        return _moved(prev, s, e)
                if hw != stem and single and self.history and hw.startswith(stem[:3]):
                    # "tillägger operachefen" after a quote of the CEO: a definite role noun
                    # nobody was introduced with refers back to the person last quoted
                    prev = self.history[-1][1]
                    if prev.kind == "person" and " " in prev.name:
                        return _moved(prev, s, e)
            desc = self._descriptor(np)
            return _Who(desc, None, "official" if spokes else "person", spokes, s, e)
        gender = self._person_noun(hw)
        if gender is not None and not any(k > head for k in caps_in_core):
            # "en 84 år gammel kvinne fra Asker": a person described, not named
            desc = self._descriptor(np)
            if gender:
                self.gender.setdefault(desc, gender)
            return _Who(desc, None, "person", False, s, e)
        for kind in facts.outlet_kinds:
            if not any(
                k <= head and (m := self.mention_at.get(k)) is not None and m.end > head
                for k in caps_in_core
            ):
                after = [k for k in caps_in_core if k > head]
                if after:
                    return self._named(after[0], np.core_end, s, e, core)
                # "Avisa" is the paper named before; "iranske statsmedier" are no named outlet
                national = any(
                    _demonym_countries(self.code, low[k]) for k in range(np.core_start, head)
                )
                found = None if national else self._nearest_of_kind(kind, head)
                if found is not None:
                    return _Who(found.name, found.entity, kind, False, s, e)
                return _Who(self._descriptor(np), None, kind, False, s, e)
        if len(core) >= 2 and caps_in_core and caps_in_core[0] == np.core_start + 1:
            # "til avisen Al-Ahram", "nyhetsbyrået Tasnim", "tidningen X": an outlet noun
            # before a name makes the name an outlet of that kind, known or not
            first = low[np.core_start]
            kinds = self._facts(first).outlet_kinds
            if (
                kinds
                and _strip_genitive(first) == first
                and not toks[np.core_start].text[:1].isupper()
                and all(k in caps_in_core or k in self.mention_at for k in core[1:2])
            ):
                named = self._named(np.core_start + 1, np.core_end, s, e, core)
                if named is not None and named.kind not in _OUTLETS:
                    named = named._replace(kind=kinds[0], entity=None)
                if named is not None:
                    return named
        if caps_in_core:
            body_at = np.core_start
            if (
                caps_in_core[0] == body_at + 1
                and len(core) <= _BODY_REGION_WORDS
                and self._is_caps_word(body_at)
                and body_at not in self.mention_at
                and self._facts(low[body_at]).government
                and all(
                    self._is_caps_word(k)
                    and (
                        (mk := self.mention_at.get(k)) is None
                        or mk.entity in self.place_ids
                        or " " not in mk.name  # one word after the body: its region
                    )
                    for k in core[1:]
                )
            ):
                # "Beredskabet Øst oplyser", "Brandvæsenet Nord": a body and its region
                a, b = self._span(body_at, np.core_end)
                return _Who(self.text[a:b], None, "government", False, s, e)
            if facts.government and not self._is_caps_word(head):
                pass
            else:
                return self._named(caps_in_core[0], np.core_end, s, e, core, np)
        # government / organisation nouns: "Putins kontor i Kreml", "ledelsen i Moskva"
        for k in range(np.core_end, np.end):
            m = self.mention_at.get(k)
            if m is not None and m.kind in ("government", "think_tank", "organization"):
                if facts.government and (
                    m.entity in self.place_ids or m.name.casefold() in lex.countries
                ):
                    break  # "den russiske ambassade i København" is no Copenhagen
                return _Who(m.name, m.entity, m.kind, False, s, e)
        desc = self._descriptor(np)
        if not desc:
            return None
        kind = "government" if facts.government and not facts.organization else "organization"
        if len(core) == 1 and np.end == np.core_end:
            # "Departementet" after "Utenriksdepartementet opplyser", "politiet" after
            # "Østjyllands Politi": the generic noun refers to the named institution
            named = self._named_institution(hw, head, nearby=True)
            if named is not None:
                return _moved(named, s, e)
        if len(core) == 2 and np.end == np.core_end and _gen(low[core[0]]):
            # "regionens presstjänst": the office of the institution named before
            named = self._named_institution(_strip_genitive(low[core[0]]), head, nearby=True)
            if named is not None:
                return _moved(named, s, e)
        return _Who(_canonical_institution(desc, lex), None, kind, False, s, e)

    def _institutions_like(self, base: str, word: str) -> _Like:
        """The named institutions whose name holds ``base`` and is not ``word`` (casefolded),
        with their tokens and stories: found once per document and noun, so that resolving
        each generic noun of a long article does not go through them all."""
        found = self.institutions_like.get((base, word))
        if found is None:
            doc, starts = self.doc, self.starts
            insts = [
                inst
                for inst in self._institution_list()
                if base in (name := inst[1].casefold()) and name != word
            ]
            found = _Like(
                [inst[0] for inst in insts],
                [doc.blocks[doc.block_index(starts[inst[0]])].story for inst in insts],
                insts,
            )
            self.institutions_like[(base, word)] = found
        return found

    def _institution_list(self) -> list[tuple[int, str, str | None, str]]:
        """Named governments and organisations of the document: (token, name, entity, kind)."""
        if self.institutions is None:
            self.institutions = sorted(
                (m.start, m.name, m.entity, m.kind)
                for m in self.mention_at.values()
                if m.kind in ("government", "organization") and m.name[:1].isupper()
            )
        return self.institutions

    def _named_institution(self, word: str, at: int, *, nearby: bool = False) -> _Who | None:
        """The named institution a generic noun (``politiet``, ``kommunen``) refers to."""
        lex = self.lex
        base = _stem_of(word, lex.institution_nouns, lex)
        if not base:
            return None
        for suf in lex.definite_suffixes:
            if suf and base.endswith(suf) and len(base) - len(suf) >= 4:
                base = base[: len(base) - len(suf)]  # "politiet" → "politi"
                break
        if len(base) < 4:
            return None
        doc = self.doc
        story = doc.blocks[doc.block_index(self.starts[at])].story if at < self.n else 0
        for pos, prev in reversed(self.history[-30:]):
            if (
                prev.kind in ("government", "organization")
                and base in prev.name.casefold()
                and doc.blocks[doc.block_index(pos)].story == story
            ):
                return prev  # one story of a live blog does not refer into another
        institutions = self._institution_list()
        # the last such institution of the story named before the noun, and the first after
        # it (stories follow each other: a story's institutions are a slice of the list)
        like = self._institutions_like(base, word)
        lo = bisect.bisect_left(like.stories, story)
        hi = bisect.bisect_right(like.stories, story, lo)
        x = bisect.bisect_left(like.tokens, at, lo, hi)
        before: _Inst | None = like.insts[x - 1] if x > lo else None
        x = bisect.bisect_right(like.tokens, at, lo, hi)
        after: _Inst | None = like.insts[x] if x < hi else None
        if before is None and nearby:
            # "Norges Bank hever renten, opplyser sentralbanken": the institution named before
            # the noun in its sentence; "Vestfyn Møbler afskediger ... Det oplyser
            # virksomheden": an organisation named before it in its paragraph
            sent = self.sent_ranges[self.doc.sentence_index(self.starts[at])].start
            block = self.block_ranges[self.doc.block_index(self.starts[at])].start
            org_noun = self._facts(word).organization
            x = bisect.bisect_left(institutions, (at, "")) - 1
            while x >= 0 and at - institutions[x][0] <= 60:
                inst = institutions[x]
                if inst[0] < block or (inst[0] < sent and (after is not None or not org_noun)):
                    break
                if (
                    (inst[0] >= sent or inst[3] == "organization")
                    and inst[0] != at
                    and inst[1].casefold() != word
                    and inst[2] not in self.place_ids
                    and inst[1].casefold() not in self.lex.countries
                    # "Politiet brukte ..., opplyser innenriksdepartementet": a generic noun
                    # is no name the other noun could refer to
                    and not (" " not in inst[1] and self._known_noun(inst[1].casefold()))
                ):
                    before = inst
                    break
                x -= 1
        found = before or after
        if found is None:
            return None
        return _Who(found[1], found[2], found[3], False, 0, 0)

    def _named(  # noqa: PLR0917
        self, a: int, b: int, s: int, e: int, core: range, np: _NP | None = None
    ) -> _Who | None:
        """A speaker named by the tokens ``a..b`` (mentions and capitalised words)."""
        lex, low, toks = self.lex, self.low, self.toks
        role_at, spokes_nouns = self.role_at, lex.spokesperson_nouns
        spokes = any(role_at.get(k) in spokes_nouns for k in core) if role_at else False
        # the last name in the span: "USAs utenriksminister Antony Blinken" → Antony Blinken
        k = a
        best: tuple[int, int] | None = None
        best_m: _Mention | None = None
        while k < b:
            m = self.mention_at.get(k)
            if m is not None:
                if best_m is None or m.kind == "person" or best_m.kind != "person":
                    best, best_m = (m.start, m.end), m
                k = m.end
                continue
            if best is not None and k > 0 and toks[k - 1].text == "(":
                k += 1  # "Eva Ek (S)": the party after a name is not the name
                continue
            if self._is_namey(k) and not (_strip_genitive(low[k]) in lex.countries and k + 1 < b):
                j = k
                while j < b and self._is_namey(j) and j not in self.mention_at:
                    j += 1
                if best_m is None or (best_m.kind == "government" and _gen(low[best_m.end - 1])):
                    best, best_m = (k, j), None
                k = j
                continue
            k += 1
        if best is None:
            return None
        if (
            best_m is not None
            and best_m.kind in ("government", "organization")
            and best_m.name.casefold() in self.lex.institution_nouns
        ):
            # "Politiet oplyser" after "Østjyllands Politi": the named institution
            named = self._named_institution(best_m.name.casefold(), best_m.start)
            if named is not None:
                return _moved(named, s, e)
        if best_m is not None:
            kind = best_m.kind if best_m.kind in _SOURCE_KINDS else "organization"
            if kind == "organization":
                last = best_m.name.split()[-1].casefold() if best_m.name else ""
                if any(mk in last for mk in lex.government_markers):
                    kind = "government"
                elif any(mk in last for mk in lex.newspaper_markers) and len(last) > 3:
                    kind = "newspaper"
                elif any(mk in last for mk in lex.think_tank_markers):
                    kind = "think_tank"
            if best_m.kind == "person":
                kind = "person"
                if " " not in best_m.name:
                    full = self._full_name(best_m.name)
                    best_m = best_m._replace(
                        name=full, entity=self.person_ids.get(full, best_m.entity)
                    )
                spokes = spokes or best_m.name in self.spokespeople
            return _Who(best_m.name, best_m.entity, kind, spokes, s, e)
        words = [toks[m].text for m in range(best[0], best[1])]
        name = " ".join(words)
        w_last = low[best[1] - 1]
        if _strip_genitive(w_last) in lex.countries and len(words) == 1:
            return _Who(_strip_genitive_text(name), None, "government", False, s, e)
        if any(m_ in w_last for m_ in lex.think_tank_markers) or any(
            low[m] in lex.think_tank_markers for m in range(best[0], best[1])
        ):
            return _Who(name, None, "think_tank", False, s, e)
        if (len(words) > 1 or len(w_last) > 6) and any(
            mk in w_last for mk in lex.newspaper_markers
        ):
            return _Who(name, None, "newspaper", False, s, e)
        if self._noun(w_last, "government_nouns") or any(
            mk in w_last for mk in lex.government_markers
        ):
            return _Who(name, None, "government", False, s, e)
        if self._noun(w_last, "organization_nouns"):
            return _Who(name, None, "organization", False, s, e)
        full = self._full_name(name)
        spokes = spokes or full in self.spokespeople
        return _Who(full, self.person_ids.get(full), "person", spokes, s, e)

    def _nearest_of_kind(self, kind: str, at: int) -> _Mention | None:
        if self.by_kind is None:
            self.by_kind = {}
            for m in sorted(self.mention_at.values(), key=lambda x: x.start):
                self.by_kind.setdefault(m.kind, []).append(m)
        ms = self.by_kind.get(kind, [])
        i = bisect.bisect_left([m.start for m in ms], at) if len(ms) < 64 else _bisect_m(ms, at)
        near = [ms[x] for x in (i - 1, i) if 0 <= x < len(ms)]
        return min(near, key=lambda m: abs(m.start - at)) if near else None

    # ---------- sources ------------------------------------------------------------------------

    def _add_source(  # noqa: PLR0917
        self,
        start: int,
        end: int,
        who_name: str,
        kind: str,
        cue: Span | None,
        via: str | None = None,
    ) -> str:
        key = (start, end)
        if key in self.source_by_span:
            return self.source_by_span[key]
        if kind == "anonymous" and via is None:
            via = self._owning_outlet(start, end)
        sid = f"s{len(self.sources) + 1}"
        self.source_index[sid] = len(self.sources)
        sk = SourceKind(kind) if kind in _SOURCE_KINDS else SourceKind.ORGANIZATION
        self.sources.append(Source(start, end, self.text[start:end], sid, who_name, sk, cue, via))
        self.source_by_span[key] = sid
        return sid

    def _channel(self, who: _Who, cue: Span, j: int, end: int) -> None:
        """``skriver på X``, ``skriv på Instagram``: the platform is a source; a person
        writing ``i ett pressmeddelande`` is an official source."""
        lex, low, toks = self.lex, self.low, self.toks
        for k in range(j, min(end - 1, j + 8)):
            w = low[k]
            if w in lex.complementizers or toks[k].text in _SENT_PUNCT:
                break
            if w in lex.channel_preps and toks[k + 1].text in lex.platforms:
                s, e = self._span(k + 1, k + 2)
                self._add_source(s, e, toks[k + 1].text, "organization", cue)
            elif who.kind == "person" and who.name and self._noun(w, "press_release_nouns"):
                # "skriver i ett pressmeddelande": the author of a press release is a source
                self._add_source(who.start, who.end, who.name, "official", cue)

    def _press_release(self, who: _Who | None, cue: Span, j: int, end: int) -> None:
        """``«...», skriver Berg i en pressemelding.``: after a quote, who writes it in a press
        release is its author, an official source; who says it there (``sier X i en
        pressemelding``) is a speaker, as annotated; a platform is no source here (``skriver X
        på Facebook``)."""
        if who is None or who.kind != "person" or not who.name:
            return
        if cue.text.split(" ", 1)[0].casefold() not in self.lex.writing_verbs:
            return
        low, toks = self.low, self.toks
        for k in range(j, min(end, j + 8)):
            if toks[k].text in _SENT_PUNCT or low[k] in self.lex.complementizers:
                return
            if self._noun(low[k], "press_release_nouns"):
                self._add_source(who.start, who.end, who.name, "official", cue)
                return

    def _owning_outlet(self, start: int, end: int) -> str | None:
        """``SVT:s källor``, ``NRKs kilder``: anonymous sources an outlet relays (its id)."""
        a = bisect.bisect_left(self.starts, start)
        m = self.mention_at.get(a)
        if m is None or m.kind not in _OUTLETS or self.toks[m.end - 1].end >= end:
            return None
        if not _gen(self.low[m.end - 1]):
            return None
        s, e = self._span(m.start, m.end)
        return self._add_source(s, e, m.name, m.kind, None)

    def _source_for(self, who: _Who, cue: Span | None, *, force: bool = False) -> str | None:
        if not who.name or who.kind == "pronoun":
            return None
        if who.kind in _OUTLETS and who.name.islower() and " " not in who.name:
            return None  # "avisa" that names no outlet of the article ("israelske medier" do)
        kind = who.kind
        if who.spokesperson:
            kind = "official"
        if not force and kind not in _ALWAYS_SOURCE and not who.spokesperson:
            return None
        if kind in ("location", "event", "product"):
            kind = "organization"
        return self._add_source(who.start, who.end, who.name, kind, cue)

    def _cue_span(self, a: int, b: int) -> Span:
        s, e = self._span(a, b)
        return Span(s, e, self.text[s:e])

    # ---------- quotes --------------------------------------------------------------------------

    def _is_covered(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps a quote already found (quotes rarely overlap)."""
        covered = self.covered
        i = bisect.bisect_left(covered, (e, -1))
        for x in range(max(0, i - 4), i):
            a, b = covered[x]
            if a < e and s < b:
                return True
        return False

    def _partly_marked(self, s: int, e: int) -> bool:
        """Whether the quotes overlapping ``[s, e)`` are partial quotes inside it that cover
        less than half of it (``sa at utsegna var «djupt feil» og eit uttrykk for ...``)."""
        covered = self.covered
        i = bisect.bisect_left(covered, (e, -1))
        share = outside = 0
        last = s
        for x in range(max(0, i - 6), i):
            a, b = covered[x]
            if a < e and s < b:
                qi = self.quote_index.get((a, b))
                if qi is None or self.quotes[qi].kind is not QuoteKind.PARTIAL:
                    return False
                if a < s or b > e:
                    return False
                share += b - a
                outside += len(self.text[last:a].split())
                last = max(last, b)
        outside += len(self.text[last:e].split())
        # the clause says more than the marks ("beslutet är ”helt fel”" is the partial only)
        return 0 < share * 2 < e - s and outside >= 5

    def _add_quote(  # noqa: PLR0917
        self,
        s: int,
        e: int,
        kind: QuoteKind,
        who: _Who | None,
        cue: Span | None,
        source: str | None,
        *,
        carried: bool = False,
    ) -> Quote | None:
        text = self.text
        while s < e and (text[s].isspace() or text[s] in _DASHES or text[s] in _CLOSERS):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;"):
            e -= 1
        if e <= s:
            return None
        if e - s < 2:
            return None
        speaker = None
        if who is not None and who.kind == "pronoun":
            who = None  # an unresolved pronoun names nobody
        if who is not None:
            if carried:
                speaker = Speaker(who.name, who.entity)
            else:
                speaker = Speaker(
                    who.name, who.entity, who.start, who.end, text[who.start : who.end]
                )
            if who.kind in _SOURCE_KINDS or who.kind == "official":
                self.history.append((s, who))
            if kind is QuoteKind.INDIRECT and who.kind == "person":
                # "Hansen sa at han var fornøyd": the reported clause's pronoun is the speaker's
                first = text[s : s + 8].split(" ", 1)[0].casefold()
                g = self.lex.pronouns.get(first)
                if g is not None:
                    self.gender.setdefault(who.name, g)
        q = Quote(s, e, text[s:e], kind, speaker, cue, source)
        self.quotes.append(q)
        bisect.insort(self.covered, (s, e))
        self.quote_index[(s, e)] = len(self.quotes) - 1
        return q

    def _cue_at(self, i: int, end: int) -> int:
        """End of a speech cue (verb or phrase) starting at token ``i``, or -1."""
        low = self.low
        w = low[i]
        for ph in self.lex.speech_phrases.get(w, ()):
            n = len(ph)
            if i + n <= end and tuple(low[i : i + n]) == ph:
                return i + n
            if (
                len(ph) == 2
                and i + 2 < end
                and low[i + 2] == ph[1]
                and (low[i + 1] in self.lex.pronouns or low[i + 1] in self.lex.plural_pronouns)
            ):
                return i + 1  # "legg han til", "la hun til": the subject splits the phrase
        if w in self.lex.speech_verbs and not self._particle_after(i + 1):
            return i + 1
        return -1

    def _phrase_at(self, table: Mapping[str, tuple[tuple[str, ...], ...]], i: int, end: int) -> int:
        phrases = table.get(self.low[i])
        if phrases is None:
            return -1
        low = self.low
        for ph in phrases:
            n = len(ph)
            if i + n <= end and tuple(low[i : i + n]) == ph:
                return i + n
        return -1

    def _subject_after(self, j: int, end: int, *, strict: bool = True) -> tuple[_Who | None, int]:
        lex, low = self.lex, self.low
        while (
            j < end
            and (low[j] in lex.adverbs or j in self.timex_starts)
            and low[j] not in (lex.pronouns)
        ):
            j += 1
        if j >= end:
            return None, j
        if low[j] in lex.pronouns:
            return self._pronoun(j), j + 1
        if low[j] in lex.complementizers or not self.toks[j].text[:1].isalnum():
            return None, j
        np = self._np(j, end)
        if np is None:
            return None, j
        if (
            strict
            and not np.head_noun
            and np.appos is None
            and not any(self._is_caps_word(k) for k in range(np.core_start, np.core_end))
            and not (
                np.core_end - np.core_start == 1
                and (
                    self.low[np.core_start].endswith(self.lex.plural_definite)
                    or self.low[np.core_start] in self.full_names  # "sa blinken"
                )
            )
        ):
            return None, j
        who = self._resolve(np)
        return who, np.end

    def _clause_start(self, v: int, s0: int) -> int:
        lex, low, toks = self.lex, self.low, self.toks
        s0 = max(s0, v - 60)
        c = s0
        idx = self.punct_idx
        x = bisect.bisect_left(idx, v) - 1  # punctuation before the verb, nearest first
        while x >= 0 and idx[x] >= s0:
            p = idx[x]
            x -= 1
            t = toks[p].text
            if t == ";":
                c = p + 1
                break
            if t == "," and p + 1 < v and low[p + 1] in lex.clause_conjunctions:
                c = p + 2
                break
        while c < v and not toks[c].text[:1].isalnum():
            c += 1
        return c

    def _adverbial(self, c: int) -> bool:
        lex, w = self.lex, self.low[c]
        return (
            w in lex.preposed_adverbs
            or w in lex.prepositions
            or w in lex.adverbs
            or w in lex.weekdays
            or c in self.timex_starts
            or self.toks[c].text[:1].isdigit()
        )

    def _subject_before(self, c: int, v: int) -> tuple[_Who | None, bool]:
        """Subject of a clause starting at ``c`` whose speech verb is at ``v``."""
        lex, low, toks = self.lex, self.low, self.toks
        if low[c] in lex.pronouns or low[c] in lex.plural_pronouns:
            nxt = c + 1
            if nxt == v or low[nxt] in lex.auxiliaries or low[nxt] in lex.adverbs:
                return self._pronoun(c), True
            if low[c] in lex.pronouns:
                return None, False
        np = self._np(c, v)
        if np is None:
            return self._appositive_subject(c, v)
        j = np.end
        if j + 2 < v and toks[j].text == "(" and toks[j + 2].text == ")":
            j += 3  # a party after the name: "Bente Lindholm (SF) siger"
        if (
            j + 1 < v
            and low[j] in lex.prepositions
            and np.core_end - np.core_start == 1
            and self._sentence_first(c)
            and c not in self.mention_at
        ):
            # "Boende i området berättar": a noun opening the sentence, with its phrase
            obj = self._pp_object(j + 1, v)
            if obj == v:
                return self._resolve(np._replace(end=v)), True
            if obj is not None and self._relative_to(obj, v):
                # "Ein lærar ved skulen, som ikkje vil stå fram, seier"
                return self._anonymised(self._resolve(np._replace(end=obj)), obj, v), True
        if j + 1 < v and low[j] in lex.subordinators and low[j] not in lex.complementizers:
            # "En kilde i departementet som ikke vil stå fram, sier": an unmarked relative
            k = j + 1
            while k < v and toks[k].text != ",":
                k += 1
            if k + 1 == v:
                return self._anonymised(self._resolve(np), j, v), True
        # relative clause: "Avisa, som viser til ..., opplyser"
        relative: tuple[int, int] | None = None
        if j + 1 < v and toks[j].text == "," and low[j + 1] in lex.subordinators:
            k = j + 2
            while k < v and toks[k].text != ",":
                k += 1
            if k >= v:
                return self._resolve(np), True  # the verb is inside the relative clause
            relative = (j, k)
            j = k + 1
        if j + 1 < v and low[j] in lex.role_preps and self._person_core(np):
            # "Jenny Madestam vid Försvarshögskolan säger": a person and their institution
            pk = self._pp_object(j + 1, v)
            links = lex.descriptor_links.get(low[j])
            if pk is not None and links and pk + 1 < v and low[pk] in links:
                pk = self._pp_object(pk + 1, v) or pk
            if pk is not None and (pk == v or low[pk] in lex.auxiliaries or low[pk] in lex.adverbs):
                return self._resolve(np), True
        if j == v or (j < v and (low[j] in lex.auxiliaries or low[j] in lex.adverbs)):
            if relative is not None:
                return self._anonymised(self._resolve(np), *relative), True
            return self._resolve(np), True
        return self._appositive_subject(c, v)

    def _relative_to(self, j: int, v: int) -> bool:
        """Whether a relative clause runs from token ``j`` to a comma just before ``v``:
        ``, som ikke vil stå fram,`` or ``som vill vara anonym,``."""
        lex, low, toks = self.lex, self.low, self.toks
        if j + 1 < v and toks[j].text == ",":
            j += 1
        if not (j < v and low[j] in lex.subordinators and low[j] not in lex.complementizers):
            return False
        k = j + 1
        while k < v and toks[k].text != ",":
            k += 1
        return k + 1 == v

    def _anonymised(self, who: _Who | None, a: int, b: int) -> _Who | None:
        """An unnamed person whose relative clause (tokens ``a`` to ``b``) withholds the name
        (``som ikke vil stå fram med navn``, ``som vill vara anonym``) is an anonymous source."""
        if who is None or who.entity is not None or who.kind not in _DESCRIBED_KINDS:
            return who
        if who.kind == "organization" and not who.name[:1].islower():
            return who  # a named organisation; a noun the lexicon does not know stays one
        if any(self.mention_at.get(k) is not None for k in range(a, b)):
            return who
        lex, low = self.lex, self.low
        words = {low[k] for k in range(a, b)}
        if not (words & lex.anonymity_words or (words & lex.name_words and words & lex.negations)):
            return who
        if who.name and " " not in who.name.strip() and who.name[:1].isupper():
            return who  # a name, not a description
        anon = who._replace(kind="anonymous", spokesperson=False)
        self.anonymous.append(anon)
        self.anonymous_persons.add(anon.name)
        return anon

    def _person_core(self, np: _NP) -> bool:
        """Whether the phrase ends in a person's name (``statsvitar Marte Lie``)."""
        for k in range(max(np.core_start, np.core_end - 6), np.core_end):
            m = self.mention_at.get(k)
            if m is not None and m.end == np.core_end:
                return m.kind == "person"
        return False

    def _appositive_subject(self, c: int, v: int) -> tuple[_Who | None, bool]:
        """``En av de fornærmede, en 84 år gammel kvinne fra Asker, forklarte``: the
        apposition just before the verb names the speaker."""
        toks = self.toks
        if v - 3 <= c or toks[v - 1].text != ",":
            return None, False
        p = v - 2
        while p > c and v - p < 14 and toks[p].text != ",":
            p -= 1
        if p <= c or toks[p].text != ",":
            return None, False
        np = self._np(p + 1, v - 1)
        if np is None or np.end != v - 1:
            return None, False
        return self._resolve(np), True

    def _complement(self, j: int, end: int, *, bare: bool) -> int:
        """Start token of the reported clause after a cue, or -1."""
        lex, low, toks = self.lex, self.low, self.toks
        for k in range(j, min(end, j + 16)):
            if toks[k].text == ":" and k + 1 < end:
                return k + 1
            if low[k] in lex.complementizers or self._cue_at(k, end) >= 0:
                break
        if bare and self._bare_clause(j, end):
            return j  # "Opposisjonen mener budsjettet vil presse renten opp"
        k = j
        steps = 0
        while k < end and steps < 9:
            w = low[k]
            if w in lex.complementizers:
                if k > j and low[k - 1] in lex.adverbial_subordinators:
                    return -1  # "innrømmet nederlaget etter at ...": no reported clause
                if k + 1 < end and low[k + 1] in lex.bare_infinitives:
                    return -1  # "nægter at have taget", "förnekar att ha tagit": an infinitive
                return k + 1 if k + 1 < end else -1
            if toks[k].text == ":":
                return k + 1 if k + 1 < end else -1
            if bare and steps == 0 and w in lex.clause_starters and k + 1 < end:
                nxt = low[k + 1]
                if (
                    toks[k + 1].text[:1].isalpha()
                    and nxt not in lex.prepositions
                    and (nxt not in lex.complementizers)
                ):
                    return k
            if toks[k].text in _SENT_PUNCT or toks[k].text in _CLOSERS or toks[k].text == "«":
                return -1
            if self._cue_at(k, end) >= 0 and steps > 0:
                return -1
            k += 1
            steps += 1
        return -1

    def _bare_clause(self, j: int, end: int) -> bool:
        """Whether a clause without ``at`` starts at ``j``: a noun phrase of one to three
        words, then an auxiliary (``budsjettet vil``, ``problemet er``)."""
        lex, low, toks = self.lex, self.low, self.toks
        if j >= end or not toks[j].text[:1].isalpha():
            return False
        w = low[j]
        if w in lex.stop or w in lex.prepositions or w in lex.pronouns or w in lex.complementizers:
            return False
        for x in range(j + 1, min(end, j + 4)):
            t = low[x]
            if t in lex.auxiliaries:
                return x + 1 < end
            if not toks[x].text[:1].isalnum() or t in lex.stop or t in lex.prepositions:
                return False
        return False

    def _sentence_tokens(self) -> list[tuple[int, int, int]]:
        """(first token, end token, block) of every sentence in a text block."""
        out: list[tuple[int, int, int]] = []
        for si, s in enumerate(self.doc.sentences):
            if self.doc.blocks[s.block].kind not in _TEXT_BLOCKS:
                continue
            r = self.sent_ranges[si]
            if not len(r):
                continue
            # also cut where a quote opens after a full stop: "står fast. »Vi viger ..."
            a = r.start
            idx = self.mark_idx
            x = bisect.bisect_left(idx, r.start + 1)
            while x < len(idx) and idx[x] < r.stop - 1:
                k = idx[x]
                x += 1
                t = self.toks[k].text
                if (
                    self.toks[k - 1].text in _SENT_PUNCT
                    and (t in _OPEN_CLOSE or t in _DASHES)
                    and self.toks[k + 1].text[:1].isupper()
                    and (t in _DASHES or self.toks[k].end == self.toks[k + 1].start)
                ):
                    out.append((a, k, s.block))
                    a = k
            out.append((a, r.stop, s.block))
        return out

    # ---------- the pass -------------------------------------------------------------------------

    def run(self) -> Analysis:
        self._credits()
        sentences = self._sentence_tokens()
        by_block: dict[int, list[int]] = {}
        for idx, (_, _, b) in enumerate(sentences):
            by_block.setdefault(b, []).append(idx)
        self.pending: list[tuple[Quote, int, bool]] = []
        self.block_marks: list[tuple[int, int, int, int]] = []
        self.carried_marks: set[int] = set()
        colon_who: _Who | None = None
        cue_idx, n_cues, bisect_left = self.cue_idx, len(self.cue_idx), bisect.bisect_left
        for bi in range(len(self.doc.blocks)):
            self.block_marks = []
            colon_who = self._block_quotes(bi, colon_who)
            marks = self.block_marks
            kind = self.doc.blocks[bi].kind
            mi = 0
            for idx in by_block.get(bi, ()):
                s0, s1, b = sentences[idx]
                while mi < len(marks) and marks[mi][0] < s1:
                    k, m, a, bb = marks[mi]
                    mi += 1
                    s = self.toks[k].end
                    e = self.toks[m - 1].end
                    self._marked_quote(bi, kind, k, m, s, e, a, bb)
                x = bisect_left(cue_idx, s0)
                if x < n_cues and cue_idx[x] < s1:  # most sentences hold no cue word
                    self._sentence(idx, s0, s1, b, sentences)
            for k, m, a, bb in marks[mi:]:
                self._marked_quote(bi, kind, k, m, self.toks[k].end, self.toks[m - 1].end, a, bb)
        self._outlet_mentions()
        self._resolve_pending()
        quotes = sorted(self.quotes, key=lambda q: (q.start, q.end))
        return Analysis(tuple(quotes), tuple(self.sources))

    def _credits(self) -> None:
        lex, low, toks = self.lex, self.low, self.toks
        for bi, block in enumerate(self.doc.blocks):
            if block.kind is BlockKind.HEADER:
                continue
            r = self.block_ranges[bi]
            if block.kind is BlockKind.BOILERPLATE:
                # a dateline "OSLO (NTB):" or a byline "Av Kari Nordmann / NTB" names the
                # agency the story comes from
                byline = len(r) > 0 and low[r.start] in lex.byline_cues
                for i in r:
                    m = self.mention_at.get(i)
                    if m is None or m.kind not in _OUTLETS or i == r.start:
                        continue
                    dateline = (
                        toks[i - 1].text == "(" and m.end < r.stop and toks[m.end].text == ")"
                    )
                    if dateline or byline:
                        s, e = self._span(m.start, m.end)
                        cue = self._cue_span(r.start, r.start + 1) if byline else None
                        self._add_source(s, e, m.name, m.kind, cue)
                continue
            x = bisect.bisect_left(self.credit_idx, r.start)
            while x < len(self.credit_idx) and self.credit_idx[x] < r.stop:
                i = self.credit_idx[x]
                x += 1
                if i + 1 < r.stop and toks[i + 1].text == ":":
                    a = i + 2
                    b = a
                    while (
                        b < r.stop
                        and toks[b].text not in (")", "(")
                        and low[b] not in (lex.credit_cues)
                    ):
                        b += 1
                    if b <= a:
                        continue
                    for k in range(a, b):
                        m = self.mention_at.get(k)
                        if m is not None and m.kind in _OUTLETS:
                            s, e = self._span(a, b)
                            self._add_source(s, e, m.name, m.kind, self._cue_span(i, i + 1))
                            break
                    else:
                        self._credit_owner(i, a, b)

    def _credit_owner(self, i: int, a: int, b: int) -> None:
        """``Foto: Dag Jenssen / Det Norske Teatret``: no known outlet in the credit, so the
        owner after the last slash is the source when it is a name of several words or a web
        address (a lone word may be a photographer's or an agency's label)."""
        toks = self.toks
        slash = max((k for k in range(a, b) if toks[k].text == "/"), default=-1)
        if slash < 0:
            return
        c, d = slash + 1, b
        while d > c and not toks[d - 1].text[:1].isalnum():
            d -= 1
        if not 0 < d - c <= 4 or not toks[c].text[:1].isupper():
            return
        s, e = self._span(c, d)
        name = self.text[s:e]
        kind = _institution_kind(self.code, name, True)
        if kind is None and d - c == 1 and "." not in name:
            return
        if "." in name and kind is None:
            kind = "newspaper"
        sa, _ = self._span(a, b)
        self._add_source(sa, e, name, kind or "organization", self._cue_span(i, i + 1))

    def _block_quotes(self, bi: int, colon_who: _Who | None) -> _Who | None:
        """Dash-led quotes, quoting headlines and quote marks of block ``bi``.

        Returns the speaker announced by a block ending in a colon (``Lavrov sa:``).
        """
        doc = self.doc
        block = doc.blocks[bi]
        if block.kind not in _TEXT_BLOCKS:
            return colon_who if block.kind is not BlockKind.PARAGRAPH else None
        c = doc.content[bi]
        if c.end <= c.start:
            return None
        r = self.block_ranges[bi]
        if not len(r):
            return None
        first = self.toks[r.start]
        if first.text in _DASHES and first.end < c.end and self.text[first.end].isspace():
            self._dash_block(bi, block.kind, r.start + 1, r.stop, colon_who)
        elif block.kind is not BlockKind.PARAGRAPH:
            self._headline_colon(r.start, r.stop)
        self.block_marks = self._marks(r.start, r.stop, bi)
        if self.toks[r.stop - 1].text == ":":
            return self._colon_speaker(r.start, r.stop - 1)
        return None

    def _colon_speaker(self, a: int, b: int) -> _Who | None:
        for v in range(a, b):
            ce = self._cue_at(v, b)
            if ce < 0:
                continue
            c = self._clause_start(v, a)
            if c < v and not self._adverbial(c):
                who, ok = self._subject_before(c, v)
                if ok:
                    return who
            who, _ = self._subject_after(ce, b)
            return who
        return None

    def _attribution_in(
        self, a: int, b: int
    ) -> tuple[int, int, _Who | None, Span, str | None, int] | None:
        """A ``, sa X`` attribution inside tokens ``a..b``.

        Returns (comma index, end of attribution, speaker, cue, relayed source id, sentence end).
        """
        lex, low, toks = self.lex, self.low, self.toks
        who: _Who | None
        idx = self.punct_idx
        x = bisect.bisect_left(idx, a)
        while x < len(idx) and idx[x] < b - 1:
            k = idx[x]
            x += 1
            t = toks[k].text
            if t in _SENT_PUNCT and k > a and k + 2 < b and low[k + 1] in lex.back_reference:
                # "– A. Det sier X til Y." : the attribution is a sentence of its own
                v = k + 2
                ce = self._cue_at(v, b)
                if ce < 0:
                    continue
                send = v
                while send < b and send - v < 60 and toks[send].text not in _SENT_PUNCT:
                    send += 1
                who, end_attr = self._subject_after(ce, send, strict=False)
                if who is None:
                    continue
                cue = self._cue_span(v, ce)
                relay = self._relay(end_attr, send) or self._via(end_attr, send)
                self.attr_tokens.update(range(k, send))
                return k + 1, end_attr, who, cue, relay, send
            if t != "," and not (t in _CLOSERS and k > a):
                continue
            v = k + 1
            if toks[v].text == ",":
                v += 1
            if v >= b:
                continue
            imp = self._phrase_at(lex.impersonal_cues, v, b)
            ce = self._cue_at(v, b) if imp < 0 else -1
            hearsay: tuple[_Who, int, int] | None = None
            if imp < 0 and ce < 0 and low[v] in lex.hearsay_modals:
                hearsay = self._hearsay(v, b)
            if imp < 0 and ce < 0 and hearsay is None:
                continue
            send = v
            while send < b and send - v < 60 and toks[send].text not in _SENT_PUNCT:
                send += 1
            who = None
            if hearsay is not None:
                # "– ..., skal Xi ha sagt.": the speaker between the modal and the cue
                who, _cv, ce = hearsay
                cue = self._cue_span(v, ce)
                end_attr = ce
            elif imp >= 0:
                cue = self._cue_span(v, imp)
                who = self._impersonal_source(imp, send, cue)
                end_attr = imp
            else:
                cue = self._cue_span(v, ce)
                # ", sier politimesteren." ends a dash paragraph: any noun phrase speaks
                who, end_attr = self._subject_after(ce, send, strict=False)
                if who is None:
                    continue
            relay = self._relay(end_attr, send)
            via = self._via(end_attr, send)
            if who is not None and via is not None and relay is None:
                relay = self._attribution_source(who, cue, v, v + 1, via)
            self.attr_tokens.update(range(k, send))
            return k, end_attr, who, cue, relay, send
        return None

    def _hearsay(self, v: int, b: int) -> tuple[_Who, int, int] | None:
        """``skal Xi ha sagt``, ``ska han ha sagt``: (speaker, cue token, cue end) or None."""
        who, j = self._subject_after(v + 1, min(b, v + 8), strict=False)
        if who is None or j + 1 >= b or self.low[j] not in self.lex.hearsay_aux:
            return None
        ce = self._cue_at(j + 1, b)
        return (who, j + 1, ce) if ce >= 0 else None

    def _impersonal_source(self, j: int, end: int, cue: Span) -> _Who | None:
        """``heter det i en uttalelse fra Det hvite hus`` → the source named after the cue."""
        lex, low = self.lex, self.low
        k = j
        while k < end and low[k] in lex.prepositions and low[k] not in lex.report_links:
            k += 1
        if k >= end:
            return None
        np = self._np(k, end, pp=False)
        if np is None:
            return None
        m = np.end
        if (
            m < end
            and low[m] in lex.report_links
            and self._noun(low[np.core_end - 1], "report_nouns")
        ):
            np2 = self._np(m + 1, end)
            if np2 is not None:
                who = self._resolve(np2)
                if who is not None:
                    s, e = self._span(np.start, np2.end)
                    self._source_for(_moved(who, s, e), cue, force=True)
                    return who
        if m == end or (m < end and not self.toks[m].text[:1].isalnum()):
            # "heter det i dommen": a document names the institution named before it
            owner = self._document_owner(np)
            if owner is not None and (
                owner.entity is not None or owner.name != self._descriptor(np)
            ):
                self._source_for(owner, cue, force=True)
                return owner
        return None

    def _relay(self, j: int, end: int) -> str | None:
        """``..., ifølge Reuters`` after an attribution: the relaying source's id."""
        for k in range(j, min(end, j + 30)):
            ae = self._phrase_at(self.lex.according_to, k, end)
            if ae >= 0:
                np = self._np(ae, end)
                if np is not None:
                    who = self._resolve(np)
                    if who is not None:
                        return self._source_for(who, self._cue_span(k, ae), force=True)
        return None

    def _dash_block(self, bi: int, kind: BlockKind, a: int, b: int, colon_who: _Who | None) -> None:
        toks = self.toks
        qkind = QuoteKind.DIRECT if kind is BlockKind.PARAGRAPH else QuoteKind.PARTIAL
        start = a
        while start < b:
            found = self._attribution_in(start, b)
            if found is None:
                s, e = toks[start].start, toks[b - 1].end
                said = self.text[s:e].strip().casefold()
                if kind is not BlockKind.PARAGRAPH and any(
                    q.text.casefold() == said for q in self.quotes[-20:]
                ):
                    return  # a cross-head repeating the headline's quote
                q = self._add_quote(s, e, qkind, None, None, None)
                if q is not None:
                    self.pending.append((q, bi, colon_who is None))
                    if colon_who is not None:
                        self._set_speaker(q, colon_who, carried=False)
                return
            k, _end_attr, who, cue, relay, send = found
            s, e = toks[start].start, toks[k].start
            source = relay
            if who is not None and source is None:
                # "– ..., skriv klubben.": an information verb makes a non-person a source
                first = cue.text.split(" ", 1)[0].casefold()
                informs = first in self.lex.source_verbs and who.kind != "person"
                source = self._source_for(who, cue, force=informs)
                self._press_release(who, cue, _end_attr, send)
            carried = False
            if who is None:
                who = self._last_speaker(toks[start].start)
                carried = True
            q = self._add_quote(s, e, qkind, who, cue, source, carried=carried)
            nxt = send + 1
            while nxt < b and toks[nxt].text in _DASHES:
                nxt += 1
            if q is None or nxt >= b:
                return
            # the rest of the paragraph goes on quoting the same speaker
            rest = self._attribution_in(nxt, b)
            if rest is None:
                s2, e2 = toks[nxt].start, toks[b - 1].end
                self._add_quote(s2, e2, qkind, who, None, source, carried=True)
                return
            start = nxt

    def _set_speaker(self, q: Quote, who: _Who, *, carried: bool) -> None:
        if who.kind == "pronoun":
            return  # an unresolved pronoun names nobody
        i = self.quote_index[(q.start, q.end)]
        sp = (
            Speaker(who.name, who.entity)
            if carried
            else Speaker(who.name, who.entity, who.start, who.end, self.text[who.start : who.end])
        )
        self.quotes[i] = Quote(q.start, q.end, q.text, q.kind, sp, q.cue, q.source)
        self.history.append((q.start, who))

    def _last_speaker(self, at: int) -> _Who | None:
        """The speaker of the last quote before offset ``at`` (by position: speakers found
        late, for quotes resolved at the end, are not the latest)."""
        best: tuple[int, _Who] | None = None
        for pos, who in self.history[-30:]:
            if pos < at and (best is None or pos >= best[0]):
                best = (pos, who)
        return best[1] if best is not None else None

    def _headline_colon(self, a: int, b: int) -> None:
        toks = self.toks
        for k in range(a + 1, min(b - 1, a + 12)):
            if toks[k].text != ":":
                continue
            j = k + 1
            if toks[j].text in _OPEN_CLOSE:
                return  # quote marks are handled with the marks
            if k == a + 1 and self.low[a] in self.lex.headline_labels:
                return  # "LIVE: Krigen i Ukraina": a kicker, no speaker
            np = self._np(a, k)
            if np is None:
                return
            if np.end != k:
                # "Løkke lover Ukraine mere hjælp: – Vi kommer ikke ...": the named subject of
                # the clause before the colon speaks the dash quote
                if toks[j].text not in _DASHES or not (a in self.mention_at or self._is_namey(a)):
                    return
                named = a in self.mention_at or any(
                    self.low[a] in n.casefold().split() for n in self.full_names.values()
                )
                who = self._resolve(np) if named else None
                if who is not None and who.kind in ("person", "official"):
                    self._add_quote(
                        toks[j].end, toks[b - 1].end, QuoteKind.PARTIAL, who, None, None
                    )
                elif who is None:
                    # "Raset stengde vegen: – Vi var heldige": a headline's first word is
                    # capitalised whatever it is; with no name before the colon, who said it
                    # is the speaker of the quote it repeats, or of the next one
                    q = self._add_quote(
                        toks[j].end, toks[b - 1].end, QuoteKind.PARTIAL, None, None, None
                    )
                    if q is not None:
                        self.pending.append((q, self.doc.block_index(toks[a].start), False))
                return
            if k > a + 6:
                return
            who = self._resolve(np)
            if who is None:
                return
            if toks[j].text in _DASHES:
                s = toks[j].end
                core = range(np.core_start, np.core_end)
                if (
                    who.entity is None
                    and not any(k in self.mention_at or k in self.role_at for k in core)
                    and not (len(core) > 1 and all(self._is_caps_word(k) for k in core))
                ):
                    # "Foreldre: – Eit svik", "Raset stengde vegen: – Vi var heldige": no name
                    # heads the quote; who said it is the speaker of the quote it repeats, or
                    # of the next one
                    q = self._add_quote(s, toks[b - 1].end, QuoteKind.PARTIAL, None, None, None)
                    if q is not None:
                        self.pending.append((q, self.doc.block_index(toks[a].start), False))
                    return
            elif (
                who.kind in ("organization", "government")
                and b - j >= 2
                and (a in self.mention_at or self._is_namey(a))
                and who.entity not in self.place_ids
                and who.name.casefold() not in self.lex.countries
            ):
                s = toks[j].start  # "Keolis: Strejken er ulovlig"
            elif who.kind == "anonymous" and b - j >= 2 and np.core_end - np.core_start == 1:
                # "Kilder: Ansatte hadde varslet": what the sources below say; who they are is
                # named with the quote it sums up, or the next one ("Kilder i politiet:" are)
                if np.end > np.core_end:
                    self._add_quote(
                        toks[j].start, toks[b - 1].end, QuoteKind.PARTIAL, who, None, None
                    )
                    return
                q = self._add_quote(
                    toks[j].start, toks[b - 1].end, QuoteKind.PARTIAL, None, None, None
                )
                if q is not None:
                    self.pending.append((q, self.doc.block_index(toks[a].start), False))
                return
            elif (
                who.kind in ("person", "official")
                and b - j >= 2
                and (
                    who.entity is not None
                    or len(who.name.split()) >= 2
                    or self._is_role(self.low[np.core_end - 1]) is not None
                    # a name the entity layer found in the text below ("Statnett: ...")
                    or any(
                        ent.name == who.name and ent.type not in _PLACE_TYPES
                        for ent in self.entities
                    )
                )
            ):
                s = toks[j].start  # "Støre: Vi står sammen med Ukraina"
            else:
                return
            self._add_quote(s, toks[b - 1].end, QuoteKind.PARTIAL, who, None, None)
            return

    def _closer_in_next(self, closer: str, opener: str, b: int, bi: int) -> tuple[int, int] | None:
        """The closing mark of a quote opened at the start of block ``bi`` and left open, when
        it closes in the next paragraph before any other mark opens: (closer, block end)."""
        if (
            bi < 0
            or bi + 1 >= len(self.doc.blocks)
            or self.doc.blocks[bi + 1].kind is not BlockKind.PARAGRAPH
        ):
            return None
        r = self.block_ranges[bi + 1]
        if not len(r):
            return None
        toks, idx = self.toks, self.mark_idx
        start = r.start
        if toks[start].text == opener:
            start += 1  # »... (paragraph) »...», the continuation marked again
        x = bisect.bisect_left(idx, start)
        while x < len(idx) and idx[x] < r.stop:
            t = toks[idx[x]].text
            if t == closer or (opener == "»" and t == "»"):
                return idx[x], r.stop
            if t in _OPEN_CLOSE:
                return None  # another quote opens first
            x += 1
        return None

    def _marks(self, a: int, b: int, bi: int = -1) -> list[tuple[int, int, int, int]]:
        """Quote-mark pairs of the block ``a..b``: (opening token, closing token, a, b)."""
        out: list[tuple[int, int, int, int]] = []
        toks = self.toks
        idx = self.mark_idx
        x = bisect.bisect_left(idx, a)
        k = a
        while x < len(idx) and idx[x] < b:
            if idx[x] < k:
                x += 1
                continue
            k = idx[x]
            x += 1
            if k in self.carried_marks:
                k += 1  # the closing mark of a quote from the paragraph before
                continue
            t = toks[k].text
            closer = _OPEN_CLOSE.get(t)
            if closer is None:
                continue
            m = self._next_closer(closer, t, k + 1, b)
            if m >= b:
                if k == a:
                    m = b  # unclosed at the start of a paragraph: the paragraph
                    nxt = self._closer_in_next(closer, t, b, bi)
                    if nxt is not None:
                        # «... (paragraph) ... », skriver X: the quote goes on
                        m, b = nxt
                        self.carried_marks.add(m)
                else:
                    k += 1
                    continue
            if m == k + 1:
                k = m + 1
                continue
            out.append((k, m, a, b))
            k = m + 1
        return out

    def _next_closer(self, closer: str, opener: str, k: int, b: int) -> int:
        """Index of the next ``closer`` (for ``»`` also ``»``) in ``k..b``, or ``b``."""
        cands = [closer, "»"] if opener == "»" else [closer]
        best = b
        for c in cands:
            pos = self.mark_pos.get(c)
            if pos is None:
                # the quote marks are indexed: no pass over the document's tokens
                texts = self.doc.token_texts
                pos = [i for i in self.mark_idx if texts[i] == c]
                self.mark_pos[c] = pos
            i = bisect.bisect_left(pos, k)
            if i < len(pos) and pos[i] < best:
                best = pos[i]
        return best

    def _marked_quote(  # noqa: PLR0917
        self, bi: int, kind: BlockKind, k: int, m: int, s: int, e: int, a: int, b: int
    ) -> None:
        _lex, _low, toks = self.lex, self.low, self.toks
        if self._is_covered(s, e):
            return
        inner = [toks[x] for x in range(k + 1, m)]
        words = sum(1 for t in inner if t.text[:1].isalnum())
        if self._is_title(k, m, words):
            return
        sent_start = (
            k == a
            or self._sentence_first(k)
            or toks[k - 1].text in _SENT_PUNCT
            or toks[k - 1].text in _DASHES
            or toks[k - 1].text == ":"
        )
        after = m + 1
        # attribution after the closing mark: «...», sa X / ”...” säger hon
        if after < b:
            v = after + 1 if toks[after].text == "," else after
            ce = self._cue_at(v, b) if v < b else -1
            if ce >= 0:
                send = ce
                while send < b and send - v < 60 and toks[send].text not in _SENT_PUNCT:
                    send += 1
                who, end_attr = self._subject_after(ce, send)
                if who is not None:
                    self.attr_tokens.update(range(after, send))
                    cue = self._cue_span(v, ce)
                    relay = self._relay(end_attr, send)
                    via = self._via(end_attr, send)
                    src = relay or self._attribution_source(who, cue, v, ce, via)
                    self._press_release(who, cue, end_attr, send)
                    qk = QuoteKind.DIRECT if sent_start and words >= 3 else QuoteKind.PARTIAL
                    self._add_quote(s, e, qk, who, cue, src)
                    return
        # "X sa: «...»"
        if k > a and toks[k - 1].text == ":":
            sb = self._sentence_bounds(k)
            who2, cue2 = self._speech_before(sb[0], k - 1)
            if who2 is not None:
                src = self._source_for(who2, cue2)
                self._add_quote(s, e, QuoteKind.DIRECT, who2, cue2, src)
                return
        # partial quote: the speaker of the sentence
        s0, _ = self._sentence_bounds(k)
        who3, cue3 = self._speech_before(s0, k)
        carried = False
        if who3 is None:
            who3 = self._first_subject(s0, k)
        qk = QuoteKind.PARTIAL
        if (
            sent_start
            and (words >= 4 or toks[m - 1].text in _SENT_PUNCT)
            and toks[k + 1].text[:1].isupper()
            and kind is BlockKind.PARAGRAPH
        ):
            qk = QuoteKind.DIRECT
        crosshead = kind is BlockKind.HEADING or (
            k == a
            and m == b - 1
            and words <= _CROSSHEAD_WORDS
            and toks[m - 1].text not in _SENT_PUNCT
        )
        if who3 is None and crosshead:
            # a cross-head in quote marks («Et svik mot pendlerne»): said by the speaker of
            # the quote it repeats, or of the next one, not by the section before
            q = self._add_quote(s, e, QuoteKind.PARTIAL, None, None, None)
            if q is not None:
                self.pending.append((q, bi, False))
            return
        if who3 is None and qk is QuoteKind.DIRECT:
            # a quoted sentence of its own: the person the paragraph is about
            who3 = self._pronoun(k) if self._pronoun(k) is not None else None
            if who3 is not None and who3.kind == "pronoun":
                who3 = None
            if who3 is not None:
                carried = True
        if who3 is None:
            who3 = self._last_speaker(s)
            carried = True
        q = self._add_quote(s, e, qk, who3, cue3, None, carried=carried)
        if q is not None and who3 is None:
            self.pending.append((q, bi, True))

    def _is_title(self, k: int, m: int, words: int) -> bool:
        """Whether the marks ``k..m`` enclose a title (``Ibsens «Brand»``, ``av ”Trollflöjten”``,
        ``«Brand»-premieren``), not quoted words: a few capitalised words after a preposition
        or a genitive, or joined to the next word by a hyphen."""
        toks, low = self.toks, self.low
        if not 1 <= words <= 3 or k == 0 or m >= self.n or not toks[k + 1].text[:1].isupper():
            return False
        if any(not toks[x].text[:1].isalnum() for x in range(k + 1, m)):
            return False
        prev = low[k - 1]
        if (
            words <= 2
            and low[k + 1] in self.lex.given_gender
            and toks[k - 1].text[:1].isalpha()
            and len(prev) > 3
            and prev.endswith(_DEFINITE_ENDS)
            and prev not in self.lex.stop
            and self._cue_at(k - 1, k) < 0
        ):
            return True  # a name after a definite noun: "uværet «Ingunn»", "stormen ”Dagmar”"
        if toks[k - 1].text[:1].isupper() and self._sentence_first(k - 1):
            return False
        nxt = low[m + 1] if m + 1 < self.n else ""
        return (
            prev in self.lex.prepositions
            or (words == 1 and nxt in self.lex.prepositions and toks[k - 1].text[:1].isalpha())
            or (_gen(prev) and toks[k - 1].text[:1].isupper())
            or (
                m + 1 < self.n
                and toks[m + 1].start == toks[m].end
                and toks[m + 1].text[:1] in _DASHES
            )
        )

    def _sentence_bounds(self, k: int) -> tuple[int, int]:
        r = self.sent_ranges[self.doc.sentence_index(self.starts[k])]
        return r.start, r.stop

    def _speech_before(self, s0: int, k: int) -> tuple[_Who | None, Span | None]:
        """The speaker of the nearest speech verb before token ``k`` in its sentence."""
        for v in range(k - 1, max(s0, k - 40) - 1, -1):
            ce = self._cue_at(v, k)
            if ce < 0:
                continue
            who = self._speaker_of(v, ce, s0, k)
            if who is not None:
                cue = self._cue_span(v, ce)
                return who, cue
        return None, None

    def _speaker_of(self, v: int, ce: int, s0: int, end: int) -> _Who | None:
        c = self._clause_start(v, s0)
        if c < v and not self._adverbial(c) and self.low[c] not in self.lex.back_reference:
            who, ok = self._subject_before(c, v)
            if ok:
                return who
        # verb-second after an adverbial: the subject follows the finite verb
        f = c
        while f < v and self.low[f] not in self.lex.auxiliaries:
            f += 1
        if f < v:
            who, _ = self._subject_after(f + 1, v)
            if who is not None:
                return who
        who, _ = self._subject_after(ce, end)
        return who

    def _first_subject(self, s0: int, k: int) -> _Who | None:
        if s0 >= k:
            return None
        if self.low[s0] in self.lex.pronouns:
            return self._pronoun(s0)
        named = self._is_namey(s0) or s0 in self.mention_at
        if not named and s0 not in self.role_at and self.low[s0] not in self.lex.determiners:
            return None
        np = self._np(s0, k)
        if np is None:
            return None
        if not named and s0 not in self.role_at and not np.head_noun:
            return None  # "Den russiske ambassade ...": a determiner needs a known noun
        return self._resolve(np)

    def _sentence(
        self, idx: int, s0: int, s1: int, bi: int, sentences: Sequence[tuple[int, int, int]]
    ) -> None:
        lex, low, toks = self.lex, self.low, self.toks
        end = s1
        while end > s0 and toks[end - 1].text in _END_MARKS:
            end -= 1
        # the cue words of the sentence, from the document's index: most sentences have none
        lo = bisect.bisect_left(self.cue_idx, s0)
        hi = bisect.bisect_left(self.cue_idx, end, lo)
        if lo == hi:
            return
        cues = self.cue_idx[lo:hi]
        kind = self.doc.blocks[bi].kind
        according = lex.according_to
        if any(low[k] in according for k in cues):
            # "Ifølge X, ..." at the start of the sentence
            self._according(s0, s1, end, kind, cues)
        if kind is BlockKind.HEADLINE:
            return
        triggers = lex.triggers
        trig = [v for v in cues if low[v] in triggers]
        for v in trig:
            if v > s0 and toks[v - 1].text == ",":
                ce = self._cue_at(v, end)
                if ce >= 0:
                    self._postposed(v, ce, s0, end)
        v = s0
        for p in trig:
            if p < v:
                continue
            v = p
            if self._is_covered_tok(v):
                v += 1
                continue
            # reference and question cues: "viser til X", "spurt av X"
            re_ = self._phrase_at(lex.reference_cues, v, end)
            qe = self._phrase_at(lex.question_cues, v, end)
            if 0 <= re_ < end - 1 and toks[re_].text == "," and low[re_ + 1] in lex.complementizers:
                re_ += 1  # "henviser til, at"
            if 0 <= re_ < end and low[re_] in lex.complementizers:
                # "Han viser til at foreningen ba om ...": reported speech, not a reference
                done = self._speech(v, re_, s0, end, idx, sentences)
                v = done if done > v else v + 1
                continue
            if re_ >= 0 or qe >= 0:
                self._reference(v, re_ if re_ >= 0 else qe, s0, end, question=qe >= 0)
            ce = self._cue_at(v, end)
            if ce >= 0:
                done = self._speech(v, ce, s0, end, idx, sentences)
                if done > v:
                    v = done
                    continue
            elif low[v] in lex.appeal_verbs:
                self._appeal(v, s0, end)
            v += 1

    def _is_covered_tok(self, v: int) -> bool:
        if v in self.attr_tokens:
            return True
        t = self.toks[v]
        return self._is_covered(t.start, t.end)

    def _according(self, s0: int, s1: int, end: int, kind: BlockKind, cues: Sequence[int]) -> None:
        lex, toks = self.lex, self.toks
        low = self.low
        for k in cues:
            if low[k] not in lex.according_to:
                continue
            ae = self._phrase_at(lex.according_to, k, end)
            if ae < 0:
                continue
            if ae < end and (low[ae] in lex.group_pronouns or (low[ae] in lex.pronouns and k > s0)):
                # "vagtplaner, som ifølge dem betyder længere arbejdsdage": the group the
                # sentence is about says what the relative clause holds
                if (
                    k > s0 + 1
                    and low[k - 1] in lex.subordinators
                    and low[k - 1] not in lex.complementizers
                ):
                    self._according_relative(k, ae, ae + 1, s0, end, kind)
                continue
            np = self._np(ae, end)
            if np is None:
                continue
            target = self._report_target(np, end)
            if target is not None:
                np = target
            owner = self._owner(np)
            if owner is None and target is None and not self._names_someone(np):
                owner = self._document_owner(np)
                if owner is None:
                    continue  # "ifølge planen", "enligt lagen": no source
            by_pronoun = (
                owner is None
                and len(range(np.core_start, np.core_end)) == 1
                and (self.low[np.core_start] in lex.pronouns)
            )
            who = self._pronoun(np.core_start) if by_pronoun else owner or self._resolve(np)
            if who is None or who.kind == "pronoun":
                continue
            cue = self._cue_span(k, ae)
            # "ifølge ham" refers back to a person already quoted: a speaker, not a new source
            core = np.core_start
            if (
                not by_pronoun
                and np.core_end - core == 1
                and np.end == np.core_end
                and who.kind == "person"
                and self.role_at.get(core) not in (None, self.low[core])
            ):
                by_pronoun = True  # "ifølge vagtchefen": the person quoted, no new source
            named = who
            if who.kind == "person" and any(
                k in self.role_at and self._noun(low[k], "official_role_nouns")
                for k in range(np.start, np.end)
            ):
                named = who._replace(kind="official")  # "ifølge statsmeteorolog X"
            elif who.kind == "person" and self._public_role(np):
                named = who._replace(kind="official")  # "ifølge Helsedirektoratets direktør X"
            sid = None if by_pronoun else self._source_for(named, cue, force=True)
            # "ifølge flere kilder til Berlingske": the sources come via the outlet
            via_end = self._via_end(np.end, end)
            if via_end is not None and sid is not None:
                via = self._via(np.end, end)
                i = self.source_index[sid]
                if via is not None and self.sources[i].via is None and via != sid:
                    self.sources[i] = _with_via(self.sources[i], via)
                np = np._replace(end=via_end)
            if kind is not BlockKind.PARAGRAPH:
                continue
            if who.kind not in ("person", "official", "anonymous") and not who.spokesperson:
                continue
            if k != s0:
                self._according_after(k, np, s0, end, who, cue, sid)
                continue
            j = np.end
            while j < end and toks[j].text == ",":
                j += 1
            if end - j < 3:
                continue
            s, e = toks[j].start, toks[end - 1].end
            if not self._is_covered(s, e):
                self._add_quote(s, e, QuoteKind.INDIRECT, who, cue, sid)

    def _public_role(self, np: _NP) -> bool:
        """Whether a titled name holds its role in a government body (``Helsedirektoratets
        direktør, Kari Moe``, ``generaldirektör vid Socialstyrelsen``): a public official."""
        r = range(np.start, np.end)
        if not any(k in self.role_at for k in r):
            return False
        toks = self.toks
        for k in r:
            if k in self.role_at or not toks[k].text[:1].isupper():
                continue
            m = self.mention_at.get(k)
            if m is not None:
                if m.kind == "government":
                    return True
                continue
            if self._institution_kind(_strip_genitive_text(toks[k].text)) == "government":
                return True
        return False

    def _according_after(  # noqa: PLR0917
        self, k: int, np: _NP, s0: int, end: int, who: _Who, cue: Span, sid: str | None
    ) -> None:
        """``Skolen stenger fredag, ifølge rektor Kari Berg.``: the clause before a closing
        ``ifølge`` a person is that person's quote, as after an opening one."""
        toks = self.toks
        if k - s0 < 4 or toks[k - 1].text != "," or self.low[s0] in self.lex.according_to:
            return
        if any(toks[x].text[:1].isalnum() for x in range(np.end, end)):
            return  # the sentence goes on after the source
        s, e = toks[s0].start, toks[k - 2].end
        if toks[s0].text in _DASHES or toks[s0].text in _OPEN_CLOSE:
            return  # a marked or dashed quote has its own attribution
        if not self._is_covered(s, e):
            self._add_quote(s, e, QuoteKind.INDIRECT, who, cue, sid)

    def _according_relative(  # noqa: PLR0917
        self, k: int, ae: int, j: int, s0: int, end: int, kind: BlockKind
    ) -> None:
        """``..., som ifølge dem betyder ...``: a quote of the sentence's subject."""
        toks = self.toks
        if kind is not BlockKind.PARAGRAPH or end - j < 2:
            return
        np = self._np(s0, k - 1) if s0 not in self.mention_at else None
        who: _Who | None
        if self.low[j - 1] in self.lex.pronouns:
            who = self._pronoun(j - 1)  # "en plan, som enligt honom ger lägre skatt"
        elif (
            np is not None
            and np.core_start == s0
            and np.core_end > s0 + 1
            and not toks[s0 + 1].text[:1].isupper()
            and self.low[s0].endswith(self.lex.plural_definite)
        ):
            # "Chaufførerne protesterer mod ...": the plural noun, not the verb after it
            who = self._resolve(np._replace(end=s0 + 1, core_end=s0 + 1, appos=None))
        else:
            who = self._first_subject(s0, k - 1)
        if who is None or who.kind not in ("person", "official", "anonymous", "organization"):
            return
        stop = j
        while stop < end and toks[stop].text not in {",", ";", ":"}:
            stop += 1
        if stop - j < 2:
            return
        s, e = toks[j].start, toks[stop - 1].end
        if not self._is_covered(s, e):
            self._add_quote(s, e, QuoteKind.INDIRECT, who, self._cue_span(k, ae), None)

    def _document_owner(self, np: _NP) -> _Who | None:
        """``ifølge meddelelsen``, ``ifølge tiltalen``: a document reporting facts names its
        issuer when the sentence before names an institution, else the document itself."""
        low = self.low
        if not self._noun(low[np.core_end - 1], "document_nouns"):
            return None
        s, e = self._span(np.start, np.end)
        insts = self._institution_list()
        sent = np.start
        x0 = bisect.bisect_left(insts, (sent, "")) - 1
        if self._noun(low[np.core_end - 1], "verdict_nouns"):
            # "dommen": a verdict is a court's, however far up the court was named
            for x in range(x0, -1, -1):
                inst = insts[x]
                last = inst[1].split()[-1].casefold() if inst[1] else ""
                if self._noun(last, "court_nouns"):
                    return _Who(inst[1], inst[2], inst[3], False, s, e)
        x = x0
        while x >= 0 and sent - insts[x][0] <= 60:
            inst = insts[x]
            if inst[2] not in self.place_ids and inst[1].casefold() not in self.lex.countries:
                return _Who(inst[1], inst[2], inst[3], False, s, e)
            x -= 1
        a = np.start
        while a < np.end and low[a] in self.lex.determiners:
            a += 1
        sa, _ = self._span(a, np.end)
        return _Who(self.text[sa:e], None, "government", False, s, e)

    def _names_someone(self, np: _NP) -> bool:
        """Whether a noun phrase can name a source: a name, a pronoun or a known noun."""
        lex, low = self.lex, self.low
        core = range(np.core_start, np.core_end)
        if any(k in self.mention_at or self._is_caps_word(k) for k in range(np.start, np.end)):
            return True
        if len(core) == 1 and low[core[0]] in lex.pronouns:
            return True
        head = low[np.core_end - 1]
        if self._noun(head, "report_nouns"):
            return False
        return np.head_noun or (head.endswith(lex.plural_definite) and len(core) > 1)

    def _via_end(self, j: int, end: int) -> int | None:
        """End of ``til <outlet>`` right after token ``j``, or None."""
        lex, low = self.lex, self.low
        if j + 1 < end and low[j] in lex.via_preps:
            m = self.mention_at.get(j + 1)
            if m is not None and m.kind in _OUTLETS:
                return m.end
        return None

    def _owner(self, np: _NP) -> _Who | None:
        """``polisens egen statistik``: a report owned by an institution is the institution's."""
        low, toks = self.low, self.toks
        head = low[np.core_end - 1]
        if np.core_end - np.core_start < 2 or not self._noun(head, "report_nouns"):
            return None
        first = np.core_start
        m = self.mention_at.get(first)
        s, e = self._span(np.start, np.end)
        if m is not None and _gen(low[m.end - 1]):
            kind = m.kind if m.kind in _SOURCE_KINDS else "organization"
            return _Who(m.name, m.entity, kind, False, s, e)
        w = low[first]
        if not _gen(w) or not self._known_noun(_strip_genitive(w)):
            return None
        base = _strip_genitive(toks[first].text)
        kind = (
            "government" if self._noun(_strip_genitive(w), "government_nouns") else "organization"
        )
        return _Who(base[:1].upper() + base[1:], None, kind, False, s, e)

    def _report_target(self, np: _NP, end: int) -> _NP | None:
        """``uppgifter till Expressen``, ``en uttalelse fra Kreml``: the NP after the link."""
        lex, low = self.lex, self.low
        j = np.end
        if (
            j + 1 < end
            and low[j] in (lex.report_links | lex.via_preps)
            and self._noun(low[np.core_end - 1], "report_nouns")
        ):
            return self._np(j + 1, end)
        return None

    def _reference(self, v: int, ve: int, s0: int, end: int, *, question: bool) -> None:
        """``viser til X``, ``det fremgår af X``, ``spurt av X``: X is a source."""
        lex, low = self.lex, self.low
        np = self._np(ve, end, pp=False)
        if np is None:
            return
        cue = self._cue_span(v, ve)
        target = np
        report = self._noun(low[np.core_end - 1], "report_nouns")
        if report and np.end < end and low[np.end] in lex.report_links:
            np2 = self._np(np.end + 1, end)
            if np2 is None:
                return
            who = self._resolve(np2)
            span_start = np.start
            target = np2
        else:
            np = self._np(ve, end) or np
            target = np
            # "går det fram av kvartalsrapporten": a document names its issuer
            who = (self._document_owner(np) if report else None) or self._resolve(np)
            span_start = np.start
        if who is None:
            return
        if question and who.kind not in _OUTLETS:
            return
        s, e = self._span(
            span_start, target.end if self.toks[target.end - 1].text != "," else target.end - 1
        )
        # whom is it reported through: the subject of "viser til"
        via = None
        subj = self._speaker_of(v, ve, s0, v) if not question else None
        if subj is not None and subj.kind in _OUTLETS:
            via = self._source_for(subj, None, force=True)
        kind = who.kind if not who.spokesperson else "official"
        if kind in ("location", "event", "product"):
            kind = "organization"
        self._add_source(s, e, who.name, kind, cue, via)

    def _appeal(self, v: int, s0: int, end: int) -> None:
        """An appeal (``ber X om å ...``): X and the rest of the clause are the quote."""
        lex, low, toks = self.lex, self.low, self.toks
        markers = lex.appeal_markers
        j = v + 1
        while j < end and low[j] in lex.adverbs:
            j += 1
        np = self._np(j, end, pp=False)
        if np is None and j + 1 < end and toks[j].text[:1].isalpha():
            np = _NP(j, j + 1, j, j + 1, False)  # "uppmanar alla att ..."
        if np is None or np.end + 1 >= end:
            return
        if low[np.end] not in markers:
            # an object the phrase reader stops short of ("vestlege land for å"): a few plain
            # words, then the marker and the infinitive
            for k in range(np.end, min(end - 1, j + 5)):
                if low[k] in markers and low[k + 1] in lex.infinitive_markers:
                    np = _NP(np.start, k, np.core_start, k, np.head_noun)
                    break
                if not toks[k].text.isalpha() or low[k] in lex.stop:
                    break
        marked = low[np.end] in markers and low[np.end + 1] in lex.infinitive_markers
        # "uppmanar alla att undvika": Swedish marks the infinitive only
        bare = low[np.end] in lex.infinitive_markers and toks[np.end + 1].text[:1].isalpha()
        if not (marked or bare):
            return
        who = self._speaker_of(v, v + 1, s0, v)
        if who is None and v - 1 > s0 and low[v - 1] in lex.clause_conjunctions:
            # "X välkomnar omröstningen och uppmanar Ungern att ...": the first clause's subject
            who = self._first_subject(s0, v - 1)
        if who is None:
            return
        stop = self._complement_end(np.end, end)
        for k in range(np.end + 2, stop - 2):
            if (
                toks[k].text == ","
                and low[k + 1] in lex.clause_conjunctions
                and low[k + 2] not in lex.infinitive_markers
                and low[k + 2] not in markers
                and low[k + 2] not in lex.complementizers
            ):
                # "opfordrer chaufførerne til at genoptage arbejdet, men et flertal stemte ...":
                # a new clause, not a second infinitive of the appeal
                stop = k
                break
        s, e = toks[np.start].start, toks[stop - 1].end
        if self._is_covered(s, e):
            return
        self._add_quote(s, e, QuoteKind.INDIRECT, who, self._cue_span(v, v + 1), None)

    def _particle_after(self, ce: int) -> bool:
        """``sier opp``, ``melder seg``: the verb is not a speech verb here."""
        return ce < self.n and self.low[ce] in self.lex.non_speech_particles

    def _speech(  # noqa: PLR0917
        self,
        v: int,
        ce: int,
        s0: int,
        end: int,
        idx: int,
        sentences: Sequence[tuple[int, int, int]],
    ) -> int:
        """Handle the speech cue ``v..ce``; returns the token to go on from."""
        lex, low, toks = self.lex, self.low, self.toks
        cue = self._cue_span(v, ce)
        c = self._clause_start(v, s0)
        post = self._postposed(v, ce, s0, end)
        if post >= 0:
            return post
        who: _Who | None
        # back-reference: "Det opplyser X."
        if c < v and c + 1 == v and low[c] in lex.back_reference:
            who, end_attr = self._subject_after(ce, end)
            if who is None:
                return -1
            relay = self._relay(end_attr, end)
            via = self._via(end_attr, end)
            src = self._attribution_source(who, cue, v, ce, via)
            comp = self._complement(end_attr, end, bare=False)
            if comp >= 0:
                s, e = toks[comp].start, toks[end - 1].end
                self._add_quote(s, e, QuoteKind.INDIRECT, who, cue, relay or src)
                return end
            if idx > 0:
                p0, p1, pb = sentences[idx - 1]
                if self.doc.blocks[pb].kind is BlockKind.PARAGRAPH:
                    pe = p1
                    while pe > p0 and toks[pe - 1].text in _SENT_PUNCT:
                        pe -= 1
                    p0 = self._skip_according(p0, pe)
                    ps, pend = toks[p0].start, toks[pe - 1].end
                    for qi in range(max(0, len(self.quotes) - 8), len(self.quotes)):
                        q = self.quotes[qi]
                        if q.start < pend and ps < q.end:
                            new = relay or src
                            if new and q.source != new:
                                if q.source is not None:
                                    old = self.source_index[q.source]
                                    if self.sources[old].via is None:
                                        self.sources[old] = _with_via(self.sources[old], new)
                                self.quotes[qi] = _with_source(q, new)
                    # an unquoted sentence before "Det oplyser X." is a fact with a source,
                    # not a quote (as the seeds and the independent annotations have it)
            return end_attr
        # a clause with its subject before the verb, or after it (verb second)
        who = None
        after_subject = ce
        if v >= 2 and low[v - 1] in lex.relative_pronouns and toks[v - 2].text == ",":
            # "..., opplyser etterretningstjenesten MIT, som sier den har ...": the name before
            # the relative pronoun speaks
            who = self._antecedent(v - 2)
            if who is None:
                return -1
        elif c < v and not self._adverbial(c):
            who, ok = self._subject_before(c, v)
            if not ok:
                who = None
        if who is None:
            f = c
            while f < v and low[f] not in lex.auxiliaries:
                f += 1
            if f < v and c < f:
                who, _ = self._subject_after(f + 1, v)
            if who is None:
                who, after_subject = self._subject_after(ce, end)
        if who is None and v - 1 > s0 and low[v - 1] in lex.clause_conjunctions:
            # "Kuleba takkede ..., men sagde, at ...": the subject of the first clause
            who = self._first_subject(s0, v - 1)
        if who is None:
            return -1
        self._channel(who, cue, ce, end)
        via = self._via(max(after_subject, ce), end)
        # no clause without "at" after a verb that takes an object ("har avvist det siste
        # forslaget") or after a comma ("..., oplyser det israelske militær")
        bare = c < v and toks[v - 1].text != "," and low[ce - 1] not in lex.object_verbs
        comp = self._complement(max(after_subject, ce), end, bare=bare)
        cend = self._complement_end(comp, end) if comp >= 0 else -1
        if (
            comp >= 0
            and toks[comp].text in _DASHES
            and comp + 1 < end
            and toks[comp - 1].text == ":"
        ):
            # "Støre sa: – Vi står sammen."
            bend = self.block_ranges[self.doc.block_index(self.starts[comp])].stop
            s, e = toks[comp + 1].start, toks[bend - 1].end
            if not self._is_covered(s, e):
                src = self._attribution_source(who, cue, v, ce, via)
                self._add_quote(s, e, QuoteKind.DIRECT, who, cue, src)
                return bend
        if (
            comp < 0
            or toks[comp].text in _DASHES
            or toks[comp].text in _OPEN_CLOSE
            or toks[cend - 1].end - toks[comp].start < 4
            or (
                self._is_covered(toks[comp].start, toks[cend - 1].end)
                and not self._partly_marked(toks[comp].start, toks[cend - 1].end)
            )
        ):
            # no reported clause: an outlet or an anonymous source still counts
            if who.kind in _ALWAYS_SOURCE or who.spokesperson or (comp >= 0 and via):
                self._attribution_source(who, cue, v, ce, via)
            return -1
        src = self._attribution_source(who, cue, v, ce, via)
        relay = self._relay(cend, end) if cend < end else None
        s, e = toks[comp].start, toks[cend - 1].end
        self._add_quote(s, e, QuoteKind.INDIRECT, who, cue, relay or src)
        return cend

    def _antecedent(self, comma: int) -> _Who | None:
        """The named speaker that ends right before the comma at token ``comma``."""
        for k in range(comma - 1, max(-1, comma - 7), -1):
            m = self.mention_at.get(k)
            if m is None:
                continue
            if m.end != comma or m.kind in ("location", "event", "product"):
                return None
            s, e = self._span(m.start, m.end)
            name = self._full_name(m.name) if m.kind == "person" else m.name
            return _Who(name, m.entity, m.kind, False, s, e)
        return None

    def _postposed(self, v: int, ce: int, s0: int, end: int) -> int:
        """``..., opplyser Det hvite hus.``: the clause before the comma is reported."""
        lex, low, toks = self.lex, self.low, self.toks
        if v <= s0 or toks[v - 1].text != "," or v in self.not_postposed:
            return -1
        if self._is_covered_tok(v):
            return -1
        self.not_postposed.add(v)  # a failed attempt is not made again
        k = v - 2
        while k >= s0 and k > v - 40 and toks[k].text != ",":
            k -= 1
        if (
            k >= s0
            and toks[k].text == ","
            and low[k + 1] in lex.subordinators
            and not (low[k + 1] in lex.complementizers and k > s0 and self._cue_at(k - 1, v) >= 0)
            and any(low[x] in lex.complementizers for x in range(ce, min(end, ce + 3)))
        ):
            return -1  # the comma closes a relative clause: "Avisa, som ..., opplyser at"
        # "... i går. – Ein kveld eg aldri gløymer, seier matchvinnaren.": after a dash any
        # noun phrase speaks
        dash = toks[s0].text in _DASHES
        who, end_attr = self._subject_after(ce, end, strict=not dash)
        if who is None:
            return -1
        cue = self._cue_span(v, ce)
        self.attr_tokens.update(range(v, end_attr))
        self._channel(who, cue, end_attr, end)
        relay = self._relay(end_attr, end)
        via = self._via(end_attr, end)
        src = self._attribution_source(who, cue, v, ce, via)
        a = s0
        while a < v and not toks[a].text[:1].isalnum():
            a += 1
        qkind = QuoteKind.DIRECT if toks[s0].text in _DASHES else QuoteKind.INDIRECT
        a = self._skip_according(a, v)
        if qkind is QuoteKind.INDIRECT and self._relayed_speech(a, v - 1, s0, relay or src):
            return end_attr  # "Putin sa at ..., melder Reuters": Putin speaks, via Reuters
        if v - 1 - a >= 2 and not self._is_covered_tok(v - 2):
            s, e = toks[a].start, toks[v - 2].end
            if not self._is_covered(s, e):
                self._add_quote(s, e, qkind, who, cue, relay or src)
        return end_attr

    def _relayed_speech(self, a: int, b: int, s0: int, via: str | None) -> bool:
        """``Putin sa at ..., melder Reuters``: a reported clause ``a..b`` that holds its own
        speech cue and ``at`` is that speaker's quote, relayed by the outlet after it."""
        lex, low, toks = self.lex, self.low, self.toks
        lo = bisect.bisect_left(self.cue_idx, a)
        hi = bisect.bisect_left(self.cue_idx, b, lo)
        for x in range(lo, min(hi, lo + 4)):
            k = self.cue_idx[x]
            if low[k] not in lex.triggers or k - a > 12:
                continue
            ce = self._cue_at(k, b)
            if ce < 0:
                continue
            at = ce
            while at < b and at - ce < 4 and low[at] not in lex.complementizers:
                if toks[at].text != "," and not toks[at].text[:1].isalnum():
                    break
                at += 1  # "sagde, at", "meddelade på tisdagen att"
            if at >= b or low[at] not in lex.complementizers:
                continue
            before = len(self.quotes)
            self._speech(k, ce, s0, b, 0, ())
            if len(self.quotes) == before:
                return False
            self.attr_tokens.update(range(k, ce))
            if via is not None:
                for qi in range(before, len(self.quotes)):
                    q = self.quotes[qi]
                    if q.source is not None and q.source != via:
                        old = self.source_index[q.source]
                        if self.sources[old].via is None:
                            self.sources[old] = _with_via(self.sources[old], via)
                    elif q.source is None:
                        self.quotes[qi] = _with_source(q, via)
            return True
        return False

    def _skip_according(self, a: int, b: int) -> int:
        """Skip a leading ``Ifølge X,`` of a reported clause."""
        ae = self._phrase_at(self.lex.according_to, a, b)
        if ae < 0:
            return a
        np = self._np(ae, b)
        if np is None or b - np.end < 3:
            return a
        j = np.end
        while j < b and self.toks[j].text == ",":
            j += 1
        return j

    def _complement_end(self, comp: int, end: int) -> int:
        """Where a reported clause ends: the sentence end, or before ``, men X sa at``."""
        lex, low, toks = self.lex, self.low, self.toks
        for k in range(comp, end - 1):
            if (
                k > comp
                and low[k] in lex.clause_conjunctions
                and low[k + 1] in lex.complementizers
                and (toks[k - 1].text[:1].isalnum() or toks[k - 1].text == ",")
                and k + 2 < end
                and toks[k + 2].text in _OPEN_CLOSE
            ):
                return k  # "X sade att A och att ”B”": the marked clause is a quote of its own
            if toks[k].text != ",":
                continue
            if low[k + 1] in lex.according_to and end - k <= 12:
                return k  # "..., ifølge NTB." closes the reported clause
            rel = low[k + 1] in lex.sentential_relatives
            if rel and k + 2 < end and toks[k + 2].text.isalpha():
                return k  # "..., noe Kreml avviser": the writer's comment on the claim
            if k + 2 >= end or low[k + 1] not in lex.clause_conjunctions:
                continue
            for m in range(k + 2, min(end, k + 12)):
                if toks[m].text in (",", ":"):
                    break
                ce = self._cue_at(m, end)
                if ce < 0 and low[m] in lex.appeal_verbs:
                    ce = m + 1  # ", og han opfordrer folk til at ringe": an appeal of its own
                if ce >= 0:
                    for x in range(ce, min(end, ce + 6)):
                        if low[x] in lex.complementizers or low[x] in lex.infinitive_markers:
                            return k
                    break
        return end

    def _via(self, j: int, end: int) -> str | None:
        """``sier kilder i Det hvite hus til Washington Post``: the outlet after ``til``."""
        lex, low = self.lex, self.low
        k = j
        while k < end and (low[k] in lex.adverbs or k in self.timex_starts):
            k += 1
        if k + 2 < end and self.toks[k].text == ",":
            # an apposition first: "sier Anna Berg, lege ved sykehuset, til NRK"
            x = k + 1
            while x < end and x - k < 10 and self.toks[x].text != ",":
                x += 1
            if x + 1 < end and x - k < 10 and low[x + 1] in lex.via_preps:
                k = x + 1
        if k + 1 < end and low[k] in lex.via_preps:
            m = self.mention_at.get(k + 1)
            np = self._np(k + 1, end, pp=False)
            if np is not None:
                who = self._resolve(np)
                if who is not None and (
                    who.kind in _OUTLETS or (m is not None and m.kind in _OUTLETS)
                ):
                    return self._source_for(who, self._cue_span(k, k + 1), force=True)
        return None

    def _attribution_source(
        self, who: _Who, cue: Span, v: int, ce: int, via: str | None
    ) -> str | None:
        # a person who says or writes something is a speaker, not a source ("Justisministeren
        # skrev på Twitter at ..."); institutions that issue information are sources
        informs = self.low[v] in self.lex.source_verbs
        if informs and who.kind == "person" and who.entity is not None and " " not in who.name:
            # "Midttrafik oplyser, at": a one-word "person" the article never gives a first
            # name is an organisation issuing information
            who = who._replace(kind="organization")
        force = (informs and who.kind != "person") or (
            # "Det siger Danmarks Statistik.": an institution named as the origin
            v > 0
            and self.low[v - 1] in self.lex.back_reference
            and who.kind == "government"
            and self._institution_kind(who.name) == "government"
        )
        if informs and who.kind == "person" and not who.spokesperson:
            self._employer_source(who, cue)
        sid = self._source_for(who, cue, force=force)
        if sid is None:
            return via
        if via is not None and sid != via:
            i = self.source_index[sid]
            if self.sources[i].via is None:
                self.sources[i] = _with_via(self.sources[i], via)
        return sid

    def _employer_source(self, who: _Who, cue: Span) -> None:
        """``opplyser operasjonsleder Kari Dahl i Vest politidistrikt``: a titled employee who
        informs speaks for the institution named with the title, which is the source."""
        r = self._trange(who.start, who.end)
        low = self.low
        if not any(k in self.role_at for k in r):
            return
        for k in r:
            if low[k] not in self.lex.role_preps or k + 1 not in r:
                continue
            m = self.mention_at.get(k + 1)
            if (
                m is not None
                and m.kind in ("government", "organization")
                and m.entity not in self.place_ids
                and m.name.casefold() not in self.lex.countries
            ):
                s, e = self._span(m.start, m.end)
                self._add_source(s, e, m.name, m.kind, cue)
                return

    def _outlet_mentions(self) -> None:
        mention_at = self.mention_at
        outlets = sorted(at for at, m in mention_at.items() if m.kind in _OUTLETS)
        if not outlets:
            return
        taken = sorted((s.start, s.end) for s in self.sources)
        # an outlet named after its region ("Sunnhordland", "Valdres") mentioned where the
        # entity layer reads a place is the place, not the outlet
        places = {
            (sp.start, sp.end)
            for ent in self.entities
            if ent.type in (EntityType.LOCATION, EntityType.GPE)
            for sp in ent.mentions
        }
        for at in outlets:
            m = mention_at[at]
            bi = self.doc.block_index(self.toks[m.start].start)
            if self.doc.blocks[bi].kind not in _TEXT_BLOCKS:
                continue
            s, e = self._span(m.start, m.end)
            if (s, e) in places:
                continue
            i = bisect.bisect_left(taken, (e, -1))
            if any(a < e and s < b for a, b in taken[max(0, i - 4) : i]):
                continue
            self._add_source(s, e, m.name, m.kind, None)

    def _dash_run_speaker(
        self, bi: int, ordered: list[Quote], keys: list[tuple[int, int]]
    ) -> _Who | None:
        """The first speaker named in the run of dash paragraphs after block ``bi``."""
        blocks, toks = self.doc.blocks, self.toks
        for j in range(bi + 1, min(len(blocks), bi + 6)):
            r = self.block_ranges[j]
            if blocks[j].kind is not BlockKind.PARAGRAPH or not len(r):
                return None
            if toks[r.start].text not in _DASHES:
                return None
            c = self.doc.content[j]
            i = bisect.bisect_left(keys, (c.start, c.start))
            while i < len(ordered) and ordered[i].start < c.end:
                sp = ordered[i].speaker
                if sp is not None and sp.start is not None:
                    return _Who(sp.name, sp.entity, "person", False, 0, 0)
                i += 1
        return None

    def _resolve_pending(self) -> None:
        """Unattributed dash quotes take the speaker of their run (or the next quote)."""
        if not self.pending:
            return
        ordered = sorted(self.quotes, key=lambda x: (x.start, x.end))
        keys = [(x.start, x.end) for x in ordered]
        for q, bi, look_back in self.pending:
            qi = self.quote_index.get((q.start, q.end))
            cur = self.quotes[qi] if qi is not None else None
            if cur is None or cur.speaker is not None:
                continue
            prev = self._last_speaker(q.start) if look_back else None
            if prev is not None and bi > 0 and self.doc.blocks[bi - 1].kind is BlockKind.HEADING:
                # a cross-head starts a new run of dash paragraphs: its speaker is named
                # further down the run, not in the section before
                ahead = self._dash_run_speaker(bi, ordered, keys)
                prev = ahead or prev
            kind = self.doc.blocks[bi].kind
            who: _Who | None = None
            if kind is not BlockKind.PARAGRAPH or prev is None:
                # a cross-head: the quote it repeats, else the next attributed quote
                words = q.text.casefold()
                i = bisect.bisect_left(keys, (q.start, q.end))
                for other in ordered[i + 1 : i + 12]:
                    if other.speaker is None:
                        continue
                    if words in other.text.casefold() or (
                        other.start > q.start and self.doc.block_index(other.start) - bi <= 3
                    ):
                        sp = other.speaker
                        who = _Who(sp.name, sp.entity, "person", False, 0, 0)
                        break
            if who is None:
                who = prev
            if who is not None:
                self._set_speaker(cur, who, carried=True)


@functools.lru_cache(maxsize=1 << 14)
def _institution_kind(code: str, name: str, loose: bool) -> str | None:
    """``Østjyllands Politi``, ``Stockholms tingsrätt``: an institution by its last word."""
    words = name.split()
    if not words or not words[-1][:1].isalpha():
        return None
    last = words[-1].casefold()
    lex = lexicon(code)
    if len(words) > 1 and lex.is_role(last) is not None:
        return None
    if lex.noun_in(last, lex.government_nouns) or (
        loose and any(mk in last for mk in lex.government_markers)
    ):
        return "government"
    if (
        len(words) > 1
        and all(w[:1].isupper() for w in words[1:])
        and lex.noun_in(words[0].casefold(), lex.government_nouns)
    ):
        return "government"  # "Räddningstjänsten Syd", "Brannvesenet Sør": a body and its region
    if loose and any(mk in last for mk in lex.think_tank_markers):
        return "think_tank"
    if loose and len(last) > 3 and any(mk in last for mk in lex.newspaper_markers):
        return "newspaper"
    return None


_MEMO_SIZE = 1 << 15


class _SeenWords:
    """Token texts already classified for a pack (`_Analyser._classify`): their flags, and the
    role stems of the role nouns."""

    __slots__ = ("flags", "roles")

    def __init__(self) -> None:
        self.flags: dict[str, int] = {}
        self.roles: dict[str, str] = {}

    def add(self, text: str, bits: int, stem: str) -> None:
        self.flags[text] = bits
        if bits & _ROLE:
            self.roles[text] = stem

    def clear(self) -> None:
        self.flags.clear()
        self.roles.clear()


@functools.cache
def _seen_words(code: str) -> _SeenWords:
    """The classified token texts of a pack: a bounded cache, cleared when full."""
    return _SeenWords()


@functools.cache
def _memo(code: str, table: str) -> dict[str, Any]:
    """A bounded per-pack memo of one word test (cleared when full): answers for the words
    of a document without a cached call per word."""
    return {}


@functools.lru_cache(maxsize=1 << 15)
def _known_noun(code: str, w: str) -> bool:
    """Whether ``w`` is a noun of any of the pack's noun lists (any form, compounds)."""
    lex = lexicon(code)
    return any(
        lex.noun_in(w, s)
        for s in (
            lex.anonymous_nouns,
            lex.role_nouns,
            lex.government_nouns,
            lex.newspaper_nouns,
            lex.agency_nouns,
            lex.broadcaster_nouns,
            lex.think_tank_nouns,
            lex.organization_nouns,
            lex.report_nouns,
            lex.person_noun_set,
        )
    )


@functools.lru_cache(maxsize=1 << 14)
def _entity_kind(code: str, etype: EntityType, name: str, aliases: tuple[str, ...]) -> str:
    """The source kind of an entity: the gazetteer's kind of its name, else by its last word."""
    kind = _ENTITY_KIND.get(etype, "organization")
    person = etype is EntityType.PERSON
    if not person:
        known = lexicon(code).kind_by_name
        for alias in (name, *aliases):
            found = known.get(alias.casefold())
            if found is not None:
                return found
    return _institution_kind(code, name, not person) or kind


@functools.lru_cache(maxsize=1 << 12)
def _demonym_countries(code: str, w: str) -> frozenset[str] | None:
    """The countries of the last demonym stem that ``w`` starts with (``amerikanske``)."""
    found: frozenset[str] | None = None
    for stem, countries in lexicon(code).demonyms.items():
        if w.startswith(stem):
            found = countries
    return found


@functools.lru_cache(maxsize=1 << 15)
def _word_countries(code: str, w: str) -> frozenset[str] | None:
    """The countries a word names: a country (``USAs``) or a demonym (``russiske``)."""
    lex = lexicon(code)
    base = _strip_genitive(w)
    if base in lex.countries:
        return frozenset({base})
    for stem, countries in lex.demonyms.items():
        if w.startswith(stem) and len(w) - len(stem) <= 2:
            return countries
    return None


@functools.lru_cache(maxsize=1 << 16)
def _noun_in(code: str, w: str, nouns: str) -> bool:
    lex = lexicon(code)
    found: frozenset[str] = getattr(lex, nouns)
    return lex.noun_in(w, found)


@functools.lru_cache(maxsize=1 << 15)
def _role_stem(code: str, w: str) -> str | None:
    return lexicon(code).is_role(w)


_OUTLET_NOUNS = (
    ("newspaper_nouns", "newspaper"),
    ("agency_nouns", "news_agency"),
    ("broadcaster_nouns", "broadcaster"),
    ("think_tank_nouns", "think_tank"),
)


def _word_facts(code: str, w: str) -> _Facts:
    lex = lexicon(code)
    return _Facts(
        _stem_of(w, lex.anonymous_nouns, lex),
        _role_stem(code, w),
        _noun_in(code, w, "source_nouns"),
        tuple(kind for nouns, kind in _OUTLET_NOUNS if _noun_in(code, w, nouns)),
        _noun_in(code, w, "government_nouns"),
        _noun_in(code, w, "organization_nouns"),
    )


def _stem_of(w: str, nouns: frozenset[str], lex: Lexicon) -> str | None:
    return _stem_in(w.casefold(), nouns, lex.definite_suffixes)


def _with_source(q: Quote, source: str) -> Quote:
    return Quote(q.start, q.end, q.text, q.kind, q.speaker, q.cue, source)


def _with_via(src: Source, via: str) -> Source:
    return Source(src.start, src.end, src.text, src.id, src.name, src.kind, src.cue, via)


def _role_key(stem: str) -> str:
    """A role stem without the vowel of its last syllable: ``trener`` and ``trenar`` (Nynorsk),
    ``ordfører`` and ``ordførar`` are one role."""
    return stem[:-2] + stem[-1] if len(stem) >= 5 else stem


def _moved(who: _Who, start: int, end: int) -> _Who:
    """``who`` named by the mention at ``start..end``."""
    return _Who(who.name, who.entity, who.kind, who.spokesperson, start, end)


def _bisect_m(ms: list[_Mention], at: int) -> int:
    lo, hi = 0, len(ms)
    while lo < hi:
        mid = (lo + hi) // 2
        if ms[mid].start < at:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _gen(w: str) -> bool:
    return _strip_genitive(w) != w


def _acronym_genitive(text: str) -> bool:
    """``EUs``, ``FNs``: an acronym with the genitive ``s``, too short for ``_gen``."""
    return len(text) >= 3 and text[-1] == "s" and text[:-1].isupper()


def _strip_genitive(w: str) -> str:
    if w[-1:] not in _GENITIVE_ENDS:
        return w
    for suf in (":s", "'s", "’s", "'", "’"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)]
    if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
        return w[:-1]
    return w


def _strip_genitive_text(name: str) -> str:
    for suf in (":s", "'s", "’s"):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def _common_stem(w: str) -> str:
    return w[:6]


def _canonical_institution(desc: str, lex: Lexicon) -> str:
    """``det russiske utenriksdepartementet`` → ``Russlands utenriksdepartement``."""
    words = desc.split()
    if len(words) < 2:
        return desc
    last = words[-1].casefold()
    stem = next((s for s in lex.institution_stems if last.startswith(s)), None)
    if stem is None:
        return desc
    adj = words[-2].casefold()
    for dstem, country in lex.demonym_names.items():
        if adj.startswith(dstem) and len(adj) - len(dstem) <= 2:
            return f"{country}s {stem}"
    return desc
