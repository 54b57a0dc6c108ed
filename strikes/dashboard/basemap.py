"""What the map is drawn on: country boundaries that ship with us, or online tiles when allowed.

Tiles need the network, which an air-gapped newsroom does not have, so the default basemap is
Natural Earth's 1:110m countries (public domain, via the world-atlas TopoJSON in `assets/`). With
`STRIKE_ATLAS_TILES=online` (OpenStreetMap) or a tile URL template, tiles are drawn under the same
boundaries, so the map still shows where things are if the tiles fail to load.
"""
from __future__ import annotations

import functools
import html
import json
import os
from dataclasses import dataclass
from typing import Any

from geo import ATTRIBUTION
from strikes.dashboard.offline import ASSETS

TILES_ENV = "STRIKE_ATLAS_TILES"
TILES_ATTRIBUTION_ENV = "STRIKE_ATLAS_TILES_ATTRIBUTION"
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
BOUNDARIES_ATTRIBUTION = 'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
GEONAMES_ATTRIBUTION = html.escape(ATTRIBUTION)  # the places' sources, as their licences ask


@dataclass(frozen=True)
class Tiles:
    """An online tile layer: its URL template and the attribution its licence requires."""

    url: str
    attribution: str


def tiles_from_env() -> Tiles | None:
    """The tile layer the user chose, or None for the offline basemap alone (the default)."""
    choice = os.environ.get(TILES_ENV, "offline").strip()
    if choice in ("", "offline"):
        return None
    if choice == "online":
        return Tiles(OSM_TILES, OSM_ATTRIBUTION)
    attribution = os.environ.get(TILES_ATTRIBUTION_ENV)
    if not attribution:
        raise ValueError(f"{TILES_ENV} is a tile URL: set {TILES_ATTRIBUTION_ENV} to its attribution")
    return Tiles(choice, attribution)


@functools.cache
def countries() -> dict[str, Any]:
    """Natural Earth countries as a GeoJSON FeatureCollection (decoded once from the shipped TopoJSON)."""
    topology = json.loads((ASSETS / "countries-110m.json").read_text(encoding="utf-8"))
    arcs = _absolute_arcs(topology)

    def ring(indices: list[int]) -> list[list[float]]:
        points: list[list[float]] = []
        for index in indices:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            coordinates: list[Any] = [ring(r) for r in geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append({
            "type": "Feature",
            "properties": {"name": geometry.get("properties", {}).get("name")},
            "geometry": {"type": geometry["type"], "coordinates": coordinates},
        })
    return {"type": "FeatureCollection", "features": features}


@functools.cache
def countries_json() -> str:
    """The countries as one compact JSON text, encoded once per process rather than once per map."""
    return json.dumps(countries(), separators=(",", ":"))


def _absolute_arcs(topology: dict[str, Any]) -> list[list[list[float]]]:
    """TopoJSON arcs are quantised and delta-encoded; undo both (2 decimals is ~1 km, plenty at 1:110m)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        decoded.append(points)
    return decoded
