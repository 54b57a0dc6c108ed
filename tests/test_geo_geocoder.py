"""geopy's contract over the gazetteer, and the offline-first chain with an online
fallback that is off by default, rate-limited and cached (a fake stands in for
Nominatim: tests never touch the network)."""

import pytest
from geopy.exc import GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo import GeocoderChain, OfflineGeocoder, geocoder, open_gazetteer


class FakeOnline(Geocoder):
    """Answers one known name; records every question it is asked."""

    def __init__(self):
        super().__init__()
        self.asked = []

    def geocode(self, query, *, exactly_one=True, country_codes=None, **kwargs):
        self.asked.append((query, country_codes))
        if query == "Kafr Onlineville":
            return Location("Kafr Onlineville, Syria", (35.5, 36.5), {"osm_id": 1})
        return None


@pytest.fixture(scope="module")
def offline() -> OfflineGeocoder:
    return OfflineGeocoder(open_gazetteer())


def test_offline_geocoder_is_a_geopy_geocoder_returning_locations(offline):
    location = offline.geocode("Jisr al-Shughour", country_codes=["sy"])
    assert isinstance(offline, Geocoder)
    assert isinstance(location, Location)
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (35.81, 36.32)
    assert location.raw["country_code"] == "SY"
    assert location.raw["geonameid"] == 169023
    assert location.raw["kind"] == "place"
    assert location.raw["geo_precision"] == 1
    assert location.raw["why"].startswith("in context country SY")


def test_region_answer_carries_precision_3(offline):
    location = offline.geocode("Idlib province", country_codes="SY")
    assert (location.raw["kind"], location.raw["geo_precision"]) == ("admin1", 3)


def test_all_candidates_best_first_when_not_exactly_one(offline):
    locations = offline.geocode("Tripoli", exactly_one=False, country_codes=["LB"])
    countries = [loc.raw["country_code"] for loc in locations]
    assert list(dict.fromkeys(countries))[:2] == ["LB", "LY"]  # Lebanon's city and district, then Libya's capital


def test_unknown_name_gives_none(offline):
    assert offline.geocode("Qaryat Imaginaria al-Kubra", country_codes=["SY"]) is None


def test_works_behind_geopys_rate_limiter(offline):
    rate_limited = RateLimiter(offline.geocode, min_delay_seconds=0)
    assert rate_limited("Khan Yunis").raw["country_code"] == "PS"


def test_chain_is_offline_only_by_default():
    chain = geocoder()
    assert chain.online is None
    assert chain.geocode("Qaryat Imaginaria al-Kubra", country_codes=["SY"]) is None


def test_online_default_is_nominatim_with_our_user_agent():
    chain = geocoder(online=True, user_agent="strike-atlas-test")
    assert isinstance(chain.online, Nominatim)
    assert chain.online.headers["User-Agent"] == "strike-atlas-test"


def test_online_fallback_is_asked_only_for_names_the_gazetteer_lacks():
    fake, cache = FakeOnline(), {}
    chain = geocoder(online=True, cache=cache, online_geocoder=fake)
    assert chain.geocode("Homs", country_codes=["SY"]).raw["country_code"] == "SY"
    assert fake.asked == []
    found = chain.geocode("Kafr Onlineville", country_codes=["SY"])
    assert (found.latitude, found.longitude) == (35.5, 36.5)
    assert fake.asked == [("Kafr Onlineville", ["SY"])]


def test_every_online_answer_and_miss_is_cached_so_a_name_is_asked_once():
    fake, cache = FakeOnline(), {}
    chain = GeocoderChain(OfflineGeocoder(open_gazetteer()), fake, cache, min_delay_seconds=0)
    for _ in range(3):
        chain.geocode("Kafr Onlineville", country_codes=["SY"])
        chain.geocode("Qaryat Imaginaria al-Kubra", country_codes=["SY"])
    assert len(fake.asked) == 2
    assert cache["Qaryat Imaginaria al-Kubra|SY"] is None
    assert cache["Kafr Onlineville|SY"]["lat"] == 35.5


def test_cached_answer_is_used_without_asking(offline):
    fake = FakeOnline()
    cache = {"Kafr Cached|YE": {"address": "Kafr Cached", "lat": 15.0, "lon": 44.0, "raw": {}}}
    chain = GeocoderChain(offline, fake, cache, min_delay_seconds=0)
    assert chain("Kafr Cached", country_codes="YE").point[:2] == (15.0, 44.0)
    assert fake.asked == []


def test_regions_pass_through_to_pick_the_namesake_in_the_named_province(offline):
    location = offline.geocode("Yakovlivka", country_codes="UA", regions=["Kharkiv"])
    assert location.raw["admin1"] == "Kharkiv"
    assert geocoder().geocode("Yakovlivka", country_codes="UA", regions=["Kharkiv"]).raw[
        "admin1"] == "Kharkiv"


class FailingOnline(FakeOnline):
    def geocode(self, query, **kwargs):
        self.asked.append((query, kwargs.get("country_codes")))
        raise GeocoderUnavailable("no network")


def test_online_failure_leaves_the_place_unlocated_and_uncached():
    fake, cache = FailingOnline(), {}
    chain = GeocoderChain(OfflineGeocoder(open_gazetteer()), fake, cache, min_delay_seconds=0)
    assert chain.geocode("Kafr Onlineville", country_codes=["SY"]) is None
    assert cache == {}
