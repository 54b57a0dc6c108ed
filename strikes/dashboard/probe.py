"""Run the dashboard and look at its map as a person would: a real server, headless Chromium.

Only a browser shows whether the map draws: AppTest cannot see inside the st_folium iframe. The
browser test and the browser benchmark share these helpers. Chromium is Debian's (a test tool
cannot download its own here), launched without sandbox, GPU or background network.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from strikes.store import DB_ENV, REPO_ROOT

if TYPE_CHECKING:  # Playwright is a development requirement, not the dashboard's
    from playwright.sync_api import Frame, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Events behind the markers of every cluster group on the map (a marker stands for
# `options.events` events: 1 for a single event, more for a grid cell), once they are drawn.
_COUNT_MARKERS = """() => {
    if (!window.map || !window.L || !L.MarkerClusterGroup) return null;
    let events = null, shown = 0;
    for (const id in window.map._layers) {
        const layer = window.map._layers[id];
        if (layer instanceof L.MarkerClusterGroup) {
            events = (events || 0) + layer.getLayers().reduce((n, m) => n + m.options.events, 0);
            shown += layer._featureGroup.getLayers().length;  // clusters and lone markers on screen
        }
    }
    return events === null || (events > 0 && shown === 0) ? null : events;
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def dashboard(db_url: str, timeout: float = 60) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free localhost port over the given store; yields its URL."""
    port = free_port()
    env = {**os.environ, DB_ENV: db_url}
    command = [sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "dashboard.py"),
               "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
               "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"]
    server = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"dashboard did not start: {server.stderr.read().decode()[-2000:]}")
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def map_frame(page: Page, timeout_ms: int = 60_000, besides: frozenset[Frame] = frozenset()) -> tuple[Frame, int]:
    """The st_folium frame once Leaflet has drawn its markers, and the events they stand for
    (a frame other than `besides`: the maps of a page the browser is leaving)."""
    waited = 0
    while waited < timeout_ms:
        for frame in page.frames:
            if "st_folium" in frame.url and frame not in besides:
                try:
                    events = frame.evaluate(_COUNT_MARKERS)
                except Exception:  # the frame navigated or is still loading: look again
                    events = None
                if events is not None:
                    return frame, events
        page.wait_for_timeout(100)
        waited += 100
    raise TimeoutError("the map did not draw its markers")


def settled(page: Page, timeout_ms: int = 60_000) -> None:
    """Wait until what waits for a visitor's first map (strikes/dashboard/firstmap.py) has been drawn."""
    page.wait_for_function("() => !document.body.innerText.includes('once the map is drawn')", timeout=timeout_ms)


def map_frames(page: Page) -> frozenset[Frame]:
    """The st_folium frames the page holds now."""
    return frozenset(frame for frame in page.frames if "st_folium" in frame.url)


def map_height(page: Page) -> float:
    box = page.locator("iframe[title='streamlit_folium.st_folium']").first.bounding_box()
    return box["height"] if box else 0.0


def screenshot(page: Page, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path
