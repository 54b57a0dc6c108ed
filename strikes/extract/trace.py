"""Why each event exists: the rules that admitted, placed, dated, attributed and merged it, and why
each candidate sentence that gave no event gave none.

Rules are data (`data/rules.yaml`: an id and the line a reader is shown), so that every decision the
program makes about a text can be named. Extraction records decisions on a `Trace` only when one is
being kept (`python -m strikes explain`); otherwise recording costs nothing.
"""
from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from strikes.extract.lexicon import load


@dataclass(frozen=True)
class Rule:
    id: str
    says: str


@functools.cache
def rules() -> dict[str, Rule]:
    """Every rule extraction can name, by id."""
    return {rule_id: Rule(rule_id, says) for rule_id, says in load("rules").items()}


def rule(rule_id: str) -> str:
    """The id itself, once checked: a decision can only be recorded under a rule that exists."""
    if rule_id not in rules():
        raise KeyError(f"no extraction rule {rule_id!r} in data/rules.yaml")
    return rule_id


@dataclass(frozen=True)
class Rejection:
    sentence: str
    rule: str
    detail: str = ""


@dataclass
class Trace:
    """What `explain` prints: each event with the ids of its rules and its geocoder's reason, and each
    candidate sentence that made no event with the rule that set it aside."""

    events: list[tuple[object, list[str], str]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    screened: list[tuple[object, list[str], float]] = field(default_factory=list)  # every event weighed (screen.py): its facts and chance


_current: ContextVar[Trace | None] = ContextVar("trace", default=None)


@contextlib.contextmanager
def tracing() -> Iterator[Trace]:
    """Keep a trace of the extraction run inside the block."""
    trace = Trace()
    token = _current.set(trace)
    try:
        yield trace
    finally:
        _current.reset(token)


def current() -> Trace | None:
    return _current.get()


def reject(sentence: str, rule_id: str, detail: str = "") -> None:
    """Record that a candidate sentence made no event, and by which rule."""
    trace = _current.get()
    if trace is not None:
        trace.rejected.append(Rejection(sentence, rule(rule_id), detail))
