"""Events as an editable table and back: the user's review before saving, and later corrections.

st.data_editor edits a DataFrame; the store takes StrikeEvents and field changes. Converting in
one place keeps the rule "a blank cell means not stated (None), never zero" the same everywhere.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from strikes.locate import Geocode
from strikes.model import Article, StrikeEvent
from strikes.store import EVENT_COLUMNS, Store

REVIEW_COLUMNS = [
    "date", "place", "country", "admin1", "lat", "lon", "geo_precision", "actor", "actor_country",
    "target", "strikes", "civilians_killed", "killed", "wounded", "source", "evidence",
]
"""What a reviewer may correct; precision, confidence and geonameid are kept as extracted."""

INTEGER_COLUMNS = ("geo_precision", "strikes", "civilians_killed", "killed", "wounded")


@dataclass
class Pending:
    """An uploaded article waiting for review: its extracted events as a table, or why it is skipped."""

    name: str
    article: Article
    events: pd.DataFrame
    duplicate: bool = False
    kept: list[StrikeEvent] = field(default_factory=list)


def events_frame(events: list[StrikeEvent]) -> pd.DataFrame:
    """Extracted events as the review table (nullable integers, so a blank stays blank)."""
    frame = pd.DataFrame([e.to_json() for e in events], columns=[*REVIEW_COLUMNS, "date_precision",
                                                                  "geonameid", "confidence"])
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    for name in INTEGER_COLUMNS:
        frame[name] = frame[name].astype("Int64")
    return frame


def _clean(value: Any) -> Any:
    if value is None or (not isinstance(value, (str, list)) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value.item() if hasattr(value, "item") else value


def events_from_frame(frame: pd.DataFrame) -> list[StrikeEvent]:
    """The reviewed table as events; a row the reviewer emptied of actor counts as "unknown"."""
    events = []
    for row in frame.to_dict(orient="records"):
        values = {k: _clean(v) for k, v in row.items() if k in EVENT_COLUMNS}
        if isinstance(values.get("date"), str):
            values["date"] = dt.date.fromisoformat(values["date"])
        for name in INTEGER_COLUMNS:
            if values.get(name) is not None:
                values[name] = int(values[name])
        values["actor"] = values.get("actor") or "unknown"
        values["evidence"] = values.get("evidence") or ""
        values["date_precision"] = values.get("date_precision") or "day"
        values["confidence"] = values.get("confidence") if values.get("confidence") is not None else 0.5
        events.append(StrikeEvent(**values))
    return events


LOCATION_FIELDS = ("lat", "lon", "geo_precision", "geonameid", "admin1")


def relocated(place: str | None, country: str | None, geocode: Geocode) -> dict[str, Any]:
    """Where a corrected place is, from the geocoder: its location fields, all None if it is unknown.

    A renamed place must not keep the old one's coordinates (the marker would stay where it was);
    one the gazetteer does not know becomes an unlocated event, listed under the map.
    """
    found = geocode(place, country_codes=[country] if country else None) if place else None
    if found is None:
        return dict.fromkeys(LOCATION_FIELDS)
    raw = found.raw or {}
    return {"lat": round(found.latitude, 5), "lon": round(found.longitude, 5),
            "geo_precision": int(raw.get("geo_precision", 1)), "geonameid": raw.get("geonameid"),
            "admin1": raw.get("admin1")}


def _moved(diff: dict[str, Any]) -> bool:
    """The place or country changed and the reviewer did not set the coordinates themselves."""
    return bool({"place", "country"} & set(diff)) and not {"lat", "lon"} & set(diff)


def changed_fields(before: pd.DataFrame, after: pd.DataFrame) -> dict[int, dict[str, Any]]:
    """Per event id, the reviewed columns whose value the user changed (for `Store.update_event`)."""
    changes: dict[int, dict[str, Any]] = {}
    old = before.set_index("id")
    for row in after.to_dict(orient="records"):
        original = old.loc[row["id"]]
        diff = {
            name: _clean(row[name]) for name in REVIEW_COLUMNS
            if name in row and _clean(row[name]) != _clean(original[name])
        }
        if diff:
            changes[int(row["id"])] = diff
    return changes


def save_corrections(store: Store, before: pd.DataFrame, edited: pd.DataFrame,
                     geocode: Geocode) -> tuple[int, int]:
    """Delete the events ticked "delete", write what changed in the others; (deleted, updated).

    A place (or country) corrected without coordinates is geocoded again.
    """
    doomed = [int(i) for i in edited.loc[edited["delete"].fillna(False).astype(bool), "id"]]
    for event_id in doomed:
        store.delete_event(event_id)
    kept = edited[~edited["id"].isin(doomed)].drop(columns="delete")
    changes = changed_fields(before, kept)
    rows = kept.set_index("id")
    for event_id, fields_changed in changes.items():
        if _moved(fields_changed):
            row = rows.loc[event_id]
            fields_changed.update(relocated(_clean(row["place"]), _clean(row["country"]), geocode))
        store.update_event(event_id, **fields_changed)
    return len(doomed), len(changes)


def located_as_reviewed(extracted: pd.DataFrame, reviewed: pd.DataFrame, geocode: Geocode) -> pd.DataFrame:
    """The review table with every renamed or added place geocoded again (rows matched by position)."""
    reviewed = reviewed.copy().reset_index(drop=True).astype({"lat": "Float64", "lon": "Float64"})
    extracted = extracted.reset_index(drop=True)
    for i, row in reviewed.iterrows():
        place, country = _clean(row["place"]), _clean(row["country"])
        if i < len(extracted):
            old = extracted.iloc[i]
            diff = {name: True for name in ("place", "country", "lat", "lon")
                    if _clean(row[name]) != _clean(old[name])}
            if not _moved(diff):
                continue
        elif _clean(row["lat"]) is not None or not place:
            continue
        for name, value in relocated(place, country, geocode).items():
            if name in reviewed:
                reviewed.at[i, name] = value
    return reviewed
