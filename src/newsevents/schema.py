"""A JSON Schema of the output contract, generated from the model classes."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from newsevents.model import Article

__all__ = ["json_schema"]

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    dt.date: {"type": "string", "format": "date"},
}


def json_schema(cls: type[Any] = Article) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what `newsevents.to_dict` gives for ``cls``.

    Examples:
        >>> schema = json_schema()
        >>> schema["$defs"]["Quote"]["properties"]["kind"]["enum"]
        ['direct', 'indirect', 'partial']
    """
    defs: dict[str, Any] = {}
    root = _type(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsevents.readthedocs.io/schema/newsevents-1.json",
        "title": f"newsevents {cls.__name__}",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve: recursive references stop here
            defs[name] = _class(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type(a, defs) for a in args]}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type(args[0], defs)}
    msg = f"no JSON Schema for {tp!r}"
    raise TypeError(msg)


def _class(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init or field.name.startswith("_"):
            continue
        props[field.name] = _type(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    return {"type": "object", "description": doc, "properties": props, "required": required}


def main() -> None:
    """Print the schema: ``python -m newsevents.schema > newsevents-1.json``."""
    import json
    import sys

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":  # pragma: no cover
    main()
