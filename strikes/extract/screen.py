"""The last look at each event before it is kept: how likely a careful reader's annotation holds it.

The rules that make an event each see one sentence or one link; none sees the whole of what made
it. Some wholes are weak in a way no single rule is: an event placed only by the dateline's town,
dated only by the report and given no toll is wrong more often than right, though every rule that
made it was right to. What the gazetteer knows is not among the facts: a place it lacks
keeps its event, unlocated, as any other. A small logistic model, trained on annotated reports
(`bench/train_screen.py`), weighs the named facts of each event - the ids of the rules behind it,
whether its attacker and toll are known, how far its day lies from the report's - and gives
the chance that a strike happened at that place on that day as the event says. That chance is the
event's `confidence`; an event at least twice as likely wrong as right (below THRESHOLD) is set aside under
`reject.screen`, with the facts that weighed most against it. The line is not fitted to the sets the
model learns from (the rules were tuned on them, so their errors are not unseen reporting's): at
even odds it lost true events of real third-party-labelled reporting (short notes with no toll) for
few wrong ones, so only the events the model is surest of are set aside.

The model is data (`data/screen.yaml`: a bias, one weight per fact, and what it was trained and
measured on), so every decision names the facts that made it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass

from strikes.extract.lexicon import load
from strikes.extract.mention import Mention
from strikes.extract.trace import current as current_trace, reject
from strikes.model import StrikeEvent


THRESHOLD = 0.3  # a chance below this is at least twice as likely wrong as right


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]


@functools.cache
def model() -> Model:
    data = load("screen")
    return Model(float(data["bias"]), {fact: float(weight) for fact, weight in (data["weights"] or {}).items()})


_keep_all: ContextVar[bool] = ContextVar("keep_all", default=False)


@contextlib.contextmanager
def keeping_all() -> Iterator[None]:
    """Score every event but set none aside: what training reads, so that it sees what it judges."""
    token = _keep_all.set(True)
    try:
        yield
    finally:
        _keep_all.reset(token)


def _days_before(event: StrikeEvent, published: dt.date | None) -> str:
    if event.date is None:
        return "date:none"
    if published is None:
        return "date:no_report_day"
    days = (published - event.date).days
    if days < 0:
        return "date:after_report"
    return ("date:report_day" if days == 0 else "date:day_before" if days == 1 else "date:within_week" if days <= 7
            else "date:within_month" if days <= 31 else "date:older")


def facts(event: StrikeEvent, mention: Mention, published: dt.date | None) -> list[str]:
    """The named facts of one event the model weighs (each present or absent)."""
    named = [f"rule:{rule_id}" for rule_id in mention.rules]
    named.append("actor:unknown" if event.actor == "unknown" else "actor:named")
    named.append(_days_before(event, published))
    named += [f"has:{field}" for field in ("killed", "civilians_killed", "wounded", "strikes", "source", "target")
              if getattr(event, field) is not None]
    named += ["text:aerial"] * mention.aerial + ["text:hedged"] * mention.hedged
    return named


def weighed(named: Sequence[str], chosen: Model | None = None) -> tuple[float, list[tuple[str, float]]]:
    """The model's chance for these facts, and each fact's weight, heaviest first."""
    chosen = chosen or model()
    parts = [(name, chosen.weights[name]) for name in named if name in chosen.weights]
    logit = chosen.bias + sum(weight for _name, weight in parts)
    return 1.0 / (1.0 + math.exp(-logit)), sorted(parts, key=lambda part: -abs(part[1]))


def screen(events: list[StrikeEvent], mentions: list[Mention], published: dt.date | None) -> list[int]:
    """The indices of the events kept; each event's confidence set to its chance, and each one set
    aside traced with the facts that weighed most against it."""
    chosen, kept = model(), []
    trace = current_trace()
    for index, (event, mention) in enumerate(zip(events, mentions)):
        named = facts(event, mention, published)
        chance, parts = weighed(named, chosen)
        event.confidence = round(chance, 3)
        if trace is not None:
            trace.screened.append((event, named, chance))
        if chance >= THRESHOLD or _keep_all.get():
            kept.append(index)
        else:
            against = ", ".join(f"{name} {weight:+.2f}" for name, weight in [p for p in parts if p[1] < 0][:3])
            reject(" ".join(mention.sentences), "reject.screen", f"{event.place or 'unplaced'}: {chance:.2f}; {against}")
    return kept
