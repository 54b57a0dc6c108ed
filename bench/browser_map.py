"""Time until the map's markers are drawn in headless Chromium, for stores of synthetic events.

Serves the dashboard over each store of bench/dashboard_scale.py and measures, from navigation,
how long until Leaflet has drawn the marker clusters inside the st_folium iframe: the first load
(the server's first run, which imports the page's libraries), a new visitor (a browser with nothing
cached, served by the running server), reloads served from the warm cache, and shared filtered URLs
that the server has not answered before.

    python bench/browser_map.py [--sizes 100000] [--repeat 3]
    python bench/browser_map.py --overview docs/overview.png   # README screenshot, sample articles
    python bench/browser_map.py --screenshots test-artifacts   # every page: desktop and phone, light and dark
"""
from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard_scale import synthetic_store  # noqa: E402
from strikes.dashboard import probe  # noqa: E402
from strikes.ingest import fill_if_empty  # noqa: E402
from strikes.store import Store  # noqa: E402


def time_to_markers(page: object, url: str) -> tuple[float, int]:
    started = time.perf_counter()
    page.goto(url)
    _, events = probe.map_frame(page, timeout_ms=120_000)
    return time.perf_counter() - started, events


NEW_FILTERS = ["?actor=Russia", "?country=YE", "?from=2017-01-01&to=2017-12-31", "?min_killed=10"]
"""Filtered URLs that the server has not answered before (its cache misses), as a shared link opens."""


def measure(browser: object, size: int, repeat: int) -> None:
    store = synthetic_store(size)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores; timings under load are longer)", flush=True)
    with probe.dashboard(store.url) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        first, events = time_to_markers(page, url)
        reloads = [time_to_markers(page, url)[0] for _ in range(repeat)]
        filtered = [time_to_markers(page, url + query)[0] for query in NEW_FILTERS]
        visitors = []
        for _ in range(repeat):  # a new browser context each: nothing of Streamlit's frontend cached
            visitor = browser.new_page(viewport={"width": 1400, "height": 1000})
            visitors.append(time_to_markers(visitor, url)[0])
            visitor.close()
        print(f"{size:>9,} events  markers drawn after: first load {first:5.2f} s (server's first run); "
              f"new visitor best/median {min(visitors):.2f}/{statistics.median(visitors):.2f} s; "
              f"reload best/median {min(reloads):.2f}/{statistics.median(reloads):.2f} s; "
              f"new filter URL best/median/worst {min(filtered):.2f}/{statistics.median(filtered):.2f}/"
              f"{max(filtered):.2f} s; {events:,} located events behind them; "
              f"map {probe.map_height(page):.0f} px high; load average after: {os.getloadavg()[0]:.2f}", flush=True)
        page.close()


PAGES = ["", "map", "timeline", "casualties", "upload", "articles"]
SIZES = {"desktop": (1400, 1000), "phone": (390, 844)}


def overview(browser: object, path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/sample.db")
        fill_if_empty(store)
        with probe.dashboard(store.url) as url:
            page = browser.new_page(viewport={"width": 1500, "height": 950})
            page.goto(url)
            probe.map_frame(page)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(path))
            print(f"Overview screenshot: {path}")


def screenshots(browser: object, folder: Path) -> None:
    """Every page of the dashboard on the sample articles, at desktop and phone size, light and dark."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(f"sqlite:///{scratch}/sample.db")
        fill_if_empty(store)
        with probe.dashboard(store.url) as url:
            for (size, (width, height)), scheme in itertools.product(SIZES.items(), ("light", "dark")):
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                page = context.new_page()
                for name in PAGES:
                    page.goto(f"{url}/{name}")
                    if name in ("", "map"):
                        probe.map_frame(page)
                    page.wait_for_timeout(2500)
                    path = probe.screenshot(page, folder / f"{name or 'overview'}-{size}-{scheme}.png")
                    print(path)
                context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=3, help="reloads per size")
    parser.add_argument("--overview", type=Path, help="save a screenshot of the Overview on the sample articles")
    parser.add_argument("--screenshots", type=Path, help="save screenshots of every page in this folder")
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=probe.CHROMIUM, args=probe.CHROMIUM_ARGS)
        if args.overview:
            overview(browser, args.overview)
        elif args.screenshots:
            screenshots(browser, args.screenshots)
        else:
            for size in args.sizes:
                measure(browser, size, args.repeat)
        browser.close()


if __name__ == "__main__":
    main()
