"""The dashboard's own URLs: a filter as URL parameters, an article's and an event's page, an article's source.

A link followed in the browser opens a new Streamlit session, which knows only what the URL says:
so a link that should keep the user's view carries the filter's parameters with it.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode, urlsplit

from strikes.queries import Counting
from strikes.store import EventFilter


def url_params(flt: EventFilter, counting: Counting = Counting(),
               hidden_references: Sequence[str] = ()) -> dict[str, str | list[str]]:
    """The filter, what is counted and the reference datasets hidden from the map as URL parameters
    (none for "no filter", "incidents" or "every dataset shown"): what a link needs to open with the same view."""
    wanted: dict[str, str | list[str]] = {}
    if counting.unit != "incidents":
        wanted["count"] = counting.unit
    if counting.grades:
        wanted["grade"] = list(counting.grades)
    if hidden_references:
        wanted["hide_ref"] = list(hidden_references)
    if flt.date_from:
        wanted["from"] = flt.date_from.isoformat()
    if flt.date_to:
        wanted["to"] = flt.date_to.isoformat()
    if flt.actors:
        wanted["actor"] = list(flt.actors)
    if flt.countries:
        wanted["country"] = list(flt.countries)
    if flt.min_killed:
        wanted["min_killed"] = str(flt.min_killed)
    if not flt.include_unlocated:
        wanted["unlocated"] = "0"
    if flt.max_geo_precision < 3:
        wanted["precision"] = str(flt.max_geo_precision)
    return wanted


def _with_filter(path: str, name: str, value: Any, flt: EventFilter | None, counting: Counting) -> str:
    params: dict[str, Any] = {name: int(value), **(url_params(flt, counting) if flt is not None else {})}
    return f"{path}?{urlencode(params, doseq=True)}"


def articles_url(flt: EventFilter | None = None) -> str:
    """The list of stored articles, under the filter."""
    params = url_params(flt) if flt is not None else {}
    return f"/articles?{urlencode(params, doseq=True)}" if params else "/articles"


def article_url(article_id: Any, flt: EventFilter | None = None, counting: Counting = Counting()) -> str:
    """The dashboard's page for one article (the Articles page reads `article` from the URL), under
    the filter and with what is counted."""
    return _with_filter("/articles", "article", article_id, flt, counting)


def event_url(event_id: Any, flt: EventFilter | None = None, counting: Counting = Counting()) -> str:
    """An event's permalink: its own page (date, place, attacker, tolls, source, evidence, why),
    opened with the filter, the Count switch and the grades it was reached from."""
    return _with_filter("/event", "event", event_id, flt, counting)


def source_url(origin: str | None) -> str | None:
    """The article's web address when it came from one; a file name or anything else is no link."""
    if not origin:
        return None
    url = origin.strip()
    parts = urlsplit(url)
    plain_url = not any(c.isspace() or c in "<>\"'`" for c in url)
    return url if parts.scheme in ("http", "https") and parts.netloc and plain_url else None

