"""Why each stored event exists: the extraction trace of its article, recomputed from the stored text.

The trace is not stored with the events. It is a function of the article's text and of the
rules, and the rules change (each release of the extractor names new ones): a stored trace would
go stale with every change of `rules.yaml` while the events it explains stay as they were
saved, and keeping one would cost every ingest (and its workers) for the few articles anyone
opens. So the Articles and Event pages recompute it with `explain`, once per article text (the
dashboard caches it), and match its events to the stored ones.

A stored event can differ from what extraction says today: the user may have corrected or added
it, or the rules may have changed since it was stored. An event is matched by its evidence
(and, failing that, by place and day); one with no match is said to have no trace, never given
another event's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from strikes.model import Article, StrikeEvent

STAGES = (("admit", "admitted"), ("place", "placed"), ("date", "dated"), ("actor", "attributed"), ("merge", "merged"))
"""Rule id prefixes in the order a reader asks about an event, with the verb each answers."""


@dataclass(frozen=True)
class Reason:
    """One rule behind a decision: its id in rules.yaml and the line that says what it means."""

    rule: str
    says: str


@dataclass(frozen=True)
class TracedEvent:
    """An event as extraction makes it today, with the rules behind it and the geocoder's reason."""

    event: StrikeEvent
    reasons: tuple[Reason, ...]
    located: str

    def by_stage(self) -> list[tuple[str, list[Reason]]]:
        """The reasons grouped as admitted, placed, dated, attributed, merged (stages with none left out)."""
        grouped = [(verb, [r for r in self.reasons if r.rule.split(".")[0] == prefix]) for prefix, verb in STAGES]
        known = {prefix for prefix, _ in STAGES}
        other = [r for r in self.reasons if r.rule.split(".")[0] not in known]
        return [(verb, reasons) for verb, reasons in grouped + [("other", other)] if reasons]


@dataclass(frozen=True)
class SetAside:
    """A candidate sentence that gave no event, and the rule that set it aside."""

    sentence: str
    reason: Reason
    detail: str


@dataclass(frozen=True)
class ArticleTrace:
    """What `python -m strikes explain` says of one article, as data; `error` when it could not run."""

    events: tuple[TracedEvent, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    error: str | None = None


def trace_article(text: str, published: dt.date | None) -> ArticleTrace:
    """Run extraction with its trace over a stored article's text (as it ran when the article was stored)."""
    from strikes.extract.explain import explain  # loads spaCy and the gazetteer: only when a trace is asked for
    from strikes.extract.trace import rules

    try:
        trace = explain(Article(text=text, published=published))
    except Exception as err:  # the article page still shows the article and its stored events
        return ArticleTrace(error=f"the extraction trace could not be made ({type(err).__name__}: {err})")
    said = rules()
    events = tuple(TracedEvent(event, tuple(Reason(r, said[r].says) for r in rule_ids), why)
                   for event, rule_ids, why in trace.events)
    set_aside = tuple(SetAside(r.sentence, Reason(r.rule, said[r.rule].says), r.detail) for r in trace.rejected)
    return ArticleTrace(events, set_aside)


def match_events(stored: Sequence[Mapping[str, Any]], traced: Sequence[TracedEvent]) -> dict[int, TracedEvent]:
    """Each stored event's traced twin, by stored event id; an event without one is left out.

    First pass: same evidence (the sentences it was read from) and place; second: same evidence;
    third: same place and day. Each traced event explains at most one stored event."""
    free = list(range(len(traced)))
    matched: dict[int, TracedEvent] = {}
    for key in (_evidence_and_place, _evidence, _place_and_day):
        for row in stored:
            wanted = key(row)
            if wanted is None or int(row["id"]) in matched:
                continue
            twin = next((i for i in free if key(_as_row(traced[i].event)) == wanted), None)
            if twin is not None:
                matched[int(row["id"])] = traced[twin]
                free.remove(twin)
    return matched


def _evidence(row: Mapping[str, Any]) -> str | None:
    return _words(row["evidence"]) or None


def _evidence_and_place(row: Mapping[str, Any]) -> tuple[str, str] | None:
    evidence = _evidence(row)
    return (evidence, _text(row["place"])) if evidence else None


def _place_and_day(row: Mapping[str, Any]) -> tuple[str, dt.date] | None:
    place, day = _text(row["place"]), _day(row["date"])
    return (place, day) if place and day else None


def _as_row(event: StrikeEvent) -> dict[str, Any]:
    return {"evidence": event.evidence, "place": event.place, "date": event.date}


def _words(value: Any) -> str:
    return " ".join(_text(value).split())


def _text(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _day(value: Any) -> dt.date | None:
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    return value.date() if isinstance(value, dt.datetime) else value
