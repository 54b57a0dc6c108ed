"""Causes the fuzzing found that the readers' and extraction's own tests did not yet pin down, each
with an input the test writes itself: a PDF that breaks pypdf with a plain TypeError, an HTML page
of thousands of short rows, an HTML page past its reading time, dates out of range in every place
a date comes from, a text past spaCy's own limit, and a batch of lone surrogates and giant figures
ingested into a store.
"""
import datetime as dt
import json
import os
from pathlib import Path

import pytest

import strikes.readers as readers
from documents import docx_bytes, pdf_bytes
from strikes.extract import extract_each
from strikes.ingest import ingest
from strikes.model import Article
from strikes.readers import UnreadableArticle, read_paths, read_upload
from strikes.store import Store

STORY = "Russian warplanes struck the town of Kafr Nabl on Wednesday, killing 12 civilians."
PUBLISHED = dt.date(2016, 5, 5)


def refusal(name: str, data: bytes) -> str:
    with pytest.raises(UnreadableArticle) as refused:
        read_upload(name, data)
    return str(refused.value)


def items(paths) -> list[str]:
    return [str(i) if isinstance(i, UnreadableArticle) else i.id for i in read_paths(paths, PUBLISHED)]


def test_pdf_whose_cross_reference_table_breaks_pypdf_with_a_plain_type_error_is_refused():
    """pypdf raises its own errors for most damage, but a cut entry in the cross-reference table
    reaches a string concatenation inside it (found by mutating this very PDF)."""
    broken = pdf_bytes(STORY).replace(b"0000000000 65535 f ", b"00000000")
    assert refusal("xref.pdf", broken).startswith("not a readable PDF file (TypeError: ")


def test_docx_whose_xml_amplifies_entities_is_refused_not_expanded():
    """Ten entities each ten times the one before: a billion characters, if the parser expanded them."""
    laughs = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]><d>&j;</d>"
    assert refusal("laughs.docx", docx_bytes(laughs)).startswith("not a readable .docx file (XMLSyntaxError: ")


def table_page(rows: int) -> bytes:
    """A table of `rows` short rows, then the story, as a fragment (no <html> or <body>): trafilatura's
    own extractor finds too little in it and turns to its fallbacks."""
    return ("<table>" + "<tr><td>1</td><td>2</td></tr>" * rows + f"</table><p>{STORY}</p>").encode()


def test_a_page_of_thousands_of_short_rows_is_read_not_given_up(monkeypatch):
    """jusText, trafilatura's fallback, takes time with the square of a run of short blocks: past
    MAX_HTML_BLOCKS the page is read without it (with it, this page takes over a minute)."""
    monkeypatch.setattr(readers, "SECONDS_TO_READ", 8)
    assert STORY in read_upload("rows.html", table_page(5_000)).text


def test_reading_a_page_past_its_time_is_given_up_and_the_next_file_is_read(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_HTML_BLOCKS", 10**9)  # the fallbacks on: the page is slow again
    monkeypatch.setattr(readers, "SECONDS_TO_READ", 0.5)
    (tmp_path / "a-rows.html").write_bytes(table_page(3_000))
    (tmp_path / "b-story.txt").write_text(STORY, encoding="utf-8")
    assert items([tmp_path]) == [f"{tmp_path / 'a-rows.html'}: gave up: reading the HTML took longer than 0.5 s",
                                 str(tmp_path / "b-story.txt")]


@pytest.mark.parametrize("published", ["0000-01-01", "2016-05-32", "2016-00-05", "2016-05-05T00:00+25:00",
                                       "2016-05-05T12:00:00-24:00", "99999-01-01"])
def test_a_record_published_on_a_day_that_cannot_be_is_malformed_and_the_next_is_read(tmp_path: Path, published):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "bad", "text": STORY, "published": published}) + "\n"
                    + json.dumps({"id": "good", "text": STORY}) + "\n", encoding="utf-8")
    bad, good = items([path])
    assert bad.startswith(f"{path}:1: malformed record (")
    assert good == "good"


@pytest.mark.parametrize("stamp", ["0000-01-01T00:00:00", "9999-12-31T23:59:59+24:00", "2016-05-05T00:00-25:00",
                                   "0001-01-01T00:00:00+23:59", "2016-13-45", "99999-01-01"])
def test_page_metadata_dated_on_a_day_that_cannot_be_is_not_the_articles_date(stamp):
    html = (f'<html><head><meta property="article:published_time" content="{stamp}"></head>'
            f"<body><article><p>{STORY} {STORY}</p></article></body></html>").encode()
    assert read_upload("dated.html", html, published=PUBLISHED).published == PUBLISHED


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1066-10-14", "2016-05-05T00:00:00+25:00", "2016-05-32"])
def test_front_matter_dated_on_a_day_that_cannot_be_is_not_the_articles_date(date):
    article = read_upload("dated.md", f"---\ntitle: Raid\ndate: {date}\n---\n{STORY}".encode(), published=PUBLISHED)
    assert article.published == PUBLISHED
    assert article.text.endswith(STORY)


@pytest.mark.parametrize("dateline", ["32 May 2016", "00.00.0000", "31.12.9999 23:59 +2400", "1 January 0001",
                                      "9999-12-31", "May 5, 1066"])
def test_a_dateline_or_text_date_that_cannot_be_is_ignored_and_the_strike_still_read(dateline):
    article = read_upload("dated.txt", f"{dateline}\n\n{STORY} On {dateline} jets struck again.".encode(),
                          published=PUBLISHED)
    assert article.published == PUBLISHED
    [done] = extract_each([article])
    assert done.error is None
    assert [e.place for e in done.events] == ["Kafr Nabl"]
    assert all(dt.date(1900, 1, 1) <= e.date <= PUBLISHED + dt.timedelta(days=1) for e in done.events if e.date)


def test_a_text_past_spacys_own_limit_is_that_articles_error_and_the_next_is_extracted():
    """spaCy refuses a text over nlp.max_length (1,000,000 characters) with ValueError E088."""
    huge = Article(text="word " * 200_001, id="huge", published=PUBLISHED)
    done = [(d.article.id, d.error, len(d.events)) for d in extract_each([huge, Article(text=STORY, id="good", published=PUBLISHED)])]
    assert done == [("huge", "the text is 1,000,005 characters long; the limit is 100,000", 0), ("good", None, 1)]


def test_lone_surrogates_and_giant_figures_are_ingested_and_reported_printably(tmp_path: Path):
    """A file name that is not UTF-8, a record whose id, title and text hold lone surrogates, and
    tolls of hundreds and thousands of digits: every article stored, every figure either a toll or
    left in the evidence, and the summary prints."""
    folder = tmp_path / "batch"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"raid-\xed\xa0\x80\xff.txt"), "wb") as handle:
        handle.write(STORY.encode())
    giant = STORY.replace("12", "1" * 400)
    over_int_limit = STORY.replace("Kafr Nabl", "Saraqib").replace("12", "9" * 5_000)
    (folder / "records.jsonl").write_bytes(
        b'{"id": "s\\ud800", "title": "T\\udfff", "text": "' + STORY.replace("Kafr Nabl", "Ariha").encode() + b'\\ud800"}\n'
        + json.dumps({"id": "giant", "text": giant.replace("Kafr Nabl", "Binnish")}).encode() + b"\n"
        + json.dumps({"id": "over", "text": over_int_limit}).encode() + b"\n")
    store = Store(str(tmp_path / "atlas.db"))
    summary = ingest(store, [folder], PUBLISHED, online_geocoding=False)
    "\n".join(summary.lines()).encode("utf-8")  # printable: no lone surrogate reached the summary
    assert (summary.read, summary.new, summary.failed) == (4, 4, [])
    events = store.events()
    assert sorted(events["place"]) == ["Ariha", "Binnish", "Kafr Nabl", "Saraqib"]
    assert set(events.loc[events["place"].isin(["Binnish", "Saraqib"]), "killed"].isna()) == {True}
    assert set(store.articles()["title"]).issuperset({"T\ufffd"})
