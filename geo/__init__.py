"""Offline geocoding for places named in air-strike reporting.

``open_gazetteer()`` gives the shared ``Gazetteer``; ``OfflineGeocoder`` puts it behind
geopy's ``Geocoder`` contract and ``geocoder()`` chains it with an optional, cached,
rate-limited Nominatim.
"""

from geo.gazetteer import Gazetteer, open_gazetteer
from geo.geocoder import GeocoderChain, OfflineGeocoder, geocoder
from geo.normalise import normalise_name
from geo.place import Place

__all__ = ["Gazetteer", "GeocoderChain", "OfflineGeocoder", "Place", "geocoder",
           "normalise_name", "open_gazetteer"]
