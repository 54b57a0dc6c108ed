"""Clauses that tell another event than the one a sentence reports.

"Jets struck the port on Monday in retaliation for a drone attack on a base in X that killed
three": X, the three dead and the attack on the base belong to the motive, not to the strike. So do
what a strike followed ("came two days after militants stormed a post in X") and what its target
was blamed for ("a commander it held responsible for shelling X"). The cues are data
(`cues.yaml`, `other_event`); a clause runs to the end of its sentence, or to the first comma when
it opens the sentence ("Hours after the attack on X, jets bombed Y").
"""
from __future__ import annotations

import functools
import re

from strikes.extract.gate import GatedBranches, first_char_checked, gated_branches
from strikes.extract.lexicon import WORD_AFTER, WORD_BEFORE, load, longest_first

Span = tuple[int, int]


@functools.cache
def _other_event() -> GatedBranches:
    """The cues, each behind the gate of its own words (a sentence holds the words of few)."""
    return gated_branches(WORD_BEFORE, longest_first(load("cues")["other_event"]), WORD_AFTER, re.I)


# the cue opens the sentence: "Two days after ...,"; or follows only the day the sentence, or its clause, tells ("On
# Monday, a day ahead of the vote, a jet struck X", "..., and on 24 June, hours before the truce, a missile hit Y": the
# aside ends at its comma, the strike is the day's)
_OPENS = re.compile(r"^\W*(?:(?:[Jj]ust|[Oo]nly|[Bb]ut|[Aa]nd)\W+)?$|"
                    r"(?:^\s*|.*[,;]\s+and\s+(?:then\s+)?)(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:[Oo]n\s+)?"
                    r"(?:(?-i:[A-Z])[a-z]+day|[0-3]?\d\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\.?\s+[0-3]?\d)"
                    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*$|"
                    # ("In March this year, two days after an attack on X, jets struck Y": the month, then the aside)
                    r"^\s*[Ii]n\s+(?-i:[A-Z])[a-z]+(?:\s+(?:\d{4}|this\s+year|last\s+year))?\s*,\s*$", re.S)
# a count written in words or digits before a span ("nine days", "a year", "18 months")
COUNT_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|\d+)"
# "nine days after", "a week after", "two weeks after" (in days), "hours after" (the same day)
_DAYS_AFTER = re.compile(r"\b(?P<n>" + COUNT_WORD + r")\s+(?P<unit>days?|weeks?)\s+after\b|\bhours\s+after\b", re.I)


def spelled_count(word: str) -> int | None:
    """The count one word writes ("nine" -> 9, "a" -> 1, "18" -> 18), read from the number words (`numbers.yaml`)."""
    words = load("numbers")
    return int(word) if word.isdigit() else words["units"].get(word.lower()) or words["tens"].get(word.lower())


@functools.cache
def _ground_fire() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Fire and fighting on the ground (`cues.yaml`, `ground_fire`, `ground_fighting`), where its clause ends
    (`ground_fire_ends`), and an aircraft that fires it (`triggers.yaml`, `aircraft`: "a helicopter gunship fired
    rockets at X" is a strike)."""
    cues = load("cues")
    return (first_char_checked(re.compile(WORD_BEFORE + "(?:" + "|".join(cues["ground_fire"] + cues["ground_fighting"]) + ")", re.I)),
            first_char_checked(re.compile("|".join(cues["ground_fire_ends"]), re.I)),
            first_char_checked(re.compile(WORD_BEFORE + "(?:" + "|".join(load("triggers")["aircraft"]) + ")" + WORD_AFTER, re.I)))


# the words that open the clause a cue of fire stands in: its subject is told after the last of them
_CLAUSE_OPENS = re.compile(r".*(?:[,;:]|\b(?:while|whereas|and|but|as|after|before|when)\b)", re.I | re.S)


def other_event_spans(sentence: str) -> list[Span]:
    """Where a sentence tells another event than its own strike, as (start, end) offsets: a cue's clause, or the
    clause of fire from the ground ("fired rockets at X, while jets struck Y": to the clause that goes on)."""
    return list(_other_event_spans(sentence))


def forget_clauses() -> None:
    """Forget the sentences' clauses: nothing in extraction remembers a sentence from one article to the next
    (bench/throughput.py repeats sentences, which an answer remembered would flatter)."""
    _other_event_spans.cache_clear()
    _cued_event_spans.cache_clear()
    _ground_fire_spans.cache_clear()


def cued_event_spans(sentence: str) -> list[Span]:
    """The clauses of another event that a cue opens ("in retaliation for ...", "a town where gangs have killed ..."),
    without the clauses of fire from the ground: what a sentence tells beside its own news."""
    return list(_cued_event_spans(sentence))


@functools.lru_cache(maxsize=256)  # within an article, a sentence's clauses are asked for its day, its place, its side and its toll
def _other_event_spans(sentence: str) -> tuple[Span, ...]:
    spans = list(_cued_event_spans(sentence))
    return tuple(sorted(spans + [span for span in _ground_fire_spans(sentence) if not inside(span[0], spans)]))


@functools.lru_cache(maxsize=256)
def _cued_event_spans(sentence: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    for cue in _other_event().finditer(sentence):
        if spans and cue.start() < spans[-1][1]:
            continue
        stop = sentence.find(",", cue.end()) if _OPENS.match(sentence[:cue.start()]) else -1
        if stop < 0:
            stop = next((i for i in (sentence.find(ch, cue.end()) for ch in ";—") if i >= 0), len(sentence))
        spans.append((cue.start(), stop))
    return tuple(spans)


def ground_fire_spans(sentence: str) -> list[Span]:
    """Where a sentence tells fire from the ground, to the clause that goes on ("fired rockets at X, while jets struck
    Y"). Its places and dead are the fire's; its day is often the strike's too ("On Sunday, Hezbollah fired rockets at
    X, while jets struck Y")."""
    return list(_ground_fire_spans(sentence))


@functools.lru_cache(maxsize=256)  # (asked again of the sentence before, and with its other clauses)
def _ground_fire_spans(sentence: str) -> tuple[Span, ...]:
    fire, ends, aircraft = _ground_fire()
    spans = []
    for cue in fire.finditer(sentence):
        before = sentence[max(0, cue.start() - 60):cue.start()]
        opened = _CLAUSE_OPENS.match(before)
        if aircraft.search(before, opened.end() if opened else 0):
            continue  # "a Mi-35 helicopter fired rockets into the town": fired from the air
        end = ends.search(sentence, cue.end())
        stop = end.start() if end else len(sentence)
        if _RELATIVE.search(before) and (comma := sentence.find(",", cue.end(), stop)) >= 0:
            stop = comma  # "struck a car carrying men who had just fired rockets at X, killing one": the strike's toll
        elif (more := ONE_OF_THE_FIRE.match(sentence, stop)) is not None:
            # "fired 30 rockets at the south; one of them hit a house in X": where the fire fell, still the fire's
            end = ends.search(sentence, more.end())
            stop = end.start() if end else len(sentence)
        spans.append((cue.start(), stop))
    return tuple(spans)


@functools.cache
def _fighting() -> re.Pattern[str]:
    return re.compile("|".join(load("cues")["ground_fighting"]), re.I)


def fighting_spans(sentence: str) -> list[Span]:
    """The clauses of `ground_fire_spans` that tell fighting on the ground ("Clashes raged in A, while jets struck
    B"), where a strike whose own clause names no place was most likely flown."""
    return [span for span in _ground_fire_spans(sentence) if _fighting().match(sentence, span[0])]


# "... rockets; one of them hit a house", "One struck a school.": some of the fire just told, where it fell
ONE_OF_THE_FIRE = re.compile(r"\s*[;,—–-]?\s*(?:and\s+)?(?:one|two|three|four|five|several|some|many|most|another|others|a\s+few)"
                             r"(?:\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?(?:rockets|shells|mortars|rounds|projectiles)))?"
                             r"\s+(?:\w+ly\s+)?(?:hit|struck|landed|fell|slammed|exploded|crashed|smashed|damaged|killed)\b", re.I)


def fire_goes_on(sentence: str, previous: str) -> bool:
    """Whether a sentence tells where some of the fire from the ground that closed the sentence before fell ("Rockets
    kept falling on the border towns." then "One hit a petrol station in X"): its place and dead are the fire's."""
    return ONE_OF_THE_FIRE.match(sentence) is not None and any(stop >= len(previous.rstrip(" .!?\"”")) - 1
                                                             for _, stop in ground_fire_spans(previous))


def fire_told_again(sentence: str, previous: str) -> bool:
    """Whether a sentence speaks of "the attack" (or "the barrage") right after one that told fire from the ground
    ("Rockets slammed into the camps ..." then "The attack struck a hillside near X", "Ministers met after the attack on
    the resort near X"): that fire, told again."""
    return TOLD_AGAIN.search(sentence) is not None and (bool(ground_fire_spans(previous))
                                                        or SHELLING.search(previous) is not None and AIRBORNE.search(previous) is None)


# "blamed X for last week's shelling of a resort": fire from the ground told by its name, with nothing airborne
SHELLING = re.compile(r"\b(?:shelling|shelled|artillery|mortar\s+fire|tank\s+fire)\b", re.I)
AIRBORNE = re.compile(r"\b(?:air|airstrikes?|drones?|missiles?|jets?|warplanes?|aircraft|helicopters?|planes?|bomb(?:s|ed|ing|ings)?|uavs?)\b", re.I)


TOLD_AGAIN = first_char_checked(re.compile(r"\bthe\s+(?:attacks?|barrage|salvo|bombardment|shelling|assault)\s+(?!by\b|from\s+the\s+air\b)", re.I))
_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:just\s+|earlier\s+|also\s+|reportedly\s+)?$", re.I)


def cue_end(sentence: str, clause: Span) -> int:
    """Where the cue that opens a clause of `other_event_spans` ends ("came a day after"): the words
    that set the clause apart, which say nothing of where its own event was."""
    return next((m.end() for m in _other_event().finditer(sentence) if m.start() == clause[0]), clause[0])


def inside(position: int, spans: list[Span]) -> bool:
    return any(a <= position < b for a, b in spans)


def blank(sentence: str, spans: list[Span]) -> str:
    """The sentence with the spans' characters turned to spaces: offsets stay true."""
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def outside(keep: Span, length: int) -> list[Span]:
    """Every part of a sentence of `length` but `keep`: to read a clause on its own."""
    return [s for s in ((0, keep[0]), (keep[1], length)) if s[0] < s[1]]


def days_after(sentence: str, clause: Span) -> int | None:
    """How many days a clause's event lies before the main clause's: "Fires burned on Sunday, a day
    after jets struck the port" -> 1 (Saturday); "hours after" -> 0; None when the clause does not say."""
    cue = _DAYS_AFTER.match(sentence, clause[0]) or _DAYS_AFTER.search(sentence[clause[0]:clause[0] + 40])
    if cue is None:
        return None
    n = cue["n"]
    if n is None:
        return 0
    count = spelled_count(n)
    count = count if count is not None and count < 60 else None
    return None if count is None else count * (7 if cue["unit"].lower().startswith("week") else 1)
