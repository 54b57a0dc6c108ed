"""Upload: add articles, review the strikes read from them, save."""
import streamlit as st

from strikes.dashboard.filters import sidebar_filters
from strikes.dashboard.uploads import review_and_save, upload_form

st.set_page_config(page_title="Upload articles · Strike Atlas", layout="wide")
st.title("Upload articles")
sidebar_filters()
upload_form()
review_and_save()
