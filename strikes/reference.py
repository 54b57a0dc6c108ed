"""Reference data beside the extracted events: ACLED exports and UCDP GED, read from their CSV.

Analysts hold their articles against these datasets; importing them lets the dashboard show which
of ACLED's strikes the user's articles cover, and which incidents ACLED lacks. Each row keeps its
dataset's own id (ACLED's `event_id_cnty`, GED's `id`), so importing a newer export replaces rows
rather than adding copies. A row that cannot be read is reported with its line in the file and
the others are still imported: one bad row must not cost a 50,000-row export.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from strikes.incident_tables import incidents_table, reference_events
from strikes.incidents import Report, closeness
from strikes.store import EventFilter, Store

ACLED, UCDP = "ACLED", "UCDP GED"
AIR_STRIKE = "Air/drone strike"
"""ACLED's sub-event type for air and drone strikes: the only rows of an export that are ours to match."""

FROM_THE_AIR = re.compile(r"\b(?:air ?strikes?|air raids?|aerial|drones?|jets?|warplanes?|aircraft|helicopters?|"
                          r"planes?|bombers?)\b", re.IGNORECASE)
"""Exports from before ACLED had sub-event types (2019) file air strikes under "Remote violence" with
shelling and bombs: their notes tell which came from the air."""

_ACLED_DATES = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%d-%b-%y", "%d %b %Y")
_ACLED_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# GED's date_prec: 1 the day, 2 within 2-6 days, 3 the week, 4 the month, 5 the year (our coarsest: month).
_GED_DATE_PRECISION = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "month"}
# GED's where_prec: 1 the place, 2 within 25 km, 3 the second-order region, 4 the first-order, 5+ vaguer.
_GED_GEO_PRECISION = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
_GED_VIOLENCE = {"1": "state-based", "2": "non-state", "3": "one-sided"}


class BadRow(ValueError):
    """A row that cannot be imported, and why."""


@dataclass(frozen=True)
class Problem:
    """Why a row, or the whole file (`line` None), was not imported."""

    line: int | None
    reason: str


@dataclass
class ImportSummary:
    """What came of importing one file: nothing is dropped without a count or a reason."""

    name: str = ""
    origin: str | None = None
    rows: int = 0
    imported: int = 0
    skipped: int = 0
    matched: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        """Each problem as `file:line: reason`, as compilers name a line."""
        return [f"{self.name}:{p.line}: {p.reason}" if p.line else f"{self.name}: {p.reason}" for p in self.problems]

    def lines(self) -> list[str]:
        report = [
            f"format: {self.origin or 'not recognised'}",
            f"rows read: {self.rows}",
            f"imported: {self.imported}",
            f"matched to extracted incidents: {self.matched}",
            f"skipped (not an air or drone strike): {self.skipped}",
            f"invalid: {len(self.problems)}",
        ]
        return report + [f"  {error}" for error in self.errors]


def origin_of(header: list[str]) -> str | None:
    """Which dataset a CSV header is from (ACLED's column names have been upper and lower case)."""
    names = {h.strip().lower() for h in header}
    if {"event_id_cnty", "event_date", "latitude", "longitude"} <= names:
        return ACLED
    if {"id", "date_start", "side_a", "best", "latitude", "longitude"} <= names:
        return UCDP
    return None


def read_reference(text: str) -> tuple[str | None, Iterator[tuple[int, dict[str, Any] | BadRow | None]]]:
    """The dataset a CSV is from, and its rows as (line, reference event | the reason it is bad | None
    for a row that is not an air strike)."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return None, iter(())
    origin = origin_of(header)
    columns = [h.strip().lower() for h in header]

    def rows() -> Iterator[tuple[int, dict[str, Any] | BadRow | None]]:
        line = reader.line_num + 1
        for values in reader:
            if any(v.strip() for v in values):
                row = dict(zip(columns, values))
                try:
                    if len(values) != len(columns):
                        raise BadRow(f"{len(values)} fields where the header has {len(columns)}")
                    yield line, (_acled(row) if origin == ACLED else _ucdp(row))
                except BadRow as bad:
                    yield line, bad
            line = reader.line_num + 1

    return origin, rows()


def import_file(store: Store, path: str | Path) -> ImportSummary:
    """Import an ACLED or UCDP GED CSV export into the store's reference events."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return ImportSummary(name=str(path), problems=[Problem(None, f"cannot be read ({err})")])
    return import_data(store, str(path), data)


def import_data(store: Store, name: str, data: bytes) -> ImportSummary:
    """Import an export's bytes (a file read, or uploaded on the dashboard) under the file's name:
    its air strikes are stored beside the extracted events, each kept under its dataset's own id,
    and counted as matched when an extracted incident reports it."""
    summary = ImportSummary(name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        summary.problems.append(Problem(None, f"cannot be read as UTF-8 text ({err})"))
        return summary
    origin, rows = read_reference(text)
    summary.origin = origin
    if origin is None:
        summary.problems.append(Problem(1, "not an ACLED or UCDP GED export (no event_id_cnty/event_date or "
                                           "id/date_start/side_a/best columns)"))
        return summary
    good: dict[str, dict[str, Any]] = {}
    for line, row in rows:
        summary.rows += 1
        if isinstance(row, BadRow):
            summary.problems.append(Problem(line, str(row)))
        elif row is None:
            summary.skipped += 1
        else:
            good[row["source_id"]] = {**row, "origin": origin}
    _replace(store, origin, list(good.values()))
    summary.imported = len(good)
    if good:
        summary.matched = int(matched_incidents(store, pd.DataFrame(list(good.values()))).notna().sum())
    return summary


_STORED_COLUMNS = [c.name for c in reference_events.columns if c.name != "id"]


def _replace(store: Store, origin: str, rows: list[dict[str, Any]]) -> None:
    """Store rows under their dataset's ids: a row already stored keeps its own row (and id) and is
    rewritten only if the dataset changed it, so importing a file again writes nothing."""
    table = reference_events.c
    with store.writing().begin() as conn:
        stored: dict[str, dict[str, Any]] = {}
        ids = [row["source_id"] for row in rows]
        for start in range(0, len(ids), 500):
            query = sa.select(reference_events).where(table.origin == origin,
                                                      table.source_id.in_(ids[start:start + 500]))
            stored.update((row.source_id, row._asdict()) for row in conn.execute(query))
        new = [row for row in rows if row["source_id"] not in stored]
        changed = [{**row, "row_id": stored[row["source_id"]]["id"]} for row in rows if row["source_id"] in stored
                   and any(stored[row["source_id"]][c] != row.get(c) for c in _STORED_COLUMNS)]
        if changed:
            # The rows' keys name the columns to set.
            conn.execute(reference_events.update().where(table.id == sa.bindparam("row_id")), changed)
        for start in range(0, len(new), 5_000):
            conn.execute(reference_events.insert(), new[start:start + 5_000])


# -- the two formats ---------------------------------------------------------------------------


def _acled(row: Mapping[str, str]) -> dict[str, Any] | None:
    kind = row.get("sub_event_type", "").strip()
    if "sub_event_type" in row and kind != AIR_STRIKE:
        return None
    if "sub_event_type" not in row and not (
            "remote violence" in row.get("event_type", "").lower() and FROM_THE_AIR.search(row.get("notes", ""))):
        return None
    return {
        "source_id": _required(row, "event_id_cnty"),
        "date": _date(_required(row, "event_date"), _ACLED_DATES),
        "date_precision": _choice(row, "time_precision", _ACLED_TIME_PRECISION, "day"),
        "place": _text(row, "location"),
        "country": country_code(row.get("country", "")),
        "admin1": _text(row, "admin1"),
        **_coordinates(row),
        "geo_precision": _int(row, "geo_precision", low=1, high=3),
        "actor": _text(row, "actor1"),
        "event_type": kind or _text(row, "event_type"),
        "fatalities": _int(row, "fatalities", low=0),
        "source": _text(row, "source"),
        "notes": _text(row, "notes"),
    }


def _ucdp(row: Mapping[str, str]) -> dict[str, Any]:
    return {
        "source_id": _required(row, "id"),
        "date": _date(_required(row, "date_start")[:10], ("%Y-%m-%d", "%m/%d/%Y")),
        "date_precision": _choice(row, "date_prec", _GED_DATE_PRECISION, "day"),
        "place": _text(row, "where_coordinates") or _text(row, "where_description"),
        "country": country_code(row.get("country", "")),
        "admin1": _text(row, "adm_1"),
        **_coordinates(row),
        "geo_precision": _choice(row, "where_prec", _GED_GEO_PRECISION, None),
        "actor": _text(row, "side_a"),
        "event_type": _GED_VIOLENCE.get(row.get("type_of_violence", "").strip()),
        "fatalities": _int(row, "best", low=0),
        "source": _text(row, "source_office"),
        "notes": _text(row, "source_headline"),
    }


def _text(row: Mapping[str, str], column: str) -> str | None:
    value = row.get(column, "").strip()
    return value or None


def _required(row: Mapping[str, str], column: str) -> str:
    value = _text(row, column)
    if value is None:
        raise BadRow(f"{column} is empty")
    return value


def _date(text: str, formats: tuple[str, ...]) -> dt.date:
    for form in formats:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise BadRow(f"not a date: {text!r}")


def _int(row: Mapping[str, str], column: str, low: int | None = None, high: int | None = None) -> int | None:
    text = _text(row, column)
    if text is None:
        return None
    try:
        value = int(float(text))
    except ValueError:
        raise BadRow(f"{column} is not a number: {text!r}") from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise BadRow(f"{column} out of range: {value}")
    return value


def _choice(row: Mapping[str, str], column: str, meanings: Mapping[str, Any], default: Any) -> Any:
    text = _text(row, column)
    if text is None:
        return default
    if text not in meanings:
        raise BadRow(f"{column} is not one of {', '.join(meanings)}: {text!r}")
    return meanings[text]


def _coordinates(row: Mapping[str, str]) -> dict[str, float | None]:
    found: dict[str, float | None] = {}
    for column, key, limit in (("latitude", "lat", 90), ("longitude", "lon", 180)):
        text = _text(row, column)
        if text is None:
            found[key] = None
            continue
        try:
            value = float(text)
        except ValueError:
            raise BadRow(f"{column} is not a number: {text!r}") from None
        if not -limit <= value <= limit:
            raise BadRow(f"{column} out of range: {value}")
        found[key] = value
    return found


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    from geo.normalise import normalise_name
    from geo.sources import country_aliases

    return {normalise_name(alias): code for alias, code in country_aliases()}


def country_code(name: str) -> str | None:
    """ISO alpha-2 of a dataset's country name ("Syria", "Yemen (North Yemen)"), as our events have it."""
    from geo.normalise import normalise_name

    for candidate in (name, re.sub(r"\s*\(.*\)\s*$", "", name)):
        code = _country_codes().get(normalise_name(candidate)) if candidate.strip() else None
        if code:
            return code
    return None


# -- reference events beside incidents ------------------------------------------------------


def reference_frame(store: Store, date_from: dt.date | None = None, date_to: dt.date | None = None,
                    countries: tuple[str, ...] = ()) -> pd.DataFrame:
    """Imported reference events, optionally narrowed by date and country."""
    table = reference_events.c
    query = sa.select(reference_events).order_by(table.date, table.id)
    if date_from is not None:
        query = query.where(table.date >= date_from)
    if date_to is not None:
        query = query.where(table.date <= date_to)
    if countries:
        query = query.where(table.country.in_(countries))
    with store.engine.connect() as conn:
        result = conn.execute(query)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def _as_report(row: Mapping[str, Any], key: int) -> Report:
    values = {name: (None if isinstance(v, float) and pd.isna(v) else v)
              for name, v in row.items() if name in Report.__dataclass_fields__ and name != "id"}
    values["actor"] = "unknown"  # datasets name actors their own way: the attacker is not compared
    if values.get("geo_precision") is not None:
        values["geo_precision"] = int(values["geo_precision"])
    return Report(id=key, **values)


def match(references: pd.DataFrame, incidents: pd.DataFrame) -> pd.Series:
    """For each reference event, the incident (by `incidents`' agreed day and place) it reports, or NA.

    The same test as for two reports of one strike, the attacker aside; the closest incident wins."""
    by_day: dict[dt.date, list[Report]] = {}
    for row in incidents.to_dict(orient="records"):
        report = _as_report(row, int(row["incident_id"]))
        span = report.days
        if span is None:
            continue
        day = span[0]
        while day <= span[1]:
            by_day.setdefault(day, []).append(report)
            day += dt.timedelta(days=1)
    matched = []
    for position, row in enumerate(references.to_dict(orient="records")):
        reference = _as_report(row, -position - 1)
        best: tuple[Any, int] | None = None
        seen: set[int] = set()
        span = reference.days
        day = span[0] if span else None
        while span and day is not None and day <= span[1]:
            for incident in by_day.get(day, []):
                if incident.id in seen:
                    continue
                seen.add(incident.id)
                score = closeness(reference, incident)
                if score is not None and (best is None or (score, incident.id) < best):
                    best = (score, incident.id)
            day += dt.timedelta(days=1)
        matched.append(best[1] if best else None)
    return pd.Series(matched, index=references.index, dtype="Int64")


# -- what the articles cover of the reference data, and what it lacks -----------------------

MATCHED_COLUMNS = ["incident_id", "date", "date_precision", "place", "country", "admin1", "lat", "lon", "geo_precision"]


def origins(store: Store) -> list[str]:
    """The reference datasets imported into the store."""
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.select(reference_events.c.origin).distinct()).scalars())


@dataclass(frozen=True)
class Coverage:
    """Reference events beside the articles' incidents, each side matched to the other.

    `references` holds the chosen datasets' events under the filter's dates and countries, each
    with the incident that reports it (`incident_id`, NA when no article does). `lacking` counts
    the filtered incidents, within the days the references span, that none of them reports."""

    references: pd.DataFrame
    incidents_in_span: int
    lacking: int


def matched_incidents(store: Store, refs: pd.DataFrame, countries: tuple[str, ...] = ()) -> pd.Series:
    """For each reference event, the stored incident that reports it, or NA (see `match`); the
    incidents of the references' days (and `countries`) are the candidates, whatever their attacker."""
    dated = refs["date"].dropna()
    if dated.empty:
        return pd.Series(pd.NA, index=refs.index, dtype="Int64")
    inc = incidents_table.c
    span = inc.date.between(dated.min() - dt.timedelta(days=31), dated.max())
    places = EventFilter(countries=countries).where(incidents_table)
    candidates = sa.select(inc.id.label("incident_id"), *[inc[c] for c in MATCHED_COLUMNS[1:]]).where(span, *places)
    with store.engine.connect() as conn:
        result = conn.execute(candidates)
        found = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
    return match(refs, found) if not found.empty else pd.Series(pd.NA, index=refs.index, dtype="Int64")


def coverage(store: Store, flt: EventFilter, chosen: tuple[str, ...]) -> Coverage:
    """Which reference strikes the articles cover, and how many incidents the references lack.

    Every incident of the filter's dates and countries is a candidate, whatever its attacker:
    datasets name attackers their own way, so the actor filter narrows what is counted as lacking,
    not what can match."""
    refs = reference_frame(store, flt.date_from, flt.date_to, flt.countries)
    refs = refs[refs["origin"].isin(chosen)].reset_index(drop=True)
    dated = refs["date"].dropna()
    if refs.empty or dated.empty:
        return Coverage(refs.assign(incident_id=pd.Series(dtype="Int64")), 0, 0)
    inc = incidents_table.c
    with store.engine.connect() as conn:
        shown = set(conn.execute(sa.select(inc.id).where(*flt.where(incidents_table),
                                                          inc.date.between(dated.min(), dated.max()))).scalars())
    refs = refs.assign(incident_id=matched_incidents(store, refs, flt.countries))
    lacking = shown - set(refs["incident_id"].dropna().astype(int))
    return Coverage(refs, len(shown), len(lacking))
