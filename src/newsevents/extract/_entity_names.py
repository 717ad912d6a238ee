"""Name keys for within-article coreference: folding, transliteration and typo tolerance.

Russian and Ukrainian names reach Scandinavian news through several romanisations
(Sergej/Sergei, Narysjkin/Naryshkin, Zelenskij/Zelenskyj); reporters also mistype
(Anotny) and vary (Anthony/Antony). `fold` maps such spellings towards one key and
`similar` accepts what is left within a small edit distance.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["acronym_of", "fold", "one_edit_folded", "similar", "similar_folded"]

# Romanisation variants, longest first: Scandinavian (sj, zj, tsj, kh) and English forms
# (sh, zh, ch) meet in one spelling; i/y/j before or after a vowel collapse to y.
_TRANSLIT = (
    ("sjtsj", "shch"),
    ("tsj", "ch"),
    ("sj", "sh"),
    ("zj", "zh"),
    ("kh", "h"),
    ("ij", "y"),
    ("yj", "y"),
    ("iy", "y"),
    ("yy", "y"),
    ("ii", "y"),
    ("j", "y"),
    ("w", "v"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
)


@functools.lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A spelling-insensitive key: case, accents and romanisation variants folded.

    Examples:
        >>> fold("Narysjkin") == fold("Naryshkin"), fold("Zelenskij") == fold("Zelenskyj")
        (True, True)
        >>> fold("Sergej"), fold("Erdoğan")
        ('sergey', 'erdogan')
    """
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d")
    for a, b in _TRANSLIT:
        if a in s:
            s = s.replace(a, b)
    return s


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (edits with adjacent transpositions), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def similar(a: str, b: str) -> bool:
    """Whether two name words are spellings of one name (romanisation, small typos).

    Short words must fold to the same key; longer ones may differ by one edit
    (two from nine letters on), and must share their first letter.

    Examples:
        >>> similar("Anotny", "Antony"), similar("Anthony", "Antony"), similar("Sergei", "Sergej")
        (True, True, True)
        >>> similar("Biden", "Bidet"), similar("Joe", "Jon")
        (False, False)
    """
    return similar_folded(fold(a), fold(b))


def similar_folded(fa: str, fb: str) -> bool:
    """`similar` for words already passed through `fold`.

    Examples:
        >>> similar_folded("naryshkin", "narishkin")
        True
    """
    if fa == fb:
        return True
    if not fa or not fb or fa[0] != fb[0]:
        return False
    shorter = min(len(fa), len(fb))
    if shorter < 6:
        return False
    limit = 2 if shorter >= 9 else 1
    if abs(len(fa) - len(fb)) > limit or len(set(fa) ^ set(fb)) > 2 * limit:
        return False  # each edit changes the set of letters by at most two
    return _distance(fa, fb, limit) <= limit


def one_edit_folded(fa: str, fb: str) -> bool:
    """Two folded words of five letters or more, same first letter, at most one edit apart.

    Looser than `similar_folded` (which wants six letters for one edit): use it only where
    other evidence agrees, such as the other words of a full name.

    Examples:
        >>> one_edit_folded("haugue", "hauge"), one_edit_folded("berg", "borg")
        (True, False)
    """
    if min(len(fa), len(fb)) < 5 or fa[0] != fb[0] or abs(len(fa) - len(fb)) > 1:
        return False
    if len(set(fa) ^ set(fb)) > 2:
        return False  # one edit changes the set of letters by at most two
    return _distance(fa, fb, 1) <= 1


def acronym_of(words: tuple[str, ...]) -> str:
    """The initials of the capitalised words of a name (``Institute for the Study of War``: ISW).

    Examples:
        >>> acronym_of(("Institute", "for", "the", "Study", "of", "War"))
        'ISW'
    """
    return "".join(w[0] for w in words if w[:1].isupper())
