"""Strike Atlas: `streamlit run dashboard.py` serves the map dashboard over the event store.

This file is the router: it draws what every page shares (the chrome and the sidebar filters),
then runs the page the URL names. The filters live here, not in the pages, so that Streamlit keeps
their state for the whole session: a filter set on one page is still set on the next, and the URL,
rewritten from the filters on every run, can be shared or reloaded. On a visitor's first view of a
page that leads with a map, the filters' widgets wait for the map, as the rest of that page does
(strikes/dashboard/firstmap.py).

Imported rather than run (`streamlit run` looks for `app`), it is the server, which opens the
store and answers the first page's queries before it takes a visitor (strikes/dashboard/warmup.py).

The pages live in `app_pages/`, not `pages/`: Streamlit runs a page of a `pages/` folder on its
own (without this router) on a fresh server's first request, so a shared deep link would open
without its filters.
"""
import streamlit as st

if __name__ == "__main__":  # Streamlit runs this file as a script for each page view
    from strikes.dashboard.chrome import LINKED_PAGES, MAP_PAGES, PAGES, page_chrome, page_config
    from strikes.dashboard.filters import hold_filters, sidebar_filters

    page = st.navigation([st.Page(path, title=title, url_path=url, default=not url) for path, title, url in PAGES]
                         + [st.Page(path, title=title, url_path=url, visibility="hidden") for path, title, url in LINKED_PAGES])
    page_config(page.title)
    page_chrome()
    first_run = hold_filters()
    sidebar_filters(widgets=not (first_run and page.url_path in MAP_PAGES))
    page.run()
else:  # `streamlit run dashboard.py` imports it to find the server: one that warms up before serving
    from strikes.dashboard.warmup import warm_up

    app = st.App(__file__, lifespan=warm_up)
