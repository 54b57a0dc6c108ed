"""The review table: what the user edits in st.data_editor is what the store receives."""
from __future__ import annotations

import datetime as dt

from typing import Any

from geopy.location import Location

from dashboard_data import SYRIA, SYRIA_EVENTS
from strikes.dashboard.review import (
    REVIEW_COLUMNS, changed_fields, events_frame, events_from_frame, located_as_reviewed, save_corrections,
)
from strikes.store import Store

KNOWN = {"Khan Younis": (31.34, 34.31, 281124, "Gaza Strip"), "Idlib": (35.93, 36.63, 169389, "Idlib")}


def fake_geocode(place: str, country_codes: Any = None) -> Location | None:
    """The geocoder contract (geopy's), answering for two places only."""
    if place not in KNOWN:
        return None
    lat, lon, geonameid, admin1 = KNOWN[place]
    return Location(place, (lat, lon), {"geonameid": geonameid, "admin1": admin1, "geo_precision": 1})


def test_unedited_review_gives_back_the_extracted_events() -> None:
    assert events_from_frame(events_frame(SYRIA_EVENTS)) == SYRIA_EVENTS


def test_a_blank_number_stays_not_stated_and_an_edit_is_kept() -> None:
    frame = events_frame(SYRIA_EVENTS)
    frame.loc[0, "place"] = "Homs city"
    frame.loc[0, "date"] = dt.date(2015, 9, 29)
    frame.loc[1, "killed"] = 4
    homs, jisr = events_from_frame(frame)
    assert (homs.place, homs.date, homs.killed) == ("Homs city", dt.date(2015, 9, 29), None)
    assert (jisr.killed, jisr.strikes) == (4, 30)


def test_a_row_added_by_the_reviewer_becomes_an_event_of_unknown_actor() -> None:
    frame = events_frame(SYRIA_EVENTS)
    frame.loc[2] = {"place": "Idlib", "evidence": ""}
    added = events_from_frame(frame)[2]
    assert (added.place, added.actor, added.date, added.confidence) == ("Idlib", "unknown", None, 0.5)


def test_only_changed_columns_are_written_back() -> None:
    before = events_frame(SYRIA_EVENTS).assign(id=[7, 8])
    after = before.copy()
    after.loc[1, "source"] = "SOHR"
    after.loc[0, "wounded"] = 12
    assert changed_fields(before, after) == {7: {"wounded": 12}, 8: {"source": "SOHR"}}


def test_corrections_on_the_article_page_update_and_delete_events(store: Store) -> None:
    article_id = store.add(SYRIA, SYRIA_EVENTS).article_id
    before = store.article_events(article_id)
    edited = before[["id", *REVIEW_COLUMNS]].assign(delete=[True, False])
    edited.loc[1, "killed"] = 2
    edited.loc[1, "place"] = "Jisr al-Shughur"
    assert save_corrections(store, before, edited, fake_geocode) == (1, 1)
    after = store.article_events(article_id)
    assert after[["place", "killed", "strikes"]].values.tolist() == [["Jisr al-Shughur", 2, 30]]



def test_a_renamed_place_is_geocoded_again_and_moves_its_marker(store: Store) -> None:
    article_id = store.add(SYRIA, SYRIA_EVENTS).article_id
    before = store.article_events(article_id)
    edited = before[["id", *REVIEW_COLUMNS]].assign(delete=False)
    edited.loc[0, "place"] = "Khan Younis"
    edited.loc[1, "place"] = "Nowhere Known"
    assert save_corrections(store, before, edited, fake_geocode) == (0, 2)
    after = store.article_events(article_id)
    assert after[["place", "lat", "lon", "geonameid", "admin1"]].values.tolist()[0] == [
        "Khan Younis", 31.34, 34.31, 281124, "Gaza Strip"]
    assert after[["lat", "lon"]].iloc[1].isna().all()  # unknown now: unlocated, not left at Jisr al-Shughour


def test_coordinates_the_reviewer_typed_are_kept(store: Store) -> None:
    article_id = store.add(SYRIA, SYRIA_EVENTS).article_id
    before = store.article_events(article_id)
    edited = before[["id", *REVIEW_COLUMNS]].assign(delete=False)
    edited.loc[0, ["place", "lat", "lon"]] = ["Khan Younis", 31.0, 34.0]
    save_corrections(store, before, edited, fake_geocode)
    assert store.article_events(article_id)[["lat", "lon"]].values.tolist()[0] == [31.0, 34.0]


def test_upload_review_geocodes_renamed_and_added_places() -> None:
    extracted = events_frame(SYRIA_EVENTS)
    reviewed = extracted.copy()
    reviewed.loc[0, "place"] = "Khan Younis"
    reviewed.loc[2] = {"place": "Idlib", "evidence": ""}
    located = located_as_reviewed(extracted, reviewed, fake_geocode)
    assert located[["place", "lat", "lon"]].values.tolist() == [
        ["Khan Younis", 31.34, 34.31], ["Jisr al-Shughour", 35.8126, 36.3176], ["Idlib", 35.93, 36.63]]
    assert [e.geonameid for e in events_from_frame(located)] == [281124, None, 169389]
