"""The answer the gazetteer gives: one located place and why it was chosen."""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Place:
    """A located place; ``why`` lets a reader check a geocoding decision without the code."""

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
