"""A wire's flashes and a channel's ticker lines written all in capitals, read in title case.

The rules find a name by its capital letter, and in "12:58 ISRAELI STRIKES HIT DEPOT IN HOMS" every word has one:
nothing there reads as a place, or everything does. Such a line, opened by its time or a flash's label ("URGENT",
"BREAKING"), is written again as a headline is ("Israeli Strikes Hit Depot in Homs"), the short words of grammar
in lower case and acronyms ("RSF", "UN", "BB") as they were. A heading in capitals ("STRIKE ON THE BERTH") is left
as it is, as is every other line. A flash's time written in four figures ("1931 URGENT -- Toll rises to 28") gets its
colon ("19:31"), so that no year 1931 is read in it.
"""
from __future__ import annotations

import functools
import re

from strikes.extract.lexicon import load

MIN_WORDS = 3  # "BREAKING NEWS" alone is a label, read as it is
_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_VOWEL = re.compile(r"[AEIOUY]")
# the labels a wire's flash or a channel's ticker line carries
_FLASH_LABELS = "URGENT|FLASH|BREAKING|ALERT|NEWSALERT|UPDATE|UPDATED|CORRECTED|CORRECTION|BACKGROUND|ADVISORY|ANALYSIS|REPEAT|BULLETIN"
# "12:58", "0112", "09.05 T", "URGENT --", "- BREAKING:": what opens a flash or a ticker's line
_FLASH_OPENS = re.compile(rf"\s*(?:[-•*]\s*)?(?:\d{{1,2}}[:.h]?\d{{2}}\b|(?:{_FLASH_LABELS})\b)")


# "1931 URGENT --", "2008 CORRECTED --": a flash's time in four figures, before its label or dash
_FLASH_TIME = re.compile(rf"^([ \t]*)([01]\d|2[0-3])([0-5]\d)(?=[ \t]+(?:(?:{_FLASH_LABELS})\b|--|—))", re.M)


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The grammar words a title writes in lower case and the acronyms it keeps in capitals (`capitals` in cues.yaml)."""
    capitals = load("cues")["capitals_lines"]
    return frozenset(capitals["lower"]), frozenset(capitals["acronyms"])


def _flash_in_capitals(line: str) -> bool:
    if not _FLASH_OPENS.match(line):
        return False
    letters = _LETTERS.findall(line)
    return len(_WORD.findall(line)) >= MIN_WORDS and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _titled(word: re.Match[str], lower: frozenset[str], acronyms: frozenset[str]) -> str:
    text = word.group(0)
    if text in acronyms or not _VOWEL.search(text):  # "RSF", "TTP": an acronym, as written
        return text
    if text.lower() in lower and word.start() > 0:
        return text.lower()
    return text[:1] + text[1:].lower()


def in_title_case(text: str) -> str:
    """The text with each flash or ticker line written all in capitals in title case and each flash's four-figure time
    with its colon; the rest unchanged."""
    if not re.search(r"[A-Z]{4}", text):
        return text
    text = _FLASH_TIME.sub(r"\1\2:\3", text)
    lower, acronyms = _words()
    return "\n".join(_WORD.sub(lambda w: _titled(w, lower, acronyms), line) if _flash_in_capitals(line) else line
                     for line in text.split("\n"))
