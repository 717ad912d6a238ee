"""The sources layer: whom the article attributes information to.

Outlets and agencies (``ifølge Reuters``, ``skriver VG``, photo credits ``Foto: Alex Brandon /
AFP``), governments and institutions (``opplyser Det hvite hus``, ``en uttalelse fra Kreml``),
anonymous sources with their descriptor (``fire kilder med kjennskap til samtalene``),
spokespersons, and relay chains (``sier kilder i Det hvite hus til Washington Post``: the
anonymous sources come *via* the newspaper). See ``docs/quotes.md``.
"""

from __future__ import annotations

from newsevents.extract._attribution import analyse
from newsevents.extract._context import Context
from newsevents.model import Source

__all__ = ["extract_sources"]


def extract_sources(ctx: Context) -> tuple[Source, ...]:
    """Find the sources of the document.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> doc = read(" date 2022-11 Samtalene fortsetter, sier kilder i Pentagon til CNN.")
        >>> for s in extract_sources(Context(doc, get_pack("nb"))):
        ...     print(s.name, "|", s.kind.value)
        CNN | broadcaster
        kilder i Pentagon | anonymous
    """
    return analyse(ctx).sources
