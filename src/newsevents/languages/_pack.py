"""Language packs: lexicons as data, CLDR parts through babel."""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["LanguagePack", "common_data"]


@attrs.frozen
class LanguagePack:
    """Everything language-specific the extractors need, as data.

    A pack's lexicons are JSON files, one per layer (``reading``, ``time``, ``entities``,
    ``attribution``, ``events``), in the folder ``<package>/<code>/`` of an importable package;
    calendar names and territory names come from CLDR through babel's ``locale``. A downstream
    project adds a language by shipping such a folder and registering the pack under the
    entry-point group ``newsevents.languages``.

    Examples:
        >>> from newsevents.languages import get_pack
        >>> nb = get_pack("nb")
        >>> nb.locale, "abbreviations" in nb.data("reading")
        ('nb_NO', True)
    """

    code: str
    """BCP 47 tag: ``nb``, ``nn``, ``da``, ``sv``, ``en``."""
    name: str
    locale: str
    """The babel/CLDR locale whose calendar and territory names the pack uses."""
    package: str = "newsevents.languages.data"
    """The importable package holding the ``<code>/<layer>.json`` files."""
    fallback: str | None = None
    """Another pack whose data fill what this one lacks (Nynorsk falls back on Bokmål)."""

    def data(self, layer: str) -> Mapping[str, Any]:
        """The lexicons of one layer (an empty mapping where the pack has none).

        Examples:
            >>> from newsevents.languages import get_pack
            >>> "abbreviations" in get_pack("da").data("reading")
            True
        """
        own = _load(self.package, self.code, layer)
        if self.fallback is None:
            return own
        from newsevents.languages._registry import get_pack

        return _merge(get_pack(self.fallback).data(layer), own)


def _merge(base: Mapping[str, Any], own: Mapping[str, Any]) -> Mapping[str, Any]:
    """``own`` over ``base``: keys ``own`` lacks come from ``base``."""
    return {**base, **own}


def common_data(layer: str, package: str = "newsevents.languages.data") -> Mapping[str, Any]:
    """Data shared by every language (``<package>/common/<layer>.json``): gazetteers, outlets.

    Examples:
        >>> isinstance(common_data("no-such-layer"), dict)
        True
    """
    return _load(package, "common", layer)


@functools.cache
def _load(package: str, code: str, layer: str) -> Mapping[str, Any]:
    try:
        resource = importlib.resources.files(package).joinpath(code, f"{layer}.json")
        raw = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return {}
    data = json.loads(raw)
    if not isinstance(data, dict):
        msg = f"{package}/{code}/{layer}.json must hold a JSON object"
        raise TypeError(msg)
    return data
