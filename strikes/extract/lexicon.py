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
        return yaml.safe_load(handle)


def alternation(fragments: Iterable[str], joined: bool = False) -> str:
    """One regex group matching any fragment as whole words, longest first so that
    "air strikes" wins over "air". `joined` lets a hyphenated word follow ("Russian-led")."""
    ordered = sorted(set(fragments), key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(ordered) + (r")(?![\w])" if joined else r")(?![\w-])")


@functools.cache
def pattern(name: str, key: str) -> re.Pattern[str]:
    """A case-insensitive pattern for the word list `key` of data file `name`."""
    return re.compile(alternation(load(name)[key]), re.IGNORECASE)
