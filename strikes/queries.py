"""The dashboard's questions to the store, answered by the database rather than in Python.

A store can hold a million events; the views need at most a few thousand numbers. Every function
here narrows with the user's filter (`EventFilter.where`) and aggregates in SQL, so that what comes
back to Python, and goes on to the browser, stays small whatever the store's size. The queries
are written to be answered from the store's two covering indexes (by date, by map cell; see
strikes/store.py) in the index's own order, without a sort of the filtered events.

By default the dashboard counts incidents (one strike, however many articles report it; see
strikes/incidents.py), read from the `incidents` table, which holds each incident's agreed day,
place and attacker and its best figures under the events' own column names, and has the same two
indexes: one query, given the table, counts either. An incident is shown when its agreed values
match the filter.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa

from strikes import incident_summaries
from strikes.incident_tables import INCIDENT_FINE_COL, INCIDENT_FINE_ROW, incident_members, incidents_table
from strikes.store import (
    EVENT_COLUMNS, FINE_CELL_DEGREES, FINE_COL, FINE_ROW, EventFilter, Store, articles_table, events_table, grid_index,
)

ev = events_table.c
inc = incidents_table.c

Unit = Literal["incidents", "events"]


@dataclass(frozen=True)
class Counting:
    """What one mark, bar or row stands for: an incident (the default: a strike counted once, its
    toll the incident's best figure) or a raw event (each report as read); and the grades shown
    (none chosen: every grade). Frozen so that it can key Streamlit's data cache."""

    unit: Unit = "incidents"
    grades: tuple[str, ...] = ()

    @property
    def table(self) -> sa.Table:
        return incidents_table if self.unit == "incidents" else events_table

    def where(self, flt: EventFilter) -> list[sa.ColumnElement[bool]]:
        """The filter on the counted table, with the grades (an event has its incident's grade)."""
        clauses = flt.where(self.table)
        if self.grades and self.unit == "incidents":
            clauses.append(inc.grade.in_(self.grades))
        elif self.grades:
            graded = (sa.select(incident_members.c.event_id)
                      .join(incidents_table, inc.id == incident_members.c.incident_id)
                      .where(inc.grade.in_(self.grades)))
            clauses.append(ev.id.in_(graded))
        return clauses


EVENTS = Counting("events")

INCIDENT_POPUP_COLUMNS = (
    "id", "article_id", "date", "place", "country", "actor", "actors", "grade", "sources", "reports", "strikes",
    "civilians_killed", "killed", "wounded", "fatalities", "fatalities_min", "fatalities_max", "source_names",
    "lat", "lon",
)
"""What a marker's popup shows about one incident: its agreed values, best figures and the range."""

POPUP_COLUMNS = (
    "id", "article_id", "article_title", "date", "place", "country", "actor", "strikes",
    "civilians_killed", "killed", "wounded", "source", "evidence", "lat", "lon", "origin",
)
"""What a marker's popup shows about one event."""

Period = Literal["day", "week"]
Grouping = Literal["actor", "country"]


@dataclass(frozen=True)
class MapData:
    """What the map draws for a filter.

    `mode` is "events" (one row per located event, for popups) when there are few enough to send
    to the browser, else "cells": events summed on a lat/lon grid, one row per cell and actor's
    share, so a million events still make a payload of a few hundred kilobytes.
    """

    mode: Literal["events", "cells"]
    points: pd.DataFrame
    located: int
    unlocated: int
    cell_degrees: float | None = None
    unit: Unit = "events"


@dataclass(frozen=True)
class Choices:
    """What the filters can offer: the actors and countries stored, and the first and last dates."""

    actors: list[str]
    countries: list[str]
    first: dt.date | None
    last: dt.date | None


def filter_choices(store: Store) -> Choices:
    """Actors and countries from the events' attacker and country pairs (see strikes/incident_summaries.py).

    The first and last dates are two subqueries: each reads one end of the date index, where
    min and max in one SELECT make SQLite scan all of it (0.26 s at a million events)."""
    dates = sa.select(sa.select(sa.func.min(ev.date)).scalar_subquery(),
                      sa.select(sa.func.max(ev.date)).scalar_subquery())
    with store.engine.connect() as conn:
        rows = incident_summaries.pairs(conn)
        first, last = conn.execute(dates).one()
    return Choices(sorted({a for a, _ in rows if a is not None}),
                   sorted({c for _, c in rows if c is not None}), first, last)


def map_data(store: Store, flt: EventFilter, counting: Counting = Counting(), max_markers: int = 2000,
             max_cells: int = 3000) -> MapData:
    """Incidents or events for the map: each one when at most `max_markers`, else a grid of at most ~`max_cells` cells.

    One pass over the store's finest grid (in index order) answers how many are located,
    how many are not, where they lie (to the nearest 0.1°, enough to choose a cell size) and, for a
    grid of 0.1° or more, the cells themselves.
    """
    t = counting.table.c
    where = counting.where(flt)
    fine_row, fine_col = (INCIDENT_FINE_ROW, INCIDENT_FINE_COL) if counting.unit == "incidents" else (FINE_ROW, FINE_COL)
    if _summed(flt, counting):
        fine = _as_datetimes(incident_summaries.unlocated_apart(_frame(store, incident_summaries.SHARES)))
    else:
        fine = _shares(store, t, where, fine_row, fine_col)
    located_shares = fine[fine["row"].notna()]
    located = int(located_shares["events"].sum())
    unlocated = int(fine["events"].sum()) - located
    if located <= max_markers:
        rows = _incident_rows if counting.unit == "incidents" else _event_rows
        query = rows(where + [t.lat.is_not(None)]).order_by(t.date.desc(), t.id)
        return MapData("events", _frame(store, query), located, unlocated, unit=counting.unit)
    rows, cols = located_shares["row"], located_shares["col"]
    size = _cell_size((rows.max() - rows.min() + 1) * FINE_CELL_DEGREES,
                      (cols.max() - cols.min() + 1) * FINE_CELL_DEGREES, max_cells)
    if size >= FINE_CELL_DEGREES:
        shares = _merge_shares(located_shares, round(size / FINE_CELL_DEGREES))
    else:
        # A small area with many events: finer than the indexed grid, summed directly.
        row = grid_index((t.lat + 90) / size)
        col = grid_index((t.lon + 180) / size)
        shares = _shares(store, t, where + [t.lat.is_not(None)], row, col)
    return MapData("cells", _cells(shares), located, unlocated, size, counting.unit)


def _cell_size(lat_span: float, lon_span: float, max_cells: int) -> float:
    """The smallest 'round' cell (0.01°, 0.02°, 0.05°, 0.1°, ...) whose grid over the extent has ≤ max_cells cells."""
    raw = math.sqrt(max(lat_span, 0.01) * max(lon_span, 0.01) / max_cells)
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if step * magnitude >= raw:
            return max(step * magnitude, 0.01)
    return 10 * magnitude


_SUMS = ["events", "lat_sum", "lon_sum", "strikes", "killed", "civilians_killed"]


def _shares(store: Store, t: sa.ColumnCollection[str, Any], where: list[sa.ColumnElement[bool]],
            row: sa.ColumnElement[int], col: sa.ColumnElement[int]) -> pd.DataFrame:
    """Events (or incidents) summed per grid cell and actor (row and col are null for unlocated ones)."""
    row, col = row.label("row"), col.label("col")
    query = (
        sa.select(
            row, col, t.actor,
            sa.func.count(t.id).label("events"),
            sa.func.sum(t.lat).label("lat_sum"), sa.func.sum(t.lon).label("lon_sum"),
            sa.func.sum(t.strikes).label("strikes"),
            sa.func.sum(t.killed).label("killed"),
            sa.func.sum(t.civilians_killed).label("civilians_killed"),
            sa.func.min(t.date).label("first"), sa.func.max(t.date).label("last"),
        )
        .where(*where)
        .group_by(row, col, t.actor)
    )
    return _as_datetimes(_frame(store, query))


def _as_datetimes(shares: pd.DataFrame) -> pd.DataFrame:
    # As datetimes, so that merging cells takes their min and max in pandas' fast path.
    shares["first"] = pd.to_datetime(shares["first"])
    shares["last"] = pd.to_datetime(shares["last"])
    return shares


def _summed(flt: EventFilter, counting: Counting) -> bool:
    """Whether the sums per cell and per week answer (every incident, any grade: the unfiltered view;
    see strikes/incident_summaries.py)."""
    return flt == EventFilter() and counting == Counting()


def _merge_shares(shares: pd.DataFrame, merge: int) -> pd.DataFrame:
    """Fine cells merged `merge` by `merge` into coarser ones (a 0.1° grid into a 1° one, for instance)."""
    shares = shares.assign(row=shares["row"].astype("int64") // merge, col=shares["col"].astype("int64") // merge)
    grouped = shares.groupby(["row", "col", "actor"], as_index=False)
    return grouped[_SUMS].sum(min_count=1).merge(
        grouped.agg(first=("first", "min"), last=("last", "max")), on=["row", "col", "actor"])


def _cells(shares: pd.DataFrame) -> pd.DataFrame:
    """Cells from their per-actor shares, each coloured by the actor with most events there."""
    if shares.empty:
        return pd.DataFrame(columns=["lat", "lon", "events", "strikes", "killed", "civilians_killed",
                                     "actor", "actors", "first", "last"])
    main_actor = shares.sort_values("events", ascending=False).drop_duplicates(["row", "col"])
    cells = shares.groupby(["row", "col"], as_index=False).agg(
        events=("events", "sum"), lat_sum=("lat_sum", "sum"), lon_sum=("lon_sum", "sum"),
        strikes=("strikes", "sum"), killed=("killed", "sum"),
        civilians_killed=("civilians_killed", "sum"), actors=("actor", "nunique"),
        first=("first", "min"), last=("last", "max"),
    )
    cells = cells.merge(main_actor[["row", "col", "actor"]], on=["row", "col"])
    cells["lat"] = cells.pop("lat_sum") / cells["events"]
    cells["lon"] = cells.pop("lon_sum") / cells["events"]
    return cells.drop(columns=["row", "col"])


def _event_rows(where: list[sa.ColumnElement[bool]]) -> sa.Select[Any]:
    article = {"article_title": articles_table.c.title.label("article_title"), "origin": articles_table.c.origin}
    columns = [article.get(name, ev[name] if name in ev else None) for name in POPUP_COLUMNS]
    return (
        sa.select(*columns)
        .join(articles_table, articles_table.c.id == ev.article_id)
        .where(*where)
    )


def _incident_rows(where: list[sa.ColumnElement[bool]]) -> sa.Select[Any]:
    return sa.select(*[inc[name] for name in INCIDENT_POPUP_COLUMNS]).where(*where)


INCIDENT_TABLE_COLUMNS = (
    "id", "article_id", "date", "place", "country", "actor", "grade", "sources", "reports", "strikes",
    "civilians_killed", "killed", "wounded", "fatalities", "fatalities_min", "fatalities_max", "actors",
    "source_names",
)


def incident_table(store: Store, flt: EventFilter, counting: Counting = Counting(),
                   limit: int | None = None) -> pd.DataFrame:
    """Incidents for the table, newest first: agreed values, grade, sources, best figures and the toll's range."""
    query = (sa.select(*[inc[name] for name in INCIDENT_TABLE_COLUMNS]).where(*counting.where(flt))
             .order_by(inc.date.desc(), inc.id).limit(limit))
    return _frame(store, query)


def count(store: Store, flt: EventFilter, counting: Counting = Counting()) -> int:
    """How many incidents (or events) the filter and grades show."""
    table = counting.table
    if _summed(flt, counting):
        return int(_frame(store, incident_summaries.COUNT).iloc[0, 0])
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count(table.c.id)).where(*counting.where(flt))).scalar_one())


def events(store: Store, flt: EventFilter, limit: int | None = None, grades: tuple[str, ...] = ()) -> pd.DataFrame:
    """Events for the table, newest first, with their article's title and file name or URL (`origin`)
    (only those whose incident has one of `grades`, when given)."""
    query = (
        sa.select(ev.id, ev.article_id, articles_table.c.title.label("article_title"), articles_table.c.origin,
                  *[ev[name] for name in EVENT_COLUMNS])
        .join(articles_table, articles_table.c.id == ev.article_id)
        .where(*Counting("events", grades).where(flt))
        .order_by(ev.date.desc(), ev.id)
        .limit(limit)
    )
    return _frame(store, query)


def articles(store: Store, flt: EventFilter, search: str = "", places: Sequence[str] | None = None) -> pd.DataFrame:
    """Stored articles, newest first, each with its events that match the filter.

    With no filter every article is listed, those with no events too (an article whose only event
    was deleted is still stored); with one, only the articles that have a matching event. `search`
    is matched, case-insensitively, in the title and the file name or URL. `places`, when given,
    keeps the articles with an event at one of these places, and counts only those events.
    """
    art = articles_table.c
    narrowed = flt.where() if places is None else [*flt.where(), ev.place.in_(list(places))]
    matching = sa.and_(ev.article_id == art.id, *narrowed)
    query = (
        sa.select(art.id, art.title, art.published, art.origin, art.ingested_at,
                  sa.func.count(ev.id).label("events"))
        .outerjoin(events_table, matching)
        .group_by(art.id)
        .order_by(art.published.desc(), art.id)
    )
    if flt != EventFilter() or places is not None:
        query = query.having(sa.func.count(ev.id) > 0)
    if search.strip():
        pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(sa.or_(art.title.ilike(pattern, escape="\\"), art.origin.ilike(pattern, escape="\\")))
    return _frame(store, query)


def place_names(store: Store) -> list[str]:
    """Every place name an event holds: what a place search looks through (far fewer than the events)."""
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(ev.place).where(ev.place.is_not(None)).distinct()).scalars())


def event(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event with its article's title, file name or URL, date and text: what its own page shows."""
    art = articles_table.c
    query = (
        sa.select(ev.id, ev.article_id, art.title.label("article_title"), art.origin,
                  art.published.label("article_published"), art.text.label("article_text"),
                  art.content_hash, *[ev[name] for name in EVENT_COLUMNS])
        .join(articles_table, art.id == ev.article_id)
        .where(ev.id == event_id)
    )
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def counts(store: Store, flt: EventFilter) -> tuple[int, int]:
    """(events, articles) the filter shows: unfiltered, every stored article, with events or not
    (two plain counts, without the filtered count's pass over distinct articles)."""
    if flt != EventFilter():
        return store.counts(flt)
    with store.engine.connect() as conn:
        return tuple(int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
                     for table in (events_table, articles_table))


def unlocated_events(store: Store, flt: EventFilter, limit: int = 500, counting: Counting = EVENTS) -> pd.DataFrame:
    """Events (or incidents) the gazetteer could not place: listed beside the map so that none is dropped silently."""
    t = counting.table.c
    rows = _incident_rows if counting.unit == "incidents" else _event_rows
    query = rows(counting.where(flt) + [t.lat.is_(None)]).order_by(t.date.desc(), t.id).limit(limit)
    return _frame(store, query).drop(columns=["lat", "lon"])


MEASURES = ("strikes", "civilians_killed", "killed", "wounded")
"""What an article may or may not state about a strike; a sum of them covers only the events that state it."""

TOLL = sa.func.coalesce(ev.killed, ev.civilians_killed)
"""An event's toll: everyone killed, or the civilians killed when that is all the article says."""


def timeline(store: Store, flt: EventFilter, period: Period = "day", counting: Counting = Counting()) -> pd.DataFrame:
    """Incidents (or events), strikes, toll and civilians killed per period and actor (dated ones only).

    The count's column is named after the unit ("incidents" or "events"). A measure no row of the
    period states is missing (NA), not 0: the chart leaves it out rather than drawing a period of
    no strikes. `toll` counts civilians when the total is not stated, so it is never below
    `civilians_killed`; an incident's is its best figure.
    """
    t = counting.table.c
    toll = t.fatalities if counting.unit == "incidents" else TOLL
    unit = counting.unit
    if period == "week" and _summed(flt, counting):
        return _by_period(_frame(store, incident_summaries.WEEKLY), period, unit)
    query = (
        sa.select(
            t.date, t.actor,
            sa.func.count(t.id).label(unit),
            sa.func.sum(t.strikes).label("strikes"),
            sa.func.sum(toll).label("toll"),
            sa.func.sum(t.civilians_killed).label("civilians_killed"),
        )
        .where(*counting.where(flt), t.date.is_not(None))
        .group_by(t.date, t.actor)
    )
    return _by_period(_frame(store, query), period, unit)


def _by_period(daily: pd.DataFrame, period: Period, unit: Unit) -> pd.DataFrame:
    """Sums per day and actor summed per period (a day or the week from its Monday)."""
    measures = [unit, "strikes", "toll", "civilians_killed"]
    if daily.empty:
        return pd.DataFrame(columns=["period", "actor", *measures])
    day = pd.to_datetime(daily.pop("date"))
    daily["period"] = day if period == "day" else day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    daily[measures] = daily[measures].astype("Int64")
    summed = daily.groupby(["period", "actor"], as_index=False)[measures].sum(min_count=1)
    return summed.sort_values(["period", "actor"]).reset_index(drop=True)


def totals(store: Store, flt: EventFilter, by: Grouping, counting: Counting = Counting()) -> pd.DataFrame:
    """Incidents (or events), and each measure's sum with the number that state it, per actor or country.

    `killed_incidents` = 2 beside `killed` = 40 says the 40 are the toll of two incidents (each its
    best figure); the others do not say. The count columns are named after the unit. A sum no row
    states is NA. Largest toll first.
    """
    t = counting.table.c
    unit = counting.unit
    key = t[by]
    sums = [sa.func.sum(t[m]).label(m) for m in MEASURES]
    stated = [sa.func.count(t[m]).label(f"{m}_{unit}") for m in MEASURES]
    query = (
        sa.select(key, sa.func.count(t.id).label(unit), *sums, *stated)
        .where(*counting.where(flt))
        .group_by(key)
    )
    frame = _frame(store, query)
    numbers = [unit, *MEASURES, *(f"{m}_{unit}" for m in MEASURES)]
    frame[numbers] = frame[numbers].astype("Int64")
    for measure in MEASURES:
        frame[measure] = frame[measure].mask(frame[f"{measure}_{unit}"] == 0)
    return frame.sort_values(["killed", unit], ascending=False, na_position="last").reset_index(drop=True)


def with_total(frame: pd.DataFrame, key: str, label: str = "All") -> pd.DataFrame:
    """The totals with a last row summing them (each count and sum covers the same events as its column)."""
    if frame.empty:
        return frame
    numbers = frame.columns.drop(key)
    total = frame[numbers].sum(min_count=1).to_frame().T.astype(frame[numbers].dtypes.to_dict())
    return pd.concat([frame, total.assign(**{key: label})[frame.columns]], ignore_index=True)


def _frame(store: Store, query: sa.Select[Any]) -> pd.DataFrame:
    # Built column by column: from rows (or pandas.read_sql) the frame costs more than the query.
    with store.engine.connect() as conn:
        result = conn.execute(query)
        keys, rows = list(result.keys()), result.fetchall()
    if not rows:
        return pd.DataFrame(columns=keys)
    return pd.DataFrame(dict(zip(keys, map(list, zip(*rows)))))
