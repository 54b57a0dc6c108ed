"""Incidents: the filtered strikes as incidents (reports of one strike from several articles counted
once, graded by their sources), or as the raw events; one incident's reports; reference data beside."""
import pandas as pd
import streamlit as st

from strikes import incident_queries, incidents, reference
from strikes.dashboard import resources
from strikes.dashboard.filters import current_filter
from strikes.store import EventFilter


SHOWN = 2000
"""Incidents drawn at most, newest first: each one's figures are worked out from its reports."""


@st.cache_data(max_entries=32, show_spinner=False)
def _incidents(url: str, flt: EventFilter, grades: tuple[str, ...]) -> pd.DataFrame:
    return incident_queries.incidents(resources.store(), flt, grades, limit=SHOWN)


@st.cache_data(max_entries=32, show_spinner=False)
def _count(url: str, flt: EventFilter) -> int:
    return incident_queries.count(resources.store(), flt)


@st.cache_data(max_entries=32, show_spinner=False)
def _reports(url: str, incident_id: int) -> pd.DataFrame:
    return incident_queries.reports_of(resources.store(), incident_id)


@st.cache_data(max_entries=32, show_spinner=False)
def _references(url: str, flt: EventFilter, found: pd.DataFrame) -> pd.DataFrame:
    refs = reference.reference_frame(resources.store(), flt.date_from, flt.date_to, flt.countries)
    return refs.assign(incident_id=reference.match(refs, found))


def _range(low: object, high: object) -> str:
    if pd.isna(low):
        return ""
    return f"{low}" if low == high else f"{low}–{high}"


st.set_page_config(page_title="Incidents · Strike Atlas", layout="wide")
st.title("Incidents")
flt = current_filter()
url = resources.store().url
view = st.radio("Count", ["incidents", "raw events"], horizontal=True, key="incident_view",
                help="An incident is one strike, however many articles report it; raw events are each report as read.")
if view == "raw events":
    st.dataframe(resources.events(url, flt, 5000), hide_index=True, width="stretch")
    st.stop()

grades = st.multiselect("Grades", list(incidents.GRADES), default=list(incidents.GRADES), key="incident_grades")
found = _incidents(url, flt, tuple(grades))
total = _count(url, flt)
if total > SHOWN:
    st.caption(f"The newest {SHOWN:,} of {total:,} incidents are graded and shown.")
columns = st.columns(4)
columns[0].metric("Incidents", f"{total:,}")
columns[1].metric("Reports", f"{int(found['reports'].sum()):,}")
for column, grade in zip(columns[2:], ("corroborated", "contested")):
    column.metric(grade.capitalize(), f"{int((found['grade'] == grade).sum()):,}")
table = found.assign(
    killed=[_range(lo, hi) for lo, hi in zip(found["fatalities_min"], found["fatalities_max"])],
    wounded_range=[_range(lo, hi) for lo, hi in zip(found["wounded_min"], found["wounded_max"])],
)[["incident_id", "date", "place", "country", "actor", "grade", "sources", "reports", "killed",
   "fatalities_best", "wounded_range", "actors", "source_names"]]
st.dataframe(
    table, hide_index=True, width="stretch",
    column_config={"fatalities_best": "best toll", "wounded_range": "wounded", "killed": "killed (min–max)",
                   "actors": "attackers named", "source_names": "sources named"},
)

if not found.empty:
    chosen = st.selectbox("Reports of incident", found["incident_id"].tolist(), key="incident_chosen")
    reports = _reports(url, int(chosen))
    st.dataframe(reports[["id", "article_title", "published", "date", "place", "actor", "source", "killed",
                          "civilians_killed", "wounded", "evidence"]],
                 hide_index=True, width="stretch")
    with st.form("decide"):
        st.caption("A decision here is kept over the automatic grouping, whatever is stored later.")
        moving = st.multiselect("Reports that are another strike (split them off)", reports["id"].tolist(),
                                key="incident_split")
        others = st.multiselect("Incidents that are this same strike (merge them)",
                                [i for i in found["incident_id"].tolist() if i != chosen], key="incident_merge")
        if st.form_submit_button("Save decision") and (moving or others):
            if moving:
                incidents.split(resources.store(), moving)
            if others:
                incidents.merge(resources.store(), [int(chosen), *others])
            resources.forget_answers()
            st.rerun()

refs = _references(url, flt, found)
if not refs.empty:
    st.subheader("Reference data")
    covered = refs["incident_id"].notna()
    st.markdown(f"{int(covered.sum()):,} of {len(refs):,} imported reference events match an incident; "
                f"{int((~found['incident_id'].isin(refs['incident_id'].dropna())).sum()):,} incidents have none.")
    st.dataframe(refs[["origin", "source_id", "date", "place", "country", "actor", "fatalities", "incident_id"]],
                 hide_index=True, width="stretch")
