"""Articles: what is stored; one article with each event's evidence marked, its why, and its corrections."""
import streamlit as st

from strikes.dashboard.articles import article_list, article_page, chosen_article
from strikes.dashboard.filters import current_filter
from strikes.dashboard.links import articles_url

st.title("Articles")
flt = current_filter()
chosen = chosen_article()
if chosen is None:
    article_list(flt)
else:
    st.markdown(f"[← All articles]({articles_url(flt)})")
    article_page(chosen, flt)
