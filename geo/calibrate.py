"""Measure the fuzzy-match threshold instead of guessing it.

Two held-out experiments per sampled place, within its country's keys:

* a *variant*: one of its GeoNames spellings is held out and fuzzy-matched against the
  rest; the best match above a threshold is a hit if it is the same place, else wrong;
* an *unknown place*: all its spellings are held out, as for a village the gazetteer
  lacks; any match above the threshold pins the event on another place.

Most strike villages are unknown to the shipped data, so the threshold in
``geo.gazetteer.FUZZY_THRESHOLD`` is the lowest whose unknown places are pinned wrongly
at most ``MAX_WRONG_SHARE`` of the time.
"""

from __future__ import annotations

import random
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

MAX_WRONG_SHARE = 0.05
THEATRES = ("SY", "IQ", "YE", "PS", "LB", "LY", "AF", "PK", "SO", "UA", "SD", "IR", "ML", "NG")


@dataclass(frozen=True)
class Row:
    threshold: float
    variant_hits: int
    variant_wrong: int
    unknown_pinned: int
    samples: int

    @property
    def unknown_pinned_share(self) -> float:
        return self.unknown_pinned / self.samples


@dataclass(frozen=True)
class _Trial:
    variant_score: float
    variant_same: bool
    unknown_score: float


def _best(query: str, pool: list[str]) -> tuple[str, float]:
    match = process.extractOne(query, pool, scorer=fuzz.ratio)
    return (match[0], match[1]) if match else ("", 0.0)


def _trials(db: sqlite3.Connection, country: str, per_country: int,
            rng: random.Random) -> list[_Trial]:
    places_of: dict[str, set[int]] = defaultdict(set)
    keys_of: dict[int, list[str]] = defaultdict(list)
    for key, place in db.execute("SELECT key, place FROM name WHERE country = ?", (country,)):
        places_of[key].add(place)
        keys_of[place].append(key)
    spelt_variously = sorted(p for p, keys in keys_of.items() if len(keys) >= 2)
    trials = []
    for place in rng.sample(spelt_variously, min(per_country, len(spelt_variously))):
        own = set(keys_of[place])
        held_out = rng.choice(keys_of[place])
        variant, variant_score = _best(held_out, [k for k in places_of if k != held_out])
        _, unknown_score = _best(held_out, [k for k in places_of if k not in own])
        trials.append(_Trial(variant_score, place in places_of[variant], unknown_score))
    return trials


def measure(index: Path, thresholds: Sequence[float], countries: Sequence[str] = THEATRES,
            per_country: int = 150, seed: int = 7) -> list[Row]:
    """Counts per threshold over places sampled from the conflict theatres' keys."""
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    rng = random.Random(seed)
    trials = [t for c in countries for t in _trials(db, c, per_country, rng)]
    db.close()
    return [Row(th,
                sum(t.variant_score >= th and t.variant_same for t in trials),
                sum(t.variant_score >= th and not t.variant_same for t in trials),
                sum(t.unknown_score >= th for t in trials), len(trials))
            for th in thresholds]


def chosen(rows: Sequence[Row]) -> Row:
    """The lowest threshold that pins unknown places wrongly at most ``MAX_WRONG_SHARE``."""
    return min((r for r in rows if r.unknown_pinned_share <= MAX_WRONG_SHARE),
               key=lambda r: r.threshold)
