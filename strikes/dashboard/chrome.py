"""What every page shares around its content: the page list and a compact, quiet frame."""
from __future__ import annotations

import streamlit as st

PAGES = [
    ("app_pages/0_overview.py", "Overview", ""),
    ("app_pages/1_map.py", "Map", "map"),
    ("app_pages/2_timeline.py", "Timeline", "timeline"),
    ("app_pages/3_casualties.py", "Casualties", "casualties"),
    ("app_pages/4_upload.py", "Upload articles", "upload"),
    ("app_pages/5_articles.py", "Articles", "articles"),
    ("app_pages/7_incidents.py", "Incidents", "incidents"),
]
"""(script, title in the sidebar and the browser tab, URL path): the links in popups rely on the paths."""

LINKED_PAGES = [
    ("app_pages/6_event.py", "Strike event", "event"),
]
"""Pages reached only by a link (an event's permalink): routed, but not listed in the sidebar."""

MAP_PAGES = frozenset({"", "map"})
"""URL paths of the pages that lead with a map: on a visitor's first view of one, what is not the map
waits until the browser has drawn it (strikes/dashboard/firstmap.py), the sidebar's widgets too."""

# Streamlit leaves a 6rem band above every page for its (here empty) header.
_STYLE = """<style>
.stMainBlockContainer, [data-testid="stMainBlockContainer"] { padding-top: 2.2rem; }
[data-testid="stSidebarUserContent"] { padding-top: 0.5rem; }
</style>"""


def page_config(title: str) -> None:
    """The browser tab's title and icon, and the wide layout; first in every run."""
    st.set_page_config(page_title=f"{title} · Strike Atlas", page_icon="🗺️", layout="wide")


def page_chrome() -> None:
    st.html(_STYLE)
