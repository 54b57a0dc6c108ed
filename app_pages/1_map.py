"""Map: every filtered event, coloured by actor and sized by casualties; a heatmap layer to toggle."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_filter

st.title("Map")
views.event_map(current_filter(), height=680)
