"""A small store for the dashboard's tests: three articles, six events, one hostile article.

The events are written here rather than extracted, so the dashboard's tests check drawing,
filtering and escaping, whatever the extractor makes of the articles.
"""
from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from strikes.dashboard.firstmap import MAP_DRAWN_KEY
from strikes.model import Article, StrikeEvent
from strikes.store import Store

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"

SYRIA = Article(
    text="Russian jets struck Homs on Wednesday, killing 36 civilians. On Thursday Russian aircraft "
    "carried out at least 30 strikes on rural areas near Jisr al-Shughour, al-Mayadeen TV said.",
    title="US and Russia to hold talks on Syria air strikes",
    published=dt.date(2015, 10, 1),
    origin="syria.txt",
)
SYRIA_EVENTS = [
    StrikeEvent(date=dt.date(2015, 9, 30), place="Homs", country="SY", lat=34.7268, lon=36.7234,
                geo_precision=1, actor="Russia", actor_country="RU", civilians_killed=36,
                evidence="Russian jets struck Homs on Wednesday, killing 36 civilians.", confidence=0.9),
    StrikeEvent(date=dt.date(2015, 10, 1), place="Jisr al-Shughour", country="SY", lat=35.8126,
                lon=36.3176, geo_precision=2, actor="Russia", actor_country="RU", strikes=30,
                source="al-Mayadeen TV", evidence="On Thursday Russian aircraft carried out at least 30 "
                "strikes on rural areas near Jisr al-Shughour, al-Mayadeen TV said.", confidence=0.8),
]

YEMEN = Article(
    text="Coalition aircraft struck a funeral hall in Sanaa, killing 140 people and wounding 525. "
    "Earlier a raid on a school in Saada killed 10 children. A raid was also reported in Wadi Zuhr.",
    title="Coalition raids in Yemen",
    published=dt.date(2016, 10, 9),
    origin="yemen.txt",
)
YEMEN_EVENTS = [
    StrikeEvent(date=dt.date(2016, 10, 8), place="Sanaa", country="YE", lat=15.3547, lon=44.2066,
                geo_precision=1, actor="Saudi-led coalition", actor_country="SA", killed=140,
                wounded=525, evidence="Coalition aircraft struck a funeral hall in Sanaa, killing 140 "
                "people and wounding 525.", confidence=0.9),
    StrikeEvent(date=dt.date(2016, 8, 13), place="Saada", country="YE", lat=16.9402, lon=43.7639,
                geo_precision=1, actor="Saudi-led coalition", actor_country="SA", civilians_killed=10,
                evidence="Earlier a raid on a school in Saada killed 10 children.", confidence=0.7),
    StrikeEvent(date=dt.date(2016, 10, 8), place="Wadi Zuhr", country="YE", actor="Saudi-led coalition",
                actor_country="SA", evidence="A raid was also reported in Wadi Zuhr.", confidence=0.5),
]

HOSTILE = Article(
    text=f"Air strike on {XSS_IMG} kills 3. Witnesses said {XSS_SCRIPT} in the rubble.",
    title=f"Strike report {XSS_SCRIPT}",
    published=dt.date(2014, 7, 20),
    origin="hostile.html",
)
HOSTILE_EVENTS = [
    StrikeEvent(date=dt.date(2014, 7, 20), place=XSS_IMG, country="PS", lat=31.5017, lon=34.4668,
                geo_precision=1, actor="Israel", actor_country="IL", killed=3, source=XSS_SCRIPT,
                evidence=f"Air strike on {XSS_IMG} kills 3. Witnesses said {XSS_SCRIPT} in the rubble.",
                confidence=0.6),
]

ARTICLES = [(SYRIA, SYRIA_EVENTS), (YEMEN, YEMEN_EVENTS), (HOSTILE, HOSTILE_EVENTS)]


def fill(store: Store, articles: list[tuple[Article, list[StrikeEvent]]] = ARTICLES) -> Store:
    for article, events in articles:
        store.add(article, events)
    return store


def map_has_drawn(at: AppTest) -> AppTest:
    """What a browser does once it has drawn a page's map (strikes/dashboard/firstmap.py): it says
    so, and the page runs again with the rest. AppTest has no browser to say it."""
    at.session_state[MAP_DRAWN_KEY] = True
    return at.run()
