"""The published JSON Schema matches the model and validates real output."""

from __future__ import annotations

import json

import jsonschema

import newsevents
from newsevents.schema import json_schema
from tests.conftest import ROOT


def test_published_schema_is_up_to_date() -> None:
    published = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "regenerate: python -m newsevents.schema > docs/schema.json"


def test_output_validates(any_article_text: str) -> None:
    data = newsevents.to_dict(newsevents.parse(any_article_text))
    jsonschema.validate(data, json_schema())


def test_contract_names_are_in_the_schema() -> None:
    defs = json_schema()["$defs"]
    assert {"start", "end", "text", "kind", "speaker", "cue", "source"} <= set(
        defs["Quote"]["properties"]
    )
    assert {"id", "name", "kind", "cue", "via"} <= set(defs["Source"]["properties"])
    assert {"type", "value", "earliest", "latest", "granularity", "anchor"} <= set(
        defs["Timex"]["properties"]
    )
    assert {"type", "status", "participants", "place", "time", "source"} <= set(
        defs["Event"]["properties"]
    )
    assert {"id", "name", "type", "aliases", "mentions", "roles"} <= set(
        defs["Entity"]["properties"]
    )
