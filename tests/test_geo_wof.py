"""Who's On First's villages: packing the extract, one place once beside GeoNames, and
what a village's district and currency decide. Places here are invented."""

import datetime as dt
import gzip
from pathlib import Path

import pytest

from geo import open_gazetteer, wof
from geo.build import village_fields, write_index
from geo.credits import WOF_SOURCE
from geo.gazetteer import Gazetteer
from geo.normalise import name_keys
from geo.sources import Entry
from strikes.extract.events import events_in
from strikes.extract.nlp import pipeline

SHARED_COLUMNS = ("is_current", "wof_id", "placetype", "name", "lat", "lon", "country", "region",
                  "county", "geonameid", "population", "alt_names")


def record(name: str, lat: float, lon: float, kind: str = "place", region: str | None = "Idlib",
           county: str | None = None, geonameid: int | None = None, current: bool = True,
           alternates: tuple[str, ...] = ()) -> Entry:
    return Entry(name=name, country="SY", admin1=region, admin2=county, lat=lat, lon=lon, kind=kind,
                 geonameid=geonameid, current=current, keys=name_keys([name, *alternates]),
                 source=WOF_SOURCE)


def test_pack_keeps_the_names_the_index_can_key_and_drops_macroregions(tmp_path: Path) -> None:
    source = tmp_path / "wof_places.tsv.gz"
    rows = [
        ["-1", "1", "locality", "Tall Fixture", "35.1", "36.2", "SY", "Idlib", "Ariha", "7", "",
         "تل فكسشر|Tal Fixture|Tell Fixtureh|TALL FIXTURE"],
        ["0", "2", "macroregion", "Northern Fixtures", "35", "36", "SY", "", "", "", "", ""],
    ]
    with gzip.open(source, "wt", encoding="utf-8") as f:
        f.write("\n".join("\t".join(r) for r in [list(SHARED_COLUMNS), *rows]) + "\n")
    packed = tmp_path / "packed.tsv.xz"

    assert wof.pack(source, packed) == 1
    [row] = wof.rows(packed)
    # the Arabic spelling keys to nothing; "Tal Fixture" and "TALL FIXTURE" fold to the own name's key
    assert row == wof.Row(True, "place", "Tall Fixture", 35.1, 36.2, "SY", "Idlib", "Ariha", 7, 0,
                          ("Tall Fixture", "Tell Fixtureh"))
    # the build reads the packed file in a second process, which sends each entry back as its fields
    assert [Entry(*fields) for fields in village_fields(packed)] == wof.entries(packed)


def test_a_record_with_a_geonames_id_the_index_holds_lends_it_its_county_and_names() -> None:
    city = Entry("Kafr Fixture", "SY", "Idlib", 35.0, 36.0, "place", geonameid=11, names=["Kafr Fixture"])
    same = record("Kfar Fikstur", 35.2, 36.1, county="Ariha", geonameid=11, alternates=("Kafr Fixtur",))

    assert wof.merge([city], [same]) == []
    assert city.admin2 == "Ariha"
    assert city.keys == name_keys(["Kafr Fixture", "Kfar Fikstur", "Kafr Fixtur"])


def test_a_record_of_the_same_name_close_by_is_the_same_place_far_off_another() -> None:
    city = Entry("Kafr Fixture", "SY", "Idlib", 35.0, 36.0, "place", names=["Kafr Fixture"])
    near = record("Kafr Fixture", 35.03, 36.02)   # about 4 km
    far = record("Kafr Fixture", 35.5, 36.0)      # about 55 km: a namesake

    assert wof.merge([city], [near, far]) == [far]


def test_regions_and_counties_take_the_names_the_index_gives_them() -> None:
    province = Entry("Idlib", "SY", "Idlib", 35.9, 36.6, "admin1", geonameid=21, names=["Idlib"])
    district = Entry("Ariha", "SY", "Idlib", 35.8, 36.6, "admin2", geonameid=22, names=["Ariha"])
    records = [record("Muhafazat Idlib", 35.9, 36.6, kind="admin1", region="Muhafazat Idlib", geonameid=21),
               record("Mintaqat Ariha", 35.8, 36.6, kind="admin2", region="Muhafazat Idlib", geonameid=22),
               record("Tall Fixture", 35.7, 36.5, region="Muhafazat Idlib", county="Mintaqat Ariha")]

    [village] = wof.merge([province, district], records)
    assert (village.name, village.admin1, village.admin2) == ("Tall Fixture", "Idlib", "Ariha")


def test_a_village_named_as_its_county_is_the_county_seat() -> None:
    district = Entry("Ariha", "SY", "Idlib", 35.8, 36.6, "admin2", geonameid=22, names=["Ariha"])
    records = [record("Mintaqat Ariha", 35.8, 36.6, kind="admin2", geonameid=22),
               record("Arihah", 35.81, 36.61, county="Mintaqat Ariha"),
               record("Tall Fixture", 35.7, 36.5, county="Mintaqat Ariha"),
               record("Кафр Фікстур", 35.6, 36.4, county="Mintaqat Ariha")]  # no Latin name: no key to match

    assert [(v.name, v.seat) for v in wof.merge([district], records)] == [
        ("Arihah", "district seat"), ("Tall Fixture", ""), ("Кафр Фікстур", "")]


def test_a_geonames_town_named_as_its_county_is_the_county_seat() -> None:
    town = Entry("Arihah", "SY", "Idlib", 35.81, 36.61, "place", geonameid=31, names=["Arihah"])
    district = Entry("Ariha", "SY", "Idlib", 35.80, 36.60, "admin2", geonameid=22, names=["Ariha"])
    records = [record("Mintaqat Ariha", 35.80, 36.60, kind="admin2", geonameid=22),
               record("Arihah", 35.81, 36.61, county="Mintaqat Ariha", geonameid=31)]

    assert wof.merge([district, town], records) == []
    assert (town.admin2, town.seat) == ("Ariha", "district seat")

@pytest.fixture(scope="module")
def villages(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """Two namesake villages in two districts of one province; a village that ceased; a
    village whose superseded record lies beside the current one."""
    path = tmp_path_factory.mktemp("wof") / "gazetteer.sqlite"
    write_index(path, [
        Entry("Idlib", "SY", "Idlib", 35.93, 36.63, "admin1", names=["Idlib"]),
        Entry("Ariha", "SY", "Idlib", 35.81, 36.61, "admin2", names=["Ariha"]),
        Entry("Harem", "SY", "Idlib", 36.21, 36.52, "admin2", names=["Harem"]),
        record("Tall Fixture", 35.80, 36.55, county="Ariha"),
        record("Tall Fixture", 36.20, 36.50, county="Harem"),
        record("Kafr Ceased", 35.60, 36.40, current=False),
        record("Dayr Twin", 35.50, 36.30, current=False),
        record("Dayr Twin", 35.51, 36.31),
    ])
    return Gazetteer(path)


def test_of_two_namesake_villages_the_one_in_the_named_district_wins(villages: Gazetteer) -> None:
    for district in ("Harem", "Ariha"):
        place, precision = villages.resolve(f"Tall Fixture, {district} district", ["SY"])
        assert (place.admin2, place.lat, precision) == (district, 35.80 if district == "Ariha" else 36.20, 1)
        assert f"in context district {district}" in place.why


def test_the_district_also_ranks_lookups_given_it_as_context(villages: Gazetteer) -> None:
    [first, second] = villages.lookup("Tall Fixture", ["SY"], regions=["Harem"])
    assert (first.admin2, second.admin2) == ("Harem", "Ariha")


def test_a_place_no_longer_current_is_used_when_nothing_current_has_its_name(villages: Gazetteer) -> None:
    place, precision = villages.resolve("Kafr Ceased", ["SY"])
    assert (place.name, place.current, precision) == ("Kafr Ceased", False, 1)
    assert "no longer current" in place.why


def test_a_current_place_hides_its_superseded_namesake(villages: Gazetteer) -> None:
    assert [(p.lat, p.current) for p in villages.lookup("Dayr Twin", ["SY"])] == [(35.51, True)]



def _resolved_lat(tmp_path: Path, places: list[Entry]) -> float:
    path = tmp_path / "gazetteer.sqlite"
    write_index(path, places)
    place, _ = Gazetteer(path).resolve("Kafr Namesake", ["SY"])
    return place.lat


def test_a_village_geonames_lists_outranks_a_namesake_hamlet_of_a_few_dozen_people(tmp_path: Path) -> None:
    """cities500 lists places of 500 people or more, some with no count; a count of 40 is a hamlet's."""
    hamlet = record("Kafr Namesake", 36.20, 36.50)
    hamlet.population = 40
    listed = Entry("Kafr Namesake", "SY", "Idlib", 35.70, 36.50, "place", names=["Kafr Namesake"])
    assert _resolved_lat(tmp_path, [hamlet, listed]) == 35.70


def test_a_village_counted_above_500_people_outranks_a_listed_namesake_of_no_count(tmp_path: Path) -> None:
    village = record("Kafr Namesake", 36.20, 36.50)
    village.population = 3000
    listed = Entry("Kafr Namesake", "SY", "Idlib", 35.70, 36.50, "place", names=["Kafr Namesake"])
    assert _resolved_lat(tmp_path, [listed, village]) == 36.20


def test_a_village_whose_record_names_no_region_takes_its_nearest_neighbours() -> None:
    neighbour = record("Tall Fixture", 35.70, 36.50, county="Ariha")
    lost = record("Kafr Namesake", 35.72, 36.52, region=None)       # about 3 km away
    alone = record("Dayr Alone", 34.50, 38.00, region=None)         # no place within 10 km

    assert wof.fill_regions([neighbour, lost, alone]) == 1
    assert (lost.admin1, lost.admin2, alone.admin1, alone.admin2) == ("Idlib", "Ariha", None, None)


def test_the_nearest_neighbour_is_nearest_on_the_ground_far_east_of_greenwich_too() -> None:
    lost = record("Kafr Namesake", 33.00, 70.00, region=None)
    east = record("Tall Fixture", 33.00, 70.10, region="Eastern Fixture")    # 9.3 km
    north = record("Dayr Fixture", 33.08, 70.00, region="Northern Fixture")  # 8.9 km

    assert wof.fill_regions([east, north, lost]) == 1
    assert lost.admin1 == "Northern Fixture"

def test_a_namesake_whose_record_names_no_region_is_found_in_the_province_the_text_names(tmp_path: Path) -> None:
    places = [Entry("Idlib", "SY", "Idlib", 35.93, 36.63, "admin1", names=["Idlib"]),
              Entry("Hama", "SY", "Hama", 35.13, 36.75, "admin1", names=["Hama"]),
              record("Kafr Namesake", 35.20, 36.70, region="Hama"),
              record("Tall Fixture", 35.70, 36.50),
              record("Kafr Namesake", 35.72, 36.52, region=None)]
    wof.fill_regions(places)
    path = tmp_path / "gazetteer.sqlite"
    write_index(path, places)

    place, _ = Gazetteer(path).resolve("Kafr Namesake", ["SY"], ["Idlib province"])
    assert (place.lat, place.admin1) == (35.72, "Idlib")

# The shipped index, on villages GeoNames cities500 lacks, in sentences written for these tests.

@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return open_gazetteer()


def located(text: str, gazetteer: Gazetteer) -> list[tuple[str | None, float | None, float | None, int | None]]:
    return [(e.place, e.lat, e.lon, e.geo_precision)
            for e in events_in(pipeline()(text), "a1", dt.date(2019, 3, 5), gazetteer)]


def test_a_village_only_who_s_on_first_holds_is_located(shipped: Gazetteer) -> None:
    text = "Coalition aircraft struck the village of Abbas al-Gharin in Saada on Monday, killing four people."
    assert located(text, shipped) == [("Abbas al-Gharin", 17.23476, 43.25075, 1)]


@pytest.mark.parametrize("district, lat", [("Afgooye", 2.28333), ("Wanla Weyn", 2.7)])
def test_a_homonym_village_is_the_one_in_the_district_the_text_names(shipped: Gazetteer, district: str,
                                                                      lat: float) -> None:
    text = f"A US drone strike hit Belet Amin in {district} district on Tuesday, killing two militants."
    [(place, found_lat, _, precision)] = located(text, shipped)
    assert (place, found_lat, precision) == ("Belet Amin", lat, 1)
    assert f"in context district {district}" in shipped.lookup("Belet Amin", ["SO"], [district])[0].why


def test_a_village_known_only_from_a_record_no_longer_current_is_still_located(shipped: Gazetteer) -> None:
    text = "Coalition jets struck Abu Hurayrah in Syria on Sunday, killing three civilians."
    assert located(text, shipped) == [("Abu Hurayrah", 35.85832, 38.39592, 1)]
    place, _ = shipped.resolve("Abu Hurayrah", ["SY"])
    assert (place.current, "no longer current" in place.why) == (False, True)
