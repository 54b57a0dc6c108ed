"""Offline geocoding for places named in air-strike reporting.

``open_gazetteer()`` gives the process-wide ``Gazetteer`` (``lookup``, ``resolve``,
``resolve_region``, ``contains``, ``country_code``), answering from a SQLite index built
once from GeoNames data shipped in PyPI packages and Who's On First's villages shipped
in ``geo/data`` (``ATTRIBUTION`` is the credit their licences ask for); ``normalise_name`` is the key that
makes transliteration variants meet. ``OfflineGeocoder`` puts the gazetteer behind
geopy's ``Geocoder`` contract, and ``geocoder()`` chains it with an optional, cached,
rate-limited Nominatim. ``python -m geo`` looks names up, builds the index, fetches
GeoNames country dumps and measures the fuzzy-match threshold.
"""

import importlib
from typing import Any

from geo.credits import ATTRIBUTION
from geo.gazetteer import Gazetteer, open_gazetteer
from geo.normalise import normalise_name
from geo.place import Place

__all__ = ["ATTRIBUTION", "Gazetteer", "GeocoderChain", "OfflineGeocoder", "Place", "geocoder",
           "normalise_name", "open_gazetteer"]
_GEOPY_NAMES = ("GeocoderChain", "OfflineGeocoder", "geocoder")


def __getattr__(name: str) -> Any:
    """The geopy-backed names load geopy (75 ms) only when asked for, so extraction,
    which needs only the gazetteer, opens it fast."""
    if name not in _GEOPY_NAMES:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    module = importlib.import_module("geo.geocoder")
    # Importing the submodule binds geo.geocoder to it; the public name is the function.
    globals().update({n: getattr(module, n) for n in _GEOPY_NAMES})
    return globals()[name]
