"""Every page of the dashboard, run through Streamlit's AppTest on a store of hand-written events.

AppTest cannot look inside the st_folium iframe (tests/test_browser.py does); here the pages run,
the filters change the counts and tables, and uploads store what the user reviewed.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from dashboard_data import SYRIA, XSS_SCRIPT, fill, map_has_drawn
from strikes.dashboard.filters import CURRENT_KEY, MAX_KILLED
from strikes.dashboard.markup import WORD_JOINER
from strikes.dashboard.views import download_name, feed_line
from strikes.model import Article, StrikeEvent
from strikes.store import DB_ENV, EventFilter, Store

REPO = Path(__file__).resolve().parent.parent
PAGES = ["app_pages/0_overview.py", "app_pages/1_map.py", "app_pages/2_timeline.py", "app_pages/3_casualties.py",
         "app_pages/4_upload.py", "app_pages/5_articles.py"]


@pytest.fixture
def app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    url = f"sqlite:///{tmp_path / 'dashboard.db'}"
    monkeypatch.setenv(DB_ENV, url)
    return fill(Store(url))


def page(path: str = "app_pages/0_overview.py", **params: str) -> AppTest:
    """The dashboard opened on a page's URL (a deep link): the router runs, then the page."""
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(path).run()


def counts(at: AppTest) -> str:
    return next(m.value for m in at.sidebar.markdown if " event" in m.value)


def unescaped(markdown: str) -> str:
    """Text as a Markdown element shows it (untrusted text reaches Markdown backslash-escaped, with an
    invisible word joiner inside each web address so that it is not made a link)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(WORD_JOINER, "")


def shown_filter(at: AppTest) -> EventFilter:
    return at.session_state[CURRENT_KEY]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_runs(app_store: Store, path: str) -> None:
    at = page(path)
    assert not at.exception
    assert shown_filter(at) == EventFilter()


@pytest.mark.parametrize("path", [*PAGES, "app_pages/7_incidents.py"])
def test_a_page_shows_none_of_its_own_source_text(app_store: Store, path: str) -> None:
    """Streamlit's "magic" draws a bare string of a page's script: a constant's docstring was shown
    above the Incidents page's title."""
    source = (REPO / path).read_text()
    shown = [m.value for m in map_has_drawn(page(path)).main.markdown]
    assert [text for text in shown if text in source] == []


def test_the_sidebar_shows_the_counts_and_credits(app_store: Store) -> None:
    at = page()
    assert counts(at) == "**6 incidents** from 6 events, 3 articles"
    assert any("GeoNames" in caption.value for caption in at.sidebar.caption)


def test_entry_point_is_the_overview_with_map_timeline_and_table(app_store: Store) -> None:
    at = map_has_drawn(page())
    assert at.title[0].value == "Strike Atlas"
    assert len(at.get("vega_lite_chart")) == 1
    assert len(at.dataframe[-1].value) == 6
    assert "5 located incidents on the map" in at.caption[0].value


def test_a_first_view_sends_the_map_alone_and_the_timeline_and_tables_once_it_has_drawn(app_store: Store) -> None:
    at = page()
    assert len(at.get("component_instance")) == 1  # the map
    assert not at.get("vega_lite_chart") and not at.dataframe
    assert [c.value for c in at.main.caption if "once the map is drawn" in c.value] == [
        "Their list will appear once the map is drawn…", "The timeline and the table will appear once the map is drawn…"]
    at = map_has_drawn(at)
    assert len(at.get("vega_lite_chart")) == 1
    assert [len(frame.value) for frame in at.dataframe] == [1, 6]  # the unlocated incident, then the table


@pytest.mark.parametrize("path", ["app_pages/0_overview.py", "app_pages/1_map.py"])
def test_a_first_view_of_a_map_draws_the_filters_widgets_once_the_map_has_drawn(app_store: Store, path: str) -> None:
    at = page(path, actor="Russia")
    assert not at.sidebar.multiselect and not at.sidebar.button
    assert [c.value for c in at.sidebar.caption if "once the map is drawn" in c.value] == [
        "The filters will appear once the map is drawn…"]
    assert shown_filter(at).actors == ("Russia",)
    assert counts(at) == "**2 incidents** from 2 events, 1 article"
    at = map_has_drawn(at)
    assert at.sidebar.multiselect(key="filter_actors").value == ["Russia"]
    assert not any("once the map is drawn" in c.value for c in at.sidebar.caption)


@pytest.mark.parametrize("path", ["app_pages/2_timeline.py", "app_pages/3_casualties.py", "app_pages/4_upload.py",
                                  "app_pages/5_articles.py", "app_pages/7_incidents.py"])
def test_a_first_view_of_a_page_without_a_map_draws_the_filters_at_once(app_store: Store, path: str) -> None:
    at = page(path, actor="Russia")
    assert at.sidebar.multiselect(key="filter_actors").value == ["Russia"]


def test_once_a_map_has_drawn_nothing_waits_for_the_next(app_store: Store) -> None:
    at = map_has_drawn(page())
    at.sidebar.multiselect(key="filter_actors").set_value(["Russia"]).run()  # a new map
    assert len(at.get("vega_lite_chart")) == 1
    assert sorted(at.dataframe[-1].value["place"]) == ["Homs", "Jisr al-Shughour"]
    at.switch_page("app_pages/1_map.py").run()
    assert not any("once the map is drawn" in c.value for c in at.main.caption)


def test_choosing_an_actor_narrows_counts_table_and_url_and_follows_page_switches(app_store: Store) -> None:
    at = map_has_drawn(page())
    at.sidebar.multiselect(key="filter_actors").set_value(["Russia"]).run()
    assert counts(at) == "**2 incidents** from 2 events, 1 article"
    assert at.query_params["actor"] == "Russia"
    for path in ("app_pages/3_casualties.py", "app_pages/1_map.py", "app_pages/3_casualties.py"):
        at.query_params.clear()  # a page switch drops the query string: the filter puts it back
        at.switch_page(path).run()
        assert shown_filter(at).actors == ("Russia",)
        assert counts(at) == "**2 incidents** from 2 events, 1 article"
        assert at.query_params["actor"] == "Russia"
    assert sorted(at.dataframe[0].value["place"]) == ["Homs", "Jisr al-Shughour"]


def test_every_filter_follows_page_switches(app_store: Store) -> None:
    at = page(**{"from": "2015-10-01", "min_killed": "5", "unlocated": "0"})
    wanted = shown_filter(at)
    assert (wanted.date_from, wanted.min_killed, wanted.include_unlocated) == (
        dt.date(2015, 10, 1), 5, False)
    for path in ("app_pages/1_map.py", "app_pages/2_timeline.py", "app_pages/0_overview.py", "app_pages/1_map.py"):
        at.switch_page(path).run()
        assert shown_filter(at) == wanted


def test_a_shared_url_opens_with_its_filter(app_store: Store) -> None:
    at = page("app_pages/3_casualties.py", actor="Saudi-led coalition", min_killed="100")
    assert list(at.dataframe[0].value["place"]) == ["Sanaa"]


def test_dates_and_location_precision_come_from_the_url_and_stay_in_it(app_store: Store) -> None:
    at = page(**{"from": "2015-10-01", "to": "2016-10-01", "precision": "1"})
    assert counts(at) == "**1 incident** from 1 event, 1 article"  # Jisr al-Shughour is "near a town"; Sanaa is too late
    at.switch_page("app_pages/3_casualties.py").run()
    assert list(at.dataframe[0].value["place"]) == ["Saada"]
    assert (at.query_params["from"], at.query_params["to"], at.query_params["precision"]) == (
        "2015-10-01", "2016-10-01", "1")


@pytest.mark.parametrize(("params", "shown"), [
    ({"from": "1900-01-01", "to": "3000-01-01"}, EventFilter()),
    ({"from": "2016-01-01", "to": "1900-01-01"}, EventFilter(date_to=dt.date(2016, 1, 1))),
    ({"min_killed": "9223372036854775808"}, EventFilter(min_killed=MAX_KILLED)),
    ({"min_killed": "-3"}, EventFilter()),
])
def test_values_out_of_range_in_the_url_are_clamped(app_store: Store, params: dict[str, str],
                                                     shown: EventFilter) -> None:
    at = page(**params)
    assert not at.exception
    assert shown_filter(at) == shown


@pytest.mark.parametrize(("params", "named"), [
    ({"from": "2015-99-99"}, "from=2015-99-99"),
    ({"actor": "' OR 1=1 --"}, "actor “' OR 1=1 --”"),
    ({"min_killed": "lots"}, "min_killed=lots"),
    ({"precision": "7"}, "precision=7"),
    ({"unlocated": "maybe"}, "unlocated=maybe"),
])
def test_values_that_mean_nothing_in_the_url_are_named_in_a_message(app_store: Store, params: dict[str, str],
                                                                   named: str) -> None:
    at = page(**params)
    assert not at.exception
    assert shown_filter(at) == EventFilter()
    [warning] = at.sidebar.warning
    assert named in unescaped(warning.value)


def test_a_message_about_the_url_stays_after_the_map_has_drawn_until_the_filter_changes(app_store: Store) -> None:
    at = map_has_drawn(page(actor="Nobody"))  # the map's report reruns the page
    assert [unescaped(w.value) for w in at.sidebar.warning] == ["No stored event has actor “Nobody”: ignored."]
    at.switch_page("app_pages/2_timeline.py").run()
    assert len(at.sidebar.warning) == 1
    at.sidebar.multiselect(key="filter_actors").set_value(["Russia"]).run()
    assert not at.sidebar.warning


@pytest.mark.parametrize("article", ["9223372036854775808", "-1", "abc"])
def test_an_article_id_out_of_range_is_named_not_a_traceback(app_store: Store, article: str) -> None:
    at = page("app_pages/5_articles.py", article=article)
    assert not at.exception
    assert unescaped(at.error[0].value) == f"No stored article has id “{article}”."


def test_reset_clears_every_filter(app_store: Store) -> None:
    at = map_has_drawn(page(actor="Russia", min_killed="5"))
    at.sidebar.button(key="reset_filters").click().run()
    assert shown_filter(at) == EventFilter()
    assert counts(at) == "**6 incidents** from 6 events, 3 articles"
    assert dict(at.query_params) == {}


def test_unlocated_events_are_listed_under_the_map_until_excluded(app_store: Store) -> None:
    at = map_has_drawn(page("app_pages/1_map.py"))
    assert "5 located incidents on the map" in at.caption[0].value
    assert list(at.dataframe[0].value["place"]) == ["Wadi Zuhr"]
    at = page("app_pages/1_map.py", unlocated="0")
    assert not at.dataframe


def test_totals_per_actor_and_country_follow_the_filter(app_store: Store) -> None:
    at = page("app_pages/3_casualties.py", country="YE")
    per_actor, per_country = at.dataframe[1].value, at.dataframe[2].value
    assert per_actor[["actor", "incidents", "killed", "killed_incidents"]].values.tolist() == [
        ["Saudi-led coalition", 3, 140, 1], ["All", 3, 140, 1]]
    assert per_country[["country", "wounded"]].values.tolist() == [["Yemen", 525], ["All", 525]]
    assert [b.label for b in at.get("download_button")] == ["Download CSV", "Download GeoJSON"]


def test_the_table_names_countries_and_files_and_blanks_what_is_not_stated(app_store: Store) -> None:
    table = page("app_pages/3_casualties.py", actor="Russia", count="events").dataframe[0].value
    homs = table[table["place"] == "Homs"].iloc[0]
    assert (homs["country"], homs["source"], homs["origin"]) == ("Syria", "", "syria.txt")


def _tables_of(path: str, **params: str) -> list[object]:
    """Every table and editor (AppTest's dataframes include editors) a page draws once its map, if any, has drawn."""
    return list(map_has_drawn(page(path, **params)).dataframe)


def test_every_table_leaves_what_is_not_stated_blank(app_store: Store) -> None:
    """Streamlit draws a missing value as a grey "None" unless the table names what to show instead."""
    hostile_id = str(int(app_store.articles().query("origin == 'hostile.html'")["id"].iloc[0]))
    tables = [table for path, params in [("app_pages/0_overview.py", {}), ("app_pages/1_map.py", {}),
                                         ("app_pages/3_casualties.py", {}), ("app_pages/5_articles.py", {}),
                                         ("app_pages/5_articles.py", {"article": hostile_id}),
                                         ("app_pages/7_incidents.py", {}),
                                         ("app_pages/7_incidents.py", {"count": "events"})]
              for table in _tables_of(path, **params)]
    upload = page("app_pages/4_upload.py")
    upload.text_area[0].input("Jets struck Homs on Monday, killing 4 people.").run()
    [b for b in upload.button if b.label == "Extract strikes"][0].click().run()
    tables += upload.dataframe
    assert len(tables) == 12  # the overview's and the map's lists of unlocated events among them
    assert [(t.proto.HasField("placeholder"), t.proto.placeholder) for t in tables] == [(True, "")] * len(tables)


def test_downloads_are_named_after_the_filter() -> None:
    flt = EventFilter(actors=("Saudi-led coalition",), countries=("YE",), date_from=dt.date(2016, 1, 1))
    assert download_name(flt) == "strike-atlas_Saudi-led-coalition_YE_2016-01-01_end"
    assert download_name(EventFilter()) == "strike-atlas"


def test_timeline_draws_a_chart_per_measure(app_store: Store) -> None:
    at = page("app_pages/2_timeline.py")
    assert len(at.get("vega_lite_chart")) == 2


def test_timeline_switches_between_weeks_and_days(app_store: Store) -> None:
    def periods(at: AppTest) -> tuple[str, int]:
        chart = at.get("vega_lite_chart")[0].proto
        data = convert_arrow_bytes_to_pandas_df(chart.datasets[0].data.data)
        return json.loads(chart.spec)["title"]["text"], data["period"].nunique()

    at = page("app_pages/2_timeline.py", country="SY")
    assert periods(at) == ("Incidents per week", 1)  # Wednesday 30 Sep and Thursday 1 Oct 2015: one week
    at.segmented_control(key="timeline_period").set_value("day").run()
    assert periods(at) == ("Incidents per day", 2)


def test_article_page_shows_hostile_text_escaped_with_evidence_marked(app_store: Store) -> None:
    hostile_id = int(app_store.articles().query("origin == 'hostile.html'")["id"].iloc[0])
    at = page("app_pages/5_articles.py", article=str(hostile_id))
    text = next(m.value for m in at.markdown if "<mark " in m.value)
    assert XSS_SCRIPT not in text and "&#60;script&#62;alert(1)&#60;/script&#62;" in text
    assert len(at.data_editor) == 1


def test_article_list_links_every_article(app_store: Store) -> None:
    frame = page("app_pages/5_articles.py").dataframe[0].value
    assert sorted(frame["origin"]) == ["hostile.html", "syria.txt", "yemen.txt"]


def test_article_list_follows_the_sidebar_filters(app_store: Store) -> None:
    frame = page("app_pages/5_articles.py", actor="Saudi-led coalition", min_killed="100").dataframe[0].value
    assert frame[["origin", "events"]].values.tolist() == [["yemen.txt", 1]]


def test_article_list_can_be_searched_by_title_or_file(app_store: Store) -> None:
    at = page("app_pages/5_articles.py")
    at.text_input(key="article_search").input("syria").run()
    assert list(at.dataframe[0].value["origin"]) == ["syria.txt"]
    at.text_input(key="article_search").input("100%").run()
    assert not at.dataframe and at.info[0].value == "No stored article matches."


def test_an_article_whose_only_event_is_deleted_is_still_counted_and_listed(app_store: Store) -> None:
    hostile_id = int(app_store.articles().query("origin == 'hostile.html'")["id"].iloc[0])
    at = page("app_pages/5_articles.py", article=str(hostile_id))
    at.session_state[f"article_{hostile_id}_events"] = {
        "edited_rows": {0: {"delete": True}}, "added_rows": [], "deleted_rows": []}
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert at.success[0].value == "Saved: 0 events corrected, 1 deleted."
    assert counts(at) == "**5 incidents** from 5 events, 3 articles"
    at.switch_page("app_pages/5_articles.py")
    at.query_params.clear()
    frame = at.run().dataframe[0].value
    assert frame.set_index("origin").loc["hostile.html", "events"] == 0


def test_upload_stores_the_reviewed_events_and_reports_bad_files(app_store: Store) -> None:
    text = (REPO / "sample_articles" / "013_gaza_khan_yunis_2014-07.txt").read_bytes()
    at = page("app_pages/4_upload.py")
    at.file_uploader[0].set_value([("empty.txt", b"  ", "text/plain"), ("gaza.txt", text, "text/plain")])
    at.run()
    at.button[0].click().run()
    assert [(bar.proto.value, bar.proto.text) for bar in at.get("progress")] == [(100, "2 read")]
    assert [unescaped(e.value) for e in at.error] == ["Could not read empty.txt: file is empty"]
    reviewed = at.data_editor[0].value
    at.button[1].click().run()
    assert not at.exception
    stored = app_store.articles().query("origin == 'gaza.txt'")
    assert len(stored) == 1
    events = app_store.article_events(int(stored["id"].iloc[0]))
    assert list(events["place"]) == list(reviewed["place"])
    assert app_store.counts(EventFilter()) == (6 + len(reviewed), 4)


def test_uploading_a_stored_article_again_stores_nothing(app_store: Store) -> None:
    at = page("app_pages/4_upload.py")
    at.text_area[0].input(SYRIA.text).run()
    at.button[0].click().run()
    assert "already stored" in at.warning[0].value
    assert app_store.counts(EventFilter()) == (6, 3)


def test_pasted_text_needs_one_click_and_a_duplicate_offers_no_save(app_store: Store) -> None:
    at = page("app_pages/4_upload.py")
    [extract] = [b for b in at.button if b.label == "Extract strikes"]
    assert not extract.disabled  # a text area tells its text only once it loses focus
    extract.click().run()
    assert at.warning[0].value == "Choose files or paste an article's text first."
    at.text_area[0].input(SYRIA.text).run()
    [b for b in at.button if b.label == "Extract strikes"][0].click().run()
    assert "already stored" in unescaped(at.warning[0].value)
    assert [b.label for b in at.button if b.label.startswith("Save")] == []


def test_saving_an_upload_refreshes_the_counts_and_says_what_was_stored(app_store: Store) -> None:
    text = (REPO / "sample_articles" / "013_gaza_khan_yunis_2014-07.txt").read_bytes()
    at = page("app_pages/4_upload.py")
    at.file_uploader[0].set_value([("gaza.txt", text, "text/plain")]).run()
    [b for b in at.button if b.label == "Extract strikes"][0].click().run()
    found = len(at.data_editor[0].value)
    [b for b in at.button if b.label == "Save reviewed articles"][0].click().run()
    assert [unescaped(s.value) for s in at.success] == [
        f"gaza.txt: saved with {found} strike event{'' if found == 1 else 's'}."]
    assert counts(at).endswith(f" from {6 + found} events, 4 articles")


def test_an_upload_older_than_every_stored_event_is_not_hidden_by_the_date_filter(app_store: Store) -> None:
    at = page()
    assert counts(at) == "**6 incidents** from 6 events, 3 articles"
    older = Article(text="Jets struck Idlib on Monday.", title="Idlib", published=dt.date(2012, 3, 6), origin="idlib.txt")
    app_store.add(older, [StrikeEvent(date=dt.date(2012, 3, 5), place="Idlib", country="SY", actor="Syria (government)",
                                      evidence="Jets struck Idlib on Monday.", confidence=0.5)])
    st.cache_data.clear()  # what saving an upload does
    at.run()
    assert counts(at) == "**7 incidents** from 7 events, 4 articles"
    assert shown_filter(at) == EventFilter()


def test_the_map_page_has_a_feed_of_the_newest_events_that_follows_the_filter(app_store: Store) -> None:
    at = page("app_pages/1_map.py", country="YE")
    feed = [m.value for m in at.markdown if "[article](" in m.value]
    assert len(feed) == 3
    assert feed[0].startswith("**2016-10-08** · Sanaa, Yemen  \n") and "140 killed" in feed[0]


def test_a_feed_line_escapes_what_the_article_says() -> None:
    line = feed_line({"date": None, "place": "![x](http://b/p.png)", "country": "SY", "actor": None,
                      "killed": None, "civilians_killed": None, "article_id": 3})
    assert line.startswith(f"**date not stated** · \\!\\[x\\]\\(http{WORD_JOINER}\\://b/p\\.png\\), Syria")
    assert "unknown · toll not stated · [article](/articles?article=3)" in line


def test_the_review_table_speaks_words_and_iso_dates_with_the_tolls_first(app_store: Store) -> None:
    text = (REPO / "sample_articles" / "013_gaza_khan_yunis_2014-07.txt").read_bytes()
    at = page("app_pages/4_upload.py")
    at.file_uploader[0].set_value([("gaza.txt", text, "text/plain")]).run()
    [b for b in at.button if b.label == "Extract strikes"][0].click().run()
    editor = at.data_editor[0].proto
    columns = json.loads(editor.columns)
    assert columns["date"]["type_config"]["format"] == "YYYY-MM-DD"
    assert columns["civilians_killed"]["label"] == "civilians killed"
    assert list(editor.column_order)[:5] == ["date", "place", "country", "actor", "killed"]


def test_the_review_table_shows_countries_by_name_and_keeps_their_codes(app_store: Store) -> None:
    at = page("app_pages/4_upload.py")
    at.text_area[0].input("Jets struck Homs on Monday, killing 4 people.").run()
    [b for b in at.button if b.label == "Extract strikes"][0].click().run()
    options = json.loads(at.data_editor[0].proto.columns)["country"]["type_config"]["options"]
    assert {"value": "SY", "label": "Syria"} in options and {"value": "YE", "label": "Yemen"} in options
    assert list(at.data_editor[0].value["country"]) == ["SY"]


@pytest.mark.parametrize(("preset", "start"), [("30 d", dt.date(2016, 9, 9)), ("1 y", dt.date(2015, 10, 10)),
                                               ("all", None)])
def test_date_presets_count_back_from_the_newest_event(app_store: Store, preset: str, start: dt.date | None) -> None:
    at = map_has_drawn(page(**{"from": "2015-01-01", "to": "2015-12-31"}))
    at.sidebar.button(key=f"preset_{preset}").click().run()
    assert (shown_filter(at).date_from, shown_filter(at).date_to) == (start, None)


# -- counting by incident ---------------------------------------------------------------------------

SECOND_OUTLET = Article(text="Jets struck Homs on Wednesday, killing 40 civilians, a monitor said.",
                        title="A second outlet on Homs", published=dt.date(2015, 10, 2), origin="second.txt")


def _second_report(store: Store) -> None:
    """Homs told again, by a monitor, with another toll: one incident of two reports."""
    store.add(SECOND_OUTLET, [StrikeEvent(
        date=dt.date(2015, 9, 30), place="Homs", country="SY", lat=34.7268, lon=36.7234, geo_precision=1,
        actor="Russia", civilians_killed=40, source="a monitor", evidence=SECOND_OUTLET.text, confidence=0.8)])


@pytest.mark.parametrize("path", ["app_pages/0_overview.py", "app_pages/1_map.py", "app_pages/2_timeline.py",
                                  "app_pages/3_casualties.py"])
def test_every_counting_page_counts_incidents_unless_the_url_asks_for_events(app_store: Store, path: str) -> None:
    _second_report(app_store)
    at = page(path)
    assert not at.exception
    assert counts(at) == "**6 incidents** from 7 events, 4 articles"
    assert any("Counted by incident" in c.value for c in at.caption)
    at = page(path, count="events")
    assert counts(at) == "**7 events, 4 articles**"
    assert any("Counted by raw event" in c.value for c in at.caption)
    assert at.query_params["count"] == "events"


def test_the_casualty_table_and_totals_count_a_strike_told_twice_once_with_its_best_toll(app_store: Store) -> None:
    _second_report(app_store)
    at = page("app_pages/3_casualties.py", actor="Russia")
    table = at.dataframe[0].value.set_index("place")
    homs = table.loc["Homs"]
    assert (homs["grade"], homs["sources"], homs["reports"], homs["fatalities"], homs["killed_range"]) == (
        "corroborated", 2, 2, 36, "36–40")
    per_actor = at.dataframe[1].value
    assert per_actor[["actor", "incidents", "civilians_killed"]].values.tolist() == [["Russia", 2, 36], ["All", 2, 36]]
    at = page("app_pages/3_casualties.py", actor="Russia", count="events")
    assert at.dataframe[1].value[["actor", "events", "civilians_killed"]].values.tolist() == [
        ["Russia", 3, 76], ["All", 3, 76]]


def test_the_grade_filter_comes_from_the_url_and_narrows_every_count(app_store: Store) -> None:
    _second_report(app_store)
    at = page("app_pages/3_casualties.py", grade="corroborated")
    assert counts(at) == "**1 incident** from 7 events, 4 articles"
    assert list(at.dataframe[0].value["place"]) == ["Homs"]
    at.sidebar.radio(key="filter_unit").set_value("events").run()
    assert sorted(at.dataframe[0].value["origin"]) == ["second.txt", "syria.txt"]
    assert at.query_params["grade"] == "corroborated"


@pytest.mark.parametrize(("params", "named"), [({"count": "strikes"}, "count=strikes"),
                                               ({"grade": "likely"}, "grade=likely” is not a grade")])
def test_a_count_or_grade_that_means_nothing_is_named_and_ignored(app_store: Store, params: dict[str, str],
                                                                  named: str) -> None:
    at = page(**params)
    assert not at.exception
    assert counts(at) == "**6 incidents** from 6 events, 3 articles"
    assert any(named in unescaped(w.value) for w in at.sidebar.warning)


def test_the_map_shows_reference_data_and_what_each_side_lacks_until_hidden(app_store: Store) -> None:
    from strikes import reference

    reference.import_file(app_store, REPO / "tests" / "fixtures" / "reference" / "acled_invented.csv")
    at = map_has_drawn(page("app_pages/1_map.py"))
    assert at.sidebar.multiselect(key="filter_references").value == ["ACLED"]
    said = [c.value for c in at.caption if c.value.startswith("ACLED:")]
    assert said == ["ACLED: 0 of 3 reference strikes here are reported in your articles (green rings; grey dashed: "
                    "not reported); 0 of your 0 incidents in the days they span are not in the reference data."]
    at.sidebar.multiselect(key="filter_references").set_value([]).run()
    assert not [c for c in at.caption if c.value.startswith("ACLED:")]
    assert at.query_params["hide_ref"] == "ACLED"


def test_the_download_carries_each_events_incident(app_store: Store) -> None:
    from strikes.dashboard.views import downloaded_events
    from strikes.export import to_csv

    _second_report(app_store)
    rows = downloaded_events(EventFilter(actors=("Russia",)))
    homs = rows[rows["place"] == "Homs"]
    assert homs[["incident_grade", "incident_sources", "incident_fatalities_min",
                 "incident_fatalities_max"]].drop_duplicates().values.tolist() == [["corroborated", 2, 36, 40]]
    assert "incident_id,incident_grade,incident_sources" in to_csv(rows)


def test_a_url_names_what_to_count_which_grades_and_which_reference_data_to_hide() -> None:
    from strikes.dashboard.filters import read_url
    from strikes.queries import Choices

    offered = Choices(["Russia"], ["SY"], dt.date(2015, 1, 1), dt.date(2016, 1, 1))
    read = read_url({"count": ["events"], "grade": ["contested", "corroborated"], "hide_ref": ["ACLED", "GTD"]},
                    offered, origins=["ACLED", "UCDP GED"])
    assert (read.unit, read.grades, read.hidden_references) == ("events", ["contested", "corroborated"], ["ACLED"])
    assert read.notes == ["No reference data “GTD” is imported: ignored."]


def _import_on_the_upload_page(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="reference_file").set_value([(name, data, "text/csv")]).run()
    [b for b in at.button if b.label == "Import reference data"][0].click().run()
    assert not at.exception
    return at


def test_reference_data_uploaded_is_imported_matched_and_its_bad_rows_named_by_line(app_store: Store) -> None:
    from strikes import reference

    ariha = StrikeEvent(date=dt.date(2019, 5, 14), place="Ariha", country="SY", admin1="Idlib", lat=35.8137,
                        lon=36.6096, geo_precision=1, actor="Russia", killed=11, evidence="Jets struck a market in Ariha.")
    app_store.add(Article("Jets struck a market in Ariha on Tuesday.", origin="ariha.txt"), [ariha])
    data = (REPO / "tests" / "fixtures" / "reference" / "acled_invented.csv").read_bytes()
    at = _import_on_the_upload_page(page("app_pages/4_upload.py"), "acled.csv", data)
    assert [unescaped(s.value) for s in at.success] == [
        "acled.csv (ACLED): 3 rows imported, 1 of them reported in your articles (matched to an extracted incident)."]
    assert [i.value for i in at.info] == ["1 row left out: not an air or drone strike."]
    assert [unescaped(e.value) for e in at.error] == ["acled.csv, line 7: not a date: '14/15/2019'",
                                                      "acled.csv, line 8: latitude out of range: 135.8"]
    first = reference.reference_frame(app_store)
    assert sorted(first["source_id"]) == ["TST1001", "TST1002", "TST1003"]

    _import_on_the_upload_page(at, "acled.csv", data)
    again = reference.reference_frame(app_store)
    pd.testing.assert_frame_equal(again, first)  # the same rows under the same ids: nothing changed


def test_text_from_a_reference_file_is_shown_escaped(app_store: Store) -> None:
    header = "event_id_cnty,event_date,latitude,longitude,sub_event_type\n"
    hostile = '"![x](http://example.invalid/t.png) <script>alert(1)</script>"'
    data = f"{header}TST9001,{hostile},35.8,36.6,Air/drone strike\n".encode()
    at = _import_on_the_upload_page(page("app_pages/4_upload.py"), "<b>file</b>.csv", data)
    [error] = at.error
    assert "![x](" not in error.value and "<script>" not in error.value and "<b>" not in error.value
    assert unescaped(error.value) == ("<b>file</b>.csv, line 2: not a date: "
                                      "'![x](http://example.invalid/t.png) <script>alert(1)</script>'")
    assert unescaped(at.warning[0].value).startswith("<b>file</b>.csv (ACLED): 0 rows imported")
