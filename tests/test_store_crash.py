"""Crash consistency and concurrency, proved on real processes (SQLite and, under CI, PostgreSQL).

`ingest` killed with SIGKILL (three times) in the middle of a run leaves a store that opens, passes its integrity
check and holds every article it has with all of that article's events; a re-run stores the rest
with no duplicates. Ten ingests started together on a store that does not exist yet, over
overlapping sets of articles (forked from one process once its imports are done, and let go at
the same moment), store each article once and each event once, and all succeed.
Extraction is stood in for (tests/fast_ingest.py) so that these runs take seconds: what is under
test is the store.
"""
from __future__ import annotations

import functools
import json
import multiprocessing
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

import strikes.incident_tables  # noqa: F401  (the incident tables join the store's metadata, so a fresh store drops them too)
from strikes.store import Store, metadata

import fast_ingest
from conftest import POSTGRES_URL, REPO

FAST_INGEST = Path(__file__).resolve().parent / "fast_ingest.py"
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


def records(numbers: range) -> list[dict]:
    """Articles that tell how many events they hold (0 to 3), as fast_ingest reads them."""
    return [{"id": f"a{i}", "title": f"Report {i}", "published": "2016-05-05",
             "text": f"5 May 2016\n\nReport {i} of the day's air strikes: events={i % 4}"} for i in numbers]


def write_batch(path: Path, numbers: range) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records(numbers)), encoding="utf-8")
    return path


def ingest_process(batch: Path, url: str, *before: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(FAST_INGEST), *before, "ingest", str(batch), "--db", url],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def fresh_url(backend: str, tmp_path: Path) -> str:
    """A store that does not exist yet."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'atlas.db'}"
    engine = sa.create_engine(POSTGRES_URL)
    metadata.drop_all(engine)
    engine.dispose()
    return POSTGRES_URL


def stored(url: str) -> dict[str, int]:
    """Each stored article's record id with its number of events, checking nothing is there twice."""
    store = Store(url, read_only=True)
    try:
        with store.engine.connect() as conn:
            articles = conn.execute(sa.text(
                "SELECT a.title, count(e.id), count(DISTINCT e.evidence) FROM articles a "
                "LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id, a.title")).all()
            orphans = conn.execute(sa.text(
                "SELECT count(*) FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL")).scalar()
    finally:
        store.engine.dispose()
    assert orphans == 0
    assert all(n_events == n_distinct for _, n_events, n_distinct in articles), "an event stored twice"
    titles = [title for title, _, _ in articles]
    assert len(titles) == len(set(titles)), "an article stored twice"
    return {title: n_events for title, n_events, _ in articles}


def assert_whole(found: dict[str, int]) -> None:
    """Every article present has all its events (Report i holds i % 4)."""
    for title, n_events in found.items():
        assert n_events == int(title.split()[1]) % 4, f"{title} has {n_events} events"


def count_articles(url: str) -> int:
    """How many articles the store holds so far (0 before its tables exist)."""
    engine = _counting_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM articles")).scalar()
    except (sa.exc.OperationalError, sa.exc.ProgrammingError):
        return 0


@functools.cache
def _counting_engine(url: str) -> sa.Engine:
    return sa.create_engine(url, poolclass=sa.pool.NullPool) if url.startswith("sqlite") else sa.create_engine(url)


def _ingest_forked(batch: Path, url: str, summary: Path) -> None:
    import strikes.ingest
    from strikes.cli import main

    strikes.ingest.extract_each = fast_ingest.extract_each
    with open(summary, "w") as sys.stdout:
        code = main(["ingest", str(batch), "--db", url])
    os._exit(code)


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_killed_mid_run_leaves_a_whole_store_that_a_rerun_completes(backend: str, tmp_path: Path):
    total = 200
    batch = write_batch(tmp_path / "batch.jsonl", range(total))
    url = fresh_url(backend, tmp_path)
    forked = multiprocessing.get_context("fork")  # an ingest process without the cost of its imports
    rng = random.Random(14)
    summary = tmp_path / "summary.txt"
    for kill in range(3):
        before = count_articles(url)
        process = forked.Process(target=_ingest_forked, args=(batch, url, summary))
        process.start()
        deadline = time.monotonic() + 60
        while count_articles(url) <= before and process.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.1))
        assert process.is_alive(), f"ingest finished before kill {kill}"
        os.kill(process.pid, signal.SIGKILL)
        process.join(30)
        found = stored(url)
        assert before < len(found) < total, "killed mid-run"
        assert_whole(found)
        if backend == "sqlite":
            with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rerun = forked.Process(target=_ingest_forked, args=(batch, url, summary))
    rerun.start()
    rerun.join(120)
    out = summary.read_text()
    assert rerun.exitcode == 0, out
    found = stored(url)
    assert len(found) == total
    assert_whole(found)
    done = dict(re.findall(r"^(new|duplicate \(already stored\)): (\d+)$", out, re.M))
    assert int(done["new"]) + int(done["duplicate (already stored)"]) == total
    assert int(done["new"]) < total


@pytest.mark.parametrize("backend", BACKENDS)
def test_ten_ingests_on_a_new_store_over_overlapping_sets_store_each_article_once(backend: str, tmp_path: Path):
    url = fresh_url(backend, tmp_path)
    batches = [write_batch(tmp_path / f"batch{k}.jsonl", range(6 * k, 6 * k + 24)) for k in range(10)]
    outdir = tmp_path / "outputs"
    outdir.mkdir()
    together = subprocess.run([sys.executable, str(FAST_INGEST), "--together", str(outdir), url, *map(str, batches)],
                              cwd=REPO, capture_output=True, text=True, timeout=180)
    assert together.returncode == 0, together.stderr
    outcomes = [((outdir / f"{k}.out").read_text(), (outdir / f"{k}.err").read_text()) for k in range(len(batches))]
    for code, (out, err) in zip(json.loads(together.stdout), outcomes):
        assert code == 0, err
        assert "failed: 0\n" in out and "Traceback" not in err
    found = stored(url)
    assert sorted(found) == sorted(f"Report {i}" for i in range(6 * 9 + 24))
    assert_whole(found)
    new = sum(int(re.search(r"^new: (\d+)$", out, re.M).group(1)) for out, _ in outcomes)
    assert new == len(found)


def _open_when_told(url: str, gun: multiprocessing.synchronize.Event) -> None:
    gun.wait(30)
    try:
        Store(url).writer.dispose()
    except BaseException as err:  # noqa: BLE001 - the exit code carries it to the test
        print(f"{type(err).__name__}: {err}".splitlines()[0], file=sys.stderr)
        os._exit(1)
    os._exit(0)


@pytest.mark.parametrize("backend", BACKENDS)
def test_ten_first_opens_of_a_new_store_at_the_same_moment_all_succeed(backend: str, tmp_path: Path):
    forked = multiprocessing.get_context("fork")
    for attempt in range(3):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        url = fresh_url(backend, folder)
        gun = forked.Event()
        openers = [forked.Process(target=_open_when_told, args=(url, gun)) for _ in range(10)]
        for opener in openers:
            opener.start()
        time.sleep(0.3)
        gun.set()
        for opener in openers:
            opener.join(60)
        assert [opener.exitcode for opener in openers] == [0] * 10, f"attempt {attempt}"
        assert count_articles(url) == 0
