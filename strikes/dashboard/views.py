"""The dashboard's views, each drawn the same way on every page that shows it.

A view takes the filter and what to count (`Counting`: incidents by default, or raw events),
asks `resources` for cached answers, and draws; Overview puts the map, timeline and table side by
side, the other pages show one view large. Each view says what it counts.
"""
from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from strikes.dashboard import resources
from strikes.dashboard.basemap import tiles_from_env
from strikes.dashboard.charts import BRUSH, casualties_chart, strikes_chart
from strikes.dashboard.filters import narrow_dates
from strikes.dashboard.firstmap import after_the_map, map_drawn, note_map_drawn
from strikes.dashboard.mapframe import draw
from strikes.dashboard.links import article_url, event_url
from strikes.dashboard.markup import plain, toll_range
from strikes.dashboard.palette import actor_colours
from strikes.dashboard.places import country_name
from strikes.dashboard.tables import table
from strikes.export import to_csv, to_geojson
from strikes.incident_queries import with_incidents
from strikes.queries import MEASURES, Counting, with_total
from strikes.reference import Coverage
from strikes.store import EventFilter

TABLE_COLUMNS = ["date", "place", "country", "actor", "strikes", "civilians_killed", "killed",
                 "wounded", "source", "article_title", "origin", "article", "details"]
TIMELINE_KEY = "timeline_chart"


def _colours(url: str) -> dict[str, str]:
    return actor_colours(resources.choices(url).actors)


WHAT_IS_COUNTED = {
    "incidents": "Counted by incident: a strike reported by several articles is one mark, its toll the "
                 "best figure of its sources (each source's latest, the lowest across sources).",
    "events": "Counted by raw event: each report as read, so a strike told by several articles is counted "
              "once per report.",
}


def _unit(unit: str, count: int) -> str:
    return unit if count != 1 else unit[:-1]


def event_map(flt: EventFilter, height: int = 520, counting: Counting = Counting(),
              references: tuple[str, ...] = ()) -> None:
    """The map (with the chosen reference datasets in their own layers), then what it cannot show
    (no location), so none is dropped silently."""
    url = resources.store().url
    unit = counting.unit
    with st.spinner("Drawing the map…"):
        data = resources.map_data(url, flt, counting)
        covered = resources.coverage(url, flt, references) if references else None
        if draw(resources.map_frame(url, flt, counting, references, tiles_from_env()), height, report=not map_drawn()):
            note_map_drawn()
    if data.mode == "cells":
        st.caption(f"{data.located:,} located {unit}, summed in {data.cell_degrees:g}° cells "
                   f"(narrow the filter to see single {unit})")
    else:
        rings = " Ring: thin, single source; thick, corroborated; dashed red, contested." if unit == "incidents" else ""
        st.caption(f"{data.located:,} located {_unit(unit, data.located)} on the map.{rings}")
    st.caption(WHAT_IS_COUNTED[unit])
    if covered is not None:
        reference_coverage(covered, references)
    if data.unlocated:
        st.markdown(f"**{data.unlocated:,} {_unit(unit, data.unlocated)} without a location**")
        if not map_drawn():
            after_the_map("Their list")
            return
        unlocated = _shown(resources.unlocated_events(url, flt, counting), flt, counting)
        unlocated["why"] = [UNLOCATED_WHY[bool(place)] for place in unlocated["place"]]
        columns = INCIDENT_COLUMNS if unit == "incidents" else [*TABLE_COLUMNS, "evidence"]
        table(unlocated, column_order=["why", *columns], column_config=_COLUMN_CONFIG)


def reference_coverage(covered: Coverage, references: tuple[str, ...]) -> None:
    """How the articles and the reference data cover each other: the strikes of each side the other lacks."""
    refs = covered.references
    if refs.empty:
        st.caption(f"No {' or '.join(references)} event under these dates and countries.")
        return
    reported = int(refs["incident_id"].notna().sum())
    st.caption(f"{' and '.join(references)}: {reported:,} of {len(refs):,} reference strikes here are reported in "
               f"your articles (green rings; grey dashed: not reported); {covered.lacking:,} of your "
               f"{covered.incidents_in_span:,} incidents in the days they span are not in the reference data.")


def _narrow_to_brush() -> None:
    span = st.session_state[TIMELINE_KEY]["selection"].get(BRUSH, {}).get("period")
    if span and len(span) == 2:
        start, end = (pd.to_datetime(v, unit="ms").date() for v in span)
        narrow_dates(start, end)


def timeline(flt: EventFilter, period: str = "day", casualties: bool = True, counting: Counting = Counting()) -> None:
    """Incidents (or strike events) per period by actor; brushing a period narrows the date filter."""
    url = resources.store().url
    frame = resources.timeline(url, flt, period, counting)
    if frame.empty:
        st.info(f"No dated {counting.unit} match the filter.")
        return
    st.altair_chart(strikes_chart(frame, _colours(url), period, counting.unit), width="stretch",
                    on_select=_narrow_to_brush, selection_mode=BRUSH, key=TIMELINE_KEY)
    st.caption("Drag across the bars to narrow the dates. " + WHAT_IS_COUNTED[counting.unit])
    if casualties:
        st.altair_chart(casualties_chart(frame, period), width="stretch")


UNLOCATED_WHY = {True: "place not in the gazetteer", False: "no place named"}

INCIDENT_COLUMNS = ["date", "place", "country", "actor", "grade", "sources", "reports", "fatalities",
                    "killed_range", "civilians_killed", "wounded", "strikes", "actors", "source_names", "article"]

TEXT_COLUMNS = ("place", "actor", "source", "article_title", "origin", "evidence")


def _shown(frame: pd.DataFrame, flt: EventFilter, counting: Counting = Counting()) -> pd.DataFrame:
    """Events as a person reads them: country names, blank text for "not stated", links to each
    event's page and its article (which keep the filter). Numbers stay numbers, so that the columns
    still sort; `table` shows a missing one blank."""
    frame = frame.copy()
    frame["country"] = frame["country"].map(country_name)
    for name in TEXT_COLUMNS:
        if name in frame:
            frame[name] = frame[name].fillna("")
    frame["article"] = [article_url(a, flt, counting) for a in frame["article_id"]]
    if "fatalities_min" in frame:  # incidents: their id is no event's, so no event page to link
        frame["killed_range"] = [toll_range(low, high) for low, high in zip(frame["fatalities_min"], frame["fatalities_max"])]
        for name in ("actors", "source_names"):
            frame[name] = frame[name].fillna("")
    else:
        frame["details"] = [event_url(i, flt, counting) for i in frame["id"]]
    return frame


_COLUMN_CONFIG = {
    "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
    "civilians_killed": st.column_config.NumberColumn("civilians killed", help="blank: not stated"),
    "killed": st.column_config.NumberColumn("killed", help="blank: not stated"),
    "strikes": st.column_config.NumberColumn("strikes", help="blank: not stated"),
    "wounded": st.column_config.NumberColumn("wounded", help="blank: not stated"),
    "article_title": st.column_config.TextColumn("article"),
    "origin": st.column_config.TextColumn("file or URL"),
    "article": st.column_config.LinkColumn("open", display_text="open"),
    "details": st.column_config.LinkColumn("event", display_text="details", help="the event's page: all it says, and why"),
    "grade": st.column_config.TextColumn("grade", help="single source / corroborated (two or more independent "
                                                       "outlets) / contested (attacker disputed or denied)"),
    "sources": st.column_config.NumberColumn("sources", help="independent sources (a wire story republished is one)"),
    "reports": st.column_config.NumberColumn("reports", help="events read from the articles that tell of this strike"),
    "fatalities": st.column_config.NumberColumn("killed (best)", help="each source's latest figure; across sources "
                                                                      "the lowest"),
    "killed_range": st.column_config.TextColumn("killed (reports)", help="the lowest and highest toll reported"),
    "actors": st.column_config.TextColumn("attackers named"),
    "source_names": st.column_config.TextColumn("sources named"),
}


def events_table(flt: EventFilter, limit: int = 5000, height: int = 420, counting: Counting = Counting()) -> None:
    """A sortable table of the filtered incidents or events (the newest `limit`)."""
    url = resources.store().url
    if counting.unit == "incidents":
        frame = resources.incident_table(url, flt, counting, limit)
        columns = INCIDENT_COLUMNS
    else:
        frame = resources.events(url, flt, limit, counting.grades)
        columns = TABLE_COLUMNS
    total = resources.count(url, flt, counting)
    if total > len(frame):
        st.caption(f"Showing the newest {len(frame):,} of {total:,} {counting.unit}; the downloads hold all.")
    table(_shown(frame, flt, counting), height=height, column_order=columns, column_config=_COLUMN_CONFIG)


def _totals_config(unit: str) -> dict[str, object]:
    best = " (each incident's best figure)" if unit == "incidents" else ""
    return {
        unit: st.column_config.NumberColumn(unit),
        **{m: st.column_config.NumberColumn(m.replace("_", " "),
                                            help=f"the sum over the {unit} that state {m.replace('_', ' ')}{best}")
           for m in MEASURES},
        **{f"{m}_{unit}": st.column_config.NumberColumn("stated in", help=f"{unit} that state {m.replace('_', ' ')}")
           for m in MEASURES},
    }


def totals(flt: EventFilter, counting: Counting = Counting()) -> None:
    """Per actor and per country, each sum beside the number of incidents (or events) that state it, and a total row."""
    url = resources.store().url
    unit = counting.unit
    order = [unit] + [name for m in MEASURES for name in (m, f"{m}_{unit}")]
    for by in ("actor", "country"):
        st.subheader(f"Per {by}")
        frame = with_total(resources.totals(url, flt, by, counting), by)
        if by == "country":
            frame["country"] = [name if name == "All" else country_name(name) for name in frame["country"]]
        table(frame, column_order=[by, *order],
              column_config={by: st.column_config.TextColumn(by), **_totals_config(unit)})
    st.caption(f"A sum covers only the {unit} that state it (“stated in”); the others do not say. "
               + WHAT_IS_COUNTED[unit])


def event_feed(flt: EventFilter, limit: int = 50, height: int = 680, counting: Counting = Counting()) -> None:
    """The newest incidents (or events) under the filter, one line each, with a link to the article
    (untrusted text escaped)."""
    url = resources.store().url
    if counting.unit == "incidents":
        frame = resources.incident_table(url, flt, counting, limit)
        # An incident's id is no event's: without one, its line links its first report's article only.
        frame = frame.assign(killed=frame["fatalities"], civilians_killed=None).drop(columns="id")
    else:
        frame = resources.events(url, flt, limit, counting.grades)
    box = st.container(height=height, border=False)
    box.markdown(f"**Latest {counting.unit}**")
    if frame.empty:
        box.caption(f"No {counting.unit[:-1]} matches the filter.")
    for event in frame.to_dict(orient="records"):
        box.markdown(feed_line(event, flt, counting))


def feed_line(event: dict[str, object], flt: EventFilter | None = None, counting: Counting = Counting()) -> str:
    """'2016-10-08 · Sanaa, Yemen · Saudi-led coalition · 140 killed · article · details', as safe Markdown."""
    day = event.get("date")
    where = ", ".join(plain(str(part)) for part in (event.get("place"), country_name(event.get("country")))
                      if part and not pd.isna(part)) or "place not stated"
    toll = next((f"{int(event[k]):,} {label}" for k, label in (("killed", "killed"),
                                                               ("civilians_killed", "civilians killed"))
                 if event.get(k) is not None and not pd.isna(event[k])), "toll not stated")
    actor = plain(str(event.get("actor") or "unknown"))
    graded = f" · {event['grade']}" if event.get("grade") else ""
    return (f"**{day.isoformat() if hasattr(day, 'isoformat') else 'date not stated'}** · {where}  \n"
            f"{actor} · {toll}{graded} · [article]({article_url(event['article_id'], flt, counting)})"
            + (f" · [details]({event_url(event['id'], flt, counting)})" if event.get("id") is not None else ""))


def downloaded_events(flt: EventFilter, counting: Counting = Counting()) -> pd.DataFrame:
    """Every filtered event with its incident's id, grade, sources and tolls (of the chosen grades)."""
    store = resources.store()
    events = with_incidents(store, store.events(flt), flt)
    if counting.grades:
        events = events[events["incident_grade"].isin(counting.grades)]
    return events


def downloads(flt: EventFilter, counting: Counting = Counting()) -> None:
    """The whole filtered view, ACLED-like, one row per event with its incident's columns, made
    only when the user asks for it."""
    left, right = st.columns(2)
    name = download_name(flt)
    left.download_button("Download CSV", data=lambda: to_csv(downloaded_events(flt, counting)),
                         file_name=f"{name}.csv", mime="text/csv", on_click="ignore",
                         help="one row per event, with its incident's id, grade, sources and toll range")
    right.download_button("Download GeoJSON", data=lambda: to_geojson(downloaded_events(flt, counting)),
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
