"""Order the places that share a name, and say why the first one won.

War reporting names a village once and the country everywhere. So: the article's
countries come first, in the order given; within them, places in a region or district
the article names ("Pavlivka, Donetsk", "Datta Khel in North Waziristan"), since a country
holds many namesake villages;
then the kind of feature (a country's name means the country, a capital or admin seat
outranks a namesake hamlet, a region outranks a village of a few hundred people); then
population, a hamlet's counting as none and a place GeoNames lists among its towns of 500 people
or more counting as that many; then whether the name matched is the place's own rather than an alternate.
With no country to go by, a region or city whose own name is spelt as written comes before places
the folding merely makes meet it: "Sirte" is the Libyan city, not Siirt in Turkey, whose alternate
names include it, and "Achin" the Afghan district, not Aachen. A place that has ceased or been
superseded is a candidate only in a country where no current place has the name.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from operator import itemgetter

from geo.entry import Candidate
from geo.normalise import plain_spelling
from geo.place import Place

CONTEXT_FIRST = 1000.0   # the first context country; each later one 200 less
CONTEXT_STEP = 200.0
REGION_BONUS = 150.0     # in a named region: more than any kind, seat and population gap
DISTRICT_BONUS = 100.0   # in a named district too: of two namesakes in one province, the one in it
KIND_BONUS = {"country": 60.0, "admin1": 45.0, "admin2": 30.0, "place": 0.0}
# A seat outranks the region named after it: a bare "Idlib" or "Ariha" is the town.
SEAT_BONUS = {"capital": 50.0, "admin seat": 40.0, "district seat": 35.0, "": 0.0}
# A country's capital, when that country is among the article's: enough that "Kabul" in a
# report on Pakistan's strikes in Afghanistan is Afghanistan's capital, not a Pakistani village of the name (a town of the
# first country with a city's people still outranks it: "Tripoli" in a Lebanese report that names Libya too)
CAPITAL_IN_CONTEXT = 100.0
POPULATION_WEIGHT = 10.0  # per factor of ten: a city of 100k gets 50
# People below which a place is a hamlet: GeoNames' cities500 threshold. A hamlet's count is no sign
# that reporting names it rather than a namesake of unknown size (Who's On First gives villages
# counts of a few dozen); a place GeoNames lists among cities500 holds that many people (or is an
# admin seat) though it may give no count.
HAMLET = 500
OWN_NAME_BONUS = 10.0
AS_WRITTEN_BONUS = 35.0  # with no context: about a district seat, so a city far larger still wins ("Odessa")
# Of two villages level in all else, one GeoNames lists among places of 500+ people (or our
# supplement of places strike reporting names) before a Who's On First village of 500.
LISTED_BONUS = 1.0
WELL_KNOWN = 100_000  # people: a hamlet abroad spelt as written is no likelier than a city spelt otherwise


def well_known(seat: str, population: int) -> bool:
    """A capital, an admin seat or a city: a place a reader may name with no country beside it."""
    return seat in ("capital", "admin seat") or population >= WELL_KNOWN


@lru_cache(maxsize=1024)
def _context(countries: tuple[str, ...]) -> tuple[dict[str, tuple[float, str]], tuple[float, str]]:
    """The score and reason a candidate's country gives, for the countries in order (the first
    listing counts) and for any other: made once for an article's countries, not once a
    ranking (a first lookup ranks a handful of places: making the reasons was a third of it)."""
    inside: dict[str, tuple[float, str]] = {}
    for i, country in enumerate(countries):
        inside.setdefault(country, (CONTEXT_FIRST - CONTEXT_STEP * i,
                                    f"in context country {country}" + (f" (#{i + 1})" if i else "")))
    return inside, (0.0, f"outside context {','.join(countries)}" if countries else "")


def _placed(c: tuple, context: tuple[dict[str, tuple[float, str]], tuple[float, str]],
            regions: Collection[tuple[str, str]], spelt: str | None) -> Place:
    """A candidate (Candidate's fields, named or not) as a place, with its score and the reasons
    for it. Its fields are read once, by unpacking (a named tuple's attribute costs as much as
    building a tuple of all of them: a first lookup ranks every place of the name, hundreds for a
    "Hoseynabad"); the terms are added in one fixed order, since a sum of floats depends on its order."""
    name, country, admin1, lat, lon, kind, population, geonameid, seat, admin2, current, own_name, listed, \
        similarity = c
    score, reason = context[0].get(country, context[1])
    why = [reason] if reason else []
    if regions:
        if (country, admin1) in regions:
            score += REGION_BONUS
            why.append(f"in context region {admin1}")
        if admin2 and admin2 != admin1 and (country, admin2) in regions:
            score += DISTRICT_BONUS
            why.append(f"in context district {admin2}")
    # A district's alternate names are often its seat's: "Maarat al-Numan" names the town before the district.
    score += (KIND_BONUS[kind] if own_name or kind != "admin2" else 0.0) + SEAT_BONUS[seat]
    if seat == "capital" and country in context[0]:
        score += CAPITAL_IN_CONTEXT
    if kind == "place":
        why.append(seat or "populated place")
        people = population if population >= HAMLET else HAMLET if listed else 0
        score += POPULATION_WEIGHT * math.log10(people + 1) + LISTED_BONUS * listed
    else:
        why.append(kind)
    if population:
        why.append(f"pop {population}")
    if own_name:
        score += OWN_NAME_BONUS
    else:
        why.append("alternate name")
    if spelt is not None and own_name and (kind != "place" or well_known(seat, population)) \
            and plain_spelling(name) == spelt:
        score += AS_WRITTEN_BONUS
        why.append("spelt as written")
    if similarity < 100.0:
        score -= 100.0 - similarity
        why.append(f"fuzzy match {similarity:.0f}%")
    if not current:
        why.append("no longer current, and no current place of the name in its country")
    # round() takes ten times a test for a whole number, which it leaves as it is: most villages score one.
    return _place((name, country, admin1, lat, lon, kind, population, geonameid,
                   score if score.is_integer() else round(score, 2), "; ".join(why), not own_name, seat,
                   admin2, current == 1))


# Place._make without its check of the number of fields, in C: the fields above are all of them.
_place = functools.partial(tuple.__new__, Place)


_is_current = itemgetter(Candidate._fields.index("current"))


def _order(p: Place) -> tuple[float, int, int]:
    return -p.score, -p.population, p.geonameid or 0  # two regions of one name: the larger first


def rank(candidates: Iterable[tuple], countries: Sequence[str] = (),
         regions: Collection[tuple[str, str]] = (), written: str | None = None) -> list[Place]:
    """Places best first, each with its score and the reasons behind it; ``candidates`` are tuples of
    Candidate's fields, ``regions`` (ISO2, region or district name) pairs named in the article,
    ``written`` the name as the article spells it (it counts only with no country to go by)."""
    countries = tuple(c.upper() for c in countries)
    candidates = list(candidates)
    if not all(map(_is_current, candidates)):
        named = list(map(Candidate._make, candidates))
        current_in = {c.country for c in named if c.current}
        candidates = [c for c in named if c.current or c.country not in current_in]
    spelt = plain_spelling(written) if written is not None and not countries else None
    context = _context(countries)
    places = [_placed(c, context, regions, spelt) for c in candidates]
    if len(places) > 1:
        places.sort(key=_order)
        places = _city_over_hamlet(places, context[0])
    return places


def _city_over_hamlet(places: list[Place], context: dict[str, tuple[float, str]]) -> list[Place]:
    """A hamlet of no known size that won only by its country, in no region the article names, yields to a city of
    100,000 or more of that very name in another of the article's countries: "Jammu" in a report from India's Jammu
    that names Pakistan first is the city, not a Punjabi village of the name (a town of the first country with
    people of its own still wins: "Tripoli" in a Lebanese report that names Libya too)."""
    first = places[0]
    if first.kind != "place" or first.population >= HAMLET or first.seat or first.score >= CONTEXT_FIRST + REGION_BONUS:
        return places
    city = next((p for p in places[1:] if p.kind == "place" and not p.alternate_name and p.population >= WELL_KNOWN
                 and p.country in context and p.country != first.country), None)
    if city is None:
        return places
    moved = city._replace(why=f"{city.why}; a city, over a hamlet of its name in {first.country}")
    return [moved] + [p for p in places if p is not city]
