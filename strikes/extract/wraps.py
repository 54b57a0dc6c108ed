"""Lines a PDF or a narrow column broke in the middle of a sentence, joined again.

Text copied out of a PDF report keeps the layout's line ends: "an air strike on a house in\nKhan
Younis killed seven". Every line break starts a sentence (`nlp.paragraph_breaks`: headlines and
datelines have no full stop), so the place, the day or the toll on the next line would be read as
another sentence's. A line is joined to the next when it cannot end a sentence there: it is long, has
no closing punctuation, and either ends on a comma or a word that needs what follows ("in", "the",
"and"), or the next line goes on in lower case. A word hyphenated across the break ("Naba-\ntieh")
is one word again, unless its second part is one that makes compounds ("Russian-\nbacked") or a
capital's ("Deir ez-\nZor"), whose hyphen is the name's own.
A headline, a dateline, a list's items and a table's rows start their lines in capitals or with a
sign, and stay apart.
"""
from __future__ import annotations

import re

from strikes.extract.gate import first_char_checked

MIN_LINE = 25  # shorter lines are headings, labels and list items, whatever follows them
_OPEN_END = re.compile(r"(?:,|(?<![\w-])(?:the|a|an|of|in|on|at|by|to|from|for|with|and|or|near|into|onto|its|their|his|her|"
                       r"was|were|had|has|have|been|which|that|who))[ \t]*$", re.I)
_CLOSED_END = re.compile(r"[.!?:;\"”’)\]|…]\s*$")
# the second parts of compounds a line may break after the hyphen of
_COMPOUND = re.compile(r"(?:backed|led|held|run|based|made|owned|controlled|launched|fired|type|range|year|old|storey|story|"
                       r"day|month|week|hour|style|like|scale|flagged|born|linked|allied|affiliated|aligned|occupied|guided|"
                       r"armed|wing|ranking|level|term|time|up|off|out|in|on)\b")
_ITEM_START = re.compile(r"[-•*▪◦·–—>|#]|\d{1,3}[.)]\s")  # the next line is an item of a list or a table's row
_SPLIT_WORD = first_char_checked(re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])"))
_LINE_BREAK = first_char_checked(re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)"))


def unwrapped(text: str) -> str:
    """The text with its layout's mid-sentence line breaks joined (see the module's docstring)."""
    if "\n" not in text:
        return text
    # ("Deir ez-\nZor": a hyphen before a capital is the name's own)
    text = _SPLIT_WORD.sub(lambda m: "-" if text[m.end()].isupper() or _COMPOUND.match(text, m.end()) else "", text)
    return _LINE_BREAK.sub(lambda m: " " if _goes_on(text, m.start(), m.end()) else m.group(0), text)


def _goes_on(text: str, end: int, next_start: int) -> bool:
    """Whether the line ending at `end` goes on in the line starting at `next_start`."""
    line = text[text.rfind("\n", 0, end) + 1:end]
    if len(line.strip()) < MIN_LINE or _CLOSED_END.search(line) or _ITEM_START.match(text, next_start):
        return False
    return bool(_OPEN_END.search(line)) or text[next_start].islower()
