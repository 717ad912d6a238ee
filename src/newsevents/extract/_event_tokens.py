"""Per-document columns over the tokens (folded forms, word flags, offsets), built once for
the many look-ups of the events layer."""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
from collections.abc import Collection, Sequence

from newsevents.reading import Document, Token

__all__ = ["TokenIndex", "word_flags"]


_LETTER = re.compile(r"[^\W\d_]")


def word_flags(texts: Sequence[str]) -> list[bool]:
    """Whether each token text holds a letter.

    Examples:
        >>> word_flags([".", "Hei", "F-16", "100"])
        [False, True, True, False]
    """
    search = _LETTER.search
    words = list(map(str.isalpha, texts))
    # only the tokens not all letters ("100.000", "F-16", ",") are searched for a letter
    for k in itertools.compress(itertools.count(), map(operator.not_, words)):
        words[k] = search(texts[k]) is not None
    return words


_START = operator.itemgetter(0)
_END = operator.itemgetter(1)
_TEXT = operator.itemgetter(2)
_FIRST_CHAR = operator.itemgetter(slice(None, 1))


class TokenIndex:
    """Per-document look-up tables over the tokens, built once: folded forms, word flags,
    offsets and word counts, as columns indexed like the tokens.

    Examples:
        >>> idx = TokenIndex([Token(0, 3, "Hei"), Token(3, 4, ","), Token(5, 8, "du")])
        >>> idx.lowers[0], idx.token_range(0, 4), idx.words(1, 2), idx.words(0, 3)
        ('hei', range(0, 2), 0, 2)
    """

    __slots__ = (
        "_capitalised",
        "_positions",
        "ends",
        "forms",
        "is_word",
        "lowers",
        "starts",
        "text_counts",
        "texts",
        "tokens",
        "word_counts",
    )

    def __init__(
        self,
        tokens: Sequence[Token],
        starts: Sequence[int] | None = None,
        lowered: tuple[str, ...] | None = None,
    ) -> None:
        self.tokens = tokens
        self.starts: Sequence[int] = list(map(_START, tokens)) if starts is None else starts
        self.ends: Sequence[int] = list(map(_END, tokens))
        texts = list(map(_TEXT, tokens))
        self.texts: Sequence[str] = texts
        lowers = tuple(map(str.casefold, texts)) if lowered is None else lowered
        self.lowers: tuple[str, ...] = lowers
        """The case-folded text of every token (a tuple: a slice compares with a phrase)."""
        words = word_flags(texts)
        self.is_word: Sequence[bool] = words
        """Whether each token holds a letter."""
        self.forms = frozenset(lowers)
        """The distinct folded forms: what a rule looks up once per document, not per token."""
        self.text_counts = collections.Counter(texts)
        self.word_counts: Sequence[int] = [0, *itertools.accumulate(words)]
        """How many tokens before each index hold a letter (a running count)."""
        self._positions: dict[str, list[int]] = {}
        self._capitalised: tuple[set[str], set[str]] | None = None

    @classmethod
    def of(cls, doc: Document) -> TokenIndex:
        """The index of a read document, with the document's folded forms.

        Examples:
            >>> from newsevents.reading import read
            >>> TokenIndex.of(read(" date 2022-01 Hei, du.")).lowers[0]
            'hei'
        """
        return cls(doc.tokens, doc.token_starts, doc.lowered)

    def capitalised(self) -> tuple[set[str], set[str]]:
        """The distinct texts opening with a capital, and those with the ones opening with a
        digit (names such as ``3F``); computed once."""
        if self._capitalised is None:
            texts = tuple(self.text_counts)
            firsts = list(map(_FIRST_CHAR, texts))
            upper = set(itertools.compress(texts, map(str.isupper, firsts)))
            self._capitalised = (
                upper,
                upper.union(itertools.compress(texts, map(str.isdigit, firsts))),
            )
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
