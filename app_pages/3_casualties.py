"""Casualties: the filtered incidents (or events) as a sortable table, totals per actor and country, downloads."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_counting, current_filter

st.title("Casualties")
flt, counting = current_filter(), current_counting()
views.downloads(flt, counting)
views.events_table(flt, counting=counting)
views.totals(flt, counting)
