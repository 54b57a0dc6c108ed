"""Upload: add articles, review the strikes read from them, save; import reference data."""
import streamlit as st

from strikes.dashboard.uploads import reference_form, review_and_save, upload_form

st.title("Upload articles")
upload_form()
review_and_save()
st.divider()
reference_form()
