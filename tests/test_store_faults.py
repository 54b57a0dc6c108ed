"""Faults of the store a user meets: each is one line saying what is wrong, never a traceback, and
an ingest it stops still says what it stored and exits non-zero."""
import datetime as dt
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from strikes import Article, StrikeEvent
from strikes.cli import main
from strikes.ingest import ingest
from strikes.store import MAX_FIGURE, ReadOnlyStore, Store, StoreError

from conftest import REPO


def report(name: str) -> dict:
    return {"id": name, "title": f"Report {name}", "published": "2016-05-05",
            "text": f"5 May 2016\n\nRussian warplanes struck the town of Kafr Nabl on Wednesday, {name}."}


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def strike(**values) -> StrikeEvent:
    return StrikeEvent(date=dt.date(2016, 5, 4), place="Kafr Nabl", country="SY", actor="Russia",
                       evidence="Russian warplanes struck the town of Kafr Nabl.", **values)


# -- a file that is not a store ------------------------------------------------------------

def test_a_file_that_is_not_a_database_is_named_in_one_line(tmp_path: Path, capsys):
    notes = tmp_path / "notes.db"
    notes.write_text("my shopping list\n" * 200, encoding="utf-8")
    for command in (["ingest", str(REPO / "sample_articles"), "--db", str(notes)], ["export", "--db", str(notes)]):
        assert main(command) == 1
        out, err = capsys.readouterr()
        assert err == f"error: {notes} is not a Strike Atlas store (the file is not a SQLite database)\n"
    assert notes.read_text(encoding="utf-8") == "my shopping list\n" * 200


def test_the_dashboard_gets_a_store_error_it_can_show(tmp_path: Path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"\x00garbage" * 600)
    with pytest.raises(StoreError, match="is not a Strike Atlas store"):
        Store(str(notes))


def test_export_of_a_store_that_does_not_exist_creates_nothing(tmp_path: Path, capsys):
    assert main(["export", "--db", str(tmp_path / "none.db")]) == 1
    assert capsys.readouterr().err == f"error: there is no store at {tmp_path / 'none.db'}\n"
    assert not (tmp_path / "none.db").exists()


# -- a store another program holds ----------------------------------------------------------

def test_a_lock_held_too_long_stops_ingest_with_what_was_stored(tmp_path: Path):
    db = tmp_path / "atlas.db"
    store = Store(str(db), lock_wait=0.2)
    store.add(Article(text="already there"), [])
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        summary = ingest(store, [jsonl(tmp_path / "batch.jsonl", [report("one"), report("two")])])
    finally:
        holder.close()
    assert (summary.read, summary.new, summary.not_stored) == (2, 0, 2)
    assert summary.store_fault == f"{db} is locked by another program (waited 0.2 s); try again when it has finished"
    assert not summary.complete
    assert "not stored: 2 (the store failed: " in "\n".join(summary.lines())


# -- a full disk ------------------------------------------------------------------------------

def _capped(store: Store, pages: int) -> None:
    """A disk with room for only so many pages: SQLite's max_page_count on every writing connection."""
    store.writer.dispose()
    sa.event.listen(store.writer, "connect", lambda conn, _: conn.execute(f"PRAGMA max_page_count={pages}"))


def test_a_full_disk_stops_ingest_with_a_summary_of_what_was_stored(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "atlas.db"
    records = [dict(report(f"r{i}"), text=report(f"r{i}")["text"] + " " + "padding " * 300) for i in range(40)]
    batch = jsonl(tmp_path / "batch.jsonl", records)
    opened = Store(str(db))
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    _capped(opened, pages + 12)
    monkeypatch.setattr("strikes.cli.Store", lambda url: opened)
    assert main(["ingest", str(batch), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    stored = opened.counts()[1] + len(opened.articles()[opened.articles()["events"] == 0])
    assert 0 < stored < 40
    assert f"new: {stored}\n" in out
    assert f"not stored: {40 - stored} (the store failed: the disk holding {db} is full" in out
    assert err == f"error: the disk holding {db} is full: free some space and run again\n"
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone() == ("ok",)


# -- a read-only store --------------------------------------------------------------------------

def _filled(path: Path) -> Path:
    store = Store(str(path))
    store.add(Article(text="one", title="One"), [strike(killed=3)])
    store.engine.dispose()
    store.writer.dispose()  # the last connection to close folds the write-ahead log into the file
    return path


def test_a_read_only_uri_is_read_and_never_written(tmp_path: Path, capsys):
    db = _filled(tmp_path / "atlas.db")
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    assert main(["export", "--db", url]) == 0
    assert "Kafr Nabl" in capsys.readouterr().out
    assert main(["ingest", str(REPO / "sample_articles"), "--db", url]) == 1
    assert capsys.readouterr().err == f"error: {db} is read-only (or this user may not write to it): nothing can be written\n"


def test_a_store_opened_read_only_refuses_writes_before_trying(tmp_path: Path):
    db = _filled(tmp_path / "atlas.db")
    store = Store(str(db), read_only=True)
    assert store.counts() == (1, 1)
    for write in (lambda: store.add(Article(text="two"), []), lambda: store.delete_event(1),
                  lambda: store.update_event(1, killed=4)):
        with pytest.raises(StoreError, match="was opened read-only: nothing can be written to it"):
            write()
    summary = ingest(store, [REPO / "sample_articles"])
    assert (summary.new, summary.store_fault) == (0, f"{db} was opened read-only: nothing can be written to it")


def test_the_dashboard_reads_through_connections_that_cannot_write(tmp_path: Path):
    store = Store(str(tmp_path / "atlas.db"))
    with pytest.raises(StoreError, match="read-only"), store.engine.begin() as conn:
        conn.execute(store.articles_table.delete())


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare to mount a folder read-only")
def test_a_store_on_a_read_only_disk_is_exported(tmp_path: Path):
    db = _filled(tmp_path / "store" / "atlas.db")
    assert not list(db.parent.glob("atlas.db-*"))  # as copied to a read-only medium: no -wal or -shm beside it
    python = REPO / ".venv" / "bin" / "python"
    script = (f"mount --bind -o ro {db.parent} {db.parent} && cd {REPO} && "
              f"{python} -m strikes export --db {db}; echo \"exit $?\"; "
              f"{python} -m strikes ingest sample_articles --db {db}; echo \"exit $?\"")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    if "mount" in done.stderr and "exit" not in done.stdout:
        pytest.skip(f"cannot mount read-only here: {done.stderr.strip()}")
    assert "Kafr Nabl" in done.stdout and done.stdout.count("exit 0") == 1
    assert done.stdout.rstrip().endswith("exit 1")
    assert f"error: {db}" in done.stderr and "Traceback" not in done.stderr


# -- values the database cannot hold --------------------------------------------------------

def test_values_no_column_holds_are_stored_as_far_as_they_can_be(store: Store):
    article = Article(text="Jets struck Kafr Nabl.\x00 The toll rose.", title={"headline": ["a", "b"]},
                      origin="odd\x00.jsonl")
    huge = strike(killed=3_000_000_000, wounded=10 ** 5000, civilians_killed=MAX_FIGURE, strikes=-2,
                  geonameid=2 ** 70, geo_precision=9, lat=float("nan"), lon=500.0)
    huge.place, huge.source, huge.target = "Kafr\x00 Nabl", ["SANA", "SOHR"], "a \ud800 school"
    result = store.add(article, [huge])
    stored = store.article(result.article_id)
    assert (stored.title, stored.text, stored.origin) == ('{"headline": ["a", "b"]}', "Jets struck Kafr Nabl. The toll rose.", "odd.jsonl")
    [row] = store.article_events(result.article_id).to_dict(orient="records")
    assert (row["place"], row["source"], row["target"]) == ("Kafr Nabl", '["SANA", "SOHR"]', "a \ufffd school")
    assert row["civilians_killed"] == MAX_FIGURE
    dropped = [row[name] for name in ("killed", "wounded", "strikes", "geonameid", "geo_precision", "lat", "lon")]
    assert all(value is None or value != value for value in dropped), dropped  # None, or NaN in a float column


def test_a_jsonl_title_that_is_an_object_or_a_list_is_kept_as_text(tmp_path: Path, capsys):
    db = tmp_path / "atlas.db"
    batch = jsonl(tmp_path / "batch.jsonl", [dict(report("one"), title={"main": "Strike"}), dict(report("two"), title=["a", 1])])
    assert main(["ingest", str(batch), "--db", str(db)]) == 0
    assert "new: 2" in capsys.readouterr().out
    assert sorted(Store(str(db), read_only=True).articles()["title"]) == ['["a", 1]', '{"main": "Strike"}']


def test_a_program_that_reads_and_writes_still_reads_a_store_it_cannot_write(tmp_path: Path):
    db = _filled(tmp_path / "atlas.db")
    store = Store.open(f"sqlite:///file:{db}?mode=ro&uri=true")
    assert (store.read_only, store.counts()) == (True, (1, 1))
    with pytest.raises(ReadOnlyStore, match="read-only"):
        store.add(Article(text="two"), [])
    assert Store.open(str(db)).read_only is False


def test_a_new_file_that_answers_locked_at_once_is_tried_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    real, refusals = Store._create_schema, []

    def refuse_once(self, writer):
        if not refusals:
            refusals.append(1)
            raise StoreError(f"{self.where} is locked by another program (waited 15 s)")
        real(self, writer)

    monkeypatch.setattr(Store, "_create_schema", refuse_once)
    store = Store(f"sqlite:///{tmp_path / 'atlas.db'}")
    assert refusals == [1] and sa.inspect(store.engine).has_table("articles")
