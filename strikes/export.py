"""Stored events in the shapes other tools read: ACLED-like CSV and GeoJSON.

Column names follow ACLED's (event_date, actor1, fatalities, geo_precision, time_precision, notes,
source) so that analysts can put our events beside ACLED exports without a mapping step.
Counts stay integers ("36", not "36.0") however many of them are missing, and a text cell that a
spreadsheet would run as a formula is written as text, since every text cell comes from an article.
"""
from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd

TIME_PRECISION = {"day": 1, "week": 2, "month": 3}

INTEGER_COLUMNS = ["event_id", "time_precision", "geo_precision", "geonameid", "strikes", "fatalities",
                   "civilian_fatalities", "wounded", "article_id"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's list)."""

ACLED_COLUMNS = [
    "event_id", "event_date", "time_precision", "actor1", "actor1_country", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "geonameid", "strikes", "fatalities",
    "civilian_fatalities", "wounded", "target", "source", "notes", "confidence", "article_id",
    "article_title",
]
INCIDENT_COLUMNS = [
    "incident_id", "incident_grade", "incident_sources", "incident_fatalities_min", "incident_fatalities_max",
    "incident_fatalities_best",
]
"""Present when the events come with their incidents (`strikes.incident_queries.with_incidents`)."""
INCIDENT_INTEGER_COLUMNS = ["incident_id", "incident_sources", "incident_fatalities_min", "incident_fatalities_max",
                            "incident_fatalities_best"]


def acled_frame(events: pd.DataFrame) -> pd.DataFrame:
    """The store's event frame renamed and reshaped to ACLED-like columns, with the incident's if given."""
    columns = ACLED_COLUMNS + [c for c in INCIDENT_COLUMNS if c in events.columns]
    if events.empty:
        return pd.DataFrame(columns=columns)
    out = pd.DataFrame(
        {
            "event_id": events["id"],
            "event_date": events["date"].map(lambda d: d.isoformat() if _present(d) else None),
            "time_precision": events["date_precision"].map(TIME_PRECISION),
            "actor1": events["actor"],
            "actor1_country": events["actor_country"],
            "country": events["country"],
            "admin1": events["admin1"],
            "location": events["place"],
            "latitude": events["lat"],
            "longitude": events["lon"],
            "geo_precision": events["geo_precision"],
            "geonameid": events["geonameid"],
            "strikes": events["strikes"],
            # ACLED's fatalities are all deaths; when only civilian deaths are given, that is
            # the best floor we have.
            "fatalities": events["killed"].where(events["killed"].notna(), events["civilians_killed"]),
            "civilian_fatalities": events["civilians_killed"],
            "wounded": events["wounded"],
            "target": events["target"],
            "source": events["source"],
            "notes": events["evidence"],
            "confidence": events["confidence"],
            "article_id": events["article_id"],
            "article_title": events.get("article_title"),
            **{column: events[column] for column in INCIDENT_COLUMNS if column in events.columns},
        }
    )
    for name in INTEGER_COLUMNS + [c for c in INCIDENT_INTEGER_COLUMNS if c in out.columns]:
        out[name] = pd.to_numeric(out[name]).astype("Int64")
    return out[columns]


def to_csv(events: pd.DataFrame) -> str:
    """The events as CSV, with each text cell that would start a formula prefixed by a quote."""
    frame = acled_frame(events)
    for name in frame.columns.difference(INTEGER_COLUMNS):
        frame[name] = frame[name].map(_inert)
    return frame.to_csv(index=False)


def _inert(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_geojson(events: pd.DataFrame) -> str:
    """Located events as a FeatureCollection; unlocated ones have no geometry to give."""
    features = []
    for row in acled_frame(events).to_dict(orient="records"):
        if not (_present(row["latitude"]) and _present(row["longitude"])):
            continue
        properties = {k: _json_value(v) for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": properties,
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) \
        and value is not pd.NaT and value is not pd.NA


def _json_value(value: Any) -> Any:
    if not _present(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
