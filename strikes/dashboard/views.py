"""The dashboard's views, each drawn the same way on every page that shows it.

A view takes the filter, asks `resources` for cached answers, and draws; Overview puts the map,
timeline and table side by side, the other pages show one view large.
"""
from __future__ import annotations

import re

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from strikes.dashboard import resources
from strikes.dashboard.basemap import tiles_from_env
from strikes.dashboard.charts import BRUSH, casualties_chart, strikes_chart
from strikes.dashboard.filters import narrow_dates
from strikes.dashboard.mapview import build_map
from strikes.dashboard.links import article_url, event_url
from strikes.dashboard.markup import plain
from strikes.dashboard.palette import actor_colours
from strikes.dashboard.places import country_name
from strikes.export import to_csv, to_geojson
from strikes.queries import MEASURES, with_total
from strikes.store import EventFilter

TABLE_COLUMNS = ["date", "place", "country", "actor", "strikes", "civilians_killed", "killed",
                 "wounded", "source", "article_title", "origin", "article", "details"]
TIMELINE_KEY = "timeline_chart"


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _colours(url: str) -> dict[str, str]:
    return actor_colours(resources.choices(url).actors)


def event_map(flt: EventFilter, height: int = 520) -> None:
    """The map, then the events it cannot show (no location), so none is dropped silently."""
    url = resources.store().url
    with st.spinner("Drawing the map…"):
        data = resources.map_data(url, flt)
        st_folium(build_map(data, _colours(url), tiles_from_env()), height=height,
                  use_container_width=True, returned_objects=[], key="strike_map")
    if data.mode == "cells":
        st.caption(f"{data.located:,} located events, summed in {data.cell_degrees:g}° cells "
                   "(narrow the filter to see single events)")
    else:
        st.caption(f"{data.located:,} located event{_s(data.located)} on the map")
    if data.unlocated:
        st.markdown(f"**{data.unlocated:,} event{_s(data.unlocated)} without a location**")
        unlocated = _shown(resources.unlocated_events(url, flt), flt)
        unlocated["why"] = [UNLOCATED_WHY[bool(place)] for place in unlocated["place"]]
        st.dataframe(unlocated, hide_index=True, column_order=["why", *TABLE_COLUMNS, "evidence"],
                     column_config=_COLUMN_CONFIG)


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


UNLOCATED_WHY = {True: "place not in the gazetteer", False: "no place named"}

TEXT_COLUMNS = ("place", "actor", "source", "article_title", "origin", "evidence")


def _shown(frame: pd.DataFrame, flt: EventFilter) -> pd.DataFrame:
    """Events as a person reads them: country names, blank text for "not stated", links to each
    event's page and its article (which keep the filter).

    Numbers stay numbers (a blank one is Streamlit's grey "None") so that the columns still sort.
    """
    frame = frame.copy()
    frame["country"] = frame["country"].map(country_name)
    for name in TEXT_COLUMNS:
        if name in frame:
            frame[name] = frame[name].fillna("")
    frame["article"] = [article_url(a, flt) for a in frame["article_id"]]
    frame["details"] = [event_url(i, flt) for i in frame["id"]]
    return frame


_COLUMN_CONFIG = {
    "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
    "civilians_killed": st.column_config.NumberColumn("civilians killed", help="blank or None: not stated"),
    "killed": st.column_config.NumberColumn("killed", help="blank or None: not stated"),
    "strikes": st.column_config.NumberColumn("strikes", help="blank or None: not stated"),
    "wounded": st.column_config.NumberColumn("wounded", help="blank or None: not stated"),
    "article_title": st.column_config.TextColumn("article"),
    "origin": st.column_config.TextColumn("file or URL"),
    "article": st.column_config.LinkColumn("open", display_text="open"),
    "details": st.column_config.LinkColumn("event", display_text="details", help="the event's page: all it says, and why"),
}


def events_table(flt: EventFilter, limit: int = 5000, height: int = 420) -> None:
    """A sortable table of the filtered events (the newest `limit`), and the totals behind it."""
    url = resources.store().url
    frame = resources.events(url, flt, limit)
    n_events, _ = resources.counts(url, flt)
    if n_events > len(frame):
        st.caption(f"Showing the newest {len(frame):,} of {n_events:,} events; the downloads hold all.")
    st.dataframe(_shown(frame, flt), hide_index=True, height=height, column_order=TABLE_COLUMNS,
                 column_config=_COLUMN_CONFIG, width="stretch")


_TOTALS_CONFIG = {
    "events": st.column_config.NumberColumn("events"),
    **{m: st.column_config.NumberColumn(m.replace("_", " "), help=f"the sum over the events that state {m.replace('_', ' ')}")
       for m in MEASURES},
    **{f"{m}_events": st.column_config.NumberColumn("stated in", help=f"events that state {m.replace('_', ' ')}")
       for m in MEASURES},
}


def totals(flt: EventFilter) -> None:
    """Per actor and per country, each sum beside the number of events that state it, and a total row."""
    url = resources.store().url
    order = ["events"] + [name for m in MEASURES for name in (m, f"{m}_events")]
    for by in ("actor", "country"):
        st.subheader(f"Per {by}")
        frame = with_total(resources.totals(url, flt, by), by)
        if by == "country":
            frame["country"] = [name if name == "All" else country_name(name) for name in frame["country"]]
        st.dataframe(frame, hide_index=True, width="stretch", column_order=[by, *order],
                     column_config={by: st.column_config.TextColumn(by), **_TOTALS_CONFIG})
    st.caption("A sum covers only the events that state it (“stated in”); the other events do not say.")


def event_feed(flt: EventFilter, limit: int = 50, height: int = 680) -> None:
    """The newest events under the filter, one line each, with a link to the article (untrusted text escaped)."""
    url = resources.store().url
    frame = resources.events(url, flt, limit)
    box = st.container(height=height, border=False)
    box.markdown("**Latest events**")
    if frame.empty:
        box.caption("No event matches the filter.")
    for event in frame.to_dict(orient="records"):
        box.markdown(feed_line(event, flt))


def feed_line(event: dict[str, object], flt: EventFilter | None = None) -> str:
    """'2016-10-08 · Sanaa, Yemen · Saudi-led coalition · 140 killed · article · details', as safe Markdown."""
    day = event.get("date")
    where = ", ".join(plain(str(part)) for part in (event.get("place"), country_name(event.get("country")))
                      if part and not pd.isna(part)) or "place not stated"
    toll = next((f"{int(event[k]):,} {label}" for k, label in (("killed", "killed"),
                                                               ("civilians_killed", "civilians killed"))
                 if event.get(k) is not None and not pd.isna(event[k])), "toll not stated")
    actor = plain(str(event.get("actor") or "unknown"))
    return (f"**{day.isoformat() if hasattr(day, 'isoformat') else 'date not stated'}** · {where}  \n"
            f"{actor} · {toll} · [article]({article_url(event['article_id'], flt)})"
            + (f" · [details]({event_url(event['id'], flt)})" if event.get("id") is not None else ""))


def downloads(flt: EventFilter) -> None:
    """The whole filtered view, ACLED-like, made only when the user asks for it."""
    store = resources.store()
    left, right = st.columns(2)
    name = download_name(flt)
    left.download_button("Download CSV", data=lambda: to_csv(store.events(flt)),
                         file_name=f"{name}.csv", mime="text/csv", on_click="ignore")
    right.download_button("Download GeoJSON", data=lambda: to_geojson(store.events(flt)),
                          file_name=f"{name}.geojson", mime="application/geo+json", on_click="ignore")


def download_name(flt: EventFilter) -> str:
    """A file name that says what the file holds: strike-atlas_Russia_SY_2015-09-01_2015-12-31."""
    parts = ["strike-atlas", *flt.actors, *flt.countries]
    if flt.date_from or flt.date_to:
        parts.append(f"{flt.date_from or 'start'}_{flt.date_to or 'end'}")
    if flt.min_killed:
        parts.append(f"min{flt.min_killed}killed")
    name = "_".join(re.sub(r"[^\w.-]+", "-", part).strip("-") for part in parts)
    return name[:120]
