"""A second chance for places the offline gazetteer does not know: the online geocoder, if allowed.

Off by default: an air-gapped laptop must never try the network, and a newsroom may not want the
names it reads sent to a third party. When the user turns it on (`STRIKE_ATLAS_ONLINE_GEOCODER=1`
or `ingest --online-geocoding`), each unlocated place is asked of Nominatim at most once a second,
and every answer, misses included, is cached in the store, so a name is never sent twice.
"""
from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence

from geopy.location import Location

from geo import geocoder
from strikes.model import StrikeEvent
from strikes.store import Store

ONLINE_ENV = "STRIKE_ATLAS_ONLINE_GEOCODER"
# Nominatim's place_rank: up to 12 are countries, states and provinces; 13-16 counties and districts.
REGION_RANK_MAX = 12

Geocode = Callable[..., Location | None]


def online_enabled() -> bool:
    """The user's choice from the environment (1, true, yes, on)."""
    return os.environ.get(ONLINE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def online_geocode(store: Store) -> Geocode:
    """The offline-first chain with Nominatim behind it, caching in ``store``."""
    return geocoder(online=True, cache=store.geocode_cache(), user_agent="strike-atlas").geocode


def locate_unlocated(events: Sequence[StrikeEvent], geocode: Geocode) -> list[StrikeEvent]:
    """The events with coordinates filled in where ``geocode`` knows a place the extraction could not
    locate; the rest unchanged. An answer the online service gives for a province is kept at ACLED
    precision 3, so the map never shows a region's centre as if it were the town."""
    located = []
    for event in events:
        if event.lat is None and event.place:
            found = geocode(event.place, country_codes=[event.country] if event.country else None)
            if found is not None:
                event = dataclasses.replace(event, lat=found.latitude, lon=found.longitude,
                                            geo_precision=_precision(found, event.geo_precision))
        located.append(event)
    return located


def _precision(found: Location, stated: int | None) -> int:
    raw = found.raw or {}
    if "geo_precision" in raw:
        precision = int(raw["geo_precision"])
    else:
        precision = 3 if int(raw.get("place_rank", 30)) <= REGION_RANK_MAX else 1
    return max(precision, stated or 1)
