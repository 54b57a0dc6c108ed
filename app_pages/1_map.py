"""Map: every filtered event, coloured by actor and sized by casualties, beside a feed of the newest."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_filter

st.title("Map")
flt = current_filter()
left, right = st.columns([4, 1])
with left:
    views.event_map(flt, height=680)
with right:
    views.event_feed(flt)
