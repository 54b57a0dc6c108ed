"""Time until the map's markers are drawn in headless Chromium, for stores of synthetic events.

Serves the dashboard over each store of bench/dashboard_scale.py and measures, from navigation,
how long until Leaflet has drawn the marker clusters inside the st_folium iframe (first load,
then a reload served from the warm cache).

    python bench/browser_map.py [--sizes 100000]
    python bench/browser_map.py --overview docs/overview.png   # README screenshot, sample articles
"""
from __future__ import annotations

import argparse
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


def measure(browser: object, size: int) -> None:
    store = synthetic_store(size)
    with probe.dashboard(store.url) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        first, events = time_to_markers(page, url)
        again, _ = time_to_markers(page, url)
        print(f"{size:>9,} events  markers drawn after {first:5.2f} s (first load), {again:5.2f} s (reload); "
              f"{events:,} located events behind them; map {probe.map_height(page):.0f} px high", flush=True)
        page.close()


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--overview", type=Path, help="save a screenshot of the Overview on the sample articles")
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=probe.CHROMIUM, args=probe.CHROMIUM_ARGS)
        if args.overview:
            overview(browser, args.overview)
        else:
            for size in args.sizes:
                measure(browser, size)
        browser.close()


if __name__ == "__main__":
    main()
