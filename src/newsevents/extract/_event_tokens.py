"""Tokens with their case-folded form computed once, for the many look-ups of the events layer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsevents.reading import Token

__all__ = ["Tok", "fast_tokens"]


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


def fast_tokens(tokens: Sequence[Token]) -> tuple[Tok, ...]:
    """The tokens of a document with their folded forms.

    Examples:
        >>> [t.is_word for t in fast_tokens([Token(0, 1, "."), Token(2, 5, "Hei")])]
        [False, True]
    """
    make = Tok._make
    search = _LETTER.search
    return tuple(
        [make((s, e, x, x.casefold(), x.isalpha() or search(x) is not None)) for s, e, x in tokens]
    )
