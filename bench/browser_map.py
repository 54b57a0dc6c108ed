"""Time until the map's markers are drawn in headless Chromium, for stores of synthetic events.

Serves the dashboard over each store of bench/dashboard_scale.py and measures, from navigation,
how long until Leaflet has drawn the marker clusters inside the st_folium iframe: the first load
(the server's first run, which imports the page's libraries), a new visitor (a browser with nothing
cached, served by the running server), reloads served from the warm cache, shared filtered URLs
that the server has not answered before, and switches between pages by the sidebar's links (to
the new page's markers, or its charts). Each is given in wall seconds and in the CPU seconds that
the server and Chromium spent meanwhile: on a shared machine the second says what a change saved
when the first mostly says how loaded the machine was.

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


_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds() -> float:
    """CPU time used so far by this process's children and theirs: the dashboard's server and
    Chromium's processes (renderer, GPU, browser). Unlike the wall time it hardly grows with the
    machine's load, so it says what a change saved when other work shares the cores."""
    children: dict[int, list[tuple[int, float]]] = {}
    for name in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        children.setdefault(int(fields[1]), []).append((int(name), (int(fields[11]) + int(fields[12])) / _TICKS))
    total, parents = 0.0, [os.getpid()]
    while parents:
        for pid, used in children.get(parents.pop(), []):
            total += used
            parents.append(pid)
    return total


def time_to_markers(page: object, url: str) -> tuple[float, int]:
    started = time.perf_counter()
    page.goto(url)
    _, events = probe.map_frame(page, timeout_ms=120_000)
    return time.perf_counter() - started, events


def cpu_to_markers(page: object, url: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of server and browser) until the markers are drawn."""
    used = cpu_seconds()
    wall = time_to_markers(page, url)[0]
    return wall, cpu_seconds() - used


SWITCHES = [("Map", "Map"), ("Timeline", "Timeline"), ("Overview", "Strike Atlas")]
"""Page switches by the sidebar's links, as a user makes them: (link, the page's title)."""


def switch_to(page: object, link: str, title: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of server and browser) from a click on the sidebar's link to the
    page drawn: its markers on a page with a map (a new map, not the one left), else its charts."""
    used, leaving = cpu_seconds(), probe.map_frames(page)
    started = time.perf_counter()
    page.locator("[data-testid='stSidebarNav']").get_by_text(link, exact=True).click()
    page.locator("h1", has_text=title).wait_for(timeout=120_000)
    if link in ("Map", "Overview"):
        probe.map_frame(page, timeout_ms=120_000, besides=leaving)
    else:
        page.locator("[data-testid='stVegaLiteChart']").nth(1).wait_for(timeout=120_000)
    return time.perf_counter() - started, cpu_seconds() - used


NEW_FILTERS = ["?actor=Russia", "?country=YE", "?from=2017-01-01&to=2017-12-31", "?min_killed=10"]
"""Filtered URLs that the server has not answered before (its cache misses), as a shared link opens."""


def measure(browser: object, size: int, repeat: int) -> None:
    store = synthetic_store(size)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores; timings under load are longer)", flush=True)
    with probe.dashboard(store.url) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        used = cpu_seconds()
        first, events = time_to_markers(page, url)
        first_cpu = cpu_seconds() - used
        reloads = [cpu_to_markers(page, url) for _ in range(repeat)]
        filtered = [cpu_to_markers(page, url + query) for query in NEW_FILTERS]
        cpu_to_markers(page, url)
        switches = [switch_to(page, link, title) for _ in range(repeat) for link, title in SWITCHES]
        visitors = []
        for _ in range(repeat):  # a new browser context each: nothing of Streamlit's frontend cached
            visitor = browser.new_page(viewport={"width": 1400, "height": 1000})
            visitors.append(cpu_to_markers(visitor, url))
            visitor.close()
        print(f"{size:>9,} events  markers drawn after (wall s, CPU s of server and browser): "
              f"first load {first:5.2f} s, {first_cpu:.2f} CPU s (server's first run); "
              f"new visitor best/median {_spread(visitors)}; reload best/median {_spread(reloads)}; "
              f"new filter URL best/median/worst {_spread(filtered, worst=True)}; "
              f"page switch (map, timeline, overview) best/median/worst {_spread(switches, worst=True)}; "
              f"{events:,} located events "
              f"behind them; map {probe.map_height(page):.0f} px high; load average after: "
              f"{os.getloadavg()[0]:.2f}", flush=True)
        page.close()


def _spread(runs: list[tuple[float, float]], worst: bool = False) -> str:
    """'best/median[/worst] s (best/median CPU s)' of (wall, CPU) runs."""
    walls, cpus = ([run[i] for run in runs] for i in (0, 1))
    tail = f"/{max(walls):.2f}" if worst else ""
    return (f"{min(walls):.2f}/{statistics.median(walls):.2f}{tail} s "
            f"({min(cpus):.2f}/{statistics.median(cpus):.2f} CPU s)")


PAGES = ["", "map", "timeline", "casualties", "upload", "articles", "incidents"]
SIZES = {"desktop": (1400, 1000), "phone": (390, 844)}


def overview(browser: object, path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/sample.db")
        fill_if_empty(store)
        with probe.dashboard(store.url) as url:
            page = browser.new_page(viewport={"width": 1500, "height": 950})
            page.goto(url)
            probe.map_frame(page)
            probe.settled(page)
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
                        probe.settled(page)
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
