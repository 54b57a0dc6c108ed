"""One colour per actor, the same on the map, its legend and every chart.

Colours follow the store's sorted list of actors, not the filtered view, so an actor keeps its
colour when the user narrows the filter.
"""
from __future__ import annotations

# Vega's "tableau10", which Altair charts also use: readable on both light and dark basemaps;
# then ten more from d3's category20/20b, far from those ten, since the sample articles alone
# name a dozen actors and two actors sharing a colour would make the legend lie.
PALETTE = (
    "#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b",
    "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac",
    "#aec7e8", "#ffbb78", "#98df8a", "#843c39", "#c5b0d5",
    "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5", "#393b79",
)
UNKNOWN_ACTOR = "unknown"
UNKNOWN_COLOUR = "#6b6b6b"


def actor_colours(actors: list[str]) -> dict[str, str]:
    """A colour per actor (grey for "unknown"), cycling through the palette past twenty actors."""
    named = sorted(a for a in set(actors) if a != UNKNOWN_ACTOR)
    colours = {actor: PALETTE[i % len(PALETTE)] for i, actor in enumerate(named)}
    colours[UNKNOWN_ACTOR] = UNKNOWN_COLOUR
    return colours
