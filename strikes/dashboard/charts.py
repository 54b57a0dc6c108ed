"""The timeline's Altair charts, in the map's actor colours.

The strike chart carries an interval selection named "brush" on its time axis so that the page can
narrow the date filter to a brushed period.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

BRUSH = "brush"


def _actor_scale(colours: dict[str, str]) -> alt.Scale:
    return alt.Scale(domain=list(colours), range=list(colours.values()))


def strikes_chart(timeline: pd.DataFrame, colours: dict[str, str], period: str) -> alt.Chart:
    """Reported strike events per day or week, stacked by actor; drag across it to pick dates."""
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    return (
        alt.Chart(timeline)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=period.capitalize()),
            y=alt.Y("sum(events):Q", title="Strike events"),
            color=alt.Color("actor:N", scale=_actor_scale(colours), title="Actor"),
            tooltip=["period:T", "actor:N", "events:Q", "strikes:Q", "killed:Q", "civilians_killed:Q"],
        )
        .add_params(brush)
        .properties(height=260)
    )


def casualties_chart(timeline: pd.DataFrame, period: str) -> alt.Chart:
    """Killed and civilians killed per period, as the articles state them."""
    tolls = (
        timeline.groupby("period", as_index=False)[["killed", "civilians_killed"]].sum()
        .melt("period", var_name="toll", value_name="people")
        .replace({"toll": {"killed": "killed", "civilians_killed": "civilians killed"}})
    )
    return (
        alt.Chart(tolls)
        .mark_line(point=True)
        .encode(
            x=alt.X("period:T", title=period.capitalize()),
            y=alt.Y("people:Q", title="People"),
            color=alt.Color("toll:N", title=None),
            tooltip=["period:T", "toll:N", "people:Q"],
        )
        .properties(height=200)
    )
