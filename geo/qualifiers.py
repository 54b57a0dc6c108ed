"""Read what a place name as written says about the place: "Idlib province" is the
region, "outskirts of Homs" is near the city, "Lobacheve (west)" is part of a village.

ACLED codes the same thing as geo_precision; each reading carries the precision the
wording implies, so an event placed at a region's centre says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from geo.rulefiles import read_rules

REGION_KINDS = ("admin1", "admin2")
DISTRICT_KINDS = ("admin2", "admin1")


@dataclass(frozen=True)
class Reading:
    """One way to read a written name: look ``name`` up among ``kinds`` (None: any kind)."""

    name: str
    precision: int
    kinds: tuple[str, ...] | None = None


@dataclass(frozen=True)
class _Patterns:
    region: re.Pattern[str]
    region_names: tuple[str, ...]
    district: re.Pattern[str]
    vicinity: re.Pattern[str]
    vicinity_prefix: re.Pattern[str]
    settlement: re.Pattern[str]
    direction: re.Pattern[str]
    parenthesis: re.Pattern[str]
    part: re.Pattern[str]
    separators: re.Pattern[str]


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _affix(words: list[str]) -> re.Pattern[str]:
    """Matches "<words> X", "X <words>" and "<words> of X", capturing X; a hyphen may
    stand for the space, as in ACLED's "Shan-North"."""
    w = _words(words)
    return re.compile(rf"^(?:(?:{w})(?:\s+of)?[\s-]+(?P<a>.+)|(?P<b>.+?)[\s-]+(?:{w}))$", re.I)


@cache
def _patterns() -> _Patterns:
    data = read_rules("qualifiers.yaml")
    return _Patterns(
        region=_affix(data["region_words"]),
        region_names=tuple(data["region_names"]),
        district=_affix(data["district_words"]),
        vicinity=_affix(data["vicinity_words"]),
        vicinity_prefix=re.compile(rf"^(?:{_words(data['vicinity_prefixes'])})\s+(?P<a>.+)$", re.I),
        settlement=_affix(data["settlement_words"]),
        direction=_affix(data["directions"]),
        parenthesis=re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)\s*(?P<c>.*)$"),
        part=re.compile(rf"^(?:{_words(data['directions'] + data['vicinity_words'])})$", re.I),
        separators=re.compile("|".join(re.escape(s) for s in data["separators"]), re.I),
    )


def _core(match: re.Match[str]) -> str:
    return (match.group("a") or match.group("b")).strip()


def _names_a_part(words: str) -> bool:
    """Whether a parenthesis only says which part of a place: "(west)", "(outskirts)",
    not where it lies: "(west Mosul)"."""
    return bool(_patterns().part.match(words.strip()))


def _read(text: str, precision: int) -> Iterator[Reading]:
    p = _patterns()
    text = text.strip(" \t.,;:-\"'")
    if not text:
        return
    if m := p.settlement.match(text):  # "Marib city" is the town, not the district called Marib City
        yield Reading(text, precision, ("place",))
        yield Reading(_core(m), precision, ("place",))
    yield Reading(text, precision)
    if m := p.parenthesis.match(text):
        inside = m.group("b")
        outside = f"{m.group('a')} {m.group('c')}".strip()
        if _names_a_part(inside):
            yield from _read(outside, max(precision, 2))
        else:
            yield from _read(outside, precision)
            yield from _read(inside, max(precision, 2))
        return
    if m := p.vicinity_prefix.match(text):
        yield from _read(m.group("a"), max(precision, 2))
    if m := p.region.match(text):
        # (by the names a region is indexed under first: a city that is a region of its own shares the bare name)
        for word in p.region_names:
            yield Reading(f"{_core(m)} {word}", 3, REGION_KINDS)
        yield Reading(_core(m), 3, REGION_KINDS)
        yield Reading(_core(m), max(precision, 2), ("place",))
    if m := p.district.match(text):
        yield Reading(_core(m), 3, DISTRICT_KINDS)
        yield Reading(_core(m), max(precision, 2), ("place",))
    if m := p.vicinity.match(text):
        yield from _read(_core(m), max(precision, 2))
    if m := p.direction.match(text):
        yield from _read(_core(m), max(precision, 2))
    parts = [part for part in p.separators.split(text) if part.strip()]
    if len(parts) > 1:
        for i, part in enumerate(parts):
            yield from _read(part, precision if i == 0 else max(precision, 2))


_ANCHOR = re.compile(
    r"^(?P<head>[^,;()]+?)\s*(?:[,;]\s*(?P<comma_near>near\s+)?|\s+(?P<near>near)\s+)"
    r"(?P<anchor>[^,;()]+)$", re.I)


@dataclass(frozen=True)
class Anchored:
    """A place written with a better-known one: "Tabbi, near Miranshah" (``near``),
    "Khan Shaykhun, Idlib" or "IDLIB : Hass" (in it; ``province``: the anchor is read as
    a region first, as such lists name provinces) or "al-Jadida (west Mosul)" (in it)."""

    head: str
    anchor: str
    near: bool
    province: bool = False


_HEADED = re.compile(r"^(?P<anchor>[^:]+?)\s*:\s*(?P<head>[^:]+)$")


def anchored(text: str) -> Anchored | None:
    """The place and its anchor in "X, near Y", "X, Province", "X (Province, Country)"
    or a heading-style "PROVINCE : X"; None for a name without one."""
    if headed := _HEADED.match(text.strip()):
        return Anchored(headed.group("head").strip(), headed.group("anchor"), near=False,
                        province=True)
    enclosed = _patterns().parenthesis.match(text.strip())
    if enclosed and not enclosed.group("c") and not _names_a_part(enclosed.group("b")):
        return Anchored(enclosed.group("a"), enclosed.group("b"), near=False)
    match = _ANCHOR.match(text.strip())
    if not match:
        return None
    near = bool(match.group("comma_near") or match.group("near"))
    return Anchored(match.group("head"), match.group("anchor"), near, province=not near)


def region_core(text: str) -> str | None:
    """The name inside "Tartus Governorate" or "Al Hazm District"; None for a bare name."""
    p = _patterns()
    match = p.region.match(text) or p.district.match(text)
    return _core(match) if match else None


def readings(text: str) -> list[Reading]:
    """The ways to read ``text``, most literal first, without repeats."""
    return list(_readings(text))


@lru_cache(maxsize=1 << 14)
def _readings(text: str) -> tuple[Reading, ...]:
    """Cached: extraction resolves the same place phrases again and again."""
    return tuple(dict.fromkeys(_read(text, 1)))
