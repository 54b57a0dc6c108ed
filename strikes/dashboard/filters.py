"""The sidebar filters every page shares, mirrored in the URL so that a filtered view can be shared.

A widget's first value comes from the URL (`st.query_params`), later values from the widget itself;
after each run the URL is rewritten from the widgets. Parameters are left out of the URL when
they mean "no filter", so the plain URL always shows everything, including newly added events.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from strikes.dashboard import resources
from strikes.dashboard.basemap import BOUNDARIES_ATTRIBUTION, GEONAMES_ATTRIBUTION, tiles_from_env
from strikes.store import EventFilter

PRECISION = {3: "any, incl. region only", 2: "town or near a town", 1: "the town itself"}
DATES_KEY = "filter_dates"


def _first_values(actors: list[str], countries: list[str], first: dt.date | None, last: dt.date | None) -> None:
    """Seed each widget's state from the URL the first time this session draws it."""
    params = st.query_params
    if DATES_KEY not in st.session_state and first and last:
        st.session_state[DATES_KEY] = (_date(params.get("from"), first), _date(params.get("to"), last))
    st.session_state.setdefault("filter_actors", [a for a in params.get_all("actor") if a in actors])
    st.session_state.setdefault("filter_countries", [c for c in params.get_all("country") if c in countries])
    st.session_state.setdefault("filter_min_killed", _int(params.get("min_killed"), 0))
    st.session_state.setdefault("filter_unlocated", params.get("unlocated") != "0")
    st.session_state.setdefault("filter_precision", min(max(_int(params.get("precision"), 3), 1), 3))


def _date(text: str | None, default: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(text) if text else default
    except ValueError:
        return default


def _int(text: str | None, default: int) -> int:
    try:
        return max(int(text), 0) if text else default
    except ValueError:
        return default


def narrow_dates(start: dt.date, end: dt.date) -> None:
    """Set the date filter from elsewhere (a brushed timeline); call before the widgets are drawn."""
    st.session_state[DATES_KEY] = (start, end)


def sidebar_filters() -> EventFilter:
    """Draw the shared filters, keep the URL in step, show the counts; return the filter."""
    url = resources.store().url
    offered = resources.choices(url)
    actors, countries, first, last = offered.actors, offered.countries, offered.first, offered.last
    _first_values(actors, countries, first, last)
    bar = st.sidebar
    bar.header("Filters")
    date_from = date_to = None
    if first and last:
        picked = bar.date_input("Dates", key=DATES_KEY, min_value=first, max_value=last)
        if isinstance(picked, tuple) and len(picked) == 2:
            date_from = picked[0] if picked[0] > first else None
            date_to = picked[1] if picked[1] < last else None
    chosen_actors = bar.multiselect("Actors", actors, key="filter_actors", placeholder="all actors")
    chosen_countries = bar.multiselect("Countries", countries, key="filter_countries", placeholder="all countries")
    min_killed = bar.number_input("Minimum killed", min_value=0, step=1, key="filter_min_killed")
    unlocated = bar.checkbox("Include unlocated events", key="filter_unlocated")
    precision = bar.selectbox("Location precision", list(PRECISION), format_func=PRECISION.get, key="filter_precision")
    flt = EventFilter(
        date_from=date_from, date_to=date_to, actors=tuple(chosen_actors), countries=tuple(chosen_countries),
        min_killed=int(min_killed), include_unlocated=unlocated, max_geo_precision=int(precision),
    )
    _write_url(flt)
    n_events, n_articles = resources.counts(url, flt)
    bar.markdown(f"**{n_events:,} events, {n_articles:,} articles**")
    _attribution()
    return flt


def _write_url(flt: EventFilter) -> None:
    wanted: dict[str, str | list[str]] = {}
    if flt.date_from:
        wanted["from"] = flt.date_from.isoformat()
    if flt.date_to:
        wanted["to"] = flt.date_to.isoformat()
    if flt.actors:
        wanted["actor"] = list(flt.actors)
    if flt.countries:
        wanted["country"] = list(flt.countries)
    if flt.min_killed:
        wanted["min_killed"] = str(flt.min_killed)
    if not flt.include_unlocated:
        wanted["unlocated"] = "0"
    if flt.max_geo_precision < 3:
        wanted["precision"] = str(flt.max_geo_precision)
    for name in ("from", "to", "actor", "country", "min_killed", "unlocated", "precision"):
        if name in wanted:
            if st.query_params.get_all(name) != _as_list(wanted[name]):
                st.query_params[name] = wanted[name]
        elif name in st.query_params:
            del st.query_params[name]


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def _attribution() -> None:
    tiles = tiles_from_env()
    credits = [GEONAMES_ATTRIBUTION, BOUNDARIES_ATTRIBUTION, 'Map: <a href="https://leafletjs.com/">Leaflet</a>']
    if tiles is not None:
        credits.append(f"Tiles: {tiles.attribution}")
    st.sidebar.caption(" · ".join(credits), unsafe_allow_html=True)
