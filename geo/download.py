"""Optional village-level coverage: GeoNames' full per-country dumps.

The shipped index holds places of 500+ people; many strike villages are smaller. A user
with a network can fetch ``<base>/<CC>.zip`` (every populated place and admin region of
the country, with alternate names); the archive is kept beside the index and read on
every rebuild, so the download survives rule changes. Nothing here runs unless asked.
"""

from __future__ import annotations

import csv
import io
import shutil
import urllib.request
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from geo import sources
from geo.entry import Entry

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
_KINDS = {"ADM1": "admin1", "ADM2": "admin2"}
_SEATS = {"PPLC": "capital", "PPLA": "admin seat"}
csv.field_size_limit(1 << 24)


def fetch(countries: Iterable[str], into: Path, base_url: str = DEFAULT_BASE_URL,
          timeout: float = 60.0) -> list[Path]:
    """Download ``CC.zip`` for each ISO2 code into ``into``; returns the archives written."""
    into.mkdir(parents=True, exist_ok=True)
    written = []
    for cc in countries:
        cc = cc.upper()
        target = into / f"{cc}.zip"
        with urllib.request.urlopen(f"{base_url.rstrip('/')}/{cc}.zip", timeout=timeout) as response:
            data = response.read()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if f"{cc}.txt" not in archive.namelist():
                raise ValueError(f"{cc}.zip holds no {cc}.txt: not a GeoNames country dump")
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        shutil.move(tmp, target)
        written.append(target)
    return written


def _rows(archive: Path) -> Iterator[list[str]]:
    with zipfile.ZipFile(archive) as z, z.open(f"{archive.stem}.txt") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8")
        yield from (row for row in csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
                    if len(row) >= 15)


def _entries(archive: Path, admin1_names: Mapping[str, str]) -> Iterator[Entry]:
    rows = [r for r in _rows(archive)
            if r[6] == "P" or (r[6] == "A" and r[7] in _KINDS)]
    in_dump = {r[10]: r[1] for r in rows if r[7] == "ADM1"}
    for r in rows:
        yield Entry(
            name=r[1], country=r[8],
            admin1=admin1_names.get(f"{r[8]}.{r[10]}") or in_dump.get(r[10]),
            lat=float(r[4]), lon=float(r[5]), kind=_KINDS.get(r[7], "place"),
            population=int(r[14] or 0), geonameid=int(r[0]), seat=_SEATS.get(r[7], ""),
            names=[r[1], r[2], *filter(None, r[3].split(","))],
            source=f"GeoNames dump {archive.name}",
        )


def dump_entries(directory: Path, shipped: Iterable[Entry],
                 admin1_names: Mapping[str, str] | None = None) -> Iterator[Entry]:
    """Places from downloaded dumps that the shipped data does not already hold, their
    regions named as the shipped data names them (``sources.admin1_names``) where known."""
    archives = sorted(directory.glob("*.zip")) if directory.is_dir() else []
    if not archives:
        return
    known = {e.geonameid for e in shipped if e.geonameid is not None}
    names = sources.admin1_names() if admin1_names is None else admin1_names
    for archive in archives:
        yield from (e for e in _entries(archive, names) if e.geonameid not in known)
