"""Incidents across articles: the corpus in tests/fixtures/incidents/ (twelve reports written for
these tests, of five strikes) groups into exactly the right incidents, with the right grades and
tolls, and the grouping follows ingest, correction, deletion and a user's split or merge."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from strikes import incident_queries, incidents
from strikes.extract import extract_many
from strikes.incident_tables import incident_members
from strikes.model import Article, StrikeEvent
from strikes.readers import read_paths
from strikes.store import Store

CORPUS = Path(__file__).parent / "fixtures" / "incidents"

EXPECTED = {
    # first file of the incident: (its files, grade, sources, fatalities min, max, best)
    "01_ariha_wire": (
        {"01_ariha_wire", "02_ariha_republished", "03_ariha_local", "04_ariha_monitor", "05_ariha_monitor_revised"},
        "corroborated", 3, 10, 16, 12),
    "06_maarat_government": ({"06_maarat_government", "07_maarat_russia"}, "contested", 2, 7, 9, 7),
    "08_raqqa_saturday": ({"08_raqqa_saturday", "09_raqqa_saturday_second"}, "corroborated", 2, 8, 11, 8),
    "10_raqqa_sunday": ({"10_raqqa_sunday"}, "single source", 1, 5, 5, 5),
    "11_afis_local": ({"11_afis_local", "12_saraqib_monitor"}, "corroborated", 2, 4, 4, 4),
}


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Article, list[StrikeEvent]]]:
    """The corpus read once (extraction is the slow part), in file order."""
    articles = sorted(read_paths([CORPUS]), key=lambda a: a.origin or "")
    return list(extract_many(articles))


def _fill(store: Store, corpus: list[tuple[Article, list[StrikeEvent]]]) -> None:
    for article, events in corpus:
        store.add(article, events)


def _file_of(store: Store) -> dict[int, str]:
    """Event id -> the fixture file it was read from."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(store.events_table.c.id, store.articles_table.c.origin).join(
            store.articles_table, store.articles_table.c.id == store.events_table.c.article_id))
        return {event_id: Path(origin).stem for event_id, origin in rows}


def _grouping(store: Store) -> set[frozenset[str]]:
    files = _file_of(store)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)).all()
    groups: dict[int, set[str]] = {}
    for event_id, incident_id in rows:
        groups.setdefault(incident_id, set()).add(files[event_id])
    return {frozenset(g) for g in groups.values()}


def _event_id(store: Store, stem: str) -> int:
    return next(e for e, f in _file_of(store).items() if f == stem)


def test_every_fixture_report_is_read_as_one_event(corpus):
    assert [len(events) for _, events in corpus] == [1] * 12


def test_corpus_groups_into_exactly_the_five_strikes(store, corpus):
    _fill(store, corpus)
    assert _grouping(store) == {frozenset(files) for files, *_ in EXPECTED.values()}


def test_each_incident_has_its_grade_sources_and_tolls(store, corpus):
    _fill(store, corpus)
    files = _file_of(store)
    summary = incident_queries.incidents(store)
    got = {
        files[row.incident_id]: (row.grade, row.sources, row.fatalities_min, row.fatalities_max, row.fatalities_best)
        for row in summary.itertuples()
    }
    assert got == {first: tuple(rest) for first, (_, *rest) in EXPECTED.items()}


def test_incident_figures_are_agreed_from_its_reports(store, corpus):
    _fill(store, corpus)
    summary = incident_queries.incidents(store).set_index("incident_id")
    ariha = summary.loc[_event_id(store, "01_ariha_wire")]
    assert (ariha.date, ariha.place, ariha.country, ariha.geo_precision, ariha.actor) == (
        dt.date(2019, 5, 14), "Ariha", "SY", 1, "Russia")
    assert (ariha.reports, ariha.articles, ariha.civilians_killed_best) == (5, 5, 12)
    afis = summary.loc[_event_id(store, "11_afis_local")]
    assert (afis.place, afis.geo_precision, afis.actor) == ("Afis", 1, "Russia")
    disputed = summary.loc[_event_id(store, "06_maarat_government")]
    assert disputed.actors == "Russia; Syria (government)"


def test_a_republished_wire_story_is_one_source(store, corpus):
    _fill(store, corpus)
    reports = incident_queries.reports_of(store, _event_id(store, "01_ariha_wire"))
    keys = incidents.source_keys(reports)
    by_file = dict(zip(reports["id"].map(_file_of(store)), keys))
    assert by_file["01_ariha_wire"] == by_file["02_ariha_republished"]
    assert by_file["04_ariha_monitor"] == by_file["05_ariha_monitor_revised"] == "idlib monitoring network"
    assert len(set(by_file.values())) == 3


def test_storing_the_corpus_again_changes_nothing(store, corpus):
    _fill(store, corpus)
    before = _grouping(store)
    _fill(store, corpus)
    assert _grouping(store) == before
    with store.writing().begin() as conn:
        incidents.regroup_all(conn)
    assert _grouping(store) == before


def test_a_store_made_before_incidents_is_grouped_when_opened(tmp_path, corpus):
    path = tmp_path / "old.db"
    store = Store(str(path))
    _fill(store, corpus)
    with store.writing().begin() as conn:
        conn.execute(incident_members.delete())
    assert _grouping(Store(str(path))) == {frozenset(files) for files, *_ in EXPECTED.values()}


def test_events_appended_without_grouping_are_grouped_when_opened(store, corpus):
    # As a program that stores events without placing them leaves a store: its newest event has no incident.
    _fill(store, corpus)
    newest = _event_id(store, "12_saraqib_monitor")
    with store.writing().begin() as conn:
        conn.execute(incident_members.delete().where(incident_members.c.event_id == newest))
    assert _grouping(Store(store.url)) == {frozenset(files) for files, *_ in EXPECTED.values()}


def test_a_complete_store_opens_without_a_pass_over_every_event(store, corpus, monkeypatch):
    _fill(store, corpus)

    def every_event(conn):
        raise AssertionError("a grouped store was searched for ungrouped events")

    monkeypatch.setattr(incidents, "group_ungrouped", every_event)
    assert _grouping(Store(store.url)) == {frozenset(files) for files, *_ in EXPECTED.values()}


def test_a_correction_moves_the_event_to_its_incident(store, corpus):
    _fill(store, corpus)
    sunday = _event_id(store, "10_raqqa_sunday")
    store.update_event(sunday, date=dt.date(2017, 6, 10))
    assert frozenset({"08_raqqa_saturday", "09_raqqa_saturday_second", "10_raqqa_sunday"}) in _grouping(store)


def test_deleting_the_first_report_keeps_the_others_together_under_a_new_id(store, corpus):
    _fill(store, corpus)
    wire = _event_id(store, "01_ariha_wire")
    store.delete_event(wire)
    republished = _event_id(store, "02_ariha_republished")
    summary = incident_queries.incidents(store).set_index("incident_id")
    assert summary.loc[republished, "reports"] == 4
    assert wire not in summary.index


def _report(day: dt.date, place: str, lat: float, lon: float, actor: str = "unknown", killed: int = 3,
            evidence: str = "") -> StrikeEvent:
    return StrikeEvent(date=day, place=place, country="SY", admin1="Idlib", lat=lat, lon=lon, geo_precision=1,
                       actor=actor, killed=killed, evidence=evidence or f"An air strike hit {place}.")


AFIS_DAY = dt.date(2019, 8, 21)


def test_a_split_survives_new_reports_and_regrouping(store, corpus):
    _fill(store, corpus)
    saraqib = _event_id(store, "12_saraqib_monitor")
    assert incidents.split(store, [saraqib]) == saraqib
    # A new report that fits both halves joins one of them; the split stands.
    store.add(Article("Afis, 21 Aug: an air strike hit Afis, killing four.", origin="13_afis_later.txt"),
              [_report(AFIS_DAY, "Afis", 35.9069, 36.80419, "Russia", 4)])
    with store.writing().begin() as conn:
        incidents.regroup_all(conn)
    groups = _grouping(store)
    assert frozenset({"12_saraqib_monitor"}) in groups
    assert not any({"11_afis_local", "12_saraqib_monitor"} <= g for g in groups)


def test_a_merge_survives_corrections_and_regrouping(store, corpus):
    _fill(store, corpus)
    saturday, sunday = _event_id(store, "08_raqqa_saturday"), _event_id(store, "10_raqqa_sunday")
    assert incidents.merge(store, [saturday, sunday]) == saturday
    raqqa = frozenset({"08_raqqa_saturday", "09_raqqa_saturday_second", "10_raqqa_sunday"})
    assert raqqa in _grouping(store)
    store.update_event(sunday, killed=6, place="Raqqa old city")
    with store.writing().begin() as conn:
        incidents.regroup_all(conn)
    assert raqqa in _grouping(store)


def test_export_carries_incident_id_grade_sources_and_tolls(store, corpus):
    from strikes.export import acled_frame

    _fill(store, corpus)
    rows = acled_frame(incident_queries.with_incidents(store, store.events())).set_index("event_id")
    row = rows.loc[_event_id(store, "02_ariha_republished")]
    assert (row.incident_id, row.incident_grade, row.incident_sources, row.incident_fatalities_min,
            row.incident_fatalities_max) == (_event_id(store, "01_ariha_wire"), "corroborated", 3, 10, 16)


# -- the rule, report by report ---------------------------------------------------------------


def _r(i: int, **values) -> incidents.Report:
    base = dict(date=AFIS_DAY, place="Afis", country="SY", admin1="Idlib", lat=35.9069, lon=36.80419,
                geo_precision=1, actor="Russia")
    return incidents.Report(id=i, **{**base, **values})


def test_neighbouring_villages_are_one_place_but_towns_further_apart_are_not():
    saraqib = _r(2, place="Saraqib", lat=35.86447, lon=36.80591)
    ariha = _r(3, place="Ariha", lat=35.81374, lon=36.60964)
    assert incidents.closeness(_r(1), saraqib) is not None
    assert incidents.closeness(_r(1), ariha) is None


def test_a_week_dated_report_can_be_a_day_dated_strike_of_that_week():
    week = _r(2, date=AFIS_DAY - dt.timedelta(days=3), date_precision="week")
    assert incidents.closeness(_r(1), week) == (3, 0.0)
    assert incidents.closeness(_r(1, date=AFIS_DAY + dt.timedelta(days=4)), week) is None


def test_different_attackers_are_one_disputed_strike_only_at_the_same_spot():
    assert incidents.closeness(_r(1), _r(2, actor="Syria (government)")) is not None
    assert incidents.closeness(_r(1), _r(2, actor="Syria (government)", place="Saraqib", lat=35.86447,
                                          lon=36.80591)) is None
    assert incidents.closeness(_r(1), _r(2, actor="unknown", place="Saraqib", lat=35.86447, lon=36.80591))


def test_a_region_level_report_matches_a_strike_in_its_region():
    region = _r(2, place="Idlib", geo_precision=3, lat=35.9, lon=36.6)
    assert incidents.closeness(_r(1), region) is not None
    assert incidents.closeness(_r(1, admin1="Hama", place="Hama", lat=35.13, lon=36.75), region) is None


def test_a_report_joins_the_incident_all_of_whose_reports_it_matches():
    # The week-dated report fits both days' strikes, but each day's reports do not fit each other:
    # it joins the first, and never bridges the two.
    monday, tuesday = _r(1), _r(2, date=AFIS_DAY + dt.timedelta(days=1))
    week = _r(3, date=AFIS_DAY, date_precision="week")
    late_tuesday = _r(4, date=AFIS_DAY + dt.timedelta(days=1))
    assert incidents.group([late_tuesday, week, tuesday, monday]) == {1: 1, 2: 2, 3: 1, 4: 2}


def test_a_denial_makes_the_incident_contested():
    reports = pd.DataFrame({
        "id": [1, 2], "article_id": [1, 2], "actor": ["Russia", "unknown"], "source": [None, None],
        "evidence": ["Russian jets struck Afis.", "The Russian defence ministry denied any strike on Afis."],
    })
    assert incidents.grade(reports) == "contested"
    assert incidents.grade(reports.assign(evidence=["Russian jets struck Afis.", "A raid hit Afis."])) == "corroborated"


def test_best_toll_is_each_sources_latest_and_the_lowest_across_sources():
    reports = pd.DataFrame({
        "id": [1, 2, 3], "article_id": [1, 2, 3], "killed": [10, 16, 14],
        "published": [dt.date(2019, 5, 14), dt.date(2019, 5, 15), dt.date(2019, 5, 14)],
    })
    keys = pd.Series(["monitor", "monitor", "rescuers"])
    assert incidents.best_toll(reports, "killed", keys) == 14


def test_the_newest_incidents_are_drawn_when_there_are_more_than_asked(store, corpus):
    _fill(store, corpus)
    assert incident_queries.count(store) == 5
    newest = incident_queries.incidents(store, limit=2)
    assert list(newest["date"]) == [dt.date(2019, 8, 21), dt.date(2019, 6, 3)]


def test_a_corrected_first_report_keeps_naming_its_incident(store, corpus):
    _fill(store, corpus)
    wire = _event_id(store, "01_ariha_wire")
    store.update_event(wire, killed=13)
    store.update_event(wire, lat=35.8140)  # a grouping field: the event is placed again
    summary = incident_queries.incidents(store).set_index("incident_id")
    assert summary.loc[wire, "reports"] == 5
    with store.writing().begin() as conn:
        incidents.regroup_all(conn)
    assert incident_queries.incidents(store).set_index("incident_id").loc[wire, "reports"] == 5


def test_a_day_dated_report_joins_a_stored_week_dated_one_of_its_place_only(store):
    week = _report(AFIS_DAY, "Afis", 35.9069, 36.80419, "Russia")
    week.date_precision = "week"
    far = _report(AFIS_DAY, "Raqqa", 35.9528, 39.0079, "Russia")
    far.date_precision = "week"
    store.add(Article("That week jets struck Afis.", origin="week.txt"), [week])
    store.add(Article("That week jets struck Raqqa.", origin="far.txt"), [far])
    store.add(Article("On Thursday jets struck Afis.", origin="day.txt"),
              [_report(AFIS_DAY + dt.timedelta(days=3), "Afis", 35.9069, 36.80419)])
    groups = _grouping(store)
    assert groups == {frozenset({"week", "day"}), frozenset({"far"})}
