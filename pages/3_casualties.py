"""Casualties: the filtered events as a sortable table, totals per actor and country, downloads."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import sidebar_filters

st.set_page_config(page_title="Casualties · Strike Atlas", layout="wide")
st.title("Casualties")
flt = sidebar_filters()
views.downloads(flt)
views.events_table(flt)
views.totals(flt)
