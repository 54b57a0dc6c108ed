"""Who says so: the outlet, monitor or official a strike report is attributed to."""
from __future__ import annotations

import functools
import re

from strikes.extract.dates import MONTHS, WEEKDAYS
from strikes.extract.gate import Gated, gated
from strikes.extract.lexicon import alternation, load

CALENDAR = set(MONTHS) | set(WEEKDAYS)  # "on Saturday told of ...": a day tells nothing

# "the Sudanese army", "Ukrainian officials": a people's name and the body that speaks for it
_BODY = r"(?:\s+(?:army|military|navy|police|government|officials|authorities|ministry|media))?"
_NAME = r"(?:the\s+)?(?:[\w’'.-]+-based\s+)?(?P<source>(?:(?:al|el|the)-)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|al|el|the|and|de|on)\s+){0,2}[A-Z][\w’'.-]*){0,7}" + _BODY + ")"


# a pronoun or a sentence adverb before "reports" or "said" names nobody ("Earlier reports said ...")
_NOT_NAMES = ("He", "She", "It", "They", "We", "This", "That", "Earlier", "Later", "Meanwhile", "Separately", "However",
              "Additionally", "Also", "Initial", "First", "Other", "Some", "Several", "Many")


@functools.cache
def _patterns() -> tuple[list[Gated], Gated]:
    data = load("sources")
    named = [gated(re.compile(p.replace("{source}", _NAME))) for p in data["patterns"]]
    people = r"(?:the\s+|a\s+)?(?:(?-i:[A-Z][\w-]*)\s+|\w+-[\w-]+\s+|(?:local|senior|several|other|two|three|many|state|provincial|regional|federal)\s+)?" + alternation(re.sub(r"^(?:the|a) ", "", g) for g in data["generic"])
    generic = gated(re.compile(rf"(?<=according to )(?P<a>{people})|(?P<b>{people})(?=[^.;]{{0,40}}?\b(?:said|say|says|reported|told|claimed|confirmed|gave|(?<!had\s)put)\b)", re.I))
    return named, generic


def source_in(sentence: str) -> str | None:
    """The named reporter of a sentence ("Lebanon-based al-Mayadeen TV reported" -> "al-Mayadeen TV"),
    else an unnamed one as written ("activists said" -> "activists")."""
    named, generic = _patterns()
    for regex in named:
        for match in regex.finditer(sentence):
            source = match.group("source").strip(" ’'.")
            placed = re.search(r"\b(?:in|at|from|of)\s+$", sentence[: match.start("source")])  # "the ministry in Sanaa said"
            if source and not placed and source.split()[0] not in _NOT_NAMES and source.lower() not in CALENDAR \
                    and source not in ("The", "A", "An"):  # "The Syrian Observatory ..." is a source, "The" alone is not
                return source
    match = generic.search(sentence)
    return (match.group("a") or match.group("b")) if match else None
