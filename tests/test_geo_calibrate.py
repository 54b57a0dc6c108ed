"""The fuzzy-threshold measurement on a small index written for the test."""

from geo.build import write_index
from geo.calibrate import Row, chosen, measure
from geo.sources import Entry


def village(name: str, *others: str, lat: float = 35.0) -> Entry:
    return Entry(name, "SY", None, lat, 36.0, "place", names=[name, *others])


def test_held_out_spellings_are_matched_to_their_own_place_or_counted_wrong(tmp_path):
    index = tmp_path / "g.sqlite"
    write_index(index, [
        village("Kafr Nabudah", "Kafranbuda"),          # two keys: sampled
        village("Tall Rifat", "Tal Rifaat", lat=36.0),  # folded to one key: nothing to hold out
        village("Maarat Misrin", "Maarat Masrin", lat=35.5),
    ])
    rows = measure(index, [50.0, 100.0], countries=["SY"], per_country=10)
    assert [r.samples for r in rows] == [2, 2]
    at_50, at_100 = rows
    assert at_50.variant_hits + at_50.variant_wrong == 2
    assert (at_100.variant_hits, at_100.variant_wrong, at_100.unknown_pinned) == (0, 0, 0)


def test_chosen_threshold_is_the_lowest_that_pins_few_unknown_places():
    rows = [Row(80.0, 10, 5, 40, 100), Row(90.0, 8, 2, 5, 100), Row(95.0, 3, 0, 1, 100)]
    assert chosen(rows).threshold == 90.0
