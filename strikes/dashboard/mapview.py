"""The folium map of strike events: coloured by actor, sized by casualties, clustered, offline.

Markers are drawn by the browser from a compact list (FastMarkerCluster with a JavaScript
callback) rather than as one folium object each: 10k folium markers are 7.7 MB of HTML and take
seconds to build, the list a fraction of that. Each marker carries how many events it stands for,
so a cluster's label is the number of events inside it, for single events and grid cells alike.
"""
from __future__ import annotations

import math

import folium
import folium.plugins
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template

from strikes.dashboard.basemap import BOUNDARIES_ATTRIBUTION, GEONAMES_ATTRIBUTION, Tiles, countries_json
from strikes.dashboard.offline import localise
from strikes.dashboard.palette import UNKNOWN_COLOUR
from strikes.dashboard.markup import cell_popup, event_popup, legend
from strikes.queries import MapData

SEA = "#cfe0ea"
LAND = "#f4f1ea"
BORDER = "#8c8c8c"

_MARKER = """function (row) {
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]), {
        radius: row[3], color: row[2], fillColor: row[2], fillOpacity: 0.7, weight: 1, events: row[5]
    });
    marker.bindPopup(row[4], {maxWidth: 340});
    return marker;
}"""

# A cluster is labelled with the events inside it, whether its markers are events or grid cells.
_CLUSTER_ICON = """function (cluster) {
    var events = cluster.getAllChildMarkers().reduce(function (n, m) { return n + m.options.events; }, 0);
    var size = events < 100 ? 'small' : (events < 1000 ? 'medium' : 'large');
    return L.divIcon({
        html: '<div><span>' + events.toLocaleString() + '</span></div>',
        className: 'marker-cluster marker-cluster-' + size, iconSize: new L.Point(40, 40)
    });
}"""

_STYLE = f"""<style>
.leaflet-container {{ background: {SEA}; }}
.strike-popup {{ font: 13px/1.45 sans-serif; }}
.strike-popup q {{ color: #333; }}
.strike-legend {{ background: rgba(255,255,255,.9); padding: 6px 8px; font: 12px/1.5 sans-serif;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-height: 40vh; overflow-y: auto; }}
.strike-legend .swatch {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 6px; }}
</style>"""


class _Corner(MacroElement):
    """Static HTML in a corner of the map (the legend): content passed as a JSON string, never as code."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var corner = L.control({position: 'bottomright'});
            corner.onAdd = function () {
                var div = L.DomUtil.create('div');
                div.innerHTML = {{ this.html|tojson }};
                return div;
            };
            corner.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "Corner"
        self.html = html


class _Attribution(MacroElement):
    """Credits that no tile layer carries: the offline boundaries and GeoNames (CC BY requires it)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});
        {% endmacro %}
    """)

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text = text


class _Boundaries(folium.map.Layer):
    """Natural Earth's countries, from one JSON text made once per process.

    The same 0.9 MB on every map: folium.GeoJson would encode it again on each rerun, and
    st_folium asks each layer for its bounds, which walks its 58k border points; together about
    60 ms of every rerun for a layer that never changes.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJSON({{ this.geojson }}, {interactive: false, style: {{ this.style|tojson }}});
        {% endmacro %}
    """)

    def __init__(self, style: dict[str, object], control: bool) -> None:
        super().__init__(name="Country boundaries", overlay=True, control=control)
        self._name = "Boundaries"
        self.style = style
        self.geojson = countries_json()


def marker_rows(data: MapData, colours: dict[str, str]) -> list[list[object]]:
    """[lat, lon, colour, radius, popup HTML, events] per marker, the list the browser draws from."""
    frame = data.points
    if frame.empty:
        return []
    colour = frame["actor"].map(lambda actor: colours.get(actor, UNKNOWN_COLOUR))
    records = frame.to_dict(orient="records")
    if data.mode == "events":
        toll = frame["killed"].fillna(frame["civilians_killed"]).fillna(0)
        radius = (5 + 2 * toll.clip(upper=49) ** 0.5).round(1)
        popups = [event_popup(r) for r in records]
        weights = [1] * len(frame)
    else:
        radius = (4 + 3 * frame["events"].map(math.log10)).round(1)
        popups = [cell_popup(r, data.cell_degrees or 0) for r in records]
        weights = frame["events"].astype(int).tolist()
    return [
        [round(lat, 5), round(lon, 5), c, r, p, w]
        for lat, lon, c, r, p, w in zip(frame["lat"], frame["lon"], colour, radius, popups, weights)
    ]


LEGEND_WIDTH, LEGEND_HEAD, LEGEND_ROW, LEGEND_MAX = 190, 40, 17, 220  # pixels, as .strike-legend draws it (it scrolls)


def build_map(data: MapData, colours: dict[str, str], tiles: Tiles | None) -> folium.Map:
    """The whole map for a filter, with every asset local: boundaries, markers, heatmap, legend."""
    # Without a tile layer Leaflet knows no zoom limit, which the marker clusters need.
    m = folium.Map(location=[25, 30], zoom_start=2, tiles=None, prefer_canvas=True, control_scale=True,
                   minZoom=1, maxZoom=18)
    m.get_root().header.add_child(Element(_STYLE))
    if tiles is not None:
        folium.TileLayer(tiles.url, attr=tiles.attribution, name="Tiles").add_to(m)
    # The land is filled only when no tiles are drawn under it; with tiles it is a layer to switch off.
    _Boundaries({"color": BORDER, "weight": 0.6, "fill": tiles is None, "fillColor": LAND, "fillOpacity": 1},
                control=tiles is not None).add_to(m)
    _Attribution(" | ".join(([] if tiles else [BOUNDARIES_ATTRIBUTION]) + [GEONAMES_ATTRIBUTION])).add_to(m)

    rows = marker_rows(data, colours)
    folium.plugins.FastMarkerCluster(
        rows, callback=_MARKER, icon_create_function=_CLUSTER_ICON, name="Strikes",
        disableClusteringAtZoom=9 if data.mode == "events" else None,
    ).add_to(m)
    folium.plugins.HeatMap(
        [[r[0], r[1], r[5]] for r in rows], name="Heatmap", show=False, radius=18,
    ).add_to(m)
    shown = data.points["actor"].unique() if not data.points.empty else []
    _Corner(legend({a: colours.get(a, UNKNOWN_COLOUR) for a in sorted(shown)})).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    if rows:
        lats, lons = [r[0] for r in rows], [r[1] for r in rows]
        # the legend sits in the bottom-right corner: no marker should start out beneath it
        legend_box = (LEGEND_WIDTH, min(LEGEND_HEAD + LEGEND_ROW * len(shown), LEGEND_MAX))
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], max_zoom=6,
                     padding_top_left=(30, 30), padding_bottom_right=legend_box)
    return localise(m)


def event_points(frame: pd.DataFrame) -> MapData:
    """Events the caller already holds (an article's), as map data, so one map code draws both."""
    located = frame[frame["lat"].notna() & frame["lon"].notna()]
    return MapData("events", located, len(located), len(frame) - len(located))
