"""How many: counts of strikes and of people killed and wounded, in digits or words.

Figures are floors of what the text states ("at least 30" -> 30, "dozens" -> 12, "3-4" -> 3):
a casualty table must never show more than a source claimed. Killed and wounded are read from the
verb each number belongs to, so that the two can never be swapped.
"""
from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field, replace

from strikes.extract.clauses import outside
from strikes.extract.gate import first_char_checked, gated, gated_alternation
from strikes.extract.lexicon import DEMONYM_SHAPE, alternation, load
from strikes.limits import MAX_FIGURE

_WORDS = load("numbers")
UNITS: dict[str, int] = _WORDS["units"]
TENS: dict[str, int] = _WORDS["tens"]
SCALES: dict[str, int] = _WORDS["scales"]
VAGUE: dict[str, int] = _WORDS["vague"]

_WORD = "|".join(sorted({*UNITS, *TENS, *SCALES} - {"a", "an", "no", "pair", "couple", "single"}, key=len, reverse=True))
# "one hundred and five" is one number; "four and five" (a range, or two groups) is not.
_SPELLED = rf"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)\s+)?(?:{_WORD})(?:(?:\s+|-)(?:(?:(?<=hundred\s)|(?<=thousand\s))and\s+)?(?:{_WORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_QUALIFIER = alternation(_WORDS["qualifiers"])
NUMBER = first_char_checked(re.compile(
    rf"(?<![\w-])(?P<qualifier>(?:between|{_QUALIFIER})\s+)?(?P<value>{_DIGITS}|{_SPELLED}|{'|'.join(VAGUE)})"
    rf"(?P<range>\s*(?:-|–|to|or|(?<=\d)\s+and|(?<=[a-z])\s+and)\s*(?:{_DIGITS}|{_WORD}))?(?![\w])",
    re.IGNORECASE))
NOT_COUNT = re.compile(r"\s*(?:" + "|".join(_WORDS["not_counts"]) + r")(?![\w])|\s*(?:st|nd|rd|th)\b|[:.]\d|/\d", re.IGNORECASE)
CIVILIAN = re.compile(alternation(_WORDS["civilian_nouns"]), re.IGNORECASE)
KILLED = gated(re.compile(alternation(_WORDS["casualties"]["killed"]), re.IGNORECASE))
WOUNDED = gated(re.compile(alternation(_WORDS["casualties"]["wounded"]), re.IGNORECASE))
NONE_KILLED = gated(re.compile(alternation(_WORDS["casualties"]["none_killed"]), re.IGNORECASE))
TOGETHER = gated(re.compile(alternation(_WORDS["casualties"]["together"]), re.IGNORECASE))
NONE_WOUNDED = gated(re.compile(alternation(_WORDS["casualties"]["none_wounded"]), re.IGNORECASE))
ALL_CIVILIANS = gated(re.compile(alternation([p.replace("{civilian}", f"(?:{alternation(_WORDS['civilian_nouns'])})")
                                        for p in _WORDS["casualties"]["all_civilians"]]), re.IGNORECASE))
# "a boy was reportedly hurt", "killing a man and his three sons": "a" counts one person; so do "the" and
# "its" right after the verb ("killing the guard and his son", "killing its rider", "wounding the driver").
# ("a leading cause of civilian deaths": the noun of a person naming a kind of thing, not one person)
_NOT_A_PERSON_AFTER = r"(?![\w-])(?!\s+(?:deaths|casualties|fatalities|toll|areas?|sites?|targets?|infrastructure|objects?|population)\b)"
ONE_PERSON = first_char_checked(re.compile(r"(?:(?<![\w-])an?|(?:(?<=killing\s)|(?<=killed\s)|(?<=kills\s)|(?<=wounding\s)|(?<=injuring\s))(?:the|its|his|her|their))(?=\s+(?:[\w-]+\s+){0,3}?"
                                           + alternation(_WORDS["person_nouns"]) + _NOT_A_PERSON_AFTER + ")|"
                                           # "the driver died", "its pilot was killed": one person, the subject of a death or a wound
                                           r"(?<![\w-])(?:the|its|his|her|their)(?=\s+(?:[\w-]+\s+){0,2}?" + alternation(_WORDS["person_nouns"])
                                           + r"\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:\w+ly\s+)?(?:killed|died|wounded|injured|hurt)\b)|"
                                           # "the missile hit his car, killing him": the one person just told, by his pronoun
                                           r"(?:(?<=killing\s)|(?<=killed\s)|(?<=wounding\s)|(?<=injuring\s)|(?<=wounded\s)|(?<=injured\s))(?:him|her)(?![\w-])|"
                                           # "killing two Indians and a Pakistani": one of a people, with no noun after it
                                           r"(?<![\w-])an?(?=\s+" + alternation(_WORDS["people_members"])
                                           + r"(?:\s*[,.;)]|\s*$|\s+(?:and|who|was|were|in|on|at|near|from|died)\b))", re.IGNORECASE))
# "killing both", "wounding both men": the two just told
BOTH = gated(re.compile(r"(?:(?<=killing\s)|(?<=killed\s)|(?<=wounding\s)|(?<=injuring\s)|(?<=wounded\s)|(?<=injured\s))both\b", re.IGNORECASE))
# "killing a commander and his driver", "a woman and her son", "a mother and her ten-year-old nephew": one more person,
# named by its tie to the first
# ("a farmer, his wife and their three sons": a family listed, each one counted; not "a farmer, his brother said")
COMPANION = first_char_checked(re.compile(r"(?:(?<=\band\s)|(?<=,\s))(?:his|her|their)(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?![\w-]))(?=\s+(?:[\w-]+\s+){0,2}?"
                                          + alternation(_WORDS["person_nouns"]) + r"(?![\w-])(?!\s+(?:said|says|told|recalled|added)\b))", re.IGNORECASE))
# "the pilot, a 51-year-old father who ...": the same person described again, unless a list goes on ("the driver, a
# teacher and a farmer")
_PERSON_PHRASE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?" + alternation(_WORDS["person_nouns"]) + r"(?![\w-])", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*,?\s+(?:and|or)\s", re.IGNORECASE)
# "A doctor said 50 were killed": the person speaks, and is not counted.
# ("a doctor in the town said"; "a nurse put the toll at 22", "a medic gave a toll of 9": the person gives the count)
_SPEAKS = re.compile(r"\s+(?:[\w-]+\s+){1,6}?(?:said|says|told|reported|added|confirmed|"
                     r"(?:put|puts|putting|gave|gives|giving)\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:toll|count|figure|number))\b", re.I)
# A figure followed by one of these counts things, not people ("50 homes", "three generations").
# ("killing 72 in nearby villages": the village is where, not what, was counted; "killed 9 people herding
# goats": people were counted, and the goats are what they did)
_PEOPLE = r"(?:people|persons|men|women|children|(?:" + "|".join(_WORDS["person_nouns"]) + r")s)"
NOT_PEOPLE = re.compile(r"\s+(?:of\s+)?(?:(?!(?:in|at|near|on|from|across|around|inside|of|and|were|was|killed|dead|died|wounded|injured|"
                        + _PEOPLE + r")\s)[\w'’-]+\s+){0,2}?(?:" + "|".join(_WORDS["thing_nouns"]) + r")\b",
                        re.IGNORECASE)
# "tens of thousands of mourners followed the bodies", "thousands attended the funeral of those killed": a crowd and what
# it did, not the dead (not "killing 12 mourners")
CROWD = re.compile(r"\s+(?:(?:of\s+(?:thousands|hundreds)\s+)?(?:of\s+)?(?:mourners|protesters|demonstrators|supporters|marchers)\s+)?(?:(?:are|were|have|had)\s+)?(?:expected|gathered|"
                   r"attended|followed|marched|joined|turned|took|thronged|carried|chanted|rallied|poured)\b", re.I)
_GAP = r"(?:(?!(?:" + "|".join(_WORDS["count_gap_breaks"]) + r")\s)[\w-]+\s+){0,2}?"
# ("12 air and drone strikes": two kinds of one count)
_KINDS = r"(?:(?!(?:" + "|".join(_WORDS["count_gap_breaks"]) + r")\s)[\w-]+\s+(?:and|or)\s+)?"
STRIKE_COUNT = re.compile(r"\s+" + _KINDS + _GAP + alternation(_WORDS["strike_nouns"]) + r"(?![\w])", re.IGNORECASE)
# "dozens of missiles", "13 of the 19 drones": a volley counted, whatever the figure counts exactly
FIRE_COUNT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + alternation(_WORDS["strike_nouns"]) + r"(?![\w])", re.IGNORECASE)
# "an air strike hit ...", "a single drone strike": a strike told as one.
SINGLE_STRIKE = gated(re.compile(r"(?<![\w-])(?:an?|one|single)\s+(?:(?!(?:" + "|".join(_WORDS["not_single"] + _WORDS["count_gap_breaks"])
                              + r")\b)[\w-]+\s+){0,2}?(?:air ?strike|strike|air ?raid|raid|airstrike)(?![\w-])", re.IGNORECASE))
# "a woman, 62, who lived there": an age set off by commas after a person, not a count
AGE_BEFORE = re.compile(alternation(_WORDS["person_nouns"]) + r"\s*,\s*$", re.IGNORECASE)
AGE_AFTER = re.compile(r"\d{1,3}\s*,")
STRIKE_NOUN = first_char_checked(re.compile(alternation(_WORDS["strike_nouns"]), re.IGNORECASE))
# "a few hours after a raid on Y", "in answer to a strike": another strike, recalled.
OTHER_EVENT_LEAD = re.compile(alternation(_WORDS["other_event_leads"]) + r"[^,;]*$", re.IGNORECASE)
# "two civilians, a woman and a child": the people just counted, named again.
_APPOSITION = re.compile(r"\s*(?:[\w-]+\s+)?(?:people|civilians|persons|residents|members of (?:a|one|the same) family)\s*,", re.I)
# Between two tolls of one sentence: another source's account, not another group of dead.
# ("... were killed; the ministry put the toll at 91": the second account's own noun, just before its figure)
ANOTHER_ACCOUNT = re.compile(r"\b(?:while|whereas|but|however|according to|put the (?:death )?toll|said|reported|claimed)\b|"
                             r"\b(?:put|puts|putting)\s+(?:the|its|their)\s+(?:death\s+)?$", re.I)
OTHER_STRIKES = re.compile(r"\b(?:more|other|further|separate|another)\s+(?:air\s*)?(?:strikes?|raids?|attacks?|bombings?)\b", re.I)
RECEIVED_NO = re.compile(r"\b(?:received|heard|seen|aware\s+of)\s+$", re.I)
# Where a clause ends: a number on the far side belongs to another verb.
CLAUSE_BREAK = re.compile(r"[;:()\"“”]|,\s|\b(?:when|after|while|as|who|which|that|but|according|before|because|since|in an?|during)\b", re.IGNORECASE)
WITH_OTHERS = gated(re.compile(r"\b(?:killed|died|dead)\s+(?:along\s+|together\s+)?with\s+(?P<count>[\w-]+)\s+others\b|"
                         # "killed commander X and four others": one named, then the others ("and three other fighters",
                         # "and two of his companions")
                         r"\b(?:killed|killing|kills)\s+(?:[\w'’.-]+\s+){1,6}?and\s+(?P<also>[\w-]+)\s+(?:others|other\s+(?:fighters|members|militants|"
                         r"men|commanders|soldiers|people|civilians)|of\s+(?:his|her|their)\s+(?:companions|bodyguards|guards|aides|comrades|"
                         r"relatives|sons|children|brothers))\b", re.IGNORECASE))
# "A third person has died of wounds", "a fourth fighter later died": the toll now stands at that order
ORDINAL_DEAD = gated(re.compile(r"\b(?:a|the)\s+(?P<order>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                                r"(?:[\w-]+\s+)?(?:person|man|woman|child|boy|girl|civilian|fighter|soldier|victim|member|resident)\s+"
                                r"(?:has\s+|had\s+|later\s+|since\s+|also\s+){0,2}(?:died|succumbed|been\s+killed|was\s+killed)\b", re.IGNORECASE))
_ORDERS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# "We buried 85 people who were killed", "the 12 civilians that had been killed", "Nine people who had fled there
# were killed": the figure's own relative clause (that says nothing and counts nothing itself)
_WHO_CLAUSE = r"\s*(?:[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:(?!\b(?:said|says|told|saw)\b)[^\d,;.:()\"“”]){0,80}?"
COUNTED_WHO = re.compile(_WHO_CLAUSE + r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?", re.I)
# "Nine people who had gathered for a wedding died": the figure's own relative clause, then its own death
COUNTED_WHO_DIED = re.compile(_WHO_CLAUSE + r"\s", re.I)
# "Six villagers, three women and three boys, died", "Eight fighters, all of one unit, died": a count
# of the dead, then the same dead told again (in parts, or described) between commas before the verb
APPOSED = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+[^,;:()\"“”]{1,80}?,\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?)?", re.I)
# "Five soldiers, three farmers and two children were killed": groups listed, the last joined by "and", all the dead
LISTED = re.compile(r"[\w\s'’-]*(?:,\s*[\w\s'’-]+?)*,?\s*and\s[\w\s'’-]*")
PASSIVE = first_char_checked(re.compile(r"\b(?:was|were|been|be|being|is|are|got|get)\s+(?:\w+ly\s+)?$", re.IGNORECASE))
TRANSITIVE = first_char_checked(re.compile(r"(?:kill|killed|killing|kills|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|martyred|martyring|martyrdom|wounded|wounding|injured|injuring|injures|claimed the lives of|left|deaths?|bodies)\s*$", re.IGNORECASE))


@dataclass(frozen=True)
class Figure:
    """A number as written: its floor value and where it sits in the sentence."""

    value: int
    start: int
    end: int
    subset: bool  # follows "including": part of a figure already counted
    vague: bool = False  # "dozens", "scores", "a woman": a floor, not a count


@dataclass
class Casualties:
    killed: int | None = None
    civilians_killed: int | None = None
    wounded: int | None = None
    # the toll is only the floor of "dozens" or "scores": a count from another source beats it
    vague: bool = field(default=False, compare=False)
    # "the toll rose to 100": the latest figure, which replaces the earlier ones rather than disputing them
    revised: bool = field(default=False, compare=False)
    # "the governor at first spoke of five dead": a count the report says was superseded
    earlier: bool = field(default=False, compare=False)
    # "gave a lower toll of 9", "put the toll at 9": a count of all the dead, not of some of them
    total: bool = field(default=False, compare=False)
    # "another bomb killed three next door": the dead of one part of a raid, not an account of its toll
    part: bool = field(default=False, compare=False)
    # "the number of injured has risen to 134": the latest count of the wounded, which replaces the first
    wounded_revised: bool = field(default=False, compare=False)
    # "dozens were injured": the wounded counted only by a vague word, which a count beats
    wounded_vague: bool = field(default=False, compare=False)
    # "All five dead were civilians", "both victims were villagers": every one of the dead a civilian
    all_civilians: bool = field(default=False, compare=False)
    # "killing two al-Shabaab fighters": every one of the dead counted is named a fighter
    fighters: bool = field(default=False, compare=False)


def parse_number(text: str) -> int | None:
    """The floor value of a written number: "thirty-six" -> 36, "a dozen" -> 12, "1,200" -> 1200,
    "dozens" -> 12, "3-4" -> 3. None when the words are not a number."""
    match = NUMBER.fullmatch(text.strip())
    return _value(match.group("value")) if match else None


def _value(text: str) -> int | None:
    """The number, or None when it is beyond any plausible toll (left as text in the evidence)."""
    if sum(ch.isdigit() for ch in text) > len(str(MAX_FIGURE)):
        return None
    value = _written_value(text)
    return value if value is None or value <= MAX_FIGURE else None


def _written_value(text: str) -> int | None:
    words = re.sub(r"[-,]|\band\b|\bof\b", " ", text.lower()).split()
    if not words:
        return None
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    if "".join(words).isdigit():
        return int("".join(words))
    if len(words) == 1 and words[0] in VAGUE:
        return VAGUE[words[0]]
    if len(words) > 1 and words[0] in ("a", "an") and words[1] not in SCALES:
        words = words[1:]  # "an eight-year-old": the article, not one more
    total, current = 0, 0
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word in ("couple",):
            current += 2
        else:
            return None
    return total + current


YEAR_AS_COUNT = re.compile(r"(?:19|20)\d\d")
# "killing three men, two security officials said": the people who tell the toll
# ("..., two Pakistani intelligence officials said", "three witnesses and a nurse told AFP": who told it, however many)
_SPEAKERS = r"(?:officials|sources|witnesses|residents|medics|doctors|nurses|paramedics|rescuers|officers|people|workers|activists|" \
            r"journalists|reporters|survivors|relatives|elders|volunteers|members|commanders|spokes(?:men|women|people)|diplomats|monitors)"
SOURCES_SAID = re.compile(r"\s+(?:(?!(?:were|was|are|is|have|has|had|been|killed|died|dead|wounded|injured|hurt)\b)[\w'’-]+\s+){0,3}?" + _SPEAKERS + r"(?:\s+(?:and|or)\s+(?:an?|one|two|three|four|five|\d+)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+"
                          r"(?:said|say|says|told|added|confirmed|reported)\b", re.I)
# "one of the deadliest attacks of the war", "one of the worst": a rank, not one more dead
RANKED = re.compile(r"one\s+of\s+(?:the\s+)?(?:\w+est|most|worst|biggest)\b", re.I)
# "a strike on August 28 killed ...", "on 28 August": a day of a month, not a count
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
MONTH_BEFORE = re.compile(rf"(?-i:{_MONTH})\s+$")
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{_MONTH})\b")
PEOPLE_AFTER_DAY = re.compile(r"\s+(?:[\w-]+\s+)?(?:people|persons|civilians|children|women|men|fighters|soldiers|militants|villagers)\b", re.I)
# ("in 1996", "since 2014"; "after a 2019 operation killed ...", "the 2006 war": a year that names an event, never a count)
YEAR_BEFORE = re.compile(r"\b(?:in|since|of|during|until|till|by|from|between|and|or|to|early|late|mid|an?|the|its|their|this|that)[\s-]+$", re.I)


# "the toll rose from 12 to 21": the first count and the one that replaced it, not a range of two accounts
RISEN_FROM = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|grew|grown)\s+from\s+(?:an?\s+|the\s+)?"
                        r"(?:(?:initial|earlier|first|previous|preliminary|provisional)\s+)?$", re.I)
RISE_TO = re.compile(r"\s*to\s*")


# "four people were on board", "six men were inside the car": who was there, of whom the toll counts some
ON_BOARD = re.compile(r"(?:\s+(?:people|men|persons|crew(?:\s+members)?|passengers|occupants))?\s+(?:were|was|had\s+been)\s+"
                      r"(?:on\s+board|aboard|inside|in\s+the\s+(?:car|vehicle|boat|vessel|truck))\b", re.I)


def figures_in(sentence: str, skip: list[tuple[int, int]] = (), people: bool = True) -> list[Figure]:
    """Every count in a sentence, leaving out dates (the `skip` spans), ages, times and measures;
    with `people`, only counts of people ("50 homes" and "three generations" are not)."""
    found = []
    aboard: int | None = None  # where a count of those on board ends
    for match in _numbers(sentence):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in skip):
            continue
        if NOT_COUNT.match(sentence, end) or (start and sentence[start - 1] in "$#/:.-") \
                or re.search(r"\bno\s+$", sentence[max(0, start - 3):start], re.I) \
                or AGE_AFTER.match(sentence, start) and AGE_BEFORE.search(sentence[max(0, start - 40):start]):
            continue
        value = _value(match.group("value"))
        if value is None or match.group("value").lower() in ("a", "an"):
            continue
        if YEAR_AS_COUNT.fullmatch(match.group("value")) and YEAR_BEFORE.search(sentence, max(0, start - 12), start):
            continue  # "raids in 1996 and 2006 that left dozens dead": years, not a count
        if match.group("value").isdigit() and int(match.group("value")) <= 31 \
                and (MONTH_BEFORE.search(sentence, max(0, start - 12), start) and not PEOPLE_AFTER_DAY.match(sentence, end)
                     or MONTH_AFTER.match(sentence, end)):
            continue  # "since a strike on August 28 killed its prime minister": a day, not a count
        if people and (SOURCES_SAID.match(sentence, end) or RANKED.match(sentence, start)):
            continue  # "..., two security officials said": who told it; "one of the deadliest attacks": a rank
        if people and ON_BOARD.match(sentence, end):
            aboard = end  # ("four people were on board and two of them were killed": the two are the toll)
            continue
        if match.group("range") and " and" in match.group("range") and not (match.group("qualifier") or "").lower().startswith("between"):
            end = match.end("value")  # "8 militants and 3 civilians" is two figures, "between 18 and 22" one
        if (later := RISE_TO.match(match.group("range") or "")) and RISEN_FROM.search(sentence, max(0, start - 40), start):
            start = match.start("range") + later.end()  # "the toll rose from 12 to 21": the count now, not a range
            value = _value(sentence[start:end])
            if value is None:
                continue
        subset = _is_subset(sentence, start, end) and not (aboard is not None and start - aboard < 40)
        if people and (NOT_PEOPLE.match(sentence, end) or CROWD.match(sentence, end)):
            continue
        found.append(Figure(value, start, end, subset, match.group("value").lower() in VAGUE))
    if people:
        # "a woman was killed": one of the dead, a floor like "dozens" rather than a count of them
        ones = [m for m in ONE_PERSON.finditer(sentence) if not any(s < m.end() and m.start() < e for s, e in skip)
                and not _SPEAKS.match(sentence, m.end())]
        ones = [m for i, m in enumerate(ones) if not (i and _apposition(sentence, ones[i - 1], m))]
        ones += [m for m in COMPANION.finditer(sentence) if any(o.end() <= m.start() <= o.end() + 60 for o in ones)]
        found += [Figure(1, m.start(), m.end(), _is_subset(sentence, m.start(), m.end()), True) for m in ones]
        found += [Figure(2, m.start(), m.end(), False) for m in BOTH.finditer(sentence) if not any(s < m.end() and m.start() < e for s, e in skip)]
        found.sort(key=lambda f: f.start)
        found = _breakdowns_as_parts(sentence, found)
    return found


@functools.lru_cache(maxsize=256)  # within an article, a sentence's numbers are read for its toll and for its strikes
def _numbers(sentence: str) -> tuple[re.Match[str], ...]:
    return tuple(NUMBER.finditer(sentence))


# ", two Indian nationals and one Pakistani": a count's breakdown told right after it, joined by commas and "and"
_BREAKDOWN_OPENS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s+")
_BREAKDOWN_GOES_ON = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+)")


def _breakdowns_as_parts(sentence: str, found: list[Figure]) -> list[Figure]:
    """"killing three civilians, two Indian nationals and one Pakistani": the counts after a count that add up to it
    say who its dead were, not more dead."""
    for i, whole in enumerate(found):
        if whole.subset or whole.vague or i + 2 >= len(found) or not _BREAKDOWN_OPENS.fullmatch(sentence, whole.end, found[i + 1].start):
            continue
        parts = [found[i + 1]]
        while i + len(parts) + 1 < len(found) and _BREAKDOWN_GOES_ON.fullmatch(sentence, parts[-1].end, found[i + len(parts) + 1].start):
            parts.append(found[i + len(parts) + 1])
            if sum(p.value for p in parts) >= whole.value:
                break
        if len(parts) >= 2 and sum(p.value for p in parts) == whole.value:
            found = [replace(f, subset=True) if f in parts else f for f in found]
    return found


def _apposition(sentence: str, first: re.Match[str], then: re.Match[str]) -> bool:
    """Whether the person `then` names ("a 45-year-old man") stands in apposition to `first` ("the driver, ")."""
    phrase, own = _PERSON_PHRASE.match(sentence, first.end()), _PERSON_PHRASE.match(sentence, then.end())
    return phrase is not None and own is not None and sentence[phrase.end():then.start()] == ", " \
        and not _LIST_GOES_ON.match(sentence, own.end())


_RUNNING = _WORDS["running_total"]
COUNT_NOUN, CUMULATIVE, WEAK_CUMULATIVE, ONE_STRIKE, SINCE_DAY, A_STRIKE = (
    gated(re.compile(alternation(_RUNNING[key]), re.I)) for key in ("count_nouns", "cumulative", "weak", "one_strike", "since_day", "a_strike"))


# "the Palestinian death toll rose to 310": a people's toll, of a whole war (not a town's: "Kharkiv's toll")
NATIONAL_TOLL = re.compile(rf"\b{DEMONYM_SHAPE}\s+(?:death\s+)?(?:toll|tally)\b")
WOUNDED_WITH = re.compile(r",?\s+(?:with|and)\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|some)\s+)?\d[\d,]*\s+(?:others\s+)?(?:wounded|injured|hurt)\b", re.I)
# "Officials said 161 people were killed during the offensive": a figure of the dead, then what it counts over
WAR_DEAD = gated(re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:(?:were|have\s+been|had\s+been|was|has\s+been)\s+)?"
                            r"(?:killed|died|dead)\s+(?:so\s+far\s+)?(?=(?:in|during|throughout)\s+the\s)", re.I))


def running_totals(sentence: str) -> list[tuple[int, int]]:
    """The spans of a war's running total ("as the overall toll passed 38,000"): a count noun, the
    words it has before it in its phrase, and the first figure after it in its clause."""
    spans = []
    for noun in COUNT_NOUN.finditer(sentence):
        phrase_start = max(sentence.rfind(",", 0, noun.start()), sentence.rfind(";", 0, noun.start()), noun.start() - 40) + 1
        figure = next((m for m in NUMBER.finditer(sentence, noun.end(), min(len(sentence), noun.end() + 120))
                       if _value(m.group("value")) is not None and m.group("value").lower() not in ("a", "an")), None)
        if figure is None or re.search(r"[.;]", sentence[noun.end():figure.start()]):
            continue
        phrase = sentence[phrase_start:figure.start()]
        if CUMULATIVE.search(phrase) or WEAK_CUMULATIVE.search(phrase) and not ONE_STRIKE.search(phrase) \
                or NATIONAL_TOLL.search(phrase):
            wounded = WOUNDED_WITH.match(sentence, figure.end())  # ("... to 310, with more than 1,400 wounded": the war's too)
            spans.append((noun.start(), wounded.end() if wounded else figure.end()))
    for dead in WAR_DEAD.finditer(sentence):  # "161 Palestinians were killed during the offensive": no count noun
        if CUMULATIVE.match(sentence, dead.end()):
            spans.append((dead.start(), dead.end()))
    if not A_STRIKE.search(sentence):  # of strikes, not of "a strike" ("... has killed 12 since dawn" is its toll)
        for since in SINCE_DAY.finditer(sentence):
            clause = max(sentence.rfind(ch, 0, since.start()) for ch in ",;") + 1
            figures = [m for m in NUMBER.finditer(sentence, max(clause, since.start() - 80), since.start())
                       if _value(m.group("value")) is not None and m.group("value").lower() not in ("a", "an")]
            spans += [(figures[-1].start(), since.end())] if figures else []
    return spans


# (what `_is_subset` looks for before a figure, in its clause: searched from the characters they begin with)
# "killing three of them": the dead of a group just named, counted by the verb itself
# (and "neutralising about forty of them", a military's word for it)
COUNTED_BEFORE = first_char_checked(re.compile(r"\b(?:killing|killed|kills|neutrali[sz](?:ing|ed)|eliminat(?:ing|ed)|wounding|injuring)\s+"
                                               r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?$", re.I))
JOINED_BEFORE = first_char_checked(re.compile(r"\bof them\s+and\s+$", re.I))  # "killing three of them and a woman": one more
# ("the other five dead were fighters": the rest of a toll already given)
SUBSET_BEFORE = first_char_checked(re.compile(r"\b(?:including|among them|of them|of whom|among whom)\b|\bthe\s+(?:other|remaining)\s+$", re.I))


def _is_subset(sentence: str, start: int, end: int) -> bool:
    """Whether a figure is part of one already given ("including two women", "three of them", "one of
    the wounded died later", "the other four")."""
    segment = re.split(r"[,;(]", sentence[max(0, start - 60):start])[-1]
    counted = COUNTED_BEFORE.search(segment)
    joined = JOINED_BEFORE.search(segment)
    return bool(not joined and SUBSET_BEFORE.search(segment)
                or not counted and re.match(r"\s+(?:of them|of whom|of those|of the (?:dead|killed|victims|wounded|injured))\b", sentence[end:], re.I)
                # (not "Four of the victims were killed in the raid on X": the part of a toll one strike took)
                and not OWN_PART.match(sentence, end)
                or re.match(r"(?:\s+[\w-]+){0,3}\s+among\s+(?:them|the\s+(?:dead|victims|killed))\b", sentence[end:], re.I)
                # (not "the dead included women and children, and more than 80 others were wounded": others)
                or THE_DEAD_INCLUDED.search(sentence, 0, start) is not None and not re.match(r"\s+(?:others|more)\b", sentence[end:], re.I)
                # "after rescuers recovered two further bodies from rubble": what raised a toll, not the toll
                or re.match(r"\s+(?:more|additional|further)\s+bodies\b", sentence[end:], re.I) is not None)


OWN_PART = re.compile(r"\s+of\s+(?:them|the\s+(?:dead|victims))\s+(?:were|was)\s+(?:killed|wounded|injured)\s+(?:when|as|in)\b", re.I)
# "Residents said the dead included four children", "the dead included a mother and two of her sons": some of the
# dead, not their count
THE_DEAD_INCLUDED = gated(re.compile(r"\bthe\s+(?:dead|victims|killed)(?:\s*,[^,;.]{1,40},)?\s+included\b(?:(?!\b(?:that|while|whereas|but)\b)[^;.]){0,40}$", re.I))


# "The death toll from the strike on X rose to 18", "the number of people killed ... climbed to 35", "had risen from
# an initial four dead to 18": the latest count.
# ("killed in U.S. strikes ... climbed to 80": an initial's full stop is no sentence's end)
_REVISED_AGAIN = r"\b(?:rose|risen|climbed|increased|jumped)\s+to\s+\d[\d,]*\b[^.;]{0,60}?\band\b(?:[^.;]{0,30}?,)?\s+(?:then\s+|later\s+)?to\s*$"
TOLL_REVISED = gated_alternation(re.compile(r"\b(?:death\s+toll|toll|(?:death\s+)?(?:count|tally)(?!\s+of\s+(?:the\s+)?(?:wounded|injured|hurt|injuries))|number\s+of\s+(?:people\s+|civilians\s+|those\s+|victims\s+)?(?:killed|dead)|"
                          r"number\s+of\s+(?:martyrs|fatalities|deaths))\b"
                          r"(?:[^.;]|(?<=\b[A-Z])\.){0,140}?\b(?:rose|risen|rises|climbed|increased|jumped|reached|passed|stood|stands)(?:,[^,.;]{1,50},)?(?:\s+from\s+(?:[\w-]+\s+){1,4}?to|\s+(?:to|at))?\s*$"
                          # "the tally climbed to 30 on Friday and, by Sunday, to 41": the count the revisions end on
                          r"|" + _REVISED_AGAIN +
                          # "medics first counted 19 dead, but the figure had risen to 51 by Tuesday": the count of the dead
                          # just given, bare
                          r"|\b(?:dead|killed|deaths|bodies)\b[^.;]{0,80}?\b(?:the|that|this)\s+(?:number|figure|count|tally)\s+(?:had\s+|has\s+|later\s+)?"
                          r"(?:rose|risen|climbed|increased|jumped)\s+to\s*$"
                          # "two of the wounded died, bringing the toll to 11"
                          # ("..., bringing the count to five", "taking the number killed to seven")
                          # ("putting the toll from that strike at six": the strike's own count)
                          # ("bringing the number of people killed in the night's raid on the town's market to 14")
                          r"|\b(?:bringing|taking|raising|pushing|putting)\s+(?:the\s+)?(?:death\s+)?(?:toll|count|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths)|"
                          r"number\s+(?:of\s+(?:people\s+)?)?killed)(?:\s+(?:from|of|in|for)(?:\s+[\w'’-]+){1,8}?)?\s+(?:to|at)\s*$"
                          # "first gave 14 dead but later raised it by evening to 19", "then revised the figure upward to 14"
                          r"|\b(?:raised|revised|updated|lifted|increased|upped|lowered|reduced|corrected)\s+(?:it|(?:the|its|their|that|this)\s+(?:death\s+)?(?:toll|figure|count|estimate|tally|number))"
                          r"(?!\s+of\s+(?:the\s+)?(?:people\s+)?(?:injured|wounded|hurt|injuries)\b)"
                          r"(?:\s+[\w-]+){0,2}?\s+to\s*$"
                          # "the civil defence now says 22 were killed", "officials now put the toll at 20": a count that
                          # replaces one given before
                          r"|\bnow\s+(?:says?|saying|puts?|putting|gives?|reports?|reporting|counts?|counting|estimates?)\s+(?:that\s+)?"
                          r"(?:(?:the|its|their)\s+(?:death\s+)?(?:toll|count|figure|dead|number\s+of\s+dead)\s+(?:at|as)\s+|(?:the|this|that)\s+(?:[\w-]+\s+){0,5}?(?:killed|left)\s+)?$"
                          # "the health authority later put the toll at four": a count given after the first
                          r"|\b(?:later|since|subsequently|then)\s+(?:put|gave|set|revised)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|count|figure|tally)\s+(?:at|to)\s*$"
                          # "today's final figure: 53 dead": the last word on a toll
                          r"|\bfinal\s+(?:death\s+)?(?:figure|toll|count|tally)\b[^.;]{0,40}?$"
                          # "raised the number of dead from Sunday's raid to 21", "raised the toll from the strike in X to five"
                          r"|\b(?:raised|revised|updated|lifted|increased|upped)\s+(?:the|its|their)\s+(?:(?:number|count)\s+of\s+"
                          r"(?:people\s+|civilians\s+|those\s+)?(?:killed|dead)\b|(?:death\s+)?(?:toll|tally)\s+(?:from|of|for|in)\b)[^.;]{0,100}?\s+to\s*$", re.I))


# "90 were killed, the health ministry said in its latest statement": the newest count, which an older one told
# after it (a live page's entries run newest first) does not lower
LATEST_COUNT = gated(re.compile(r"\b(?:its|their|the)\s+(?:latest|most\s+recent|updated|newest)\s+(?:statement|update|toll|figures?|count|tally|"
                                r"report|bulletin|briefing)\b", re.I))
DEATH_WORD = re.compile(r"\b(?:death|toll|killed|dead|martyrs|fatalities|deaths)\b", re.I)


# "The governor at first spoke of five dead", "the ministry first gave a toll of 9", "after earlier reporting eight
# dead": an outdated count.
EARLIER = gated(re.compile(r"\b(?:initially|at first|first|earlier|previously|originally)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:reported|said|put|gave|given|counted|announced|stated|spoke of|reporting|putting|giving|announcing)\b[^.;]*$|"
                           r"\b(?:initial|first|early)\s+reports?\s+(?:say|said|says|put|gave|spoke\s+of)\b[^.;]*$|"
                           # ("On Tuesday evening, rescuers had reported seven dead": a count before the one the report now gives;
                           # not "the mayor told us his office had reported 90 dead", whose tense is only the speaker's)
                           r"(?:^|,\s+)(?!(?:[\w-]+\s+){0,3}?(?:said|say|says|told)\b)(?:[\w'’-]+\s+){0,3}?had\s+(?:reported|put|given|announced|spoken\s+of)\b[^.;]*$|"
                           # ("The previous toll, given by rescuers on Monday, stood at 31": the count a newer one replaced; not
                           # "an earlier toll of 31 rose to 40")
                           r"\b(?:previous|earlier|initial|first|original|preliminary|old)\s+(?:death\s+)?(?:toll|count|figure|tally|estimate)\b"
                           r"(?:\s*,[^.;,]{0,80},)?(?:\s+(?:stood\s+at|was|had\s+been)\b[^.;]{0,40})?$", re.I))


# "..., raising its initial tally of three dead": the count the sentence's own toll replaces
OUTDATED_COUNT = gated(re.compile(r"\b(?:its|their|the|an?|his|her)\s+(?:earlier|previous|initial|first|original)\s+(?:death\s+)?"
                            r"(?:count|toll|figure|tally|estimate)\s+of\s+(?:at\s+least\s+)?[\w-]+\b(?:\s+(?:people|dead|killed|deaths)\b)?(?!\s+to\b)"
                            # ("revising an earlier count of two dead and 48 wounded": both counts replaced)
                            r"(?:\s+and\s+(?:at\s+least\s+)?[\w-]+\s+(?:people\s+)?(?:wounded|injured|hurt)\b)?|"
                            # "five dead, up from four dead and 27 injured an hour earlier": the count this one replaces
                            r"\bup\s+from\s+(?:the\s+)?(?:at\s+least\s+)?[\w-]+\b(?:\s+(?:people\s+)?(?:dead|killed|deaths))?"
                            r"(?:\s+and\s+[\w-]+\s+(?:wounded|injured|hurt))?|"
                            # "11 dead, a higher toll than the six dead and 91 wounded it gave on Friday": the count compared
                            r"\b(?:higher|lower|larger|smaller|bigger)\s+(?:death\s+)?(?:toll|count|figure|tally|number)\s+than\s+(?:the\s+|its\s+)?"
                            r"(?:at\s+least\s+)?[\w-]+\b(?:\s+(?:people\s+)?(?:dead|killed|deaths))?(?:\s+and\s+[\w-]+\s+(?:people\s+)?(?:wounded|injured|hurt))?", re.I))


# "the toll could reach 30", "officials fear it may climb to 40": a figure foreseen, no count of the dead
PROJECTED = gated(re.compile(r"\b(?:toll|figure|count|number(?:\s+of\s+(?:the\s+)?(?:dead|deaths|victims|casualties))?|it)\s+(?:could|may|might|would|will|"
                             r"(?:is|was|are|were)\s+(?:likely|expected|feared|set)\s+to)\s+(?:(?:well|still|further|soon)\s+)?"
                             r"(?:reach|rise|climb|increase|exceed|top|pass|surpass|go\s+up|grow|be\s+(?:as\s+high\s+as|higher))\b"
                             r"(?:\s+(?:to|beyond|above|past|as\s+high\s+as))?\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?[\w,-]+", re.I))
AMONG_THOSE = re.compile(r"\bamong\s+(?:those|the(?:\s+people)?)\s*$", re.I)


# "the movement said three of its officers were killed in the raid": a side's own dead, some of the strike's
OWN_DEAD = re.compile(r"\b[\w-]+\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|commanders|leaders|men|soldiers|officers|"
                      r"militants|personnel|cadres)\b", re.I)
PART_OF_RAID = gated(re.compile(r"\banother\s+(?:[\w-]+\s+)?(?:bomb|missile|shell|strike|raid|drone)\b|"
                                r"\bone\s+of\s+the\s+(?:bombs|missiles|shells|strikes|raids|drones|houses|homes|buildings)\b|"
                                r"\b(?:a|the)\s+(?:second|third)\s+(?:bomb|missile|shell|strike|raid)\b|\bnext\s+door\b|"
                                # "killing 16 members of one family": one household among the dead
                                r"\bmembers\s+of\s+(?:one|a\s+single|the\s+same)\s+family\b", re.I))


# "Five died at the scene and five on the way to hospital", "four bodies were taken to one hospital and three to
# another": the dead told apart by where they died or lie, each count a part of the toll
DEAD_BY_WHERE = gated(re.compile(r"\b(?:died|killed|dead)\s+(?:at|on)\s+the\s+(?:scene|spot)\b|\bon\s+the\s+way\s+to\s+(?:the\s+)?hospital\b|"
                                 r"\bbodies\s+(?:were\s+|had\s+been\s+)?(?:taken|brought|carried|transferred)\s+to\s+(?:one|two|each|a|the\s+first)\b", re.I))


# "The number of injured has reached 134", "the count of wounded climbed to 31": the latest count of the wounded
WOUNDED_REVISED = gated(re.compile(r"\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:people\s+|civilians\s+|those\s+)?(?:injured|wounded|hurt|injuries)\b"
                                   r"[^.;]{0,140}?\b(?:rose|risen|rises|climbed|increased|jumped|reached|grew|grown)\s+(?:to\s*)?$|"
                                   # "raised the number of wounded to 12", "raised the death toll to 74 and the number of injured to 171"
                                   r"\b(?:raised|revised|updated|lifted|increased|upped|raising|bringing|taking)\b[^.;]{0,80}?\b(?:number|count|tally)\s+of\s+"
                                   r"(?:the\s+)?(?:people\s+)?(?:injured|wounded|hurt)\s+to\s*$", re.I))


def _revised_toll(sentence: str, figures: list[Figure]) -> Figure | None:
    revised = [f for f in figures if not f.subset and (told := TOLL_REVISED.search(sentence[:f.start]))
               and not (NOW_SAYS.match(told.group(0)) and not DEATH_WORD.search(told.group(0)) and not DEAD_AFTER.match(sentence, f.end))
               and not (PRIOR_TOLL.search(sentence, 0, told.start()) and STOOD.search(told.group(0)))]
    # ("climbed to 30 on Friday and to 41 by Sunday": the last of a chain of revisions)
    return next((f for f in reversed(revised) if REVISED_AGAIN.search(sentence, 0, f.start)), revised[0] if revised else None)


REVISED_AGAIN = re.compile(_REVISED_AGAIN, re.I)
# "The previous toll ... stood at 31": a toll told as replaced is no revision (EARLIER marks it outdated); "an earlier
# toll of 31 rose to 40" is
PRIOR_TOLL = re.compile(r"\b(?:previous|earlier|initial|first|original|preliminary|old)\s+(?:death\s+)?$", re.I)
STOOD = re.compile(r"\bst(?:ood|ands)\b", re.I)


# "officials now say 68 were hurt": a count now given is a revised toll only when it counts the dead
NOW_SAYS = re.compile(r"now\b", re.I)
DEAD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|died|deaths|martyred|martyrs|lost\s+their\s+lives)\b", re.I)


# "Two members of the KDU, the Kurdish Defence Units, died": a name spelt out between commas, which parts no
# count from its verb
APPOSITIVE_NAME = first_char_checked(re.compile(r"(?<=[A-Za-z)]),\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w'’-]*){1,5},(?=\s+(?-i:[a-z]))"))


def casualties_in(sentence: str, skip: list[tuple[int, int]] = ()) -> Casualties:
    """Killed, civilians killed and wounded as one sentence states them.

    Each casualty word takes the number it governs: the one right after an active verb
    ("killing 36 civilians"), else the nearest one before it in the same clause ("8 militants were
    killed"). Several groups in one clause add up; a group after "including" is a part of the total.
    """
    return copy.copy(_casualties(sentence, tuple(skip)))  # (a copy: the caller's own, whatever it does with it)


def forget_tolls() -> None:
    """Forget the sentences' tolls and numbers: nothing in extraction remembers a sentence from one
    article to the next (bench/throughput.py repeats sentences, which an answer remembered would flatter)."""
    _casualties.cache_clear()
    _numbers.cache_clear()


@functools.lru_cache(maxsize=256)  # within an article, a sentence's toll is asked by each rule that weighs it
def _casualties(sentence: str, skip: tuple[tuple[int, int], ...]) -> Casualties:
    result = Casualties()
    sentence = APPOSITIVE_NAME.sub(lambda m: " " * len(m.group(0)), sentence)  # offsets stay true
    outdated = [m.span() for m in [*OUTDATED_COUNT.finditer(sentence), *PROJECTED.finditer(sentence)]]
    figures = figures_in(sentence, [*skip, *running_totals(sentence), *outdated])
    verbs = sorted([(m, "killed") for m in KILLED.finditer(sentence) if not _said_of_things(sentence, m)]
                   + [(m, "wounded") for m in WOUNDED.finditer(sentence)], key=lambda item: item[0].start())
    together = [m.span() for m in TOGETHER.finditer(sentence)]
    revised = _revised_toll(sentence, figures)
    if revised is not None and any(re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", sentence[revised.end:start]) for start, _ in together):
        revised = None  # "the toll rose to 300 dead and wounded": a count of both, which revises neither
    used: set[int] = {revised.start} if revised is not None else set()  # "the number of martyrs rose to 9, and 20 wounded"
    wounded_now = next((f for f in figures if not f.subset and f.start not in used and WOUNDED_REVISED.search(sentence, 0, f.start)), None)
    if wounded_now is not None:
        used.add(wounded_now.start)
        result.wounded, result.wounded_revised = wounded_now.value, True
    previous_end = 0
    counted_at = -1  # where the killed figures so far were counted
    wounded_at = -1  # and the wounded
    revised_kind = "killed"  # the kind of the count a revision of "the figure" or "it" revises
    told_at = TOLL_REVISED.search(sentence[:revised.start]).start() if revised is not None else -1
    for match, kind in verbs:
        if told_at <= match.start() < (revised.start if revised is not None else -1):
            continue  # "raised the toll to three dead and 18 injured": the revision's own noun, whose figure is the revised one
        governed = _governed(sentence, figures, match, previous_end, used)
        previous_end = match.end()
        if any(start <= match.start() < end for start, end in together):
            used.update(figure.start for figure in governed)  # "killed or wounded 40": neither count is known
            continue
        # "Civil defence said 7 were killed, while the Observatory put the toll at 11": two accounts, not two groups
        other_account = kind == "killed" and counted_at >= 0 and bool(ANOTHER_ACCOUNT.search(sentence, counted_at, match.start()))
        # ("Medics said 19 were wounded, while the ministry said 25 were hurt": the wounded of two accounts, not added)
        other_wounded = kind == "wounded" and wounded_at >= 0 and bool(ANOTHER_ACCOUNT.search(sentence, wounded_at, match.start()))
        # "a strike on a house killed 11, with more strikes elsewhere leaving 10 dead": other strikes' dead
        if kind == "killed" and counted_at >= 0 and OTHER_STRIKES.search(sentence, counted_at, match.start()):
            break
        if counted_at >= 0 and SHOT_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
            used.update(figure.start for figure in governed)  # "..., and two others were shot dead by troops": not the strike's
            continue
        for figure in sorted(governed, key=lambda f: f.subset):  # totals first, then their parts
            used.add(figure.start)
            if revised is not None and figure.start < revised.start:
                revised_kind = kind
            civilian = _names_civilians(sentence, figure, match)
            if kind == "wounded":
                if not figure.subset and not result.wounded_revised:
                    result.wounded = min(result.wounded, figure.value) if other_wounded else (result.wounded or 0) + figure.value
                    result.wounded_vague = figure.vague and (wounded_at < 0 or result.wounded_vague)
                    wounded_at = match.end()
            elif figure.subset:
                if civilian:
                    result.civilians_killed = max(result.civilians_killed or 0, figure.value)
            elif other_account:
                result.killed = min(result.killed, figure.value)
            else:
                result.fighters = _names_fighters(sentence, figure, match) and (result.killed is None or result.fighters)
                result.vague = figure.vague and (result.killed is None or result.vague)
                result.killed = (result.killed or 0) + figure.value
                result.total = result.total or "toll" in match.group(0).lower()
                counted_at = match.end()
                if civilian:
                    result.civilians_killed = (result.civilians_killed or 0) + figure.value
    toll = TOLL_REVISED.search(sentence[:revised.start]).group(0) if revised is not None else ""  # "the civilian toll rose to 12"
    if revised is not None and revised_kind == "wounded" and not DEATH_WORD.search(toll):
        # "the first count was 14 wounded, but it raised the figure to 19": the count it revises is of the wounded
        result.wounded = revised.value
    elif revised is not None:  # the revised toll replaces the first count, it does not add to it
        result.killed, result.vague, result.revised, result.fighters = revised.value, revised.vague, True, False
        # "gave 14 dead, then raised it to 19 civilians": the civilians are the revised figure's
        result.civilians_killed = revised.value if CIVILIAN.search(_phrase_after(sentence, revised.end)[:80]) \
            or CIVILIAN.search(toll[:60]) else None
    others = WITH_OTHERS.search(sentence)
    if others:  # "Three cousins were killed with 15-18 others", "a pilot died along with 4 others"
        count = "count" if others.group("count") else "also"
        extra = [f for f in figures if others.start(count) <= f.start < others.end()]
        if extra and (extra[0].start not in used or count == "also" and result.killed == extra[0].value):
            result.killed = (result.killed or 1) + extra[0].value if count == "count" else extra[0].value + 1
    ordinal = ORDINAL_DEAD.search(sentence)
    if ordinal and result.killed in (None, 1):  # the toll the order gives, revised
        result.killed, result.revised, result.vague = _ORDERS[ordinal["order"].lower()], True, False
    if result.killed is not None and revised is None and counted_at >= 0:
        result.earlier = EARLIER.search(sentence, 0, counted_at) is not None
    if LATEST_COUNT.search(sentence):  # "..., the ministry said in its latest update": the count that stands, wherever told
        result.revised = result.revised or result.killed is not None and revised is None
        result.wounded_revised = result.wounded_revised or result.wounded is not None
    nobody = NONE_KILLED.search(sentence)
    if nobody and RECEIVED_NO.search(sentence, max(0, nobody.start() - 30), nobody.start()):
        nobody = None  # "the ministry said it had received no reports of civilian casualties": what it heard of, no count
    if nobody and CIVILIAN.search(nobody.group(0)):  # "no civilian was hurt": of the civilians, none; of fighters, not said
        result.civilians_killed = 0 if result.civilians_killed is None else result.civilians_killed
    elif result.killed is None and nobody:
        result.killed = 0
    if result.wounded is None and NONE_WOUNDED.search(sentence):
        result.wounded = 0
    result.all_civilians = bool(ALL_CIVILIANS.search(sentence))
    if result.all_civilians and result.killed is not None:  # "killing nine people, all of them civilians"
        result.civilians_killed = result.killed
    result.fighters = result.fighters and not result.civilians_killed
    if result.killed is not None and result.civilians_killed is not None:
        result.killed = max(result.killed, result.civilians_killed)
    result.part = result.killed is not None and bool(PART_OF_RAID.search(sentence) or OWN_DEAD.search(sentence)
                                                     or DEAD_BY_WHERE.search(sentence)) \
        or result.civilians_killed is not None and any(THE_DEAD_INCLUDED.search(sentence, 0, f.start) for f in figures)
    return result


# "four drones were shot down and one was neutralised", "eliminated two launchers": things put out of action, not people killed
_ENEMY_PEOPLE = r"\b(?:terrorists|militants|fighters|people|men|soldiers|insurgents|gunmen|bandits|members|rebels|jihadists|elements)\b"
CRAFT_BEFORE = re.compile(rf"\b(?:drones?|uavs?|missiles?|rockets?|projectiles?|shaheds?|gerans?|aircraft)\b(?:(?!{_ENEMY_PEOPLE})[^.]){{0,100}}$", re.I)
PEOPLE_AFTER = re.compile(rf"[^.;]{{0,30}}?{_ENEMY_PEOPLE}", re.I)


PEOPLE_BEFORE = re.compile(rf"{_ENEMY_PEOPLE}[^.;]{{0,30}}$", re.I)


def _said_of_things(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a military's word for killing is said of things: craft "neutralised", or launchers and depots
    "eliminated" (a count "eliminated" is of people only when they are named: "eliminated 12 terrorists")."""
    word = verb.group(0).lower()
    if word.startswith("eliminat"):
        return not (PEOPLE_AFTER.match(sentence, verb.end()) or PEOPLE_BEFORE.search(sentence, max(0, verb.start() - 60), verb.start()))
    return word.startswith("neutrali") and bool(CRAFT_BEFORE.search(sentence, 0, verb.start())) \
        and not PEOPLE_AFTER.match(sentence, verb.end())


# "The dead, all of them farmers, were three men and two boys": the people the dead were, counted
THE_DEAD = gated(re.compile(r"(?<!among\s)\bthe\s+dead$", re.I))
TOLL_WORD = re.compile(r"(?:death\s+)?toll", re.I)
ACRONYM_AFTER = re.compile(r"\s*\((?-i:[A-Z][A-Za-z-]{1,9})\)")
OF_THE = re.compile(r"\s+(?:of|among)\s+the\s+", re.I)  # "two of the dead": a part of them
THE_DEAD_WERE = re.compile(r"(?:\s*,[^,;.]{1,40},)?\s+(?:were|included)\b", re.I)


def _governed(sentence: str, figures: list[Figure], verb: re.Match[str], previous_end: int, used: set[int]) -> list[Figure]:
    """The figures a casualty word counts: after an active verb, else before it in its clause."""
    free = [f for f in figures if f.start not in used]
    listed = THE_DEAD_WERE.match(sentence, verb.end()) if THE_DEAD.search(sentence, 0, verb.end()) else None
    if listed or TRANSITIVE.search(verb.group(0)) and not PASSIVE.search(sentence[: verb.start()]):
        # ("killing the two men inside", "killing all four crew": the whole group, counted; "killing its three occupants")
        told = listed.end() if listed else verb.end()  # "The dead, all of them farmers, were three men and two boys"
        after = [f for f in free if f.start >= told
                 and re.fullmatch(r"\s*[\"“‘']?\s*(?:a total of|the lives of|of|(?:an? |an entire |the )?family of|another|a further|an additional|(?:all )?the|all|its|their|his|her)?\s*", sentence[told:f.start])]
        if after:
            chain = [after[0]]
            for figure in free:
                gap = sentence[chain[-1].end:figure.start]
                if figure.vague and figure.value == 1 and _APPOSITION.match(gap) and any(not f.vague for f in chain):
                    break  # "killing two civilians, a woman and a child": the two, named again
                if figure.start > chain[-1].start and re.fullmatch(
                        r"[\w\s'’-]{0,40}?(?:,|\band\b|,\s*and\b)\s*(?:including\s+|(?:his|her|their|its)\s+)?", gap) \
                        and not KILLED.search(gap) and not WOUNDED.search(gap) and not _other_kind_after(sentence, figure, verb):
                    chain.append(figure)
            return chain
    if AMONG_THOSE.search(sentence, 0, verb.start()):
        return []  # "Two aid workers were among those killed": some of a toll given elsewhere
    for figure in [f for f in free if previous_end <= f.end <= verb.start() and not f.subset]:
        if APPOSED.fullmatch(sentence, figure.end, verb.start()):  # the dead counted, then told again between commas
            return [figure] + [replace(part, subset=True) for part in free if figure.end <= part.start < verb.start()]
    before = []
    # ("One official put the death toll at 30": a toll counts the figure it is put at, never one before it)
    for figure in reversed([f for f in free if previous_end <= f.end <= verb.start()] if not TOLL_WORD.fullmatch(verb.group(0)) else []):
        gap = re.sub(r",\s*(?:including|among them|(?:most|many|all|some|\d+|[a-z]+) of them|mostly)\b[^,]*(?:,|$)", " ", sentence[figure.end:verb.start()])
        gap = re.sub(r"\bas well as\b", "and", gap)  # "12 insurgents as well as their trainers were killed": one group
        gap = ACRONYM_AFTER.sub("", gap)  # "Two members of the Syrian Democratic Forces (SDF) were killed": the group's short name
        if figure.subset:
            gap = gap.replace(",", " ", 1)
        if CLAUSE_BREAK.search(gap) and not LISTED.fullmatch(gap) and not COUNTED_WHO.fullmatch(gap) \
                and not (verb.group(0).lower() == "died" and COUNTED_WHO_DIED.fullmatch(gap)):
            break
        if len(gap.split()) > 12:
            break
        if THE_DEAD.search(sentence, 0, verb.end()) and not OF_THE.fullmatch(gap):
            break  # "Hundreds gathered to honour the dead": those who honour them, not the dead
        # "8 fighters and 3 civilians were killed": groups joined; "hundreds gathered to bury 21 villagers killed": not
        # ("Four civilians including a woman were killed": the total and its part, told with no commas)
        between = sentence[figure.end:before[-1].start] if before else ""
        if before and not re.search(r"(?:,|\band\b|\bplus\b|\bas well as\b)", between) \
                and not (before[-1].subset and re.search(r"\b(?:including|among\s+them)\b", between)):
            break
        before.append(figure)
    if before:
        return before
    put_at = verb.group(0).lower() == "dead" and re.match(r"\s+at\b", sentence[verb.end():])  # "put the dead at 90"
    if re.match(r"\s*(?:toll|death toll)", verb.group(0), re.I) or verb.group(0).lower() in ("toll", "death toll") or put_at:
        # ("the toll, raised from three on Monday": the figure it was, not the one it is)
        # ("put the death toll from Thursday's attack on the college at 89": the figure it is put at, however long the
        # strike's name before it)
        return [f for f in free if f.start >= verb.end() and (len(sentence[verb.end():f.start].split()) <= 4
                                                              or TOLL_PUT_AT.fullmatch(sentence, verb.end(), f.start))
                and not re.search(r"\bfrom\s+$", sentence[verb.end():f.start])][:1]
    return []


TOLL_PUT_AT = re.compile(r"\s+(?:from|of|in)\s[^,;.:]{1,90}?\sat\s+(?:(?:at\s+)?least\s+|about\s+|around\s+|some\s+|nearly\s+)?", re.I)


def _other_kind_after(sentence: str, figure: Figure, verb: re.Match[str]) -> bool:
    """ "the deaths of 11 civilians and 19 injured persons", "killed four people, and two were wounded": a figure its
    own casualty word of the other kind follows counts that kind, not the verb's; "and two others were shot dead by
    troops": the dead of fire on the ground, not the strike's."""
    word = _OWN_VERB_GAP.match(sentence, figure.end)
    at = word.end() if word else figure.end
    other = WOUNDED if KILLED.fullmatch(verb.group(0)) else KILLED
    return bool(word) and other.match(sentence, at) is not None or SHOT_AFTER.match(sentence, figure.end) is not None


# between a figure and its own verb: "two were wounded", "three others were also hurt", "19 injured"
_OWN_VERB_GAP = re.compile(r"\s+(?:(?:people|others|more|of\s+them|were|was|are|also|later|have\s+been|had\s+been)\s+){0,3}", re.I)
SHOT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:shot|gunned\s+down|stabbed)\b", re.I)  # "two men were shot and killed"
SHOT_BEFORE = re.compile(r"\b(?:shot|gunned\s+down|stabbed)\s+(?:and\s+)?$", re.I)  # "shot dead", "shot and killed"


def _phrase_after(sentence: str, end: int) -> str:
    """The noun phrase a figure counts when its verb comes first ("killing 36 civilians in X")."""
    return re.split(r"[,;.]|\b(?:and|in|on|at|when|after)\b", sentence[end:], maxsplit=1)[0]


def _counted(sentence: str, figure: Figure, verb: re.Match[str]) -> str:
    """The head of the noun phrase `figure` counts ("people" of "people, including a child")."""
    phrase = sentence[figure.end:verb.start()] if figure.end <= verb.start() else _phrase_after(sentence, figure.end)
    return re.split(r",|\bincluding\b|\bamong\b", phrase, maxsplit=1)[0]


def _names_civilians(sentence: str, figure: Figure, verb: re.Match[str]) -> bool:
    """Whether the noun phrase counted by `figure` names civilians ("36 civilians, including women")."""
    head = _counted(sentence, figure, verb)
    if FIGHTERS_COUNTED.match(head):
        return False  # "scores of bandits terrorising villagers": the fighters counted, not those they prey on
    return bool(CIVILIAN.search(head[:80]))


def _names_fighters(sentence: str, figure: Figure, verb: re.Match[str]) -> bool:
    """Whether the noun phrase counted by `figure` names fighters ("two al-Shabaab fighters", "a militant")."""
    return FIGHTERS_COUNTED.match(_counted(sentence, figure, verb)) is not None


def implied_toll(casualties: Casualties) -> tuple[Casualties, list[str]]:
    """A strike's toll with what the rest of it implies where the text gives no count, and the rules that
    implied it: nobody was hurt, so nobody died; all the dead were said to be civilians; nobody died; every
    one of the dead was named a fighter."""
    rules = []
    if casualties.killed is None and casualties.wounded == 0:
        casualties, rules = replace(casualties, killed=0), ["toll.none_hurt"]
    if casualties.killed is None:
        return casualties, rules
    if casualties.all_civilians and casualties.civilians_killed != casualties.killed:
        return replace(casualties, civilians_killed=casualties.killed), rules + ["toll.all_civilians"]
    if casualties.civilians_killed is not None:
        return casualties, rules
    if casualties.killed == 0:
        return replace(casualties, civilians_killed=0), rules + ["toll.none_killed"]
    return (replace(casualties, civilians_killed=0), rules + ["toll.fighters_only"]) if casualties.fighters else (casualties, rules)


# the fighters a figure counts, named first ("of suspected bandits", "armed militants")
FIGHTERS_COUNTED = re.compile(r"\s*(?:of\s+)?(?:the\s+)?(?:suspected\s+|armed\s+|alleged\s+)?(?:[\w-]+\s+)?"
                              r"(?:bandits?|militants?|fighters?|terrorists?|insurgents?|jihadists?|gunm[ae]n|rebels?|soldiers?|troops|militiam[ae]n|"
                              r"operatives?|combatants?)\b", re.I)


_PLACE_NAME = r"(?-i:(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’-]+(?:\s+(?:[A-Z]|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z])[\w'’-]+){0,3})"
# ("five in a house in A and three in a tent in B": where in each place they died, then the place)
_DIED_IN = r"\s+(?:of\s+(?:the|them|those)\s+(?:dead\s+|killed\s+|victims\s+)?)?(?:(?:people|civilians|were|was|died|killed|dead)\s+)*in\s+" \
    r"(?:(?:an?|the)\s+(?-i:[a-z-]+\s+){0,2}?(?-i:[a-z-]+)\s+(?:in|at|near)\s+(?:the\s+)?)?"
PER_PLACE = first_char_checked(re.compile(rf"(?<![\w-])(?P<n1>{_DIGITS}|{_SPELLED}){_DIED_IN}(?P<p1>{_PLACE_NAME})(?:\s+(?-i:[a-z]+)\s+of\s+{_PLACE_NAME})?"
                                          rf"\s*(?:,\s*and|,|and|while|whereas)\s+"
                                          rf"(?P<n2>{_DIGITS}|{_SPELLED}){_DIED_IN}(?P<p2>{_PLACE_NAME})", re.I))


# "killed 31, 13 of them in A", "killed 12, including three in A": the part of a wider toll that fell at one place
PART_IN = gated_alternation(re.compile(rf"\b(?:including|among\s+them|of\s+(?:them|whom))\s+(?P<n1>{_DIGITS}|{_SPELLED})(?:\s+(?:people|persons|civilians))?"
                     rf"\s+(?:(?:were\s+)?(?:killed|dead)\s+)?in\s+(?:(?:an?|the)\s+(?-i:[a-z-]+\s+){{0,2}}?(?-i:[a-z-]+)\s+(?:in|at|near)\s+(?:the\s+)?)?(?P<p1>{_PLACE_NAME})|"
                     rf"(?<![\w-])(?P<n2>{_DIGITS}|{_SPELLED})\s+of\s+(?:them|whom|those)\s+(?:(?:were\s+)?(?:killed\s+)?)?in\s+(?P<p2>{_PLACE_NAME})|"
                     # "Five of the dead were workers at a bakery in A"
                     rf"(?<![\w-])(?P<n3>{_DIGITS}|{_SPELLED})\s+of\s+the\s+(?:dead|victims)\s+(?:were|was)\s+[^.;]{{0,60}}?\bin\s+(?P<p3>{_PLACE_NAME})", re.I))


def tolls_by_place(sentence: str) -> dict[str, int]:
    """A toll split between the places of one raid: "six of those killed were in A and two in B" ->
    {"A": 6, "B": 2}; "killed 31, 13 of them in A" -> {"A": 13}."""
    found: dict[str, int] = {}
    for match in [*PER_PLACE.finditer(sentence), *PART_IN.finditer(sentence)]:
        groups = match.groupdict()
        for i in (1, 2, 3):
            count = groups.get(f"n{i}")
            value = parse_number(count) if count else None
            if value is not None:
                found[groups[f"p{i}"]] = value
    return found


# "killed 4, 3 and 2 people respectively", "killing seven and five people": one toll for each place of a list, in its order
_COUNT = rf"(?:{_DIGITS}|{_SPELLED})"
IN_ORDER = re.compile(rf"\b(?P<verb>killed|killing|kill|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+)?"
                      rf"(?P<counts>{_COUNT}(?:\s*,\s*{_COUNT})*,?\s+and\s+{_COUNT})\s+(?:people|persons|civilians|others)?"
                      rf"(?P<respectively>,?\s+respectively)?", re.I)


def tolls_in_order(sentence: str, names: list[str]) -> dict[str, Casualties]:
    """Tolls told as a list matching the list of places struck, in the same order: "strikes on A, B and C
    killed 4, 3 and 2 people respectively" -> {"A": killed 4, "B": killed 3, "C": killed 2}. Without
    "respectively" only a list right after the places, as long as theirs ("struck A and B, killing 7 and 5
    people"); empty otherwise."""
    tolls: dict[str, Casualties] = {}
    for match in IN_ORDER.finditer(sentence):
        counts = [parse_number(c.strip()) for c in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["counts"])]
        if len(counts) != len(names) or None in counts or not match["respectively"] and len(names) > 2:
            continue
        hurt = match["verb"].lower().startswith(("wound", "injur"))
        for name, count in zip(names, counts):
            before = tolls.get(name, Casualties())
            tolls[name] = replace(before, wounded=count) if hurt else replace(before, killed=count)
    return tolls


# Where one clause of a toll sentence ends and the next begins, strongest first
# ("Three died in A; in B five were hurt", "... in A, while five ...", "... in A, and five ...", "... in A and five ...")
CLAUSE_JOINS = [re.compile(r"\s*;\s*"), re.compile(r",?\s+(?:while|whereas|but)\s+"), re.compile(r",\s+and\s+"),
                re.compile(r"\s+and\s+"), re.compile(r",\s+")]


def tolls_by_clause(sentence: str, names: list[str], least: int = 2) -> dict[str, Casualties]:
    """Tolls told place by place in one sentence, a clause each ("killing three in A and wounding five in B",
    "Three died in A, while five were hurt in B") -> {"A": killed 3, "B": wounded 5}. Each place's clause
    runs from the join before its last naming to the join after it; empty unless `least` clauses hold a toll
    (one, where each place's strike is told on a day of its own)."""
    named = sorted((found[-1].start(), found[-1].end(), name) for name in dict.fromkeys(names)
                   if (found := list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence))))
    if len(named) < 2:
        return {}
    cuts = [0]
    for (_, end, _), (start, _, _) in zip(named, named[1:]):
        join = next((found for joins in CLAUSE_JOINS if (found := list(joins.finditer(sentence, end, start)))), None)
        if join is None:
            return {}
        cuts.append(join[-1].end())
    cuts.append(len(sentence))
    by_place = tolls_by_place(sentence)
    tolls: dict[str, Casualties] = {}
    for (_, _, name), (start, end) in zip(named, zip(cuts, cuts[1:])):
        casualties = casualties_in(sentence, outside((start, end), len(sentence)))
        tolls[name] = replace(casualties, killed=by_place[name]) if name in by_place else casualties
    hurt = [c for c in tolls.values() if c.killed is not None or c.wounded is not None]
    return tolls if len(hurt) >= least else {}


YEAR = re.compile(r"(?:19|20)\d\d")


def strike_count_in(sentence: str, skip: list[tuple[int, int]] = ()) -> int | None:
    """The number of strikes, raids or missiles a sentence states ("at least 30 strikes" -> 30, "two
    missiles slammed into ..." -> 2, "an air strike" -> 1); "dozens of strikes" counts none."""
    if (got := GOT_THROUGH.search(sentence)) is not None and (count := parse_number(got["n"] or got["n2"])) is not None:
        return count  # "fired more than 30 missiles, eight of which hit": the blows, not the launches
    for figure in figures_in(sentence, skip, people=False):
        if not figure.vague and (counted := STRIKE_COUNT.match(sentence, figure.end)) and not YEAR.fullmatch(sentence, figure.start, figure.end):
            if ACROSS_PLACES.match(sentence, counted.end()):
                continue  # "37 raids on a number of provinces, including 12 on X": the day's total, not X's
            return figure.value  # not "a May 2024 raid": a year
    if times := TIMES_STRUCK.search(sentence):
        return _TIMES[(times["times"] or times["after"]).lower().split()[0]]  # "aircraft twice struck the district": two strikes
    singles = [m for m in SINGLE_STRIKE.finditer(sentence) if not any(s < m.end() and m.start() < e for s, e in skip)]
    if len(singles) == 1 and len(STRIKE_NOUN.findall(sentence)) == 1 \
            and not OTHER_EVENT_LEAD.search(sentence, max(0, singles[0].start() - 40), singles[0].start()):
        return 1  # the one strike the sentence tells, not "hours after a raid on Y" or one of several
    crafts = [m for m in SINGLE_CRAFT.finditer(sentence) if not any(s < m.end() and m.start() < e for s, e in skip)]
    if not singles and len(crafts) == 1 and not SEVERAL.search(sentence) \
            and not OTHER_EVENT_LEAD.search(sentence, max(0, crafts[0].start() - 40), crafts[0].start()):
        return 1  # "a drone struck a car near X", "a car was hit by a drone": one craft, one blow
    return None


# "... raids on a number of provinces", "strikes across several districts": a count spread over places
ACROSS_PLACES = re.compile(r"\s+(?:on|across|in|over|against)\s+(?:a\s+number\s+of|several|various|multiple|many|numerous|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?:[\w-]+\s+)?(?:provinces|governorates|regions|districts|areas|towns|cities|villages|states|oblasts)\b", re.I)
# "launched 30 missiles, eight of them hit targets", "..., of which five struck": the ones that got through
GOT_THROUGH = gated(re.compile(rf"(?P<n>{_DIGITS}|{_SPELLED})\s+of\s+(?:them|which)\s+(?:\w+ly\s+)?(?:hit|struck|landed|got\s+through|reached)\b|"
                         rf"\bof\s+which\s+(?P<n2>{_DIGITS}|{_SPELLED})\s+(?:\w+ly\s+)?(?:hit|struck|landed|got\s+through|reached)\b", re.I))
# "jets twice struck the district", "bombed the market three times": how many blows, told as times
_TIMES = {"twice": 2, "three": 3, "four": 4, "five": 5}
TIMES_STRUCK = gated(re.compile(r"\b(?P<times>twice|(?:three|four|five)\s+times)\s+(?:struck|hit|bombed|targeted|raided|attacked)\b|"
                                r"\b(?:struck|hit|bombed|targeted|raided)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?P<after>twice|(?:three|four|five)\s+times)\b", re.I))
# "a drone struck a minibus", "an Iranian ballistic missile hit the hospital", "was hit by a drone": one craft or munition
# that struck, told in the singular
_CRAFT = r"(?:drone|uav|quadcopter|missile|bomb|warplane|jet|helicopter|shahed)"
_HIT = r"(?:struck|hit|slammed|smashed|crashed|exploded|landed|fell|destroyed|targeted|killed|wounded|injured|tore|ripped)"
SINGLE_CRAFT = gated(re.compile(rf"(?<![\w-])(?:an?|one|single)\s+(?:[\w-]+\s+){{0,3}}?{_CRAFT}(?=\s+(?:also\s+|then\s+|later\s+)?{_HIT}\b)|"
                                rf"\b(?:was|were)\s+(?:[\w-]+\s+)?(?:hit|struck|targeted|destroyed)\s+by\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{_CRAFT}\b", re.I))
# a sentence that tells of more than one: "drones", "two missiles", "strikes", "a wave of drones"
SEVERAL = re.compile(rf"\b(?:{_CRAFT}s|strikes|raids|airstrikes|volleys?|waves?|barrages?|salvos?)\b", re.I)


def counts_fire(sentence: str, skip: list[tuple[int, int]] = ()) -> bool:
    """Whether a sentence counts the strikes or missiles of a raid ("two missiles slammed into the
    market"): a specific fact, as a toll is, that tells a strike from a mention of strikes."""
    return any(FIRE_COUNT.match(sentence, figure.end) for figure in figures_in(sentence, skip, people=False))
