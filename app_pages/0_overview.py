"""Overview, the landing page: the map beside the timeline and the casualty table, all under the same filters."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_filter

st.title("Strike Atlas")
flt = current_filter()
left, right = st.columns([3, 2])
with left:
    views.event_map(flt, height=560)
with right:
    views.timeline(flt, period="week", casualties=False)
    views.events_table(flt, limit=500, height=300)
