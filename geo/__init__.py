"""Offline geocoding for places named in air-strike reporting.

``open_gazetteer()`` gives the process-wide ``Gazetteer`` (``lookup``, ``resolve``,
``resolve_region``, ``contains``, ``country_code``), answering from a SQLite index built
once from GeoNames data shipped in PyPI packages; ``normalise_name`` is the key that
makes transliteration variants meet. ``OfflineGeocoder`` puts the gazetteer behind
geopy's ``Geocoder`` contract, and ``geocoder()`` chains it with an optional, cached,
rate-limited Nominatim. ``python -m geo`` looks names up, builds the index, fetches
GeoNames country dumps and measures the fuzzy-match threshold.
"""

from geo.gazetteer import Gazetteer, open_gazetteer
from geo.geocoder import GeocoderChain, OfflineGeocoder, geocoder
from geo.normalise import normalise_name
from geo.place import Place

__all__ = ["Gazetteer", "GeocoderChain", "OfflineGeocoder", "Place", "geocoder",
           "normalise_name", "open_gazetteer"]
