"""Reading: bytes or text to a `Document` of header date, blocks, sentences and tokens.

Everything here keeps offsets into the text exactly as given: nothing is normalised away.
Blocks are classified with the ``reading`` lexicons of every installed language pack (page
furniture is multilingual in practice), before the article's language is known.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import functools
import operator
import re
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple, cast

import attrs

from newsevents._errors import ParseError
from newsevents.languages import available_languages, get_pack
from newsevents.model import Block, BlockKind, PartialDate, Span

__all__ = [
    "Document",
    "Sentence",
    "Token",
    "decode",
    "parse_header",
    "read",
]

# A word: letters/digits joined by single inner hyphens, apostrophes, dots or colons
# ("Kreml-talsmann", "100.000", "f.eks", "USA:s"); anything else is a one-character token.
# The joiners are disjoint from \w, so the pattern cannot backtrack.
_TOKEN = re.compile(r"\w+(?:[-'’.:]\w+)*|\S")
# The same as a splitting group: ``split`` then gives the white space before each token and
# the token, in turn, as plain strings (no match object nor tuple per token), and their
# lengths give the offsets.
_TOKEN_SPLIT = re.compile(r"(\w+(?:[-'’.:]\w+)*|\S)")
_SECOND = operator.itemgetter(1)
_FIRST = operator.itemgetter(0)
_THIRD = operator.itemgetter(2)
_LINE_TEXT = re.compile(r"[^\r\n]+")
_HEADER = re.compile(r"\A\ufeff?[ \t\u00a0]*date[ \t\u00a0]+(\S*)[ \t\u00a0]*", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf¡-ÿ]|â€|Â[\u00a0-\u00bf]")
_SENT_END = frozenset(".!?…")
# a clock time or a numeric date: what a publication stamp holds
_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")
_CLOSERS = frozenset("»”\"')’]")
_OPENERS = frozenset("«»“”\"'(‘–—-−")
_DASHES = frozenset("–—-−")
_FURNITURE = frozenset({BlockKind.HEADER, BlockKind.BOILERPLATE})
_GALLERY = re.compile(r"\d+ (?:av|af|of|av totalt) \d+", re.IGNORECASE)
# A dateline opening a story: "BEIJING (VG):", "OSLO (NTB) –", "NEW YORK (AP)".
_DATELINE = re.compile(
    r"[A-ZÆØÅÄÖÉÜ][A-ZÆØÅÄÖÉÜ.\-]*(?: [A-ZÆØÅÄÖÉÜ][A-ZÆØÅÄÖÉÜ.\-]*){0,3} ?"
    r"\([A-Za-zÆØÅæøåÄÖäö0-9/ ]{2,16}\)(?: ?[:–—-])?"
)


class Token(NamedTuple):
    """A word, number or punctuation mark, with offsets into the input.

    A named tuple rather than an attrs class: documents hold hundreds of thousands of them and
    a tuple is built several times faster.

    Examples:
        >>> Token(0, 6, "Bidens").lower
        'bidens'
    """

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """The text, case-folded."""
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        """Whether the token holds a letter."""
        return self.text.isalpha() or any(c.isalpha() for c in self.text)

    @property
    def is_capitalized(self) -> bool:
        """Whether the token starts with an upper-case letter."""
        return self.text[:1].isupper()


@attrs.frozen
class Sentence:
    """A sentence inside one block.

    Examples:
        >>> Sentence(0, 4, "Hei.", 0).block
        0
    """

    start: int
    end: int
    text: str
    block: int
    """Index into `Document.blocks`."""


@attrs.frozen
class Document:
    """The read article: text, header date, blocks, sentences and tokens.

    ``content[i]`` is the text of ``blocks[i]`` without its surrounding white space.

    Examples:
        >>> doc = read(" date 2022-01 Blinken møtte Lavrov.\\n\\nDe snakket i to timer.")
        >>> doc.date.value, [s.text for s in doc.sentences]
        ('2022-01', ['Blinken møtte Lavrov.', 'De snakket i to timer.'])
        >>> doc.lowered[:3], doc.token_range(14, 35)
        (('blinken', 'møtte', 'lavrov'), range(0, 4))
    """

    text: str
    date: PartialDate | None
    header: Span | None
    blocks: tuple[Block, ...]
    content: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    warnings: tuple[str, ...] = ()
    token_texts: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)
    """The text of every token: ``token_texts[i] == tokens[i].text`` (one column, shared by
    the layers)."""
    lowered: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)
    """The case-folded text of every token: ``lowered[i] == tokens[i].lower``."""
    _token_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _token_ends: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _sentence_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _block_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    @token_texts.default
    def _token_texts_default(self) -> tuple[str, ...]:
        return tuple(map(_THIRD, self.tokens))

    @lowered.default
    def _lowered_default(self) -> tuple[str, ...]:
        return tuple(map(str.casefold, self.token_texts))

    @_token_starts.default
    def _token_starts_default(self) -> tuple[int, ...]:
        return tuple(map(_FIRST, self.tokens))

    @_token_ends.default
    def _token_ends_default(self) -> tuple[int, ...]:
        return tuple(map(_SECOND, self.tokens))

    @_sentence_starts.default
    def _sentence_starts_default(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @_block_starts.default
    def _block_starts_default(self) -> tuple[int, ...]:
        return tuple(b.start for b in self.blocks)

    @property
    def headline(self) -> str | None:
        """The text of the headline block, if the article has one."""
        for b, c in zip(self.blocks, self.content, strict=True):
            if b.kind is BlockKind.HEADLINE:
                return c.text
        return None

    @property
    def token_starts(self) -> tuple[int, ...]:
        """The start offset of every token, in order (for bisection)."""
        return self._token_starts

    @property
    def token_ends(self) -> tuple[int, ...]:
        """The end offset of every token, in order (for bisection)."""
        return self._token_ends

    def span(self, start: int, end: int) -> Span:
        """The `Span` of ``text[start:end]``."""
        return Span(start, end, self.text[start:end])

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens lying wholly inside ``[start, end)``."""
        lo = bisect.bisect_left(self._token_starts, start)
        return range(lo, bisect.bisect_right(self._token_ends, end, lo))

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens lying wholly inside ``[start, end)``."""
        r = self.token_range(start, end)
        return self.tokens[r.start : r.stop]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the last one starting before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def block_index(self, offset: int) -> int:
        """Index of the block holding ``offset``."""
        return max(0, bisect.bisect_right(self._block_starts, offset) - 1)


# ---------- decoding --------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    Double-encoded UTF-8 (``Ã¸`` for ``ø``) is repaired. Returns the text and warnings.

    Raises:
        ParseError: the bytes are not text (binary data).

    Examples:
        >>> decode("Tromsø".encode("cp1252"))
        ('Tromsø', ('decoded as cp1252: not valid UTF-8',))
        >>> decode("Tromsø".encode("utf-8").decode("latin-1").encode("utf-8"))[0]
        'Tromsø'
    """
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise ParseError(
                "bad UTF-16 after a UTF-16 byte order mark", position=exc.start
            ) from None
    if data.count(0) > max(1, len(data) // 100):
        pos = data.index(0)
        raise ParseError("binary data, not text (NUL bytes)", position=pos)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            warnings.append("decoded as cp1252: not valid UTF-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            warnings.append("decoded as latin-1: not valid UTF-8")
    controls = sum(1 for c in text[:4096] if c < " " and c not in "\t\n\r\f")
    if controls > max(8, len(text[:4096]) // 20):
        raise ParseError("binary data, not text (control characters)", position=0)
    repaired = _repair_mojibake(text)
    if repaired != text:
        warnings.append("repaired double-encoded UTF-8 (mojibake such as 'Ã¸' for 'ø')")
        text = repaired
    return text, tuple(warnings)


def _repair_mojibake(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        try:
            fixed = text.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return text
    return fixed if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)) else text


def has_mojibake(text: str) -> bool:
    """Whether ``text`` shows signs of double-encoded UTF-8."""
    return bool(_MOJIBAKE.search(text))


# ---------- header ------------------------------------------------------------------------------


def parse_header(
    text: str, *, strict: bool = False
) -> tuple[PartialDate | None, Span | None, str | None]:
    """Read the `` date YYYY[-MM[-DD]] `` header.

    Returns the date, the header's span (including the white space after it) and a warning.

    Raises:
        ParseError: in strict mode, a header whose value is not a date, or no header.

    Examples:
        >>> d, span, warning = parse_header(" date 2022-11 Det opplyser ...")
        >>> d.value, span.text, warning
        ('2022-11', ' date 2022-11 ', None)
    """
    m = _HEADER.match(text)
    if m is None:
        if strict:
            raise ParseError("no ' date YYYY-MM ' header", text=text, position=0)
        return None, None, "no ' date YYYY-MM ' header: the article is undated"
    raw = m.group(1)
    span = Span(0, m.end(), text[: m.end()])
    iso = _ISO.fullmatch(raw)
    date = _to_date(iso) if iso else None
    if date is None:
        if strict:
            raise ParseError(
                f"header date {raw[:40]!r} is not a date", text=text, position=m.start(1)
            )
        return None, span, f"header date {raw[:40]!r} is not a date: the article is undated"
    return date, span, None


def _to_date(m: re.Match[str]) -> PartialDate | None:
    year = int(m[1])
    try:
        if m[3]:
            return PartialDate.day(dt.date(year, int(m[2]), int(m[3])))
        if m[2]:
            month = int(m[2])
            return PartialDate.month(year, month) if 1 <= month <= 12 else None
        return PartialDate.year(year) if year >= 1 else None
    except ValueError:
        return None


# ---------- lexicons ----------------------------------------------------------------------------


@attrs.frozen
class _ReadingLexicon:
    abbreviations: frozenset[str]
    boilerplate_lines: frozenset[str]
    boilerplate_prefixes: tuple[str, ...]
    stamp_words: frozenset[str]
    credit_cues: frozenset[str]
    byline_cues: frozenset[str]
    byline_joiners: frozenset[str]
    ago_words: frozenset[str]
    related_lines: frozenset[str]
    """Lines that announce a link to another article ("Les også"): the short title line after
    one is that link, not the article's text."""
    head_words: int
    """How many leading words decide whether a block is a boilerplate line or starts with a
    boilerplate prefix (a block with more words is no such line)."""


@functools.cache
def _lexicon(codes: tuple[str, ...]) -> _ReadingLexicon:
    def union(key: str) -> set[str]:
        out: set[str] = set()
        for code in codes:
            out.update(w.casefold() for w in get_pack(code).data("reading").get(key, ()))
        return out

    lines = union("boilerplate_lines")
    prefixes = union("boilerplate_prefixes")
    longest = max((len(p.split()) for p in lines | prefixes), default=0)
    return _ReadingLexicon(
        abbreviations=frozenset(union("abbreviations")),
        boilerplate_lines=frozenset(lines),
        boilerplate_prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        stamp_words=frozenset(union("relative_stamp_words")),
        credit_cues=frozenset(union("credit_cues")),
        byline_cues=frozenset(union("byline_cues")),
        byline_joiners=frozenset(union("byline_joiners")),
        ago_words=frozenset(union("ago_words")),
        related_lines=frozenset(union("related_link_lines")),
        head_words=max(6, longest + 2),
    )


# ---------- blocks ------------------------------------------------------------------------------

_TEASER_TOKENS = 24
"""At most this many tokens make a linked article's title after a "Les også" line."""


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(tokens: list[Token]) -> list[Token]:
    """Words and numbers (tokens that start with a letter or digit)."""
    return list(compress(tokens, map(str.isalnum, map(_FIRST, map(_THIRD, tokens)))))


def classify_block(
    content: str,
    tokens: list[Token],
    lex: _ReadingLexicon,
    words: list[Token] | None = None,
) -> BlockKind:
    """The kind of a block from its text alone (headline and story are decided later).

    ``words`` are ``_words(tokens)`` when the caller has them already.
    """
    if len(tokens) > 60:  # page furniture, headings and credits are short
        if _credit_position(content, tokens, lex) > 0 or _has_caps_label(content):
            return BlockKind.CAPTION
        return BlockKind.PARAGRAPH
    if words is None:
        words = _words(tokens)
    if not words:
        return BlockKind.BOILERPLATE
    # the white-space-normalised, case-folded text, of the first words only when the block
    # has more words than any boilerplate line or prefix (it can then only match a prefix)
    parts = content.split(None, lex.head_words)
    if len(parts) > lex.head_words:
        if " ".join(parts[:-1]).casefold().startswith(lex.boilerplate_prefixes):
            return BlockKind.BOILERPLATE
    else:
        low = " ".join(parts).casefold()
        if low in lex.boilerplate_lines or low.rstrip(":") in lex.boilerplate_lines:
            return BlockKind.BOILERPLATE
        if low.startswith(lex.boilerplate_prefixes) or _GALLERY.fullmatch(low):
            return BlockKind.BOILERPLATE
    if len(content) < 60 and _DATELINE.fullmatch(content):
        return BlockKind.BOILERPLATE
    if (
        len(words) <= 5
        and all(w.lower in lex.stamp_words or w.text[:1].isdigit() for w in words)
        and any(w.text[:1].isdigit() or w.lower in lex.ago_words for w in words)
    ):
        return BlockKind.BOILERPLATE
    if _is_stamp(content, words):
        return BlockKind.BOILERPLATE
    first = words[0].lower
    if (
        first in lex.byline_cues
        and 2 <= len(words) <= 8
        and all(w.is_capitalized or w.lower in lex.byline_joiners for w in words[1:])
        and words[-1].is_capitalized
        and sum(w.lower in lex.byline_joiners for w in words) <= 2
        and (len(words) <= 5 or any(w.lower in lex.byline_joiners for w in words))
    ):
        return BlockKind.BOILERPLATE
    if len(words) <= 2 and content.isupper() and content.replace(" ", "").isalpha():
        return BlockKind.BOILERPLATE  # a section label such as "SPORT", "HELSE"
    credit_at = _credit_position(content, tokens, lex)
    if credit_at == 0:
        return BlockKind.CREDIT
    if credit_at > 0 or _has_caps_label(content):
        return BlockKind.CAPTION
    if _is_heading(content, words):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _is_stamp(content: str, words: list[Token]) -> bool:
    """A date or time line: "26. okt. 2022 kl. 07.02", "Kultur | 21.11.2019"."""
    if len(words) > 6 or content.rstrip()[-1:] in ".!?":
        return False
    numbers = [w.text for w in words if w.text[:1].isdigit()]
    return len(words) - len(numbers) <= min(2, len(numbers)) and any(
        _STAMP.fullmatch(n) for n in numbers
    )


def _credit_position(content: str, tokens: list[Token], lex: _ReadingLexicon) -> int:
    """Index of a ``Foto:``-style credit cue among the tokens (of ``content``), or -1."""
    if ":" not in content and "/" not in content:
        return -1
    for i in range(len(tokens) - 1):
        if tokens[i + 1].text in {":", "/"} and tokens[i].lower in lex.credit_cues:
            return i
    return -1


def _has_caps_label(content: str) -> bool:
    """A caption's upper-case lead-in: ``ANKOMMER: ...``, ``VÆR HILSET: ...``."""
    label, colon, rest = content[:60].partition(":")
    if not colon or not label.isupper():  # cheap necessary conditions first
        return False
    letters = [c for c in label if c.isalpha()]
    return (
        bool(colon and rest.strip())
        and len(letters) >= 4
        and all(c.isupper() for c in letters)
        and all(c.isalpha() or c in " -" for c in label)
        and len(label.split()) <= 4
    )


def _is_heading(content: str, words: list[Token]) -> bool:
    tail = content.rstrip("»«”“\"')’ ")
    if not tail or tail[-1] in ".!?…:;,":
        return False
    return len(words) <= 14 and (
        content[:1].isupper() or content[:1] in _DASHES or content[:1].isdigit()
    )


# ---------- sentences -------------------------------------------------------------------------


def _sentences(
    text: str,
    tokens: list[Token],
    first: int,
    stop: int,
    *,
    enders: list[int],
    block: int,
    lex: _ReadingLexicon,
) -> list[Sentence]:
    """The sentences of the block holding ``tokens[first:stop]``.

    ``enders`` are the indices (into ``tokens``) of the block's ``.!?…`` tokens: only there
    can a sentence end, so the other tokens are never looked at.
    """
    out: list[Sentence] = []
    if first >= stop:
        return out
    begin = first
    last_i = stop - 1
    for i in enders:
        if i >= last_i:
            continue
        j = i + 1
        while j < stop and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
            j += 1
        if j >= stop:
            continue
        nxt = tokens[j].text
        if not (nxt[:1].isupper() or nxt in _OPENERS):
            continue
        tok = tokens[i]
        if tok.text == "." and i > first and tokens[i - 1].end == tok.start:
            prev = tokens[i - 1].text
            if prev.casefold() in lex.abbreviations or (len(prev) == 1 and prev.isupper()):
                continue
        a, b = tokens[begin].start, tokens[j - 1].end
        out.append(Sentence(a, b, text[a:b], block))
        begin = j
    a, b = tokens[begin].start, tokens[last_i].end
    out.append(Sentence(a, b, text[a:b], block))
    return out


def _tokenize(text: str, pos: int) -> tuple[list[Token], list[int], list[int], list[str]]:
    """The tokens of ``text[pos:]``, with their start and end offsets and texts as plain
    lists."""
    # gap, token, gap, token, ..., gap (the last one empty: the text is cut after its last
    # non-space character)
    parts = _TOKEN_SPLIT.split(text[pos : len(text.rstrip())])
    # running sum of their lengths: token starts and ends
    cum = list(accumulate(map(len, parts), initial=pos))
    starts = cum[1:-1:2]
    ends = cum[2::2]
    texts = parts[1::2]
    make = cast("type[tuple[object, ...]]", tuple).__new__
    tokens = cast(
        "list[Token]",
        list(map(make, repeat(Token), zip(starts, ends, texts, strict=True))),
    )
    return tokens, starts, ends, texts


# ---------- read ----------------------------------------------------------------------------------


def read(
    source: str | bytes,
    *,
    date: PartialDate | None = None,
    strict: bool = False,
) -> Document:
    """Read an article into a `Document`.

    Args:
        source: the article, `` date YYYY-MM `` header first; bytes are decoded (see `decode`).
        date: a date that overrides the header's.
        strict: raise `ParseError` on a missing or malformed header instead of warning.

    Examples:
        >>> doc = read(" date 2022-01 Møtet varte i to timer.")
        >>> [b.kind.value for b in doc.blocks]
        ['header', 'paragraph']
    """
    warnings: list[str] = []
    if isinstance(source, bytes):
        text, decoded_warnings = decode(source)
        warnings.extend(decoded_warnings)
    else:
        text = source
        if has_mojibake(text):
            warnings.append(
                "the text looks double-encoded (e.g. 'Ã¸' for 'ø'); pass bytes to have it repaired"
            )
    header_date, header, warning = parse_header(text, strict=strict)
    if warning:
        warnings.append(warning)
    lex = _lexicon(available_languages())
    body_start = header.end if header else 0

    contents: list[tuple[int, int]] = []
    datelines: set[int] = set()
    for m in _LINE_TEXT.finditer(text, body_start):  # the lines that are not empty
        line = m.group()
        kept = line.strip()
        if not kept:
            continue
        s = m.start() + line.index(kept[0])
        e = s + len(kept)
        d = _DATELINE.match(text, s, min(e, s + 60))
        rest = _strip_span(text, d.end(), e)[0] if d else e
        if d and rest < e:
            datelines.add(s)
            contents.append((s, d.end()))
            s = rest
        contents.append((s, e))

    all_tokens, starts, ends, texts = _tokenize(text, body_start)
    # the tokens that may end a sentence: ".!?…" (such a character is a token of its own)
    enders = list(compress(count(), map(_SENT_END.__contains__, texts)))
    # which tokens are words or numbers (start with a letter or digit), once for all blocks
    alnum = list(map(str.isalnum, map(_FIRST, texts)))
    blocks: list[Block] = []
    spans: list[Span] = []
    sentences: list[Sentence] = []
    if header is not None:
        header_end = contents[0][0] if contents else len(text)
        blocks.append(Block(0, header_end, text[:header_end], BlockKind.HEADER))
        spans.append(header)
    tok_i = 0
    end_i = 0
    story = 0
    seen_paragraph = False
    has_headline = False
    only_furniture = True  # whether every block so far is the header or boilerplate
    after_related = False  # whether the block before announced a link ("Les også")
    for k, (s, e) in enumerate(contents):
        block_start = 0 if (k == 0 and header is None) else s
        block_end = contents[k + 1][0] if k + 1 < len(contents) else len(text)
        first_tok = bisect.bisect_left(starts, s, tok_i)
        tok_i = bisect.bisect_right(ends, e, first_tok)
        block_tokens = all_tokens[first_tok:tok_i]
        block_words = list(compress(block_tokens, alnum[first_tok:tok_i]))
        content = text[s:e]
        if s in datelines:
            kind = BlockKind.BOILERPLATE
        else:
            kind = classify_block(content, block_tokens, lex, block_words)
            if (
                after_related
                and kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
                and len(block_tokens) <= _TEASER_TOKENS
                and content[-1] not in ".!?"
            ):
                kind = BlockKind.BOILERPLATE  # the title of the linked article
        after_related = content.casefold().rstrip(":").strip() in lex.related_lines
        if (
            kind is BlockKind.CAPTION
            and only_furniture
            and _credit_position(content, block_tokens, lex) < 0
            and _is_heading(content, block_words)
        ):
            kind = BlockKind.HEADING  # a label opening the article: "DIREKT: Snökaos i Skåne"
        if kind is BlockKind.HEADING:
            if not seen_paragraph and not has_headline:
                kind = BlockKind.HEADLINE
            elif seen_paragraph and len(block_words) >= 7 and text[s] not in _DASHES:
                story += 1
        if kind is BlockKind.PARAGRAPH:
            seen_paragraph = True
        has_headline = has_headline or kind is BlockKind.HEADLINE
        only_furniture = only_furniture and kind is BlockKind.BOILERPLATE
        index = len(blocks)
        blocks.append(Block(block_start, block_end, text[block_start:block_end], kind, story))
        spans.append(Span(s, e, content))
        end_lo = bisect.bisect_left(enders, first_tok, end_i)
        end_i = bisect.bisect_left(enders, tok_i, end_lo)
        sentences.extend(
            _sentences(
                text,
                all_tokens,
                first_tok,
                tok_i,
                enders=enders[end_lo:end_i],
                block=index,
                lex=lex,
            )
        )

    if not contents:
        if header is None:
            blocks.append(Block(0, len(text), text, BlockKind.BOILERPLATE))
            spans.append(Span(0, 0, ""))
        if not text.strip() or header is not None:
            warnings.append("the article has no text")

    return Document(
        text=text,
        date=date if date is not None else header_date,
        header=header,
        blocks=tuple(blocks),
        content=tuple(spans),
        sentences=tuple(sentences),
        tokens=tuple(all_tokens),
        warnings=tuple(warnings),
    )
