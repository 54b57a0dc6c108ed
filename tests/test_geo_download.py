"""``python -m geo download`` against a local HTTP server serving a fixture GeoNames
dump: villages the shipped data lacks become resolvable; nothing leaves 127.0.0.1."""

import functools
import http.server
import threading
import zipfile
from pathlib import Path

import pytest

from geo.build import dumps_dir, write_index
from geo.download import dump_entries, fetch
from geo.gazetteer import Gazetteer

# GeoNames dump columns: id, name, ascii, alternates, lat, lon, class, code, cc, cc2,
# admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified
DUMP = "\n".join("\t".join(row) for row in [
    ["90000001", "Kafr Fixtura", "Kafr Fixtura", "Kfar Fixtoura,كفر فكسترة", "35.4", "36.5",
     "P", "PPL", "SY", "", "12", "", "", "", "812", "", "300", "Asia/Damascus", "2024-01-01"],
    ["90000002", "Idlib Fixture Governorate", "Idlib Fixture Governorate", "", "35.8", "36.6",
     "A", "ADM1", "SY", "", "12", "", "", "", "0", "", "400", "Asia/Damascus", "2024-01-01"],
    ["90000003", "Wadi Fixture", "Wadi Fixture", "", "35.1", "36.1",
     "H", "WAD", "SY", "", "12", "", "", "", "0", "", "200", "Asia/Damascus", "2024-01-01"],
]) + "\n"


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    with zipfile.ZipFile(root / "SY.zip", "w") as archive:
        archive.writestr("SY.txt", DUMP)
        archive.writestr("readme.txt", "fixture")
    with zipfile.ZipFile(root / "XX.zip", "w") as archive:
        archive.writestr("other.txt", "not a dump")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_saves_country_dumps_beside_the_index(server, tmp_path):
    index = tmp_path / "gazetteer.sqlite"
    written = fetch(["sy"], dumps_dir(index), base_url=server)
    assert written == [tmp_path / "gazetteer.dumps" / "SY.zip"]


def test_fetch_refuses_an_archive_that_is_not_a_country_dump(server, tmp_path):
    with pytest.raises(ValueError, match="not a GeoNames country dump"):
        fetch(["XX"], tmp_path / "dumps", base_url=server)
    assert not (tmp_path / "dumps" / "XX.zip").exists()


def test_dump_places_and_regions_become_resolvable(server, tmp_path):
    index = tmp_path / "gazetteer.sqlite"
    fetch(["SY"], dumps_dir(index), base_url=server)
    write_index(index, dump_entries(dumps_dir(index), shipped=[]))
    gazetteer = Gazetteer(index)
    place, precision = gazetteer.resolve("Kfar Fixtoura", ["SY"])
    assert (place.name, place.country, place.admin1, place.population, precision) == (
        "Kafr Fixtura", "SY", "Idlib", 812, 1)  # the region as the shipped data names it
    assert (place.lat, place.lon, place.geonameid) == (35.4, 36.5, 90000001)
    assert gazetteer.resolve("Idlib Fixture Governorate", ["SY"])[0].kind == "admin1"


def test_region_unknown_to_the_shipped_data_keeps_the_dumps_name(server, tmp_path):
    dumps = tmp_path / "dumps"
    fetch(["SY"], dumps, base_url=server)
    village = next(iter(dump_entries(dumps, shipped=[], admin1_names={})))
    assert village.admin1 == "Idlib Fixture Governorate"


def test_dump_features_other_than_places_and_regions_are_skipped(server, tmp_path):
    dumps = tmp_path / "dumps"
    fetch(["SY"], dumps, base_url=server)
    assert [e.name for e in dump_entries(dumps, shipped=[])] == [
        "Kafr Fixtura", "Idlib Fixture Governorate"]


def test_places_already_shipped_are_not_duplicated(server, tmp_path):
    dumps = tmp_path / "dumps"
    fetch(["SY"], dumps, base_url=server)
    shipped = list(dump_entries(dumps, shipped=[]))[:1]
    assert [e.name for e in dump_entries(dumps, shipped)] == ["Idlib Fixture Governorate"]


def test_no_dumps_directory_means_no_extra_places(tmp_path: Path):
    assert list(dump_entries(tmp_path / "absent", shipped=[])) == []
