"""How incident grouping scales: from scratch at N stored events, and per 1,000 new events at N.

Fills a store per size with synthetic reports (kept in bench/out/ for the next run): strikes on
300 towns over ten years, each told by one to four reports that differ as real ones do (a few km
apart, an attacker unnamed, a day- or week-dated account, a different toll). Then measures
  from scratch  grouping every stored event (what a store made before incidents gets once)
  new reports   storing 1,000 new events (10 articles of 100) through Store.add, which places them,
                minus the same inserts with placing switched off: the grouping's own cost, in wall
                time and in CPU time (this process and a PostgreSQL server on this machine), which
                the others' load on a shared machine leaves alone
and prints the incidents found, and the time to open the kept store for writing (as the dashboard and every
ingest do; it checks that every event is grouped). The target is 2 s per 1,000 new events at 1M stored.

    python bench/incidents_scale.py [--sizes 100000 1000000] [--db-url postgresql+psycopg://...] [--no-scratch]
                                    [--repeat 5]
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from strikes import incidents  # noqa: E402
from strikes.incident_tables import incident_members, incidents_table  # noqa: E402
from strikes.model import Article, StrikeEvent, content_hash  # noqa: E402
from strikes.store import Store, articles_table, events_table, metadata  # noqa: E402

OUT = REPO / "bench" / "out"
ACTORS = ["Russia", "US-led coalition", "Saudi-led coalition", "Syria (government)", "Israel", "Turkey"]
START = dt.date(2015, 1, 1)
DAYS = 10 * 365
SYNTHETIC = "synthetic incidents article"


def _towns(rng: random.Random) -> list[tuple[float, float, str]]:
    return [(rng.uniform(12, 38), rng.uniform(10, 70), rng.choice(["SY", "IQ", "YE", "LY", "AF", "PS"]))
            for _ in range(300)]


def _reports(rng: random.Random, towns: list[tuple[float, float, str]], count: int, first_day: int = 0,
             days: int = DAYS) -> list[StrikeEvent]:
    """`count` reports of strikes, each strike told one to four times."""
    out: list[StrikeEvent] = []
    while len(out) < count:
        lat, lon, country = rng.choice(towns)
        day = START + dt.timedelta(days=first_day + rng.randrange(days))
        actor = rng.choice(ACTORS)
        toll = rng.randint(0, 40)
        for _ in range(min(rng.choice([1, 1, 2, 3, 4]), count - len(out))):
            week = rng.random() < 0.03
            out.append(StrikeEvent(
                date=day - dt.timedelta(days=rng.randrange(3)) if week else day,
                date_precision="week" if week else "day", place=f"Town {lat:.2f}", country=country,
                lat=lat + rng.gauss(0, 0.02), lon=lon + rng.gauss(0, 0.02), geo_precision=rng.choice([1, 1, 2]),
                actor="unknown" if rng.random() < 0.2 else actor, killed=toll + rng.randint(0, 5),
                source=rng.choice(["monitor", "wire", "local outlet", None]),
                evidence=f"Warplanes struck the town, a synthetic report {rng.random()}.", confidence=0.5,
            ))
    return out


def load() -> str:
    """The machine's load average, printed with every timing: the machine is shared."""
    return "load %.2f %.2f %.2f" % os.getloadavg()


def filled_store(url: str | None, size: int, seed: int = 11) -> Store:
    """A store of `size` synthetic events, inserted in bulk (grouped afterwards, not as they arrive)."""
    if url is None:
        OUT.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{OUT / f'incidents-{size}.db'}"
    store = Store(url)
    synthetic = sa.and_(articles_table.c.title.is_not(None), articles_table.c.title.like(f"{SYNTHETIC}%"))
    with store.writing().begin() as conn:
        # What an earlier run added to measure goes; the synthetic events stay for the next run.
        conn.execute(events_table.delete().where(events_table.c.article_id.in_(
            sa.select(articles_table.c.id).where(~synthetic))))
        conn.execute(articles_table.delete().where(~synthetic))
        stored = conn.execute(sa.select(sa.func.count()).select_from(events_table)).scalar()
    if stored == size:
        return store
    metadata.drop_all(store.writing())
    store = Store(url)
    rng = random.Random(seed)
    towns = _towns(rng)
    started = time.perf_counter()
    batch = 50_000
    with store.writing().begin() as conn:
        for first in range(0, size, batch):
            text = f"{SYNTHETIC} {size} {first}"
            article_id = conn.execute(articles_table.insert().values(
                content_hash=content_hash(text), title=text, text=text,
                ingested_at=dt.datetime(2025, 1, 1))).inserted_primary_key[0]
            rows = []
            for event in _reports(rng, towns, min(batch, size - first)):
                row = {k: v for k, v in event.to_json().items() if k != "article"}
                row["date"] = event.date
                rows.append({**row, "article_id": article_id})
            conn.execute(events_table.insert(), rows)
    print(f"  filled {size:,} events in {time.perf_counter() - started:.0f} s ({load()})")
    return store


def grouped(store: Store) -> bool:
    """Every event of the kept store is in an incident with its figures."""
    with store.engine.connect() as conn:
        members = conn.execute(sa.select(sa.func.count()).select_from(incident_members)).scalar()
        events = conn.execute(sa.select(sa.func.count()).select_from(events_table)).scalar()
        figures = conn.execute(sa.select(sa.func.count()).select_from(incidents_table)).scalar()
    return bool(figures) and members == events


def from_scratch(store: Store) -> tuple[float, int]:
    started = time.perf_counter()
    with store.writing().begin() as conn:
        found = incidents.regroup_all(conn)
    return time.perf_counter() - started, found


def _server_cpu(store: Store) -> float:
    """CPU seconds a PostgreSQL server on this machine has used (its processes, live and ended); 0 for
    SQLite, whose work is this process's own. On the shared machine wall time follows the others' load,
    CPU time follows the work."""
    if store.engine.dialect.name != "postgresql":
        return 0.0
    if store.engine.url.host not in (None, "localhost", "127.0.0.1", "::1") or not Path("/proc/self/stat").exists():
        return math.nan  # another machine's processes cannot be read
    with store.engine.connect() as conn:
        backend = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()

    def stat(pid: int | str) -> list[int]:
        # After the command's name: state, ppid, ..., utime, stime, cutime, cstime (fields 3-17 of proc(5)).
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return [int(f) if f.lstrip("-").isdigit() else 0 for f in fields]

    postmaster = stat(backend)[1]
    ticks = sum(stat(postmaster)[11:15])  # its own time and that of the processes it has reaped
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = stat(pid)
        except OSError:
            continue
        if fields[1] == postmaster:
            ticks += fields[11] + fields[12]
    return ticks / os.sysconf("SC_CLK_TCK")


def new_reports(store: Store, seed: int, place: bool) -> tuple[float, float]:
    """Seconds, wall and CPU (this process and a local server), to store 1,000 new reports of recent
    strikes, in 10 articles."""
    rng = random.Random(seed)
    towns = _towns(random.Random(11))
    original = incidents.place_article
    if not place:
        incidents.place_article = lambda conn, article_id: None  # type: ignore[assignment]
    try:
        started, cpu = time.perf_counter(), time.process_time() + _server_cpu(store)
        for n in range(10):
            events = _reports(rng, towns, 100, first_day=DAYS - 60, days=60)
            text = f"bench new article {seed} {place} {n} {rng.random()}"
            store.add(Article(text, title=text), events)
        return time.perf_counter() - started, time.process_time() + _server_cpu(store) - cpu
    finally:
        incidents.place_article = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--db-url", help="a database URL instead of a SQLite file in bench/out/ (emptied first)")
    parser.add_argument("--no-scratch", action="store_true",
                        help="skip grouping from scratch when the kept store is grouped already (minutes at 1M)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure the 1,000 new events this many times (a shared machine's load swings)")
    args = parser.parse_args()
    for size in args.sizes:
        print(f"{size:,} events ({'SQLite' if args.db_url is None else args.db_url.split(':')[0]})")
        store = filled_store(args.db_url, size)
        if not (args.no_scratch and grouped(store)):
            seconds, found = from_scratch(store)
            print(f"  from scratch (grouping and figures): {seconds:.1f} s, {found:,} incidents ({load()})")
        opened = []
        for _ in range(3):
            started = time.perf_counter()
            Store(store.url).writing().dispose()
            opened.append(time.perf_counter() - started)
        print(f"  opening the store, 3 times: {', '.join(f'{s:.2f}' for s in opened)} s ({load()})")
        grouping, grouping_cpu = [], []
        for run in range(args.repeat):
            plain, plain_cpu = new_reports(store, seed=1 + 2 * run, place=False)
            placed, placed_cpu = new_reports(store, seed=2 + 2 * run, place=True)
            grouping.append(placed - plain)
            grouping_cpu.append(placed_cpu - plain_cpu)
            print(f"  1,000 new events: {placed:.2f} s stored and placed, {plain:.2f} s stored only: "
                  f"{placed - plain:.2f} s of grouping, {placed_cpu - plain_cpu:.2f} s of CPU ({load()})")
        if args.repeat > 1:
            print(f"  grouping 1,000 new events, {args.repeat} runs: median {statistics.median(grouping):.2f} s, "
                  f"best {min(grouping):.2f} s; CPU median {statistics.median(grouping_cpu):.2f} s")
        started = time.perf_counter()
        with store.writing().begin() as conn:
            batch = incidents.group_ungrouped(conn)
        print(f"  the {batch:,} events stored only, placed in one batch: {time.perf_counter() - started:.2f} s "
              f"({load()})")


if __name__ == "__main__":
    main()
