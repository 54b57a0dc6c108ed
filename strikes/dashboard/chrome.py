"""What every page shares around its content: the page list and a compact, quiet frame."""
from __future__ import annotations

import streamlit as st

PAGES = [
    ("pages/0_overview.py", "Overview", ""),
    ("pages/1_map.py", "Map", "map"),
    ("pages/2_timeline.py", "Timeline", "timeline"),
    ("pages/3_casualties.py", "Casualties", "casualties"),
    ("pages/4_upload.py", "Upload articles", "upload"),
    ("pages/5_articles.py", "Articles", "articles"),
]
"""(script, title in the sidebar and the browser tab, URL path): the links in popups rely on the paths."""

# Streamlit leaves a 6rem band above every page for its (here empty) header.
_STYLE = """<style>
.stMainBlockContainer, [data-testid="stMainBlockContainer"] { padding-top: 2.2rem; }
[data-testid="stSidebarUserContent"] { padding-top: 0.5rem; }
</style>"""


def page_chrome() -> None:
    st.html(_STYLE)
