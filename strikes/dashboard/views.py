"""The dashboard's views, each drawn the same way on every page that shows it.

A view takes the filter, asks `resources` for cached answers, and draws; Overview puts the map,
timeline and table side by side, the other pages show one view large.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from strikes.dashboard import resources
from strikes.dashboard.basemap import tiles_from_env
from strikes.dashboard.charts import BRUSH, casualties_chart, strikes_chart
from strikes.dashboard.filters import narrow_dates
from strikes.dashboard.mapview import build_map
from strikes.dashboard.markup import article_url
from strikes.dashboard.palette import actor_colours
from strikes.export import to_csv, to_geojson
from strikes.store import EventFilter

TABLE_COLUMNS = ["date", "place", "country", "actor", "strikes", "civilians_killed", "killed",
                 "wounded", "source", "article_title", "article"]
TIMELINE_KEY = "timeline_chart"


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _colours(url: str) -> dict[str, str]:
    return actor_colours(resources.choices(url).actors)


def event_map(flt: EventFilter, height: int = 520) -> None:
    """The map, then the events it cannot show (no location), so none is dropped silently."""
    url = resources.store().url
    data = resources.map_data(url, flt)
    st_folium(build_map(data, _colours(url), tiles_from_env()), height=height,
              use_container_width=True, returned_objects=[], key="strike_map")
    if data.mode == "cells":
        st.caption(f"{data.located:,} located events, summed in {data.cell_degrees:g}° cells "
                   "(narrow the filter to see single events)")
    else:
        st.caption(f"{data.located:,} located event{_s(data.located)} on the map")
    if data.unlocated:
        st.markdown(f"**{data.unlocated:,} event{_s(data.unlocated)} without a location** "
                    "(place not found in the gazetteer)")
        st.dataframe(_linked(resources.unlocated_events(url, flt)), hide_index=True,
                     column_order=TABLE_COLUMNS + ["evidence"], column_config=_COLUMN_CONFIG)


def _narrow_to_brush() -> None:
    span = st.session_state[TIMELINE_KEY]["selection"].get(BRUSH, {}).get("period")
    if span and len(span) == 2:
        start, end = (pd.to_datetime(v, unit="ms").date() for v in span)
        narrow_dates(start, end)


def timeline(flt: EventFilter, period: str = "day", casualties: bool = True) -> None:
    """Strike events per period by actor; brushing a period narrows the date filter."""
    url = resources.store().url
    frame = resources.timeline(url, flt, period)
    if frame.empty:
        st.info("No dated events match the filter.")
        return
    st.altair_chart(strikes_chart(frame, _colours(url), period), width="stretch",
                    on_select=_narrow_to_brush, selection_mode=BRUSH, key=TIMELINE_KEY)
    st.caption("Drag across the bars to narrow the dates.")
    if casualties:
        st.altair_chart(casualties_chart(frame, period), width="stretch")


def _linked(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["article"] = [article_url(a) for a in frame["article_id"]]
    return frame


_COLUMN_CONFIG = {
    "date": st.column_config.DateColumn("date"),
    "civilians_killed": st.column_config.NumberColumn("civilians killed"),
    "article_title": st.column_config.TextColumn("article"),
    "article": st.column_config.LinkColumn("open", display_text="open"),
}


def events_table(flt: EventFilter, limit: int = 5000, height: int = 420) -> None:
    """A sortable table of the filtered events (the newest `limit`), and the totals behind it."""
    url = resources.store().url
    frame = resources.events(url, flt, limit)
    n_events, _ = resources.counts(url, flt)
    if n_events > len(frame):
        st.caption(f"Showing the newest {len(frame):,} of {n_events:,} events; the downloads hold all.")
    st.dataframe(_linked(frame), hide_index=True, height=height, column_order=TABLE_COLUMNS,
                 column_config=_COLUMN_CONFIG, width="stretch")


def totals(flt: EventFilter) -> None:
    url = resources.store().url
    left, right = st.columns(2)
    for column, by in ((left, "actor"), (right, "country")):
        column.subheader(f"Per {by}")
        column.dataframe(resources.totals(url, flt, by), hide_index=True, width="stretch")


def downloads(flt: EventFilter) -> None:
    """The whole filtered view, ACLED-like, made only when the user asks for it."""
    store = resources.store()
    left, right = st.columns(2)
    left.download_button("Download CSV", data=lambda: to_csv(store.events(flt)),
                         file_name="strike-atlas-events.csv", mime="text/csv", on_click="ignore")
    right.download_button("Download GeoJSON", data=lambda: to_geojson(store.events(flt)),
                          file_name="strike-atlas-events.geojson", mime="application/geo+json",
                          on_click="ignore")
