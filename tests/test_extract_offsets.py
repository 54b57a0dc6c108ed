"""A strike placed by distance and bearing from a known place ("near X, 244 km northeast of Y").

Every sentence here is invented for the test; the places are real so that the offline gazetteer
places them.
"""
import datetime as dt

from geo.gazetteer import distance_km
from geo.place import Place
from strikes.extract import extract_events
from strikes.extract.offsets import offset_from
from strikes.model import Article

BAIDOA = Place("Baidoa", "SO", "Bay", 3.11383, 43.6498, "place", 129839, why="admin seat")


def test_the_point_lies_at_the_distance_and_bearing_the_text_gives():
    moved, said = offset_from(BAIDOA, ["The strike hit a camp some 60 kilometers northwest of Baidoa on Friday."])
    assert said == "60 kilometers northwest of Baidoa"
    assert round(distance_km(BAIDOA, moved)) == 60
    assert moved.lat > BAIDOA.lat and moved.lon < BAIDOA.lon
    assert (moved.admin1, moved.geonameid) == (None, None)  # the reference point's province is not the strike's


def test_the_reference_may_be_named_with_what_it_is():
    moved, said = offset_from(BAIDOA, ["A drone hit a truck some 30 km south of the busy market town of Baidoa."])
    assert said.endswith("of the busy market town of Baidoa") and round(distance_km(BAIDOA, moved)) == 30


def test_miles_and_a_measure_from_another_place_or_too_near_to_matter():
    moved, _ = offset_from(BAIDOA, ["It fell about 20 miles east of Baidoa."])
    assert round(distance_km(BAIDOA, moved)) == 32
    assert offset_from(BAIDOA, ["It fell about 20 miles east of Burhakaba."]) is None
    assert offset_from(BAIDOA, ["It fell 2 km east of Baidoa."]) is None


def test_a_strike_near_a_hamlet_the_gazetteer_lacks_is_pinned_where_the_text_puts_it():
    text = ("US Africa Command said its airstrike on Tuesday killed four al-Shabaab fighters in open country near "
            "Qurac Dheere, about 120 kilometers northwest of Baidoa.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2021, 2, 17)))
    here = Place("", "SO", None, event.lat, event.lon, "place")
    assert event.place == "Qurac Dheere" and event.geo_precision == 2
    assert 110 < distance_km(BAIDOA, here) < 130


def test_a_town_told_by_its_distance_from_a_city_is_the_town_of_that_name_found_there():
    # (the index's other Tripoli lies in Libya; the Lebanese one is near the point the text measures)
    text = "A drone strike on a flat in Tripoli, a port about 80 km north of Beirut, killed three people on Monday."
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2024, 10, 8)))
    assert (event.country, round(event.lat, 1), round(event.lon, 1), event.geo_precision) == ("LB", 34.4, 35.8, 1)


def test_a_reference_town_told_with_who_holds_it_still_measures_the_strike():
    text = ("Officials said five people were killed and 12 hurt. Kostiantynivka lies 20km north of Russian-held Horlivka; "
            "officials said that this time a glide bomb struck the city.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2024, 7, 8)))
    assert event.lat is not None and event.lat > 48.45  # (Horlivka itself lies at 48.3)
