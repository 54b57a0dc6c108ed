"""`explain`: why an article gave the events it gave, in words a reader can check against the text.

For each event: its place, day and attacker, the sentences it was read from, the rules that made,
placed, dated, attributed and merged it (id and what each says), the screen's chance that it
happened there and then with the facts that weighed most, and the gazetteer's reason for the
point it is mapped at. Then each candidate sentence that gave no event, with the rule that set
it aside. The rules are the rows of `data/rules.yaml`.
"""
from __future__ import annotations

import textwrap

from strikes.extract import _doc, _gazetteer
from strikes.extract.events import events_in
from strikes.extract.nlp import pipeline
from strikes.extract.screen import weighed
from strikes.extract.trace import Trace, rules, tracing
from strikes.model import Article


def explain(article: Article) -> Trace:
    """The events of one article with the trace of every decision behind them."""
    nlp = pipeline()
    with tracing() as trace:  # (reading the text already decides: a table's row of mortar fire is set aside)
        doc = nlp(_doc(nlp, article))
        events_in(doc, article.id, article.published, _gazetteer())
    return trace


def render(article: Article, trace: Trace) -> str:
    """The trace as plain text, events first, then the sentences that made none."""
    said = rules()
    screened = {id(event): named for event, named, _chance in trace.screened}
    lines = [f"{article.id}: {len(trace.events)} event(s)"]
    for number, (event, rule_ids, why) in enumerate(trace.events, 1):
        lines.append(f"\nevent {number}: {event.place or '-'}, {event.date or 'undated'}, {event.actor}"
                     f" (killed {_figure(event.killed)}, wounded {_figure(event.wounded)})")
        lines.append(f"  located: {event.country or '-'} {event.lat},{event.lon} precision {event.geo_precision}: {why}")
        for rule_id in rule_ids:
            lines.append(f"  rule {rule_id}: {said[rule_id].says}")
        if id(event) in screened:
            chance, parts = weighed(screened[id(event)])
            lines.append(f"  screen: {chance:.2f} that it happened there and then ("
                         + ", ".join(f"{name} {weight:+.2f}" for name, weight in parts[:4]) + ")")
        lines += textwrap.wrap(event.evidence, 100, initial_indent="  read from: ", subsequent_indent="    ")
    if trace.rejected:
        lines.append("\nsentences that gave no event:")
    for rejection in trace.rejected:
        detail = f" [{rejection.detail}]" if rejection.detail else ""
        lines.append(f"  rule {rejection.rule}{detail}: {said[rejection.rule].says}")
        lines += textwrap.wrap(rejection.sentence, 100, initial_indent="    ", subsequent_indent="    ")
    return "\n".join(lines)


def _figure(value: int | None) -> str:
    return "not stated" if value is None else str(value)
