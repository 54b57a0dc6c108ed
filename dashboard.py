"""Strike Atlas: `streamlit run dashboard.py` serves the map dashboard over the event store.

This file is the landing page (Overview: the map beside the timeline and the casualty table, all
under the same filters); the other pages are the files in `pages/`, Streamlit's own convention,
so that every page, deep links included, is served the same way from the first request.
"""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import sidebar_filters

st.set_page_config(page_title="Strike Atlas", layout="wide")
st.title("Strike Atlas")
flt = sidebar_filters()
left, right = st.columns([3, 2])
with left:
    views.event_map(flt, height=560)
with right:
    views.timeline(flt, period="week", casualties=False)
    views.events_table(flt, limit=500, height=300)
