"""The sums per map cell and per day that the unfiltered dashboard reads stay equal to a recount of the
incidents after every kind of write: ingest (and upload, which stores through the same call),
correction of a figure, of a day, of a place and of an attacker, deletion, split, merge, grouping
from scratch, and a store opened without them. Reports written for these tests: strikes on invented
days in Idlib province, one without a place, one without a day, one toll not stated."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import sqlalchemy as sa

from strikes import incident_summaries, incidents, queries
from strikes.incident_summaries import event_pairs, monday, incident_cells, incident_weeks
from strikes.incidents import GRADES
from strikes.model import Article, StrikeEvent
from strikes.queries import EVENTS, Counting
from strikes.store import EventFilter, Store

DAY = dt.date(2021, 3, 9)
ARIHA = dict(place="Ariha", lat=35.81374, lon=36.60964)
SARAQIB = dict(place="Saraqib", lat=35.8645, lon=36.8059)
EVERY_GRADE = Counting(grades=GRADES)
"""Every incident, as the default counts them, but asked of the incidents themselves (not the sums)."""


def _event(text: str, killed: int | None, day: dt.date | None = DAY, actor: str = "Russia",
           place: dict | None = None) -> StrikeEvent:
    where = ARIHA if place is None else place
    return StrikeEvent(date=day, country="SY", admin1="Idlib", geo_precision=1 if where.get("lat") else None,
                       actor=actor, killed=killed, strikes=1 if killed else None, source=text[:12], evidence=text,
                       **{"place": None, "lat": None, "lon": None, **where})


def _store(store: Store, text: str, *events: StrikeEvent) -> None:
    store.add(Article(text, title=text, published=DAY), list(events))


@pytest.fixture
def reported(store: Store) -> Store:
    _store(store, "Jets struck Ariha at dawn, killing 6, a monitor said.", _event("a monitor Ariha", 6))
    _store(store, "Rescuers said 9 died in the Ariha strike.", _event("rescuers Ariha", 9))
    _store(store, "Saraqib was hit the next day; no toll was given.",
           _event("Saraqib hit", None, DAY + dt.timedelta(days=1), place=SARAQIB))
    _store(store, "A strike somewhere in the province killed 3, two days on.",
           _event("somewhere", 3, DAY + dt.timedelta(days=2), place={}))
    _store(store, "Turkish drones struck Saraqib, killing 2, on a day not given.",
           _event("drones Saraqib", 2, None, actor="Turkey", place=SARAQIB))
    return store


SUMMARIES = (incident_cells, incident_weeks, event_pairs)


def _read(conn: sa.Connection) -> list[pd.DataFrame]:
    return [pd.DataFrame(conn.execute(sa.select(table)).mappings().all(), columns=table.columns.keys())
            .sort_values([column.name for column in table.primary_key]).reset_index(drop=True) for table in SUMMARIES]


def _stored(store: Store) -> list[pd.DataFrame]:
    with store.engine.connect() as conn:
        return _read(conn)


def _recounted(store: Store) -> list[pd.DataFrame]:
    """The sums worked out again from every incident and event (and left as they were)."""
    with store.writing().connect() as conn:
        transaction = conn.begin()
        incident_summaries.rebuild(conn)
        incident_summaries.rebuild_pairs(conn)
        tables = _read(conn)
        transaction.rollback()
    return tables


def _agree(store: Store) -> None:
    """The kept sums equal a recount, and the dashboard's answers from them equal its answers from the incidents."""
    for kept, recounted in zip(_stored(store), _recounted(store)):
        pd.testing.assert_frame_equal(kept, recounted, check_dtype=False, check_exact=False, rtol=1e-9)
    for summed, counted in ((queries.timeline(store, EventFilter(), "week"),
                             queries.timeline(store, EventFilter(), "week", EVERY_GRADE)),
                            (queries.map_data(store, EventFilter(), max_markers=0).points,
                             queries.map_data(store, EventFilter(), EVERY_GRADE, max_markers=0).points)):
        pd.testing.assert_frame_equal(summed.sort_values(["actor", summed.columns[0]]).reset_index(drop=True),
                                      counted.sort_values(["actor", counted.columns[0]]).reset_index(drop=True),
                                      check_dtype=False, check_exact=False, rtol=1e-9)
    assert queries.count(store, EventFilter()) == queries.count(store, EventFilter(), EVERY_GRADE)
    unlocated = queries.map_data(store, EventFilter(), max_markers=0)
    assert (unlocated.located, unlocated.unlocated) == (
        queries.count(store, EventFilter(), EVERY_GRADE) - len(queries.unlocated_events(store, EventFilter(),
                                                                                         counting=EVERY_GRADE)),
        len(queries.unlocated_events(store, EventFilter(), counting=EVERY_GRADE)))


def _id_of(store: Store, evidence: str) -> int:
    events = store.events()
    return int(events.loc[events["evidence"] == evidence, "id"].iloc[0])


def test_the_sums_hold_every_incident_once_with_its_best_toll(reported: Store) -> None:
    _cells, weeks, _pairs = _stored(reported)
    russia = weeks[(weeks["week"] == monday(DAY)) & (weeks["actor"] == "Russia")].iloc[0]
    # Ariha (two reports, the best toll 6), Saraqib (no toll stated: unknown, not 0), the province (3).
    assert (russia["incidents"], russia["toll"], russia["toll_stated"]) == (3, 9, 2)
    _agree(reported)


def test_the_sums_follow_ingest_corrections_and_deletions(reported: Store) -> None:
    _store(reported, "A third report of Ariha gave 7 dead.", _event("third Ariha", 7))
    _agree(reported)
    _store(reported, "Russian jets hit Saraqib again a week later, killing 1.",
           _event("week later", 1, DAY + dt.timedelta(days=7), place=SARAQIB))
    _agree(reported)
    reported.update_event(_id_of(reported, "a monitor Ariha"), killed=4)  # a figure: the best toll falls
    _agree(reported)
    reported.update_event(_id_of(reported, "rescuers Ariha"), date=DAY + dt.timedelta(days=3))  # leaves its incident
    _agree(reported)
    reported.update_event(_id_of(reported, "week later"), lat=ARIHA["lat"], lon=ARIHA["lon"], place="Ariha")
    _agree(reported)
    reported.update_event(_id_of(reported, "Saraqib hit"), actor="Syria (government)")
    _agree(reported)
    reported.update_event(_id_of(reported, "somewhere"), lat=SARAQIB["lat"], lon=SARAQIB["lon"], geo_precision=1)
    _agree(reported)
    for evidence in ("week later", "a monitor Ariha", "drones Saraqib"):  # the last day of a cell, a first report
        reported.delete_event(_id_of(reported, evidence))
        _agree(reported)


def test_the_sums_follow_splits_merges_and_grouping_from_scratch(reported: Store) -> None:
    rescuers = _id_of(reported, "rescuers Ariha")
    incidents.split(reported, [rescuers])
    _agree(reported)
    incidents.merge(reported, [rescuers, _id_of(reported, "Saraqib hit")])
    _agree(reported)
    with reported.writing().begin() as conn:
        incidents.regroup_all(conn)
    _agree(reported)


def test_a_store_without_the_sums_gets_them_when_opened(reported: Store) -> None:
    with reported.writing().begin() as conn:
        for table in SUMMARIES:
            conn.execute(table.delete())
    _agree(Store(reported.url))


def test_raw_events_are_counted_from_the_events_whatever_the_sums(reported: Store) -> None:
    _store(reported, "A third report of Ariha gave 7 dead.", _event("third Ariha", 7))
    raw = queries.timeline(reported, EventFilter(), "day", EVENTS)
    assert raw.set_index("period").loc[pd.Timestamp(DAY), "events"] == 3
    by_incident = queries.timeline(reported, EventFilter(), "day")
    assert by_incident.set_index("period").loc[pd.Timestamp(DAY), "incidents"] == 1
    assert queries.map_data(reported, EventFilter(), EVENTS).unlocated == 1


def test_the_filters_offer_every_attacker_and_country_an_event_has(reported: Store) -> None:
    offered = queries.filter_choices(reported)
    assert (offered.actors, offered.countries) == (["Russia", "Turkey"], ["SY"])
    drones = _id_of(reported, "drones Saraqib")
    reported.update_event(drones, actor="Syria (government)", country="LB")
    offered = queries.filter_choices(reported)
    assert (offered.actors, offered.countries) == (["Russia", "Syria (government)"], ["LB", "SY"])
    reported.update_event(drones, country=None)
    assert queries.filter_choices(reported).countries == ["SY"]
    reported.delete_event(drones)
    assert queries.filter_choices(reported).actors == ["Russia"]
    _agree(reported)

