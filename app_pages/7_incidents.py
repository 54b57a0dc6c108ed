"""Incidents: the filtered strikes as incidents (reports of one strike from several articles counted
once, graded by their sources), or as the raw events when the sidebar counts them; one incident's
reports, split or merged by the user; reference data beside."""
import pandas as pd
import streamlit as st

from strikes import incident_queries, incidents, reference
from strikes.dashboard import resources
from strikes.dashboard.markup import toll_range
from strikes.dashboard.places import country_name
from strikes.dashboard.filters import current_counting, current_filter
from strikes.dashboard.tables import table
from strikes.store import EventFilter


SHOWN = 2000
"""Incidents listed at most, newest first: a list to choose one from, not to read a million rows."""


@st.cache_data(max_entries=32, show_spinner=False)
def _incidents(url: str, flt: EventFilter, grades: tuple[str, ...]) -> pd.DataFrame:
    return incident_queries.incidents(resources.store(), flt, grades, limit=SHOWN)


@st.cache_data(max_entries=32, show_spinner=False)
def _reports(url: str, incident_id: int) -> pd.DataFrame:
    return incident_queries.reports_of(resources.store(), incident_id)


st.set_page_config(page_title="Incidents · Strike Atlas", layout="wide")
st.title("Incidents")
flt, counting = current_filter(), current_counting()
url = resources.store().url
if counting.unit == "events":
    st.caption("The sidebar counts raw events: each report as read. Count incidents there to group them.")
    table(resources.events(url, flt, 5000, counting.grades))
    st.stop()

grades = counting.grades or incidents.GRADES
found = _incidents(url, flt, grades)
total = resources.count(url, flt, counting)
if total > SHOWN:
    st.caption(f"The newest {SHOWN:,} of {total:,} incidents are graded and shown.")
columns = st.columns(4)
columns[0].metric("Incidents", f"{total:,}")
columns[1].metric("Reports", f"{int(found['reports'].sum()):,}")
for column, grade in zip(columns[2:], ("corroborated", "contested")):
    column.metric(grade.capitalize(), f"{int((found['grade'] == grade).sum()):,}")
found_table = found.assign(
    country=found["country"].map(country_name),
    killed=[toll_range(lo, hi) for lo, hi in zip(found["fatalities_min"], found["fatalities_max"])],
    wounded_range=[toll_range(lo, hi) for lo, hi in zip(found["wounded_min"], found["wounded_max"])],
)[["incident_id", "date", "place", "country", "actor", "grade", "sources", "reports", "killed",
   "fatalities_best", "wounded_range", "actors", "source_names"]]
table(
    found_table,
    column_config={"incident_id": "incident", "fatalities_best": "best toll", "wounded_range": "wounded",
                   "killed": "killed (min–max)", "actors": "attackers named", "source_names": "sources named"},
)

if not found.empty:
    chosen = st.selectbox("Reports of incident", found["incident_id"].tolist(), key="incident_chosen")
    reports = _reports(url, int(chosen))
    table(reports[["id", "article_title", "published", "date", "place", "actor", "source", "killed",
                   "civilians_killed", "wounded", "evidence"]],
          column_config={"article_title": "article", "civilians_killed": "civilians killed"})
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

origins = tuple(reference.origins(resources.store()))
covered = resources.coverage(url, flt, origins) if origins else None
if covered is not None and not covered.references.empty:
    st.subheader("Reference data")
    refs = covered.references
    st.markdown(f"{int(refs['incident_id'].notna().sum()):,} of {len(refs):,} imported reference events match an "
                f"incident; {covered.lacking:,} of {covered.incidents_in_span:,} incidents in the days they span "
                "have none.")
    table(refs[["origin", "source_id", "date", "place", "country", "actor", "fatalities", "incident_id"]])
