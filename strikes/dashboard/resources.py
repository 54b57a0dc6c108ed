"""The store and its answers, cached so that a rerun with the same filter costs nothing.

Every cached answer is keyed on the store's URL as well as the filter: one server process (or one
test session) may open several stores. Writes call `forget_answers` so no page shows stale data.
"""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from geo import geocoder
from strikes import queries, reference
from strikes.dashboard.basemap import Tiles
from strikes.dashboard.mapview import build_map
from strikes.dashboard.palette import actor_colours
from strikes.locate import Geocode, online_enabled, online_geocode
from strikes.queries import Counting, Grouping, MapData, Period
from strikes.store import EventFilter, Store, database_url


@st.cache_resource(show_spinner="Opening the event store…")
def _open_store(url: str) -> Store:
    store = Store.open(url)
    if store.is_empty():
        # Importing ingest loads spaCy (~0.5 s of a first page load): only when there is work for it.
        from strikes.ingest import fill_if_empty

        fill_if_empty(store)
    return store


def store() -> Store:
    """The store that $STRIKE_ATLAS_DB names, filled from sample_articles/ the first time it is empty."""
    return _open_store(database_url())


@st.cache_resource(show_spinner=False)
def _geocoder(url: str) -> Geocode:
    store = _open_store(url)
    return online_geocode(store) if online_enabled() else geocoder(online=False).geocode


def geocode() -> Geocode:
    """The geocoder that places corrected and added places: offline, with Nominatim behind it if the user allows."""
    return _geocoder(database_url())


def forget_answers() -> None:
    """After a write, every cached answer may be wrong."""
    st.cache_data.clear()


@st.cache_data(max_entries=64, show_spinner=False)
def map_data(url: str, flt: EventFilter, counting: Counting = Counting()) -> MapData:
    return queries.map_data(_open_store(url), flt, counting)


@st.cache_data(max_entries=16, show_spinner=False)
def map_frame(url: str, flt: EventFilter, counting: Counting = Counting(), references: tuple[str, ...] = (),
              tiles: Tiles | None = None) -> dict[str, Any]:
    """The map's iframe for a filter, rendered once (see mapframe.py), with the chosen reference layers,
    on `tiles` (None: the offline basemap)."""
    # streamlit_folium declares its component when imported: only once the server runs (warmup.py).
    from strikes.dashboard.mapframe import component_args

    covered = coverage(url, flt, references) if references else None
    m = build_map(map_data(url, flt, counting), actor_colours(choices(url).actors), tiles,
                  covered.references if covered else None)
    return component_args(m)


@st.cache_data(max_entries=64, show_spinner=False)
def unlocated_events(url: str, flt: EventFilter, counting: Counting = queries.EVENTS) -> pd.DataFrame:
    return queries.unlocated_events(_open_store(url), flt, counting=counting)


@st.cache_data(max_entries=64, show_spinner=False)
def timeline(url: str, flt: EventFilter, period: Period, counting: Counting = Counting()) -> pd.DataFrame:
    return queries.timeline(_open_store(url), flt, period, counting)


@st.cache_data(max_entries=64, show_spinner=False)
def totals(url: str, flt: EventFilter, by: Grouping, counting: Counting = Counting()) -> pd.DataFrame:
    return queries.totals(_open_store(url), flt, by, counting)


@st.cache_data(max_entries=64, show_spinner=False)
def events(url: str, flt: EventFilter, limit: int | None, grades: tuple[str, ...] = ()) -> pd.DataFrame:
    return queries.events(_open_store(url), flt, limit, grades)


@st.cache_data(max_entries=64, show_spinner=False)
def incident_table(url: str, flt: EventFilter, counting: Counting, limit: int | None) -> pd.DataFrame:
    return queries.incident_table(_open_store(url), flt, counting, limit)


@st.cache_data(max_entries=64, show_spinner=False)
def count(url: str, flt: EventFilter, counting: Counting) -> int:
    return queries.count(_open_store(url), flt, counting)


@st.cache_data(max_entries=64, show_spinner=False)
def counts(url: str, flt: EventFilter) -> tuple[int, int]:
    return queries.counts(_open_store(url), flt)


@st.cache_data(max_entries=64, show_spinner=False)
def articles(url: str, flt: EventFilter, search: str, places: tuple[str, ...] | None = None) -> pd.DataFrame:
    return queries.articles(_open_store(url), flt, search, places)


@st.cache_data(max_entries=8, show_spinner=False)
def choices(url: str) -> queries.Choices:
    """What the filters can offer: actors, countries, and the first and last dates stored."""
    return queries.filter_choices(_open_store(url))


@st.cache_data(max_entries=8, show_spinner=False)
def reference_origins(url: str) -> list[str]:
    """The reference datasets imported (ACLED, UCDP GED), for the map's layers."""
    return reference.origins(_open_store(url))


@st.cache_data(max_entries=32, show_spinner=False)
def coverage(url: str, flt: EventFilter, origins: tuple[str, ...]) -> reference.Coverage:
    """The chosen reference datasets' events under the filter, matched to the articles' incidents."""
    return reference.coverage(_open_store(url), flt, origins)
