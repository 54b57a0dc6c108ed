"""The Incidents page, run through Streamlit's AppTest on a store of hand-written reports:
two articles telling of one strike and a third of another."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from strikes import reference
from strikes.model import Article, StrikeEvent
from strikes.store import DB_ENV, Store

REPO = Path(__file__).resolve().parent.parent
PAGE = "app_pages/7_incidents.py"
DAY = dt.date(2019, 5, 14)


def _report(text: str, name: str, killed: int, source: str | None, day: dt.date = DAY) -> tuple[Article, list]:
    event = StrikeEvent(date=day, place="Ariha", country="SY", admin1="Idlib", lat=35.81374, lon=36.60964,
                        geo_precision=1, actor="Russia", killed=killed, source=source, evidence=text)
    return Article(text, title=name, published=day, origin=name), [event]


@pytest.fixture
def app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    url = f"sqlite:///{tmp_path / 'incidents.db'}"
    monkeypatch.setenv(DB_ENV, url)
    store = Store(url)
    store.add(*_report("Russian jets struck Ariha, killing 10, a monitor said.", "monitor", 10, "a monitor"))
    store.add(*_report("An air strike hit Ariha, killing 14, rescuers said.", "rescuers", 14, "rescuers"))
    store.add(*_report("Russian jets struck Ariha again.", "next day", 3, None, DAY + dt.timedelta(days=1)))
    return store


def _opened() -> AppTest:
    """The dashboard opened on the Incidents page: the router draws the filters, then the page runs."""
    return AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).switch_page(PAGE).run()


def _table(at: AppTest):
    return at.dataframe[0].value


def test_incidents_are_counted_once_with_their_grade_and_toll_range(app_store: Store) -> None:
    at = _opened()
    assert not at.exception
    table = _table(at).set_index("date")
    assert len(table) == 2
    assert (table.loc[DAY, "grade"], table.loc[DAY, "sources"], table.loc[DAY, "killed"]) == ("corroborated", 2, "10–14")
    assert at.metric[0].value == "2" and at.metric[1].value == "3"


def test_incidents_name_their_country(app_store: Store) -> None:
    assert set(_table(_opened())["country"]) == {"Syria"}


def test_the_sidebar_grade_filter_and_raw_switch_apply_here(app_store: Store) -> None:
    at = _opened()
    at.sidebar.multiselect(key="filter_grades").set_value(["single source"]).run()
    assert list(_table(at)["grade"]) == ["single source"]
    assert at.query_params["grade"] == "single source"
    at.sidebar.radio(key="filter_unit").set_value("events").run()
    assert len(_table(at)) == 1  # the one report whose incident has a single source
    at.sidebar.multiselect(key="filter_grades").set_value([]).run()
    assert len(_table(at)) == 3


def test_a_split_on_the_page_is_kept(app_store: Store) -> None:
    at = _opened()
    at.selectbox(key="incident_chosen").set_value(1).run()
    at.multiselect(key="incident_split").set_value([2])
    at.main.button[0].click().run()
    assert not at.exception
    assert len(_table(at)) == 3


def test_reference_events_are_listed_with_the_incident_they_match(app_store: Store) -> None:
    reference.import_file(app_store, Path(__file__).parent / "fixtures" / "reference" / "acled_invented.csv")
    at = _opened()
    assert not at.exception
    assert any("1 of 3 imported reference events match an incident" in m.value for m in at.main.markdown)
    refs = at.dataframe[-1].value.set_index("source_id")
    assert refs.loc["TST1001", "incident_id"] == 1
