"""The dashboard's aggregations, checked on a store of six hand-written events."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import sqlalchemy as sa

from dashboard_data import fill
from strikes import queries
from strikes.store import EventFilter, Store, grid_index


@pytest.fixture
def filled(store: Store) -> Store:
    return fill(store)


def test_few_events_are_sent_one_by_one_with_unlocated_counted(filled: Store) -> None:
    data = queries.map_data(filled, EventFilter(), queries.EVENTS)
    assert (data.mode, data.located, data.unlocated) == ("events", 5, 1)
    assert sorted(data.points["place"].str[:4]) == ["<img", "Homs", "Jisr", "Saad", "Sana"]


def test_many_events_are_summed_in_cells_that_keep_every_event_and_death(filled: Store) -> None:
    data = queries.map_data(filled, EventFilter(), queries.EVENTS, max_markers=2, max_cells=4)
    assert data.mode == "cells"
    assert data.points["events"].sum() == 5
    assert data.points["killed"].sum() == 143
    assert data.points["civilians_killed"].sum() == 46
    assert data.cell_degrees == 10
    cells = data.points.sort_values("lat")[["actor", "events", "actors"]].values.tolist()
    assert cells == [["Saudi-led coalition", 2, 1], ["Russia", 3, 2]]


def test_cell_size_grows_with_the_extent() -> None:
    assert queries._cell_size(1, 1, 100) == 0.1
    assert queries._cell_size(40, 90, 3000) == 2


def test_filter_narrows_map_and_hides_unlocated(filled: Store) -> None:
    data = queries.map_data(filled, EventFilter(actors=("Saudi-led coalition",), include_unlocated=False), queries.EVENTS)
    assert (data.located, data.unlocated) == (2, 0)


def test_unlocated_events_are_listed(filled: Store) -> None:
    frame = queries.unlocated_events(filled, EventFilter())
    assert list(frame["place"]) == ["Wadi Zuhr"]


def test_timeline_per_week_sums_events_by_actor(filled: Store) -> None:
    frame = queries.timeline(filled, EventFilter(), "week", counting=queries.EVENTS)
    russia = frame[frame["actor"] == "Russia"]
    assert list(russia["period"]) == [pd.Timestamp("2015-09-28")]
    assert list(russia["events"]) == [2]
    assert list(russia["strikes"]) == [30]
    sanaa_week = frame[frame["period"] == pd.Timestamp("2016-10-03")]
    assert list(sanaa_week["events"]) == [2] and list(sanaa_week["toll"]) == [140]


def test_timeline_leaves_a_measure_no_event_states_missing_not_zero(filled: Store) -> None:
    frame = queries.timeline(filled, EventFilter(), "week", counting=queries.EVENTS).set_index("actor")
    assert frame.loc["Israel", "strikes"] is pd.NA
    assert frame.loc["Saudi-led coalition", "strikes"].isna().all()


def test_timeline_toll_counts_civilians_when_the_total_is_not_stated(filled: Store) -> None:
    frame = queries.timeline(filled, EventFilter(countries=("SY",)), "week", counting=queries.EVENTS)
    assert frame[["toll", "civilians_killed"]].values.tolist() == [[36, 36]]


def test_timeline_per_day_respects_dates(filled: Store) -> None:
    flt = EventFilter(date_from=dt.date(2015, 10, 1), date_to=dt.date(2015, 10, 1))
    frame = queries.timeline(filled, flt, "day", counting=queries.EVENTS)
    assert frame[["period", "actor", "events"]].values.tolist() == [[pd.Timestamp("2015-10-01"), "Russia", 1]]


def test_totals_per_country_largest_toll_first_with_not_stated_missing(filled: Store) -> None:
    frame = queries.totals(filled, EventFilter(), "country", counting=queries.EVENTS).astype(object).fillna("not stated")
    assert frame[["country", "events", "killed", "civilians_killed", "wounded"]].values.tolist() == [
        ["YE", 3, 140, 10, 525], ["PS", 1, 3, "not stated", "not stated"],
        ["SY", 2, "not stated", 36, "not stated"],
    ]


def test_totals_say_how_many_events_each_sum_covers(filled: Store) -> None:
    frame = queries.totals(filled, EventFilter(), "actor", counting=queries.EVENTS).set_index("actor")
    assert frame.loc["Russia", ["strikes", "strikes_events", "events"]].tolist() == [30, 1, 2]
    assert frame.loc["Saudi-led coalition", "strikes"] is pd.NA
    assert frame.loc["Saudi-led coalition", "strikes_events"] == 0


def test_total_row_sums_every_column(filled: Store) -> None:
    frame = queries.with_total(queries.totals(filled, EventFilter(), "country", counting=queries.EVENTS), "country")
    total = frame.iloc[-1]
    assert total[["country", "events", "killed", "killed_events", "wounded"]].tolist() == ["All", 6, 143, 2, 525]


def test_totals_per_actor_with_minimum_killed(filled: Store) -> None:
    frame = queries.totals(filled, EventFilter(min_killed=20), "actor", counting=queries.EVENTS)
    assert frame[["actor", "events"]].values.tolist() == [["Saudi-led coalition", 1], ["Russia", 1]]


def test_map_grid_is_summed_in_index_order(filled: Store) -> None:
    """The finest grid must spell the indexed expression exactly, or a million events need a sort."""
    if filled.engine.dialect.name != "sqlite":
        pytest.skip("reads SQLite's query plan")
    query = sa.select(queries.FINE_ROW, queries.FINE_COL, sa.func.count()).group_by(
        queries.FINE_ROW, queries.FINE_COL, queries.ev.actor)
    with filled.engine.connect() as conn:
        plan = " ".join(row[-1] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(query.compile(filled.engine))).fetchall())
    assert "ix_events_by_cell" in plan and "TEMP B-TREE" not in plan


def test_merged_fine_cells_equal_cells_summed_directly(filled: Store) -> None:
    where = EventFilter().where() + [queries.ev.lat.is_not(None)]
    fine = queries._shares(filled, queries.ev, where, queries.FINE_ROW, queries.FINE_COL)
    merged = queries._cells(queries._merge_shares(fine, 100))
    row = grid_index((queries.ev.lat + 90) / 10)
    col = grid_index((queries.ev.lon + 180) / 10)
    direct = queries._cells(queries._shares(filled, queries.ev, where, row, col))
    columns = ["actor", "events", "killed", "civilians_killed", "actors", "first", "last"]
    assert merged.sort_values("lat")[columns].values.tolist() == direct.sort_values("lat")[columns].values.tolist()


def test_filter_choices_are_what_the_store_holds(filled: Store) -> None:
    offered = queries.filter_choices(filled)
    assert (offered.actors, offered.countries) == (filled.actors(), filled.countries())
    assert (offered.first, offered.last) == filled.date_range()


def test_first_and_last_dates_pass_over_undated_events(store: Store) -> None:
    from strikes.model import Article, StrikeEvent

    def event(day: dt.date | None) -> StrikeEvent:
        return StrikeEvent(date=day, place="Testville", country="SY", actor="Russia", source="test",
                           evidence="Jets hit a made-up town in a test sentence.", confidence=0.5)

    store.add(Article(text="an invented report of three strikes", title="t"),
              [event(None), event(dt.date(2016, 3, 1)), event(dt.date(2016, 2, 1))])
    offered = queries.filter_choices(store)
    assert (offered.first, offered.last) == (dt.date(2016, 2, 1), dt.date(2016, 3, 1))
    assert queries.counts(store, EventFilter()) == (3, 1)


def test_a_store_made_before_the_indexes_gets_them_when_opened(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    fill(Store(url))
    with sa.create_engine(url).begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_events_by_cell")
        conn.exec_driver_sql("DROP INDEX ix_events_by_date")
        conn.exec_driver_sql("CREATE INDEX ix_events_actor ON events (actor)")
    with Store(url).engine.connect() as conn:
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
    assert {"ix_events_by_cell", "ix_events_by_date"} <= names and "ix_events_actor" not in names
