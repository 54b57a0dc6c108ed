"""The screen: each event's chance from its named facts, and what is set aside below its threshold."""
import datetime as dt
import re

import pytest

from strikes.extract import extract_events, screen
from strikes.extract.explain import explain, render
from strikes.extract.screen import THRESHOLD, Model, keeping_all, weighed
from strikes.extract.trace import rules, tracing
from strikes.model import Article

MONDAY = dt.date(2024, 5, 6)
PLAIN = "Russian jets struck a market in Idlib on Monday, killing five people, rescuers said."
UNCLAIMED = "A drone strike hit a farm outside Sarmin on Monday, rescuers said; it was not known whose drone it was."


def read(text: str) -> list:
    return extract_events(Article(text=text, id="t", published=MONDAY))


@pytest.fixture
def harsh(monkeypatch):
    """A model that holds an unnamed attacker strongly against an event, and nothing else."""
    monkeypatch.setattr(screen, "model", lambda: Model(bias=2.0, weights={"actor:unknown": -5.0}))


def test_an_event_the_model_holds_likely_wrong_is_set_aside_and_the_trace_names_its_facts(harsh):
    assert [e.place for e in read(UNCLAIMED + " " + PLAIN)] == ["Idlib"]
    article = Article(text=UNCLAIMED + " " + PLAIN, id="t", published=MONDAY)
    out = render(article, explain(article))
    assert re.search(r"rule reject\.screen \[Sarmin: 0\.05; actor:unknown -5\.00\]", out)


def test_keeping_all_scores_every_event_but_sets_none_aside(harsh):
    with tracing() as trace, keeping_all():
        found = read(UNCLAIMED)
    assert [e.place for e in found] == ["Sarmin"]
    assert [round(chance, 2) for _event, _facts, chance in trace.screened] == [0.05]


def test_an_events_confidence_is_its_chance_under_the_shipped_model():
    with tracing() as trace:
        [event] = read(PLAIN)
    [(_event, named, _chance)] = trace.screened
    assert event.confidence == round(weighed(named)[0], 3)
    assert "actor:named" in named and "has:killed" in named and "rule:admit.air" in named


def test_a_place_the_gazetteer_lacks_weighs_nothing_against_its_event():
    """The screen judges what the text says: an unknown village's event has the chance a known town's has."""
    known = read("Jets struck the town of Sarmin on Monday, killing two shepherds.")
    unknown = read("Jets struck the village of Qarqur Imaginaria on Monday, killing two shepherds.")
    assert [e.located for e in known + unknown] == [True, False]
    assert known[0].confidence == unknown[0].confidence


def test_every_weight_of_the_shipped_model_names_a_fact_the_screen_can_state():
    families = re.compile(r"(actor:(unknown|named)|date:(none|no_report_day|after_report|report_day|day_before|within_week"
                          r"|within_month|older)|has:(killed|civilians_killed|wounded|strikes|source|target)|text:(aerial|hedged))$")
    weights = screen.model().weights
    assert weights
    for fact in weights:
        assert fact.removeprefix("rule:") in rules() if fact.startswith("rule:") else families.match(fact), fact
    assert 0 < THRESHOLD < 1


def test_the_day_of_an_event_is_weighed_by_its_distance_from_the_report():
    told = []
    for published in (MONDAY, MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=4)):
        with tracing() as trace:
            extract_events(Article(text=PLAIN, id="t", published=published))
        told += [fact for fact in trace.screened[0][1] if fact.startswith("date:")]
    assert told == ["date:report_day", "date:day_before", "date:within_week"]
