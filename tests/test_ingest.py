"""Ingest: what a batch stores, and that every article it could not store is named, never hidden."""
import json
from pathlib import Path

from strikes.ingest import ingest
from strikes.store import Store

STRIKE = "Russian warplanes struck the town of Kafr Nabl on Wednesday, killing 12 civilians."


def batch(path: Path, records: list[dict]) -> list[Path]:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [path]


def test_an_article_extraction_fails_on_is_reported_and_tried_again_next_time(tmp_path: Path, monkeypatch):
    import strikes.extract as extraction

    real_events_in = extraction.events_in

    def fails_on_marked(doc, article_id, *rest):
        if "Broken." in doc.text:
            raise OverflowError("date value out of range")
        return real_events_in(doc, article_id, *rest)

    monkeypatch.setattr(extraction, "events_in", fails_on_marked)
    store = Store(str(tmp_path / "atlas.db"))
    records = [
        {"id": "good", "title": "Good", "text": STRIKE, "published": "2016-05-05"},
        {"id": "broken", "title": "Broken", "text": STRIKE + " Broken.", "published": "2016-05-05"},
    ]
    summary = ingest(store, batch(tmp_path / "first.jsonl", records))
    assert (summary.read, summary.new, summary.duplicate) == (2, 1, 0)
    assert [reason.split(" (")[0] for reason in summary.failed] == ["broken: extraction failed"]
    assert "OverflowError: date value out of range" in summary.failed[0]
    assert "will be tried again" in summary.failed[0]
    assert not summary.complete and "failed: 1" in summary.lines()
    assert list(store.articles()["title"]) == ["Good"]

    monkeypatch.setattr(extraction, "events_in", real_events_in)
    again = ingest(store, batch(tmp_path / "second.jsonl", records))
    assert (again.new, again.duplicate, again.failed, again.events) == (1, 1, [], 1)


def test_an_exception_that_escapes_extraction_costs_only_its_article(tmp_path: Path, monkeypatch):
    import strikes.ingest

    real_extract_each = strikes.ingest.extract_each

    def breaks_on_poison(articles, n_process=1):
        for extraction in real_extract_each(articles, n_process=n_process):
            if extraction.article.id == "poison":
                raise RecursionError("maximum recursion depth exceeded")
            yield extraction

    monkeypatch.setattr(strikes.ingest, "extract_each", breaks_on_poison)
    store = Store(str(tmp_path / "atlas.db"))
    records = [{"id": name, "text": f"{STRIKE} ({name})", "published": "2016-05-05", "title": name}
               for name in ("before", "poison", "after")]
    summary = ingest(store, batch(tmp_path / "batch.jsonl", records))
    assert summary.failed == ["poison: extraction failed (RecursionError: maximum recursion depth exceeded); "
                              "not stored, will be tried again"]
    assert (summary.new, summary.events) == (2, 2)
    assert sorted(store.articles()["title"]) == ["after", "before"]
