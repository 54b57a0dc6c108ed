"""Fixtures shared by the whole suite: a fresh store per test, and the repository's paths.

Store tests run on SQLite always, and also on PostgreSQL when STRIKE_ATLAS_TEST_POSTGRES holds a
server URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5433/atlas_test): the store promises both.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from strikes.store import Store, metadata

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_articles"
SEED = SAMPLES / "000_4127f627669f9166.txt"
POSTGRES_URL = os.environ.get("STRIKE_ATLAS_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        fresh = Store(str(tmp_path / "strikes.db"))
    else:
        fresh = Store(POSTGRES_URL)
        metadata.drop_all(fresh.writer)
        metadata.create_all(fresh.writer)
    yield fresh
    for engine in {fresh.engine, fresh.writer} - {None}:  # a server has a limited number of connections
        engine.dispose()
