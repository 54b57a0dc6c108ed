"""What the incidents page and the export ask of the store: incidents matching the filter, their
reports, and events with their incident's grade and tolls.

An incident matches the filter when any of its reports does; its figures are then drawn from all
of its reports, so narrowing the filter never changes what an incident says."""
from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from strikes.incident_tables import incident_members
from strikes.incidents import GRADES, summarise
from strikes.store import EVENT_COLUMNS, EventFilter, Store, articles_table, events_table

_ev = events_table.c
_members = incident_members.c

INCIDENT_EXPORT_COLUMNS = {
    "incident_id": "incident_id",
    "grade": "incident_grade",
    "sources": "incident_sources",
    "fatalities_min": "incident_fatalities_min",
    "fatalities_max": "incident_fatalities_max",
    "fatalities_best": "incident_fatalities_best",
}


def _reports(store: Store, incident_ids: sa.Select | list[int]) -> pd.DataFrame:
    query = (
        sa.select(_ev.id, _ev.article_id, _members.incident_id, articles_table.c.title.label("article_title"),
                  articles_table.c.published, articles_table.c.origin.label("article_origin"),
                  *[_ev[name] for name in EVENT_COLUMNS])
        .join(incident_members, _members.event_id == _ev.id)
        .join(articles_table, articles_table.c.id == _ev.article_id)
        .where(_members.incident_id.in_(incident_ids))
        .order_by(_members.incident_id, _ev.id)
    )
    with store.engine.connect() as conn:
        result = conn.execute(query)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def _matching(flt: EventFilter, limit: int | None = None) -> sa.Select:
    query = (sa.select(_members.incident_id).join(events_table, _ev.id == _members.event_id)
             .where(*flt.where()).group_by(_members.incident_id))
    if limit is None:
        return query
    return query.order_by(sa.func.max(_ev.date).desc(), _members.incident_id).limit(limit)


def incident_reports(store: Store, flt: EventFilter = EventFilter(), limit: int | None = None) -> pd.DataFrame:
    """Every report of every incident that has a report matching the filter (of the `limit` newest
    such incidents), with its article's date."""
    matching = _matching(flt, limit)
    if limit is not None:
        # A LIMIT inside IN (...) is refused by some databases: read the ids first.
        with store.engine.connect() as conn:
            return _reports(store, list(conn.execute(matching).scalars()))
    return _reports(store, matching)


def count(store: Store, flt: EventFilter = EventFilter()) -> int:
    """How many incidents have a report matching the filter."""
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(_matching(flt).subquery())).scalar())


def incidents(store: Store, flt: EventFilter = EventFilter(), grades: tuple[str, ...] = GRADES,
              limit: int | None = None) -> pd.DataFrame:
    """Incidents matching the filter, one row each, newest first, of the chosen grades
    (graded among the `limit` newest, when given: figures are drawn in Python, per incident)."""
    summary = summarise(incident_reports(store, flt, limit))
    summary = summary[summary["grade"].isin(grades)]
    return summary.sort_values(["date", "incident_id"], ascending=[False, True], na_position="last",
                               ignore_index=True)


def reports_of(store: Store, incident_id: int) -> pd.DataFrame:
    """One incident's reports, each with its own article, source and figures."""
    return _reports(store, [incident_id])


def with_incidents(store: Store, events: pd.DataFrame, flt: EventFilter = EventFilter()) -> pd.DataFrame:
    """Events (as `Store.events(flt)` gives them) with their incident's id, grade, sources and tolls."""
    reports = incident_reports(store, flt)
    figures = summarise(reports)[list(INCIDENT_EXPORT_COLUMNS)].rename(columns=INCIDENT_EXPORT_COLUMNS)
    membership = reports[["id", "incident_id"]]
    return events.merge(membership, on="id", how="left").merge(figures, on="incident_id", how="left")
