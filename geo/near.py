"""Near spellings of a folded name key among one country's keys, as rapidfuzz's ratio finds them.

Scanning every key of a plausible length with rapidfuzz costs milliseconds a name in a country of
a hundred thousand villages, and extraction asks for hundreds of names. Two keys whose ratio
reaches a threshold t differ by at most (100 - t)% of their joint length in inserted and deleted
letters (the Indel distance that ratio is made of). At t = 94, keys of up to about 16 letters are
then one letter apart or equal: the key's deletions, its insertions of a letter the country's keys
use, and the key itself are all the candidates there are, a few hundred set look-ups. Only the
lengths at which two or more edits fit (long keys, which are few) are still scanned. The answers
are the scan's: the same scores, in the same order (best first; ties by length, then key).

A search touches three or four lengths, so a country's keys are read and indexed one length at a
time, when a search first needs that length (the gazetteer stores them by country and length):
building the whole of a village-level country's index cost a second a process.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process


@dataclass(frozen=True)
class Length:
    """The distinct keys of one length, in the shapes the search needs."""

    ordered: list[str]
    every: frozenset[str]
    alphabet: str  # every character they use: the only letters an insertion may add


class Keys:
    """One country's distinct keys, each length read by ``read`` (a length to its keys) the
    first time a search needs it, then kept."""

    def __init__(self, read: Callable[[int], Iterable[str]]) -> None:
        self._read = read
        self._lengths: dict[int, Length] = {}

    def of_length(self, length: int) -> Length:
        if length not in self._lengths:
            ordered = sorted(self._read(length))
            self._lengths[length] = Length(ordered, frozenset(ordered), _alphabet(ordered))
        return self._lengths[length]


_ASCII = tuple(map(chr, range(128)))


def _alphabet(keys: list[str]) -> str:
    """Every character the keys use, in code-point order. The index's keys are ASCII, and asking
    which of its 128 characters occur is ten times quicker than a set of every character read
    (a millisecond a length: most of a first search's time in a village-level country)."""
    joined = "".join(keys)
    if joined.isascii():
        return "".join(c for c in _ASCII if c in joined)
    return "".join(sorted(set(joined)))


def keys_of(keys: Iterable[str]) -> Keys:
    """``keys`` (distinct) as a ``Keys``."""
    by_length: dict[int, list[str]] = {}
    for key in keys:
        by_length.setdefault(len(key), []).append(key)
    return Keys(lambda length: by_length.get(length, ()))


def _most_edits(joint_length: int, threshold: float) -> int:
    """The largest Indel distance that can still score ``threshold`` at this joint length (a hair
    generous, so that rounding never hides a candidate; the scorer has the last word)."""
    return math.floor(joint_length * (100.0 - threshold) / 100.0 + 1e-9)


def _one_edit(key: str, length: int, alphabet: str) -> list[str]:
    """The strings of ``length`` one insertion or deletion from ``key`` (or ``key`` itself), each
    once: a letter is inserted only after a run of itself, not also before it."""
    if length == len(key):
        return [key]
    if length == len(key) - 1:
        return [key[:i] + key[i + 1:] for i in range(len(key)) if i == 0 or key[i] != key[i - 1]]
    if length == len(key) + 1:
        return [key[:i] + c + key[i:] for i in range(len(key) + 1) for c in alphabet
                if i == len(key) or c != key[i]]
    return []


def near(key: str, keys: Keys, threshold: float, limit: int, foreign: int = 0) -> list[tuple[str, float]]:
    """Up to ``limit`` (key, ratio) pairs of ``keys`` with ``fuzz.ratio(key, k) >= threshold``,
    best first: what ``process.extract`` over the keys ordered by length, then key, returns.
    ``foreign`` counts the characters of ``key`` that no key uses (the index's keys are ASCII): each
    must be deleted, so a length they put out of reach is not read ("kuprubası" reads length 8 only,
    a name in another script none)."""
    n = len(key)
    found: list[tuple[float, int, str]] = []
    lengths = range(math.ceil(n * threshold / (200 - threshold)), math.floor(n * (200 - threshold) / threshold) + 1)
    for m in lengths:
        gap, most = abs(n - m), _most_edits(n + m, threshold)
        if foreign + abs(n - foreign - m) > most:  # the foreign characters deleted, then the length made m
            continue
        of_length = keys.of_length(m)
        if gap > 1 or gap + 2 <= most:  # two edits or more fit: scan this length
            found += [(score, m, k) for k, score, _ in process.extract(
                key, of_length.ordered, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)]
        else:  # an insertion adds a letter the keys of this length use, or the key is none of them
            found += [(score, m, k) for k in of_length.every.intersection(_one_edit(key, m, of_length.alphabet))
                      if (score := fuzz.ratio(key, k, score_cutoff=threshold))]
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    return [(k, score) for score, _, k in found[:limit]]
