"""Everything the first page needs, made before the server takes its first visitor.

Without this, the first visitor after a start pays for importing the map and chart libraries,
opening (and, on a new store, filling) the store, the first queries and the basemap's JSON: seconds
of a blank page. `dashboard.py` hands `warm_up` to Streamlit's server as its start-up hook; the
answers land in the same Streamlit caches the pages read, so the first page finds them made.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

_LOG = logging.getLogger("strikes.dashboard")


def warm() -> float:
    """Open the store and answer the unfiltered Overview once; the seconds it took."""
    started = time.perf_counter()
    # Not `views`: it imports streamlit_folium, whose component must be declared once the server
    # runs (declared now, its files are not served and the map never loads).
    import altair  # noqa: F401

    from strikes.dashboard import charts, resources  # noqa: F401
    from strikes.dashboard.basemap import tiles_from_env
    from strikes.dashboard.mapview import build_map
    from strikes.dashboard.palette import actor_colours
    from strikes.store import EventFilter

    _LOG.warning("Opening the event store (filled from sample_articles/ if it is new)…")
    url = resources.store().url
    flt = EventFilter()
    colours = actor_colours(resources.choices(url).actors)
    resources.counts(url, flt)
    resources.timeline(url, flt, "week")
    resources.events(url, flt, 500)
    build_map(resources.map_data(url, flt), colours, tiles_from_env()).get_root().render()
    return time.perf_counter() - started


@asynccontextmanager
async def warm_up(app: Any) -> AsyncIterator[None]:
    """The server's start-up hook: warm before the first request is served."""
    seconds = await asyncio.to_thread(warm)
    _LOG.warning("Dashboard warmed in %.1f s", seconds)
    yield
