"""Counting by incident: the dashboard's queries count a strike told by several articles once, with
its best toll, unless asked for raw events; grades narrow either; the stored figures follow every
change of the reports. Reports written for these tests: two outlets tell of one strike on an
invented day in Ariha (a revised toll among them), a third article of another strike elsewhere."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from strikes import incident_queries, incidents, queries, reference
from strikes.incident_tables import incidents_table
from strikes.model import Article, StrikeEvent
from strikes.queries import EVENTS, Counting
from strikes.store import EventFilter, Store

DAY = dt.date(2019, 5, 14)
REFERENCE_CSV = Path(__file__).parent / "fixtures" / "reference" / "acled_invented.csv"


def _event(text: str, killed: int | None, source: str | None, day: dt.date = DAY, place: str = "Ariha",
           lat: float = 35.81374, lon: float = 36.60964, actor: str = "Russia") -> StrikeEvent:
    return StrikeEvent(date=day, place=place, country="SY", admin1="Idlib", lat=lat, lon=lon, geo_precision=1,
                       actor=actor, killed=killed, strikes=2, source=source, evidence=text)


@pytest.fixture
def reported(store: Store) -> Store:
    """Three articles: two outlets on one strike (tolls 10 and 14), one on a strike in Saraqib."""
    first = "Russian jets struck Ariha, killing 10, a monitor said."
    store.add(Article(first, title="monitor", published=DAY, origin="monitor.txt"),
              [_event(first, 10, "a monitor")])
    second = "An air strike hit Ariha, killing 14, rescuers said."
    store.add(Article(second, title="rescuers", published=DAY, origin="rescuers.txt"),
              [_event(second, 14, "rescuers")])
    third = "Jets struck Saraqib on Tuesday, killing 4."
    store.add(Article(third, title="saraqib", published=DAY, origin="saraqib.txt"),
              [_event(third, 4, None, place="Saraqib", lat=35.8645, lon=36.8059)])
    return store


def test_the_map_shows_one_mark_per_incident_with_its_grade_and_best_toll(reported: Store) -> None:
    by_incident = queries.map_data(reported, EventFilter())
    raw = queries.map_data(reported, EventFilter(), EVENTS)
    assert (by_incident.located, raw.located) == (2, 3)
    ariha = by_incident.points.set_index("place").loc["Ariha"]
    assert (ariha["grade"], ariha["sources"], ariha["reports"]) == ("corroborated", 2, 2)
    assert (ariha["killed"], ariha["fatalities_min"], ariha["fatalities_max"]) == (10, 10, 14)


def test_cells_count_incidents_not_reports(reported: Store) -> None:
    data = queries.map_data(reported, EventFilter(), max_markers=1, max_cells=4)
    assert data.mode == "cells"
    assert (data.points["events"].sum(), data.points["killed"].sum()) == (2, 14)


def test_timeline_and_totals_count_each_strike_once_with_its_best_toll(reported: Store) -> None:
    timeline = queries.timeline(reported, EventFilter(), "day")
    assert timeline[["incidents", "toll", "strikes"]].values.tolist() == [[2, 14, 4]]
    raw = queries.timeline(reported, EventFilter(), "day", EVENTS)
    assert raw[["events", "toll"]].values.tolist() == [[3, 28]]
    totals = queries.totals(reported, EventFilter(), "actor")
    assert totals[["actor", "incidents", "killed", "killed_incidents"]].values.tolist() == [["Russia", 2, 14, 2]]


def test_grades_narrow_incidents_and_events_alike(reported: Store) -> None:
    corroborated = Counting(grades=("corroborated",))
    assert queries.count(reported, EventFilter(), corroborated) == 1
    assert queries.count(reported, EventFilter(), Counting("events", ("corroborated",))) == 2
    assert queries.count(reported, EventFilter(), Counting("events", ("single source",))) == 1
    assert list(queries.events(reported, EventFilter(), grades=("single source",))["place"]) == ["Saraqib"]
    assert list(queries.incident_table(reported, EventFilter(), corroborated)["place"]) == ["Ariha"]


def test_an_incident_is_filtered_by_its_agreed_values(reported: Store) -> None:
    # The best Ariha toll is 10: at least 12 killed leaves neither incident, though one report says 14.
    assert queries.count(reported, EventFilter(min_killed=12)) == 0
    assert queries.count(reported, EventFilter(min_killed=12), EVENTS) == 1


def _stored_figures(store: Store) -> pd.DataFrame:
    with store.engine.connect() as conn:
        result = conn.execute(sa.select(incidents_table).order_by(incidents_table.c.id))
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def _worked_out(store: Store) -> pd.DataFrame:
    """The figures worked out again from every report, for comparison with those stored."""
    reports = incident_queries._reports(store, list(_stored_figures(store)["id"]))
    return incidents.summarise(reports)


def test_stored_figures_follow_corrections_deletions_splits_and_merges(reported: Store) -> None:
    ids = sorted(reported.events()["id"])
    reported.update_event(ids[1], killed=8)  # a figure only: the incident stays, its best toll changes
    assert _stored_figures(reported).set_index("id").loc[ids[0], "killed"] == 8
    incidents.split(reported, [ids[1]])
    assert list(_stored_figures(reported)["grade"]) == ["single source"] * 3
    incidents.merge(reported, [ids[0], ids[1]])
    reported.delete_event(ids[0])
    stored = _stored_figures(reported).set_index("id")
    assert list(stored.index) == ids[1:]
    assert (stored.loc[ids[1], "reports"], stored.loc[ids[1], "killed"]) == (1, 8)
    worked_out = _worked_out(reported).set_index("incident_id")
    assert list(worked_out["fatalities_best"]) == list(stored["fatalities"])


def test_a_store_without_stored_figures_gets_them_when_opened(reported: Store, tmp_path: Path) -> None:
    if reported.url.startswith("postgresql"):
        pytest.skip("reopening is checked on the SQLite file")
    with reported.writing().begin() as conn:
        conn.execute(incidents_table.delete())
    reopened = Store(reported.url)
    assert len(_stored_figures(reopened)) == 2
    assert queries.count(reopened, EventFilter()) == 2


def test_reference_coverage_names_what_each_side_lacks(reported: Store) -> None:
    reference.import_file(reported, REFERENCE_CSV)
    covered = reference.coverage(reported, EventFilter(), ("ACLED",))
    by_id = covered.references.set_index("source_id")["incident_id"]
    assert by_id.loc["TST1001"] == min(reported.events()["id"])  # the Ariha strike
    assert pd.isna(by_id.loc["TST1003"])  # a strike none of the articles reports
    # Both incidents fall in the days the rows span; the Saraqib strike of 14 May is not in them.
    assert (covered.incidents_in_span, covered.lacking) == (2, 1)
    assert reference.origins(reported) == ["ACLED"]
    assert reference.coverage(reported, EventFilter(), ()).references.empty
