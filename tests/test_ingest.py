"""Ingest: what a batch stores, and that every article it could not store is named, never hidden."""
import json
from pathlib import Path

from strikes.ingest import ingest
from strikes.store import Store

STRIKE = "Russian warplanes struck the town of Kafr Nabl on Wednesday, killing 12 civilians."


def batch(path: Path, records: list[dict]) -> list[Path]:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [path]


def test_an_article_extraction_fails_on_is_reported_and_tried_again_next_time(tmp_path: Path):
    store = Store(str(tmp_path / "atlas.db"))
    records = [
        {"id": "good", "title": "Good", "text": STRIKE, "published": "2016-05-05"},
        {"id": "year-one", "title": "Year one", "text": STRIKE + " Again.", "published": "0001-01-01"},
        {"id": "digits", "title": "Digits", "published": "2016-05-05",
         "text": "Russian warplanes struck the town of Kafr Nabl on Wednesday, killing " + "9" * 5000 + " people."},
    ]
    summary = ingest(store, batch(tmp_path / "first.jsonl", records))
    assert (summary.read, summary.new, summary.duplicate) == (3, 1, 0)
    assert [reason.split(" (")[0] for reason in summary.failed] == ["year-one: extraction failed", "digits: extraction failed"]
    assert "OverflowError: date value out of range" in summary.failed[0]
    assert "will be tried again" in summary.failed[0]
    assert not summary.complete and "failed: 2" in summary.lines()
    assert list(store.articles()["title"]) == ["Good"]

    records[1]["published"] = "2016-05-05"
    again = ingest(store, batch(tmp_path / "second.jsonl", records[:2]))
    assert (again.new, again.duplicate, again.failed, again.events) == (1, 1, [], 1)


def test_an_exception_that_escapes_extraction_costs_only_its_article(tmp_path: Path, monkeypatch):
    import strikes.ingest

    real_extract_many = strikes.ingest.extract_many

    def breaks_on_poison(articles, n_process=1):
        for article, events in real_extract_many(articles, n_process=n_process):
            if article.id == "poison":
                raise RecursionError("maximum recursion depth exceeded")
            yield article, events

    def extract_events(article):
        if article.id == "poison":
            raise RecursionError("maximum recursion depth exceeded")
        return [event for _, events in real_extract_many([article]) for event in events]

    monkeypatch.setattr(strikes.ingest, "extract_many", breaks_on_poison)
    monkeypatch.setattr(strikes.ingest, "extract_events", extract_events)
    store = Store(str(tmp_path / "atlas.db"))
    records = [{"id": name, "text": f"{STRIKE} ({name})", "published": "2016-05-05", "title": name}
               for name in ("before", "poison", "after")]
    summary = ingest(store, batch(tmp_path / "batch.jsonl", records))
    assert summary.failed == ["poison: extraction failed (RecursionError: maximum recursion depth exceeded); "
                              "not stored, will be tried again"]
    assert (summary.new, summary.events) == (2, 2)
    assert sorted(store.articles()["title"]) == ["after", "before"]
