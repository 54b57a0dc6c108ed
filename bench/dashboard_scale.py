"""How the Overview page scales: server-side rerun time and payload for 10k, 100k and 1M events.

Fills a store per size with synthetic events (kept in bench/out/ for the next run), then runs the
Overview page (dashboard.py) through Streamlit's AppTest, which executes the page exactly as the
server does (filters, cached queries, map building, the map iframe's arguments) without a browser:
  cold      the unfiltered page after the process-wide cache is emptied: the database answers every query
  warm      the same filter again: st.cache_data answers
  filtered  a filter not asked before (one actor, one country, one year, at least 10 killed):
            the database answers again; the worst of the four is reported, then each one
Payload is the size of the page's elements as sent to the browser (protobuf bytes). The machine
is shared, so each size is measured --repeat times and the best and median are printed, with the
load average. The page counts incidents, its default; --events measures it counting raw events.
--store measures a store already filled, such as bench/incidents_scale.py's (strikes told one to
four times, grouped into incidents), instead of this script's own synthetic events.

    python bench/dashboard_scale.py [--sizes 10000 100000 1000000] [--repeat 3] [--events]
    python bench/dashboard_scale.py --store bench/out/incidents-1000000.db
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from strikes.model import Article, StrikeEvent  # noqa: E402
from strikes.store import DB_ENV, Store  # noqa: E402

OUT = REPO / "bench" / "out"
ACTORS = ["Russia", "US-led coalition", "Saudi-led coalition", "Syria (government)", "Israel", "Turkey"]
EVENTS_PER_ARTICLE = 1000


def synthetic_store(size: int, seed: int = 7) -> Store:
    """A store of `size` events around 300 towns from Libya to Afghanistan, 5% unlocated."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"synthetic-{size}.db"
    store = Store(f"sqlite:///{path}")
    if not store.is_empty():
        return store
    rng = random.Random(seed)
    towns = [(rng.uniform(12, 38), rng.uniform(10, 70), rng.choice(["SY", "IQ", "YE", "LY", "AF", "PS"]))
             for _ in range(300)]
    start = dt.date(2015, 1, 1)
    for first in range(0, size, EVENTS_PER_ARTICLE):
        events = []
        for _ in range(min(EVENTS_PER_ARTICLE, size - first)):
            lat, lon, country = rng.choice(towns)
            located = rng.random() > 0.05
            killed = rng.choice([None, rng.randint(0, 60)])
            events.append(StrikeEvent(
                date=start + dt.timedelta(days=rng.randint(0, 5 * 365)), place=f"Town {lat:.1f}",
                country=country, lat=lat + rng.gauss(0, 0.05) if located else None,
                lon=lon + rng.gauss(0, 0.05) if located else None, geo_precision=rng.choice([1, 1, 2, 3]),
                actor=rng.choice(ACTORS), strikes=rng.choice([None, rng.randint(1, 40)]), killed=killed,
                civilians_killed=rng.choice([None, killed]), source="synthetic",
                evidence="Warplanes struck the town overnight, residents said, in a synthetic report.",
                confidence=0.5,
            ))
        store.add(Article(text=f"synthetic article {size} {first}", title=f"Synthetic {first}"), events)
    return store


def payload_bytes(at: AppTest) -> int:
    def walk(node: object):
        yield node
        for child in getattr(node, "children", {}).values():
            yield from walk(child)
    return sum(node.proto.ByteSize() for node in walk(at._tree) if hasattr(getattr(node, "proto", None), "ByteSize"))


def timed_run(at: AppTest) -> float:
    started = time.perf_counter()
    at.run()
    if at.exception:
        raise RuntimeError(at.exception[0].value)
    return time.perf_counter() - started


NEW_FILTERS = {
    "actor": lambda at: at.sidebar.multiselect(key="filter_actors").set_value(["Russia"]),
    "country": lambda at: at.sidebar.multiselect(key="filter_countries").set_value(["YE"]),
    "year": lambda at: at.sidebar.date_input(key="filter_dates").set_value(
        (dt.date(2017, 1, 1), dt.date(2017, 12, 31))),
    "killed>=10": lambda at: at.sidebar.number_input(key="filter_min_killed").set_value(10),
}


def overview() -> AppTest:
    return AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=600)


def overview_counting(events: bool) -> AppTest:
    at = overview()
    if events:
        at.query_params["count"] = "events"
    return at


def one_round(events: bool = False) -> dict[str, float]:
    """Cold, warm and each new filter once, from a fresh cache."""
    at = overview_counting(events)
    at.run()  # AppTest registers the app's components on its first run, as a server does at start
    st.cache_data.clear()
    times = {"cold": timed_run(at)}
    times["payload"] = payload_bytes(at) / 1e6
    times["warm"] = timed_run(at)
    for name, choose in NEW_FILTERS.items():
        at = overview_counting(events)
        at.run()  # the unfiltered page again (cached), then the new filter
        choose(at)
        times[name] = timed_run(at)
    times["filtered"] = max(times[name] for name in NEW_FILTERS)
    return times


def load() -> str:
    return "load %.2f %.2f %.2f" % os.getloadavg()


def measure(store: Store, repeat: int, events: bool) -> None:
    os.environ[DB_ENV] = store.url
    size = store.counts()[0]
    rounds = [one_round(events) for _ in range(repeat)]

    def stat(key: str) -> str:
        values = [r[key] for r in rounds]
        return f"{min(values):.3f}/{statistics.median(values):.3f}"

    unit = "events" if events else "incidents"
    print(f"{size:>9,} events, counting {unit}  best/median s: cold {stat('cold')}  warm {stat('warm')}  "
          f"filtered (worst of 4) {stat('filtered')}  payload {rounds[0]['payload']:.2f} MB ({load()})", flush=True)
    print("          new filters: " + "  ".join(f"{name} {stat(name)}" for name in NEW_FILTERS), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--events", action="store_true", help="count raw events, not incidents")
    parser.add_argument("--store", help="measure this store (a SQLite file or URL) instead of synthetic ones")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stores = [Store(args.store)] if args.store else [synthetic_store(size) for size in args.sizes]
    # The first page run in a process imports Streamlit's and the page's modules: not a rerun.
    os.environ[DB_ENV] = stores[0].url
    overview().run()
    for store in stores:
        measure(store, args.repeat, args.events)


if __name__ == "__main__":
    main()
