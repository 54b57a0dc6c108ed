"""Timeline: strike events per day or week by actor, and the killed over time."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import sidebar_filters

st.set_page_config(page_title="Timeline · Strike Atlas", layout="wide")
st.title("Timeline")
flt = sidebar_filters()
period = st.segmented_control("Per", ["day", "week"], default="week", key="timeline_period") or "week"
views.timeline(flt, period)
