"""Language identification among the installed packs, from function words alone."""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import compress

from newsevents.languages._registry import available_languages, get_pack

__all__ = ["DETECT_CHARS", "detect_language", "detect_tokens"]

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\w+(?:[-'’.:]\w+)*|\S")
"""The reader's token pattern (`newsevents.reading`), which this module cannot import."""
DETECT_CHARS = 20000
"""How much of a text (its first characters) language identification reads."""


@functools.cache
def _weights(codes: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per word, a weight for each language: 1/k for a word that k packs list."""
    lists: dict[str, set[str]] = {}
    for code in codes:
        data = get_pack(code).data("reading")
        words = set(data.get("function_words", ())) | set(data.get("distinctive", ()))
        lists[code] = {w.casefold() for w in words}
    owners: dict[str, list[str]] = {}
    for code, words in lists.items():
        for w in words:
            owners.setdefault(w, []).append(code)
    return {w: {c: 1.0 / len(cs) for c in cs} for w, cs in owners.items()}


@functools.cache
def _letters(codes: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per letter sequence of a pack's ``letters`` profile (``ä``, ``ø``, ``øj``), a weight
    for each language: 1/k for a sequence that k packs list."""
    owners: dict[str, list[str]] = {}
    for code in codes:
        for seq in get_pack(code).data("reading").get("letters", ()):
            owners.setdefault(str(seq).casefold(), []).append(code)
    return {s: {c: 1.0 / len(cs) for c in cs} for s, cs in owners.items()}


_LETTER_WEIGHT = 1e-3
"""Letters only break a tie of the function words: far below one word's weight."""


def detect_language(
    text: str, candidates: Iterable[str] | None = None, *, default: str = "nb"
) -> tuple[str, float]:
    """Guess the language of ``text`` and say how sure the guess is (0 to 1).

    Function words weigh by how few packs list them, so ``ikkje`` speaks for Nynorsk, ``af``
    for Danish and ``och`` for Swedish, while ``og`` counts a little for each.

    Examples:
        >>> detect_language("Han sier at det ikke ble noe gjennombrudd på møtet.")[0]
        'nb'
        >>> detect_language("Hun siger, at der ikke blev noget gennembrud efter mødet.")[0]
        'da'
    """
    # the reader's tokens, case-folded one by one: the same words `detect_tokens` sees
    tokens = list(map(str.casefold, _TOKEN.findall(text[:DETECT_CHARS])))
    return detect_tokens(tokens, candidates, default=default)


def detect_tokens(
    tokens: Sequence[str], candidates: Iterable[str] | None = None, *, default: str = "nb"
) -> tuple[str, float]:
    """`detect_language` for a text given as its case-folded reader tokens.

    The same guess as `detect_language` on the text the tokens cut (when it is at most
    `DETECT_CHARS` long), without a second pass over the text: a token of letters is a word
    as it stands, and only the others ("Kreml-talsmann", "USA:s") are cut further.

    Examples:
        >>> from newsevents.reading import read
        >>> detect_tokens(read("Hon sa att mötet var bra.").lowered)[0]
        'sv'
    """
    codes = tuple(sorted(candidates or available_languages()))
    weights = _weights(codes)
    letters = list(map(str.isalpha, tokens))
    others = " ".join(compress(tokens, map(operator.not_, letters)))
    words: Iterable[str]
    if any(map(weights.__contains__, _WORD.findall(others))):
        # a listed word inside a longer token: keep every word in text order
        words = [x for w in tokens for x in ((w,) if w.isalpha() else _WORD.findall(w))]
    else:
        words = compress(tokens, letters)
    return _rank(Counter(filter(weights.__contains__, words)), codes, weights, default, tokens)


def _rank(
    counts: Counter[str],
    codes: tuple[str, ...],
    weights: dict[str, dict[str, float]],
    default: str,
    tokens: Sequence[str] = (),
) -> tuple[str, float]:
    """The best language and the confidence, from the counts of the listed words; when the
    best two tie, the letters of the tokens (``højt`` is Danish, ``höjt`` Swedish) decide.

    The counts are added up per distinct word in order of first appearance, as the sums
    are of floats.
    """
    scores = dict.fromkeys(codes, 0.0)
    for word, n in counts.items():
        for code, x in weights[word].items():
            scores[code] += x * n
    top2 = sorted(scores.values(), reverse=True)[:2]
    if len(top2) == 2 and top2[0] == top2[1] and tokens:
        letters = _letters(codes)
        if letters:
            for tok in dict.fromkeys(tokens):
                for seq, owners in letters.items():
                    if seq in tok:
                        for code, x in owners.items():
                            scores[code] += _LETTER_WEIGHT * x
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0] != default, kv[0]))
    if ranked[0][1] == 0.0:
        return (default if default in scores else codes[0], 0.0)
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return best, round((top - second) / top, 3)
