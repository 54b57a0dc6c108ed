"""Overview, the landing page: the map beside the timeline and the table, all under the same filters,
counting incidents (each strike once) or raw events as the sidebar says. On a visitor's first
view the timeline and the table wait for the map to be drawn (strikes/dashboard/firstmap.py)."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_counting, current_filter, current_references
from strikes.dashboard.firstmap import after_the_map, map_drawn

st.title("Strike Atlas")
flt, counting = current_filter(), current_counting()
left, right = st.columns([3, 2])
with left:
    views.event_map(flt, height=560, counting=counting, references=current_references())
with right:
    if map_drawn():
        views.timeline(flt, period="week", casualties=False, counting=counting)
        views.events_table(flt, limit=500, height=300, counting=counting)
    else:
        after_the_map("The timeline and the table")
