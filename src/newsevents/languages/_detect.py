"""Language identification among the installed packs, from function words alone."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from newsevents.languages._registry import available_languages, get_pack

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+")


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
    codes = tuple(sorted(candidates or available_languages()))
    weights = _weights(codes)
    scores = dict.fromkeys(codes, 0.0)
    # only the listed words count: filter them out in C, then add up per distinct word
    # (in order of first appearance, as the sums are of floats)
    listed = filter(weights.__contains__, _WORD.findall(text[:20000].casefold()))
    for word, n in Counter(listed).items():
        for code, x in weights[word].items():
            scores[code] += x * n
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0] != default, kv[0]))
    if ranked[0][1] == 0.0:
        return (default if default in scores else codes[0], 0.0)
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return best, round((top - second) / top, 3)
