"""Where a text puts a strike by distance and bearing from a known place.

Military releases and wire copy place remote strikes that way: "near a hamlet, some 120 km north of
the provincial capital", "about 20 miles west of X".
When the gazetteer knows only the reference point, a pin at that point is as far off as the text
says the strike was; the point at that distance and bearing is where the text puts it (geopy's
geodesic destination), at "near" precision.
"""
from __future__ import annotations

import re
from typing import Any

from geopy.distance import distance

from strikes.extract.gate import first_char_checked

_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
             "west": 270, "northwest": 315}
_KM_PER = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
           "miles": 1.609344, "mile": 1.609344, "mi": 1.609344}
OFFSET = first_char_checked(re.compile(r"\b(?P<distance>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilomet(?:re|er)s?|miles?|mi)\s+(?:\([^)]{1,20}\)\s+)?"
                                       r"(?P<bearing>(?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+"
                                       r"(?:the\s+(?:[a-z-]+\s+){0,4}?(?:of\s+)?)?"
                                       # ("of the Somali capital, Mogadishu": the city a people's capital is named as)
                                       r"(?:[A-Z][a-z]+\s+(?:capital|port\s+city|city|port),?\s+)?"
                                       # ("60 km north-west of Russian-held X": who holds the reference town)
                                       r"(?:[\w'’]+-(?:held|controlled|occupied|run)\s+)?"
                                       r"(?P<ref>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"))
# Nearer than this, a town's own pin is as good as the computed point; farther, the text is not placing a strike.
MIN_KM, MAX_KM = 5.0, 800.0


def offset_from(place: Any, sentences: list[str]) -> tuple[Any, str] | None:
    """`place` moved to the distance and bearing the sentences give from it, with the phrase that
    said so; None when no sentence measures from this place."""
    for sentence in sentences:
        for match in OFFSET.finditer(sentence):
            if not _names(match["ref"], place.name):
                continue
            km = float(match["distance"]) * _KM_PER[match["unit"].lower()]
            if not MIN_KM <= km <= MAX_KM:
                continue
            bearing = _BEARINGS[match["bearing"].lower().replace("-", "")]
            point = distance(kilometers=km).destination((place.lat, place.lon), bearing)
            said = match.group(0)
            # the province and district are the reference point's, not those of a point this far away
            moved = place._replace(lat=point.latitude, lon=point.longitude, geonameid=None, admin1=None, admin2=None,
                                   why=f"{said} ({place.name}: {place.why})" if place.why else said)
            return moved, said
    return None


def measured_from(name: str, sentence: str) -> str | None:
    """The measure a sentence places something by from a named place ("120 km east of Kharkiv" ->
    "120 km east"), far enough to be somewhere else than the place; None if it gives none."""
    for match in OFFSET.finditer(sentence):
        km = float(match["distance"]) * _KM_PER[match["unit"].lower()]
        if _names(match["ref"], name) and MIN_KM <= km <= MAX_KM:
            return f"{km:.0f} km {match['bearing'].lower()}"
    return None


def _names(ref: str, name: str) -> bool:
    """Whether the reference point of a measure is this place ("Baidoa", "Baidoa airport")."""
    return ref.lower().startswith(name.lower()) or name.lower().startswith(ref.lower())
