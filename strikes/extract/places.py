"""Where: the places a sentence names, told apart from the places that are only talked from.

spaCy's small NER labels Arabic and Pashto place names as people and organisations, so places
are found by shape (capitalised name chunks, with "al-"/"bin" particles) and confirmed against
the gazetteer. A name the gazetteer does not know is still a place when it sits where a place
sits ("in X", "near the village of X"). The speaker's city, a news outlet's base and the
press-conference venue are distractors, never the place struck.
"""
from __future__ import annotations

import calendar
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from geo.gazetteer import distance_km
from geo.ranking import well_known
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from strikes.extract.dates import DATELINE_PREFIX, MONTHS, WEEKDAYS
from strikes.extract.gate import GatedBranches, first_char_checked, gated, gated_branches, per_article
from strikes.extract.lexicon import DEMONYM_SHAPE, SUPPLY_VERBS, WORD_AFTER, WORD_BEFORE, alternation, load, longest_first
from strikes.extract.numbers import parse_number
from strikes.extract.trace import reject


class Gazetteer(Protocol):
    """What extraction needs of `geo.Gazetteer`; its places have `geo.Place`'s fields."""

    def contains(self, name: str) -> bool: ...
    def resolve(self, name: str, countries: Sequence[str] = (), regions: Sequence[str] = ()) -> tuple[Any, int] | None: ...
    def resolve_region(self, name: str, countries: Sequence[str] = ()) -> tuple[Any, int] | None: ...
    def country_code(self, name: str) -> str | None: ...
    def lookup(self, name: str, countries: Sequence[str] = (), regions: Sequence[str] = ()) -> list[Any]: ...


_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ]"  # with Latin Extended Additional: "Ḥomṣ"
_WORD = _UPPER + r"(?:\w|['’](?!s\b))*(?:\.\w+)*(?:-(?:\w|['’](?!s\b))+)*"
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ed|ez|es|en|ej|et|esh|ech|er|ul|bin|ibn|bani|beni|abu|um|umm|de|del|della|des|da|do|dos|das|di|du|la|le|wa)"
_FUNCTION_WORDS = (r"(?:The|A|An|In|Near|On|At|Outside|Around|Inside|Across|Between|According|During|After|Before|Since|Over|"
                   r"From|By|With|For|Of|And|But|Meanwhile|However|Later|Earlier|Also|Then|This|That|These|Those|Its|Their)\b")
CHUNK = first_char_checked(re.compile(
    # ("in Tyotkino an FPV drone": no particle before an acronym, which names a weapon or a force, not a place's part)
    # ("in Kyiv as Russian missiles struck": the conjunction, before a people's name, joins no name)
    rf"(?<![\w-])(?!{_FUNCTION_WORDS})(?:{_PARTICLE}-)?{_WORD}(?:(?:\s+|-)(?:(?!(?:as|an)\s+{_UPPER}\w*(?:ians?|ish|ese|is?)\b)"
    rf"(?:{_PARTICLE}|of)(?:\s+|-)(?![A-Z]{{2,}}\b))?{_WORD})*"))
_REGION_AFTER = re.compile(
    r"^\s+(?P<word>provinces?|governorates?|governate|oblasts?|regions?|states?|prefecture|agency|division|"
    r"districts?|sub-district|raion|rayon|tehsil|township|lga|county|municipality|area|areas|countryside|outskirts|suburbs?|camp|"
    r"village|town|city|neighbo(?:u)?rhood|valley|refugee camp)\b", re.I)
_VICINITY_BEFORE = first_char_checked(re.compile(
    r"(?:near|around|outside|between|close to|not far from|outskirts of|vicinity of|countryside of|suburbs of|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? (?:of|outskirts of|part of|parts of)|"
    r"\d+\s*(?:km|kilometres|kilometers|miles)\s+\w+\s+of)\s+(?:the\s+)?(?:(?-i:[a-z-]+\s+){0,3}|"
    # ("near the northern West Bank city of Jenin": a region's name before the kind of place)
    r"(?-i:[a-z-]+\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,2}(?:city|town|village)\s+of\s+)$", re.I))
# "the capital Sanaa, the airport of Hodeidah and the city of Dhamar": a list whose items name their kind
_LIST_UNIT = r"(?:capital|city|town|village|port|airport|province|governorate|district|region)\s+(?:of\s+)?"
_COORDINATED = re.compile(rf"^\s*(?:(?:early\s+|late\s+)?on\s+(?-i:[A-Z])[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s*)?(?:,\s*)?(?:and|as well as|&|or)\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?(?:(?-i:[a-z-]+|[A-Z][a-z]+day)\s+){{0,6}}$|^\s*,\s*(?:(?:and|in|on)\s+)?(?:the\s+)?(?:{_LIST_UNIT})?$"
                          # ("hit the capital A, the airport in B and the city of C": an item that names a site in its town)
                          rf"|^\s*,\s*(?:and\s+)?(?:an?|the)\s+(?-i:[a-z-]+\s+){{1,3}}?(?:in|at|near|of|outside)\s+$", re.I)
# ("raids on X and on the edge of the neighbouring village of Y": Y by the place just named, hit in one raid)
ALTERNATE_SPELLING = re.compile(r"^\s*(?:\((?:al-|el-|ar-|as-)?(?-i:[A-Z])[\w'’ -]{1,30}\)|\))")  # (or the bracket that closes it)
ADJACENT_GAP = re.compile(r"\band\s+(?:(?:on|in|at|near)\s+(?:the\s+(?:outskirts|edges?)\s+of\s+)?)?(?:the\s+|an?\s+)?"
                          r"(?:adjacent|adjoining|nearby|neighbou?ring|surrounding)\s+(?:(?:village|town|hamlet)\s+of\s+)?$", re.I)
_CITY_PART = r"(?:(?:central|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\s+)?"  # "in central Kyiv", "in north-west Tehran"
# "struck RSF bases in Khartoum North": bases that were hit, not the attacker's ("US bases in Qatar").
_STRUCK_BASES = first_char_checked(re.compile(r"\b(?:struck|strike|hit|targeted|targeting|target|bombed|bomb|attacked|attack|attacking|pounded|raided|shelled|"
                                              r"(?:slammed|smashed|ripped|tore|crashed)\s+(?:into|through)|destroyed|flattened|levell?ed|"
                                              r"strikes? on|raids? on|attacks? on|aimed\s+at|(?:fired|launched|sent|flown|directed)\s+(?:[\w-]+\s+){0,3}?(?:at|on|upon|against|towards?)|(?:dropp(?:ed|ing)|drop|releas(?:ed|ing)|release)\s+(?:[\w-]+\s+){1,3}?on)"
                                              # ("hit a hangar at a base in X": the base holds what was hit; "fired on fighters who had gathered at a
                                              # base in the bush near X")
                                              # ("struck an office in X", "struck the Interior Ministry in Y": the office hit, not the one a spokesman speaks for)
                                              # ("slammed into the embassy in X", "struck the headquarters of state television in central Y")
                                              r"\s+(?:(?!(?:launched|flown|fired|sent|took|based|stationed|from)\b)[\w'’-]+\s+){0,6}?(?:(?:air\s*)?bases?|headquarters|offices?|ministry|ministries|embass(?:y|ies))"
                                              r"(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+in\s+(?:the\s+)?" +
                                              _CITY_PART + r"(?:(?:provinces?|regions?|governorates?|districts?)\s+of\s+|(?:bush|forest|desert|hills|countryside|mountains)\s+(?:near|outside|around|of)\s+)?$", re.I))  # "targeted bases in the provinces of A and B"
# "The attack took place on Thursday night at a rural base in X": where the attack told fell
_HAPPENED_AT_BASE = first_char_checked(re.compile(r"\b(?:took\s+place|happened|occurred)\b[^.;]{0,40}?\bat\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:air\s*)?bases?\s+"
                                                  r"(?:in|near|outside)\s+(?:the\s+)?$", re.I))
# "attacked the A air base in X, ..., and the B air base in Y": the second base is struck too
# "hit a warehouse and a street close to the air base in X", "near the defence ministry in central Kyiv": what a struck spot lay by
# ("a hotel that stands next to the navy's headquarters in X", "near the residence of the council's chairman in Y": the seat a hit lay by;
# "a building near the U.S. embassy office in Z")
_NEAR_BASE = re.compile(r"\b(?:near|beside|outside|by|close\s+to|next\s+to)\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,2}?"
                        r"(?:(?:air\s*)?bases?|ministry|headquarters|residence|(?:embassy|consulate)(?:\s+(?:office|building|compound))?)"
                        r"(?:\s+of(?:\s+[\w'’-]+){1,6}?)?\s+in\s+(?:the\s+)?" +
                        _CITY_PART + r"$", re.I)
_AND_BASES = re.compile(r"\band\s+(?:[\w-]+\s+){0,3}?(?:(?:air\s*)?bases?|headquarters|ministry)\s+in\s+(?:the\s+)?(?:central\s+)?$", re.I)
_STRUCK_BASE_EARLIER = re.compile(_STRUCK_BASES.pattern.removesuffix("$") + r"|"
                                  # "hit a depot in X and a base in Y": the base is the verb's second object
                                  r"\b(?:struck|hit|targeted|bombed|attacked|pounded|raided)\s+(?:an?|the|two|three|several)\s+[^.;]{0,60}$", re.I)
# "hit the A refinery and the B refinery": a name coordinated with a struck one, before the same noun
_AND_THE = first_char_checked(re.compile(r"(?:,\s*|\s)and\s+(?:the\s+)?$", re.I))
_NOUN_AFTER = re.compile(r"\s+(?-i:([a-z-]+))")


def _parallel(sentence: str, start: int, end: int, found: list[PlaceMention]) -> bool:
    """ "struck the A air base ... and the B air base": a name joined by "and the" to an earlier place
    of the sentence and followed by the same noun takes that place's slot."""
    if not found or not _AND_THE.search(sentence, 0, start):
        return False
    noun = _NOUN_AFTER.match(sentence, end)
    return bool(noun) and noun[1] not in STOP_WORDS and any(
        (other := _NOUN_AFTER.match(sentence, m.end)) and other[1] == noun[1] for m in found)


_WHERE_AFTER = re.compile(r",\s+where\b")
_AND_BEFORE = re.compile(r",?\s+and\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+|in\s+)?$", re.I)


def _where_parallel(sentence: str, start: int, end: int, found: list[PlaceMention]) -> bool:
    """ "hit A, where ten were killed, and the city of B, where one died": each place told with its own "where" clause,
    joined by "and", is a strike of its own."""
    return bool(found) and bool(_WHERE_AFTER.match(sentence, end)) and bool(_AND_BEFORE.search(sentence, 0, start)) \
        and any(_WHERE_AFTER.match(sentence, m.end) for m in found)


# ", a seminary in ": one more item of a list of sites and their towns ("struck a mosque in A, a seminary in B, and
# camps in C"); not ", a village in": what the place before is ("a house in A, a village in B district")
_SITE_ITEM = re.compile(r"(?:^\s*,\s*|\b(?:at|on|struck|hit|targeted|bombed|include[ds]?|including|:)\s+)(?:an?|the|two|three|four|five|several|\d+)\s+"
                        r"(?!(?:[\w-]+\s+){0,2}?(?:towns?|villages?|city|cities|districts?|areas?|suburbs?|regions?|provinces?|count(?:y|ies)|"
                        r"neighbou?rhoods?|quarters?|municipalit(?:y|ies)|hamlets?|settlements?|communit(?:y|ies)|localit(?:y|ies)|ports?|capital)\s)"
                        r"(?-i:[a-z-]+\s+){1,3}(?:in|at|near)\s+$", re.I)


def _listed_site(sentence: str, gap: str, found: list[PlaceMention]) -> bool:
    """ "a mosque in A, a seminary in B": a site and its town after a comma, as the place before was told, is another
    item of the list, struck as the first."""
    return bool(found) and bool(_SITE_ITEM.match(gap)) and bool(
        _SITE_ITEM.search(sentence[max(0, found[-1].start - 60):found[-1].start]))


# "fired on people gathered in the village of X", "a strike on a funeral hall in X": the gathering was the target,
# not a protest or a burial elsewhere
_STRUCK_GATHERING = first_char_checked(re.compile(r"\b(?:fired\s+(?:on|at|into)|struck|hit|targeted|bombed|attacked|(?:strikes?|raids?|attacks?)\s+on|"
                                                  r"dropped\s+(?:[\w-]+\s+){0,2}?(?:bombs?|explosives|barrels?|munitions)\s+on)\s+"
                                                  # ("bombed villagers who had gathered for the inauguration of a clinic in X": where they were)
                                                  r"(?:[\w-]+\s+){0,4}?(?:gathered(?:(?:\s+[\w-]+){0,3}?\s+(?:for|to)\s+[^.;,]{0,60}?)?|(?:mourners|funerals?|burials?|vigils?)(?:\s+[\w-]+)?)"
                                                  r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[a-z-]+\s+){0,2}$", re.I))


def _struck_there(sentence: str, start: int) -> bool:
    """The name at ``start`` follows a distractor's words that here say where the strike fell: "bases
    in" of a base attacked (said with its verb, in a list of bases whose first one the verb governs,
    or as what a struck spot lay near), or "gathered in" of people fired on."""
    before = sentence[max(0, start - 100):start]
    conjunct = _AND_BASES.search(before)
    return bool(_STRUCK_BASES.search(sentence, max(0, start - 100), start) or _STRUCK_GATHERING.search(sentence, 0, start)
                or _HAPPENED_AT_BASE.search(sentence, max(0, start - 100), start)
                or any(base and _STRUCK_BASE_EARLIER.search(sentence, 0, start - len(before) + base.start())
                       for base in (conjunct, _NEAR_BASE.search(before))))


# "the road between A and B", "at the boundaries of A, B and C towns": names that together say where one place lies
_BETWEEN_BEFORE = first_char_checked(re.compile(r"\b(?:between|(?:at|on|near)\s+the\s+(?:boundar(?:y|ies)|junction|tri-?junction|borders?)\s+of)\s+(?:the\s+)?"
                                                r"(?:(?:towns?|villages?|cities|areas?|municipalities)\s+of\s+)?(?:[\w'’ -]+?(?:,\s*(?:and\s+)?|\s+and\s+)){0,4}$", re.I))
_REGION_WORDS = ("province", "provinces", "governorate", "governorates", "governate", "oblast", "oblasts", "region", "regions",
                 "state", "states", "prefecture", "agency", "division")


# a range of hills or a forest after a name: an area that holds towns, not one of them
_LANDFORM_AFTER = re.compile(r"\s+(?P<word>mountains|hills|highlands|range|forest|woods)\b", re.I)
# ("the banks of Lake Y near X", "the slopes of Mount Z": a lake or a peak, by which towns are told)
_WATER_OR_PEAK = re.compile(r"(?:Lake|Mount|Mt\.?)\s")


_QUALIFIER_WORDS = (r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Old|"
                    r"Province|Governorate|District|Agency|Region|City|Town|Village|Countryside|Camp|Area|Outskirts|Valley)")
QUALIFIED = re.compile(rf"(?:{_QUALIFIER_WORDS}\s+)+\S.*|.*\S(?:\s+{_QUALIFIER_WORDS})+")


WATER = re.compile(r"(?:Gulf|Sea|Strait|Straits|Bay|Ocean|Cape)", re.I)  # (and "the Cape of Good Hope": a headland)
# "across the Line of Control", "the Line of Contact": a front or border line, no place on it
BORDER_LINE = re.compile(r"Line\s+of\s+(?:Actual\s+)?(?:Control|Contact)|(?:Green|Blue|Purple|Yellow)\s+Line", re.I)  # ("the Green Line": a ceasefire line)
# "Soumouna, near Kinkala, was struck", "X had already been hit": a place as the subject of a passive attack verb.
_PASSIVE = r"(?:\s*,[^,.;]{0,80},)?\s+(?:was|were|(?:has|had|have)\s+(?:already\s+|also\s+)?been)\s+(?:\w+ly\s+|also\s+|again\s+)?"
_TOWN_VERBS = r"struck|bombed|hit|pounded|raided|shelled|(?:also\s+)?among\s+the\s+targets"
STRUCK_AFTER = first_char_checked(re.compile(_PASSIVE + rf"(?:{_TOWN_VERBS}|targeted|attacked)\b", re.I))
# "A, B and C were also hit": the names listed before the last take its slot as the subject of the verb
_NAME = r"(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+(?:al|el|ad|as|ash|ar|[A-Z][\w'’-]*)){0,3})"
# (not "his brothers A and B were targeted but survived": men are targeted and attacked, towns hit and bombed)
LISTED_STRUCK_AFTER = re.compile(rf"(?:\s*,\s*{_NAME}){{0,8}}\s*,?\s+and\s+{_NAME}(?={_PASSIVE}(?:{_TOWN_VERBS})\b)", re.I)
# Unknown names need a preposition of place before them.
PREPOSITION = first_char_checked(re.compile(r"(?:\b(?:in|near|at|on|outside|around|inside|into|across|between|towards?)|"
                                            r"(?:town|city|village|villages|area|district|province|governorate|region|outskirts|countryside|"
                                            r"suburbs?|camp|vicinity|neighbou?rhood|territory|community|municipality|port|capital|hamlet|settlement|township|stronghold|heartland|bastion|resort|oasis|residents|villagers|inhabitants|"
                                            r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?) of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$", re.I))
# After a verb, an unknown name is a place when a place follows it: "targeted X (Ataq, Shabwah)",
# "X village", "X in Idleb governorate", "X, Donetsk".
# "the Khalino airfield outside Kursk": a site named after the place it stands in, told with its region
# (one told alone may bear a person's name)
_BASE_NOUNS = r"(?:air\s*base|airbase|air\s*field|airfield|airport|oil\s+field|oilfield|refinery|military\s+base)"
PLACED_AFTER = re.compile(r"\s+" + _BASE_NOUNS +
                          r"(?:\s+(?:in|near|outside)\s+(?:the\s+)?|,\s+)(?-i:[A-Z])|\s*\(|,\s+[A-Z]|,\s+(?i:an?|the)\s+(?:[a-z]+\s+)?(?i:town|village|city|suburb|district|neighbou?rhood)\b|,?\s+(?:in|near)\s+(?:the\s+)?[A-Z]|(?i:" + _REGION_AFTER.pattern[1:] + ")")
# "the X Centre for Rights and Accountability": a body named for its cause, not a site of the town X (not "the X
# Secondary School for Boys")
BODY_NAMED_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?-i:[A-Z][a-z]+)\s+(?:and\s+|&\s+)?(?-i:[A-Z])|"
                            r"\s+for\s+(?-i:Rights|Justice|Peace|Democracy|Research|Studies|Accountability|Documentation|Monitoring)\b")
# "Mourning filled X, a herding settlement of Y district": a name told as a settlement, where it lies
SETTLEMENT_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:[a-z-]+\s+(?:and\s+)?){0,3}?(?:town|village|city|suburb|community|hamlet|settlement|"
                              r"neighbou?rhood)\s+(?:in|of|near|outside|on)\s", re.I)
# "A, B and the C district", "A, the B air base and a depot in the C district of D": the last item of a list
LIST_CLOSES = re.compile(rf"[^.;()]{{0,60}}?\band\s+(?:(?:an?|the|several|some|other)\s+(?-i:[a-z-]+\s+){{1,3}}?(?:in|at|near|of)\s+)?(?:the\s+)?(?:{_LIST_UNIT})?"
                         rf"(?:{_PARTICLE}-)?{_UPPER}")
# "Hama military airport and the X air base": a site named after its town, then the next item of a list
SITE_NAMED_AFTER = re.compile(r"\s+(?:(?:military|international|civil(?:ian)?|main)\s+)?(?:" + _BASE_NOUNS + r"|port|power\s+(?:station|plant))"
                              r"(?=\s*,|\s+and\b|\s+as\s+well\s+as\b)", re.I)
# ("the airport in Nyala, in South Darfur": the province of a place set aside is set aside with it)
# ("launched from A in Russia and from B in occupied Crimea": the unit of a name set aside, and the origins the
# preposition repeated goes on to list)
_IN_ITS_UNIT = re.compile(r",\s+in\s+(?:the\s+)?|\s+in\s+(?:occupied|annexed|[\w-]+-(?:occupied|held|controlled))\s+|"
                          r"\s*,?\s+(?:and|or)\s+(?:also\s+)?from\s+(?:the\s+)?", re.I)
_IN = re.compile(r"\s+in\s+(?:the\s+)?")
_THE_OPENS = re.compile(r"\W*The\s+")
# "drones hit the X refinery", "lost its X thermal plant": a plant named by its town, wherever the sentence names it
_PLANT_OWNED = first_char_checked(re.compile(r"\b(?:the|its|their)\s+$", re.I))
_PLANT = (r"(?:oil\s+)?(?:refinery|(?:oil|fuel)\s+(?:depot|terminal)|(?:(?:thermal|hydroelectric|nuclear)\s+)?power\s+(?:plant|station)|"
          r"(?:thermal|hydroelectric|coal-fired|gas-fired)\s+(?:plant|station)|"
          r"substation|(?:oil\s+|gas\s+)?(?:pumping|compressor)\s+station|gas\s+(?:processing\s+)?plant|(?:chemical|petrochemical|fertili[sz]er)\s+plant)")
OPENING_PLANT = re.compile(rf"\s+(?:{_PLANT}|port|airport|air\s*base|airbase|airfield)\b", re.I)
# a plant a company runs ("Rosneft's X refinery"), not a port or an air base a state's name stands before ("the Syrian X air base")
OPERATED_PLANT = re.compile(rf"\s+{_PLANT}\b", re.I)
# "Rosneft's Volgograd refinery", "the Lukoil Volgograd refinery": the company that runs a town's plant, named before the town
OPERATOR_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w-]+['’]s|\bthe\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+$")
# buildings that bear a person's name ("the Bilal mosque", "the Kamal Adwan hospital") more often than a town's
_BUILDINGS = r"mosques?|churche?s?|hospitals?|clinics?|madrass?as?|seminar(?:y|ies)|shrines?"
BUILDING_AFTER = re.compile(rf"\s+(?:{_BUILDINGS}|schools?|kindergartens?|colleges?|universit(?:y|ies)|compounds?)\b", re.I)
WIDER_AFTER = re.compile(r"\s+(?:strip|region|province|governorate|state|valley|countryside)\b", re.I)
# "the Abbas mosque in the city": a building named for a person, in the town the report is telling of
IN_THE_TOWN = re.compile(r"\s+(?:in|of)\s+the\s+(?:city|town|village)\b(?!\s+of\b)", re.I)
FACILITY_NAMED_AFTER = re.compile(r"\s+(?-i:[a-z-]+\s+){0,3}?(?:facility|facilities|reactor|site|complex|plant|compound|refinery)"
                                  r"(?=\s+and\b|\s+as\s+well\s+as\b)", re.I)
# "al-Jadida district of west Mosul", "the Yarmouk area of southern Khartoum": part of a town.
# "the Qasr and Tell areas of the province's Nahr Valley": the plural unit is every listed name's.
# ("the X quarter in northern Y": a town's quarter, named with "in")
# ("the X neighbourhood on the western side of Y", "the X district on the edge of Y": a quarter told by where in the town it is)
PART_OF = re.compile(r"\s+(?:(?:district|neighbou?rhood|quarter|area|part|section|ward)(?P<plural>s?)"
                     r"(?:\s+(?:on|in|at)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:edge|outskirts|fringes?|side|part))?\s+of|"
                     r"(?:neighbou?rhood|quarter|ward)s?\s+in)\s+(?:the\s+)?"
                     r"(?-i:(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+)?"
                     r"(?:(?-i:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)-(?:held|controlled|run|besieged)\s+)?"  # "of Islamic State-held X"
                     r"(?:(?:north|south|east|west|"
                     r"northern|southern|eastern|western|central)\s+)?"
                     r"(?P<town>(?-i:[A-Z][\w’'-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es|en|ez)-)?[A-Z][\w’'-]+){0,2}))", re.I)  # "Aita al-Shaab"
# "the Red Sea town of Mokha", "the Tripoli suburb of Abu Salim": the first name describes where the second lies.
# "North Waziristan's Datta Khel": a place of the unit just named.
OWNED = re.compile(r"['’]s\s+")
PROVINCE_NAMED = re.compile(r"\s(?:Oblast|Region|Province|Governorate|State|Krai)$")  # "Volgograd Oblast": a province by its whole name
# ("the Bekaa valley town of X", "the Nineveh plains village of Y")
DESCRIBES = re.compile(r"\s+(?:(?:port|border|coastal|frontline|desert|valley|plains?|mountain|highland|delta|river|oasis)\s+)?"
                       r"(?:town|city|village|port|capital|suburb|camp|hamlet)\s+of\s+"
                       r"(?:the\s+)?(?-i:[A-Z])", re.I)
APPOSED_QUARTER = re.compile(r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:district|neighbou?rhood|quarter|suburb|area)\s+"
                             r"(?:(?:on|in|at)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:edge|outskirts|fringes?|side|part)\s+)?(?:of|in)\s+(?:the\s+)?"
                             r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?")
_NAMES = r"((?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:and|or|in|of|al|el|the)\s+)?(?-i:[A-Z][\w'’-]*))*)"
# "X Hospital, also known as Y and Z": other names of a place just named (not "a site known as X").
KNOWN_AS = re.compile(rf"(?-i:[A-Z][\w'’-]*)\)?,?\s+(?:(?:(?:also|better|locally)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?{_NAMES}|a\.k\.a\.?\s+{_NAMES})", re.I)
# "In Geneva, the UN rights chief said...": where someone spoke (not "In Gaza City, a strike on a
# house killed seven, medics said", whose speaker comes long after).
SPEAKER_VENUE = re.compile(r"^\s*In\s+$")
# "Residents in Shan State said aircraft bombed a village near Kyaukme": where the speakers are, when the
# words they say name the place struck
# ("Separately, a doctors' network in Kordofan said ...": a group's seat, as much as its members')
SPEAKERS_IN = re.compile(r"^\W*(?:[\w'’-]+,?\s+){0,4}?(?:sources|partners|residents|activists|witnesses|officials|locals|elders|medics|doctors|"
                         r"rescuers|monitors|journalists|volunteers|aid\s+workers|groups?|organi[sz]ations?|networks?|committees?|"
                         r"associations?|unions?|councils?|observatory)\s+(?:based\s+)?in\s+"
                         # ("Activists in southern X report strikes on Y": the part of the province they are in)
                         r"(?:(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+)?$", re.I)
PLACE_SAID = re.compile(r"\b(?:in|near|outside|on|at|of|struck|hit|bombed|targeted|attacked|pounded|raided)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                        r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)(?-i:[A-Z])")
SPEECH = re.compile(r"\b(?:said|says|say|told|report|reports|reported|called|condemned|urged|warned|announced|added|described|summoned|denounced|protested|"
                    r"acknowledged|admitted|insisted|stated|claimed(?!\s+(?:the\s+)?(?:[\w-]+\s+)?lives?\b)|"
                    # ("In Moscow, the ministry did not address the strikes", "..., officials declined to comment")
                    r"(?:did|does|has|have|had)\s+not\s+(?:yet\s+)?(?:address|addressed|comment|commented|respond|responded|react|reacted)|"
                    r"declined|refused|denied|denies|dismissed|rejected)\b")
# ("In X, medics said strikes on the city's outskirts killed ten": the town they speak in is the one they speak of,
# when their words name no other)
THE_TOWN_SAID = re.compile(r"\bthe\s+(?:city|town|village|camp)(?:['’]s)?(?![\w-])", re.I)
# ("In X, officials said missiles hit the Noor mosque, killing three": a site of the town, named)
SITE_SAID = re.compile(r"\b(?:on|at|in|hit|struck|targeted)\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
                       r"(?:mosque|hospital|school|market|building|complex|clinic|church|factory|depot|compound|seminary)\b")


def _speaks_of_venue(sentence: str, said: int, capital: bool) -> bool:
    """Whether what is said after `said` tells of the town it is said in: "the city's outskirts", or (not in a
    state's capital, where officials speak of the whole country) a site named with no other place ("In X, officials
    said missiles hit the Noor mosque")."""
    sites = [] if capital else [m.span() for m in SITE_SAID.finditer(sentence, said)]
    return bool(THE_TOWN_SAID.search(sentence, said) or sites) \
        and all(any(a <= m.start() < b for a, b in sites) for m in PLACE_SAID.finditer(sentence, said))


# ("In X, a drone damaged a warehouse, the mayor said": what befell the place, told before who tells it)
_HARM_TOLD = re.compile(r"\b(?:hit|struck|damaged|destroyed|killed|wounded|injured|bombed|shelled|targeted|exploded|fell|landed|crashed)\b", re.I)
# "The US Central Command, in Tampa, said ...", "the ministry, based in X, told reporters": the seat of a body that
# speaks, set off by commas between its name and its words
BODY_SEAT_BEFORE = first_char_checked(re.compile(r"\b(?P<body>(?-i:[A-Z])[\w-]*|ministry|command|office|agency|authority|headquarters|army|military|"
                                                 r"government|coalition|observatory|monitor|group|organi[sz]ation|committee|council),\s+"
                                                 r"(?:which\s+is\s+)?(?:based\s+|headquartered\s+)?in\s+$", re.I))
# "the unity government (GNU) in X blamed the raid on ...": the seat of a government that speaks
GOVERNMENT_IN = first_char_checked(re.compile(r"\b(?:government|authorities|administration|ministry|presidency|accord|command)"
                                              r"(?:\s*\((?-i:[A-Z]{2,6})\))?\s+in\s+$", re.I))
THEN_SPOKE = re.compile(r"\s+(?:has\s+|had\s+|also\s+|(?:later\s+)?on\s+\w+day\s+)?(?:said|says|blamed|blames|accused|accuses|condemned|"
                        r"condemns|denied|denies|claimed|announced|stated|called)\b")
SEAT_THEN_SAID = re.compile(r",\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|announced|added|reported|confirmed|denied|claimed|stated)\b")
# "In Tera, villagers told us jets bombed the market": people of the place tell what happened there
_LOCALS = re.compile(r"\b(?:residents|villagers|witnesses|locals|survivors|relatives|neighbours|neighbors|families)\b", re.I)
# "medics at the Indonesian hospital": an unknown word shaped like a nationality, before a common noun, describes it
DEMONYM_SHAPED = re.compile(DEMONYM_SHAPE)  # ("the Kuwaiti hospital", "an Emirati field hospital")
_COMMON_NOUN_AFTER = re.compile(r"\s+(?!(?:town|village|city|district|area|camp|province|region|governorate|neighbou?rhood|quarter|suburb)\b)"
                                r"(?-i:[a-z]{3,})\b")
_A_BEFORE = re.compile(r"\b(?:an?)\s+$", re.I)  # "in a Polish village": a people's village, not one called so
# "near the Eritrean border": an unknown name before a border is the people whose border it is (not "the X border crossing")
_ADDRESSED_BEFORE = first_char_checked(re.compile(r"\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to|press(?:ed|es|ing)?|"
                                                  r"asked|asks|implored|demanded\s+of)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]+\s+){1,3}and\s+(?:the\s+)?)?$", re.I))
_SUPPLIED_BEFORE = first_char_checked(re.compile(rf"\b{SUPPLY_VERBS}\s+(?:[\w-]+\s+){{0,2}}?(?:from|by)\s+(?:the\s+)?$", re.I))
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)s?\b(?!\s+(?:crossing|post|point|gate|town|village|city))", re.I)
# "a truce agreed in Addis Ababa between Khartoum and the rebels": the parties to what was signed there
_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?", re.I)
# "in Saraqeb, Ariha and Binnish": later names of a list share the first one's slot.
LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|/)\s*(?:the\s+)?(?:(?:town|village|city|area)s?\s+of\s+)?", re.I)
# Between a place and the unit that contains it: "X area in", "X village, ", "X (", "X district) of",
# "X town near". Coordination ("and", "or") and clause breaks are not containment.
_UNIT = (r"(?:areas?|villages?|towns?|city|district|sub-district|township|region|province|governorate|state|county|"
         r"municipality|neighbou?rhood|countryside|outskirts|vicinity|valley|camp|tehsil|agency|lga|local\s+government\s+area|raion|oblast)")
_BEARING = r"(?:(?:north|south|east|west){1,2}(?:ern)?|[NSEW]{1,3})"
# "in the North East", "the North-West": a country's quarter, which the index holds only as some other country's unit
_COMPASS = r"(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?|[NSEW]{1,3})"
# "X, a farming community in Y": how reports describe a village they expect no reader to know
_SETTLEMENT = r"(?:(?:farming|fishing|herding|mining|border|remote|small|rural|mountain|desert)\s+)?(?:communit(?:y|ies)|settlements?|hamlets?|localit(?:y|ies))"
# ("X, a village at the edge of Y", "on the outskirts of Y": a place by the town it lies beside)
# ("X, a farming village in Y district": a word that says what kind of settlement X is)
CONTAINER_GAP = re.compile(rf"\s*(?:(?:{_UNIT}|{_SETTLEMENT}|\([^();.]{{0,40}}\)|[(),]|in|of|near|the|an?|{_BEARING}|approx(?:imately|\.)?|about|some|just|"
                           rf"(?!(?:two|three|four|five|six|several|both|many|some|other)\b)(?-i:[a-z]+)(?=\s+(?:{_UNIT}|{_SETTLEMENT})\b)|"
                           # ("the X district of the RSF-controlled city of Y": who holds the unit, said before its kind)
                           rf"[\w]+-(?:held|controlled|run|besieged)(?=\s+(?:{_UNIT}|{_SETTLEMENT})\b)|"
                           rf"at|edges?|outskirts|fringes?|outside|close\s+to|sides?|parts?|above|overlooking|hill(?:side|top)?s?|slopes?|"
                           # ("the X district on the southern side of Y city", "the X mosque on a hillside above Y")
                           rf"on(?=\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:sides?|edges?|outskirts|fringes?|parts?|hill(?:side|top)?s?|slopes?)\b)|"
                           # ("the X oil field in the Y countryside", "the X air base in Y province": a site in its unit)
                           rf"(?:oil|gas)\s*fields?|(?:air\s*|military\s+|army\s+)?bases?|airfields?|airports?|dams?|"
                           # ("the X mosque in Y", "the X hospital near Y": a building named for a person, in its town)
                           rf"{_BUILDINGS}|schools?|"
                           # ("the X camp for displaced people on the northern edge of Y")
                           rf"displacement|displaced|idps?|refugees?|for|people|persons|families|"
                           rf"\d+(?:\.\d+)?\s*(?:km|kms|kilometres|kilometers|miles))\s*){{1,9}}", re.I)
# "Al Jubah district (Marib)", "Hajar Battar (Qaatabah, Ad Dali)": the unit in parentheses after a place.
_ENCLOSED = re.compile(rf"(?:[A-Z][\w'’-]+|{_UNIT})\s*\((?:[^()]*,\s*)?$")
# "X district, Baghlan", "Inata (Tongomayel, Soum)", "Y region of Al Amadiya": the unit that holds a
# place; an administrative one, but after "of" it may as well be a town ("the X area of Mosul").
_CONTAINER_BEFORE = gated(re.compile(rf"(?:\b{_UNIT}\s*(?P<of>,|\bof)\s*|{_ENCLOSED.pattern[:-1]})$", re.I))
_VILLAGE_BEFORE = first_char_checked(re.compile(r"\b(?:village|hamlet)s?\s+of\s+(?:the\s+)?$", re.I))
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.I)
# "the southern city of X", "on the outskirts of X", "at the edge of X": a town, not the province of its name
_TOWN_BEFORE = first_char_checked(re.compile(r"\b(?:city|town|edges?|outskirts|fringes?|cent(?:re|er)|heart|streets)\s+of\s+(?:the\s+)?$", re.I))
_SETTLEMENT_WORDS = frozenset({"village", "town", "city", "camp", "refugee camp", "neighbourhood", "neighborhood"})
_PLAIN_COMMA = re.compile(r"\s*,\s*")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|claimed|claims|reported|reports|announced|stated|added)\b")
_UNIT_WORD_AFTER = re.compile(r"(?<=\w)\s+(?:Village|Town|District|Area)$")
_UNIT_NAMED = re.compile(r"(?<=\w)\s+(?:District|Sub-?district|Province|Governorate|Township|County|Municipality|Tehsil|LGA|"
                         r"Local Government Area)$")
_PLACE_LINE = re.compile(rf"\s*(?:{CHUNK.pattern}),\s+(?P<region>{CHUNK.pattern})\s*\.?\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or|&)\s)")
# "Cemco (Cheme Ci) area": a second spelling of the same name, every word capitalised.
ALTERNATE = re.compile(rf"^(?:\s+{_UNIT})?\s*\((?P<alt>{_UPPER}[\w'’-]*(?:[\s-]+(?:{_PARTICLE}[\s-]+)?{_UPPER}[\w'’-]*){{0,3}})\)")
# "Kachin State", "Borno State": a state of a federation the gazetteer knows (not "Islamic State").
_FEDERAL_STATE = re.compile(rf"(?!Islamic\b){_UPPER}[\w'’-]+(?:\s+{_UPPER}[\w'’-]+)?\s+State")
# "Houthi-held", "Lebanon-based", "Western-supplied", "UNESCO-listed": a name glued to a participle describes, not a place.
HELD = re.compile(r"-(?:(?-i:[a-z]{2,}ed)|held|run|built|made|led|known|flown|grown|shot|won)$", re.I)
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)  # whole, not "Mar" (as in "Mar Elias")
# A people's name closing a place's name describes it: "Beddawi Palestinian", "the Kakuma Somali camp".
TRAILING_PEOPLE = first_char_checked(re.compile(r"\s+(?:" + "|".join(load("cues")["peoples"]) + r")$"))
HELD_BY = re.compile(r"[\w'’]+(?:-[\w'’]+)*-(?:held|controlled|run|besieged|occupied|administered)\s+(?=\S)", re.I)
# "the Union for the Salvation of the People of X": a name going on, not the people of a place
NAME_GOES_ON = first_char_checked(re.compile(r"\b(?:of|for)\s+(?:the\s+)?$", re.I))
# "On Mon 2 Sep": a weekday's abbreviation dating a row ("Mon" is also a state), told by the day after it
DAY_ABBREVIATION = re.compile(r"(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?")
DAY_NUMBER_AFTER = re.compile(r"\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\b")
# "on Sadovaya Street", "Homs Street": a street word after a name, or closing it
# "towards the Jubba river": a river, whose name a town far off may bear (the town on it is named as a town)
RIVER_AFTER = re.compile(r"\s+(?i:river(?:bed|bank|\s+bank)?)\b")
# "a drone strike on a Maulud gathering": an unknown name before the occasion it names is the feast, not a place
OCCASION_AFTER = re.compile(r"\s+(?:gathering|celebration|festival|ceremony|procession|feast|prayers|rally|vigil)s?\b", re.I)
STREET_AFTER = first_char_checked(re.compile(r"\s+(?:street|avenue|boulevard|lane|prospekt|prospect|str\.|st\.|ave\.)(?![\w-])", re.I))
# "Residents of Sra Kala said ...": the people of a place, whose name follows
PEOPLE_OF = re.compile(r"(?-i:Residents|Villagers|People|Elders|Locals|Witnesses|Survivors|Families|Relatives|Inhabitants)\s+of\s+(?:the\s+)?(?=\S)")
# "a strike on Haddad, who ...": a person
PERSON_AFTER = re.compile(r",?\s+(?:who|whom)\b|"
                          # "in the president's hometown of X", "during Trump's first term", "X's fate": a person's, the place
                          # (if any) after
                          r"['’]s\s+(?:(?:first|second|third|last|final|own)\s+)?(?:home\s*town|native\s+(?:city|town|village)|birthplace|"
                          r"term|presidency|premiership|tenure|cabinet|fate|whereabouts)\b|"
                          # "a drone struck Suleiman's house", "X's widow": one person's home or kin
                          r"['’]s\s+(?:(?:family|own|parents['’]?)\s+)?(?:house|home|car|wife|husband|son|daughter|brother|sister|"
                          r"father|mother|widow|funeral|body)\b|"
                          # "X, prime minister of the group's administration, was killed": a person, by the office after the name
                          r",\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:prime\s+minister|minister|president|commander|"
                          r"leader|chief|head|spokes(?:man|woman|person)|deputy|director|official|member|journalist|cleric)\s+(?:of|for|in)\b", re.I)
# "missiles at X as he stood on a balcony", "targeted X on Saturday as he travelled": a person (not "a building in X
# while he slept": the town he slept in)
PRONOUN_AFTER = re.compile(r"(?:\s+(?:on|late|early)(?:\s+on)?\s+[A-Z]?[a-z]+(?:\s+(?:morning|afternoon|evening|night))?)?"
                           r"\s+(?:as|when|while)\s+(?:he|she)\b", re.I)
IN_BEFORE = re.compile(r"\b(?:in|near|outside|inside)\s+$", re.I)
# "the stronghold of Khalifa Haftar's army": an unknown name that owns an armed force is its leader's
LEADER_OF = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|forces|militias?|fighters|troops|men|loyalists|"
                       r"movement|faction|government|administration|regime|rebels|guards?)\b", re.I)
# "by Kyiv's forces", "Ankara's army": a seat of power named for the state whose forces it sends
# "a convoy leaving Baghdad's international airport", "two of Gaza City's tallest buildings": a site the town owns (its
# quarters are told by their own names: "Kyiv's Darnytskyi district" is the district)
POSSESSED_SITE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:airports?|ports?|harbou?r|air\s*bases?|airfields?|buildings?|towers?|hospitals?|markets?|"
                            r"schools?|bridges?|stations?|refiner(?:y|ies)|power\s+(?:plants?|stations?)|"
                            r"outskirts|old\s+city|city\s+cent(?:re|er)|industrial\s+(?:zone|area|park))\b", re.I)
# ("the Kiev regime carried out a missile attack": a capital for its rulers, in the words of the side it fights)
# "the bulk carrier X", "the tanker Y": the name a ship bears
VESSEL_BEFORE = first_char_checked(re.compile(r"\b(?:carrier|tanker|ship|vessel|freighter|frigate|destroyer|warship|corvette|yacht|ferry|trawler|dhow|barge|"
                                              r"tugboat)\s+$", re.I))
# ("an attack that Kyiv said killed two": a capital for its government, speaking in a relative clause)
RELATIVE_BEFORE = first_char_checked(re.compile(r"\b(?:that|which)\s+$", re.I))
# ("said that Kyiv was blaming others", "that Moscow had denied it": a capital for its government, speaking)
STATE_SAYS_AFTER = re.compile(r"\s+(?:(?:was|is|were|are|has|had|would|will)\s+(?:been\s+)?)?(?:said|says|saying|claimed|claims|claiming|"
                              r"announced|reported|confirmed|denied|denies|denying|accused|accusing|blamed|blaming|lying|trying|"
                              r"seeking|refusing|preparing|planning)\b", re.I)
STATE_FORCES_AFTER = re.compile(r"\s+regime\b|['’]s?\s+(?:army|armed\s+forces|forces|troops|air\s+force|government|regime|"
                                # ("in Washington's heaviest response yet": the capital for its government, acting)
                                r"(?:[\w-]+\s+){0,2}?(?:response|retaliation|reply|reprisals?|envoys?|allies|ally|decision|policy|warning|"
                                # ("irritation at Kyiv's campaign of drone strikes on refineries": the state's campaign, not a strike there)
                                r"campaign|offensive|war\s+effort))(?![\w-])", re.I)
# "the Petrenko house", "the Moroz family home": a family's house, named after it
FAMILY_HOME = re.compile(r"\s+(?:family\s+)?(?:house|home|residence)\b")
_THE = first_char_checked(re.compile(r"\bthe\s+$", re.I))
# "the Merowe strike on Monday knocked out transformers": a strike named by its place, with its own day
ATTACK_NAMED_BY = re.compile(r"\s+(?:air\s?|drone\s+|missile\s+)?(?:strike|raid|bombing|attack)s?\s+(?:(?:late|early)\s+)?on\s+"
                             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
# "TTP", "LeI", "QSD": an unknown short capitalised acronym names a group, not a place.
# ("pounded al-Qaida fighters in the hills": the group whose men were struck, though a hamlet bears its name)
GROUP_AFTER = re.compile(r"\s+(?:party|movement|militia|faction|organi[sz]ation|alliance|fighters|militants|insurgents|operatives|jihadists|loyalists)\b", re.I)
# "posted on his Truth Social platform", "the Rybar channel": a medium the news was told on, though a place bears its name
MEDIUM_AFTER = re.compile(r"\s+(?:platform|account|channels?|feed|app)\b", re.I)
# "in a Truth Social post", "in a Telegram video": where a side told the news, named before what it posted
POSTED_IN = re.compile(r"\b(?:in|on|via)\s+(?:an?|his|her|its|their)\s+$", re.I)
POST_AFTER = re.compile(r"\s+(?:posts?|messages?|videos?)\b", re.I)
ROAD_CODE = re.compile(r"[A-Z]{1,2}-?\d{1,3}")  # "the M5", "along the N2": a road's number, not a place
# "the T4 air base", "the H3 airfield": a base known by its code, which the index holds as another name of it
# ("the T4 (Tiyas) air base": its other name in brackets between)
CODED_BASE = re.compile(r"(?:\s*\((?-i:[A-Z])[\w'’ -]{1,30}\))?\s+(?:military\s+)?(?:(?:air\s*)?base|airbase|air\s*field|airfield|airport)\b", re.I)
ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}"
                     r"(?:-[A-Z][\w-]+)?")  # "ISIS-Somalia", "IS-Sahel": a group's branch named after its country


@dataclass(frozen=True)
class PlaceMention:
    """A place name in a sentence, with the words around it that say how precisely it is meant."""

    name: str
    phrase: str  # the name with its qualifiers, as the gazetteer's resolver reads them
    start: int
    end: int
    known: bool
    region: bool  # a province or region: context for a town named with it
    coordinated: bool  # joined to the previous place by "and": a separate strike
    site: bool = False  # a hospital, a mosque: a target within a place, not the place
    within: str | None = None  # "the al-Jadida district of west Mosul": the town it is part of
    containers: tuple[str, ...] = ()  # "X area in Y district of Z": Y, then Z, smallest first
    alternate: str | None = None  # "Cemco (Cheme Ci)": the other spelling the text gives
    village: bool = False  # "the village of Baghdad": no capital or city of that name is meant
    town: bool = False  # "the southern city of X": the town, whatever province bears its name


# "was hit by Emad missiles", "fired two Kheibar missiles at": a missile or drone known by a name
# ("jets hit a house sheltering X and Y": who hid there)
CARRIED_BEFORE = first_char_checked(re.compile(r"\b(?:carrying|transporting|ferrying|sheltering|harbou?ring|hiding)\s+(?:the\s+)?$", re.I))
# ("a Tochka-U missile struck the station": a weapon's name after an article, before its kind)
WEAPON_NAME_BEFORE = first_char_checked(re.compile(r"\b(?:by|with|fired|launched|using|used)\s+(?:an?\s+|the\s+|\w+\s+)?$|\ban?\s+$", re.I))
WEAPON_NAME_AFTER = re.compile(r"(?:[\s-]+(?-i:[A-Z])[\w-]*)?\s+(?:ballistic\s+|cruise\s+|hypersonic\s+)?(?:missiles?|drones?|rockets?|uavs?)\b"
                               r"(?!\s+(?:strikes?|attacks?|raids?))", re.I)
# "the South Darfur capital Nyala", "the state capital, Kadugli", "the province's capital X": the city a unit's capital names
UNIT_CAPITAL = first_char_checked(re.compile(r"(?:(?-i:[A-Z])[\w'’-]*|\b(?:state|provincial|regional|district|county|governorate|province['’]s|region['’]s|state['’]s))"
                                             r"\s+capital,?\s+$|"
                                             # "Ukraine's second city, Kharkiv", "the country's largest port, X": the city the words describe
                                             r"['’]s\s+(?:(?:second|third|largest|biggest|second-largest|third-largest|main|chief|principal|"
                                             r"(?:north|south|east|west){1,2}(?:ern)?|central|coastal|port|border|industrial|holy|ancient)\s+){1,2}"
                                             r"(?:city|town|port|hub),?\s+$", re.I))


@functools.cache
def _rivers() -> frozenset[str]:
    return frozenset(load("cues")["rivers"])


@functools.cache
def _patterns() -> tuple[re.Pattern[str] | GatedBranches, ...]:
    cues = load("cues")
    actors = load("actors")
    actor_words = [a for e in actors["states"] for a in e["demonyms"] + e["aliases"]]  # capitals stay places
    actor_words += [a for e in actors["coalitions"] + actors["groups"] for a in e["aliases"]]
    # "launched from Lebanon hit Metula": the words between a cue and the name are lower-case ones, whatever the case of the cue
    # ("fired from Russia's Rostov region": a country's region is where too)
    # (both behind gates of each cue's words: a name's 60 characters before it hold few cues, and the whole
    # alternation was tried at every one of them)
    # ("a nurse in a clinic in the city's X district": the place a possessive puts the cue's place in, too)
    distractor = gated_branches("", cues["place_distractors"] + cues["flown_to"],
                                r"\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]+|city|town|village|capital|camp)['’]s\s+)?(?:(?-i:[a-z-]+)\s+){0,2}$", re.I)
    # (the words a name is never a place by, and the actors' names, phrase by phrase behind each one's gate: a name
    # holds the words of few of their hundreds, which were all tried at each of its words)
    not_place = gated_branches(WORD_BEFORE, longest_first(cues["not_place_words"]), WORD_AFTER, re.I)
    # "Israelis", "Palestinians": a people in the plural is no place either
    plurals = [f"{w}s" for e in actors["states"] for w in e["demonyms"] if w.isalpha()] + [f"{w}s?" for w in cues["peoples"]]
    actor = gated_branches(r"^(?:the\s+)?" + WORD_BEFORE, longest_first(actor_words + plurals), WORD_AFTER + "$", re.I)
    # (not "in which X has been pressing": the relative pronoun's clause, whose subject the name is)
    locative = gated_branches(WORD_BEFORE, longest_first(cues["locative"]),
                              WORD_AFTER + r"\s+(?:the\s+)?(?:(?!(?:which|whom|whose)\s)[a-z-]+\s+){0,2}$", re.I)
    people = re.compile(r"^\s+" + alternation(cues["not_place_after"]), re.I)
    # "Saba, the rebels' official news agency, reported": a name the appositive makes an outlet (not "in X, the Y news agency said")
    based = re.compile(r"^(?:-|\s)based\b|^['’]s?\s+(?:ambassador|embassy|foreign|president|government|minister)|"
                       r"^,\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:news\s+agency|broadcaster|newspaper|daily|news\s+(?:channel|outlet|site|website)|"
                       r"(?:tv|television|satellite)\s+(?:channel|station)|radio\s+station)\b"
                       r"(?!\s+(?:said|says|reported|reports|quoted|cited|added|announced|stated)\b)", re.I)
    site = re.compile(alternation(cues["site_words"]), re.I)
    # "Cambodian BM-21 rockets", "Russian Su-34s", "US-made GBU-39 bombs": a people's name, or a maker's, opening a name
    # the index does not know is their weapon's, unit's or leader's
    national = re.compile(r"^(?:" + alternation([w for e in actors["states"] for w in e["demonyms"] if w.isalpha()])
                          + r"|[\w-]+-(?:made|built|supplied|designed))\s+\S", re.I)
    return distractor, not_place, actor, locative, based, site, people, national


# "an airstrike by the Nigerian military in X", "fired a missile at an office in X": the force that struck or the
# building it struck, in X (not a speaker's seat)
STRUCK_IN = first_char_checked(re.compile(r"(?:\b(?:air\s*strikes?|airstrikes?|raids?|strikes?|bombings?)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                                          r"(?:military|army|air\s+force|forces)|\b(?:hit|struck|targeted|bombed|destroyed|(?:fired|launched|dropped)\s+(?:[\w-]+\s+){0,4}?(?:at|on))\s+(?:an?|the)\s+"
                                          r"(?:[\w'’-]+\s+){0,2}?(?:office|offices|ministry|headquarters|bureau|agency|embassy|parliament|court|council|"
                                          r"presidency|(?:tv|television|radio)\s+station)|"
                                          # ("a visa office next to the embassy in X was levelled": what was hit stood by the mission)
                                          r"\b(?:near|beside|next\s+to|close\s+to|adjacent\s+to)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’.-]+\s+){0,2}?"
                                          r"(?:embassy|consulate|mission|ministry|headquarters))\s+in\s+$", re.I))
# "the Mosul-Dohuk road", "the Kramatorsk–Sloviansk highway": a road named by the two towns it joins
ROAD_BETWEEN = re.compile(r"(?P<first>(?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)?)[-–](?P<second>(?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)?)")
ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|expressway|route|track|axis)\b", re.I)


def road_town(sentence: str, place: PlaceMention, towns: Sequence[PlaceMention | None], gazetteer: Gazetteer) -> PlaceMention:
    """ "a drone hit a truck on the Mosul-Dohuk road" in a report from Mosul: a road named by the two towns it
    joins, one of them the town the report is about, is placed at that town; else near the first of them the
    index knows, the town it is named from (the road alone is no place)."""
    road = ROAD_BETWEEN.fullmatch(place.name) if not place.known and ROAD_AFTER.match(sentence, place.end) else None
    if road is None:
        return place
    town = next((t for t in towns if t is not None and t.name in (road["first"], road["second"])), None)
    if town is not None:
        return replace(place, name=town.name, phrase=town.name, known=True)
    first = next((name for name in (road["first"], road["second"]) if _known(name, gazetteer)), None)
    return replace(place, name=first, phrase=f"near {first}", known=True) if first is not None else place


# "jets pounded the Syrian capital", "strikes on Yemen's capital": a capital named by its people or its country, not
# followed by its name
CAPITAL_OF = first_char_checked(re.compile(r"\b(?:the\s+(?P<people>(?-i:[A-Z])[a-z]+)|(?P<country>(?-i:[A-Z])[a-z]+)['’]s)\s+capital\b(?!['’]|\s*,?\s+(?-i:[A-Z]))"))


@functools.cache
def capital_of(country: str) -> str | None:
    """The capital of a country, by its code (`capitals` in the cues): what "the capital" names in a report on it."""
    return load("cues")["capitals"].get(country)


@functools.cache
def _capitals() -> dict[str, str]:
    """Each state's demonym (lower-cased) and its capital's name."""
    capitals = load("cues")["capitals"]
    return {people: capitals[country] for people, country in _countries_of_people().items() if country in capitals}


def _capitals_named(sentence: str, locative: GatedBranches, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The capitals a sentence names by their people in a place's slot ("in the Syrian capital"): a city told whole, as a
    region is, that a strike told in detail in it is the same as."""
    return [PlaceMention(capital, capital, named.start("people") if named["people"] else named.start("country"), named.end(), True, True, False)
            for named in CAPITAL_OF.finditer(sentence)
            if (capital := _capitals().get(named["people"].lower()) if named["people"]
                else capital_of(gazetteer.country_code(named["country"]) or ""))
            and locative.holds(sentence[max(0, named.start() - 60):named.start("people") if named["people"] else named.start()])]


ONE_UNIT_OF_TWO = re.compile(r"\s+(?:district|sub-district|governorate|province|county|municipality|township|raion|directorate)\b(?!\s+and\b)", re.I)


# "In X, the air force's spokesman, Group Captain A B, told reporters": a speaker with a long title, no clause between
_TITLED_SPEAKER = re.compile(r",\s+(?:[\w'’.-]+\s+){2,12}?$")


def _speech_after_venue(sentence: str, end: int) -> re.Match[str] | None:
    """The speech verb that makes "In X" where someone spoke: within 60 characters, or 100 after a speaker's title."""
    venue = SPEECH.search(sentence, end, end + 100)
    return venue if venue is not None and (venue.start() <= end + 60 or _TITLED_SPEAKER.fullmatch(sentence, end, venue.start())) else None


def _listed_aside(sentence: str, set_aside: int | None, start: int, name: str, gazetteer: Gazetteer) -> bool:
    """Whether the name at start goes on the list of one set aside as a distractor, ending at set_aside ("talks in
    A and B", "launched from A, B and C in Russia and from D"; not "families displaced from A in B": where they are now)."""
    gap = sentence[set_aside:start] if set_aside is not None else None
    return gap is not None and bool(LIST_GAP.fullmatch(gap) or _BETWEEN.fullmatch(gap) or _IN_ITS_UNIT.fullmatch(gap)
                                    or _IN.fullmatch(gap) and (gazetteer.country_code(name) or UNIT_AFTER.match(sentence, start + len(name))
                                                               or _a_region(name, gazetteer)))


UNIT_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|state|krai|kray)\b", re.I)


def _a_region(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is best read as a province or a region ("from A in Crimea", "from B in the Krasnodar region": the
    unit a launch site set aside lies in)."""
    found = gazetteer.resolve(name)
    return found is not None and found[0].kind in ("admin1", "admin2")


@per_article
def places_in(sentence: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The places a sentence names as places where something happened, in order.

    Only names in a place's slot count ("in X", "near the village of X", "X province", "X was
    struck", the rest of a list). A whole chunk the gazetteer knows is one place; an unknown chunk is
    one unlocated place; "Northern Gaza" and "X of Y" are read for their known parts.
    """
    distractor, not_place, actor, locative, based, site, people, national = _patterns()
    # (asked of a chunk, then of the name it yields, which mostly starts where the chunk does)
    set_aside_at = functools.cache(lambda at: distractor.holds(sentence[max(0, at - 60):at])
                                   and not STRUCK_IN.search(sentence, max(0, at - 60), at))
    found: list[PlaceMention] = []
    line = place_line(sentence, gazetteer)
    aliases = [m.span(1 if m.group(1) else 2) for m in KNOWN_AS.finditer(sentence)]  # "X, also known as Y and Z": one place, three names
    set_aside: int | None = None  # where the last name set aside as a distractor ends: the names listed with it go too
    titled: bool | None = None  # whether the sentence is a title, every long word capitalised (asked once, when needed)
    for chunk in _chunks(sentence, gazetteer):
        start, end = chunk.start(), _trim(chunk)
        held = HELD_BY.match(sentence, start, end) or (None if NAME_GOES_ON.search(sentence, 0, start) else PEOPLE_OF.match(sentence, start, end))
        if held:  # "the Kurdish-held Afrin region", "Hamas-run Gaza", "Residents of X": the name after the qualifier
            start = held.end()
        if OPERATED_PLANT.match(sentence, end) and not _known(sentence[start:end], gazetteer) \
                and (tail := _operated_town(sentence[start:end], gazetteer)) is not None:
            start = end - len(tail)  # "the Lukoil Volgograd refinery": the town whose plant the company runs
        if titled is None:
            titled = _title_line(sentence)
        if titled and not _known(sentence[start:end], gazetteer) and (head := _known_head(sentence[start:end], gazetteer)):
            end = start + len(head)  # "Strikes on Port Sudan Leave City Dark": a title's words run on after the name
        name = sentence[start:end]
        if not name or people.match(sentence[end:]) or HELD.search(name) or PERSON_AFTER.match(sentence, end) \
                or PRONOUN_AFTER.match(sentence, end) and not IN_BEFORE.search(sentence, max(0, start - 10), start) \
                or STREET_AFTER.match(sentence, end) or STREET_AFTER.search(name) or RIVER_AFTER.match(sentence, end) \
                or (seat_of := BODY_SEAT_BEFORE.search(sentence, max(0, start - 60), start)) and SEAT_THEN_SAID.match(sentence, end) \
                and not _known(seat_of["body"], gazetteer) \
                or GOVERNMENT_IN.search(sentence, max(0, start - 40), start) and THEN_SPOKE.match(sentence, end) \
                or FAMILY_HOME.match(sentence, end) and _THE.search(sentence, 0, start) \
                or DAY_ABBREVIATION.fullmatch(name) and DAY_NUMBER_AFTER.match(sentence, end):
            continue  # "on Sadovaya Street": a street, whose name a town elsewhere may share
        if name.lower() in _rivers() and _THE.search(sentence, max(0, start - 4), start) and not OPENING_PLANT.match(sentence, end) \
                and not BUILDING_AFTER.match(sentence, end) and not SITE_NAMED_AFTER.match(sentence, end):
            continue  # "a town on the Don", "shot down over the Dnipro": the river (not "the Atbara power plant": the town's)
        if not sentence[:start].strip() and BUREAU_AFTER.match(sentence, end):
            continue  # "Kabul (ANA) — Jets struck ...": the bureau a wire story is filed from, not a place struck
        if VESSEL_BEFORE.search(sentence, max(0, start - 30), start):
            continue  # "struck the bulk carrier Laax": a ship's name, which a town may bear
        if CARRIED_BEFORE.search(sentence, max(0, start - 20), start):
            continue  # "the car carrying Haddad was hit": who rode in it, whom a village's name may match
        if WEAPON_NAME_BEFORE.search(sentence, max(0, start - 30), start) and WEAPON_NAME_AFTER.match(sentence, end):
            continue  # "hit by Emad missiles", "fired Zulfiqar missiles": a weapon's name, which a village may bear
        before = sentence[max(0, start - 60):start]
        if any(a <= start < b for a, b in aliases):
            continue
        # ("Hama airport and the X air base": the site after a town's name is no break in the list)
        site_after = found and SITE_NAMED_AFTER.match(sentence, found[-1].end, start)
        listed = bool(found) and bool(LIST_GAP.fullmatch(sentence, site_after.end() if site_after else found[-1].end, start))
        gap = sentence[found[-1].end:start] if found else ""  # "Maarat (Idlib)", "Daar (31km NW of Baardheere)"
        enclosing = bool(found) and bool(CONTAINER_GAP.fullmatch(gap)) and not _PLAIN_COMMA.fullmatch(gap)
        # "Residents of X", "in Helmand's Garmsir" (a country's is read as its theatre)
        # (a country's province named whole is a place too, at the province's level: "in Russia's Volgograd Oblast")
        # ("in Syria's Idlib": the code of the country that owns the name, when the index knows it there)
        owner = _of_country(name, found[-1].name, gazetteer) if found and OWNED.fullmatch(gap) else None
        owned = (held is not None and held.re is PEOPLE_OF) or (bool(found) and bool(OWNED.fullmatch(gap))
                                                                 and (not gazetteer.country_code(found[-1].name) or bool(PROVINCE_NAMED.search(name))
                                                                      or owner is not None))
        # (what is known already asked first: the slot is one whichever of its reasons holds)
        slot = bool(listed or enclosing or owned or line
                    or locative.holds(before) or STRUCK_AFTER.match(sentence[end:]) or LISTED_STRUCK_AFTER.match(sentence, end)
                    or SETTLEMENT_AFTER.match(sentence, end)
                    or _REGION_AFTER.match(sentence[end:])
                    or _THE.search(before) and ATTACK_NAMED_BY.match(sentence, end)
                    or _site_at().match(sentence[end:]) or _parallel(sentence, start, end, found)
                    or UNIT_CAPITAL.search(before) or POSSESSED_SITE.match(sentence, end) and _known(name, gazetteer) and not gazetteer.country_code(name)
                    # (a label the index cannot place, "Photo:", is a caption's; one in capitals, the bureau's dateline)
                    or labels(sentence, start, end) and not name.isupper() and _label_place(name, gazetteer)
                    # ("The Saratov refinery halted processing after a drone attack": a plant told by its town, as the subject)
                    or _THE_OPENS.fullmatch(sentence, 0, start) and OPENING_PLANT.match(sentence, end) and _known(name, gazetteer)
                    or _PLANT_OWNED.search(before) and OPERATED_PLANT.match(sentence, end) and _known(name, gazetteer)
                    and not gazetteer.country_code(name)
                    or OPERATED_PLANT.match(sentence, end) and _known(name, gazetteer) and _operator_before(before, gazetteer))
        if not slot or SPEAKER_VENUE.match(sentence[:start]) and (venue := _speech_after_venue(sentence, end)) \
                and not _LOCALS.search(sentence, end, venue.start()) and not _HARM_TOLD.search(sentence, end, venue.start()) \
                and not _speaks_of_venue(sentence, venue.end(), name in load("cues")["capitals"].values()) \
                or SPEAKERS_IN.match(sentence[:start]) and (said := SPEECH.search(sentence, end, end + 40)) \
                and PLACE_SAID.search(sentence, said.end()):
            if set_aside_at(start) or _listed_aside(sentence, set_aside, start, name, gazetteer):
                set_aside = end  # ("buses from A, B and C": the names listed with it go too)
            continue  # a name outside a place's slot is a person, a group or an outlet more often than a place
        if (set_aside_at(start) and not _struck_there(sentence, start) or _listed_aside(sentence, set_aside, start, name, gazetteer)) \
                and name.lower() not in CALENDAR_WORDS:
            reject(sentence, "reject.place_distractor", name)  # "telling reporters in X", "talks in Y and Z"
            set_aside = end
            continue
        if GROUP_AFTER.match(sentence, end) or MEDIUM_AFTER.match(sentence, end) \
                or POST_AFTER.match(sentence, end) and POSTED_IN.search(sentence, 0, start):
            continue  # "the offices of the X party": a party or movement named, though a village bears the name
        if STATE_FORCES_AFTER.match(sentence, end) or STATE_SAYS_AFTER.match(sentence, end) and RELATIVE_BEFORE.search(before) \
                and name in load("cues")["capitals"].values():
            continue  # "strikes by Kyiv's forces", "Moscow's troops": a capital named for its state's forces, not a place
        if ROAD_CODE.fullmatch(name) and CODED_BASE.match(sentence, end) and gazetteer.contains(name):
            spans = [(start, end, True)]
        elif _known(name, gazetteer) and (not _excluded(name, not_place, actor) or _FEDERAL_STATE.fullmatch(name)
                                          or _calendar_led(name, not_place, actor)) \
                and not ACRONYM.fullmatch(name):
            spans = [(start, end, True)]
        elif " of " in name and WATER.fullmatch(name.rsplit(" of ", 1)[0]) or BORDER_LINE.fullmatch(name):
            continue  # "the Gulf of Aden", "the Sea of Azov": water, not the town it is named after; "the Line of Control"
        elif " of " in name and _known(name.rsplit(" of ", 1)[1], gazetteer):  # "Shawal Valley of North Waziristan"
            head = start + name.rindex(" of ")
            unit = _UNIT_NAMED.search(name, 0, head - start)  # "Gusau Local Government Area of Zamfara": Gusau
            stem = start + unit.start() if unit else head
            spans = [(start, stem, False)] * (not _excluded(sentence[start:stem], not_place, actor)) + [(head + 4, end, True)]
        elif not _excluded(name, not_place, actor) and not ACRONYM.fullmatch(name) and not ROAD_CODE.fullmatch(name) \
                and not _BORDER_AFTER.match(sentence, end) and not national.match(name) \
                and not LEADER_OF.match(sentence, end) and not (DEMONYM_SHAPED.fullmatch(name) and (_COMMON_NOUN_AFTER.match(sentence, end) or _A_BEFORE.search(before))) \
                and not ((named := _site_named().fullmatch(name)) and _known(named["town"], gazetteer)) \
                and not OCCASION_AFTER.match(sentence, end) and (
                PREPOSITION.search(before) or STRUCK_AFTER.match(sentence[end:]) or listed or owned or PLACED_AFTER.match(sentence[end:])
                or _site_at().match(sentence[end:])):
            # an unknown name after "targeted" is a person as often as a place; "Berhani Village" is Berhani
            unit = _UNIT_WORD_AFTER.search(name)
            spans = [(start, start + unit.start() if unit else end, False)]
        elif (named := _site_named().fullmatch(name)) and _known(named["town"], gazetteer) \
                and not _excluded(named["town"], not_place, actor) and not BODY_NAMED_FOR.match(sentence, end):
            spans = [(start, end, False)]  # "struck the Saraqeb Grand Mosque": a site in a known town
        elif (unit := _UNIT_NAMED.search(name)) and not _excluded(name[:unit.start()], not_place, actor):
            # "the Bani Hashish District": a unit the name says it is ("bombed X Township": the township of a town the index knows)
            spans = [(start, start + unit.start(), _known(name[:unit.start()], gazetteer))]
        elif QUALIFIED.fullmatch(name):  # "Northern Gaza", "Idlib Countryside": the known name inside
            spans = [(a, b, True) for a, b in _known_spans(start, end, sentence, gazetteer, not_place, actor)]
        else:
            spans = []
        for a, b, known in spans:
            if set_aside_at(a) and not _struck_there(sentence, a) or based.match(sentence[b:b + 40]):
                reject(sentence, "reject.place_distractor", sentence[a:b])
                continue
            # "Port Sudan", "Port Said": a place the gazetteer knows by a name that holds a site word is no site
            # (not "the Ras Isa port north of Hodeidah": a place the index knows, measured from a town, is that place)
            at = _site_at().match(sentence[b:])
            at = None if at is not None and known and re.search(rf"^\s+(?:[\w-]+\s+)?(?:port|harbou?r|airport)\b.*\b(?:{_BEARING})\s+of\b",
                                                                  at.group(0), re.I) else at
            named_site = site.search(sentence[a:b]) and not known \
                or _site_after().match(sentence[b:]) or at or PLANT_IN.match(sentence[b:])
            mention = _mention(sentence, sentence[a:b], a, b, known, bool(named_site), found)
            # ("Russia's Belgorod", "Somalia's Lower Shabelle": a province a country owns is named as the province, a
            # strike's region, unless the name is only a town's)
            if owner is not None and a == start and gazetteer.resolve_region(mention.name, [owner]):
                mention = replace(mention, region=True)
            found.append(mention)
    # ("Muzaffarabad: missiles struck the Bilal mosque", "the Tariq mosque on a hillside above X": a building named for a
    # person, in the town the sentence names too, or "in the city" it is telling of; not its namesake village far off)
    # (not a region written in lower case: "across the Gaza strip")
    towns = [p for p in found if not p.region and not BUILDING_AFTER.match(sentence, p.end) and not WIDER_AFTER.match(sentence, p.end)]
    buildings = {p.start: b for p in found if _THE.search(sentence, 0, p.start) and (b := BUILDING_AFTER.match(sentence, p.end))}
    found = [p for p in found if not (p.start in buildings and (towns or IN_THE_TOWN.match(sentence, buildings[p.start].end())))]
    capitals = _capitals_named(sentence, locative, gazetteer)
    # ("Yemen's capital": the city, not the country that owns it)
    found = [p for p in found if not any(c.start <= p.start < c.end for c in capitals)]
    found = sorted(found + [c for c in capitals if not any(p.start <= c.start < p.end for p in found)], key=lambda p: p.start)
    found = [_without_people(m) for m in found]
    found = [replace(m, region=True) if _names_its_region(sentence, found[i - 1], m, gazetteer) else m
             for i, m in enumerate(found)]
    for i in range(len(found) - 1):
        if DESCRIBES.match(sentence, found[i].end) and found[i + 1].within is None and not _is_unit(sentence, found[i + 1], gazetteer):
            found[i], found[i + 1] = replace(found[i], region=True), replace(found[i + 1], within=found[i].name)
    for i in range(len(found) - 1):  # "Mayo, a poor district on the southern edge of Khartoum": a quarter of the town named next
        if found[i].within is None and APPOSED_QUARTER.fullmatch(sentence, found[i].end, found[i + 1].start):
            found[i] = replace(found[i], within=found[i + 1].name)
    for i in range(len(found) - 1):  # "the South Darfur capital Nyala", "the X regional capital Y": the unit whose capital is named
        if UNIT_CAPITAL.search(sentence, 0, found[i + 1].start) \
                and re.fullmatch(r"\s+(?:(?:regional|provincial|state|district|county|governorate)\s+)?capital,?\s+", sentence[found[i].end:found[i + 1].start]):
            found[i] = replace(found[i], region=True)
    for i in range(len(found) - 1):  # "in Helmand's Garmsir district": the province holds the district
        if OWNED.fullmatch(sentence[found[i].end:found[i + 1].start]) and not found[i + 1].site \
                and found[i + 1].within is None and not gazetteer.country_code(found[i].name) \
                and (_is_unit(sentence, found[i], gazetteer) or _district_of(sentence, found[i], found[i + 1], gazetteer)
                     or _town_of_province(found[i], found[i + 1], gazetteer)):
            found[i], found[i + 1] = replace(found[i], region=True), replace(found[i + 1], within=found[i].name)
    found = [replace(m, alternate=_alternate(sentence, m, not_place)) for m in found]
    found = [replace(m, containers=_containers(sentence, found[i:])) for i, m in enumerate(found)]
    for i in range(1, len(found)):  # "the Saraqeb and Kafranbel district": one unit named by two towns, not two strikes
        if found[i].coordinated and ONE_UNIT_OF_TWO.match(sentence, found[i].end) and _THE.search(sentence, 0, found[i - 1].start) \
                and re.fullmatch(r"\s+and\s+", sentence[found[i - 1].end:found[i].start]):
            found[i] = replace(found[i], coordinated=False)
    shared: str | None = None  # the plural unit word closing a list ("Hama and Idlib provinces")
    applied = False
    town: str | None = None  # the town a list of its quarters closes with ("the A, B and C neighbourhoods of X")
    for i in range(len(found) - 2, -1, -1):  # "in A, B and C areas in Zap region": the list shares its units
        # (not "the city of A and a building in the B district of C": a city named as one lies in no other town's unit)
        if found[i + 1].coordinated and not found[i].containers and not found[i].town:
            found[i] = replace(found[i], containers=found[i + 1].containers)
        plural = PART_OF.match(sentence[found[i + 1].end:])
        town = found[i + 1].within if plural and plural.group("plural") and found[i + 1].within else town if found[i + 1].coordinated else None
        if found[i + 1].coordinated and town and not found[i].within:
            found[i] = replace(found[i], within=town)
        after = _REGION_AFTER.match(sentence[found[i + 1].end:])
        if after:
            shared = after["word"][:-1] if after["word"].lower().endswith("s") else None
        elif not applied:
            shared = None  # the next name neither closes the list nor took its unit
        applied = bool(found[i + 1].coordinated and shared and not _REGION_AFTER.match(sentence[found[i].end:]))
        if applied:  # "in Khost and Paktika provinces", "Homs, Hama and Idlib provinces": every name of the list is one
            found[i] = replace(found[i], phrase=f"{found[i].phrase} {shared}", region=found[i + 1].region)
    return found


def _without_people(place: PlaceMention) -> PlaceMention:
    """ "the Beddawi Palestinian refugee camp": the camp is Beddawi; the people's name describes it."""
    peoples = TRAILING_PEOPLE.search(place.name)
    if peoples is None or peoples.start() == 0:
        return place
    # ("Fallujah as Iraqi jets struck": the conjunction left behind is no particle of the name)
    name = re.sub(rf"\s+{_PARTICLE}$", "", place.name[:peoples.start()])
    return replace(place, name=name, phrase=place.phrase.replace(place.name, name), end=place.start + len(name))


def _is_unit(sentence: str, place: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether a place is named as an administrative unit: "the Ain Sifra village of Harim district"
    is a village in a district, where "the Idlib town of Saraqeb" is a town in a province."""
    if place.region or _REGION_AFTER.match(sentence[place.end:]):
        return True
    found = gazetteer.resolve(place.name)
    return found is not None and found[0].kind != "place"


def _district_of(sentence: str, owner: PlaceMention, place: PlaceMention, gazetteer: Gazetteer) -> bool:
    """ "in Ghazni's Andar district": a district the index knows as one, owned by a name that is also a
    province, lies in that province (not "Kyiv's Darnytskyi district", a quarter of the city)."""
    if not _REGION_AFTER.match(sentence[place.end:]) or gazetteer.resolve_region(owner.name) is None:
        return False
    district = gazetteer.resolve_region(place.name)
    return district is not None and district[0].kind == "admin2"


def _town_of_province(owner: PlaceMention, place: PlaceMention, gazetteer: Gazetteer) -> bool:
    """ "in Idlib's Saraqib": a town the index places in the province the owning name is (a city that is also its
    province's name owns the towns of the province; not "Lviv's Sykhiv", a quarter of the city itself)."""
    region = gazetteer.resolve_region(owner.name)
    town = gazetteer.resolve(place.name, [region[0].country]) if region is not None else None
    city = gazetteer.resolve(owner.name, [region[0].country]) if region is not None else None
    return town is not None and town[0].kind == "place" and town[0].country == region[0].country \
        and town[0].admin1 == region[0].admin1 and town[0].name != region[0].name \
        and (region[0].kind == "admin1" or region[0].kind == "admin2" and town[0].admin2 == region[0].admin2) \
        and not (city is not None and city[0].kind == "place" and distance_km(city[0], town[0]) <= CITY_QUARTER_KM)


CITY_QUARTER_KM = 12  # a place this near the city that owns it by name is one of its quarters


def place_line(sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether a sentence is only a place and its region ("Tell Maraq, Idlib."), the
    line a report adds to say where the strike it just told fell."""
    match = _PLACE_LINE.fullmatch(sentence)
    region = gazetteer.resolve_region(match.group("region")) if match else None
    return region is not None and region[0].kind in ("admin1", "admin2")


def _names_its_region(sentence: str, previous: PlaceMention, place: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether "X, Y" names X's province or district rather than a second place: Y is an admin
    region, X is not one, the list goes no further ("Homs, Hama and Idlib" is a list) and X, if
    the gazetteer knows it, lies in Y."""
    if previous is place or not _PLAIN_COMMA.fullmatch(sentence[previous.end:place.start]) or place.region \
            or not place.known or _LIST_GOES_ON.match(sentence[place.end:]):
        return False
    region = gazetteer.resolve_region(place.name)
    if region is None or region[0].kind not in ("admin1", "admin2") or gazetteer.resolve_region(previous.name) is not None:
        return False
    town = gazetteer.resolve(previous.name, (region[0].country,)) if previous.known else None
    return town is None or town[0].admin1 in (None, region[0].admin1)


_NATURAL_FEATURE = re.compile(r"\s+(?:river|lake|sea|mountains?|range)\b", re.I)


def _containers(sentence: str, chain: list[PlaceMention]) -> tuple[str, ...]:
    """The units a place is said to lie in, smallest first: "in Nyaung Pin village, Kyaukme
    township (Kyaukme district, Shan State)" -> Kyaukme township, Kyaukme district, Shan State.
    A bare comma links only to a region or inside parentheses ("Homs, Hama" is a list)."""
    units: list[str] = []
    for previous, place in zip(chain, chain[1:]):
        gap = sentence[previous.end:place.start]
        if place.coordinated or place.site or not CONTAINER_GAP.fullmatch(gap):
            break  # "Zardana, near the X mosque": a site by the place, not a unit holding it
        if _NATURAL_FEATURE.match(sentence, place.end):
            break  # "X, near the Y river": a river by the place, not a unit holding it
        if _PLAIN_COMMA.fullmatch(gap) and (not (place.region or in_parentheses(sentence, place.start))
                                            or _SPEAKS_AFTER.match(sentence, place.end)):
            break  # ("struck a plant in Bryansk, Kyiv said": the capital that tells of it, no unit holding it)
        if place.name != previous.alternate:  # "Kuniska (Kunisqa) village in X": another spelling, not a unit
            units.append(place.phrase)
    return tuple(units)


def _alternate(sentence: str, place: PlaceMention, not_place: GatedBranches) -> str | None:
    """A second spelling of the name ("Werxele (Werexel)"), not the unit it lies in ("Al Jubah
    district (Marib)"): the two must look alike."""
    match = ALTERNATE.match(sentence[place.end:])
    if match is None or not_place.holds(match.group("alt")) or match.group("alt").split()[-1].lower() in STOP_WORDS:
        return None
    name, alt = (re.sub(r"[^a-z]", "", x.lower()) for x in (place.name, match.group("alt")))
    partial = fuzz.partial_ratio(name, alt)
    return match.group("alt") if partial >= 65 and (fuzz.ratio(name, alt) >= 55 or partial == 100) else None


def _chunks(sentence: str, gazetteer: Gazetteer) -> Iterator[re.Match[str]]:
    """The capitalised chunks of a sentence; two joined by "and" are one when the index knows them whole as a
    province or a country ("the Sistan and Baluchestan province of Iran"), not a list of two places."""
    chunks = [c for c in CHUNK.finditer(sentence)
              if not (_agency_tag(sentence, c.start(), c.end()) and not (c.group(0).isupper() and gazetteer.country_code(c.group(0))))]
    skip = False
    for chunk, following in zip(chunks, chunks[1:] + [None]):
        if skip:
            skip = False
            continue
        whole = sentence[chunk.start():_trim(following)] if following is not None \
            and AND_GAP.fullmatch(sentence, chunk.end(), following.start()) else ""
        found = whole and _known(whole, gazetteer) and gazetteer.resolve(whole)
        if found and found[0].kind in ("admin1", "country"):
            skip = True
            yield re.compile(re.escape(sentence[chunk.start():following.end()])).match(sentence, chunk.start())
        else:
            yield chunk


AND_GAP = re.compile(r"\s+and\s+")
# "GAZA CITY (Ma'an) --", "BEIRUT, Lebanon (AFP) -": the agency a wire dateline credits, which may bear a town's name
# (not "KORDOFAN MONITOR (SUDAN) -": a country in the dateline's capitals, which says where the report is)
_TAGGED_DATELINE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z'’. -]+(?:,[^()\n]{1,50})?\s*\($")
_TAG_CLOSES = re.compile(r"\)\s*(?:[—–-]|:)")


def _agency_tag(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end is the parenthesised credit of a capitalised dateline that opens a line."""
    return _TAG_CLOSES.match(text, end) is not None and _TAGGED_DATELINE.search(text, max(0, start - 80), start) is not None


# What `_trim` cuts off a chunk's end, in turn (compiled once: a text has hundreds of chunks)
_POSSESSIVE_END = first_char_checked(re.compile(r"(?:['’]s?|\.)$"))
_WEEKDAY_END = first_char_checked(re.compile(r"(?<=\w)\s+(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?$"))  # "near X Tue -- monitor": a bulletin's weekday
_AGENCY_END = first_char_checked(re.compile(r"(?<=\w)\s+(?:IDPs?|UN|UNRWA|WFP|MSF)$"))  # "the X IDP camp", "the X UNRWA school": whose site, not its name
# ("Israeli Strike on Damascus Kills 3", "Toll in Homs Rises": a title's verb, capitalised like the name before it)
_TITLE_VERB_END = first_char_checked(re.compile(r"(?<=\w)(?:\s+(?:Kills?|Killed|Hits?|Rises?|Says?|Said|Struck|Strikes?|Wounds?|Wounded|Injures?|Injured|Leaves?|"
                                                r"Claims?|Denies|Vows?|Warns?|Toll|Reports?))+$"))
# ("Strike on Kyiv Children's Hospital": whom the town's hospital is for, in a title's capitals)
_WHOSE_END = first_char_checked(re.compile(r"(?<=\w)\s+(?:Children|Women|Men)$"))
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _trim(chunk: re.Match[str]) -> int:
    """End of a chunk without its possessive and trailing qualifier ("Idlib Governorate", "Gaza City"
    stay whole only when the gazetteer knows them whole; the qualifier is read again by _mention)."""
    text = _POSSESSIVE_END.sub("", chunk.group(0))
    text = _WEEKDAY_END.sub("", text)
    text = _AGENCY_END.sub("", text)
    text = _TITLE_VERB_END.sub("", text)
    text = _WHOSE_END.sub("", text) if _POSSESSIVE_AFTER.match(chunk.string, chunk.end()) else text
    return chunk.start() + len(text)


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
TITLE_SHARE = 0.9  # the share of a title's longer words written with a capital


def _title_line(sentence: str) -> bool:
    """Whether a sentence is written as a title ("Easter Raid on Kharkiv Deadliest of the Spring"): four
    words or more of four letters or more, most of them capitalised, and no full stop at its end."""
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words) \
        and not re.search(r"[.!?][\"”’')]?\s*$", sentence)  # (a title has no full stop)


def _known_head(name: str, gazetteer: Gazetteer) -> str | None:
    """The longest run of a name's first words the gazetteer knows, shorter than the name ("Port Sudan" of "Port Sudan
    Have Brought War"), or None, as when the name opens with a compass word or a qualifier ("Central Homs")."""
    words = name.split()
    if re.fullmatch(_COMPASS + r"|central|greater|upper|lower|inner|outer|old|new", words[0], re.I):
        return None  # ("Central Homs": a qualifier, then the name, read as such elsewhere)
    return next((head for i in range(len(words) - 1, 0, -1) if _known(head := " ".join(words[:i]), gazetteer)), None)


def _operator_before(before: str, gazetteer: Gazetteer) -> bool:
    """Whether the words before a town's plant name who runs it ("Rosneft's", "the Lukoil", "Russia's"), not a
    place that holds the town."""
    operator = OPERATOR_BEFORE.search(before)
    name = re.sub(r"^the\s+|['’]s$", "", operator.group(0).strip()) if operator else ""
    return bool(name) and (not _known(name, gazetteer) or gazetteer.country_code(name) is not None)


def _operated_town(name: str, gazetteer: Gazetteer) -> str | None:
    """The known town that ends a name of two or three words the index does not know whole, before a plant's word
    ("Lukoil Volgograd" refinery: Volgograd), when the words before it name no place: the plant's operator."""
    words = name.split()
    for i in range(1, min(len(words), 3)):
        tail, head = " ".join(words[i:]), " ".join(words[:i])
        if _known(tail, gazetteer) and not _known(head, gazetteer) and not gazetteer.country_code(head):
            return tail
    return None


def _label_place(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a label names a place: one the index places alone, or a name of two words it knows ("Beit Lahia — a
    drone hit a car"), where a word alone ("Photo:", "Source:") may be a namesake village's."""
    return gazetteer.resolve(name) is not None or " " in name and _known(name, gazetteer)


def _known(name: str, gazetteer: Gazetteer) -> bool:
    return name.lower() not in STOP_WORDS and len(name) > 2 and gazetteer.contains(name)


def _of_country(name: str, country: str, gazetteer: Gazetteer) -> str | None:
    """ "in Syria's Idlib", "in Pakistan's Bannu": a name a country owns is a place when the index knows a
    place of that name in that country ("Israel's Netanyahu", "Russia's Shoigu" are no place there): that
    country's code, else None."""
    code = gazetteer.country_code(country)
    found = gazetteer.resolve(name, [code]) if code and _known(name, gazetteer) else None
    return code if found is not None and found[0].country == code else None


def no_place_word(name: str) -> bool:
    """Whether a capitalised word is one of the words a name is never a place by (`not_place_words`: "Yes", "This")."""
    _, not_place, *_ = _patterns()
    return not_place.holds_whole(name) or name.lower() in STOP_WORDS


def _calendar_led(name: str, not_place: GatedBranches, actor: GatedBranches) -> bool:
    """A name the index knows whole that opens on a month's whole name ("May Tsebri" in Tigray): a place, when the
    rest is a name too (not "May 5")."""
    head, _, rest = name.partition(" ")
    return head.lower() in MONTH_NAMES and rest[:1].isupper() and not _excluded(rest, not_place, actor) \
        and rest.lower() not in CALENDAR_WORDS


def _excluded(name: str, not_place: GatedBranches, actor: GatedBranches) -> bool:
    return bool(not_place.holds(name) or actor.holds(name) or name.lower() in STOP_WORDS or parse_number(name) is not None
                or re.fullmatch(_COMPASS, name, re.I))


def _known_spans(start: int, end: int, text: str, gazetteer: Gazetteer, not_place: GatedBranches,
                 actor: GatedBranches) -> list[tuple[int, int]]:
    """The longest sub-spans of a name chunk that the gazetteer knows, each word used once."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 5), i, -1):
            a, b = words[i][0], words[j - 1][1]
            name = text[a:b].rstrip("’'.,")
            # ("Maru Local Government Area": Maru; "Area" alone is a unit's word, not a namesake village)
            # (nor a site's word alone: "City Hospital No. 2" names no village called Hospital)
            if _known(name, gazetteer) and not _excluded(name, not_place, actor) and not re.fullmatch(_QUALIFIER_WORDS, name) \
                    and name.lower() not in load("cues")["site_words"]:
                spans.append((a, a + len(name)))
                i = j
                break
        else:
            i += 1
    return spans


UNIT_OF_BEFORE = first_char_checked(re.compile(r"(?:province|governorate|region|state) of\s+$", re.I))  # "the province of X": a region


def _mention(sentence: str, name: str, start: int, end: int, known: bool, site: bool, found: list[PlaceMention]) -> PlaceMention:
    before = sentence[max(0, start - 60):start]
    region_after = _REGION_AFTER.match(sentence[end:])
    phrase = name
    if _VICINITY_BEFORE.search(before):
        phrase = "near " + phrase
    landform = _LANDFORM_AFTER.match(sentence[end:])  # "camps in the Y hills near X": a range, X the town
    if region_after or landform:
        phrase += " " + (region_after or landform).group("word")
    named_province = bool(PROVINCE_NAMED.search(name))  # "Russia's Volgograd Oblast", "in Kharkiv Oblast"
    region = bool(region_after and region_after.group("word").lower() in _REGION_WORDS) or named_province \
        or bool(UNIT_OF_BEFORE.search(before)) or bool(landform or _WATER_OR_PEAK.match(name))
    # (not the other spelling the text gives in brackets: "a camp by Deir Hafer (Dayr Hafir) and a depot near Y")
    gap = ALTERNATE_SPELLING.sub("", sentence[found[-1].end:start], count=1) if found else ""
    # ("the X heavy water reactor and the nuclear site at Y", "the X facility and sites in Y": two targets of one raid)
    if found and (unit := _REGION_AFTER.match(gap) or SITE_NAMED_AFTER.match(gap) or FACILITY_NAMED_AFTER.match(gap)):  # "Zaporizhzhia city and the town of Orikhiv"
        gap = gap[unit.end():]
    between = bool(found) and bool(_BETWEEN_BEFORE.search(sentence, 0, found[-1].start))  # "the road between Tyre and Naqoura": one place
    coordinated = bool(found) and not between and bool(_COORDINATED.match(gap)) and not in_parentheses(sentence, start) and (
        "," not in gap or bool(re.search(r"\band\b", gap)) or bool(LIST_CLOSES.match(sentence, end))) \
        or _parallel(sentence, start, end, found) or _listed_site(sentence, gap, found) or _where_parallel(sentence, start, end, found)
    part_of = PART_OF.match(sentence[end:]) or _site_at().match(sentence[end:]) or PLANT_IN.match(sentence[end:]) \
        or site and _site_named().fullmatch(name)
    village = bool(_VILLAGE_BEFORE.search(before) or _VILLAGE_AFTER.match(sentence, end))
    # ("the market of X and the adjacent Y camp": Y lies at X, one raid, not a namesake of Y elsewhere)
    beside = found[-1].name if found and ADJACENT_GAP.search(gap) and not part_of else None
    return PlaceMention(name, phrase, start, end, known, region, coordinated and beside is None, site,
                        part_of.group("town") if part_of else beside, village=village, town=bool(_TOWN_BEFORE.search(before)))


@functools.cache
def _site_after() -> re.Pattern[str]:
    """"The X hospital", "near X mosque": a site named after a person or a family, not a place. A
    port or an airport is a place the gazetteer reads ("the Y port"), and so is the town a road leads
    to ("a car on the Batifa road"), unless the road bears a proper name ("Salah al-Din Road")."""
    # ("the Karak police station in Tank": a kind of station, hospital or school between the name and its word)
    # ("the Scientific Studies and Research Centre": a name that goes on past "and" to its capitalised site word)
    return re.compile(r"(?:\s+(?:and|for|of)(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}(?=\s+(?-i:[A-Z])))?"
                      r"\s+(?:(?:police|bus|railway|train|fire|petrol|gas|power|pumping|water|health|district|central|main|medical|community|"
                      r"shopping|cultural|sports|detention|distribution|aid|training|youth|trade|business|commercial|residential|"
                      # ("the X children's hospital in Tehran", "the X maternity clinic")
                      r"children['’]s|women['’]s|maternity|paediatric|pediatric|field|referral|teaching|eye|cancer|heart)\s+)?"
                      r"(?:" + alternation(w for w in load("cues")["site_words"] if w not in ("port", "airport", "road"))
                      + r"|(?-i:Road)\b)", re.I)


@functools.cache
def _site_named() -> re.Pattern[str]:
    """"The Maarat al-Numan National Hospital": a site named after the town it lies in."""
    words = alternation(w.title() for w in load("cues")["site_words"])
    return re.compile(rf"(?P<town>.+?)(?:\s+(?:National|International|Central|General|Surgical|Grand|Main|Old|New|State|Regional|City|Medical|Technical|Pedagogical|Air\s+Force|Military|Naval|Police|Oil|Gas|Thermal|Petrochemical|"
                      rf"Government|Governmental|Public|University|Teaching|Referral|Air|Civil|Municipal|District|Rural|Provincial|Children['’]s|"
                      # ("the X Dam Power Station", "the X Hydroelectric Plant": a plant named after the town it lies by)
                      rf"Power|Dam|Hydroelectric|Hydropower|Electricity|Water|Pumping|"
                      # ("the X Secondary School for Girls": a school named after its town)
                      rf"Secondary|Primary|Elementary|High|Preparatory|Basic|Model|Girls['’]?|Boys['’]?))*\s+{words}"
                      # ("the X Military Institute of Communications": the site's whole name)
                      rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?")


@functools.cache
def _site_at() -> re.Pattern[str]:
    """"Qaswa square in Saraqeb", "the Nour checkpoint, west of Kafranbel": a site named by a lowercase
    word, in the town named with it (the name alone is often a namesake elsewhere)."""
    words = [w for w in load("cues")["site_words"] if w not in ("house", "home")]  # "the X house": a family's
    # ("Evin prison in Tehran", "the X fuel depot in northwest Y": a prison or a depot, with a word of its kind before it)
    words = alternation(words + ["checkpoint", "square", "roundabout", "junction", "gate", "crossing", "prison", "jail", "depot", "barracks"])
    return re.compile(rf"\s+(?:(?-i:fuel|oil|ammunition|arms|weapons|military|central|main)\s+)?(?-i:{words})\b,?\s+"
                      rf"(?:in|at|near|outside|of|(?:{_BEARING}\s+)of)\s+(?:the\s+)?(?:(?-i:{_COMPASS}|central)(?:\s+of)?\s+)?"
                      rf"(?:(?:town|city)\s+of\s+)?(?P<town>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}))"
                      rf"(?![\w’'-]|\s+(?:{_UNIT}|in|of|border|frontier)\b)", re.I)  # "in the Nour neighbourhood": itself a part of a town


# "the Kursk nuclear power plant in the Russian town of Kurchatov": a plant named after a city, in the town named with it
# (not "the X refinery in the Y region": a region holds it, and the plant's own name is its town's)
# ("the X chip plant in the city of Y", "the X ammunition factory near Y": a works by its maker's name, in Y)
PLANT_IN = re.compile(r"\s+(?:(?-i:[a-z-]+)\s+){0,2}(?-i:plant|refinery|terminal|dam|factory|works)\s+"
                      r"(?:in|near|outside)\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+(?:an|ese|i))\s+(?=(?:town|city)\s))?(?:(?:town|city)\s+of\s+)?"
                      r"(?P<town>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))(?![\w’'-])(?!\s+(?:" + _UNIT + r"|region|oblast|province|krai)\b)")


def in_parentheses(sentence: str, position: int) -> bool:
    return sentence.rfind("(", 0, position) > sentence.rfind(")", 0, position)


# "in Somalia", "Iraq's Sinjar district", "on Afghan soil": the country where things happen.
# ("Ankara's ... Turkey's Defence Ministry announced": the state speaking, which may be the side that struck or the one struck)
_THEATRE_AFTER = re.compile(r"^(?:['’]s\s+(?:(?!(?:Defen[cs]e|Foreign|Interior|Ministry|Army|Air|Armed|Military|Government|"
                            r"President|Prime|General|National|Presidential|Embassy)\b)[A-Z]|"
                            r"(?:\w+\s+)?(?:province|governorate|region|district|state|capital|north|south|east|west)\b)"
                            r"|\s+(?:soil|territory|airspace|border|countryside)\b)")
# "ADEN, Yemen —": the country of a dateline is where the story is.
# A live page's entry labelled with its town: "05:30 Ramat Gan: a missile hit a building", "- Haifa: ..."
_LABEL_BEFORE = re.compile(r"\s*(?:(?:\d{1,2}[:.]\d{2}|[-*•–])\s*(?:[-–—|]\s*)?)?")
# ("- X (Y district, Z region), Thursday 6 November: a drone struck the fair": a digest's entry, with where and when)
_LABEL_AFTER = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:,\s*(?:(?-i:[A-Z][a-z]+day),?\s+)?(?:\d{1,2}\s+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\s+\d{1,2}))?"
                          r"\s*(?::|\s[—–])\s+(?:(?-i:[A-Z])|(?-i:[a-z]+)\s)")  # ("Gao: at least six died ...", "Gao — a drone hit ...")


def labels(sentence: str, start: int, end: int) -> bool:
    """Whether the name at start:end labels the sentence, as a live page labels an entry with its town
    ("05:30 Ramat Gan: a missile hit a building"): the place of the news, unless the news names a nearer one."""
    return bool(_LABEL_BEFORE.fullmatch(sentence[:start]) and _LABEL_AFTER.match(sentence, end))
_DATELINE_PLACE = re.compile(r"\A\s*(?:[^\n]*\n\s*)?(?-i:[A-Z][A-Z .'’-]+),\s*$")
# ("carried out by the United States", "officials said, blaming Turkey", "accused Iran of the attack": the side that struck)
_BY_BEFORE = first_char_checked(re.compile(r"\b(?:by|blam(?:ed|ing|es)|accus(?:ed|ing|es))\s+(?:the\s+)?$", re.I))


@functools.cache
def _attacker_after() -> re.Pattern[str]:
    """'US drone', 'Russian-led', 'US officials': a nationality naming who acts, not where."""
    nouns = load("actors")["military_nouns"] + [r"officials?", r"defen[cs]e", r"central command", r"administration", r"military\s+(?:strikes?|operations?)",
                                               r"soldiers?", r"personnel", r"marines?", r"special"]
    # ("Turkey had carried out 30 air attacks", "Turkey pressed on with drone strikes": the country that acts)
    return re.compile(r"^(?:-|\s+)(?:[a-z]+\s+)?" + alternation(nouns) + r"\b|"
                      r"^\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|launched|conducted|struck|bombed|raided|pressed\s+on\s+with|"
                      r"stepped\s+up|kept\s+up|resumed|intensified|escalated|expanded)\b", re.I)


def _country_weight(text: str, start: int, end: int) -> int:
    """Votes for the theatre a country's name casts: 3 in a place's slot ("in Afghanistan",
    "Iraq's Sinjar district", "ADEN, Yemen —"), 0 as the attacker ("US drone strike", "carried out by the United
    States"), or as an outlet's ("Saudi state television"): a nationality that strikes abroad, or reports
    on a war, would otherwise outvote the country struck, and its village namesakes would win. 1 otherwise
    ("no US casualties")."""
    locative = _patterns()[3]
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    if ABBREVIATED.fullmatch(text, start, end) and after.startswith("."):
        after = after[1:]  # "U.S. drone": the name read without its last stop
    if _LEADING_AFTER.match(after) or _OUTLET_AFTER.match(after) or _FORCES_ACT_AFTER.match(after) or _MISSION_AFTER.match(after):
        return 0
    if _ADDRESSED_BEFORE.search(before) or _SUPPLIED_BEFORE.search(before) or _MADE_AFTER.match(after):
        return 0  # "called on the United States and France to press Israel": governments appealed to, not the theatre
        # ("drones bought from Turkey": the seller, not the theatre; "U.S.-made missiles": the maker)
    if _BORDER_AFTER.match(after):
        return 1  # "a town close to the Cameroon border": a landmark the place is measured from, over the border
    if _attacker_after().match(after) and not _RULERS_AFTER.match(after) and not _RIGHT_AFTER_IN.search(before):
        return 0  # ("On Thursday a US drone killed six": the side's craft, whatever locative word came before)
    if locative.holds(before) or _THEATRE_AFTER.match(after) or _DATELINE_PLACE.search(text, 0, start):
        return 3
    if (_attacker_after().match(after) or _BY_BEFORE.search(before)) and not _RULERS_AFTER.match(after):
        return 0
    return 1


ABBREVIATED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# "U.S.-made missiles", "a Turkish-built drone": the maker of the weapon, not the theatre
_MADE_AFTER = re.compile(r"-(?:made|built|manufactured|designed|supplied|produced|donated)\b", re.I)
_RIGHT_AFTER_IN = re.compile(r"\b(?:in|into|inside|across|over|throughout)\s+$", re.I)  # "in Syria drone strikes ...": where
# "Iran's Revolutionary Guards fired missiles at X": the country whose named forces struck, not where
_FORCES_ACT_AFTER = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[\w-]+\s+){1,4}(?:fired|launched|struck|attacked|bombed|targeted|hit|carried\s+out)\b")
# "outside the U.S. embassy", "Russia's ambassador": a country's mission abroad, not its ground
_MISSION_AFTER = re.compile(r"\.?(?:['’]s)?\s+(?:embassy|embassies|consulate|ambassador|envoy|mission)\b", re.I)
# "a U.S.-led coalition", "Iran-backed militias": the country that leads or backs a side, even after "in a"
_LEADING_AFTER = re.compile(r"\.?-(?:led|backed|supported|sponsored)\b", re.I)
# "according to Saudi state news agency SPA", "Qatar-owned Al Jazeera", "Lebanon's state-run National News Agency":
# the country of an outlet, which reports a war
# it need not be in
_OUTLET_AFTER = re.compile(r"-(?:owned|funded)\b|(?:['’]s)?\s+(?:state(?:-run|-owned)?\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}?"
                           r"(?:news\s+agency|media|television|tv|radio|broadcaster|press\s+agency)\b", re.I)
# "Myanmar's junta", "the Syrian regime": a country's rulers, who bomb at home
_RULERS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:junta|regime)\b", re.I)


@functools.lru_cache(maxsize=4)
def _names_in_slots(text: str, gazetteer: Gazetteer) -> tuple[tuple[str, int, tuple[Any, int] | None], ...]:
    """Each country name of a text (with no reading), and each other name in a place's slot ("in
    X", "X province") that the gazetteer knows, once, with its best reading (remembered: an
    article's countries and regions are both read from them)."""
    return tuple(_slot_names(text, gazetteer))


QUARTER_OWNED = re.compile(r"(?-i:[A-Z])[\w-]+['’]s\s+$")
_QUARTER_WORDS = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "suburb", "area"})
_STATE_NAMED = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)\s+(?-i:State)")
# "jihadist networks in the Sahel": a part of the world that a province also names ("the Sahel region" of Burkina
# Faso), which votes for no country unless called a region
WORLD_PARTS = frozenset({"sahel", "maghreb", "levant"})


def _slot_names(text: str, gazetteer: Gazetteer) -> Iterator[tuple[str, int, tuple[Any, int] | None]]:
    voted: set[str] = set()
    _, not_place, actor, locative, *_ = _patterns()
    for name, start in _slot_pieces(text, gazetteer):
        if gazetteer.country_code(name):
            yield name, start, None
        elif name.lower() not in voted:
            before, after = text[max(0, start - 60):start], text[start + len(name):]
            state = _STATE_NAMED.fullmatch(name)  # "Sokoto State": the state by its own name, with its unit word
            if state is not None and gazetteer.resolve_region(state["name"]) is not None:
                name, after = state["name"], name[state.end("name"):] + after
            if name.lower() in voted or not _known(name, gazetteer):
                continue  # (asked first: the index answers from memory, where the slot's patterns search the text)
            unit, held = _REGION_AFTER.match(after), _CONTAINER_BEFORE.search(before)
            if not (unit or held or locative.holds(before) or _DAY_ENTRY.search(before)) or _excluded(name, not_place, actor) \
                    or name.lower() in WORLD_PARTS and not unit:
                continue
            if PART_OF.match(after) or QUARTER_OWNED.search(before) and unit and unit["word"].lower() in _QUARTER_WORDS:
                # "the Mayo district of southern Khartoum", "Khartoum's Mayo district": a quarter of the town named
                # with it, which votes for both (here and wherever else the quarter is named)
                voted.add(name.lower())
                continue
            voted.add(name.lower())  # a place told of ten times is still one place (and maybe one namesake)
            # "Achin district", "district, Baghlan", "(Tongomayel, Soum)": an administrative unit
            # by its slot, not a namesake town abroad
            region = held and held["of"] != "of" or unit and unit["word"].lower() not in _SETTLEMENT_WORDS
            # ("the Kurdistan region": the unit the index holds by that whole name, not a namesake province elsewhere)
            whole = f"{name} {unit['word'].title()}" if unit else ""
            found = whole and gazetteer.contains(whole) and gazetteer.resolve(whole) \
                or region and gazetteer.resolve_region(name) or gazetteer.resolve(name)
            # (not "X village of Borno State": the state the village lies in, by its unit word)
            village = state is None and (_VILLAGE_BEFORE.search(before) or _VILLAGE_AFTER.match(after))
            if found is not None and not (village and well_known(found[0].seat, found[0].population)):
                yield name, start, found  # "near the village of Baghdad" votes for no capital's country


# "3 Mar - Saraqeb. A hospital was ...": an incident list's entry, opened by its day and its town
_DAY_ENTRY = first_char_checked(re.compile(r"(?:^|\n)\s*(?:[0-3]?\d\s+(?-i:[A-Z])[a-z]{2,8}\.?|(?-i:[A-Z])[a-z]{2,8}\.?\s+[0-3]?\d)(?:,?\s+(?:19|20)\d\d)?"
                                           r"\s+[-–—]\s+$"))
_UNIT_JOINS = first_char_checked(re.compile(rf"\s+{_UNIT}\s+of\s+", re.I))
_UNIT_LAST = re.compile(rf"\s+{_UNIT}$", re.I)


def _slot_pieces(text: str, gazetteer: Gazetteer) -> Iterator[tuple[str, int]]:
    """Each capitalised name of a text with where it starts; a name the gazetteer does not know whole
    that strings units together ("Maru LGA of Zamfara State") is read as its units ("Maru", then
    "Zamfara"), each with the unit word after it, as a place's slot."""
    for chunk in _chunks(text, gazetteer):
        name = text[chunk.start():_trim(chunk)]
        units = list(_UNIT_JOINS.finditer(name))
        if not units or gazetteer.contains(name):
            yield name, chunk.start()
            continue
        start = chunk.start()
        for unit in units:
            yield name[start - chunk.start():unit.start()], start
            start = chunk.start() + unit.end()
        last = name[start - chunk.start():]
        yield _UNIT_LAST.sub("", last), start


# "the regional centre", "the region's capital", "Belgorod region's capital": a region's seat, named by its role
REGIONAL_CENTRE = first_char_checked(re.compile(r"(?:\bthe\s+(?:regional|oblast|provincial|region['’]s|province['’]s|oblast['’]s)|"
                                                r"\b(?:region|oblast|province)['’]s)\s+(?:centre|center|capital)\b", re.I))
REGION_NAMED = gated(re.compile(rf"(?P<name>{_WORD}(?:\s{_WORD})?)\s+(?:region|oblast|province|governorate|krai)\b"))  # not "Russia's"


def regional_centre(sentence: str, gazetteer: Gazetteer, countries: Sequence[str]) -> str | None:
    """The seat of the region a sentence names last ("in the Zaporizhzhia oblast"), when the region is
    named after its seat, as Ukraine's and Russia's oblasts and most provinces of the Middle East are:
    what a later "the regional centre" means. None when the region's seat has another name."""
    for named in reversed(list(REGION_NAMED.finditer(sentence))):
        region = gazetteer.resolve_region(named["name"], countries)
        if region is None:
            continue
        town = gazetteer.resolve(named["name"], countries)
        seat = town is not None and town[0].kind == "place" and town[0].seat in ("admin seat", "capital") \
            and town[0].admin1 == region[0].admin1
        return named["name"] if seat else None
    return None


def article_regions(text: str, gazetteer: Gazetteer, countries: Sequence[str]) -> tuple[str, ...]:
    """The provinces and districts an article names in a place's slot (or by their seat, "north-west
    of Kharkiv"), in its countries: of two namesakes in one country, the one in them."""
    regions = {name for name, _, found in _names_in_slots(text, gazetteer)
               if found is not None and (found[0].kind in ("admin1", "admin2") or found[0].seat in ("admin seat", "capital"))
               and (not countries or found[0].country in countries)
               and gazetteer.resolve_region(name, countries) is not None}
    return tuple(sorted(regions))


# a town in a country the article names outweighs a namesake abroad up to ten times its size
NAMESAKE_SHARE = 10


def article_countries(text: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The countries an article is about, most likely first: the context for geocoding its places.

    Countries named count most, except as the attacker (see `_country_weight`); every name in a place's slot ("in X") that the gazetteer knows votes
    for the country of its best reading, so a note that names only "Al Hudaydah" is read as Yemen. A
    country no one names, whose places have no more than half the votes of the best placed country,
    comes from a namesake ("Zap" in a note on Duhok also names a Swiss district) and is left out.
    """
    counts: Counter[str] = Counter()
    placed: Counter[str] = Counter()  # votes of place names alone
    named: set[str] = set()
    voters: dict[str, list[Any]] = defaultdict(list)  # the places whose names voted for each country
    for name, start, found in _names_in_slots(text, gazetteer):
        if QUARTER_LIST.match(text, start + len(name)) or QUARTER_LISTED_LATER.search(text, max(0, start - 160), start):
            continue  # "the Al-Riyadh and Texas neighbourhoods of Nyala": a town's quarters, whatever city abroad they are named after
        if found is None:
            weight = _country_weight(text, start, start + len(name))
            counts[gazetteer.country_code(name)] += weight
            if weight:
                named.add(gazetteer.country_code(name))
        elif found[0].kind != "country":
            counts[found[0].country] += 2 if found[0].kind == "admin1" else 1
            placed[found[0].country] += 2 if found[0].kind == "admin1" else 1
            voters[found[0].country].append((name, found[0]))
    # (named, as a country named in passing is: its places may outvote it; "the Houthi-run ministry": the group's country;
    # "HOME > NEWS > NORTH AND EAST SYRIA": the section of the page the report is filed under)
    for code in _countries_by_people(text) + _countries_of_groups(text) + _section_countries(text, gazetteer):
        counts[code] += 1
        named.add(code)
    most = max(placed.values(), default=0)
    # (naming no country, a report's dateline says where its names lie: "N'DJAMENA - Jets hit a camp near Bol" is Chad's Bol,
    # not the Croatian resort)
    datelined = set(_dateline_country(text, gazetteer))
    # a tie goes to the country named, then to the dateline's ("NYALA - ... hit the Malaja market": not the Spanish city)
    ranked = sorted(counts, key=lambda code: (-counts[code], code not in named, code not in datelined))
    named_or_datelined = named or datelined
    return tuple(code for code in ranked if code in named or 2 * placed[code] > most
                 and (code in datelined or not _namesakes_of_named(voters[code], named_or_datelined, gazetteer))) \
        or _dateline_country(text, gazetteer)


# "Kabul (ANA) —": a wire's dateline, its agency's name after the town, in whatever case the page writes the town
BUREAU_AFTER = re.compile(r"\s*\((?-i:[A-Z][\w.'’&-]{1,15})\)\s*(?:[—–-]{1,2}|:)\s")
# "GAZA CITY (Ma'an) --": the town a wire dateline opens with, in capitals
DATELINE_TOWN = re.compile(r"\s*(?P<town>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*)\s*[,(—–-]")


SECTION_LINE = re.compile(r"\s*\S.*(?:\s[>|»/]\s)")  # "Home > News > Syria", "World | Middle East": a page's path to the report
SECTION_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _section_countries(text: str, gazetteer: Gazetteer) -> list[str]:
    """The countries a page's section line names, in its first lines ("HOME > NEWS > NORTH AND EAST SYRIA"): the
    country the outlet files the report under, in whatever case the page writes it."""
    found = []
    for line in [line.strip() for line in text.splitlines() if line.strip()][:4]:
        if not SECTION_LINE.match(line):
            continue
        words = [m.group(0).title() for m in SECTION_WORD.finditer(line)]
        found += [code for n in (3, 2, 1) for i in range(len(words) - n + 1)
                  if (code := gazetteer.country_code(" ".join(words[i:i + n]))) is not None]
    return list(dict.fromkeys(found))


def _dateline_country(text: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The country of the town a report's dateline names, when nothing else in it names or places one ("GAZA CITY
    -- A missile hit a group of men in Beit Lahia": a town whose namesakes abroad the index cannot tell apart alone)."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:3]:
        town = DATELINE_TOWN.match(line) if DATELINE_PREFIX.match(line) else None
        found = gazetteer.resolve(town["town"].title()) if town is not None else None
        if found is not None and found[0].kind == "place":
            return (found[0].country,)
    return ()


# "hit the neighbourhoods of A, B and C": a town's quarters listed after the word, whatever places abroad bear their names
_QUARTER_NAME = r"(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])[\w'’-]*(?:[ -][\w'’-]+){0,3}"  # ("al-Sadd al-Aali")
QUARTERS_LISTED = first_char_checked(re.compile(rf"\b(?:neighbou?rhoods|quarters)\s+of\s+(?:{_QUARTER_NAME},\s+){{0,5}}(?:{_QUARTER_NAME},?\s+and\s+)?$", re.I))
# (a later name of that list, which votes for no country: not "the neighbourhoods of Nyala", the city itself)
QUARTER_LISTED_LATER = first_char_checked(re.compile(rf"\b(?:neighbou?rhoods|quarters)\s+of\s+(?:{_QUARTER_NAME},\s+){{0,5}}(?:{_QUARTER_NAME},?\s+and\s+|{_QUARTER_NAME},\s+)$", re.I))
# (not "Israeli strike on Beirut suburb kills four": a city's suburb, named by its city)
QUARTER_LIST = re.compile(r"(?:\s*,\s*[\w'’ -]{1,30}?){0,4}?(?:,?\s+and\s+[\w'’ -]{1,30}?)?\s+(?:neighbou?rhoods?|quarters?|suburbs\b|suburb\s+(?:of|in)\b)", re.I)


# "the Syrian town of X", "the Yemeni port city of X": a place's country named by its people
# ("330 km southwest of the Somali capital, Mogadishu": the capital named after a comma)
PEOPLE_OF_PLACE = first_char_checked(re.compile(rf"\bthe\s+(?P<people>(?-i:[A-Z])[a-z]+)\s+(?:[a-z-]+\s+){{0,2}}?(?:(?:{_UNIT}|capital|port|port\s+city)\s+of|capital,)\s+"
                                                rf"(?:(?-i:[a-z]{{1,3}})-)?(?-i:[A-Z])", re.I))


def _countries_of_groups(text: str) -> list[str]:
    """The home country of each armed group a text names (`actors.yaml` groups): where a strike on it, or one it
    reports, lies when the text names neither country nor place the index can read alone ("Israeli jets bombed the port
    of Hodeidah, the Houthi-run ministry said")."""
    return [country for country, names in _groups() if names.holds(text)]


@functools.cache
def _groups() -> tuple[tuple[str, GatedBranches], ...]:
    # ("Houthi-run": a word of a compound too; each name behind its gate, as a whole article is searched for every group)
    return tuple((entry["country"], gated_branches(r"\b", entry["aliases"], r"\b", re.I))
                 for entry in load("actors")["groups"] if entry["country"])


def _countries_by_people(text: str) -> list[str]:
    """The country of each place a text names by its people ("in the Iraqi city of Mosul"): a country
    the text names, so that its places are read there rather than as namesakes abroad."""
    countries = _countries_of_people()
    return [countries[people] for match in PEOPLE_OF_PLACE.finditer(text) if (people := match["people"].lower()) in countries]


@functools.cache
def _countries_of_people() -> dict[str, str]:
    """Each state's demonym (lower-cased) and its country's code."""
    return {demonym.lower(): state["country"] for state in load("actors")["states"] if state.get("country")
            for demonym in state["demonyms"] if demonym.isalpha()}


def _namesakes_of_named(voters: list[Any], named: set[str], gazetteer: Gazetteer) -> bool:
    """Whether every place name that voted for a country no one names also names a town of some size in a
    country the article names ("Palmyra" in a report that names Syria is Tadmur, not the bigger Palmira in
    Colombia; "Eilat" in one that names only Yemen is still Eilat, not a Yemeni hamlet of 12 people)."""
    def at_home(name: str, abroad: Any) -> bool:
        found = gazetteer.resolve(name, sorted(named))
        return found is not None and found[0].country in named \
            and (bool(found[0].seat) or NAMESAKE_SHARE * found[0].population >= abroad.population)
    return bool(named) and all(at_home(name, abroad) for name, abroad in voters)


# "the southern Lebanese city of Saida", "Saida, a Lebanese port": the country an adjective puts a town in
_UNIT_WORD = r"(?:city|town|village|port|capital|camp|district|province|region|governorate|oblast|border\s+(?:town|village|city))"


@functools.cache
def _demonyms() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Each state's country with its adjective before a unit word ("Lebanese city of") and after an appositive's article."""
    return tuple((e["country"], re.compile(alternation(e["demonyms"]) + r"\s+(?:[\w-]+\s+)?$", re.I),
                  re.compile(r"(?:[\w-]+\s+)?" + alternation(e["demonyms"]) + rf"\s+(?:[\w-]+\s+)?{_UNIT_WORD}\b", re.I))
                 for e in load("actors")["states"])


# "the Metina region of northern Iraq", "Metina, in northern Iraq": the country named right after a place
_IN_COUNTRY = first_char_checked(re.compile(r"(?![\w-])(?:\s+(?:region|area|district|province|governorate|mountains|valley|village|town))?(?:,?\s+(?:of|in)\s+(?:the\s+)?|,\s+)"
                                            r"(?:(?:far\s+)?(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?"
                                            r"(?P<country>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"))
_UNIT_OF = first_char_checked(re.compile(rf"\b{_UNIT_WORD}\s+of\s+(?:the\s+)?", re.I))
_APPOSED = re.compile(r",\s+(?:an?|the)\s+")
# "The Syrian sites lay near X", "the Iraqi targets were depots outside X": the targets of one country, then where
_SIDE_NEAR = re.compile(r"\b[Tt]he\s+(?P<adjective>(?-i:[A-Z])[\w-]+)\s+(?:targets?|sites?|positions?|facilit(?:y|ies)|strikes?)\s+"
                        r"(?:lay|lie|lies|was|were|is|are)\s+(?:[\w-]+\s+){0,6}?(?:in|near|outside|around|at)\s+(?:the\s+)?"
                        r"(?:(?:town|city|village)\s+of\s+)?$")


def _written_at(name: str, sentence: str) -> Iterator[int]:
    """Where a name is written in a sentence as a word of its own."""
    def apart(i: int) -> bool:  # (no letter, digit or hyphen joins the name there)
        return not (0 <= i < len(sentence) and (sentence[i].isalnum() or sentence[i] == "-"))
    start = sentence.find(name)
    while start >= 0:
        if apart(start - 1) and apart(start + len(name)):
            yield start
        start = sentence.find(name, start + len(name))


def country_told(name: str, sentence: str, gazetteer: Gazetteer) -> str | None:
    """The country (ISO2) the sentence's own words put a named place in, by a state's adjective ("the
    ancient Syrian city of Palmyra", "Tripoli, a northern Lebanese port") or by the country named right
    after it ("the Metina region of northern Iraq", "Metina, northern Iraq"); None if they name none. (Read at each place the name
    is written: a pattern made for each name would cost more than the rest of the reading.)"""
    for start in _written_at(name, sentence):
        end = start + len(name)
        if (after := _IN_COUNTRY.match(sentence, end)) and (found := gazetteer.country_code(after["country"])):
            return found
        unit = next((u for u in _UNIT_OF.finditer(sentence, max(0, start - 60), start) if u.end() == start), None)
        if unit is not None:
            before = sentence[max(0, unit.start() - 40):unit.start()]
            if found := next((country for country, adjective, _ in _demonyms() if adjective.search(before)), None):
                return found
        if (side := _SIDE_NEAR.search(sentence, 0, start)) and (found := next(
                (country for country, adjective, _ in _demonyms() if adjective.fullmatch(side["adjective"] + " ")), None)):
            return found  # ("The Syrian sites lay near X": in Syria, whatever namesake the report's country holds)
        if apposed := _APPOSED.match(sentence, end):
            if found := next((country for country, _, described in _demonyms() if described.match(sentence, apposed.end())), None):
                return found
    return None
