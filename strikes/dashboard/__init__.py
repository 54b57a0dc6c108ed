"""The Streamlit dashboard's building blocks; the pages in `app_pages/` only call these.

Streamlit-free modules (offline assets, basemap, popups, map building) are tested directly; the
modules that call Streamlit (resources, filters, views) are tested through AppTest.
"""
