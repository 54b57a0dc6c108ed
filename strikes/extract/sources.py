"""Who says so: the outlet, monitor or official a strike report is attributed to."""
from __future__ import annotations

import functools
import re

from strikes.extract.lexicon import alternation, load

_NAME = r"(?:the\s+)?(?:[\w’'.-]+-based\s+)?(?P<source>(?:(?:al|el|the)-)?[A-Z][\w’'.-]*(?:\s+(?:of|for|al|el|the|and|de|on)?\s*[A-Z][\w’'.-]*){0,7})"


@functools.cache
def _patterns() -> tuple[list[re.Pattern[str]], re.Pattern[str]]:
    data = load("sources")
    named = [re.compile(p.replace("{source}", _NAME)) for p in data["patterns"]]
    generic = re.compile(r"(?:according to\s+|cited\s+|citing\s+)?(?P<source>" + alternation(data["generic"]) + r")"
                         r"(?=\s+(?:said|say|says|reported|told|claimed|confirmed)|$|[,.])", re.I)
    return named, generic


def source_in(sentence: str) -> str | None:
    """The named reporter of a sentence ("Lebanon-based al-Mayadeen TV reported" -> "al-Mayadeen TV"),
    else an unnamed one as written ("activists said" -> "activists")."""
    named, generic = _patterns()
    for regex in named:
        for match in regex.finditer(sentence):
            source = match.group("source").strip(" ’'.")
            if source and source.split()[0] not in ("He", "She", "It", "They", "We", "This", "That", "The", "A"):
                return source
    match = generic.search(sentence)
    if match and re.search(r"according to|said|says|reported|told|claimed|confirmed|cited|citing", sentence, re.I):
        return match.group("source")
    return None
