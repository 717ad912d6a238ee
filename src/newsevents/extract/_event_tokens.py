"""Tokens with their case-folded form computed once, for the many look-ups of the events layer."""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from newsevents.reading import Document, Token

__all__ = ["Tok", "TokenIndex", "fast_tokens"]


class Tok(NamedTuple):
    """A token whose ``lower`` and ``is_word`` are fields, not computed on each access.

    Examples:
        >>> fast_tokens([Token(0, 6, "Bidens")])[0].lower
        'bidens'
    """

    start: int
    end: int
    text: str
    lower: str
    is_word: bool


_LETTER = re.compile(r"[^\W\d_]")


def fast_tokens(tokens: Sequence[Token], lowered: Sequence[str] | None = None) -> tuple[Tok, ...]:
    """The tokens of a document with their folded forms.

    Args:
        tokens: the document's tokens.
        lowered: their case-folded texts when already known (`Document.lowered`).

    Examples:
        >>> [t.is_word for t in fast_tokens([Token(0, 1, "."), Token(2, 5, "Hei")])]
        [False, True]
    """
    return _columns(tokens, lowered)[0]


def _columns(
    tokens: Sequence[Token], lowered: Sequence[str] | None
) -> tuple[tuple[Tok, ...], list[str], Sequence[str], list[bool]]:
    """The tokens with their folded forms, and the columns of texts, forms and word flags."""
    texts = list(map(_TEXT, tokens))
    lowers = list(map(str.casefold, texts)) if lowered is None else lowered
    search = _LETTER.search
    words = list(map(str.isalpha, texts))
    # only the tokens not all letters ("100.000", "F-16", ",") are searched for a letter
    for k in itertools.compress(itertools.count(), map(operator.not_, words)):
        words[k] = search(texts[k]) is not None
    starts, ends = map(_START, tokens), map(_END, tokens)
    # tuple.__new__ mapped straight over the rows builds the named tuples in C
    rows = zip(starts, ends, texts, lowers, words, strict=True)
    return tuple(map(tuple.__new__, _TOK, rows)), texts, lowers, words


_TOK = itertools.repeat(Tok)
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)
_TEXT = operator.itemgetter(2)
_LOWER = operator.itemgetter(3)
_WORD = operator.itemgetter(4)


class TokenIndex:
    """Per-document look-up tables over the tokens, built once: offsets and word counts.

    Examples:
        >>> idx = TokenIndex(fast_tokens([Token(0, 3, "Hei"), Token(3, 4, ","), Token(5, 8, "du")]))
        >>> idx.token_range(0, 4), idx.words(1, 2), idx.words(0, 3)
        (range(0, 2), 0, 2)
    """

    __slots__ = (
        "_capitalised",
        "_positions",
        "ends",
        "forms",
        "lowers",
        "starts",
        "text_counts",
        "texts",
        "tokens",
        "word_counts",
    )

    def __init__(
        self,
        tokens: tuple[Tok, ...],
        starts: Sequence[int] | None = None,
        *,
        columns: tuple[Sequence[str], Sequence[str], Sequence[bool]] | None = None,
    ) -> None:
        self.tokens = tokens
        self.starts: Sequence[int] = list(map(_START, tokens)) if starts is None else starts
        self.ends: Sequence[int] = list(map(_END, tokens))
        if columns is None:
            columns = list(map(_TEXT, tokens)), list(map(_LOWER, tokens)), list(map(_WORD, tokens))
        self.texts: Sequence[str] = columns[0]
        lowers = columns[1]
        self.lowers: Sequence[str] = lowers
        words = columns[2]
        self.forms = frozenset(lowers)
        """The distinct folded forms: what a rule looks up once per document, not per token."""
        self.text_counts = collections.Counter(self.texts)
        self.word_counts: Sequence[int] = [0, *itertools.accumulate(words)]
        """How many tokens before each index hold a letter (a running count)."""
        self._positions: dict[str, list[int]] = {}
        self._capitalised: tuple[set[str], set[str]] | None = None

    @classmethod
    def of(cls, doc: Document) -> TokenIndex:
        """The index of a read document, its tokens built with the document's folded forms.

        Examples:
            >>> from newsevents.reading import read
            >>> TokenIndex.of(read(" date 2022-01 Hei, du.")).tokens[0].lower
            'hei'
        """
        tokens, texts, lowers, words = _columns(doc.tokens, doc.lowered)
        return cls(tokens, doc.token_starts, columns=(texts, lowers, words))

    def capitalised(self) -> tuple[set[str], set[str]]:
        """The distinct texts opening with a capital, and those with the ones opening with a
        digit (names such as ``3F``); computed once."""
        if self._capitalised is None:
            texts = self.text_counts
            upper = {t for t in texts if t[:1].isupper()}
            self._capitalised = upper, upper.union([t for t in texts if t[:1].isdigit()])
        return self._capitalised

    def prefetch(self, *groups: Collection[str]) -> None:
        """Find the positions of many forms in one pass, for the `where` calls that follow."""
        positions = self._positions
        wanted: set[str] = set()
        for forms in groups:
            wanted.update(self.forms.intersection(forms))
        wanted.difference_update(positions)
        if not wanted:
            return
        for low in wanted:
            positions[low] = []
        lowers = self.lowers
        # the scan over every token runs in C; Python sees only the hits
        for k in itertools.compress(itertools.count(), map(wanted.__contains__, lowers)):
            positions[lowers[k]].append(k)

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens lying wholly inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        return range(lo, max(lo, bisect.bisect_right(self.ends, end)))

    def where(self, forms: Collection[str]) -> list[int]:
        """Indices of the tokens whose folded form is one of ``forms``, in order."""
        wanted = self.forms.intersection(forms)
        if not wanted:
            return []
        self.prefetch(wanted)
        positions = self._positions
        found = [k for low in wanted for k in positions[low]]
        found.sort()
        return found

    def where_text(self, texts: Collection[str]) -> list[int]:
        """Indices of the tokens whose exact text is one of ``texts``, in order."""
        lows = {x.casefold() for x in texts}
        return [k for k in self.where(lows) if self.texts[k] in texts]

    def words(self, lo: int, hi: int) -> int:
        """How many of the tokens ``lo``..``hi`` (exclusive) hold a letter."""
        count: int = self.word_counts[hi] - self.word_counts[lo]
        return count
