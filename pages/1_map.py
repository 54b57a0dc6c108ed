"""Map: every filtered event, coloured by actor and sized by casualties; a heatmap layer to toggle."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import sidebar_filters

st.set_page_config(page_title="Map · Strike Atlas", layout="wide")
st.title("Map")
views.event_map(sidebar_filters(), height=680)
