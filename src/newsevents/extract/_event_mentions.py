"""Who can take part in an event: name mentions, demonyms and resolved anaphors, by token.

The entity layer is used where it has run; otherwise capitalised token runs, CLDR territory
names, demonyms and capitals from the language pack stand in for it. Anaphors (``han``,
``landet``, ``de to lederne``) are resolved to the latest fitting mention before them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Collection, Sequence
from typing import NamedTuple

from newsevents.extract._context import Context
from newsevents.extract._event_lexicon import EventLexicon, unpossessed
from newsevents.extract._event_tokens import TokenIndex
from newsevents.languages import LanguagePack
from newsevents.model import EntityType
from newsevents.reading import Token

__all__ = ["Mention", "credit_cues", "find_mentions"]

PERSON = "person"
GPE = "gpe"
ORG = "organization"
OTHER = "other"

_APOSTROPHES = frozenset("'’")
_ANAPHOR_REACH = 50
"""How many recent organisations or towns an anaphor is compared with (keeps work linear)."""
_POSSESSIVE_ENDS = frozenset("s'’")
_FIRST = operator.attrgetter("first")

_NOT_PARTIES = frozenset({EntityType.EVENT, EntityType.PRODUCT})
_ENTITY_KINDS = {
    EntityType.PERSON: PERSON,
    EntityType.GPE: GPE,
    EntityType.LOCATION: GPE,
    EntityType.ORGANIZATION: ORG,
}


class Mention(NamedTuple):
    """A possible participant: tokens ``first``..``last`` (exclusive) naming ``name``.

    A named tuple: a long document holds many, and they are built often.

    Examples:
        >>> Mention(0, 1, "Russland", "gpe", surface="Russland").possessive
        False
    """

    first: int
    last: int
    name: str
    kind: str
    entity: str | None = None
    code: str | None = None
    """The CLDR territory code, for countries, their capitals and demonyms."""
    possessive: bool = False
    weak: bool = False
    """A demonym adjective (``russiske``): evidence of a country, weaker than a name."""
    anaphor: bool = False
    surface: str = ""


def _is_name_text(text: str) -> bool:
    """Capitalised (``Biden``) or a digit with capitals (``3F``), and no compound noun."""
    first = text[:1]
    if not first.isupper() and not (first.isdigit() and text != text.lower()):
        return False
    if "-" in text:
        last = text.rsplit("-", 1)[1]
        if last[:1].islower():  # "Kreml-talsmann", "Ukraina-krigen": a compound noun
            return False
    return True  # a capital is a letter


def find_mentions(
    ctx: Context,
    lex: EventLexicon,
    sentence_starts: frozenset[int],
    skip_before: int,
    tokens: Sequence[Token],
    *,
    index: TokenIndex | None = None,
) -> tuple[Mention, ...]:
    """Every mention of the document in token order (anaphors resolved).

    Args:
        ctx: the extraction context (the entity layer is used when present).
        lex: the compiled lexicon.
        sentence_starts: indices of the tokens that open a sentence (or a quote).
        skip_before: tokens starting before this offset (the header) are ignored.
        tokens: the document's tokens.
        index: the document's `TokenIndex`, when the caller has built it.
    """
    doc = ctx.doc
    if index is None:
        index = TokenIndex(tokens)
    token_range = index.token_range
    taken: dict[int, Mention] = {}
    counts = index.text_counts
    upper, named = index.capitalised()
    index.prefetch(
        credit_cues(ctx.pack),
        lex.demonyms,
        lex.anaphor_words,
        lex.institution_nouns,
        lex.government_nouns,
    )
    credits = _credit_tokens(ctx, tokens, index)
    token_starts, token_ends, lowers, texts_at = index.starts, index.ends, index.lowers, index.texts
    text, n = doc.text, len(tokens)
    bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
    institutions = lex.institution_nouns | lex.government_nouns
    blocked: set[int] = set()
    for ent in ctx.entities:
        if ent.type in _NOT_PARTIES:  # a war or a treaty is what happens, not who takes part
            for span in ent.mentions:
                blocked.update(token_range(span.start, span.end))
            continue
        kind = _ENTITY_KINDS.get(ent.type, OTHER)
        code = lex.territory(ent.name) if kind == GPE else None
        capital = ent.name.casefold() in lex.capitals
        if code is None and capital:
            code, kind = lex.capitals[ent.name.casefold()], GPE  # "Kreml krever ..."
        name = lex.territory_names.get(code, ent.name) if code else ent.name
        entity: str | None = ent.id
        if code is not None and capital:
            entity = None  # "ledelsen i Moskva": the country takes part, not the city
        for span in ent.mentions:
            first = bisect_left(token_starts, span.start)
            last = bisect_right(token_ends, span.end, first)  # token_range, inlined
            if last == first:
                if first < n and token_starts[first] == span.start:
                    # "Natoansökan": a name opening a compound noun names no one
                    blocked.add(first)
                continue
            if first in taken or first in credits:
                continue
            if last - first == 1 and lowers[first] in institutions:
                continue  # "Regjeringen", "Politiet": read as the institution nouns they are
            surface = text[token_starts[first] : token_ends[last - 1]]
            possessive = surface != ent.name and unpossessed(surface) is not None
            if last < n and texts_at[last] in _APOSTROPHES:
                possessive = True
            taken[first] = Mention(
                first, last, name, kind, entity, code, possessive, surface=surface
            )
    covered = {i for m in taken.values() for i in range(m.first, m.last)} | blocked
    at_starts = Counter(tokens[k].text for k in sentence_starts if k < len(tokens))
    # capitalised words also seen inside a sentence
    capital_words = upper.difference([x for x, n in at_starts.items() if counts[x] <= n])
    known = set(capital_words)
    # only a word ending in s or an apostrophe may be a possessive: the rest never called
    possessives = [w for w in capital_words if w[-1:] in _POSSESSIVE_ENDS]
    known.update(b for b in map(unpossessed, possessives) if b is not None)
    skip_before = max(skip_before, 0)
    # a capitalised text without a hyphen is a name text; only the others are tested
    plain = {t for t in upper if "-" not in t}
    name_texts = plain.union(filter(_is_name_text, named.difference(plain)))
    # the tokens that may open a name: a name text, not inside an entity's mention
    openers = itertools.compress(itertools.count(), map(name_texts.__contains__, texts_at))
    runs = _runs(
        tokens,
        [k for k in openers if k not in covered],
        name_texts,
        covered,
        lex,
        lowers=lowers,
        sentence_starts=sentence_starts,
        lower_words=counts,
        capital_words=known,
        skip_before=skip_before,
    )
    runs = [r for r in runs if r[0] not in credits]
    full_names: dict[str, str] = {}
    for a, b in runs:
        if b - a >= 2:
            full = doc.text[tokens[a].start : tokens[b - 1].end]
            if lex.territory(full) is None:
                full_names.setdefault(tokens[b - 1].text, full)
                full_names.setdefault(tokens[a].text, full)
    for a, b in runs:
        m = _from_run(
            doc.text, tokens, a, b, lex=lex, capital_words=capital_words, full_names=full_names
        )
        if m is not None:
            taken[a] = m
    demonyms = lex.demonyms
    for i in index.where(index.forms.intersection(demonyms)):
        tok = tokens[i]
        if i in covered or i in taken or tok.start < skip_before:
            continue
        code, weak = demonyms[lowers[i]]
        if weak and _adjective_name(tokens, index, i, lex):
            # "Svenska kraftnät varnar": a weak form before a singular noun is a name's
            surface = text[tok.start : tokens[i + 1].end]
            taken[i] = Mention(i, i + 2, surface, ORG, None, None, surface=surface)
            continue
        name = lex.territory_names.get(code, code)
        taken[i] = Mention(i, i + 1, name, GPE, None, code, weak=weak, surface=tok.text)
    _institutions(
        tokens,
        index,
        taken=taken,
        covered=covered,
        lex=lex,
        skip_before=skip_before,
        organisations=_organisations(ctx),
    )
    _roles(tokens, index, taken=taken, covered=covered, lex=lex, skip_before=skip_before)
    outlets = lex.outlets
    ordered = [
        taken[k] for k in sorted(taken) if taken[k].name.casefold() not in outlets
    ]  # "i en samtale med NTB": an outlet reports, it takes no part
    return tuple(_resolve_anaphors(tokens, index, ordered, lex, skip_before))


def _adjective_name(tokens: Sequence[Token], index: TokenIndex, i: int, lex: EventLexicon) -> bool:
    """Whether a capitalised demonym adjective in its weak form opens a name with the
    singular noun after it (``Svenska kraftnät``; not ``Svenska myndigheter``, ``Norske
    soldater``, ``Svenska folket``)."""
    tok = tokens[i]
    if not lex.weak_adjective_endings or not tok.text[:1].isupper():
        return False
    if not index.lowers[i].endswith(lex.weak_adjective_endings) or i + 1 >= len(tokens):
        return False
    nxt, low = tokens[i + 1], index.lowers[i + 1]
    return (
        nxt.start == tok.end + 1
        and index.is_word[i + 1]
        and nxt.text[:1].islower()
        and not low.endswith(lex.plural_endings)
        and low not in lex.never_names
        and low not in lex.troop_nouns
        and low not in lex.audience_nouns
        and lex.noun_type(low) is None
    )


def _organisations(ctx: Context) -> dict[str, tuple[str, str]]:
    """Organisation entities by their last word, case-folded: ``politi`` for ``Østjyllands
    Politi``, the name and id an unqualified ``politiet`` of the article stands for."""
    out: dict[str, tuple[str, str]] = {}
    for ent in ctx.entities:
        if ent.type is EntityType.ORGANIZATION and " " in ent.name:
            out.setdefault(ent.name.rsplit(" ", 1)[1].casefold(), (ent.name, ent.id))
    return out


def _named_institution(
    low: str, organisations: dict[str, tuple[str, str]], suffixes: Collection[str]
) -> tuple[str, str] | None:
    """The organisation entity a definite institution noun (``politiet``) refers to."""
    for suffix in suffixes:
        if low.endswith(suffix):
            found = organisations.get(low[: -len(suffix)])
            if found is not None:
                return found
    return organisations.get(low)


def _roles(
    tokens: Sequence[Token],
    index: TokenIndex,
    *,
    taken: dict[int, Mention],
    covered: set[int],
    lex: EventLexicon,
    skip_before: int,
) -> None:
    """``statsministeren``: the person the article titles so (``statsminister Jonas Gahr Støre``).

    A title is the word right before a person's name; its definite forms elsewhere in the
    article (not inside a name) stand for that person: the nearest titled before, or else the
    first titled after.
    """
    suffixes = lex.role_suffixes
    if not suffixes:
        return
    titled: dict[str, list[Mention]] = {}
    for m in taken.values():
        if m.kind != PERSON or m.anaphor or m.first == 0:
            continue
        before = tokens[m.first - 1]
        if not index.is_word[m.first - 1] or before.end != tokens[m.first].start - 1:
            continue
        low = index.lowers[m.first - 1].rsplit("-", 1)[-1]
        if len(low) < 4 or not low.isalpha() or low in lex.not_titles:
            continue
        titled.setdefault(low, []).append(m)
    if not titled:
        return
    forms = {title + suffix: title for title in titled for suffix in suffixes}
    firsts: dict[str, list[int]] = {}
    for people in titled.values():
        people.sort(key=_FIRST)
    for title, people in titled.items():
        firsts[title] = [m.first for m in people]
    for i in index.where(index.forms.intersection(forms)):
        tok = tokens[i]
        if i in covered or i in taken or tok.start < skip_before:
            continue
        title = forms[index.lowers[i]]
        people = titled[title]
        k = bisect.bisect_left(firsts[title], i)
        ref = people[k - 1] if k else people[0]  # the nearest titled before, else the first
        taken[i] = Mention(i, i + 1, ref.name, PERSON, ref.entity, None, surface=tok.text)


def _institutions(
    tokens: Sequence[Token],
    index: TokenIndex,
    *,
    taken: dict[int, Mention],
    covered: set[int],
    lex: EventLexicon,
    skip_before: int,
    organisations: dict[str, tuple[str, str]] | None = None,
) -> None:
    """``Politiet``, ``åklagaren``; ``regeringen`` alone is the home country's government."""
    nouns, governments = lex.institution_nouns, lex.government_nouns
    if not nouns and not governments:
        return
    home = _government_of(taken, lex.home_territory, lex.capitals)
    n = len(tokens)
    lowers = index.lowers
    for i in index.where(index.forms & (nouns | governments)):
        tok = tokens[i]
        if i in covered or i in taken or tok.start < skip_before:
            continue
        if (
            i > 0
            and tokens[i - 1].text[:1].isupper()
            and tokens[i - 1].end == tok.start - 1  # not a name ending the line before
            and lowers[i - 1] not in nouns
        ):
            continue  # "Ukrainas regering", "Oslo tingrett": someone else's
        low = lowers[i]
        nxt = lowers[i + 1] if i + 1 < n else None
        code = home
        if (
            low in governments
            and nxt is not None
            and (nxt in lex.place_prepositions or nxt in lex.of_prepositions)
            and i + 2 < n
            and tokens[i + 2].text[:1].isupper()
        ):
            # "regjeringen i Kyiv" is Ukraine's, "regjeringen i Tyrkia" someone else's;
            # ("politiet i Aarhus" stays the police, Aarhus the place)
            code = lex.capitals.get(lowers[i + 2])
            if code is None:
                continue
        abroad = code is not None and code == home and home != lex.home_territory
        if (low in governments and code) or (abroad and low in lex.state_forces):
            # "politiet" in a report from Georgia: Georgia's police, acting for Georgia
            name = lex.territory_names.get(code or "", code or "")
            taken[i] = Mention(i, i + 1, name, GPE, None, code, surface=tok.text)
        elif low in nouns:
            named = _named_institution(low, organisations or {}, lex.definite_suffixes)
            if named is not None:  # "politiet" after "Østjyllands Politi": that police
                taken[i] = Mention(i, i + 1, named[0], ORG, named[1], None, surface=tok.text)
                continue
            name = tok.text[:1].upper() + tok.text[1:]
            taken[i] = Mention(i, i + 1, name, ORG, None, None, surface=tok.text)


def _government_of(
    taken: dict[int, Mention], home: str | None, capitals: Collection[str] = ()
) -> str | None:
    """Whose an unqualified ``regjeringen`` is: the home country's, unless the story never
    names the home country but names another country at least twice as a subject or object
    (``Regjeringa avviser det`` in a report from Georgia): then that country's, the one
    named most (first named on a tie). Possessives (``Ukrainas president``), capitals and
    demonym adjectives do not count: they tell where, not whose story it is.

    Examples:
        >>> ge = Mention(0, 1, "Georgia", GPE, None, "GE", surface="Georgia")
        >>> _government_of({0: ge, 5: ge._replace(first=5, last=6)}, "NO")
        'GE'
        >>> _government_of({0: ge}, "NO")
        'NO'
    """
    counts: Counter[str] = Counter()
    for k in sorted(taken):
        m = taken[k]
        if m.kind != GPE or not m.code or m.possessive or m.weak:
            continue
        if m.surface.casefold() in capitals:
            continue
        counts[m.code] += 1
    if home is None or counts[home]:
        return home
    best = next(iter(counts.most_common(1)), None)
    if best is None or best[1] < 2:
        return home
    return best[0]


def _credit_tokens(ctx: Context, tokens: Sequence[Token], index: TokenIndex) -> frozenset[int]:
    """Tokens of photo credits (``Foto: Alex Brandon / AFP``): names there take no part."""
    cues = credit_cues(ctx.pack)
    out: set[int] = set()
    doc = ctx.doc
    for i in index.where(index.forms & cues):
        if i + 1 < len(tokens) and tokens[i + 1].text in {":", "/"}:
            end = doc.sentences[doc.sentence_index(tokens[i].start)].end
            k = i + 2
            while k < len(tokens) and tokens[k].start < end:
                out.add(k)
                k += 1
    return frozenset(out)


@functools.cache
def credit_cues(pack: LanguagePack) -> frozenset[str]:
    """The pack's photo-credit cues (``foto``), case-folded.

    Examples:
        >>> from newsevents.languages import get_pack
        >>> "foto" in credit_cues(get_pack("nb"))
        True
    """
    return frozenset(str(w).casefold() for w in pack.data("reading").get("credit_cues", ()))


def _runs(
    tokens: Sequence[Token],
    named: list[int],
    name_texts: set[str],
    covered: set[int],
    lex: EventLexicon,
    *,
    lowers: Sequence[str],
    sentence_starts: frozenset[int],
    lower_words: Collection[str],
    capital_words: set[str],
    skip_before: int,
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    never, never_first = lex.never_names, lex.never_first_names
    for k in named:
        if k < i:
            continue  # inside a run already taken
        i = k
        tok = tokens[i]
        if tok.start < skip_before:  # named tokens are uncovered name texts
            continue
        low = lowers[i]
        drop = low in never
        if not drop and i in sentence_starts:
            drop = (
                low in never_first
                or tok.text.lower() in lower_words
                or lex.noun_type(low) is not None
            )
        if drop:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and j not in covered
            and tokens[j].text in name_texts
            and tokens[j].start == tokens[j - 1].end + 1
            and lowers[j] not in lex.function_words
            and not _territory_possessive(tokens[j - 1].text, lex)
        ):
            j += 1
        if j < n and "-" in tokens[j].text and tokens[j].text[:1].isupper():
            i = j  # "Ny Start-avtalen": part of a compound's name
            continue
        if (
            j == i + 1
            and i in sentence_starts
            and tok.text not in capital_words
            and lex.territory(tok.text) is None
        ):
            i = j  # a capitalised first word never seen inside a sentence: not a name
            continue
        out.append((i, j))
        i = j
    return out


def _territory_possessive(text: str, lex: EventLexicon) -> bool:
    """``USAs``, ``Kinas``: a country in the genitive, which ends a name run."""
    low = text.casefold()
    return (
        low not in lex.territories
        and low not in lex.capitals
        and unpossessed(text) is not None
        and lex.territory(text) is not None
    )


def _from_run(
    text: str,
    tokens: Sequence[Token],
    a: int,
    b: int,
    *,
    lex: EventLexicon,
    capital_words: set[str],
    full_names: dict[str, str],
) -> Mention | None:
    surface = text[tokens[a].start : tokens[b - 1].end]
    apostrophe = b < len(tokens) and tokens[b].text in _APOSTROPHES
    code = lex.territory(surface)
    if code is not None:
        base = unpossessed(surface)
        possessive = apostrophe or (
            base is not None
            and surface.casefold() not in lex.territories
            and surface.casefold() not in lex.capitals
        )
        name = lex.territory_names.get(code, surface)
        return Mention(a, b, name, GPE, None, code, possessive, surface=surface)
    name = surface
    possessive = apostrophe
    base = unpossessed(surface)
    if base is not None and not apostrophe and base.rsplit(" ", 1)[-1] in capital_words:
        name, possessive = base, True
    last = name.rsplit(" ", 1)[-1]
    if b - a == 1 and last in full_names:
        name = full_names[last]
    kind = PERSON if " " in name else OTHER
    if surface.isupper() and b - a == 1:
        kind = ORG
    return Mention(a, b, name, kind, None, None, possessive, surface=surface)


def _resolve_anaphors(
    tokens: Sequence[Token],
    index: TokenIndex,
    mentions: list[Mention],
    lex: EventLexicon,
    skip_before: int,
) -> list[Mention]:
    by_first = {m.first: m for m in mentions}
    anaphoric, lowers = lex.anaphor_words, index.lowers
    points = sorted({m.first for m in mentions}.union(index.where(index.forms & anaphoric)))
    out: list[Mention] = []
    people: list[Mention] = []
    places: list[Mention] = []
    bodies: list[Mention] = []
    towns: list[Mention] = []
    town_counts: Counter[str] = Counter()
    i = 0
    for k in points:
        if k < i:
            continue  # inside a mention or a pair phrase already read
        i = k
        m = by_first.get(i)
        if m is not None:
            out.append(m)
            if m.kind in (PERSON, OTHER) and not m.weak:
                people.append(m)
            elif m.kind == GPE and not m.weak:
                places.append(m)
                if m.code is None and m.entity is not None:
                    towns.append(m)
                    town_counts[m.name] += 1
            if (
                m.kind == ORG
                and not m.anaphor
                and (m.first == 0 or tokens[m.first - 1].text != "(")
            ):
                bodies.append(m)  # not a party in brackets: "Jonas Attenius (S)"
            i = m.last
            continue
        tok = tokens[i]
        low = lowers[i]
        if tok.start < skip_before:
            continue
        if low in lex.person_pronouns and people:
            ref = next((m for m in reversed(people[-4:]) if m.kind == PERSON), people[-1])
            out.append(_anaphor(ref, i, i + 1, tok.text))
        elif low in lex.gpe_anaphors and places:
            out.append(_anaphor(places[-1], i, i + 1, tok.text))
        elif low in lex.organisation_anaphors and bodies:
            # "teatret": the organisation named last, one called so first ("Det Norske Teatret")
            stem = low[:-2] if len(low) > 5 else low
            recent = bodies[-_ANAPHOR_REACH:]
            ref = next((m for m in reversed(recent) if stem in m.name.casefold()), bodies[-1])
            out.append(_anaphor(ref, i, i + 1, tok.text))
        elif low in lex.municipality_anaphors and towns:
            # "kommunen": the town named most often so far (the story's), the latest of equals
            recent = towns[-_ANAPHOR_REACH:]
            ref = max(reversed(recent), key=lambda m: town_counts[m.name])
            out.append(_anaphor(ref, i, i + 1, tok.text))
        elif low in lex.party_anaphors and bodies:
            # "partene": the two organisations named last (a union and its counterpart), or
            # the last one and the town it bargains with
            refs = _last_distinct(bodies, 2)
            if len(refs) < 2 and towns:
                refs = [*refs, *_last_distinct(towns, 1)]
            if len(refs) == 2:
                out.extend(_anaphor(ref, i, i + 1, tok.text) for ref in refs)
        else:
            end = _pair_end(index, i, lex)
            if end:
                pool = places if lowers[end - 1] in lex.gpe_plural_nouns else people
                refs = _last_distinct(pool, 2)
                if refs:
                    out.extend(_anaphor(ref, i, end, "") for ref in refs)
                    i = end
    return out


def _pair_end(index: TokenIndex, i: int, lex: EventLexicon) -> int:
    """End of ``de to lederne`` (a pair determiner and a lower-case noun) at ``i``, or 0."""
    lowers = index.lowers
    n = len(lowers)
    for phrase in lex.pair_determiners.get(lowers[i], ()):
        end = i + len(phrase)
        if (
            end < n
            and lowers[i:end] == phrase
            and index.texts[end][:1].islower()
            and index.is_word[end]
        ):
            return end + 1
    return 0


def _anaphor(ref: Mention, first: int, last: int, surface: str) -> Mention:
    return ref._replace(first=first, last=last, anaphor=True, possessive=False, surface=surface)


def _last_distinct(pool: list[Mention], count: int) -> list[Mention]:
    seen: set[str] = set()
    out: list[Mention] = []
    for m in reversed(pool):
        key = m.code or m.name.rsplit(" ", 1)[-1]
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
        if len(out) == count:
            break
    return out
