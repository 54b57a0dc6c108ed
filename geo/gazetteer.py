"""The gazetteer: place names as war reporting writes them, to located places.

One read-only SQLite index (see ``geo.build``) answers exact lookups on folded name
keys in microseconds; near spellings among one country's keys (``geo.near``) catch the
spellings the folding rules miss. ``open_gazetteer`` builds the index on first use and keeps
one open per process, because the dashboard, the CLI and extraction all ask it.
"""

from __future__ import annotations

import functools

import marshal
import math
import os
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from geo.entry import EXACT, Candidate
from geo.near import Keys, near
from geo.normalise import normalise_name, plain_spelling
from geo.place import Place
from geo.qualifiers import REGION_KINDS, Anchored, Reading, anchored, readings, region_core
from geo.ranking import rank, well_known
from geo.stamp import is_current

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite"
ENV_PATH = "STRIKE_ATLAS_GAZETTEER"
# Lowest rapidfuzz ratio between folded keys accepted as the same name; measured with
# ``python -m geo calibrate``: the lowest threshold that pins at most 5% of held-out
# (unknown) places on another place; 88 pinned 15%, 94 pins 3%.
FUZZY_THRESHOLD = 94.0
# Outside the article's countries, or with no countries to go by, only a strong match will
# do. The folding that makes Khan Yunis meet Khan Younis also makes "Sinai" meet Sinnai,
# Sardinia, and "al-Shifa" meet Shefa, Vanuatu; and GeoNames gives a city hundreds of
# alternate names in other languages ("Tirah" is one of Tehran's). So outside the context a
# place must be a country, a capital or a city of NOTABLE_ABROAD people ("Moscow" in a Syria
# story) under its own name, or a first-level region spelt exactly as written. With no
# context at all, a place spelt exactly as written will do ("Datta Khel"); so will the one
# place on earth under that folded name ("Garbahaarey" for the town Garbahaarrey) and a
# well-known place (an admin seat, a place of WELL_KNOWN people), under another folding of its
# own name or under an alternate name, but only where that is a near spelling of its own
# (ratio >= NEAR_SPELLING: "Deir al-Zour", "Lahj" for Lahij; not "Tirah" for Tehran, nor
# "Humos" for Homs, whose keys the vowel folding makes one). Under another folding of its own
# name a little less will do (NEAR_FOLDING: "Hodeidah" for Al Hudaydah, whose article drops;
# not "Golo" for Gulu).
# A namesake abroad is a wrong answer, not a located event.
NOTABLE_ABROAD = 1_000_000
NEAR_SPELLING = 70.0
NEAR_FOLDING = 60.0
# "X, near Y": how far from Y a place called X may lie and still be the one meant.
ANCHOR_KM = 50.0
# "X, Darfur": how far from the centre of a region of several provinces (which the index holds
# with no members) a place of its country may lie and still be in it.
REGION_SPAN_KM = 400.0

# The places under a key, all of them in one value (geo.entry.packed).
_NAMESAKES_SQL = "SELECT places FROM namesakes WHERE key = ?"
# For readers of the index other than lookups (the benches): a name row with its key's places and
# its own place's position among them (they are stored in place order).
NAME_ROW_SQL = ("SELECT n.place, n.key, n.country, s.places, "
                "(SELECT count(*) FROM name m WHERE m.key = n.key AND m.place < n.place) "
                "FROM name n JOIN namesakes s ON s.key = n.key")


def namesakes(packed: bytes | None, similarity: float = EXACT) -> list[tuple]:
    """The places under a key as the index stores them (``geo.entry.packed``), each a plain tuple of
    Candidate's fields, the similarity of the key matched last. Ranking unpacks them;
    ``Candidate._make`` names the fields where a reader wants them. A named tuple takes twice as
    long to make, and the garbage collector never stops tracking one (it does a plain tuple of
    plain values)."""
    if packed is None:
        return []
    places = marshal.loads(packed)
    return places if similarity == EXACT else [(*place[:-1], similarity) for place in places]


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance. Not geopy.distance: importing it imports all of geopy's
    geocoders, which would triple the cost of opening the gazetteer."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


class Gazetteer:
    """Look up, resolve and recognise place names; see the module docstring."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._connect()
        self._country_keys: dict[str, Keys] = {}

    def _connect(self) -> None:
        # immutable: a build replaces the file whole (geo.build), never writes into it, so SQLite may
        # skip the lock and change check it makes before every query (two thirds of a key lookup).
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def _query(self, sql: str, args: tuple[object, ...]) -> list[tuple]:
        if self._pid != os.getpid():
            # A forked worker: a SQLite handle must not cross a fork, but everything remembered may.
            self._connect()
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _exact(self, key: str, similarity: float = EXACT) -> list[tuple]:
        """The places under a key, each a tuple of Candidate's fields (see ``namesakes``)."""
        return namesakes(self._stored(key), similarity)

    @functools.lru_cache(maxsize=16_384)
    def _stored(self, key: str) -> bytes | None:
        """The places under a key as the index stores them (remembered: a report names its places
        many times, and every span of a sentence is weighed as a place). Remembered as bytes, which
        Python's garbage collector does not track: it tracks a named tuple for as long as it lives,
        and each full collection walked every candidate of every name ever looked up."""
        rows = self._query(_NAMESAKES_SQL, (key,))
        return rows[0][0] if rows else None

    def _keys_of(self, country: str) -> Keys:
        """A country's keys, each length read when a search first needs it (a village-level
        country holds a hundred thousand)."""
        if country not in self._country_keys:
            self._country_keys[country] = Keys(functools.partial(self._keys_of_length, country))
        return self._country_keys[country]

    def _keys_of_length(self, country: str, length: int) -> list[str]:
        rows = self._query("SELECT keys FROM country_keys WHERE country = ? AND length = ?", (country, length))
        return rows[0][0].split("\n") if rows else []

    def _fuzzy(self, key: str, countries: Sequence[str]) -> list[Candidate]:
        """Near spellings within the context countries only: a search of every name on
        earth is slow and, with no context to narrow it, a guess."""
        return [c for country in countries for c in self._near(key, country)]

    @functools.lru_cache(maxsize=16_384)
    def _near(self, key: str, country: str) -> tuple[Candidate, ...]:
        """The places of one country under a near spelling of ``key`` (remembered: an unknown
        name is searched for in each of an article's countries, and again in the next article)."""
        foreign = sum(not c.isascii() for c in key)  # the index's keys are ASCII (geo.normalise.index_key)
        matches = near(key, self._keys_of(country), FUZZY_THRESHOLD, limit=3, foreign=foreign)
        return tuple(c for match, similarity in matches
                     for c in map(Candidate._make, self._exact(match, similarity)) if c.country == country)

    def _regions(self, regions: Sequence[str]) -> set[tuple[str, str]]:
        """(ISO2, name) of the regions and districts named, however spelt or qualified
        ("Idlib Governorate", "North Waziristan district"); a region's seat stands for it,
        since reporters spell the seat more ways than GeoNames spells the region ("Idleb"). A seat
        whose region the data does not give stands for none: else every place of unknown region
        in its country would count as inside the one named."""
        found = set()
        for region in regions:
            key = normalise_name(region_core(region) or region)
            for c in map(Candidate._make, self._exact(key)):
                if c.kind == "admin1" or c.seat in ("admin seat", "capital") and c.admin1:
                    found.add((c.country, c.admin1))
                elif c.kind == "admin2":
                    found.add((c.country, c.name))
        return found

    def _candidates(self, name: str, countries: Sequence[str], fuzzy: bool,
                    regions: set[tuple[str, str]]) -> list[Place]:
        return list(self._ranked(name, tuple(c.upper() for c in countries), fuzzy, frozenset(regions)))

    @functools.lru_cache(maxsize=8_192)
    def _ranked(self, name: str, countries: tuple[str, ...], fuzzy: bool,
                regions: frozenset[tuple[str, str]]) -> tuple[Place, ...]:
        """The places a name may mean, best first (remembered: the places are frozen, and a name
        is weighed again in each sentence and each reading that names it)."""
        key = normalise_name(name)
        if not key:
            return ()
        candidates = self._fuzzy(key, countries) if fuzzy else self._exact(key)
        return tuple(rank(candidates, countries, regions, name))

    def lookup(self, name: str, countries: Sequence[str] = (),
               regions: Sequence[str] = ()) -> list[Place]:
        """All places called ``name``, best first for the given countries (in order of
        preference) and first-level regions the article names. Falls back to near
        spellings in those countries when no place there has the exact folded name."""
        return self._lookup(name, countries, self._regions(regions))

    def _lookup(self, name: str, countries: Sequence[str], units: set[tuple[str, str]]) -> list[Place]:
        places = self._candidates(name, countries, False, units)
        wanted = {c.upper() for c in countries}
        if wanted and not any(p.country in wanted for p in places):
            places = self._candidates(name, countries, True, units) + places
        return places

    def _acceptable(self, place: Place, written: str, countries: Sequence[str], alone: bool = False) -> bool:
        """Whether ``place`` may be the one meant by ``written``; see NOTABLE_ABROAD."""
        if place.country in {c.upper() for c in countries}:
            return True
        own, spelt = plain_spelling(place.name), plain_spelling(written)
        known = well_known(place.seat, place.population)
        if own == spelt:
            return not countries or place.kind in ("country", "admin1") or place.seat == "capital" \
                or place.population >= NOTABLE_ABROAD
        if place.alternate_name:
            return not countries and known and fuzz.ratio(own, spelt) >= NEAR_SPELLING
        return place.kind == "country" or place.seat == "capital" or place.population >= NOTABLE_ABROAD \
            or not countries and (known and fuzz.ratio(own, spelt) >= NEAR_FOLDING or alone and place.kind == "place")

    def resolve(self, name: str, countries: Sequence[str] = (),
                regions: Sequence[str] = ()) -> tuple[Place, int] | None:
        """The place a written name means (see `_resolved`). Answers are remembered: the index does
        not change while it is open, and a report names the same places many times."""
        return self._resolved(name, tuple(countries), tuple(regions))

    @functools.lru_cache(maxsize=65_536)
    def _resolved(self, name: str, countries: tuple[str, ...], regions: tuple[str, ...]) -> tuple[Place, int] | None:
        """The place a written name means and the ACLED geo_precision it implies
        (1 the place, 2 near or part of it, 3 only its region), or None when the
        gazetteer does not know it: an unlocated event is better than a wrong pin.
        In "X, near Y" only an X within ``ANCHOR_KM`` of Y will do; in "X, Y" where Y
        is a province or its seat, any X in it; lacking one, the event is placed at Y
        (precision 2 at best). An anchor outside the context countries is ignored."""
        if split := anchored(name):
            region = self.resolve_region(split.anchor, countries) if split.province else None
            anchor = region or self._resolve(_readings(split.anchor), countries, regions)
            if anchor and (not countries or anchor[0].country in {c.upper() for c in countries}):
                beside = self._beside(split, anchor, countries)
                if beside[0] is anchor[0] and region is None:
                    beside = self._by_namesake(split, anchor) or beside
                return beside
        return self._resolve(_readings(name), countries, regions)

    def _by_namesake(self, split: Anchored, anchor: tuple[Place, int]) -> tuple[Place, int] | None:
        """ "Hassu Khel, near Mir Ali": where no Hassu Khel lies by the likeliest Mir Ali, the one place of that very
        name (or alternate name, not a near spelling) that lies by a namesake of the anchor in its country."""
        where = anchor[0]
        namesakes = [p for p in self._candidates(split.anchor, [where.country], False, set())
                     if p is not where and p.kind == where.kind and p.name == where.name]
        found = {(place, reading.precision) for reading in _readings(split.head)
                 for place in self._candidates(reading.name, [where.country], False, set()) if place.kind == "place"
                 and any(distance_km(place, other) <= ANCHOR_KM for other in namesakes)}
        return next(iter(found)) if len({place for place, _ in found}) == 1 else None

    def _beside(self, split: Anchored, anchor: tuple[Place, int],
                countries: Sequence[str]) -> tuple[Place, int]:
        where = anchor[0]
        unit = _unit(where)
        for reading in _readings(split.head):
            for place in self._lookup(reading.name, countries or [where.country], {unit} if unit else set()):
                inside = unit is not None and place.country == unit[0] and unit[1] == (
                    place.admin2 if where.kind == "admin2" else place.admin1)
                if inside or spans(where, place) or distance_km(place, where) <= ANCHOR_KM:
                    return place, 3 if place.kind != "place" else reading.precision
        return where, max(2, anchor[1])

    def resolve_region(self, name: str, countries: Sequence[str] = ()) -> tuple[Place, int] | None:
        """The admin region a name means (see `_resolved_region`), remembered as `resolve` is."""
        return self._resolved_region(name, tuple(countries))

    @functools.lru_cache(maxsize=65_536)
    def _resolved_region(self, name: str, countries: tuple[str, ...]) -> tuple[Place, int] | None:
        """The admin region a name means ("Sadah" the governorate, not the town), at
        precision 3: where an event's village is unknown but its province is named,
        ACLED places it at the province, and so can the caller."""
        return self._resolve([replace(r, precision=3, kinds=REGION_KINDS) for r in _readings(name)],
                             countries, ())

    def _resolve(self, options: Sequence[Reading], countries: Sequence[str],
                 regions: Sequence[str]) -> tuple[Place, int] | None:
        if options and (code := self.country_code(options[0].name)):
            countries = [code, *countries]
        admin1 = self._regions(regions)
        for fuzzy in (False, True):
            for reading in options:
                candidates = self._candidates(reading.name, countries, fuzzy, admin1)
                if reading.kinds == REGION_KINDS:
                    candidates = _own_name_first(candidates, reading.name)
                spelt_in = None  # the country of a place spelt as the name is, passed over for its kind
                for place in candidates:
                    if reading.kinds and place.kind not in reading.kinds:
                        if spelt_in is None and plain_spelling(place.name) == plain_spelling(reading.name):
                            spelt_in = place.country
                        continue
                    if spelt_in not in (None, place.country) and not place.alternate_name \
                            and plain_spelling(place.name) != plain_spelling(reading.name):
                        break  # "Tyre district": by the town of Tyre, not a district abroad whose name only sounds like it
                    if self._acceptable(place, reading.name, countries, len(candidates) == 1):
                        precision = 3 if place.kind != "place" else reading.precision
                        return place, precision
                    break  # the best of its kind is a namesake abroad: a lesser one is no likelier
        return None

    def contains(self, name: str, countries: Sequence[str] = ()) -> bool:
        """Whether a text span is a known place or country name (folded exact match).

        Somewhere on earth there is a place called "May", "Street" or "The"; passing the
        article's countries asks only about places in them (country names always count).
        Answers are remembered, as `resolve`'s are: extraction asks of every capitalised span.
        """
        return self._contains(name, tuple(c.upper() for c in countries))

    @functools.lru_cache(maxsize=65_536)
    def _contains(self, name: str, countries: tuple[str, ...]) -> bool:
        keys = {normalise_name(name), normalise_name(apostrophe_parted(name) or name)} - {""}
        if not keys:
            return False
        within = f" AND country IN ({','.join('?' * len(countries))})" if countries else ""
        sql = (f"SELECT 1 FROM country_alias WHERE key = ? UNION ALL "
               f"SELECT 1 FROM name WHERE key = ?{within} LIMIT 1")
        return any(self._query(sql, (key, key, *countries)) for key in keys)

    @functools.lru_cache(maxsize=16_384)
    def country_code(self, name: str) -> str | None:
        """ISO 3166-1 alpha-2 code for a country name or the alias reporters use (remembered:
        extraction asks it of every place it weighs)."""
        rows = self._query("SELECT country FROM country_alias WHERE key = ?", (normalise_name(name),))
        return rows[0][0] if rows else None


_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def apostrophe_parted(name: str) -> str | None:
    """ "O'Smach", "O'Chrov": a name whose apostrophe parts two words where GeoNames writes them apart ("Ou Smach"),
    though in most names ("Ma'arrat", "Sa'ada") it joins them, as the index's keys do; None for a name without one."""
    return _APOSTROPHE.sub(" ", name) if _APOSTROPHE.search(name) else None


def _readings(name: str) -> list[Reading]:
    """A name's readings (`geo.qualifiers.readings`), then those of its words an apostrophe parts."""
    parted = apostrophe_parted(name)
    return readings(name) + (readings(parted) if parted else [])


def _own_name_first(places: list[Place], written: str) -> list[Place]:
    """ "Mykolaiv Oblast": the province whose own name opens the name written, before one that only holds it among its
    alternate names (the index gives a neighbouring oblast that name too); otherwise in their order."""
    spelt = plain_spelling(written)
    return sorted(places, key=lambda p: not (p.kind == "admin1" and spelt.startswith(plain_spelling(p.name))))


def spans(region: Place, place: Place) -> bool:
    """Whether a region of several provinces, which the index holds with no members ("Darfur",
    "the Donbas"), holds a place: one of its country within REGION_SPAN_KM of its centre."""
    return region.kind == "admin1" and region.admin1 is None and place.country == region.country \
        and distance_km(place, region) <= REGION_SPAN_KM


def _unit(place: Place) -> tuple[str, str] | None:
    """(ISO2, name) of the region or district a place stands for as an anchor: itself if a
    region or district (the province a region lies in, when it is known by another name:
    "Crimea"), its province if it is the province's seat."""
    if place.kind == "admin1":
        return place.country, place.admin1 or place.name
    if place.kind == "admin2":
        return place.country, place.name
    if place.seat in ("admin seat", "capital") and place.admin1:
        return place.country, place.admin1
    return None


def index_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The index file: the argument, else $STRIKE_ATLAS_GAZETTEER, else data/gazetteer.sqlite."""
    return Path(path or os.environ.get(ENV_PATH) or DEFAULT_PATH)


@cache
def _open(path: Path) -> Gazetteer:
    if not path.exists() or not is_current(path):
        from geo.build import build  # the GeoNames packages it reads take longer to import than opening takes

        build(path)
    return Gazetteer(path)


_OPENING = threading.Lock()  # two dashboard threads must not both build the index


def open_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The process-wide gazetteer, building its index first if it is missing or stale."""
    with _OPENING:
        return _open(index_path(path).resolve())
