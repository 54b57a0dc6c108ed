"""The extraction's lexical knowledge, read once from the YAML files in `data/`.

Vocabulary lives in data so that adding an actor alias or a trigger word is an edit to a list,
not to code; this module only loads it and turns word lists into compiled patterns.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("data")


@functools.cache
def load(name: str) -> Any:
    """The parsed contents of `data/<name>.yaml`."""
    with open(DATA / f"{name}.yaml", encoding="utf-8") as handle:
        return checked(yaml.safe_load(handle), f"data/{name}.yaml")


def checked(data: Any, where: str) -> Any:
    """`data`, once every list in it is found to hold one kind of item. An unquoted pattern with
    ": " in it ("in(?: a camp)?") is read by YAML as a mapping; in a list of patterns it would
    fail every article later with a message that names neither the file nor the line."""
    lists = [data]
    while lists:
        item = lists.pop()
        values = item.values() if isinstance(item, dict) else item if isinstance(item, list) else []
        if isinstance(item, list) and any(isinstance(v, str) for v in item) and (odd := [v for v in item if not isinstance(v, str)]):
            raise ValueError(f"{where}: {odd[0]!r} in a list of patterns is not a string (quote a pattern that holds ': ')")
        lists.extend(v for v in values if isinstance(v, (dict, list)))
    return data


WORD_BEFORE, WORD_AFTER = r"(?<![\w-])", r"(?![\w-])"  # what `alternation` puts around its fragments
# A capitalised word shaped like a people's name ("Syrian", "Sudanese", "Kuwaiti"), for peoples no table lists
DEMONYM_SHAPE = r"(?-i:[A-Z])[a-z]+(?:ian|ean|ese|ish|[bcdfghjklmnpqrstvwxz]i|[aeiou][bcdfgklmnprstvz]an)"  # ("Moldovan", "Cuban")
# "drones bought from Turkey", "jets supplied by Russia": how a weapon changed hands, which names its seller, not its user
SUPPLY_VERBS = r"(?:bought|purchased|supplied|acquired|imported|procured|ordered|obtained)"
# "brought down the tower": what a strike fells, where "brought down a drone" tells of a craft shot down
FELLED_BUILDING = r"\s+(?:an?|the|two|three|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:tower|building|block|house|home|bridge|mosque|church|school|hospital|apartment|flats)s?\b"


def alternation(fragments: Iterable[str], joined: bool = False) -> str:
    """One regex group matching any fragment as whole words, longest first so that
    "air strikes" wins over "air". `joined` lets a hyphenated word follow ("Russian-led")."""
    return WORD_BEFORE + "(?:" + "|".join(longest_first(fragments)) + (r")(?![\w])" if joined else ")" + WORD_AFTER)


def longest_first(fragments: Iterable[str]) -> list[str]:
    """The fragments once each, in the order `alternation` tries them."""
    return sorted(set(fragments), key=len, reverse=True)


@functools.cache
def pattern(name: str, key: str) -> re.Pattern[str]:
    """A case-insensitive pattern for the word list `key` of data file `name`."""
    return re.compile(alternation(load(name)[key]), re.IGNORECASE)
