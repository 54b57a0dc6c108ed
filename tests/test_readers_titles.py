"""An article's title is the headline it gives itself, or its first sentence: never text cut mid-word."""
import json

import pytest

from strikes.readers import TITLE_CHARS, headline, read_jsonl, read_upload

STORY = ("Warplanes struck a grain store on the edge of Qaryat al-Tin on Sunday, killing four farmers and "
         "wounding nine others, a local council official said. ")
BODY = "<p>" + STORY * 3 + "</p>"


def html(head: str = "", body: str = "") -> bytes:
    return f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>".encode()


def test_html_title_is_its_open_graph_title_before_its_title_element():
    page = html('<title>Site name | Jets hit grain store</title>'
                '<meta property="og:title" content="Jets hit a grain store near Qaryat al-Tin">')
    assert read_upload("story.html", page).title == "Jets hit a grain store near Qaryat al-Tin"


def test_html_without_title_element_is_titled_by_its_first_heading():
    page = html(body="<h1>Four farmers killed in raid on grain store</h1>")
    assert read_upload("story.html", page).title == "Four farmers killed in raid on grain store"


LONG = ("Warplanes struck a grain store, a school, two bakeries and a water station on the edge of Qaryat "
        "al-Tin early on Sunday, killing four farmers, two teachers and a baker, local officials said.")


def test_html_with_no_title_at_all_is_titled_by_its_first_sentence():
    assert read_upload("story.html", html()).title == STORY.strip()


def test_a_first_sentence_too_long_for_a_title_is_cut_between_words():
    assert len(LONG) > TITLE_CHARS
    assert headline(LONG + " " + STORY) == (
        "Warplanes struck a grain store, a school, two bakeries and a water station on the edge of Qaryat "
        "al-Tin early on Sunday, killing four farmers, two teachers and…")


def test_markdown_heading_is_the_title_even_under_a_dateline():
    note = "12 May 2031\n\n# Raid on the grain store of Qaryat al-Tin\n\n" + STORY
    assert read_upload("raid.md", note.encode()).title == "Raid on the grain store of Qaryat al-Tin"


def test_markdown_front_matter_title_comes_before_the_heading():
    note = "---\ntitle: Grain store struck\n---\n\n# Raid on Qaryat al-Tin\n\n" + STORY
    assert read_upload("raid.md", note.encode()).title == "Grain store struck"


def test_plain_text_headline_line_skips_dateline_and_byline():
    text = "12 May 2031\n\nBy Ada Field\n\nFour farmers killed as jets hit grain store\n\n" + STORY
    assert read_upload("raid.txt", text.encode()).title == "Four farmers killed as jets hit grain store"


def test_plain_text_without_headline_is_titled_by_its_first_sentence():
    text = "Jets struck a bridge near Wadi Naml on Friday. Two drivers were killed. " + STORY
    assert headline(text) == "Jets struck a bridge near Wadi Naml on Friday."


def test_first_sentence_after_a_wire_dateline_leaves_the_dateline_out():
    assert headline("KASRIN, May 12 (Wire) - " + STORY + STORY) == STORY.strip()


def test_an_abbreviation_does_not_end_the_first_sentence():
    text = "U.S. drones struck a convoy near Tell Hamra on Monday, an official said. Nobody else confirmed it. " + STORY
    assert headline(text) == "U.S. drones struck a convoy near Tell Hamra on Monday, an official said."


@pytest.mark.parametrize("title", ["word " * 100, "Ministry " + "x" * 400])
def test_a_long_declared_title_is_cut_at_a_word_boundary(title: str):
    [article] = read_jsonl([json.dumps({"id": "a", "text": STORY, "title": title}).encode()], "batch.jsonl")
    assert len(article.title) <= TITLE_CHARS and article.title.endswith("…")
    kept = article.title[:-1]
    assert title.startswith(kept) and (title[len(kept)] == " " or " " not in title[:TITLE_CHARS])
