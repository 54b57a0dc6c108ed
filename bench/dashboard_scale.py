"""How the Overview page scales: server-side rerun time and payload for 10k, 100k and 1M events.

Fills a store per size with synthetic events (kept in bench/out/ for the next run), then runs the
Overview page through Streamlit's AppTest, which executes the page exactly as the server does
(filters, cached queries, map building, st_folium's payload) without a browser:
  cold      first run of a fresh process-wide cache: the database answers every query
  warm      the same filter again: st.cache_data answers
  filtered  a new filter (one actor): the database answers again
Payload is the size of the page's elements as sent to the browser (protobuf bytes).

    python bench/dashboard_scale.py [--sizes 10000 100000 1000000]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
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


def measure(size: int) -> None:
    t0 = time.perf_counter()
    store = synthetic_store(size)
    filled = time.perf_counter() - t0
    os.environ[DB_ENV] = store.url
    st.cache_data.clear()
    at = AppTest.from_file(str(REPO / "pages" / "overview.py"), default_timeout=600)
    cold = timed_run(at)
    payload = payload_bytes(at)
    warm = timed_run(at)
    at.sidebar.multiselect(key="filter_actors").set_value(["Russia"])
    filtered = timed_run(at)
    print(f"{size:>9,} events  cold {cold:6.3f} s  warm {warm:6.3f} s  filtered {filtered:6.3f} s  "
          f"payload {payload / 1e6:5.2f} MB  (store ready in {filled:.0f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        measure(size)


if __name__ == "__main__":
    main()
