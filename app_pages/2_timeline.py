"""Timeline: incidents (or strike events) per day or week by actor, and the killed over time."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_counting, current_filter

st.title("Timeline")
flt = current_filter()
period = st.segmented_control("Per", ["day", "week"], default="week", key="timeline_period") or "week"
views.timeline(flt, period, counting=current_counting())
