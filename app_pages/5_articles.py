"""Articles: what is stored; one article with its evidence marked and its events editable."""
import streamlit as st

from strikes.dashboard.articles import article_list, article_page, chosen_article
from strikes.dashboard.filters import current_filter

st.title("Articles")
chosen = chosen_article()
if chosen is None:
    article_list(current_filter())
else:
    st.markdown("[← All articles](/articles)")
    article_page(chosen)
