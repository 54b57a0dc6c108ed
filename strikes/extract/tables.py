"""Incident tables, read as sentences.

Monitors and NGOs list strikes in tables ("| Date | Location | Aircraft | Killed |"), one row per
incident: no sentence in them says a strike happened, where or when, so the rules that read prose
see only cells. Each row of a Markdown-style table whose header names a day and a place (or a place
and what was hit there, under a report that tells the day) is written out as one plain sentence
built from its cells ("On 2 June, an air strike (Su-22) hit a school in X, killing 5 and injuring
7."), in the row's place in the text; the rest of the text is left as it is.
"""
from __future__ import annotations

import re

from strikes.extract.trace import reject

# What a column holds, by the words of its header (the first matching role wins)
ROLES = (
    ("date", re.compile(r"\b(?:date|day|when)\b", re.I)),
    ("place", re.compile(r"\b(?:location|place|town|village|site|where|district|settlement|locality|city|municipality)\b", re.I)),
    ("kind", re.compile(r"\b(?:category|kind|incident|event|nature)\b", re.I)),
    ("craft", re.compile(r"\b(?:aircraft|weapon|means|munition|type|platform)\b", re.I)),
    ("target", re.compile(r"\b(?:target|hit|struck|object|facility)\b", re.I)),
    ("killed", re.compile(r"\b(?:killed|dead|deaths|fatalities)\b", re.I)),
    ("wounded", re.compile(r"\b(?:injured|wounded|injuries)\b", re.I)),
    ("attacker", re.compile(r"\b(?:attacker|perpetrator|attribut\w*|actor|responsible)\b", re.I)),
)
# A kind of incident that comes from the air ("AIR - drone strike", "Airstrike"; not "Mortar fire", "Roadside bomb")
AIR_KIND = re.compile(r"\b(?:air|airstrikes?|aerial|drones?|uavs?|missiles?|jets?|warplanes?|aircraft|helicopters?|planes?|"
                      r"bombers?|glide|barrels?)\b", re.I)
# A kind that says nothing struck ("Aircraft overhead, no strike recorded", "Drone seen, nothing dropped")
NO_STRIKE = re.compile(r"\bno\s+(?:strikes?|bombs?|impact|damage)\b|\bnothing\s+(?:was\s+)?(?:dropped|hit|struck)\b|\bnot\s+an?\s+(?:air\s*)?strike\b", re.I)
# A weapon fired from the ground, in a column that names what struck ("ground artillery", "ground-launched rockets")
GROUND_KIND = re.compile(r"\b(?:ground|artillery|shell(?:s|ing)?|mortars?|howitzers?|tanks?|surface)\b", re.I)
_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_RULE = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")  # "|-----|:---:|": the line under the header


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _ROW.match(line).group(1).split("|")]


def _roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, name in enumerate(header):
        role = next((role for role, words in ROLES if words.search(name) and role not in roles), None)
        if role is not None:
            roles[role] = i
    return roles


def _sentence(cells: list[str], roles: dict[str, int]) -> str:
    """The row told as a strike's sentence; empty when its kind of incident is not from the air."""
    def cell(role: str) -> str:
        i = roles.get(role)
        return cells[i].rstrip(".") if i is not None and i < len(cells) and cells[i] not in ("", "-", "–", "—") else ""
    craft, target, attacker = cell("craft"), cell("target"), cell("attacker")
    if cell("kind") and not AIR_KIND.search(cell("kind")):  # a monitor's table of every incident: mortar fire is no air strike
        reject(" | ".join(cells), "reject.table_kind", cell("kind"))
        return ""
    if craft and GROUND_KIND.search(craft) and not AIR_KIND.search(craft):  # shelling a monitor lists beside its strikes
        reject(" | ".join(cells), "reject.table_kind", craft)
        return ""
    if denied := next((c for c in (cell("kind"), craft) if NO_STRIKE.search(c)), None):  # "Aircraft overhead, no strike recorded"
        reject(" | ".join(cells), "reject.table_kind", denied)
        return ""
    told = (f"On {cell('date')}, an air strike" if cell("date") else "An air strike") \
        + (f" ({craft})" if craft else "") + (f" by {attacker}" if attacker else "")
    place = re.sub(r"^(?:Near|Outside|Around)\b", lambda word: word.group(0).lower(), cell("place"))  # "Near X": near X
    told += f" hit {target[:1].lower() + target[1:]} in {place}" if target else f" hit {place}"
    tolls = [f"{verb} {cell(role)}" for role, verb in (("killed", "killing"), ("wounded", "injuring")) if cell(role)]
    return told + (", " + " and ".join(tolls) if tolls else "") + "."


_LOG_CELLS = re.compile(r"\s+\|\s+")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs|local|GMT|UTC))?")
_NAME_CELL = re.compile(r"[A-Z][^|\d]{1,60}")


def _log_row(line: str) -> str | None:
    """A monitor's log line with no table header, "ID | 11:45 | Town (district) | KAB (2 bombs) | What happened. | Grade A",
    written as a live page's timed entry, "11:45 Town (district): What happened.": its time, its town as the entry's
    label and what it says happened. None for any other line."""
    cells = _LOG_CELLS.split(line.strip().strip("|").strip())
    clock = next((i for i, c in enumerate(cells) if _CLOCK.fullmatch(c)), None)
    told = max(cells, key=lambda c: len(c.split()))
    if clock is None or len(cells) < 4 or len(told.split()) < 6:
        return None
    names = [c for c in cells[clock + 1:] if c is not told and len(c.split()) <= 6 and _NAME_CELL.fullmatch(c)]
    if not names:
        return None
    return f"{cells[clock]} {names[0]}: {told.rstrip()}"


def _bare_header(line: str) -> dict[str, int] | None:
    """The roles of a table's header written without its outer bars or the rule under it ("Date | Location | Killed"), as
    a page's table reads once copied as text: three cells or more, each a few words and no figure, that name a day and a place."""
    cells = _LOG_CELLS.split(line.strip())
    if len(cells) < 3 or any(len(c.split()) > 3 or re.search(r"\d", c) for c in cells):
        return None
    roles = _roles(cells)
    return roles if _incidents(roles) else None


def _incidents(roles: dict[str, int]) -> bool:
    """Whether a header's columns list incidents: a day and a place, or a place and what was hit there (a table of one
    day's strikes, "Site | Target hit | Killed", whose day the report tells above it; not "Province | Killed", a tally)."""
    return {"date", "place"} <= roles.keys() or {"place", "target"} <= roles.keys()


def rows_as_sentences(text: str) -> str:
    """The text with each row of an incident table (a header naming a day and a place, or a place and a target) written as one
    sentence; a table that lacks either unchanged; a monitor's log line ("ID | time | town | weapon | what happened")
    as a timed entry; every other line unchanged."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    roles: dict[str, int] | None = None
    bare: dict[str, int] | None = None  # the roles of a header without bars, whose rows follow it line by line
    for i, line in enumerate(lines):
        if bare is not None and " | " in line and not _ROW.match(line):
            out.append(_sentence(_LOG_CELLS.split(line.strip()), bare))
            continue
        bare = _bare_header(line) if " | " in line and not _ROW.match(line) else None
        if bare is not None:
            out.append("")
        elif not _ROW.match(line):
            roles = None
            out.append(_log_row(line) or line if " | " in line else line)
        elif _RULE.match(line):
            out.append("" if roles is not None else line)  # an incident table's header underline
        elif roles is None and i + 1 < len(lines) and _RULE.match(lines[i + 1]):
            found = _roles(_cells(line))
            roles = found if _incidents(found) else None
            out.append("" if roles is not None else line)
        elif roles is not None:
            out.append(_sentence(_cells(line), roles))
        else:
            out.append(line)
    return "\n".join(out)
