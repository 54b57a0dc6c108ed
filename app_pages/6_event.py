"""Event: one strike event in full, at its permalink (`/event?event=ID`), with why it was read so."""
import streamlit as st

from strikes.dashboard.event_detail import event_view
from strikes.dashboard.filters import current_counting, current_filter

st.title("Strike event")
event_view(current_filter(), current_counting())
