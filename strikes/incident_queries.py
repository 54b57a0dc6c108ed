"""What the incidents page and the export ask of the store: incidents matching the filter, their
reports, and events with their incident's grade and tolls.

Incidents are read from their stored figures (the `incidents` table, rewritten whenever their
reports change), not worked out again per request, so a million events cost a query, not minutes.
An incident matches the filter when its agreed day, place and attacker do, as on every page."""
from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from strikes.incident_tables import incident_members, incidents_table
from strikes.incidents import GRADES, SUMMARY_COLUMNS, TOLLS
from strikes.queries import Counting
from strikes.store import EVENT_COLUMNS, EventFilter, Store, articles_table, events_table

_ev = events_table.c
_members = incident_members.c
_in = incidents_table.c

INCIDENT_EXPORT_COLUMNS = {
    "incident_id": "incident_id",
    "grade": "incident_grade",
    "sources": "incident_sources",
    "fatalities_min": "incident_fatalities_min",
    "fatalities_max": "incident_fatalities_max",
    "fatalities_best": "incident_fatalities_best",
}

_AS_SUMMARY = {"id": "incident_id", **{toll: f"{toll}_best" for toll in TOLLS}}
"""Stored figures under the names `incidents.summarise` gives them (the best figures are `..._best`)."""


def _frame(store: Store, query: sa.Select) -> pd.DataFrame:
    with store.engine.connect() as conn:
        result = conn.execute(query)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def _reports(store: Store, incident_ids: list[int]) -> pd.DataFrame:
    query = (
        sa.select(_ev.id, _ev.article_id, _members.incident_id, articles_table.c.title.label("article_title"),
                  articles_table.c.published, articles_table.c.origin.label("article_origin"),
                  *[_ev[name] for name in EVENT_COLUMNS])
        .join(incident_members, _members.event_id == _ev.id)
        .join(articles_table, articles_table.c.id == _ev.article_id)
        .where(_members.incident_id.in_(incident_ids))
        .order_by(_members.incident_id, _ev.id)
    )
    return _frame(store, query)


def count(store: Store, flt: EventFilter = EventFilter(), grades: tuple[str, ...] = ()) -> int:
    """How many incidents match the filter (of the given grades; none given: all)."""
    counting = Counting("incidents", grades)
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count(_in.id)).where(*counting.where(flt))).scalar_one())


def incidents(store: Store, flt: EventFilter = EventFilter(), grades: tuple[str, ...] = GRADES,
              limit: int | None = None) -> pd.DataFrame:
    """Incidents matching the filter, one row each, newest first, of the chosen grades."""
    counting = Counting("incidents", tuple(grades))
    query = (sa.select(incidents_table).where(*counting.where(flt))
             .order_by(_in.date.desc().nulls_last(), _in.id).limit(limit))
    found = _frame(store, query).rename(columns=_AS_SUMMARY)
    tolls = [f"{toll}_{part}" for toll in TOLLS for part in ("min", "max", "best")]
    return found[SUMMARY_COLUMNS].astype({column: "Int64" for column in tolls})


def reports_of(store: Store, incident_id: int) -> pd.DataFrame:
    """One incident's reports, each with its own article, source and figures."""
    return _reports(store, [incident_id])


def with_incidents(store: Store, events: pd.DataFrame, flt: EventFilter = EventFilter()) -> pd.DataFrame:
    """Events (as `Store.events(flt)` gives them) with their incident's id, grade, sources and tolls."""
    figures = (sa.select(_members.event_id.label("id"), _members.incident_id, _in.grade, _in.sources,
                         _in.fatalities_min, _in.fatalities_max, _in.fatalities.label("fatalities_best"))
               .join(incidents_table, _in.id == _members.incident_id)
               .join(events_table, _ev.id == _members.event_id)
               .where(*flt.where()))
    found = _frame(store, figures).rename(columns=INCIDENT_EXPORT_COLUMNS)
    return events.merge(found, on="id", how="left")
