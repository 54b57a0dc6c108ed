"""Finding events by place name as people type it: any case, with or without accents or "al-".

The store holds place names as articles spell them ("Jisr al-Shughour", "Ḥamāh"); a reader types
"shughur" or "hama". Both sides are folded with the gazetteer's own key (geo.normalise), which
drops case, accents and articles and respells transliteration variants alike, and the search
matches inside the folded names. The names are few beside the events, so the folding is done in
Python over the distinct names and the store is then asked for those names exactly.
"""
from __future__ import annotations

from collections.abc import Iterable

from geo.normalise import normalise_name

MAX_PLACES = 5_000
"""More matching names than this are too many to list in one query: the user is asked to type more."""


def places_matching(names: Iterable[str], search: str) -> list[str]:
    """The stored place names that contain what the user typed, once both are folded; sorted."""
    wanted = normalise_name(search)
    if not wanted:
        return []
    return sorted(name for name in names if wanted in normalise_name(name))
