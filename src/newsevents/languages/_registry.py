"""Finding language packs: the built-in ones and those registered through entry points."""

from __future__ import annotations

import functools
from importlib.metadata import entry_points

from newsevents._errors import UnknownLanguageError
from newsevents.languages._pack import LanguagePack

__all__ = ["BOKMAL", "DANISH", "ENGLISH", "NYNORSK", "SWEDISH", "available_languages", "get_pack"]

BOKMAL = LanguagePack("nb", "Norwegian Bokmål", "nb_NO")
NYNORSK = LanguagePack("nn", "Norwegian Nynorsk", "nn_NO", fallback="nb")
DANISH = LanguagePack("da", "Danish", "da_DK")
SWEDISH = LanguagePack("sv", "Swedish", "sv_SE")
ENGLISH = LanguagePack("en", "English", "en_GB")

_BUILTIN = {p.code: p for p in (BOKMAL, NYNORSK, DANISH, SWEDISH, ENGLISH)}
_ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "dan": "da", "swe": "sv", "eng": "en"}


@functools.cache
def _packs() -> dict[str, LanguagePack]:
    packs = dict(_BUILTIN)
    for ep in entry_points(group="newsevents.languages"):
        try:
            pack = ep.load()
        except Exception:
            continue
        if isinstance(pack, LanguagePack):
            packs.setdefault(pack.code, pack)
    return packs


def available_languages() -> tuple[str, ...]:
    """The codes of every installed language pack, sorted.

    Examples:
        >>> {"nb", "nn", "da", "sv", "en"} <= set(available_languages())
        True
    """
    return tuple(sorted(_packs()))


def get_pack(code: str) -> LanguagePack:
    """The language pack for a BCP 47 tag (``nb``, ``nb-NO``, ``no``, ``da_DK`` ...).

    Raises:
        UnknownLanguageError: no installed pack serves the tag.

    Examples:
        >>> get_pack("nb-NO").code
        'nb'
    """
    key = code.replace("_", "-").split("-")[0].lower()
    key = _ALIASES.get(key, key)
    pack = _packs().get(key)
    if pack is None:
        msg = f"no language pack for {code!r}; installed: {', '.join(available_languages())}"
        raise UnknownLanguageError(msg)
    return pack
