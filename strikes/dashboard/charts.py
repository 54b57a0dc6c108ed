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


LEGEND_ROW = 18
"""Pixels per entry of the actors' legend, beside the chart and no taller than it: the chart grows
with its legend, which had cut the last two of the sample articles' fifteen actors off (Streamlit
draws a chart in a box of its given height)."""


def strikes_chart(timeline: pd.DataFrame, colours: dict[str, str], period: str, unit: str = "events") -> alt.Chart:
    """Incidents (or reported strike events) per day or week, stacked by actor; drag across it to pick dates.

    The legend names the actors the chart shows, in the colours every actor keeps whatever the filter.
    """
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    shown = [actor for actor in colours if actor in set(timeline["actor"])]
    return (
        alt.Chart(timeline)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=period.capitalize()),
            y=alt.Y(f"sum({unit}):Q", title="Incidents" if unit == "incidents" else "Strike events",
                    axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color("actor:N", scale=_actor_scale(colours), title="Actor",
                            legend=alt.Legend(values=shown)),
            tooltip=["period:T", "actor:N", f"{unit}:Q", "strikes:Q",
                     alt.Tooltip("toll:Q", title="killed"), alt.Tooltip("civilians_killed:Q", title="civilians killed")],
        )
        .add_params(brush)
        .properties(height=max(260, LEGEND_ROW * (len(shown) + 2)))
    )


TOLL_COLOURS = {"killed": "#9e9e9e", "civilians killed": "#b2182b"}
"""Grey for all killed, dark red for the civilians among them: two colours no one confuses."""


def casualties_chart(timeline: pd.DataFrame, period: str) -> alt.Chart:
    """Killed, and the civilians among them, per period, as the articles state them.

    Bars, not lines: a period no article gives a toll for has no bar, rather than a line drawn
    through zero or across a gap of years. The civilians' bar is drawn over the killed bar it is
    part of.
    """
    tolls = (
        timeline.groupby("period", as_index=False)[["toll", "civilians_killed"]].sum(min_count=1)
        .rename(columns={"toll": "killed", "civilians_killed": "civilians killed"})
        .melt("period", var_name="toll", value_name="people")
        .dropna(subset=["people"])
    )
    return (
        alt.Chart(tolls)
        .mark_bar(size=6)
        .encode(
            x=alt.X("period:T", title=period.capitalize()),
            y=alt.Y("people:Q", title="People killed", stack=None),
            color=alt.Color("toll:N", title=None, scale=alt.Scale(domain=list(TOLL_COLOURS),
                                                                  range=list(TOLL_COLOURS.values()))),
            order=alt.Order("toll:N", sort="descending"),  # "killed" first, its civilians over it
            tooltip=["period:T", "toll:N", "people:Q"],
        )
        .properties(height=200)
    )
