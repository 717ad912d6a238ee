"""The package as installed: version, public API, entry points, typing marker."""

from __future__ import annotations

import tomllib
from importlib.metadata import entry_points, version
from importlib.resources import files

import newsevents
from tests.conftest import ROOT


def test_version_matches_pyproject() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert newsevents.__version__ == version("newsevents") == meta["project"]["version"]


def test_public_api_is_unique_and_resolves() -> None:
    assert len(set(newsevents.__all__)) == len(newsevents.__all__)
    for name in newsevents.__all__:
        assert hasattr(newsevents, name), name


def test_entry_points() -> None:
    scripts = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    assert scripts.get("newsevents") == "newsevents.cli:main"
    packs = {ep.name: ep.load() for ep in entry_points(group="newsevents.languages")}
    assert {"nb", "nn", "da", "sv", "en"} <= set(packs)
    assert all(isinstance(p, newsevents.LanguagePack) for p in packs.values())


def test_typed_marker_is_shipped() -> None:
    assert files("newsevents").joinpath("py.typed").is_file()
