"""Shared fixtures: the bundled seeds and the test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DATA = sorted((Path(__file__).parent / "data").glob("*.txt"))


@pytest.fixture(params=SEEDS, ids=lambda p: p.stem)
def seed_text(request: pytest.FixtureRequest) -> str:
    """The text of each bundled seed article."""
    path: Path = request.param
    return path.read_text(encoding="utf-8")


@pytest.fixture(params=SEEDS + DATA, ids=lambda p: p.stem)
def any_article_text(request: pytest.FixtureRequest) -> str:
    """The seeds and the hand-written test articles in nb, nn, da and sv."""
    path: Path = request.param
    return path.read_text(encoding="utf-8")
