"""The HTML we build around article text: map popups and the map legend (articles: evidence.py).

Everything here but our own markup comes from articles or from users' edits, and both Leaflet (a
popup's content) and Streamlit (`unsafe_allow_html`) render it as HTML: every such value goes
through `html.escape`, so an article that contains `<script>` shows it as text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

import pandas as pd

from strikes.dashboard.links import article_url, event_url
from strikes.dashboard.places import country_name

EVIDENCE_CHARS = 280
"""Long enough for the sentence a strike was read from; the article page has the rest."""


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


_AUTOLINKS = re.compile(r"(?i)(?<=[a-z])(?=://)|(?<=\bwww)(?=\.)|(?<=@)")
"""Where GitHub-flavoured Markdown sees a web or e-mail address to link ('http://', 'www.', 'a@b.c')."""

WORD_JOINER = "\u2060"
"""Invisible and unbreakable: set inside an address, it leaves the address unlinked and unchanged to the eye."""


def plain(text: str) -> str:
    """Untrusted text for a Streamlit element that renders Markdown (st.markdown, st.warning, ...).

    Every ASCII punctuation mark that Markdown, its HTML, its directives (`:red[...]`) or its maths
    (`$...$`) could act on is backslash-escaped, so `![x](http://...)` shows as those characters and
    loads nothing. An address is linked after the escapes are read, so a word joiner sits inside each:
    an article's address is shown, never offered as a link. Line breaks become spaces: a title is one line.
    """
    return _MARKDOWN_SPECIALS.sub(r"\\\1", _AUTOLINKS.sub(WORD_JOINER, " ".join(str(text).split())))


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


_FIELD = re.compile(r"\{(\d+)\}")


def fill(template: str, fields: Sequence[str]) -> str:
    """A popup: its template with each `{i}` replaced by `fields[i]`, which are escaped already.

    The map's script does the same when a marker is clicked (mapview's `_MARKER`), so the browser
    is sent a marker's few fields rather than its whole popup, and builds only the popups opened.
    """
    return _FIELD.sub(lambda m: fields[int(m.group(1))], template)


EVENT_POPUP = (
    "<div class='strike-popup'><b>{0}</b> · {1}<br><b>{2}</b> · strikes: {3}<br>"
    "killed: {4} · civilians killed: {5} · wounded: {6}<br>source: {7}<br><q>{8}</q><br>"
    "<a href='{9}' target='_blank' rel='noopener'>{10}</a>"
    " · <a href='{11}' target='_blank' rel='noopener'>details and why</a></div>"
)
"""Date, place, actor, casualties, strikes, source, evidence, a link to the article and one to the event's page.

The links open a new tab: the map's iframe is sandboxed without top navigation, so a
target='_top' link there does nothing at all."""


def _place(row: dict[str, Any]) -> str:
    """'Homs, Syria': the country by name, as every table says it (its code stays in the exports)."""
    place = _text(row.get("place"), "place not stated")
    return place + f", {_text(country_name(row['country']))}" if row.get("country") else place


def event_fields(event: dict[str, Any]) -> list[str]:
    """An event's fields for EVENT_POPUP, escaped."""
    return [
        _text(event.get("date"), "date not stated"), _place(event), _text(event.get("actor"), "unknown"),
        _text(event.get("strikes")), _text(event.get("killed")), _text(event.get("civilians_killed")),
        _text(event.get("wounded")), _text(event.get("source")),
        escape(_clip(str(event.get("evidence") or ""), EVIDENCE_CHARS)),
        escape(article_url(event["article_id"])), _text(event.get("article_title"), "the article"),
        escape(event_url(event["id"])),
    ]


def toll_range(low: Any, high: Any, missing: str = "") -> str:
    """'10–14' for the lowest and highest toll an incident's reports give, '12' when they agree."""
    if low is None or pd.isna(low):
        return missing
    return f"{int(low)}" if low == high else f"{int(low)}–{int(high)}"


INCIDENT_POPUP = (
    "<div class='strike-popup'><b>{0}</b> · {1}<br><b>{2}</b>{3} · strikes: {4}<br>"
    "<b>{5}</b>: {6}, {7}<br>"
    "killed (best): {8} · reports say {9} · civilians killed: {10} · wounded: {11}<br>"
    "sources: {12}<br><a href='{13}' target='_blank' rel='noopener'>first report</a> · incident {14}</div>"
)
"""An incident: agreed date, place and attacker, its grade and sources, the best toll and the
range its reports give, and a link to its first report's article."""


def incident_fields(incident: dict[str, Any]) -> list[str]:
    """An incident's fields for INCIDENT_POPUP, escaped."""
    reports, sources = int(incident.get("reports") or 1), int(incident.get("sources") or 1)
    named = _text(incident.get("actors"), "")
    return [
        _text(incident.get("date"), "date not stated"), _place(incident), _text(incident.get("actor"), "unknown"),
        f" (named: {named})" if named and "; " in named else "", _text(incident.get("strikes")),
        _text(incident.get("grade")), f"{reports} report{'s' if reports != 1 else ''}",
        f"{sources} independent source{'s' if sources != 1 else ''}", _text(incident.get("fatalities")),
        toll_range(incident.get("fatalities_min"), incident.get("fatalities_max"), "not stated"),
        _text(incident.get("civilians_killed")), _text(incident.get("wounded")),
        _text(incident.get("source_names") or None), escape(article_url(incident["article_id"])),
        str(int(incident["id"])),
    ]


def reference_popup(row: dict[str, Any]) -> str:
    """A reference dataset's event, and the incident of the user's articles that reports it, if any."""
    matched = row.get("incident_id")
    covered = (f"reported in your articles: incident {int(matched)}" if _text(matched, "") != ""
               else "<i>not in your articles</i>")
    return (
        f"<div class='strike-popup'><b>{_text(row.get('origin'))} {_text(row.get('source_id'))}</b><br>"
        f"<b>{_text(row.get('date'), 'date not stated')}</b> · {_text(row.get('place'), 'place not stated')}<br>"
        f"{_text(row.get('actor'), 'actor not stated')} · fatalities: {_text(row.get('fatalities'))}<br>"
        f"{covered}</div>"
    )


def cell_template(cell_degrees: float, unit: str = "events") -> str:
    """A grid cell's summary (too many events, or incidents, there to list one by one), for cells of
    `cell_degrees` counting `unit`: the same for every cell of a map."""
    return (
        f"<div class='strike-popup'><b>{{0}} {escape(unit)}</b> in this {cell_degrees:g}° cell<br>"
        "mostly <b>{1}</b>{2}<br>strikes: {3} · killed: {4} · civilians killed: {5}<br>{6} to {7}<br>"
        "<i>narrow the filter to see single events</i></div>"
    )


def cell_fields(cell: dict[str, Any]) -> list[str]:
    """A cell's fields for `cell_template`, escaped."""
    others = int(cell.get("actors", 1)) - 1
    return [
        str(int(cell["events"])), _text(cell.get("actor"), "unknown"),
        f" and {others} other actor{'s' if others > 1 else ''}" if others > 0 else "",
        _text(cell.get("strikes")), _text(cell.get("killed")), _text(cell.get("civilians_killed")),
        _text(cell.get("first"), "?"), _text(cell.get("last"), "?"),
    ]


def legend(colours: dict[str, str], size_title: str = "", sizes: list[tuple[float, str]] | None = None,
           rings: dict[str, str] | None = None) -> str:
    """Actor colours, what a marker's size means and (for incidents) what its ring says of the
    sources, as a foldable HTML box for the map's corner."""
    rows = "".join(
        f"<div><span style='background:{colour}' class='swatch'></span>{escape(actor)}</div>"
        for actor, colour in colours.items()
    )
    scale = "".join(
        f"<div><span class='size' style='width:{2 * r:g}px;height:{2 * r:g}px'></span>{escape(label)}</div>"
        for r, label in sizes or []
    )
    size_part = f"<b>{escape(size_title)}</b>{scale}" if scale else ""
    ring_part = "".join(f"<div><span class='size' style='width:12px;height:12px;{style}'></span>{escape(label)}</div>"
                        for label, style in (rings or {}).items())
    ring_part = f"<b>Sources</b>{ring_part}" if ring_part else ""
    return (f"<details class='strike-legend' open><summary>Legend</summary>"
            f"<div class='legend-body'><b>Actor</b>{rows}{size_part}{ring_part}</div></details>")

