"""The online fallback: off unless asked, asks only for unlocated places, once per name, cached in the store."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo import geocoder
from strikes import ingest as ingest_module
from strikes.ingest import ingest
from strikes.locate import ONLINE_ENV, locate_unlocated, online_enabled
from strikes.model import StrikeEvent
from strikes.store import Store

UNKNOWN_VILLAGE = "Qaryat Zzyzx al-Ghariba"


class FakeNominatim(Geocoder):
    """Stands where Nominatim would: answers from a dict and counts the questions."""

    def __init__(self, answers: dict[str, Location]) -> None:
        super().__init__()
        self.answers = answers
        self.asked: list[str] = []

    def geocode(self, query: str, **_: Any) -> Location | None:
        self.asked.append(query)
        return self.answers.get(query)


def village(rank: int = 19) -> Location:
    return Location("Zzyzx, Idlib, Syria", (35.9, 36.6), {"place_rank": rank})


def event(place: str | None, lat: float | None = None) -> StrikeEvent:
    return StrikeEvent(date=dt.date(2019, 5, 5), place=place, country="SY", lat=lat,
                       lon=None if lat is None else 36.0, geo_precision=None if lat is None else 1)


def test_only_unlocated_events_are_asked_and_filled() -> None:
    asked: list[str] = []

    def geocode(name: str, country_codes: list[str] | None = None) -> Location | None:
        asked.append(name)
        return village() if name == UNKNOWN_VILLAGE else None

    events = [event(UNKNOWN_VILLAGE), event("Homs", lat=34.7), event("Nowhere at all"), event(None)]
    located = locate_unlocated(events, geocode)
    assert asked == [UNKNOWN_VILLAGE, "Nowhere at all"]
    assert (located[0].lat, located[0].lon, located[0].geo_precision) == (35.9, 36.6, 1)
    assert located[1] == events[1]
    assert located[2].lat is None and located[3].lat is None


def test_a_province_answer_is_kept_at_region_precision() -> None:
    located = locate_unlocated([event(UNKNOWN_VILLAGE)], lambda *_, **__: village(rank=8))
    assert located[0].geo_precision == 3


def test_online_is_off_unless_the_environment_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ONLINE_ENV, raising=False)
    assert not online_enabled()
    monkeypatch.setenv(ONLINE_ENV, "yes")
    assert online_enabled()


def write_article(folder: Path) -> Path:
    path = folder / "report.txt"
    path.write_text(f"Saturday 4 May 2019\n\nRussian warplanes struck the village of {UNKNOWN_VILLAGE} "
                    "in northern Syria on Friday, killing four civilians, the Syrian Observatory said.\n",
                    encoding="utf-8")
    return path


def test_ingest_never_builds_an_online_geocoder_by_default(store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ONLINE_ENV, raising=False)

    def forbidden(_: Store) -> None:
        raise AssertionError("the network must not be touched unless the user asks")

    monkeypatch.setattr(ingest_module, "online_geocode", forbidden)
    assert ingest(store, [write_article(tmp_path)]).new == 1


def test_ingest_with_online_geocoding_asks_each_name_once_and_caches_it(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeNominatim({UNKNOWN_VILLAGE: village()})
    monkeypatch.setattr(ingest_module, "online_geocode",
                        lambda s: geocoder(online=True, cache=s.geocode_cache(), online_geocoder=fake).geocode)
    path = write_article(tmp_path)
    ingest(store, [path], online_geocoding=True)
    stored = store.events()
    located = stored[stored.place.str.contains("Zzyzx", na=False)]
    assert len(located) == 1 and located.iloc[0].lat == pytest.approx(35.9)
    assert fake.asked == [UNKNOWN_VILLAGE]

    again = tmp_path / "again.txt"
    again.write_text(path.read_text(encoding="utf-8").replace("four", "five"), encoding="utf-8")
    ingest(store, [again], online_geocoding=True)
    assert fake.asked == [UNKNOWN_VILLAGE], "a cached name is never sent twice"
    assert len(store.geocode_cache()) == 1


def test_uploads_ask_the_online_geocoder_when_the_user_enabled_it(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from strikes.dashboard import uploads

    fake = FakeNominatim({UNKNOWN_VILLAGE: village()})
    monkeypatch.setenv(ONLINE_ENV, "1")
    monkeypatch.setattr(uploads, "online_geocode",
                        lambda s: geocoder(online=True, cache=s.geocode_cache(), online_geocoder=fake).geocode)
    data = write_article(tmp_path).read_bytes()
    pending, failed = uploads.read_batch(store, [("report.txt", data)])
    assert not failed and fake.asked == [UNKNOWN_VILLAGE]
    frame = pending[0].events
    assert frame[frame.place.str.contains("Zzyzx", na=False)].lat.tolist() == [35.9]
