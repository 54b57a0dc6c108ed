"""Everything the first page needs, made before the server takes its first visitor.

Without this, the first visitor after a start pays for importing the map and chart libraries,
opening (and, on a new store, filling) the store, the first queries, the map's rendering and
Streamlit's own first-run costs: seconds of a blank page. `dashboard.py` hands `warm_up` to
Streamlit's server as its start-up hook. It runs the landing page itself, outside any session
(Streamlit then draws nothing), with the filter a visitor without one in the URL gets: the
answers land in the same Streamlit caches under the same keys the visitor's first run reads
(Streamlit keys an answer on its arguments as passed, so asking for "the same" in another way
would fill entries no page reads; tests/test_dashboard_warmup.py checks that none is missed).

Once warm, the server's objects are frozen out of Python's cyclic garbage collector: Streamlit
collects every generation after every page run (`runner.postScriptGC`), and that walked the
~200k objects that the imports and the warm-up made and that live as long as the server, with
the interpreter lock held, so no message reached a browser meanwhile: 0.2 to 0.35 s of each run
(a new visitor's landing page makes two runs), a third of the server's CPU time for a visitor.
"""
from __future__ import annotations

import asyncio
import gc
import logging
import runpy
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

from strikes.store import REPO_ROOT

_LOG = logging.getLogger("strikes.dashboard")
_OUTSIDE_A_PAGE = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
"""Where Streamlit warns that it runs outside a page (the warm-up's point): silenced while it does."""


def warm() -> float:
    """Open the store and run the landing page once, as a new visitor's first run will; the seconds it took."""
    started = time.perf_counter()
    from strikes.dashboard import resources
    from strikes.dashboard.chrome import PAGES, page_config
    from strikes.dashboard.filters import hold_landing_view
    from strikes.dashboard.mapframe import serve_component

    serve_component()
    _LOG.warning("Opening the event store (filled from sample_articles/ if it is new)…")
    script, title, _ = PAGES[0]
    with _outside_a_page():
        url = resources.store().url
        hold_landing_view(url)
        page_config(title)
        runpy.run_path(str(REPO_ROOT / script))
    return time.perf_counter() - started


@contextmanager
def _outside_a_page() -> Iterator[None]:
    level = _OUTSIDE_A_PAGE.level
    _OUTSIDE_A_PAGE.setLevel(logging.ERROR)
    try:
        yield
    finally:
        _OUTSIDE_A_PAGE.setLevel(level)


def settle() -> None:
    """Collect the start's garbage once, then leave every object still alive out of later collections
    (they live as long as the server; what a page run makes is still collected after it)."""
    gc.collect()
    gc.freeze()


@asynccontextmanager
async def warm_up(app: Any) -> AsyncIterator[None]:
    """The server's start-up hook: warm before the first request is served."""
    seconds = await asyncio.to_thread(warm)
    settle()
    _LOG.warning("Dashboard warmed in %.1f s", seconds)
    yield
