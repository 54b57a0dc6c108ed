"""The server's warm-up: the first visitor after a start finds every answer of the landing page made.

Streamlit's data cache keys an answer on the arguments exactly as passed, so a warm-up that asks
for the same thing in another way (a default left out, another period) fills entries the page
never reads. These tests warm, then run the landing page and count what it still asks the store.
"""
from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard_data import fill, map_has_drawn
from strikes import queries, reference
from strikes.dashboard import resources
from strikes.dashboard.warmup import warm, warm_up
from strikes.store import DB_ENV, Store

REPO = Path(__file__).resolve().parent.parent
ASKED = {queries: ["filter_choices", "map_data", "timeline", "totals", "events", "incident_table", "count",
                   "counts", "unlocated_events", "articles"],
         reference: ["origins", "coverage"],
         resources: ["build_map"]}
"""Everything a page run may ask the store for, and the map's rendering."""


@pytest.fixture
def app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path / 'dashboard.db'}"
    monkeypatch.setenv(DB_ENV, url)
    st.cache_data.clear()
    yield fill(Store(url))
    st.cache_data.clear()


def recording(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the name of every function of ASKED that is called."""
    asked: list[str] = []

    def spy(name: str, original: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            asked.append(name)
            return original(*args, **kwargs)
        return call

    for module, names in ASKED.items():
        for name in names:
            monkeypatch.setattr(module, name, spy(name, getattr(module, name)))
    return asked


def landing_page() -> AppTest:
    """The landing page as a visitor gets it: the map first, then the rest once the map has drawn."""
    return map_has_drawn(AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run())


def test_without_a_warm_up_the_landing_page_asks_the_store(app_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = recording(monkeypatch)
    assert not landing_page().exception
    assert {"map_data", "timeline", "incident_table", "build_map"} <= set(asked)


def test_after_the_warm_up_the_landing_page_asks_the_store_nothing(app_store: Store,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    warm()
    asked = recording(monkeypatch)
    at = landing_page()
    assert not at.exception
    assert at.title[0].value == "Strike Atlas"
    assert asked == []


def test_the_warm_up_shows_the_reference_layers_a_new_visitor_sees(app_store: Store,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    reference.import_file(app_store, REPO / "tests" / "fixtures" / "reference" / "acled_invented.csv")
    warm()
    asked = recording(monkeypatch)
    at = landing_page()
    assert not at.exception
    assert any(c.value.startswith("ACLED:") for c in at.caption)
    assert asked == []


def test_what_the_warm_up_leaves_is_out_of_every_later_collection(app_store: Store) -> None:
    """Streamlit collects garbage after every page run: the server's own objects are not walked again."""
    async def serve() -> int:
        async with warm_up(None):
            return gc.get_freeze_count()

    gc.unfreeze()
    try:
        assert asyncio.run(serve()) > 10_000
    finally:
        gc.unfreeze()
