"""Upload, extract, review, save: how a user adds articles from the dashboard.

Each file is read and extracted on its own, so one unreadable file is reported and the rest of
the batch still goes through; an article already stored is recognised before review and never
stored twice.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import streamlit as st

from strikes import reference
from strikes.dashboard import resources
from strikes.dashboard.markup import plain
from strikes.dashboard.places import country_codes, country_name
from strikes.dashboard.review import Pending, events_frame, events_from_frame, located_as_reviewed
from strikes.dashboard.tables import editor
from strikes.extract import extract_events
from strikes.locate import locate_unlocated, online_enabled, online_geocode
from strikes.readers import MAX_BYTES, UnreadableArticle, make_article, read_upload
from strikes.store import Store

FILE_TYPES = ["txt", "md", "html", "htm", "pdf", "docx"]
PENDING_KEY = "upload_pending"
SAVED_KEY = "upload_saved"
PASTED_NAME = "pasted text"


REFERENCE_KEY = "reference_file"

REVIEW_ORDER = ["date", "place", "country", "actor", "killed", "civilians_killed", "wounded", "strikes",
                "source", "evidence", "target", "actor_country", "admin1", "lat", "lon", "geo_precision"]
"""The review table's columns, the ones a reviewer checks first on screen first."""

REVIEW_CONFIG = {
    "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
    "country": st.column_config.SelectboxColumn("country", options=country_codes(), format_func=country_name),
    "civilians_killed": st.column_config.NumberColumn("civilians killed", min_value=0, step=1),
    "killed": st.column_config.NumberColumn("killed", min_value=0, step=1),
    "wounded": st.column_config.NumberColumn("wounded", min_value=0, step=1),
    "strikes": st.column_config.NumberColumn("strikes", min_value=0, step=1),
    "evidence": st.column_config.TextColumn("evidence", width="large"),
    "actor_country": st.column_config.TextColumn("actor's country"),
    "admin1": st.column_config.TextColumn("region"),
    "geo_precision": st.column_config.NumberColumn("location precision", min_value=1, max_value=3, step=1),
}
"""Headers in words, ISO dates and countries by name (the store keeps their codes), for the upload review and
the article page's corrections alike."""


def read_batch(
    store: Store,
    files: Sequence[tuple[str, bytes]],
    published: dt.date | None = None,
    progress: Callable[[float, str], None] = lambda done, name: None,
) -> tuple[list[Pending], list[str]]:
    """Every readable file with its extracted events, and a plain reason for each file that is not.

    `progress` is told the share done and the file being read ("" once all are read).
    """
    pending: list[Pending] = []
    failed: list[str] = []
    geocode = online_geocode(store) if online_enabled() else None
    for done, (name, data) in enumerate(files):
        progress(done / len(files), name)
        try:
            article = (make_article(data.decode("utf-8"), PASTED_NAME, published, origin=PASTED_NAME)
                       if name == PASTED_NAME else read_upload(name, data, published))
        except (UnreadableArticle, UnicodeDecodeError) as err:
            failed.append(f"{name}: {err}")
            continue
        if store.has_article(article.content_hash):
            pending.append(Pending(name, article, events_frame([]), duplicate=True))
            continue
        events = extract_events(article)
        if geocode is not None:
            events = locate_unlocated(events, geocode)
        pending.append(Pending(name, article, events_frame(events)))
    progress(1.0, "")
    return pending, failed


def upload_form() -> None:
    """Files or pasted text in; extracted events kept in the session for review."""
    limit = MAX_BYTES // (1024 * 1024)
    files = st.file_uploader(f"Articles (.txt, .md, .html, .pdf, .docx; up to {limit} MB each)",
                             type=FILE_TYPES, accept_multiple_files=True)
    pasted = st.text_area("…or paste an article's text", height=160)
    published = st.date_input("Publication date, if the text has no dateline", value=None)
    # Never disabled: a text area reports its text only when it loses focus, so a button enabled by
    # the text would need a first click just to blur the box.
    if not st.button("Extract strikes", type="primary"):
        return
    if not (files or pasted.strip()):
        st.warning("Choose files or paste an article's text first.")
        return
    batch = [(f.name, f.getvalue()) for f in files or []]
    if pasted.strip():
        batch.append((PASTED_NAME, pasted.encode("utf-8")))
    bar = st.progress(0.0, "Reading…")
    pending, failed = read_batch(resources.store(), batch, published,
                                 lambda done, name: bar.progress(
                                     done, f"Extracting {name}…" if name else f"{len(batch)} read"))
    st.session_state[PENDING_KEY] = pending
    st.session_state["upload_failed"] = failed


def review_and_save() -> None:
    """The extracted events per article, editable; saving stores each article with its reviewed events."""
    for message in st.session_state.pop(SAVED_KEY, []):
        st.success(message)
    for reason in st.session_state.get("upload_failed", []):
        st.error(plain(f"Could not read {reason}"))
    pending: list[Pending] = st.session_state.get(PENDING_KEY, [])
    if not pending:
        return
    st.subheader("Review the extracted strikes")
    reviewed = {}
    for i, item in enumerate(pending):
        title = item.article.title or item.name
        if item.duplicate:
            st.warning(plain(f"{item.name}: “{title}” is already stored; nothing will be saved."))
            continue
        found = len(item.events)
        st.markdown(f"**{plain(item.name)}**: “{plain(title)}”, {found} strike event{'' if found == 1 else 's'} found")
        reviewed[i] = editor(item.events, key=f"review_{i}", num_rows="dynamic", column_order=REVIEW_ORDER,
                             column_config=REVIEW_CONFIG)
    if not reviewed or not st.button("Save reviewed articles", type="primary"):
        return
    store = resources.store()
    saved = []
    for i, item in enumerate(pending):
        if item.duplicate:
            continue
        located = located_as_reviewed(item.events, reviewed[i], resources.geocode())
        result = store.add(item.article, events_from_frame(located))
        if result.duplicate:
            saved.append(plain(f"{item.name}: already stored; nothing saved."))
        else:
            stored = result.events_stored
            saved.append(plain(f"{item.name}: saved with {stored} strike event{'' if stored == 1 else 's'}."))
    del st.session_state[PENDING_KEY]
    st.session_state.pop("upload_failed", None)
    st.session_state[SAVED_KEY] = saved
    resources.forget_answers()
    st.rerun()  # from the top, so that the sidebar's counts and filters include what was saved


def reference_messages(summary: reference.ImportSummary) -> list[tuple[str, str]]:
    """What an import came to, as (kind of message, Markdown-safe text): how many rows were stored and
    how many an extracted incident reports, what was left out as not a strike, and each refused row
    by its line, so that nothing in the file goes unaccounted for."""
    name = plain(summary.name)
    said: list[tuple[str, str]] = []
    if summary.origin is not None:
        rows = f"{summary.imported} row{'' if summary.imported == 1 else 's'}"
        said.append(("success" if summary.imported else "warning",
                     f"{name} ({summary.origin}): {rows} imported, {summary.matched} of them reported in your "
                     f"articles (matched to an extracted incident)."))
    if summary.skipped:
        said.append(("info", f"{summary.skipped} row{'' if summary.skipped == 1 else 's'} left out: "
                             "not an air or drone strike."))
    for problem in summary.problems:
        where = f"{name}, line {problem.line}" if problem.line else name
        said.append(("error", f"{where}: {plain(problem.reason)}"))
    return said


def reference_form() -> None:
    """An ACLED export or UCDP GED CSV in; its air strikes stored beside the extracted events (in a
    layer of their own on the map), and what came of every row said."""
    st.subheader("Reference data (ACLED / UCDP)")
    st.caption("An ACLED export or a UCDP GED file (CSV). Its air and drone strikes are kept under their own "
               "ids, shown as a layer of their own on the map and matched to the incidents of your articles; "
               "importing a newer export updates the rows it shares with the last one.")
    export = st.file_uploader("ACLED or UCDP GED export (.csv)", type=["csv"], key=REFERENCE_KEY)
    if not st.button("Import reference data"):
        return
    if export is None:
        st.warning("Choose an ACLED or UCDP GED CSV file first.")
        return
    with st.spinner("Importing…"):
        summary = reference.import_data(resources.store(), export.name, export.getvalue())
    if summary.imported:
        resources.forget_answers()
    say = {"success": st.success, "warning": st.warning, "info": st.info, "error": st.error}
    for kind, text in reference_messages(summary):
        say[kind](text)
