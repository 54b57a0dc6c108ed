"""The Articles page and the event page: why each event exists, evidence marked, titles and permalinks, place search.

The report below is written for these tests. Its events are what extraction makes of it (so that
each has a trace), plus one added by hand, which has none.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard_data import XSS_IMG, fill, map_has_drawn
from strikes.dashboard.evidence import evidence_spans, marked_article
from strikes.dashboard.links import event_url, source_url, url_params
from strikes.dashboard.place_search import places_matching
from strikes.dashboard.why import Reason, TracedEvent, match_events
from strikes.extract import extract_events
from strikes.extract.trace import rules
from strikes.model import Article, StrikeEvent
from strikes.queries import Counting
from strikes.store import DB_ENV, EventFilter, Store

REPO = Path(__file__).resolve().parent.parent

IDLIB = Article(
    text="Jets strike market town\n\n"
         "Russian jets struck a market in Kafr Nabl on Monday, killing 12 civilians, rescuers said. "
         "The strike came as diplomats met in Geneva to discuss a truce.\n\n"
         "Later on Monday, a drone hit a bakery in Maarrat Misrin, killing three people. "
         "Officials in Damascus denied carrying out any air strike.\n\n"
         f"Air strike on {XSS_IMG} kills 3 in Ariha. Nobody else was hurt.",
    title="Jets strike market town",
    published=dt.date(2019, 5, 7),
    origin="https://news.example/idlib-raids?id=7",
)
ADDED_BY_HAND = StrikeEvent(date=dt.date(2019, 5, 5), place="Ḥamāh", country="SY", lat=35.13, lon=36.75,
                            geo_precision=1, actor="Russia", evidence="A reader's note: Hama was struck too.")


@pytest.fixture(scope="module")
def idlib_events() -> list[StrikeEvent]:
    return extract_events(IDLIB)


@pytest.fixture
def app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, idlib_events: list[StrikeEvent]) -> Store:
    url = f"sqlite:///{tmp_path / 'dashboard.db'}"
    monkeypatch.setenv(DB_ENV, url)
    store = fill(Store(url))
    store.add(IDLIB, [*idlib_events, ADDED_BY_HAND])
    return store


def page(path: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(path).run()


def idlib_id(store: Store) -> int:
    return int(store.articles().query("title == 'Jets strike market town'")["id"].iloc[0])


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def unescaped(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


# -- the article page: each event with its why -------------------------------------------------------


def test_the_extraction_makes_the_three_strikes_of_the_invented_report(idlib_events: list[StrikeEvent]) -> None:
    assert [(e.place, e.date) for e in idlib_events] == [
        ("Kafr Nabl", dt.date(2019, 5, 6)), ("Maarrat Misrin", dt.date(2019, 5, 6)), ("Ariha", dt.date(2019, 5, 6))]


def test_each_event_of_an_article_shows_the_rules_that_made_it_and_the_gazetteers_reason(app_store: Store) -> None:
    at = page("app_pages/5_articles.py", article=str(idlib_id(app_store)))
    assert not at.exception
    said = rules()
    whys = [unescaped(m) for m in markdown(at) if m.startswith("**admitted**")]
    assert len(whys) == 3
    kafr, misrin, _ = whys
    assert f"**placed**: `place.named` {said['place.named'].says}" in kafr
    assert f"**attributed**: `actor.stated` {said['actor.stated'].says}" in kafr
    assert f"**attributed**: `actor.carried` {said['actor.carried'].says}" in misrin
    assert "**located** (the gazetteer's reason): in context country SY" in kafr


def test_an_event_added_by_hand_says_it_has_no_trace(app_store: Store) -> None:
    at = page("app_pages/5_articles.py", article=str(idlib_id(app_store)))
    headings = [unescaped(m) for m in markdown(at) if re.match(r"\*\*\d\*\* · ", m)]
    assert [h.split(" · [")[0] for h in headings] == [
        "**1** · 2019-05-06 · Kafr Nabl, Syria · Russia", "**2** · 2019-05-06 · Maarrat Misrin, Syria · Syria (government)",
        "**3** · 2019-05-06 · Ariha, Syria · Russia", "**4** · 2019-05-05 · Ḥamāh, Syria · Russia"]
    assert sum("No trace" in m for m in markdown(at)) == 1


def test_only_each_events_evidence_sentence_is_marked_and_numbered(app_store: Store) -> None:
    at = page("app_pages/5_articles.py", article=str(idlib_id(app_store)))
    text = next(m for m in markdown(at) if "<mark" in m)
    marks = re.findall(r"<mark title='event (\d)'>(.*?)</mark><sup>\d</sup>", text)
    assert marks == [("1", "Russian jets struck a market in Kafr Nabl on Monday, killing 12 civilians, rescuers said."),
                     ("2", "Later on Monday, a drone hit a bakery in Maarrat Misrin, killing three people."),
                     ("3", "Air strike on &#60;img src=x onerror=alert(1)&#62; kills 3 in Ariha.")]
    assert "<img" not in text and "Geneva to discuss a truce.</p>" in text  # the paragraph's other sentence unmarked


def test_set_aside_sentences_are_folded_with_their_rule(app_store: Store) -> None:
    at = page("app_pages/5_articles.py", article=str(idlib_id(app_store)))
    [folded] = [e for e in at.expander if e.label.startswith("Sentences that gave no event")]
    assert not folded.proto.expanded
    shown = [unescaped(m.value) for m in folded.markdown]
    geneva = next(m for m in shown if m.endswith("> The strike came as diplomats met in Geneva to discuss a truce."))
    assert geneva.startswith("`reject.place_distractor` [Geneva] " + rules()["reject.place_distractor"].says + "  \n")
    assert sum("Geneva to discuss" in m for m in shown) == 1  # one entry, however many rules set it aside
    assert any(s.startswith("`reject.not_reported` [air strike]") and "Damascus denied" in s for s in shown)


def test_article_derived_text_beside_the_events_is_escaped(app_store: Store) -> None:
    hostile = int(app_store.articles().query("origin == 'hostile.html'")["id"].iloc[0])
    at = page("app_pages/5_articles.py", article=str(hostile))
    beside = [m for m in markdown(at) if "<mark" not in m]
    assert any(m.startswith("**1** · 2014-07-20 · \\<img src\\=x onerror\\=alert\\(1\\)\\>, ") for m in beside)
    assert any("**source**: \\<script\\>alert\\(1\\)\\</script\\>" in m for m in beside)
    assert not any(re.search(r"(?<!\\)<(img|script)", m) for m in beside)


# -- titles, permalinks ---------------------------------------------------------------------------------


def test_article_titles_link_to_the_source_address_or_to_the_articles_entry(app_store: Store) -> None:
    frame = page("app_pages/5_articles.py", actor="Russia").dataframe[0].value.set_index("origin")
    idlib = idlib_id(app_store)
    assert frame.loc["https://news.example/idlib-raids?id=7", "title"] == (
        "https://news.example/idlib-raids?id=7#title=Jets%20strike%20market%20town")
    syria = int(app_store.articles().query("origin == 'syria.txt'")["id"].iloc[0])
    assert frame.loc["syria.txt", "title"] == (
        f"/articles?article={syria}&actor=Russia#title=US%20and%20Russia%20to%20hold%20talks%20on%20Syria%20air%20strikes")
    assert frame.loc["syria.txt", "open"] == f"/articles?article={syria}&actor=Russia"
    assert idlib != syria


def test_only_web_addresses_are_source_links() -> None:
    assert source_url("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert [source_url(o) for o in ("syria.txt", "javascript:alert(1)", "https://x.example/a b", None)] == [None] * 4


def test_event_permalink_opens_its_detail_with_why_and_keeps_the_filter(app_store: Store) -> None:
    article = idlib_id(app_store)
    kafr = int(app_store.article_events(article).query("place == 'Kafr Nabl'")["id"].iloc[0])
    at = page("app_pages/6_event.py", event=str(kafr), actor="Russia")
    assert not at.exception
    assert at.subheader[0].value == "2019-05-06 · Kafr Nabl, Syria · Russia"
    shown = [unescaped(m) for m in markdown(at)]
    assert any("**killed**: 12 · **civilians killed**: 12 · **wounded**: not stated · **strikes**: not stated  \n"
               "**source**: rescuers" in m for m in shown)
    assert "**read from**  \n> Russian jets struck a market in Kafr Nabl on Monday, killing 12 civilians, rescuers said." in shown
    assert any(m.startswith("**admitted**: `admit.air`") and "`place.named`" in m for m in shown)
    link = next(m for m in markdown(at) if m.startswith("in ["))
    assert f"(/articles?article={article}&actor=Russia)" in link
    assert "[original](<https://news.example/idlib-raids?id=7>)" in link
    assert (at.query_params["actor"], at.query_params["event"]) == ("Russia", str(kafr))


def test_event_permalink_keeps_the_count_switch_and_the_grades(app_store: Store) -> None:
    article = idlib_id(app_store)
    kafr = int(app_store.article_events(article).query("place == 'Kafr Nabl'")["id"].iloc[0])
    feed = [m for m in markdown(page("app_pages/1_map.py", count="events", grade="single source")) if "[details](" in m]
    assert feed and all("&count=events&grade=single+source" in m for m in feed)
    at = page("app_pages/6_event.py", event=str(kafr), count="events", grade="single source")
    assert not at.exception
    link = next(m for m in markdown(at) if m.startswith("in ["))
    assert f"(/articles?article={article}&count=events&grade=single+source)" in link
    assert (at.query_params["count"], at.query_params["grade"]) == ("events", "single source")
    assert event_url(kafr, EventFilter(), Counting("events", ("contested",))) == \
        f"/event?event={kafr}&count=events&grade=contested"


def test_an_unknown_event_is_named_not_a_traceback(app_store: Store) -> None:
    at = page("app_pages/6_event.py", event="999999")
    assert unescaped(at.error[0].value) == "No stored event has id “999999”: it may have been deleted."
    at = page("app_pages/6_event.py", event="x")
    assert unescaped(at.error[0].value) == "No stored event has id “x”."


def test_the_event_table_and_feed_link_each_event_page_with_the_filter(app_store: Store) -> None:
    at = page("app_pages/1_map.py", actor="Saudi-led coalition", count="events")
    feed = [m for m in markdown(at) if "[details](" in m]
    assert len(feed) == 3 and all("&actor=Saudi-led+coalition)" in m for m in feed)
    frame = map_has_drawn(page("app_pages/0_overview.py", actor="Russia", count="events")).dataframe[-1].value
    assert all(re.fullmatch(r"/event\?event=\d+&count=events&actor=Russia", link) for link in frame["details"])
    assert event_url(5) == "/event?event=5"


def test_incidents_link_their_first_report_but_no_event_page(app_store: Store) -> None:
    at = page("app_pages/1_map.py", actor="Saudi-led coalition")  # incidents, the default
    feed = [m for m in markdown(at) if "[article](" in m]
    assert feed and not any("[details](" in m for m in feed)  # an incident's id is no event's
    frame = map_has_drawn(page("app_pages/0_overview.py", actor="Russia")).dataframe[-1].value
    assert "details" not in frame and all(link.startswith("/articles?article=") for link in frame["article"])


def test_url_parameters_name_only_what_differs_from_the_default_view() -> None:
    assert url_params(EventFilter()) == {}
    assert url_params(EventFilter(actors=("Russia",)), Counting("events", ("contested",)), ["ACLED"]) == {
        "count": "events", "grade": ["contested"], "hide_ref": ["ACLED"], "actor": ["Russia"]}


# -- place search ---------------------------------------------------------------------------------------


def test_place_search_ignores_case_accents_and_spelling_variants() -> None:
    names = ["Jisr al-Shughour", "Ḥamāh", "Homs", "Sanaa"]
    assert places_matching(names, "HAMAH") == ["Ḥamāh"]
    assert places_matching(names, "jisr al shughur") == ["Jisr al-Shughour"]
    assert places_matching(names, "Ṣanaa") == ["Sanaa"]
    assert places_matching(names, "  ") == []


def test_articles_can_be_searched_by_place(app_store: Store) -> None:
    at = page("app_pages/5_articles.py")
    at.text_input(key="place_search").input("hamah").run()
    frame = at.dataframe[0].value
    assert frame[["origin", "events"]].values.tolist() == [["https://news.example/idlib-raids?id=7", 1]]
    at.text_input(key="place_search").input("JISR AL SHUGHUR").run()
    assert at.dataframe[0].value[["origin", "events"]].values.tolist() == [["syria.txt", 1]]
    at.text_input(key="place_search").input("Atlantis").run()
    assert not at.dataframe and at.info[0].value == "No stored article matches."


# -- pieces ---------------------------------------------------------------------------------------------


def test_evidence_told_in_two_paragraphs_is_marked_in_each_not_across() -> None:
    text = "Jets struck Homs at dawn.\n\nOfficials met. Nine people died there, medics said."
    html = marked_article(text, ["Jets struck Homs at dawn. Nine people died there, medics said."])
    assert html == ("<p><mark title='event 1'>Jets struck Homs at dawn.</mark><sup>1</sup></p>"
                    "<p>Officials met. <mark title='event 1'>Nine people died there, medics said.</mark><sup>1</sup></p>")


def test_a_lone_common_word_of_the_evidence_is_not_marked_elsewhere() -> None:
    assert evidence_spans("In the town, jets struck a school.", "In Homs jets struck a school.") == [(13, 34)]


def test_a_sentence_shared_by_two_events_is_marked_once_with_both_numbers() -> None:
    html = marked_article("Jets struck Homs and Hama.", ["Jets struck Homs and Hama.", "Jets struck Homs and Hama."])
    assert html == "<p><mark title='event 1, 2'>Jets struck Homs and Hama.</mark><sup>1,2</sup></p>"


def test_stored_events_are_matched_to_their_traced_twin_by_evidence_then_place_and_day() -> None:
    def traced(place: str, evidence: str) -> TracedEvent:
        return TracedEvent(StrikeEvent(place=place, date=dt.date(2020, 1, 1), evidence=evidence),
                           (Reason("admit.air", "x"),), "why")

    twins = [traced("Homs", "Jets struck Homs and Hama."), traced("Hama", "Jets struck Homs and Hama."),
             traced("Idlib", "A drone hit Idlib.")]
    stored = [{"id": 1, "place": "Hama", "date": dt.date(2020, 1, 1), "evidence": "Jets struck Homs and Hama."},
              {"id": 2, "place": "Idlib", "date": dt.date(2020, 1, 1), "evidence": "corrected by hand"},
              {"id": 3, "place": "Homs (corrected)", "date": dt.date(2020, 1, 1), "evidence": "Jets struck Homs and Hama."},
              {"id": 4, "place": "Aleppo", "date": None, "evidence": "added by hand"}]
    matched = match_events(stored, twins)
    assert {k: v.event.place for k, v in matched.items()} == {1: "Hama", 2: "Idlib", 3: "Homs"}
