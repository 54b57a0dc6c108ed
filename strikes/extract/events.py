"""From one tokenised article to its strike events: read each sentence that reports a strike,
then merge the mentions of the same strike (same place, same day) into one event.

A mention needs a time or a place more specific than a country to be an event: "the US is also
targeting IS in Syria and Iraq" describes a campaign, not a strike.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from strikes.extract.actors import (GROUP_BLAMED, OWN_FORCES, UNKNOWN, Actor, actor_in, actors_in, agent_named, attributed_actor, begin_article, claims_in, group_named, in_doubt, launched_from, only_operator, others_account, possessor, side_of_label,
                                    reporter_of, sides_by_weapon, state_of, victims_in, weapon_of, weapon_side)
from geo.gazetteer import NOTABLE_ABROAD, distance_km, spans
from geo.place import Place
from geo.normalise import normalise_name
from geo.ranking import well_known
from strikes.extract.clauses import COUNT_WORD, Span, blank, cue_end, cued_event_spans, days_after, fighting_spans, fire_goes_on, fire_told_again, forget_clauses, ground_fire_spans, inside, other_event_spans, outside, spelled_count
from strikes.extract.dates import DATE_DATELINE, MONTHS, PART_OF_DAY, SAME_DAY, DateMention, began_long_ago, dateline_length, dates_in, history_at, names_period, read_as_published, read_dateline
from strikes.extract.gate import first_char_checked, forget_texts, gated, gated_alternation
from strikes.extract.lexicon import alternation, load
from strikes.extract.mention import Mention
from strikes.extract.merge import (BACKGROUND_DAYS, LOCALITY_KM, absorb, campaign_side, combine, home_carry_over, launched_abroad, measured_again, merged,
                                   occupied_names, one_side, recent, sibling_country)
from strikes.extract.nlp import sentence_starts, text_of
from strikes.extract.numbers import (YEAR, Casualties, casualties_in, counts_fire, forget_tolls, implied_toll, parse_number, running_totals,
                                     strike_count_in, tolls_by_clause, tolls_by_place, tolls_in_order)
from strikes.extract.offsets import OFFSET, offset_from
from strikes.extract.places import (DATELINE_TOWN, QUARTERS_LISTED, REGION_NAMED, REGIONAL_CENTRE, STRUCK_AFTER, Gazetteer, PlaceMention, article_countries, article_regions, capital_of, country_told, labels, no_place_word,
                                     in_parentheses, place_line, places_in, regional_centre, road_town)
from strikes.extract.screen import screen
from strikes.extract.sources import source_in
from strikes.extract.trace import current as current_trace, reject
from strikes.extract.triggers import Trigger, is_ground_fighting, names_attack, reports_attack, speaks_of_air_attacks, triggers_in
from strikes.model import StrikeEvent

# A name that only qualifies an official's title: "the Kursk regional governor", "Kharkiv Mayor X", "Sumy city council"
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))  # the longest first: "September" before "Sept"
QUARTER_PHRASE = re.compile(r"\s(?:area|neighbou?rhood|quarter|suburb)$", re.I)
FORCE_NOUN = re.compile(r"(?:air\s*force|air\s+component|aviation|air\s+arm)$", re.I)  # a force named, no strike told
TITLE_AFTER = re.compile(r"['’]?s?\s+(?:regional\s+|region\s+|province\s+|city\s+|oblast\s+|provincial\s+|district\s+|military\s+|state\s+)?"
                         r"(?:governor|mayor|administration|council(?!\s+areas?\b)|police|prosecutors?|government)\b", re.I)  # (a "council area" is a unit)
# "an official in X said", "residents in X told reporters", "the general staff in X said": the speaker's seat, before
# what the speaker said
SPEAKER_IN = first_char_checked(re.compile(r"\b(?:officials?|sources?|residents?|spokes(?:man|woman|person)|doctors?|medics?|witnesses?|activists?|"
                                           r"(?:general|defen[cs]e)\s+staff|ministry|command|headquarters|government|authorities|embassy)\s+"
                                           r"(?:based\s+)?in\s+(?:the\s+)?(?:(?:city|town|province|region|district)\s+of\s+)?$", re.I))
ATTRIBUTION = re.compile(r",\s+(?:according\s+to|citing)\s+[^.;]*$", re.I)  # ", according to sources in Y": who told it, last
SAID_NEXT = re.compile(r"(?:\s+(?:province|region|city|district|governorate))?(?:\s*,[^,.;]{1,50},)?\s+(?:said|say|says|told|reported)\b", re.I)
# "said on Saturday that its aircraft had struck ... on March 17": the first date is the statement's.
# (not "fresh strikes were reported early on Monday": strikes told in the passive, on the day they fell)
REPORTING_DATE = gated_alternation(re.compile(r"\b(?:(?:said|says)(?!\s+to\s+(?:be|have)\b)|speaking|told (?:(?!that\s+(?:on|late|early|it|they|its|their|an?|(?:air\s+)?strikes|airstrikes|raids|drones|missiles)\b)[\w ]){1,30}|quoted|announced|"
                            r"(?<!strikes\swere\s)(?<!attacks\swere\s)(?<!raids\swere\s)(?<!explosions\swere\s)(?<!blasts\swere\s)reported|stated|added|confirmed|denied|claimed|admitted|"
                            r"acknowledged|conceded|insisted|revealed|disclosed|alleged|statement|published|released|issued|"
                            # "gave conflicting accounts on Thursday of a raid": when the accounts were given
                            r"gave\s+(?:[\w-]+\s+){0,2}?(?:accounts?|descriptions?|versions?))\s+"
                            # (not "four men said to be fighters died on Sunday": who they were said to be, not a statement; nor "told
                            # reporters that on Friday a drone ...", "told our reporter that strikes on Saturday killed ten": the day of
                            # what was told)
                            # "told a briefing in the capital on Friday": where and when it was said
                            # ("announced on Friday, Oct. 10, that ...": the weekday and the date of one statement)
                            # ("announced on the evening of 14 November that ...": the part of the day it was said)
                            # ("a communiqué read out on national radio in the capital on Friday": the day it was read)
                            # ("the army's statement posted on its Telegram account late on Friday": where and when it was posted)
                            r"(?:(?:read|broadcast|aired|carried|posted)\s+(?:out\s+)?)?(?:on\s+(?:[\w-]+\s+){0,2}?(?:television|TV|radio|channel|account|website|feed)\s+)?"
                            # ("the 44 reported by the authorities on Wednesday": who gave the count, and when)
                            r"(?:(?:at|in|from|during|to|by)\s+(?:(?!that\s+(?:on|late|early|it|they|its|their|an?)\b)[\w'’-]+\s+){1,6}?)?(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?"
                            r"(?:the\s+(?:evening|morning|afternoon|night)\s+of\s+)?(?:\w+day,?\s+)?$|"
                            # "an officer, quoted by state radio on Tuesday, said ...": the day he was quoted
                            r"\bquoted\s+by\s+(?:[\w'’-]+\s+){1,6}?(?:on\s+|late\s+|early\s+)?$|"
                            # "the ministry confirmed the toll on Thursday morning": the day a count was given
                            r"\b(?:confirmed|raised|revised|updated|gave|released|issued|published)\s+(?:the|its|a|an|their)\s+(?:[\w-]+\s+)?"
                            r"(?:toll|figures?|count|tally|numbers?)\s+(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?$|"
                            # "blamed the rebels on Friday for the raid": the day of the blame
                            r"\b(?:accused|accuses|blamed|blames)\s+(?:[\w'’.-]+\s+){1,4}?(?:on\s+)?$|"
                            # "By Monday morning the ministry said six had died": the day by which a count stood
                            r"(?:^|,\s+)by\s+(?:late\s+|early\s+)?$|"
                            # "villagers had recovered 15 bodies by Wednesday morning": the day by which the dead were counted
                            r"\b(?:recovered|retrieved|counted|found|pulled\s+out|identified|registered|recorded|buried)\b[^.;]{0,60}?\bby\s+(?:late\s+|early\s+)?$|"
                            # "19 people hurt in the attack have been admitted since Thursday morning": the day of a hospital's count
                            # (not "the people buried there were killed late on Tuesday": the day of the killing)
                            r"\b(?:admitted|treated|hospitali[sz]ed|discharged|buried|laid\s+to\s+rest)\b(?:(?!\b(?:killed|died|slain|wounded|injured)\b)[^.;]){0,30}?"
                            r"\b(?:since|on|by)\s+(?:late\s+|early\s+)?$|"
                            # "relatives who fled to the city on Monday told the paper ...": the day they fled, not the strike's
                            # (not "the envoy returned to the May 26 strike": a day that follows "the" is a thing's, named by its day)
                            r"\b(?:fled|escaped|arrived|returned)\s+(?:to|in|into)\s+(?:the\s+)?(?!the\b)(?:[\w'’-]+\s+){1,3}?(?:on\s+|late\s+|early\s+)?$|"
                            # "the health office had put the toll at 36 dead on Friday morning": the day of a count
                            r"\b(?:put|puts|putting|gave|gives|set)\s+(?:the|its|their|a)\s+(?:death\s+)?(?:toll|count|figure)\s+(?:at\s+)?[^.;]{0,25}?(?:on\s+|late\s+|early\s+)?$|"
                            # "... 55 wounded, some of whom were flown to the capital on Monday": the day of what befell the victims
                            # (not "his wife, who was killed on June 13 when jets struck": the day of the strike that killed her)
                            r",\s+(?:[\w-]+\s+of\s+whom|who\s+(?:were|was|had\s+been))\s+(?!(?:killed|slain|martyred|wounded|injured|hurt)\b)[^.;,]{0,80}?\s(?:on\s+|late\s+|early\s+)?$|"
                            # "the toll rose to 16 on Sunday": the day a toll was revised, not the strike's
                            r"\b(?:rose|risen|rises|climbed|increased|jumped|reached|passed)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+)?[\w,]+\s+(?:by\s+|on\s+)?$|"
                            # "two more had died of their wounds overnight": the day of the deaths, not the strike's
                            r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:(?:their|his|her|the)\s+)?(?:wounds|injuries)\s+(?:on\s+|late\s+|early\s+)?$|"
                            # "rescuers dug through the rubble on Saturday as the toll rose": the day of the search
                            r"\b(?:dug|digging|searched|searching|combed|combing|pulled|pulling)\s+(?:(?:through|for|in|out|bodies|survivors)\b[^.;]{0,80}?)?(?:on\s+)?$|"
                            # "satellite imagery from Friday showed the crater": the day of a picture
                            r"\b(?:imagery|images?|photos?|photographs?|footage|pictures?|videos?)\s+(?:(?:taken|captured|shot|dated)\s+)?(?:from|on)\s+$", re.I))
TOLD_IN_FULL = re.compile(r"[.!?\"”]$")  # a sentence ends so; a title does not
ITEM_TITLE_WORDS = 16  # a digest item's title is short; a longer line with no full stop is a sentence cut off
# "In today's edition: power cuts in X, an air raid in Y and the rains": a newsletter's list of the items below it
TEASER = re.compile(r"\W*(?:in\s+(?:today['’]s|this\s+(?:morning['’]s|evening['’]s|week['’]s)?)\s*(?:edition|issue|briefing|newsletter|bulletin|digest)|"
                    r"also\s+in\s+(?:this|today['’]s)\s+(?:edition|issue|briefing|newsletter)|coming\s+up|today['’]s\s+(?:headlines|top\s+stories)|"
                    r"in\s+the\s+headlines|the\s+headlines)\s*[:—–-]", re.I)
TOLD_WORDS = 8  # a full stop after fewer words closes a heading or a credit ("Photo: AFP."), not a sentence of the report
# "left out of Sunday's toll", "Friday's briefing": the day of a count or a statement
OWNS_A_COUNT = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:toll|count|tally|figures?|statement|briefing|update|announcement)\b", re.I)
OWNING = re.compile(r"['’]s$")  # "Tuesday's", "the day's": a day that owns the noun after it


# "On Wednesday, the army said in a statement that its aircraft had struck ...": the day of the statement, then what it
# said had been done
SAID_ON_DAY_HAD = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:[\w'’.-]+\s+){1,6}?(?:said|announced|stated|confirmed|claimed)\b[^.;]{0,80}?\bhad\s+(?:[a-z]+ly\s+)?"
                             r"(?:struck|hit|bombed|targeted|conducted|carried\s+out|launched|attacked|raided)\b", re.I)


def _told_before_said(mention: Mention, sentence: str, mentions: list[Mention]) -> DateMention | None:
    """The day of the strike told before at the same place, when a sentence opens on a later day on which a side said it
    had struck there: the day it spoke, not a second strike (within a few days of the one told)."""
    date = mention.date
    if date is None or date.precision != "day" or date.start > 3 or mention.place is None \
            or not SAID_ON_DAY_HAD.match(sentence, date.end):
        return None
    # ("... bombed the clinic in X" then "On Monday, state TV claimed its jets had hit fighters in X Township")
    told = next((m for m in reversed(mentions) if m.place is not None and _bare_name(m.place.name) == _bare_name(mention.place.name)
                 and m.date is not None and m.date.precision == "day" and 0 < (date.date - m.date.date).days <= 3), None)
    return replace(told.date, start=-1, end=-1) if told is not None else None


UNIT_SUFFIX = re.compile(r"\s+(?:township|district|town|city|village|area)$", re.I)


def _bare_name(name: str) -> str:
    """A place's name without the unit word that closes it ("X Township" -> "x"): one town and the township it seats."""
    return UNIT_SUFFIX.sub("", name).lower()


def _place_told_day(mention: Mention, mentions: list[Mention]) -> DateMention | None:
    """The day of the strike told last at a place, for a strike told there again with no day of its own (not the day
    of the strike told just before it, elsewhere)."""
    if mention.date is None or mention.date.start >= 0 or mention.place is None:
        return None
    told = next((m for m in reversed(mentions) if m.place is not None and m.place.name == mention.place.name), None)
    if told is None or told.date is None or told.date.start < 0 or told.date.precision != "day" or told.date.date == mention.date.date:
        return None
    return replace(told.date, start=-1, end=-1)


SAID_WORDS = re.compile(r"\s*(?:(?!(?:the|this|these|those)\b)[\w-]+\s+){0,2}", re.I)  # "that Israeli jets", not "that the jets"


def _said_that(sentence: str, stated: DateMention, trigger: Trigger) -> bool:
    """Whether a trigger opens what was said on a day ("said Monday that Israeli jets bombed ..."): its "that"
    is the statement's, not a pointer to a strike told before."""
    that = STATED_THAT.match(sentence, stated.end)
    return that is not None and that.end() <= trigger.start and SAID_WORDS.fullmatch(sentence, that.end(), trigger.start) is not None



# ("rescuers pulled two more bodies out on Sunday", "firefighters recovered the last bodies, a man and his son, from
# under a fallen staircase early on Monday": the day of the search, however long the bodies' description; not "pulled
# bodies from homes that were hit a day earlier": the day a clause about the strike gives)
RECOVERED_BY_DAY = gated(re.compile(r"\b(?:pulled|recovered|retrieved|dug\s+out)\s+(?:[\w,-]+\s+){0,3}?(?:bodies|body|remains|survivors)\b"
                                    r"(?:(?!\b(?:that|which|when|where|after)\b)[^.;]){0,100}?(?:on\s+|(?:early|late)\s+(?:on\s+)?)?$", re.I))


def _reporting_day(sentence: str, date: DateMention) -> bool:
    """Whether a date is the day something was said or counted ("officials said Thursday"), not the strike's
    (not "officials said Tuesday's strike ...": a day owning what follows is that thing's day), or the day a market moved."""
    return bool(REPORTING_DATE.search(sentence[max(0, date.start - 80):date.start])) \
        and not OWNING.search(sentence, date.start, date.end) or bool(OWNS_A_COUNT.match(sentence, date.end)) \
        or bool(REACTED.match(sentence, date.end) or REACTED_ON.search(sentence, 0, date.start) or MOURNED.match(sentence, date.end)
                or MOURNING_HELD.search(sentence, max(0, date.start - 60), date.start)) \
        or bool(MARKET_MOVED.search(sentence[max(0, date.start - 80):date.start])) and not WHEN_AFTER.match(sentence, date.end) \
        or bool(RECOVERED_BY_DAY.search(sentence, max(0, date.start - 160), date.start))


# "Diesel margins widened on Monday after drones hit a depot": the day of a market's move (not "prices soared on
# July 24 when a drone attack damaged the port": the day of both)
MARKET_MOVED = gated(re.compile(r"\b(?:prices?|futures|crude|brent|wti|oil|diesel|gasoline|petrol|shares|stocks|markets?|index|indices|spreads?|"
                                r"margins?|rouble|ruble|hryvnia|dollar|premiums?|yields?|wheat|grain)\b[^.;]{0,40}?\b(?:rose|rises|fell|falls|dropped|"
                                r"climbed|jumped|surged|soared|slipped|slid|tumbled|gained|widened|narrowed|firmed|eased|rallied|extended|traded|"
                                r"closed|opened|edged)\b[^.;]{0,30}?(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?$", re.I))
WHEN_AFTER = re.compile(r"\s*,?\s+(?:when|as)\b", re.I)


# "The EU on Friday condemned an air strike on X", "relatives on Thursday buried nine people killed when ...", "a court
# ruled on Wednesday that ...", "Kabul on Wednesday accused X of air strikes": the day of a reaction to a strike, not the strike's
_REACTIONS = r"(?:condemned|condemns|denounced|denounces|deplored|deplores|decried|decries|critici[sz]ed|critici[sz]es|mourned|mourns|" \
             r"buried|buries|ruled|rules|protested|protests|demanded|demands|urged|urges|called\s+(?:for|on)|calls\s+(?:for|on)|" \
             r"lamented|laments|accused|accuses|blamed|blames|expressed|expresses|voiced|voices|welcomed|welcomes|regretted|regrets|" \
             r"defended|defends|justified|justifies)"
# "the agency on Friday raised its count of the dead to 31", "officials on Monday put the toll at 12": the day the count
# was revised
_REVISED = r"(?:raised|revised|updated|increased|lowered|put)\b(?=[^.;]{0,40}?\b(?:toll|number|figure|count)\b)"
REACTED = re.compile(r",?\s+(?:also\s+)?(?:" + _REACTIONS + r"\b|" + _REVISED + ")", re.I)
# "Crowds filled the square on Monday for the funeral of eleven women killed when ...": the day of the mourning
MOURNED = re.compile(r"\s+(?:for|at|to)\s+(?:the\s+|a\s+)?(?:(?:mass|joint|state)\s+)?(?:funerals?|burials?|bury|mourn|vigils?|wakes?)\b", re.I)
# "Funerals were held on Saturday for the people killed when ...", "Burials began on Saturday in X, the town where a
# missile had struck ...": the day of the mourning
MOURNING_HELD = gated(re.compile(r"\b(?:funerals?|burials?|vigils?|memorials?|farewells?|wakes?)\s+(?:[\w'’-]+\s+){0,4}?"
                                 r"(?:(?:were|was)\s+held|took\s+place|began|begin|started)\s+"
                                 r"(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?$", re.I))
REACTED_ON = gated(re.compile(r"\b" + _REACTIONS + r"\s+(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)$|"
                              # ("The Council condemned the X attack on Friday.": the day of the reaction, the attack told before)
                              r"\b" + _REACTIONS + r"\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|raids?)\s+on\s+$", re.I))


# "A day later, the ministry announced that ...": a day counted from the strike told, that opens the sentence and
# dates what a side then said ("On Friday, the army announced that its drones had struck ..." may be the strike's day)
LATER = re.compile(r"(?:an?|one|two|three|four|five|\d+)\s+(?:days?|hours?)\s+later|the\s+(?:next|following)\s+(?:day|morning|evening)", re.I)
NEAR_TOWN_OF = re.compile(r"\bnear\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|village|city)\s+of\s+$", re.I)  # not a bearing: "north of X"
# "a bomb hit near the X Hotel", "dropped two bombs on the X hypermarket"
# ("air attacks hit homes close to the X hospital": the site a strike is placed by, in the town told)
SITE_HIT = re.compile(r"\b(?:(?:hit|struck|landed|fell|exploded|slammed)\s+(?:near|at|on|in|beside|outside)?|"
                      r"(?:close\s+to|next\s+to|near\s+to)|"
                      r"(?:dropped|fired|launched)\s+(?:[\w-]+\s+){0,4}?(?:on|at|onto))"
                      r"\s*(?:the\s+)?$", re.I)
TOLD_STRIKE_AS_TIME = first_char_checked(re.compile(r"\b(?:before|until|till|since|during)\s+(?:the|that|this)\s+$", re.I))  # (not "before the army struck")
PERIOD_COVERED = re.compile(r"\b(?:covering|spanning)\s+(?:the\s+(?:period|days?|week)\s+)?(?:from\s+)?(?:[\w-]+\s+(?:to|through|until)\s+)?$", re.I)
OTHER_ZONE_DAY = re.compile(r"\b\d{1,2}:?\d\d\s*(?:GMT|UTC)\s+(?:on\s+)?$")
STATEMENT_DATED = first_char_checked(re.compile(r"\b(?:bulletin|statement|communiqu[ée]|briefing|update|report|release)\s+(?:dated\s+|of\s+|issued\s+(?:on\s+)?)(?:the\s+)?$", re.I))
SAID_AFTER_DAY = re.compile(r"\s*,?\s+(?:[\w'’.-]+\s+){1,6}?(?:said|told|reported|announced|confirmed|stated)\b", re.I)  # "On Monday, the mayor said"
TOLL_OF_THE = re.compile(r"\b(?:killed|died|dead|wounded|injured|hurt)\s+(?:in|by|during)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?$", re.I)
ANNOUNCED_THEN = re.compile(r"\s*,\s+(?:[\w'’.-]+\s+){1,6}?(?:announced|said|claimed|reported|stated|confirmed|declared)\s+that\b", re.I)
# "an explosion tore through a depot", "after a blast there this morning": what a later sentence may say a drone did
BLAST = gated(re.compile(r"\b(?:explosions?|blasts?|detonations?)\b", re.I))
# "... was traced to a gas leak in the kitchen": a blast whose cause is told, and is no attack
OTHER_CAUSE = re.compile(r"\b(?:caused\s+by|due\s+to|because\s+of|blamed\s+on|traced\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:fire|leak|accident|fault|malfunction|short[\s-]circuit|gas|cylinders?|ordnance|heat|negligence)\b", re.I)
# "In a Sunday statement, the ministry said ...", "a Monday communique": the day something was said
# "said on Sunday that jets had hit the village that morning": the day of the statement is the strike's too
# "Volunteers dug bodies from the rubble on Monday after jets bombed X": the day of the search, which the strike it
# follows shares when no other day is told for it (the strike came hours before, not the report's day)
DAY_THEN_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?:hours|minutes|shortly|soon|just)\s+)?after\s+"
                            r"(?:[\w'’-]+\s+){0,4}?$", re.I)
BY_DAY = re.compile(r"\bby\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)  # ("had recovered 53 bodies by Wednesday after ...": a count's day)
THAT_DAY = re.compile(r"\bthat\s+(?:[\w'’,-]+\s+){0,12}?(?:that|the\s+same|earlier\s+that)\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# "said on Saturday (night) that ...": the statement's day, then what it said
STATED_THAT = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s*that\b", re.I)
# ("the government on Thursday accused the neighbour of air strikes": the day the speaker spoke, told between it and its verb)
STATEMENT_OF_DAY = re.compile(r"(?:['’]s)?\s+(?:(?:night|evening|morning|afternoon|late|televised|written|joint)\s+)?"
                              r"(?:statements?|communiqu[ée]s?|briefings?|announcements?|press\s+(?:conference|release)s?)\b|"
                              r"\s+(?:accused|blamed|said|announced|claimed|stated|denied|alleged|published|released|issued|confirmed|"
                              r"acknowledged|admitted)\b", re.I)
# Background and campaign totals: "since the war began in 2011", "thousands of air raids".
_STRUCK_VERB = r"(?:bomb(?:ed|ing)|str(?:uck|iking)|hit(?:ting)?|pound(?:ed|ing)|target(?:ed|ing)|attack(?:ed|ing)|raid(?:ed|ing)|shell(?:ed|ing))"
CAMPAIGN = gated_alternation(re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,8}?(?:(?:(?:early|mid|late)-)?(?:19|20)\d\d|began|started|erupted|broke\s+out|intervened|launched|launching|resumed|resuming|"
                      r"took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect)\b|"
                      r"\bsince\s+the\s+(?:start|beginning|outbreak|launch|onset|fall|collapse|ouster|overthrow)\s+of\b|\bin\s+recent\s+(?:years|months|weeks)\b|"
                      # "For years, most such raids targeted the capital's outskirts": a habit of years
                      r"^\W*for\s+(?:years|months|decades)\b|"
                      # "strikes on A and B airports, which put both out of service, have not been repeated since": strikes gone by
                      r"\b(?:have|has|had)\s+not\s+been\s+repeated\b|"
                      # "carried out more than 40 strikes in X in the first half of 2022": a count over part of a year
                      r"\bin\s+the\s+(?:first|second|third|last)\s+(?:half|quarter|(?:two|three|four|five|six|nine)\s+months)\s+of\b|"
                      # "had ignored strikes on A and B for two years", "traded drone attacks on the airfield for weeks": strikes
                      # over months or years, a campaign
                      r"\b(?:strikes|raids|attacks|bombings|shelling)\s+(?:on|of|against|in)\s+[^.;]{1,60}?\bfor\s+(?:(?:two|three|four|five|six|several|many|\d+)\s+)?(?:years|months|weeks)\b|"
                      # "strikes on commanders in X were frequent under the old government": a habit of a past time
                      r"\b(?:were|was|have\s+been|had\s+been)\s+(?:frequent|common|commonplace|routine|regular|rare|a\s+regular\s+occurrence)\b|"
                      # "drone use has risen over the last year": a trend over months
                      r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|two\s+|three\s+|several\s+)?(?:year|years|months|weeks)\b|"
                      # "air raids on the area have increased": a trend of the war, no one strike
                      # ("drone attacks, until lately confined to X, have spread to Y")
                      r"\b(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings|bombardment)\b[^.;]{0,90}?\b(?:have|has|had)\s+(?:[\w-]+\s+)?"
                      # ("drone strikes, once confined to the border, have increasingly reached towns deep inside X")
                      r"(?:increased|intensified|escalated|grown|risen|surged|multiplied|spread|decreased|declined|eased|subsided|"
                      r"(?<=increasingly\s)(?:reached|extended|expanded|hit|struck|targeted)|crept|widened)\b|"
                      # "the army has stepped up air strikes on the state", "Russia has intensified drone attacks around X": a trend
                      # ("the army has in turn intensified air raids on towns in X")
                      # ("has lately stepped up the use of its drones against X": a weapon's use, stepped up)
                      r"\b(?:has|have|had)\s+(?:(?:in\s+turn|also|recently|lately|further|again|since|now)\s+)?(?:(?:stepped|ramped|scaled)\s+up|intensified|escalated|increased|expanded)\s+(?:its\s+|their\s+|the\s+)?"
                      r"(?:use\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings?|bombardment|campaign|drones|missiles)\b|"
                      # "Kyiv does not comment on individual attacks in X": a side's habit of silence, told of a kind of attack
                      r"\b(?:(?:does|do|did)\s*(?:not|n['’]t)\s+(?:usually\s+|normally\s+|typically\s+|generally\s+)?|rarely\s+|seldom\s+|never\s+)"
                      r"comments?\s+on\s+(?:individual|specific|particular|such|reports|operations|its|their)\b|"
                      # "the airport has been closed for a month because of air raids": what raids over time shut
                      r"\b(?:closed|shut|suspended|halted|grounded)\b[^.;]{0,60}?\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                      r"(?:air\s*raids|airstrikes|air\s*strikes|strikes|shelling|bombardment|drone\s+attacks)\b|"
                      # "the army has recently used combat drones against positions above X": a weapon in use, no one strike
                      r"\b(?:has|have)\s+(?:recently|increasingly|repeatedly|regularly)\s+(?:used|deployed|employed)\b|"
                      # "drones bombed refineries in A and B through the winter", "jets have bombed X for a week": strikes over a
                      # season or weeks, no one strike
                      rf"\b{_STRUCK_VERB}\s+(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){{0,8}}?(?:through(?:out)?|all)\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall)\b|"
                      rf"\b(?:have|has|had)\s+(?:been\s+)?(?:\w+ly\s+)?{_STRUCK_VERB}\s+(?:[\w'’-]+\s+){{0,4}}?for\s+(?:a|over\s+a|more\s+than\s+a|two|three|several|many)\s+(?:weeks?|months?)\b|"
                      # "three deadly drone strikes in the province in fifteen days": strikes counted over a span, no one strike
                      r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|airstrikes|strikes|raids|attacks)\b"
                      r"[^.;]{0,60}?\b(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"fifteen|twenty|thirty|a\s+few|several)\s+(?:days|weeks|months)\b|"
                      # "Recent strikes in A, B and C districts have caused alarm": strikes of late, counted as one lot
                      r"^\W*(?:the\s+)?(?:recent|latest)\s+(?:(?:air|drone|missile|israeli|russian|turkish)\s+)?(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings)\b"
                      r"[^.;]{0,80}?\b(?:have|has)\s+(?!been\s+(?:reported|confirmed)\b)|"
                      # "Strikes on clinics and wells in A and B have been documented": a record of strikes told by their kind
                      r"^\W*(?:(?:air|drone|missile)\s+)?(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings)\s+(?:on|against|in)\b[^.;]{0,100}?"
                      r"\b(?:have|has)\s+been\s+(?:\w+ly\s+)?(?:documented|recorded|logged|catalogued|verified)\b|"
                      # "X township has recorded more air strikes than any other": a tally compared, no one strike
                      r"\b(?:recorded|logged|seen|suffered|counted)\s+more\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|raids|events|incidents)\s+than\b|"
                      # "has conducted periodic strikes in A and B": strikes now and then, no one strike
                      r"\b(?:periodic|sporadic|occasional|intermittent)\s+(?:[\w-]+\s+)?(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings)\b|"
                      # "bombing of markets has become a grim routine": a habit of the war, no one strike
                      r"\b(?:have|has)\s+become\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:routine|commonplace|common|regular|daily|part\s+of)\b|"
                      # "had killed some 1,700 civilians since the military coup": a war's toll so far
                      r"\bsince\s+the\s+(?:[\w-]+\s+)?(?:coup|war|invasion|uprising|revolution|takeover|offensive|conflict|insurgency|escalation)\b|"
                      # ("since 1 October the monitor has logged 41 strikes": a count from a month's day)
                      r"\bsince\s+(?:early\s+|late\s+|mid-?|(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + _MONTH_WORDS
                      + r"|last\s+(?:month|year))\b|"
                      r"\b(?:thousands|hundreds|tens of thousands) of (?:[\w-]+ ){0,3}?(?:air ?strikes|strikes|raids|sorties|bombings)|"
                      # "worn down by years of drone strikes", "after months of bombing": strikes counted in years, no one strike
                      r"\b(?:years|months|decades)\s+of\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|airstrikes|strikes|raids|bombings?|bombardment|drone\s+attacks)\b|"
                      # "the jets kept there are used to bomb towns in A and B": what a base or a weapon
                      # serves for, no one strike
                      r"\b(?:were|are|is|was|have\s+been|had\s+been)\s+(?:also\s+|regularly\s+|often\s+)?used\s+to\s+(?:drop|strike|hit|bomb|attack|launch|fire|target|pound)\b|"
                      # "- A and B: 21 attacks", "repelled 14 assaults": a front's count of attacks, no one strike
                      r"(?::\s+|\b(?:repelled|repulsed|fended\s+off|beat\s+back)\s+)(?:[5-9]|\d{2,})\s+(?:enemy\s+)?(?:attacks|assaults|clashes|combat\s+engagements)\b|"
                      # "X countryside: 17 strikes, chiefly on villages south of the city": a tally's line, an area and its count
                      # ("- X countryside: 7 (mostly drone strikes on vehicles)": the count, what they were in brackets)
                      r"^\W*(?-i:[A-Z])[\w'’ -]{2,50}:\s+(?:about\s+|some\s+|at\s+least\s+)?\d+\s+(?:(?:[\w-]+\s+)?(?:air\s*strikes|airstrikes|strikes|"
                      r"raids|attacks|sorties|incidents)\b|\((?:mostly|mainly|chiefly|largely|all|including)\b)|"
                      # "the strikes have become a near-routine feature of life in X", "retaliated with repeated raids on Y": a
                      # campaign's habit
                      r"\b(?:strikes|raids|attacks|bombings)\s+(?:have|has)\s+become\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:feature|part|fact|routine|norm)\b|"
                      r"\b(?:has|have)\s+(?:responded|retaliated|replied)\s+with\s+repeated\s+(?:air\s*)?(?:strikes|raids|attacks)\b|"
                      # "most strikes in X province fell on towns held by the militia": where a campaign's strikes fell
                      r"\bmost\s+(?:of\s+the\s+)?(?:air\s*)?(?:strikes|raids|attacks|bombings)\s+(?:in\s+[^.;]{0,40}?\s+)?(?:fell|hit|struck|targeted|landed)\b|"
                      # "carried out 8 drone attacks, by the monitor's count: 5 in X and 3 near Y": a count and its parts
                      r"\b\d+\s+(?:[\w-]+\s+){0,2}?(?:strikes|raids|attacks|operations)\b[^.;:]{0,80}:\s*\d+\s+(?:in|during|on|against|near|at)\b|"
                      # "with 23 paraglider attacks recorded, mostly in A and B": a count of the month's attacks, no one strike
                      r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:attacks|strikes|raids|incidents)\s+(?:were\s+|was\s+)?(?:recorded|logged|documented|counted|verified)\b|"
                      # "drone activity has dropped sharply since then": a trend, no one strike
                      r"\b(?:drone|air|aerial|air\s+force)\s+activity\s+(?:has|have|had)\s+(?:[\w-]+\s+)?(?:dropped|fallen|fell|risen|rose|slowed|increased|decreased|declined|eased)\b|"
                      # "has mounted a dozen waves of strikes on the country since then": a campaign's count since a day told
                      r"\b(?:has|have)\s+(?:carried\s+out|conducted|launched|mounted|staged)\b[^.;]{0,80}?\bsince\s+then\b|"
                      # "attributed the majority of air strikes in A and B to the army": a share of many strikes
                      r"\b(?:majority|bulk|most|half|share|proportion|three-quarters|two-thirds|a\s+third|a\s+quarter|\d+\s*(?:%|per\s*cent|percent))\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:air ?strikes|airstrikes|strikes|raids|sorties|bombings|attacks)\b|"
                      # "X is a frequent target of the raids": a place's record, no one strike
                      r"\b(?:main|chief|principal|frequent|regular|favourite|favorite)\s+targets?\s+of\b|"
                      # "has hit more than 500 targets this year, most of them in A, B and C": a campaign's statistics
                      r"\b(?:more than |over |some |nearly |almost )?\d[\d,]{2,}\s+(?:[\w-]+\s+)?(?:targets|air ?strikes|strikes|raids|sorties|violations|attacks)\b|"
                      # "Every time there is an attack, the border districts pay the price": a habit, no strike
                      r"^\W*(?:every\s+time|each\s+time|whenever)\b|"
                      r"\b(?:so far )?this year\b|\b(?:during|throughout)\s+the\s+(?:year|month)\b(?!\s+(?:of|before|after)\b)|\bmost of (?:them|which|those) (?:in|on|at)\b|\bthe\s+(?:vast\s+)?majority(?:\s+of\s+(?:them|which|those))?\s+(?:in|on|at)\b|"
                      # "the number of reported drone strikes in the region has fallen": a trend, no strike
                      r"\bthe\s+(?:number|pace|frequency|tempo)\s+of\s+(?:[\w-]+\s+){0,3}?(?:air ?strikes|strikes|raids|attacks|sorties)\b|"
                      r"\bmost\s+(?:of\s+the\s+)?(?:strikes|attacks|raids|missiles|drones)\s+(?:hit|struck|targeted|were|fell)\b|"
                      # "The fighting has killed 200 fighters": the war's dead, not a strike's (not "one of the
                      # heaviest attacks of the war has killed 41": an attack measured against the war)
                      r"(?<!\bof\s)\bthe\s+(?:fighting|war|conflict|hostilities|violence|clashes|offensive)\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|left)\b|"
                      # "where before there were raids nearly every night": how often, not one strike
                      r"\b(?:almost|nearly|practically|virtually)\s+(?:every\s+(?:day|night|week|month)|daily|nightly|weekly)\b|"
                      # "the air force routinely conducts operations against rear bases in X": a habit, no strike
                      r"\b(?:routinely|regularly|frequently|often|repeatedly|usually|typically)\s+(?:conducts|carries\s+out|launches|strikes|targets|bombs|hits|attacks|pounds)\b|"
                      # "the army has used its drones and converted transports to strike towns in the west": a way of war, no strike
                      r"\b(?:has|have)\s+(?:long\s+|repeatedly\s+|increasingly\s+)?(?:been\s+)?(?:us(?:ed|ing)|deploy(?:ed|ing)|employ(?:ed|ing)|relied\s+on)\s+"
                      r"[^.;]{0,120}?\b(?:drones|jets|aircraft|warplanes|planes|helicopters|bombers|missiles|bombs|munitions)\b[^.;]{0,120}?\bto\s+(?:strike|hit|bomb|attack|target|pound|degrade|destroy|wear\s+down)\b"
                      r"(?![^.;]*\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|on\s+\w+day|overnight|since\s+dawn)\b)|"
                      # "the other side's drones have killed 40 people in the country": a side's dead so far, of no one day
                      r"\b(?:missiles|drones|air\s?strikes|airstrikes|strikes|raids|bombings|attacks)\s+(?:have|has)\s+(?:so\s+far\s+|now\s+)?killed\b"
                      r"(?![^.;]*\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|on\s+\w+day|overnight|since\s+dawn)\b)", re.I))
# "In 2016, ...", "during 2019", "cases from 2017", "last year's attacks": a year, and no day, that dates a strike before the report's year.
PAST_YEAR = gated_alternation(re.compile(r"\b(?:in|during|throughout|until|till|(?:reports?|cases|incidents|allegations|claims|strikes|raids)\s+from)\s+(?:early\s+|late\s+|mid-?|the\s+(?:summer|winter|spring|autumn|fall|first\s+half|second\s+half)\s+of\s+)?"
                       r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\d)|"
                       # "between June and October 2017", "from March to May 2016": months of a past year
                       r"\b(?:between|from)\s+(?:early\s+|late\s+|mid-?)?(?:" + _MONTH_WORDS + r")\s+"
                       r"(?:and|to|until|till|through)\s+(?:early\s+|late\s+|mid-?)?(?:" + _MONTH_WORDS + r")\s+(?P<through>(?:19|20)\d\d)\b|"
                       # "over a 2019 raid on the hospital": a strike named by its year
                       r"\b(?:an?|the)\s+(?:(?:" + _MONTH_WORDS + r")\s+)?(?P<modifier>(?:19|20)\d\d)\s+(?:(?-i:[A-Z])[\w.’'-]*\s+)?(?:(?:air|drone|missile)\s*)?(?:strikes?|raids?|attacks?|bombings?|airstrikes?)\b|"
                       # "last year's attacks", "a strike last year on a cafe", "in February last year", "Last year, jets ..."
                       r"\blast\s+year['’]s\b|\bof\s+last\s+year\b|\b(?:strikes?|raids?|attacks?|bombings?|air\s?strikes?)\s+last\s+year\b|"
                       # "the worst raids were last spring", "where jets killed dozens in the spring": a season of the past
                       r"\blast\s+(?:autumn|fall|spring|summer|winter)\b|\bin\s+the\s+(?:autumn|fall|spring|summer|winter)\b(?!\s+of\b)|"
                       r"\b(?:" + _MONTH_WORDS + r")\s+last\s+year\b|^\W*(?:[\w-]+\s+){0,2}?last\s+year\s*,|"
                       # "jets bombed a market in X last year.": the clause's strike, a year back (not "the worst since last year")
                       r"(?<!since\s)(?<!than\s)(?<!\bas\s)\b(?:(?:early|late|earlier)\s+)?last\s+year\s*[.;]|"
                       r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|some|\d+)\s+years?\s+(?:ago|earlier)\b|"
                       # "one on a minibus in X last year": the place's strike of last year
                       r"\b(?:strikes?|raids?|attacks?|bombings?|air\s?strikes?|one)\s+(?:on|in|at|near|against)\s+(?:[\w'’-]+\s+){0,5}?"
                       r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+last\s+year\b", re.I))
# "in the first days after the regime's fall", "in the opening weeks of the invasion": a war's past, whatever
# the clause after "after" tells
WAR_PERIOD = first_char_checked(re.compile(r"\bin\s+the\s+(?:first|early|earliest|opening|initial|final|last|closing)\s+(?:days|weeks|months|years)\s+"
                                           r"(?:of|after|following)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                                           r"(?:war|invasion|conflict|offensive|fall|uprising|revolution|ouster|overthrow|collapse|coup|takeover|aggression)\b|"
                                           # "struck the sites at X and Y during the 12-day war": a war told by its length, over before the report
                                           r"\b(?:during|in)\s+(?:the|last\s+(?:year|month)['’]s)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)[-\s]day\s+(?:war|conflict|escalation|campaign)\b|"
                                           # "has used jets since the siege of X, when raids on Y killed dozens": dated by a war before
                                           r"\b(?:since|during)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict|siege|offensive|uprising|insurgency|invasion)\s*,\s*when\b", re.I))
# "drones were launched against targets in A, B and C": a volley's aim, which tells of no impact anywhere unless
# the sentence says something landed or was hit
# (said of the volley, in the passive: "jets fired at a post near X" and "sent bombers against A, B and C" tell attacks)
AIMED_AT = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+(?:launched|fired|sent|directed|aimed)\s+(?:at|against|towards?)\b", re.I)
# "a missile had been fired at X", "drones launched at targets in Y", "drone launches toward Z": where an attack was aimed
# (not "they fired a missile at X": a side telling its own attack, whose impact the next sentence may tell)
AIMED_AT_ONE = gated(re.compile(r"\b(?:(?:were|was|had\s+been|have\s+been)\s+(?:launched|fired|sent|directed|aimed)|launch(?:es)?)"
                                r"\s+(?:at|against|towards?)\b", re.I))
# ("sent bombers against A and B, while submarines fired missiles at C": a raid told beside the missiles aimed)
BOMBED_TOO = re.compile(r"\b(?:bombers?|jets?|warplanes?|aircraft|planes?|helicopters?|bomb(?:s|ed|ing)?|struck|strikes?|raids?|airstrikes?)\b", re.I)
SAID_AIMED = re.compile(r"\b(?:said|says|added|claimed|claims|announced|stated)\b", re.I)
LANDED = re.compile(r"\b(?:hit|hits|struck|strikes|landed|fell|exploded|damag\w+|destroy\w+|burn\w*|set\s+fire|impact\w*|debris|wreckage)\b", re.I)
# "has hit", "have targeted": what a side has struck, told in the perfect without a day
RECORD = gated(re.compile(r"\b(?:has|have)\s+(?:also\s+|repeatedly\s+|since\s+)?(?:hit|struck|targeted|bombed|attacked|shelled|pounded)\b", re.I))
# "... after an Israeli <strike> killed five in Y" (not "after the air raids": those just told)
AFTER_A = first_char_checked(re.compile(r"\b(?:after|following)\s+(?:an?|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?$", re.I))
def _recap(ranks: str) -> re.Pattern[str]:
    """ "It was the <rank> ... strike": where a sentence says a strike stands among others."""
    # ("The raid on X was one of a series of ...": the strike told before, by its place)
    return re.compile(r"\s*(?:It|This|That|The\s+(?:[\w-]+\s+)?(?:attack|strike|raid|bombing)(?:\s+(?:on|in|at|near)\s+(?:the\s+)?"
                      r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?)\s+(?:is|was|marks|marked|became|is\s+now)\s+"
                      + ranks + r"\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|raids?|bombings?|air\s*strikes?)\b", re.I)


RECAP = _recap(r"(?:(?:the\s+|at\s+least\s+the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))|"
               r"one\s+of\s+(?:an?\s+(?:series|wave|string|spate|number)\s+of|several|many|dozens\s+of|scores\s+of)|"
               # ("The raid is the latest in a run of drone attacks on X")
               r"the\s+latest\s+in\s+an?\s+(?:series|wave|string|spate|run)\s+of)")
# '"Third drone attack on a base in the north in a month.': a post's shorthand count of the strikes a period saw
RECAP_COUNT = re.compile(r"\W*(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:attacks?|strikes?|raids?|bombings?)\s+(?:on|in|against)\s+[^.;!]{1,60}?\bin\s+(?:a|one|the\s+(?:past|last))\s+"
                         r"(?:week|fortnight|month|year)\b", re.I)
# "It was the first Israeli strike on Beirut in months", "the deadliest raid on the city this year": where a strike told
# before stands (after none, "This was the first airstrike since the truce, in X district" may be the one telling of it)
RECAP_MOST = _recap(r"(?:the\s+)?(?:first|deadliest|biggest|largest|heaviest|worst|most\s+(?:intense|serious|lethal))")
NTH_TIME = re.compile(r"\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+time\s+(?:(?:in|so\s+far)\s+)?$", re.I)
# ("..., the fourth such attack on the station this month", "the third drone attack on the city in a week"): a strike's
# rank among those of a period, told just before that period
RANK_IN_PERIOD = re.compile(r",\s+(?:the\s+|at\s+least\s+the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+"
                            r"(?:such\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|raids?|bombings?)\b[^,;.]*$", re.I)
# "an earlier quadcopter attack", "two previous strikes", "another, earlier raid": strikes told as before the one reported
# ("Earlier Israeli strikes attributed to the bomb include one on X": strikes before, their days untold; not "Earlier, jets
# struck X" nor "Earlier on Monday", a time of the day told)
EARLIER_ONE = gated(re.compile(r"\b(?:an|another|one|two|three|several|some)\s*,?\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?$|"
                               r"^\W*(?:earlier|previous|prior)\s+(?!(?:on|in|at|that|this|today|tonight|yesterday|in|during)\b)(?:[\w-]+\s+){0,2}?$|"
                               # ("a hospital had been damaged in earlier raids": strikes gone before, uncounted)
                               r"\b(?:in|during|by)\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,1}?$", re.I))
# "The city was last hit at the start of the month, when a drone struck a block": the strike before the one reported
LAST_HIT = gated(re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?last\s+(?:hit|struck|targeted|attacked|bombed|shelled)\b", re.I))
SAID_THEN = gated(re.compile(r"\b(?:said|claimed|announced|stated|insisted|reported|acknowledged)\s+at\s+the\s+time\b", re.I))
PAST_STRIKES = re.compile(r"\b(?:previous|earlier|past|prior)\s+(?:[\w-]+\s+){0,2}?(?:strikes|raids|attacks|bombings|airstrikes)\s+$", re.I)
# "The force has also carried out drone attacks in A and B": strikes, uncounted, that a side has made again and again
RECORD_AGAIN = first_char_checked(re.compile(r"\b(?:has|have)\s+(?:also|repeatedly|previously|often|frequently|regularly)\s+(?:carried\s+out|conducted|launched|"
                                             r"staged|mounted|made)\s+(?:(?-i:[a-z-]+)\s+){0,2}?(?:attacks|strikes|air\s*strikes|raids|bombings)\b", re.I))
CAMPAIGN_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?-i:[a-z]+ly)\s+)?(?:carried\s+out|conducted|launched|staged|mounted|dropped|used|"
                              r"hit|struck|targeted|bombed|attacked|pounded)\b", re.I)
# "... killed on Wednesday when a drone struck": the dead, then the strike that killed them
WHEN_STRIKE = first_char_checked(re.compile(r"\b(?:killed|died|dead|wounded|injured|buried|perished)\b[^.;]{0,80}?\b(?P<when>when)\s+(?:[\w'’-]+\s+){0,5}?$", re.I))
# "driving towards X", "bound for X", "on its way to X": a journey's end, named beside the place it was cut short
DESTINATION = first_char_checked(re.compile(r"\b(?:towards?|bound\s+for|en\s+route\s+to|on\s+(?:its|their|his|her|the)\s+way\s+to|"
                                            r"heading\s+(?:to|for|towards?))\s+(?:the\s+)?(?:(?:town|city|village|port|capital)\s+of\s+)?$", re.I))
# "on the X road just outside Y": a road named for the town it leads to, the place told after it where the strike was
ROAD_TO = re.compile(r"\b(?:on|along|off)\s+the\s+$", re.I)
ROAD_NAMED = re.compile(r"\s+(?:road|highway|motorway)\s+(?:just\s+)?(?:outside|near|in|at|by)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
                        r"(?-i:[A-Z])", re.I)
# "Tendalti, 85 km west of Kosti on the road to A and B", "towns on the supply road to X": where a road leads, told of a
# place on it
ROAD_LEADS_TO = re.compile(r"\bon\s+the\s+(?:main\s+|supply\s+)?(?:road|highway)\s+to\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+and\s+)?$")
NEAR_PLACE = first_char_checked(re.compile(r"\b(?:near|in|at|outside)\s+(?:the\s+)?(?:(?:village|town|city|hamlet|settlement)\s+of\s+)?$", re.I))
# "a drone strike has struck a flat in X, killing four": one strike, just reported, is the subject
ONE_STRIKE_HAS = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:strike|airstrike|raid|attack|bombing|missile|drone|bomb)\s+$", re.I)
# A memorial, a vigil, flowers laid: a day of remembrance, whose strike is an old one when the sentence dates it so.
REMEMBRANCE = gated(re.compile(r"\b(?:memorials?|laid\s+(?:flowers|wreaths)|commemorat\w*|remembrance|vigils?|anniversary|candles?|mourn\w*|"
                               r"(?:stood|stand|standing)\s+in\s+silence|(?:minute|moment)['’]?s?\s+(?:of\s+)?silence)\b", re.I))
# "the hour the bomb fell two years ago": how long ago a remembered strike was
YEARS_AGO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+(?:ago|earlier|before)\b", re.I)
# "Correction: this story first put the raid in X": a correction names what was wrong
# What a writer who checked a claim finds: it did not happen ("no sign of the strike", "the footage is old", "turned out to
# be a gas explosion", "artillery, not aircraft", "FALSE", "Treat as false"); a side's own denial is not this
DEBUNKED = gated_alternation(re.compile(r"\bno\s+(?:sign|evidence|trace)\s+of\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|raids?|damage|impacts?|hits?)\b|"
                            r"\b(?:did\s+not|didn['’]t)\s+(?:happen|take\s+place|occur)\b|\bno\s+(?:air\s*)?(?:strike|raid|attack)\s+(?:took\s+place|happened|occurred)\b|"
                            r"\b(?:turned\s+out|proved|was\s+later\s+found|were\s+later\s+found)\s+to\s+(?:be|have\s+been)\b|"
                            r"\b(?:old|recycled|archive)\s+(?:footage|video|videos|images?|photos?|clips?)\b|"
                            r"\bnot\s+(?:an?\s+)?(?:air\s*strikes?|airstrikes?|aircraft|drones?|air\s+raids?)\b(?=\s*[.;,)]|\s*$)|"
                            r"(?-i:\bFALSE\b|\bFAKE\b)|\btreat\s+(?:it\s+|this\s+|them\s+)?as\s+(?:false|fake|unconfirmed)\b", re.I))
# "Posts saying jets flattened the market in X are fabricated", "A claim that jets raided Y is unfounded": a claim the
# sentence opens with, and the writer's verdict on it
FALSE_CLAIM = re.compile(r"\W*(?:(?:the|a|an|these|those|such|online|viral|social\s+media|widely\s+shared)\s+)*"
                         r"(?:claims?|posts?|reports?|videos?|footage|images?|photos?|pictures?|clips?|rumou?rs?|allegations?)\b"
                         r"[^.;]{0,160}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:false|fake|fabricated|unfounded|unsupported|baseless|"
                         r"untrue|misleading|doctored|manipulated|AI-generated|a\s+hoax)\b", re.I)
# ("claim hits that Saudi authorities say did not happen": what one side says of the other's claims, not a finding)
HEARSAY = re.compile(r"\b(?:say|says|said|claim|claims|claimed|insist|insists|maintain|maintains)\b[^.;]{0,40}$", re.I)
SIDE_DENIES = re.compile(r"\b(?:denied|denies|deny|denying|dismissed|rejected|rejects)\b", re.I)
# "a year after missiles struck X", "two years since an air strike killed 40", "marked one year on Tuesday since a missile
# hit X": the strike that began a span of months or years, told as background (not "two years since the truce, jets hit X")
_DAYNAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SPAN_DAYS = {"year": 365, "month": 31, "decade": 3650}
ELAPSED = gated(re.compile(r"\b(?P<n>" + COUNT_WORD + r"|several|many)\s+(?:full\s+|long\s+)?"
                           r"(?P<unit>year|month|decade)s?\s+(?:(?:on|to\s+the\s+day)\s+)?(?:(?:on\s+)?" + _DAYNAME + r"\s+)?"
                           r"(?:after|since|on\s+from)\b[^.;,]{0,80}$", re.I))
CORRECTION = gated(re.compile(r"^\W*(?:correction|clarification)s?\b|"
                        # "Updated 13 Mar, 09:14 GMT: Adds comment on the X strike", "(Adds toll in paragraph 3)": what an
                        # update changed in the story, which tells it
                        r"^\W*(?:updated?|editor['’]s\s+note)\b.{0,40}?:\s*(?:adds|recasts|rewrites|writes\s+through|updates|changes|corrects)\b|"
                        r"^\s*\((?:adds|recasts|rewrites|writes\s+through|updates|changes|corrects)\b|\b(?:this|the|an\s+earlier\s+version\s+of\s+this)\s+(?:report|article|story|entry|post|item)\s+"
                        r"(?:initially|originally|previously|earlier|wrongly|incorrectly|mistakenly)\s+(?:placed|said|stated|reported|gave|named|put|located|identified)\b"
                        # ("An earlier version said the attack took place in X": what an update set right)
                        # (a live page's: "In an update at 06:10 we reported the raid had struck X", "The entry from 11:45 named Y")
                        r"|^\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|BST|CET|EET|UTC)?\s*[-–—:|]\s*)?(?:in\s+)?(?:an?|our|the)\s+(?:earlier\s+)?(?:post|entry|update)\s+(?:at|from)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|CET|EET|UTC|local\s+time)?\s*,?\s+"
                        r"(?:we\s+)?(?:said|stated|reported|wrote|placed|named|gave)\b"
                        # (a live page's: "An earlier version of our 14:05 item named ...", "An earlier update, at 16:30, placed ...")
                        r"|\b(?:an?|the)\s+(?:earlier|previous|original|first)\s+(?:version(?:\s+of\s+(?:this|the|our)\s+(?:[\d:.]+\s+)?(?:report|article|story|item|entry|post|update|blog|page))?"
                        r"|entry|post|update)(?:,\s+(?:at|from)\s+[\d:.]+\s*(?:[ap]\.?m\.?|GMT|BST|CET|EET|UTC|local\s+time)?,)?"
                        r"(?:\s+(?:initially|originally|wrongly|incorrectly|mistakenly))?\s+(?:placed|said|stated|reported|gave|named|put|located|identified|misidentified|misstated|blamed|attributed)\b",
                        re.I))


# "Attacks on A, B, C and D hromadas were recorded": a day's list of the communities under fire, by any weapon
COMMUNITIES_UNDER_FIRE = gated(re.compile(r"\b(?:attacks|strikes|shelling|explosions)\s+(?:on|in)\s+[^.;]{0,200}?\b(?:hromadas|communities|settlements|villages)\s+"
                                          r"(?:were|was|have\s+been|had\s+been)\s+(?:recorded|reported|registered|logged)\b", re.I))


# "the army recorded 41 violations", "monitors counted dozens of raids": a tally
TALLIED = re.compile(r"\b(?:counted|recorded|logged|documented|tallied)\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d[\d,]*|dozens\s+of|scores\s+of|"
                     r"hundreds\s+of)\s+(?:[\w-]+\s+)?(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings|violations|incidents|operations)\b", re.I)


# Totals over a span or an area: "killed in the two days of strikes on the camp", "over the past week",
# "across the country".
# ("one of three in the region in three days": a tally of the days' strikes)
# (each branch behind its own gate: a strike's sentence holds the words of some, "over", "killed", "this", not all)
AGGREGATE = gated_alternation(re.compile(r"\bin\s+(?:the\s+)?(?:two|three|four|five|six|seven|several|few|\d+)\s+(?:days|weeks|months|years)\s+of\b|"
                       # "three raids killed 20 within two days", "in the space of a few nights": a tally of the days' strikes
                       r"\b(?:in\s+the\s+space\s+of|within)\s+(?:two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days|nights)\b|"
                       r"\bone\s+of\s+(?:two|three|four|five|six|seven|\d+)\b[^.;]{0,40}?\bin\s+(?:two|three|four|five|six|seven|\d+)\s+(?:days|nights)\b|"
                       r"\b(?:across|throughout)\s+the\s+(?:country|nation|province|region|territory|(?:Gaza\s+)?Strip)\b|"
                       # (not "knocking the country off the internet nationwide": an effect felt everywhere)
                       r"(?<!internet\s)(?<!blackout\s)(?<!outages\s)(?<!power\s)(?<!electricity\s)\bnationwide\b|"
                       # "70 drones and two missiles launched at the country in the night": a barrage over a whole country
                       r"\b(?:fired|launched|sent)\s+(?:at|against|on|towards?)\s+the\s+(?:country|nation|whole\s+country)\b|"
                       r"\b(?:over|during|across|in)\s+the\s+(?:past|last|previous)\s+(?:two|three|four|five|six|seven|several|few|\d+\s+)?"
                       r"\s*(?:days|weeks?|months?)\b|"
                       # "struck border villages 27 times over the past day", "during the reporting period"
                       r"\b(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:day|night|24\s+hours)\b|"
                       # ("the 31 neutralised for the week include ...": a bulletin's weekly figure)
                       r"\b(?:during|over|throughout|for)\s+the\s+(?:week|weekend|fortnight|reporting\s+period)\b|\bin\s+the\s+reporting\s+period\b|"
                       # "strikes in A, B and C killed 58 in a single week": a week's tally over several places
                       r"\bin\s+(?:a\s+single|just\s+one|one)\s+(?:week|month|fortnight)\b|"
                       # "had struck a total of 19 locations since Friday", "monitors counted 34 raids in A, B and C": a tally
                       r"\ba\s+total\s+of\s+(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?(?:locations|sites|targets|places|strikes|raids|attacks|areas)\b|"
                       + TALLIED.pattern + "|"
                       # "documented the death of 3,882 people across Syria in 2021": a whole year's tally
                       # (not "since the war began in 2011": the year of another event)
                       r"\b(?:killed|deaths?|dead|died|casualties)\b[^.;]{0,60}?(?<!began\s)(?<!started\s)(?<!erupted\s)(?<!born\s)"
                       r"\b(?:in|during|throughout)\s+(?:all\s+of\s+)?(?:19|20)\d\d\b(?!\s*[-–/]\d)|"
                       # "hundreds of civilians have now been killed by bombing across X since the offensive began": a
                       # campaign's dead to date (not "two have died since the strike on the school": one strike's toll)
                       r"\b(?:have|has|had)\s+(?:now\s+)?been\s+(?:killed|wounded|injured)\b[^.;]{0,100}?\bsince\b"
                       r"(?!\s+(?:the|this|that|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s)\s+"
                       r"(?:[\w-]+\s+)?(?:strike|air\s*strike|airstrike|attack|raid|bombing|explosion|blast)\b)|"
                       # "had carried out more than 310 strikes across the country since Sunday": a campaign's count
                       r"\b(?:carried\s+out|conducted|launched|staged)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+|at\s+least\s+)?\d{2,}\s+"
                       r"(?:air\s*strikes|airstrikes|strikes|raids|attacks|sorties)\b[^.;]{0,40}?\b(?:across|throughout|since)\b|"
                       # "logged 40 incidents across the country": a monitor's count of incidents
                       r"\b(?:\d+|dozens|scores|hundreds)\s+(?:separate\s+)?incidents\b|"
                       # "raids on oil plants this autumn cut output": a season's strikes
                       r"\b(?:this|last)\s+(?:autumn|fall|winter|summer|spring)\b(?!\s+(?:morning|night|evening))|"
                       # "with drones hitting cars almost every day": a pattern of strikes
                       r"\b(?:almost|nearly)\s+(?:every\s+(?:day|night)|daily|nightly)\b|"
                       # "attacks in the two provinces rose every year after 2021": a trend over years
                       r"\b(?:every|each)\s+year\b|"
                       # "raids had left over 300 people dead in the past year": a year's dead (not "bought drones in the past year")
                       r"\b(?:killed|died|deaths?|dead)\b[^.;]{0,60}?\b(?:over|during|across|in)\s+the\s+(?:past|last|previous)\s+"
                       r"(?:(?:two|three|four|five|\d+)\s+)?years?\b|"
                       # "in the second week of June", "over the winter": a period's strikes
                       r"\bin\s+the\s+(?:first|second|last)\s+(?:half|week|weeks|days|fortnight)\s+of\s+(?-i:[A-Z])[a-z]+\b|"
                       r"\b(?:over|during|throughout)\s+the\s+(?:winter|summer|spring|autumn)\b|"
                       # "from January until now", "so far this year", "since the year began": a total to date
                       r"\bfrom\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:" + "|".join(m for m in MONTHS if len(m) > 3) + r"|the\s+year)\s+"
                       r"(?:until|till|to|up\s+to)\s+(?:now|today|date|the\s+present)\b|\bso\s+far\s+this\s+(?:year|month)\b|"
                       r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|"
                       # "this attack brings to six the tally of raids the command has reported this year", "the fifth strike in 2024 outside X":
                       # a running count of a campaign, whose places are where the others fell or did not
                       r"\b(?:brings?|brought|bringing|takes?|took|taking|raises?|raised|raising)\s+(?:to\s+[\w-]+\s+)?the\s+(?:number|total|tally|count)\s+of\b"
                       # (not "raised the number of dead from Sunday's raid to 21": one strike's toll revised)
                       r"(?!\s+(?:the\s+)?(?:people\s+|civilians\s+|those\s+)?(?:killed|dead|deaths|victims|casualties|wounded|injured|fatalities))|"
                       # "our running count for the year stands at 90 strikes": a monitor's tally to date
                       r"\b(?:running|cumulative|overall|annual|yearly)\s+(?:count|tally|total)\b|"
                       # "Cumulative (state ministry, 1 January - 16 May): 414 killed": a bulletin's line of totals to date
                       r"^\W*(?:cumulative|totals?\s+to\s+date)\b|"
                       r"\b(?:is|was|marks?|marked)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:air\s*)?(?:strike|raid|attack)s?\b[^.;]{0,60}?\b(?:this\s+year|in\s+(?:19|20)\d\d|so\s+far)\b|"
                       # "flew 17 sorties over the regions of A, B and C": a tally over several provinces
                       r"\b(?:\d{2,}|dozens\s+of|scores\s+of)\s+(?:air\s*)?(?:raids|strikes|airstrikes|attacks|sorties)\s+(?:on|in|across|against|over)\s+"
                       r"(?:the\s+)?(?:provinces|governorates|regions|districts|states|oblasts)\s+of\b", re.I))
# "a barrage that sent millions to shelters across the country", "sirens wailed across the nation": the warning spread
# over a country, not strikes counted over it
WARNED_ACROSS = gated(re.compile(r"\b(?:shelters?|sirens?|alerts?|alarms?|warnings?|blackouts?|outages?|power\s+cuts?|protests?|rallies|vigils?)\b"
                           r"(?:\s+[\w-]+){0,3}?\s+(?:across|throughout)\s+the\s+(?:country|nation)\b", re.I))


def aggregate(sentence: str) -> bool:
    """Whether a sentence tells a total over a span or an area (AGGREGATE), not counting a warning spread over a country."""
    return bool(AGGREGATE.search(WARNED_ACROSS.sub(" ", RECAP_TAIL.sub(" ", sentence))))


# "Drones hit X on Monday, the fourth raid on its refinery in as many months": a strike told,
# then its rank among the year's, which makes it no total
RECAP_TAIL = re.compile(r",\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                        r"(?:such\s+)?(?:time|attack|strike|raid)\b[^.;]*", re.I)


# "drones hit an oil tanker sailing the Gulf of Oman, east of X", "hit a cargo ship 50 nautical miles off X": a ship struck at sea,
# placed by its bearing from a port (not "a grain ship in the Black Sea near Odesa": at the port)
AT_SEA = re.compile(r"\s+(?:on|at|against)?\s*(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,3}?(?:ships?|vessels?|tankers?|carriers?|freighters?|"
                    r"warships?|destroyers?|frigates?|dhows?)\b[^.;]{0,60}?(?:\bnautical\s+miles|\boff\s+the\s+coast|\bat\s+sea\b|\bfar\s+off\b|"
                    r"\b(?:Sea|Gulf\s+of\s+\w+),?\s+(?:about\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of\b)", re.I)
NOT_SAYING_WHERE = gated(re.compile(r"\b(?:without\s+saying|did\s+not\s+say|didn['’]t\s+say|not\s+clear|unclear)\s+(?:exactly\s+)?where\b", re.I))
# "across Darfur, Kordofan and Khartoum", "across northern Syria": the area of a campaign, not a place struck
ACROSS = gated(re.compile(r"\bacross\s+(?:[^.;:]{0,60}?(?:,\s*|\s+and\s+))?(?:the\s+)?(?:(?-i:[a-z]+)\s+)?$", re.I))
HEARD_IN = first_char_checked(re.compile(r"\b(?:residents|witnesses|people|locals|inhabitants)\s+(?:of|in)\s+(?:the\s+)?$", re.I))
HEARD_AFTER = re.compile(r"\s+(?:heard|reported\s+hearing|said\s+they\s+heard|felt|described\s+hearing)\b", re.I)
ACROSS_CITY = re.compile(r"\b(?:struck|hit|bombed|pounded|targeted|attacked|strikes|attacks|explosions|blasts|sites|targets|buildings|"
                         r"districts)\s+(?:[\w-]+\s+){0,4}?across\s+(?P<city>the\s+(?:city|capital)\s+(?:of\s+)?)?$", re.I)
ACROSS_AREA = re.compile(r"\bacross\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z])", re.I)  # "strikes across Gaza", "across the north of X"
THE_AIRCRAFT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?:jets?|warplanes?|planes?|aircraft|helicopters?|drones?)\b")
# "..., and struck B": a second strike by the subject the first clause named
_BARE_VERB = r"(?:then\s+|later\s+|also\s+)?(?:struck|hit|bombed|pounded|targeted|raided)\s+(?:an?|the|two|three|several|\d+|(?-i:[A-Z]))"
BARE_VERB = re.compile(_BARE_VERB)
NAME = re.compile(r"\s(?-i:[A-Z])[\w'’-]+")  # a capitalised word: a place the second clause may name
# the verb that ends a clause's subject: "On Monday Russian jets | bombed X"
SUBJECT_ENDS = re.compile(r"\b(?:struck|hit|bombed|pounded|targeted|raided|attacked|dropped|fired|launched|carried\s+out)\b")
# ", and jets struck ...", "; drones hit ...": a second independent clause, perhaps a second strike.
# (", while a grenade from a quadcopter drone wounded a guard at B": the craft told in a longer subject)
# (", and on Friday drones hit B": the second clause opens on its own day)
# (", and helicopters dropped barrel bombs on B": the craft's own verb; ", and struck B, killing one": the subject
# told once for both)
JOINED_STRIKE = first_char_checked(re.compile(rf"\s+and\s+(?={_BARE_VERB})|"
                                              r",\s+(?:and|while)\s+(?=(?:(?:early\s+|late\s+)?on\s+(?-i:[A-Z])\w+,?\s+)?(?:(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:struck|hit|bombed|attacked|targeted|pounded|shelled|landed|slammed|crashed|dropped|fired)\b|"
                                              rf"{_BARE_VERB}|"
                                              r"(?:an?|the|one|two|three)\s+(?:[\w-]+\s+){0,5}?(?:drones?|missiles?|jets?|aircraft)\s+(?:[\w-]+\s+)?(?:damaged|destroyed|killed|wounded|hit|struck)\b))|;\s+|"
                                              # "The first strike, on Monday, hit X, and the second, on Tuesday, struck Y": the strikes told by their order
                                              r",\s+(?:and|while)\s+(?=the\s+(?:second|third|fourth|last|latter|other)\s*,\s+)|"
                                              # "..., and on Sunday a resident was killed when a drone struck the same airport": another day's strike
                                              r",\s+(?:and|while)\s+(?=(?:early\s+|late\s+)?on\s+(?-i:[A-Z])\w+,?\s+(?:[\w-]+\s+){1,5}?(?:was|were)\s+(?:killed|wounded|injured|hurt)\s+when\b)|"
                                              # "..., whereas a raid on a village to the north left three dead": a second strike, its own toll
                                              # ("..., while two strikes near B on Monday destroyed a checkpoint": counted)
                                              # ("..., and a second air raid hours later left four dead in B": another, told by its order)
                                              # ("..., adding that a similar airstrike in B killed four": another strike, told by a source)
                                              r",\s+(?:and|while|whereas|(?:[\w-]+\s+){0,3}?adding\s+that)\s+(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|another)\s+"
                                              r"(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|missile|drone|airstrike|air\s+strike)s?\s+(?:on|in|at|near)\s)|"
                                              # ("Drones hit A as air raid kills nine in B": a title's second strike, its own toll)
                                              r"\s+as\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|airstrikes?|drone\s+strikes?|air\s*raids?)\s+"
                                              r"(?:kills?|killed|wounds?|wounded|leaves?|left)\b)|"
                                              # ("..., while a monitor said an air strike killed nine in B": another strike, told by a source)
                                              r",\s+(?:and|while|whereas)\s+(?=(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|reported|reports)\s+(?:that\s+)?"
                                              r"(?:an?|one|two|three|another)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|raid|airstrike|bombing)s?\s+(?:[\w-]+\s+){0,3}?"
                                              r"(?:killed|hit|struck|wounded|destroyed|left)\b)|"
                                              # "..., and strikes on homes in B killed a commander": another strike, told bare in the plural
                                              r",\s+(?:and|while|whereas)\s+(?=(?:(?:air|drone|missile|israeli|russian|us|american)\s+)?(?:strikes|raids|airstrikes|bombings)\s+(?:on|in|at|near)\s)|"
                                              # "..., and four died in a similar raid on B": another strike, its toll told first
                                              r",\s+(?:and|while|whereas)\s+(?=(?:[\w-]+\s+){1,8}?(?:in|during)\s+(?:another|a\s+(?:similar|separate|second|further|later))\s+"
                                              r"(?:[\w-]+\s+)?(?:strike|attack|raid|bombing)\s+(?:on|in|at|near)\s)|"
                                              # "..., and three fighters were killed in strikes on positions outside B": another strike, its dead first
                                              r",\s+(?:and|while|whereas)\s+(?=(?:[\w-]+\s+){1,5}?(?:was|were)\s+(?:killed|wounded|injured)\s+(?:in|by)\s+(?:an?\s+)?"
                                              r"(?:[\w-]+\s+)?(?:strikes?|raids?|airstrikes?|air\s+strikes?|bombings?|drone\s+strikes?)\s+(?:on|in|at|near|outside)\s+"
                                              r"(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))|"
                                              # "..., and the toll of the raids on B has reached 6": another place's strike and its toll
                                              r",\s+(?:and|while|whereas)\s+(?=the\s+(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|killed|victims|people\s+killed))"
                                              r"\s+(?:from|of|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:strikes?|raids?|attacks?|bombings?|bombardment)\s+(?:on|in)\s)"))
# "Iranian missiles hit A as Israeli jets struck B": another side's aircraft, told by name, striking at once
OTHER_SIDE_AT_ONCE = first_char_checked(re.compile(r",?\s+(?:as|while)\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:[\w-]+\s+)?(?:jets?|warplanes?|planes?|aircraft|drones?|missiles?|helicopters?)\s+"
                                                   r"(?:struck|strikes?|hit|hits|bombed|bombs?|pounded|pounds?|targeted|targets?|raided|raids?)\b)"))
# "Hours after A's missile hit X, B's jets struck Y": the strike the other side's answered, told first as its own
AFTER_OTHER_SIDE = re.compile(r"\s*(?:(?:hours|minutes|shortly|soon|just|only|a\s+day|a\s+few\s+hours)\s+)?after\s+(?P<first>.+?),\s+"
                              r"(?=(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:[\w-]+\s+)?(?:jets?|warplanes?|planes?|aircraft|drones?|missiles?|helicopters?)\s+"
                              r"(?:struck|hit|bombed|pounded|targeted|raided|attacked)\b)", re.I)
# "the army said its drones struck a terrorist position", "killed 40 Islamic State fighters": the enemy a side struck
# ("killed 22 members of Boko Haram": a group's men, by its name)
ENEMY_NAMED = re.compile(r"\b(?:terrorists?|militants?|jihadists?|insurgents?|bandits?|fighters?|rebels?|extremists?|khawarij|gunmen)\b|"
                         r"\bmembers\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+", re.I)
BLAME_VERB = re.compile(r"\b(?:blam|accus|attribut)\w*", re.I)
# "The militia said it had struck a base at X": an armed group that tells of its own strike, not the state told before
GROUP_CLAIMS_OWN = gated(re.compile(r"\b(?:group|militias?|factions?|rebels|insurgents|movement|militants|fighters)\s+(?:also\s+|later\s+)?"
                                    r"(?:said|says|claimed|claims|announced|announces)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?"
                                    r"(?:it|they)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:struck|attacked|targeted|hit|launched|fired)\b", re.I))
# "hit four regions", "struck several Ukrainian cities": strikes on places counted, not named
SEVERAL_PLACES = gated(re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple|numerous|various|a\s+dozen)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:regions|cities|towns|villages|provinces|districts|areas|oblasts|governorates|states|localities|communities|"
                                  r"townships|hromadas|municipalities|counties)\b", re.I))
# "the raids on B", "the strike near the village of B": a strike named by its place
NAMED_WITH = re.compile(r"s?\s+(?:on|in|at|near|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.I)
# "The warplanes waged three raids on X", "the jets bombed X": the aircraft's own strike, on the place named
AIRCRAFT_NAMED = re.compile(r"s?\s+(?:[\w-]+\s+){0,4}?(?:on|in|at|near|against|struck|hit|bombed|pounded|targeted|raided)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.I)
UNIT_NAMED = re.compile(r"\s(?:Township|District|County|Region|Province|State|Governorate|Oblast|Raion|Tehsil)$")
# A line that is one name ("Lebanon", "South Sudan"): a heading, which a bulletin gives each country's section
HEADING = first_char_checked(re.compile(r"(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2}|(?-i:[A-Z]+) (?:AND|&) (?-i:[A-Z]+)"))
# A page's list of links to other reports: "Related news", "Read also:", "Read more: Sudan's war"
RELATED = first_char_checked(re.compile(r"(?:related(?:\s+(?:news|links?|stories|articles|posts|topics|videos|coverage|content|reading))?|read\s+(?:also|more)|see\s+also|"
                                        r"(?:also\s+)?read(?:\s+next)?(?=\s*:)|"  # "Read: X", "Also read: X", "Read next: X"
                                        # ("More from Reuters": a site's; not "More from overnight: a drone hit X", a live page's entry)
                                        r"more\s+on\s+this(?:\s+story)?|more\s+(?:stories|headlines|to\s+read|from\s+(?-i:[A-Z])\w+)|top\s+stories|trending(?:\s+now)?|"
                                        # "Most viewed", "Most read in Africa", "Popular this week": the site's other headlines
                                        r"most\s+(?:read|viewed|popular|shared|watched|commented)(?:\s+(?:in|on|from)\s+[\w ]{1,30})?|"
                                        r"popular(?:\s+(?:now|today|stories|articles|this\s+week))?|latest\s+(?:news|stories|headlines)|next\s+(?:story|article)\W*|"
                                        r"recommended(?:\s+stories)?|you\s+(?:may|might)\s+also\s+like|editor['’]s\s+picks?|"
                                        # "In this issue: strikes in A and B; talks in C": a newsletter's contents, each item told below
                                        r"in\s+this\s+(?:issue|edition|bulletin|digest|newsletter)(?=\s*:)|contents(?=\s*:)|"
                                        # "Categories: 2024 deaths | Airstrikes in X": an encyclopedia page's index terms
                                        r"categories(?=\s*:)|"
                                        # "[CHART: Civilian deaths per month, 2024-2025]": a graphic's placeholder, which tallies months
                                        r"\[\s*(?:chart|graph|graphic|infographic|map|table)(?=\s*:))\s*(?:[:|].*)?$", re.I))  # ("Related | X | Donate")
LIST_MARK = re.compile(r"\d{1,2}[.)]|[-–•▶►→›»*·]")  # a list's number or bullet, read as a sentence of its own
# A photo's caption, told by its credit ("/ AFP PHOTO / Name", "Photo: ...", "(AP Photo/Name)", "File photo", "Image grab"):
# it shows a picture, often of an older strike, and reports nothing of its own (not "BEIRUT (AFP) -", a bureau's dateline)
PHOTO_CREDIT = gated(re.compile(r"\b(?:AFP|AP|EPA|REUTERS|Reuters|Anadolu|Xinhua|Getty|SANA|WAFA)\s*(?:PHOTO|Photo|Images)\b|"
                          r"\bvia\s+Getty\s+Images\b|(?<![\w-])(?:PHOTO|Photo|Photograph|Picture|Image)\s*(?:by\b|:|/|credit\b|caption\b)|\bCaption:|"
                          r"\bFILE\s+PHOTO\b|\bImage\s+grab\b|"
                          # ("REUTERS/A. Name": the photographer; not "(AFP/Reuters)", a dateline's two wires)
                          r"\b(?:REUTERS|AFP|EPA)/\s*(?!(?:AFP|AP|EPA|REUTERS|Reuters|Anadolu|Xinhua|DPA|dpa)\b)(?-i:[A-Z])|"
                          # ("... after it was hit on Sunday. [Getty]": a picture's credit in square brackets that closes the line;
                          # not "... officials said. (AFP)", a wire story's own credit)
                          r"\[(?:Getty(?:\s+Images)?|AFP|Reuters|AP|EPA|Anadolu(?:\s+Agency)?|Xinhua|SANA|WAFA)\]\s*$|\(Getty(?:\s+Images)?\)\s*$"))
# '2. "Jets flattened the hospital in X." - FALSE', 'Claim: drones hit the dam': a claim a fact-check examines, whose
# rating and evidence follow; what happened is told in the check's own sentences
CHECKED_CLAIM = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?:(?:the\s+)?claim\s*\d{0,2}\s*:.*|[\"“].{10,}[\"”]\s*[-–—:|]+\s*(?:(?:verdict|rating)\s*:\s*)?"
                           r"(?:(?:mostly|partly|half|largely)\s+)?(?:true|false|correct|incorrect|accurate|inaccurate|misleading|unproven|"
                           r"unverified|fake|fabricated|altered|satire|missing\s+context|needs\s+context|out\s+of\s+context)\W*)\s*", re.I)
# '4. "Drone strike kills ten near X". Gulf Wire. 1 May 2024.', '[3] Name, A. "Jets hit Y," Outlet, 2 June 2024': an entry of
# a page's references, whose quoted title is another report's headline
CITATION = re.compile(r"\s*(?:\d{1,3}(?:[–-]\d{1,3})?[.)]|\[\d{1,3}\]|[-–•*]|\^)\s*(?:\^\s*)?[^\"“”\n]{0,80}?[\"“][^\"“”\n]{5,200}[\"”]"
                      r"[.,]?\s+(?-i:[A-Z])[^\n]{0,150}?\b(?:19|20)\d\d\b[^\n]{0,60}\s*", re.I)
# "A version of this story was published in print on 4 May, Section A, under the headline 'Jets Pound X'": a note that the
# piece ran in the paper too, which repeats a headline
PRINT_CREDIT = re.compile(r"\W*(?:an?\s+)?version\s+of\s+this\s+(?:article|story|report)\s+(?:appears|appeared|was\s+published)\s+in\s+print\b", re.I)
CAPTION_WORDS = 70  # a caption is a line of a few dozen words; a lead glued to its picture's credit is more
HAPPENED_ON = re.compile(r"\s*(?:The|That|This)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|bombing|air\s*strike|air\s*raid)\s+"
                         r"(?:took\s+place|occurred|happened|came)\s+(?:(?:on|late\s+on|early\s+on|in\s+the\s+(?:early\s+)?(?:morning|evening|night)\s+of)\s|"
                         # ("The raid came Thursday night, at a well outside X": the day, told bare)
                         r"(?=(?-i:[A-Z])[a-z]+day\b))", re.I)
TOOK_PLACE = re.compile(r"\b(?:took\s+place|occurred|happened)\s+(?:just\s+)?(?:in|at|near|outside|close\s+to)\b", re.I)  # where a strike told again fell, said outright
LIKE_IT = re.compile(r"\b(?:similar|another|earlier|previous)\s+(?:[\w-]+\s+)?$", re.I)  # "a similar strike": of the kind just told
TOLL_OF = re.compile(r"the\s+(?:death\s+)?(?:toll|number)\b", re.I)
# ", 500 km south of Moscow", ", a town some 40 km west of the city of": a reference point after the place it locates
BEARING = re.compile(r",\s*(?:an?\s+(?:[\w-]+\s+)?(?:town|city|village|settlement|suburb|port|district)\s+)?"
                     r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                     r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$", re.I)
# An attack made on the ground: a bare "attack" or "strike" beside these is not from the air.
ON_THE_GROUND = gated(re.compile(r"\b(?:suicide|car\s+bomb(?:s|ings?)?|truck\s+bomb(?:s|ings?)?|ieds?|roadside\s+bombs?|gunmen|ambush(?:ed|es)?|stormed|"
                           # "the victims of Friday's car attack on a market": a car driven into a crowd, or a knife
                           r"(?:car|truck|lorry|vehicle|knife|ramming|machete)[ -]attacks?|"
                           # "the attack in X was claimed by a new group": a militants' attack, claimed as such
                           r"claimed\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|outfit|militants?|insurgents?|jihadists?)|"
                           # ("the bombing of a police van was claimed by the X Liberation Army", "an armed group claimed
                           # responsibility for a car bomb attack in the port": an insurgents' attack, by their own claim)
                           r"claimed\s+by\s+the\s+(?:[\w'’-]+\s+){1,3}?(?:liberation\s+(?:army|front)|front)\b|"
                           r"\b(?:militant|armed|insurgent|jihadist|extremist|separatist)\s+(?:group|faction|outfit|movement)\b[^.;]{0,40}?"
                           r"\bclaimed\s+responsibility\s+for\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast)\s+(?:on|in|at)\b|"
                           r"overran|overrun|rammed|shell(?:ed|ing)|artillery|mortars?|heavy\s+weapons|repelled|repulsed|tank\s+(?:fire|shells?|rounds?)|"
                           r"gunfire|(?:small[ -])?arms\s+fire|(?:rifle|machine[ -]?gun)\s+fire|snipers?|shot\s+dead|gunned\s+down|ground\s+(?:forces|troops)|(?:army|tank|field)\s+guns|"
                           # "a sea-drone attack on the bridge": a boat packed with explosives, not an aircraft
                           r"(?:sea|naval|maritime|surface)[ -]drones?|unmanned\s+surface\s+vessels?|explosive[ -]laden\s+boats?|"
                           # ("an attack by uncrewed boats damaged a berth": drone boats, by another name)
                           r"(?:uncrewed|unmanned|crewless|drone|robotic)\s+(?:boats?|vessels?|craft)|"
                           # "missile boats struck ships in the port": fire from the sea, not the air
                           r"missile\s+boats?|gunboats?|warships?\s+(?:fired|shelled|struck|hit|pounded)|naval\s+(?:fire|guns|bombardment|shelling)|"
                           # "units fought on the ground in X, leaving five dead": fighting, not a strike's toll
                           r"(?:fought|battled|clashed)\s+(?:[\w-]+\s+){0,3}?on\s+the\s+ground|"
                           # "forces took the town of X in a surprise attack": a town captured on the ground
                           r"(?:took(?!\s+place)|captured|seized|recaptured|retook)\s+(?:control\s+of\s+)?(?:the\s+)?(?:[\w'’,-]+\s+){0,14}?in\s+(?:an?\s+)?(?:surprise\s+|ground\s+|lightning\s+|swift\s+)?(?:attack|assault|offensive)|"
                           # "two people were killed by Israeli fire in the city": shot, in words that name no craft
                           r"\b(?:killed|wounded|injured|hit)\s+by\s+(?:(?-i:[A-Z])[\w-]+\s+|live\s+|army\s+|troops['’]?\s+|soldiers['’]?\s+)?fire\b|"
                           # "soldiers shot two suspects in a dawn raid on a farm": a raid on foot
                           r"(?:troops|soldiers|commandos|policemen|police)\b[^.;]{0,60}?\braid\b|"
                           # "forces detained nine men in overnight raids": raids that take prisoners are made on foot
                           r"\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|rounded\s+up)\b[^.;]{0,60}?\braids?\b|\braids?\b[^.;]{0,60}?\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)?)\b|"
                           # "repelled an assault by jihadists near X": fighters' raid on the ground
                           r"(?:raids?|attacks?|assaults?)\s+by\s+(?:[\w-]+\s+){0,2}?(?:militants|gunmen|fighters|insurgents|jihadists|rebels|armed\s+(?:groups?|men)|tribesmen|militias?)|"
                           # "Militants attack FC camp": fighters as the subject of an attack, which they make on the ground
                           r"(?:militants|insurgents|jihadists|rebels|bandits|attackers|terrorists)\s+(?:attack(?:ed|s)?|raid(?:ed|s)?|assault(?:ed|s)?)|"
                           # "militia fighters used the fog at dawn to attack army posts": fighters' means and aim, on foot
                           r"(?:militants|insurgents|jihadists|rebels|fighters)\s+(?:used|exploited|took\s+advantage\s+of)\s+[^.;]{0,40}?\bto\s+"
                           r"(?:attack|raid|assault|storm|overrun))\b", re.I))
# "air defences downed 11 of 14 drones", "shot down all six missiles": interceptions, not strikes
# "intercepted a drone attack on the base", "repelled a missile attack": an attack stopped, as one
_ATTACK_STOPPED = r"\b(?:intercepted|repelled|repulsed|thwarted|foiled)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:drone|uav|missile|rocket|air)\s+attacks?\b"
_SOME = r"(?:\d+|all|every|each|most|some|several|dozens|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)"
# what a downed or repelled attack is told with when something was hit after all (not "no damage")
# ("no casualties or damage": the damage denied with the casualties)
_NO_IMPACT_AFTER = r"(?![^.;]*\b(?<!\bno\s)(?:debris|fragments|wreckage|fell|fallen|landed|crashed|struck|hit|killed|wounded|injured|" \
                   r"(?<!\bor\s)(?<!\band\s)damag\w*|fires?|ablaze|burn\w*)\b)"
# "air defences faced the incoming missiles and destroyed some of them": the others got through
# ("shot down most of the missiles, but one hit a runway": what got through)
PARTLY_DOWNED = gated(re.compile(r"\b(?:intercepted|shot\s+down|downed|destroyed)\s+(?:only\s+)?(?:some|part)\s+of\s+them\b|"
                                 r",?\s+but\s+(?:(?:at\s+least|only|just)\s+)?(?:one|two|three|four|five|some|several|a\s+few|others|the\s+rest|\d+|"
                                 r"(?:several\s+|a\s+few\s+)?dozens?|a\s+handful|a\s+number)(?:\s+(?:of\s+them|others|more|missiles?|drones?))?"
                                 r"\s+(?:\w+ly\s+)?(?:hit|struck|landed|fell|slammed|exploded|impacted|got\s+through)\b", re.I))
# ("gunners reported destroying all the drones sent at A and B")
INTERCEPTED = gated_alternation(re.compile(r"\b(?:intercepted|intercepting|shot\s+down|shooting\s+down|downed|downing|destroyed|destroying|repelled|"
                               # ("were able to intercept and destroy three drones")
                               r"(?<=to\s)(?:intercept|shoot\s+down|down|destroy))\s+"
                               # (a side's words quoted: 'air defences "intercepted and destroyed" 48 drones')
                               r"(?:and\s+(?:destroyed|downed|shot\s+down|destroy|shoot\s+down)[\"”]?\s+)?"
                               r"(?:in\s+total\s+|a\s+total\s+of\s+)?" + _SOME + r"\s+(?:of\s+them\b|"
                         r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:\d+\s+)?)?(?:[\w-]+\s+){0,2}?"
                         r"(?:missiles?|drones?|rockets?|projectiles?|targets?|uavs?|cruise|ballistic|shahed|bombs|aerial\s+vehicles))|"
                         # "fired a ballistic missile at the airport, which the army said it intercepted": downed, as told of it
                         # ("fired missiles at X, most of which the air defence says it intercepted")
                         r"\b(?:missiles?|drones?|rockets?|uavs?)\b[^.;]{0,80}?,\s+(?:(?:most|all|many|some)\s+of\s+)?(?:which|that)\s+(?:[\w'’-]+\s+){0,7}?(?:intercepted|shot\s+down|downed)\b"
                         + _NO_IMPACT_AFTER + r"|"
                         # "air defences downed missiles over the region; no damage was reported": downed, and nothing hit
                         r"\b(?:intercepted|shot\s+down|downed)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|uavs?)\b[^.]{0,80}?"
                         r"\bno\s+(?:damage|casualties|injuries|victims)\s+(?:was|were|had\s+been|has\s+been)\s+reported\b|"
                         # "fired 11 missiles at the capital; all were intercepted": every one of the volley just told
                         r"[;,]\s+(?:and\s+)?all\s+(?:of\s+them\s+)?(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:intercepted|shot\s+down|downed)\b|"
                         # "its air defence had neutralised four drones": downed (not "neutralising several of them", fighters)
                         r"\bneutrali[sz](?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|uavs?|projectiles?)\b|"
                         # "air defence repelled an attack by drones", "repelled a massive drone attack": the attack stopped in the air
                         r"\brepell(?:ed|ing)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:drone|missile|uav)\s+attacks?|attacks?\s+(?:by|of)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|uavs?))\b|"
                         # "the army reports interceptions and no damage": the volley stopped, and nothing hit
                         r"\binterceptions\b[^.;]{0,40}?\b(?:and|with)\s+no\s+(?:damage|casualties|injuries|impacts?|hits)\b|"
                         # "the army reported shooting it down", "all drones heading for the port were destroyed"
                         r"\b(?:shooting|shot)\s+(?:it|them)\s+down\b|"
                         # ("..., but the air defences intercepted and destroyed them": the craft just told)
                         r"\b(?:intercepted|downed)\s+(?:and\s+(?:destroyed|downed|shot\s+down)\s+)?(?:them|both|all\s+of\s+them)\b|"
                         # "the coalition said it had intercepted them": the ones just told of, downed
                         r"\b(?:intercepted|downed)\s+(?:it|them|all\s+of\s+them|both\s+of\s+them)\b" + _NO_IMPACT_AFTER + r"|"
                         # "the drones launched towards A and B had all been brought down"
                         r"\b(?:had|have|were)\s+all\s+(?:been\s+)?(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed|brought\s+down)\b" + _NO_IMPACT_AFTER + r"|"
                         # "all were destroyed by air defences": every one, by those who defend
                         r"\b(?:all|both|every\s+one)\b[^.;]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:intercepted|shot\s+down|downed|destroyed)\s+"
                         r"by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s+defen[cs]es?|defen[cs]e\s+systems?|interceptors?)\b" + _NO_IMPACT_AFTER + r"|"
                         # "the drones were intercepted with nothing hit": downed, and the text says so
                         # (not "a raid flattened a barn, though nobody was hurt": what it destroyed was struck)
                         r"\b(?:intercepted|shot\s+down|downed|destroyed(?=\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|uavs?|projectiles?)\b)|"
                         r"(?:drones?|missiles?|rockets?|uavs?|projectiles?)\s+(?:was|were)\s+(?:all\s+)?destroyed)\b[^.;]{0,30}?\b(?:nothing|no\s+target|no\s+one|nobody)\s+(?:was\s+)?(?:hit|hurt|harmed|struck)\b|"
                         r"\ball\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|uavs)\b[^.;]{0,60}?\b(?:were|was)\s+"
                         r"(?:destroyed|shot\s+down|intercepted|downed)|"
                         # "a Houthi drone fired from X toward Y was shot down": the weapon downed, told in the passive
                         r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:drone|missile|rocket|uav|projectile)\b(?![^.;]*\b(?<!\bno\s)(?<!\bwithout\s)(?<!\bwithout\scausing\s)(?<!casualties\sor\s)(?<!injuries\sor\s)(?:debris|fragments|parts|pieces|shrapnel|wreckage|fell|landed|crashed|hit|struck|damag\w*|fire|blaze)\b)"
                         r"[^.;]{0,80}?(?<!\bthat\s)(?<!\bwhich\s)\b(?:was|had\s+been|has\s+been)\s+(?:(?:\w+ly|also)\s+)?(?:shot\s+down|intercepted|downed)\b|"
                         # "the drones were tracked and neutralised", "missiles had been intercepted": downed, no impact told
                         # ("... were all brought down over the sea")
                         # ("14 drones were detected and destroyed ..., and there was no damage": no impact, and it says so)
                         # ("fired 12 missiles ..., and all of them were destroyed")
                         r"(?:\b(?:drones|missiles|rockets|uavs|projectiles|aerial\s+vehicles)\b[^.;]{0,80}?|\ball\s+of\s+them\s+)\b(?:were|had\s+been|have\s+been)\s+(?:all\s+|both\s+)?[\"“]?(?:\w+\s+and\s+)?"
                         r"(?:neutrali[sz]ed|shot\s+down|brought\s+down|intercepted|downed|destroyed)\b"
                         r"(?![^.;]*\b(?<!\bno\s)(?<!casualties\sor\s)(?<!injuries\sor\s)(?:debris|fragments|wreckage|fell|landed|crashed|struck|hit|killed|wounded|injured|damag\w*)\b)|"
                         # "drone attacks on three districts were repelled overnight": the attack that failed, no impact told
                         # "- X: a cruise missile downed on Monday", "two drones downed over the outskirts": a digest's
                         # shorthand for a weapon downed
                         r"\b(?:drones?|missiles?|rockets?|uavs?)\s+(?:(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?)\s+)?(?:all\s+)?"
                         r"(?:shot\s+down|downed|intercepted|destroyed(?=\s+(?:over|above)\s+[^.;]*\b(?:regions|oblasts|provinces)\b))\s+(?:on|over|above|near|at|in|before|after|overnight|early|late)\b"
                         + _NO_IMPACT_AFTER + r"|"
                         # "air defences intercepted a drone attack on the base": the attack stopped, no impact told
                         + _ATTACK_STOPPED + _NO_IMPACT_AFTER + r"|"
                         # "air defences repelled an attempt to attack the city with drones": the attempt failed
                         r"\b(?:repelled|repulsed|thwarted|foiled)\s+(?:[\w'’-]+\s+){0,8}?attempts?\b" + _NO_IMPACT_AFTER + r"|"
                         # "tried to attack the city with drones, but the attempts were foiled": the attempt told first
                         r"\b(?:attempts?|bids?)\s+(?:(?:was|were|had\s+been|have\s+been)\s+)(?:\w+ly\s+)?(?:repelled|repulsed|thwarted|foiled|defeated)\b"
                         + _NO_IMPACT_AFTER + r"|"
                         # ("attack of drones on X repelled, no victims and no damage": a headline's, or a translation's, words)
                         r"\b(?:(?:drone|uav|missile|air)\s+attacks?|attacks?\s+(?:of|by)\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs|unmanned\s+aerial\s+vehicles|missiles))\b"
                         r"[^.;]{0,80}?\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:successfully\s+)?)?"
                         r"(?:repelled|repulsed|thwarted|foiled)\b" + _NO_IMPACT_AFTER + r"|"
                         # "air defences on duty destroyed \"enemy unmanned aerial vehicles\" over A, B and C regions": downed, no
                         # impact told
                         # (not "destroyed most of the drones": some got through)
                         r"\bair\s+defen[cs]es?\b[^.;]{0,30}?\b(?:destroyed|intercepted|shot\s+down|downed)\s+[\"“]?"
                         r"(?!(?:most|some|part|many|several|a\s+number|dozens|the\s+majority)\b)(?:[\w'’-]+\s+){0,4}?"
                         r"(?:drones|missiles|uavs|unmanned\s+aerial\s+vehicles|aerial\s+vehicles)\b" + _NO_IMPACT_AFTER + r"|"
                         # "air defences in X fired at two drones approaching the base", "engaged a drone over X"
                         r"\bair\s+defen[cs]es?\b[^.;]{0,40}?\b(?:fired\s+(?:at|on)|opened\s+fire\s+on|engaged|were\s+activated\s+against)\b"
                         r"(?![^.;]*\b(?:debris|fragments|wreckage|fell|landed|crashed|struck|killed|wounded|injured|damag\w*)\b)|"
                         # "listed four more drones aimed at X, all destroyed in flight": each downed, no impact told
                         r"\b(?:drones|missiles|rockets|uavs|projectiles)\b[^.;]{0,80}?\ball\s+(?:of\s+them\s+)?(?:were\s+|being\s+)?"
                         r"(?:destroyed|shot\s+down|intercepted|downed|brought\s+down)\b(?![^.;]*\b(?:killed|wounded|injured|damag\w*|fell|landed|hit|struck)\b)|"
                         # "debris of a downed drone fell in a field near X": a fall on empty ground, nothing hit
                         r"\b(?:debris|fragments|wreckage|pieces|parts)\b[^.;]{0,60}?\b(?:fell|landed|came\s+down|crashed)\s+(?:in|on|into)\s+"
                         r"(?:an?\s+)?(?:empty\s+|open\s+|agricultural\s+|farm\s+|wheat\s+|nearby\s+)?(?:fields?|forest|woods|woodland|wasteland|"
                         r"open\s+ground|farmland|steppe|desert)\b(?![^.;]*\b(?:damag\w*|fire|blaze|burn\w*|destroy\w*)\b)", re.I))
# "In the Bekaa Valley, ...", "In northern Idlib, ...": a sentence's opening frame of place.
FRAME = re.compile(r"\s*In\s+(?:the\s+)?[^,;]{2,40}?,")
SAID_AFTER_FRAME = re.compile(r"[^.;]{0,100}?\b(?:said|says|told|announced|claimed|reported|accused)\b")
REGION_FRAME = re.compile(r"\s*In\s+(?:the\s+)?(?P<name>[A-Z][^,;]{1,30}?)\s+(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Ss]tate|[Oo]blast),")
# "the raid", "that attack", "Saturday's strike": a strike already told of.
SAID_THAT_A = re.compile(r"\bthat\s+(?:an?|one|two|three|four|five|six|several|some|\d+)\s+(?:[\w-]+\s+)?$", re.I)
# (not "the army reported that fighter jets hit X": the "that" of what was said, which tells a strike anew; but "claimed
# that its drones had hit X", "added that some missiles fell": the strike just told, owned or told in part)
DEFINITE = first_char_checked(re.compile(r"\b(?:[Tt]he|[Tt]his|(?<!said\s)(?<!says\s)(?<!reported\s)(?<!reports\s)(?<!announced\s)(?<!added\s)(?<!stated\s)"
                                         r"(?<!claimed\s)(?<!confirmed\s)[Tt]hat|(?<=\s)that(?=\s+(?:its|their|some|most|one|several|an?)\s)|[Tt]hese|[Tt]hose|[Bb]oth|"
                                         r"[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?['’]s)\s+(?:[\w-]+\s+)?$"))
# "A strike on the centre of the camp", "bombs pierced the roof of the shelter": the place the report has just named.
# ("the southern end of town", "a house in town": the town under discussion, with no article)
# ("the rebel-held town", "the besieged city": the town told before, by who holds it)
# "Jets also struck ...", "another raid", "separately": a strike besides the one told, not it again
ALSO_ANOTHER = first_char_checked(re.compile(r"\b(?:also|another|separate(?:ly)?|elsewhere|other|second|further|more|again)\b", re.I))
# "another strike in the same district the evening before": the unit of the strike told last
SAME_UNIT = first_char_checked(re.compile(r"\bthe\s+same\s+(?:district|area|province|governorate|region|locality)\b", re.I))
SAME_PLACE = gated_alternation(re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?(?:camp|town|city|village|neighbou?rhood|airport|shelter)\b(?!\s+of\b)|"
                        rf"{SAME_UNIT.pattern}|"
                        r"\b(?:the|that|this)\s+(?:[\w-]+-(?:held|controlled|run)|besieged|embattled)\s+(?:camp|town|city|village)\b(?!\s+of\b)|"
                        r"\b(?:of|in|into|outside|across)\s+town\b|"
                        # ("Drones struck a wedding there": the place just named)
                        r"\b(?:struck|hit|bombed|targeted|raided|attacked)\s+(?:[\w'’-]+\s+){0,3}?there\b", re.I))
FOLLOW_BY_NAME = 6  # how many sentences on a toll that names a strike's place is still that strike's
# ", which brokered a truce in 2019", ", the party that has ruled since 2019,": an aside, naming what dates something else
ASIDE = re.compile(r",\s+(?:(?:the|an?)\s+(?:[\w'’-]+\s+){1,4}?(?:that|which|who)|which|who|whose)\b[^,;]*")
CAPITAL_NAMED = gated(re.compile(r"\bthe\s+capital\b", re.I))  # "the capital": a quarter named may be the capital's
# "the X plant in the south of the capital", "the Y district in the capital": a part of the capital
# ("the A and B areas around the Yemeni capital": each of them)
IN_THE_CAPITAL = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:in|around)\s+the\s+"
                            r"(?:(?:(?:north|south|east|west)(?:[ -]?(?:east|west))?|centre|center|heart)\s+of\s+the\s+|"
                            r"(?:(?:north|south|east|west)(?:[ -]?(?:east|west))?ern\s+)?(?:part|edge|outskirts|side)\s+of\s+the\s+)?"
                            r"(?:(?-i:[A-Z])[a-z]+\s+)?capital\b", re.I)
CITYS = gated(re.compile(r"\b(?:the|that|this)\s+(?:city|capital)['’]s\s", re.I))  # "the city's X district": a quarter of the city just named
SAME_TOWN = gated(re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?(?P<noun>town|village|camp)\b", re.I))  # never a region's name
# ("the Nur camp", "Nur refugee camp", "the camp of Nur": a place named as a camp, which "the camp" can mean)
CAMP_AFTER = re.compile(r"\s+(?:(?:refugee|displacement|displaced|idp|tent)\s+)?camp\b", re.I)
CAMP_BEFORE = re.compile(r"\bcamp\s+(?:of|at)\s+$", re.I)
# Not "a second strike": wire reports number a day's strikes ("the day's third air raid").
SEPARATE = re.compile(r"\b(?:another|(?:a|the)\s+(?:separate|further|later|earlier))\s+(?:[\w-]+\s+){0,2}$", re.I)
ANOTHER_INCIDENT = re.compile(r"\s*(?:In\s+(?:a|another)\s+(?:separate\s+)?(?:incident|development|attack)|Separately|Elsewhere|"
                              r"In\s+other\s+news|In\s+(?:our|the)\s+(?:second|third|next|other|last|final)\s+(?:story|item|report))\b")  # a bulletin's
# "a bomb exploded on a bus", "a suicide bomber blew himself up", "gunmen opened fire": an attack on the ground
GROUND_ATTACK = gated(re.compile(r"\b(?:(?:car|roadside|truck|suicide|parcel)\s+)?bomb\s+(?:exploded|went\s+off|blew\s+up|detonated)\b|"
                           # "a truck packed with explosives blew up near the academy"
                           r"\b(?:car|truck|lorry|van|vehicle|motorbike|motorcycle)\s+(?:packed|laden|loaded|rigged|filled)\s+with\s+explosives\s+"
                           r"(?:blew\s+up|exploded|detonated|went\s+off)\b|"
                           r"\bsuicide\s+(?:bomber|bombing|attack)\b|\bblew\s+(?:himself|herself|themselves)\s+up\b|"
                           r"\bgunm[ae]n\s+(?:opened\s+fire|attacked|stormed)\b|\b(?:stabbing|shooting|ramming)\s+attack\b", re.I))
OTHER_TIME = re.compile(r"\s*(?:Earlier|Later|Separately|Meanwhile|Elsewhere)\b")
# "3 May 2023, Lashio": the report's day and its bureau's city on a line of their own, once the date is blanked
DATED_BUREAU = re.compile(r"\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*[.:—–-]?\s*")
# "Updated 14:32 GMT", "2025-10-18 05:40:12": what is left of a page's time stamp once its dates are blanked
STAMP = re.compile(r"[\W\d_]*(?:(?:updated|published|posted|last|on|at|gmt|utc|am|pm|local|time)\b[\W\d_]*)*", re.I)
# ", which the rebels took in 2015", ", a town retaken by the army in 2024": a year that describes a place, not the strike
DESCRIBED = re.compile(r"\s*(?:which|that|who|whom|whose|where|once)\b|\s*(?:an?|the)\s+(?:[\w-]+\s+){1,2}?"
                       r"(?:\w+ed|taken|retaken|seized|held|run|built|won|lost|overrun)\b", re.I)
# "- 09:14 Russian airstrike on Vovchansk": an item of a live feed, not a headline.
TIMED_ENTRY = re.compile(r"\s*\d{1,2}[:.]\d{2}\b(?:\s*(?:GMT|UTC|local(?:\s+time)?|[ap]\.?m\.?))?\s*[-–—:|]\s")  # "17:15 - ", "09.30 GMT: "
# ("16:30 The military says ...": an entry opened by its time alone, then its first word)
TIME_OPENS = re.compile(rf"{TIMED_ENTRY.pattern}|\s*\d{{1,2}}[:.]\d{{2}}\s+(?=[A-Z\"“‘])")
# "Poltava update: toll now up to 52", "the final figure, as Poltava's regional governor gives it": a toll told of a town
UPDATE_ON = re.compile(r"\s*(?P<name>(?-i:[A-Z][\w'’-]+)(?:[ -](?-i:[A-Z][\w'’-]+)){0,2})(?:\s+(?:toll\s+)?update\s*:|"
                       r"['’]s\s+(?:regional\s+|city\s+|military\s+)?(?:governor|mayor|administration|council|officials)\b)")
# "hours after the US raids late on Thursday": the strike under discussion, told again with its day
# ("the attack took place on Thursday, Oct. 5": the day the strike told with its statement's day happened)
STRIKE_TOLD_ON = re.compile(r"\b(?:(?:after|since|before|in)\s+the\s+(?:[\w-]+\s+)?(?:raids?|strikes?|air\s?strikes?|attacks?|bombings?)\s+|"
                            # ("the operation was conducted on 13 April": an air arm's communiqué, of the strike it told)
                            r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:raids?|strikes?|air\s?strikes?|attacks?|bombings?|operation|mission)\s+"
                            r"(?:took\s+place|happened|occurred|was\s+(?:carried\s+out|conducted|executed))\s+)"
                            r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
# "died in Friday evening's strike", "Tuesday's raids": the strike named by its day
DAYS_STRIKE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[\w-]+\s+){0,2}?(?:raids?|strikes?|air\s?strikes?|attacks?|bombings?)\b", re.I)
# "16:45" on its own line ("09.05 BST", "14:10 EDT": with the page's time zone)
ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|IST|local(?:\s+time)?|[ap]\.?m\.?))?\s*")
# "What we know about the X strike", "Key facts": a heading over a list of one story's facts
# (not "Key points", which a live page's summary heads with the day's several stories)
FACTS_HEADING = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[-–—|:]?\s*)?(?:what\s+we\s+know|key\s+facts|the\s+facts)\b", re.I)
LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,2}[:.]\d{2}\b)")
BULLET = re.compile(r"\s*[-*•–]\s")
ITEM_SENTENCES = 3  # a list's item runs to so many sentences before the next bullet
SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
# "did not comment on the raid in X", "has not responded to the strikes": a side speaking of a strike told
COMMENTED_ON = re.compile(r"\b(?:comment(?:ed|s)?|respond(?:ed|s)?|react(?:ed|s)?)\s+(?:publicly\s+|directly\s+)?(?:on|to)\s+"
                          r"(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "a border village", "a remote hamlet": a settlement the report leaves unnamed
UNNAMED_VILLAGE = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet)\b", re.I)
# "the military said", "the army's media wing said": the theatre's own forces telling of what they did
FORCES_SAID = re.compile(r"\bthe\s+(?:military|army|armed\s+forces|air\s+force)(?:['’]s\s+(?:media\s+wing|spokes(?:man|woman)))?\s+"
                         r"(?:said|says|announced|reported|stated)\b", re.I)
# 'a force claimed to have hit "sensitive sites" in X', 'its TV claimed its drones had hit "enemy positions" at Y': a
# side's claim of hits on targets it does not name, which nobody else reports
CLAIMED_VAGUE = gated(re.compile(r"\bclaim(?:ed|s|ing)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?(?:to\s+have\s+|had\s+|has\s+|have\s+)?(?:also\s+)?"
                                 r"(?:hit|struck|targeted|destroyed)\s+[\"“]?(?:[\w-]+\s+)?(?:military|strategic|vital|sensitive|important|key|enemy)\s+"
                                 r"(?:targets?|infrastructure|sites?|positions?|facilities|installations)\b", re.I))
# ("It was the first since a drone hit a truck near X in early May": the strike before the one told, recalled)
SINCE_STRIKE = first_char_checked(re.compile(r"\bsince\s+(?:an?|the|last)\s+(?:[\w'’-]+\s+){0,3}?$", re.I))
PART_OF_COUNTRY = re.compile(r"\b(?:in|across)\s+(?:the\s+)?(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+(?-i:[A-Z])")
BYLINE = re.compile(r"\s*(?:By|From)\s+[A-Za-z.'’ &-]{2,60}")  # "By a staff reporter", "By Jane Doe and Ali Omar"
# "By Jane Doe | March 3, 2025, 14:10", "By our correspondent, Juba": a byline with its date or place, under a title and its deck
# ("Posted 3 May 2025, 08:10 | Updated ...": the page's stamp, where a byline would stand)
BYLINE_LINE = re.compile(r"\s*By\s+(?-i:[A-Z]|our\s|a\s)[\w.'’ &-]{1,60}(?:\s*[|,·•–—-]\s*[^.!?]{0,60})?|"
                         r"\s*(?:Published|Posted|Updated|Last\s+updated)(?:\s+on)?\s*:?\s+(?:[0-3]?\d|(?-i:[A-Z])[a-z]+)[^!?]{0,80}|"
                         # ("Jane Doe in Erbil and Ali Omar in Mosul": reporters with the towns they filed from)
                         r"(?:\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2}\s+in\s+(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])?[\w'’-]+){0,2}"
                         r"(?:\s*,|\s+and)){1,3}\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2}\s+in\s+"
                         r"(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])?[\w'’-]+){0,2}\s*", re.I)
TITLE_LINES = 6  # a page's title, deck and byline come within its first lines
HERE = re.compile(r"\b(?:here|in\s+this\s+(?:village|town|city))\b(?![\"”'’])")  # a dateline's own word for its town
# "the town in southern Y province": the town under discussion, with the province that holds it
TOWN_IN_REGION = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:town|city|village|camp)\s+(?:in|of)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?$", re.I)
SAME_PLACE_OWNS = first_char_checked(re.compile(r"\b(?:the|that|this)\s+(?:camp|town|city|village)['’]s\s+(?:[a-z]+\s+)?$", re.I))
# "in the X extension area, on the northern edge of the city": a part of the town under discussion, told after its name
# (not "jets hit a building in X, a depot on the western edge of the town": what was hit in X, told)
PART_OF_THE_TOWN = re.compile(r"(?:\s+(?:[\w-]+\s+)?(?:area|neighbou?rhood|quarter|district|suburb|extension))?,?\s+(?:on|at|in)\s+the\s+"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
                              r"(?:edges?|outskirts|side|part|end|fringes?)\s+of\s+the\s+(?:camp|town|city)\b", re.I)
# (the verbs in lower case: "Hit" is also a town)
# "one of the depots lay inside X", "both targets were near Y": where the facilities a strike hit are
# ("One target, a depot, sat on the edge of X"; "The other was a farm outside Y": each target, then what it was)
TARGETS_AT = first_char_checked(re.compile(r"\b(?:the|both|one|all(?: of the)?|(?:one|two|three|four|several|some|most|each|the rest) of the|the (?:first|second|third|other))"
                                           r"(?:\s+(?!(?:was|were|is|are)\b)[\w-]+){0,2}?\s+(?:sites?|targets?|facilit(?:y|ies)|positions?|compounds?|depots?|"
                                           r"locations?|camps?|bases?|one|others?|first|second|third|fourth|last|"
                                           # ("The house stood in a hamlet of X district": where the building a strike hit was)
                                           r"house|home|building|school|hospital|clinic|market|mosque|church|shelter|farm|factory|warehouse|car|vehicle|truck|convoy)"
                                           r"(?:,\s+an?\s+[^,;:]{1,60},)?\s+(?:(?:hit|struck|targeted|bombed)\s+)?"
                                           r"(?:was|were|is|are|lay|lie|lies|sat|sits|stood|stands)\s+(?:(?:located|situated|all|both)\s+)?"
                                           # ("The sites were arms stores and barracks near X": what they were, then where)
                                           r"(?:(?:an?\s+)?(?:(?!(?:struck|hit|targeted|bombed|attacked|destroyed|damaged|\w+ly)\b)[\w-]+\s+){1,5}?)?"
                                           r"(?:in|inside|near|outside|around|at|on the (?:edge|outskirts) of)\b|"
                                           # ("the worst destruction was around X": where the strikes told just before did most harm)
                                           r"\bthe\s+(?:heaviest|worst|most|greatest|biggest)\s+(?:damage|destruction|casualties|losses|toll)\s+(?:was|were)\s+"
                                           r"(?:recorded\s+|reported\s+)?(?:in|at|near|around)\b", re.I))
# "Three women were killed in the Barmal district of Paktika": the dead, counted where they died
DEAD_PLACED = gated(re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+killed\s+in\s+(?:the\s+)?(?:(?:village|town|city|district|area)\s+of\s+)?(?-i:[A-Z])[\w'’-]+", re.I))
# ("The targets were in the A, B and C regions": where a night's barrage fell, region by region, not one strike's place)
REGIONS_LISTED = re.compile(r"\b(?:regions|provinces|oblasts|governorates|districts|states|areas)\b", re.I)


def _targets_at(sentence: str) -> bool:
    """Whether a sentence says where the targets of a strike lay, in a town or two, not across regions."""
    told = TARGETS_AT.search(sentence)
    return told is not None and not REGIONS_LISTED.search(sentence, told.end())


# "He listed the targets:", "the sites hit were:": a sentence that opens a list of what the attack told before it hit
TARGETS_LISTED = re.compile(r"\b(?:targets|sites|locations|hideouts|positions|facilities|camps|places\s+(?:hit|struck|targeted)|the\s+following)\b", re.I)


BACK_REFERENCE = gated(re.compile(r"\b(?:(?-i:struck|hit|bombed|targeted)|among the targets|the (?:air ?)?(?:strike|raid|attack|bombing))\b", re.I))
# "The raids also hit Saraqeb", "another strike": a definite reference that still adds a strike.
# (not "the second floor": a storey of the building struck)
# ("The same barrage hit X": one more place the volley just told hit)
ANOTHER = gated(re.compile(r"\b(?:also|again|another|second|third|other|further|more|later|separate(?:ly)?|same\s+(?:barrage|salvo|volley|wave))\b"
                           r"(?!\s+(?:floor|storey|story)\b)", re.I))
# "Hours earlier, the military reported that jets hit X": a strike before the one just told, not it told again
EARLIER_OPENING = re.compile(r"\W*(?:hours|days|minutes|a\s+day|a\s+few\s+hours)\s+earlier\b", re.I)
THEY = re.compile(r"(?:they|these|those|the (?:air ?)?(?:strikes|raids|attacks|bombings))\b", re.I)
# "Other accounts suggest the toll may be higher": a figure offered as doubt about the toll, not as its update
TOLL_IN_DOUBT = gated(re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?(?:be|have\s+been)\s+higher\b|\baccounts?\s+(?:\w+\s+){0,4}?suggests?\b", re.I))
HEDGES = gated(re.compile(r"\b(?:reportedly|allegedly|alleged|claimed|unconfirmed|suspected|believed|possible|apparent)\b", re.I))
# "... struck the house", "... slammed into the same building": a target named again, right after its strike word
THE_TARGET = re.compile(r"(?:\w*\s+(?:[\w-]+\s+){0,2}?(?:struck|hit|slammed\s+into|destroyed|flattened|targeted))?\s+the\s+(?:same\s+)?(?P<noun>[\w-]+(?:\s+[\w-]+)?)\b")
# "launched strikes on the identified assembly area", "a raid on the said compound": a target the report told before
REFERRED_TARGET = re.compile(r"\s+(?:on|at|against)\s+the\s+(?:identified|targeted|designated|said|aforementioned|above-mentioned)\s", re.I)
# (a gathering, a vehicle or a building a strike hit, by the noun a report names it with again)
_TARGET_KINDS = r"gathering|wedding|funeral|ceremony|celebration|festival|bus|minibus|bakery|clinic|factory|warehouse|tent"
TARGET_NOUN = first_char_checked(re.compile(r"\b(?:house|home|building|car|vehicle|truck|school|mosque|hospital|market|shelter|camp|apartment|compound|"
                                            rf"convoy|depot|{_TARGET_KINDS})\b", re.I))
TARGET = gated(re.compile(
          r"\b(?:targeting|targetting|targeted|against|on|hit|hitting|struck|striking|bombed|destroyed)\s+"
          r"(?P<target>(?:an?|the|their|its|several|two|three|four|\d+)?\s*(?:[\w’'-]+\s+){0,4}?"
          r"(?:militants?|fighters?|positions?|hideouts?|convoy|vehicles?|cars?|houses?|homes?|buildings?|market|mosque|school|hospital|"
          r"camp|base|depot|facility|facilities|targets?|units?|reinforcements?|compound|headquarters|checkpoint|bridge|"
          rf"tank|boat|motorcycle|truck|residential \w+|family home|areas?|{_TARGET_KINDS}))\b", re.I))


def events_in(doc: Doc, article_id: str | None, published: dt.date | None, gazetteer: Gazetteer) -> list[StrikeEvent]:
    """Every distinct strike the article reports, in the order first reported."""
    forget_texts()
    forget_tolls()
    forget_clauses()
    text = text_of(doc)
    dateline = read_as_published(read_dateline(text), published, text)
    reference = dateline or published
    # a page's links to other reports ("Related stories: ... road to X") say nothing of where this one's places lie
    own_text = "\n".join(line for line in text.splitlines() if not RELATED.match(line.strip()))
    countries = article_countries(own_text, gazetteer)
    legend = frozenset(ABBREVIATION.findall(own_text))  # "CAS = casualties": a log's field, never a town
    begin_article(own_text, countries)
    aerial_context = speaks_of_air_attacks(text)
    pictures = [text[a:b] for a, b in _captions(text, None)]  # the lines that carry a photo's credit
    mentions: list[Mention] = []
    last_date: dt.date | None = None
    last_actor: Actor | None = None
    by_weapon: dict[str, Actor] = {}  # the side last told with each weapon ("Turkish drones", "Israeli missiles")
    day_sides: dict[dt.date, Actor] = {}  # the side a day's strikes were told of, placed or not ("On 2 February, US jets struck 85 targets")
    lead: tuple[int, str, list[DateMention]] | None = None
    listing: str | None = None  # the attack a list of places completes, while its items follow
    roundup: tuple[int, str] | None = None  # a day's strikes told with no place of their own, whose places may follow
    told_before = ""
    index = 0
    by_place: dict[str, int] = {}  # "six of those killed were in A and two in B"
    section: PlaceMention | None = None  # a bulletin's country heading ("Lebanon", then "Ukraine")
    section_at = 0  # the sentence of that heading
    entry_at = 0  # the heading of the entry being read, in a log or digest of several strikes
    day_heading: dt.date | None = None  # the day the last day's heading gave ("Tuesday 4 March", over a blog's entries)
    other_incident = 0  # the last sentence that opened another incident ("In a separate incident, ...")
    ground_attack = -1  # the last sentence that told an attack on the ground ("a bomb exploded on a bus")
    headed: PlaceMention | None = None  # the place a subheading names, for "the city" of the lines under it
    town_headed = -9  # the last sentence that was a heading naming only a town ("ARIHA")
    labelled_at = -9  # the last sentence that was a town's label ("X, Y governorate (Country).")
    centre: str | None = None  # the seat of the region named last, for "the regional centre"
    stopped = -9  # the last sentence that told of missiles or drones stopped in the air
    bulleted, item_day = -9, None  # the last sentence that opened with a bullet, and the day under discussion before its list
    downed_all = -9  # the last sentence that told of every one of them stopped
    said_two, said_before, said = "", "", ""  # the sentences before this one, for a claim of the attack it told
    first_dateline = ""  # the report's own dateline, "BALAKLIIA, Kharkiv region -"
    first_dateline_at = 0
    dateline_city: PlaceMention | None = None
    dateline_capital: PlaceMention | None = None  # "SANAA, Aug 29 -": a bureau's capital, which "the capital" names
    scene: tuple[int, dt.date | None, PlaceMention | None] | None = None  # a sentence that sets the day and/or town of the strike told next
    closing: tuple[int, dt.date] | None = None  # a sentence that closes on a town and a day, for "the town" told next
    weapons_told: dict[str, Actor] = {}  # the sides the last sentence told with their weapons, whatever it reported
    record: Record | None = None  # an incident log's record, whose "Date:" and "Location:" fields its description uses
    month_told = -9  # the last sentence dated only by a month before the report's
    campaigners: set[Actor] = set()  # the sides the lead says are waging the strikes ("X is still carrying out daily strikes")
    sentences: list[tuple[str, str]] = []
    entries: set[int] = set()  # the sentences that open a live page's entry, under its time ("16:45")
    facts_at = 0  # the heading of a list of facts about one strike ("What we know about the X strike"), while its items run
    titled: set[int] = set()  # (and those that open one with its time and title: a strike told above is not theirs)
    updates: list[tuple[str, Casualties, str]] = []  # a live page's toll updates on a place, told above its strike
    # the day of the strikes a clause said a sentence's news came after, and the side it names for them
    answered_at: tuple[int, dt.date, Actor | None] | None = None
    days_before: set[dt.date] = set()  # the days the sentence before named, for its "earlier that day"
    days_said_before: set[dt.date] = set()  # (and those of the one before it, once this sentence's are read)
    for sentence, dateline_town in _clauses(doc, text, aerial_context, reference):
        if ENTRY_TIME.fullmatch(sentence):
            entries.add(len(sentences) + 1)
        else:
            if TIMED_ENTRY.match(sentence):
                titled.add(len(sentences) + 1)  # ("09:40 BST - Two dead in X": an entry opened by its time and title)
            sentences.append((sentence, dateline_town))
    story = _story_town(sentences, gazetteer, countries)

    # ("Jets struck three depots in Syria on Monday." then "Two of the sites lay near X": where it was, told next)
    # ("Pakistani planes bombed homes overnight." then "Three children were killed in the Barmal district": where, by its dead)
    @functools.cache  # (asked only of the sentences just after a strike's, each once)
    def targets_told(i: int) -> bool:
        """Whether sentence i (from 1) says where a strike's targets lay, or places its dead without telling an attack."""
        told = sentences[i - 1][0]
        return _targets_at(told) or bool(DEAD_PLACED.search(told)) and not triggers_in(told, aerial_context)

    body_begun = False  # whether a sentence told in full has been read: the lines above it are the page's title and headings
    body_at = 0  # the index of the body's first sentence
    # (and the lines above the byline: a title, and the deck under it that reads as a sentence)
    byline_at = next((i for i, (sentence, _) in enumerate(sentences[:TITLE_LINES], 1) if BYLINE_LINE.fullmatch(sentence)), 0)
    for sentence, dateline_town in sentences:
        index += 1
        facts_at = index if FACTS_HEADING.match(sentence) else facts_at if LIST_ITEM.match(sentence) else 0
        # ("MIZZIMA", "News | Rakhine State", then the title: a title, under the outlet's name and section)
        title_zone = index <= 2 or not body_begun or index < byline_at
        body_begun = body_begun or TOLD_IN_FULL.search(sentence) is not None and len(sentence.split()) >= TOLD_WORDS
        body_at = body_at or (index if body_begun else 0)
        # ("Air Force jets chased them." then "The aircraft struck ...": theirs)
        by_weapon.update(weapons_told)
        weapons_told = sides_by_weapon(sentence, countries)
        if dateline_town and not first_dateline:  # "ALEPPO, Syria -": the city whose quarters a report names bare
            first_dateline, first_dateline_at = dateline_town, index
            seat = _dateline_town(dateline_town, [], gazetteer, countries)
            dateline_city = PlaceMention(seat[0], seat[0], 0, 0, True, False, False) if seat is not None else None
            dateline_capital = _capital_of_dateline(dateline_town, countries)
        said_two, said_before, said = said_before, said, sentence
        # "In a separate incident, ...", or a subheading inside the body ("Clinic hit in Rabak"): what follows is another
        # story, and "the city" under a subheading is the one it names
        # ("Sloviansk." on a line of its own: a log's note on that town, whose "the city" it is)
        labelled = _caps_lead_titled(sentence)  # ("MURIDKE (X district): Missiles struck ...": a town's entry, in capitals)
        label = PLACE_LABEL.fullmatch(labelled)
        label = label if label is not None and index > 2 and gazetteer.contains(label["name"]) and not SECTION_TITLE.match(label["name"]) \
            and not gazetteer.country_code(label["name"]) and label["name"] not in legend else None
        # ("Kassala: a reader sent photos ...", "X update: ...": a live blog's entry on one town, whose "the city" it is)
        lead_label = PLACE_LEAD.match(labelled) if label is None and index > 2 and not RECORD_FIELD.match(sentence) else None
        lead_label = lead_label if lead_label is not None and not gazetteer.country_code(lead_label["name"]) \
            and lead_label["name"] not in legend and not PAGE_LABEL.fullmatch(lead_label["name"]) and not SECTION_TITLE.match(lead_label["name"]) \
            and not no_place_word(lead_label["name"]) and _heading_town(lead_label["name"], gazetteer, countries) else None
        # (a line that is only a town's label, not "ISLAMABAD:", a wire's dateline in capitals)
        labelled_at = index if label is not None and labelled is sentence and not PAGE_LABEL.fullmatch(label["name"]) \
            and _heading_town(label["name"], gazetteer, countries) else labelled_at  # (nor "Yes.", a reply, though a hamlet bears it)
        label = label or lead_label
        subheading = index > 2 and bool(SUBHEADING.fullmatch(sentence) or CAPS_HEADING.fullmatch(sentence)) \
            and not BYLINE_LINE.fullmatch(sentence) or label is not None
        # (the city in capitals on the line under a byline, "By Jane Doe" then "NAIROBI", is where the reporter files from:
        # it parts the title from the body, and heads no strike)
        bureau = subheading and byline_at > 0 and index == byline_at + 1 and sentence.split(",")[0].isupper()
        other_incident = index if ANOTHER_INCIDENT.match(sentence) or subheading else other_incident
        ground_attack = index if GROUND_ATTACK.search(sentence) else ground_attack
        record = None if subheading else record  # ("GROUND FIGHTING (not air attacks)": the records end)
        if label is not None:
            headed = PlaceMention(label["name"], label["name"], label.start("name"), label.end("name"), True, False, False)
        elif subheading:
            town_heading = _capitals_town(sentence, gazetteer, countries) if not bureau else None
            headed = town_heading or (_town_named(sentence, gazetteer) if not bureau else None)
            town_headed = index if town_heading is not None else town_headed
        elif sentence.endswith(":"):  # "Events in the city of X and its countryside:": the town of the items below
            headed = _town_named(sentence, gazetteer) or headed
        if _country_heading(sentence, gazetteer):
            # a section of its own: the attacker told before is another war's, and its places lie in that country
            section, last_actor, by_weapon = PlaceMention(sentence, sentence, 0, 0, True, False, False), None, {}
            section_at = index
            continue
        if (item := COUNTRY_LABEL.match(sentence)) is not None and gazetteer.country_code(item["name"]) and index > 0:
            # "Sudan: A drone struck a market in X": a digest's item labelled with its war; the attacker told before is
            # another war's, and its places lie in that country
            section, last_actor, by_weapon = PlaceMention(item["name"], item["name"], 0, 0, True, False, False), None, {}
            section_at = index - 1
        if TIME_OPENS.match(sentence):
            # "17:15 - Medics say ...", "16:30 The army says ...": a live blog's entry opens on the day of the blog's heading
            # over it (or the report's), not the day an entry before it spoke of
            last_date = day_heading
        if len(days_before) == 1 and PART_OF_DAY.match(sentence):
            last_date = next(iter(days_before))  # "Gunmen raided X on Monday." then "In the afternoon, drones hit Y"
        if index in entries:
            last_date = None  # (a live page's entry under its time tells the page's day, not the day the entry below it told)
        # ("The offensive began on Tuesday. Earlier that day, a strike ...": the one day the sentence before named; not the
        # report's own day, which a writer names again as "today": "... still searching this morning." then "On the
        # same day, jets raided Y": the day of the strike under discussion)
        that_day = next(iter(days_before)) if len(days_before) == 1 and SAME_DAY.search(sentence) \
            and (reference not in days_before or last_date is None) else last_date
        dates = dates_in(sentence, reference, that_day)
        days_said_before, days_before = days_before, {d.date for d in dates if d.precision == "day"}
        if len(days_said_before) == 1 and not days_before and PART_OF_DAY_WITHIN.search(sentence):
            # "The shepherds left the hills on Monday." then "They were camped by X in the evening when a jet ...": that
            # day's evening
            last_date = next(iter(days_said_before))
        if index in entries or index in titled:
            entry_at = index - 1  # a live page's next entry: a side blamed below it is not blamed for the strikes above
        entry_line = LOG_ENTRY.fullmatch(sentence)
        if entry_line is not None and (town := _cell_town(entry_line["place"], gazetteer, countries)) is not None:
            # "22/03-11 | 06:40 | X, western Y": a log's entry line, whose town and day (the sheet's day heading) the
            # lines under it tell their strike at
            record = Record(index, _heading_day(f"{entry_line['place']}.", dates) or last_date, town)
            other_incident, headed = index, town  # another incident, whose "the town" is its own
            continue
        field = RECORD_FIELD.fullmatch(sentence)
        if field is not None:
            if record is None or field["when"] and record.day or field["where"] and record.town:
                record = Record(index)  # a field told twice opens the next incident's record
            # "Date: Sunday 9 June, 05:40" and "Location: X, Y province - a bakery": where and when the record's
            # description, which names neither, tells its strike
            if field["when"]:
                record.day = _field_day(field["value"], dates_in(field["value"], reference, last_date)) or record.day
            # (the town first in the field, as a log's place cell names it: "Location: X, a depot near the market")
            where = field["value"].split(" - ")[0]
            record.town = _town_named(where, gazetteer) or _cell_town(where, gazetteer, countries) or record.town \
                if field["where"] else record.town
            # ("Attribution: the army (aircraft type).": the side, not why)
            side = side_of_label(re.sub(r"\s*\(.*", "", field["value"]).rstrip(". "), countries) if field["who"] else None
            record.side = side or record.side
            for mention in [m for m in mentions if m.last_sentence > record.start and not m.actor_stated] if side else []:
                mention.actor, mention.actor_stated = side, True
                mention.because("actor.record")
            continue
        by_place.update(tolls_by_place(sentence))
        if REGION_NAMED.search(sentence):
            centre = regional_centre(sentence, gazetteer, countries)
        heading_day = _heading_day(sentence, dates)
        day_heading = heading_day or day_heading
        # ("- A man hurt yesterday in X has died." then "- In Y, a drone hit a house": the day one item of a list told is
        # that item's, not the next one's)
        bulleted = -9 if heading_day else bulleted  # (a day's heading opens a list of its own)
        if BULLET.match(sentence):
            in_list = index - bulleted <= ITEM_SENTENCES
            last_date = item_day if in_list else last_date
            item_day, bulleted = (item_day if in_list else last_date), index
        last_date = heading_day or _day_under_fire(sentence, dates) or _attack_day(sentence, dates) \
            or _ruled_day(sentence, dates) or _asked_day(sentence, dates) \
            or (_anniversary_day(sentence, reference, aerial_context) if title_zone else None) or last_date
        # ("In April, A fired drones at B." then "B hit back days later near X": a strike of April, no day of its own)
        month_told = index if _earlier_month(dates, reference) else month_told
        masked = _mask(sentence, dates)
        candidates = triggers_in(masked, aerial_context)
        triggers = [t for t in candidates if reports_attack(masked, t, [d.start for d in dates if d.precision == "day"])]
        if month_told == index - 1 and not dates and not triggers and index not in entries and index not in titled:
            month_told = index  # ("In June 2023, A bombed B. B answered with missiles." then "One hit X": still June's)
            # (not across a live page's entries: "09:15 In June, a strike hit a school." ... "07:05 Reports are coming in
            # of a strike on X" is another entry's news)
        # "ended its review of a May 2021 raid ..., finding the attack lawful": the strike set aside as recalled
        # (not "The air force spokesman said the unit carried out the strikes on Tuesday": a force named, no strike recalled)
        triggers = [t for t in triggers if not (DEFINITE.search(masked, max(0, t.start - 30), t.start)
                                                and any(c.end <= t.start and c not in triggers and not FORCE_NOUN.search(masked, c.start, c.end)
                                                        for c in candidates))]
        # ("Fighters had been in the town on Sunday but left before the strike": a time told by the strike just told)
        triggers = [t for t in triggers if not (mentions and TOLD_STRIKE_AS_TIME.search(masked, max(0, t.start - 40), t.start))]
        if candidates and not triggers:
            reject(sentence, "reject.not_reported", masked[candidates[0].start:candidates[0].end])
            if index <= LEAD_SENTENCES and (aerial_context or any(c.aerial for c in candidates)) and WAGED.search(masked):
                campaigners |= {m.actor for m in actors_in(sentence, countries) if m.strength >= 2 and m.actor.country}
        told, (triggers, clauses) = triggers, _own_clause(sentence, triggers)
        # (not when the sentence's own strike has its own day: "X struck 85 targets on Friday in retaliation for a drone
        # attack last weekend" tells Friday's strikes, which the next sentences place)
        answered = _answered_day(sentence, dates) if told and not _own_day(sentence, dates) else None
        answered_at = (index, answered, _answered_side(sentence, countries)) if answered is not None else answered_at
        if told and not triggers and clauses.elsewhere:
            reject(sentence, "reject.other_event", masked[told[0].start:told[0].end])  # its strikes are those another attack answered
        if triggers and not any(t.aerial for t in triggers) and (ON_THE_GROUND.search(sentence)
                                                               or index > 1 and (fire_goes_on(sentence, sentences[index - 2][0])
                                                                                 or fire_told_again(sentence, sentences[index - 2][0]))):
            # "the assault on the outpost opened with a truck bomb"; "Rockets kept falling on the border." then "One hit X"
            reject(sentence, "reject.ground_attack")
            triggers = []
        if triggers and downed_all >= index - 2 \
                and not any(IMPACT.search(s) or _any_hurt(casualties_in(s)) for s, _ in sentences[index - 1:index + 1]) \
                and (SAME_PLACE.search(sentence) or places_in(sentence, gazetteer)):
            # "Air defences shot down all the drones launched at the city." then "They came at the city from the south in
            # two waves": the attack that was stopped, told again at its place, with nothing hit here or next (told with no place, it
            # may be what the next sentence says fell somewhere: "Four missiles were launched." then "Fragments hit X")
            reject(sentence, "reject.intercepted")
            triggers = []
        if triggers and OVERFLIGHT.search(sentence) and not _any_hurt(casualties_in(sentence)):
            reject(sentence, "reject.not_reported", "no bombing")  # "jets flew over the town but dropped no bombs"
            triggers = []
        if triggers and (unconfirmed := UNCONFIRMED_LABEL.match(sentence)):
            reject(sentence, "reject.not_reported", unconfirmed.group(0))  # "Unconfirmed: channels say a depot was hit"
            triggers = []
        # (not "... downed two missiles, and falling debris struck a house": what fell of them hit)
        told_next = sentences[index][0] if index < len(sentences) else ""
        if INTERCEPTED.search(sentence) and not _any_hurt(casualties_in(sentence)) and not PARTLY_DOWNED.search(sentence) \
                and not any(FELL_OF_IT.search(masked, t.start, t.end) for t in triggers) \
                and not (DEBRIS.search(told_next) and (_any_hurt(casualties_in(told_next)) or DEBRIS_LANDED.search(told_next))
                         and not HARMLESS_DEBRIS.search(told_next) and not NONE_HARMED.search(told_next)
                         and not places_in(told_next, gazetteer)):
            # (not "... repelled an attack of drones." then "Wreckage of one came down on a building": where it fell, told
            # next with no place of its own)
            downed_all = index if EVERY_ONE_STOPPED.search(sentence) and not PARTLY.search(sentence) else downed_all
            if triggers:
                reject(sentence, "reject.intercepted")  # "air defences downed 11 of 14 drones": no impact told
                triggers = []
                last_actor = actor_in(sentence, countries) or last_actor  # "Russia sent 14 drones ...": whose debris fell next
                last_date = _roundup_day(sentence, dates, reference, gazetteer) or last_date  # and on which day
        if triggers and FALSE_CLAIM.match(sentence):
            reject(sentence, "reject.debunked")
            triggers = []
        if (debunked := DEBUNKED.search(sentence)) and not SIDE_DENIES.search(sentence) \
                and not HEARSAY.search(sentence, max(0, debunked.start() - 60), debunked.start()):
            # "Imagery shows no sign of the strike on X claimed on Monday"; "Reports of a strike on X. ... Treat as
            # false.": a strike the writer finds did not happen, here or just told
            named = [m for m in mentions if m.place is not None and m.last_sentence >= index - 2
                     and re.search(rf"(?<![\w-]){re.escape(m.place.name)}(?![\w-])", sentence)]
            # (else the claim just told, if it told of no one hurt: a debunked claim seldom has its dead counted)
            last = _discussed(mentions) if mentions and not triggers else None
            struck = named or ([last] if last is not None and last.last_sentence >= index - 2 and not _any_hurt(last.casualties) else [])
            for mention in struck:
                reject(" ".join(mention.sentences), "reject.debunked", mention.place.name if mention.place else "")
                mentions.remove(mention)
            if triggers or struck:
                reject(sentence, "reject.debunked")
            triggers = []
        if triggers and reference is not None and (not any(d.precision == "day" for d in dates) and any(
                (year := _year_of(sentence, t)) is not None and dt.date(year, 12, 31) < reference - dt.timedelta(days=30) for t in triggers)
                or all(_month_past(sentence, t, reference) for t in triggers)):
            reject(sentence, "reject.another_year")  # "we lived through the bombing of 1998": a strike of another year
            triggers = []
        if triggers and reference is not None and not any(d.precision == "day" for d in dates) and began_long_ago(sentence, reference):
            reject(sentence, "reject.past_operation")
            triggers = []
        if not triggers and DOWNED_AFTER.search(sentence) and not _any_hurt(casualties_in(sentence)):
            # "Rebels fired two missiles at the dam at midnight." then "The ministry said they were destroyed in the air":
            # what was fired at a place, downed, with nothing told hit (not "a missile struck the depot", then "a second
            # was intercepted")
            aimed = [m for m in mentions if m.last_sentence == index - 1 and not _any_hurt(m.casualties)
                     and all(AIMED_ONLY.search(s) and not LANDED_WORDS.search(s) for s in m.sentences)]
            for mention in aimed:
                reject(" ".join(mention.sentences), "reject.intercepted", mention.place.name if mention.place else "")
                mentions.remove(mention)
        if triggers and CORRECTION.search(sentence):
            reject(sentence, "reject.correction")  # what the report got wrong, or set right: told in the body already
            triggers = []
        if triggers and UNCONFIRMED.search(sentence) and not _any_hurt(casualties_in(sentence)):
            reject(sentence, "reject.unconfirmed")
            triggers = []
        if triggers and not _any_hurt(casualties_in(sentence)) and (HARMLESS_DEBRIS.search(sentence) or _fell_harmlessly(sentence, told_next)):
            reject(sentence, "reject.intercepted")  # what fell of an interception, and harmed nothing
            triggers = []
        if triggers and MISHAP.search(sentence) and not ERRANT_WEAPON.search(sentence):
            reject(sentence, "reject.mishap")
            triggers = []
        if triggers and DRILL.search(sentence) and not _any_hurt(casualties_in(sentence)):
            reject(sentence, "reject.drill")
            triggers = []
        # (not "aircraft struck targets near X, the military said, without providing details": placed, its details untold)
        if triggers and (untold := UNSPECIFIED.search(sentence)) and not (
                untold.group(0).lower().endswith("details") and any(not p.region and not gazetteer.country_code(p.name)
                                                                    for p in places_in(sentence, gazetteer))):
            reject(sentence, "reject.unspecified")
            triggers = []
        if triggers and all(_in_aftermath(sentence, t) for t in triggers):
            reject(sentence, "reject.aftermath")
            triggers = []
        downed = ALL_DOWNED.search(sentence)
        if triggers and downed and CLAIMED.search(sentence, 0, downed.start()) and not _any_hurt(casualties_in(sentence)):
            # "its spokesman claimed drone attacks on A and B; the military reported no impacts": a claim, and its answer
            reject(sentence, "reject.claim_downed")
            triggers = []
        if downed and not _any_hurt(casualties_in(sentence)):
            # "Rebels said they struck the airport. Officials said all six drones were downed": the claim had no impact
            # ("The group fired a missile at the airport." then "the missile had been shot down before ...": it never hit)
            for mention in [m for m in mentions if m.last_sentence >= index - 2 and (CLAIMED.search(m.sentences[-1]) or FIRED_AT.search(m.sentences[-1]))
                            and not _any_hurt(m.casualties)]:
                mentions.remove(mention)
                reject(mention.sentences[-1], "reject.claim_downed", mention.place.name if mention.place else "")
        if CLAIM_DENIED.search(sentence) and not _any_hurt(casualties_in(sentence)):
            _drop_denied_claims(mentions, index, actor_in(sentence, countries))
        if STOPPED.search(sentence) and not PARTLY.search(sentence):
            stopped = index  # "... it had been intercepted": what a side then claims to have hit may be that missile
        blamed = own_blame = attributed_actor(sentence, countries)  # the latter for the sentence's own strike, whatever its day
        if blamed is not None:  # ("a strike on a market in X, blaming the army": the army of X's country, in a round-up of wars)
            known = [p for p in places_in(sentence, gazetteer) if (found := gazetteer.resolve(p.name, countries)) is not None
                     and well_known(found[0].seat, found[0].population)]  # (a town a reader places, not a hamlet's namesake)
            # (naming none: the place of the strike just told, "... in Aleppo." then "Groups blamed government warplanes")
            known = known or [m.place for m in mentions[-1:] if m.place is not None and m.last_sentence >= index - 2]
            blamed = own_blame = attributed_actor(sentence, _theatre_first(known, gazetteer, countries))
        if blamed is None and RECAP.match(sentence):  # "It was the third drone attack in a week, in a campaign by X's military"
            blamed = agent_named(sentence, countries)
        if blamed is None and GROUP_BLAMED.search(sentence):
            # "X has vowed to fight on." then "Ministers held the group responsible for a raid on Y": the group named before
            blamed = own_blame = group_named(said_before) or group_named(said_two)
        # ("The army held the RSF responsible; the group first hit the city in May": the blame's own clause)
        a, b = _blame_clause(sentence, countries) if blamed is not None and ";" in sentence else (0, len(sentence))
        own_triggers = [t for t in triggers if a <= t.start < b]
        if blamed is not None and (_names_other_attack(sentence[a:b], mentions[-3:]) or _tells_another_days(
                masked, own_triggers, [d for d in dates if a <= d.start < b], mentions[-3:])
                or _tells_another_place(masked, own_triggers, mentions[-3:], gazetteer, countries)):
            blamed = None  # "X blamed Y for the Damascus attack": another attack than those just told
        if blamed is not None and reference is not None and (verb := BLAME_VERB.search(sentence, a, b)) is not None \
                and any((reference - d.date).days > BACKGROUND_DAYS for d in dates if a <= d.start < verb.start()):
            # "Russia denied bombing the theatre in March and blamed Ukraine": a blame for a strike long past (not "blamed the
            # group it has fought since the fighting began in 2023": what the side blamed has done)
            blamed = None
        if blamed is not None and reference is not None and PLURAL_ATTACKS.search(sentence) \
                and any(int(y.group(0)) < reference.year for y in re.finditer(rf"\b{YEAR.pattern}\b", ASIDE.sub("", sentence))):
            # "after attacks that Ankara blamed on the PKK: in October 2023 ...": a past year's attacks (not "called on
            # the powers, which brokered a truce in 2019, to act": a year that dates something else)
            blamed = None
        if blamed is not None and ANOTHER_INCIDENT.match(sentence):
            blamed = None  # "Separately, the army said its drones hit X": its own strike, not a claim of those told before
        if blamed is not None and claims_in(sentence) and (ON_THE_GROUND.search(sentence) or ON_THE_GROUND.search(said_before)):
            # "after a suicide bombing that the group said it carried out", "... car bomb. A group claimed the attack.":
            # the claim is of that attack (an attack on the ground told in it or just before)
            blamed = None
        if blamed is not None and not ATTACK_WORD.search(sentence) \
                and (told := other_event_spans(said_before)) and told[-1][1] >= len(said_before.rstrip()) - 1:
            # "... struck targets in answer to a bombing at a factory near X." then "X blames the group": a blame
            # naming no attack is of the one told last, the attack answered
            blamed = None
        if blamed is not None and FURTHER_ACTS.search(sentence):
            # "X then accused Y of launching more missiles once the truce had begun": blamed for more, not for those told
            blamed = None
        if blamed is not None and not ATTACK_WORD.search(sentence) and not any(m.last_sentence == index - 1 for m in mentions) \
                and _harm_elsewhere(said_before, mentions, gazetteer, countries):
            # "In Omdurman, 17 civilians were killed on Tuesday. Residents blamed the RSF.": the harm just told, at a
            # place none of the strikes names, is what a blame naming no attack is of
            blamed = None
        if blamed is not None:  # "The army blamed the attacks on the RSF": the strikes just told
            named_attack = NAMED_ATTACK.search(sentence)  # "blamed Turkey for the Zakho attack": that one only
            # (not a strike of the section before: "LEBANON. A drone hit a car. ... YEMEN. Washington said its jets struck X")
            # (not a side that strikes of that day were told hitting: "strikes on positions held by X" then "Washington
            # blames X for that attack" blames X for what the strikes answered)
            # (not the side blamed, named as a country: "blamed the attack on Turkey")
            scope = {code for p in places_in(sentence, gazetteer)
                     if (code := gazetteer.country_code(p.name) or _country_of(p, gazetteer, countries)) is not None
                     and gazetteer.country_code(p.name) != blamed.country}
            latest_told = max((m.last_sentence for m in mentions), default=0)
            hit_last = {side for m in mentions if m.last_sentence == latest_told for side in m.hit_sides}
            for mention in [m for m in _blamed_for(sentence, mentions) if m.last_sentence > max(section_at, entry_at) and not _hit_that_day(blamed, m, mentions[-3:])
                            and not _outside(m, scope, gazetteer, countries) and (
                            named_attack is None or m.place is not None and m.place.name.lower() in named_attack["place"].lower())]:
                # (a blame of a strike on a side leaves that side's own strikes told before it theirs: "U.S. strikes
                # killed 34 ... in A ... in B." then "a drone struck a U.S. outpost in C. Washington blamed X.")
                if not mention.actor_stated and (mention.last_sentence == latest_told or mention.actor not in hit_last):
                    mention.actor, mention.actor_stated = blamed, True
                    mention.because("actor.attributed")
            last_actor = blamed
        doubt = in_doubt(sentence, countries)
        if doubt:  # "it was not clear whether Syrian or Russian jets carried out Tuesday's raids"
            # ("No group has claimed the X attack": that one only, not a strike told since at Y)
            named = THE_NAMED_ATTACK.search(sentence)
            named = named["place"].lower() if named and any(m.place is not None and m.place.name.lower() in named["place"].lower()
                                                            for m in mentions) else None
            for mention in mentions[-3:]:
                if named is not None and (mention.place is None or mention.place.name.lower() not in named):
                    continue
                if not mention.actor_stated:
                    mention.unattributed = True
                    if mention.actor not in (None, UNKNOWN):
                        mention.actor = UNKNOWN
                        mention.because("actor.in_doubt")
            last_actor = None
        if listing is not None and not triggers and LIST_ITEM.match(sentence):
            # "The strikes targeted facilities at two locations:" then "- a compound at A;" "- a depot near B.": one strike each
            found = _joined_mentions(f"{listing} {sentence.lstrip(' -*•–')}", reference, last_date, aerial_context, gazetteer, countries)
            for mention in found:
                mention.because("admit.listed")
                mention.last_sentence, mention.actor_stated = index, mention.actor is not None
            mentions += found
            continue
        if roundup is not None and roundup[0] >= index - ROUNDUP_SPAN and not triggers and not dates \
                and (found := _roll_call(sentence, roundup[1], mentions, reference, last_date, aerial_context, gazetteer, countries)):
            # "Missiles struck several regions overnight." then "In X, one man was killed and three were hurt." or "Two
            # died in A and one in B.": the places the roundup's strikes hit, their day and attacker the roundup's
            for mention in found:
                mention.last_sentence, mention.actor_stated = index, False
                mention.because("admit.roll_call")
            mentions += found
            continue
        # a sentence that names attacks and ends on a colon introduces a list of their targets (with the sentence before it)
        # ("The jets struck six camps." then "He listed the targets:": the list of the attack just told)
        listing = f"{told_before} {sentence[:-1]}" if sentence.endswith(":") and (
            candidates or told_before and TARGETS_LISTED.search(sentence)) else None
        told_before = sentence if candidates else ""
        if not triggers and NONE_CONFIRMED.match(sentence) and SELF_CLAIM.search(said_before):
            # 'Its spokesman says its forces fired missiles at A and B.' then "None of that has been confirmed.": a side's
            # claim the report does not take up
            for mention in [m for m in mentions if m.sentences and m.sentences[0] == said_before]:
                reject(said_before, "reject.unconfirmed_claim", _place_name(mention) or "")
                mentions.remove(mention)
        if not triggers:
            # (not the report's own dateline, "PESHAWAR, Pakistan - June 18, 2015", under its headline)
            entry = _entry_town(dateline_town, gazetteer, countries) \
                if index > 2 and not candidates and first_dateline_at < index and not YEAR.search(sentence) else None
            if entry is not None and (day := _heading_day(sentence, dates)) is not None:
                scene = (index, day, entry)  # "2. ABU ZABAD, West Kordofan - Thursday 6 March": a roundup entry's heading
                entry_at, last_actor = index, None
            elif not candidates and (heading := _day_then_town(sentence, dates, gazetteer)) is not None:
                scene = (index, *heading)  # a log's or digest's entry: who struck in the entries before is theirs, not this one's
                entry_at, last_actor = index, None
                other_incident, headed = index, heading[1]  # (another incident, whose "the town" is its own)
            elif not candidates and (set_in := _scene(sentence, dates, gazetteer, countries)):
                scene = (index, *set_in)
            closing = (index, day) if not candidates and (day := _closing_day(sentence, dates)) is not None else closing
            opened = _side_attacked(sentence, dates, countries)
            if opened is not None:  # a new attacker's scene: what its weapons strike next is its own, and "the city" is its town
                (last_actor, last_date), by_weapon, other_incident = opened, {}, index
                headed = _town_named(sentence, gazetteer) or headed
            # kept for a trace only: the places a sentence names though it reports no strike, and the distractors set aside
            named = places_in(sentence, gazetteer) if current_trace() is not None else []
            # a line that only says where ("Tell Maraq, Idlib.") closes the report it ends
            # ("Most were intercepted, but three struck X, killing four": what got through, the strike just told's)
            # ("03:40 GMT - The city reports one dead.": a live page's next entry, that only counts the strike's dead)
            # ("What we know about the X strike" then "- Jets struck a school in X." ... "- Officials say 21 were killed.":
            # the list's facts are of the one strike it tells)
            of_the_list = facts_at and mentions and mentions[-1].last_sentence > facts_at and _any_hurt(casualties_in(sentence)) \
                and not places_in(sentence, gazetteer)
            if LIST_ITEM.match(sentence) and not (_stamped_toll(sentence, gazetteer) and mentions and mentions[-1].last_sentence == index - 1) \
                    and not of_the_list \
                    or is_ground_fighting(blank(sentence, cued_event_spans(sentence))) and not PARTLY_DOWNED.search(sentence) or _page_stamp(sentence, dates):
                if not candidates and (LIST_ITEM.match(sentence) and _blast_at(sentence, gazetteer) or _downed_at(sentence, gazetteer)):
                    # "23:40 - Residents of X tell of three blasts." then "The strikes hit ..."; "A drone was shot down
                    # over X." then "Its debris burned a barn."
                    lead = (index, sentence, dates)
                continue  # a feed's next item, or shelling: another event, not more of the strike just told
            # "In a separate incident, a drone crashed ... No casualties were reported.": that incident's, not the strike's
            discussed = _discussed(mentions) if mentions else None
            struck_there = _named_in(sentence, mentions) if mentions else None
            if struck_there is None and (GROUND_IMPACT.search(sentence) and _harm_elsewhere(sentence, mentions, gazetteer, countries)
                                         or GROUND_ATTACK.search(sentence)):
                # "Two people were killed when a rocket hit a street in Nahariya.": the harm of fire from the ground, at a
                # place none of the strikes told names, or of a bomb on a bus: no more of theirs
                discussed = None
            # ("Three died in X, the health office said", a few sentences on: X's strike, told by its place)
            if discussed is not None and discussed.last_sentence >= other_incident and (
                    discussed.last_sentence >= index - _reach(discussed, sentence, gazetteer)
                    or struck_there is not None and struck_there.last_sentence >= index - FOLLOW_BY_NAME
                    and _any_hurt(casualties_in(sentence))):
                if struck_there is not None:  # "... on the edge of Metula.": that strike is now the one discussed
                    struck_there.last_sentence = index
                spoken_of = struck_there or discussed
                if struck_there is not None and _tolls_by_clause(sentence, mentions, index, gazetteer):
                    continue  # "Three died in A, while five were hurt in B": each toll its own strike's
                mentions += _add_follow_up(spoken_of, sentence, dates, index, gazetteer, countries)
                _none_hurt_in_all(spoken_of, mentions, sentence)
                if sentence not in spoken_of.sentences and any(d.precision == "day" and not _reporting_day(sentence, d) for d in dates) \
                        and casualties_in(sentence, [(d.start, d.end) for d in dates]).killed is not None and not aggregate(sentence) \
                        and not ON_THE_GROUND.search(sentence):
                    # "A day later, a pickup was blown apart near X and three men died." then "A drone had gone after
                    # it": a toll of another day, whose strike the next sentence tells
                    lead = (index, sentence, dates)
            elif entries and struck_there is None and (named_by := UPDATE_ON.match(sentence)) and _any_hurt(casualties_in(sentence)):
                # a live page, newest first: "Poltava update: toll now up to 52" tells of a strike told further down
                updates.append((named_by["name"], casualties_in(sentence), sentence))
            elif not mentions and casualties_in(sentence, [(d.start, d.end) for d in dates]).killed is not None \
                    and not aggregate(sentence):  # "logged 40 incidents, killing 52": a tally, no strike's toll
                lead = (index, sentence, dates)  # "Between 9 and 14 people died." then "... in the raid on Khan Younis."
            elif not candidates and (_blast_at(sentence, gazetteer) or _downed_at(sentence, gazetteer)):
                lead = (index, sentence, dates)  # "A blast hit a depot outside X on Monday." then "A drone dropped the bomb."
            elif named and not candidates:
                reject(sentence, "reject.no_strike", ", ".join(p.name for p in named))
            continue
        # ("the town's school": the last town named, not the region a strike was last told in)
        town = SAME_TOWN.search(sentence)
        last_told = next((m for m in reversed(mentions) if m.place is not None and not (town and m.place.region)
                          and m.last_sentence > other_incident), None)
        last_place = last_told.place if last_told is not None else None
        if town and last_told is not None and last_told.last_sentence < index - 1 \
                and (moved := _town_in_slot(["", said_before], gazetteer, countries)) is not None \
                and (town["noun"].lower() != "camp" or _named_as_camp(said_before, moved)):
            # "On Tuesday the helicopters turned to X, a town north of Y." then "... a clinic in the town": X, not the town
            # of the strike told before
            last_place = moved
        if last_told is not None and last_told.last_sentence < index - 1 and SAME_PLACE.search(sentence) \
                and (opener := _town_told(said_before, gazetteer, countries)) is not None and opener.start == 0 \
                and opener.name != last_place.name:
            # "A drone hit X." then "Y has been shelled all autumn." then "Bombs struck the city": Y, the town the
            # sentence before opens on, not the town of a strike told further up
            last_place = opener
        if last_place is not None and CITYS.search(sentence) and (city := _town_told(said_before, gazetteer, countries)) is not None \
                and city.name != last_place.name and city.name not in sentence:
            # "Jets hit X." then "At night a blast shook Y." then "A drone hit a house in the city's Z
            # area": Y's, the city the sentence before named, not the town of the strike told further up
            last_place = city
        if last_place is None and mentions and mentions[-1].place is not None and SAME_UNIT.search(sentence):
            last_place = mentions[-1].place  # ("In a separate incident in the same district, a strike hit ...")
        if headed is not None and labelled_at == index - 1 and SAME_PLACE.search(sentence):
            last_place = headed  # ("X, Y governorate." then "Strikes hit stores at the town's edge": the entry's town)
        same = SAME_PLACE.search(sentence) if last_place is None and said_before else None
        if same and not (headed is not None and other_incident >= index - 1):  # (a heading just before names it)
            # "X woke to sirens. Missiles struck the city ...": X; ("The fair at X fills its square each week. This time a
            # drone came." then "... at the town's gate": X; "the city" only of the sentence just before; both before
            # the town of a heading further up)
            last_place = _town_told(said_before, gazetteer, countries) or _town_in_slot(
                ["" if "city" in same.group(0).lower() or other_incident >= index - 2 else said_two, said_before], gazetteer, countries)
            if last_place is None and not mentions and other_incident == 0 \
                    and (not first_dateline or _dateline_place(first_dateline, gazetteer, countries) is None):
                # ("The hill village of X had never been bombed." ... "A: a missile hit a house by the church in the village"):
                # the one town the story has named so far, before it tells any strike (a dateline's town is its own)
                last_place = _town_in_slot([s for s, _ in sentences[max(0, index - 1 - STORY_TOWN_SPAN):index - 1]], gazetteer, countries)
        last_place = last_place or headed
        if (own_town := _speaking_town(sentence, gazetteer, countries)) is not None:
            last_place = own_town  # "the administration of X said a drone set fire to the town's refinery": X's
        if last_place is None and first_dateline and index == first_dateline_at and SAME_PLACE.search(sentence):
            last_place = _dateline_place(first_dateline, gazetteer, countries)  # "PORT SUDAN - Drones struck the city's depot"
        elif last_place is None and first_dateline and any("city" in m.group(0).lower() for m in SAME_PLACE.finditer(sentence)) \
                and (seat := _dateline_place(first_dateline, gazetteer, countries)) is not None \
                and all(m.place is None or m.place.name == seat.name or m.place.site for m in mentions):
            # ("PORT SUDAN - Drones struck the airport ..." then, under a subheading, "drones hit the city's northern edge"):
            # the city the whole report is told from
            last_place = seat
        dated = any(d.precision == "day" for d in dates)
        # (a day the sentence only says something was said or counted on leaves the strike's own day to the scene before:
        # "On Friday night the tents caught fire." then "Medics said on Saturday the camp's toll was 40")
        own_day = _own_day(sentence, dates)
        home_town = _home_town(first_dateline, sentence, gazetteer, countries) if not mentions and last_place is None and dated else None
        home = (home_town, "place.dateline_town") if home_town is not None else None
        if home is None and last_place is None and first_dateline and index == first_dateline_at and HERE.search(sentence) \
                and (here := _dateline_place(first_dateline, gazetteer, countries, unknown=True)) is not None:
            home = (here, "place.dateline_town")  # "X, Country - Bombs fell on a field here": the dateline's town, known or not
        # ("BAHAWALPUR" on a line of its own, then "Missiles struck a mosque complex": the town the heading names)
        if headed is not None and (labelled_at == index - 1 or lead_label is not None and LETTERED.match(sentence)):
            home = (headed, "place.entry_heading")  # ("X, Y region, 13 June." then "Missiles struck a block"; "(c) X: two sites were hit")
        elif headed is not None and (lead_label is not None or town_headed >= index - 2):
            home = (headed, "place.entry_label")
        if home is None and (last_place is None or story is not None and last_place.name == story.name) and dated and story is not None \
                and (not first_dateline or (filed := _dateline_place(first_dateline, gazetteer, countries)) is not None and filed.name == story.name) \
                and (DAY_LABELLED.match(sentence) or TOWN_SITE_STRUCK.search(sentence)) \
                and all(m.place is None or m.place.name == story.name for m in mentions):
            # "Tuesday, 6 May: drones set two depots alight", "jets bombed the main market", under a report on one town
            home = (story, "place.story_town")
        fallback = last_date or reference
        if same and closing is not None and closing[0] == index - 1 and not own_day:
            fallback = closing[1]  # "... was plain in X on Saturday." then "Jets had struck the city's market": that day
        scened = scene is not None and scene[1] is not None and not own_day and (scene[0] == index - 1 or scene[2] is not None and scene[0] >= index - SCENE_SPAN)
        if scened:
            fallback, home = scene[1], (scene[2], "place.scene") if scene[2] is not None else home
            # ("Incident B - 25 February, X." then "A drone hit a wedding tent near the gate of the town": X is the town)
            last_place = scene[2] if scene[2] is not None and NUMBERED_ENTRY.match(said_before) else last_place
        if scene is not None and scene[1] is None and scene[0] == index - 1 and scene[2] is not None and home is None:
            home = (scene[2], "place.scene")  # a scene that gave the town alone: the strike told right after, placeless
        # (a title's strike is the one the body tells: the body's scene places and dates it)
        scene_opened = _lead_scene([s for s, _ in sentences[body_at - 1:index - 1]], reference, aerial_context, gazetteer, countries,
                                   told_as_scene=SCENE_RECALLED.match(sentence) is not None) \
            if body_at and body_at < index <= body_at + LEAD_SCENE_SPAN and not any(m.last_sentence >= body_at for m in mentions) \
            and not ANOTHER_INCIDENT.match(sentence) and TOLD_IN_FULL.search(sentence) \
            and any(t.aerial or aerial_context and AIR_STRIKE_NOUN.fullmatch(sentence, t.start, t.end) for t in triggers) else None
        # ("Farmers had come down to the river at X on Friday evening." then "Shortly after dusk the first missile struck
        # the crowd on the bank": a report that opens on the scene, in one town and on one day, before it tells the
        # strike right after it)
        if scene_opened and home is None and not places_in(sentence, gazetteer):
            home = (scene_opened[0], "place.lead_scene")
        if home is None and last_place is None and (told := _thing_told(sentence, [said_two, said_before], gazetteer, countries)):
            home = (told, "place.thing_told")  # "The bakery in X fed the street." then "A drone hit the bakery": X
            # ("Residents of X queued for bread on Monday." then "A drone hit the bakery": the scene's day too)
            # (or two sentences before: "The car still burned in X late on Tuesday. Police had sealed it off." then "A drone
            # had fired on the vehicle")
            scene_days = days_said_before if told.name in said_before else \
                {d.date for d in dates_in(said_two, reference, None) if d.precision == "day"} if told.name in said_two else set()
            fallback = next(iter(scene_days)) if not own_day and len(scene_days) == 1 else fallback
        if scene_opened and scene_opened[1] is not None and not own_day and home is not None and home[1] == "place.lead_scene":
            fallback = scene_opened[1]
        scene = None  # the strike told next is the scene's; later ones are told on their own
        if answered_at is not None and answered_at[0] == index - 1 and not own_day:
            # "The missile came two days after jets pounded the ports on Thursday." then "Fourteen jets dropped bombs on
            # A and B": the strikes that clause told, told now in full, on its day
            fallback = answered_at[1]
        if record is not None and not own_day:
            fallback = record.day or fallback
            home = (record.town, "place.record") if record.town is not None else home
        found = _mentions(sentence, triggers, dates, fallback, gazetteer, countries, last_place, clauses, centre, home, dateline_city,
                          located_next=any(targets_told(i) for i in range(index + 1, min(index + 3, len(sentences)) + 1)),
                          dateline_capital=dateline_capital,
                          told_places=frozenset(m.place.name for m in mentions if m.place is not None))
        if not found and triggers and not title_zone and mentions and mentions[-1].last_sentence == index - 1 and not mentions[-1].actor_stated \
                and not mentions[-1].unattributed and not ALSO_ANOTHER.search(masked) and not _campaign(masked, triggers) \
                and not places_in(sentence, gazetteer) and len(crafts := set(weapons_told.values())) == 1 \
                and (side := actor_in(blank(sentence, clauses.elsewhere), countries)) in crafts:
            # ("It was that crowd that was hit on Sunday." then "Residents said Russian warplanes struck the market": the strike
            # just told, told again by its attacker named with its craft, with no place or day of its own; not a campaign's
            # "has stepped up its drone raids", nor a strike the report says it does not know the side of, nor a speaker's
            # toll or the group a target belonged to)
            mentions[-1].actor, mentions[-1].actor_stated = side, True
            mentions[-1].because("actor.stated")
        for mention in found if scene_opened and len(found) == 1 else []:
            if mention.place is not None and _town_in_region(scene_opened[0], mention.place, gazetteer, countries):
                # ("In the clinic yard in X, families slept." then "Medics said the raid on the camp in Y
                # region killed 40"): the lead's town, in the region the strike is told by
                mention.context.append(mention.place)
                mention.place = scene_opened[0]
                mention.because("place.lead_scene")
        for mention in found:
            if (told := _told_before_said(mention, sentence, mentions)) is not None:
                mention.date = told  # "On Wednesday, the army said its air force had struck the X area": Tuesday's strike at X
                mention.because("date.said_later")
            elif (told := _place_told_day(mention, mentions)) is not None:
                mention.date = told  # "Jets hit A on Wednesday and B on Thursday." then "In A, the raids hit depots": Wednesday's
                mention.because("date.place_told")
        if not found and triggers and (triggers[0].aerial or aerial_context and (STRIKE_WORD.search(masked, triggers[0].start, triggers[0].end)
                                                                                 or WERE_HIT.search(masked, 0, triggers[0].end)
                                                                                 or COMMUNITIES_UNDER_FIRE.search(masked))) \
                and (day := _roundup_day(sentence, dates, reference, gazetteer)) is not None:
            last_date = day  # "Missiles struck several cities on Tuesday." then "In X, a drone hit a block": Tuesday's
            roundup = (index, sentence)
            if (side := actor_in(sentence, countries)) not in (None, UNKNOWN):
                day_sides[day] = side
        if month_told == index - 1 and found and all(m.date is not None and m.date.start < 0 for m in found):
            for mention in found:
                reject(sentence, "reject.background_month", mention.place.name if mention.place else "")
            found = []
        for mention in [m for m in found if not m.actor_stated] if record is not None and record.side is not None else []:
            # ("Attacker: X (drones)" above "Details: Two drones hit the depot.": the record's side)
            mention.actor, mention.actor_stated = record.side, True
            mention.because("actor.record")
        if scened:  # the scene's day is told, a sentence or two before
            for mention in [m for m in found if m.date is not None and m.date.start < 0]:
                mention.date = replace(mention.date, start=0, end=0)
        if stopped >= index - 4 and SELF_CLAIM.search(sentence) and not any(_any_hurt(m.casualties) for m in found):
            # "The missile was intercepted." then "The group's spokesman said it had targeted a base in X": a claim of it
            for mention in found:
                reject(sentence, "reject.claim_downed", mention.place.name if mention.place else "")
            found = []
        if DEBRIS.search(sentence) and DOWNED.search(said_before) and (downed_side := actor_in(said_before, countries)) is not None:
            # "A Houthi missile was shot down over X." then "Debris fell on a house, ..., the coalition said": what fell
            # was the downed craft's, whoever tells of it
            teller = reporter_of(sentence, countries)
            for mention in found:
                if (mention.actor in (None, UNKNOWN) or mention.actor == teller) and downed_side not in (UNKNOWN, teller):
                    mention.actor, mention.actor_stated = downed_side, True
                    mention.because("actor.downed_craft")
        for mention in found if lead_label is not None and lead_label["within"] else []:
            # "X (Y district): two missiles hit a mosque": the entry's town, not the unit its label says it lies in
            if mention.place is not None and lead_label.start("within") <= mention.place.start < lead_label.end("within"):
                mention.context, mention.place = mention.context + [mention.place], headed
                mention.because("place.entry_label")
        for mention in found:  # "... at the X school": the site a report placed before ("the X school in Y camp")
            told = _site_told(mention.place, mentions)
            if told is not None:
                mention.context, mention.place = mention.context + [mention.place], told
                mention.because("place.site_told")
        # (in a page about air strikes, a feed's item of blasts heard is the one "the strikes" next explains)
        if not found and lead is not None and lead[0] == index - 1 and not _campaign(sentence) \
                and (triggers[0].aerial or aerial_context and (LIST_ITEM.match(lead[1]) or DOWNED.search(lead[1]))) \
                and (not DOWNED.search(lead[1]) or DEBRIS.search(sentence)) \
                and not _placed_apart(lead[1], sentence, gazetteer):  # (after a downing, only what fell of it; a toll told in its own town)
            # "Three men were killed in Tell Maraq. A drone hit their truck.": one report in two sentences
            found = _joined_mentions(_told_after(lead[1], sentence), reference, last_date, aerial_context, gazetteer, countries)
            for mention in found:
                mention.because("admit.joined")
                # (who struck is the strike's sentence's to say: not "police cordoned off X after a blast")
                # (but the craft a sentence before says was downed struck with what fell of it: "A Russian drone was
                # shot down over X." then "Its wreckage set fire to a barn")
                mention.actor = actor_in(sentence, countries) or (actor_in(lead[1], countries) if DOWNED.search(lead[1]) else None)
        # (not "the Air Force warned of guided bombs launched from X": the side warned of them is the one they fly at)
        if not found and (triggers[0].aerial or aerial_context) and not WARNED_OF.search(sentence, 0, triggers[0].start):
            # (not "Moscow says a Ukrainian missile hit the clinic": the other side's account)
            last_actor = (actor_in(sentence, countries) if not others_account(sentence, countries) else None) or last_actor
        discussed = _discussed(mentions) if mentions else None  # the strike spoken of last
        # (not one a live page's earlier entry told: "16:45 Toll update ... the town centre." then "11:40 Drones struck X")
        discussed = discussed if discussed is None or discussed.last_sentence > entry_at else None
        # (not after "Earlier a bomb exploded on a bus in X": "the bombing" the next sentence praises is that one)
        discussed = discussed if discussed is None or discussed.last_sentence >= ground_attack else None
        # (the first attack word the sentence says: "The raid late on Wednesday targeted X, but missiles also hit Y")
        first = min(triggers, key=lambda t: t.start)
        # ("... a strike on a wedding in X ... The army said one of its drones hit the wedding on Sunday": the target again;
        # "Command confirmed Thursday's strikes": the day's own, read unmasked)
        if not found and discussed is not None and discussed.last_sentence >= index - 2 \
                and (DEFINITE.search(sentence[max(0, first.start - 30):first.start]) or any(_same_target(masked, t, discussed) for t in triggers)
                     or any(REFERRED_TARGET.match(masked, t.end) for t in triggers)
                     # ("Update: toll of X raid rises to seven": the strike told at X, by its place's name)
                     or discussed.place is not None and casualties_in(sentence).revised
                     and re.search(rf"(?<![\w-]){re.escape(discussed.place.name)}(?![\w-])", sentence) is not None):
            # "... a strike on the centre of the camp. A doctor said 50 were killed in that attack.": its toll
            # ("the bombing of A", of the strikes on A and B just told; else the one spoken of last)
            spoken_of = _named_in(sentence, mentions) or discussed
            spoken_of.last_sentence = index
            # ("The strikes follow a raid four days earlier on X": that day is the other attack's)
            own_dates = [d for d in dates if not inside(d.start, clauses.elsewhere)]
            mentions += _add_follow_up(spoken_of, sentence, own_dates, index, gazetteer, countries, fill_only=True)
            reject(sentence, "reject.follow_up")
            continue
        # ("The group has not commented on the raid in X": the strike told before, spoken of, whatever place
        # it is named by)
        # (a strike named by the town it was told at before is left to the reading of back-references below)
        if found and discussed is not None and COMMENTED_ON.search(sentence, max(0, triggers[0].start - 50), triggers[0].start) \
                and _same_side_told(found[0], discussed) and not any(
                    m.place is not None and found[0].place is not None and m.place.name == found[0].place.name and not m.place.region
                    for m in mentions):
            discussed.last_sentence = index
            mentions += _add_follow_up(discussed, sentence, [], index, gazetteer, countries, fill_only=True)
            reject(sentence, "reject.follow_up")
            continue
        # ("The raids follow a drone attack by X on Monday." then "That attack set tankers ablaze in Y": the attack the clause told)
        answered_told = answered_at is not None and answered_at[0] == index - 1 and THAT_ONE.match(sentence) is not None
        for mention in found if answered_told and answered_at[2] is not None else []:
            if not mention.actor_stated:
                mention.actor, mention.actor_stated = answered_at[2], True
                mention.because("actor.answered")
        if found and discussed is not None and not answered_told and _refers_back(masked, triggers[0], found[0], discussed, index, sentence) \
                and not _framed_elsewhere(sentence, found[0], discussed, gazetteer, countries) \
                and not _strikes_back_at(discussed, masked, triggers[0], countries) \
                and not _apart(masked, triggers[0], found, mentions, gazetteer, countries):
            named = _named_in(sentence, mentions)  # "the strikes on Al-Qaim": of those just told, that one
            # ("A missile killed 52 at X." ... "Jets hit Y on Friday." then "Moscow has not commented on the X strike":
            # the strike told at X before, not the one spoken of last)
            # (a strike of another day, told in the body: not the headline's summary of the one spoken of)
            named = named or next((m for m in reversed(mentions) if len(found) == 1 and m is not discussed and m.place is not None and found[0].place is not None
                                   and m.place.name == found[0].place.name and not m.headline and _day_of(m) != _day_of(discussed)
                                   and _strike_named_by(sentence, m.place.name)), None)
            previous = named or discussed
            # "Jets bombed homes in two provinces ... The planes struck A district and B district": both places
            unplaced = previous.place is None or previous.regional
            if found[0].place is not None and (
                    _placeable(found[0].place, gazetteer, countries[:1]) and not _placeable(previous.place, gazetteer, countries[:1])
                    # (a town the report's lead or dateline gave is not traded for a city it lies near: "the strike on the
                    # depot in the southern suburbs of X")
                    or (previous.regional or previous.near_dateline and not _town_by_city(previous.place, found[0].place, gazetteer, countries)
                        or _a_village_of(previous.place)
                        # ("missiles hit sites in Pakistan and Pakistani Kashmir ... The deadliest strike hit X": a region
                        # the index knows as one, told by its bare name)
                        or previous.place is not None and _kind(previous.place, gazetteer, countries) == "admin1"
                        and _kind(found[0].place, gazetteer, countries) == "place" and len(found) == 1
                        # ("a village south of X ... the strike hit Y": the village the bearing stood for, named)
                        or _unnamed_settlement_near(previous)
                        # ("a drone hit a car near X ... The strike hit the car near the village of Y": the village by X)
                        or _told_near(previous.place, found[0].place, gazetteer, countries)
                        or found[0].place.within == (previous.place.name if previous.place else None)  # "X ... in X's Y district"
                        or _province_namesake(previous.place, found[0].place, gazetteer, countries)
                        # ("a raid on a clinic in eastern X ... The raid hit the clinic in the town of Y": the town in X)
                        or _town_in_region(found[0].place, previous.place, gazetteer, countries)
                        # "a drone hit fighters massing on X ... The raid took place in Y": where it fell, said outright
                        or TOOK_PLACE.search(sentence) and _placeable(found[0].place, gazetteer, countries[:1])) and not found[0].regional):
                # "hit a house in Camp 2 ... The strike hit the centre of Nuseirat": the name the gazetteer knows places it;
                # "a strike in Helmand province ... the strike hit a house in Nad Ali district": the nearer place
                previous.context += [previous.place] if previous.place else []
                previous.place = found[0].place
                previous.because("place.back_reference")
            if found[0].actor not in (None, UNKNOWN) and not doubt and agent_named(sentence, countries) == found[0].actor:
                # "A drone hit a bus stop in X. ... It was sent by the militia, the army said": the attacker the
                # retelling names is the strike's, over one carried from the strike before
                found[0].actor_stated = True
                found[0].because("actor.stated")
            if ONE_OF_THEM.search(masked) and found[0].casualties.killed is not None:
                # "Strikes on two homes killed 11. The deadlier strike hit a house in X, killing seven": X's own toll, of the 11
                previous.casualties = Casualties()
                previous.because("toll.region_total")
            absorb(previous, found[0], "merge.same_place_day")
            reject(sentence, "reject.back_reference")  # "The strike hit the Dar es Salaam neighbourhood": the strike just told
            previous.last_sentence = index
            if found[0].date is not None and found[0].date.precision == "day" and found[0].date.start >= 0:
                last_date = found[0].date.date  # the day the retelling gives is the day under discussion
            told = {m.place.name for m in mentions if m.place is not None}
            for mention in found[1:] if named or unplaced else []:  # "... in the strikes on Al-Qaim and Akashat": Akashat too
                if mention.place is not None and mention.place.name not in told:
                    mention.last_sentence, mention.actor = index, mention.actor or previous.actor
                    mentions.append(mention)
            continue
        # (not "X, Gaza - Strikes across Gaza killed 26": the whole area's toll, not the dateline town's; nor "X - A drone
        # strike in eastern Afghanistan killed 30": a part of the country, which the report places next)
        # (nor "TYRE - A strike that hit a home in a border village killed three": a village the bureau's city is not)
        if dateline_town and found and not ACROSS_AREA.search(sentence) and not PART_OF_COUNTRY.search(sentence) \
                and not UNNAMED_VILLAGE.search(sentence) and all(m.place is None or m.place.region or gazetteer.resolve_region(m.place.name, countries[:1]) for m in found):
            _place_by_dateline(found, dateline_town, gazetteer, countries)
        if lead is not None and lead[0] == index - 1 and len(found) == 1 and not _placed_apart(lead[1], sentence, gazetteer):
            _take_lead(found[0], *lead[1:], toll=found[0].casualties.killed is None)
        for mention in found:
            mention.last_sentence = index
            # a title, or a lead's total "across the Strip", summarises the strikes the body tells
            # (not a caption read as news, whose credit follows its last full stop: "... in X, April 19. [Getty]")
            # (a deck above the byline is a summary too, unless it dates a strike of its own: then it is the news)
            mention.headline = (title_zone and (not TOLD_IN_FULL.search(sentence) or index < byline_at and not dated)
                                or TEASER.match(sentence) is not None) and not LIST_ITEM.match(sentence) \
                and not any(sentence in line for line in pictures) or aggregate(sentence)
            mention.item_title = not mention.headline and not TOLD_IN_FULL.search(sentence) and len(sentence.split()) <= ITEM_TITLE_WORDS
            if doubt and own_blame is None and mention.actor not in (None, UNKNOWN):
                # "nobody knows if the aircraft which hit X were Turkish or Iraqi": the sides it names are its doubt,
                # and the text says so as plainly as "unidentified aircraft"
                mention.actor = UNKNOWN
                mention.because("actor.in_doubt")
            mention.actor_stated = mention.actor is not None
            mention.hit_sides = frozenset(victims_in(sentence, countries))
            if mention.actor is None:
                # "... were fired at the base, wounding two US soldiers": the side hit is not the one carried over
                weapon = weapon_of(sentence) or ""
                owner = possessor(sentence, said_before, countries) if said_before and own_blame is None else None
                # "Niger's defence ministry said drones killed nine jihadists near X": a state that tells of its enemy's
                # dead on its own soil tells of its own strike
                # ("the military said jets had hit hideouts near X": the theatre's own forces)
                teller = (reporter_of(sentence, countries) or _forces_of_place(sentence, mention.place, gazetteer, countries)) \
                    if own_blame is None and owner is None else None
                fought = teller if teller is not None and teller.country is not None and mention.casualties.fighters \
                    and ENEMY_NAMED.search(sentence) and mention.place is not None \
                    and _placeable(mention.place, gazetteer, [teller.country]) else None
                carried = owner or fought or by_weapon.get(weapon, last_actor)
                day = mention.date.date if mention.date is not None and mention.date.precision == "day" else None
                same_day = carried is not None and carried == last_actor and (side := day_sides.get(day)) not in (None, carried) \
                    and not any(m.actor == carried and m.actor_stated and _day_of(m) == day for m in mentions)
                if same_day:
                    # ("On 2 February, US jets struck 85 targets." ... "Washington blamed X for the 28 January drone attack."
                    # then "On 2 February, the strikes hit A": the side told for that day's strikes, not the side
                    # discussed last, which struck on another day)
                    carried = side
                group_claims = own_blame is None and (carried is None or carried.country is not None) \
                    and GROUP_CLAIMS_OWN.search(sentence) is not None
                if group_claims:
                    carried = UNKNOWN  # the group's own strike, not the state's told before
                    mention.because("actor.group_claims")
                mention.unattributed = doubt and own_blame is None or group_claims
                mention.actor = own_blame or (carried if carried not in mention.hit_sides and not doubt else None)
                mention.actor_stated = own_blame is not None
                mention.by_weapon = own_blame is None and weapon in by_weapon
                if mention.actor is not None and not group_claims:
                    mention.because("actor.attributed" if own_blame is not None else "actor.possessor" if owner is not None else
                                    "actor.reporter_enemy" if fought is not None else "actor.same_day" if same_day else
                                    "actor.carried" if carried == last_actor else "actor.carried_by_weapon")
            elif last_actor not in (None, mention.actor) and mention.actor == reporter_of(sentence, countries) \
                    and (mention.place is None or _placeable(mention.place, gazetteer, [mention.actor.country] if mention.actor.country else [])):
                # "Russia launched 80 drones. Ukraine's air force said a drone hit Odesa": the side that reports a
                # strike at home (or one it does not place: "... launched in all, according to the air force") was hit by
                # the one under discussion
                mention.actor, mention.actor_stated = last_actor, False
                mention.because("actor.reporter_hit")
            elif last_actor is None and mention.actor is not None and mention.actor.country is not None \
                    and mention.actor == reporter_of(sentence, countries) and not ENEMY_NAMED.search(sentence) \
                    and not mention.hit_sides - {mention.actor} \
                    and mention.place is not None and _placeable(mention.place, gazetteer, [mention.actor.country]):
                # "A drone struck a fuel depot in X, the army said" of X in the army's own country: the side that was
                # hit tells of it, and of its own soldiers killed (not "the army said an air strike killed 20 militants":
                # the enemy it struck)
                mention.actor, mention.actor_stated = None, False  # (a side a later sentence blames may be named yet)
                mention.because("actor.reporter_home")
            else:
                mention.because("actor.stated")
            last_actor = mention.actor or last_actor
            # "last week" is no day to count from; nor is the day of what the news came after ("two days after jets hit X")
            if mention.date is not None and mention.date.precision == "day" and clauses.own is None:
                last_date = mention.date.date
        for mention in found if section is not None else []:
            mention.context.append(section)
        mentions += found
        if found and (denied := CLAIM_DENIED.search(sentence)) and not _any_hurt(casualties_in(sentence)):
            # "X claimed it hit A, a claim Y described as lies": denied as told, by the side the denial names
            _drop_denied_claims(mentions, index, actor_in(sentence[denied.start():], countries))
    for name, toll, sentence in updates:  # (the newest first, as the page tells them)
        for mention in [m for m in mentions if m.place is not None and m.place.name == name]:
            mention.casualties = combine(mention.casualties, toll, False)
            mention.sentences.append(sentence)
            mention.because("toll.update")
    # (not a correction's: "An earlier version placed X in Y region" names the province the village is not in)
    regions = article_regions("\n".join(line for line in own_text.splitlines() if not CORRECTION.search(line)), gazetteer, countries)
    for mention in mentions:
        mention.located = _locate(mention, gazetteer, _own_countries_first(mention, countries, gazetteer), regions)
        if mention.near_dateline and mention.located is not None:
            mention.located = (mention.located[0], max(mention.located[1], 2))
    _nearest_namesakes(mentions, gazetteer, countries)
    mentions = _pictures_told(mentions, pictures)
    # A strike the article never places cannot be mapped or checked, and is most often a summary of those
    # it does place ("the strikes killed 30 people in all"): no event.
    strikes = []
    strikes_told = recent(merged(mentions), reference)
    # ("Five days after the X strike" over a body that tells one strike and names no place for it: the town the
    # headline names it by)
    placeless = [m for m in strikes_told if m.place is None]
    titled_town = _headline_town(sentences[0][0], gazetteer, countries) if len(placeless) == 1 and sentences \
        and (placeless[0].date is not None or placeless[0].casualties.killed is not None) else None
    if titled_town is not None and not any(m.place is not None and m.place.name == titled_town.name for m in strikes_told):
        placeless[0].place = titled_town
        placeless[0].located = _locate(placeless[0], gazetteer, countries, regions)
        placeless[0].because("place.headline_named")
    # (the report's first strike: one told after others may be a summary of them)
    if titled_town is None and len(placeless) == 1 and all(m.last_sentence > placeless[0].last_sentence for m in strikes_told if m is not placeless[0]) \
            and (placeless[0].date is not None or placeless[0].casualties.killed is not None) \
            and (town := _story_scene_town(placeless[0], sentences, gazetteer, countries)) is not None:
        placeless[0].place = town
        placeless[0].located = _locate(placeless[0], gazetteer, countries, regions)
        placeless[0].because("place.story_scene")
    for mention in strikes_told:
        if mention.place is not None:
            strikes.append(mention)
        else:
            reject(" ".join(mention.sentences), "reject.unplaced")
    strikes = _without_side_claims(strikes)
    for mention in strikes:  # merged by the places named; then "near X, 120 km north of Y": where the text puts it
        moved = offset_from(mention.located[0], mention.sentences) if mention.located is not None else None
        moved = moved or _namesake_measured(mention, gazetteer, countries)
        if moved is not None and (there := _found_there(mention, moved, gazetteer)) is not None:
            mention.located = (there, 1)
            mention.because("place.measured")
        elif moved is not None:
            mention.located = (moved[0], max(mention.located[1], 2))
            mention.because("place.offset")
    strikes = measured_again(strikes)
    for mention in strikes:  # a toll the article splits by place is each place's own
        if mention.place is not None and mention.place.name in by_place:
            killed = by_place[mention.place.name]
            civilians = mention.casualties.civilians_killed
            mention.casualties = replace(mention.casualties, killed=killed,
                                         civilians_killed=min(civilians, killed) if civilians is not None else None)
            mention.because("toll.by_place")
    home_carry_over(strikes, occupied_names(own_text))
    launched_abroad(strikes)
    one_side(strikes)
    campaign_side(strikes, campaigners)
    operator = only_operator(text, countries)
    for mention in strikes if operator is not None else []:
        if mention.actor in (None, UNKNOWN) and not mention.actor_stated and operator not in mention.hit_sides:
            mention.actor = operator  # "the army is the only side with aircraft": whose the unattributed strikes are
            mention.because("actor.only_operator")
    article_origin = launched_from(text, countries)
    for mention in strikes:
        here = mention.located[0].country if mention.located is not None else None
        carried_home = mention.actor is not None and mention.actor.country == here  # a side carried onto its own soil
        # ("US jets struck X. A drone launched from Yemen hit a hotel in Eilat": its own words name where it came from)
        own_origin = launched_from(mention.sentences[0], countries) if mention.sentences else None
        origin = own_origin or article_origin
        if origin is not None and (mention.actor in (None, UNKNOWN) or carried_home or own_origin is not None) \
                and not mention.actor_stated and not mention.unattributed \
                and here is not None and here != origin.country and origin not in mention.hit_sides:
            mention.actor = origin  # "a missile fired from Yemen hit a warehouse": whose unattributed strikes they are
            mention.because("actor.launched_from")
    # A note that names no country still has one where its other strikes are placed ("Shawal, North Waziristan").
    placed = [m.located[0].country for m in strikes if m.located is not None]
    context = tuple(countries) or tuple(sorted(set(placed), key=placed.count, reverse=True))
    events = [_event(m, article_id, sibling_country(m, strikes) + context) for m in strikes]
    kept = screen(events, strikes, reference)
    events, strikes = [events[i] for i in kept], [strikes[i] for i in kept]
    for event, mention in zip(events, strikes):  # (after the screen, which weighs what the text itself states)
        # "nobody was hurt", "All five dead were civilians", "killing two fighters": what the rest of the toll implies
        mention.casualties, rules = implied_toll(mention.casualties)
        mention.because(*rules)
        event.killed, event.civilians_killed = mention.casualties.killed, mention.casualties.civilians_killed
    trace = current_trace()
    if trace is not None:
        trace.events += [(e, m.rules, m.located[0].why if m.located is not None else "not in the gazetteer")
                         for e, m in zip(events, strikes)]
    return events


NAMED_ATTACK = re.compile(r"\bfor\s+(?:the|an?|last\s+\w+['’]s)\s+(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\s+"
                          r"(?:attacks?|strikes?|raids?|bombings?|massacre)\b", re.I)

# "no such strike took place", "the explosion heard was a controlled detonation": a strike reported, which the text says
# did not happen (not a side's denial of its own strike, which keeps it)
REFUTED = gated(re.compile(r"\bno\s+such\s+(?:air\s*)?(?:strike|raid|attack|bombing)\s+(?:had\s+)?(?:took\s+place|taken\s+place|happened|occurred)\b|"
                     r"\b(?:strike|raid|attack|bombing)\s+(?:did\s+not|didn['’]t|never)\s+(?:happen|take\s+place|occur)\b|"
                     r"\b(?:explosions?|blasts?|bangs?)\s+(?:(?-i:[a-z])[\w-]*\s+){0,4}?(?:was|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:detonations?|demolitions?|controlled\s+explosions?)\b", re.I))
# "the Zakho attack", "the Diapaga strikes": an attack named by its place
THE_NAMED_ATTACK = re.compile(r"\b(?-i:the)\s+(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\s+(?:attacks?|strikes?|raids?|bombings?|assault)\b")

# "accused Ukraine of shelling X", "accuses the army of bombing the village of Y": the attack the accusation is about, by its place
ACCUSED_AT = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:shelling|attacking|striking|bombing|targeting|hitting)\s+"
                        r"(?:the\s+)?(?:(?:town|village|city|district)\s+of\s+)?(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")


FURTHER_ACTS = re.compile(r"\b(?:accus\w*|blam\w*)\b[^.;]{0,60}?\b(?:further|more|fresh|new|additional|renewed)\s+(?:[\w-]+\s+)?"
                          r"(?:missiles?|drones?|rockets?|strikes?|attacks?|raids?|salvos?|barrages?)\b", re.I)


def _blamed_for(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The strikes an attribution speaks of: "The army blamed the attacks on the RSF", the last few
    told, as does a blame that singles out no strike ("residents said the army was responsible");
    "The Houthis claimed responsibility", only the strike told last. The last few are those of the last
    three places told, however often the lines before retold the last of them."""
    if PLURAL_ATTACKS.search(sentence) or not ONE_ATTACK.search(sentence) and not claims_in(sentence):
        places: set[str | None] = set()
        start = len(mentions)
        while start > 0 and (len(places) < 3 or _place_name(mentions[start - 1]) in places):
            start -= 1
            places.add(_place_name(mentions[start]))
        return mentions[start:]
    latest = max((m.last_sentence for m in mentions), default=0)
    return [m for m in mentions if m.last_sentence == latest]


def _blame_clause(sentence: str, countries: Sequence[str]) -> tuple[int, int]:
    """The span of the first clause between semicolons that blames or claims, else the whole sentence."""
    start = 0
    for clause in sentence.split(";"):
        if attributed_actor(clause, countries):
            return start, start + len(clause)
        start += len(clause) + 1
    return 0, len(sentence)


def _place_name(mention: Mention) -> str | None:
    return mention.place.name if mention.place is not None else None


# ("the missiles had been launched by X": the weapons of the attack just told)
ONE_ATTACK = re.compile(r"\b(?:(?:the|that|this|its|an?)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|bombing|explosion|blast|assault)|it|"
                        r"the\s+(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|projectiles?)\s+(?:had\s+been|were|was)\s+(?:launched|fired|sent)\s+by)\b", re.I)
# "a rocket hit a street in X": fire from the ground, of its own, struck there
GROUND_IMPACT = gated(re.compile(r"\b(?:rockets?|shells?|mortars?|artillery|grads?)\b[^.;]{0,40}?\b(?:hit|hits|struck|landed|exploded|slammed|fell)\b", re.I))
ATTACK_WORD = first_char_checked(re.compile(r"\b(?:strike|attack|raid|bombing|explosion|blast|assault|incident)s?\b", re.I))
PLURAL_ATTACKS = gated(re.compile(r"\b(?:attacks|strikes|raids|bombings|incidents|blasts|explosions|both|all)\b", re.I))


def _tells_another_days(sentence: str, triggers: list[Trigger], dates: list[DateMention], recent: list[Mention]) -> bool:
    """ "Last month aircraft hit a hamlet in X, say outlets which blamed a Kenyan jet": a sentence
    that tells a strike of its own on another day than those just told (not "the strike", not "the
    attacks") blames for that one."""
    told = {m.date.date for m in recent if m.date is not None}
    return bool(triggers) and not PLURAL_ATTACKS.search(sentence) \
        and not any(DEFINITE.search(sentence[max(0, t.start - 30):t.start]) for t in triggers) \
        and any(d.date not in told for d in dates)


def _tells_another_place(sentence: str, triggers: list[Trigger], recent: list[Mention], gazetteer: Gazetteer,
                         countries: Sequence[str]) -> bool:
    """ "The group said its fighters had targeted soldiers near X with a drone": a claim that tells its own
    strike at a place none of those just told names, under any of its names, claims that one only."""
    # ("the militia says it launched rockets toward a base near Y": an attack from the ground, told as its own, at a place of its own)
    if not (triggers or FIRED_AT.search(sentence)) or PLURAL_ATTACKS.search(sentence) \
            or any(DEFINITE.search(sentence[max(0, t.start - 30):t.start]) for t in triggers):
        return False
    named = [p.name for p in places_in(sentence, gazetteer) if not p.region]
    told = [p.name for m in recent for p in [m.place, *m.context] if p is not None]
    return bool(named) and not any(_one_place(a, b, gazetteer, countries) for a in named for b in told)


def _harm_elsewhere(sentence: str, mentions: list[Mention], gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a sentence tells people hurt at a place of its own: none of the strikes just told, nor any
    place they name."""
    if not sentence or not _any_hurt(casualties_in(sentence)):
        return False
    named = [p.name for p in places_in(sentence, gazetteer) if not p.region and not gazetteer.country_code(p.name)]
    told = [p.name for m in mentions[-3:] for p in [m.place, *m.context] if p is not None]
    return bool(named) and not any(_one_place(a, b, gazetteer, countries) for a in named for b in told)


def _one_place(a: str, b: str, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether two names are one place: the same name, or two the index reads as one ("Umm al-Rashrash", "Eilat")."""
    if a.lower() == b.lower():
        return True
    first, second = gazetteer.resolve(a, countries), gazetteer.resolve(b, countries)
    return first is not None and second is not None and distance_km(first[0], second[0]) <= LOCALITY_KM


def _names_other_attack(sentence: str, recent: list[Mention]) -> bool:
    """Whether an attribution names an attack by its place, and that place is none of the strikes just told."""
    named = NAMED_ATTACK.search(sentence) or ACCUSED_AT.search(sentence)
    return named is not None and not any(m.place is not None and m.place.name.lower() in named["place"].lower() for m in recent)


AT_COUNTRY = re.compile(r"\b(?:at|against|towards?|into|across)\s+(?:the\s+)?(?P<country>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)")


def _place_by_dateline(found: list[Mention], dateline: str, gazetteer: Gazetteer, countries: Sequence[str]) -> None:
    """ "AITOU, Lebanon (AP) — An airstrike on a house in a village in the north killed 21": the report
    comes from the town it tells of. A capital is a news bureau's seat, not a clue to the strike's place."""
    town = _dateline_town(dateline, [m.sentences[0] for m in found], gazetteer, countries)
    if town is None:
        return
    name, here = town
    for mention in found:
        if mention.place is None and any(gazetteer.country_code(m["country"]) for m in AT_COUNTRY.finditer(mention.sentences[0])):
            continue  # "TEL AVIV - Iran fired 180 missiles at Israel": a barrage at a country, no town of the bureau's
        if mention.place is not None:  # "MELLIT — Drones hit a bakery in North Darfur": the town, if it lies there
            # (not a city, where news bureaus sit: "PESHAWAR — Jets bombed hideouts in North Waziristan")
            region = gazetteer.resolve_region(mention.place.name, countries[:1])
            if here is None or region is None or well_known(here[0].seat, here[0].population) \
                    or here[0].admin1 != (region[0].admin1 or region[0].name) \
                    or region[0].kind == "admin2" and here[0].admin2 != region[0].name:
                continue
            mention.context.append(mention.place)
        mention.place = PlaceMention(name, name, 0, 0, here is not None, False, False)
        mention.near_dateline = True
        mention.because("place.dateline_town")


def _dateline_town(dateline: str, told: list[str], gazetteer: Gazetteer,
                   countries: Sequence[str]) -> tuple[str, tuple[Place, int] | None] | None:
    """The town a dateline names and where it resolves, unless it is unknown, a capital (a news bureau's seat) or a
    town abroad ("DUBAI" over a strike in Iran). `told`: the sentences of the strikes it would place."""
    town = DATELINE_TOWN.match(dateline)
    if town is None:
        return None
    name = town["town"].title()
    # "AITOU, Lebanon (AP) — An airstrike on a village in northern Lebanon ...": the dateline's country, when the strike's
    # sentence names it, is where to look the town up; else the article's first country
    country = dateline[town.end():].split("(")[0].strip(" ,—–-")
    code = gazetteer.country_code(country) if country else None
    told_there = code is not None and all(re.search(rf"\b{re.escape(country)}\b", sentence) for sentence in told)
    if code is not None and not told_there and countries and code != countries[0]:
        return None  # "DUBAI, United Arab Emirates — strikes hit Sanaa": a bureau abroad (not a hamlet namesake at home)
    here = gazetteer.resolve(name, [code] if told_there else countries[:1])
    anywhere = gazetteer.resolve(name)
    if here is None and not told_there or any(r is not None and (r[0].seat == "capital" or r[0].kind != "place")
                                              for r in (here, anywhere)) \
            or here is not None and not told_there and not _inside(here, countries[:1]) \
            or here is not None and anywhere is not None and anywhere[0].country != here[0].country \
            and well_known(anywhere[0].seat, anywhere[0].population) and not well_known(here[0].seat, here[0].population):
        return None  # ("DUBAI -" over strikes in Yemen: the city abroad the bureau files from, not a hamlet namesake)
    return name, here


def _entry_town(dateline: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The town a roundup entry's heading names in capitals, as a dateline does ("ABU ZABAD, West Kordofan - Thursday
    6 March", deep in a digest): not a bureau's seat but where the entry's strike fell."""
    town = DATELINE_TOWN.match(dateline)
    return _town_at(town["town"].title(), gazetteer, countries) if town is not None else None


def _town_at(name: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """A name an entry's heading gives as where its strike fell, when the article's main country knows it."""
    return PlaceMention(name, name, 0, 0, True, False, False) if name and gazetteer.resolve(name, countries[:1]) else None


# "the regional governor of X said", "the head of X's military administration", "X Mayor Y said", "X's governor": an
# official who speaks for a place
_UNIT_WORDS = r"(?:region|regional|oblast|province|provincial|governorate|district|city|military)"
_PLACE_NAME = r"(?P<name>(?!(?-i:The|A|An|In|On)\b)(?-i:[A-Z])[\w-]+(?:[ -](?-i:[A-Z])[\w-]+)?)(?:['’]s)?"
OFFICIALS = (re.compile(rf"\b(?:governor|mayor|head|chief)\s+of\s+(?:the\s+)?{_PLACE_NAME}(?:\s+{_UNIT_WORDS})?(?![\w-])", re.I),
             re.compile(rf"{_PLACE_NAME}\s+(?:{_UNIT_WORDS}\s+)?(?:governor|mayor)\b", re.I))
# ("Officials in X said a woman hurt in last Friday's strike on the city has died": the city's own officials)
LOCAL_OFFICIALS = re.compile(rf"\b(?-i:Officials|officials|Authorities|authorities)\s+in\s+{_PLACE_NAME}(?![\w-])")
SPOKE = first_char_checked(re.compile(r"\b(?:said|says|told|wrote|posted|reported|added|stated)\b"))


# "an air strike on the capital": the capital of the report's country, named by its role (not "the capital's southern
# edge": a part of it, which the report may name next)
# (the object of the strike: not "sirens sounded in the capital")
# ("jets struck a depot on the southern edge of the capital", "hit homes in the capital": where in it, told after the target)
THE_CAPITAL = gated(re.compile(r"\b(?:(?:air\s*)?(?:strikes?|raids?|attacks?|bombing|bombardment)\s+(?:on|in)|struck|hit|bombed|targeted|pounded)"
                               r"(?:[^.;]{0,80}?\s(?:in|on\s+the\s+(?:\w+\s+)?(?:edge|outskirts|fringes?)\s+of|in\s+the\s+(?:\w+\s+)?(?:suburbs|outskirts|centre|center|heart)\s+of))?"
                               r"\s+the\s+capital\b"
                               r"(?!['’]s)(?!\s+(?:of|city)\b)(?!,?\s+(?-i:[A-Z]))", re.I))


def _namesake_measured(mention: Mention, gazetteer: Gazetteer, countries: Sequence[str]) -> tuple[Any, str] | None:
    """ "X, a village 10 km southwest of Y town": where the text measures the place from, when the index put the
    place at a namesake far from there (a village name many share): the point at that distance and bearing. (So
    too "the road between X and Y, 8 km east of Y": the road's point the text measures from its other town.)"""
    if mention.located is None or mention.place is None:
        return None
    for sentence, match in ((sentence, m) for sentence in mention.sentences for m in OFFSET.finditer(sentence)):
        between = re.search(rf"\bbetween\s+{re.escape(mention.place.name)}\s+and\s+{re.escape(match['ref'])}\b", sentence[:match.start()])
        if not between and not MEASURED.fullmatch(_gap_before(sentence, mention.place.name, match.start())):
            continue
        reference = gazetteer.resolve(match["ref"], countries)
        if reference is not None and reference[0].name.lower() != mention.located[0].name.lower() \
                and distance_km(reference[0], mention.located[0]) > float(match["distance"]) * 1.61 + (0 if between else NEAR_UNIT_KM):
            return offset_from(reference[0], [match.group(0)])
    return None


def _found_there(mention: Mention, moved: tuple[Any, str], gazetteer: Gazetteer) -> Any | None:
    """ "Tripoli, a port 85 km north of Beirut": the place of the mention's name that lies where the text
    measures it (a bearing is rounded: within half the distance), if the index holds one; None if not."""
    if mention.place is None or (said := OFFSET.search(moved[1])) is None \
            or said["ref"].lower().startswith(mention.place.name.lower()) or mention.place.name.lower().startswith(said["ref"].lower()):
        return None  # ("a hamlet 120 km north of X", told as X's strike: the point, not X)
    point, reach = moved[0], max(MEASURE_SLACK_KM, float(said["distance"]) * MEASURE_SLACK)
    return next((p for p in gazetteer.lookup(mention.place.name, (point.country,))
                 if p.country == point.country and p.kind == "place" and distance_km(p, point) <= reach), None)


# how far from the point a text measures a place's namesake may lie and be the place meant (a bearing is rounded: "north")
MEASURE_SLACK_KM, MEASURE_SLACK = 30, 0.5


# "X, a village less than 10 km southwest of Y": the words between a place and the measure that places it
# ("X village, less than 10 km ...": the place's own unit word before the comma)
MEASURED = re.compile(r"(?:\s+(?:village|town|hamlet|settlement|camp|area))?,\s+(?:(?-i:[a-z])[\w-]*\s+){0,6}?")


def _gap_before(sentence: str, name: str, end: int) -> str:
    """The words between the last `name` before `end` and `end` (a sentence without the name gives no gap)."""
    start = sentence.rfind(name, 0, end)
    return sentence[start + len(name):end] if start >= 0 else "-"


def _capital_of_dateline(dateline: str, countries: Sequence[str]) -> PlaceMention | None:
    """The capital a dateline names ("SANAA, Aug 29 -"), when it is the capital of one of the report's countries."""
    town = DATELINE_TOWN.match(dateline)
    name = town["town"].title() if town is not None else None
    return PlaceMention(name, name, -1, -1, True, False, False) if name and any(name == capital_of(c) for c in countries) else None


def _official_place(sentence: str, gazetteer: Gazetteer, countries: Sequence[str],
                    officials: tuple[re.Pattern[str], ...] = OFFICIALS) -> PlaceMention | None:
    """ "The regional governor of X said a drone hit a house, killing two": a strike told by an official of a
    place, and placed nowhere else, is in the place the official speaks for (governors and mayors report
    the strikes on their own region or town; `officials` may name others, who speak for "the city")."""
    if not SPOKE.search(sentence):
        return None
    for match in (m for pattern in officials for m in pattern.finditer(sentence)):
        name = match["name"]
        if not gazetteer.country_code(name) and _town_at(name, gazetteer, countries) is not None:
            region = bool(re.search(r"region|oblast|province|governorate", match.group(0), re.I))
            return PlaceMention(name, name, match.start("name"), match.end("name"), True, region, False)
    return None


def _dateline_place(dateline: str, gazetteer: Gazetteer, countries: Sequence[str], unknown: bool = False) -> PlaceMention | None:
    """The town a dateline names, as "the city" of a report's first strike names it, capital or not (a bureau's seat is
    where it files from, unless the strike is told as the city's); with `unknown`, one the index lacks too, unlocated."""
    town = DATELINE_TOWN.match(dateline)
    name = town["town"].title() if town is not None else ""
    found = gazetteer.resolve(name, countries) if name else None
    if found is None and unknown and name:
        return PlaceMention(name, name, 0, 0, False, False, False)
    return PlaceMention(name, name, 0, 0, True, False, False) if found is not None and found[0].kind == "place" else None


def _home_town(dateline: str, sentence: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """ "IZIUM, Kharkiv region - The orchard ... Before dawn on 3 May a drone crashed into their barn":
    a report from a town that tells a strike before it names any place struck tells of one in that town."""
    town = _dateline_town(dateline, [sentence], gazetteer, countries) if dateline else None
    if town is None or town[1] is None or well_known(town[1][0].seat, town[1][0].population):
        return None  # a provincial seat or a city is where a bureau files from, whatever it tells of
    return PlaceMention(town[0], town[0], 0, 0, True, False, False)


# An incident log's fields, one to a line: "Date: Sunday 9 June, around dawn" (or "Date/time:"), "Location: X, Y province - a bakery"
# "Abbreviations: KAB = guided aerial bomb; CAS = casualties": the short names a log's legend defines
ABBREVIATION = first_char_checked(re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})\s*=\s*(?=[\w(])"))
# ("Incident date: ...", "Suspected belligerent: ...": a civilian-harm monitor's fields)
RECORD_FIELD = first_char_checked(re.compile(r"\s*(?:(?P<when>(?:(?:incident|event|strike|attack)\s+)?date(?:\s*(?:/|and|&)\s*time)?|day|when)|(?P<where>location|place|where|site)|"
                                             r"(?P<who>(?:suspected\s+)?(?:attribution|attacker|perpetrator|belligerent|responsible)))\s*:\s*(?P<value>.+?)\s*", re.I))


# "22/03-11 | 06:40 | X, western Y": a log's entry line, cells split by bars, the place last
# (its first cell one token with a digit, an entry's number or time: not a page's "Tuesday 9 April | Town" byline)
LOG_ENTRY = re.compile(r"\s*[\w/.:-]*\d[\w/.:-]*\s*\|(?:[^|\n]{1,30}\|){0,3}\s*(?P<place>(?-i:[A-Z])[^|\n]{1,80}?)\s*")
# "=== 22 March (Friday) ===": a day set between rules, over the entries of that day
RULED_DAY = re.compile(r"\s*[-–—=*]{2,}\s*[^-–—=*\n]{3,40}?\s*[-–—=*]{2,}\s*")


def _cell_town(cell: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The town a log's place cell names first ("X, southern Y countryside"), known in the article's countries."""
    name = cell.split(",")[0].strip()
    return None if gazetteer.country_code(name) else _town_at(name, gazetteer, countries)


def _ruled_day(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The day a line set between rules gives: the day of the log entries under it."""
    day = next((d for d in dates if d.precision == "day"), None)
    return day.date if day is not None and RULED_DAY.fullmatch(sentence) else None


FIELD_DAY_BEFORE = re.compile(r"\W*(?:[A-Za-z]+\.?,?\s+)?")  # what may open a field before its day: "Tue "


def _field_day(value: str, dates: list[DateMention]) -> dt.date | None:
    """The day a record's "Date:" field gives: as a heading gives it, or the day that opens the field, whatever follows it
    ("Tue 4 March, approx. 05:10")."""
    return _heading_day(f"{value}.", dates) \
        or next((d.date for d in dates if d.precision == "day" and FIELD_DAY_BEFORE.fullmatch(value[:d.start])), None)


@dataclass
class Record:
    """The record of one incident in a log: the sentence that opened it, and the day, town and side its fields give."""
    start: int
    day: dt.date | None = None
    town: PlaceMention | None = None
    side: Actor | None = None


# "On Tuesday 20 May, a column was seen moving towards X." then "The column was hit by our aircraft.": the day and the
# town of a scene a strike told next, with neither of its own, takes place in
SCENE_SPAN = 3  # sentences a scene's day and town hold for ("Guests had come from three hamlets. Drummers played ...")
SCENE_PLACE = re.compile(r"\W*In\s+the\s+(?:village|hamlet|town|camp|neighbou?rhood)\s+of\s+(?-i:[A-Z])", re.I)
# ("Then, just before midnight on Friday, the blocks began to shake": the hour of the day, told first)
SCENE_BEFORE = re.compile(r"\W*(?:(?:then|and\s+then|later)\s*,?\s+)?(?:(?:just|shortly|soon|a\s+little)\s+)?"
                          r"(?:(?:before|after|around|at\s+about|about)\s+(?:midnight|dawn|dusk|noon|sunrise|sunset|daybreak|nightfall|"
                          r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)\s+)?"
                          r"(?:(?:early|late)\s+)?on\s+(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+)?", re.I)
SCENE_AFTER = re.compile(r"(?:,?\s+(?:[0-3]?\d\s+[A-Za-z]+|[A-Za-z]+\s+[0-3]?\d)(?:,?\s+\d{4})?)?"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s")
# "The heaviest day was Thursday.": a sentence that only names the day the strikes told next fell on
ANSWERED = r"(?:responded|retaliated|hit\s+back|struck\s+back)"  # a side's answer to an attack, told by its verb
# ("The latest wave came on Wednesday night.", "Israel responded on Wednesday.": the day of the strikes told next)
DAY_NAMED_BEFORE = re.compile(r"\s*(?:(?:The|That|This|A|Another)\s+(?:[\w-]+\s+){0,3}?(?:day|night|wave|round|barrage)\s+(?:was|came|followed)|"
                              r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+" + ANSWERED + r")\s+(?:on\s+)?", re.I)
DAY_NAMED_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*[.!]?\s*$", re.I)
# a scene tells people and places before anything happens to them: not an attack of its own, and not what someone said
# ("On Saturday, gunmen attacked a post near X", "On Monday, state TV aired a message"); blasts and fires with no one
# named behind them are the strike as seen from the ground ("On Friday night the tents began to burn")
HARM_DONE = r"attack\w*|raid\w*|ambush\w*|assault\w*|hit|struck|kill\w*|bomb\w*|shell\w*|clash\w*"  # words of harm done
SCENE_EVENT = re.compile(rf"\b(?:{HARM_DONE}|target\w*|abduct\w*|kidnap\w*|fir(?:ed|ing)|set\s+fire|invad\w*|"
                         r"occup\w*|storm\w*|seiz\w*|captur\w*|loot\w*|fought|said|says|told|report\w*|aired|announced|stated|claimed)\b", re.I)


LEAD_SENTENCES = 5  # a title, a dateline line and the first three sentences: where a report says what it is about
# "X keeps up almost nightly raids", "Y is still conducting regular strikes": a side waging strikes, not one strike
WAGED = re.compile(r"\b(?:(?:is|are|has\s+been|have\s+been)\s+(?:still\s+)?(?:carrying\s+out|conducting|waging|keeping\s+up)|"
                   r"(?:still\s+)?(?:keeps?|kept)\s+up|(?:has|have)\s+pressed\s+on\s+with|continues?\s+to\s+(?:carry\s+out|conduct|launch|strike|bomb|pound))\b",
                   re.I)


def _scene(sentence: str, dates: list[DateMention], gazetteer: Gazetteer,
           countries: Sequence[str]) -> tuple[dt.date | None, PlaceMention | None] | None:
    """The day a sentence that tells no strike opens with, and the one town it names: when and where the strike told
    next, undated and placeless, happened ("On Sunday night the power went out across the district." then "A jet struck
    the bakery at nine": the day alone, for the sentence right after)."""
    # (or an entry's heading that names its town: "Kutum, North Darfur - 14 December." over the lines that tell its strike)
    # ("Incident 2 - X, Y zone, Wednesday 17 September 2025": a numbered incident's heading, which may give its year)
    numbered = NUMBERED_ENTRY.match(sentence)
    entry = ENTRY_PLACE.match(sentence, numbered.end() if numbered else 0)
    if entry is None and numbered and dates and dates[0].start >= numbered.end() and (gap := ENTRY_GAP.match(sentence, dates[0].end)):
        entry = ENTRY_PLACE.match(sentence, gap.end())  # "Incident B - 25 February, X (Y zone).": the day, then where
    # (not a page's own dateline line, "Kharkiv, 6 October 2025", which gives its year)
    # (nor a capital's wire dateline, "MOSCOW, January 19.": a news bureau's seat)
    entry = entry if entry is not None and gazetteer.contains(entry["name"]) and not gazetteer.country_code(entry["name"]) \
        and not NOT_A_TOWN.fullmatch(entry["name"]) and (numbered or not YEAR.search(sentence)) \
        and (numbered or not _a_capital(entry["name"], gazetteer)) else None
    day = _opening_day(sentence, dates[0] if dates else None, SCENE_BEFORE, SCENE_AFTER) \
        or ((entry or numbered) and _heading_day(sentence, dates)) \
        or _opening_day(sentence, dates[0] if dates else None, DAY_NAMED_BEFORE, DAY_NAMED_AFTER)
    # ("In the village of X, guests had gathered at an elder's house." then "At dawn a drone hit the guesthouse": the town alone)
    opening = SCENE_PLACE.match(sentence) if day is None and not dates else None
    if day is None and opening is None or SCENE_EVENT.search(sentence):
        return None
    if opening is not None:  # the town the sentence opens in
        town = next((p for p in places_in(sentence, gazetteer) if p.start == opening.end() - 1), None)
        return (None, town) if town is not None else None
    towns = [p for p in places_in(sentence, gazetteer) if not _region_level(p, gazetteer, countries)]
    # "X village in Y district": X; ("X, in the Y area of Z State": X, though the unit is told by its name and kind)
    towns = [p for p in towns if not any(c == p.name or c.startswith(f"{p.name} ") for q in towns for c in q.containers)]
    towns = [p for p in towns if not _reference_point(sentence, p.start)]  # ("X, a town 40 km north of Y": not Y)
    if not towns and entry is not None:
        name = entry["name"].title() if entry["name"].isupper() else entry["name"]  # "UM RUWABA": Um Ruwaba
        towns = [PlaceMention(name, name, entry.start("name"), entry.end("name"), True, False, False)]
    return (day, towns[0] if towns else None) if len(towns) <= 1 else None


# "the strike", in a report of air attacks, is one from the air (not "a pre-dawn raid", which police make too)
AIR_STRIKE_NOUN = re.compile(r"(?:air\s*)?strikes?|airstrikes?|bombings?|bombardments?|bombs", re.I)
# "That was the scene when the first bombs fell", "It was then that the jets came": a strike told as falling on the scene
SCENE_RECALLED = re.compile(r"\W*(?:that|this|it)\s+(?:was|is)\s+(?:the\s+scene|the\s+moment|when|then|the\s+(?:morning|afternoon|evening|night|day))\b", re.I)
LEAD_SCENE_SPAN = 2  # sentences a report's opening scene runs before the strike it sets
# (a scene tells no harm done: not "Gunmen attacked a post in X", whose town is that attack's)
VIOLENCE = re.compile(rf"\b(?:{HARM_DONE}|massacre\w*|wound(?:ed|ing)|injur(?:ed|ing)|fir(?:ed|ing)\s+(?:[\w-]+\s+){{0,2}}?(?:at|on|toward|into))\b", re.I)


def _lead_scene(scene: list[str], reference: dt.date, aerial_context: bool, gazetteer: Gazetteer,
                countries: Sequence[str], told_as_scene: bool = False) -> tuple[PlaceMention, dt.date | None] | None:
    """The one town, and the one day if any, of the sentence a report opens on before it tells its first strike, when
    it tells no harm: a feature's lead sets the scene ("The clinic in X had become a refuge for families.") and the
    strike comes next, placeless ("Early on Wednesday a drone released a bomb over the wards"). A lead of two sentences
    sets it when the second goes on with the scene, or when the strike says it fell on that scene ("That was the scene
    when the first bombs fell")."""
    if any(triggers_in(s, aerial_context) or VIOLENCE.search(CRAFT_CAME.sub(" ", s)) or casualties_in(s).killed is not None for s in scene):
        return None
    town = _town_in_slot(scene, gazetteer, countries)
    if town is None or not told_as_scene and not all(_goes_on(s, town, gazetteer, countries) for s in scene[1:]):
        return None
    days = {d.date for s in scene for d in dates_in(s, reference, None) if d.precision == "day"}
    return town, next(iter(days)) if len(days) == 1 else None


# what a scene's next sentence sees or hears when the strike falls, told with no attack word ("the blocks began to explode")
SEEN_FROM_THE_GROUND = re.compile(r"\b(?:explo\w*|blasts?|burn\w*|blaze\w*|flames?|caught\s+fire|shook|shake|shaking|collaps\w*|"
                                  r"whine|whistl\w*|roar\w*|buzz\w*)\b", re.I)
# the craft seen coming, told as the scene's next moment ("On Monday morning, the bombers came", "it drew the jets"): the
# strike the next sentence tells, not harm told in the scene
CRAFT_CAME = re.compile(r"\b(?:(?:the\s+)?(?:bombers|jets|planes|warplanes|drones|helicopters|aircraft)\s+(?:came|arrived|appeared|returned)|"
                        r"(?:drew|brought)\s+the\s+(?:bombers|jets|planes|warplanes|drones|helicopters))\b", re.I)


def _goes_on(sentence: str, town: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a lead's later sentence is still its scene: it names the scene's town or a unit that holds it ("Villagers
    from across X township had walked in"), or tells what was seen or heard as the strike fell ("Then the blocks began to
    explode"); not "The rains had come late that year", after which a placeless strike is not known to be the scene's."""
    if SEEN_FROM_THE_GROUND.search(sentence) or CRAFT_CAME.search(sentence):
        return True
    found = gazetteer.resolve(town.name, countries)
    named = [(p.name, p.region) for p in places_in(sentence, gazetteer)] + [(m["name"], True) for m in UNIT_BY_KIND.finditer(sentence)]
    for name, unit in named:
        if name == town.name:
            return True
        area = gazetteer.resolve(name, countries)
        # (a unit the index knows only by its seat's name, "X township", in the town's province)
        if found is not None and area is not None and area[0].country == found[0].country and area[0].admin1 == found[0].admin1 \
                and (area[0].kind == "admin1" or area[0].kind == "admin2" and area[0].admin2 == found[0].admin2 or unit):
            return True
    return False


# "X township", "Y district": a unit named by its name and kind, wherever it stands ("villagers from across X township")
UNIT_BY_KIND = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:township|district|county|region|province|governorate|"
                        r"state|woreda|zone)\b")


def _a_capital(name: str, gazetteer: Gazetteer) -> bool:
    found = gazetteer.resolve(name.title() if name.isupper() else name, ())
    return found is not None and found[0].seat == "capital"


# "What that meant was plain in X on Saturday.": a town and a day that close the sentence, the scene of what is told next
SCENE_CLOSING = re.compile(r"\bin\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?:[ -][\w'’-]+){0,2}\s+(?:on|last)\s+$")


def _closing_day(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The day a sentence closes on, after the town it names ("... was plain in X on Saturday.")."""
    last = dates[-1] if dates else None
    if last is None or len(dates) > 1 or last.precision != "day" or not SCENE_CLOSING.search(sentence, 0, last.start) \
            or not re.fullmatch(r"(?:\s+(?:morning|afternoon|evening|night))?\s*[.!]?\s*", sentence[last.end:]):
        return None
    return last.date


def _day_then_town(sentence: str, dates: list[DateMention], gazetteer: Gazetteer) -> tuple[dt.date, PlaceMention] | None:
    """An entry's heading made of a day and a town, as a digest or an incident log heads its entries ("MONDAY 10 NOV -
    X", "Tuesday 4 March | X", "#LOG-0412 | Tue 15 Jul | X (Y) | confirmed"): the day and town of the strike its
    lines tell. (Not a page's own stamp, "Tuesday 9 April 2019 | X", which gives its year.)"""
    # (a row of fields is a heading when each field is short: "#KRD-0717 | Sat 19 Jul | X, Y state | DR | B (raised from C)")
    # (a field's spot after its town is not counted: "X - the screening site for displaced people")
    fields_long = any(len(re.split(r"\s+[-–—]\s+", f)[0]) > HEADING_FIELD for f in sentence.split("|")) if "|" in sentence \
        else len(sentence) > HEADING_LENGTH
    if not dates or dates[0].precision != "day" or fields_long:
        return None
    masked = _mask(sentence, dates)
    fields = [(m.start(), m.group(0)) for m in re.finditer(r"[^|]+", masked)] if "|" in masked else \
        [(0, masked[:m.end()]), (m.end(), masked[m.end():])] if (m := HEADING_DASH.search(masked)) else []
    # (the day's field holds the day's words only: "Tue 15 Jul", not "Issued: 15 Jul")
    day = next((i for i, (at, field) in enumerate(fields) if any(at <= d.start < at + len(field) for d in dates)
                and not re.search(r"[^\W\d_]", WEEKDAY_ABBREVIATION.sub(" ", field))), None)
    # (a year is a page's stamp, unless an entry's code opens the row: "LOG-17-0412 | 16 Mar 2017 | X - its market | AS")
    if day is None or YEAR.search(sentence) and not (day > 0 and ENTRY_CODE.fullmatch(fields[0][1])):
        return None
    for at, field in fields[day + 1:]:
        town = (HEADING_TOWN if "|" in masked else DASH_HEADING_TOWN).fullmatch(field)
        if town is not None and gazetteer.contains(town["name"]) and not gazetteer.country_code(town["name"]):
            return dates[0].date, PlaceMention(town["name"], town["name"], at + town.start("name"), at + town.end("name"), True, False, False)
    return None


HEADING_LENGTH = 90  # characters: a heading, not a sentence
HEADING_FIELD = 45  # characters of one field of a heading's row
HEADING_DASH = re.compile(r"\s+[-–—:]\s+")
WEEKDAY_ABBREVIATION = re.compile(r"[#*•-]|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?", re.I)
# ("X (Y)"; in a row of fields, "X, Y state": the town, then the unit that holds it; after a dash, "X, Y" may be a
# dispatch's city and country)
_HEADING_NAME = r"\s*(?P<name>(?-i:[A-Z])[\w'’-]+(?:[ -](?:(?:al|el|ad|ar|as|ash|an|at|ez|es)-)?(?-i:[A-Z])[\w'’-]+){0,2})(?:\s+\([^)]{2,30}\))?"
DASH_HEADING_TOWN = re.compile(_HEADING_NAME + r"\s*\.?\s*")
# ("X - its market", "X - town centre": a row's town, then the spot in it)
HEADING_TOWN = re.compile(_HEADING_NAME + r"(?:,\s+(?:(?-i:[A-Z])[\w'’-]+\s*){1,3}|\s+[-–—]\s+[^|]{2,40})?\s*\.?\s*")
ENTRY_CODE = re.compile(r"\s*#?[A-Z]{2,8}(?:[-/][A-Z0-9]{1,8}){1,3}\s*")  # "NCHT-17-0412", "#LOG-0412", "AW/2024/117"
# ("1) X, Y region — Wednesday 3 April": a numbered item's heading)
NUMBERED_ENTRY = re.compile(r"\s*[-–—•*]?\s*(?:(?:incident|case|attack|item|entry)\s+(?:no\.?\s*)?(?:\d+|(?-i:[A-Z]))\s*[-–—:.]|\d{1,2}[.)]\s)", re.I)
ENTRY_GAP = re.compile(r"\s*,\s*")
NOT_A_TOWN = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + "|".join(m.capitalize() for m in MONTHS), re.I)
ENTRY_PLACE = re.compile(r"\s*(?P<name>(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+){0,2})(?:\s+(?:town|city|village|area|camp|district))?"
                         r"\s*(?:,|\s[-–—]|\()")


def _blast_at(sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether a sentence tells of blasts at a place, of no cause on the ground: what a strike told next may explain."""
    return bool(BLAST.search(sentence)) and not ON_THE_GROUND.search(sentence) and not OTHER_CAUSE.search(sentence) \
        and bool(places_in(sentence, gazetteer))


# "Air defences shot down a drone over X.": what its falling debris did, told next, happened there
DEBRIS = gated(re.compile(r"\b(?:debris|wreckage|fragments|shrapnel|pieces)\b", re.I))
# "no reports of damage", "nobody was hurt", "in open fields": what fell harmed nothing
NONE_HARMED = re.compile(r"\bno\s+(?:reports?\s+of\s+)?(?:damage|casualties|injuries|victims)\b|\b(?:no\s*one|nobody)\s+was\s+"
                         r"(?:hurt|injured|killed)\b|\bopen\s+(?:areas?|ground|fields?)\b", re.I)
DEBRIS_LANDED = re.compile(r"\b(?:landed|fell|crashed|came\s+down)\s+(?:on|onto|into|in)\b", re.I)  # "Wreckage landed on a block"
DOWNED = gated(re.compile(r"\b(?:shot\s+down|brought\s+down|downed|intercepted)\b", re.I))


STAMPED = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")  # "03:40 GMT - ...": a live page's entry, by its time


def _stamped_toll(sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether a live page's entry only counts dead or hurt, naming no place: the toll of the strike its page tells."""
    return bool(STAMPED.match(sentence)) and _any_hurt(casualties_in(sentence)) and not places_in(sentence, gazetteer)


def _downed_at(sentence: str, gazetteer: Gazetteer) -> bool:
    """Whether a sentence tells of a craft downed over a place: where the debris a sentence next tells of fell."""
    return bool(DOWNED.search(sentence)) and bool(places_in(sentence, gazetteer))


BORN = re.compile(r"\bborn\s+(?:in\s+)?$", re.I)


def _page_stamp(sentence: str, dates: list[DateMention]) -> bool:
    """A line that only tells when the page was written: it dates no strike told before it."""
    masked = _mask(sentence, dates)
    return bool(dates) and bool(STAMP.fullmatch(masked) or DATED_BUREAU.fullmatch(masked))


def _none_hurt_in_all(spoken_of: Mention, mentions: list[Mention], sentence: str) -> None:
    """ "Drones struck A and B ... No casualties were reported.": a toll of none, said of strikes told
    together, is each one's (a figure other than none stays with the strike it follows)."""
    toll = casualties_in(sentence)
    if toll.killed != 0 or spoken_of.casualties.killed != 0 or not spoken_of.sentences:
        return
    for mention in mentions:
        if mention is not spoken_of and mention.sentences[:1] == spoken_of.sentences[:1] and mention.casualties.killed is None \
                and mention.casualties.wounded is None:
            mention.casualties = combine(mention.casualties, toll, False)
            mention.sentences.append(sentence)


def _discussed(mentions: list[Mention]) -> Mention:
    """The strike the text last spoke of: the one told last, unless a later sentence named another."""
    return max(reversed(mentions), key=lambda m: m.last_sentence)


def _just_told(mentions: list[Mention]) -> list[Mention]:
    """The strikes told in the last two sentences that told any."""
    last = max(m.last_sentence for m in mentions)
    return [m for m in mentions if m.last_sentence >= last - 1]


def _strike_named_by(sentence: str, place: str) -> bool:
    """Whether the sentence names a strike by its place ("the X strike", "the raid on X")."""
    name = re.escape(place)
    return re.search(rf"\bthe\s+{name}\s+(?:air\s+)?(?:strike|raid|attack|bombing)s?\b|"
                     rf"\bthe\s+(?:air\s+)?(?:strike|raid|attack|bombing)s?\s+(?:on|in)\s+{name}\b", sentence) is not None


def _day_of(mention: Mention) -> dt.date | None:
    return mention.date.date if mention.date is not None else None


def _named_in(sentence: str, mentions: list[Mention]) -> Mention | None:
    """Of the strikes just told together ("air strikes on Sanaa and Hodeidah", or in two clauses:
    "Drones hit A, and jets struck B hours later"), the one a following sentence names ("Seven
    people were killed in Sanaa")."""
    recent = _just_told(mentions)
    told_with = {m.sentences[0] for m in recent if m.sentences}  # "A and B were hit" ... "the raid on A" ... "in B": B is still just told
    together = [m for m in mentions if m.place is not None and (m in recent or m.sentences and m.sentences[0] in told_with)]
    named = [m for m in together if m.place.name in sentence and re.search(rf"(?<![\w-]){re.escape(m.place.name)}(?![\w-])", sentence)]
    return named[-1] if len(together) > 1 and named else None


def _tolls_by_clause(sentence: str, mentions: list[Mention], index: int, gazetteer: Gazetteer) -> bool:
    """ "Drones hit A and B." then "Three died in A, while five were hurt in B": a sentence
    naming two strikes just told, a toll in each clause, gives each strike its own (not B both). Whether it did.
    ("Jets bombed A and B provinces." then "Four died in X district of A, while two were killed in Y district of B":
    each strike lies in the district its clause names in its province.)"""
    recent = [m for m in _just_told(mentions) if m.place is not None]
    if len({m.place.name for m in recent}) != len(recent):
        return False  # one place struck twice: its clauses cannot be told apart by name
    tolls = tolls_by_clause(sentence, [m.place.name for m in recent])
    if not tolls:
        return False
    source = source_in(sentence)
    units = {p.within: p for p in places_in(sentence, gazetteer) if p.within and not p.region}
    for mention in recent:
        toll = tolls.get(mention.place.name)
        if toll is None:
            continue
        if mention.place.name in units and len(units) == len(recent):
            mention.context, mention.place = mention.context + [mention.place], units[mention.place.name]
            mention.because("place.follow_up")
        mention.casualties = combine(mention.casualties, toll, False)
        mention.source = mention.source or source
        mention.sentences.append(sentence)
        mention.last_sentence = index
        mention.because("toll.by_clause")
    return True


# "In X, one man was killed": a roundup's place, told by its toll
ROLL_CALL = re.compile(r"\W*In\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:city|town|village|region|province|district)\s+of\s+)?(?-i:[A-Z])")
ROUNDUP_SPAN = 6  # how many sentences on a roundup's places may still be told


def _roll_call(sentence: str, roundup: str, mentions: list[Mention], reference: dt.date | None, last_date: dt.date | None,
               aerial_context: bool, gazetteer: Gazetteer, countries: Sequence[str]) -> list[Mention]:
    """The strikes a sentence with no attack word of its own tells by their tolls after a roundup ("In X, one man was
    killed", "Two died in A and one in B"), at places no strike told yet: one each, with its own toll."""
    toll = casualties_in(sentence)
    by_place = tolls_by_place(sentence)
    opening = ROLL_CALL.match(sentence)
    if not (opening or len(by_place) > 1) or not _any_hurt(toll) or ON_THE_GROUND.search(sentence) \
            or GROUND_ATTACK.search(sentence) or aggregate(sentence):
        return []
    told = {m.place.name for m in mentions if m.place is not None}
    shift = len(roundup) + 1
    found = [m for m in _joined_mentions(_told_after(roundup, sentence), reference, last_date, aerial_context, gazetteer, countries)
             if m.place is not None and m.place.name not in told
             and (m.place.name in by_place if len(by_place) > 1 else m.place.start == shift + opening.end() - 1)]
    for mention in found:
        mention.casualties = Casualties(killed=by_place[mention.place.name]) if len(by_place) > 1 else toll
        mention.sentences = [sentence]
    return found


def _placed_apart(toll: str, sentence: str, gazetteer: Gazetteer) -> bool:
    """ "In A, one man was killed." then "In B, a drone hit a depot.": a toll and a strike each opening on a place of its
    own are two entries of a roundup, not one report told in two sentences."""
    if not (ROLL_CALL.match(toll) and ROLL_CALL.match(sentence)):
        return False
    tolled, struck = ({p.name for p in places_in(text, gazetteer) if not p.region} for text in (toll, sentence))
    return bool(tolled and struck) and not tolled & struck


NAMESAKE_NEAR_KM = 100  # a namesake lies among the article's other places struck when one is this near
NAMESAKE_GAIN_KM = 100  # and it must lie this much nearer them than the one the index chose


def _nearest_namesakes(mentions: list[Mention], gazetteer: Gazetteer, countries: Sequence[str]) -> None:
    """Of a village's namesakes in one country that the index tells nothing apart (no population, no seat), the one
    nearest the article's other places struck ("jets pounded hideouts near Mir Ali", in a report of strikes in one
    tribal district, is not the Mir Ali three hundred kilometres away that the index happens to list first)."""
    located = [m.located[0] for m in mentions if m.located is not None]
    for mention in mentions:
        chosen = mention.located[0] if mention.located is not None else None
        if chosen is None or mention.place is None or chosen.kind != "place" or chosen.population or chosen.seat \
                or mention.place.containers or mention.place.within or "context region" in chosen.why:
            continue  # (not a place told with its district or province, or chosen in a region the article names)
        others = [p for p in located if normalise_name(p.name) != normalise_name(chosen.name)]
        if not others:
            continue
        rivals = [p for p in gazetteer.lookup(mention.place.name, countries) if p.country == chosen.country and p.kind == "place"
                  and not p.population and not p.seat and normalise_name(p.name) == normalise_name(chosen.name)]
        nearest = {id(p): min(distance_km(p, o) for o in others) for p in rivals + [chosen]}
        best = min(rivals, key=lambda p: nearest[id(p)], default=chosen)
        if nearest[id(best)] <= NAMESAKE_NEAR_KM and nearest[id(best)] + NAMESAKE_GAIN_KM < nearest[id(chosen)]:
            mention.located = (best, mention.located[1])
            mention.because("place.nearest_namesake")


def _same_side_told(found: Mention, told: Mention) -> bool:
    """Whether a strike spoken of can be the one told: no side named for it, or the same."""
    return found.actor in (None, UNKNOWN) or told.actor in (None, UNKNOWN) or found.actor == told.actor


def _forces_of_place(sentence: str, place: PlaceMention | None, gazetteer: Gazetteer, countries: Sequence[str]) -> Actor | None:
    """The state whose forces a sentence names bare as the teller ("the military said jets had pounded hideouts near X"):
    the state of the place told, where the index places it."""
    found = gazetteer.resolve(place.name, countries) if place is not None and FORCES_SAID.search(sentence) else None
    return state_of(found[0].country) if found is not None else None


def _joined_mentions(text: str, reference: dt.date | None, last_date: dt.date | None, aerial_context: bool,
                     gazetteer: Gazetteer, countries: Sequence[str]) -> list[Mention]:
    dates = dates_in(text, reference, last_date)
    masked = _mask(text, dates)
    triggers = [t for t in triggers_in(masked, aerial_context) if reports_attack(masked, t, [d.start for d in dates if d.precision == "day"])]
    triggers, clauses = _own_clause(text, triggers)
    return _mentions(text, triggers, dates, last_date or reference, gazetteer, countries, clauses=clauses) if triggers else []


def _take_lead(mention: Mention, sentence: str, dates: list[DateMention], toll: bool = True) -> None:
    """An article's lead often gives the toll before the sentence that names the strike: the toll,
    and its date, are that strike's (its date alone when the strike's sentence counts its own dead: "On
    Tuesday a blast shook the road." then "A drone struck a man on a motorbike, killing him")."""
    if toll:
        mention.casualties = combine(mention.casualties, casualties_in(sentence, [(d.start, d.end) for d in dates]), False)
        mention.sentences.insert(0, sentence)
        mention.because("admit.lead_toll")
    day = [d for d in dates if d.precision == "day"]
    if day and (mention.date is None or mention.date.start < 0):
        mention.date = day[0]


# ("Men dug through rubble on Thursday at the X mosque, where missiles struck on Wednesday": the scene's day, outside
# the clause that tells the strike)
CLAUSE_OPENS = re.compile(r",\s+(?:where|when)\b", re.I)


NAMED_BY_GAP = re.compile(r"\s+(?-i:[a-z])[\w-]+\s+")  # one word between a month and the strike it names


def _day_rank(sentence: str, day: DateMention, anchor: int) -> tuple[bool, bool, int]:
    """How well a day told in a sentence dates the strike word at ``anchor``: a whole day first, then one in the strike's
    own clause (no ", where" between them), then the nearest."""
    apart = day.start < anchor and CLAUSE_OPENS.search(sentence, day.end, anchor) is not None
    # ("an inquiry into a March 2022 air strike, ... sent on Wednesday": the month the strike is named by is its own; "the
    # April 2017 sarin attack": with its kind between)
    named_by = 0 <= anchor - day.end <= 1 or 0 <= anchor - day.end <= 20 and NAMED_BY_GAP.fullmatch(sentence, day.end, anchor) is not None
    return day.precision != "day" and not named_by, apart, abs(day.start - anchor)


def _refers_back(sentence: str, trigger: Trigger, mention: Mention, previous: Mention, index: int, unmasked: str) -> bool:
    """Whether a sentence (its dates masked) speaks again of the strike just reported ("the raid", "Saturday's
    strike") rather than of a new one: a definite reference, close by, on no other day. A strike told by its day
    and no place ("Nine died in Friday's strike") is read `unmasked`: the day is all that names it."""
    definite = DEFINITE.search((sentence if mention.place is not None else unmasked)[max(0, trigger.start - 30):trigger.start])
    # "The attack took place on 24 March, when an aircraft dropped bombs on the market": the strike just told, dated
    opened = HAPPENED_ON.match(sentence)
    another = ANOTHER.search(sentence[max(0, trigger.start - 30):trigger.end + 40]) or EARLIER_OPENING.match(sentence)
    # "A drone strike near X killed nine ... The strike happened on Aug. 27": the day the first report left unsaid
    same_day = mention.date is None or mention.date.start < 0 or previous.date is None or previous.date.start < 0 \
        or previous.date.date == mention.date.date
    # "The jet dropped two bombs on the monastery in X village": the aircraft of the strike just told
    aircraft = trigger.aerial and bool(THE_AIRCRAFT.search(sentence[max(0, trigger.start - 30):trigger.end]))
    # ("Israeli strikes on X killed two. The Hezbollah drone struck a post near Y": the other side's strike, told before
    # only in passing, not the one just told)
    # (its side named on the craft itself, not a speaker's: "Iraq's government condemned the strike" is no strike of Iraq's)
    named = actor_in(sentence[definite.start():trigger.end]) if definite is not None and aircraft else None
    other_side = named not in (None, UNKNOWN, OWN_FORCES) and previous.actor not in (None, UNKNOWN, OWN_FORCES, named)
    return ((not trigger.aerial or aircraft) and bool(definite) or opened or _same_target(sentence, trigger, previous)) \
        and not another and same_day and previous.last_sentence >= index - 2 and not other_side


def _same_target(sentence: str, trigger: Trigger, previous: Mention) -> bool:
    """ "A strike hit a house in X ... Two missiles struck the house in Y street": the thing just told
    struck, named again with "the", is the same strike told in more detail."""
    again = THE_TARGET.match(sentence, trigger.end)
    told = TARGET_NOUN.search(previous.target or "")
    # ("a village school ... Two bombs hit the middle school": the noun after one word that describes it)
    # (not "hit the A mosque in X ... jets struck the B mosque in Y": another building, by its own name)
    names = [w for w in again["noun"].split() if w[:1].isupper()] if again is not None else []
    other_name = bool(names) and any(w[:1].isupper() for w in (previous.target or "").split()[1:]) \
        and not all(n in (previous.target or "") for n in names)
    return again is not None and told is not None and told.group(0).lower() in again["noun"].lower().split() and not other_name


def _strikes_back_at(discussed: Mention, sentence: str, trigger: Trigger, countries: Sequence[str]) -> bool:
    """ "Hezbollah's drones hit a base ... Jets struck Hezbollah depots near X": a strike whose blow falls on the side
    said to have made the strike under discussion (named as what the strike word hit) is no retelling of it (the
    answer, not the attack; a side only carried from the strike before may be the one hit)."""
    struck = sentence[trigger.start:trigger.end + STRUCK_REACH]
    return discussed.actor_stated and discussed.actor not in (None, UNKNOWN) and discussed.actor in victims_in(struck, countries)


STRUCK_REACH = 40  # characters after a strike word that name what it hit ("struck Hezbollah weapons depots")


def _apart(sentence: str, trigger: Trigger, found: list[Mention], mentions: list[Mention], gazetteer: Gazetteer,
           countries: Sequence[str]) -> bool:
    """ "Jets bombed A ... the toll of the raids on B has reached 6": "the raids" named with a town far
    from the one just told, or in another province, and told of nowhere before, are another strike (a village and its district
    are one; "that attack set off fires in B" speaks of the attack just told, wherever its fires burned; a strike
    placed only near the dateline's town is not known to be far from anywhere)."""
    mention, previous = found[0], _discussed(mentions)
    told = {m.place.name for m in mentions if m.place is not None}
    if mention.place is None or previous.place is None or mention.regional or previous.regional or previous.near_dateline \
            or _a_village_of(previous.place) \
            or not _named_with(sentence, trigger, mention.place) \
            or any(m.place is not None and m.place.name in told for m in found):
        return False
    here, there = _locate(mention, gazetteer, countries), _locate(previous, gazetteer, countries)
    if here is None or there is None:
        return False
    if mention.place.containers and here[0].admin1 and there[0].admin1 \
            and (here[0].country, here[0].admin1) != (there[0].country, there[0].admin1):
        return True  # "... waged raids on X district": a district of another province is another raid (a bare
        # village name may be a namesake in another province)
    return max(here[1], there[1]) == 1 and distance_km(here[0], there[0]) > LOCALITY_KM


def _named_with(sentence: str, trigger: Trigger, place: PlaceMention) -> bool:
    """Whether the place is where the strike word itself fell: "the raids on B", "the warplanes waged
    three raids on B" (not "that attack set off fires in B")."""
    aircraft = trigger.aerial and THE_AIRCRAFT.search(sentence[max(0, trigger.start - 30):trigger.end])
    return bool((AIRCRAFT_NAMED if aircraft else NAMED_WITH).fullmatch(sentence, trigger.end, place.start))


# "The group's spokesman said it had also fired a missile at X", "its television claimed the group's drones hit Y"
NONE_CONFIRMED = re.compile(r"\W*(?:none|neither|nothing)\s+of\s+(?:that|this|it|these|those|them|the\s+claims?)\s+(?:has|have|had|could|can)\s+"
                            r"(?:yet\s+)?(?:been|be)\s+(?:independently\s+)?(?:confirmed|verified)\b", re.I)
SELF_CLAIM = first_char_checked(re.compile(r"\b(?:spokes(?:man|woman|person)|television|TV|channel|media|outlet)\b[^.;]{0,60}?\b(?:claimed|claims|said|says|announced|announces)\b"
                                           r"[^.;]{0,40}?\b(?:the\s+group(?:['’]s)?|its|their|it|they)\b", re.I))
# "the group said it had fired a missile at the airport": a side telling of its own launch, whoever it is
OWN_LAUNCH = gated(re.compile(r"(?P<group>\bthe\s+(?:group|movement|militia|rebels)\s+(?:later\s+)?)?"
                              r"\b(?:claimed|claims|said|says|announced)\s+(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?(?:fired|launched)\b", re.I))


def _without_side_claims(strikes: list[Mention]) -> list[Mention]:
    """A report of one side's strikes tells the other side's own claims of attacks as what that side says, not
    as strikes seen (the dev set's convention: "the other side's claims"): a strike told only in such a claim,
    by another side than the report's first strike, is set aside; so is a launch told only as a side's own word
    ("the group said it had launched missiles at X") with nobody hurt: where it was aimed, not where it fell."""
    lead = strikes[0].actor if strikes else None
    kept = strikes[:1]
    for mention in strikes[1:]:
        if mention.actor not in (None, UNKNOWN, lead) and all(SELF_CLAIM.search(s) for s in mention.sentences) \
                or not _any_hurt(mention.casualties) and all((launch := OWN_LAUNCH.search(s)) and (
                    launch.group("group") or mention.actor != lead or not mention.actor_stated) for s in mention.sentences):
            reject(" ".join(mention.sentences), "reject.side_claim", mention.actor.name if mention.actor else "")
        else:
            kept.append(mention)
    return kept


def _site_told(place: PlaceMention | None, mentions: list[Mention]) -> PlaceMention | None:
    """The place of the strike whose report first named this site ("the X school in Y camp"), when a
    later sentence names only the site: the site is there, whatever its name means elsewhere."""
    if place is None or not place.site:
        return None
    return next((m.place for m in mentions if m.place is not None and not m.place.site and m.place.name != place.name
                 and any(re.search(rf"\b{re.escape(place.name)}\s+(?:[\w-]+\s+)?(?:in|at|near)\s+(?:the\s+)?"
                                   rf"(?:[\w-]+\s+){{0,3}}?{re.escape(m.place.name)}\b", s) for s in m.sentences)), None)


def _province_namesake(place: PlaceMention | None, other: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """ "Jets bombed a town in Sagaing ... The aircraft dropped bombs on a street in Budalin": a name both a province and
    its seat bears (Sagaing, Idlib, Kharkiv) told again with another town of that province meant the province."""
    if place is None:
        return False
    first, then = gazetteer.resolve(place.name, countries), gazetteer.resolve(other.name, countries)
    if first is None or then is None or first[0].kind != "place" or then[0].kind != "place" or not first[0].admin1:
        return False
    return normalise_name(first[0].admin1)[:5] == normalise_name(place.name)[:5] \
        and (then[0].country, then[0].admin1) == (first[0].country, first[0].admin1) \
        and distance_km(then[0], first[0]) > LOCALITY_KM  # not a quarter of the city ("Saltivka" of Kharkiv)


# "in a village south of X", "a small town near X": a settlement left unnamed, told by its bearing from a town
UNNAMED_NEAR = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:village|town|hamlet|settlement|suburb)\s+(?:(?:about|some)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                          r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", re.I)


def _unnamed_settlement_near(mention: Mention) -> bool:
    """ "a village south of X ... The agency said the strike hit Y": the strike was told only by where its village
    lies from X, and the village a later sentence names is where it fell."""
    place = mention.place
    return place is not None and place.start >= 0 and bool(mention.sentences) \
        and bool(UNNAMED_NEAR.search(mention.sentences[0], max(0, place.start - 80), place.start))


def _town_by_city(town: PlaceMention | None, city: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """ "The clinic at the X camp ..." then "the strike on the camp on the edge of Y": a town told first, and a bigger
    city within LOCALITY_KM of it that a retelling names the strike by; the town is where it fell."""
    if town is None or city.region or city.name == town.name:
        return False
    here, there = gazetteer.resolve(town.name, countries), gazetteer.resolve(city.name, countries)
    return here is not None and there is not None and here[0].kind == there[0].kind == "place" \
        and (there[0].population or 0) > (here[0].population or 0) and distance_km(here[0], there[0]) <= LOCALITY_KM


def _told_near(told: PlaceMention | None, retold: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """ "a car near X ... The strike hit the car near the village of Y, north of X": a strike told only as near a town,
    retold at a village of its own close by (within LOCALITY_KM), fell there."""
    if told is None or not told.phrase.startswith(("near ", "outside ")) or retold.region or retold.name == told.name:
        return False
    here, there = gazetteer.resolve(retold.name, countries), gazetteer.resolve(told.name, countries)
    return here is not None and there is not None and here[0].kind == "place" and distance_km(here[0], there[0]) <= LOCALITY_KM


def _a_village_of(place: PlaceMention | None) -> bool:
    """ "a strike on one village of X Township": the strike is placed only by the unit its village
    lies in, and the village a later sentence names is where it fell."""
    return place is not None and place.village and bool(UNIT_NAMED.search(place.phrase))


def _framed_elsewhere(sentence: str, mention: Mention, previous: Mention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """ "In Iraq, three guards died at a checkpoint near Zakho. In Syria, a group reported that the raid
    on Amuda ...": a sentence framed by another country than the strike just told speaks of another raid;
    so does one framed by another province that names a place in it ("In X province, the warplanes waged
    raids on Y"; "In X region, nobody was hurt by the attack" speaks of the raid just told)."""
    if previous.place is None:
        return False
    found = _locate(previous, gazetteer, countries)
    frame = FRAME.match(sentence)
    # ("In A, four missiles struck a mosque ..." then "In B, five missiles hit the X Mosque": another town's, another strike)
    if frame is not None and found is not None and mention.place is not None and mention.place.end <= frame.end() \
            and mention.place.name != previous.place.name and (here := _locate(mention, gazetteer, countries)) is not None \
            and here[0].kind == "place" and distance_km(here[0], found[0]) > LOCALITY_KM:
        return True
    region = _framing_region(sentence, gazetteer, countries)
    if region is not None and found is not None and found[0].admin1 and mention.place is not None and mention.place.start >= frame.end():
        return (region.country, region.admin1) != (found[0].country, found[0].admin1)
    code = _framing_country(sentence, gazetteer)
    if code is None:
        return False
    told_in = found[0].country if found is not None else next(
        (c for c in (_framing_country(s, gazetteer) for s in previous.sentences) if c is not None), None)
    return told_in is not None and told_in != code


def _framing_region(sentence: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Any | None:
    """The province an opening frame names as one: "In X province, ..." -> X."""
    frame = FRAME.match(sentence)
    unit = REGION_FRAME.fullmatch(frame.group(0)) if frame else None
    found = gazetteer.resolve_region(unit["name"], countries) if unit else None
    return found[0] if found is not None and found[0].admin1 else None


def _framing_country(sentence: str, gazetteer: Gazetteer) -> str | None:
    """The country an opening frame names: "In Syria, ..." -> SY."""
    frame = FRAME.match(sentence)
    return gazetteer.country_code(re.sub(r"^\s*In\s+(?:the\s+)?|,$", "", frame.group(0)).strip()) if frame else None


def _placeable(place: PlaceMention | None, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether the gazetteer can put a place in the given countries (the article's main one)."""
    found = gazetteer.resolve(place.name, countries) if place is not None else None
    return found is not None and _inside(found, countries)


def _mask(sentence: str, dates: list[DateMention]) -> str:
    """The sentence with its dates blanked, so that "On 14 May 2022" is not read as the modal "may"."""
    for date in dates:
        sentence = sentence[:date.start] + " " * (date.end - date.start) + sentence[date.end:]
    return sentence


@dataclass(frozen=True)
class Clauses:
    """Where a sentence tells its strike: the other events' clauses to read past (`elsewhere`), and,
    when its news is told in a subordinate clause ("Fires burned on Sunday, a day after jets struck
    the port"), that clause (`own`)."""

    elsewhere: list[Span]
    own: Span | None = None


def _told_after(first: str, then: str) -> str:
    """Two sentences read as one report, the first closed by a full stop where it had none (a title's "... one dead
    in X" before "Russia struck ...": no "X Russia" read as one name)."""
    return f"{first} {then}" if re.search(r"[.!?:;\"”]$", first) else f"{first}. {then}"


def _clauses(doc: Doc, text: str, aerial_context: bool, reference: dt.date | None) -> Iterator[tuple[str, str]]:
    """Each sentence, without its dateline (the bureau's city and the report's day are not the
    strike's), and with the dateline's town. A sentence that joins two strikes ("Drones hit A on
    Thursday, and jets struck B hours later, killing four") is read as two. The headlines a page
    lists under "Related news" or "Read also" are other reports, not this one's. `text` is the doc's,
    passed in because spaCy builds `doc.text` anew from its tokens at every reading."""
    links = False
    captions = _captions(text, reference)
    background = _background(text)
    claims = _lines_where(text, CHECKED_CLAIM.fullmatch)
    citations = _lines_where(text, CITATION.fullmatch)
    speakers = _speakers(text)
    addressed = _addressed(text, speakers)
    starts = sentence_starts(doc)
    # (up to the next sentence: what that adds to a sentence's own text is the space its last word
    # carries, which strip() takes off)
    sents = [text[start:end].strip() for start, end in zip(starts, starts[1:] + [len(text)])]
    # (one line opened by a date alone is a dateline; several are a timeline's entries)
    dated_openings = sum(1 for s in sents if DATE_DATELINE.match(s))
    # (the first sentence that reads as one, a full stop closing a dozen words: a release's lead, under its headings)
    first_told = next((i for i, s in enumerate(sents) if re.search(r"[.!?\"”]$", s) and len(s.split()) >= 12), None)
    posts = _thread_posts(text)
    for i, sentence in enumerate(sents):
        if posts is not None and (number := posts.match(sentence)):
            sentence = sentence[number.end():]  # "2/5 Drones hit X": a thread's second post, no 2 May
        elif number := REGISTER_NUMBER.match(sentence):
            sentence = sentence[number.end():]  # "No. 3 — 6 October, X": a register's entry, headed by its day and town
        # "#KryvyiRih — a missile hit ...": a post's place, labelled by its hashtag
        sentence = HASHTAG_LABEL.sub(lambda tag: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag["name"]) + ":", sentence)
        if RELATED.match(sentence):
            links = True
            continue
        if any(a <= starts[i] < b for a, b in captions):
            reject(sentence, "reject.caption")
            continue
        if any(a <= starts[i] < b for a, b in background):
            reject(sentence, "reject.background_paragraph")
            continue
        if any(a <= starts[i] < b for a, b in claims):
            reject(sentence, "reject.checked_claim")
            continue
        if any(a <= starts[i] < b for a, b in citations):
            reject(sentence, "reject.citation")
            continue
        if EXERCISE.match(sentence):
            reject(sentence, "reject.exercise")
            continue
        if PRINT_CREDIT.match(sentence):
            reject(sentence, "reject.print_credit")
            continue
        if links and LIST_MARK.fullmatch(sentence):
            continue  # "1." of "Most read / 1. Strike on X kills 3": the number of the next link
        links = links and not re.search(r"[.!?\"”]$", sentence) and len(sentence) <= HEADLINE_LENGTH or _headline_item(sentence) and any(
            _headline_item(s) for s in sents[max(0, i - 1):i] + sents[i + 1:i + 2])  # "- Two killed in strike on X" twice: a link block
        if (turn := SPEAKER_TURN.match(sentence)) and turn["name"] in speakers:
            sentence = sentence[turn.end():].strip()  # "KARIM: Jets struck ...": what the speaker says
            if not sentence:
                reject(turn[0], "reject.speaker")
                continue
        if addressed is not None:  # "In the north, Dana, a drone hit a car": the host addressed, no place
            sentence = ADDRESS_GAP.sub("", addressed.sub(r"\1", sentence)).lstrip(", ")
        # (a byline between the headline and the dateline, "By a staff reporter", is no sentence of the report's)
        # ("January 20, 2026 (X) - When ...": a date alone opens the first sentence told in full, under the outlet's headings)
        # (nor a wire's bracketed note of what an update changed, "(Updates toll, adds comment)")
        lead = i <= 1 or i == 2 and (BYLINE.fullmatch(sents[1]) is not None or BRACKETED_LINE.fullmatch(sents[1]) is not None)
        bureau = dateline_length(sentence, opening=(lead or i == first_told) and dated_openings == 1, lead=lead, first_told=i == first_told)
        dateline_town, sentence = sentence[:bureau], sentence[bureau:]
        if len(sentence) < 12 and not HEADING.fullmatch(sentence) and not DAY_LINE.fullmatch(sentence) \
                and not PLACE_LABEL.fullmatch(sentence) and not ENTRY_TIME.fullmatch(sentence) or links:
            continue
        # "Drone kills three near A; B's army shells C": a title's clauses are two stories, whoever the second names
        # ("IN TODAY'S DIGEST: Deadliest air raid of the war • Leaked files • President lands in X": a line of items, each its own)
        parts = [clause for item in INLINE_BULLET.split(sentence) for part in
                 (re.split(r";\s+", item) if i == 0 and not re.search(r"[.!?\"”]$", sentence) else [item])
                 for clause in _strikes_joined(part, aerial_context)]
        for n, part in enumerate(parts):
            yield part, dateline_town if n == 0 else ""


# "True or false: a school in X was hit by the missile.", "Write a short letter about the attack in Y.": a quiz's or a lesson's
# exercise on the news, which reports nothing of its own
EXERCISE = re.compile(r"\W*(?:true\s+or\s+false\b|(?:quiz\s+)?question\s+\d+\s*[:.]|(?:write|draw|discuss|imagine)\s+(?:an?|a\s+short|your|what|how|why)\b)", re.I)
BRACKETED_LINE = re.compile(r"\s*\([^()]{3,160}\)\s*")
INLINE_BULLET = first_char_checked(re.compile(r"\s+[•·▪◦]\s+"))
REGISTER_NUMBER = re.compile(r"\s*No\.\s*\d{1,3}\s*[—–:-]\s+(?=\S)")
HASHTAG_LABEL = re.compile(r"^#(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+){0,2})\s*[—–:-](?=\s)")
THREAD_POST = gated(re.compile(r"^\s*(?P<n>\d{1,2})/(?P<of>\d{1,2})(?=\s)", re.M))


def _thread_posts(text: str) -> re.Pattern[str] | None:
    """A social-media thread's post numbers ("1/6 ...", "2/6 ..." opening lines), as a pattern for the number that opens
    a post, when two lines or more open with one of the same total: what would otherwise read as days of a month."""
    totals = Counter(m["of"] for m in THREAD_POST.finditer(text) if 0 < int(m["n"]) <= int(m["of"]))
    total = next((of for of, count in totals.most_common(1) if count >= 2), None)
    return re.compile(rf"\s*\d{{1,2}}/{total}\s+") if total is not None else None


# "Background: attacks on airports have grown ...": a paragraph the page labels as what came before
# ("09:45 - Context: ...": a live page's entry labelled so)
BACKGROUND_LABEL = re.compile(r"\s*(?:[0-2]?\d[:.][0-5]\d(?:\s*[A-Z]{2,4})?\s*[-–—|]\s*)?"
                              r"(?:background|context|previously|previous\s+(?:bulletins?|reports?|updates?|coverage)|catch(?:ing)?\s+up|"
                              r"the\s+story\s+so\s+far)\s*:", re.I)


def _lines_where(text: str, kept: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where the lines of a text that `kept` keeps lie: their start and end offsets."""
    found, start = [], 0
    for line in text.splitlines(keepends=True):
        if kept(line):
            found.append((start, start + len(line)))
        start += len(line)
    return found


def _background(text: str) -> list[tuple[int, int]]:
    """Where a text's labelled background paragraphs lie: the lines a "Background:" label opens."""
    return _lines_where(text, lambda line: bool(BACKGROUND_LABEL.match(line)))


def _captions(text: str, reference: dt.date | None) -> list[tuple[int, int]]:
    """Where a text's photo captions lie: its short lines that carry a photo's credit (none in a text that
    holds no credit's words: asked of the whole text, which the gates have read already, not of each line). A caption
    that dates its picture to the report's days, and is no file photo, is news like any line ("Men search a house hit
    overnight in X, June 3, 2019. REUTERS/Name" in a report of June 3) and is read."""
    if not PHOTO_CREDIT.opens(text):
        return []
    return _lines_where(text, lambda line: bool(PHOTO_CREDIT.search(line)) and len(line.split()) <= CAPTION_WORDS
                        and not _pictured_now(line, reference))


def _pictures_told(mentions: list[Mention], captions: list[str]) -> list[Mention]:
    """A dated caption's strike that the report tells too, on the picture's day or in the days before it, and in its
    locality, is that strike pictured ("A drone hit a car on the A-B road" and "Photo: the car hit near B, 26 March"): one event, not two."""
    kept = []
    for mention in mentions:
        told = None
        if mention.sentences and any(mention.sentences[0] in line for line in captions) and mention.located is not None \
                and mention.date is not None:
            told = next((m for m in mentions if m is not mention and m.located is not None and m.date is not None
                         and not any(m.sentences[0] in line for line in captions)
                         and -1 <= (mention.date.date - m.date.date).days <= CAPTION_DAYS
                         and (not (m.actor_stated and mention.actor_stated) or m.actor == mention.actor)
                         and distance_km(m.located[0], mention.located[0]) <= LOCALITY_KM), None)
        if told is not None:
            absorb(told, mention, "merge.pictured")
        else:
            kept.append(mention)
    return kept


FILE_PICTURE = re.compile(r"\b(?:file|archive|archival|handout)\s+(?:photo|picture|image|footage)|\bin\s+(?:a|this)\s+file\b", re.I)
CAPTION_DAYS = 3  # how many days before the report a caption's dated picture is of the report's news


def _pictured_now(line: str, reference: dt.date | None) -> bool:
    """Whether a caption names the full date of its picture (a day, a month and a year) within the report's days,
    and calls it no file photo."""
    if reference is None or FILE_PICTURE.search(line):
        return False
    return any(d.explicit and d.precision == "day" and YEAR.search(line, d.start, d.end + 6)
               and reference - dt.timedelta(days=CAPTION_DAYS) <= d.date <= reference for d in dates_in(line, reference))


# "ANCHOR (NAME):", "HOST:": a role that says a text is a broadcast's transcript
TRANSCRIPT_ROLE = re.compile(r"^\s*(?:ANCHOR|HOST|PRESENTER|NEWSREADER|INTERVIEWER|MODERATOR|STUDIO)\b[^:\n]{0,40}:", re.M)
SPEAKER_TURN = re.compile(r"^\s*(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?: \([^()\n]{1,40}\))?:", re.M)


CAPITALISED = re.compile(r"(?<![\w'’-])(?-i:[A-Z][a-z'’-]+)(?:[ -](?-i:[A-Z][a-z'’-]+)){0,2}")
CITY_TOLD = 50_000  # how many live in a town a report may call "the city" with no more said


# "an airline's service from X was cancelled", "flights to Y": where planes fly from or to, not the city spoken of
FLOWN_TO = first_char_checked(re.compile(r"\b" + alternation(load("cues")["flown_to"]) + r"\s+$", re.I))


def _town_told(sentence: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The one city a sentence that reports no strike names, in whatever slot ("For a second night X woke to sirens"),
    which "the city" of the next sentence means."""
    cities = []
    for name in CAPITALISED.finditer(sentence):
        if _reference_point(sentence, name.start()) or no_place_word(name.group(0)) \
                or FLOWN_TO.search(sentence, max(0, name.start() - 40), name.start()):
            continue  # (not "This follows the raids": a word that folds to a town's name, Thiès; nor "a flight from X")
        found = gazetteer.resolve(name.group(0), countries) if not gazetteer.country_code(name.group(0)) else None
        if found is not None and found[0].kind == "place" and found[0].population >= CITY_TOLD:
            cities.append(PlaceMention(name.group(0), name.group(0), name.start(), name.end(), True, False, False))
    return cities[0] if len(cities) == 1 else None


# "a drone hit the bakery", "the strike on the clinic": the thing struck, told as one the reader has met
THING_STRUCK = re.compile(r"\b(?:hit|hitting|struck|striking|bombed|bombing|targeted|targeting|destroyed|destroying|shelled|"
                          r"fired\s+(?:[\w-]+\s+){0,3}?(?:on|at|into)|"
                          r"(?:strikes?|attacks?|raids?|bombings?)\s+on)\s+the\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?!(?:town|city|village|camp|area|region|province|district|country|border|front|capital|same)\b)(?P<thing>[a-z]{4,})\b")


VEHICLES = "vehicle|car|truck|pickup|van|jeep|suv|minibus|bus|motorbike|motorcycle"


def _thing_told(sentence: str, before: list[str], gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The one town the sentences just before name where they tell of the thing a placeless strike hit ("The bakery in X
    had fed the street for years." then "On Tuesday a drone hit the bakery"), or, naming no such thing, the one town of
    the sentence right before, the scene "the bakery" belongs to ("Residents of X queued for bread." then "A drone hit
    the bakery"); None when they name none or several."""
    struck = THING_STRUCK.search(sentence)
    elsewhere = other_event_spans(sentence) if struck is not None else []  # (not the place of what its target was blamed for)
    if struck is None or any(not inside(p.start, elsewhere) for p in places_in(sentence, gazetteer)):
        return None
    thing = struck["thing"].lower()
    # ("The car was still burning in X." then "A drone fired on the vehicle": one vehicle, by two words)
    named = VEHICLES if thing in VEHICLES.split("|") else re.escape(thing)
    told = [s for s in before if s and re.search(rf"\b(?:{named})\b", s, re.I)] or before[-1:]
    return _town_in_slot(told, gazetteer, countries) if told else None


def _named_as_camp(sentence: str, place: PlaceMention) -> bool:
    """Whether a sentence names the place as a camp: only then is it "the camp" of the next one ("Residents of X heard
    the blasts." between a strike on Y camp and "a second strike on the camp" leaves the camp Y)."""
    return bool(CAMP_AFTER.match(sentence, place.end) or CAMP_BEFORE.search(sentence, 0, place.start))


def _town_in_slot(sentences: list[str], gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The one town that sentences which report no strike name in a place's slot ("Each week the fair at X fills its
    square"), which "the town" of a strike told next means; None when they name none or several."""
    towns = [p for s in sentences if s for p in places_in(s, gazetteer) if not p.region and not _reference_point(s, p.start)
             and (found := gazetteer.resolve(p.name, countries)) is not None and found[0].kind == "place"]
    towns = [p for p in towns if not any(p.name in (q.within, *q.containers) for q in towns)]  # "X's Y district": Y
    return towns[0] if len({t.name for t in towns}) == 1 else None


def _speakers(text: str) -> frozenset[str]:
    """The speakers of a transcript: the names in capitals that open two lines or more with a colon, in a
    text whose turns a host's role opens ("HOST:", "ANCHOR (NAME):"). A bulletin's "ALEPPO:" heads the
    news from a town; a transcript's "KARIM:" only says who speaks."""
    if not TRANSCRIPT_ROLE.search(text):
        return frozenset()
    turns = Counter(m["name"] for m in SPEAKER_TURN.finditer(text))
    return frozenset(name for name, n in turns.items() if n >= 2)


# "HOST (Dana Haddad):": the name a role's turn gives its speaker
ROLE_NAME = re.compile(r"\((?P<first>(?-i:[A-Z])[a-z'’-]+)(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\)\s*:")
ADDRESS_GAP = re.compile(r",\s*(?=[,.?!])")


def _addressed(text: str, speakers: frozenset[str]) -> re.Pattern[str] | None:
    """The first names of a transcript's speakers, as one speaker addresses another ("Thank you, Dana.", "In the
    north, Karim, a drone hit a car"): a pattern that finds them where they stand alone between commas or open a turn."""
    names = {name.split()[0].title() for name in speakers} | {m["first"] for m in ROLE_NAME.finditer(text)} if speakers else set()
    if not names:
        return None
    return re.compile(rf"(^|,\s*)(?:{'|'.join(map(re.escape, sorted(names)))})(?=\s*[,.?!])")


def _headline_item(sentence: str) -> bool:
    """A list line that reads as a headline, with no full stop: one of a page's links to other reports
    (a feed's timed entry, "- 09:14 Strike on X", or a labelled one, "- Aleppo: two raids", is news; so is a line
    longer than a headline runs, a summary's point told in full without its stop: "- A drone set a car alight in X,
    killing its driver, as the state agency reported it")."""
    return bool(re.match(r"\s*[-*•–]\s+(?!\d{1,2}[:.]\d{2}\b)[^:]+$", sentence)) and not re.search(r"[.!?\"”;,)]$", sentence) \
        and len(sentence.strip()) <= HEADLINE_LENGTH


HEADLINE_LENGTH = 110  # characters: a news headline runs to 60-90


# "on Monday", "late on Friday", "overnight": the day a clause gives, told in a few words (not "two sources said on
# Friday": the day it was told)
DAY_TOLD = re.compile(r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bconfirmed\s)(?<!\badded\s)"
                      r"(?:\b(?:(?:early|late)\s+)?on\s+(?-i:[A-Z])[a-z]+day\b|\b(?:yesterday|overnight|last\s+night)\b)")


# "on 3 May 2024", "an April 2024 attack", "on May 3": a day or month the calendar names (no relative word)
_MONTH_NAME = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
CALENDAR_TOLD = re.compile(rf"\b(?P<when>(?:[0-3]?\d\s+)?{_MONTH_NAME}(?:\s+[0-3]?\d)?,?\s+(?:19|20)\d\d|[0-3]?\d\s+{_MONTH_NAME}|{_MONTH_NAME}\s+[0-3]?\d)\b")


# ", killing a soldier, and the oil depot at B": a second object of the strike's verb, after the first one's toll
TARGET_AFTER_TOLL = first_char_checked(re.compile(r"(?<=[\w'’]),\s+(?:killing|wounding|injuring)\s[^,;]{1,60},\s+and\s+(?P<target>(?:the|an?)\s+(?:[\w-]+\s+){0,3}?"
                                                  r"(?:at|in|near|outside|of)\s+(?-i:[A-Z]))"))


def _strikes_joined(sentence: str, aerial_context: bool) -> list[str]:
    """The strikes one sentence joins, each as a sentence of its own ("Bombs fell on A, while jets
    pounded B, and the toll of the raids on C has reached 5": three)."""
    after = AFTER_OTHER_SIDE.match(sentence)
    if after and _other_side(after["first"], sentence[after.end():]) and triggers_in(after["first"], aerial_context):
        first = after["first"][:1].upper() + after["first"][1:] + "."
        return [first] + _strikes_joined(sentence[after.end():], aerial_context)
    second_target = TARGET_AFTER_TOLL.search(sentence)
    subject = SUBJECT_ENDS.search(sentence, 0, second_target.start()) if second_target is not None else None
    if subject is not None and triggers_in(sentence[:second_target.start()], aerial_context):
        # "jets bombed the airfield at A, killing a soldier, and the depot at B": the verb's second object, struck too
        ending = sentence[-1] if sentence[-1] in ".!?" else ""
        return [sentence[:second_target.start()] + ending] + _strikes_joined(
            f"{sentence[:subject.end()]} {sentence[second_target.start('target'):]}", aerial_context)
    joins = sorted([*JOINED_STRIKE.finditer(sentence), *(join for join in OTHER_SIDE_AT_ONCE.finditer(sentence)
                                                          if _other_side(sentence[:join.start()], sentence[join.end():]))], key=lambda j: j.start())
    for join in joins:
        first, second = sentence[:join.start()], sentence[join.end():]
        told, own = triggers_in(second, aerial_context), triggers_in(first, aerial_context)
        ending = sentence[-1] if sentence[-1] in ".!?" else ""
        subject = SUBJECT_ENDS.search(first)
        # ("Jets bombed A, killing two, and struck B": the jets struck B; not "..., and hit a car nearby": A's strike)
        if own and own[0].aerial and BARE_VERB.match(second) and subject is not None \
                and NAME.search(second.split(",")[0]):
            second = first[:subject.start()] + second
            told = triggers_in(second, aerial_context)
        if own and told and (told[0].aerial or aerial_context) \
                and not (DEFINITE.search(second[max(0, told[0].start - 30):told[0].start]) and not TOLL_OF.match(second)):
            if (day := DAY_TOLD.search(second)) and not DAY_TOLD.search(first):
                first = f"{first} {day.group(0)}"  # ("struck A with five raids and hit B with three on Monday": both that day)
            if (same := SAME_DAY.search(second)) and (told := CALENDAR_TOLD.search(first)):
                # ("an April 2024 attack on A, and a separate strike on B the same day": the first's day, not the last one told)
                second = f"{second[:same.start()]}in {told['when']}{second[same.end():]}"
            return [first + ending] + _strikes_joined(second[:1].upper() + second[1:], aerial_context)
        # "Artillery shelled A, killing a woman, while a drone hit a car in B" (or the other way round): the
        # shelling's place, day and toll are none of the strike's (a clause joined by a comma, not a list's semicolon)
        if join.group(0).startswith(";"):
            continue
        if not own and told and told[0].aerial and ON_THE_GROUND.search(first):
            reject(first, "reject.ground_attack")
            if (day := DAY_TOLD.search(first)) and not DAY_TOLD.search(second):  # (the day the sentence gives both)
                second = f"{second.rstrip('.!?')} {day.group(0)}{ending}"
            return _strikes_joined(second[:1].upper() + second[1:], aerial_context)
        if own and own[0].aerial and not told and ON_THE_GROUND.search(second):
            reject(second, "reject.ground_attack")
            return [first + ending]
    return [sentence]


def _side_told(own: str, anchor: int) -> str:
    """The words that may name a strike's attacker: not the other side's craft told at once after a strike that names
    none ("A missile killed four in X as Israeli jets struck Y" says nothing of who fired the missile)."""
    at_once = OTHER_SIDE_AT_ONCE.search(own, anchor)
    return own[:at_once.start()] if at_once is not None and actor_in(own[:at_once.start()]) is None else own


def _other_side(first: str, second: str) -> bool:
    """Whether two clauses name two different attackers (theatre words such as "the army" do not count)."""
    sides = actor_in(first), actor_in(second)
    return None not in sides and sides[0].country is not None and sides[1].country is not None and sides[0] != sides[1]


# "militants who had launched rockets at X": the people a strike was aimed at, and what they are said to have done
DEED_OF = re.compile(r"(?:commanders?|leaders?|fighters?|militants?|rebels?|insurgents?|members?|men|cells?|operatives|those|people|persons|"
                     r"elements)\s+who\b", re.I)
# ("The operation came after a bombing in X"; "Moscow insists the offensive was its reply to a blast in Y": a speaker's
# word on what it answered)
OPERATION_OPENS = re.compile(r"\W*(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:says|said|argues|argued|insists|insisted)\s+(?:that\s+)?)?"
                             r"(?i:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:operation|offensive|campaign|escalation|incursion)\b")


def _own_clause(sentence: str, triggers: list[Trigger]) -> tuple[list[Trigger], Clauses]:
    """The triggers of the strike a sentence reports, and its clauses (clauses.py). A strike
    reported in the main clause keeps only its own triggers; when the main clause reports none, or
    only speaks again of a strike told before ("The raid came a day after a drone hit X"), an air
    strike in the other clause is the sentence's news."""
    spans = other_event_spans(sentence) if triggers else []
    if not spans:
        return triggers, Clauses([])
    main = [t for t in triggers if not inside(t.start, spans)]
    told = [t for t in main if not DEFINITE.search(sentence[max(0, t.start - 30):t.start])]
    other = [t for t in triggers if inside(t.start, spans)]
    if told or not other:
        return main or triggers, Clauses(spans)  # "In May, jets struck X, days after an attack on Y": X's
    # ("the jets were after militants who, officials claim, had launched rockets at X": what the target is said to have
    # done, in the striking side's words, not news of its own)
    if all(inside(t.start, [(a, b) for a, b in spans if DEED_OF.match(sentence, a)]) for t in other):
        return [], Clauses(spans)
    # ("This raid follows a similar strike on Saturday in X": one of the kind the main clause speaks of, an air strike too)
    aerial = any(t.aerial or LIKE_IT.search(sentence, max(0, t.start - 20), t.start) for t in other)
    # ("That raid came two days after an Israeli strike hit a clinic in X on Thursday": when the main clause only
    # speaks again of the strike told, the strike the clause tells on its own day is news, of the same kind)
    own_day = next((s for s in spans if s[0] <= other[0].start < s[1] and DAY_TOLD.search(sentence, s[0], s[1])), None)
    aerial = aerial or not told and bool(main) and own_day is not None \
        and STRIKE_WORD.fullmatch(sentence, other[0].start, other[0].end) is not None
    if names_attack(blank(sentence, spans)) and not aerial:
        # the main clause's attack is the news, air strike or not: "militants fired rockets at X in reprisal for
        # the raids on their villages" tells rocket fire, and the raids it answers are told elsewhere
        return main, Clauses(spans)
    if not main and not aerial and (DEFINITE.search(sentence[max(0, other[0].start - 30):other[0].start])
                                    or OPERATION_OPENS.match(sentence, 0, spans[0][0])):
        # "Hours after the strike, X said ...": nothing new; "The operation came after a bombing in X that killed six": what
        # the operation told before answered
        return [], Clauses(spans)
    if not main and BLAST.search(blank(sentence, spans)):
        # "Blasts shook X before dawn, two days after drones first reached the city": the blasts heard are the news
        # (told by the sentences around them), and the clause is their past; not "Fires burned, a day after jets struck"
        return [], Clauses(spans)
    if main and not aerial:
        return main, Clauses(spans)
    own = next(s for s in spans if s[0] <= other[0].start < s[1])
    return [t for t in other if own[0] <= t.start < own[1]], Clauses([s for s in spans if s != own], own)


def _mentions(sentence: str, triggers: list[Trigger], dates: list[DateMention], fallback: dt.date | None,
              gazetteer: Gazetteer, countries: Sequence[str], last_place: PlaceMention | None = None,
              clauses: Clauses = Clauses([]), centre: str | None = None, home: tuple[PlaceMention, str] | None = None,
              dateline_city: PlaceMention | None = None, located_next: bool = False,
              told_places: frozenset[str] = frozenset(), dateline_capital: PlaceMention | None = None) -> list[Mention]:
    """The strike mentions of one sentence: one per place struck (places joined by "and" are
    separate strikes; a province named after a town only locates the town; "the camp" is the
    place last named; "the regional centre" is the `centre` of the region named before). Places,
    days and tolls of other events' clauses are not its; a strike told in a subordinate clause
    takes the main clause's place only when it names none ("the city"). A dated air strike on targets
    of no named place is kept, unplaced, when the next sentences say where the targets lay
    (`located_next`): the one that does places it. A strike told with only the day a side spoke of it
    takes that day, unless its place was told before (`told_places`): then it is the strike told there."""
    elsewhere = list(clauses.elsewhere)
    if CLAIMED_VAGUE.search(sentence):
        reject(sentence, "reject.vague_claim")  # 'claimed to have hit "sensitive sites" in X'
        return []
    if SINCE_STRIKE.search(sentence, max(0, triggers[0].start - 40), triggers[0].start) and not any(d.precision == "day" for d in dates):
        reject(sentence, "reject.earlier_undated")  # "the first since a drone hit a truck near X in early May"
        return []
    places = places_in(sentence, gazetteer)
    role = REGIONAL_CENTRE.search(sentence) if centre is not None else None
    if role is not None:
        places = sorted(places + [PlaceMention(centre, centre, role.start(), role.end(), True, False, False)], key=lambda p: p.start)
    if clauses.own is not None:
        # (the clause is the sentence's news: "came a day after a raid on a house in X" places that raid in X, though
        # after its cue X reads as the place of the attack another one answered)
        places = sorted([p for p in places if not inside(p.start, [clauses.own])] + [
            p for p in places_in(blank(sentence, [(clauses.own[0], cue_end(sentence, clauses.own))]), gazetteer)
            if inside(p.start, [clauses.own])], key=lambda p: p.start)
        own_places = [p for p in places if inside(p.start, [clauses.own]) and not _is_country(p, gazetteer)]
        elsewhere += outside(clauses.own, len(sentence)) if own_places else []
        dates = _dated_before(dates, clauses.own, sentence, fallback)
        if not dates:  # "The raid follows the death of a boy in a drone strike on X": earlier, by how much untold
            reject(sentence, "reject.earlier_undated")
            return []
    if elsewhere and any(inside(p.start, elsewhere) for p in places):
        own_places = [p for p in places if not inside(p.start, elsewhere)]
        # ("Clashes raged in X, while jets carried out raids on their positions": a strike of no place of its own, where
        # the fighting is)
        fought_in = [] if own_places else [p for p in places if inside(p.start, fighting_spans(sentence))]
        reject(sentence, "reject.other_event", ", ".join(p.name for p in places if inside(p.start, elsewhere) and p not in fought_in))
        places = own_places or fought_in
    # ("Residents of X heard blasts as TV said strikes hit Y": where the blasts were heard, when the strikes' own place is told)
    heard = [p for p in places if HEARD_IN.search(sentence, max(0, p.start - 40), p.start) and HEARD_AFTER.match(sentence, p.end)]
    places = [p for p in places if p not in heard] if heard and len(heard) < len(places) else places
    across = [p for p in places if ACROSS.search(sentence, 0, p.start)]
    # ("drones struck 20 sites across Kyiv": a capital's own districts, struck in one night; not "across Gaza", a territory,
    # nor "across Idlib", a province that bears its city's name)
    across = [] if len(across) == 1 and (city := ACROSS_CITY.search(sentence, 0, across[0].start)) \
        and _city(across[0], gazetteer, countries, capital=not city["city"]) else across
    across += _areas_listed(sentence, places) + _span(sentence, places)
    if across:  # "documented attacks on markets across Darfur, Kordofan and Khartoum": a campaign's area
        reject(sentence, "reject.across", ", ".join(p.name for p in across))
        places = [p for p in places if p not in across]
    # (the day of fire from the ground told beside the strike is the day both were told of)
    dates = [d for d in dates if not inside(d.start, elsewhere) or inside(d.start, ground_fire_spans(sentence))]
    not_its = clauses.elsewhere + (outside(clauses.own, len(sentence)) if clauses.own else [])  # for its attacker and toll
    own = blank(sentence, not_its)
    anchor = triggers[0].start
    if AT_SEA.match(own, triggers[0].end):
        reject(sentence, "reject.at_sea")
        return []  # a ship hit at sea (AT_SEA): no place on land
    events_dates = [d for d in dates if (not _reporting_day(sentence, d)
                                         or THAT_DAY.search(sentence, d.end)  # "said on Sunday that jets had hit X that morning"
                                         or DAY_THEN_AFTER.match(sentence, d.end, anchor) and not any(o.start > anchor for o in dates)
                                         and not BY_DAY.search(sentence, max(0, d.start - 20), d.start))
                    and not DIED_THEN.search(sentence[max(0, d.start - 40):d.start])
                    and not STATEMENT_OF_DAY.match(sentence, d.end)
                    # ("and on the Security Council, which meets on Tuesday, to act": the day a body sits; "An article on
                    # Saturday about X said ...": the day a story ran, not "our report on Friday's strike", a day owning it)
                    and not SITTING_DAY.search(sentence, max(0, d.start - 40), d.start)
                    and not MOURNING_DAYS.search(sentence, max(0, d.start - 50), d.start)
                    and not MOURNING_DAY_AFTER.match(sentence, d.end)
                    and not (STORY_DAY.search(sentence, max(0, d.start - 40), d.start) and not OWNING.search(sentence, d.start, d.end))
                    # ("a bulletin covering Saturday to Thursday said ...": the report's period; "(2140 GMT Sunday)": the
                    # hour in another time zone, whose day the local one is not)
                    and not PERIOD_COVERED.search(sentence, max(0, d.start - 40), d.start)
                    and not OTHER_ZONE_DAY.search(sentence, max(0, d.start - 20), d.start)
                    # ("On Wednesday, residents said 11 had died in the strike": the day of a count of the strike told)
                    and not (d.start <= 3 and SAID_AFTER_DAY.match(sentence, d.end) and TOLL_OF_THE.search(sentence, max(0, anchor - 60), anchor))
                    and not (d.start <= 20 and LATER.fullmatch(sentence[d.start:d.end]) and ANNOUNCED_THEN.match(sentence, d.end))
                    # ("On Tuesday, the general staff said its jets had struck X on Sunday": the day it was said, when what
                    # was said has a day of its own)
                    # ("In its bulletin of 29 April, the army said its drones hit X on 26 April": the bulletin's)
                    and not ((d.start <= 3 and SAID_AFTER_DAY.match(sentence, d.end) or STATEMENT_DATED.search(sentence, 0, d.start))
                             and any(o.precision == "day" and o.start > anchor for o in dates))
                    and not (d.precision != "day" and SINCE.search(sentence, 0, d.start))  # "since April": a campaign's start
                    # ("..., the fourth such attack on the station this month": the count's period, not the strike's day)
                    and not (d.precision != "day" and RANK_IN_PERIOD.search(sentence, 0, d.start))
                    # ("struck X for the second time this month": the count's period, not the strike's day)
                    and not (d.precision != "day" and NTH_TIME.search(sentence, 0, d.start))]
    # ("Houthi media said on Thursday that 17 strikes had hit X overnight": the night that ended on the day it was said)
    said_on = [d for d in dates if d.precision == "day" and d not in events_dates and not d.explicit]
    events_dates = [replace(d, date=said_on[0].date) if len(said_on) == 1 and sentence[d.start:d.end].lower() == "overnight" else d
                    for d in events_dates]
    date = min(events_dates, key=lambda d: _day_rank(sentence, d, anchor)) if events_dates else None
    # ("The SBU said in April that it had struck a plant in X": a strike told in a month before the report's, older still)
    said_then = next((d for d in dates if d not in events_dates and d.precision == "month" and fallback is not None
                      and d.date < fallback.replace(day=1)), None)
    if date is None and said_then is not None:
        reject(sentence, "reject.background_old", sentence[said_then.start:said_then.end])
        return []
    if (act_day := _act_day(sentence, events_dates, anchor)) is not None:
        events_dates.remove(act_day)
        date = min(events_dates, key=lambda d: _day_rank(sentence, d, anchor)) if events_dates else None
        if date is None or date.precision != "day":
            reject(sentence, "reject.later_act", sentence[act_day.start:act_day.end])
            return []  # "The court on Tuesday heard a claim over a strike that killed 12 in X": older, its day untold
    # ("A year after missiles struck X, residents gathered on Thursday": the strike lies that span before the day told,
    # background, and what the next sentences say of it is of that strike too)
    if (span := ELAPSED.search(sentence, 0, anchor)) is not None \
            and (base := date.date if date is not None and date.precision == "day" else fallback) is not None:
        date = _elapsed_day(span, base)
    # ("in the X mountains in Bari region, Puntland": the state that holds the region is no strike's place of its own)
    specific = [p for p in places if not p.region and not _is_country(p, gazetteer)
                and not any(q.region and p.name in q.containers and p.within != q.name for q in places)]
    # ("in South Darfur, warplanes bombed a market in Nyala": the town, not the province the index knows the other name as)
    told_at = min(t.start for t in triggers)
    if any(p.start > told_at and not _is_province(p, gazetteer, countries) for p in specific):
        specific = [p for p in specific if not (p.end <= told_at and _is_province(p, gazetteer, countries))]
    # "Militants fired rockets at X after an Israeli strike killed five in Y": the strike is the one after "after", at Y
    answered = AFTER_A.search(sentence, max(0, told_at - 40), told_at)
    if answered is not None and any(p.start > told_at and "," not in sentence[told_at:p.start] for p in specific):
        specific = [p for p in specific if p.start > answered.start()]
    # "Villagers in X buried a clerk killed when jets struck the ministry in Y": the strike a "when" clause tells lies
    # where that clause places it, not where the dead were mourned or lived
    when = WHEN_STRIKE.search(sentence, max(0, told_at - 150), told_at)
    # (and the index can place it: "residents of X say 23 were killed when jets bombed a market in the Y area" keeps X)
    # (not "In X, six were killed when missiles struck the Y mosque": a site the clause names lies in X)
    if when is not None and any(p.start > told_at and not p.site and _placeable(p, gazetteer, countries) for p in specific) \
            and any(p.end <= when.start("when") for p in specific):
        specific = [p for p in specific if p.start > when.start("when")]
    # "In the Bekaa Valley, jets struck the outskirts of Baalbek": the opening frame says where the struck town lies
    # a bearing first: "In Petah Tikva, east of Tel Aviv, a missile hit ...": the frame is the place, Tel Aviv a reference
    # ("targets in X governorate, north of Y": the province struck, and Y only where it lies from)
    bearings = [p for p in specific if _bearing_from(sentence, p, places)]
    specific = [p for p in specific if p not in bearings] or \
        ([] if bearings and any(q.region and q.end <= bearings[0].start for q in places) else specific)
    # "the X regional governor said a drone hit the village of Y": the title's place is the speaker's, Y the one struck
    specific = [p for p in specific if not TITLE_AFTER.match(sentence, p.end)] or specific
    # "An official in X said drones bombed the village of Y": where the speaker sits, when what was said places the strike
    # (a town the gazetteer puts in the article's country, not a market's name: "activists in X said a warplane bombed
    # the Y market" is X's market)
    seats = [p for p in specific if SPEAKER_IN.search(sentence, max(0, p.start - 50), p.start) and SAID_NEXT.match(sentence, p.end)]
    if seats and any(p not in seats and not p.site and _placeable(p, gazetteer, countries[:1]) for p in specific):
        specific = [p for p in specific if p not in seats]
    # "In X, aircraft struck the airport, according to sources reached from Y": where the telling came from, after the
    # strike told at another place
    attributed = [p for p in specific if p.start > told_at and ATTRIBUTION.search(sentence, told_at, p.start)]
    if attributed and any(p not in attributed for p in specific):
        specific = [p for p in specific if p not in attributed]
    # "a car driving towards X was hit near the village of Y": where the car was going is not where it was hit
    # (where the text says it was hit in or near another place: "on the outskirts of Z" may only locate the destination)
    bound = [p for p in specific if DESTINATION.search(sentence, max(0, p.start - 40), p.start)
             or ROAD_TO.search(sentence, max(0, p.start - 10), p.start) and ROAD_NAMED.match(sentence, p.end)]
    near = [p for p in specific if p not in bound and NEAR_PLACE.search(sentence, max(0, p.start - 40), p.start)]
    specific = [p for p in specific if p not in bound] if bound and near else specific
    led_to = [p for p in specific if ROAD_LEADS_TO.search(sentence, max(0, p.start - 60), p.start)]
    specific = [p for p in specific if p not in led_to] if len(led_to) < len(specific) else specific
    # "X: a drone hit a house near Y" (but not "X (Y district): a drone hit the fair": Y only holds the label's X)
    labelled = [p for p in specific if labels(sentence, p.start, p.end)]
    specific = [p for p in specific if p not in labelled and not any(p.name in q.containers for q in labelled)] or specific
    # ("• X: a missile hit a prayer hall in the Y area": a quarter told under a town's label lies in that town)
    specific = [replace(p, within=labelled[0].name) if labelled and p not in labelled and p.within is None and not p.containers
                and QUARTER_PHRASE.search(p.phrase) and _placeable(labelled[0], gazetteer, countries) else p for p in specific]
    frame = FRAME.match(sentence)
    # ("In X, the government's spokesman, A B, said jets bombed homes in Y and Z provinces": where the speaker spoke)
    if frame and (said := SAID_AFTER_FRAME.match(sentence, frame.end())) and said.end() <= told_at \
            and any(p.start >= said.end() for p in places):
        specific = [p for p in specific if p.start >= frame.end()]
        frame = None
    framed = [p for p in specific if not frame or p.start >= frame.end()]
    # "In Kobo, in the North Wollo zone, jets bombed ...": the zone only holds the frame's town
    # ("In X, near Y, a madrasa was struck": Y only says where the frame's town lies)
    framed = [p for p in framed if not any(p.name in q.containers or p.phrase in q.containers for q in specific if q not in framed)]
    # "In Hpakant, the mining hub in Kachin State, jets bombed ...": a frame more precise than what follows is the place
    # ("In X, a town in Y county held by rebels, jets bombed ...": a county after the frame's town holds it)
    opening = [p for p in specific if frame and p.end <= frame.end()]
    units = all(_region_level(p, gazetteer, countries) or _unit_level(p, gazetteer, countries) for p in framed) \
        and bool(opening) and not _region_level(opening[0], gazetteer, countries) and not _unit_level(opening[0], gazetteer, countries)
    # ("In X, missiles hit the Y Mosque": a site after the frame's town lies in that town, whatever place its name recalls)
    sites_only = all(p.site for p in framed) and bool(opening) and not opening[0].site \
        and not _region_level(opening[0], gazetteer, countries)
    specific = framed if framed and not all(_region_level(p, gazetteer, countries) for p in framed) and not units \
        and not sites_only else specific
    # ("a drone attack on the X bus station, in central Y": a site named after its town outranks a province)
    # ("the X market district in southern Y": Y holds the site's town X)
    sites = [p for p in specific if p.site]
    towns = [p for p in specific if not p.site and not _region_level(p, gazetteer, countries)
             and not any(s.known and p.name in s.containers for s in sites)]
    specific = [p for p in specific if not p.site] if towns or not sites else sites + [p for p in specific if not p.site]
    specific = [p for p in specific if not in_parentheses(sentence, p.start)] or specific
    # ("killed 11 in A, nine in B and three in C": each place given its own toll is struck, listed or not)
    tolled = tolls_by_place(sentence) if len(specific) > 1 else {}
    regions = [p for p in places if p.region]  # ("in Kunar and Paktika provinces": each of the listed, when no town is named)
    # ("..., while in Y district a second raid killed 15 more": a place its own strike is told at, in a clause of its own)
    struck = specific[:1] + [p for p in specific[1:] if p.coordinated or len(tolled) > 1 and p.name in tolled
                             or ANOTHER_AT.search(sentence, max(0, p.start - 20), p.start) and ANOTHER_STRIKE.match(sentence, p.end)
                             or _struck_another_day(sentence, specific[0], p, triggers)] if specific else \
        regions[:1] + [p for p in regions[1:] if p.coordinated]
    # ("bombed A and the neighbouring villages of B, C and D": the villages round the place struck, one raid's locality)
    around = NEIGHBOURS_OF.search(sentence, struck[0].end) if struck else None
    struck = [p for p in struck if around is None or p.start < around.end()]
    if len(struck) == 1 and struck[0].region and last_place is not None \
            and (TITLE_AFTER.match(sentence, struck[0].end) or TOWN_IN_REGION.search(sentence, 0, struck[0].start)) \
            and _in_province(last_place.name, struck[0].name, gazetteer, countries):
        # ("... two strikes hit the grain store in the opposition-held town in northern Y province": the town told before,
        # which Y holds)
        # ("... a drone attack on X." then "The Y state government said drones hit close to the airport": Y names the
        # speaker, X lies in Y and is the place the strike is told of)
        struck = [last_place]
    if struck and home is not None and home[1] in ENTRY_HOMES and all(BEARS_FROM.search(sentence, 0, p.start) for p in struck) \
            and not any(_in_province(p.name, home[0].name, gazetteer, countries) for p in struck):
        # ("X (Y district): missiles struck a mosque off the road north of Z": the entry's town, Z a bearing; not "Aleppo:
        # drones hit the front west of Z", where the entry is a province and Z the place in it)
        struck = [home[0]]
    # ("drones hit the base by the city's seafront, and windows were blown out at the nearby Marina hotel": a building named
    # in the city the sentence speaks of, not a namesake town)
    struck = [last_place if p.site and p.within is None and last_place is not None and SAME_PLACE.search(sentence) else p for p in struck]
    struck = [road_town(sentence, p, (home[0] if home else None, last_place, dateline_city), gazetteer) for p in struck]
    # ("In X district, a drone attacked a car near the village of Y": the Y of X district, not a namesake elsewhere)
    held_in = [p.name for p in opening if _unit_level(p, gazetteer, countries) and not p.region]
    struck = [replace(p, containers=p.containers + (held_in[0],)) if held_in and p not in opening and not p.region
              and held_in[0] not in p.containers else p for p in struck]
    recorded = home is not None and home[1] == "place.record"
    if not struck and not places and SAME_PLACE.search(sentence) and not recorded \
            and (official := _official_place(sentence, gazetteer, countries, (LOCAL_OFFICIALS,))) is not None \
            and not official.region:
        struck, home = [official], (official, "place.official")  # ("Officials in X said ... the strike on the city": X)
    elif not struck and (last_place is not None or recorded) and SAME_PLACE.search(sentence):
        struck = [home[0] if recorded else last_place]  # (in an incident record, "the city" is the one its location field names)
    elif not struck and not places and (official := _official_place(sentence, gazetteer, countries)) is not None:
        struck, home = [official], (official, "place.official")
    elif not struck and not places and dateline_capital is not None and THE_CAPITAL.search(sentence):
        struck, home = [dateline_capital], (dateline_capital, "place.capital")
    elif not struck and not places and countries and (capital := capital_of(countries[0])) and THE_CAPITAL.search(sentence):
        # ("the overnight strike on the capital" in a report on one country, with no dateline: that country's capital)
        named = PlaceMention(capital, capital, -1, -1, True, False, False)
        struck, home = [named], (named, "place.capital")
    elif not struck and home is not None and all(_is_country(p, gazetteer) for p in places):
        # a report from a town, its first strike told placeless (or by a country's name alone: "Indian missiles")
        struck = [home[0]]
    elif last_place is not None:  # "the camp's al-Falluja area": a part of the place last named
        # (or the town the sentence opens in: "In X, the governor says drones hit the city's Y district")
        # (a quarter last named stands for its city: "the X district of Y ... on the edge of the city")
        struck = [replace(p, within=(opening.name if (opening := _opening_town(sentence, p)) else last_place.within or last_place.name))
                  if p.within is None and p is not last_place and (SAME_PLACE_OWNS.search(sentence, 0, p.start)
                                                                   or PART_OF_THE_TOWN.match(sentence, p.end)) else p for p in struck]
        struck = _sites_in(struck, last_place, sentence, gazetteer, countries)
    elif home is not None and (home[1] == "place.scene" or home[1] in ENTRY_HOMES):
        struck = _sites_in(struck, home[0], sentence, gazetteer, countries)  # ("30 Jan - X." then "... close to Y hospital")
    # "Kharkiv: the enemy attacked the Kyivskyi district", "... in the Dniprovskyi district": a quarter of the city named
    # before it in the sentence, else of the place last named
    # ("Elsewhere in the capital, missiles damaged a block in the X district": the dateline's capital)
    capital = dateline_capital or (PlaceMention(name, name, -1, -1, True, False, False)
                                   if countries and (name := capital_of(countries[0])) else None)
    cities = (last_place, capital if CAPITAL_NAMED.search(sentence) else None, dateline_city)
    struck = [replace(p, within=city.name) if p.within is None and (city := _city_of(sentence, p, places, cities, gazetteer, countries))
              else p for p in struck]
    # ("raids on the X power plant in the south of the capital": a part of the capital, whatever namesake elsewhere X has)
    struck = [replace(p, within=capital.name) if p.within is None and capital is not None and p.name != capital.name
              and IN_THE_CAPITAL.match(sentence, p.end) else p for p in struck]
    # ("depots in the Bekaa Valley, near the town of X": the town a region's strike is told near)
    if struck and _region_level(struck[0], gazetteer, countries):
        town = next((p for p in places if f"near {p.name}" in struck[0].containers and not _region_level(p, gazetteer, countries)
                     and NEAR_TOWN_OF.search(sentence, max(0, p.start - 40), p.start)), None)
        struck = [town] + struck[1:] if town is not None else struck
    # (the day first: a campaign told on a day of its own is not set aside, and its town and toll need not be read)
    if date is None and _campaign(sentence, triggers) and not _town_and_toll(sentence, specific, gazetteer, countries) \
            or CAMPAIGN_TOLL.search(sentence):
        reject(sentence, "reject.campaign")
        return []  # background ("since the war began"), unless it names a town and a toll
    past = next((m for m in PAST_YEAR.finditer(own) if not _describes_other(own, m, triggers) and not _closing_relative(own, m, triggers)
                 # ("struck its base at X, a town the group seized in 2014": the strike told before the place's history)
                 and not (triggers and (history := history_at(own, m.start())) is not None and triggers[0].start < history)),
                None) or WAR_PERIOD.search(sentence)
    year = past and (past.groupdict().get("year") or past.groupdict().get("through") or past.groupdict().get("modifier"))
    if past and fallback is not None and (year is None or int(year) < fallback.year) \
            and (date is None or date.precision != "day"):
        reject(sentence, "reject.background_old", past.group(0))
        return []  # "In 2016, jets bombed villages near El Wak": a year before the report's
    if REFUTED.search(sentence):
        reject(sentence, "reject.refuted", ", ".join(p.name for p in places))
        return []  # "reports of a strike on a van in X ...: no such strike took place", "the explosion was a demolition"
    if REMEMBRANCE.search(own) and fallback is not None and (any(d.date < fallback - dt.timedelta(days=30) for d in dates)
                                                             or any(int(y.group(0)) < fallback.year for y in YEAR.finditer(own))
                                                             or YEARS_AGO.search(own)):
        reject(sentence, "reject.remembered")
        return []  # "wreaths were left at the memorial to those a missile killed in May 2024": the strike is the past's
    if COMMUNITIES_UNDER_FIRE.search(own) and not _any_hurt(casualties_in(sentence)):
        reject(sentence, "reject.record", ", ".join(p.name for p in places))
        return []  # "Attacks on A, B, C and D hromadas were recorded on Tuesday": a day's list of communities under fire
    record = RECORD.search(own)
    if date is None and record and not ONE_STRIKE_HAS.search(own, 0, record.start()) and len([p for p in places if not p.region]) >= 3:
        reject(sentence, "reject.record", ", ".join(p.name for p in places))
        return []  # "The RSF has hit A, B, C and D": a side's record of strikes, no strike told here
    # "It was the fourth drone raid on X province this fortnight": a count of strikes the one just told ends
    if (RECAP.match(own) or RECAP_COUNT.match(own) or told_places and RECAP_MOST.match(own)) and not _any_hurt(casualties_in(sentence)):
        reject(sentence, "reject.recap", ", ".join(p.name for p in places))
        return []
    # "An earlier drone attack in X wounded 23", "two previous strikes on Y": strikes before the one reported, with no day
    # ("The army said at the time that it had struck a depot near X": a strike recalled, as it was told then)
    if date is None and (any(EARLIER_ONE.search(own, max(0, t.start - 40), t.start) for t in triggers) or SAID_THEN.search(own)) \
            or (date is None or date.precision != "day") and LAST_HIT.search(own):
        reject(sentence, "reject.earlier", ", ".join(p.name for p in places))
        return []
    # ("Previous American strikes have targeted caves near X": strikes gone before, told in the perfect)
    if date is None and (RECORD_AGAIN.search(own) or record and PAST_STRIKES.search(own, 0, record.start())) \
            and not _any_hurt(casualties_in(sentence)) and not strike_count_in(own):
        reject(sentence, "reject.record", ", ".join(p.name for p in places))
        return []
    # ("the army has carried out air strikes in A and B states", "aircraft have dropped incendiary weapons on areas of
    # A State": a campaign told in the perfect over provinces, with no day, strike or toll of its own)
    if date is None and places and (campaign := CAMPAIGN_PERFECT.search(own)) and not ONE_STRIKE_HAS.search(own, 0, campaign.start()) \
            and all(_region_level(p, gazetteer, countries) for p in places) and not _any_hurt(casualties_in(sentence)):
        reject(sentence, "reject.record", ", ".join(p.name for p in places))
        return []
    # "17 drones and missiles were launched at targets in A, B, C and D": where a volley was aimed (a list of places,
    # not "missiles were fired at the X air base near Y in Z province": one target, placed thrice)
    # ("was aimed at A airport, the B cantonment and the C area": a list, its items each named by their kind)
    listed = sum(p.coordinated for p in places)
    if (listed >= 2 or listed and len(places) >= 3) and AIMED_AT.search(own) and not LANDED.search(own) and not _any_hurt(casualties_in(sentence)):
        reject(sentence, "reject.volley_aimed", ", ".join(p.name for p in places))
        return []
    aimed = list(AIMED_AT_ONE.finditer(own))
    if aimed and SAID_AIMED.search(own, 0, aimed[0].start()) and not LANDED.search(own) and not _any_hurt(casualties_in(sentence)) \
            and not BOMBED_TOO.search(own):
        reject(sentence, "reject.aimed", ", ".join(p.name for p in places))
        return []  # "its spokesman said a missile had been fired at the airport": aimed there, by its own word, nothing said hit
    # (not "jets bombed X village three times between 10 and 12 January, killing two": a few strikes on one town over a
    # few days, one event whose day is the range's; "strikes on positions around X between 26 and 28 August" is a tally)
    count = strike_count_in(own) or 0
    # ("strikes killed 40 civilians in X State between January 1 and January 12": a province's tally of the period)
    if names_period(own) and (count > 1 or len(places) > 1 or places and all(_region_level(p, gazetteer, countries) for p in places)) \
            and not (1 < count <= FEW_STRIKES and _one_town_hurt(sentence, places, gazetteer, countries)):
        reject(sentence, "reject.period")
        return []  # "the group recorded 42 strikes in A, B and C between Monday and Saturday": a week's tally
    if aggregate(sentence) and (last_place is not None or not struck and TALLIED.search(own) or date is None and len(places) >= 3):
        reject(sentence, "reject.aggregate")
        # a total over days of the strikes already told (a report that opens with one is all there is), or over no
        # day at all across a list of places ("the year's tally stands at 90 strikes in A, B and C"), or a count of no
        # place ("the army recorded 41 violations between 26 March and 1 April: 12 air strikes, ...")
        return []
    # "At least 11 people died when a strike hit a school on May 3rd.": the toll
    # of a strike that a later sentence places; kept only if one does.
    # (or in the region that holds them: "struck villages in two townships of X Region this week")
    several = SEVERAL_PLACES.search(own)
    if several and (not struck or all(_region_level(p, gazetteer, countries) and re.match(
            rf"\s+(?:of|in)\s+(?:the\s+)?{re.escape(p.phrase)}", own[several.end():]) for p in struck)):
        reject(sentence, "reject.aggregate", "several places")
        return []  # "attacked four regions overnight, killing one and injuring 14": the sum of the strikes told next
    placeless_toll = not struck and not triggers[0].aerial and date is not None and _specific_facts(sentence)
    placed_next = not struck and date is not None and triggers[0].aerial and located_next
    provisional = not struck and date is None or placeless_toll or placed_next  # "A drone killed four men." (the next sentence may place it)
    if not struck and date is None and not (triggers[0].aerial and _specific_facts(sentence)):
        reject(sentence, "reject.no_place_no_date")
        return []
    if not struck and not triggers[0].aerial and not placeless_toll:
        reject(sentence, "reject.bare_reference")
        return []  # "The strikes followed ...": a bare reference to strikes told elsewhere
    # (an incident record's town or a log's entry heading, where the lines under it tell their strike, places it as well
    # as a name would: "(c) X: two sites were hit"; not a wire's "X:" dateline in capitals)
    # (as does a scene's for a strike told anew: "On the night of Sunday, 3 December, the village of X was celebrating ..." then
    # "At nine, a bomb fell"; not "the strikes were a violation", of strikes told before)
    placed_by_home = home is not None and struck == [home[0]] and (home[1] in ("place.record", "place.entry_heading") or home[1] == "place.scene"
                                                                   and not DEFINITE.search(sentence, max(0, triggers[0].start - 30), triggers[0].start))
    # (its toll read last: a placed strike with a day is no vague one, whatever it counts)
    if not placed_next and (not struck or date is None and not triggers[0].aerial and not placed_by_home
                            and not any(p.known or p.containers for p in specific)) and not _specific_facts(sentence):
        reject(sentence, "reject.vague")
        return []
    skip = [(d.start, d.end) for d in dates] + not_its
    casualties = casualties_in(sentence, skip)
    base = Mention(date=date, place=None, context=[p for p in places if p not in struck],
                   actor=actor_in(_side_told(own, anchor), _theatre_first(struck, gazetteer, countries)),
                   casualties=casualties, strikes=strike_count_in(sentence, skip), source=source_in(sentence),
                   target=_target(own), sentences=[sentence], aerial=triggers[0].aerial, hedged=bool(HEDGES.search(sentence)),
                   separate=_told_as_another(sentence, anchor),
                   provisional=provisional, days=tuple(day for d in events_dates if d.precision == "day" for day in (d.date, *d.also)))
    base.because("admit.air" if triggers[0].aerial else "admit.strike", "date.stated" if date is not None else "date.carried")
    if date is not None and span is not None and date.start == span.start():
        base.because("date.elapsed")
    if running_totals(sentence):
        base.because("toll.running_total")
    # ("Officials said on Saturday that a drone had struck X": told first that day, not on a day an earlier sentence gave)
    # ("said on Thursday that a drone had struck X": what was said opens on "that", before an indefinite article)
    stated = None if date is not None else \
        next((d for d in dates if d.precision == "day" and STATED_THAT.match(sentence, d.end) and _reporting_day(sentence, d)), None)
    # (not a place told before, nor "the strike": the strike already told, on its own day)
    # (nor a day after it: what was said on Friday had happened by then)
    if stated is not None and (fallback is None or fallback < stated.date - dt.timedelta(days=1) or fallback > stated.date) \
            and not any(p.name in told_places for p in struck) \
            and not any(DEFINITE.search(sentence[max(0, t.start - 30):t.start]) and not SAID_THAT_A.search(sentence, max(0, t.start - 30), t.start)
                        and not _said_that(sentence, stated, t) for t in triggers):
        base.date = replace(stated, start=-1, end=-1)  # (a day the strike may precede: not its own, for a later day told)
        base.because("date.statement_day")
    elif date is None and fallback is not None:
        base.date = DateMention(fallback, "day", -1, -1, False)
    if not struck:
        return [base]
    base.near_dateline = home is not None and struck == [home[0]]
    base.because("place.same_place" if struck == [last_place] else home[1] if base.near_dateline else "place.named")
    # "killing three in A and wounding five in B": each place's own toll, two strikes
    days = _days_by_place(sentence, struck, dates) if len(struck) > 1 else {}
    # (a place struck on a day of its own has its own clause's toll: "on Monday A was hit, and on Tuesday B, killing four")
    own = tolls_by_clause(sentence, [p.name for p in struck], 1 if days else 2) if len(struck) > 1 else None
    if len(struck) > 1 and not own and (own := tolls_in_order(sentence, [p.name for p in struck])):
        base.because("toll.in_order")
    elif own:
        base.because("toll.by_clause")
    if own:
        return [replace(base, place=place, casualties=own.get(place.name, Casualties()), date=days.get(place.start, base.date))
                for place in struck]
    if len(struck) > 1 and not {p.name for p in struck} <= tolls_by_place(sentence).keys():
        # "eight air strikes on Sanaa and Hodeidah killed 7": neither figure is one place's, unless the places
        # are one locality (merge._nearby); "killing 12 in A and four in B": each place's own toll, two strikes
        base.shared_toll = (base.casualties, base.strikes)
        base.casualties, base.strikes = Casualties(), None
    return [replace(base, place=place, date=days.get(place.start, base.date)) for place in struck]


def _struck_another_day(sentence: str, first: PlaceMention, place: PlaceMention, triggers: list[Trigger]) -> bool:
    """Whether a place after the first is struck in a clause of its own that opens on a day of its own ("a missile struck A on
    19 June, and on 24 June another hit a flat in B"): a second strike, which `_days_by_place` dates."""
    opened = NEXT_DAY_CLAUSE.search(sentence, first.end, place.start)
    return opened is not None and any(opened.end() <= t.start < place.start for t in triggers)


# ", and on 24 June", "; and early on Tuesday": a clause opening on a day
NEXT_DAY_CLAUSE = re.compile(r"[,;]\s+and\s+(?:then\s+)?(?:(?:early|late)\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                             rf"[0-3]?\d\s+{_MONTH_NAME}|{_MONTH_NAME}\s+[0-3]?\d\b)", re.I)


def _days_by_place(sentence: str, struck: list[PlaceMention], dates: list[DateMention]) -> dict[int, DateMention]:
    """Each place's own day, where each place struck is told with a day of its own in its clause ("struck the port of A on
    Tuesday and a depot in B on Wednesday"; "nine died on Tuesday near A, and on Wednesday two near B"), the clauses
    parted at the last "and" between the places: by where the place starts; none when any place lacks one."""
    cuts = [0] + [max((m.start() for m in CLAUSE_AND.finditer(sentence, a.end, b.start)), default=b.start)
                  for a, b in zip(struck, struck[1:])] + [len(sentence)]
    days = {}
    for place, start, end in zip(struck, cuts, cuts[1:]):
        own = [d for d in dates if d.precision == "day" and start <= d.start < end and not _reporting_day(sentence, d)]
        if len(own) != 1:
            return {}
        days[place.start] = own[0]
    return days if len({d.date for d in days.values()}) > 1 else {}


CLAUSE_AND = re.compile(r",?\s+and\s", re.I)


def _theatre_first(struck: list[PlaceMention], gazetteer: Gazetteer, countries: Sequence[str]) -> list[str]:
    """The article's countries, those of the places struck first: in a round-up of several wars,
    "government aircraft" and "the junta" are the forces of the country struck, not of the war the
    round-up opened with."""
    here = []
    for place in struck:
        # ("X village of Borno State": the state the text puts it in says the country, not a namesake of X abroad)
        found = next((f for unit in place.containers if (f := gazetteer.resolve(unit, countries)) is not None), None) \
            or gazetteer.resolve(place.name, countries)
        if found is not None and found[0].country in countries and found[0].country not in here:
            here.append(found[0].country)
    return here + [c for c in countries if c not in here]


# "..., the latest clash on a border where tensions have grown since 2021": a closing clause about something else
# (", adding that it had destroyed dozens of launchers since the war began": a side's word on its campaign, closing it)
RELATIVE = re.compile(r",[^,;]*?\b(?:where|which|whose|who|adding|saying)\b[^,;]*$", re.I)


# "... in the Shevchenkivskyi district": a district of a city, named without the city (a city this big has districts)
# "the district administration of X said a drone had started a blaze at the town's depot": the town whose officials speak
TOWN_SPEAKS = gated(re.compile(r"\b(?:administration|authorities|mayor|governor|council|municipality|officials?|head|chief|police|hospital|"
                               r"civil\s+defen[cs]e)\s+(?:of|in)\s+(?P<town>(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+){0,3}?)\s+"
                               r"(?:said|says|reported|reports|told)\b"))


def _speaking_town(sentence: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The town whose officials speak in a sentence that goes on to tell of "the town's" or "the city's" harm."""
    spoken = TOWN_SPEAKS.search(sentence)
    same = SAME_PLACE.search(sentence, spoken.end()) if spoken is not None else None
    if same is None or not re.match(r"the\s+(?:town|city|village)", same.group(0), re.I):
        return None
    found = gazetteer.resolve(spoken["town"], countries)
    return PlaceMention(spoken["town"], spoken["town"], spoken.start("town"), spoken.end("town"), True, False, False) \
        if found is not None and found[0].kind == "place" else None


STORY_TOWN_SPAN = 6  # how many sentences back a story's one town may be named for "the village" of its first strike
CITY_WITH_DISTRICTS = 50_000
NAMESAKE_UNIT_KM = 100  # a district of a quarter's name this far off is a namesake, not the quarter
QUARTER_WORD = re.compile(r"\s+(?:neighbou?rhoods?|quarters?)\b", re.I)  # a town's part, never a district of a province
# "the X district of the city": a district the report itself puts in the city, whatever the city's size
OF_THE_CITY = re.compile(r"\s+(?:districts?|neighbou?rhoods?|quarters?|microdistricts?)\s+of\s+the\s+city\b", re.I)
# ("the Kyivskyi and Saltivskyi districts": each of the city's districts listed)
CITY_PART = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:districts?|neighbou?rhoods?|quarters?|microdistricts?)\b", re.I)


THE_CITYS = re.compile(r"\b(?:the|that|this)\s+city['’]s\s+$", re.I)  # "the city's X district", just before X
OWNER = re.compile(r"((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)['’]s\s+$")


FRAME_TOWN = re.compile(r"\s*In\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*,")


def _opening_town(sentence: str, place: PlaceMention) -> PlaceMention | None:
    """The town a sentence opens in, before `place` ("In X, the governor says drones hit the city's Y district"),
    though read as the speaker's seat rather than a place struck."""
    opening = FRAME_TOWN.match(sentence)
    if opening is None or opening.end("name") > place.start:
        return None
    return PlaceMention(opening["name"], opening["name"], opening.start("name"), opening.end("name"), True, False, False)


def _sites_in(struck: list[PlaceMention], town: PlaceMention, sentence: str, gazetteer: Gazetteer,
              countries: Sequence[str]) -> list[PlaceMention]:
    """The places struck, a site among them placed in `town` ("One bomb hit near the Planet Hotel": a site whose name no
    town of the report's country bears, in the town under discussion)."""
    return [replace(p, within=town.name) if p.site and not p.containers and p is not town
            and SITE_HIT.search(sentence, max(0, p.start - 40), p.start) and not _placeable(p, gazetteer, countries[:1])
            and (p.within is None or gazetteer.resolve(p.within, countries[:1]) is None) else p for p in struck]


def _city_of(sentence: str, place: PlaceMention, places: list[PlaceMention], before: Sequence[PlaceMention | None],
             gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The city `place` is a quarter of: one the sentence names before it, else the place last named, else the
    report's dateline city."""
    # ("X's Y district": the city that owns it, whether or not it was read as a place of its own)
    owner = OWNER.search(sentence, 0, place.start)
    owned = [PlaceMention(owner[1], owner[1], owner.start(1), owner.end(1), True, False, False)] if owner else []
    # (a quarter last named stands for its city: "the X district of the city ... in the Y district")
    last = [PlaceMention(q.within, q.within, -1, -1, True, False, False) if q is not None and q.within else q for q in before]
    # ("The governor of X said bombs hit the city's Y district": the city its official speaks for, though read as no
    # place struck)
    official = _official_place(sentence, gazetteer, countries) if THE_CITYS.search(sentence, 0, place.start) else None
    spoken = [official] if official is not None and official.end <= place.start else []
    cities = [*owned, *(q for q in places if q.end <= place.start), _opening_town(sentence, place), *spoken, *last]
    # (a bureau's city is no more than the place to look: a namesake elsewhere may be meant)
    # ("In the X region, a drone fell on the Y district": a Y in the region the sentence names is no namesake)
    provinces = {found[0].admin1 for q in places if q is not place and (found := gazetteer.resolve(q.name, countries)) is not None}
    return next((c for c in cities if c is not None and c is not place
                 and _city_part(sentence, place, c, gazetteer, countries, namesakes=not last or c is not last[-1],
                                has_districts=c.start < 0, provinces=provinces,
                                # ("missiles struck the capital, hitting a hospital in X district": the capital's, though bare)
                                capital=len(before) > 1 and c is before[1])), None)


def _heading_town(name: str, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a word that heads an entry ("X update: ...") is a town: one of the article's countries, or a town of some
    size anywhere (an entry may be the other side's: "Fazilka update" in a report from Pakistan)."""
    found = gazetteer.resolve(name, countries) or gazetteer.resolve(name)
    return found is not None and (found[0].country in countries or found[0].population >= TOWN_POPULATION)


# "north", "South-East", "central": a compass word, which a section's title or a label may be alone
COMPASS_WORD = r"(?:north|south|east|west|central)(?:[ -]?(?:east|west))?(?:ern)?"
# "THE CITY", "NORTH-EAST": a section's title over the lines below, not a town of that name
SECTION_TITLE = re.compile(rf"the\s|{COMPASS_WORD}$", re.I)


def _capitals_town(heading: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """A heading in capitals that is one town's name in the report's countries ("ARIHA", "ARIHA (Idlib province)"),
    written as the town is."""
    heading = re.sub(r"\s*\([^()]*\)\s*$", "", heading)  # (where the heading says it lies)
    name = heading.strip(" .:").title()
    if not heading.isupper() or len(name.split()) > 3 or PAGE_LABEL.fullmatch(name) or SECTION_TITLE.match(name):
        return None
    found = gazetteer.resolve(name, countries)
    return PlaceMention(name, name, 0, len(name), True, False, False) \
        if found is not None and found[0].kind == "place" and (not countries or found[0].country in countries) else None


def _town_named(sentence: str, gazetteer: Gazetteer) -> PlaceMention | None:
    """The first town or village a sentence names (no region, no country): the place "the city" means in the lines after it."""
    return next((p for p in places_in(sentence, gazetteer) if not p.region and not gazetteer.country_code(p.name)), None)


def _city_part(sentence: str, place: PlaceMention, city: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str],
               namesakes: bool = True, has_districts: bool = False, provinces: frozenset[str] | set[str] = frozenset(),
               capital: bool = False) -> bool:
    """Whether `place` is "the X district" told after a city that has districts (a big one, one the report says has:
    "the X district of the city", or one whose district it told before), and the index does not know it or
    knows it within the city's locality (a quarter it lists as a place of its own), or "City's X district": a part of it."""
    # (or a later name of the list: "the Novo-X and Y districts")
    told = re.search(r"(?:\b(?:the|in|on)|(?P<owned>['’]s))\s+(?:(?-i:[A-Z])[\w'’-]+,?\s+and\s+)?$", sentence[:place.start])
    listed = QUARTERS_LISTED.search(sentence, max(0, place.start - 160), place.start)  # ("the neighbourhoods of X, Y and Z")
    if not (told and CITY_PART.match(sentence, place.end) or listed and not city.site):
        return False
    known = gazetteer.resolve(city.name, countries)
    if known is None or known[0].kind != "place" \
            or known[0].population < CITY_WITH_DISTRICTS and not has_districts and not OF_THE_CITY.match(sentence, place.end):
        return False
    part = gazetteer.resolve(place.name, countries)  # (a district the city owns by name, "X's Y district", is its own)
    # (and a village of that name in another province is a namesake, not "the X district" a report on the city names;
    # so is a district far off, for "the X neighbourhood", not "the X district": that may be the district itself)
    return part is None or told is not None and told["owned"] is not None or distance_km(part[0], known[0]) <= LOCALITY_KM \
        or listed is not None and part[0].country != known[0].country \
        or (namesakes or listed is not None) and (part[0].kind == "place" or part[0].kind == "admin2" and distance_km(part[0], known[0]) > NAMESAKE_UNIT_KM
                          and QUARTER_WORD.match(sentence, place.end)) \
        and part[0].admin1 != known[0].admin1 and (listed is not None or part[0].admin1 not in provinces
                                                   and told.group(0).lower().startswith(("the", "in ") if capital else "the"))


# "counted 31 drone or air attacks": several strikes counted together
COUNTED_ATTACKS = re.compile(r"\b(?:[2-9]|\d\d+)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|incidents|bombings)\b|"
                             # "has documented 212 civilian deaths": a monitor's tally of the dead
                             r"\b(?:documented|recorded|counted|logged|registered|tallied)\s+(?:at\s+least\s+|more\s+than\s+)?\d+\s+"
                             r"(?:[\w-]+\s+)?(?:deaths|dead|killings|fatalities|casualties|victims)\b", re.I)


# "the deadlier strike", "one of the raids", "the second of the two attacks": one of several strikes told together
ONE_OF_THEM = re.compile(r"\b(?:the\s+(?:deadlier|deadliest|larger|largest|bigger|biggest|heavier|heaviest|first|second|third|earlier|later)\s+"
                         r"(?:of\s+the\s+(?:two\s+|three\s+)?)?(?:air\s*)?(?:strikes?|raids?|attacks?|bombings?)|"
                         r"\bone\s+of\s+the\s+(?:[\w-]+\s+)?(?:air\s*)?(?:strikes|raids|attacks|bombings))\b", re.I)


# "the campaign of airstrikes against the group has killed at least 69 people": a campaign's toll, wherever it names
# ("the raid raised the death toll to 60 since Tuesday": the toll of days of strikes)
# "the worst raid the town had known since spring": one strike measured against the months before it
# (not "has seen some of the heaviest attacks since the coup": many strikes, a campaign's record)
COMPARED_SINCE = re.compile(r"(?<!\bsome of the )\b(?:heaviest|deadliest|worst|largest|biggest|fiercest|bloodiest|strongest|most\s+(?:intense|violent|serious|destructive))"
                            r"\b[^.;,]{0,60}$", re.I)
# (not "one of the heaviest attacks of the war has killed 41": an attack measured against the war)
CAMPAIGN_TOLL = gated_alternation(re.compile(r"(?<!\bof\sthe\s)\b(?:campaign|offensive|bombardment|war)\b(?:[^.;]|(?<=\b[A-Z])\.){0,120}?\b(?:has|have)\s+(?:so\s+far\s+|now\s+)?killed\b|"
                           # "killed in air raids on X since August", "strikes in X had killed dozens since the start of
                           # December": the toll of months of strikes, wherever they fell
                           r"\b(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings)\b[^.;]{0,80}?\bsince\s+(?:early\s+|late\s+|mid-?|"
                           r"the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:" + _MONTH_WORDS + r"|last\s+(?:month|year))\b|"
                           r"\b(?:toll|number\s+(?:of\s+(?:people\s+)?)?(?:killed|dead))\b[^.;]{0,80}?\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                           # "224 had been killed since the start of the X attacks on Friday", "331 killed in attacks since the
                           # truce": the toll of days or months of strikes
                           r"\b(?:killed|dead|died|deaths|casualties|wounded|injured|hospitali[sz]ed)\b[^.;]{0,80}?\bsince\s+the\s+(?:(?:start|beginning|outbreak|onset)\s+"
                           r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|war|campaign|offensive|bombardment|escalation|conflict|assault)|"
                           r"truce|ceasefire|cease-fire|armistice)\b|"
                           # ("raids on A and B have killed 60 since Wednesday", "60 dead in strikes on A since Monday": days of strikes)
                           r"\b(?:killed|dead|died|deaths)\b[^.;]{0,80}?\b(?:air\s*strikes|airstrikes|strikes|raids|attacks|bombings)\b[^.;]{0,60}?"
                           r"\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                           # "700 have been killed in three months of air strikes": the dead of a campaign's months
                           r"\bkilled\s+(?:in|during|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|several|many|\d+)\s+(?:weeks|months|years)\s+of\b|"
                           # "1,900 died in such raids over the year": the dead of a kind of attack, counted over a year
                           r"\bkilled\s+(?:in|by)\s+(?:such|these|similar)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombings)\s+(?:during|over|throughout|in)\s+"
                           r"(?:the|that|this|last)\s+(?:past\s+)?(?:year|month|war)\b", re.I))


def _campaign(sentence: str, triggers: Sequence[Trigger] = ()) -> bool:
    """Whether a sentence tells a campaign or its totals ("since the war began", "thousands of raids"),
    outside a relative clause that closes the sentence and describes something else (than the strike the
    first of `triggers` tells, when given: not "no drone has come since, where before there were raids
    every night")."""
    return any(not _closing_relative(sentence, m, triggers) and not COMPARED_SINCE.search(sentence, max(0, m.start() - 80), m.start())
               for m in CAMPAIGN.finditer(sentence)) or bool(CAMPAIGN_TOLL.search(sentence))


def _town_and_toll(sentence: str, specific: list[PlaceMention], gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a sentence that tells a campaign names a town and a toll: of one strike, not of "31 attacks", nor a floor
    of months' dead ("dozens of civilians"); not "air strikes since October had killed 200 civilians in Amhara", a
    region's toll of months, no town's."""
    if not any(not _region_level(p, gazetteer, countries) for p in specific):
        return False
    toll = casualties_in(sentence)
    return toll.killed is not None and not toll.vague and not COUNTED_ATTACKS.search(sentence)


def _describes_other(sentence: str, match: re.Match[str], triggers: list[Trigger]) -> bool:
    """Whether a past date lies in a clause that describes something ("X, which jets hit last year,"),
    while the strike is told outside it; "In X, where a strike last year cut the power, ..." tells no
    strike but the past one."""
    start = sentence.rfind(",", 0, match.start()) + 1
    if not DESCRIBED.match(sentence, start, match.start()):
        return False
    end = sentence.find(",", match.end())
    while end >= 0 and LISTED_NEXT.match(sentence, end):  # "where in 2017 American, British and French jets struck": one clause
        end = sentence.find(",", end + 1)
    end = len(sentence) if end < 0 else end
    return any(not start <= t.start < end for t in triggers)


LISTED_NEXT = re.compile(r",\s+(?-i:[A-Z])[\w'’-]*(?:,|\s+(?:and|or)\s)")  # a comma between the names of a list


def _closing_relative(sentence: str, match: re.Match[str], triggers: Sequence[Trigger] = ()) -> bool:
    """Whether `match` lies in a relative clause that closes the sentence, while the strike (the first
    of `triggers`, when given) is told before it ("dreaded raids on X, where jets killed a family in the
    summer" tells only the summer's strikes)."""
    relative = RELATIVE.search(sentence, 0, match.start())
    return relative is not None and not re.search(r"[,;]", sentence[match.end():]) \
        and not (triggers and triggers[0].start >= relative.start())


def _dated_before(dates: list[DateMention], own: Span, sentence: str, fallback: dt.date | None) -> list[DateMention]:
    """The dates of a strike told in a subordinate clause: its own, else the main clause's day (or
    the day under discussion) less the days the clause says ("on Sunday, a day after jets struck"
    -> Saturday)."""
    if any(inside(d.start, [own]) for d in dates):
        return [d for d in dates if inside(d.start, [own])]
    days = days_after(sentence, own)
    main = next((d.date for d in dates if d.precision == "day"), fallback)
    if days is None and main is not None and (span := ELAPSED.search(sentence, 0, own[1])) is not None:
        return [_elapsed_day(span, main)]  # "A year after missiles struck X, ...": a year before
    if days is None or main is None:
        return []
    return [DateMention(main - dt.timedelta(days=days), "day", own[0], own[0], False)]


def _anniversary_day(title: str, reference: dt.date | None, aerial_context: bool) -> dt.date | None:
    """The day of the strike a title counts a span from ("A year after the army's drone strike, survivors wait"): the
    strike the story then tells with no day of its own ("The strike on the village killed 85") is that one, recalled."""
    told = triggers_in(title, aerial_context) if reference is not None else []
    span = ELAPSED.search(title, 0, told[0].start) if told else None
    return _elapsed_day(span, reference).date if span is not None else None


def _elapsed_day(span: re.Match[str], day: dt.date) -> DateMention:
    """The day a span of months or years told before a day ("a year after", "two years since") began."""
    count = spelled_count(span["n"]) or 1  # ("several years": at least one)
    return DateMention(day - dt.timedelta(days=count * _SPAN_DAYS[span["unit"].lower()]), "day", span.start(), span.end(), True)


# "in the Gara, Zap and Avashin regions": a list of areas named by one plural noun
AREAS = re.compile(r"\s+(?:regions|provinces|governorates|oblasts|states|counties|zones|mountains)\b", re.I)  # not "areas": villages struck in one raid


def _areas_listed(sentence: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a list of three or more regions that share one plural noun ("the A, B and C
    regions"): an operation's ground over days, not where one strike fell."""
    run: list[PlaceMention] = []
    for place in places:
        run = run + [place] if run and re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", sentence[run[-1].end:place.start]) else [place]
        if len(run) >= 3 and AREAS.match(sentence, place.end):
            return run
    return []


# "from the city of X to the hills above Y": the two ends of a stretch of land
# ("from X in the north to Y in the south": each end told with its side of the land)
_SPAN = first_char_checked(re.compile(r"\bfrom\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,2}(?:of\s+)?(?P<first>(?-i:[A-Z])[\w'’-]*)(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
                                      r"(?:,?\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?,?)?\s+to\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,3}(?:of\s+|at\s+|above\s+)?(?P<second>(?-i:[A-Z]))", re.I))


# "the city held two days of mourning from 5 to 6 March", "a day of national mourning on Sunday": the grief's days
# ("made Tuesday a day of national mourning": the day named before it)
MOURNING_DAYS = re.compile(r"\b(?:days?|period|week)\s+of\s+(?:national\s+|official\s+|public\s+)?mourning\s+(?:from|on|between|until|for)?\s*$|"
                           # ("Mourning was declared in X on Saturday after a missile attack on Friday")
                           r"\bmourning\s+(?:was|has\s+been|had\s+been|is)\s+declared\s+(?:in\s+(?:[\w'’-]+\s+){1,3}?)?(?:on\s+)?$", re.I)
MOURNING_DAY_AFTER = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+)?day\s+of\s+(?:[\w-]+\s+)?mourning\b", re.I)
SITTING_DAY = re.compile(r"\b(?:which|that|who)\s+(?:will\s+|is\s+due\s+to\s+|is\s+set\s+to\s+)?(?:meets?|convenes?|sits|gathers?)\s+"
                         r"(?:again\s+)?(?:on\s+|later\s+on\s+|later\s+)?$", re.I)
STORY_DAY = re.compile(r"\b(?:an?|the|our|this|that)\s+(?:article|story|report|piece|dispatch|column|editorial|broadcast|bulletin)\s+"
                       r"(?:published\s+|aired\s+|broadcast\s+)?(?:on\s+)?$", re.I)
NEIGHBOURS_OF = gated(re.compile(r"\b(?:the\s+|its\s+)?(?:neighbou?ring|nearby|surrounding|adjacent|adjoining)\s+(?:villages|settlements|hamlets|"
                                 r"communities|localities)\s+of\s+", re.I))
ANOTHER_AT = re.compile(r"[,;]\s+(?:while|whereas|and)\s+(?:in|near|at)\s+(?:the\s+)?$", re.I)
ANOTHER_STRIKE = re.compile(r"(?:\s+(?:district|province|village|town|area|county))?,?\s+(?:a\s+(?:second|third|separate|further)|another)\s+"
                            r"(?:[\w-]+\s+)?(?:raid|strike|air\s*strike|airstrike|attack|bombing|drone\s+strike)\b", re.I)


def _span(sentence: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The ends of a stretch ("raids all over the country, from the city of X to the
    hills above Y"): the ground
    a campaign covers, not where one strike fell."""
    ends = {m.start(name) for m in _SPAN.finditer(sentence) for name in ("first", "second")}
    return [p for p in places if p.start in ends]


def _bearing_from(sentence: str, place: PlaceMention, places: list[PlaceMention]) -> bool:
    """ "a depot in the Kursk region, 500 km south of Moscow": a bearing from a reference
    point, not a place struck. After a site it is the site's town ("the Qaswa checkpoint, west of Kafranbel")."""
    before = [p for p in places if p.end <= place.start]
    return bool(before) and not before[-1].site and _reference_point(sentence, place.start)


def _in_province(name: str, province: str, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether the index places a town in the province of that name."""
    found = gazetteer.resolve(name, countries)
    return found is not None and found[0].admin1 is not None and normalise_name(found[0].admin1) == normalise_name(province)


# "... off the road north of X": the town a place lies from, told with no comma before it
BEARS_FROM = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


def _reference_point(sentence: str, start: int) -> bool:
    """Whether the name at `start` is where another place lies from ("X, a town 40 km north of Y": Y), or where a road
    runs, not a town spoken of."""
    return BEARING.search(sentence, 0, start) is not None or ROAD_END.search(sentence, max(0, start - 30), start) is not None


# "vehicles burning on the road from X": the town a road runs from or to, not the town spoken of
ROAD_END = re.compile(r"\b(?:road|highway|motorway|route)\s+(?:from|to|towards|into|out\s+of)\s+$", re.I)


def _told_as_another(sentence: str, anchor: int) -> bool:
    """ "Another strike", "a separate raid", "Earlier on Saturday, a missile strike", "In a separate attack,
    a drone hit ...": a strike besides the one just told, not a second account of it ("the air strike
    killed 27, activists said")."""
    before = sentence[max(0, anchor - 40):anchor]
    return bool(SEPARATE.search(before) or (OTHER_TIME.match(sentence) or ANOTHER_INCIDENT.match(sentence))
                and re.search(r"\ban?\s+(?:[\w-]+\s+){0,2}$", before, re.I))


# "all six drones were downed", "the missile was intercepted before it reached the city": nothing of it landed
ALL_DOWNED = gated_alternation(re.compile(r"\b(?:all|both|every one)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:drones|missiles|rockets|uavs|projectiles)?\b[^.;]{0,40}?"
                        r"\b(?:were|was|had been|have been)\s+(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed|brought\s+down|destroyed\s+in\s+(?:the\s+)?(?:air|flight))"
                        # "had all been brought down by anti-drone systems"
                        r"|\b(?:had|have|were)\s+all\s+(?:been\s+)?(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed|brought\s+down)\b"
                        r"|\bthe\s+(?:drone|missile|rocket|uav)\s+(?:was|had been)\s+(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed)\s+before\b"
                        # "the military said the drones had been shot down": the ones just claimed, and nothing hit
                        r"|\b(?:the|that|this|these|those)\s+(?:drones?|missiles?|rockets?|uavs?|projectiles?)\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                        r"(?:shot\s+down|intercepted|downed|brought\s+down)\b" + _NO_IMPACT_AFTER +
                        # "the kingdom's air defences intercepted both drones": the one just claimed, stopped in the air
                        r"|\b(?:air\s+defen[cs]es?|defen[cs]e\s+systems?|interceptors?)\s+(?:[\w-]+\s+){0,2}?(?:intercepted|shot\s+down|downed)\s+"
                        r"(?:and\s+(?:destroyed|downed|shot\s+down)\s+)?(?:the|both|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|uavs|projectiles)\b"
                        # "the military reported no impacts", "did not confirm any impacts": the claim's attack hit nothing
                        r"|\b(?:reported|recorded|confirmed|found)\s+no\s+(?:impacts?|hits)\b|\bno\s+(?:impacts?|hits)\s+(?:were|was)\s+(?:reported|recorded|confirmed)"
                        r"|\b(?:did\s+not|didn['’]t)\s+confirm\s+any\s+(?:impacts?|hits)\b"
                        # ("The group said it launched drones at the base." then "An official said there had been no damage and no
                        # injuries": nothing hit, nobody hurt)
                        r"|\bno\s+damage\s+(?:and|or|nor)\s+no\s+(?:injuries|casualties)\b|\bno\s+damage\s+or\s+(?:injuries|casualties)\b"
                        # ("... said nothing reached the coast", "none of them got through"; "an object approaching from the
                        # sea had been intercepted": what a side told it stopped, unnamed)
                        r"|\b(?:nothing|none\s+of\s+them|no\s+(?:drones?|missiles?|rockets?|projectiles?))\s+(?:had\s+)?(?:reached|hit|struck|got\s+through)\b"
                        r"|\b(?:an?|the)\s+(?:(?:suspicious|aerial|flying|incoming|hostile)\s+){0,2}(?:object|target|threat)\b[^.;]{0,60}?\b(?:was|had\s+been)\s+"
                        r"(?:\w+ly\s+)?(?:intercepted|shot\s+down|downed)\b", re.I))
WARNED_OF = first_char_checked(re.compile(r"\b(?:warned|warns|warning|alerted|alerts)\s+(?:[\w-]+\s+){0,2}?(?:of|about|that)\b", re.I))
# "Unverified: a drone is said to have hit X": a post labelled as hearsay, not reported as done
UNCONFIRMED_LABEL = re.compile(r"\W*(?:unconfirmed|unverified|rumou?rs?|not\s+(?:yet\s+)?(?:confirmed|verified))\s*(?::|[—–]|\s-\s)", re.I)
# "the rebels said they struck the airport", "the group claimed an attack on X": a side telling of its own strike
# "aircraft flew over the town without dropping bombs", "heard jets overhead but reported no bombing": nothing fell
OVERFLIGHT = gated(re.compile(r"\bwithout\s+(?:dropping|firing|bombing|striking)\b|"
                        # "a drone hovered low over the crowd and soldiers fired tear gas": a craft watching, nothing it struck
                        r"\b(?:drones?|jets?|aircraft|helicopters?|warplanes?)\s+(?:\w+\s+){0,2}?(?:hovered|circled|buzzed|loitered)\b"
                        r"(?![^.;]*\b(?:struck|striking|hit|hitting|bombed|bombing|dropped|dropping|targeted|targeting|exploded|destroyed|damaged|killed|wounded|"
                        r"fired(?!\s+(?:tear\s+gas|warning\s+shots|rubber|into\s+the\s+air|in\s+the\s+air))))|"
                        r"\b(?:but|and)\s+(?:reported\s+|there\s+(?:was|were)\s+)?no\s+(?:bombing|bombs?|strikes?|air\s*strikes?|raids?|explosions?)\b|"
                        r"\b(?:but|and)\s+(?:did|had)\s*(?:not|n['’]t)\s+(?:bomb|strike|drop|fire)\b|\bdropped\s+no\s+bombs\b|"
                        # "a drone circled above the town on Tuesday; nothing was dropped"
                        r"\b(?:nothing|no\s+(?:bombs?|munitions?|ordnance|explosives?))\s+(?:was|were|had\s+been)\s+(?:dropped|fired|released)\b|"
                        # "residents heard drones overhead but said nothing was hit"
                        r"\bnothing\s+(?:was|had\s+been)\s+(?:struck|hit|damaged|targeted)\b", re.I))
# "pieces of interceptors fell in a field, damaging nothing": the remains of an interception that hit nothing
# what fell of a downed craft and hit something ("falling debris struck a house"; not "fell in an empty field")
FELL_OF_IT = re.compile(r"\b(?:debris|wreckage|fragments|shrapnel)\b(?:\s+[\w-]+){0,6}?\s+(?:struck|hit|damaged|destroyed|smashed)\b", re.I)
HARMLESS_DEBRIS = gated(re.compile(r"\b(?:debris|wreckage|fragments|shrapnel|pieces|parts|remnants)\b[^.;]{0,120}?(?:\b(?:damaging|harming|hurting|injuring)\s+"
                             r"(?:nothing|no\s*one|nobody)\b|\b(?:causing|caused|causes)\s+no\s+(?:damage|harm|injur|casualt)|"
                             r"\bwithout\s+(?:causing\s+|reporting\s+|mentioning\s+)?(?:any\s+)?(?:damage|harm|injur|casualt)|"
                             # "fragments landed on a roof without exploding"
                             r"\bwithout\s+(?:exploding|detonating|going\s+off)\b|\b(?:failed\s+to|did\s+not|didn['’]t)\s+(?:explode|detonate|go\s+off)\b|"
                             # "debris fell in two regions, but no damage was reported"
                             r"\b(?:but|and|with)\s+no\s+(?:damage|casualties|injuries|one\s+hurt)\s+(?:was\s+|were\s+)?(?:reported|recorded)?|"
                             # "debris came down on a vacant lot, hurting no one": came down where there was nothing to harm (not
                             # "fell in open ground and set off a brush fire": what burned was hit)
                             r"\bfell\s+(?:in|on|into|onto)\s+(?:an?\s+)?(?:empty|open|vacant|uninhabited|deserted|abandoned)\s+"
                             r"(?:plot|field|land|ground|lot|area|space)s?\b(?![^.;]*\b(?:fires?|ablaze|burn\w*|damag\w*|set\s+off)\b))|"
                             # "the drone crashed in a valley and caused no damage": a craft downed or lost, that hit nothing
                             r"\b(?:drones?|uavs?|missiles?)\b[^.;]{0,120}?\bcrashed\b[^.;]{0,80}?(?:\bcaus(?:ed|ing)\s+no\s+(?:damage|harm|injur|casualt)|"
                             r"\bwithout\s+causing\b)", re.I))
# "The army held air force exercises near X, with film of its jets at work": a drill, not a strike
# "a drone crashed into a field after a technical failure", "the jet lost control and came down": an accident, no attack
# ("a Mi-17 helicopter crashed in X, killing six airmen": a crew's aircraft lost, not a strike; not "a drone crashed into")
MISHAP = gated(re.compile(r"\b(?:technical|mechanical|engine)\s+(?:failure|fault|problem|malfunction)s?\b|\bmalfunction(?:ed|ing|s)?\b|"
                    r"\blost\s+(?:contact|control)\b|\bcrash-?landed\b|"
                    r"\b(?:helicopter|plane|aircraft|airliner|fighter\s+jet|transport\s+plane|(?:mi|su|mig|f|c)-\d+\w*)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:crashed|crashes|went\s+down)\b(?!\s+(?:into|onto))|"
                    # "two helicopters collided in X": aircraft of one side that hit each other, not a target
                    r"\b(?:helicopters|planes|aircraft|jets|drones)\s+(?:[\w-]+\s+){0,2}?collided\b|\bmid-?air\s+collision\b", re.I))
# "a bomb may have malfunctioned during the raid that killed nine": a weapon gone astray in a strike, which still struck
ERRANT_WEAPON = re.compile(r"\b(?:bombs?|munitions?|missiles?|weapons?|guidance(?:\s+systems?)?)\s+(?:[\w-]+\s+){0,3}?malfunction(?:ed|ing|s)?\b", re.I)
DRILL = gated(re.compile(r"\b(?:held|holds|hold|holding|conducted|conducts|staged|stages|began|begins|launched|carried\s+out)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s+games)\b", re.I))
# "Reports of an air raid around X on Monday could not be confirmed", "received reports of raids on A and B but could not
# verify them": a strike the writer does not vouch for
UNCONFIRMED = gated(re.compile(r"\b(?:was|were)\s+reported\b[^.;]{0,80}?\b(?:could\s*not|cannot|can['’]t)\s+be\s+(?:independently\s+)?(?:confirmed|verified)\b|"
                         # ("another raid was reported near X, though that could not be verified": told, not vouched for)
                         r"\b(?:reports?|accounts?|heard|word)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s?strikes?|strikes?|raids?|attacks?|bombings?)\b"
                         r"[^.;]{0,120}?\b(?:could\s*not|cannot|can['’]t|(?:was|were)\s+unable\s+to|(?:has|have)\s+not\s+been\s+able\s+to)\s+"
                         r"(?:be\s+)?(?:independently\s+)?(?:confirm|verif)|"
                         # "we were told a farm was bombed ..., but the report remains unconfirmed"
                         # ("reports of drone strikes near X on Monday are unconfirmed")
                         r"\b(?:reports?|accounts?|claims?)\s+(?:of\s+[^.;]{3,80}?\s+)?(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:unconfirmed|unverified)\b|"
                         # "posts sharing the clip say it shows a drone hitting X": what social media says, not what happened
                         r"\b(?:(?:social\s+media|online|viral)\s+(?:posts|users|accounts)|posts\s+(?:sharing|circulating|on\s+(?:social|x|facebook|telegram|tiktok))|"
                         r"social\s+media)\s+(?:[\w-]+\s+){0,3}?(?:say|says|said|claim|claims|claimed|allege|alleged)\b|"
                         # ("we checked posts claiming that jets bombed X", "a video shared widely claimed drones had hit Y")
                         r"\b(?:posts?|videos?|clips?|footage|images?|photos?|messages?|rumou?rs?),?\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:claiming|claimed|claims?|alleging|alleged|purporting)\b|"
                         # ("Posts on Facebook and Telegram, some shared thousands of times, claim that ...")
                         r"\bposts\b[^.;]{0,80}?\b(?:claim|say|allege)\s+that\b|"
                         # "the fact-checkers found no credible report that a tower in X was struck": a strike looked for, not found
                         r"\bfound\s+no\s+(?:credible\s+|reliable\s+|independent\s+)?(?:reports?|evidence|sign|record)\s+(?:that|of)\b", re.I))
# "... strike operations in the north in recent weeks, without giving dates or places": nothing to put on a map
# "many villagers left for the city after the attack.": what followed a strike told before, closing the sentence
AFTERMATH = gated_alternation(re.compile(r"\b(?:after|since|following)\s+the\s+(?:(?:air|drone|aerial|missile)\s+)?(?:attacks?|strikes?|raids?|bombings?|bombardment)\s*(?:[.;!]|$)|"
                       # "Following the attack, the delegation left the talks": what was done after it, opening the sentence
                       r"^\W*(?:after|since|following|in\s+the\s+wake\s+of)\s+(?:the|that|this)\s+(?:(?:air|drone|aerial|missile)\s+)?"
                       r"(?:attacks?|strikes?|raids?|bombings?|bombardment)\s*,|"
                       # "neighbours dug through rubble at the scene of that strike next morning": what was done where it fell
                       r"\b(?:at|near|to|from|on)\s+the\s+(?:scene|site)\s+of\s+(?:the|that|this)\s+(?:(?:air|drone|aerial|missile)\s+)?(?:attack|strike|raid|bombing)\b|"
                       # "Algeria condemned Sunday's strikes", "the UN deplored those raids": a reaction to strikes told before
                       # (not "condemned the strike on X": often the only telling of it)
                       r"\b(?:condemned|condemns|denounced|denounces|deplored|deplores|decried|decries|criticised|criticized)\s+"
                       r"(?:these|those|(?-i:[A-Z])[a-z]+day['’]s)\s+(?:(?:air|drone|aerial|missile)\s+)?"
                       r"(?:attacks?|strikes?|raids?|bombings?|bombardment)\b|"
                       # "In X, the strikes have renewed pressure on the government", "the raid has sparked anger": what a strike
                       # told before stirred up among others
                       r"\b(?:the|these|those)\s+(?:(?:air|drone|aerial|missile)\s+)?(?:attacks?|strikes?|raids?|bombings?|bombardment)\s+"
                       r"(?:have|has|had)\s+(?:also\s+)?(?:renewed|increased|piled|heaped|raised|added|sparked|stirred|fuell?ed|prompted|"
                       r"triggered|drawn|revived|deepened|intensified|hardened)\s+(?:\w+\s+){0,2}?(?:pressure|anger|outrage|calls|criticism|"
                       r"debate|questions|protests|condemnation|fears|tensions?|demands|scrutiny|resentment)\b|"
                       # "the UN suspended its work in X because of the attacks": what a strike told before made others do
                       r"\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:the|these|those)\s+(?:(?:air|drone|aerial|missile)\s+)?"
                       r"(?:attacks?|strikes?|raids?|bombings?|bombardment)\b|"
                       # "X should open an inquiry into the strike on Y": what is asked of a side over a strike told before
                       # ("took charge of the probe into Monday's attack")
                       r"\b(?:investigation|inquiry|probe|inquest|review)\s+(?:into|of)\s+(?:the|that|this|(?-i:[A-Z])[a-z]+day['’]s)\s+(?:[\w-]+\s+)?"
                       r"(?:(?:air|drone|aerial|missile)\s+)?(?:attacks?|strikes?|raids?|bombings?|bombardment)\b|"
                       # "hundreds gathered in the town on Friday to condemn the strike", "a rally against the raids": a
                       # protest at a strike told before
                       r"\b(?:(?:to|and)\s+(?:condemn|protest(?:\s+against)?|denounce|decry|mourn)|condemning|protesting(?:\s+against)?|denouncing|"
                       r"(?:protests?|rall(?:y|ies)|demonstrations?|marches)\s+(?:(?:was|were)\s+(?:held|staged)\s+)?(?:against|over))\s+"
                       r"(?:both\s+)?(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?(?:(?:air|drone|aerial|missile)\s+)?"
                       r"(?:attacks?|strikes?|raids?|bombings?|bombardment)\b", re.I))


def _outside(mention: Mention, scope: set[str], gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a strike lies outside every country a claim or blame names, or names places in ("X says it carried out
    strikes inside Y", "X says its jets struck A and B" claim none of the strikes in Z)."""
    here = _country_of(mention.place, gazetteer, countries) if mention.place is not None else None
    return bool(scope) and here is not None and here not in scope


def _country_of(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> str | None:
    """The country a place lies in: that of the unit the text puts it in ("the X area of Y district": Y's), else its own."""
    found = next(filter(None, (gazetteer.resolve(unit, countries) for unit in (*place.containers, place.within) if unit)), None) \
        or gazetteer.resolve(place.name, countries)
    return found[0].country if found is not None else None


def _hit_that_day(side: Actor, mention: Mention, recent: list[Mention]) -> bool:
    """Whether the strike, or another told just before on its day, was told hitting the side (its positions, its men)."""
    return any(side in other.hit_sides for other in recent + [mention] if other is mention or _day_of(other) == _day_of(mention))


# what falling debris did besides falling: "set a roof on fire", "smashed windows"
DEBRIS_HARM = re.compile(r"\b(?:damag\w*|destroy\w*|fires?|ablaze|alight|burn\w*|blaze|smash\w*|shatter\w*|collaps\w*|explod\w*)\b", re.I)


def _fell_harmlessly(sentence: str, told_next: str) -> bool:
    """ "Debris of a drone shot down over X fell near the stadium." then "No one was hurt.": what came down of an
    interception, doing nothing but fall, and the next sentence says it harmed no one."""
    return bool(DEBRIS.search(sentence) and DOWNED.search(sentence) and not DEBRIS_HARM.search(sentence)
                and NONE_HARMED.search(told_next) and not DEBRIS_HARM.search(NONE_HARMED.sub("", told_next)))


def _in_aftermath(sentence: str, trigger: Trigger) -> bool:
    """Whether a trigger only dates what the sentence tells by a strike told before ("... and some joined the militia
    after the attack."): no strike of its own."""
    return any(m.start() <= trigger.start < m.end() for m in AFTERMATH.finditer(sentence))


UNSPECIFIED = gated(re.compile(r"\bwithout\s+(?:giving|specifying|saying|naming|providing|disclosing)\s+(?:any\s+|the\s+|exact\s+)?"
                         r"(?:dates?|days?|when|locations?|places?|where|details(?!\s+(?:of|on|about)\s+(?:the\s+|any\s+)?"
                         r"(?:losses|casualties|damage|victims|dead|toll|targets?|weapons|munitions|aircraft|units)))\b", re.I))
# ("without details of the dead", "without giving details of targets": a toll or a target untold, not a strike unplaced)
# "shot down all the drones", "intercepted both missiles", "repelled a drone attack": every one of them stopped (not
# "21 drones were brought down over X", a count of those stopped)
# "the bombing of 1998", "the 2014 air strikes": a strike named by its year
YEAR_AFTER = re.compile(r"\s+(?:of|in)\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)")
DATE_BEFORE_YEAR = re.compile(r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+(?:uary|ch|il|ne|ly|ust|ber))\.?,?\s*$", re.I)
YEAR_BEFORE = first_char_checked(re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+)?$"))
# ("Mirage 2000 jets bombed the camp": a craft's model number after its name, not a year)
MODEL_BEFORE_YEAR = re.compile(r"(?<![\w-])(?!(?:In|Since|By|The|Of|From|Until|Before|After|During)\s)(?-i:[A-Z][a-z]+)\s+$")


# "killed by an Israeli strike in September": a strike dated by its own month, apart from the sentence's day
MONTH_AFTER = re.compile(r"\s+(?:in|of|during)\s+(?:early\s+|late\s+|mid-?)?(?P<month>[A-Z][a-z]+)\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)")


def _month_past(sentence: str, trigger: Trigger, reference: dt.date) -> bool:
    """Whether a strike word is followed by a month that ended more than 30 days before the report ("an Israeli strike
    in September", in February): a strike of that month, not of the day the sentence gives something else."""
    found = MONTH_AFTER.match(sentence, trigger.end)
    month = MONTHS.get(found["month"].lower()) if found else None
    if month is None:
        return False
    year = int(found["year"]) if found["year"] else reference.year - (month > reference.month)
    ends = dt.date(year, month, calendar.monthrange(year, month)[1])
    return ends < reference - dt.timedelta(days=30)


def _year_of(sentence: str, trigger: Trigger) -> int | None:
    """The year a strike word is named by, right after or before it ("the bombing of 1998", "the 2014 raids"; not a
    date's year, "the 31 December 2024 strike")."""
    found = YEAR_AFTER.match(sentence, trigger.end) or YEAR_BEFORE.search(sentence, max(0, trigger.start - 12), trigger.start)
    if found is None or DATE_BEFORE_YEAR.search(sentence, max(0, found.start(1) - 16), found.start(1)) \
            or MODEL_BEFORE_YEAR.search(sentence, max(0, found.start(1) - 16), found.start(1)):
        return None
    return int(found.group(1))


# "they were destroyed in the air", "the army said it was intercepted": what was just told fired, downed
DOWNED_AFTER = gated(re.compile(r"(?:\b(?:it|they|both|all\s+of\s+them|(?:the|an?|one|two|three|\d+)\s+(?:missiles?|drones?|projectiles?|uavs?))\s+(?:was|were|had\s+been|have\s+been)\s+"
                                r"(?:all\s+)?(?:\w+ly\s+)?(?:intercepted|shot\s+down|downed|destroyed\s+in\s+(?:the\s+)?(?:air|flight|mid-?air))\b"
                                # ("its air defences intercepted all of the incoming missiles": every one, told actively)
                                r"|\b(?:intercepted|shot\s+down|downed)\s+(?:all|both|every\s+one)\s+(?:of\s+)?(?:them\b|the\s+(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|projectiles?|uavs?)\b))"
                                + _NO_IMPACT_AFTER, re.I))
# ("drones targeted the city of X": an attack told by what it was aimed at)
AIMED_ONLY = re.compile(r"\b(?:fired|launched|sent|aimed)\b[^.;]{0,80}?\b(?:at|towards?|against)\b|"
                        r"\b(?:drones?|missiles?|uavs?)\s+(?:also\s+|again\s+)?targeted\b", re.I)
LANDED_WORDS = re.compile(r"\b(?<!\bno\s)(?:debris|fragments|wreckage|fell|landed|crashed|struck|hit|hits|damag\w*|fires?|ablaze|"
                          r"explod\w*|slammed|smashed|destroyed\s+(?!in\s+the\s+air))\b", re.I)
EVERY_ONE_STOPPED = re.compile(r"\b(?:all|both|every|each|entire)\b|\b(?:repelled|repulsed|thwarted|foiled)\b|" + _ATTACK_STOPPED, re.I)
# what a sentence tells when something was hit, fell or burned (not "no damage")
IMPACT = re.compile(r"\b(?<!\bno\s)(?:debris|fragments|wreckage|shrapnel|fell|fallen|landed|crashed|struck|strikes?|hit|hits|"
                    r"damag\w*|fires?|ablaze|burn\w*|destroyed|explo\w+|blasts?|bomb\w*|impacts?)\b", re.I)
STOPPED = gated(re.compile(r"\b(?:intercepted|shot\s+(?:it\s+|them\s+)?down|downed)\b", re.I))
# "a second drone was intercepted", "11 of 14 were downed": some got through
PARTLY = re.compile(r"\b(?:second|another|other|others|rest|remaining|(?:one|some|most|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of)\b", re.I)
FIRED_AT = re.compile(r"\b(?:fired|launched|sent)\s+(?:an?\s+|\w+\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|rockets?|uavs?)"
                      r"(?:\s+(?:salvos?|barrages?|volleys?|swarms?))?\s+(?:at|towards?)\b|"  # ("a rocket salvo at X")
                      r"\b(?:missiles?|drones?|rockets?|uavs?)\s+(?:that\s+was\s+|which\s+was\s+)?(?:fired|launched)\s+(?:at|towards?)\b", re.I)  # "a missile fired at X"
# ("the ministry said its forces struck the airfield": a side's claim of its own strike too)
CLAIMED = re.compile(r"\b(?:said|says|claimed|claims|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:they|it|its\s+(?:[\w-]+\s+)?(?:forces|troops|units|jets|aircraft|drones|missiles))\b|"
                     r"\bclaim(?:ed|s)?\b", re.I)


# "India said the claims were completely false", "Israel dismissed the claim as baseless", "the army rejected the
# group's claims": the side a claimed hit was aimed at says it did not happen
CLAIM_DENIED = gated(re.compile(r"\b(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:the|these|those|this|that|such|"
                                r"(?:an?\s+|the\s+)?[\w'’-]+(?:['’]s)?)\s+(?:claims?|assertions?)\b|"
                                r"\b(?:claims?|assertions?)\s+(?:(?:was|were|is|are|as)\s+)?"
                                # (", a claim the ministry described as 'baseless lies'")
                                r"(?:(?:that\s+|which\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:described|dismissed|called|branded|labell?ed)\s+as\s+)?[\"“']?"
                                r"(?:(?:completely|totally|entirely|utterly|absolutely)\s+)?"
                                r"(?:false|baseless|untrue|fabricated|unfounded|lies|fake|groundless)\b", re.I))


# "claimed their drones had hit", "said it had struck", "announced that our forces destroyed": a side's claim of its own hit
# ("claimed through its media that it had hit", "announced in a communique that its jets")
OWN_CLAIM = re.compile(r"\b(?:said|says|claimed|claims|announced|announces)\s+(?:(?:on|in|through|via|over)\s+(?:[\w'’-]+\s+){1,3}?)?"
                       r"(?:that\s+)?(?:they|it|its|their|our|we)\b", re.I)


def _drop_denied_claims(mentions: list[Mention], index: int, denier: Actor | None) -> None:
    """Drop the strikes just told only as a side's claim, with no one hurt, that the next words deny ("Officials
    claimed their missiles destroyed the X airfield." then "India said the claims were false"; a claim that names no
    attacker). A side accused, which denies, keeps its strike: "Residents claimed army jets bombed X. The army denied
    the claim" is still the army's."""
    for mention in [m for m in mentions if m.last_sentence >= index - 2 and not _any_hurt(m.casualties)
                    and all(CLAIMED.search(s) for s in m.sentences) and (m.actor is None or OWN_CLAIM.search(m.sentences[-1]))
                    and (denier is None or m.actor != denier)]:
        mentions.remove(mention)
        reject(" ".join(mention.sentences), "reject.claim_denied", mention.place.name if mention.place else "")


# A place's name alone on a line, with a stop or a colon ("Sloviansk."): the label of a log's note on that town.
# "Note: figures are ...", "Status: open": a page's or a log's own labels, though a village somewhere bears the word
PAGE_LABEL = re.compile(r"notes?|updated?|corrections?|codes?|confidence|sources?|status|summary|methodology|disclaimer|warning|"
                        r"caption|contact|wounded|killed|dead|injured|casualties|total|verdict|rating|claim|key|legend|analysis|"
                        r"reaction|comment|context|background|timeline|method|figures|credit|category|type|kind|"
                        r"yes|no|okay|ok|right|sure|indeed|exactly|absolutely|correct|thanks|thank\s+you|well", re.I)  # a speaker's reply
COUNTRY_LABEL = re.compile(r"\s*(?:[-*•–]\s*)?\**(?P<name>(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2})\**\s*:\s+(?=\S)")
# ("- X hromada: a guided bomb; two injured": a round-up's entry under a community's name and unit)
# ("- 27 April, X (Y region): a drone hit ...": an entry's day, then its town and the unit it lies in)
# ("(b) X, north of Y: a seminary was hit": a lettered or numbered entry, its town placed by a reference point)
LETTERED = re.compile(r"\s*(?:\(?[a-h]\)|\(\d{1,2}\))\s")
ENTRY_HOMES = ("place.entry_label", "place.entry_heading")
PLACE_LEAD = gated(re.compile(r"\s*(?:(?:[-*•–]|\(?[a-h]\)|\(\d{1,2}\))\s*)?(?:[0-3]?\d\s+(?-i:[A-Z][a-z]+)\.?,?\s+)?(?P<name>(?-i:[A-Z][\w'’-]+)(?:[ -](?-i:[A-Z][\w'’-]+)){0,2})"
                              r"(?:\s+(?:hromada|community|municipality|raion|district|township|village|town|city))?"
                              r"(?:,\s+(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of\s+)?(?:the\s+)?"
                              r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
                              r"(?:\s*\((?P<within>[^()]{2,60})\))?(?:\s+(?:toll\s+)?(?:update|latest))?\s*:\s+(?=\S)"))
CAPS_LEAD = re.compile(rf"\s*(?:[-*•–]\s*)?(?!THE\b|(?i:{COMPASS_WORD})\b)(?P<name>[A-Z][A-Z'’-]{{3,}}(?:[ -][A-Z][A-Z'’-]+){{0,2}})(?=\s*(?:\([^()]{{2,60}}\)\s*)?[.:])")


def _caps_lead_titled(sentence: str) -> str:
    """The sentence with a town's name that opens it in capitals, as a label ("KOTLI (AJK): ...", "SLOVIANSK."), written as
    the town is ("Kotli (AJK): ..."), so that it reads as the label it is; the same length, so offsets hold."""
    lead = CAPS_LEAD.match(sentence)
    if lead is None:
        return sentence
    titled = lead["name"].title()
    return sentence[:lead.start("name")] + titled + sentence[lead.end("name"):] if len(titled) == len(lead["name"]) else sentence


# ("X, Y region, 13 June.": a log's entry headed by its town, the region it lies in and its day)
PLACE_LABEL = re.compile(r"\s*(?P<name>(?-i:[A-Z][\w'’-]+)(?:[ -](?-i:[A-Z][\w'’-]+)){0,2})"
                         r"(?:,\s+(?-i:[A-Z])[\w'’-]+(?:[ -][\w'’-]+){0,2}?\s+(?:region|oblast|province|governorate|district|state))?"
                         r"(?:,\s+(?:[0-3]?\d\s+(?-i:[A-Z][a-z]+)(?:\s+\d{4})?|(?-i:[A-Z][a-z]+)\s+[0-3]?\d(?:,\s+\d{4})?))?"
                         r"(?:\s*\((?-i:[A-Z])[\w'’ -]{1,30}\))?\s*[.:]\s*")  # ("X, Y governorate (Iraq).": and its country)
# A line of a few words with no closing stop, inside the body: a subheading over the next part of the story.
CAPS_HEADING = re.compile(r"[A-Z][A-Z'’ -]{2,40}\s*\([^()]{1,40}\)")  # "BAHAWALPUR (Punjab province)": a place's heading
SUBHEADING = re.compile(r"(?-i:[A-Z])[^.!?:;\n]{2,60}(?<![.!?:;,\"”)])")
# A timeline's day on a line of its own ("14 March", "Mar. 9"): short, but it dates the lines under it.
DAY_LINE = re.compile(r"\s*(?:[0-3]?\d\s+(?-i:[A-Z][a-z]+|[A-Z]{3,9})\.?|(?-i:[A-Z][a-z]+|[A-Z]{3,9})\.?\s+[0-3]?\d)\s*[:.]?\s*")  # ("JAN 12")
# "February 26 - Depot hit", "- Friday, June 13: Israel opens the war.": a timeline's entry opens with its day
# ("Incident 2 - Tuesday 22 October, near X (Y province)": an incident list's entry, and where it was)
# ("Incident 1 - X, Y zone, Saturday 11 January": the entry names where before when)
# ("Djibo area, 5 November. A drone struck ...": an entry that opens with its place, then its day)
# ("Kutum, North Darfur - 14 December.": the same, its place and day set apart by a dash)
HEADING_DAY = re.compile(r"\s*[-–—•*]?\s*(?:\d{1,2}[.)]\s+)?(?:(?i:incident|case|attack|item|entry)\s+(?:no\.?\s*)?\d+\s*[-–—:.]\s*"
                         # ("Incident 2 - X district, Y governorate (Wednesday 16 April)": the day after where, in brackets)
                         r"(?:(?-i:[A-Z])[^.!?;:\d]{0,60}?,\s*|(?-i:[A-Z])[^.!?;:()\d]{0,80}?\(\s*)?|(?-i:[A-Z][a-z])[\w'’ -]{0,40}?,\s*|"  # (not a capitals dateline)
                         # ("Kramatorsk, Donetsk region, 27 June.": a monitor's entry, its town, the region it lies in, its day)
                         r"(?-i:[A-Z][a-z])[\w'’ -]{0,40}?,\s*(?-i:[A-Z])[\w'’-]+(?:\s[\w'’-]+)?\s+(?:region|oblast|province|governorate|district|state),\s*|"
                         # ("X, Y prison, 23 June.": an entry's town, the site in it, its day)
                         r"(?-i:[A-Z][a-z])[\w'’ -]{0,40}?,\s*(?-i:[A-Z])[\w'’ -]{1,40}?,\s*|"
                         # ("Al-Qaim, Iraq (2 February)": a brief's section, its town and country, then its day in brackets)
                         r"(?-i:[A-Z][a-z])[\w'’ -]{0,40}?,\s*(?-i:[A-Z])[\w'’ -]{1,40}?\s*\(\s*|"
                         # ("Kutum, North Darfur - 14 December.", "Sennar town - 22 December.": a roundup's numbered entry)
                         # ("2. X, flour mill — Monday 10 January": a numbered entry, its town and the spot in it)
                         r"(?-i:[A-Z][a-z])[\w'’-]*(?:\s[\w'’-]+){0,3}?(?:,\s*[\w'’-]+(?:\s[\w'’-]+){0,3}?)?\s+[-–—]\s*|"
                         # ("YEM156 – March 3 2013", "SOM12 - ...": a strike log's entry code, in capitals, then its day)
                         r"(?-i:[A-Z]{1,6})\d{1,5}[a-z]?\s+[-–—]\s*)?"
                         r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")
# ("Incident 1 — 4 July 2020, X district, Y governorate.": where, after when, to the stop)
# (", c. 14:00 - X town", ", approx. 05:10": a time told with an abbreviation's full stop)
HEADING_AFTER = re.compile(r",?\s*(?:(?:19|20)\d\d\s*)?(?:[-–—:]|\.?$|,\s*(?:(?:c|ca|approx)\.\s*)?[^.!?;]{1,80}\.?$|\)\.?$)")


def _country_heading(sentence: str, gazetteer: Gazetteer) -> bool:
    """A bulletin's country heading, "Lebanon", "LEBANON." or "GAZA AND ISRAEL.": the section of a war."""
    heading = sentence.rstrip(".:").strip()
    if (numbered := NUMBERED_SECTION.fullmatch(heading)) is not None:
        # ("3) PHILIPPINES - Air strikes after an ambush", "1) PAKISTAN / AFGHANISTAN - ...", "2 | NIGERIA - ...": a digest's
        # numbered section)
        return any(gazetteer.country_code(part.title()) for part in re.split(r"\s*/\s*|\s+(?:AND|&)\s+", numbered["countries"]))
    return bool(HEADING.fullmatch(heading)) and any(gazetteer.country_code(part) for part in re.split(r"\s+(?:AND|and|&)\s+", heading))


NUMBERED_SECTION = re.compile(r"\d{1,2}(?:[).]|\s*\|)\s+(?P<countries>[A-Z][A-Z' /&-]*[A-Z])\s+[-–—]\s+\S.*")


def _earlier_month(dates: list[DateMention], reference: dt.date | None) -> bool:
    """Whether a sentence opens on a month named outright ("In April, ...") before the report's, and names no day."""
    return reference is not None and bool(dates) and all(d.precision == "month" and d.explicit for d in dates) \
        and dates[0].start <= OPENING_MONTH and dates[0].date < reference.replace(day=1)


OPENING_MONTH = 12  # how far into a sentence "In April, ..." or "Last June's war" opens it


def _heading_day(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The day a timeline's entry opens with: the day under discussion for the lines under it, which
    tell their strikes with no day of their own."""
    if dates and WEEKDAY_LINE.fullmatch(sentence):
        return dates[0].date  # "SATURDAY", "Sunday:": a weekend review's heading over the day's items
    first = next((d for d in dates if d.explicit), None)  # "Saturday, September 19": the calendar day
    day = _opening_day(sentence, first, HEADING_DAY, HEADING_AFTER)
    if day is None and first is not None and not sentence[first.end:].strip(" .)") and not YEAR.search(sentence):
        # "UM RUWABA, North Kordofan - Tuesday 4 March": a roundup's entry in capitals, which its day closes (a wire's
        # capitals dateline goes on with the report, or gives its year: "KYIV, 2 February 2026")
        day = _opening_day(ENTRY_CAPITALS.sub(lambda m: m.group(0).title(), sentence), first, HEADING_DAY, HEADING_AFTER)
    return day


WEEKDAY_LINE = re.compile(r"\W*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*", re.I)
ENTRY_CAPITALS = re.compile(r"^\W*(?-i:[A-Z][A-Z'’ -]+)(?=,)")


# "Early on Thursday the city itself came under fire.": the day of the attacks the next lines tell
UNDER_FIRE = re.compile(r"\W*(?:(?:early|late|later)\s+)?on\s+(?:\w+\s+){0,2}?$", re.I)
UNDER_FIRE_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:came\s+under\s+(?:fire|attack)|(?:was|were)\s+(?:attacked|targeted)\s*[.;]|"
                              r"explosions?\s+(?:were\s+heard|rocked|shook)|sirens?\s+(?:sounded|wailed|went\s+off)|"
                              # ("On 14 February, a suicide bomber killed 40 police in X." then "Twelve days later, jets struck Y")
                              r"(?:suicide\s+bomb(?:er|ers|ing)|gunmen|militants|an?\s+(?:[\w-]+\s+)?(?:ambush|bombing|car\s+bomb))\s+(?:[\w-]+\s+){0,3}?killed\b)", re.I)


# "... has claimed five lives, after two firemen died in hospital overnight": the day of later deaths, not of the strike
DIED_THEN = re.compile(r"\b(?:died\s+(?:later\s+)?(?:in\s+(?:the\s+)?hospital|of\s+(?:their|his|her|the)\s+(?:wounds|injuries|burns))|"
                       r"later\s+died|succumbed)\b[^.;,]{0,30}$", re.I)  # not "died on Sunday when a drone hit": the strike's


# "The militia, for its part, attacked the city of X on Friday.": a side and a day that set the scene for the strike told next
SIDE_ATTACKED = gated(re.compile(r"\W*(?P<side>(?-i:[A-Z])[\w'’ -]{1,40}?)(?:\s*\([\w .-]{1,15}\))?(?:,\s+[^,;]{2,40},)?\s+"
                                 r"(?:(?:has|had|also|then|again|later)\s+)*(?:(?:attacked|struck|hit|targeted|bombarded|pounded|shelled|assaulted)\s|"
                                 # ("Israel responded on Wednesday.", "Iran retaliated overnight with missiles": the side that struck next)
                                 + ANSWERED + r"(?=\s+(?:(?:early|late|later|swiftly|quickly)\s+)?"
                                 r"(?:on|overnight|that|the\s+next|hours|within|in\s+kind|with\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                                 r"(?:air|drones?|missiles?|strikes|raids|waves?|barrages?|jets|warplanes|bombing))\b))", re.I))


RESPONDED = re.compile(r"\b" + ANSWERED + r"\b", re.I)


def _side_attacked(sentence: str, dates: list[DateMention], countries: Sequence[str]) -> tuple[Actor, dt.date] | None:
    """The side a sentence opens with as the attacker of a place, and the day it names, when it tells no strike from
    the air: the attacker and day of the strike told next ("A drone slammed into the city's hospital")."""
    match = SIDE_ATTACKED.match(sentence)
    if match is None or RESPONDED.search(match.group(0)) and is_ground_fighting(sentence):
        return None  # (not "Hezbollah responded on Sunday by firing rockets at X": its answer was fire from the ground)
    sides = actors_in(match["side"], countries, label=True)
    day = next((d for d in dates if d.precision == "day" and d.start >= match.end()), None)
    return (sides[0].actor, day.date) if sides and day is not None else None


def _day_under_fire(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The day a sentence that opens with it says a place came under attack, with no strike of its own told:
    the day under discussion for the strikes told next ("Around 06:10, a missile hit ...")."""
    return _opening_day(sentence, dates[0] if dates else None, UNDER_FIRE, UNDER_FIRE_AFTER)


# "The second raid came on Friday morning.": a day said of the attack under discussion, for the lines that tell it next
ATTACK_WAS = re.compile(r"\W*the\s+(?:(?:first|second|third|next|last|latest|newest|most\s+recent|earlier|later|other|deadliest)\s+)?"
                        r"(?:air\s+|drone\s+)?(?:attack|strike|raid|bombing|airstrike)s?\s+"
                        # ("The latest strike that reporters could verify took place on Monday.": the one a check found)
                        r"(?:(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?(?:could\s+|was\s+able\s+to\s+|were\s+able\s+to\s+|has\s+|have\s+)?"
                        r"(?:confirm|verif|document|establish|geolocat|independently\s+confirm|independently\s+verif)\w*\s+)?"
                        r"(?:was|were|came|happened|took\s+place|fell|began|started)\s+"
                        # ("The raids came just after dawn local time on Friday.", "The strikes began shortly after iftar on Saturday")
                        r"(?:(?:shortly|just|soon|well)\s+)?(?:(?:before|after)\s+(?:midnight|dawn|noon|daybreak|sunrise|sunset|dusk|iftar|suhoor)(?:\s+local\s+time)?\s+)?"
                        r"(?:(?:early|late)\s+)?(?:on\s+)?", re.I)
ATTACK_WAS_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+and\s+(?:continued|lasted|went\s+on)\b[^.;]*)?\s*[.;]?\s*$", re.I)


# ("Israeli strikes killed two in two areas on Thursday", in an article of air attacks: strikes, not "the attack claimed")
STRIKE_WORD = re.compile(r"\b(?:strikes?|raids?|bombing|bombardment)\b", re.I)
# "On Sunday, three facilities were hit.": things struck, counted on a day (in a report of air attacks), the next told among them
WERE_HIT = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:hit|struck|bombed|targeted|attacked)$", re.I)


DIED_ON = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def _roundup_day(sentence: str, dates: list[DateMention], reference: dt.date | None, gazetteer: Gazetteer) -> dt.date | None:
    """The day of strikes a sentence tells with no place of their own ("struck several Ukrainian cities on Tuesday",
    "pounded villages across the south on Monday"): the day the strikes told next fell on, when it names one day of
    the week before the report."""
    # (not the day of the attack the strikes answered: "... on Friday, in reprisal for a drone raid last weekend")
    elsewhere = other_event_spans(sentence)
    dates = [d for d in dates if not inside(d.start, elsewhere)]
    said_on = [d.date for d in dates if d.precision == "day" and _reporting_day(sentence, d)]
    # ("Russia launched 40 drones overnight, the air force said on Sunday": the night that ended on the day it was said)
    # (not "The woman who died overnight had lain unconscious since the raid": the day of a death, not of strikes)
    days = {said_on[0] if len(said_on) == 1 and sentence[d.start:d.end].lower() == "overnight" else d.date
            for d in dates if d.precision == "day" and not _reporting_day(sentence, d)
            and not DIED_ON.search(sentence, max(0, d.start - 20), d.start)}
    if len(days) != 1 or reference is None or not 0 <= (reference - next(iter(days))).days <= 7:
        return None
    places = places_in(sentence, gazetteer)
    # ("Warplanes bombed two towns in X on Monday night, striking A's market and a clinic in B": a lead that counts the
    # towns it then names, each told next; "Attacks on A, B and C hromadas were recorded on Tuesday", then each's)
    return next(iter(days)) if all(_is_country(p, gazetteer) or ACROSS.search(sentence, 0, p.start) for p in places) \
        or SEVERAL_PLACES.search(sentence) or COMMUNITIES_UNDER_FIRE.search(sentence) else None


# "The government vowed to hit back. Then on Friday, they did.": the day of the act just promised, told with "did"
DID_ON = re.compile(r"\W*(?:and\s+|but\s+|then\s+)?(?:(?:early|late)\s+)?on\s+$", re.I)
DID_AFTER = re.compile(r",?\s+(?:it|they|he|she|the\s+[\w-]+)\s+did\s*[.!]", re.I)


def _attack_day(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The day a sentence says the attack under discussion fell on, and nothing more: "The second was yesterday" leaves
    the strike to the next line, which tells it with no day of its own."""
    first = dates[0] if dates else None
    return _opening_day(sentence, first, ATTACK_WAS, ATTACK_WAS_AFTER) or _opening_day(sentence, first, DID_ON, DID_AFTER)


# "Q: Tell us about the raid on Monday?": an interviewer's question about the attack of one day
ASKED_ABOUT = re.compile(r"\b(?:happened|happen|attacks?|strikes?|raids?|bombing|bombed|hit|struck|killed)\b", re.I)


def _asked_day(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The one day a question names when it asks of an attack: the answer's strike, told with no day, fell on it."""
    days = [d for d in dates if d.precision == "day"]
    return days[0].date if len(days) == 1 and sentence.rstrip().endswith("?") and ASKED_ABOUT.search(sentence) else None


def _opening_day(sentence: str, first: DateMention | None, before: re.Pattern[str], after: re.Pattern[str]) -> dt.date | None:
    """The calendar day `first`, when all the sentence says before it is `before` and what follows starts as `after`."""
    if first is None or first.precision != "day" or not before.fullmatch(sentence[:first.start]) \
            or not after.match(sentence, first.end):
        return None
    return first.date


def _any_hurt(casualties: Casualties) -> bool:
    """Whether a count of dead or wounded is given and not zero ("... destroyed in the air and nobody was hurt")."""
    return bool(casualties.killed or casualties.wounded)


LATER_ACT = gated(re.compile(alternation(load("cues")["later_acts"]), re.I))
# the strike told as what an act deals with: "a claim over a strike", "families of men killed in a raid"
# ("flew journalists on Wednesday to the hill where jets destroyed a camp": the place of a visit, and the strike there)
ACT_OBJECT = first_char_checked(re.compile(r"\b(?:over|into|about|concerning|regarding|against|of|for|where|(?:killed|died|wounded|injured)\s+in)\s+(?:[\w'’-]+\s+){0,5}$", re.I))


# "a vigil for the dead of Sunday's air strike", "an inquiry into Tuesday night's strike": the strike's day
_OWN_DAY = re.compile(r"[^'’\s]+(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[\w-]+\s+){0,2}$")


def _act_day(sentence: str, dates: list[DateMention], anchor: int) -> DateMention | None:
    """The day of an act that deals with the strike after it, told beside the act and before the strike it deals
    with ("A court in X on Tuesday ordered compensation for families of men killed in a drone strike"), or None."""
    if not ACT_OBJECT.search(sentence, max(0, anchor - 50), anchor):
        return None
    for act in LATER_ACT.finditer(sentence, 0, anchor):
        day = next((d for d in dates if d.precision == "day" and d.end <= anchor and not _OWN_DAY.match(sentence[d.start:anchor])
                    and (0 <= d.start - act.end() <= 60 or 0 <= act.start() - d.end <= 30)), None)
        if day is not None:
            return day
    return None


def _specific_facts(sentence: str) -> bool:
    """A placeless sentence still reports a strike when it counts its dead or its strikes."""
    casualties = casualties_in(sentence)
    return casualties.killed is not None or counts_fire(sentence)


def _is_country(place: PlaceMention, gazetteer: Gazetteer) -> bool:
    return gazetteer.country_code(place.name) is not None


FEW_STRIKES = 5  # strikes on one town over a range of days still told as one incident


def _one_town_hurt(sentence: str, places: Sequence[PlaceMention], gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """One town or village named (with the units that hold it), and people hurt there: its strikes over a few days
    are one incident, not a tally."""
    towns = [p for p in places if not _region_level(p, gazetteer, countries) and not _unit_level(p, gazetteer, countries)]
    return len(towns) == 1 and not any(p.coordinated for p in places) and _any_hurt(casualties_in(sentence))


def _story_scene_town(mention: Mention, sentences: list[tuple[str, str]], gazetteer: Gazetteer,
                      countries: Sequence[str]) -> PlaceMention | None:
    """The one town of the article's country that a report names before it tells its one strike, which it never places
    ("She was ladling rice at the monastery on the edge of X." ... "The air strike on 20 April killed 14"): a feature's
    scene, told before the strike is."""
    first = mention.last_sentence - len(mention.sentences)  # (sentences are counted from 1)
    town = _town_in_slot([s for s, _ in sentences[1:max(1, first)]], gazetteer, countries)
    found = gazetteer.resolve(town.name, countries) if town is not None else None
    return town if found is not None and found[0].country in countries[:1] else None


def _story_town(sentences: list[tuple[str, str]], gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The one town a report is about, when it has no dateline: its headline names that town and no other, and the
    first sentence of its body names it again ("Depots ablaze in X" over "X, the eastern port, counts the damage after ...")."""
    if len(sentences) < 2:
        return None
    # (its first sentence, or a short one above it that opens the body: "In X, the dead are buried at night.")
    lead = next((i for i, (s, _) in enumerate(sentences[1:STORY_LEAD_SPAN], 1) if len(s.split()) >= STORY_LEAD_WORDS), 0)
    # (its dateline too, "X, Ukraine -" over the body's first sentence: a report filed from the town its title names)
    body = " ".join(f"{d.title()} {s}" for s, d in sentences[max(1, lead - 1):lead + 1]) if lead else ""
    # (a title names its town anywhere, as the subject too: "X fuel depots burn ...")
    # (a title's opening preposition is capitalised with the name: "In X, the search ends")
    towns = {name for m in CAPITALISED_RUN.finditer(sentences[0][0]) for name in [TITLE_OPENER.sub("", m.group(0))]
             if (found := gazetteer.resolve(name, countries)) is not None and found[0].kind == "place" and found[0].country in countries[:2]
             and not gazetteer.country_code(name) and actor_in(name, countries) is None and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)}
    if len(towns) != 1:
        return None
    name = next(iter(towns))
    return PlaceMention(name, name, 0, 0, True, False, False)


# "... stopped at X in the evening when a plane dropped a bomb": a part of the day the sentence before named, when the
# strike came
PART_OF_DAY_WITHIN = gated(re.compile(r"\b(?:in|during)\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)\s*,?\s+when\b", re.I))
# "jets bombed the main market": a site of the town the report is about, told as such
TOWN_SITE_STRUCK = re.compile(r"\b(?:struck|hit|bombed|targeted|fired\s+on)\s+the\s+(?:(?:central|main|old|big|busy|only)\s+)?"
                              r"(?:market|hospital|mosque|bakery|clinic|bus\s+station|square|school|shelter|"
                              r"(?:apartment\s+|residential\s+)?(?:block|building))\b", re.I)
TITLE_OPENER = re.compile(r"^(?:In|At|On|From|After|Near|Inside|Outside|The)\s+(?=[A-Z])")
CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-])")


# "Monday, 5 May: ...", "5 May - ...", "Tuesday: ...": an entry a timeline opens with its day
_DAY_MONTH = r"(?:\d{1,2}\s+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\s+\d{1,2})"
DAY_LABELLED = re.compile(rf"\W*(?:(?-i:[A-Z][a-z]+day)(?:,?\s+{_DAY_MONTH})?|{_DAY_MONTH})\s*[:–—-]\s")
STORY_LEAD_SPAN = 9  # the header lines a report's first sentence may follow (outlet, date, byline)
STORY_LEAD_WORDS = 12  # words: a sentence, not a header line


def _region_level(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """A province, state or country: no more precise than a frame's town."""
    if place.region or _is_country(place, gazetteer):
        return True
    found = gazetteer.resolve(place.name, countries)
    return found is not None and found[0].kind == "admin1"


def _city(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str], capital: bool = False) -> bool:
    """A city a reader places by its name alone (with `capital`, a country's capital), named as no province, district
    or territory."""
    if _region_level(place, gazetteer, countries) or _unit_level(place, gazetteer, countries):
        return False
    found = gazetteer.resolve(place.name, countries)
    return found is not None and found[0].kind == "place" and well_known(found[0].seat, found[0].population) \
        and (not capital or found[0].seat == "capital")


UNIT_WORD = re.compile(UNIT_NAMED.pattern.replace("Raion|", "Raion|Territory|Zone|"), re.I)  # in any case


def _unit_level(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """A district or county: named with its unit word ("Nyirol county") or known as one."""
    if UNIT_WORD.search(place.phrase):
        return True
    found = gazetteer.resolve(place.name, countries)
    return found is not None and found[0].kind == "admin2"


def _target(sentence: str) -> str | None:
    match = TARGET.search(sentence)
    return match.group("target").strip() if match else None


# "Seven others were killed in the village of X and five in Y": dead other than those just told, at other places
OTHER_DEAD_IN = gated(re.compile(r"\b(?:(?P<count>[\w-]+)\s+(?:others|more(?:\s+people)?)|another\s+(?P<also>[\w-]+)(?:\s+people)?)\b"
                                 r"(?:\s+(?!killed\b|died\b)[\w,'’-]+){0,8}?\s+(?:(?:were|was|have\s+been|had\s+been)\s+killed|died)\s+in\s+", re.I))
# ("in the southern village of X"; not "in hospital in X", "in clashes in X": not where they were struck)
PLACE_WORDS = re.compile(r"(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent|(?:north|south|east|west)(?:ern)?|central)\s+)?"
                         r"(?:(?:village|town|city|district|area|camp|neighbou?rhood|suburb)\s+of\s+)?", re.I)
AND_MORE_IN = re.compile(r"\band\s+(?:another\s+)?(?P<count>[\w-]+)\s+(?:(?:more|others|people)\s+)?in\s+(?:the\s+[\w\s-]{0,30}?\s+of\s+)?$", re.I)


def _other_dead_at(last: Mention, sentence: str, gazetteer: Gazetteer) -> list[Mention]:
    """A sentence after a strike told at one place that counts other dead at another, with no attack word
    of its own ("Seven others were killed in the village of X and five in Y"): a strike at each place
    counted, of the same day and attacker (a report of a day's strikes told place by place), not more
    dead of the strike just told. A place given no count of its own ("in X, near Y") is no strike."""
    told = OTHER_DEAD_IN.search(sentence)
    if told is None or last.place is None:
        return []
    places = [p for p in places_in(sentence, gazetteer) if p.start >= told.end() and not p.region and not _is_country(p, gazetteer)]
    found, end = [], told.end()
    for place in places:
        gap = sentence[end:place.start]
        count = parse_number(told.group("count") or told.group("also")) if not found else \
            (parse_number(m.group("count")) if (m := AND_MORE_IN.search(gap)) else None)
        if count is None or not found and not PLACE_WORDS.fullmatch(gap) \
                or place.name == last.place.name:
            break
        found.append(replace(last, place=place, casualties=Casualties(killed=count), sentences=[sentence], context=[],
                             headline=False, provisional=False, separate=True, rules=list(last.rules)))
        found[-1].because("place.other_dead")
        end = place.end
    return found


def _dead_in_frame(last: Mention, sentence: str, casualties: Casualties, gazetteer: Gazetteer,
                   countries: Sequence[str]) -> list[Mention]:
    """ "A house in X was hit, killing 13. In Y, in Z province, a madrassa was destroyed and four people died.": a
    sentence framed by another town, with a toll and no attack word, tells that town's strike of the same day and
    attacker (a roundup told place by place), not more dead of the strike just told (nor of a quarter of its town)."""
    frame = FRAME.match(sentence)
    # (no attack word at all: not "In X, crowds marked two years since a missile strike killed 19"; no fighting on the
    # ground: not "In X, troops engaged bandits, killing three")
    if frame is None or last.place is None or not _any_hurt(casualties) or triggers_in(sentence, True) \
            or is_ground_fighting(sentence) or ON_THE_GROUND.search(sentence):
        return []
    named = [p for p in places_in(sentence, gazetteer) if not _is_country(p, gazetteer)]
    # ("In X, in Y province, ...": the town; "In Kyiv Oblast, four were killed": the region, when it is all that is named)
    named = [p for p in named if not p.region] or named
    # (the frame's town the only one named: not "In X, a spokesman said 16 were killed in the raids on Y")
    if len(named) != 1 or named[0].end > frame.end():
        return []
    place = named[0]
    if last.place.name in (place.name, place.within) or place.name in last.place.containers + (last.place.within or "",):
        return []
    here, there = gazetteer.resolve(place.name, countries), gazetteer.resolve(last.place.name, countries)
    if here is None or there is None:
        return []
    if _region_level(place, gazetteer, countries):
        # ("In Kyiv Oblast, four people were killed" after a strike told in another oblast: a roundup told region by
        # region; not the region of the strike just told)
        if here[0].kind != "admin1" or here[0].country != there[0].country or there[0].kind == "admin1" \
                or normalise_name(there[0].admin1 or "") == normalise_name(here[0].name):
            return []
    elif distance_km(here[0], there[0]) <= LOCALITY_KM:
        return []  # a village of the raid just told ("In Slovianka, a woman died" of a strike on its community)
    found = replace(last, place=place, casualties=casualties, sentences=[sentence], context=[], headline=False, provisional=False,
                    separate=True, rules=list(last.rules))
    found.because("place.other_dead")
    return [found]


# "It came a day after ...", "The raid followed ...": a sentence that only says what the strike came after
CAME_AFTER = re.compile(r"\s*(?:It|This|That|The\s+(?:[\w-]+\s+)?(?:strikes?|raids?|attacks?|bombings?))\s+"
                        r"(?:came|comes|followed|follows|happened|occurred)\b")


# ("the other", "the second one", "the third target": one of the targets the report counted, after one it placed)
ANOTHER_TARGET = re.compile(r"the\s+(?:other|second|third|fourth|last|remaining)\b", re.I)


def _other_target(last: Mention, sentence: str, casualties: Casualties, index: int, gazetteer: Gazetteer) -> list[Mention]:
    """ "Jets bombed two sites." ... "One target sat on the edge of X." then "The other was a farm outside Y.": the
    strike's other target, placed by its own sentence, is a strike there of the day and attacker just told."""
    told = TARGETS_AT.search(sentence)
    if told is None or last.place is None or not ANOTHER_TARGET.match(told.group(0)):
        return []
    named = [p for p in places_in(sentence, gazetteer) if p.start > told.start() and not p.region and not _is_country(p, gazetteer)]
    if not named or named[0].name == last.place.name:
        return []
    found = replace(last, place=named[0], casualties=casualties, sentences=[sentence], context=[], headline=False,
                    provisional=False, separate=True, rules=list(last.rules), last_sentence=index)
    found.because("place.other_target")
    return [found]


def _reach(discussed: Mention, sentence: str, gazetteer: Gazetteer) -> int:
    """How many sentences back the strike under discussion can be that a sentence still tells more of: two, but
    four for a line that only says where ("Tell Maraq, Idlib.") and three for the targets of an unplaced strike
    ("One target sat on the edge of X", after a word of who ordered it): as far as `located_next` looked."""
    if place_line(sentence, gazetteer):
        return 4
    return 3 if discussed.place is None and _targets_at(sentence) else 2


# "struck six sites", "hit nine locations", "targets in several towns": a lead that counts the places its strikes hit
SITES_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+)?"
                           r"(?:sites|places|locations|targets|towns|cities|areas|districts|villages|points)\b", re.I)


def _add_follow_up(last: Mention, sentence: str, dates: list[DateMention], index: int, gazetteer: Gazetteer,
                   countries: Sequence[str], fill_only: bool = False) -> list[Mention]:
    """The sentence right after a strike report, with no attack word of its own, often gives that
    strike's toll, its source or its place ("The truck was crossing the bridge at Tell Maraq when
    it was hit"). A sentence that dates something else is about something else. With
    `fill_only` its figures only fill what the report left out: "her husband and three sons died
    in the raid" names some of the dead, it does not dispute the toll."""
    # (not a total told of what others did in the place: "X, a town where gangs have killed thousands in recent years")
    own = blank(sentence, other_event_spans(sentence))
    if aggregate(own) or _campaign(own):
        return []  # "172 people were wounded across the country", "200 killed since the offensive began": totals
    if ON_THE_GROUND.search(own):
        return []  # "Shortly afterward, rebels shelled a village, killing seven": another attack's toll
    if RECAP.match(own) or RECAP_COUNT.match(own):
        return []  # "This raid is the latest in a run of attacks near X": where a period's strikes fell, not the one told
    if NOT_SAYING_WHERE.search(sentence):
        return []  # "four soldiers were killed, without saying where": a toll of the raids, of no one place
    if last.date is not None and any(int(y.group(0)) < last.date.date.year and not BORN.search(sentence, 0, y.start())
                                     for y in YEAR.finditer(sentence)):
        return []  # "the town is remembered for 1996 attacks that killed dozens": another year's dead (not "born in 1961")
    # "the toll may be higher, some say nine": a doubt about the toll, not a toll
    # ("It came a day after the militia attacked a post in X, wounding three": the other attack's toll)
    # ("... said the attack was its answer to raids on X days before, which killed 19": the answered raids' toll)
    elsewhere = other_event_spans(sentence)
    casualties = Casualties() if TOLL_IN_DOUBT.search(sentence) else casualties_in(sentence, elsewhere)
    told = next((d for d in dates if d.precision == "day" and (STRIKE_TOLD_ON.search(sentence, 0, d.start) or DAYS_STRIKE.match(sentence, d.end))),
                None)
    if told is not None and last.date is not None and last.date.start < 0:
        # "... the toll at 36 on Friday, hours after the US raids late on Thursday": the day of the strike under discussion
        last.date = replace(told, start=0, end=0)
        last.because("date.told_again")
    dates = [d for d in dates if d is not told]
    if casualties.revised:
        dates = []  # "By Tuesday the toll had risen to 31": the day the toll was revised, not another strike's
    # ("At least eight people died, officials said Thursday.": the day of the statement, not of another strike)
    # ("On Wednesday, the prosecutor said seven had died in the raid": the day of the statement)
    said_on = [d for d in dates if _reporting_day(sentence, d) or d.start <= 3 and SAID_AFTER_DAY.match(sentence, d.end)]
    if fill_only and last.date is not None and any(d.date > last.date.date for d in said_on) \
            and (casualties.killed or 0) > (last.casualties.killed or 0) and last.casualties.killed is not None \
            and not casualties.part and not casualties.vague:
        casualties = replace(casualties, revised=True)  # a count given days later is the latest toll, not a part of it
        last.because("toll.later_count")
    dates = [d for d in dates if d not in said_on]
    # (a strike told again gives its day, though twice: "On Tuesday, 9 September, jets struck the area again")
    if last.date is not None and last.date.start < 0 and (len({d.date for d in dates}) == 1 if fill_only else len(dates) == 1) \
            and dates[0].precision == "day" and (dates[0].explicit and len(last.sentences) == 1 and not sentence[:1].isupper() or fill_only
                                                 or HAPPENED_ON.match(sentence)) \
            and _heading_day(sentence, dates) is None:  # (not "27 March - Sakow (Middle Jubba).": the next entry's heading)
        # "... at Tell Maraq (approx." / "30km SE of Idlib) on 14/05.": one sentence, split;
        # "A drone strike near X killed nine. The strike happened on Aug. 27 ...": the day the lead left unsaid
        last.date = dates[0]
    elif any(last.date is None or d.date != last.date.date for d in dates):
        return []
    other_dead = _other_dead_at(last, sentence, gazetteer) or _dead_in_frame(last, sentence, casualties, gazetteer, countries)
    if other_dead:
        return other_dead
    # "Residents reported explosions near Y but no casualties": Y's none, not the strike just told's (not "no one was hurt,
    # officials in Y said": where the ones who said so sit)
    named = [p for p in places_in(sentence, gazetteer) if not p.region and not _is_country(p, gazetteer)
             and not SPEAKER_IN.search(sentence, max(0, p.start - 50), p.start)] \
        if casualties.killed == 0 and not casualties.wounded and last.place is not None and BLAST.search(sentence) else []
    if named and all(p.name != last.place.name and p.within != last.place.name for p in named):
        return []
    # "... killed 3 people. Tell Maraq, Idlib.": a line that only says where, the report's own
    line = place_line(sentence, gazetteer)
    other_target = _other_target(last, sentence, casualties, index, gazetteer)
    if other_target:
        return other_target
    # "a car west of Baghdad" ... "The car was near Abu Ghraib when it was struck": a bearing's town was a reference point
    near = last.place is not None and last.place.phrase.startswith("near ")
    vague = last.place is None or last.place.region or _is_region(last.place, gazetteer, countries) or line \
        or (THEY.match(sentence) or STRUCK_AFTER.search(sentence)) and not _placeable(last.place, gazetteer, countries)
    # "in the north" ... "They were hit in Kafr Nabl"; "strikes on the border region" ... "A school in Tell Maraq was among the targets"
    # "A drone killed 9 people. ... 8-10 killed in Saraqeb.": the toll's place is the unplaced strike's
    # ("... killing nine." then "Explosions were heard at dawn in a village near X": where the unplaced strike was heard)
    told_where = BACK_REFERENCE.search(sentence) or _targets_at(sentence) or last.place is None and (casualties.killed is not None or BLAST.search(sentence)) \
        or line
    # ("That sortie hit men behind recent attacks around X": X is where the other attacks were, not the strike)
    elsewhere = other_event_spans(sentence)
    if ("place.follow_up" in last.rules and SITES_COUNTED.search(last.sentences[0]) or "place.site_counted" in last.rules) \
            and not fill_only and last.place is not None \
            and (casualties.killed is not None or casualties.wounded is not None):
        # ("Missiles struck six sites" then "Eleven died at a seminary in A." then "In B three were killed.": the lead's
        # sites, each told with its own dead, once the first has placed the lead)
        sites = [p for p in places_in(sentence, gazetteer) if not p.region and not inside(p.start, elsewhere)
                 and not _is_country(p, gazetteer) and p.name != last.place.name]
        tolls = tolls_by_clause(sentence, [p.name for p in sites], least=1) if len(sites) > 1 else {}
        if sites and (len(sites) == 1 or all(p.name in tolls for p in sites)):
            found = [replace(last, place=p, casualties=tolls.get(p.name, casualties), sentences=[sentence], context=[],
                             rules=list(last.rules), headline=False, last_sentence=index) for p in sites]
            for mention in found:
                mention.because("place.site_counted")
            return found
    # (never a country: "an operation in northern Syria" does not re-place a strike south of X)
    places = [p for p in places_in(sentence, gazetteer) if not p.region and not inside(p.start, elsewhere) and not _is_country(p, gazetteer)] \
        if (vague or near) and told_where else []
    if places and not fill_only and "place.follow_up" in last.rules and _targets_at(sentence) and _targets_at(last.sentences[-1]) \
            and all(p.name != last.place.name for p in places):
        # ("The Iraqi targets were depots near A." then "The Syrian targets lay near B.": the targets told town by town, each
        # a place of the strike)
        return [replace(last, place=places[0], casualties=casualties, sentences=[sentence], context=[], rules=list(last.rules),
                        headline=False, last_sentence=index)]
    if near and not vague and len(places) > 1:
        places = []  # "villages west of X" ... "They hit A and B": the raid stays at X, its villages are not told apart
    if last.place is not None and not last.place.region and "place.named" in last.rules:
        # ("a jet bombed the edge of X" then "the army said it hit launchers in the Bekaa": the village
        # the index lacks stays the strike's place, not the province a following sentence names)
        places = [p for p in places if not _region_level(p, gazetteer, countries)]
    weapon = weapon_side(sentence)
    if weapon is not None and last.actor in (None, UNKNOWN) and not fill_only:
        last.actor, last.actor_stated = weapon, True  # "Missile kills six in Sumy" then "Its fragments showed an Iskander-M."
        last.because("actor.weapon")
    if casualties.killed is None and casualties.civilians_killed is None and casualties.wounded is None and not places \
            and not casualties.all_civilians:  # ("Both victims were villagers": who the dead were, told alone)
        return []  # (civilians alone are told: "the dead included two children")
    source = source_in(sentence)
    # a toll given where the strike is re-placed ("13 people were killed there") is that place's: the lower holds
    conflicting = bool(places) or not fill_only and source is not None and source != last.source
    told_before = last.casualties
    last.casualties = combine(last.casualties, casualties, conflicting)
    last.source = last.source or source
    stated = actor_in(sentence, countries)
    if stated is not None and last.actor in (None, UNKNOWN) and not fill_only:
        last.actor, last.actor_stated = stated, True  # "Missile strike on Sumy" then "... two Russian missiles that hit ..."
        last.because("actor.stated")
    last.sentences.append(sentence)
    last.last_sentence = index
    if not places:
        return []
    # "Strikes in the north killed 20. They hit Kafr Nabl, Saraqeb and Ariha.": one strike per place
    struck = places[:1] + [p for p in places[1:] if p.coordinated]
    last.context = last.context + ([last.place] if last.place else []) + [p for p in places if p not in struck]
    # (a lead's "killed 41 nationwide" then "In X, where the assault came, 31 had died": the body places it, no summary
    # now; a title stays the title of what the body tells)
    last.place, last.provisional = struck[0], False
    last.headline = last.headline and (line or not TOLD_IN_FULL.search(last.sentences[0]))
    last.because("place.follow_up")
    # ("Three were killed in A, and two were killed in B": each place its own clause's toll)
    by_clause = tolls_by_clause(sentence, [p.name for p in struck]) if len(struck) > 1 else {}
    if all(p.name in by_clause for p in struck):
        last.casualties = combine(told_before, by_clause[struck[0].name], conflicting)
    return [replace(last, place=place, casualties=by_clause.get(place.name, Casualties()), sentences=list(last.sentences),
                    context=list(last.context)) for place in struck[1:]]


# "That attack set three tankers on fire": the attack the sentence before spoke of last
THAT_ONE = re.compile(r"\W*(?:that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|barrage|assault|bombing)\b", re.I)


def _answered_spans(sentence: str) -> list[Span]:
    """The clauses of another event that tell an air attack ("two days after jets pounded X on Thursday").
    (The clauses first: most sentences tell none, and then their attack words need not be read.)"""
    spans = other_event_spans(sentence)
    aerial = [t.start for t in triggers_in(sentence, True) if t.aerial] if spans else []
    return [(a, b) for a, b in spans if any(a <= at < b for at in aerial)]


def _answered_side(sentence: str, countries: Sequence[str]) -> Actor | None:
    """The side a sentence names for the air attack it says its news came after ("after a drone attack by X")."""
    span = next(iter(_answered_spans(sentence)), None)
    return actor_in(sentence[cue_end(sentence, span):span[1]], countries) if span is not None else None


def _own_day(sentence: str, dates: list[DateMention]) -> bool:
    """Whether a sentence gives a day outside the clauses that tell another event."""
    elsewhere = other_event_spans(sentence)
    return any(d.precision == "day" and not inside(d.start, elsewhere) and not _reporting_day(sentence, d) for d in dates)


def _answered_day(sentence: str, dates: list[DateMention]) -> dt.date | None:
    """The day of air strikes a sentence tells in another event's clause ("two days after jets pounded X on Thursday")."""
    return next((d.date for start, end in _answered_spans(sentence) for d in dates
                 if d.precision == "day" and start <= d.start < end), None)


def _is_province(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    return _kind(place, gazetteer, countries) == "admin1"


def _town_in_region(town: PlaceMention, region: PlaceMention | None, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a town the index places lies in the province (or country) a strike was told at."""
    if region is None or not _region_level(region, gazetteer, countries) or _region_level(town, gazetteer, countries):
        return False
    area, found = gazetteer.resolve(region.name, countries), gazetteer.resolve(town.name, countries)
    return area is not None and found is not None and found[0].country == area[0].country \
        and (area[0].kind == "country" or area[0].kind == "admin1" and found[0].admin1 == area[0].admin1)


def _is_region(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    return _kind(place, gazetteer, countries) in ("admin1", "admin2", "country")


def _kind(place: PlaceMention, gazetteer: Gazetteer, countries: Sequence[str]) -> str | None:
    """What the index knows the place's name as: "place", "admin1", "admin2" or "country" (None: unknown)."""
    found = gazetteer.resolve(place.phrase, countries)
    return found[0].kind if found is not None else None


def _event(mention: Mention, article_id: str | None, countries: Sequence[str]) -> StrikeEvent:
    event = StrikeEvent(
        date=mention.date.date if mention.date else None,
        date_precision=mention.date.precision if mention.date else "day",
        actor=(mention.actor or UNKNOWN).name, actor_country=(mention.actor or UNKNOWN).country,
        target=mention.target, strikes=mention.strikes, killed=mention.casualties.killed,
        civilians_killed=mention.casualties.civilians_killed, wounded=mention.casualties.wounded,
        source=mention.source, evidence=" ".join(mention.sentences), article=article_id,
    )
    if mention.located is not None:
        place, precision = mention.located
        event.country, event.admin1, event.lat, event.lon = place.country, place.admin1, place.lat, place.lon
        event.geo_precision, event.geonameid = precision, place.geonameid
    elif countries:
        event.country = countries[0]
    if mention.actor is OWN_FORCES:  # "military airstrikes" in a note that names no country: the forces where it fell
        own = state_of(event.country) or UNKNOWN
        event.actor, event.actor_country = own.name, own.country
    event.place = mention.place.name if mention.place else None
    return event


NEAR_UNIT_KM = 100  # how far from the unit a place is told by ("X, west of Y") its namesake in the index may lie


TOWNSHIP_OF = first_char_checked(re.compile(r"(?<=\w)\s+(?:Township|Tehsil|LGA|Raion)$"))


# "Five days after the X strike", "Survivors of the X bombing recall ...": a strike the headline names by its town
STRIKE_NAMED_BY_TOWN = re.compile(r"\b(?:the|The)\s+(?P<town>(?-i:[A-Z])[\w'’-]+(?:\s+(?:al-|el-)?(?-i:[A-Z])[\w'’-]+){0,2})\s+"
                                  r"(?:(?:air|drone|missile|school|market|hospital|bus|wedding|funeral)\s+)?"
                                  r"(?:strike|airstrike|air\s+strike|bombing|air\s+raid|raid|massacre)s?\b")


def _headline_town(headline: str, gazetteer: Gazetteer, countries: Sequence[str]) -> PlaceMention | None:
    """The one town a headline names a strike by ("after the X strike"), when the gazetteer knows it in the article's
    countries: a report that tells the strike without placing it in its body is about that one."""
    towns = {m["town"] for m in STRIKE_NAMED_BY_TOWN.finditer(headline)}
    if len(towns) != 1:
        return None
    town = next(iter(towns))
    start = headline.index(town)
    found = gazetteer.resolve(town, countries[:1]) if countries else None
    if found is None or found[0].kind == "country" or gazetteer.country_code(town):
        return None
    return PlaceMention(town, town, start, start + len(town), True, found[0].kind != "place", False)


def _locate(mention: Mention, gazetteer: Gazetteer, countries: Sequence[str],
            regions: Sequence[str] = ()) -> tuple[Any, int] | None:
    """The place struck, geocoded. A place named with the unit that contains it ("X area in Y
    district of Z") must lie in that unit; one the gazetteer does not know there is placed at the
    smallest named unit it does know, at the coarser precision that implies (ACLED's convention).
    A place known only in a country the article never names is placed by the other places of its
    sentence."""
    place = mention.place
    if place is not None:
        # ("Myaing Township": the township a town names, placed at the town when the index knows the township by no name)
        names = list(dict.fromkeys(n for n in (place.phrase, place.name, place.alternate, TOWNSHIP_OF.sub("", place.name)) if n))
        if place.town and place.phrase.endswith(place.name) and _town_of_unit(place.name, gazetteer, countries):
            # "the northern city of Jenin": the town, not the governorate of its name ("near the city of X": near the town)
            names.insert(0, f"{place.phrase} town")
        # "X area of Y tehsil of Z": Y is the Y of Z, not a namesake elsewhere
        # ("the Burkina Faso town of X" is X, wherever in that country it lies: the country is context; a name the index
        # does not know there is placed at the country's area, as before)
        code = gazetteer.country_code(place.within) if place.within else None
        there = gazetteer.resolve(place.name, countries) if code else None
        if there is not None and there[0].country == code and there[0].kind == "place":
            return there
        town = _resolve_in_regions(gazetteer, place.within, countries, place.containers) if place.within else None
        if town is not None and _inside(town, countries):
            found = gazetteer.resolve(place.phrase, countries) or gazetteer.resolve(place.name, countries)
            if found is not None and found[0].country == town[0].country and (
                    distance_km(found[0], town[0]) <= LOCALITY_KM
                    or found[0].kind == town[0].kind == "place" and town[0].seat not in ("admin seat", "capital")):
                # a quarter of the town, coded as ACLED codes it: at the town (of a town no province is named after, whatever
                # namesake of the quarter's its province holds: "the al-Hilaliya neighbourhood of Qamishli")
                return town[0], 2
            # (in its district too, where the index knows both: "the X area of Y district" is not an X two districts away)
            same_district = not (found and found[0].admin2 and town[0].admin2 and found[0].admin2 != town[0].admin2
                                 and (town[0].kind == "admin2" or town[0].seat == "district seat"))
            # (a town's quarter is in that town, whatever namesake abroad the quarter's name has: "the Tobruk
            # neighbourhood in Khan Younis"; a region's, "the Red Sea town of Mokha", may lie abroad)
            if found is not None and (found[0].admin1 == town[0].admin1 and same_district or found[0].country != town[0].country
                                      and bool(countries) and found[0].country == countries[0] and town[0].kind != "place"):
                return found  # in the town's province, or the town is a namesake abroad ("the Red Sea town of Mokha")
            return town[0], 2
        # (a unit that holds the place before a town it lies off: "Yarim, a town south of Sanaa in Ibb province" is Ibb's)
        for i, unit in sorted(enumerate(place.containers), key=lambda item: item[1].startswith("near ")):
            if gazetteer.country_code(unit):
                continue  # the country is the article's context already, not a unit to place by
            home = gazetteer.resolve_region(unit, countries) or _resolve_in_regions(gazetteer, unit, countries, place.containers[i + 1:])
            if home is None or not _inside(home, countries) or home[0].kind == "country":
                continue  # "near X in Somalia": the country is context, not a unit to place by
            # (a reading in or near the unit: not "Kyaukye" in another region for "X village, Kyaukkyi township, Bago region";
            # one in another country says the unit was read as a namesake abroad)
            readings = [r for name in names if (r := gazetteer.resolve(f"{name}, {unit}", countries)) is not None
                        and (r[0].admin1 == home[0].admin1 or distance_km(r[0], home[0]) <= NEAR_UNIT_KM or r[0].country != home[0].country
                             or spans(home[0], r[0]))]
            # (not the unit's own town: "Kutum, a town northwest of El Fasher" is no reading of El Fasher)
            # (nor the town the unit is told by: "Koya, east of Erbil" is no reading of Erbil city in Erbil province)
            # (a region told near a town, "strikes in Jubbada Hoose, near Kismayo", is placed at the town all the same)
            itself = gazetteer.resolve(place.name, countries)
            anchor = unit.removeprefix("near ") if itself is not None and itself[0].kind == "place" else ""
            town = gazetteer.resolve(anchor, countries) if anchor else None
            own = [r for r in readings if (r[0].lat, r[0].lon) not in {(home[0].lat, home[0].lon), town and (town[0].lat, town[0].lon)}
                   and r[0].name not in (home[0].name, anchor)]
            # ("near X, west of Y": a town the index knows near the unit it is told by, though not inside it; "Kabkabiya, a
            # town west of El Fasher": or in the province of the town it is told by, however far)
            near = [f for name in names if (f := gazetteer.resolve(name, countries)) is not None and _inside(f, countries)
                    and (distance_km(f[0], home[0]) <= NEAR_UNIT_KM
                         or unit.startswith("near ") and (f[0].country, f[0].admin1) == (home[0].country, home[0].admin1))
                    and f[0].name not in (home[0].name, anchor)] if not own else []
            return own[0] if own else near[0] if near else readings[0] if readings else (home[0], max(home[1], 2))
        for name in names:
            found = _resolve_in_regions(gazetteer, name, countries, regions)
            if found is not None and place.village and well_known(found[0].seat, found[0].population):
                continue  # "near the village of Baghdad": not the capital; unlocated is better than a wrong pin
            if found is not None and _inside(found, countries) and not _far_hamlet(found, countries):
                return found
        # (a great city struck is that city, whatever countries the article's other places vote for: "missiles hit
        # Erbil" in a report that goes on to Idlib province)
        great = gazetteer.resolve(place.name) if not place.village else None
        if great is not None and great[0].kind == "place" and great[0].population >= NOTABLE_ABROAD:
            return great
    for context in mention.context:
        if _is_country(context, gazetteer) or context.site:
            continue  # a site ("the Kafranbel roundabout in Saraqeb") is placed by its town, not a locator of its own
        found = gazetteer.resolve(context.phrase, countries)
        if found is not None and _inside(found, countries):
            place, precision = found
            return place, max(precision, 2 if place.kind == "place" else 3)
    return None


def _own_countries_first(mention: Mention, countries: Sequence[str], gazetteer: Gazetteer) -> Sequence[str]:
    """In a round-up of several wars, the article's countries with those the strike's own sentences
    name or place first: "Turkish drones hit a car near Qamishli" is read in Syria even where the
    report opened on Ukraine, whose hamlets may share a Syrian town's name. A country the strike's own
    words put its place in ("the Lebanese city of X", "the X region of northern Iraq") is the only one."""
    if mention.place is not None and (told := next(filter(None, (country_told(mention.place.name, s, gazetteer) for s in mention.sentences)), None)):
        return (told,)  # ("the southern Lebanese city of Saida": in Lebanon, whatever town abroad bears the name)
    own = []
    for place in [mention.place, *mention.context] if mention.place is not None else []:
        code = gazetteer.country_code(place.name)
        named = code is not None  # a country its own sentences or its section heading name, though the article says little of it
        if code is None:  # a town a reader places with no country beside it, never a hamlet's namesake
            found = gazetteer.resolve(place.name, ())
            # (a city known by a spelling others share is still that city: "Oryol" in an article on Ukraine and Russia)
            readings = [found] if found is not None else [gazetteer.resolve(place.name, (c,)) for c in countries]
            # (but not a town only another spelling names, where a country of the article has one that bears the name
            # itself: "Suwaydiyah" in a report on Syria is no Turkish "Süveydiye")
            # (nor one only another spelling names, where the article's first country holds a town by that name too:
            # "El Bur" in a report on Somalia is its town, not a Californian city one list spells so; a hamlet there
            # does not hold back the city: "Oryol" in a report on Ukraine and Russia)
            home = gazetteer.resolve(place.name, tuple(countries[:1])) if countries else None
            readings = [r for r in readings if r is not None and not (r[0].alternate_name and (
                _bears_name(place.name, countries, gazetteer) or home is not None and home[0].country == countries[0] and not _hamlet(home[0])))]
            code = next((r[0].country for r in readings if well_known(r[0].seat, r[0].population)), None)
            if code is None and readings and readings[0][0].population >= TOWN_POPULATION and _only_hamlets(place.name, countries, gazetteer):
                code = readings[0][0].country  # a town the article's countries hold only a hamlet namesake of ("Eilat" in a report on Yemen)
        if (code in countries or named) and code not in own:
            own.append(code)
    return tuple(own) + tuple(c for c in countries if c not in own)


HAMLET_POPULATION = 1000  # fewer people than this, and no seat: a hamlet, of which many namesakes lie anywhere
TOWN_POPULATION = 10000


def _hamlet(place: Any) -> bool:
    return place.kind == "place" and not place.seat and place.population < HAMLET_POPULATION


def _far_hamlet(found: tuple[Any, int], countries: Sequence[str]) -> bool:
    """A hamlet in a country the article names only in passing (third or later), read for a name its main
    countries do not know: more likely a namesake than the place (a base the index lacks, read as a village
    abroad). Unlocated is better than a wrong pin."""
    return found[0].country in countries[2:] and _hamlet(found[0])


def _only_hamlets(name: str, countries: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether the article's countries know `name` only as a hamlet counted at a few souls (not one whose size
    the index does not know, which may be a town)."""
    found = gazetteer.resolve(name, countries) if countries else None
    return found is not None and _hamlet(found[0]) and found[0].population > 0


def _bears_name(name: str, countries: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a place in one of `countries` bears `name` as its own name, not as another spelling."""
    return any((found := gazetteer.resolve(name, (country,))) is not None and not found[0].alternate_name for country in countries)


def _resolve_in_regions(gazetteer: Gazetteer, name: str, countries: Sequence[str], regions: Sequence[str]) -> tuple[Any, int] | None:
    """A name read with the provinces the article names elsewhere: they decide between namesakes of
    little note ("Zolochiv" near Kharkiv, not near Lviv), never against a city or a seat of government
    that a region named in passing happens to hold a hamlet namesake of."""
    plain = gazetteer.resolve(name, countries)
    if not regions or plain is not None and (well_known(plain[0].seat, plain[0].population)
                                             or plain[0].kind in ("admin1", "admin2") and not plain[0].alternate_name):
        return plain  # (nor against a province by its own name: "X" is not the district "Upper X" that is also known as X)
    regional = gazetteer.resolve(name, countries, regions)
    if regional is not None and plain is not None and plain[0].kind in ("admin1", "admin2") and regional[0].kind == "place" \
            and UNIT_WORD.search(name):
        return plain  # "the Majz district": the district asked for, not a town of that name in a province named elsewhere
    if regional is not None and plain is not None and regional[0].alternate_name and not plain[0].alternate_name \
            and plain[0].population > 0:
        return plain  # a town that bears the name, over a namesake in a named region that only another spelling gives
    if regional is not None and plain is not None and _hamlet(regional[0]) and plain[0].population >= TOWN_POPULATION \
            and distance_km(regional[0], plain[0]) > LOCALITY_KM:
        return plain  # a town of the country, over a hamlet namesake in a region the article names for other strikes
    return regional or plain


def _town_of_unit(name: str, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether a name read alone is a province or district, and read as a town is one close to that unit's centre: the
    seat the unit is named after, not a namesake further off."""
    unit, town = gazetteer.resolve(name, countries), gazetteer.resolve(f"{name} town", countries)
    return unit is not None and town is not None and unit[0].kind in ("admin1", "admin2") and town[0].kind == "place" \
        and distance_km(unit[0], town[0]) <= TOWN_OF_UNIT_KM


TOWN_OF_UNIT_KM = 15  # a unit's seat lies this close to the point the index gives the unit


def _inside(found: tuple[Any, int], countries: Sequence[str]) -> bool:
    return not countries or found[0].country in countries


