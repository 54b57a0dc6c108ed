"""Who struck: the attacker named in a sentence, normalised to a canonical actor and its country.

A state is the attacker when its name or demonym stands with a military noun ("Russian warplanes",
"Moscow's jets", "Turkish army helicopters") or after "by"; armed groups only when they launch
something. A group named as the target ("against PKK militants", "Houthi positions") is the victim,
not the actor. The vocabulary is `data/actors.yaml`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from strikes.extract.gate import Gated, GateIndex, first_char_checked, folded, gate_index, gated, gated_alternation
from strikes.extract.lexicon import FELLED_BUILDING, SUPPLY_VERBS, alternation, load


@dataclass(frozen=True)
class Actor:
    name: str
    country: str | None


UNKNOWN = Actor("unknown", None)
# "Military airstrikes", "government planes" in a text that names no country: the forces of
# whichever country the strike is placed in, settled once the place is geocoded.
OWN_FORCES = Actor("own forces", None)


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int
    end: int
    strength: int  # 2: stands with a military noun or after "by"; 1: named nearby


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str] | Gated  # (gated by its own words where most sentences name none: a coalition, a group)
    actor: Actor | None  # None: the government of the article's country
    strength: int
    group: bool = False
    gate: re.Pattern[str] | None = None  # a state's rules run only in a sentence that names the state ("-held ground")
    heads: frozenset[str] | None = None  # how the gate's words begin (see `_heads`); None: any way


_VICTIM_BEFORE = first_char_checked(re.compile(r"(?<![\w-])(?:against|targeting|targetting|targeted|on|at|hit|hitting|struck|killing|killed|of|from|with|between|among|destroyed|destroying)\s+(?:the\s+|an?\s+)?(?:suspected\s+|alleged\s+|rival\s+)?$", re.I))
# ("destroyed a JNIM logistics base": a side's site, with one word for its kind)
_VICTIM_AFTER = gated(re.compile(r"^(?:['’]s\s+|\s+)?(?:-|\s)?(?:militants?|fighters?|positions?|reinforcements?|members?|hideouts?|commanders?|leaders?|targets?|"
                                 r"generals?|officials?|officers?|operatives?|(?:aircraft\s+)?carriers?|warships?|destroyers?|frigates?|embassy|consulate|"
                                 r"(?:(?-i:[a-z]+)\s+)?(?:bases?|posts?|camps?|depots?|sites?|hideouts?)|held|controlled|territory|areas?|rebels?|"
                                 r"insurgents?|gunmen|convoys?|vehicles?|tanks?|strongholds?)\b", re.I))
_TARGET_OF = gated(re.compile(r"(?<![\w-])(?:positions?|posts?|bases?|headquarters|barracks|gatherings?|concentrations?|depots?|convoys?|"
                              r"vehicles?|outposts?|checkpoints?|camps?|sites?|cent(?:re|er)s?|facilit(?:y|ies)|warehouses?|hangars?|airfields?|"
                              r"units?|equipment)\s+(?:(?:belonging\s+to|of)\s+(?:the\s+|an?\s+)?|"
                              r"for\s+(?:the\s+)?(?:[a-z-]+\s+)?)$", re.I))  # ("a training centre for internal security forces")
# ("the X field, run by US firm Y": the reading may start at "by")
_USED_BY = gated(re.compile(r"\b(?:used|occupied|run|held|manned|operated|controlled|owned|managed)\s+(?:by\s+(?:the\s+)?)?$", re.I))
_CRAFT_USED_BY = re.compile(r"\b(?:drones?|uavs?|jets?|aircraft|(?:war)?planes?|helicopters?|bombers?)\s+(?:[\w-]+\s+)?"
                            r"(?:used|occupied|run|held|manned|operated|controlled|owned|managed)\s+(?:by\s+(?:the\s+)?)?$", re.I)
# ("a drone dropped explosives on a police helicopter": the craft hit)
_CRAFT_STRUCK = gated(re.compile(r"(?<![\w-])(?:(?:struck|hit|hitting|targeted|targeting|attacked|bombed|destroyed|destroying|damaged|damaging)\s+|"
                                 r"(?:dropped|dropping|fired|firing)\s+(?:[\w-]+\s+){0,2}?(?:on|at)\s+)"
                                 r"(?:(?:the|an?|two|three|four|five|six|\d+|several|parked|grounded)\s+){0,3}$", re.I))
# ("brought down an army helicopter": a crewed aircraft downed is the target; not "a downed Russian drone", the attacker's)
_CREWED_DOWNED = first_char_checked(re.compile(r"(?<![\w-])(?:brought\s+down|shot\s+down|downed)\s+(?:(?:the|an?|two|three|\d+)\s+){0,2}$", re.I))
_CREWED_CRAFT = r"(?:helicopters?|planes?|jets?|aircraft|airliners?)"
_CREWED = re.compile(rf"\b{_CREWED_CRAFT}\b", re.I)
_CRAFT = re.compile(r"\b(?:jets?|drones?|uavs?|aircraft|(?:war)?planes?|bombers?|helicopters?|(?:su|tu|mig)-\d+\w*)\b", re.I)
# "a hangar for Turkish drones", "depots of Iranian missiles": the weapons kept where the strike fell
# ("the city, which hosts the base for Russia's strategic bombers": the bombers' home, hit; not their side striking)
_STORE_OF = gated(re.compile(r"(?<![\w-])(?:hangars?|depots?|stores?|storage|warehouses?|workshops?|factor(?:y|ies)|stockpiles?|caches?|plants?|"
                       r"bases?|air\s*bases?|airfields?|home)\s+"
                       r"(?:[\w-]+\s+)?(?:for|of|storing|housing|holding|used\s+to\s+(?:store|house|keep|assemble|build))\s+(?:the\s+)?$", re.I))
_STORED = re.compile(rf"{_CRAFT.pattern}|\b(?:missiles?|rockets?|munitions|weapons|ammunition)\b", re.I)
_COUNTED = first_char_checked(re.compile(r"(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several))\s+$", re.I))
_HARMED_BEFORE = gated(re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured|hurting|hurt)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}$", re.I))
_PEOPLE_NAMED = re.compile(r"\b(?:soldiers|troops|servicemen|service\s+members|personnel|marines|sailors)$", re.I)
_TARGETED_TROOPS = first_char_checked(re.compile(r"(?<![\w-])(?:at|against|on|targeting|targeted|hit|hitting|struck|attacking|attacked)\s+(?:the\s+)?$", re.I))
# ("killing three US Army reservists", "wounding two British sailors": the people of a side, hit)
_PEOPLE_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:soldiers|troops|forces|fighters|members|personnel|militiamen|officers|policemen|servicemen|guards|recruits|"
                           r"reservists|marines|sailors|airmen|conscripts|paratroopers|commandos|peacekeepers|contractors|advis[eo]rs)\b", re.I)
# ("a member of the Syrian forces was killed": one of them)
# ("killed 12 \"terrorists\" from the X Province": the dead counted as the group's, in the words of the side that struck)
_PEOPLE_OF = gated(re.compile(r"(?:(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several))\s+"
                              r"(?:[\w-]+\s+)?[\"“‘']?(?:soldiers|troops|fighters|members|personnel|officers|commanders|servicemen|guards|"
                              r"militants|terrorists|jihadists|insurgents|rebels|operatives)[\"”’']?|"
                              r"\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:soldier|fighter|member|officer|commander|serviceman|guard))\s+(?:of|from)\s+(?:the\s+|its\s+)?"
                              r"(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:(?:internal|local|regional|national|general)\s+)?$", re.I))  # ("three members of the Sutoro local security forces")
# "the coalition said" names who reports; "the army said it struck" still names who struck.
# ("the Iraqi army's Anbar Operations Command said": a side's command speaking)
# ("the Sudanese army and aid workers said": one of the speakers)
_SPEAKS = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?|\s*(?:[\w-]+\s+){0,2}?(?:and\s+(?:[\w-]+\s+){1,3}?)?)(?:said|says|reported|announced|stated|told|added|confirmed|confirms|noted|acknowledged|"
                     r"accused|accuses|blamed|blames)\b"  # ("the ministry accused its neighbour of the raid": the accuser)
                     r"(?!\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?(?:it|its|they|their)\b)"
                     r"(?<!\bwere\sreported)(?<!\bwas\sreported)", re.I)  # ("helicopters were reported to have attacked": they did)
# "Pakistan's military raised its figure to 31 killed in the Indian strikes": a side that counts the dead, speaking
_TELLS_TOLL = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?|\s+)(?:raised|revised|updated|lowered|put|gave)\s+(?:its|their|the)\s+"
                         r"(?:death\s+)?(?:figure|toll|count|tally)\b", re.I)
# "X's army spokeswoman told reporters in Y that ...": a side named by the one who speaks for it
_SPOKESPERSON = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|press\s+office|information\s+minist(?:er|ry))\b", re.I)
_ACCORDING = gated(re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I))  # "..., according to the army": who tells it
_GROUP_ACTS = re.compile(r"^(?:['’]s)?\s*(?:\([\w .-]{1,15}\)\s*)?(?:forces\s+|fighters\s+|movement\s+|militias?\s+|rebels\s+|group\s+|insurgents\s+|militants\s+|jihadists\s+|guerrillas\s+|members\s+|dissidents\s+)?(?:(?:(?:early|late)\s+)?(?:on\s+)?(?-i:[A-Z])[a-z]+day\s+|overnight\s+)?(?:(?:(?:has|have|had)\s+)?(?:also\s+)?(?:launched|fired|sent|flew|used|carried out|claimed|attacked|struck|targeted|hit|bombed|dropped|set\s+off|detonated)\b|"
                         # ("a Houthi ballistic missile", "a Houthi-fired cruise missile": the craft described)
                         r"(?:-(?:fired|launched)\s+)?(?:(?:ballistic|cruise|hypersonic|guided|explosive|attack|suicide|kamikaze|armed|one-way|"
                         r"long-range|winged|anti-ship|surface-to-surface|precision)[\s-]+){0,2}"
                         r"(?:drones?|missiles?|rockets?|uavs?|drone attacks?|missile attacks?|(?:war)?planes?|jets?|aircraft|helicopters?|air ?strikes?)"
                         r"(?![\w-])(?!\s+(?:rails?|launchers?|positions?|systems?|sites?|depots?|storage|workshops?|factory|teams?|cells?|units?)\b))",
                         re.I)  # "two ISIL rocket rails": the group's things, not its attack
_BLAME = r"(?:blam(?:ed|es|ing)\s+on|attributed\s+to)"
# "strikes by Israel", "drone strikes blamed on the RSF" (not "sources reached from X", "speaking from X": where a
# telling came from)
# (nor "wounded, many of them from Sudan and Eritrea", "migrants from Niger": where people come from)
_AGENT = (rf"(?:by|(?<!reached\s)(?<!reporting\s)(?<!speaking\s)(?<!writing\s)(?<!contacted\s)(?<!telephoned\s)"
          rf"(?<!them\s)(?<!people\s)(?<!migrants\s)(?<!refugees\s)(?<!workers\s)(?<!nationals\s)(?<!civilians\s)(?<!families\s)"
          rf"(?<!students\s)(?<!pilgrims\s)(?<!passengers\s)(?<!labourers\s)from|{_BLAME})")
# "20 dead in Sudan attacks blamed on RSF": the side a text blames outranks any other reading of the sentence
_BLAMED_ON = gated(re.compile(rf"\b{_BLAME}\s+(?:the\s+)?$", re.I))
# ("launched by \"the Dagalo gangs\"": the side's name in the speaker's words, quoted)
_BY = _AGENT + r"\s+[\"“‘']?(?:the\s+)?(?:neighbou?ring\s+)?"  # "carried out by neighbouring Turkiye"
# "a drone belonging to the militia", "a jet flown by pilots loyal to the council", "warplanes of
# the LNA": the owner flies it.
_OWNED_BY = gated(re.compile(r"(?:belonging to|operated by|flown by|flown for|flying for|operated for|loyal to|(?:war)?planes? of|jets? of|aircraft of|drones? of|helicopters? of|"
                       r"uavs? of|quadcopters? of|air force of)\s+(?:the\s+)?(?:\[?[\w.-]+\]?\s+){0,3}?$", re.I))
# "Russian warplanes", "Moscow's new jets"; not "Pakistan said the drone strike": a speaker condemning a strike.
# (not "hit Port Sudan with drones": a word of a place's name, and the craft after a preposition; nor "smoke over Kyiv
# after Moscow's drones hit": the craft of the next clause)
_OWN = r"(?:['’]s)?(?:\s+|-)(?:(?!(?:said|says|told|reports|reported|reporting|condemned|condemns|denied|denies|called|accused|claimed|blamed|protested|critici[sz]ed|" \
       r"with|by|from|in|on|at|near|for|against|over|into|to|after|before|following|amid|as|while|when|whereas|than|but)\b)[a-z][\w-]*\s+){0,2}?"


# "Russia attacked the port with drones", "Israel pounds Gaza": a state as the subject of an attack verb.
# "... as the government in the capital kept up its drone campaign": the side whose campaign it is.
# (not "Tehran was struck by a missile": the state in the passive is the side hit; "was stepping up" is still its act)
_STATE_ACTS = (r"(?=\s+(?:(?:has|have|had)\s+|(?:was|were)\s+(?=[a-z]+ing\b))?(?:also\s+|again\s+|then\s+|later\s+|already\s+)?"
               r"(?:attack(?:ed|s)|str(?:uck|ikes)|bomb(?:ed|s)|pound(?:ed|s)|hit(?:s)?|launch(?:ed|es)|fired|fires|kill(?:ed|s)|"
               r"target(?:ed|s)|shell(?:ed|s)|carried out|carries out|"
               # ("Russia sent 52 drones at Ukraine overnight", "Iran hurled missiles at Israel": a volley flown at the enemy,
               # not "Iran sent drones to Russia", weapons supplied)
               r"(?:sent|sends|hurled|hurls|unleashed|unleashes)\s+(?:[\w-]+\s+){0,4}?(?:drones|missiles)(?!\s+to\b)|"
               r"(?:press(?:ed|es|ing)\s+(?:on|ahead)\s+with|continu(?:ed|es|ing)|stepp(?:ed|ing)\s+up|steps\s+up|escalat(?:ed|es|ing)|"
               r"(?:responded|responds|retaliated|retaliates|hit\s+back|struck\s+back)\s+"
               r"(?:(?:early\s+|late\s+)?(?:on\s+\w+|overnight|hours\s+later|later|swiftly|quickly)\s+)?with|"
               r"intensif(?:ied|ies|ying)|k(?:ept|eeps|eeping)\s+up)\s+(?:its\s+|an\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:campaign|air\s*strikes|strikes|raids|bombing|bombardment))\b)")


# "Armenia said its drones destroyed ...", "Pakistan, for its part, says its jets struck ...", "the United States says it
# conducted an air strike": the speaker's own forces acting (not "said its air defences downed ...", nor "said its
# soldiers were killed": the speaker's side hit)
_SAYS = (r"(?:\s*,\s+[^,.;]{1,20},)?\s+(?:said|says|announced|claimed|stated|reported)\s+"
         r"(?:(?:late\s+|early\s+)?on\s+\w+(?:\s+(?:night|morning|evening|afternoon))?\s+)?"
         r"(?:in\s+(?:a|its|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|briefing|post)\s+)?(?:that\s+)?")
_ACTS_AFTER = (r"(?=\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ly\s+)?(?:struck|hit|destroyed|targeted|attacked|bombed|carried\s+out|"
               r"conducted|launched|killed|raided|pounded|eliminated|neutrali[sz]ed|fired)\b)")
_ITS_VOICE = r"\s+(?:[\w-]+\s+)?(?:army|military|government|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|armed\s+forces)"  # "the Malian army said"
_IT_DID = r"it\s+(?:had\s+|has\s+)?(?:also\s+)?(?:conducted|carried\s+out|launched|struck|bombed|hit|targeted|attacked|raided)\b"


_PARTNER_AND = r"\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"


_HELD_GROUND = re.compile(r"-(?:controlled|held|run)\s+(?:territory|areas?|land|ground|positions?|side)\b", re.I)


def _from_held(words: list[str]) -> re.Pattern[str]:
    """ "rockets fired from rebel-held areas", "a drone sent from Russian-controlled land": the side holding that ground."""
    launched = "|".join(f"(?<={verb} from{the} )" for verb in ("launched", "fired", "flown", "sent") for the in ("", " the"))
    return re.compile(f"(?:{launched})" + alternation(words, joined=True) + f"(?={_HELD_GROUND.pattern})", re.I)


def _capitalised(text: str) -> bool:
    """Whether a match names someone: it opens with a capital or a digit, or holds a name ("forces loyal to Khalifa Haftar")."""
    return text[:1].isupper() or text[:1].isdigit() or re.search(r"\s(?-i:[A-Z])", text) is not None


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    data = load("actors")
    nouns = alternation(data["military_nouns"]).replace(r"(?<![\w-])", "")
    rules: list[_Rule] = []
    for entry in data["coalitions"]:
        rules.append(_Rule(gated(re.compile(alternation(entry["aliases"]), re.I)), Actor(entry["actor"], entry["country"]), 2))
    for entry in data["groups"]:
        rules.append(_Rule(gated(re.compile(alternation(entry["aliases"]), re.I)), Actor(entry["actor"], entry["country"]), 1, group=True))
        rules.append(_Rule(_from_held(entry["aliases"]), Actor(entry["actor"], entry["country"]), 2, gate=_HELD_GROUND))
        # ("Haftar's air force attacked the airport": the group's own craft, not the theatre's government's)
        rules.append(_Rule(gated(re.compile(alternation(entry["aliases"]) + _CRAFT_OWNED, re.I)), Actor(entry["actor"], entry["country"]), 2,
                           group=True))
    for regex, actor, heads in _weapons():
        rules.append(_Rule(regex, actor, 2, gate=regex, heads=heads))
    for entry in data["states"]:
        actor = Actor(entry["actor"], entry["country"])
        own = alternation(entry["names"] + entry["demonyms"], joined=True)
        gate = re.compile(r"(?<![\w-])(?:" + "|".join(entry["names"] + entry["demonyms"] + entry["aliases"]) + ")", re.I)
        heads = _heads(entry["names"] + entry["demonyms"] + entry["aliases"])
        rules.append(_Rule(re.compile(own + _OWN + nouns, re.I), actor, 2, gate=gate, heads=heads))
        # (not "from Russia's Belgorod region": a part of the country, not who struck; "by Russia's forces" is read
        # by the rule above)
        rules.append(_Rule(re.compile(_BY + alternation(entry["names"]) + r"(?!['’]s\b)", re.I), actor, 2, gate=gate, heads=heads))
        rules.append(_Rule(re.compile(alternation(entry["names"]) + _STATE_ACTS, re.I), actor, 2, gate=gate, heads=heads))
        # ("The United States and Britain carried out strikes": the first of two states that acted together)
        rules.append(_Rule(re.compile(alternation(entry["names"]) + r"(?=" + _PARTNER_AND + _STATE_ACTS + ")", re.I), actor, 2, gate=gate,
                           heads=heads))
        # ("Azerbaijan's defence ministry said its drone struck": a state's ministry, named by the state's possessive)
        speaker = "(?:" + alternation(entry["names"]) + "|" + alternation(entry["names"] + entry["demonyms"]) + r"(?:['’]s)?" + _ITS_VOICE + ")"
        # ("the Israeli army said some 30 air force jets bombed the base": its craft, counted)
        # (not "the ministry reported 27 Ukrainian drones destroyed": the other side's craft, shot down; nor "the military said
        # 24 missiles had hit six locations": what came in, counted by the side hit)
        craft = (r"(?:(?:its|their)\s+(?:(?!defen[cs]e)[\w-]+\s+){0,2}?|(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?\d+\s+"
                 r"(?!" + _LANDED + ")"
                 r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?=(?:" + nouns + r")\s+(?:had\s+|have\s+)?(?!destroyed\b)))")
        rules.append(_Rule(re.compile(speaker + _SAYS + r"(?:" + craft + r"(?:" + nouns + ")" + _ACTS_AFTER + "|" + _IT_DID + ")", re.I),
                           actor, 2, gate=gate, heads=heads))
        rules.append(_Rule(re.compile(r"(?:military |armed |air |security )?forces of (?:the )?" + alternation(entry["names"]), re.I),
                           actor, 2, gate=gate, heads=heads))
        if entry["aliases"]:
            rules.append(_Rule(re.compile(alternation(entry["aliases"]), re.I), actor, 2, gate=gate, heads=heads))
        rules.append(_Rule(_from_held(entry["names"] + entry["demonyms"]), actor, 2, gate=_HELD_GROUND))
        rules.append(_Rule(re.compile(alternation(entry["names"] + entry["demonyms"]), re.I), actor, 0, gate=gate, heads=heads))
    # (the rules below behind gates of their words, as the coalitions' and groups' names: most sentences name no
    # government, unknown side, coalition, role or shared weapon)
    government = alternation(data["government_words"], joined=True)
    # "government warplanes", "the government said its forces"; not "the army said a strike": a strike it reports
    # ("White Nile State under army control": a place's name and who holds it, across a preposition)
    gap = r"(?:\s+|-)(?:" \
          r"(?!(?:said|says|told|reported|stated|confirmed|announced)\s+(?!(?:that\s+)?(?:it|its|they|their)\b))" \
          r"(?!(?:under|in|of|near|from|by)\s)[a-z][\w-]*\s+){0,2}?"
    rules.append(_Rule(gated(re.compile(government + gap + nouns, re.I)), None, 2))
    # "the government's forces", "the junta's jets" (not "the regime's raid": partisan media name the enemy so)
    rules.append(_Rule(gated(re.compile(r"(?<![\w-])(?:government|junta)['’]s" + gap + nouns, re.I)), None, 2))
    # "a warplane of the junta", "drones of the regime": the owner after the aircraft
    rules.append(_Rule(gated(re.compile(r"(?<![\w-])(?:(?:war)?planes?|jets?|aircraft|drones?|helicopters?|uavs?|quadcopters?|paramotors?)\s+of\s+"
                                        r"the\s+" + alternation(data["government_words"]), re.I)), None, 2))
    rules.append(_Rule(gated(re.compile(alternation(data["own_forces"]), re.I)), None, 1))  # "the air force": the theatre's own
    rules.append(_Rule(gated(re.compile(alternation(data["unknown_words"]) + r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,1}?" + nouns, re.I)), UNKNOWN, 2))
    # ("the alliance announced strikes by its jets": the theatre's coalition, by another of its names; not "held by an
    # alliance of insurgents")
    # (not "held by a rebel coalition", "the civilian coalition X": a coalition of parties or fighters, named by its kind)
    rules.append(_Rule(gated(re.compile(r"(?<![\w-])" + _NOT_AFTER_KIND + r"(?:(?:the\s+)?coalition|the\s+alliance(?!\s+of\b))(?:['’]s)?"
                                        + r"(?:\s+(?:[a-z][\w-]*\s+){0,1}?" + nouns + r")?(?!(?:\s+[\w-]+)?\s+led\s+by\b)", re.I)),
                       Actor("coalition", None), 1))  # (not "the coalition led by Riyadh": named by its leader)
    # ("allied warplanes struck the airport", "Alliance jets bombed the depot": the theatre's coalition, by the words its
    # war's wires used)
    rules.append(_Rule(gated(re.compile(r"(?<![\w-])(?:allied|alliance)\s+(?:[a-z][\w-]*\s+){0,1}?(?:war)?(?:planes?|jets?|aircraft|bombers?|air\s?strikes?|raids?|"
                                        r"bombs?|missiles?|air\s+forces?)\b", re.I)), Actor("coalition", None), 1))
    # "a drone of the occupation", "the occupiers struck", "the enemy attacked the city": the side partisan and official
    # media name by its role, which depends on the war
    # ("the aggression's warplanes": partisan Yemeni media's name for the coalition, Syrian state media's for Israel)
    for role, words in zip(_BY_ROLE, _ROLE_WORDS):
        rules.append(_Rule(gated(re.compile(r"(?<![\w-])(?:the\s+)?(?:" + words + r")(?:['’]s)?" + r"(?:\s+(?:[a-z][\w-]*\s+){0,1}?" + nouns + r")?"
                                            + r"(?!\s+of\b)", re.I)), Actor(role, None), 1))
    # "a Shahed-type drone hit the depot", "barrel bombs fell on the market", "IAF jets": a weapon (or a force's initials)
    # that more than one war's side flies, whose side the war tells (`theatre_weapons`)
    rules += [_Rule(gated(re.compile(weapon["pattern"], re.I)), Actor(name, None), 2) for name, weapon in load("actors")["theatre_weapons"].items()]
    # (the rules behind a state's gate are tried only at the characters their matches begin with, as gated ones
    # are: a sentence that names a state is searched by each of its ten rules, and a case-blind pattern is otherwise
    # tried in full at every position)
    return tuple(replace(rule, regex=first_char_checked(rule.regex)) if isinstance(rule.regex, re.Pattern) else rule for rule in rules)


@functools.cache
def _weapons() -> tuple[tuple[re.Pattern[str], Actor, frozenset[str] | None], ...]:
    """Each side's own weapons (`weapons` in the data), with how their names begin."""
    return tuple((first_char_checked(re.compile(alternation(entry["names"]), re.I)), Actor(entry["actor"], entry["country"]), _heads(entry["names"]))
                 for entry in load("actors")["weapons"])


def weapon_side(sentence: str) -> Actor | None:
    """The side whose own weapon a sentence names by its designation ("Investigators identified the
    missile as an Iskander-M"): it fired it, though the sentence tells no strike."""
    return next((actor for regex, actor, _ in _weapons() if any(_capitalised(m.group(0)) for m in regex.finditer(sentence))), None)


_KINDS = ("rebel", "opposition", "civilian", "ruling", "governing", "political", "electoral", "tribal", "jihadist", "islamist",
          "militant", "insurgent", "armed", "loose", "broad", "new", "party", "parties'", "militia", "civic", "student")
_NOT_AFTER_KIND = "".join(rf"(?<!\b{kind}\s)" for kind in _KINDS)
_RULING = re.compile(r"\s+(?:regime|government|authorities|leadership)\b", re.I)  # "the Turkish regime": a state by its rulers
_RULING_NAMED = re.compile(r"\sregime$", re.I)  # (the rulers' word inside the side's own mention: "the Turkish regime")
_BY_ROLE = ("occupier", "enemy", "aggressor")  # sides named by a role whose holder depends on the war (`<role>_by_country`)
_ROLE_WORDS = ("occupation|occupiers?", "enemy", "aggression|aggressors?")  # the words that name each role
_BY_WEAPON = tuple(load("actors")["theatre_weapons"])  # and by a weapon that two wars' sides fly
_BY_THEATRE = ("coalition", *_BY_ROLE, *_BY_WEAPON)
_WRITTEN_LOWER = frozenset(load("actors")["written_lower"])  # "the russian army": named in lower case on purpose
_NAMED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+$")


def _heads(words: list[str]) -> frozenset[str] | None:
    """The lower-cased first two or three letters of each of a gate's words (regex fragments), or
    None if one of them does not begin with two plain letters ("u\\.s\\.", "(?:the )?X"): a gate
    can match only in a sentence that has a word beginning so, which is cheap to check before the
    gate's search, and most sentences name few of forty states."""
    heads = set()
    for word in words:
        depth = 0
        for i, char in enumerate(word):  # a "|" outside any group makes the fragment two words
            depth += (char == "(" and word[i - 1:i] != "\\") - (char == ")" and word[i - 1:i] != "\\")
            if char == "|" and depth == 0:
                return None
        head = re.match(r"[A-Za-z]{2,3}", word)
        length = len(head.group(0)) if head else 0
        if length and word[length:length + 1] in ("?", "*", "+", "{"):
            length -= 1  # "Syrians?": the last letter may be absent
        if length < 2:
            return None
        heads.add(word[:length].lower())
    return frozenset(heads)


_WORD_START = re.compile(r"(?<![\w-])(?=([a-z]{2}.?))")


def _sentence_heads(sentence: str) -> set[str]:
    """How the words of a sentence begin, two and three letters lower-cased, read from its folded
    text (where the letters IGNORECASE equates with plain ones are plain: see gate.py)."""
    three = set(_WORD_START.findall(folded(sentence)))
    return three | {head[:2] for head in three}


@functools.cache
def _gates() -> tuple[tuple[tuple[Gated, frozenset[str] | None, tuple[int, ...]], ...], GateIndex]:
    """Each state's gate once, behind the gate of its own words, with how its words begin and where the
    rules behind it stand in `_rules`; and the index of those gates (a sentence names few of forty states)."""
    # (gates by identity: a compiled pattern hashes its whole program at every lookup)
    behind: dict[int, tuple[re.Pattern[str], frozenset[str] | None, list[int]]] = {}
    for i, rule in enumerate(_rules()):
        if rule.gate is not None:
            behind.setdefault(id(rule.gate), (rule.gate, rule.heads, []))[2].append(i)
    gates = tuple((gated(gate), heads, tuple(places)) for gate, heads, places in behind.values())
    return gates, gate_index([gate for gate, _, _ in gates])


@functools.cache
def _stateless() -> tuple[tuple[int, ...], GateIndex]:
    """Where the rules behind no state's gate stand in `_rules`, and the index of their own words' gates
    (a coalition's, a role's, a weapon's: a sentence holds the words of few of them)."""
    places = tuple(i for i, rule in enumerate(_rules()) if rule.gate is None)
    regexes = [_rules()[i].regex for i in places]
    return places, gate_index([regex if isinstance(regex, Gated) else Gated(regex, ()) for regex in regexes])


def _open_rules(sentence: str) -> list[_Rule]:
    """The rules worth running on a sentence, in their order: a state's only where its gate finds the
    state named, the others where their own words are (the rules behind the gates that open are
    gathered, not the others sifted out: most sentences name few of forty states)."""
    heads = _sentence_heads(sentence)
    rules = _rules()
    gates, index = _gates()
    stateless, stateless_index = _stateless()
    # (a gate the index opens is searched at once: its words' look is taken)
    return [rules[i] for i in sorted([i for gate, gate_heads, places in map(gates.__getitem__, index.opened(sentence))
                                      if (gate_heads is None or not heads.isdisjoint(gate_heads)) and gate.pattern.search(sentence)
                                      for i in places] + [stateless[i] for i in stateless_index.opened(sentence)])]


_PAIR = first_char_checked(re.compile(r"\b((?-i:[A-Z])[a-z]+)[-–]((?-i:[A-Z])[a-z]+)\b"))


def _names_a_war(sentence: str, mention: ActorMention) -> bool:
    """ "Israel-Iran live", "the Russia-Ukraine war": two states joined by a dash name a war, not who struck."""
    return any(pair.start() <= mention.start and mention.end <= pair.end()
               and all((side := actor_named(name)) is not None and side.country for name in pair.groups())
               for pair in _PAIR.finditer(sentence))


_HEADING_LABEL = re.compile(r"\s*:\s")


# "Israel's defence minister said (that) the air force ...": a state's official telling of its own forces
_TELLING_STATE = re.compile(r"(?<![\w-])(?P<state>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)['’]s\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:minister|ministry|military|army|government|spokes(?:man|woman|person)|president|prime\s+minister)\s+"
                            r"(?:[\w'’,-]+\s+){0,8}?(?:said|says|announced|announces|stated|claimed|confirmed|declared)\s+"
                            r"(?:[\w'’,-]+\s+){0,10}?$", re.I)


def actors_in(sentence: str, countries: Sequence[str] = (), label: bool = False) -> list[ActorMention]:
    """Every attacker a sentence names, strongest and earliest first.

    `countries` (the article's countries, most mentioned first) resolves "government
    helicopters" and "the coalition" to the state or coalition of that theatre. A `label` is a
    name, not a sentence: every actor it names counts, with no victim reading.
    """
    return list(_actors_in(sentence, tuple(countries), label))


@functools.lru_cache(maxsize=1024)  # within one article, a sentence is asked who struck by the attacker, its account and its weapons
def _actors_in(sentence: str, countries: tuple[str, ...], label: bool) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    group_names: list[tuple[int, int, Actor]] = []  # "Syrian Democratic Forces": a group whose name holds a demonym
    roles: set[tuple[int, int]] = set()  # "the aggression", "the enemy": a side named by its role
    theatre: set[tuple[int, int]] = set()  # "government drones": the forces of the theatre, whose state the countries tell
    for rule, match, actor, victim in _readings(sentence, countries, label):
        if rule.actor is None and _NON_STATE_OWNER.search(sentence, max(0, match.start() - 60), match.start()):
            continue  # "the administration's Asayish security forces said": a side's own forces, not the state's of the theatre
        if rule.actor is None and not label and (teller := _TELLING_STATE.search(sentence, max(0, match.start() - 160), match.start())) \
                and (tellers := [m for m in actors_in(teller["state"], countries, label=True) if m.actor.country is not None]):
            actor = tellers[0].actor  # "X's defence minister said the air force was hitting targets": X's air force
        elif rule.actor is None:
            theatre.add(match.span())
        if rule.group:
            group_names.append((*match.span(), rule.actor))
        if rule.actor is not None and rule.actor.name in _BY_ROLE:
            roles.add(match.span())
        if _HEADING_LABEL.match(sentence, match.end()) and not re.search(r"\w", sentence[:match.start()]):
            continue  # "IDF: a drone from Yemen hit a hotel", "Russia: drones hit Belgorod": who speaks, or where, as a label
        if victim or _SUPPORTER.match(sentence, match.start()) or _OUTLET.match(sentence, match.end()) or actor is None \
                or label and actor is OWN_FORCES or _MAKER.match(sentence, match.start()) \
                or rule.actor is not None and not rule.group and _POSSESSED.search(sentence, max(0, match.start() - 8), match.start()):
            continue  # a label names its forces' country or nothing
        found.append(ActorMention(actor, match.start(), match.end(), rule.strength))
    # "a drone operated by Sudan's Rapid Support Forces", "Lebanon's Hezbollah": a group told by its country's
    # possessive is the group, not that country's state
    owners = [(owner.start(), b, group) for a, b, group in group_names if (owner := _GROUP_OWNER.search(sentence, max(0, a - 40), a))]
    found = [m for m in found if not any(start <= m.end and m.start < end and m.actor != group for start, end, group in owners)]
    found = [m for m in found if not any(o is not m and o.strength >= m.strength and o.start <= m.start and m.end <= o.end
                                             and (o.end - o.start) > (m.end - m.start) for o in found)]
    # ("Arakan Army drones": "Army drones" starts inside the group's name, and is the group's)
    found = [m for m in found if not any(a <= m.start < b and m.actor != group for a, b, group in group_names)]
    # "the warplanes of the Israeli enemy": the owner flies them, as strongly as "by"
    # ("drones launched by the rebel militia": a group named as the agent)
    found = [replace(m, strength=2) if not label and m.strength < 2 and (_OWNED_BY.search(sentence, 0, m.start)
                                                                         or _AGENT_GROUP.search(sentence, 0, m.start)
                                                                         and not _POSSESSIVE.search(sentence, m.end - 2, m.end + 2)) else m for m in found]
    # "drones launched from Lebanon": where the attack came from, not who made it; nor "jets that come from Russia"
    # (but "launched from Houthi-held territory": the side holding the ground)
    found = [replace(m, strength=0) if not label and (_ORIGIN.search(sentence, 0, m.start) or _LAUNCHED.match(sentence, m.start))
             and not _agent_by(sentence, m) and not _HELD_GROUND.match(sentence, m.end) else m for m in found]
    found = [replace(m, strength=0) if not label and _names_a_war(sentence, m) else m for m in found]
    # "pieces of a drone the army's air defences downed fell on a farm": the side that shot it down defends
    # (not "a Russian drone brought down over the town set fire to homes": the craft downed, whose wreckage struck)
    found = [replace(m, strength=0) if not label and (_INTERCEPTOR.match(sentence, m.end) or _DEFENCES_OF.search(sentence, 0, m.start))
             and not _CRAFT_NAMED.search(sentence, m.start, m.end) else m for m in found]
    # ("The aggression comes within an operation the Turkish regime announced": the role is the state the sentence names)
    states = [m for m in found if (m.start, m.end) not in roles and m.actor.country is not None and m.actor is not OWN_FORCES
              and (_RULING.match(sentence, m.end) or _RULING_NAMED.search(sentence, m.start, m.end))]
    if not label and states and any((m.start, m.end) in roles for m in found):
        strongest = max(m.strength for m in found if (m.start, m.end) in roles)
        found = [replace(m, strength=0) if (m.start, m.end) in roles else
                 replace(m, strength=max(m.strength, strongest)) if m is states[0] else m for m in found]
    # "the militia, backed by Iran": the side that backs another, not the one that struck
    found = [replace(m, strength=0) if not label and _BACKED_BY.search(sentence, 0, m.start) else m for m in found]
    # "struck the airbase, where Su-34 jets are stationed", "home to bombers that Russia uses to ...": the craft and the
    # side a clause describing the target names are the target's
    found = [replace(m, strength=0) if not label and (_TARGET_HOLDS.search(sentence, max(0, m.start - 60), m.start)
                                                      or _KEPT_THERE.match(sentence, m.end)
                                                      or _RELATIVE_USER.search(sentence, max(0, m.start - 12), m.start)
                                                      and _USES.match(sentence, m.end)) else m for m in found]
    # "working with the Somali National Army, US forces struck": the partner a strike supports, when another side acts
    partners = [m for m in found if not label and _PARTNER.search(sentence, 0, m.start)]
    if len(partners) < len(found):
        found = [replace(m, strength=0) if m in partners else m for m in found]
    # "regime shelling and Russian air strikes killed 15": the side whose guns fired, when another side is named too
    gunners = [m for m in found if not label and _GROUND_FIRE.match(sentence, m.end)]
    if any(m not in gunners and m.strength >= 1 for m in found):
        found = [replace(m, strength=0) if m in gunners else m for m in found]
    # ", as government soldiers battled into the old quarter": the side advancing on foot while others' strikes fall
    advancing = {(m.start, m.end) for m in found if not label and _AS_CLAUSE.search(sentence, 0, m.start) and _ADVANCING.match(sentence, m.end)}
    found = [replace(m, strength=0) if (m.start, m.end) in advancing else m for m in found]
    found = [replace(m, strength=3) if not label and _BLAMED_ON.search(sentence, 0, m.start) else m for m in found]
    # ("Ukraine's government said its drones hit X": the forces of the state that owns them, not the theatre's)
    found = [replace(m, actor=owner.actor) if (m.start, m.end) in theatre and (owner := _state_before(sentence, m, found)) else m for m in found]
    # "CENTCOM, which leads US forces there, announced a raid": a command that tells only of its own strikes
    own = {i for i, m in enumerate(found) if not label and _announces_own().fullmatch(sentence[m.start:m.end])}
    found = [replace(m, strength=2) if i in own else m for i, m in enumerate(found)]
    speakers = [m for i, m in enumerate(found) if not label and i not in own
                and (_SPEAKS.match(sentence, m.end) or _SPOKESPERSON.match(sentence, m.end) or _ACCORDING.search(sentence, 0, m.start)
                     or _TELLS_TOLL.match(sentence, m.end))]
    # ("The coalition said that near X, seven strikes destroyed ..., while local forces advanced": the coalition's own)
    if len(speakers) < len([m for m in found if (m.start, m.end) not in advancing]) or speakers and _INCOMING.search(sentence):
        # ("The army said a pair of drones had entered its airspace and exploded by a post": what came in hit the speaker's side)
        # "The Houthis launched drones ..., the coalition said": the coalition reports
        found = [replace(m, strength=0) if m in speakers else m for m in found]
    return tuple(sorted(found, key=lambda m: (-m.strength, m.start)))


def _state_before(sentence: str, mention: ActorMention, found: list[ActorMention]) -> ActorMention | None:
    """The state whose possessive a mention follows ("Ukraine's government"; not "the Syrian government",
    a demonym the theatre's own forces are often named by in another state's war)."""
    return next((o for o in found if o.actor.country is not None and o.end <= mention.start and o.start < mention.start
                 and sentence[o.start:o.end].endswith(("'s", "’s")) and not sentence[o.end:mention.start].strip()), None)


@functools.cache
def _announces_own() -> re.Pattern[str]:
    return re.compile(r"(?:the\s+)?" + alternation(load("actors")["announce_own"]), re.I)


# ("The air force said it had shot down 12 drones, but one hit X": who says it shot down defends, too)
_INTERCEPTOR = re.compile(r"(?:['’]s\s+(?:air\s+)?defen[cs]es?)?(?:\s+(?:said|says|reported)(?:\s+that)?\s+(?:it|they|its\s+(?:air\s+)?defen[cs]es?))?"
                          r"\s+(?:had\s+|has\s+|have\s+)?(?:intercepted|shot\s+down|downed|brought\s+down(?!" + FELLED_BUILDING + r"))\b"  # (not "brought down the tower")
                          # (not "rebels brought down a police helicopter": a crewed aircraft downed is the strike's target)
                          r"(?!\s+(?:(?:an?|the|two|three|\d+)\s+)?(?:[\w-]+\s+){0,2}?" + _CREWED_CRAFT + r"\b)", re.I)
_DEFENCES_OF = gated(re.compile(r"\b(?:air\s+)?defen[cs]es?\s+(?:systems?\s+|units?\s+)?of\s+(?:the\s+)?$", re.I))  # "the air defences of the army shot down"
_CRAFT_NAMED = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|strikes?|raids?|bombs?)$", re.I)  # ("an air strike brought down a block")
_LAUNCHED = re.compile(r"[\w'’]+-(?:launched|fired)\b", re.I)  # "a Yemeni-launched drone": where it came from
# "24 missiles had hit six locations": what came in, counted (after its count) by the side it hit
_LANDED = r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:missiles|rockets)\s+(?:had\s+|have\s+)?(?:hit|struck|landed|fell|slammed)\b"
_INCOMING = re.compile(r"\b(?:crossed|crossing|entered|entering|infiltrated)\s+(?:the\s+)?(?:border|frontier|(?:[\w-]+\s+)?airspace)\b|"
                       r"\b(?:said|says|reported)\s+(?:that\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?\d+\s+" + _LANDED, re.I)
_BACKED_BY = gated(re.compile(r"\b(?:backed|supported|armed|funded|sponsored|trained|equipped|supplied)\s+(?:by\s+(?:the\s+)?)?$", re.I))
# "the army-allied militia", "Iran-backed gunmen": the side named describes another, which may be the attacker
_SUPPORTER = re.compile(r"[^\s-]+-(?:allied|aligned|backed|affiliated|linked|supported|sponsored|funded|trained|armed|run)\b", re.I)
def _readings(sentence: str, countries: Sequence[str], label: bool) -> tuple[tuple[_Rule, re.Match[str], Actor | None, bool], ...]:
    """Every side a sentence names, by the rule that read it, with whether it is named as the victim."""
    return _read(sentence, tuple(countries), label)


# "the Myanmar Armed Forces (MAF) ... the MAF struck": a side's full name with the short form the text then uses,
# the short form a capitalised word of two to six letters that no rule knows
_DEFINITION = gated(re.compile(r"(?P<full>(?-i:[A-Z])[\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]+){1,5})\s+\((?P<short>(?-i:[A-Z][A-Za-z]{1,5}))\)"))
_defined: tuple[_Rule, ...] = ()  # the short forms the article being read defines (`begin_article`)
# "the Turkish occupation", "the American-British aggression": a role named with its holder, which the bare role
# ("the occupation's drones") names in the rest of the article
_ROLE_HELD = gated(re.compile(r"(?P<holder>[A-Z][\w'’]*(?:[- ][A-Z][\w'’]*){0,2})\s+(?P<role>" + "|".join(_ROLE_WORDS) + r")\b"))
_held_roles: dict[str, Actor] = {}  # the holder each role has in the article being read, when it names one only


def begin_article(text: str, countries: Sequence[str] = ()) -> None:
    """Read a new article afresh: drop what was read of the last one's sentences (a stream of reports
    repeats sentences, and an answer remembered across reports would flatter a benchmark), and learn
    the short forms this one defines for the sides it names ("the Malian Armed Forces (FAMa)")."""
    global _defined, _held_roles
    _read.cache_clear()
    _actors_in.cache_clear()
    _defined, _held_roles = (), {}
    rules: dict[str, _Rule] = {}
    for match in _DEFINITION.finditer(text):
        short = match["short"]
        if short in rules or actors_in(short, countries, label=True):
            continue  # defined before, or a name every text uses
        # (the whole name a side's: not "the Syrian Network for Monitoring (SNM)", a monitor in Syria)
        full = re.sub(r"^(?:The|A|An)\s+", "", match["full"])
        readings = [(rule, actor) for rule, found, actor, _ in _read(full, tuple(countries), True)
                    if actor not in (None, UNKNOWN, OWN_FORCES) and found.span() == (0, len(full))]
        if readings:
            rule, actor = max(readings, key=lambda reading: reading[0].strength)
            rules[short] = _Rule(re.compile(rf"(?<![\w-]){short}(?![\w-])"), actor, rule.strength, group=rule.group)
    _read.cache_clear()
    _actors_in.cache_clear()
    _defined = tuple(rules.values())
    _held_roles = _roles_held(text, countries)


def _roles_held(text: str, countries: Sequence[str]) -> dict[str, Actor]:
    """The side each role ("occupier", "aggressor", "enemy") is held by in a text that names its holder
    ("the Turkish occupation"), when the text names one holder only: the war a report tells may not be
    the one its theatre's country is best known for. (Read only where the theatre has a holder of its
    own for the role: where it has none, "the enemy aircraft" of a report that also names "the Saudi
    enemy's artillery" are the side the report told before.)"""
    holders: dict[str, set[Actor]] = {}
    for match in _ROLE_HELD.finditer(text):
        role = next(r for r, words in zip(_BY_ROLE, _ROLE_WORDS) if re.fullmatch(words, match["role"], re.I))
        holder = re.sub(r"^(?:The|A|An|This|That|Its|Their)\b\s*", "", match["holder"])
        if not holder:
            continue  # "The aggression's jets": the role bare, at a sentence's start
        named = [m.actor for m in actors_in(f"{holder} {match['role']}", countries, label=True)
                 if m.actor.country is not None and m.actor is not OWN_FORCES]
        holders.setdefault(role, set()).update(named[:1])
    return {role: next(iter(sides)) for role, sides in holders.items() if len(sides) == 1}


@functools.lru_cache(maxsize=1024)  # within one article, a sentence is asked who struck, who reports and who was hit
def _read(sentence: str, countries: tuple[str, ...], label: bool) -> tuple[tuple[_Rule, re.Match[str], Actor | None, bool], ...]:
    found = []
    for rule in (*_open_rules(sentence), *_defined):
        for match in rule.regex.finditer(sentence):
            lead = _LED_BY.sub("", re.sub("^" + _BY, "", match.group(0), flags=re.I))
            if rule.actor is not UNKNOWN and rule.actor is not None and rule.actor.name not in _BY_THEATRE and not _capitalised(lead) \
                    and rule.actor.name not in _WRITTEN_LOWER:
                continue
            if rule.actor is not None and rule.actor.name in _BY_ROLE and _NAMED_BEFORE.search(sentence, 0, match.start()):
                continue  # "Israeli enemy soldiers": the side is named, by the rules for it
            if rule.actor is None and _PROVINCE.match(match.group(0)) and _NAMED_BEFORE_STATE.search(sentence, 0, match.start()):
                continue  # "Gedaref state after drones hit it", "Shan State": a province, not the government
            if rule.actor is None and _SPEAKS_OF.search(match.group(0)):
                continue  # "the government condemned the attack": a side that speaks of a strike, not one that made it
            if _NEITHER.search(sentence, max(0, match.start() - 30), match.start()):
                continue  # "Neither the command nor the government commented on the strike": sides that said nothing
            if rule.actor is None and _GROUP_OWNS.search(sentence, max(0, match.start() - 40), match.start()):
                continue  # 'the movement's "naval air force"': an armed group's own, not the state's
            if rule.actor is None and _SCARE_OPEN.search(sentence, max(0, match.start() - 40), match.start()) \
                    and _SCARE_CLOSE.match(sentence, match.end()):
                continue  # 'what the rebels call their "drone air force"': a name in quotes, a group's self-styled force
            speaker = _SPEAKER_FORCES.search(sentence, max(0, match.start() - 90), match.start()) if rule.actor is None else None
            owner = actor_named(speaker.group("side") or speaker.group("source") or speaker.group("spoken")) if speaker is not None else None  # "the air force": the speaker's
            found.append((rule, match, owner or _theatre_actor(rule.actor, countries), not label and _is_victim(sentence, match, rule)))
    return tuple(found)


# "The Turkish military said on Monday the air force hit caves near ...": a state's forces telling of their own
# aircraft, named bare, whose side the speaker is (not the side of the place struck, as a bare force otherwise is)
_SPEAKER_FORCES = first_char_checked(re.compile(r"(?:the\s+)?(?P<side>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+(?:army|military|armed\s+forces|"
                                                r"defen[cs]e\s+(?:ministry|forces)|ministry\s+of\s+defen[cs]e)\s+(?:said|says|announced|stated|reported|confirmed)"
                                                r"\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?(?:the\s+|its\s+|an?\s+)?$|"
                                                # ("An IDF spokeswoman said the air force hit ...": a force's spokesman, telling of its own)
                                                r"\b(?:an?\s+|the\s+)?(?P<spoken>(?-i:[A-Z])[\w'’.-]*)(?:['’]s)?\s+(?:(?:military|army|defen[cs]e)\s+)?"
                                                r"(?:spokes(?:man|woman|person)|official|officer)\s+(?:said|says|announced|stated|confirmed)"
                                                r"\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?(?:the\s+|its\s+|an?\s+)?$|"
                                                # ("According to the IDF, an Air Force aircraft struck ...": the source's own)
                                                r"\baccording\s+to\s+(?:the\s+)?(?P<source>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)"
                                                r"(?:\s+(?:army|military|armed\s+forces))?,\s+(?:an?\s+|the\s+|its\s+)?$", re.I))


_PROVINCE = re.compile(r"states?\b", re.I)
_SPEAKS_OF = re.compile(r"\b(?:condemned|condemns|denounced|denounces|accused|accuses|blamed|blames|welcomed|critici[sz]ed)\b", re.I)
# "the alliance led by Washington": a coalition named by its leader, whose name is the capitalised one
_LED_BY = re.compile(r"^(?:coalition|alliance)\b.*?\bled\s+by\s+(?:the\s+)?", re.I)
_GROUP_OWNS = re.compile(r"\b(?:group|movement|militia|militias|rebels|insurgents|faction|organi[sz]ation)['’]s?\s+(?:own\s+)?[\"“‘']?(?:[\w-]+\s+){0,2}$", re.I)
# ('their own "unmanned air force"', 'what it calls its "air force"'; not '"... malign the armed forces"', a quote's words)
_SCARE_OPEN = re.compile(r"\b(?:its|their|own|so-called|self-styled|calls?|called|dubbed)\s+[\"“‘](?:[\w-]+\s+){0,2}$", re.I)
_SCARE_CLOSE = re.compile(r"[\"”’]")
_NEITHER = first_char_checked(re.compile(r"\b(?:neither|nor)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I))
_NAMED_BEFORE_STATE = re.compile(r"(?-i:[A-Z][\w'’-]*)\s+$")


# "fired at a US base", "struck Houthi positions": the side whose people or places were hit
_HIT_BEFORE = re.compile(r"(?<![\w-])(?:against|targeting|targeted|on|at|hit|hitting|struck|striking|bombed|bombing|pounded|pounding|shelled|"
                         r"attacked|attacking|destroyed|destroying|killing|killed|wounding|wounded)\s+(?:the\s+|an?\s+)?$", re.I)


def victims_in(sentence: str, countries: Sequence[str] = ()) -> set[Actor]:
    """The sides a sentence names as hit ("wounding two US soldiers", "at a US base", "positions
    held by X"): not the attacker of its strike, whoever was under discussion before. (A group named
    with no act of its own is only not shown acting: it is not counted here.)"""
    hit = set()
    for _, match, actor, victim in _readings(sentence, countries, False):
        before = sentence[max(0, match.start() - 40): match.start()]
        after = sentence[match.end(): match.end() + 40]
        if victim and actor is not None and (_COUNTED.search(before) and _PEOPLE_AFTER.match(after) or _PEOPLE_OF.search(before)
                                             or _HIT_BEFORE.search(before) and (_VICTIM_AFTER.match(after) or _PEOPLE_AFTER.match(after))
                                             or _USED_BY.search(before) and not _CRAFT_USED_BY.search(before) or _TARGET_OF.search(before)
                                             or _stationed_there(sentence, match)):
            hit.add(actor)
    return hit


# "National Army Radio said", "Israel's Army Radio": a broadcaster named after the forces reports, it does not strike
_POSSESSIVE = re.compile(r"['’]s\b")  # "launched by Sudan's paramilitary RSF": the state only owns the agent's name
_AGENT_GROUP = gated(re.compile(r"\b(?:launched|fired|sent|flown|operated|carried\s+out|conducted)\s+by\s+(?:the\s+)?(?:(?:terrorist|rebel|paramilitary|rival)\s+)?$", re.I))
# "the air force and its Chinese jets": the owner named before flies them, the demonym tells where they came from
_GROUP_OWNER = re.compile(r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s\s+(?:(?-i:[a-z-]+)\s+)?$")  # ("Sudan's paramilitary ")
_POSSESSED = first_char_checked(re.compile(r"\b(?:its|their)\s+$", re.I))
_NON_STATE_OWNER = re.compile(r"\b(?:administration|authority|authorities|group|movement|militias?|rebels|council|party|alliance|opposition)['’]s?\s+"
                              r"(?:(?-i:[A-Z])[\w-]*\s+)?$", re.I)
# "a Turkish-made drone", "Iranian-designed missiles": who built the weapon, not who flew it
# a clause that tells what the target holds ("where ... are stationed", "home to", "which hosts")
_TARGET_HOLDS = first_char_checked(re.compile(r",?\s+(?:where|hosts|hosting|houses|housing|home\s+(?:to|of)|(?:which|that)\s+(?:hosts|houses|housed|hosted))\s+"
                                              r"(?:(?:the|its|some|several|\d+|[a-z]+-\d+\w*|and)\s+){0,3}$", re.I))
_KEPT_THERE = gated(re.compile(r"(?:\s+(?:and|or|[\w-]+)){0,4}?\s+(?:are|were|is|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                               r"(?:stationed|based|parked|deployed|kept|housed)\b", re.I))
def _stationed_there(sentence: str, match: re.Match[str]) -> bool:
    """ "at the X base, where US troops are stationed": the side whose forces the struck place holds."""
    return bool(_TARGET_HOLDS.search(sentence, max(0, match.start() - 60), match.start()) and _KEPT_THERE.match(sentence, match.end()))


_RELATIVE_USER = re.compile(r"\b(?:that|which)\s+$", re.I)
_USES = re.compile(r"(?:['’]s\s+\w+\s+)?\s+(?:uses|used|use|has\s+used|have\s+used|flies|deploys|relies\s+on)\b", re.I)
_MAKER = re.compile(r"[\w'’.]+[-\s](?:made|built|manufactured|designed|supplied|produced)\b", re.I)  # ("U.S.-made")
_OUTLET = re.compile(r"\s+(?-i:Radio|TV|Television|News|Agency|Channel|Broadcasting|Media|Press)\b")
def _agent_by(sentence: str, mention: ActorMention) -> bool:
    """ "drones launched by Russia": the agent after a launch verb; not "launched by Sudan's
    paramilitary RSF", where the state only owns the name of who launched them."""
    return sentence[mention.start:mention.start + 3].lower() == "by " and not sentence.startswith(("'s", "’s"), mention.end)


_GROUND_FIRE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:artillery|shelling|shells|mortars?|tank\s+fire|rocket\s+fire|gunfire|"
                          r"ground\s+(?:forces|troops|offensive|assault))\b", re.I)
# (", as government soldiers battled into X", "deployed there after forces of the X government recaptured it")
_AS_CLAUSE = first_char_checked(re.compile(r"(?:(?:,|\band)\s+(?:as|while|when)|\b(?:after|since|before|until))\s+(?:the\s+)?$", re.I))
_ADVANCING = re.compile(r"(?:\s+(?:ground\s+)?(?:troops|soldiers|forces|units|infantry|fighters))?\s+(?:(?:tried|sought|tries|try|attempted|began|were\s+trying)\s+to\s+)?"
                        r"(?:push|pushed|pushing|advance|advanced|advancing|enter|entered|storm|stormed|retake|retook|recapture|recaptured|"
                        r"captured|seized|overran|took\s+(?:control\s+of|over)|"
                        r"close\s+in|closed\s+in|fought|battled|moved|(?:pressed|pressing|pushed|pushing|waged|waging)\s+(?:on\s+)?(?:an?\s+|their\s+|its\s+|the\s+)?"
                        r"(?:[\w-]+\s+)?(?:offensive|assault|advance|attack|push|campaign|operation))\b", re.I)  # ("as troops pressed an offensive")
# (an actor's match may hold its "from": "launched |from Lebanon|")
_PARTNER = gated(re.compile(r"\b(?:(?:working|together|jointly|along|in\s+(?:coordination|cooperation|conjunction|partnership|concert))\s+with|"
                      r"alongside|in\s+support\s+of|(?:at|on|after)\s+(?:the\s+|an?\s+)?requests?\s+(?:of|from|by)|on\s+behalf\s+of)\s+(?:the\s+)?$", re.I))
_ORIGIN = first_char_checked(re.compile(r"\b(?:launched|fired|flown|sent|coming|came|comes?|crossed|took\s+off|supplied|bought|purchased|imported|acquired|delivered)\s+(?:in\s+|across\s+|over\s+)?(?:from\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?$|"
                                        # "a few kilometres from Algeria": a distance from a country, which marks where, not who
                                        r"\b(?:kilomet(?:re|er)s?|km|miles|metres|meters)\s+(?:\w+\s+)?(?:from\s+(?:the\s+)?)?$", re.I))


# "drone stores belonging to the forces of the government": the owner of what was hit
_TARGET_OWNED = first_char_checked(re.compile(r"\b(?:depots?|stores?|sites?|facilit(?:y|ies)|positions?|warehouses?|bases?|camps?|buildings?|vehicles?|houses?|"
                                              r"homes?|headquarters|compounds?|hideouts?|targets?|assets?|convoys?|trucks?)\s+belonging\s+to\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?$|"
                                              # "a depot that supplies the Russian navy": the side the target served
                                              r"\b(?:that|which)\s+(?:supplies|supplied|serves|served|fuels|fuel(?:l)?ed|feeds|fed|houses|housed|"
                                              r"(?:is|was|are|were)\s+(?:used|run|operated|held)\s+by)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?$", re.I))
# "drones downed by Jordan", "missiles intercepted by the Israeli air force": the side that stopped them
_STOPPED_BY = gated(re.compile(r"\b(?:downed|intercepted|shot\s+down|brought\s+down|repelled)\s+by\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I))


# ("hit a small US military outpost": a word or two that say what the post is like)
_ATTACKED_BEFORE = gated(re.compile(r"\b(?:attacked|struck|hit|targeted|bombed|raided|stormed|overran|assaulted)\s+(?:an?|the|two|three|several)\s+"
                                    r"(?:(?-i:[a-z][a-z-]*)\s+){0,2}$", re.I))
_POST_AFTER = re.compile(r"(?:\s+(?:army|military|forces|troops|air\s+force|police))?\s+(?:camps?|bases?|posts?|outposts?|positions?|barracks|"
                         r"convoys?|checkpoints?|garrisons?|trucks?|vehicles?|patrols?|headquarters|command\s+posts?)\b", re.I)
_SPEAKS_OF_ITS_DEAD = re.compile(r"\)?(?:\s*\([^()]{1,30}\))?\s+(?:says|said|announced|confirmed|reported)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:advis[eo]rs|members|officers|fighters|commanders|soldiers|"
                                 r"troops|personnel|staff|employees|guards)\b[^.;]{0,40}?\b(?:killed|martyred|died|dead|wounded|injured)\b", re.I)


_ACCUSED = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing|held)\s+(?:the\s+)?$", re.I)
_FOR_THE_ATTACK = re.compile(r"\s+(?:responsible\s+)?(?:for|of)\s+(?:the\s+|a\s+|an\s+|its\s+|carrying\s+out\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:strikes?|attacks?|raids?|bombings?|bombardment|shelling)\b", re.I)


# "the Kyiv attack", "condemn the Sumy, Kyiv and Kharkiv attacks": a capital named with the attacks on it, in a list of
# places or after "the" (not "Moscow attacks Kyiv": the state it stands for, acting)
_NAME_RUN = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*"
_LISTED_BEFORE = re.compile(rf"(?:\bthe\s+|{_NAME_RUN}\s*(?:,|,?\s+and)\s+)$")
_ATTACKS_ON_IT = re.compile(rf"(?:(?:\s*,\s*{_NAME_RUN})*\s*,?\s+and\s+{_NAME_RUN})?\s+(?:(?:air|drone|missile)\s+)?"
                            r"(?:attacks?|strikes?|bombings?|raids?)\b")


@functools.cache
def _capital() -> re.Pattern[str]:
    return first_char_checked(re.compile(alternation(load("cues")["capitals"].values()), re.I))


def _capital_struck(sentence: str, match: re.Match[str]) -> bool:
    """Whether the name a side was read from is its capital's, told as the place of the attacks named after it."""
    city = _capital().match(sentence, match.start())
    on_it = _ATTACKS_ON_IT.match(sentence, city.end()) if city is not None else None
    listed = on_it is not None and bool(re.search(r",|\sand\s", on_it.group(0)))  # "the Kyiv and Kharkiv attacks"
    return on_it is not None and (listed or _LISTED_BEFORE.search(sentence, 0, match.start()) is not None)


def _is_victim(sentence: str, match: re.Match[str], rule: _Rule) -> bool:
    before = sentence[max(0, match.start() - 40): match.start()]
    after = sentence[match.end(): match.end() + 40]
    if _capital_struck(sentence, match):
        return True
    if _TARGET_OWNED.search(sentence, max(0, match.start() - 60), match.start()) or _stationed_there(sentence, match):
        return True  # (", where US troops are based": the troops kept where the strike fell)
    agent = re.match(r"by\s+(?:the\s+)?", match.group(0), re.I)  # (a match may hold its "by": "downed |by Jordan|")
    if _STOPPED_BY.search(before + (agent.group(0) if agent else "")):
        return True  # "Nearly all were downed by Jordan, but two hit X": the side that stopped the craft did not send them
    if _ATTACKED_BEFORE.search(before) and _POST_AFTER.match(after):
        return True  # "jihadists attacked a Malian army camp": the army whose camp was hit
    if _SPEAKS_OF_ITS_DEAD.match(sentence, match.end()):
        return True  # "the IRGC says seven of its advisers were killed when Israeli jets struck": the side that lost them
    if _UNDER_ATTACK.match(after):
        return True  # "Nigerian troops were attacked by drones", "Congolese troops came under drone attack": the side hit
    if _HARMED_BEFORE.search(before) and _PEOPLE_NAMED.search(match.group(0)):
        return True  # "wounding several US troops": the match holds the troops hurt, who were hit, not who struck
    if _COUNTED.search(before) and _PEOPLE_AFTER.match(after) or _PEOPLE_OF.search(before):
        return True  # "killed ... 12 Syrian government soldiers", "killing seven officers of the Guards": among the dead
    if _LEADER_OF.search(before) and _WERE_KILLED.match(sentence, match.end(), match.end() + 80):
        return True  # "the commander of the Guards and the army chief were killed in strikes": whose leaders died
    if _USED_BY.search(before) and not _CRAFT_USED_BY.search(before):
        return True  # "destroyed a headquarters used by ISIL": the side that held the target (not "a drone operated by X")
    if _HIT_LABEL.match(sentence, match.end()) and not sentence[:match.start()].strip(" *•-–—#"):
        return True  # "* Kyiv hit: a missile struck ...": a brief's label names the place hit
    if rule.strength == 2 and re.match(r"\s*" + _AGENT + r"\b", sentence[match.start():], re.I) or _OWNED_BY.search(before):
        return False  # "strikes by Israel", "warplanes of the LNA": the agent, whatever the words before
    if rule.strength >= 1 and not rule.group and _PLACE_BEFORE.search(before) and _NAME_ONLY.fullmatch(match.group(0)) and not _ITS_ATTACK_AFTER.match(after):
        return True  # "a strike in the southern suburbs of Beirut killed six": the place struck, not a state acting
    if _HELD_GROUND.match(sentence, match.end()) and re.search(r"\bfrom\s+(?:the\s+)?$", before, re.I):
        return False  # "a drone sent from Russian-controlled land": the side holding the ground it came from
    if _TARGET_OF.search(before):
        return True  # "at a command post of the enemy army": the side whose post was hit
    if _CRAFT_STRUCK.search(before) and _CRAFT.search(match.group(0) + after[:20]) \
            or _CREWED_DOWNED.search(before) and _CREWED.search(match.group(0) + after[:20]):
        return True  # "drones struck two parked Su-34 jets at the airfield": the aircraft were the target
    if _STORE_OF.search(before) and _STORED.search(match.group(0) + after[:20]):
        return True  # "destroyed a hangar for Turkish drones": the weapons kept there were the target
    if rule.group:
        if _CLAIMED_AS_OWN.match(after):
            return True  # "three men described by the X Brigades as its members": the group's dead, not its strike
        if re.search(_BY + r"(?:(?:terrorist|rebel|paramilitary|rival|so-called)\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$", before, re.I):
            return False  # "strikes blamed on the RSF", "a raid claimed by Gaza's Hamas movement": the agent
            # ("drones launched by the rebel X militia": the agent, whatever its enemy calls it)
        if _MEMBERS_OF.search(before) and _GROUP_ACTS.match(after):
            return False  # "Fighters of the X (Y) dropped explosives ...": its members, acting
        if _ACCUSED.search(before) and _FOR_THE_ATTACK.match(after):
            return False  # "blamed forces loyal to the general for the strike": the side accused of it
        if _VICTIM_BEFORE.search(before) and not re.search(r"(?:killing|killed)\s+$", before, re.I):
            return True  # "destroyed an ISIL rocket rail", "struck Houthi drones": the group's, hit
        return not _GROUP_ACTS.match(after)
    if rule.strength == 0:
        return bool(_VICTIM_AFTER.match(after)) or bool(_VICTIM_BEFORE.search(before))
    if _TARGETED_TROOPS.search(before) and _PEOPLE_AFTER.fullmatch(" " + match.group(0).split(None, 1)[-1]):
        return True  # "missiles were fired at US troops", "a drone attack on Russian forces": the troops were hit
    if _HOSTS.search(before) and _PEOPLE_AFTER.fullmatch(" " + match.group(0).split(None, 1)[-1]):
        return True  # "the airbase that hosts American troops": the troops stationed where the strike fell
    if _STRUCK_NEAR.search(before) and _ASSETS_AFTER.match(after):
        return True  # 'jets hit "regime military sites" near the border': the side whose assets were hit
    return bool(_VICTIM_BEFORE.search(before)) and not re.search(r"(?:killing|killed)\s+$", before, re.I) \
        and bool(_VICTIM_AFTER.match(after) or _PEOPLE_AFTER.match(after))  # "struck a gathering of Israeli enemy soldiers"


# "in central X", "on the outskirts of X", "a strike on X killed three": a name that places a strike
_PLACE_BEFORE = first_char_checked(re.compile(r"(?<![\w-])(?:(?:in|at|near|outside|across|over|(?<!blame\s)(?<!blamed\s)(?<!blames\s)(?<!blaming\s)(?<!pinned\s)(?<!pins\s)on|"
                                              r"against|into|towards?)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|"
                                              r"downtown|greater)\s+)?|(?:district|suburbs?|outskirts|centre|center|heart|streets?|skies|parts?|areas?|north|south|east|west|"
                                              r"north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?)$", re.I))
# (not "in Israeli strikes", "in Sudan attacks": the side's attacks, the name their attacker)
_ITS_ATTACK_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|bombings?|bombardment|shelling|drones?|jets?|missiles?|"
                               r"warplanes?|aircraft|forces|troops|army|military|air\s*force)\b", re.I)
_NAME_ONLY = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*")
_UNDER_ATTACK = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:attacked|struck|hit|targeted|bombed)\b|"
                           r"(?:came|come|comes|were|was)\s+under\s+(?:[\w-]+\s+){0,2}?(?:attack|fire|bombardment)\b)", re.I)
_MEMBERS_OF = re.compile(r"(?:^|[,;]\s*|\b(?:and|when|as|after)\s+)(?:the\s+)?(?:suspected\s+|alleged\s+|armed\s+)?(?:fighters|members|militants|units|rebels|men|gunmen|forces)\s+of\s+(?:the\s+)?$", re.I)
_HIT_LABEL = re.compile(r"\s+(?:hit|struck|bombed|shelled|attacked|targeted|pounded)\s*[:–—]\s", re.I)
_LEADER_OF = first_char_checked(re.compile(r"\b(?:commanders?|chiefs?|heads?|leaders?|deputy|founders?|officers?)\s+of\s+(?:the\s+|its\s+)?$", re.I))
_WERE_KILLED = re.compile(r"[^.;]*?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?killed\b", re.I)
_CLAIMED_AS_OWN = re.compile(r"\s+as\s+(?:its|their)\s+(?:own\s+)?(?:members?|fighters?|commanders?|men|martyrs?|militants?|operatives?|"
                             r"leaders?|cadres?)\b", re.I)
_HOSTS = re.compile(r"\b(?:hosts?|hosting|hosted|houses|housing|housed)\s+(?:the\s+|some\s+|about\s+|\d[\d,]*\s+)?$", re.I)
# ("an air strike on a former Syrian army depot": what the strike fell on, the side's)
_STRUCK_NEAR = first_char_checked(re.compile(r"(?<![\w-])(?:hit|hitting|struck|striking|targeted|targeting|bombed|bombing|attacked|attacking|"
                                             r"(?:air\s*|drone\s+)?(?:strikes?|raids?|attacks?)\s+on)\s+[\"“‘']?(?:the\s+|an?\s+)?"
                                             r"(?:[\w'’-]+\s+){0,3}$", re.I))
# ("hit a Ukrainian army training centre": what was hit, the side's; not bases or airfields, which strikes are also flown from)
_ASSETS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:infrastructure|facilit(?:y|ies)|installations|assets|targets|sites|positions|"
                           r"cent(?:re|er)s?|warehouses?|hangars?|headquarters|command\s+posts?|barracks|depots?|equipment|units?)\b", re.I)


def _theatre_actor(actor: Actor | None, countries: Sequence[str]) -> Actor | None:
    """Government forces, "the coalition" and "the occupation" take their identity from where the war is."""
    data = load("actors")
    if actor is not None and actor.name not in _BY_THEATRE:
        return actor
    for country in countries:
        if actor is None:
            found = state_of(country)
            if found is not None:
                return found
        elif actor.name == "coalition" and country in data["coalition_by_country"]:
            name = data["coalition_by_country"][country]
            return next(Actor(e["actor"], e["country"]) for e in data["coalitions"] if e["actor"] == name)
        elif actor.name in _BY_ROLE and country in data[f"{actor.name}_by_country"]:
            if actor.name in _held_roles:
                return _held_roles[actor.name]  # "the occupation's drones", in a report that names the Turkish occupation
            holder = data[f"{actor.name}_by_country"][country]  # a state's code, or a coalition's name
            return next((Actor(e["actor"], e["country"]) for e in data["coalitions"] if e["actor"] == holder), None) or state_of(holder)
        elif actor.name in _BY_WEAPON and country in data["theatre_weapons"][actor.name]["by_country"]:
            return state_of(data["theatre_weapons"][actor.name]["by_country"][country])
    return OWN_FORCES if actor is None else None


# What each side struck with: "Turkish drone strikes ..., while Israeli missiles struck ...".
WEAPON_KINDS = {
    "drone": first_char_checked(re.compile(r"\b(?:drones?|uavs?|unmanned)\b", re.I)),
    "missile": first_char_checked(re.compile(r"\b(?:missiles?|rockets?)\b", re.I)),
    "helicopter": first_char_checked(re.compile(r"\b(?:helicopters?|gunships?)\b", re.I)),
    "aircraft": first_char_checked(re.compile(r"\b(?:(?:war)?planes?|jets?|aircraft|(?:f|su|mig)-\d+s?)\b", re.I)),
}


def weapon_of(text: str) -> str | None:
    """The kind of weapon a text names first ("a pickup was hit by a drone" -> "drone")."""
    found = [(m.start(), kind) for kind, regex in WEAPON_KINDS.items() if (m := regex.search(text))]
    return min(found)[1] if found else None


# ("Iran has responded to the Israeli campaign with barrages of ballistic missiles": the side that answered, and its weapon)
_LAUNCHING = (r"(?:fired|launched|sent|(?:responded|retaliated|hit\s+back|answered)\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?with)\s+"
              r"(?:[\w-]+\s+){0,4}?(?:drones?|uavs?|missiles?)\b")
_LAUNCHED_NEXT = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:then|also|later|in\s+turn|quickly|since)\s+)?" + _LAUNCHING, re.I)
_ANY_LAUNCHED = gated(re.compile(r"\b" + _LAUNCHING, re.I))
_CRAFT_NEXT = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:drones?|uavs?|jets?|(?:war)?planes?|aircraft|helicopters?|gunships?|missiles?)\b", re.I)


# A side's name or forces word before a craft ("Turkish drones", "Air Force jets", "the junta's aircraft"), or the craft's
# owner after it ("drones belonging to the regime"): a cheap test before reading who a sentence names with its weapons
_CRAFT_WORDS = r"(?:drones?|uavs?|jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|missiles?|rockets?|(?:f|su|mig)-\d+s?)"
_SIDE_WITH_WEAPON = gated(re.compile(r"(?:(?!(?-i:The|A|An|This|That|These|Those|Its|Their|One|Two|Three|Four|Five|Six|Several|Some|Many|More|"
                               r"Another|Both|Other|Such|Small|Armed|Attack|Enemy|Hostile|Unidentified|Unknown)\b)(?-i:[A-Z])[\w'’-]*|"
                               r"forces?|army|military|government|regime|junta|federal)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
                               + _CRAFT_WORDS + r"\b|\b" + _CRAFT_WORDS + r"\s+(?:belonging\s+to|of|operated\s+by|flown\s+by|owned\s+by)\b", re.I))


# "the army leaned on newly acquired Turkish and Iranian drones": the makers of a force's craft, not who flies them
_ACQUIRED = re.compile(r"\b(?:acquired|bought|purchased|supplied|delivered|imported|procured|obtained|received)\s+"
                       r"(?:[\w'’-]+,?\s+){0,4}$", re.I)


# "the damage was caused by a Ukrainian air-defence missile": the defender's interceptor, no weapon it strikes with
_DEFENCE_WORDS = r"(?:air[- ]defen[cs]e|anti-aircraft|surface-to-air|interceptor)\b"
_DEFENCE_CRAFT = re.compile(r"\s+(?:[\w-]+\s+)?" + _DEFENCE_WORDS, re.I)
_DEFENCE_NAMED = first_char_checked(re.compile(r"\b" + _DEFENCE_WORDS, re.I))


def _defensive(sentence: str, mention: ActorMention) -> bool:
    """Whether a side is named with its air defences ("a Ukrainian air-defence missile"), which strike nothing."""
    return bool(_DEFENCE_NAMED.search(sentence, mention.start, mention.end) or _DEFENCE_CRAFT.match(sentence, mention.end))


def sides_by_weapon(sentence: str, countries: Sequence[str] = ()) -> dict[str, Actor]:
    """Each side a sentence names with its weapon ("Turkish drones", "Israeli missiles"): when the next
    sentence tells a strike by "a drone", the side whose drones were just told."""
    sides: dict[str, Actor] = {}
    if not _SIDE_WITH_WEAPON.search(sentence) and not _ANY_LAUNCHED.search(sentence):
        return sides
    found = actors_in(sentence, countries)
    for mention in found:
        if _ACQUIRED.search(sentence, max(0, mention.start - 60), mention.start) or _defensive(sentence, mention) \
                or _in_others_account(sentence, mention, found):
            continue
        # ("Air Force jets pursued them": the forces named, then their craft)
        craft = _CRAFT_NEXT.match(sentence, mention.end) if mention.strength == 1 else None
        # ("Iran responded with missiles.": the side that fired them, whose missile the next sentence's is)
        craft = craft or _LAUNCHED_NEXT.match(sentence, mention.end)
        kind = weapon_of(sentence[mention.start:mention.end] if mention.strength >= 2 else craft.group(0) if craft else "")
        before = sentence[max(0, mention.start - 40):mention.start]
        kind = kind or (weapon_of(before) if _OWNED_BY.search(before) else None)  # "drones belonging to the regime's forces"
        if kind is not None and mention.actor is not UNKNOWN:
            sides.setdefault(kind, mention.actor)
    return sides


def _in_others_account(sentence: str, mention: ActorMention, found: list[ActorMention]) -> bool:
    """Whether a side is named on one weapon that hit a thing told, in what another side says ("Moscow says a Ukrainian
    rocket struck the ward"): that side's account of whose weapon it was, not a side told with its weapon."""
    return bool(_ONE_OF_THEIRS.search(sentence, max(0, mention.start - 4), mention.start)) \
        and _HIT_THE.match(sentence, mention.end) is not None \
        and any(t.actor not in (mention.actor, UNKNOWN) and t.end <= mention.start and _SPEAKS.match(sentence, t.end) for t in found)


# ("says a Ukrainian missile hit the clinic": one of theirs that hit the place told; not "says Iran fired 50 missiles")
_ONE_OF_THEIRS = first_char_checked(re.compile(r"\ban?\s+$", re.I))
_HIT_THE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:hit|struck|caused|damaged|destroyed)\s+the\b", re.I)


def others_account(sentence: str, countries: Sequence[str] = ()) -> bool:
    """Whether the side a sentence names as the attacker is named, with its weapon, only in what another side says
    ("Moscow says a Ukrainian rocket struck the ward"; not "Israel's military said jets hit depots of the Houthis")."""
    found, chosen = actors_in(sentence, countries), actor_in(sentence, countries)
    told = [m for m in found if m.actor == chosen and not _SPEAKS.match(sentence, m.end)]
    return bool(told) and all(_in_others_account(sentence, m, found) and weapon_of(sentence[m.start:m.end]) is not None for m in told)


def state_of(country: str | None) -> Actor | None:
    """The state actor whose forces are those of `country` (ISO alpha-2)."""
    return next((Actor(e["actor"], e["country"]) for e in load("actors")["states"] if e["country"] == country), None)


def actor_in(sentence: str, countries: Sequence[str] = ()) -> Actor | None:
    """The attacker of a sentence, if it names one with a military noun, "by", or as an alias."""
    # ("Pakistan's army chief condemned a suspected US drone strike": the side that condemns a strike never made it)
    # (nor "killed with the deputy head of Iraq's militia forces, when a US drone fired": a victim's side)
    strong = [m for m in actors_in(sentence, countries) if (m.strength >= 1 or _charged(sentence, m))
              and not _CONDEMNS.match(sentence, m.end) and not _HEAD_OF.search(sentence, max(0, m.start - 40), m.start)
              and not _defensive(sentence, m) and not _where(sentence, m) and not _persons_side(sentence, m)]
    return strong[0].actor if strong else None


# "a guest house beside the home of X's army commander", "near the office of Y's defence minister": the side a person
# named beside the target belongs to, never the attacker
_OF_BEFORE = re.compile(r"\b(?:of|near|to|at|towards)\s+(?:the\s+)?$", re.I)
_PERSON_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:army|military|armed\s+forces|air\s+force|defen[cs]e|intelligence|foreign|interior|prime)\s+)?"
                           r"(?:chief|commander|head|leader|president|minister|spokes(?:man|woman|person)|envoy|ambassador)\b", re.I)


def _persons_side(sentence: str, mention: ActorMention) -> bool:
    """Whether a side is named only as the owner of a person told beside the place struck."""
    return bool(_PERSON_AFTER.match(sentence, mention.end) and _OF_BEFORE.search(sentence, max(0, mention.start - 12), mention.start))


# "in the north of Syria the air raids fell ...", "on the Syrian side the raids fell ...": a country named where, then
# another phrase, not the country's strikes
_IN_COUNTRY = re.compile(r"\b(?:in|inside|across|of|on)\s+(?:the\s+)?$", re.I)
_PHRASE_OPENS = re.compile(r"\s(?:the|a|an)\s", re.I)


def _where(sentence: str, mention: ActorMention) -> bool:
    return bool(_IN_COUNTRY.search(sentence, max(0, mention.start - 12), mention.start)
                and _PHRASE_OPENS.search(sentence, mention.start, mention.end))


# "Pakistan condemned Iran for firing missiles into X", "accused Israel of bombing a school": the side charged with
# the strike the sentence tells, named bare
_CHARGED_BEFORE = first_char_checked(re.compile(r"\b(?:condemned|condemns|condemning|accused|accuses|accusing|blamed|blames|blaming|denounced|"
                                                r"denounces|held)\s+(?:the\s+)?$", re.I))
_CHARGED_WITH = re.compile(r"(?:\s+(?:responsible\s+)?(?:for|of)\s+(?:carrying\s+out\s+|launching\s+|conducting\s+)?"
                           r"(?:firing|launching|bombing|striking|attacking|targeting|hitting|(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:air\s*strikes?|strikes?|raids?|bombings?|drone\s+attacks?|missile\s+attacks?))\b)", re.I)


def _charged(sentence: str, mention: ActorMention) -> bool:
    return bool(_CHARGED_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
                and _CHARGED_WITH.match(sentence, mention.end))


_CRAFT_OWNED = r"['’]s?\s+(?:[a-z][\w-]*\s+)?(?:air\s*force|aircraft|jets?|warplanes?|planes?|drones?|helicopters?)\b"
# "the deputy head of", "a commander of": the one a side's name follows leads in it
_HEAD_OF = first_char_checked(re.compile(r"\b(?:head|chief|leader|commander|founder|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$", re.I))


# a side's name, then its condemning the strike: "Pakistan's army chief on Thursday condemned", "Iraq's government denounced"
_CONDEMNS = gated(re.compile(r"(?:['’]s)?\)?(?:\s*\([^()]{1,30}\))?(?:\s+(?!(?:and|or|that|which|who)\b)[\w'’.-]+){0,4}?(?:,[^,;.]{1,60},)?\s+(?:on\s+\w+day\s+|late\s+on\s+\w+day\s+)?"
                             r"(?:strongly\s+)?(?:condemned|condemns|denounced|denounces|protested|protests|deplored|deplores|decried|decries|"
                             # ("CENTCOM on Sunday extended its condolences over the killing of three in a Turkish drone strike")
                             r"(?:extended|extends|offered|offers|expressed|expresses|sent|sends)\s+(?:its\s+|his\s+|her\s+|their\s+)?condolences|"
                             # ("the army names four soldiers killed when a drone struck a base": a side naming its own dead)
                             r"(?:named|names|identified|identifies|mourned|mourns|buried|buries)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:soldiers|troops|officers|servicemen|service\s+members|personnel|dead|victims))\b", re.I))


_AGENT_BEFORE = re.compile(rf"\b(?:by|{_BLAME})\s+[\"“‘']?(?:the\s+)?$", re.I)  # not "from": where it came from, or lies


def agent_named(sentence: str, countries: Sequence[str] = ()) -> Actor | None:
    """The side a sentence names as the agent of an attack or the owner of its weapon ("the drones were sent by the
    militia", "a drone belonging to the army"): never a speaker, a condemner or a victim ("The army said two drones
    hit the post", "the government condemned the strike" name no attacker)."""
    acting = [m for m in actors_in(sentence, countries) if m.strength >= 1
              and (_AGENT_BEFORE.search(sentence, 0, m.start) or _OWNED_BY.search(sentence, 0, m.start))]
    return acting[0].actor if acting else None


# "its jets", "their drones" standing as the strike's own subject, no speaker before them to own them
_POSSESSED_CRAFT = first_char_checked(re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                                                 r"(?:jets|warplanes|aircraft|planes|drones|bombers|helicopters|gunships|air\s*force)\b", re.I))
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|announced|claimed|claims|reported|reports|stated|confirmed|added|denied|denies|insisted)\b", re.I)
# the subject a sentence opens with, past a connective or a time ("But Israel ...", "Since then, Turkey ...")
_SUBJECT_OPENS = re.compile(r"^\W*(?:(?:but|and|yet|since\s+then|meanwhile|however|in\s+response|for\s+its\s+part|"
                            r"(?:on|by|since|in)\s+(?:[\w-]+\s+){1,3}?)\W+)?(?:the\s+)?$", re.I)


def possessor(sentence: str, before: str, countries: Sequence[str] = ()) -> Actor | None:
    """The side that owns the craft a strike's sentence names only by a possessive ("On May 2 its jets struck X"),
    when the sentence names no side: the subject of the sentence before ("Israel has hit back repeatedly."), which
    "its" points back to, rather than the attacker of the strike told last (often the other side's)."""
    craft = _POSSESSED_CRAFT.search(sentence)
    if craft is None or actors_in(sentence[:craft.start()], countries) or _SPEAKER_BEFORE.search(sentence, 0, craft.start()):
        return None
    subjects = [m for m in actors_in(before, countries) if m.actor is not UNKNOWN and _SUBJECT_OPENS.match(before[:m.start])]
    return subjects[0].actor if subjects else None


def reporter_of(sentence: str, countries: Sequence[str] = ()) -> Actor | None:
    """The side a sentence names only as the one that tells of the strike ("Ukraine's air force said
    a drone hit Odesa"), when it names no other: it may be the attacker reporting its own strike or
    the side that was hit, which only the place can tell (`events` asks)."""
    # ("..., Kyiv said": a capital that speaks for its state, though a capital's name alone is a place)
    found = [m for m in actors_in(sentence, countries) if m.strength >= 1 or _SPEAKS.match(sentence, m.end)]
    if found and {m.actor for m in found} == {found[0].actor} \
            and all(_SPEAKS.match(sentence, m.end) or _ACCORDING.search(sentence, 0, m.start) for m in found):
        return found[0].actor  # ("... were launched in total, according to the air force": who tells it, too)
    return None


def actor_named(label: str) -> Actor | None:
    """The canonical actor a label names ("Military Forces of Turkey (2016-)" -> Turkey/TR), for
    normalising other datasets' actor columns to ours."""
    mentions = actors_in(label, label=True)
    return mentions[0].actor if mentions else None


# ", saying the group had fired the drones": the grounds an accusation gives
_GROUNDS = r"\s*,\s+saying\s+(?:that\s+)?(?:it|they|the\s+[\w-]+)\s+(?:had\s+)?(?:(?:was|were|had\s+been)\s+)?(?:launched|fired|sent|flew|carried\s+out|behind)\b"


# "blamed the raid on fighters loyal to the general", "the jets that bombed the bridge were Turkish",
# "the raids were the work of Iran": who did it, said apart from the report of the strike.
# (each branch behind its own gate, as a match's only named group that is set is its own branch's)
ATTRIBUTION = gated_alternation(re.compile(
    r"\bblam(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}?(?:attacks?|strikes?|raids?|bombings?|bombardment)\s+on\s+(?P<on>[^.;]{3,80})|"
    # "in attacks residents blamed on federal forces": the attacks, then the side they are blamed on
    # ("air attacks on the city that officials blamed on government forces": the attacks' target between)
    r"\b(?:attacks?|strikes?|raids?|bombings?)\s+(?:(?:on|in)\s+(?:the\s+)?[\w’'-]+\s+)?(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,3}?blamed\s+on\s+(?P<attacks_blamed_on>[^.;,]{3,60})|"
    # "the mayor put the blame on the enemy's drone units"
    # ("pinned the attack on the militia": the attack itself laid at a side's door)
    r"\b(?:put|puts|putting|laid|lays|pinned|pins|pinning|placed|places)\s+(?:the\s+)?(?:blame|(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?))\s+"
    r"(?:for\s+[^.;]{3,60}?\s+)?on\s+(?P<blame_on>[^.;,]{3,60})|"
    # ("insisted the plane was a Chadian air force one": the craft named as one of a side's)
    r"\b(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?)\b[^.;]{0,100}?\b(?:were|was)\s+(?:an?\s+)?(?P<were>[A-Z][\w-]+)|"
    # ("the mayor said the attack was Turkish": the strike itself named by its side)
    r"\b[Tt]he\s+(?:attacks?|strikes?|raids?|bombings?)\s+(?:was|were)\s+(?:clearly\s+|certainly\s+)?(?P<strike_was>[A-Z][\w-]+)|"
    # "described the drone as Turkish", "identified the jets as Russian"
    # ("described the strike as an Iranian-launched missile": the craft a side says struck)
    r"\b(?:described|identified)\s+(?:the\s+|both\s+)?(?i:aircraft|jets?|warplanes?|planes?|drones?|helicopters?|attacks?|strikes?)\s+as\s+"
    r"(?:an?\s+)?[\"“‘']?(?:an?\s+)?(?P<described>[A-Z][\w-]+)|"
    # "warplanes that a monitor identified as Russian", "a drone believed to be Turkish"
    r"\b(?i:aircraft|jets?|warplanes?|planes?|drones?|helicopters?)\b[^.;]{0,60}?\b(?:identified|described|believed|thought|assessed|confirmed)\s+"
    r"(?:to\s+(?:be|have\s+been)\s+|as\s+)(?P<identified>[A-Z][\w-]+)|"
    # ("was attributed by the governor's office to X": who attributes it, then to whom)
    r"\battribut(?:e|es|ed|ing)\s+(?:by\s+(?:[\w’'-]+\s+){1,6}?)?(?:[\w’'-]+\s+){0,3}?to\s+(?P<to>[^.;]{3,80})|"
    # "the strike was claimed hours later by the rebels": the side that says it struck, told in the passive
    r"\b(?:attacks?|strikes?|raids?|bombings?|it)\s+(?:was|were|has\s+been|had\s+been)\s+claimed\s+(?:[\w-]+\s+){0,4}?by\s+(?P<claimed_by>[^.;,]{3,60})|"
    # "said both attacks had been carried out by foreign drones": the agent of the attacks just told
    # ("the raid came at ten and was carried out by a Turkish drone": what it did first, then who)
    # ("believed the missiles had been launched by the militia": the weapons just told, by who sent them)
    r"\b(?:attacks?|strikes?|raids?|bombings?|both|it|they|missiles?|rockets?|drones?|projectiles?)\s+(?:[^.;,]{0,30}?\s+and\s+)?"
    # ("the raid was most likely carried out by X", "we consider it likely to have been carried out by X": a hedged finding)
    r"(?:had\s+been|have\s+been|has\s+been|were|was|(?:most\s+|very\s+|highly\s+)?likely\s+to\s+have\s+been)\s+"
    r"(?:(?:most\s+|very\s+|highly\s+)?likely\s+|probably\s+|almost\s+certainly\s+)?(?:carried\s+out|conducted|launched|fired|sent)\s+by\s+(?P<carried_by>[^.;,]{3,60})|"
    # ("the bombs came from an air force drone", "the missiles came from X jets": whose craft dropped them)
    r"\b(?:bombs?|missiles?|munitions?|strikes?|attacks?)\s+(?:had\s+)?came\s+from\s+(?:an?\s+|the\s+)?(?P<came_from>[^.;,]{2,40}?)\s+"
    r"(?:drones?|jets?|aircraft|warplanes?|planes?|helicopters?)\b|"
    # "we assess the air force as responsible": the side an investigator finds struck
    r"\b(?:assess(?:es|ed)?|consider(?:s|ed)?|judge[sd]?)\s+(?P<assessed>(?:the\s+)?[\w'’ -]{2,50}?)\s+(?:as|to\s+be)\s+(?:the\s+)?"
    r"(?:(?:most\s+)?(?:likely|probable)\s+)?(?:responsible|perpetrators?|attackers?)\b|"
    # "the plane belongs to the air force of X": whose aircraft struck
    r"\b(?i:aircraft|jets?|warplanes?|planes?|drones?|helicopters?|antonovs?|bombers?)\s+(?:belongs|belonged)\s+to\s+(?P<belongs>[^.;,]{3,60})|"
    r"\b(?:were|was|is|are)\s+the\s+work\s+of\s+(?P<work>[^.;,]{3,60})|"
    # "officials blamed the coalition", "the army blamed the RSF for the attacks", "accused Israel of carrying out the strike",
    # the side in quotes as the accuser calls it ('blamed "the Zionist enemy" for the raid')
    # ("blames Hamas for every civilian death" is an army's stance on all its strikes, no attribution of one, and "blames
    # the group for hiding among civilians" a charge of something else)
    r"(?<![\w-])blam(?:ed|es|ing)\s+(?P<blamed>[\"“‘']?(?:the\s+)?(?:(?!for\s)[a-z][\w-]*\s+){0,4}(?-i:[A-Z])(?:(?!\s+for\b)[^.;,]){1,60}?)"
    r"(?=\s+(?:for(?!\s+(?:every|all|any)?\s*civilian)(?!\s+(?!(?:targett?ing|attacking|striking|bombing|hitting|shelling|launching|carrying|killing|conducting|firing|sending|using|flying|"
    r"being|deploying|dropping)\b)[\w-]+ing\b)|and|over)\b|[,.;(]|\s*$)|"
    r"(?<![\w-])accus(?:ed|es|ing)\s+(?P<accused>[\"“‘']?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?-i:[A-Z])[^.;,]{1,60}?)(?:\s+of\s+"
    r"(?=(?:[\w-]+\s+){0,4}?(?:strikes?|attacks?|raids?|bombings?|assault|shelling)\b|(?:carrying out|launching|being behind|conducting|killing|bombing|striking|targeting|attacking|hitting|firing|sending|dropping)\b)|"
    # "accused the militia, saying the group had launched the drones": the accusation and its grounds
    + _GROUNDS + r")|"
    # "in a second statement named the militia as responsible", "named the RSF, saying the drone was launched from ..."
    r"(?<![\w-])named\s+(?P<named>(?:the\s+)?(?-i:[A-Z])[^.;,]{1,60}?)(?:\s+as\s+(?:the\s+)?(?:responsible|attackers?|culprits?|perpetrators?)\b|"
    + _GROUNDS + r")|"
    # "Turkey has been blamed for both strikes": the side blamed, told in the passive
    r"(?P<blamed_passive>(?<![\w-])(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+"
    r"(?:widely\s+|also\s+|again\s+)?blamed\s+for\s+(?:the\s+|both\s+|these\s+|those\s+|this\s+|that\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?)\b|"
    # "officials point the finger at Ankara", "pointed at the army": a blame
    r"(?<![\w-])point(?:ed|s|ing)?\s+(?:the\s+finger\s+|fingers\s+)?at\s+(?P<pointed>[\"“‘']?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?-i:[A-Z])[^.;,]{1,60}?)(?=\s+(?:for|over)\b|[,.;(]|\s*$)|"
    # ("holds the army responsible": the theatre's army, named bare)
    r"(?<![\w-])(?:held|holds|holding)\s+(?P<held>[\"“‘']?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:(?-i:[A-Z])[^.;,]{1,60}?|army|military))\s+responsible\b|"
    # "residents blamed the federal army": the theatre's own forces, named in lower case
    # ("who blamed the army", "blamed the military for the raid": the theatre's army, named bare)
    # ("residents blamed an army drone": the craft of the theatre's army)
    # ("blamed the federal government for the strikes": the government, whose forces fly the jets)
    r"(?<![\w-])(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?P<own_army>(?:the\s+)?(?:federal|central|military)\s+government\b|"
    r"(?:the\s+)?(?:national\s+)?police(?:['’]s)?\s+drones?(?:\s+(?:task\s+force|unit))?\b|"  # ("the national police's drone task force")
    r"(?:the\s+|an?\s+)?(?:(?:federal\s+)?(?:federal|government|national|regular)(?:['’]s)?\s+"
    # (not "the army of X"; "of carrying out", "of an air strike on Y" are the charge)
    r"(?:army|military|troops|forces|air\s*force)|army|military|air\s*force)(?!['’]|\s+of\s+(?![\w-]+ing\b|(?:an?|the|two|three|several)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|raids?|bombings?|bombardments?)\b))"
    # ("blamed the government's drones", "which blamed the army's warplanes": the craft of the theatre's forces)
    r"(?:\s+(?:drones?|jets?|warplanes?|aircraft|planes?|helicopters?))?\b|(?:the\s+)?(?:federal\s+)?(?:federal|government|army|military)(?:['’]s)?\s+"
    r"(?:drones?|jets?|warplanes?|aircraft|planes?|helicopters?)\b)|"
    # "officials said in a statement that the national guard had carried out both raids": the side a statement says
    # made the attacks
    # ("the military spokesman later confirmed the air force had carried out the strike": a side owning it)
    r"\b(?:said|says|stated|alleged|claimed|confirmed|confirms|acknowledged|acknowledges|admitted|admits)\s+(?:[^.;,\"“]{0,60}?\bthat\s+)?(?P<carried_out>(?:the\s+)?[\w'’ -]{2,60}?)\s+(?:had\s+|has\s+)?"
    r"(?:carried\s+out|conducted|launched)\s+(?:both\s+|the\s+|these\s+|those\s+)?(?:attacks?|strikes?|raids?|bombings?)\b|"
    # "villagers said the national army was responsible", "officials said foreign drones were behind the raids"
    # ("a source told reporters the militia was behind it")
    # ("we assess that the air force was responsible": an investigator's finding, hedged or not)
    r"\b(?:said|says|believe[sd]?|think|thought|assess(?:es|ed)?|conclude[sd]?|judge[sd]?|told\s+(?:[\w'’-]+\s+){1,2}?)\s*(?:that\s+)?"
    r"(?P<responsible>(?:the\s+)?[\w'’ -]{2,50}?)\s+(?:was|were|is|are)\s+"
    r"(?:(?:most\s+|very\s+|highly\s+)?(?:likely|probably)\s+|almost\s+certainly\s+)?(?:responsible\b|behind\s+(?:the\s+|both\s+|these\s+|those\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:attacks?|strikes?|raids?|bombings?|it|them)\b)|"  # ("behind the Kosti raid")
    # "The air force was most likely responsible for the raid": the finding told as the sentence itself
    r"^\W*(?P<responsible_for>(?:the\s+)?[\w'’ -]{2,50}?)\s+(?:was|were)\s+(?:(?:most\s+|very\s+|highly\s+)?(?:likely|probably)\s+|almost\s+certainly\s+)?"
    r"responsible\s+for\s+(?:the|both|these|those|this|that|it|them)\b(?:\s+[\w-]+){0,2}?(?:\s+(?:attacks?|strikes?|raids?|bombings?)\b|\s*[.;,])|"
    # "the monitor believes the national army, the only side with drones, flew both aircraft": the side said to fly them
    r"\b(?:believe[sd]?|concluded|found|says|said)\s+(?:that\s+)?(?P<flew>(?:the\s+)?[\w'’ -]{2,60}?)(?:,[^,.;]{1,80},)?\s+(?:had\s+)?"
    r"(?:flew|operated|launched|sent|fired)\s+(?:both|the|these|those|all)\s+(?:[\w-]+\s+)?(?:aircraft|drones?|jets?|planes?|missiles?)\b"))
# "the federal army", "government troops": the theatre's own forces, named in an attribution
# ("a raid attributed to the military because only it has jets": and why)
_OWN_ARMY = re.compile(r"(?:(?:the\s+)?(?:federal|central|military)\s+government|(?:the\s+)?(?:national\s+)?police(?:['’]s)?\s+drones?(?:\s+(?:task\s+force|unit))?|(?:the\s+|an?\s+)?(?:federal\s+)?(?:federal|government|national|state|regular)(?:['’]s)?\s+(?:army|military|troops|forces|air\s*force)|"
                       r"(?:the\s+)?(?:national\s+)?defen[cs]e\s+forces?|(?:the\s+|an\s+)?(?:army|military|air\s*force))(?:\s+(?:for|because|on\s+the\s+grounds?)\b.*)?", re.I)
# What a side says that owns a strike ("claimed responsibility", "said its jets struck"), each way of saying it a branch
_OWNS_STRIKE = (r"claim(?:s|ed|ing)?\s+(?:responsibility|the\s+(?:attacks?|strikes?|raids?|operations?|bombings?|hits?)|(?:it|them)\s*(?:[.;]|$))|"
                # ("claimed the Sunday operation", "claimed the Harir attack"; not "did not claim the X attack")
                r"(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)claim(?:s|ed|ing)?\s+the\s+(?:[\w'’-]+\s+){1,2}?(?:attacks?|strikes?|raids?|operations?|bombings?|hits?)\b|"
                # ("Militia claims drone strike on air base": a headline's claim, in the present, of its own attack)
                r"claims?\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?)\s+(?:on|against)\b|"
                # ("Hezbollah statement: its fighters launched drones at X": a side's statement, quoted after its label)
                r"(?:statement|communiqu[eé])\s*:\s+[\"“]?(?:its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:forces|units?|troops|fighters|aircraft|drones|jets|"
                r"warplanes|air\s+force|mujahideen)\s+(?:had\s+)?(?:also\s+)?(?:fired|launched|struck|targeted|attacked|hit|bombed|raided|pounded)\b|"
                # ("the coalition defended the raid", "called the strike a lawful act of self-defence": a side standing by
                # a strike as its own)
                r"(?:defended|defends|justified|justifies)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|operation)\b|"
                r"(?:described|describes|called|calls)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|operation)\s+"
                r"(?:as\s+)?(?:an?\s+)?(?:legitimate|lawful|justified|necessary|proportionate)\b|"
                # ("the coalition's spokesman said the strike was legitimate": the same, in so many words)
                r"said\s+(?:that\s+)?(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|operation)\s+"
                r"(?:was|were|had\s+been)\s+(?:an?\s+)?[\"“]?(?:legitimate|lawful|justified|necessary|proportionate)\b|"
                # "the army called its target a commander", "said its targets were weapons depots": the striker's own word
                r"(?:called|described|identified|named)\s+its\s+targets?\b|said\s+(?:that\s+)?its\s+targets?\s+(?:was|were|had\s+been)\b|"
                # ("the army insisted the slain men were militia fighters": who it killed, in the striker's words)
                r"(?:claimed|said|stated|insisted)\s+(?:that\s+)?the\s+(?:dead|slain)\s+(?:man|men|driver|person|people)\s+(?:was|were|had\s+been)\s+(?:an?\s+)?"
                r"(?:[\w'’-]+\s+){0,3}?(?:operatives?|commanders?|members?|fighters?|militants?|terrorists?)\b|"
                # "the rebel group said it was responsible for both raids"
                r"said\s+(?:(?:in|on|late|through|via|to)\s+(?:[\w'’-]+\s+){1,6}?)?(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+"
                r"(?:behind\s+(?:the\s+|both\s+|these\s+)?(?:attacks?|strikes?|raids?|bombings?|it|them)\b|responsible\b"
                r"(?!\s+for\s+(?!(?:the\s+|both\s+|these\s+)?(?:attacks?|strikes?|raids?|bombings?|it|them)\b)))|"
                # ("the army confirmed carrying out a drone strike in X": the side owning its own strike)
                r"(?:confirmed|confirms|admitted|admits|acknowledged|acknowledges)\s+(?:on\s+\w+\s+)?(?:carrying\s+out|conducting|launching|staging)\b|"
                # "the rebels said they had fired a missile at the airport": the side telling its own attack
                # ("the command said that its long-range units had hit the depot")
                # ("said in a communique late Sunday that its units launched drones at the post", "said they fired")
                # ("the capital announced that its jets had raided a depot": the state telling its own strike)
                # ("the general staff claimed that its drones hit the refinery": claimed of its own units)
                # ("the general staff says its drones hit the refinery": a live blog's or a headline's present)
                r"(?:said|says|reported|reports|announced|announces|stated|states|confirmed|confirms|claimed|claims)\s+(?:later\s+)?(?:(?:in\s+a\s+[\w-]+|(?:on|late(?:\s+on)?)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|"
                # ("said on its Telegram account that ...": where it said so)
                r"(?:on|in|via|through)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:channels?|accounts?|websites?|media|television|radio|outlets?))\s+){0,2}(?:that\s+)?"
                # ("the spokesman said the group had fired missiles at X": the speaker's group, by its kind)
                r"(?:it|they|the\s+(?:group|movement|militia|organi[sz]ation)|(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:forces|units?|troops|fighters|aircraft|drones|jets|warplanes|planes|wing|squadron|air\s+force))\s+"
                r"(?:had\s+)?(?:also\s+)?[\"“]?(?:fired|launched|struck|targeted|attacked|hit|bombed|raided|pounded|carried\s+out|"
                r"used\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|aircraft|jets|quadcopters?)\s+to)\b")  # ("its fighters used drones to ...")
# "The Houthis claimed responsibility": the side that says it struck. Stronger than another's accusation.
# ("The Movement (TM) said in a message to reporters that they were responsible": its short name, and how it said so)
CLAIM = gated(re.compile(r"(?P<claimer>(?-i:[A-Z])[\w'’ -]{1,50}?)(?:\s*\([^()]{1,30}\))?"
                         r"(?:\s+[-–—]\s+(?:(?!\s[-–—]\s)[^.;]){1,90}?\s+[-–—]|,\s+(?:the|an?)\s+[^,.;]{1,60},)?"  # "the rebels - a movement backed by Tehran - claimed"
                         # ("The TTP, the outlawed movement, claimed responsibility": named, then described)
                         r"\s+(?:(?:has|have|had)\s+|later\s+|quickly\s+)?(?:" + _OWNS_STRIKE + ")", re.I))
# (the words alone, each branch behind the gate of its own: few sentences hold them, and CLAIM tries a claimer at every
# capital letter, so it is searched only where they are)
OWNS_STRIKE = gated_alternation(re.compile(_OWNS_STRIKE, re.I))


def claims_in(sentence: str) -> list[re.Match[str]]:
    """Each claim a sentence tells (CLAIM), its claimer named: read only where a side's words owning a strike are."""
    return list(CLAIM.finditer(sentence)) if OWNS_STRIKE.holds(sentence) else []


# "unclear whether Turkish or Iraqi jets were behind it": the attacker is in doubt
HESITATION = gated(re.compile(r"\b(?:not\s+(?:yet\s+)?(?:clear|known|possible\s+to\s+(?:say|tell|determine))|unclear|"
                        r"(?:could|can)\s*not\s+(?:say|tell|determine|confirm)|unable\s+to\s+(?:say|tell|determine|confirm))\s+"
                        r"(?:whether|if)\b(?P<choice>[^.;]{3,120})", re.I))


# "did not say whose drone it was", "without saying which country's aircraft carried out the raid"
UNSAID = gated(re.compile(r"\bwhose\s+(?:[\w-]+\s+)?(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?|missiles?)\s+(?:it|they)\s+(?:was|were|had\s+been)\s*,?\s+"
                    r"(?:[\w-]+\s+){1,3}?(?:could|can|did|does|would)\s*(?:not|n['’]t)\s+(?:say|tell|know|confirm)\b|"  # "Whose jets they were, he could not say"
                    r"\b(?:without\s+saying|(?:did|does|would|could)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:say|know|identify|specify|establish|determine|confirm|verify)|"
                    r"declined\s+to\s+(?:say|identify)|"
                    r"no\s+(?:information|idea|details?|knowledge|word)\s+(?:on|about|of|as\s+to)|"  # "had no information on who carried it out"
                    r"(?:not|never)\s+(?:been\s+)?(?:yet\s+)?(?:said|clear|known|identified|specified))\s+[\"“‘']?(?:from\s+)?"
                    r"(?:whose|who\s+(?:had\s+|has\s+|have\s+)?(?:carried|launched|fired|flew|sent|was\s+behind|conducted)|which\s+(?:country|side|party|force|army|aircraft)(?:['’]s)?)\b|"
                    # "the ministry did not name any country": no side is blamed
                    r"\b(?:did|does|would)\s*(?:not|n['’]t)\s+name\s+(?:any|a)\s+(?:country|side|party|attacker|culprit|perpetrator)\b", re.I))


# "partner nations", "coalition members": the sides of an alliance whose strikes are the alliance's
PARTNERS = re.compile(r"\b(?:partner|allied|coalition)(?:[\s-]+nations?)?\b|\bmembers?\s+(?:states?|nations?|countries)\b", re.I)
# "Nobody claimed the attack", "there was no immediate claim of responsibility", "unidentified drones": no side owns it
UNCLAIMED = gated(re.compile(r"\b(?:(?:no(?:body|\s+one|\s+group|\s+side|\s+party|\s+faction)|neither\s+(?:side|party))\s+(?:has\s+|had\s+)?"
                       r"(?:yet\s+|immediately\s+)?(?:claimed|acknowledged)|"
                       r"there\s+(?:was|has\s+been|had\s+been)\s+no\s+(?:immediate\s+)?claim|"
                       r"(?:attacks?|strikes?|raids?|bombings?|it)\s+(?:was|were|went|has\s+gone|remains?|remained)\s+unclaimed|"
                       r"^\W*(?:still\s+)?unclaimed(?=\W*$)|"  # a log's note: "Unclaimed."
                       # "warplanes of unknown origin", "unidentified drones": the text names the attacker as unknown
                       r"(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?|missiles?)\s+of\s+(?:unknown|unclear|undetermined)\s+(?:origin|nationality|provenance)|"
                       r"(?:unidentified|unknown|unmarked)\s+(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?)|"
                       # "the source of the strike has not been established", "the origin of the aircraft remains unclear"
                       r"(?:origin|source|owner|operator|nationality|provenance)\s+of\s+the\s+(?:[\w-]+\s+)?(?:aircraft|jets?|warplanes?|planes?|drones?|"
                       r"helicopters?|missiles?|strikes?|attacks?)\s+(?:could|can|has|had|was|were|is|remains?|remained)\s*(?:not|n['’]t)?\s+"
                       r"(?:(?:yet\s+)?(?:be(?:en)?\s+)?(?:confirmed|established|verified|determined|identified|known)|unknown|unclear|unconfirmed))\b", re.I))


def in_doubt(sentence: str, countries: Sequence[str] = ()) -> bool:
    """Whether a sentence says the attacker is not known ("whether Turkish or Iraqi jets", "did not
    say whose drone it was", "nobody claimed the attack"): a strike it speaks of keeps no attacker
    carried over from another."""
    if UNCLAIMED.search(sentence):
        return True
    if UNSAID.search(sentence):  # ("... without saying which partner nation flew which mission": the coalition is known)
        return not PARTNERS.search(sentence)
    match = HESITATION.search(sentence)
    if match is None or not re.search(r"\bor\b", match["choice"]):
        return False
    sides = {name for name, words in _side_words().items() if words.search(match["choice"])}
    return len(sides) >= 2


@functools.cache
def _side_words() -> dict[str, re.Pattern[str]]:
    """Each state or group by the words that name it ("Syrian", "Syria", "Damascus" for Syria)."""
    data = load("actors")
    entries = [(e["actor"], e["demonyms"] + e["names"]) for e in data["states"]]
    entries += [(e["actor"], e["aliases"]) for e in data["groups"] + data["coalitions"]]
    return {name: re.compile(alternation(words, joined=True), re.I) for name, words in entries if words}


# "The army is the only side in the war with warplanes", "armed drones here are flown by the army alone": a report that
# names no attacker for its strikes still says whose they can only be
_AIRCRAFT = r"(?:armed\s+|combat\s+|military\s+)?(?:drones|aircraft|warplanes|jets|helicopters|an\s+air\s+force|air\s+power)"
ONLY_OPERATOR = gated_alternation(re.compile(
    r"(?P<sole>(?-i:[A-Z])[\w'’ ,-]{1,60}?)\s+(?:is|are|remains?|was|were)\s+(?:the\s+)?only\s+(?:party|parties|force|forces|side|actor|"
    r"one|belligerent|armed\s+(?:group|force|actor))\s+(?:in\s+[^.;]{1,40}?\s+)?(?:(?:known\s+to\s+be\s+)?(?:operating|flying|using|"
    r"deploying|with)|(?:that|which|known\s+to)\s+(?:operates?|fl(?:y|ies)|uses?|deploys?|ha(?:s|ve)|possess(?:es)?))\s+" + _AIRCRAFT + "|"
    r"\bonly\s+(?P<only>(?:the\s+)?[\w'’ -]{2,40}?)\s+(?:operates|flies|fly|has|have|uses|use|possesses|possess|deploys)\s+" + _AIRCRAFT + "|"
    r"\b" + _AIRCRAFT + r"\b[^.;]{0,60}?\b(?:are|is)\b(?:[^.;]{0,40}?\s+)?(?:flown|operated|used|deployed)\s+"
    r"(?:only\s+by\s+(?P<only_by>(?:the\s+)?[\w'’ -]{2,40}?)(?=[.;,]|\s*$)|by\s+(?P<alone>(?:the\s+)?[\w'’ -]{2,40}?)\s+(?:alone|only)\b)|"
    # "the only armed drones flying over the region belong to the army": whose they all are
    r"\bthe\s+only\s+" + _AIRCRAFT + r"\b[^.;]{0,60}?\s+belongs?\s+to\s+(?P<owner>(?:the\s+)?[\w'’ -]{2,40}?)(?=[.;,]|\s*$)",
    re.I))


# "no other side in the war has armed drones", "the rebels have no aircraft": the state's forces alone fly them
NO_OTHER_OPERATOR = gated(re.compile(
    # ("No rebel group here is known to fly drones, whereas the army has several": the groups the army fights)
    r"\bno\s+(?:(?:other|rival)\s+(?:side|party|parties|force|forces|group|belligerent|armed\s+group)|armed\s+groups?|rebel\s+groups?)\b"
    r"[^.;]{0,40}?\s+(?:(?:is|are)\s+known\s+to\s+(?:own|have|operate|fly|use)|has|have|owns?|possess(?:es)?|operates?|fl(?:y|ies)|uses?|deploys?)\s+"
    + _AIRCRAFT + "|"
    r"\b(?:the\s+)?(?:rebels?|insurgents?|militants?|militias?|fighters|guerrillas?|other\s+side)\s+(?:have|has|possess(?:es)?)\s+no\s+"
    r"(?:armed\s+|combat\s+)?(?:aircraft|drones|warplanes|jets|helicopters|air\s+force|air\s+power)\b", re.I))


def only_operator(text: str, countries: Sequence[str] = ()) -> Actor | None:
    """The side a text says alone flies the aircraft that strike in its theatre, if it names one, or
    the state of the article's country when it says no other side has them."""
    named = _side_named(ONLY_OPERATOR.finditer(text), countries)
    if named is None and countries and NO_OTHER_OPERATOR.search(text):
        return state_of(countries[0])
    return named


# "a missile fired from Yemen", "Missile from Yemen slams into ...", "drones launched from Iran toward Israel"
# (not "drones bought from Turkey": where they were made or sold)
# ("It was fired from the territory of Armenia": the missile just told, by its pronoun)
LAUNCHED_FROM = gated(re.compile(r"(?:\b(?:missiles?|drones?|rockets?|uavs?|projectiles?)\b(?:\s+(?!(?:" + SUPPLY_VERBS + r"|made|manufactured|delivered)\b)[\w-]+){0,4}?\s+"
                           r"(?:(?:launched|fired|sent|flown)\s+|(?:streaked|flew|came|coming)\s+in\s+)?|"
                           r"\b(?:it|they)\s+(?:was|were|had\s+been)\s+(?:launched|fired|sent|flown)\s+)"
                           r"from\s+(?:the\s+(?:territory|direction|soil)\s+of\s+)?(?P<origin>(?-i:[A-Z])[\w'’-]+)|"
                           # "a Yemeni-launched drone"
                           r"\b(?P<demonym>(?-i:[A-Z])[\w'’]+)-(?:launched|fired)\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|uavs?|projectiles?)\b", re.I))


# ("a government receiving tanks and drones from X for months": where the craft were bought, not launched)
_SUPPLIED_BEFORE = re.compile(r"\b(?:" + SUPPLY_VERBS + r"|receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|deliver(?:s|ed|ing)?|sent|sending|sold|selling|"
                              r"arm(?:s|ed|ing)|provid(?:e|es|ed|ing))\b[^.;]{0,50}$", re.I)


def launched_from(text: str, countries: Sequence[str] = ()) -> Actor | None:
    """The side a text's missiles and drones come from, when it names one origin only and one side alone launches
    from there (see `launch_origins`): the attacker of strikes it leaves unattributed."""
    sides = {_launchers().get((match["origin"] or match["demonym"]).lower()) for match in LAUNCHED_FROM.finditer(text)
             if not _SUPPLIED_BEFORE.search(text, max(0, match.start() - 60), match.start())}
    if len(sides) != 1 or None in sides:
        return None
    return actors_in(next(iter(sides)), countries, label=True)[0].actor


def launcher_abroad(actor: Actor) -> Actor | None:
    """The side that strikes abroad from a state's soil when that is not the state itself: "a Yemeni missile hit
    Jaffa" is the Houthis' missile, "a Lebanese drone fell on Metula" Hezbollah's (`launch_origins`); None when
    the state is its own launcher ("an Iranian missile") or launches from nowhere listed."""
    return _launcher_of_state().get(actor)


@functools.cache
def _launcher_of_state() -> dict[Actor, Actor]:
    found = {}
    for entry in load("actors")["launch_origins"]:
        state = next((m.actor for name in (entry["origin"], entry["demonym"]) for m in actors_in(name, label=True) if m.actor.country), None)
        launcher = actors_in(entry["actor"], label=True)[0].actor
        if state is not None and launcher != state:
            found[state] = launcher
    return found


@functools.cache
def _launchers() -> dict[str, str]:
    origins = load("actors")["launch_origins"]
    return {name.lower(): entry["actor"] for entry in origins for name in (entry["origin"], entry["demonym"])}


# "The army denied carrying out the attack", "said the defence forces did not carry out any attack": the side the
# report names as suspect, which the conventions take as the attacker when nobody else is named or claims it
_SUSPECT = r"(?:(?-i:[A-Z])|\bthe\s)(?:(?!\s(?:said|says|stated|that)\s)[\w'’ -]){1,50}?"  # the phrase before the denial, not who relays it
# (the attack named, so that "Islamabad denies any role" in an older killing, or "would neither confirm nor deny
# responsibility", names no suspect of these strikes)
_THE_ATTACK = r"(?:the|this|that|these|those|any|both|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?)\b"
DENIAL = gated(re.compile(r"(?P<denier>" + _SUSPECT + r")\s+(?:(?:has|had|have)\s+)?(?<!nor\s)(?:denied|denies|denying)\s+"
                    r"(?:carrying\s+out\s+|(?:any\s+)?(?:responsibility|involvement|role|part)\s+(?:for|in)\s+|(?:that\s+)?it\s+(?:had\s+)?(?:carried\s+out|was\s+behind)\s+)"
                    + _THE_ATTACK + r"|"
                    r"(?P<not_carried>" + _SUSPECT + r")\s+(?:did|had)\s+not\s+(?:carry|carried)\s+out\s+" + _THE_ATTACK))
# "the ministry in Ankara said five PKK militants were neutralised": a military's word for those its own strike
# killed, a claim when the speaker is named (a bare "the military" may be any side's)
# (the claimer a subject, no phrase of place or second clause: not "a camp of the group near X ... and said")
NEUTRALISED = gated(re.compile(r"(?P<claimer>(?-i:[A-Z])(?:(?!\s(?:and|in|on|near|at|south|north|east|west|with|for|from|to)\s)[\w'’ -]){1,50}?)\s+"
                         r"(?:announced|said|stated|reported|claimed|declared)\s+(?:that\s+)?"
                         r"[^.;]{0,60}?\b(?:neutrali[sz]ed|eliminated)\b|"
                         # ("Five terrorists were neutralised in an air operation in X, the Turkish defence ministry said")
                         r"\b(?:neutrali[sz]ed|eliminated)\b[^.;]{0,120}?,\s+(?P<teller>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:ministry|army|military|armed\s+forces|general\s+staff|command))\s+(?:said|announced|stated|reported|claimed)\b"))


# "The group denied involvement and blamed the military": a suspect's counter-accusation, which settles nothing
# "the minister dismissed claims that the drones were Turkish": an attribution told only to be denied
DISMISSED = first_char_checked(re.compile(r"\b(?:dismiss|reject|den(?:y|ie)|refut|rebut)\w*\s+(?:as\s+\w+\s+)?(?:the\s+|any\s+)?(?:[\w-]+\s+)?"
                                          r"(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?)\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?$", re.I))
COUNTER_BLAME = gated(re.compile(r"\bden(?:ied|ies|ying)\s+(?:any\s+)?(?:involvement|responsibility|role|part)\b[^.;]{0,40}?"
                           r"\band\s+(?:instead\s+)?(?:blam|accus)", re.I))


# "the rebels said they fired missiles at a carrier in response": a side telling its own attack, which answers the strike
# told before (or falls at sea), claims not that strike but the answer
FIRED_BACK = re.compile(r"\b(?:fired|launched|targeted|attacked)$", re.I)
ANSWERING = re.compile(r"\b(?:in\s+(?:response|retaliation|reply|revenge|answer)|to\s+avenge|responding\s+to)\b", re.I)
AT_SHIP = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:at|on)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:aircraft\s+carriers?|warships?|"
                     r"destroyers?|frigates?|ships?|vessels?|tankers?|USS)\b", re.I)


CHARGE_DAY = gated(re.compile(r"(?<=\w)\s+(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                              r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:of|for)\s)"))


def attributed_actor(sentence: str, countries: Sequence[str] = ()) -> Actor | None:
    """The attacker a sentence names in an attribution rather than in the report of a strike: the
    side that claims it, else the one it is blamed on."""
    if COUNTER_BLAME.search(sentence):
        return None
    # ("accused the army on Wednesday of killing seven": the day of the charge, between the side and what it is charged with)
    sentence = CHARGE_DAY.sub(lambda m: " " * len(m.group(0)), sentence)
    # ("nobody knows if the aircraft were Turkish or Iraqi": the sides of a doubt are no attribution)
    doubts = [m.span("choice") for m in HESITATION.finditer(sentence)]
    told = [m for m in [*claims_in(sentence), *ATTRIBUTION.finditer(sentence)]
            if not any(a <= m.start() < b or a < m.end() <= b for a, b in doubts)
            and not DISMISSED.search(sentence, max(0, m.start() - 80), m.start())
            and not (FIRED_BACK.search(m.group(0)) and (ANSWERING.search(sentence, m.end()) or AT_SHIP.match(sentence, m.end())))]
    if len({side for m in told if (side := _side_named([m], countries)) is not None}) > 1:
        return UNKNOWN  # "commanders pointed at Israel, while lawmakers said US aircraft were responsible": blame in dispute
    named = _side_named(told, countries)
    if named is not None:
        return named
    claimers = [actors_in(m["claimer"] or m["teller"], countries, label=True) for m in NEUTRALISED.finditer(sentence)]
    return next((found[0].actor for found in claimers if found), None) or _side_named(DENIAL.finditer(sentence), countries)


# "ministers held the group responsible for a drone that hit X": a group named by its kind, the one the text named before
GROUP_BLAMED = first_char_checked(re.compile(r"\b(?:blam(?:ed|es|ing)|held)\s+the\s+(?:group|movement|militia|organi[sz]ation)\s+(?:responsible\s+)?for\b", re.I))


def group_named(text: str) -> Actor | None:
    """The last armed group a text names, by any of its names (the group "the group" points back to), or None."""
    found = [(match.start(), rule.actor) for rule in _rules() if rule.group and rule.strength == 1
             for match in rule.regex.finditer(text)]
    return max(found, key=lambda f: f[0])[1] if found else None


def _side_named(matches: Iterable[re.Match[str]], countries: Sequence[str]) -> Actor | None:
    """The first side the phrases a pattern captured name: by its names, or as the theatre's own army."""
    for match in matches:
        side = side_of_label(next(value for value in match.groupdict().values() if value), countries)
        if side is not None:
            return side
    return None


# "drones belonging to the army", "the military's jets": the craft named by the side that owns them
_CRAFT_NOUNS = r"(?:drones?|uavs?|aircraft|jets?|warplanes?|planes?|helicopters?)"
_SERVING = r"(?:belonging\s+to|operated\s+by|flown\s+by|of)"
_CRAFT_OF = re.compile(rf"^(?:the\s+|an?\s+)?(?:[\w-]+\s+)?{_CRAFT_NOUNS}\s+{_SERVING}\s+", re.I)
# "the air force of X", "units loyal to X": a force named by the side it serves
_FORCE_OF = re.compile(rf"[\"“‘']?(?:the\s+)?(?:[\w-]+\s+)?(?:air\s+force|air\s+arm|forces|army|units?|jets?|warplanes?|aircraft|drones?|"
                       rf"helicopters?)\s+(?:{_SERVING}|loyal\s+to)\s+", re.I)
_OWNERS_CRAFT = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?{_CRAFT_NOUNS}$", re.I)


def side_of_label(label: str, countries: Sequence[str]) -> Actor | None:
    """The side a phrase that only names one ("the RSF", "the army", "drones belonging to the army") means: by its
    names, or as the theatre's own army."""
    if (force := _FORCE_OF.match(label)) and (owners := actors_in(label[force.end():], countries, label=True)):
        return owners[0].actor  # "the air force of the X army": X's, not the theatre's air force
    mentions = actors_in(label, countries, label=True)
    if mentions:
        return mentions[0].actor
    owner = _OWNERS_CRAFT.sub("", _CRAFT_OF.sub("", label.strip()))
    return state_of(countries[0]) if _OWN_ARMY.fullmatch(owner) and countries else None
