"""One event in full: its facts, the sentences it was read from, and why extraction made it.

Drawn on the event's own page (its permalink) and beside each event on its article's page. The
"why" comes from the article's extraction trace (strikes/dashboard/why.py), made once per article
text and kept in Streamlit's cache. Every value that comes from an article or a user's edit is
untrusted and reaches Markdown through `plain`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from strikes import queries
from strikes.queries import Counting
from strikes.dashboard import resources
from strikes.dashboard.links import article_url, event_url, source_url
from strikes.dashboard.markup import plain
from strikes.dashboard.places import country_name
from strikes.dashboard.why import ArticleTrace, TracedEvent, match_events, trace_article
from strikes.store import EventFilter

PRECISION_WORDS = {1: "the place itself", 2: "near or in part of the place", 3: "only its region"}
MAX_ID = 2**63 - 1
"""The largest id a database column holds: a larger one in a URL is no stored row's."""


@st.cache_data(max_entries=256, show_spinner="Retracing how the article was read…")
def article_trace(content_hash: str, published: dt.date | None, _text: str) -> ArticleTrace:
    """The article's trace, once per text and date (the hash stands for the text in the cache's key)."""
    return trace_article(_text, published)


def chosen_id(name: str, noun: str) -> int | None:
    """The id the URL gives as `name`; one no store could hold is named in a message, not a traceback."""
    text = st.query_params.get(name)
    if text is None:
        return None
    try:
        chosen = int(text)
    except ValueError:
        chosen = 0
    if not 1 <= chosen <= MAX_ID:
        st.error(plain(f"No stored {noun} has id “{text}”."))
        return None
    return chosen


def _stated(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "not stated"
    return f"{int(value):,}" if isinstance(value, (int, float)) else plain(str(value))


def _given(row: Mapping[str, Any], name: str) -> bool:
    value = row.get(name)
    return value is not None and (isinstance(value, str) or not pd.isna(value)) and str(value) != ""


def heading(row: Mapping[str, Any]) -> str:
    """'2015-09-30 · Homs, Syria · Russia' as safe Markdown."""
    day = row["date"].isoformat() if _given(row, "date") else "date not stated"
    where = plain(str(row["place"])) if _given(row, "place") else "place not stated"
    if _given(row, "country"):
        where += f", {plain(country_name(row['country']))}"
    actor = plain(str(row["actor"])) if _given(row, "actor") else "unknown"
    return f"{day} · {where} · {actor}"


def facts(row: Mapping[str, Any]) -> str:
    """Date, place, attacker, tolls, strikes and source, one per line, "not stated" where the article is silent."""
    lines = [f"**date**: {row['date'].isoformat() if _given(row, 'date') else 'not stated'}"
             + (f" ({plain(str(row['date_precision']))} precision)"
                if _given(row, "date_precision") and row["date_precision"] != "day" else "")]
    place = plain(str(row["place"])) if _given(row, "place") else "not stated"
    region = ", ".join(plain(str(part)) for part in (row.get("admin1"), country_name(row.get("country")))
                       if part and not pd.isna(part) and part != row.get("place"))
    precision = PRECISION_WORDS.get(int(row["geo_precision"])) if _given(row, "geo_precision") else None
    lines.append(f"**place**: {place}" + (f", {region}" if region else "")
                 + (f" (located: {precision})" if precision else " (not located)"
                    if not _given(row, "lat") else ""))
    attacker = plain(str(row["actor"])) if _given(row, "actor") else "unknown"
    if _given(row, "actor_country") and country_name(row["actor_country"]) != row.get("actor"):
        attacker += f" ({plain(country_name(row['actor_country']))})"
    lines.append(f"**attacker**: {attacker}")
    lines.append(" · ".join(f"**{label}**: {_stated(row.get(name))}" for name, label in
                            (("killed", "killed"), ("civilians_killed", "civilians killed"),
                             ("wounded", "wounded"), ("strikes", "strikes"))))
    lines.append(f"**source**: {_stated(row.get('source'))}")
    return "  \n".join(lines)


def why(traced: TracedEvent | None) -> str:
    """The rules behind the event, by what they decided, and the geocoder's reason, as safe Markdown."""
    if traced is None:
        return ("*No trace: extraction, run on this article today, makes no event like this one. It was added "
                "or corrected by hand, or the rules have changed since it was stored.*")
    lines = []
    for verb, reasons in traced.by_stage():
        lines.append(f"**{verb}**: " + "; ".join(f"`{r.rule}` {plain(r.says)}" for r in reasons))
    lines.append(f"**located** (the gazetteer's reason): {plain(traced.located)}")
    return "  \n".join(lines)


def set_aside(trace: ArticleTrace) -> None:
    """The candidate sentences that gave no event, each with the rule that set it aside (folded)."""
    if not trace.set_aside:
        return
    rules_of: dict[str, list[str]] = {}  # a sentence set aside by several rules is shown once, with each
    for item in trace.set_aside:
        detail = f" \\[{plain(item.detail)}\\]" if item.detail else ""
        said = f"`{item.reason.rule}`{detail} {plain(item.reason.says)}"
        if said not in rules_of.setdefault(item.sentence, []):
            rules_of[item.sentence].append(said)
    with st.expander(f"Sentences that gave no event ({len(rules_of)})", expanded=False):
        for sentence, said in rules_of.items():
            st.markdown("  \n".join(said) + f"  \n> {plain(sentence)}")


def event_card(row: Mapping[str, Any], traced: TracedEvent | None, number: int, flt: EventFilter,
               counting: Counting = Counting()) -> None:
    """One event beside its article: numbered as its marks in the text, with its facts, why and permalink."""
    with st.container(border=True):
        st.markdown(f"**{number}** · {heading(row)} · [permalink]({event_url(row['id'], flt, counting)})")
        st.markdown(facts(row))
        st.markdown(why(traced))


def event_page(row: Mapping[str, Any], traced: TracedEvent | None, flt: EventFilter,
               counting: Counting = Counting()) -> None:
    """The event's permalink page: everything about it, the sentences it was read from, why, and its article."""
    st.subheader(heading(row))
    st.markdown(facts(row))
    st.markdown(f"**read from**  \n> {plain(str(row.get('evidence') or ''))}")
    title = plain(str(row["article_title"])) if _given(row, "article_title") else "the article"
    link = f"in [{title}]({article_url(row['article_id'], flt, counting)})"
    source = source_url(row.get("origin"))
    if source:
        link += f" · [original](<{source}>)"
    elif _given(row, "origin"):
        link += f" · from {plain(str(row['origin']))}"
    st.markdown(link)
    st.markdown("#### Why this event")
    st.markdown(why(traced))


def event_view(flt: EventFilter, counting: Counting = Counting()) -> None:
    """The page of the event the URL names (`?event=ID`), or a message saying why there is none."""
    event_id = chosen_id("event", "event")
    if event_id is None:
        if "event" not in st.query_params:
            st.info("Open an event from the map, the event table or an article to see it here.")
        return
    row = queries.event(resources.store(), event_id)
    if row is None:
        st.error(plain(f"No stored event has id “{event_id}”: it may have been deleted."))
        return
    trace = article_trace(row["content_hash"], row["article_published"], row["article_text"])
    if trace.error:
        st.warning(plain(trace.error))
    siblings = resources.store().article_events(int(row["article_id"])).to_dict(orient="records")
    event_page(row, match_events(siblings, trace.events).get(event_id), flt, counting)
