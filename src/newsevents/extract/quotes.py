"""The quotes layer: direct, indirect and partial quotes with their speakers.

Direct quotes are dash-led paragraphs (``– ..., sa Lavrov.``), text in quote marks
(«» »« ”” “” ""), and quoting headlines (``Russlands utenriksminister: – Ikke redd``);
indirect quotes are the clause after a speech verb (``X sier at ...``, ``siger, at``,
``säger att``), a postposed attribution (``..., opplyser Det hvite hus``), a back-reference
(``Det opplyser X.``) or ``Ifølge X, ...``; partial quotes are quoted words inside a sentence.
Speakers are resolved to canonical names (see ``docs/quotes.md``).
"""

from __future__ import annotations

from newsevents.extract._attribution import analyse
from newsevents.extract._context import Context
from newsevents.model import Quote

__all__ = ["extract_quotes"]


def extract_quotes(ctx: Context) -> tuple[Quote, ...]:
    """Find the quotes of the document, each with its speaker, cue and relaying source.

    Examples:
        >>> from newsevents.reading import read
        >>> from newsevents.languages import get_pack
        >>> doc = read(" date 2022-01 – Vi er ikke redde, sa Lavrov.")
        >>> quotes = extract_quotes(Context(doc, get_pack("nb")))
        >>> for q in quotes:
        ...     print(q.text, "|", q.kind.value, "|", q.speaker.name)
        Vi er ikke redde | direct | Lavrov
    """
    return analyse(ctx).quotes
