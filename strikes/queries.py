"""The dashboard's questions to the store, answered by the database rather than in Python.

A store can hold a million events; the views need at most a few thousand numbers. Every function
here narrows with the user's filter (`EventFilter.where`) and aggregates in SQL, so that what comes
back to Python, and goes on to the browser, stays small whatever the store's size.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa

from strikes.store import EventFilter, Store, articles_table, events_table

ev = events_table.c

POPUP_COLUMNS = (
    "id", "article_id", "article_title", "date", "place", "country", "actor", "strikes",
    "civilians_killed", "killed", "wounded", "source", "evidence", "lat", "lon",
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


def map_data(store: Store, flt: EventFilter, max_markers: int = 2000, max_cells: int = 3000) -> MapData:
    """Events for the map: each one when at most `max_markers`, else a grid of at most ~`max_cells` cells."""
    where = flt.where()
    extent = sa.select(
        sa.func.count(ev.lat), sa.func.count(ev.id),
        sa.func.min(ev.lat), sa.func.max(ev.lat), sa.func.min(ev.lon), sa.func.max(ev.lon),
    ).where(*where)
    with store.engine.connect() as conn:
        located, total, south, north, west, east = conn.execute(extent).one()
    unlocated = total - located
    if located <= max_markers:
        query = _event_rows(where + [ev.lat.is_not(None)]).order_by(ev.date.desc(), ev.id)
        return MapData("events", _frame(store, query), located, unlocated)
    size = _cell_size(north - south, east - west, max_cells)
    return MapData("cells", _cells(store, where, size), located, unlocated, size)


def _cell_size(lat_span: float, lon_span: float, max_cells: int) -> float:
    """The smallest 'round' cell (0.01°, 0.02°, 0.05°, 0.1°, ...) whose grid over the extent has ≤ max_cells cells."""
    raw = math.sqrt(max(lat_span, 0.01) * max(lon_span, 0.01) / max_cells)
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if step * magnitude >= raw:
            return max(step * magnitude, 0.01)
    return 10 * magnitude


def _cells(store: Store, where: list[sa.ColumnElement[bool]], size: float) -> pd.DataFrame:
    """Events summed per grid cell (and per actor, to colour a cell by its main actor)."""
    # Shifted to positive values so that CAST truncation is a floor on every database.
    row = sa.cast((ev.lat + 90) / size, sa.Integer).label("row")
    col = sa.cast((ev.lon + 180) / size, sa.Integer).label("col")
    query = (
        sa.select(
            row, col, ev.actor,
            sa.func.count(ev.id).label("events"),
            sa.func.sum(ev.lat).label("lat_sum"), sa.func.sum(ev.lon).label("lon_sum"),
            sa.func.sum(ev.strikes).label("strikes"),
            sa.func.sum(ev.killed).label("killed"),
            sa.func.sum(ev.civilians_killed).label("civilians_killed"),
            sa.func.min(ev.date).label("first"), sa.func.max(ev.date).label("last"),
        )
        .where(*where, ev.lat.is_not(None))
        .group_by(row, col, ev.actor)
    )
    shares = _frame(store, query)
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
    columns = [articles_table.c.title.label("article_title") if name == "article_title" else ev[name]
               for name in POPUP_COLUMNS]
    return (
        sa.select(*columns)
        .join(articles_table, articles_table.c.id == ev.article_id)
        .where(*where)
    )


def unlocated_events(store: Store, flt: EventFilter, limit: int = 500) -> pd.DataFrame:
    """Events the gazetteer could not place: listed beside the map so that none is dropped silently."""
    query = _event_rows(flt.where() + [ev.lat.is_(None)]).order_by(ev.date.desc(), ev.id).limit(limit)
    return _frame(store, query).drop(columns=["lat", "lon"])


def timeline(store: Store, flt: EventFilter, period: Period = "day") -> pd.DataFrame:
    """Events, strikes, killed and civilians killed per period and actor (dated events only)."""
    query = (
        sa.select(
            ev.date, ev.actor,
            sa.func.count(ev.id).label("events"),
            sa.func.sum(ev.strikes).label("strikes"),
            sa.func.sum(ev.killed).label("killed"),
            sa.func.sum(ev.civilians_killed).label("civilians_killed"),
        )
        .where(*flt.where(), ev.date.is_not(None))
        .group_by(ev.date, ev.actor)
    )
    daily = _frame(store, query)
    measures = ["events", "strikes", "killed", "civilians_killed"]
    if daily.empty:
        return pd.DataFrame(columns=["period", "actor", *measures])
    day = pd.to_datetime(daily.pop("date"))
    daily["period"] = day if period == "day" else day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    summed = daily.groupby(["period", "actor"], as_index=False)[measures].sum(min_count=0)
    return summed.sort_values(["period", "actor"]).reset_index(drop=True)


def totals(store: Store, flt: EventFilter, by: Grouping) -> pd.DataFrame:
    """Events, strikes and casualties per actor or per country, largest toll first."""
    key = ev[by]
    query = (
        sa.select(
            key,
            sa.func.count(ev.id).label("events"),
            sa.func.sum(ev.strikes).label("strikes"),
            sa.func.sum(ev.civilians_killed).label("civilians_killed"),
            sa.func.sum(ev.killed).label("killed"),
            sa.func.sum(ev.wounded).label("wounded"),
        )
        .where(*flt.where())
        .group_by(key)
    )
    frame = _frame(store, query)
    numbers = ["events", "strikes", "civilians_killed", "killed", "wounded"]
    frame[numbers] = frame[numbers].fillna(0).astype("int64")
    return frame.sort_values(["killed", "events"], ascending=False).reset_index(drop=True)


def _frame(store: Store, query: sa.Select[Any]) -> pd.DataFrame:
    with store.engine.connect() as conn:
        return pd.read_sql(query, conn)
