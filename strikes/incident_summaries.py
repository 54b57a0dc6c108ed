"""Incidents summed per map cell and per week, events counted per attacker and country: what the
dashboard's unfiltered view reads.

A million events make some 425,000 incidents, and the Overview's first view summed all of them on
every cold start, for the map (per 0.1° cell and attacker) and for the timeline (per week, the
Overview's and the Timeline page's period, and attacker), and read every event for the filters'
lists: most of a 2-3 s page. These tables hold those sums, a few thousand rows each. The incidents'
are kept in step by the only code that writes incidents' figures (`incidents.refresh`,
`incidents.refresh_all`), in the same transaction: the incidents' rows before and after are
subtracted and added, so that an ingest, upload, correction, deletion, split or merge costs what it
touches. A sum is kept with how many incidents state it, so that "not stated" stays unknown, not 0.
Without coordinates, an incident's cell row or column is -1.

A filter or a grade (or counting raw events) narrows what must be summed, and is answered from the
incidents themselves, as before (strikes/queries.py).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from strikes.incident_tables import INCIDENT_FINE_COL, INCIDENT_FINE_ROW, incidents_table
from strikes.store import events_table, metadata

UNLOCATED = -1
"""The cell row and column of incidents without coordinates."""

CELL_SUMS = ("strikes", "killed", "civilians_killed")
WEEK_SUMS = {"strikes": "strikes", "toll": "fatalities", "civilians_killed": "civilians_killed"}
"""A week's sums, by the timeline's name, from the incidents' column (the toll is the best fatalities figure)."""


def _sums(names: Iterable[str]) -> list[sa.Column[Any]]:
    return [column for name in names for column in
            (sa.Column(name, sa.BigInteger), sa.Column(f"{name}_stated", sa.Integer, nullable=False))]


incident_cells = sa.Table(
    "incident_cells",
    metadata,
    sa.Column("cell_row", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("cell_col", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("actor", sa.Text, primary_key=True),
    sa.Column("incidents", sa.Integer, nullable=False),
    sa.Column("lat_sum", sa.Float),
    sa.Column("lon_sum", sa.Float),
    *_sums(CELL_SUMS),
    sa.Column("first", sa.Date),
    sa.Column("last", sa.Date),
)

incident_weeks = sa.Table(
    "incident_weeks",
    metadata,
    sa.Column("week", sa.Date, primary_key=True),  # its Monday
    sa.Column("actor", sa.Text, primary_key=True),
    sa.Column("incidents", sa.Integer, nullable=False),
    *_sums(WEEK_SUMS),
)

event_pairs = sa.Table(
    "event_pairs",
    metadata,
    sa.Column("actor", sa.Text, primary_key=True),
    sa.Column("country", sa.String(2), primary_key=True),  # "" for none
    sa.Column("events", sa.Integer, nullable=False),
)
"""How many events each attacker and country pair has: what the filters offer, without a pass over every
event (0.4-0.7 s at a million). Kept by the store's own writes (`Store.add`, `update_event`, `delete_event`)."""

_in = incidents_table.c
_cells = incident_cells.c
_weeks = incident_weeks.c
_pairs = event_pairs.c
_ROW = sa.func.coalesce(INCIDENT_FINE_ROW, UNLOCATED).label("cell_row")
_COL = sa.func.coalesce(INCIDENT_FINE_COL, UNLOCATED).label("cell_col")
_READ = sa.select(_in.id, _ROW, _COL, _in.actor, _in.date, _in.lat, _in.lon,
                  *[_in[column] for column in dict.fromkeys((*CELL_SUMS, *WEEK_SUMS.values()))])
"""What an incident adds to the sums (its cell computed by the database, as the map's grid is)."""


def rows_of(conn: sa.Connection, incident_ids: Sequence[int]) -> list[sa.Row[Any]]:
    """The incidents' rows as the sums see them: read before their figures are rewritten, and after."""
    return list(conn.execute(_READ.where(_in.id.in_(incident_ids)))) if incident_ids else []


def _summed(column: sa.ColumnElement[Any], name: str) -> list[sa.ColumnElement[Any]]:
    """A sum (0, not null, when nothing is stated: it is added to) and how many state it."""
    return [sa.func.coalesce(sa.func.sum(column), 0).label(name), sa.func.count(column).label(f"{name}_stated")]


def _cell_sums() -> list[sa.ColumnElement[Any]]:
    return [sa.func.count(_in.id).label("incidents"), sa.func.coalesce(sa.func.sum(_in.lat), 0).label("lat_sum"),
            sa.func.coalesce(sa.func.sum(_in.lon), 0).label("lon_sum"),
            *[s for name in CELL_SUMS for s in _summed(_in[name], name)],
            sa.func.min(_in.date).label("first"), sa.func.max(_in.date).label("last")]


def rebuild(conn: sa.Connection) -> None:
    """Sum every incident again (after grouping from scratch, or in a store made before these tables)."""
    conn.execute(incident_cells.delete())
    conn.execute(incident_weeks.delete())
    cells = sa.select(_ROW, _COL, _in.actor, *_cell_sums()).group_by(_ROW, _COL, _in.actor)
    conn.execute(incident_cells.insert().from_select(list(cells.selected_columns.keys()), cells))
    # Summed per day by the database, into weeks here: a week's first day is spelt differently by each database.
    days = (sa.select(_in.date, _in.actor, sa.func.count(_in.id),
                      *[s for column in WEEK_SUMS.values() for s in (sa.func.sum(_in[column]), sa.func.count(_in[column]))])
            .where(_in.date.is_not(None)).group_by(_in.date, _in.actor))
    weeks: dict[tuple[Any, ...], list[Any]] = {}
    for day, actor, *sums in conn.execute(days):
        total = weeks.setdefault((monday(day), actor), [0] * len(sums))
        for i, value in enumerate(sums):
            total[i] += value or 0
    _apply(conn, incident_weeks, ["week", "actor"], ["incidents", *_stated_names(WEEK_SUMS)], weeks)


def missing(conn: sa.Connection) -> bool:
    """Incidents or events stored but no sums: a store made before these tables."""
    return bool(conn.execute(sa.select(
        (sa.exists().where(_in.id.is_not(None)) & ~sa.exists().where(_cells.incidents.is_not(None)))
        | (sa.exists().where(_in.date.is_not(None)) & ~sa.exists().where(_weeks.incidents.is_not(None)))
        | (sa.exists().where(events_table.c.id.is_not(None)) & ~sa.exists().where(_pairs.events.is_not(None)))
    )).scalar())


def rebuild_pairs(conn: sa.Connection) -> None:
    """Count every event's attacker and country again (events written by a program that does not keep them)."""
    ev = events_table.c
    country = sa.func.coalesce(ev.country, "")
    conn.execute(event_pairs.delete())
    pairs = sa.select(ev.actor, country.label("country"), sa.func.count(ev.id).label("events")).group_by(ev.actor, country)
    conn.execute(event_pairs.insert().from_select(["actor", "country", "events"], pairs))


def count_events(conn: sa.Connection, changes: dict[tuple[str, str | None], int]) -> None:
    """Add events (a positive count) or take them away (negative) from their attacker and country pairs."""
    _apply(conn, event_pairs, ["actor", "country"], ["events"],
           {(actor, country or ""): [n] for (actor, country), n in changes.items() if n})


def pairs(conn: sa.Connection) -> list[tuple[str, str | None]]:
    """Every attacker and country pair an event has (the country None when not known)."""
    return [(actor, country or None) for actor, country in conn.execute(sa.select(_pairs.actor, _pairs.country))]


def shift(conn: sa.Connection, before: Iterable[sa.Row[Any]], after: Iterable[sa.Row[Any]]) -> None:
    """Take the incidents' rows `before` out of the sums and put the rows `after` in."""
    before, after = list(before), list(after)
    cells: dict[tuple[Any, ...], list[Any]] = {}
    weeks: dict[tuple[Any, ...], list[Any]] = {}
    for sign, rows in ((-1, before), (1, after)):
        for row in rows:
            _add(cells, (row.cell_row, row.cell_col, row.actor), sign, [1, row.lat, row.lon],
                 [row._mapping[name] for name in CELL_SUMS], row.date)
            if row.date is not None:
                _add(weeks, (monday(row.date), row.actor), sign, [1], [row._mapping[c] for c in WEEK_SUMS.values()],
                     None)
    _apply(conn, incident_weeks, ["week", "actor"], ["incidents", *_stated_names(WEEK_SUMS)], weeks)
    _apply(conn, incident_cells, ["cell_row", "cell_col", "actor"],
           ["incidents", "lat_sum", "lon_sum", *_stated_names(CELL_SUMS)], cells)
    _fit_dates(conn, before, after)


def _stated_names(names: Iterable[str]) -> list[str]:
    return [column for name in names for column in (name, f"{name}_stated")]


def _add(sums: dict[tuple[Any, ...], list[Any]], key: tuple[Any, ...], sign: int, plain: list[Any],
         figures: list[Any], day: dt.date | None) -> None:
    """Add (sign 1) or take away (-1) one incident's values to its key's: the `plain` ones (its count, a
    cell's lat and lon), then each figure and whether it is stated; and the first and last day added."""
    deltas = plain + [v for value in figures for v in (value, value is not None)]
    total = sums.setdefault(key, [0] * len(deltas) + [None, None])
    for i, value in enumerate(deltas):
        if value is not None:
            total[i] += sign * value
    if sign > 0 and day is not None:
        first, last = total[-2], total[-1]
        total[-2] = day if first is None or day < first else first
        total[-1] = day if last is None or day > last else last


def _apply(conn: sa.Connection, table: sa.Table, keys: list[str], sums: list[str],
           changes: dict[tuple[Any, ...], list[Any]]) -> None:
    """Add the changes to the stored sums (in key order, so that two writers on a server never wait on
    each other in a circle), then drop the keys no incident holds any more."""
    if not changes:
        return
    rows = []
    for key, values in sorted(changes.items(), key=lambda item: tuple(str(k) for k in item[0])):
        row = {**dict(zip(keys, key)), **dict(zip(sums, values))}
        if table is incident_cells:
            row["first"], row["last"] = values[-2], values[-1]
        rows.append(row)
    insert = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    stored = table.c
    update: dict[str, Any] = {name: stored[name] + insert.excluded[name] for name in sums}
    if table is incident_cells:
        new_first, new_last = insert.excluded["first"], insert.excluded["last"]
        update["first"] = sa.case((sa.or_(stored.first.is_(None), new_first < stored.first), new_first),
                                  else_=stored.first)
        update["last"] = sa.case((sa.or_(stored["last"].is_(None), new_last > stored["last"]), new_last),
                                 else_=stored["last"])
    conn.execute(insert.on_conflict_do_update(index_elements=keys, set_=update), rows)
    fewer = [{f"k_{name}": row[name] for name in keys} for row in rows if row[sums[0]] < 0]
    if fewer:
        gone = sa.and_(*[stored[name] == sa.bindparam(f"k_{name}") for name in keys], stored[sums[0]] <= 0)
        conn.execute(table.delete().where(gone), fewer)


def _fit_dates(conn: sa.Connection, before: list[sa.Row[Any]], after: list[sa.Row[Any]]) -> None:
    """A cell's first or last day after the last incident of that day left it is the cell's no longer: read
    again from the cell's incidents (through the grid index). An incident rewritten on its own day changes
    neither."""
    left: dict[tuple[Any, ...], set[dt.date]] = {}
    for row in before:
        if row.date is not None:
            left.setdefault((row.cell_row, row.cell_col, row.actor), set()).add(row.date)
    for row in after:
        left.get((row.cell_row, row.cell_col, row.actor), set()).discard(row.date)
    keys = sorted((key for key, days in left.items() if days), key=lambda k: tuple(str(v) for v in k))
    if not keys:
        return
    key_columns = sa.tuple_(_cells.cell_row, _cells.cell_col, _cells.actor)
    ends = conn.execute(sa.select(_cells.cell_row, _cells.cell_col, _cells.actor, _cells.first, _cells["last"])
                        .where(key_columns.in_(keys)))
    for row, col, actor, first, last in list(ends):
        if not left[(row, col, actor)] & {first, last}:
            continue
        located = [fine == at if at != UNLOCATED else coordinate.is_(None)
                   for fine, coordinate, at in ((INCIDENT_FINE_ROW, _in.lat, row), (INCIDENT_FINE_COL, _in.lon, col))]
        first, last = conn.execute(sa.select(sa.func.min(_in.date), sa.func.max(_in.date))
                                   .where(*located, _in.actor == actor)).one()
        conn.execute(incident_cells.update().where(_cells.cell_row == row, _cells.cell_col == col,
                                                   _cells.actor == actor).values(first=first, last=last))


def _stated(table: sa.ColumnCollection[str, Any], name: str) -> sa.ColumnElement[Any]:
    """A stored sum, null when no incident states it (as SQL's SUM of nulls)."""
    return sa.case((table[f"{name}_stated"] > 0, table[name]), else_=None).label(name)


SHARES = sa.select(_cells.cell_row.label("row"), _cells.cell_col.label("col"), _cells.actor,
                   _cells.incidents.label("events"), _cells.lat_sum, _cells.lon_sum,
                   *[_stated(_cells, name) for name in CELL_SUMS], _cells.first, _cells["last"])
"""Every incident summed per 0.1° cell and attacker, as `queries._shares` sums them for no filter
(once `unlocated_apart` has made the unlocated cell's row and column null)."""

COUNT = sa.select(sa.func.coalesce(sa.func.sum(_cells.incidents), 0).label("incidents"))
"""How many incidents there are (each is in one cell, the unlocated in theirs)."""

WEEKLY = sa.select(_weeks.week.label("date"), _weeks.actor, _weeks.incidents,
                   *[_stated(_weeks, name) for name in WEEK_SUMS])
"""Incidents, strikes, toll and civilians killed per week (its Monday, as `date`) and attacker, for no filter
(dated ones only)."""


def monday(day: dt.date) -> dt.date:
    """The first day of a day's week, as the timeline counts weeks."""
    return day - dt.timedelta(days=day.weekday())


def unlocated_apart(shares: pd.DataFrame) -> pd.DataFrame:
    """`SHARES` read into a frame, with the row (column) and latitude (longitude) sum of incidents without
    one null, as the map's grid has them."""
    shares[["row", "col"]] = shares[["row", "col"]].astype("float64")
    for grid, coordinate in (("row", "lat_sum"), ("col", "lon_sum")):
        shares.loc[shares[grid] == UNLOCATED, [grid, coordinate]] = None
    return shares
