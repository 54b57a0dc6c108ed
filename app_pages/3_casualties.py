"""Casualties: the filtered events as a sortable table, totals per actor and country, downloads."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_filter

st.title("Casualties")
flt = current_filter()
views.downloads(flt)
views.events_table(flt)
views.totals(flt)
