"""Serialisation: `to_dict`/`from_dict` (the JSON contract), JSON Lines and flat records."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar, overload

import attrs
import cattrs

from newsevents._errors import DataError
from newsevents.model import Article

__all__ = ["converter", "dumps", "from_dict", "loads", "to_dict", "to_records"]

T = TypeVar("T")

converter = cattrs.Converter(omit_if_default=False, forbid_extra_keys=False)
"""The cattrs converter behind `to_dict`/`from_dict`; register hooks on a copy to extend it."""

converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def _passthrough(value: Any, _: Any) -> Any:
    if value is None or isinstance(value, str | int):
        return value
    msg = f"expected str, int or null, got {type(value).__name__}"
    raise TypeError(msg)


converter.register_structure_hook(str | int | None, _passthrough)

_FIRST = ("schema", "id", "language", "date", "headline")


def to_dict(obj: Any) -> dict[str, Any]:
    """JSON-ready data (dicts, lists, str, int, float, bool, None) for an `Article`.

    Other model objects (and a `Corpus`, which knows how to say itself) work too.

    Examples:
        >>> import newsevents
        >>> d = newsevents.to_dict(newsevents.parse(" date 2022-01 Det regner i Oslo."))
        >>> d["schema"], d["date"]["value"], d["language"]
        ('newsevents/1', '2022-01', 'nb')
    """
    own = getattr(obj, "to_dict", None)
    if callable(own):
        data = own()
        if not isinstance(data, dict):
            msg = f"{type(obj).__name__}.to_dict() must return a dict"
            raise TypeError(msg)
        return data
    if not attrs.has(type(obj)):
        msg = f"to_dict() takes a newsevents object, not {type(obj).__name__}"
        raise TypeError(msg)
    data = converter.unstructure(obj)
    if isinstance(obj, Article):
        data = {
            **{k: data[k] for k in _FIRST},
            **{k: v for k, v in data.items() if k not in _FIRST},
        }
    if not isinstance(data, dict):  # pragma: no cover - attrs classes unstructure to dicts
        raise TypeError(type(data).__name__)
    return data


@overload
def from_dict(data: Mapping[str, Any]) -> Article: ...
@overload
def from_dict(data: Mapping[str, Any], cls: type[T]) -> T: ...
def from_dict(data: Mapping[str, Any], cls: type[Any] = Article) -> Any:
    """Rebuild an object (an `Article` unless ``cls`` says otherwise) from `to_dict` data.

    Raises:
        DataError: the data do not fit the class; every problem is listed with its path.

    Examples:
        >>> import newsevents
        >>> a = newsevents.parse(" date 2022-01 Det regner i Oslo.")
        >>> newsevents.from_dict(newsevents.to_dict(a)) == a
        True
    """
    try:
        return converter.structure(dict(data), cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        problems = (
            cattrs.transform_error(exc)
            if isinstance(exc, cattrs.BaseValidationError)
            else [str(exc)]
        )
        raise DataError(problems) from exc


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """`to_dict` as a JSON string (UTF-8 kept as is).

    Examples:
        >>> import newsevents
        >>> newsevents.dumps(newsevents.parse(" date 2022 Hei.")).startswith('{"schema"')
        True
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def loads(text: str) -> Article:
    """The `Article` of a `dumps` string."""
    return from_dict(json.loads(text))


def to_records(
    articles: Article | Iterable[Article], layer: str = "quotes"
) -> Iterator[dict[str, Any]]:
    """Flat rows of one layer (``quotes``, ``sources``, ``timexes``, ``events``, ``entities``).

    One row per item with the article's id, language and date in front and nested values
    flattened to dotted keys: ready for ``pandas.DataFrame`` or ``pyarrow.Table.from_pylist``.

    Examples:
        >>> import newsevents
        >>> a = newsevents.parse(" date 2022-01 Møtet varte i to timer.", id="a1")
        >>> rows = list(newsevents.to_records(a, "timexes"))
        >>> all(r["article"] == "a1" for r in rows)
        True
    """
    if layer not in {"quotes", "sources", "timexes", "events", "entities", "blocks"}:
        msg = f"unknown layer {layer!r}"
        raise ValueError(msg)
    items = [articles] if isinstance(articles, Article) else articles
    for art in items:
        head = {
            "article": art.id,
            "language": art.language,
            "article_date": art.date.value if art.date else None,
        }
        for index, item in enumerate(getattr(art, layer)):
            row: dict[str, Any] = {**head, "index": index}
            _flatten(converter.unstructure(item), "", row)
            yield row


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(v, f"{prefix}{k}.", out)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        out[prefix[:-1]] = json.dumps(value, ensure_ascii=False)
    else:
        out[prefix[:-1]] = value
