"""Fixtures shared by the whole suite: a fresh store per test, and the repository's paths."""
from __future__ import annotations

from pathlib import Path

import pytest

from strikes.store import Store

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_articles"
SEED = SAMPLES / "000_4127f627669f9166.txt"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "strikes.db"))
