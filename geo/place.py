"""The answer the gazetteer gives: one located place and why it was chosen."""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    """A located place; ``why`` lets a reader check a geocoding decision without the code.

    A named tuple rather than a frozen dataclass, immutable all the same (answers are remembered
    and shared): a first lookup makes one for every place of the name, and a frozen dataclass
    of fourteen fields takes five times as long to make (the largest part of ranking a place).
    """

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    kind: str  # "country" | "admin1" | "admin2" | "place"
    population: int = 0
    geonameid: int | None = None
    score: float = 0.0
    why: str = ""
    alternate_name: bool = False  # matched one of its alternate names, not its own
    seat: str = ""                # "capital", "admin seat", "district seat" or ""
    admin2: str | None = None     # its district or county, where the data says
    current: bool = True          # False: ceased or superseded (Who's On First says so)
