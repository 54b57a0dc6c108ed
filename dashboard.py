"""Strike Atlas: `streamlit run dashboard.py` serves the map dashboard over the event store.

The entry point only declares the pages; each page in `pages/` reads the shared filters and draws.
"""
import streamlit as st

st.set_page_config(page_title="Strike Atlas", layout="wide")
st.navigation([
    st.Page("pages/overview.py", title="Overview", default=True),
    st.Page("pages/map.py", title="Map"),
    st.Page("pages/timeline.py", title="Timeline"),
    st.Page("pages/casualties.py", title="Casualties"),
    st.Page("pages/upload.py", title="Upload"),
    st.Page("pages/articles.py", title="Articles"),
]).run()
