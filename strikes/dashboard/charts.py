"""The timeline's Altair charts, in the map's actor colours.

The strike chart carries an interval selection named "brush" on its time axis so that the page can
narrow the date filter to a brushed period.
"""
from __future__ import annotations

import math

import altair as alt
import pandas as pd

BRUSH = "brush"


def _actor_scale(colours: dict[str, str]) -> alt.Scale:
    return alt.Scale(domain=list(colours), range=list(colours.values()))


LEGEND_COLUMN = 160
"""Pixels per column of the actors' legend, under the bars: as many columns as the chart's width holds
(two on a phone). Beside the bars, the legend of the sample articles' fifteen actors left them a third of
a phone's width and of the Overview's column."""
LEGEND_ROW = 17
"""Pixels per row of the legend: the chart is as tall as its bars and a two-column legend."""


def strikes_chart(timeline: pd.DataFrame, colours: dict[str, str], period: str, unit: str = "events") -> alt.Chart:
    """Incidents (or reported strike events) per day or week, stacked by actor; drag across it to pick dates.

    The legend names the actors the chart shows, in the colours every actor keeps whatever the filter.
    The counted unit and period are the chart's title rather than its axes' titles, which would push the
    legend under the bars to the right by the y axis' width.
    """
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    shown = [actor for actor in colours if actor in set(timeline["actor"])]
    counted = "Incidents" if unit == "incidents" else "Strike events"
    return (
        alt.Chart(timeline, title=alt.TitleParams(f"{counted} per {period}", anchor="start", fontSize=13))
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y(f"sum({unit}):Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color("actor:N", scale=_actor_scale(colours), title="Actor",
                            legend=alt.Legend(values=shown, orient="bottom", labelLimit=LEGEND_COLUMN - 20,
                                              columns=alt.ExprRef(f"max(1, floor((containerSize()[0] - 30) / {LEGEND_COLUMN}))"))),
            tooltip=["period:T", "actor:N", f"{unit}:Q", "strikes:Q",
                     alt.Tooltip("toll:Q", title="killed"), alt.Tooltip("civilians_killed:Q", title="civilians killed")],
        )
        .add_params(brush)
        .properties(height=280 + LEGEND_ROW * math.ceil(len(shown) / 2),
                    autosize=alt.AutoSizeParams(type="fit", contains="padding"))
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
