"""Map: every filtered incident (or event), coloured by actor, sized by casualties and ringed by its
grade, with the reference datasets in their own layers, beside a feed of the newest."""
import streamlit as st

from strikes.dashboard import views
from strikes.dashboard.filters import current_counting, current_filter, current_references

st.title("Map")
flt, counting = current_filter(), current_counting()
left, right = st.columns([4, 1])
with left:
    views.event_map(flt, height=680, counting=counting, references=current_references())
with right:
    views.event_feed(flt, counting=counting)
