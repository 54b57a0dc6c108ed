"""One article's failure is its own: extraction gives up on it, names it, and goes on with the batch."""
import datetime as dt
import json
import os
import threading
import time
from pathlib import Path

import pytest

import strikes.extract as extraction
from strikes.cli import main
from strikes.extract import extract_each
from strikes.extract.dates import dates_in
from strikes.extract.numbers import casualties_in, parse_number
from strikes.limits import MAX_CHARS, MAX_SYMBOL_RUN, OverTime, time_budget
from strikes.model import Article

STRIKE = "5 May 2016\n\nRussian warplanes struck the town of Kafr Nabl on Wednesday, killing 12 civilians.\n"


def article(text: str, name: str) -> Article:
    return Article(text=text, id=name, published=dt.date(2016, 5, 5))


def outcomes(articles, **options):
    return [(done.article.id, done.error, len(done.events)) for done in extract_each(articles, **options)]


def test_a_run_of_symbols_is_cut_before_the_tokenizer_sees_it():
    nlp = extraction._extractor()
    for unit in ("\U0001f4a5", "[", "“"):
        doc = extraction._doc(nlp, article(unit * 40_000, "bomb"))
        assert len(doc) <= MAX_SYMBOL_RUN


def test_text_over_the_limit_is_that_articles_error_and_the_next_is_read():
    done = outcomes([article("word " * (MAX_CHARS // 5 + 1), "long"), article(STRIKE, "good")])
    assert done == [("long", f"the text is {MAX_CHARS + 5:,} characters long; the limit is {MAX_CHARS:,}", 0),
                    ("good", None, 1)]


def spin_on_marker(doc, name, published, gazetteer):
    while "SPIN" in doc.text:
        pass
    return original_events_in(doc, name, published, gazetteer)


original_events_in = extraction.events_in


@pytest.fixture
def one_second_budget(monkeypatch):
    """Extraction held to 1 s (once the pipeline and the gazetteer are loaded), with an article
    that says SPIN spinning for ever."""
    extraction.extract_events(article(STRIKE, "warm-up"))
    monkeypatch.setattr(extraction, "SECONDS_TO_EXTRACT", 1)
    monkeypatch.setattr(extraction, "events_in", spin_on_marker)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_past_its_time_budget_is_given_up_and_the_batch_goes_on(one_second_budget, jobs):
    done = outcomes([article(STRIKE, "first"), article("SPIN " + STRIKE, "stuck"), article(STRIKE, "last")],
                    n_process=jobs, batch_size=1)
    assert done == [("first", None, 1), ("stuck", "gave up: extraction took longer than 1 s", 0), ("last", None, 1)]


def test_opening_the_gazetteer_is_not_the_articles_time(monkeypatch):
    """After an update the first article waits while the index is rebuilt; it must not be given up."""
    gazetteer = extraction._gazetteer()

    def slow_to_open():
        started = time.process_time()
        while time.process_time() - started < 1.5:
            pass
        return gazetteer

    monkeypatch.setattr(extraction, "SECONDS_TO_EXTRACT", 1)
    monkeypatch.setattr(extraction, "_gazetteer", slow_to_open)
    assert outcomes([article(STRIKE, "first")]) == [("first", None, 1)]


def test_an_exception_in_extraction_is_that_articles_error(monkeypatch):
    def fail_on_marker(doc, name, published, gazetteer):
        if "FAIL" in doc.text:
            raise OverflowError("date value out of range")
        return original_events_in(doc, name, published, gazetteer)

    monkeypatch.setattr(extraction, "events_in", fail_on_marker)
    done = outcomes([article("FAIL " + STRIKE, "bad"), article(STRIKE, "good")])
    assert done == [("bad", "extraction failed (OverflowError: date value out of range)", 0), ("good", None, 1)]


def test_time_budget_works_in_a_thread_other_than_the_main_one():
    """Streamlit runs a page's script in a thread of its own."""
    outcome = []

    def spin():
        try:
            with time_budget(0.2, "spinning"):
                while True:
                    pass
        except OverTime as err:
            outcome.append(str(err))

    worker = threading.Thread(target=spin)
    worker.start()
    worker.join(5)
    assert outcome == ["spinning took longer than 0.2 s"]
    with time_budget(0.2, "quick"):
        pass
    time.sleep(0.4)  # nothing arrives after the block has ended


def test_a_figure_beyond_any_plausible_toll_is_not_a_number():
    assert parse_number("1" * 5000) is None
    assert parse_number("1,000,000,000") is None
    assert parse_number("1,000,000") == 1_000_000
    assert casualties_in("The strike killed 1000000000000000000000 people.").killed is None
    assert casualties_in("The strike killed 40 people.").killed == 40


def test_dates_outside_1900_to_the_day_after_publication_are_ignored():
    assert dates_in("Jets struck on 5 May 2017.", dt.date(2016, 5, 5)) == []
    assert [m.date for m in dates_in("Jets struck on 6 May 2016.", dt.date(2016, 5, 5))] == [dt.date(2016, 5, 6)]


def test_a_giant_figure_keeps_its_event_with_the_figure_in_the_evidence():
    text = "5 May 2016\n\nRussian warplanes struck the town of Kafr Nabl on Wednesday, killing " + "9" * 400 + " civilians.\n"
    [done] = extract_each([article(text, "giant")])
    assert done.error is None
    assert [(e.place, e.killed, e.civilians_killed) for e in done.events] == [("Kafr Nabl", None, None)]
    assert "9" * 400 in done.events[0].evidence


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_extract_names_each_failure_on_one_line_and_exits_3(tmp_path: Path, capsys, one_second_budget):
    folder = tmp_path / "articles"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"odd-\xff.txt"), "wb") as handle:
        handle.write(STRIKE.encode())
    (folder / "stuck.txt").write_text("SPIN " + STRIKE, encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text("[" * 50_000 + "\n" + json.dumps({"id": "r", "text": STRIKE}) + "\n",
                                          encoding="utf-8")
    code, events, err = run(capsys, "extract", folder, tmp_path / "batch.jsonl")
    assert code == 3
    assert [e["article"] for e in events] == [f"{folder}/odd-\\udcff.txt", "r"]
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert f"error: {folder}/stuck.txt: gave up: extraction took longer than 1 s" in errors
    assert any(e.startswith(f"error: {tmp_path}/batch.jsonl:1: malformed record (") for e in errors)


def test_extract_exits_1_when_nothing_could_be_read(tmp_path: Path, capsys):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really")
    code, events, err = run(capsys, "extract", tmp_path / "bad.docx")
    assert (code, events) == (1, [])
    assert err.startswith(f"error: {tmp_path}/bad.docx: not a readable .docx file (")
