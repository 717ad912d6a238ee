"""The time lexicon of a language: CLDR names through babel plus the pack's ``time`` data."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs
from babel import Locale

from newsevents.languages import LanguagePack, get_pack

__all__ = ["PhraseTable", "TimeLexicon", "lexicon", "phrase_tokens"]

_TOKEN = re.compile(r"\w+(?:[-'’.:]\w+)*|\S")
_UNIT_KEYS = {
    "duration-second": "S",
    "duration-minute": "MIN",
    "duration-hour": "H",
    "duration-day": "D",
    "duration-week": "W",
    "duration-month": "M",
    "duration-year": "Y",
    "duration-decade": "DE",
    "duration-century": "CE",
}


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Cut a lexicon phrase into tokens the way the reader cuts text.

    Examples:
        >>> phrase_tokens("Kl. 10")
        ('kl', '.', '10')
    """
    return tuple(m.group().casefold() for m in _TOKEN.finditer(phrase))


@attrs.frozen
class PhraseTable:
    """Multi-word phrases looked up by their first token, longest first.

    Examples:
        >>> t = PhraseTable.build({"i dag": 0, "i går": -1})
        >>> t.match(["i", "går", "kveld"], 0)
        (-1, 2)
    """

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], Any], ...]]

    @classmethod
    def build(cls, phrases: Mapping[str, Any]) -> PhraseTable:
        """A table from a mapping phrase -> payload."""
        table: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in phrases.items():
            toks = phrase_tokens(phrase)
            if toks:
                table.setdefault(toks[0], []).append((toks, payload))
        return cls({k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()})

    def match(self, low: list[str], i: int, stop: int | None = None) -> tuple[Any, int] | None:
        """The payload and end index of the longest phrase starting at ``low[i]``."""
        if i >= len(low):
            return None
        entries = self.by_first.get(low[i])
        if not entries:
            return None
        end = len(low) if stop is None else stop
        for toks, payload in entries:
            n = len(toks)
            if n == 1:
                return payload, i + 1
            if i + n <= end and tuple(low[i + 1 : i + n]) == toks[1:]:
                return payload, i + n
        return None

    def __contains__(self, first: object) -> bool:
        return first in self.by_first


def _table(data: Mapping[str, Any], key: str) -> PhraseTable:
    raw = data.get(key, {})
    if isinstance(raw, list):
        raw = dict.fromkeys(raw, True)
    return PhraseTable.build(raw)


@attrs.frozen
class TimeLexicon:
    """Everything the time layer needs to know about one language.

    Examples:
        >>> from newsevents.languages import get_pack
        >>> lex = lexicon(get_pack("sv"))
        >>> lex.months["januari"], lex.weekdays["fredag"], lex.units["veckor"]
        (1, 4, 'W')
    """

    months: Mapping[str, int]
    full_months: frozenset[str]
    weekdays: Mapping[str, int]
    weekday_suffixes: Mapping[str, str]
    units: Mapping[str, str]
    calendar_units: Mapping[str, str]
    numbers: Mapping[str, float | None]
    number_joiner: str
    amount_units: Mapping[str, str]
    vague_unit_words: Mapping[str, str | None]
    seasons: Mapping[str, str]
    holidays: Mapping[str, tuple[str, tuple[int, int], tuple[int, int], str | None]]
    """Holiday names: rule (``easter`` or ``fixed``), first and last (month, day) or days, and
    the direction the form gives (``past`` for Swedish "julas"), if any."""
    parts_of_day: Mapping[str, str]
    pod_modifiers: frozenset[str]
    """Words that may stand between a day and its part ("sen" in "tirsdag sen aften")."""
    week_words: frozenset[str]
    date_determiners: frozenset[str]
    month_prepositions: frozenset[str]
    year_prepositions: frozenset[str]
    year_blockers: frozenset[str]
    function_words: frozenset[str]
    decade_suffixes: frozenset[str]
    age_decade_suffixes: frozenset[str]
    """Suffixes that after two digits give an age (\"i 40-årene\"), not a decade."""
    hour_suffixes: tuple[str, ...]
    word_flags: Mapping[str, int]
    """Per word: 1 if it may open an expression (`triggers`), 2 if it carries time
    (`content`), 3 if both."""
    rate_phrases: PhraseTable
    """Per-unit phrases ("i året", "om måneden"): a recurrence after an amount or a count."""
    times_words: frozenset[str]
    """Words counting occurrences ("ganger", "gånger")."""
    ordinals: Mapping[str, int]
    """Ordinal words ("andre": 2) for quarters of the year."""
    quarter_words: frozenset[str]
    """Words for a quarter of the year ("kvartal")."""
    half_year_words: frozenset[str]
    """Words for a half of the year ("halvår")."""
    duration_heads: frozenset[str]
    """Words a duration, recurrence or stretch ends on: units, weekdays, parts of day."""
    set_words: Mapping[str, str]
    """One-word recurrences ("dagligt", "dagligen"): their unit."""
    range_words: frozenset[str]
    """Words joining the two ends of a range of numbers ("fire til seks uker")."""
    and_words: frozenset[str]
    """Words joining the parts of one duration ("to år og seks måneder")."""
    genitive_units: frozenset[str]
    """Unit words in the genitive ("års", "ukers"): a measure ("fem års fengsel")."""
    clock_half: frozenset[str]
    """The word for half an hour before the hour named ("halv ti": 9.30)."""
    clock_quarter: frozenset[str]
    """The word for a quarter of an hour ("kvart over ti")."""
    clock_past: frozenset[str]
    """Words for minutes past an hour ("over", "över")."""
    clock_to: frozenset[str]
    """Words for minutes to an hour ("på", "i")."""
    named_hours: Mapping[str, int]
    """Words that name an hour of the day ("midnatt")."""
    stamp_words: frozenset[str]
    """Words after which a bare "16.05" is a clock time ("oppdatert", "publisert")."""
    ordinal_suffixes: tuple[str, ...]
    capitalised_months: bool
    day_month_order: frozenset[str]
    past_cues: frozenset[str]
    future_cues: frozenset[str]
    present_cues: frozenset[str]
    past_suffixes: tuple[str, ...]
    """Endings that mark a past-tense verb (Danish -ede, Swedish -ade) on words of 6+ letters."""
    perfect_auxiliaries: frozenset[str]
    """Auxiliaries of a perfect formed with "be" ("er", "e"): with a participle after them
    ("er steget", "er kommet") the clause tells of the past."""
    participles: frozenset[str]
    """Participles that make a perfect after a `perfect_auxiliaries` word."""
    tense_words: Mapping[str, str]
    """Each word that ends a clause or tells its tense, and what it is: ``break``, ``past``,
    ``future``, ``present``, ``auxiliary`` or ``participle`` (one look-up per token)."""
    since_words: frozenset[str]
    """Words before a month, date, season or holiday that place it in the past ("siden
    april", "sedan i våras")."""
    shift_after: Mapping[str, int]
    shift_after_final: Mapping[str, int]
    relative_days: PhraseTable
    anchored_days: PhraseTable
    relative_calendar: PhraseTable
    relative_modifiers: PhraseTable
    weekday_prefixes: PhraseTable
    night_to: PhraseTable
    night_between: PhraseTable
    """Phrases before two days the night between them falls ("natten mellom")."""
    span_prefixes: PhraseTable
    season_phrases: PhraseTable
    period_parts: PhraseTable
    clock_words: PhraseTable
    hour_prefixes: PhraseTable
    approximators: PhraseTable
    duration_prefixes: PhraseTable
    span_determiners: PhraseTable
    ago_before: PhraseTable
    ago_after: PhraseTable
    future_before: PhraseTable
    set_quantifiers: PhraseTable
    vague_quantities: PhraseTable
    number_phrases: PhraseTable
    within_prefixes: PhraseTable
    vague_phrases: PhraseTable
    """Set phrases for a stretch of time the text leaves open ("inom kort": ``PXD``)."""
    streak_phrases: PhraseTable
    """Phrases after an ordinal and a unit that make a run up to now ("for tredje dag i
    træk")."""
    age_words: frozenset[str]
    age_verbs: frozenset[str]
    """Verbs before an amount of years that ends its clause: an age ("er 45 år.")."""
    birthday_verbs: frozenset[str]
    """Verbs before an amount of years that is always an age ("fyller 50 år")."""
    conjunctions: frozenset[str]
    joiners: frozenset[str]
    """Words that may stand between a day and its time of day (\"fredag på kvelden\")."""
    comparison_words: frozenset[str]
    clause_words: frozenset[str]
    triggers: frozenset[str]
    """First tokens that may open an expression (besides numbers)."""
    content: frozenset[str]
    """Words that carry time themselves (a lead-in such as "i" or "de siste" needs one)."""
    starters: Mapping[str, frozenset[str]]
    """For each family of expressions, the words that may open one (digits aside)."""
    weekday_pods: Mapping[str, tuple[int, str]]
    """One-word weekday and part of day ("fredagskvelden"): weekday and TIMEX3 part of day."""
    weekday_forms: Mapping[str, tuple[int, str | None]]
    """Weekday names and their inflected forms: weekday (0 = Monday) and the form's mode."""


def _with_included(pack: LanguagePack) -> dict[str, Any]:
    """The pack's ``time`` data, with the words of the packs it ``include``s added.

    A Bokmål article may be read with the Nynorsk pack and the other way round (and news
    Nynorsk mixes in Bokmål forms), so each names the other: lists and tables are united,
    the pack's own entries winning.
    """
    own = dict(pack.data("time"))
    for code in own.get("include", ()):
        other = get_pack(code).data("time")
        for key, value in other.items():
            mine = own.get(key)
            if isinstance(value, dict) and isinstance(mine, dict):
                own[key] = {**value, **mine}
            elif isinstance(value, list) and isinstance(mine, list):
                own[key] = list(dict.fromkeys([*mine, *value]))
            elif key not in own and key != "include":
                own[key] = value
    return own


def _cldr_names(
    loc: Locale,
    months: dict[str, int],
    full_months: set[str],
    weekdays: dict[str, int],
    units: dict[str, str],
) -> None:
    """Month and weekday names and the one/other forms of time units, from CLDR."""
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for num, name in loc.months[ctx][width].items():
                months[name.casefold().rstrip(".")] = int(num)
        full_months.update(n.casefold() for n in loc.months[ctx]["wide"].values())
        for num, name in loc.days[ctx]["wide"].items():
            weekdays[name.casefold()] = int(num)
    patterns = loc._data["unit_patterns"]
    for key, code in _UNIT_KEYS.items():
        forms = patterns.get(key, {}).get("long", {})
        for plural, pattern in forms.items():
            if plural == "per" or "{0}" not in pattern:
                continue
            word = pattern.replace("{0}", "").strip().replace("\xa0", " ")
            if word and " " not in word:
                units[word.casefold()] = code


def _holiday(spec: Any) -> tuple[str, tuple[int, int], tuple[int, int], str | None]:
    """``["easter", -3, 1]`` (days from Easter Sunday) or ``["fixed", "12-24", "12-26"]``,
    with a direction after them for forms that give one (``["fixed", "12-24", "12-26",
    "past"]``)."""
    rule = str(spec[0])
    mode = str(spec[3]) if len(spec) > 3 else None
    if rule == "easter":
        return rule, (0, int(spec[1])), (0, int(spec[2])), mode
    a = tuple(int(x) for x in str(spec[1]).split("-"))
    b = tuple(int(x) for x in str(spec[2]).split("-"))
    return "fixed", (a[0], a[1]), (b[0], b[1]), mode


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in data.get(key, ()))


def _tense_words(data: Mapping[str, Any]) -> dict[str, str]:
    """Clause words and tense cues in one table, the first kind listed winning."""
    out: dict[str, str] = {}
    for key, kind in (
        ("clause_words", "break"),
        ("past_cues", "past"),
        ("future_cues", "future"),
        ("present_cues", "present"),
        ("perfect_auxiliaries", "auxiliary"),
        ("participles", "participle"),
    ):
        for word in _words(data, key):
            out.setdefault(word, kind)
    return out


@functools.cache
def lexicon(pack: LanguagePack) -> TimeLexicon:
    """The time lexicon of a language pack (cached: packs are immutable).

    Examples:
        >>> from newsevents.languages import get_pack
        >>> lexicon(get_pack("nb")).months["mars"]
        3
    """
    data = _with_included(pack)
    locales = [Locale.parse(pack.locale)]
    for code in data.get("include", ()):
        locales.append(Locale.parse(get_pack(code).locale))
    months: dict[str, int] = {}
    full_months: set[str] = set()
    weekdays: dict[str, int] = {}
    units: dict[str, str] = {}
    for loc in locales:
        _cldr_names(loc, months, full_months, weekdays, units)
    for name, num in data.get("months_extra", {}).items():
        months[name.casefold()] = int(num)
    for name, num in data.get("weekdays_extra", {}).items():
        weekdays[name.casefold()] = int(num)
    for word, code in data.get("units_extra", {}).items():
        units[word.casefold()] = code
    numbers: dict[str, float | None] = {k.casefold(): v for k, v in data.get("numbers", {}).items()}
    joiner = str(data.get("number_joiner", ""))
    small = {w: v for w, v in numbers.items() if v is not None and 0 < v < 10}
    tens = {w: v for w, v in numbers.items() if v is not None and 20 <= v < 100 and not v % 10}
    compounds: dict[str, float | None] = {}
    for tw, tv in tens.items():
        for uw, uv in small.items():
            assert tv is not None and uv is not None
            if joiner:
                compounds.setdefault(f"{uw}{joiner}{tw}", tv + uv)
            else:
                compounds.setdefault(f"{tw}{uw}", tv + uv)
    numbers = {**compounds, **numbers}
    tables = {
        key: _table(data, key)
        for key in (
            "relative_days",
            "anchored_days",
            "relative_calendar",
            "relative_modifiers",
            "weekday_prefixes",
            "night_to",
            "night_between",
            "span_prefixes",
            "season_phrases",
            "period_parts",
            "clock_words",
            "hour_prefixes",
            "approximators",
            "duration_prefixes",
            "span_determiners",
            "ago_before",
            "ago_after",
            "future_before",
            "set_quantifiers",
            "vague_quantities",
            "number_phrases",
            "within_prefixes",
            "rate_phrases",
            "streak_phrases",
            "vague_phrases",
        )
    }
    seasons = {k.casefold(): v for k, v in data.get("seasons", {}).items()}
    holidays = {k.casefold(): _holiday(v) for k, v in data.get("holidays", {}).items()}
    calendar_units = {k.casefold(): v for k, v in data.get("calendar_units", {}).items()}
    weekday_suffixes = {k.casefold(): v for k, v in data.get("weekday_suffixes", {}).items()}
    weekday_forms: dict[str, tuple[int, str | None]] = {}
    for name, num in weekdays.items():
        for suffix, mode in weekday_suffixes.items():
            weekday_forms.setdefault(name + suffix, (num, mode))
    for name, num in weekdays.items():
        weekday_forms[name] = (num, None)
    # one-word weekday and part of day: "fredagskvelden", "torsdagskvällen", "mandagmorgen"
    weekday_pods: dict[str, tuple[int, str]] = {}
    for name, num in weekdays.items():
        for pod_word, pod in data.get("parts_of_day", {}).items():
            for glue in ("", "s"):
                weekday_pods.setdefault(f"{name}{glue}{pod_word.casefold()}", (num, pod))
    triggers_pods = set(weekday_pods)
    triggers: set[str] = set(months) | set(weekday_forms) | set(seasons) | set(numbers)
    triggers |= set(holidays) | triggers_pods
    for table in tables.values():
        triggers.update(table.by_first)
    triggers.update(w.casefold() for w in data.get("amount_units", {}))
    triggers.update(w.casefold() for w in data.get("vague_unit_words", {}))
    triggers.update(_words(data, "date_determiners"))
    triggers.update(_words(data, "week_words"))
    hour_words = {
        w + suffix.casefold()
        for w, v in numbers.items()
        if v is not None and 0 < v <= 24 and float(v).is_integer()
        for suffix in data.get("hour_suffixes", ())
    }
    triggers |= hour_words
    named_hours = {k.casefold() for k in data.get("named_hours", {})}
    triggers |= named_hours | _words(data, "clock_quarter")
    set_words = {k.casefold(): str(v) for k, v in data.get("set_words", {}).items()}
    triggers |= set(set_words)
    ordinals = {k.casefold(): int(v) for k, v in data.get("ordinals", {}).items()}
    triggers |= set(ordinals)
    content: set[str] = (
        set(hour_words) | set(months) | set(weekday_forms) | set(seasons) | set(units)
    )
    content |= (
        set(holidays) | set(calendar_units) | {k.casefold() for k in data.get("parts_of_day", {})}
    )
    content |= {k.casefold() for k in data.get("amount_units", {})}
    content |= {k.casefold() for k in data.get("vague_unit_words", {})}
    content |= _words(data, "week_words") | triggers_pods | named_hours | set(set_words)
    content |= _words(data, "clock_quarter")
    content |= _words(data, "quarter_words") | _words(data, "half_year_words")
    # "klokken sju": the number after a clock word is a word, so the clock word carries time
    content |= {toks[0] for toks in map(phrase_tokens, data.get("clock_words", ())) if toks}
    lead_ins = {w.casefold() for w in pack.data("reading").get("function_words", ())} | {
        "-",
        ".",
        ",",
    }
    for key in (
        "span_prefixes",
        "period_parts",
        "approximators",
        "duration_prefixes",
        "span_determiners",
        "ago_before",
        "future_before",
        "within_prefixes",
        "weekday_prefixes",
        "relative_modifiers",
        "set_quantifiers",
        "clock_words",
        "hour_prefixes",
    ):
        for table_entries in tables[key].by_first.values():
            for toks, _payload in table_entries:
                lead_ins.update(toks)
    # "om kort tid", "inden længe": the first word after the lead-in carries time ("tid", a
    # common word, need not)
    for table_entries in tables["vague_phrases"].by_first.values():
        for toks, _payload in table_entries:
            own = [t for t in toks if t not in lead_ins]
            content.update(own[:1])
    for key in ("relative_days", "anchored_days", "relative_calendar", "season_phrases"):
        for table_entries in tables[key].by_first.values():
            for toks, _payload in table_entries:
                content.update(t for t in toks if len(toks) == 1 or t not in lead_ins)

    def firsts(*keys: str) -> set[str]:
        out: set[str] = set()
        for key in keys:
            out.update(tables[key].by_first)
        return out

    starters = {
        "relative_days": frozenset(firsts("relative_days", "anchored_days")),
        "durations": frozenset(
            firsts(
                "set_quantifiers",
                "within_prefixes",
                "duration_prefixes",
                "span_determiners",
                "ago_before",
                "future_before",
                "approximators",
                "number_phrases",
                "vague_quantities",
                "rate_phrases",
                "vague_phrases",
            )
            | set(numbers)
            | {k.casefold() for k in data.get("vague_unit_words", {})}
            | set(set_words)
        ),
        "relative_calendar": frozenset(
            firsts(
                "span_prefixes",
                "relative_calendar",
                "season_phrases",
                "relative_modifiers",
                "period_parts",
            )
            | _words(data, "week_words")
        ),
        "weekdays": frozenset(
            firsts("weekday_prefixes", "night_to", "night_between")
            | set(weekday_forms)
            | triggers_pods
        ),
        "dates": frozenset(
            firsts("span_prefixes", "period_parts")
            | _words(data, "date_determiners")
            | set(months)
            | set(seasons)
            | set(holidays)
            | set(ordinals)
        ),
        "clocks": frozenset(
            firsts("hour_prefixes", "clock_words")
            | hour_words
            | named_hours
            | _words(data, "clock_quarter")
        ),
    }
    return TimeLexicon(
        months=months,
        full_months=frozenset(full_months),
        weekdays=weekdays,
        weekday_suffixes=weekday_suffixes,
        units=units,
        calendar_units=calendar_units,
        numbers=numbers,
        number_joiner=joiner,
        amount_units={k.casefold(): v for k, v in data.get("amount_units", {}).items()},
        vague_unit_words={k.casefold(): v for k, v in data.get("vague_unit_words", {}).items()},
        seasons=seasons,
        holidays=holidays,
        parts_of_day={k.casefold(): v for k, v in data.get("parts_of_day", {}).items()},
        pod_modifiers=_words(data, "pod_modifiers"),
        week_words=_words(data, "week_words"),
        date_determiners=_words(data, "date_determiners"),
        month_prepositions=_words(data, "month_prepositions"),
        year_prepositions=_words(data, "year_prepositions"),
        year_blockers=_words(data, "year_blockers") | frozenset(units),
        function_words=frozenset(
            str(w).casefold() for w in pack.data("reading").get("function_words", ())
        ),
        decade_suffixes=_words(data, "decade_suffixes"),
        age_decade_suffixes=_words(data, "age_decade_suffixes"),
        hour_suffixes=tuple(str(s).casefold() for s in data.get("hour_suffixes", ())),
        named_hours={k.casefold(): int(v) for k, v in data.get("named_hours", {}).items()},
        clock_half=_words(data, "clock_half"),
        clock_quarter=_words(data, "clock_quarter"),
        clock_past=_words(data, "clock_past"),
        clock_to=_words(data, "clock_to"),
        set_words=set_words,
        ordinals=ordinals,
        times_words=_words(data, "times_words"),
        quarter_words=_words(data, "quarter_words"),
        half_year_words=_words(data, "half_year_words"),
        word_flags={
            w: (1 if w in triggers else 0) | (2 if w in content else 0)
            for w in set(triggers) | set(content)
        },
        duration_heads=frozenset(
            set(units)
            | {k.casefold() for k in data.get("amount_units", {})}
            | {k.casefold() for k in data.get("vague_unit_words", {})}
            | set(weekdays)
            | set(calendar_units)
            | {k.casefold() for k in data.get("parts_of_day", {})}
            | set(set_words)
        ),
        range_words=_words(data, "range_words"),
        and_words=_words(data, "and_words"),
        genitive_units=frozenset(w for w in units if w.endswith("s") and w[:-1] in units),
        stamp_words=_words(data, "stamp_words"),
        ordinal_suffixes=tuple(str(s).casefold() for s in data.get("ordinal_suffixes", ())),
        capitalised_months=bool(data.get("capitalised_months", False)),
        day_month_order=frozenset(data.get("day_month_order", ("dm",))),
        past_cues=_words(data, "past_cues"),
        future_cues=_words(data, "future_cues"),
        present_cues=_words(data, "present_cues"),
        past_suffixes=tuple(str(x).casefold() for x in data.get("past_suffixes", ())),
        perfect_auxiliaries=_words(data, "perfect_auxiliaries"),
        participles=_words(data, "participles"),
        since_words=_words(data, "since_words"),
        tense_words=_tense_words(data),
        shift_after={k.casefold(): int(v) for k, v in data.get("shift_after", {}).items()},
        shift_after_final={
            k.casefold(): int(v) for k, v in data.get("shift_after_final", {}).items()
        },
        triggers=frozenset(triggers),
        content=frozenset(content),
        weekday_forms=weekday_forms,
        weekday_pods=weekday_pods,
        starters=starters,
        age_words=_words(data, "age_words"),
        age_verbs=_words(data, "age_verbs"),
        birthday_verbs=_words(data, "birthday_verbs"),
        conjunctions=_words(data, "conjunctions"),
        joiners=_words(data, "joiners"),
        comparison_words=_words(data, "comparison_words"),
        clause_words=_words(data, "clause_words"),
        **tables,
    )
