"""Hypothesis strategies and helpers shared by the tests."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import strategies as st

import newsevents

WORDS = (
    "sa",
    "sier",
    "opplyser",
    "ifølge",
    "at",
    "ikke",
    "det",
    "og",
    "i",
    "på",
    "fredag",
    "mandag",
    "neste",
    "uke",
    "i",
    "fjor",
    "januar",
    "24.",
    "Blinken",
    "Lavrov",
    "Russland",
    "USA",
    "Genève",
    "Kreml",
    "Det",
    "hvite",
    "hus",
    "Reuters",
    "NTB",
    "møtte",
    "møtet",
    "krever",
    "siger",
    "oplyser",
    "efter",
    "siden",
    "säger",
    "enligt",
    "att",
    "och",
    "inte",
    "seier",
    "ikkje",
    "frå",
    "Foto:",
    "/",
    "«»",
    "“",
    "”",
    "–",
    "-",
    "klokken",
    "kl.",
    "14.30",
    "100.000",
    "tre",
    "timer",
    "to",
    "uker",
    "for",
    "få",
    "dager",
    "siden",
    "dagen",
    "etter",
    ".",
    ",",
    ":",
    "?",
    "!",
)

_word = st.sampled_from(WORDS) | st.text(
    alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8
)
_sentence = st.lists(_word, min_size=1, max_size=25).map(" ".join)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(". ".join)
_sep = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r", "\n \n", "\n\n\n"])
_header = st.sampled_from(
    [
        " date 2022-11 ",
        " date 2022-01 ",
        " date 2021 ",
        " date 2022-01-21 ",
        "date 2020-02\n",
        "",
        " date 2022-13 ",
        " date x ",
    ]
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Article-like text: a header (sometimes a bad one or none) and paragraphs."""
    paras = draw(st.lists(_paragraph, min_size=0, max_size=6))
    text = draw(_header)
    for p in paras:
        text += p + draw(_sep)
    return text


any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
"""Arbitrary text, header or not."""


def spans(article: newsevents.Article) -> Iterator[tuple[str, int, int, str]]:
    """Every (what, start, end, text) an article claims to hold."""
    for b in article.blocks:
        yield "block", b.start, b.end, b.text
    for q in article.quotes:
        yield "quote", q.start, q.end, q.text
        if q.cue is not None:
            yield "quote.cue", q.cue.start, q.cue.end, q.cue.text
        sp = q.speaker
        if sp is not None and sp.start is not None and sp.end is not None and sp.text is not None:
            yield "quote.speaker", sp.start, sp.end, sp.text
    for s in article.sources:
        yield "source", s.start, s.end, s.text
        if s.cue is not None:
            yield "source.cue", s.cue.start, s.cue.end, s.cue.text
    for t in article.timexes:
        yield "timex", t.start, t.end, t.text
    for e in article.events:
        yield "event", e.start, e.end, e.text
        if e.trigger is not None:
            yield "event.trigger", e.trigger.start, e.trigger.end, e.trigger.text
    for n in article.entities:
        for m in n.mentions:
            yield "entity.mention", m.start, m.end, m.text
