"""What is a strike: the words that report an attack from the air, and the cues that a mention
is not the report of one (talks about strikes, threats, plans, denials, hypotheticals).

"Strikes" alone is ambiguous (labour strikes, artillery strikes), so it counts only in an article
that speaks of attacks from the air elsewhere, and never next to a ground-fighting word.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from strikes.extract.gate import Gated, GatedBranches, first_char_checked, gated, gated_branches, per_article
from strikes.extract.lexicon import FELLED_BUILDING, WORD_AFTER, WORD_BEFORE, alternation, load, longest_first


@dataclass(frozen=True)
class Trigger:
    """Where a sentence reports an attack; `aerial` when the words alone say it came from the air."""

    start: int
    end: int
    aerial: bool


@dataclass(frozen=True)
class _Patterns:
    """The trigger patterns, each behind the gate of the words it needs (most sentences lack them); in
    the long lists of phrases, each phrase behind its own (a sentence holds the words of few)."""

    aerial: GatedBranches
    aircraft: GatedBranches
    armed_craft: Gated
    attack: GatedBranches
    contextual: GatedBranches
    ground: GatedBranches
    not_attack: Gated
    not_before: GatedBranches
    disclaimer: Gated
    not_after: Gated
    modifies: Gated
    victim_before: Gated
    victim_after: Gated
    state_strike: Gated
    state_verb: Gated
    military_strike: Gated


@functools.cache
def _patterns() -> _Patterns:
    words, cues = load("triggers"), load("cues")
    patterns = dict(
        armed_craft=re.compile(alternation(words["armed_craft"]), re.I),
        not_attack=re.compile(alternation(words["not_attacks"]), re.I),
        disclaimer=re.compile(alternation(cues["disclaimers"]), re.I),
        not_after=re.compile(r"^\W*(?:\w+\W+){0,2}?" + alternation(cues["not_an_event_after"]), re.I),
        # ("air-raid and missile danger warnings": two alarms, one noun)
        modifies=re.compile(r"^[ -](?:and\s+(?:[\w-]+\s+){1,2}?)?" + alternation(cues["modifies_after"]), re.I),
        victim_before=re.compile(alternation(words["aircraft_as_victim_before"]) + r"\s+(?:(?:an?|the|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?!(?:with|by|from|using|via|and)\s)[\w-]+\s+){0,3}$", re.I),
        victim_after=re.compile(r"^\W*(?:[\w-]+\s+){0,1}?" + alternation(words["aircraft_as_victim_after"]), re.I),
        state_strike=_state_strike(),
        state_verb=_state_verb(words["state_verbs"], words["figurative_objects"]),
        military_strike=_military_strike(words["struck_targets"]),
    )
    # (the lists of aircraft, attack verbs and ground fighting too: a sentence holds the words of a few of their
    # forty to sixty phrases, and the others' were tried at every word)
    branched = {name: gated_branches(WORD_BEFORE, longest_first(phrases), WORD_AFTER, re.I)
                for name, phrases in (("aerial", words["aerial"]), ("contextual", words["contextual"]), ("not_before", cues["not_an_event_before"]),
                                      ("aircraft", words["aircraft"]), ("ground", words["ground"]),
                                      ("attack", words["attack_verbs"] + [rf"brought down(?={FELLED_BUILDING})"]))}
    return _Patterns(**branched, **{name: gated(pattern) for name, pattern in patterns.items()})


def _military_strike(targets: list[str]) -> re.Pattern[str]:
    """ "A strike targeted a vehicle", "killed in a strike on a house": a strike that hit
    something or someone (see `struck_targets`)."""
    # ("strikes on military targets belonging to X": a kind of target, told bare)
    on = rf"\s+on\s+(?:(?:an?|the|their|his|her|its|two|three|several)\s+)?(?:[\w-]+\s+){{0,2}}?{alternation(targets)}"
    return re.compile(rf"\bstrikes?\b(?:{on}|\s+(?:\w+\s+)?(?:targeted|targeting|hit|killed|killing)\b)"
                      rf"|\bkilled\s+(?:[\w-]+\s+){{0,4}}?in\s+(?:an?|the)\s+(?:[\w-]+\s+)?strikes?\b", re.I)


def _state_strike() -> re.Pattern[str]:
    """ "An Israeli strike hit their home", "a strike by the Israeli military": a state's strike,
    in an article that names no aircraft, is still most often from the air (or a missile)."""
    actors = load("actors")
    states = alternation([w for e in actors["states"] for w in e["demonyms"] + e["names"]]
                         + [a for e in actors["coalitions"] for a in e["aliases"]], joined=True)
    return re.compile(rf"{states}(?:\s+(?:military|army|air|drone|missile))?\s+strikes?\b"
                      rf"|\bstrikes?\s+by\s+(?:the\s+)?{states}", re.I)


def _state_verb(verbs: list[str], figurative: list[str]) -> re.Pattern[str]:
    """ "Israel struck a school in X", "Russia has hit two power plants", "AFRICOM struck al-Shabaab
    militants near X": the verb (group `verb`) of
    a state named as its subject (see `state_verbs`); the trigger is the verb, so the attacker is
    read as for any other."""
    names = alternation([w for e in load("actors")["states"] for w in e["names"]] + load("triggers")["government_subjects"])
    # "rockets fired from Syria struck ...": a state after a preposition is where, not who
    where = "".join(rf"(?<!\b{p}\s)" for p in ("from", "in", "into", "inside", "over", "across", "of", "on", "at", "near", "against", "to"))
    # "CENTCOM, the US command for the Middle East, struck ISIS militants": an apposition, and a group named at once
    group = r"(?:al-[\w-]+|(?-i:[A-Z])[\w-]*)\s+(?:militants|fighters|insurgents|operatives|targets|positions)"
    # "Israel struck targets near Hama", "Russia struck Kharkiv overnight": what it hit, told bare, or the place by name
    objects = r"(?:(?-i:[a-z-]+)\s+){0,2}?(?:targets|positions|sites|facilities|bases|depots|installations|launchers|warehouses|buildings|hideouts|camps|" \
              r"compounds|infrastructure|headquarters|militants|fighters|vehicles)\b|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:overnight|early|late|on|in|at|near|with|and)\b|(?-i:[A-Z])[\w'’-]+[,.]"
    # (not with "has": "Israel has struck military sites near X" is a record, unless what it struck is counted or singled out)
    # "The army said it struck launchers in X", "the Houthis said they had targeted Y": the speaker tells of its own strike
    speaker = r"\b(?:said|says|announced|confirmed|stated)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+|\w+day\s+)?(?:that\s+)?(?:it|they)"
    # (the start of a word asked before the twelve prepositions, which were tried at every letter; the names' own opening)
    return re.compile(rf"(?:{WORD_BEFORE}{where}{names}(?:,\s+[^,;]{{3,60}},)?|{speaker})\s+(?:(?:(?P<perfect>has|had|have)|also|then|again|later|reportedly)\s+){{0,2}}"
                      rf"(?P<verb>{alternation(verbs)})(?=\s+(?:(?:(?:more\s+than|at\s+least|nearly|almost|about|around|over|some)\s+)?"
                      # ("Israel hit more than 40 sites", "struck dozens of depots": a count of what it hit)
                      rf"(?:an?|the|another|two|three|four|five|six|several|\d+|dozens|scores|hundreds|{group})\s|(?(perfect)(?!)|(?:{objects}))))"
                      rf"(?!\s+(?:[\w'-]+\s+){{0,5}}?{alternation(figurative)})", re.I)


def speaks_of_air_attacks(text: str) -> bool:
    """Whether a text anywhere names an attack from the air, armed aircraft over the scene ("a
    drone hovered", "drones still circling"), a strike that hit a target or killed, or a state that
    struck a place ("On 23 June, Israel struck a prison in Tehran"): the context for bare "strikes"."""
    p = _patterns()
    return p.aerial.holds(text) or next(_craft_triggers(text, []), None) is not None \
        or bool(p.state_strike.search(text)) or bool(p.state_verb.search(text)) \
        or any(not _is_hit(text, craft) for craft in p.armed_craft.finditer(text)) \
        or any(not p.ground.holds(near := text[max(0, m.start() - 40):m.end() + 40]) and not p.not_attack.search(near)
               for m in p.military_strike.finditer(text))


# "Jets flown for X, whose forces hold the south, hit ...": the craft's description and a relative clause about another
ASIDE_AFTER = re.compile(r"[^,;.]{0,60}?,\s+(?:whose|which|who)\b[^,;.]{0,120},")
# "delivered two new attack helicopters": the kind of craft, not an attack
SENT_BEFORE = re.compile(r"\b(?:sent|sends|launched|launches|fired|fires|flew|flies|used|uses|deployed)\s+(?:[\w-]+\s+){0,3}$", re.I)
ATTACK_MODIFIER = gated(re.compile(r"\battack(?=[\s-]+(?:helicopters?|drones?|aircraft|jets?|planes?|uavs?)\b)", re.I))


@per_article
def triggers_in(sentence: str, aerial_context: bool) -> list[Trigger]:
    """The attack words of a sentence, air-specific ones first."""
    p = _patterns()
    found = list(_air_triggers(sentence))
    # "Apart from the raid on X, militants launched assaults on army posts": with no aircraft named, a
    # sentence that tells of ground fighting anywhere speaks of that fighting
    if aerial_context and (found or not is_ground_fighting(sentence)):
        # "Israel hit a school in X": in an article about air attacks a state's blow is one, and tells news of its
        # own even in a clause of another ("The raid came a day after Israel bombed ...")
        states = [Trigger(*m.span("verb"), True) for m in p.state_verb.finditer(sentence)]
        for word in p.contextual.finditer(_acts(sentence)):
            near = sentence[max(0, word.start() - 25): word.end() + 15]
            # ("Miners went on strike over pay; the union said the strike goes on": a stoppage, told in the word's clause)
            stoppage = p.not_attack.search(sentence, max(0, word.start() - 60), word.end() + 40)
            if not _overlaps(found + states, word.start(), word.end()) and not p.ground.holds(near) and not stoppage:
                found.append(Trigger(word.start(), word.end(), False))
        found += [t for t in states if not _overlaps(found, t.start, t.end)]
    return sorted(found, key=lambda t: (not t.aerial, t.start))


def _air_triggers(sentence: str) -> Iterator[Trigger]:
    """The air-specific attack words of a sentence, its aerial phrases first, then each aircraft named
    with an attack verb near that no phrase holds."""
    found = [Trigger(m.start(), m.end(), True) for m in _patterns().aerial.finditer(sentence)]
    yield from found
    yield from _craft_triggers(sentence, found)


def _craft_triggers(sentence: str, found: list[Trigger]) -> Iterator[Trigger]:
    """Each aircraft a sentence names with an attack verb near, that none of the triggers `found` holds
    (added to them); one at a time, for `speaks_of_air_attacks`, which asks an article's whole text,
    that holds no aerial phrase, for the first."""
    p = _patterns()
    acts = _acts(sentence)
    for craft in p.aircraft.finditer(sentence):
        # ("Jets flown for the general, whose army rules the south, hit a convoy": the verb after the aside)
        aside = ASIDE_AFTER.match(acts, craft.end())
        # ("struck the X refinery in Russia's Y Oblast with long-range drones": the craft, the instrument of a verb far before)
        reach = 160 if INSTRUMENT.search(sentence, max(0, craft.start() - 40), craft.start()) else 80
        window = acts[max(0, craft.start() - reach): (aside.end() if aside else craft.end()) + 90]
        if _attacks_in(window, craft.start() - max(0, craft.start() - reach)) and not _overlaps(found, craft.start(), craft.end()) \
                and not _is_hit(sentence, craft) \
                and not INTERCEPTS.match(sentence, craft.end()):
            found.append(Trigger(craft.start(), craft.end(), True))
            yield found[-1]


INSTRUMENT = re.compile(r"\b(?:with|using)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "an interceptor jet downed a drone above the gulf": the craft that intercepts another, not a strike
# (not "aircraft brought down the tower": a building felled)
INTERCEPTS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:downed|shot\s+down|intercepted|brought\s+down(?!" + FELLED_BUILDING + r"))\b", re.I)
# "aircraft circled for an hour but no bombs fell", "jets flew over without striking": the attack word denied
NEGATED = re.compile(r"(?:\b(?:no|not|never|without|nor)|n['’]t)\s+(?:[\w-]+\s+)?$", re.I)


# "a paramotor circled over the town but dropped nothing": the attack word denied by its object
NOTHING_AFTER = re.compile(r"\s+(?:nothing|no\s+(?:bombs?|munitions?|explosives?|shells?|payloads?|ordnance))\b", re.I)
# "launched rockets at the port and sent drones towards a base": the attack word is the rockets', fired from the ground
GROUND_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:rockets?|shells?|mortars?|artillery)\b", re.I)


def _attacks_in(window: str, craft_at: int) -> bool:
    """Whether a window round an aircraft (at `craft_at` in it) holds an attack word that is not denied, nor, before the
    aircraft, another weapon's ("a helicopter fired rockets": the helicopter's own)."""
    return any(not NEGATED.search(window, max(0, m.start() - 25), m.start()) and not NOTHING_AFTER.match(window, m.end())
               and not (m.start() < craft_at and GROUND_OBJECT.match(window, m.end()))
               for m in _patterns().attack.finditer(window))


def _acts(sentence: str) -> str:
    """The sentence with "attack" blanked where it names a kind of aircraft that was sent, not an
    attack ("sent attack drones against the region": sent to attack); offsets stay true."""
    acts = sentence
    for kind in ATTACK_MODIFIER.finditer(sentence):
        if not SENT_BEFORE.search(sentence, max(0, kind.start() - 40), kind.start()):
            acts = acts[:kind.start()] + " " * (kind.end() - kind.start()) + acts[kind.end():]
    return acts


def _is_hit(sentence: str, craft: re.Match[str]) -> bool:
    """Whether the aircraft is what was shot down, intercepted or bombed rather than the attacker."""
    p = _patterns()
    return bool(p.victim_before.search(sentence[max(0, craft.start() - 60): craft.start()])
                or p.victim_after.match(sentence[craft.end(): craft.end() + 50]))


def _overlaps(found: list[Trigger], start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in found)


# "nobody knows if the aircraft which hit X were Turkish or Iraqi": the question is whose aircraft, the raid
# a fact told in the relative clause
IN_QUESTION = re.compile(r"whether|if", re.I)
TOLD_AS_FACT = re.compile(r"\s+(?:that|which)\s+(?:had\s+)?(?:bombed|struck|hit|attacked|targeted|raided|killed)\b", re.I)


TALK = re.compile(r"talks?|discuss\w*|negotiat\w*|ceasefire|truce", re.I)


# 'a photo captioned "clinic in X bombed today"', 'posts reading "jets hit X"': the words shared, not a report of them
QUOTED_POST = re.compile(r"\b(?:captioned|titled|headlined|label(?:l)?ed|reading|that\s+read|with\s+the\s+(?:words|caption|text))\s*[:,]?\s*$", re.I)


SCARE_QUOTE_END = re.compile(r"[^\"”.;!?]{0,25}[\"”](?!\s*,?\s*(?:said|says|added|told)\b)")  # the quote closes a few words on, and no one says it
AFTER_CLAUSE = first_char_checked(re.compile(r"\b(?:after|following)\s+", re.I))  # a clause that tells what happened before


def reports_attack(sentence: str, trigger: Trigger, days: Sequence[int] = ()) -> bool:
    """Whether the attack at `trigger` is reported as having happened, rather than discussed,
    threatened, planned, denied or supposed. The cue must sit in the trigger's own clause (`days`: where the
    sentence tells a day, which a strike told after "after" has of its own)."""
    p = _patterns()
    clause_start = _clause_start(sentence, trigger.start)
    if clause_start >= 0 and sentence[clause_start] in "“\"" and QUOTED_POST.search(sentence, 0, clause_start):
        return False
    if clause_start >= 0 and sentence[clause_start] in "“\"" and trigger.start - clause_start < 30 \
            and SCARE_QUOTE_END.match(sentence, trigger.end):
        # ('had authorized "targeted airstrikes" if ...': a phrase quoted inside the clause, which goes on around it)
        clause_start = _clause_start(sentence, clause_start)
    if clause_start >= 0 and (quoted := SCARE_QUOTED.search(sentence, max(0, clause_start - 30), clause_start + 1)) is not None:
        # ('would begin "heavy" air strikes': a word quoted just before the strike, inside the clause that goes on around it)
        clause_start = _clause_start(sentence, quoted.start())
    before = p.disclaimer.sub(" ", sentence[max(clause_start + 1, trigger.start - 70): trigger.start])
    # ("As ceasefire talks resumed, jets struck X": talks in a clause of their own, not talk of the strike)
    cues = [c for c in p.not_before.finditer(before) if not (TALK.fullmatch(c.group(0)) and "," in before[c.end():])]
    # ("demanded an end to attacks after two strikes hit X on Monday": the demand's clause ends where the strike it
    # follows is told, on its day; not "after two attacks this month", a recap)
    opener = max((m.start() for m in AFTER_CLAUSE.finditer(before)), default=-1)
    if opener >= 0 and any(trigger.end <= day <= trigger.end + 120 for day in days):
        cues = [c for c in cues if c.end() > opener]
    questions = [c for c in cues if IN_QUESTION.fullmatch(c.group(0))]
    if questions and TOLD_AS_FACT.match(sentence, trigger.end):  # ("could not tell if the aircraft which hit ...")
        cues = [c for c in cues if c.start() > questions[-1].start()]
    # ("jets repeatedly bombed X on February 3": one day's raids, not a habit)
    one_day = any(trigger.start <= day <= trigger.end + 120 and not SINCE.search(sentence, max(0, day - 8), day) for day in days)
    if one_day:
        cues = [c for c in cues if not _REPEATED.search(c.group(0))]
    if cues:
        return False
    after = sentence[trigger.end: trigger.end + 70]
    habit = p.not_after.match(after)
    return not (habit and not (one_day and _REPEATED.search(habit.group(0)))) and not p.modifies.match(after)


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause that holds `end` opens: the last semicolon, colon, quote or bracket before it (-1: the sentence's
    start); not the colon of a time ("updated at 14:30 with the reported strikes")."""
    marks = [m.start() for m in CLAUSE_MARK.finditer(sentence, 0, end)]
    return marks[-1] if marks else -1


CLAUSE_MARK = first_char_checked(re.compile(r"[;“”\"(]|:(?!\d)"))
SCARE_QUOTED = re.compile(r"(?<=\s)[\"“][\w'-]+(?: [\w'-]+)?[\"”]$")  # a word or two, quoted
SINCE = re.compile(r"\bsince\s+$", re.I)  # ("hit repeatedly since Saturday night": the day the habit began)
_REPEATED = re.compile(r"\brepeatedly\s*$", re.I)


def names_attack(text: str) -> bool:
    """Whether a clause has an attack verb ("struck", "bombed", "hit"), whatever its subject."""
    return _patterns().attack.holds(text)


# "families who had fled clashes", "displaced by the shelling": the fighting people fled, before what the sentence tells
_FLED = re.compile(r"\b(?:fled|flee|fleeing|escaped|escaping|escape|displaced\s+by|uprooted\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


@per_article
def is_ground_fighting(sentence: str) -> bool:
    """Whether a sentence names ground fighting or shelling (used when it names no aircraft), other than the fighting
    people fled."""
    return any(not _FLED.search(sentence, max(0, m.start() - 40), m.start()) for m in _patterns().ground.finditer(sentence))
