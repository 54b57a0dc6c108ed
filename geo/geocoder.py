"""The gazetteer behind geopy's contract, and the offline-first chain callers use.

Callers (extraction, the store, the dashboard) only ever see ``geocode(query,
country_codes=...)`` returning a ``geopy.location.Location`` or None, whichever
geocoder answers. The online fallback (Nominatim) runs only when the user turns it on,
at most one request a second, and every answer, misses included, goes into the cache
the caller provides, so a name is never sent twice.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping, Sequence
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.gazetteer import Gazetteer, open_gazetteer
from geo.place import Place

log = logging.getLogger(__name__)
PRECISION_OF_KIND = {"place": 1, "admin2": 3, "admin1": 3, "country": 3}


def _codes(country_codes: str | Sequence[str] | None) -> list[str]:
    if not country_codes:
        return []
    if isinstance(country_codes, str):
        country_codes = [country_codes]
    return [c.upper() for c in country_codes]


def _location(place: Place, precision: int) -> Location:
    address = ", ".join(filter(None, (place.name, place.admin1, place.country)))
    raw = {
        "geonameid": place.geonameid, "name": place.name, "country_code": place.country,
        "admin1": place.admin1, "population": place.population, "kind": place.kind,
        "score": place.score, "why": place.why, "geo_precision": precision,
    }
    return Location(address, (place.lat, place.lon), raw)


class OfflineGeocoder(Geocoder):
    """geopy ``Geocoder`` answered from the local gazetteer; never touches the network."""

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or open_gazetteer()

    def geocode(self, query: str, *, exactly_one: bool = True,
                country_codes: str | Sequence[str] | None = None,
                regions: Sequence[str] = (), **_ignored: Any) -> Location | list[Location] | None:
        """``exactly_one``: the resolved place (qualifiers read, None if unknown);
        otherwise every candidate for the name, best first. ``regions``: first-level
        regions the article names, which decide between namesake villages."""
        countries = _codes(country_codes)
        resolved = self.gazetteer.resolve(query, countries, regions)
        if exactly_one:
            return _location(*resolved) if resolved else None
        candidates = [_location(p, PRECISION_OF_KIND[p.kind])
                      for p in self.gazetteer.lookup(query, countries, regions)]
        if not candidates and resolved:
            candidates = [_location(*resolved)]
        return candidates or None

    def reverse(self, query: Any, *, exactly_one: bool = True, **kwargs: Any) -> None:
        raise NotImplementedError("the gazetteer geocodes names; it has no reverse lookup")


class GeocoderChain:
    """Offline gazetteer first; then, if enabled, a cached, rate-limited online geocoder."""

    def __init__(self, offline: OfflineGeocoder, online: Geocoder | None,
                 cache: MutableMapping[str, Any], min_delay_seconds: float = 1.0) -> None:
        self.offline = offline
        self.online = online
        self.cache = cache
        # No retries: a failed name stays unlocated and uncached, and is asked again on a
        # later run, rather than stalling an upload.
        self._ask_online = (RateLimiter(online.geocode, min_delay_seconds=min_delay_seconds,
                                        max_retries=0, swallow_exceptions=False)
                            if online else None)

    def geocode(self, query: str, *, country_codes: str | Sequence[str] | None = None,
                exactly_one: bool = True, regions: Sequence[str] = (),
                **kwargs: Any) -> Location | None:
        """The best location for ``query`` or None; the chain always answers with one."""
        found = self.offline.geocode(query, country_codes=country_codes, exactly_one=True,
                                     regions=regions)
        if found is not None or self._ask_online is None:
            return found
        countries = _codes(country_codes)
        key = f"{query}|{','.join(countries)}"
        if key not in self.cache:
            try:
                answer = self._ask_online(query, exactly_one=True,
                                          country_codes=countries or None, **kwargs)
            except GeopyError as error:  # offline or refused: leave unlocated, ask again later
                log.warning("online geocoder failed for %r: %s", query, error)
                return None
            self.cache[key] = (None if answer is None else
                               {"address": answer.address, "lat": answer.latitude,
                                "lon": answer.longitude, "raw": answer.raw})
        cached = self.cache[key]
        if cached is None:
            return None
        return Location(cached["address"], (cached["lat"], cached["lon"]), cached["raw"])

    __call__ = geocode


def geocoder(online: bool = False, cache: MutableMapping[str, Any] | None = None,
             user_agent: str = "strike-atlas", *, gazetteer: Gazetteer | None = None,
             online_geocoder: Geocoder | None = None) -> GeocoderChain:
    """The geocoder the app uses: offline only unless ``online`` is set by the user.

    ``online_geocoder`` replaces Nominatim (tests pass a fake; nothing here calls out
    unless ``online`` is true).
    """
    remote = None
    if online:
        remote = online_geocoder or Nominatim(user_agent=user_agent)
    return GeocoderChain(OfflineGeocoder(gazetteer), remote, {} if cache is None else cache)
