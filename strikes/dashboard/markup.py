"""The HTML we build around article text: map popups and the map legend (articles: evidence.py).

Everything here but our own markup comes from articles or from users' edits, and both Leaflet (a
popup's content) and Streamlit (`unsafe_allow_html`) render it as HTML: every such value goes
through `html.escape`, so an article that contains `<script>` shows it as text.
"""
from __future__ import annotations

import re
from html import escape
from typing import Any

import pandas as pd

from strikes.dashboard.links import article_url, event_url

EVIDENCE_CHARS = 280
"""Long enough for the sentence a strike was read from; the article page has the rest."""


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


def plain(text: str) -> str:
    """Untrusted text for a Streamlit element that renders Markdown (st.markdown, st.warning, ...).

    Every ASCII punctuation mark that Markdown, its HTML, its directives (`:red[...]`) or its maths
    (`$...$`) could act on is backslash-escaped, so `![x](http://...)` shows as those characters and
    loads nothing. Line breaks become spaces: a title is one line.
    """
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(text).split()))


def _text(value: Any, missing: str = "not stated") -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return missing
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return escape(str(value))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def event_popup(event: dict[str, Any]) -> str:
    """Date, place, actor, casualties, strikes, source, evidence, a link to the article and one to the event's page.

    The link opens a new tab: the map's iframe is sandboxed without top navigation, so a
    target='_top' link there does nothing at all.
    """
    place = _text(event.get("place"), "place not stated")
    if event.get("country"):
        place += f", {_text(event['country'])}"
    evidence = _clip(str(event.get("evidence") or ""), EVIDENCE_CHARS)
    title = _text(event.get("article_title"), "the article")
    return (
        f"<div class='strike-popup'><b>{_text(event.get('date'), 'date not stated')}</b> · {place}<br>"
        f"<b>{_text(event.get('actor'), 'unknown')}</b> · strikes: {_text(event.get('strikes'))}<br>"
        f"killed: {_text(event.get('killed'))} · civilians killed: {_text(event.get('civilians_killed'))}"
        f" · wounded: {_text(event.get('wounded'))}<br>"
        f"source: {_text(event.get('source'))}<br>"
        f"<q>{escape(evidence)}</q><br>"
        f"<a href='{article_url(event['article_id'])}' target='_blank' rel='noopener'>{title}</a>"
        + (f" · <a href='{event_url(event['id'])}' target='_blank' rel='noopener'>details and why</a>"
           if event.get("id") is not None else "")
        + "</div>"
    )


def cell_popup(cell: dict[str, Any], cell_degrees: float) -> str:
    """A grid cell's summary: too many events there to list one by one."""
    others = int(cell.get("actors", 1)) - 1
    also = f" and {others} other actor{'s' if others > 1 else ''}" if others > 0 else ""
    return (
        f"<div class='strike-popup'><b>{int(cell['events'])} events</b> in this {cell_degrees:g}° cell<br>"
        f"mostly <b>{_text(cell.get('actor'), 'unknown')}</b>{also}<br>"
        f"strikes: {_text(cell.get('strikes'))} · killed: {_text(cell.get('killed'))}"
        f" · civilians killed: {_text(cell.get('civilians_killed'))}<br>"
        f"{_text(cell.get('first'), '?')} to {_text(cell.get('last'), '?')}<br>"
        f"<i>narrow the filter to see single events</i></div>"
    )


def legend(colours: dict[str, str], size_title: str = "", sizes: list[tuple[float, str]] | None = None) -> str:
    """Actor colours, and what a marker's size means, as a foldable HTML box for the map's corner."""
    rows = "".join(
        f"<div><span style='background:{colour}' class='swatch'></span>{escape(actor)}</div>"
        for actor, colour in colours.items()
    )
    scale = "".join(
        f"<div><span class='size' style='width:{2 * r:g}px;height:{2 * r:g}px'></span>{escape(label)}</div>"
        for r, label in sizes or []
    )
    size_part = f"<b>{escape(size_title)}</b>{scale}" if scale else ""
    return (f"<details class='strike-legend' open><summary>Legend</summary>"
            f"<b>Actor</b>{rows}{size_part}</details>")

