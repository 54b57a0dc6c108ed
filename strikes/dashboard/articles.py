"""Stored articles: the list, and one article with its evidence marked and its events editable.

The chosen article lives in the URL (`?article=ID`) so that map popups and table rows can link to it.
"""
from __future__ import annotations

import streamlit as st

from strikes.dashboard import resources
from strikes.dashboard.markup import article_url, highlight, plain
from strikes.dashboard.review import REVIEW_COLUMNS, save_corrections
from strikes.dashboard.uploads import REVIEW_CONFIG, REVIEW_ORDER
from strikes.store import EventFilter


SAVED_KEY = "article_saved"
MAX_ID = 2**63 - 1
"""The largest id a database column holds: a larger one in a URL is no stored article's."""


def chosen_article() -> int | None:
    """The article the URL names; one no store could hold is named in a message, not a traceback."""
    text = st.query_params.get("article")
    if text is None:
        return None
    try:
        article_id = int(text)
    except ValueError:
        article_id = 0
    if not 1 <= article_id <= MAX_ID:
        st.error(plain(f"No stored article has id “{text}”."))
        return None
    return article_id


def article_list(flt: EventFilter) -> None:
    """The stored articles the filter shows (with their matching events), searchable by title or file."""
    search = st.text_input("Search titles and file names", key="article_search", placeholder="e.g. Aleppo")
    frame = resources.articles(resources.store().url, flt, search)
    if frame.empty:
        st.info("No stored article matches." if search or flt != EventFilter()
                else "No articles stored yet: add some on the Upload page.")
        return
    frame["open"] = [article_url(i) for i in frame["id"]]
    frame["title"] = frame["title"].fillna("")
    st.caption(f"{len(frame):,} article{'' if len(frame) == 1 else 's'}"
               + ("; events: those matching the filters" if flt != EventFilter() else ""))
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_order=["open", "title", "published", "origin", "events", "ingested_at"],
                 column_config={"open": st.column_config.LinkColumn("open", display_text="open", width="small"),
                                "origin": st.column_config.TextColumn("file or URL"),
                                "published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
                                "ingested_at": st.column_config.DatetimeColumn("stored", format="YYYY-MM-DD HH:mm")})


def article_page(article_id: int) -> None:
    """The article's text with the sentences its events were read from marked, then its events."""
    if SAVED_KEY in st.session_state:
        st.success(st.session_state.pop(SAVED_KEY))
    store = resources.store()
    article = store.article(article_id)
    if article is None:
        st.error(plain(f"No stored article has id “{article_id}”."))
        return
    st.subheader(plain(article.title or article.origin or f"Article {article.id}"))
    st.caption(plain(f"published {article.published or 'unknown'} · from {article.origin or 'unknown'} "
                     f"· stored {article.ingested_at:%Y-%m-%d %H:%M}"))
    events = store.article_events(article_id)
    st.markdown(highlight(article.text, list(events["evidence"])), unsafe_allow_html=True)
    st.subheader(f"{len(events)} strike event{'' if len(events) == 1 else 's'}")
    if events.empty:
        return
    editable = events[["id", *REVIEW_COLUMNS]].assign(delete=False)
    edited = st.data_editor(editable, key=f"article_{article_id}_events", hide_index=True, disabled=["id"],
                            width="stretch", column_order=["delete", *REVIEW_ORDER],
                            column_config={**REVIEW_CONFIG, "delete": st.column_config.CheckboxColumn("delete?")})
    if st.button("Save changes"):
        deleted, updated = save_corrections(store, events, edited, resources.geocode())
        resources.forget_answers()
        st.session_state[SAVED_KEY] = f"Saved: {updated} event{'' if updated == 1 else 's'} corrected, {deleted} deleted."
        st.rerun()
