"""One event per strike: the reports of one strike merged, and what the whole article says about each.

All strikes on one place on one day are one event. Two accounts of one strike give the lowest certain
toll; two strikes told apart add their tolls. A strike the article only recalls is dropped.
"""
from __future__ import annotations

import datetime as dt
import math
import re

from geo.gazetteer import REGION_SPAN_KM, distance_km, spans
from strikes.extract.actors import OWN_FORCES, UNKNOWN, Actor, launcher_abroad, reporter_of
from strikes.extract.dates import DateMention
from strikes.extract.gate import gated
from strikes.extract.mention import Mention
from strikes.extract.numbers import Casualties
from strikes.extract.offsets import measured_from
from strikes.extract.trace import reject

# A strike this many days older than the report that tells of it is recalled, not reported.
BACKGROUND_DAYS = 30
# Villages this close, struck in one raid and told in one sentence, are one locality (ACLED's convention).
LOCALITY_KM = 20
# A district this far from its province's namesake seat can still lie in that province.
PROVINCE_KM = 150


def combine(first: Casualties, then: Casualties, other_source: bool) -> Casualties:
    """Two reports of one strike's toll. Figures from another source conflict, and the lowest is
    the certain floor, unless it is only the floor of a vague word ("dozens") and the other a count;
    a later sentence of the same report only fills what the first left out."""
    def pick(x: int | None, y: int | None) -> int | None:
        if x is None or y is None:
            return y if x is None else x
        return min(x, y) if other_source and not (then.part and not first.part) else x
    stale = then if then.earlier and first.killed is not None else first if first.earlier and then.killed is not None else None
    civilians = pick(first.civilians_killed, then.civilians_killed)
    if stale is not None:  # "the governor at first spoke of five dead": the superseded count gives way
        current = first if stale is then else then
        killed, vague, civilians = current.killed, current.vague, current.civilians_killed
    elif then.revised and then.killed is not None and not (first.revised and (first.killed or 0) > then.killed):
        killed, vague = then.killed, then.vague  # "the toll rose to 100": the latest figure stands (of two
        # revisions, the higher: "has risen to 19" told before "on Wednesday the ministry raised it to 17")
    elif first.revised and first.killed is not None:
        killed, vague = first.killed, first.vague  # an earlier count told after the revision does not lower it
    elif first.killed is not None and then.killed is not None and first.vague != then.vague and other_source:
        killed, vague = (then.killed, False) if first.vague else (first.killed, False)
    else:
        killed, vague = pick(first.killed, then.killed), first.vague if first.killed is not None else then.vague
    if killed is not None and civilians is not None:
        # "the ministry put the revised toll at 40; elders counted 70 civilian dead", "medics said
        # 15 civilians were killed; the monitor gave a lower toll of 9": a stated toll that set another
        # account aside is not raised by that account's civilians
        set_aside = [c for c in (first, then) if c.killed is not None and c.killed != killed]
        stated = any(c.killed == killed and (c.revised or c.total) for c in (first, then))
        if stated and any(c.civilians_killed == civilians for c in set_aside):
            civilians = min(civilians, killed)
        killed = max(killed, civilians)  # the civilians killed are among the dead: no lower figure can hold
    # ("first gave four dead and 29 wounded", then "six killed and 33 wounded": the superseded count's wounded go too)
    wounded = current.wounded if stale is not None and current.wounded is not None else pick(first.wounded, then.wounded)
    if first.wounded is not None and then.wounded is not None and first.wounded_vague != then.wounded_vague:
        wounded = then.wounded if first.wounded_vague else first.wounded  # ("dozens injured", then "63 wounded": the count)
    revisions = [c.wounded for c in (first, then) if c.wounded_revised and c.wounded is not None]
    if revisions:  # "the number of injured has risen to six": the latest count of the wounded stands
        wounded = max(revisions)
    # (a first count told into a strike that had none is still the first: a later one supersedes it)
    earlier = first.earlier and then.killed is None or then.earlier and first.killed is None
    return Casualties(killed, civilians, wounded, vague, first.revised or then.revised,
                      earlier, any(c.killed == killed and c.total for c in (first, then)),
                      wounded_revised=bool(revisions), all_civilians=first.all_civilians or then.all_civilians,
                      wounded_vague=wounded is not None and all(c.wounded_vague for c in (first, then) if c.wounded == wounded),
                      # (the dead are all fighters only when every account that counts them says so)
                      fighters=any(c.fighters for c in (first, then)) and all(c.fighters or c.killed is None for c in (first, then)))


def _added(first: Casualties, then: Casualties) -> Casualties:
    def plus(x: int | None, y: int | None) -> int | None:
        return None if x is None and y is None else (x or 0) + (y or 0)
    return Casualties(plus(first.killed, then.killed), plus(first.civilians_killed, then.civilians_killed),
                      plus(first.wounded, then.wounded), first.vague or then.vague)


def _key(mention: Mention) -> tuple[str, dt.date | None]:
    name = mention.place.name.lower() if mention.place else ""
    # ("a depot 120 km east of X was hit" and "strikes in X killed six": two places, one named by the other)
    measured = measured_from(mention.place.name, mention.sentences[0]) if mention.place and mention.sentences else None
    return (f"{name} ({measured})" if measured else name), mention.date.date if mention.date else None


# "in the same wave", "during the same raid": the raid just told, told again at another spot
SAME_WAVE = re.compile(r"\b(?:in|during|as\s+part\s+of)\s+the\s+same\s+(?:wave|raid|strike|attack|salvo|barrage|volley|bombardment|sortie)\b", re.I)


def merged(mentions: list[Mention]) -> list[Mention]:
    """One mention per strike: same place and day merge; a placeless mention joins the strike of
    the same day (or stays, if there is none); a province-level mention ("air raids on Idlib") joins
    a strike told in detail in that province."""
    mentions = _titles_told_next(mentions)
    merged: dict[tuple[str, dt.date | None], Mention] = {}
    undated: Mention | None = None  # "An air raid killed seven by mistake." then "They died on Wednesday, when jets bombed X"
    for mention in mentions:
        key = _key(mention)
        if undated is not None and mention.place is not None and _same_side(undated, mention):
            absorb(mention, undated, "merge.placed_next")
        undated = None
        if mention.place is None:
            same_day = [m for k, m in merged.items() if k[1] == key[1] and _same_side(m, mention)]
            if same_day:
                if len(same_day) > 1:  # "strikes killed four" of raids on A, B and C: the toll of none of them
                    mention.casualties = Casualties()
                absorb(same_day[-1], mention, "merge.same_place_day")
                continue
            undated_before = [(k, m) for k, m in merged.items() if m.place is not None and m.date is not None and m.date.start < 0]
            if len(undated_before) == 1 and mention.date is not None and mention.date.start >= 0 and mention.date.precision == "day" \
                    and _same_side(undated_before[0][1], mention) and THE_STRIKE.search(mention.sentences[0]):
                # "seven of the dead in the raid on X were minors, officials said on Saturday" then "the air strike
                # carried out on Tuesday": the one strike told, dated by the sentence that tells it again
                told = merged.pop(undated_before[0][0])
                absorb(told, mention, "merge.dated_next")
                merged[_key(told)] = told
                continue
            if mention.provisional and (mention.date is None or mention.date.start < 0):
                undated = mention
                continue
        elif ("", key[1]) in merged and _same_side(merged[("", key[1])], mention):
            placeless = merged.pop(("", key[1]))
            if len(set(placeless.days)) > 1:
                # "attacks on Saturday and Sunday killed three in several towns": the toll of the days, not of one strike
                placeless.casualties = Casualties()
            absorb(mention, placeless)
        night = next((m for k, m in merged.items() if k[0] == key[0] and key[0] and _one_night(m, mention)), None) \
            if key not in merged else None
        # ("drones attacked an army base near X." then "three drones hit the base in the hamlet of Y": the target told again,
        # at a spot the index cannot place, is the strike just told)
        target_again = next((m for k, m in reversed(merged.items()) if k[1] == key[1] and m.located is not None
                             and _same_side(m, mention)), None) \
            if key not in merged and mention.place is not None and mention.located is None and mention.target \
            and mention.target.lower().startswith("the ") else None
        # ("Jets struck the general staff in X, killing one." then "A second missile struck near the palace on the Y
        # heights in the same wave": a spot of the locality just struck, in the raid just told)
        wave = next((m for k, m in reversed(merged.items()) if k[1] == key[1] and _same_side(m, mention)
                     and _distance_km(m, mention) <= LOCALITY_KM), None) \
            if key not in merged and mention.casualties.killed is None and SAME_WAVE.search(mention.sentences[0]) else None
        if key in merged:
            merged[key].shared_toll = merged[key].shared_toll or mention.shared_toll  # it heads the list now (_nearby)
            absorb(merged[key], mention)
        elif night is not None:
            absorb(night, mention, "merge.one_night")
        elif wave is not None:
            wave.context.append(mention.place)
            absorb(wave, mention, "merge.same_wave")
        elif target_again is not None:
            target_again.context.append(mention.place)
            absorb(target_again, mention, "merge.target_again")
        else:
            merged[key] = mention
    result = _dated_elsewhere(list(merged.values()))
    body = [m for m in result if not m.headline]
    for title in [m for m in result if m.headline] if body else []:
        told = next((m for m in body if m.place and title.place and m.place.name == title.place.name), None)
        if told is None and len(title.sentences) > 1 and title.place is not None and not title.regional \
                and title.located is not None and all(_distance_km(title, m) > PROVINCE_KM for m in body):
            # ("Drone strike in X kills commander" that a placeless body line told, far from every strike the body places)
            title.headline = False
            continue
        title.casualties, title.strikes = Casualties(), None  # a headline's "dozens" is a summary, not a report
        if told is None and _another_sides_strike(title, body):
            # "X's missile hits A as Y's jets strike B" over a body that tells only A: B is Y's strike, told once, on
            # the day of the news the body tells when the headline gives none
            if "date.stated" not in title.rules:
                title.date = body[0].date
                title.because("date.headline_news")
            continue
        into = told or body[0]
        if told is None and title.place is not None and not title.regional and "place.dateline_town" in into.rules \
                and not any(r in into.rules for r in ("place.named", "place.back_reference", "place.follow_up", "place.same_place")):
            # "Drone kills three in X" over "Y, Yemen - A drone struck an army post, killing three": the body's strike,
            # placed only by the bureau's town, is where the title says
            into.place = title.place
            into.because("place.headline")
        if "date.stated" in into.rules and into.date is not None and into.date.precision == "day" and into.date.start >= 0:
            title.date = None  # ("22 April | ..." under a title, then "Late on Thursday, jets struck X": the body's day, told)
        absorb(into, title, "merge.headline")
        result.remove(title)
    # ("ASADABAD - Jets hit a home in Kunar province, killing five" then "In Sarkano district, five died when bombs
    # struck a guest house": the lead, placed at its dateline's town for want of a better place, is the province's summary
    # of the strike told in detail, when the toll agrees)
    guessed = [m for m in result if m.near_dateline and m.context and not m.regional]
    for region in [m for m in result if m.regional] + guessed:
        guess = any(region is m for m in guessed)
        same_day = [m for m in result if not m.regional and m.place is not None
                    and (not guess or not m.near_dateline and _same_toll(m, region))
                    and (m.date == region.date or region.date is None or m.date is None or region.date.start < 0
                         or (m.date is not None and (m.date.date == region.date.date or m.date.date in region.days)))]
        # a village the gazetteer cannot place may still lie in the region: the one such strike of that day and side
        unplaced = [m for m in same_day if m.located is None and m.actor in (region.actor, None, UNKNOWN)]
        # ("strikes on hideouts in the X mountains south of Y": a range the index lacks, named with the strike it holds)
        # ("in the Hauran, where families in Nawa bury their dead": a town the region's own sentence puts in it,
        # though the index files the two under neighbouring provinces)
        told_with = [m for m in same_day if region.place is not None and _same_side(m, region) and (
                     region.located is None and any(region.place.name in sentence for sentence in m.sentences)
                     or region.located is not None and m.located is not None and m.place is not None
                     and any(_where_in(sentence, region.place.name, m.place.name) for sentence in region.sentences)
                     and _distance_km(m, region) <= REGION_SPAN_KM)]
        detail = [m for m in same_day if _within(m, region)] or told_with or (unplaced if len(unplaced) == 1 else [])
        # (the strike of the region's own day first, then the nearest)
        detail.sort(key=lambda m: (_key(m)[1] != _key(region)[1], _distance_km(m, region)))
        if detail:
            # ("strikes on two homes in the Strip killed 11", "strikes killed 20 in X province" over "jets killed nine in Y":
            # the total of the strikes told apart, or of more than the one told, not that strike's toll)
            own = detail[0].casualties.killed
            if len(detail) > 1 or own is not None and (region.casualties.killed or 0) > own:
                region.casualties, region.strikes = Casualties(), None
                region.because("toll.region_total")
            absorb(detail[0], region, "merge.region")
            result.remove(region)
    for whole in [m for m in result if m.place is not None]:
        # "nine killed in Ghazni ... jets bombed a compound in Ghazni's Andar district": the province's namesake seat, named as
        # the district's province, is the same strike told at the province's level (not a quarter of a city, within LOCALITY_KM)
        # ("strikes on X killed three ... the raid on a pumping station in Y district, in X governorate, left three
        # dead": a district of the province told with the toll the province's name was given, not another strike)
        part = next((m for m in result if m is not whole and m.place is not None
                     and (m.place.within == whole.place.name or any(_names_unit(c, whole.place.name) for c in m.place.containers)
                          and (whole.casualties.killed is not None and whole.casualties.killed == m.casualties.killed
                               # ("a quadcopter hit a house near X in Y district ..." then "the minister condemned the
                               # quadcopter attack in Y": the strike told again by its district, with no toll of its own)
                               or not _any_toll(whole.casualties) and THE_WEAPON_STRIKE.search(whole.sentences[0]) is not None))
                     and _key(m)[1] == _key(whole)[1] and _same_side(m, whole) and m.located is not None
                     and whole.located is not None and m.located[0].country == whole.located[0].country
                     and LOCALITY_KM < distance_km(m.located[0], whole.located[0]) <= PROVINCE_KM), None)
        if part is not None:
            absorb(part, whole, "merge.region")
            result.remove(whole)
    # (a strike told once, with no toll of its own: not a headline's "Idlib countryside" that a raid near the city joined)
    # (a unit named as one, or a town; not a city, struck in its own right: "a village in X district" and "a strike in X",
    # of 100,000 people, are two)
    for unit in [m for m in result if m.place is not None and len(m.sentences) == 1 and not _any_toll(m.casualties)
                 and (m.place.region or UNIT_PHRASE.search(m.place.phrase) or m.located is None or m.located[0].population < CITY_POPULATION)]:
        # "X, a farming village in Y district, was bombed on Sunday" then "the air force struck bandits in the Y area"
        # (or "investigated an air strike in Y"): the unit that holds a strike's place, told the same day by the same side,
        # is that strike
        detail = next((m for m in result if m is not unit and m.place is not None and _key(m)[1] == _key(unit)[1]
                       and _same_side(m, unit) and any(_names_unit(c, unit.place.name) for c in m.place.containers)), None)
        if detail is not None:
            absorb(detail, unit, "merge.region")
            result.remove(unit)
    for quarter in [m for m in result if m.place is not None and m.located is None]:
        # "a home in Gaza City's Sabra neighbourhood" then "the strike on a house in Sabra": the quarter the index lacks,
        # told as the town's, is the town's strike that day
        named = re.compile(rf"['’]s\s+{re.escape(quarter.place.name)}\s+(?:neighbou?rhood|quarter|district|area|suburb)\b", re.I)
        town = next((m for m in result if m is not quarter and m.located is not None and _key(m)[1] == _key(quarter)[1]
                     and _same_side(m, quarter) and any(named.search(sentence) for sentence in m.sentences)), None)
        if town is not None:
            absorb(town, quarter, "merge.region")
            result.remove(quarter)
    for part in [m for m in result if m.place is not None]:
        # "18 were killed in an air strike in X district, the ministry said" then "jets struck a gathering in the Y area of
        # the district on Friday night": a part of the unit just told is that unit's strike, on the day the part's gives
        of_the = re.compile(rf"{re.escape(part.place.name)}(?:\s+(?:valley|river|mountain|hill|plain|village|town))?\s+{_PART_OF_THE}", re.I)
        unit = next((found["unit"] for s in part.sentences if (found := of_the.search(s))), None)
        earlier = result[:result.index(part)] if unit is not None else []
        whole = next((m for m in reversed(earlier) if m.place is not None and _same_side(m, part)), None)
        if whole is not None and re.search(rf"\b{unit}\b", " ".join(whole.sentences), re.I) and _near_day(whole, part):
            absorb(whole, part, "merge.region")
            result.remove(part)
    for vague in [m for m in result if m.place is not None and NEAR_PHRASE.match(m.place.phrase) and m.located is not None]:
        # "a further two were killed in another raid near Y" then "drones struck a camp at X, 20 km from Y, killing two": a
        # strike placed only near a town, told again at a place within its reach with the same toll, is that strike
        # (not "A drone hit a car in X. Hours later, another drone struck a bus stop near Y": told after X as another)
        detail = next((m for m in result if m is not vague and m.place is not None and _key(m)[1] == _key(vague)[1]
                       and _same_side(m, vague) and _same_toll(m, vague) and _distance_km(m, vague) <= NEAR_KM
                       and not (vague.separate and m.last_sentence < vague.last_sentence)), None)
        if detail is not None:
            vague.separate = False  # ("another strike near Y": another than the one before it, the same as X's)
            absorb(detail, vague, "merge.near")
            result.remove(vague)
    return _nearby(_merged_by_unit([m for m in result if not (m.provisional and m.place is None)]))


# "the Anka area", "Giwa district": a place named as a unit (not "Idlib city", a town by a province's name)
UNIT_PHRASE = re.compile(r"\s(?:area|district|region|province|county|locality|zone|countryside|council\s+area|lga)$", re.I)
NEAR_PHRASE = re.compile(r"(?:near|outside|around|close\s+to|not\s+far\s+from)\s", re.I)
NEAR_KM = 30  # how far from the town it is told near a strike's own place may lie
CITY_POPULATION = 100_000  # a place this large is struck in its own right, never only the unit that holds a village


def _titles_told_next(mentions: list[Mention]) -> list[Mention]:
    """A digest item's title ("Jet bombs Sagaing village, nine dead") is the strike its next lines tell,
    by the same side, at its place or within it (or at a place they say lies in it), whatever day the
    page's date line gave the title. (Told at one name, the two are one as any two tellings of a place
    and day are: the first kept.)"""
    gone: set[int] = set()  # (by identity: two tellings may be equal as values)
    for title, told in zip(mentions, mentions[1:]):
        if not title.item_title or told.item_title or told.place is None or not _same_side(told, title) or id(title) in gone \
                or _told_apart(title, told):
            continue
        if title.place is not None and title.place.name.lower() == told.place.name.lower():
            absorb(title, told, "merge.item_title")
            gone.add(id(told))
        elif title.place is None or _one_place(title, told) or title.regional and _within(told, title) \
                or any(_said_in(sentence, told.place.name, title.place.name) for sentence in told.sentences) \
                or any(re.search(rf"(?<![\w-]){re.escape(title.place.name)}(?![\w-])", sentence) for sentence in told.sentences):
            # ("Y-12 raid in X" over "a plane dropped shells on a village in X Township", "Drone kills child near X" over
            # "a drone hit a house across the river from X": the lines name the title's place, whatever they placed)
            if told.casualties.killed is not None:
                title.casualties = Casualties()  # the title's "nine dead" is the summary of the toll its lines count
            absorb(told, title, "merge.item_title")
            gone.add(id(title))
    return [m for m in mentions if id(m) not in gone]


THE_WEAPON_STRIKE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:strike|raid|attack|bombing)\s+(?:in|on)\b", re.I)  # "the quadcopter attack in Y"
THE_STRIKE = re.compile(r"\bthe\s+(?:air\s*|drone\s+|aerial\s+)?(?:strike|raid|attack|bombing|bombardment)\b(?!s)", re.I)
LATE = re.compile(r"\b(?:late|night|evening|midnight)\b", re.I)
EARLY = re.compile(r"\b(?:overnight|early|small hours|before dawn|dawn|pre-dawn|midnight|night)\b", re.I)


def _one_night(a: Mention, b: Mention) -> bool:
    """Whether two strikes at one place on consecutive days are one night's: "drones struck X overnight, killing
    two" and "the attack began late on Wednesday night": the evening told on the first day, the small hours on
    the next (each report dates it by its own end of the night), by one side."""
    if a.date is None or b.date is None or a.date.start < 0 or b.date.start < 0 or not _same_side(a, b) or a.separate or b.separate:
        return False  # (not "another strike hit X early on Thursday": a second one)
    first, then = (a, b) if a.date.date < b.date.date else (b, a)
    if (then.date.date - first.date.date).days != 1:
        return False
    return bool(LATE.search(_date_words(first)) and EARLY.search(_date_words(then)))


def _date_words(mention: Mention) -> str:
    """The words of a strike's date and those around it ("late on Wednesday night", "early on Thursday")."""
    sentence = mention.sentences[0] if mention.sentences else ""
    return sentence[max(0, mention.date.start - 16):mention.date.end + 10]


def _told_apart(a: Mention, b: Mention) -> bool:
    """Whether two tellings each give a day of their own, and not the same one."""
    return a.date is not None and b.date is not None and min(a.date.start, b.date.start) >= 0 and a.date.date != b.date.date


def _any_toll(casualties: Casualties) -> bool:
    return casualties.killed is not None or casualties.wounded is not None


def _names_unit(container: str, name: str) -> bool:
    """Whether a container phrase ("Anka district") names the place `name` ("Anka")."""
    return container.lower() == name.lower() or container.lower().startswith(name.lower() + " ")


# "the Y area of the district", "a village of the province": a part of the unit the report has just named (not "the Y
# quarter of the town of X", which names its town)
_PART_OF_THE = r"(?:area|village|neighbou?rhood|locality|section|part|outskirts)\s+of\s+the\s+(?P<unit>district|province|town|city|county|municipality|governorate|region|valley)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))"


def _near_day(whole: Mention, part: Mention) -> bool:
    """Whether a strike told at a unit can be its part's: the same day or the next, or no day of the unit's own."""
    if whole.date is None or part.date is None or whole.date.start < 0:
        return True
    return abs((whole.date.date - part.date.date).days) <= 1


def _same_side(a: Mention, b: Mention) -> bool:
    """Whether two strikes of one day can be one: "Drones hit two Russian air bases. Hours later
    Russia fired 70 missiles at Ukraine, killing four": not when each names a different attacker."""
    return not (a.actor_stated and b.actor_stated) or a.actor == b.actor


def _nearby(mentions: list[Mention]) -> list[Mention]:
    """Places struck in one raid told in one sentence ("jets struck the towns of A, B and C on
    Monday"), all within LOCALITY_KM of the first, are one event: the first place (or the strike told
    before at it: "jets struck A. Later they raided the edges of A, B and C"), the others in its
    evidence, and the sentence's toll is that event's. Places further apart stay separate strikes."""
    result: list[Mention] = []
    grouped: list[Mention] = []
    for mention in mentions:
        first = next((m for m in result if mention.shared_toll is not None and m.shared_toll is mention.shared_toll
                      and _key(m)[1] == _key(mention)[1] and _together(m, mention, mentions)), None)
        if first is None:
            result.append(mention)
        else:
            first.context.append(mention.place)
            absorb(first, mention, "merge.nearby")
            grouped.append(first)
    for first in grouped:
        if not any(m is not first and m.shared_toll is first.shared_toll for m in result):
            casualties, strikes = first.shared_toll
            first.casualties = combine(first.casualties, casualties, False)
            first.strikes = first.strikes if first.strikes is not None else strikes
    return result


def measured_again(mentions: list[Mention]) -> list[Mention]:
    """ "A raid on a market in X killed 12" then "The market, 90 km north of Y, was busy when a jet dropped two
    bombs": a strike placed by its distance from another town, landing within LOCALITY_KM of a strike told
    that day by that side, with no toll of its own, is that strike told again (read once the measures are taken)."""
    result = list(mentions)
    for mention in mentions:
        if "place.offset" not in mention.rules or mention.located is None or _any_toll(mention.casualties):
            continue
        same = next((m for m in result if m is not mention and "place.offset" not in m.rules and m.located is not None
                     and _key(m)[1] == _key(mention)[1] and _same_side(m, mention)
                     and distance_km(m.located[0], mention.located[0]) <= LOCALITY_KM), None)
        if same is not None:
            absorb(same, mention, "merge.measured_again")
            result.remove(mention)
    return result


def _together(first: Mention, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a place of a raid's list lies in the locality of `first`: within LOCALITY_KM, or, for a
    place the gazetteer lacks, when every known place of the list lies there ("Hammuriyeh, Saqba and
    an unknown hamlet": one locality)."""
    if mention.located is not None:
        return _distance_km(first, mention) <= LOCALITY_KM
    listed = [m for m in mentions if m.located is not None and m.shared_toll is mention.shared_toll]
    return first.located is not None and len(listed) >= 2 and all(_distance_km(first, m) <= LOCALITY_KM for m in listed)


def _distance_km(a: Mention, b: Mention) -> float:
    if a.located is None or b.located is None:
        return math.inf
    return distance_km(a.located[0], b.located[0])


def _dated_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """A strike told without a day of its own ("The toll from the strike on X rose to 16, officials
    said") is the strike on that place the article dates elsewhere ("The missiles hit X on Saturday"); of
    several, the one told next. So is one told over several days ("the bombing of A and B on 6 and 7 October")
    that the article dates on one of them at that place, and one told at a town whose quarter the article dates
    ("Air strike kills eight in X" over "a strike on the Y district of X late on Sunday")."""
    result = []
    for mention in mentions:
        # (a headline is a summary, merged with the body's strikes as one: its figures are not a report of its own)
        undated = mention.place is not None and not mention.headline and (mention.date is None or mention.date.start < 0)
        spread = mention.place is not None and mention.date is not None and bool(mention.date.also)  # "on 6 and 7 October"
        dated = [m for m in mentions if m is not mention and _dates(m, mention, undated)] if undated or spread else []
        if len(dated) > 1:  # several strikes on that place: the one told next, in a sentence of its own, tells this one's day
            dated = [m for m in dated if mentions.index(m) > mentions.index(mention) and m.sentences[:1] != mention.sentences[:1]][:1]
        if len(dated) == 1:
            absorb(dated[0], mention, "date.dated_elsewhere")
        else:
            result.append(mention)
    return result


# "a second drone hit X", "another raid": one more of the strikes just told
ONE_MORE = re.compile(r"\b(?:another|(?:a|the)\s+(?:second|third))\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|strikes?|airstrikes?|raids?|"
                      r"jets?|warplanes?|aircraft|bombs?)\b", re.I)


def _dates(dated: Mention, mention: Mention, undated: bool) -> bool:
    """Whether `dated`, a strike told with a day of its own, gives `mention` its day: told at one place (or, for an
    undated one, at a quarter of its town), on the one day it names (or, for one told over several days, on one of them)."""
    if dated.place is None or dated.date is None or dated.date.start < 0:
        return False
    quarter = undated and dated.place.within == mention.place.name and dated.located is not None \
        and mention.located is not None and _distance_km(dated, mention) <= LOCALITY_KM
    if not (_one_place(dated, mention) or quarter):
        return False
    if undated and mention.date is not None and (mention.date.date - dated.date.date).days > BACKGROUND_DAYS \
            and ONE_MORE.search(mention.sentences[0]):
        return False  # ("A second drone hit X" of the day under discussion, then "In August, missiles struck X": a strike long past)
    return undated or dated.date.date in (mention.date.date, *mention.date.also) and len(set(dated.days)) <= 1


def _one_place(a: Mention, b: Mention) -> bool:
    """One name, or two names of one gazetteer place ("Sagaing", "Sagaing Region"); not a village
    placed at the point of the unit that holds it."""
    return a.place.name.lower() == b.place.name.lower() or all(
        m.located is not None and m.located[0].name.lower() in m.place.name.lower() for m in (a, b)) \
        and (a.located[0].lat, a.located[0].lon) == (b.located[0].lat, b.located[0].lon)


def _merged_by_unit(mentions: list[Mention]) -> list[Mention]:
    """One place under two spellings ("Marret Numan", "Maarat al-Numan"), or a town and a part of
    it ("the camp's al-Falluja area"), is one place: on one day, one event. So are strikes on
    places the gazetteer can only put at the unit that contains them ("the Upper Farm and Lower Farm areas
    in Nahr district"), as ACLED codes them; they are kept apart from strikes on that unit's
    town itself. Every name stays in the evidence."""
    kept: dict[tuple[float, float, dt.date], list[Mention]] = {}
    result = []
    for mention in mentions:
        if mention.located is None or mention.date is None:
            result.append(mention)
            continue
        here = kept.setdefault((mention.located[0].lat, mention.located[0].lon, mention.date.date), [])
        # (or the index's two entries for one village, a few hundred metres apart: "Yatar" and "Yater")
        same = next((m for m in here if _same_place(m, mention)), None) or next(
            (m for m in result if m.located is not None and m.date is not None and m.date.date == mention.date.date
             and m.located[1] == mention.located[1] == 1 and _same_side(m, mention)
             and 0 < distance_km(m.located[0], mention.located[0]) <= TWIN_KM), None) or next(
            # ("missiles struck the capital" and "... hitting the hospital in the capital's X district, killing 30": the
            # city's strike and its part, one of them with no toll of its own)
            (m for m in result if m.located is not None and m.date is not None and m.date.date == mention.date.date
             and _same_side(m, mention) and _part_of_city(m, mention) and distance_km(m.located[0], mention.located[0]) <= LOCALITY_KM
             and not (_any_toll(m.casualties) and _any_toll(mention.casualties))), None)
        if same is not None:
            absorb(same, mention, "merge.same_unit")
        else:
            here.append(mention)
            result.append(mention)
    return result


def _part_of_city(a: Mention, b: Mention) -> bool:
    """Whether one strike is told at a quarter the text places in the other's town ("the X district" of "the capital")."""
    return a.place is not None and b.place is not None and (a.place.within == b.place.name or b.place.within == a.place.name)


def _same_place(a: Mention, b: Mention) -> bool:
    """Two strikes located at one point: the same place, unless one is the town itself and the
    other a village placed at it for want of its own coordinates."""
    part_of = any(m.place is not None and m.place.within is not None for m in (a, b))
    # ("In X, 20 km west of Y, ..." after a strike on Y: a village measured from the town, which is not the town; not
    # "the villages of X and Z, just north of Y": the town's own edge)
    near = any(m.place is not None and n.place is not None and f"near {n.place.name}" in m.place.containers
               and any(measured_from(n.place.name, sentence) for sentence in m.sentences) for m, n in ((a, b), (b, a)))
    # ("a strike in Rimal killed three" ... "in Zeitoun, a raid killed eight": two quarters the index places at their
    # city's point, each told apart with its own dead, are two incidents in one city)
    quarters = a.place is not None and b.place is not None and a.place.name.lower() != b.place.name.lower() \
        and all(m.located[1] != 1 and m.casualties.killed for m in (a, b)) \
        and not set(a.sentences) & set(b.sentences)
    # ("an aircraft struck in the X area" and "a drone hit a car at the entrance of X": the place and its area, one point)
    area = any(m.place is not None and AREA_OF.search(m.place.phrase) for m in (a, b)) \
        and a.located[0].geonameid is not None and a.located[0].geonameid == b.located[0].geonameid
    return not near and not quarters and (part_of or area or (a.located[1] == 1) == (b.located[1] == 1))


AREA_OF = re.compile(r"\s(?:area|vicinity|surroundings|environs|outskirts)$", re.I)  # "the X area": the place, by its surroundings


CITY_REACH_KM = 30  # a city's outskirts, from its centre
TWIN_KM = 1.0  # two places of the index this close are one village, told under two spellings


def _said_in(sentence: str, town: str, region: str) -> bool:
    """Whether a sentence puts a town in a region ("Nyaung Kone village in Sagaing Region", "X, in the Y district")."""
    return re.search(rf"(?<![\w-]){re.escape(town)}(?![\w-])[^.;]{{0,40}}?\b(?:in|of)\s+(?:the\s+)?{re.escape(region)}(?![\w-])",
                     sentence) is not None


def _where_in(sentence: str, region: str, town: str) -> bool:
    """Whether a sentence puts a town in a region by a "where" clause ("from the Hauran, where relatives in Nawa ...")."""
    return re.search(re.escape(region) + r"\W+where\b[^.;]*?\b" + re.escape(town) + r"\b", sentence) is not None


def _same_toll(a: Mention, b: Mention) -> bool:
    """Whether two tellings give one count of dead (a count both give: a strike with none told is as likely another)."""
    return a.casualties.killed is not None and a.casualties.killed == b.casualties.killed


def _within(detail: Mention, region: Mention) -> bool:
    """Whether a strike's place lies in a region told of: in its province, or, where the index
    knows the province of one of them only, near enough."""
    if detail.located is None or region.located is None:
        return False
    place, area = detail.located[0], region.located[0]
    if place.country != area.country:
        return False
    if area.kind == "country" or place.admin1 == area.admin1:
        return True
    if area.kind == "place":  # a city told whole ("the Libyan capital"): its suburbs and outskirts, whatever province holds them
        return _distance_km(detail, region) <= CITY_REACH_KM
    if region.place is not None and LANDFORM.search(region.place.phrase):
        return _distance_km(detail, region) <= PROVINCE_KM / 2  # "the Bekaa valley" runs across two provinces
    return spans(area, place) or not place.admin1 and _distance_km(detail, region) <= REGION_SPAN_KM


# "the Bekaa valley", "the Nineveh plains": a region named by its land, whose bounds no province's are
LANDFORM = re.compile(r"\s(?:valley|plains?|coast|desert|mountains|hills|highlands|basin|delta)$", re.I)


def absorb(into: Mention, other: Mention, why: str = "merge.same_place_day") -> None:
    # ("a drone hit the airport" carrying the side of the raid told before it, then "whose drone it was is unknown" of
    # the strike told again): the doubt undoes the side carried over
    doubted = other.unattributed and into.actor not in (None, UNKNOWN) and "actor.carried" in into.rules \
        and "actor.stated" not in into.rules and "actor.attributed" not in other.rules
    into.because(*other.rules, why)
    if doubted:
        into.actor, into.unattributed = UNKNOWN, True
    if into.place is None and other.place is not None:
        into.place, into.context, into.provisional = other.place, other.context + into.context, False
    elif into.headline and not other.headline and other.place is not None:
        into.place = other.place  # (the title's "X" is the body's: the body says whether it is the city told whole)
    if other.separate:  # two strikes on one place and day: one event, both tolls
        into.casualties = _added(into.casualties, other.casualties)
    else:
        into.casualties = combine(into.casualties, other.casualties, other.source is not None and other.source != into.source)
    into.strikes = _strike_count(into.strikes, other.strikes, other.separate)
    # (a title's "Government jets", read before the text named a country, yields to "Syrian government warplanes")
    if into.actor in (None, UNKNOWN) or into.actor is OWN_FORCES and other.actor not in (None, UNKNOWN, OWN_FORCES) \
            or other.actor_stated and not into.actor_stated:
        into.actor, into.actor_stated = other.actor or into.actor, into.actor_stated or other.actor_stated
    into.source = into.source or other.source
    into.target = into.target or other.target
    if _better_date(into.date, other.date):
        into.date = other.date
    into.sentences += [s for s in other.sentences if s not in into.sentences]
    into.aerial = into.aerial or other.aerial
    into.headline = into.headline and (other.headline or other.place is None)  # a strike the body places is no summary
    into.context += other.context

def _better_date(kept: DateMention | None, other: DateMention | None) -> bool:
    """Whether a merged strike takes the other account's day: a day said outright over one carried, a day
    the sentence gives over the report's; never a title's "this week" over a day, always a day over it
    (a month or a year still wins: "In May, a drone hit X" recalls a strike, and is set aside as one)."""
    if kept is None or other is None:
        return kept is None
    if "week" in (kept.precision, other.precision) and "day" in (kept.precision, other.precision):
        return other.precision == "day"
    return other.explicit and not kept.explicit or kept.start < 0 <= other.start


def _strike_count(first: int | None, second: int | None, separate: bool) -> int | None:
    """Two strikes told apart add their counts; two accounts of one raid ("an air strike hit X", "the six
    strikes on X") give the fuller count."""
    if first is None or second is None:
        return first if second is None else second
    return first + second if separate else max(first, second)


def recent(strikes: list[Mention], reported: dt.date | None = None) -> list[Mention]:
    """The strikes an article reports, without the ones it recalls. News tells of the last days'
    strikes: one dated more than BACKGROUND_DAYS before the report ("In March, jets bombed a
    bakery ..." in a May story), or dated only by a week, a month or a year ("earlier this month"),
    is background. The report's day is its dateline's or its publication date (a feature that
    recalls only an old strike reports none); without either, the newest strike it tells of."""
    newest = max((m.date.date for m in strikes if m.date is not None and m.date.start >= 0), default=None)
    anchor = max(reported, newest) if reported and newest else reported or newest
    if anchor is None:
        return strikes
    kept = []
    for mention in strikes:
        # (a day carried from a heading or a sentence before is judged as one told: a factbox's "X - Sept. 16, 2022")
        if mention.date is None or mention.date.start < 0 and mention.date.precision != "day" or _current(mention.date, anchor):
            kept.append(mention)
        else:
            reject(" ".join(mention.sentences), "reject.background_old" if mention.date.precision == "day" else "reject.no_day",
                   mention.place.name if mention.place else "")
    return kept


def _current(date: DateMention, anchor: dt.date) -> bool:
    if date.precision != "day":
        return False  # "earlier this month", "this week", "two weeks ago": no day to put on the map, a recalled strike
    return (anchor - date.date).days <= BACKGROUND_DAYS


def home_carry_over(strikes: list[Mention], occupied: frozenset[str] = frozenset()) -> None:
    """An attacker carried over from an earlier sentence does not strike its own country when the
    article names another attacker that could: "Israeli strikes on Tehran killed 60. In central
    Israel, a missile struck a house" is Iran's missile. A government striking at home says so, or
    names the weapon it strikes with ("the regime's drones ... Eight drones hit X"), or strikes where the
    article says the other side holds the ground (`occupied`: "a depot in the occupied part of Donetsk region")."""
    for i, mention in enumerate(strikes):
        here = mention.located[0].country if mention.located is not None else None
        if mention.actor_stated or mention.actor is None or here is None or mention.actor.country != here:
            continue
        if _held_by_another(mention, occupied) or "actor.reporter_enemy" in mention.rules:
            continue  # (a state that told of its enemy's dead on its own soil said it struck at home)
        if mention.by_weapon and not _strikes_only_abroad(mention.actor, here, strikes[:i]):
            continue
        # (not a side told striking only its own ground, in another country: "Nigeria's air force struck Zamfara"
        # does not make a drone strike in Tigray Nigeria's)
        others = [m.actor for m in strikes[:i][::-1] + strikes[i + 1:]
                  if m.actor_stated and m.actor is not None and m.actor.country not in (None, here) and m.actor not in mention.hit_sides
                  and not _strikes_only_at_home(m.actor, strikes)]
        # ("Russian missiles struck Odesa. The same night, drones struck a plant in Bryansk, Kyiv said": the side that tells
        # of a strike on the carried side's soil, abroad from its own)
        teller = reporter_of(mention.sentences[0]) if mention.sentences else None
        if not others and teller is not None and teller.country not in (None, here):
            others = [teller]
        if others:
            mention.actor = others[0]
            mention.because("actor.home_carry_over")
        elif mention.by_weapon:
            # "Kursk: a Ukrainian drone hit Lgov. Odesa: drones damaged a warehouse": the craft of a side told striking
            # abroad, carried home to it, is nobody's the report names
            mention.actor = UNKNOWN
            mention.because("actor.home_carry_over")


# "the occupied part of Donetsk region", "Russian-held Kherson", "temporarily occupied Nova Kakhovka": ground the other side holds
# (behind the gate of its words: an article is searched whole, and "-held" was looked for from every letter of it)
OCCUPIED = gated(re.compile(r"\b(?:temporarily\s+)?(?:occupied|[\w-]+-(?:held|occupied))\s+(?:parts?\s+of\s+|areas?\s+of\s+)?(?:the\s+)?"
                            r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I))


def occupied_names(text: str) -> frozenset[str]:
    """The places and regions an article says the other side holds."""
    return frozenset(m["name"].lower() for m in OCCUPIED.finditer(text))


def _held_by_another(mention: Mention, occupied: frozenset[str]) -> bool:
    place = mention.located[0] if mention.located is not None else None
    names = {mention.place.name.lower() if mention.place else "", (place.admin1 or "").lower() if place else ""}
    return any(name and any(name == held or name.startswith(held + " ") for held in occupied) for name in names)


def _strikes_only_at_home(side: Actor, strikes: list[Mention]) -> bool:
    """Whether every strike a side is told to have made, where placed, lies in its own country."""
    placed = [m.located[0].country for m in strikes if m.actor == side and m.actor_stated and m.located is not None]
    return bool(placed) and all(country == side.country for country in placed)


def _strikes_only_abroad(side: Actor, home: str, before: list[Mention]) -> bool:
    """Whether the strikes told before by `side` in its own name all fell outside its country `home`."""
    told = [m for m in before if m.actor == side and m.actor_stated and m.located is not None]
    return bool(told) and all(m.located[0].country != home for m in told)


def _another_sides_strike(title: Mention, body: list[Mention]) -> bool:
    """Whether a headline's strike is placed and named as one side's, and the body tells strikes of other sides only."""
    return title.place is not None and not title.place.region and title.aerial and title.actor_stated and title.actor not in (None, UNKNOWN) \
        and all(m.actor not in (None, UNKNOWN, title.actor) for m in body)


def launched_abroad(strikes: list[Mention]) -> None:
    """A state named as the attacker of a strike outside its borders, when another side is the one that strikes
    abroad from its soil: "a Yemeni missile hit Jaffa" is the Houthis' (`actors.launcher_abroad`)."""
    for mention in strikes:
        here = mention.located[0].country if mention.located is not None else None
        launcher = launcher_abroad(mention.actor) if mention.actor is not None and here is not None else None
        if launcher is not None and mention.actor.country != here:
            mention.actor = launcher
            mention.because("actor.launched_abroad")


def campaign_side(strikes: list[Mention], campaigners: set[Actor]) -> None:
    """A strike whose attacker the article leaves unsaid, in a report whose lead names the one side waging such
    strikes ("The army keeps up almost nightly raids on the hills. What we confirmed this week:"), and
    that names no attacker for any of them: that side's, where it would not be striking its own country."""
    if len(campaigners) != 1 or any(m.actor_stated and m.actor not in (None, UNKNOWN) for m in strikes):
        return
    side = next(iter(campaigners))
    for mention in strikes:
        here = mention.located[0].country if mention.located is not None else None
        if mention.actor in (None, UNKNOWN) and not mention.unattributed and side not in mention.hit_sides \
                and here is not None and here != side.country:
            mention.actor = side
            mention.because("actor.campaign")


def one_side(strikes: list[Mention]) -> None:
    """A strike whose attacker the article leaves unsaid is the one side it names for its other strikes
    ("Russian missiles hit Kharkiv ... A strike on Sumy killed two"), when it names exactly one, and
    that side would not be striking its own country. A bulletin's strikes in another country than this
    one's are another war's."""
    for mention in strikes:
        here = mention.located[0].country if mention.located is not None else None
        sides = {m.actor for m in strikes if m.actor_stated and m.actor not in (None, UNKNOWN)
                 and (here is None or m.located is None or m.located[0].country == here)}
        if len(sides) != 1:
            continue
        side = next(iter(sides))
        if mention.actor in (None, UNKNOWN) and not mention.actor_stated and (here is None or here != side.country) \
                and side not in mention.hit_sides and not mention.unattributed:
            mention.actor = side
            mention.because("actor.one_side")


def sibling_country(mention: Mention, strikes: list[Mention]) -> tuple[str, ...]:
    """An unlocated strike told in one sentence with a located one lies in its country ("Israeli
    jets hit a site near Tabriz and the Fordow plant"), whatever the article's main country."""
    if mention.located is not None:
        return ()
    return tuple(m.located[0].country for m in strikes
                 if m.located is not None and m.sentences[:1] == mention.sentences[:1])[:1]
