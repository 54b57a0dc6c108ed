"""One strike, many reports: events from different articles grouped into incidents.

Two reports tell of the same strike when their days can be the same (within each date's
precision), their places are the same (the same GeoNames place or name, or within a distance that
grows with the vaguer `geo_precision`), and their attackers agree or one is not named. Two reports
that name different attackers for the same place and day are kept together: that is a disputed
strike, and the incident is graded *contested*, which is what an analyst needs to see.

Reports are placed in the order they were stored (event id): each joins the closest incident all of
whose reports it matches, or starts its own. That order makes the grouping stable (a report stored
later never reshuffles earlier incidents, and grouping from scratch gives the incidents that
arrival gave) and cheap (a new report looks only at reports of its own days and area).
A user's decision, two events together or apart, is obeyed over the rule.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from strikes import incident_summaries
from strikes.incident_tables import incident_decisions, incident_members, incidents_table
from strikes.store import Store, articles_table, events_table

RADIUS_KM = {1: 10.0, 2: 25.0}
"""How far apart two reports' places may be and still be one strike, by the vaguer geo_precision:
a town named (1) is pinned to its centre, which may be 10 km from a strike on its edge or on the next
village; "near" a town (2) may be further. Region-only places (3) match by region instead."""

_BOX_DEGREES = max(RADIUS_KM.values()) / 111.0 * 1.2
"""Half the side of a box, in degrees of latitude, that holds every place within the widest radius."""

SAME_SPOT_KM = 2.0
"""Reports naming different attackers are one (disputed) strike only at the very same place."""

DAYS_IN_SPAN = {"day": 1, "week": 7}
GRADES = ("single source", "corroborated", "contested")
DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ial)|rejected (?:the )?(?:claim|report)s?)\b", re.IGNORECASE)
"""A report that an attacker denies the strike makes the incident contested."""


@dataclass(frozen=True)
class Report:
    """An event as the grouping sees it: when, where and by whom."""

    id: int
    date: dt.date | None
    date_precision: str = "day"
    place: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    actor: str = "unknown"

    @cached_property
    def days(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the report's date allows."""
        if self.date is None:
            return None
        if self.date_precision == "month":
            following = (self.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return self.date, following - dt.timedelta(days=1)
        return self.date, self.date + dt.timedelta(days=DAYS_IN_SPAN.get(self.date_precision, 1) - 1)

    @cached_property
    def precise(self) -> bool:
        """Pinned to a town or near one, so distance means something."""
        return self.lat is not None and self.lon is not None and (self.geo_precision or 1) <= 2


REPORT_COLUMNS = list(Report.__dataclass_fields__)


@lru_cache(maxsize=65_536)
def place_key(name: str | None) -> str | None:
    """A place name compared loosely: case, accents, hyphens and a leading article ignored."""
    if not name:
        return None
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    plain = re.sub(r"^(?:al|el|ad|ar|as|ash|az)[-\s]+", "", plain.strip())
    return re.sub(r"[^a-z0-9]", "", plain) or None


def distance_km(a: Report, b: Report) -> float:
    """Great-circle distance between two located reports."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _same_place(a: Report, b: Report) -> float | None:
    """How far apart the two places are (km) when they can be one place, else None."""
    if a.country and b.country and a.country != b.country:
        return None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 0.0
    if a.precise and b.precise:
        # Coordinates decide: two towns of one name far apart are two places.
        km = distance_km(a, b)
        return km if km <= max(RADIUS_KM[a.geo_precision or 1], RADIUS_KM[b.geo_precision or 1]) else None
    if place_key(a.place) is not None and place_key(a.place) == place_key(b.place):
        return 0.0
    # A report that gives only the region is in the same place as any report inside that region.
    vague = [r for r in (a, b) if not r.precise]
    if vague and a.admin1 and a.admin1 == b.admin1 and a.country:
        return 100.0
    return None


def _days_apart(a: Report, b: Report) -> int | None:
    first, second = a.days, b.days
    if first is None or second is None:
        return None
    if first[1] < second[0] or second[1] < first[0]:
        return None
    return abs((a.date - b.date).days)  # type: ignore[operator]


def closeness(a: Report, b: Report) -> tuple[int, float] | None:
    """(days apart, km apart) when the two reports can tell of the same strike, else None."""
    days = _days_apart(a, b)
    if days is None:
        return None
    km = _same_place(a, b)
    if km is None:
        return None
    if a.actor != b.actor and "unknown" not in (a.actor, b.actor):
        same_day = a.date_precision == b.date_precision == "day" and days == 0
        if not (same_day and km <= SAME_SPOT_KM):
            return None
    return days, km


# -- placing reports into incidents ------------------------------------------------------


@dataclass
class Decisions:
    """A user's word on pairs of events: together (merged) or apart (split)."""

    together: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    apart: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))

    def add(self, a: int, b: int, together: bool) -> None:
        kind = self.together if together else self.apart
        kind[a].add(b)
        kind[b].add(a)


class Grouping:
    """Incidents being formed: reports placed one by one, in the order they were stored."""

    def __init__(self, decisions: Decisions | None = None) -> None:
        self.decisions = decisions or Decisions()
        self.members: dict[int, list[Report]] = {}
        self.incident_of: dict[int, int] = {}
        self._where: dict[tuple[Any, ...], set[int]] = defaultdict(set)

    def keep(self, report: Report, incident_id: int) -> None:
        """Take a report into an incident already decided (loaded from the store)."""
        self.members.setdefault(incident_id, []).append(report)
        self.incident_of[report.id] = incident_id
        for key in self._keys(report):
            self._where[key].add(incident_id)

    def place(self, report: Report) -> int:
        """Put a report into the incident it belongs to, or a new one; return the incident's id."""
        chosen = self._chosen(report)
        self.keep(report, report.id if chosen is None else chosen)
        return self.incident_of[report.id]

    def _chosen(self, report: Report) -> int | None:
        joined = [self.incident_of[e] for e in self.decisions.together.get(report.id, ()) if e in self.incident_of]
        if joined:
            return min(joined)
        if report.date is None:
            return None
        kept_apart = {self.incident_of[e] for e in self.decisions.apart.get(report.id, ()) if e in self.incident_of}
        best: tuple[tuple[int, float], int] | None = None
        for incident_id in sorted(self._near(report) - kept_apart):
            fits = [closeness(report, other) for other in self.members[incident_id]]
            if all(fits):
                score = min(fits)  # type: ignore[type-var]
                if best is None or score < best[0]:
                    best = (score, incident_id)  # type: ignore[assignment]
        return best[1] if best else None

    def _near(self, report: Report) -> set[int]:
        found: set[int] = set()
        for key in self._lookups(report):
            found |= self._where.get(key, set())
        return found

    @staticmethod
    def _each_day(report: Report) -> Iterator[dt.date]:
        days = report.days
        if days is None:
            return
        day = days[0]
        while day <= days[1]:
            yield day
            day += dt.timedelta(days=1)

    def _keys(self, report: Report) -> Iterator[tuple[Any, ...]]:
        # Precise reports are found by one-degree cell, the rest by country; every report also by
        # country for region-level newcomers, which may match anything in their region.
        for day in self._each_day(report):
            if report.precise:
                yield ("cell", day, math.floor(report.lat), math.floor(report.lon))  # type: ignore[arg-type]
            else:
                yield ("vague", day, report.country)
            yield ("any", day, report.country)
            yield ("day", day)

    def _lookups(self, report: Report) -> Iterator[tuple[Any, ...]]:
        cells = _cells_around(report) if report.precise else []
        for day in self._each_day(report):
            if report.precise:
                for row, col in cells:
                    yield ("cell", day, row, col)
                yield ("vague", day, report.country)
                if report.country is not None:
                    yield ("vague", day, None)
            elif report.country is None:
                # No country: only its name can place it, in whatever country.
                yield ("day", day)
            else:
                yield ("any", day, report.country)
                yield ("any", day, None)


def _cells_around(report: Report) -> list[tuple[int, int]]:
    """The one-degree cells that a box wider than the widest radius around the report touches."""
    wide = _BOX_DEGREES / max(math.cos(math.radians(report.lat)), 0.1)  # type: ignore[arg-type]
    rows = range(math.floor(report.lat - _BOX_DEGREES), math.floor(report.lat + _BOX_DEGREES) + 1)  # type: ignore[operator]
    cols = range(math.floor(report.lon - wide), math.floor(report.lon + wide) + 1)  # type: ignore[operator]
    return [(row, col) for row in rows for col in cols]


def group(reports: Iterable[Report], decisions: Decisions | None = None) -> dict[int, int]:
    """Every report's incident id, grouping from scratch (reports in any order)."""
    grouping = Grouping(decisions)
    for report in sorted(reports, key=lambda r: r.id):
        grouping.place(report)
    return grouping.incident_of


# -- the grouping kept in the store ------------------------------------------------------

_ev = events_table.c
_members = incident_members.c
_decided = incident_decisions.c
_CHUNK = 500
_PLACED_ONE_BY_ONE = 20_000
_LONGEST_SPAN_DAYS = 31


_REPORT_QUERY = sa.select(*[_ev[name] for name in REPORT_COLUMNS])
# Statements built once with a list parameter, so that placing many small batches does not
# spend its time building SQL.
_IDS = sa.bindparam("ids", expanding=True)
_ID_ARRAY = sa.bindparam("ids", type_=postgresql.ARRAY(sa.Integer))


def _by_ids(query: sa.Select[Any], column: sa.ColumnElement[int]) -> dict[bool, sa.Select[Any]]:
    """`query` narrowed to the rows whose `column` is one of its `ids`: a list spelled out on SQLite (False),
    one array on PostgreSQL (True), so that there the text is the same for any number of ids and the server
    plans it once per connection (half the time of a list of a hundred ids at 1M events)."""
    return {False: query.where(column.in_(_IDS)), True: query.where(column == sa.any_(_ID_ARRAY))}


_REPORTS_BY_ID = _by_ids(_REPORT_QUERY, _ev.id)
_INCIDENTS_BY_EVENT = _by_ids(sa.select(_members.event_id, _members.incident_id), _members.event_id)
_MEMBERS_BY_INCIDENT = _by_ids(sa.select(_members.event_id, _members.incident_id), _members.incident_id)


def _rows_by_ids(conn: sa.Connection, statements: dict[bool, sa.Select[Any]], ids: Iterable[int]) -> Iterator[sa.Row[Any]]:
    """The rows of a `_by_ids` statement for all `ids`: on SQLite a chunk at a time, within its limit of
    parameters; on PostgreSQL at once."""
    server = conn.dialect.name == "postgresql"
    ids = list(ids)
    for chunk in ([ids] if ids else []) if server else _chunks(ids):
        yield from conn.execute(statements[server], {"ids": chunk})


def _reports(conn: sa.Connection, where: sa.ColumnElement[bool]) -> list[Report]:
    return [Report(*row) for row in conn.execute(_REPORT_QUERY.where(where))]


def _reports_by_id(conn: sa.Connection, event_ids: Iterable[int]) -> list[Report]:
    return [Report(*row) for row in _rows_by_ids(conn, _REPORTS_BY_ID, sorted(event_ids))]


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _decisions(conn: sa.Connection, event_ids: Iterable[int]) -> Decisions:
    decisions = Decisions()
    for chunk in _chunks(event_ids):
        query = sa.select(_decided.event_id, _decided.other_event_id, _decided.together).where(
            sa.or_(_decided.event_id.in_(chunk), _decided.other_event_id.in_(chunk)))
        for a, b, together in conn.execute(query):
            decisions.add(a, b, bool(together))
    return decisions


def _neighbours(conn: sa.Connection, reports: list[Report]) -> list[Report]:
    """Stored reports that the given ones might join: dated within their days, near them or vague,
    and the week- or month-dated reports whose span reaches into those days.

    The first are found with a statement per hundred-odd reports (see `_near_ids`), answered from
    the dashboard's date index alone (day, coordinates, precision and country are in it); only
    those found are read whole."""
    dated = [r for r in reports if r.days is not None]
    on_day: dict[dt.date, list[Report]] = defaultdict(list)
    for report in dated:
        for day in Grouping._each_day(report):
            on_day[day].append(report)
    wanted: set[int] = set()
    days: list[tuple[dt.date, list[Report]]] = []  # a statement's days, each with its reports
    asked = 0
    for day, of_day in sorted(on_day.items()):
        for start in range(0, len(of_day), _NEAR_PER_QUERY):
            days.append((day, of_day[start:start + _NEAR_PER_QUERY]))
            asked += len(days[-1][1])
            if asked >= _NEAR_PER_QUERY:
                wanted |= _near_ids(conn, days)
                days, asked = [], 0
    if days:
        wanted |= _near_ids(conn, days)
    windows = [(r.days[0] - dt.timedelta(days=_LONGEST_SPAN_DAYS), r.days[1]) for r in dated]  # type: ignore[index]
    for first, last in _merged(windows):
        wanted |= _coarse_near(conn.execute(_COARSE_IN, {"first": first, "last": last}), dated)
    return _reports_by_id(conn, wanted)


def _coarse_near(rows: Iterable[sa.Row[Any]], reports: list[Report]) -> set[int]:
    """The week- or month-dated stored reports (as `_COARSE_IN` rows) whose span reaches into a
    report's days and whose place is near it (or vague, or the report's is): only those are read
    whole, not every one of a month around a batch."""
    by_cell: dict[tuple[int, int], list[Report]] = defaultdict(list)
    vague: list[Report] = []
    for report in reports:
        if report.precise:
            for cell in _cells_around(report):
                by_cell[cell].append(report)
        else:
            vague.append(report)
    near: set[int] = set()
    for event_id, day, precision, lat, lon, geo_precision, country in rows:
        stored = Report(event_id, day, precision, lat=lat, lon=lon, geo_precision=geo_precision, country=country)
        if stored.precise:
            candidates = by_cell.get((math.floor(lat), math.floor(lon)), []) + vague
        else:
            candidates = reports
        if any(_days_apart(stored, report) is not None for report in candidates):
            near.add(event_id)
    return near


# Spelled as in the partial index (a literal, not a parameter) so that the database uses that index.
_COARSE = _ev.date_precision != sa.literal_column("'day'")
_COARSE_IN = sa.select(_ev.id, _ev.date, _ev.date_precision, _ev.lat, _ev.lon, _ev.geo_precision, _ev.country).where(
    _ev.date.between(sa.bindparam("first"), sa.bindparam("last")), _COARSE)

_NEAR_PER_QUERY = 150
"""Reports asked about in one statement (a last day's may almost double it): on SQLite at most four
parameters each and one a day, under 2,500 in all, within its limit (32,766); on PostgreSQL nine arrays."""


def _questions(reports: list[Report]) -> dict[tuple[Any, ...], None]:
    """What to ask of a day's stored reports to find those near the given reports of that day: for a
    located report, those in a box wider than the widest radius ("box", its corners) and those without a
    town ("unplaced"); for a vague one, those of its country or none ("country", its code); for one with
    no country, all of them ("any"). Each question once, in order."""
    asked: dict[tuple[Any, ...], None] = {}
    for report in reports:
        if report.precise:
            wide = _BOX_DEGREES / max(math.cos(math.radians(report.lat)), 0.1)  # type: ignore[arg-type]
            asked[("box", report.lat - _BOX_DEGREES, report.lat + _BOX_DEGREES,  # type: ignore[operator]
                   report.lon - wide, report.lon + wide)] = None  # type: ignore[operator]
            asked[("unplaced",)] = None
        elif report.country is None:
            asked[("any",)] = None
        else:
            asked[("country", report.country)] = None
    return asked


def _near_ids(conn: sa.Connection, days: list[tuple[dt.date, list[Report]]]) -> set[int]:
    """The reports stored on each day that are near any of that day's reports (see `_questions`).

    One statement for many days: a statement per report (or per day, on a server) cost more in its
    own overhead than all the rest of placing."""
    if conn.dialect.name == "postgresql":
        return _near_ids_by_arrays(conn, days)
    # SQLite: a branch per day, so that it reads each day's entries of the date index once. Written
    # in the driver's own SQL because its shape changes with every batch, and compiling hundreds of
    # terms through SQLAlchemy costs more than running them.
    params: dict[str, Any] = {}

    def mark(value: Any) -> str:
        params[f"p{len(params)}"] = value.isoformat() if isinstance(value, dt.date) else value  # dates are ISO text
        return f":p{len(params) - 1}"

    branches = []
    for day, reports in days:
        terms = []
        for kind, *values in _questions(reports):
            if kind == "box":
                lat0, lat1, lon0, lon1 = map(mark, values)
                terms.append(f"(lat BETWEEN {lat0} AND {lat1} AND lon BETWEEN {lon0} AND {lon1})")
            elif kind == "unplaced":
                terms.append("lat IS NULL OR lon IS NULL OR geo_precision >= 3")
            elif kind == "any":
                terms.append("1 = 1")
            else:
                terms.append(f"country = {mark(values[0])} OR country IS NULL")
        branches.append(f"SELECT id FROM events WHERE date = {mark(day)} AND ({' OR '.join(terms)})")
    return {row[0] for row in conn.exec_driver_sql(" UNION ALL ".join(branches), params)}


_NEAR_BY_ARRAYS = """
SELECT e.id FROM unnest(%(box_day)s::date[], %(lat0)s::float8[], %(lat1)s::float8[], %(lon0)s::float8[],
                        %(lon1)s::float8[]) AS q(day, lat0, lat1, lon0, lon1)
JOIN events e ON e.date = q.day AND e.lat BETWEEN q.lat0 AND q.lat1 AND e.lon BETWEEN q.lon0 AND q.lon1
UNION
SELECT e.id FROM events e
WHERE e.date = ANY(%(unplaced_day)s::date[]) AND (e.lat IS NULL OR e.lon IS NULL OR e.geo_precision >= 3)
UNION
SELECT e.id FROM unnest(%(country_day)s::date[], %(country)s::text[]) AS q(day, country)
JOIN events e ON e.date = q.day AND (e.country = q.country OR e.country IS NULL)
UNION
SELECT e.id FROM events e WHERE e.date = ANY(%(any_day)s::date[])
"""
"""`_near_ids` on PostgreSQL: the questions as arrays, one per column, in a statement whose text never
changes, so the server plans it once per connection instead of a few hundred terms per batch."""


def _near_ids_by_arrays(conn: sa.Connection, days: list[tuple[dt.date, list[Report]]]) -> set[int]:
    arrays: dict[str, list[Any]] = {name: [] for name in (
        "box_day", "lat0", "lat1", "lon0", "lon1", "unplaced_day", "country_day", "country", "any_day")}
    for day, reports in days:
        for kind, *values in _questions(reports):
            arrays[f"{kind}_day"].append(day)
            if kind == "box":
                for name, value in zip(("lat0", "lat1", "lon0", "lon1"), values):
                    arrays[name].append(value)
            elif kind == "country":
                arrays["country"].append(values[0])
    return {row[0] for row in conn.exec_driver_sql(_NEAR_BY_ARRAYS, arrays)}


def _merged(windows: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    merged: list[tuple[dt.date, dt.date]] = []
    for first, last in sorted(windows):
        if merged and first <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def _incidents_of(conn: sa.Connection, event_ids: Iterable[int]) -> dict[int, int]:
    return {event_id: incident_id for event_id, incident_id in _rows_by_ids(conn, _INCIDENTS_BY_EVENT, event_ids)}


def _members_of(conn: sa.Connection, incident_ids: Iterable[int]) -> dict[int, int]:
    return {event_id: incident_id for event_id, incident_id in _rows_by_ids(conn, _MEMBERS_BY_INCIDENT, incident_ids)}


# The key of the server lock under which incidents are grouped (any constant the store uses for nothing else).
GROUPING_LOCK = 0x5A7145


def _one_writer(conn: sa.Connection) -> None:
    """On a server, incidents are grouped by one writer at a time, until its transaction ends: two reports of
    one strike ingested at the same moment must see each other, and two refreshes of one incident must not
    cross (they deadlock). SQLite's single writer does this already.

    Grouping asks many small questions, each answered from a few index pages in milliseconds: PostgreSQL's
    parallel workers take longer to start than that (a tenth of a second each time on a busy machine, most of
    the grouping's time at 1M events), so this transaction does without them."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": GROUPING_LOCK})
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")


def place_article(conn: sa.Connection, article_id: int) -> None:
    """Place a newly stored article's events."""
    place_events(conn, conn.execute(sa.select(_ev.id).where(_ev.article_id == article_id)).scalars())


GROUPING_COLUMNS = frozenset(REPORT_COLUMNS) - {"id"}
"""A correction to one of these may move an event to another incident."""


def place_events(conn: sa.Connection, event_ids: Iterable[int]) -> dict[int, int]:
    """Put new or corrected events into the stored incidents; return their incident ids.

    Only the events' own days are read, with the incidents that reach into them, so the cost
    follows the number of new events, not the size of the store."""
    _one_writer(conn)
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    touched = _leave(conn, ids)
    placing = _reports_by_id(conn, ids)
    decisions = _decisions(conn, ids)
    nearby = {r.id: r for r in _neighbours(conn, placing)}
    partners = {e for group in (decisions.together, decisions.apart) for e in group}
    incident_of = _incidents_of(conn, set(nearby) | partners)
    membership = _members_of(conn, set(incident_of.values()))
    missing = set(membership) - set(nearby)
    nearby.update((r.id, r) for r in _reports_by_id(conn, missing))
    grouping = Grouping(decisions)
    placing_ids = set(ids)
    for event_id, incident_id in sorted(membership.items()):
        if event_id not in placing_ids:
            grouping.keep(nearby[event_id], incident_id)
    placed = {report.id: grouping.place(report) for report in sorted(placing, key=lambda r: r.id)}
    if placed:
        conn.execute(incident_members.insert(), [{"event_id": e, "incident_id": i} for e, i in placed.items()])
        # A corrected event may be older than the incident it joins: the incident takes its id.
        touched |= set(placed.values()) | _rename(conn, {i for e, i in placed.items() if e < i})
    refresh(conn, touched)
    return _incidents_of(conn, placed)


def _leave(conn: sa.Connection, event_ids: list[int]) -> set[int]:
    """Take events out of their incidents (to be placed again), renaming what they named;
    return the incidents changed, under their old and new names."""
    incident_of = _incidents_of(conn, event_ids)
    for chunk in _chunks(event_ids):
        conn.execute(incident_members.delete().where(_members.event_id.in_(chunk)))
    left = set(incident_of.values())
    return left | _rename(conn, {incident_id for event_id, incident_id in incident_of.items() if event_id == incident_id})


def _rename(conn: sa.Connection, incident_ids: Iterable[int]) -> set[int]:
    """An incident is named after its first-stored event: name again those whose first event changed;
    return the new names."""
    renamed = set()
    for incident_id in incident_ids:
        first = conn.execute(sa.select(sa.func.min(_members.event_id)).where(_members.incident_id == incident_id)).scalar()
        if first is not None and first != incident_id:
            conn.execute(incident_members.update().where(_members.incident_id == incident_id).values(incident_id=first))
            renamed.add(first)
    return renamed


def forget_event(conn: sa.Connection, event_id: int) -> None:
    """Before an event is deleted: its incident's other reports stay together, named anew if need be."""
    _one_writer(conn)
    refresh(conn, _leave(conn, [event_id]))


def complete(conn: sa.Connection) -> bool:
    """Whether every event has an incident, every incident its figures and the dashboard its sums (see
    strikes/incident_summaries.py), asked at the ends of indexes.

    Every write of this program places its events, and refreshes their incidents' figures, in the
    transaction that stores them, so a store falls short only as a whole or at its newest end: one
    made before incidents (no incident at all) or before figures were kept (no figures at all), or
    events appended by a program that does not group (the newest events have none). So the newest
    event and the newest incident answer for the store; two passes over every event did the same in
    2.9 s at a million events on PostgreSQL, on every open."""
    newest_member = sa.select(sa.func.max(_members.event_id)).scalar_subquery()
    newest_incident = sa.select(sa.func.max(_members.incident_id)).scalar_subquery()
    # Two maxima, each one end of a primary key: "an event newer than every member exists" lets
    # PostgreSQL's planner bet on finding one early by reading the table (0.37 s at 1M when there is none).
    newest_event = sa.select(sa.func.max(_ev.id)).scalar_subquery()
    ungrouped = newest_event > sa.func.coalesce(newest_member, 0)
    no_figures = sa.and_(newest_incident.is_not(None), ~sa.exists().where(_in.id == newest_incident))
    return not conn.execute(sa.select(sa.or_(ungrouped, no_figures))).scalar() and not incident_summaries.missing(conn)


def group_ungrouped(conn: sa.Connection) -> int:
    """Place every event that has no incident yet (a store made before incidents existed), oldest first,
    work out the figures incidents lack, and count and sum everything again for the dashboard (what wrote
    the store without grouping kept none of it). Passes over every event: a store is opened with
    `complete` asked first."""
    _one_writer(conn)
    ungrouped = sa.select(_ev.id).where(~sa.exists().where(_members.event_id == _ev.id)).order_by(_ev.id)
    ids = list(conn.execute(ungrouped).scalars())
    if len(ids) > _PLACED_ONE_BY_ONE:
        # Placing in the store costs queries per report; in memory, all at once, is faster for many.
        regroup_all(conn)
    else:
        place_events(conn, ids)
        refresh_missing(conn)
        incident_summaries.rebuild(conn)
    incident_summaries.rebuild_pairs(conn)
    return len(ids)


def regroup_all(conn: sa.Connection) -> int:
    """Group every stored event from scratch, obeying the user's decisions; return the incidents."""
    _one_writer(conn)
    reports = _reports(conn, sa.true())
    decisions = Decisions()
    for a, b, together in conn.execute(sa.select(_decided.event_id, _decided.other_event_id, _decided.together)):
        decisions.add(a, b, bool(together))
    incident_of = group(reports, decisions)
    conn.execute(incident_members.delete())
    rows = [{"event_id": e, "incident_id": i} for e, i in incident_of.items()]
    for start in range(0, len(rows), 10_000):
        conn.execute(incident_members.insert(), rows[start:start + 10_000])
    found = refresh_all(conn)
    if conn.dialect.name == "postgresql":
        # Every row of both tables is new: until autovacuum samples them, the server would plan the next
        # ingest's lookups on the old tables' statistics (at 100k events, load 7: 2.4 s to group the next 1,000
        # events instead of 1.6 s).
        conn.exec_driver_sql("ANALYZE incident_members, incidents")
    return found


# -- a user's decisions ------------------------------------------------------------------


def _decide(conn: sa.Connection, pairs: Iterable[tuple[int, int]], together: bool) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for a, b in {(min(p), max(p)) for p in pairs if p[0] != p[1]}:
        conn.execute(incident_decisions.delete().where(_decided.event_id == a, _decided.other_event_id == b))
        conn.execute(incident_decisions.insert().values(event_id=a, other_event_id=b, together=together,
                                                        decided_at=now))


def split(store: Store, event_ids: Iterable[int]) -> int:
    """Take events out of their incident into one of their own, for good; return its id."""
    with store.writing().begin() as conn:
        return _split(conn, sorted(set(event_ids)))


def _split(conn: sa.Connection, moving: list[int]) -> int:
    _one_writer(conn)
    incident_of = _incidents_of(conn, moving)
    staying = sorted(set(_members_of(conn, set(incident_of.values()))) - set(moving))
    _decide(conn, ((m, s) for m in moving for s in staying), together=False)
    _decide(conn, ((moving[0], m) for m in moving[1:]), together=True)
    for chunk in _chunks(moving):
        conn.execute(incident_members.update().where(_members.event_id.in_(chunk)).values(incident_id=moving[0]))
    left = set(incident_of.values())
    refresh(conn, left | {moving[0]} | _rename(conn, left - {moving[0]}))
    return moving[0]


def merge(store: Store, incident_ids: Iterable[int]) -> int:
    """Make several incidents one, for good; return its id."""
    with store.writing().begin() as conn:
        return _merge(conn, set(incident_ids))


def _merge(conn: sa.Connection, incident_ids: set[int]) -> int:
    _one_writer(conn)
    membership = _members_of(conn, set(incident_ids))
    events = sorted(membership)
    if not events:
        raise ValueError("no such incidents")
    _decide(conn, ((events[0], e) for e in events[1:]), together=True)
    conn.execute(incident_members.update().where(_members.incident_id.in_(set(membership.values())))
                 .values(incident_id=events[0]))
    refresh(conn, set(membership.values()) | {events[0]})
    return events[0]


# -- an incident's figures and grade -----------------------------------------------------
# Worked out on plain dicts, not DataFrames: placing 1,000 new reports rewrites about as many
# incidents' figures, and a DataFrame per incident would cost more than the placing itself.

TOLLS = ("fatalities", "killed", "civilians_killed", "wounded")
"""`fatalities` is ACLED's: all killed, or the civilians killed when only they are counted."""
PRECISION_RANK = {"day": 0, "week": 1, "month": 2}
SUMMARY_COLUMNS = [
    "incident_id", "date", "date_precision", "place", "country", "admin1", "lat", "lon", "geo_precision",
    "actor", "actors", "grade", "sources", "source_names", "reports", "articles",
    *[f"{toll}_{part}" for toll in TOLLS for part in ("min", "max", "best")],
]
Row = dict[str, Any]


def _records(reports: pd.DataFrame) -> list[Row]:
    return [{k: _plain(v) for k, v in row.items()} for row in reports.to_dict(orient="records")]


def _keys_of(reports: list[Row]) -> list[str]:
    """Who each report is independently from (see `source_keys`)."""
    parent = {r["article_id"]: r["article_id"] for r in reports}

    def root(a: Any) -> Any:
        while parent[a] != a:
            a = parent[a]
        return a

    first_with: dict[str, Any] = {}
    for r in reports:
        sentence = _sentence_key(r.get("evidence"))
        if sentence in first_with:
            kept, other = root(first_with[sentence]), root(r["article_id"])
            if kept != other:
                parent[other] = kept
        else:
            first_with[sentence] = r["article_id"]
    return [_source_key(r.get("source")) or f"article {root(r['article_id'])}" for r in reports]


def source_keys(reports: pd.DataFrame) -> pd.Series:
    """Who each report is independently from, as a key per event.

    A report that names who said it ("the Syrian Observatory said") is that source's, whoever
    printed it; one that does not is its article's, and articles that print the same sentence are
    one wire story republished, so one source."""
    return pd.Series(_keys_of(_records(reports)), index=reports.index)


def _sentence_key(text: Any) -> str:
    return " ".join(str(text or "").casefold().split())


def _source_key(name: Any) -> str | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return re.sub(r"^the\s+", "", " ".join(name.casefold().split()))


def _grade(reports: list[Row], keys: list[str]) -> str:
    attackers = {r.get("actor") for r in reports} - {None, "", "unknown"}
    if len(attackers) > 1 or any(DENIAL.search(str(r.get("evidence") or "")) for r in reports):
        return "contested"
    return "corroborated" if len(set(keys)) > 1 else "single source"


def grade(reports: pd.DataFrame, keys: pd.Series | None = None) -> str:
    """Airwars-style: contested when sources name different attackers or one denies it,
    corroborated when two independent sources report it, else single source."""
    records = _records(reports)
    return _grade(records, _keys_of(records) if keys is None else list(keys))


def _in_order(reports: list[Row], keys: list[str]) -> list[tuple[Row, str]]:
    """Reports with their source keys, in the order their figures were given: by the article's
    date (undated first), then as stored."""
    return sorted(zip(reports, keys), key=lambda pair: (
        pair[0].get("published") is not None, pair[0].get("published") or dt.date.min, pair[0]["id"]))


def _best(in_order: list[tuple[Row, str]], toll: str) -> int | None:
    latest: dict[str, int] = {}
    for report, key in in_order:
        if report.get(toll) is not None:
            latest[key] = report[toll]
    return int(min(latest.values())) if latest else None


def best_toll(reports: pd.DataFrame, toll: str, keys: pd.Series) -> int | None:
    """The project's rule: each source's latest figure (a revision replaces what it said before);
    across sources the lowest, the one stated with most certainty."""
    return _best(_in_order(_records(reports), list(keys)), toll)


def _most_given(values: Iterable[Any]) -> Any:
    """The value given most often; between equals, the first given (the first stored report's)."""
    counted = Counter(v for v in values if v is not None)
    return max(counted, key=counted.__getitem__) if counted else None


def _agreed(reports: list[Row]) -> Row:
    """Date, place and attacker: the most precise value, the most often given among those, the first stored."""
    agreed: Row = {"date": None, "date_precision": None}
    dated = [r for r in reports if r.get("date") is not None]
    if dated:
        finest = min(PRECISION_RANK.get(r["date_precision"], 9) for r in dated)
        finest_reports = [r for r in dated if PRECISION_RANK.get(r["date_precision"], 9) == finest]
        agreed = {"date": _most_given(r["date"] for r in finest_reports),
                  "date_precision": finest_reports[0]["date_precision"]}

    def rank(r: Row) -> float:
        if r.get("place") is None:
            return 5
        return 4 if r.get("lat") is None else (r.get("geo_precision") or 3)

    best = min(rank(r) for r in reports)
    placed = [r for r in reports if rank(r) == best]
    name = _most_given(place_key(r.get("place")) for r in placed)
    if name is not None:
        placed = [r for r in placed if place_key(r.get("place")) == name]
    where = placed[0]
    attackers = [r["actor"] for r in reports if r.get("actor") and r["actor"] != "unknown"]
    return {
        **agreed,
        **{column: where.get(column) for column in ("place", "country", "admin1", "lat", "lon", "geo_precision")},
        "actor": _most_given(attackers) or "unknown",
        "actors": "; ".join(sorted(set(attackers))),
    }


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def figures(incident_id: int, reports: list[Row]) -> Row:
    """One incident's figures from its reports (in the order stored, each with its article's
    `published`; each is given its `fatalities`): agreed date, place and attacker, grade, sources,
    each toll's min, max and best."""
    for r in reports:
        r["fatalities"] = r.get("killed") if r.get("killed") is not None else r.get("civilians_killed")
    keys = _keys_of(reports)
    in_order = _in_order(reports, keys)
    row: Row = {
        "incident_id": int(incident_id),
        "article_id": reports[0]["article_id"],
        **_agreed(reports),
        "grade": _grade(reports, keys),
        "sources": len(set(keys)),
        "source_names": "; ".join(sorted({str(r["source"]) for r in reports if isinstance(r.get("source"), str)
                                          and r["source"]})),
        "reports": len(reports),
        "articles": len({r["article_id"] for r in reports}),
        "strikes_best": _best(in_order, "strikes"),
    }
    for toll in TOLLS:
        stated = [r[toll] for r in reports if r.get(toll) is not None]
        row[f"{toll}_min"] = int(min(stated)) if stated else None
        row[f"{toll}_max"] = int(max(stated)) if stated else None
        row[f"{toll}_best"] = _best(in_order, toll)
    return row


def summarise(reports: pd.DataFrame) -> pd.DataFrame:
    """One row per incident from its events (with `incident_id`, `article_id` and the article's
    `published`): agreed date, place and attacker, grade, sources, and each toll's min, max and best."""
    records = sorted(_records(reports), key=lambda r: (r["incident_id"], r["id"]))
    rows = [figures(incident_id, list(members))
            for incident_id, members in itertools.groupby(records, key=lambda r: r["incident_id"])]
    summary = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    tolls = [f"{toll}_{part}" for toll in TOLLS for part in ("min", "max", "best")]
    return summary.astype({column: "Int64" for column in tolls})


# -- the figures kept in the store -------------------------------------------------------

_in = incidents_table.c
_FIGURE_REPORTS = (
    sa.select(_members.incident_id, _ev.id, _ev.article_id, articles_table.c.published, _ev.date, _ev.date_precision,
              _ev.place, _ev.country, _ev.admin1, _ev.lat, _ev.lon, _ev.geo_precision, _ev.actor, _ev.source,
              _ev.evidence, _ev.strikes, _ev.killed, _ev.civilians_killed, _ev.wounded)
    .join(events_table, _ev.id == _members.event_id)
    .join(articles_table, articles_table.c.id == _ev.article_id)
    .order_by(_members.incident_id, _ev.id)
)
_STORED_FIGURES = {column.name for column in incidents_table.columns}


def _stored(row: Row) -> Row:
    """An incident's figures as a row of `incidents`: the best figures under the events' own names."""
    named = {"id": row["incident_id"], **{toll: row[f"{toll}_best"] for toll in (*TOLLS, "strikes")}}
    return {**{k: v for k, v in row.items() if k in _STORED_FIGURES}, **named}


def _write_figures(conn: sa.Connection, rows: Iterable[sa.Row[Any]]) -> int:
    """Work out and insert the figures of the incidents whose reports `rows` are (ordered by incident)."""
    written = 0
    batch: list[Row] = []
    names = _FIGURE_REPORTS.selected_columns.keys()
    for incident_id, members in itertools.groupby(rows, key=lambda r: r[0]):
        batch.append(_stored(figures(incident_id, [dict(zip(names, r)) for r in members])))
        if len(batch) >= 10_000:
            _upsert_figures(conn, batch)
            written, batch = written + len(batch), []
    if batch:
        _upsert_figures(conn, batch)
    return written + len(batch)


def _upsert_figures(conn: sa.Connection, batch: list[Row]) -> None:
    """Insert figures, or replace an incident's: two ingests on a server may refresh one incident at the same
    moment (neither sees the other's row before it commits), and the later figures stand."""
    dialect = conn.dialect.name
    if dialect not in ("postgresql", "sqlite"):
        conn.execute(incidents_table.insert(), batch)
        return
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(incidents_table)
    columns = {c.name: insert.excluded[c.name] for c in incidents_table.columns if c.name != "id"}
    conn.execute(insert.on_conflict_do_update(index_elements=[incidents_table.c.id], set_=columns), batch)


def refresh(conn: sa.Connection, incident_ids: Iterable[int]) -> None:
    """Rewrite the figures of incidents whose reports changed (an id no longer used is dropped), and their
    share of the sums per cell and per day."""
    for chunk in _chunks(sorted(set(incident_ids))):
        before = incident_summaries.rows_of(conn, chunk)
        conn.execute(incidents_table.delete().where(_in.id.in_(chunk)))
        _write_figures(conn, conn.execute(_FIGURE_REPORTS.where(_members.incident_id.in_(chunk))))
        incident_summaries.shift(conn, before, incident_summaries.rows_of(conn, chunk))


def refresh_all(conn: sa.Connection) -> int:
    """Rewrite every incident's figures, and the sums; return how many incidents there are."""
    conn.execute(incidents_table.delete())
    found = _write_figures(conn, conn.execute(_FIGURE_REPORTS))
    incident_summaries.rebuild(conn)
    return found


def refresh_missing(conn: sa.Connection) -> int:
    """Work out the figures of incidents that have none (a store grouped before figures were kept)."""
    missing = (sa.select(_members.incident_id).distinct()
               .where(~sa.exists().where(_in.id == _members.incident_id)))
    ids = list(conn.execute(missing).scalars())
    refresh(conn, ids)
    return len(ids)


def corrected(conn: sa.Connection, event_ids: Iterable[int], changed: Iterable[str]) -> None:
    """After a correction: a changed day, place or attacker may move the events; any change may
    change their incidents' figures."""
    _one_writer(conn)
    ids = list(event_ids)
    if set(changed) & GROUPING_COLUMNS:
        place_events(conn, ids)
    else:
        refresh(conn, _incidents_of(conn, ids).values())
