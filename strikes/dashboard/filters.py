"""The sidebar filters every page shares, mirrored in the URL so that a filtered view can be shared.

The router (dashboard.py) holds them and draws them once per run, before the page, so Streamlit
keeps their state for the whole session: they follow the user from page to page. A widget's first
value comes from the URL, later values from the widget itself; on each run the URL is rewritten from
the widgets' state (a page switch drops the query string, this puts it back). Parameters are left out of the URL when
they mean "no filter", so the plain URL always shows everything, including newly added events.

A URL is typed, pasted and edited by people: a value out of range is clamped to the nearest one
the store holds, a value that means nothing is named in a message and ignored, never a traceback.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import streamlit as st

from strikes.dashboard import resources
from strikes.dashboard.basemap import BOUNDARIES_ATTRIBUTION, GEONAMES_ATTRIBUTION, tiles_from_env
from strikes.dashboard.firstmap import after_the_map
from strikes.dashboard.links import url_params
from strikes.dashboard.markup import plain
from strikes.dashboard.places import country_name
from strikes.incidents import GRADES
from strikes.queries import Choices, Counting
from strikes.store import EventFilter

PRECISION = {3: "any, incl. region only", 2: "town or near a town", 1: "the town itself"}
MAX_KILLED = 1_000_000
"""Beyond any toll an article states; a larger minimum in a URL is clamped to it."""

DATES_KEY, BOUNDS_KEY = "filter_dates", "filter_date_bounds"
ACTORS_KEY, COUNTRIES_KEY = "filter_actors", "filter_countries"
MIN_KILLED_KEY, UNLOCATED_KEY, PRECISION_KEY = "filter_min_killed", "filter_unlocated", "filter_precision"
UNIT_KEY, GRADES_KEY, REFERENCES_KEY = "filter_unit", "filter_grades", "filter_references"
CURRENT_KEY, COUNTING_KEY, CURRENT_REFERENCES_KEY = "current_filter", "current_counting", "current_references"
URL_NOTES_KEY = "filter_url_notes"
"""Session state: what was wrong with the URL the session opened, said until the user changes the filter."""
URL_NAMES = ("from", "to", "actor", "country", "min_killed", "unlocated", "precision", "count", "grade", "hide_ref")
UNITS = {"incidents": "incidents (each strike once)", "events": "raw events (each report)"}


@dataclass
class UrlFilter:
    """The filter a URL asks for, and what was wrong with it, in words for the user."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    min_killed: int = 0
    include_unlocated: bool = True
    precision: int = 3
    unit: str = "incidents"
    grades: list[str] = field(default_factory=list)
    hidden_references: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_url(params: Mapping[str, Sequence[str]], offered: Choices, origins: Sequence[str] = ()) -> UrlFilter:
    """The URL's filter, every value checked against what the store offers (`origins`: the
    reference datasets imported)."""
    read = UrlFilter()

    def one(name: str) -> str | None:
        values = params.get(name) or []
        return values[-1] if values else None

    for name, bound in (("from", offered.first), ("to", offered.last)):
        text = one(name)
        if text is None or bound is None:
            continue
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            read.notes.append(f"“{name}={text}” is not a date (YYYY-MM-DD): ignored.")
            continue
        clamped = min(max(day, offered.first), offered.last)
        if clamped != day:
            read.notes.append(f"“{name}={text}” is outside the stored dates: {clamped.isoformat()} used.")
        setattr(read, "date_from" if name == "from" else "date_to", clamped)
    if read.date_from and read.date_to and read.date_from > read.date_to:
        read.notes.append("“from” was after “to”: the two were swapped.")
        read.date_from, read.date_to = read.date_to, read.date_from
    unknown = {"actor": "No stored event has actor “{}”: ignored.",
               "country": "No stored event has country “{}”: ignored.",
               "grade": "“grade={}” is not a grade (" + ", ".join(GRADES) + "): ignored.",
               "hide_ref": "No reference data “{}” is imported: ignored."}
    for name, known, chosen in (("actor", offered.actors, read.actors),
                                ("country", offered.countries, read.countries),
                                ("grade", GRADES, read.grades),
                                ("hide_ref", origins, read.hidden_references)):
        for value in params.get(name) or []:
            if value in known:
                chosen.append(value)
            else:
                read.notes.append(unknown[name].format(value))
    text = one("min_killed")
    if text is not None:
        try:
            wanted = int(text)
        except ValueError:
            read.notes.append(f"“min_killed={text}” is not a whole number: ignored.")
        else:
            read.min_killed = min(max(wanted, 0), MAX_KILLED)
            if read.min_killed != wanted:
                read.notes.append(f"“min_killed={text}” is out of range: {read.min_killed:,} used.")
    text = one("unlocated")
    if text is not None:
        if text in ("0", "1"):
            read.include_unlocated = text == "1"
        else:
            read.notes.append(f"“unlocated={text}” should be 0 or 1: ignored.")
    text = one("precision")
    if text is not None:
        if text in ("1", "2", "3"):
            read.precision = int(text)
        else:
            read.notes.append(f"“precision={text}” should be 1, 2 or 3: ignored.")
    text = one("count")
    if text is not None:
        if text in UNITS:
            read.unit = text
        else:
            read.notes.append(f"“count={text}” should be incidents or events: ignored.")
    return read


def _first_values(offered: Choices, origins: Sequence[str]) -> bool:
    """Seed each widget's state from the URL on the session's first run; whether it was that run."""
    if ACTORS_KEY in st.session_state:
        return False
    params = st.query_params
    url = read_url({name: params.get_all(name) for name in URL_NAMES}, offered, origins)
    if offered.first and offered.last:
        st.session_state[DATES_KEY] = (url.date_from or offered.first, url.date_to or offered.last)
    st.session_state[ACTORS_KEY] = url.actors
    st.session_state[COUNTRIES_KEY] = url.countries
    st.session_state[MIN_KILLED_KEY] = url.min_killed
    st.session_state[UNLOCATED_KEY] = url.include_unlocated
    st.session_state[PRECISION_KEY] = url.precision
    st.session_state[UNIT_KEY] = url.unit
    st.session_state[GRADES_KEY] = url.grades
    st.session_state[REFERENCES_KEY] = [o for o in origins if o not in url.hidden_references]
    st.session_state[URL_NOTES_KEY] = url.notes
    return True


def _reset(offered: Choices, origins: Sequence[str]) -> None:
    if offered.first and offered.last:
        st.session_state[DATES_KEY] = (offered.first, offered.last)
    st.session_state[ACTORS_KEY] = []
    st.session_state[COUNTRIES_KEY] = []
    st.session_state[MIN_KILLED_KEY] = 0
    st.session_state[UNLOCATED_KEY] = True
    st.session_state[PRECISION_KEY] = 3
    st.session_state[UNIT_KEY] = "incidents"
    st.session_state[GRADES_KEY] = []
    st.session_state[REFERENCES_KEY] = list(origins)


def _fit_dates(first: dt.date, last: dt.date) -> None:
    """Keep the date filter inside the stored dates when they change (an upload, a deletion).

    A filter that ran from the first (or to the last) stored day still does, so newly stored
    events are not hidden by bounds the user never chose; any other bound is clamped.
    """
    old = st.session_state.get(BOUNDS_KEY)
    st.session_state[BOUNDS_KEY] = (first, last)
    picked = st.session_state.get(DATES_KEY)
    if not isinstance(picked, tuple) or not picked:
        return
    fitted = list(picked)
    if old and fitted[0] <= old[0]:
        fitted[0] = first
    if old and len(fitted) == 2 and fitted[1] >= old[1]:
        fitted[1] = last
    fitted = [min(max(day, first), last) for day in fitted]
    if tuple(fitted) != picked:
        st.session_state[DATES_KEY] = tuple(fitted)


PRESETS = {"7 d": 7, "30 d": 30, "1 y": 365, "all": None}
"""Date presets, counted back from the newest stored event: archives of past wars have no 'today'."""


def _preset(days: int | None, first: dt.date, last: dt.date) -> None:
    start = first if days is None else max(first, last - dt.timedelta(days=days - 1))
    st.session_state[DATES_KEY] = (start, last)


def narrow_dates(start: dt.date, end: dt.date) -> None:
    """Set the date filter from elsewhere (a brushed timeline); call before the widgets are drawn."""
    st.session_state[DATES_KEY] = (start, end)


def current_filter() -> EventFilter:
    """The filter the sidebar holds on this run (`hold_filters`, called by the router before the page)."""
    return st.session_state.get(CURRENT_KEY, EventFilter())


def current_counting() -> Counting:
    """What the pages count on this run: incidents or raw events, and which grades."""
    return st.session_state.get(COUNTING_KEY, Counting())


def current_references() -> tuple[str, ...]:
    """The reference datasets (ACLED, UCDP GED) the map shows beside the articles' strikes."""
    return st.session_state.get(CURRENT_REFERENCES_KEY, ())


def hold_filters() -> bool:
    """Hold the filter that the widgets' state (on a session's first run, the URL) asks for, for the
    page to read, and keep the URL in step; whether this is the session's first run.

    The filter is read from the state, not from the widgets' return values, so that the widgets
    can be drawn later or, on a visitor's first view of a map, not on that run (`sidebar_filters`).
    """
    url = resources.store().url
    offered = resources.choices(url)
    origins = resources.reference_origins(url)
    first_run = _first_values(offered, origins)
    state = st.session_state
    date_from = date_to = None
    if offered.first and offered.last:
        _fit_dates(offered.first, offered.last)
        picked = state.get(DATES_KEY)
        if isinstance(picked, tuple) and len(picked) == 2:
            date_from = picked[0] if picked[0] > offered.first else None
            date_to = picked[1] if picked[1] < offered.last else None
    references = list(state[REFERENCES_KEY]) if origins else []
    flt = EventFilter(
        date_from=date_from, date_to=date_to, actors=tuple(state[ACTORS_KEY]),
        countries=tuple(state[COUNTRIES_KEY]), min_killed=int(state[MIN_KILLED_KEY]),
        include_unlocated=bool(state[UNLOCATED_KEY]), max_geo_precision=int(state[PRECISION_KEY]),
    )
    counting = Counting(state[UNIT_KEY], tuple(state[GRADES_KEY]))
    if not first_run and (flt, counting) != (state.get(CURRENT_KEY), state.get(COUNTING_KEY)):
        state[URL_NOTES_KEY] = []  # the user changed the filter the URL gave: its notes are history
    state[CURRENT_KEY] = flt
    state[COUNTING_KEY] = counting
    state[CURRENT_REFERENCES_KEY] = tuple(references)
    _write_url(flt, counting, [o for o in origins if o not in references])
    return first_run


def sidebar_filters(widgets: bool = True) -> None:
    """Draw the shared filters that `hold_filters` held, the counts and the credits.

    Without `widgets`, a line says that the filters follow: on a visitor's first view of a map,
    Chromium fetched, compiled and drew the widgets' scripts (some forty files, most of a second
    of its main thread at 100k events) before it even created the map's iframe.
    """
    url = resources.store().url
    offered = resources.choices(url)
    origins = resources.reference_origins(url)
    flt, counting = current_filter(), current_counting()
    bar = st.sidebar
    for note in st.session_state.get(URL_NOTES_KEY, []):
        bar.warning(plain(note))
    bar.header("Filters")
    if widgets:
        _widgets(offered, origins)
    else:
        with bar:
            after_the_map("The filters")
    bar.markdown(counts_text(url, flt, counting))
    if widgets:
        hidden = [o for o in origins if o not in current_references()]
        bar.button("Reset filters", key="reset_filters", on_click=_reset, args=(offered, origins),
                   disabled=flt == EventFilter() and counting == Counting() and not hidden)
    _attribution()


def _widgets(offered: Choices, origins: Sequence[str]) -> None:
    """The filters' widgets, each keyed to the state that `hold_filters` reads."""
    bar = st.sidebar
    first, last = offered.first, offered.last
    if first and last:
        bar.date_input("Dates", key=DATES_KEY, min_value=first, max_value=last, format="YYYY-MM-DD")
        presets = bar.container(horizontal=True, gap="xsmall")  # a row of buttons as wide as their labels
        for label, days in PRESETS.items():
            presets.button(label, key=f"preset_{label}", on_click=_preset, args=(days, first, last),
                           help=f"the last {label} of stored events" if days else "every stored date")
    bar.multiselect("Actors", offered.actors, key=ACTORS_KEY, placeholder="all actors")
    bar.multiselect("Countries", offered.countries, key=COUNTRIES_KEY, placeholder="all countries",
                    format_func=country_name)
    bar.number_input("Minimum killed", min_value=0, max_value=MAX_KILLED, step=1, key=MIN_KILLED_KEY)
    bar.checkbox("Include unlocated events", key=UNLOCATED_KEY)
    bar.selectbox("Location precision", list(PRECISION), format_func=PRECISION.get, key=PRECISION_KEY)
    bar.radio("Count", list(UNITS), format_func=UNITS.get, key=UNIT_KEY,
              help="An incident is one strike however many articles report it, its toll the best figure "
                   "of its sources; raw events are each report as read, a strike told twice counted twice.")
    bar.multiselect("Grades", GRADES, key=GRADES_KEY, placeholder="all grades",
                    help="single source: one outlet; corroborated: two or more independent outlets; "
                         "contested: sources name different attackers, or one denies the strike")
    if origins:
        bar.multiselect("Reference data on the map", origins, key=REFERENCES_KEY,
                        placeholder="none", help="imported ACLED or UCDP GED events, in their own layer")


def counts_text(url: str, flt: EventFilter, counting: Counting) -> str:
    """'**6 incidents** from 6 events, 3 articles' (or the events and articles alone), as the sidebar says it."""
    n_events, n_articles = resources.counts(url, flt)
    if counting.unit == "incidents":
        n_incidents = resources.count(url, flt, counting)
        return (f"**{n_incidents:,} incident{_s(n_incidents)}** from {n_events:,} event{_s(n_events)}, "
                f"{n_articles:,} article{_s(n_articles)}")
    return f"**{n_events:,} event{_s(n_events)}, {n_articles:,} article{_s(n_articles)}**"


def hold_landing_view(url: str) -> None:
    """Hold what the sidebar holds for a visitor whose URL names no filter, and answer its counts.

    For the server's warm-up, which runs outside any session (Streamlit's session state is then
    one the process keeps for itself): the landing page run after it asks for exactly what a new
    visitor's first run will ask for, so the answers it leaves in the cache are the ones read.
    """
    origins = resources.reference_origins(url)
    resources.choices(url)
    flt, counting = EventFilter(), Counting()
    st.session_state[CURRENT_KEY] = flt
    st.session_state[COUNTING_KEY] = counting
    st.session_state[CURRENT_REFERENCES_KEY] = tuple(origins)
    counts_text(url, flt, counting)


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _write_url(flt: EventFilter, counting: Counting, hidden_references: list[str]) -> None:
    """Every run writes the whole filter to the URL, even values the server believes are there: on a
    page switch the browser drops the query string while the server may keep its copy
    (streamlit/streamlit#9050), and a value skipped as unchanged was then lost on the next reload."""
    wanted = url_params(flt, counting, hidden_references)
    for name in URL_NAMES:
        if name in wanted:
            st.query_params[name] = wanted[name]
        elif name in st.query_params:
            del st.query_params[name]


def _attribution() -> None:
    tiles = tiles_from_env()
    credits = [GEONAMES_ATTRIBUTION, BOUNDARIES_ATTRIBUTION, 'Map: <a href="https://leafletjs.com/">Leaflet</a>']
    if tiles is not None:
        credits.append(f"Tiles: {tiles.attribution}")
    st.sidebar.caption(" · ".join(credits), unsafe_allow_html=True)
