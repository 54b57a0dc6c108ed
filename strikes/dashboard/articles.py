"""Stored articles: the list, and one article with each event's evidence marked, its why, and its corrections.

The chosen article lives in the URL (`?article=ID`) so that map popups and table rows can link to it.
"""
from __future__ import annotations

from pathlib import PurePath
from urllib.parse import quote

import pandas as pd
import streamlit as st

from strikes import queries
from strikes.dashboard import resources
from strikes.dashboard.event_detail import article_trace, chosen_id, event_card, set_aside
from strikes.dashboard.evidence import marked_article
from strikes.dashboard.links import article_url, source_url
from strikes.dashboard.markup import plain
from strikes.dashboard.place_search import MAX_PLACES, places_matching
from strikes.dashboard.review import REVIEW_COLUMNS, save_corrections
from strikes.dashboard.tables import editor, table
from strikes.dashboard.uploads import REVIEW_CONFIG, REVIEW_ORDER
from strikes.dashboard.why import match_events
from strikes.store import EventFilter

SAVED_KEY = "article_saved"
TITLE_MARK = "#title="
"""Ends each title link: the table shows what follows it (a fragment, so the page opened is the same)."""


def chosen_article() -> int | None:
    """The article the URL names; one no store could hold is named in a message, not a traceback."""
    return chosen_id("article", "article")


@st.cache_data(max_entries=8, show_spinner=False)
def _place_names(url: str) -> list[str]:
    return queries.place_names(resources.store())


def title_link(article_id: int, title: str | None, origin: str | None, flt: EventFilter) -> str:
    """Where an article's title leads: its web address when it came from one, else its entry here."""
    shown = title or origin or f"Article {article_id}"
    return (source_url(origin) or article_url(article_id, flt)) + TITLE_MARK + quote(shown, safe="")


def article_list(flt: EventFilter) -> None:
    """The stored articles the filter shows (with their matching events), searchable by title, file or place."""
    left, right = st.columns(2)
    search = left.text_input("Search titles and file names", key="article_search", placeholder="e.g. Aleppo")
    place = right.text_input("Search places", key="place_search", placeholder="e.g. hama, Jisr al-Shughur",
                             help="Articles with an event at a place of that name (any case, accents or none)")
    places = None
    if place.strip():
        places = places_matching(_place_names(resources.store().url), place)
        if len(places) > MAX_PLACES:
            st.warning(f"{len(places):,} place names match: type more of the name.")
            return
    frame = resources.articles(resources.store().url, flt, search, None if places is None else tuple(places))
    if frame.empty:
        st.info("No stored article matches." if search or place.strip() or flt != EventFilter()
                else "No articles stored yet: add some on the Upload page.")
        return
    frame["open"] = [article_url(i, flt) for i in frame["id"]]
    frame["title"] = [title_link(i, t, o, flt) for i, t, o in
                      zip(frame["id"], frame["title"].where(frame["title"].notna(), None),
                          frame["origin"].where(frame["origin"].notna(), None))]
    scope = "; events: those matching the filters" if flt != EventFilter() else ""
    if places is not None:
        scope = f"; events: those at {', '.join(plain(p) for p in places[:5])}{' …' if len(places) > 5 else ''}"
    st.caption(f"{len(frame):,} article{'' if len(frame) == 1 else 's'}{scope}")
    table(frame, column_order=["open", "title", "published", "origin", "events", "ingested_at"],
          column_config={"open": st.column_config.LinkColumn("open", display_text="open", width="small"),
                         "title": st.column_config.LinkColumn("title", display_text=f"{TITLE_MARK}(.*)$",
                                                              width="large"),
                         "origin": st.column_config.TextColumn("file or URL"),
                         "published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
                         "ingested_at": st.column_config.DatetimeColumn("stored", format="YYYY-MM-DD HH:mm")})


def article_page(article_id: int, flt: EventFilter) -> None:
    """The article's text with each event's evidence marked and numbered; beside it each event and its why."""
    if SAVED_KEY in st.session_state:
        st.success(st.session_state.pop(SAVED_KEY))
    store = resources.store()
    article = store.article(article_id)
    if article is None:
        st.error(plain(f"No stored article has id “{article_id}”."))
        return
    title = plain(article.title or article.origin or f"Article {article.id}")
    source = source_url(article.origin)
    st.subheader(f"[{title}](<{source}>)" if source else title)
    st.caption(plain(f"published {article.published or 'unknown'} · from {article.origin or 'unknown'} "
                     f"· stored {article.ingested_at:%Y-%m-%d %H:%M}"))
    events = store.article_events(article_id)
    rows = events.to_dict(orient="records")
    trace = article_trace(article.content_hash, article.published, article.text)
    text_side, events_side = st.columns([3, 2])
    text_side.markdown(marked_article(article.text, [str(e or "") for e in events["evidence"]]),
                       unsafe_allow_html=True)
    if not source:
        text_side.download_button("Download the stored text", data=article.text, on_click="ignore",
                                  file_name=f"{PurePath(article.origin or f'article-{article.id}').stem}.txt")
    with events_side:
        st.subheader(f"{len(events)} strike event{'' if len(events) == 1 else 's'}")
        if trace.error:
            st.warning(plain(trace.error))
        twins = match_events(rows, trace.events)
        for number, row in enumerate(rows, 1):
            event_card(row, twins.get(int(row["id"])), number, flt)
        set_aside(trace)
    if not rows:
        return
    _corrections(article_id, events)


def _corrections(article_id: int, events: pd.DataFrame) -> None:
    st.subheader("Correct or delete events")
    store = resources.store()
    editable = events[["id", *REVIEW_COLUMNS]].assign(delete=False)
    edited = editor(editable, key=f"article_{article_id}_events", disabled=["id"],
                    column_order=["delete", *REVIEW_ORDER],
                    column_config={**REVIEW_CONFIG, "delete": st.column_config.CheckboxColumn("delete?")})
    if st.button("Save changes"):
        deleted, updated = save_corrections(store, events, edited, resources.geocode())
        resources.forget_answers()
        st.session_state[SAVED_KEY] = f"Saved: {updated} event{'' if updated == 1 else 's'} corrected, {deleted} deleted."
        st.rerun()
