"""Village-level places from Who's On First (WOF), shipped in ``geo/data/``.

GeoNames cities500, which the PyPI packages ship, lacks most of the villages strike
reporting names. WOF's admin data for the countries where air and drone strikes are
reported holds them, with their region and county. ``pack`` compacts the full extract
once (a developer's step: ``python -m geo pack-wof PATH``) to the columns and the names
the index can use; ``entries`` reads the packed file at every build.
"""

from __future__ import annotations

import csv
import gzip
import lzma
import math
from collections import defaultdict
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

from geo.credits import WOF_SOURCE
from geo.entry import Entry
from geo.normalise import index_key, name_keys

DATA = files("geo").joinpath("data", "wof_places.tsv.xz")
COLUMNS = ("is_current", "placetype", "name", "lat", "lon", "country", "region", "county",
           "geonameid", "population", "alt_names")
# WOF placetype -> the index's feature kind. A neighbourhood or an airport (campus) is a
# point a strike hits, as a village is; a localadmin (a municipality under a county) is
# named as a district is. Macroregions and countries are left out: the index has its own
# countries, and a macroregion ("Northern Ukraine") is no unit an article places a strike in.
KINDS = {"locality": "place", "neighbourhood": "place", "campus": "place",
         "localadmin": "admin2", "county": "admin2", "region": "admin1"}


class Row(NamedTuple):
    """One WOF record as the packed file holds it (a named tuple: a build reads 747,000)."""

    current: bool  # False only where WOF says it ceased or was superseded (mz:is_current 0)
    kind: str
    name: str
    lat: float
    lon: float
    country: str
    region: str | None
    county: str | None
    geonameid: int | None
    population: int
    names: tuple[str, ...]  # its own name first, then the alternates the index can key


def _useful_alternates(name: str, alternates: list[str]) -> list[str]:
    """Alternates that give the record a key its own name and earlier alternates do not."""
    seen = {index_key(name)}
    kept = []
    for alt in alternates:
        key = index_key(alt)
        if key is not None and key not in seen:
            seen.add(key)
            kept.append(alt)
    return kept


def pack(source: Path, target: Path) -> int:
    """Compact the shared extract (gzip TSV, its README's columns) to ``target`` (xz TSV of
    ``COLUMNS``): the WOF id goes, and so do alternate names in other scripts and those
    folding to a key the record already has. Returns how many rows were written."""
    count = 0
    with gzip.open(source, "rt", encoding="utf-8", newline="") as f, \
            lzma.open(target, "wt", encoding="utf-8", newline="") as out:
        out.write("\t".join(COLUMNS) + "\n")
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["placetype"] not in KINDS:
                continue
            row["alt_names"] = "|".join(_useful_alternates(row["name"], row["alt_names"].split("|")))
            out.write("\t".join(row[c] for c in COLUMNS) + "\n")
            count += 1
    return count


def rows(path: Path | None = None) -> Iterator[Row]:
    """The packed records (by default the shipped file)."""
    raw = path.open("rb") if path else DATA.open("rb")
    with raw, lzma.open(raw, "rt", encoding="utf-8", newline="") as text:
        lines = iter(text)
        if next(lines).rstrip("\n").split("\t") != list(COLUMNS):
            raise ValueError("the packed WOF file's columns are not geo.wof.COLUMNS: pack it again")
        for line in lines:
            current, placetype, name, lat, lon, country, region, county, gid, population, alts = \
                line.rstrip("\n").split("\t")
            yield Row(current != "0", KINDS[placetype], name, float(lat), float(lon), country,
                      region or None, county or None, int(gid) if gid else None,
                      int(population or 0), (name, *filter(None, alts.split("|"))))


def entries(path: Path | None = None) -> list[Entry]:
    """The packed records as index entries with their name keys folded already: the build
    runs this in a second process while the first reads GeoNames, since folding a million
    names is most of its work. ``admin1`` and ``admin2`` are WOF's region and county names
    until ``merge`` gives them the index's names."""
    return [
        Entry(name=row.name, country=row.country, admin1=row.region, admin2=row.county,
              lat=row.lat, lon=row.lon, kind=row.kind, population=row.population,
              geonameid=row.geonameid, current=row.current, keys=name_keys(row.names),
              source=WOF_SOURCE)
        for row in rows(path)
    ]


# How far apart two records of one name and kind in one country may lie and still be one
# place: GeoNames and WOF put a village's point a few km apart at most, a district's
# centre tens of km.
SAME_PLACE_KM = {"place": 10.0, "admin2": 50.0, "admin1": 100.0}


def _km(a: Entry, b: Entry) -> float:
    """Equirectangular distance: exact enough at these few km, and cheap over a million pairs."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(x, math.radians(b.lat - a.lat))


def _own_key(entry: Entry) -> str | None:
    """The key of an entry's own name, as ``name_keys`` marked it: folding the name again here
    would fold every village twice, in the process that reads them and in this one."""
    return next((key for key, own in entry.keys.items() if own), None)


def merge(shipped: list[Entry], records: list[Entry]) -> list[Entry]:
    """The WOF records that are new places; a record that is a place ``shipped`` holds
    already (the same GeoNames id and kind, else a name in common and the same kind within
    ``SAME_PLACE_KM``) lends that place its county and its names instead. WOF's regions
    and counties take the names the index gives the same units, so that an article's
    "Idlib" or "North Waziristan" matches every place in them; a village or town named as its
    county is the county's seat ("Ariha" in Ariha district), whether WOF alone holds it or
    GeoNames too."""
    by_geonameid = {e.geonameid: e for e in shipped if e.geonameid is not None}
    by_key: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for e in shipped:
        e.keys = e.keys or name_keys(e.names)
        for key in e.keys:
            by_key[(e.country, e.kind, key)].append(e)

    def twin_of(record: Entry) -> Entry | None:
        twin = by_geonameid.get(record.geonameid)
        if twin is not None and twin.kind == record.kind:
            return twin
        return next((e for key in record.keys for e in by_key.get((record.country, record.kind, key), ())
                     if _km(e, record) <= SAME_PLACE_KM[record.kind]), None)

    unit_names: dict[tuple[str, str, str], str] = {}
    new = []
    for record in sorted(records, key=lambda r: ("admin1", "admin2", "place").index(r.kind)):
        record.admin1 = unit_names.get((record.country, "admin1", record.admin1), record.admin1)
        record.admin2 = unit_names.get((record.country, "admin2", record.admin2), record.admin2)
        twin = twin_of(record)
        if record.kind != "place":
            unit_names[(record.country, record.kind, record.name)] = twin.name if twin else record.name
        place = record if twin is None else twin
        if twin is None:
            new.append(record)
        else:
            twin.admin2 = twin.admin2 or record.admin2
            for key in record.keys:
                twin.keys.setdefault(key, 0)
        if place.kind == "place" and not place.seat and place.admin2 and _own_key(place) == index_key(place.admin2):
            place.seat = "district seat"
    return new


# How far the nearest place that names its region may lie from one whose record names none, for the
# latter to take its region and district: as far apart as two records of one village may lie.
NEIGHBOUR_KM = SAME_PLACE_KM["place"]
# The grid fill_regions looks in, in degrees: a cell is NEIGHBOUR_KM high, and at least as wide up to
# 60°N (where a degree of longitude is half one of latitude), so that every place within NEIGHBOUR_KM
# of a point lies in its cell or the eight about it.
_LAT_CELL = math.degrees(NEIGHBOUR_KM / 6371.0)
_LON_CELL = 2 * _LAT_CELL


def fill_regions(places: list[Entry]) -> int:
    """Give each place whose record names no region the region (and, lacking its own, the district)
    of the nearest place within ``NEIGHBOUR_KM`` that names one; returns how many took one. WOF
    leaves one village in sixteen outside its hierarchy, and an article's "in Idlib province" can
    only pick the namesake inside it among places that say where they lie. Distances are compared
    in degrees, longitude scaled at the place's latitude: exact enough over a few km, and a fraction
    of the cost of a great-circle distance to each of a place's hundred-odd neighbours."""
    placed: dict[tuple[str, int, int], list[tuple[float, float, Entry]]] = defaultdict(list)
    for e in places:
        if e.kind == "place" and e.admin1:
            placed[(e.country, int(e.lat // _LAT_CELL), int(e.lon // _LON_CELL))].append((e.lat, e.lon, e))
    filled = 0
    for e in places:
        if e.kind != "place" or e.admin1:
            continue
        row, col, shrink = int(e.lat // _LAT_CELL), int(e.lon // _LON_CELL), math.cos(math.radians(e.lat))
        nearest, squared = None, _LAT_CELL ** 2
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for lat, lon, n in placed.get((e.country, row + dy, col + dx), ()):
                    if (d := ((lon - e.lon) * shrink) ** 2 + (lat - e.lat) ** 2) <= squared:
                        nearest, squared = n, d
        if nearest is not None:
            e.admin1, e.admin2 = nearest.admin1, e.admin2 or nearest.admin2
            filled += 1
    return filled
