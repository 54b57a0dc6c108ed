"""The map first: on a visitor's first page, what else is heavy waits until the browser has drawn the map.

The timeline (Vega), the tables (Glide's data grid) and the map's iframe share the browser's one
main thread. Sent in the same run, the charts and grids won: at 100k events Chromium compiled
and drew them for seconds while the map's iframe had not even fetched its script (traced with
bench/browser_map.py's setting; a page of the map alone drew its markers in half the time). So
until the map says it has drawn (mapview's `_Drawn`, asked for by `mapframe.draw(report=True)`),
a page draws the map and a line saying what follows; the map's report reruns the page, which then
draws the rest from the same cached answers. On the session's first run the sidebar's widgets wait
too (the router's choice, `chrome.MAP_PAGES`): their forty-odd scripts, fetched and compiled
before the component's own, held back the map's iframe by half a second. Once a map has drawn in
a session nothing waits, so a filter change or a page switch redraws everything at once, with no
flicker.

Outside a visitor's session (the server's warm-up runs the landing page to fill the caches) there
is no browser to wait for, and everything is drawn.
"""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

MAP_DRAWN_KEY = "map_drawn"
"""Session state: a map has drawn in this browser session."""


def map_drawn() -> bool:
    """Whether the rest of the page may be drawn: a map has drawn in this session, or no browser waits."""
    return get_script_run_ctx() is None or bool(st.session_state.get(MAP_DRAWN_KEY))


def note_map_drawn() -> None:
    st.session_state[MAP_DRAWN_KEY] = True


def after_the_map(what: str) -> None:
    """What the page draws in place of `what` while the map draws."""
    st.caption(f"{what} will appear once the map is drawn…")
