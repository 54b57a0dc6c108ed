"""Overview, the landing page: the map beside the timeline and the table, all under the same filters,
counting incidents (each strike once) or raw events as the sidebar says."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_counting, current_filter, current_references

st.title("Strike Atlas")
flt, counting = current_filter(), current_counting()
left, right = st.columns([3, 2])
with left:
    views.event_map(flt, height=560, counting=counting, references=current_references())
with right:
    views.timeline(flt, period="week", casualties=False, counting=counting)
    views.events_table(flt, limit=500, height=300, counting=counting)
