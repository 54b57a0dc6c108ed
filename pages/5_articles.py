"""Articles: what is stored; one article with its evidence marked and its events editable."""
import streamlit as st

from strikes.dashboard.articles import article_list, article_page, chosen_article
from strikes.dashboard.filters import sidebar_filters

st.set_page_config(page_title="Articles · Strike Atlas", layout="wide")
st.title("Articles")
sidebar_filters()
chosen = chosen_article()
if chosen is None:
    article_list()
else:
    st.markdown("[← All articles](/articles)")
    article_page(chosen)
