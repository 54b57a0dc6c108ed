"""The folium map of strike events: coloured by actor, sized by casualties, clustered, offline.

Markers are drawn by the browser from a compact list (FastMarkerCluster with a JavaScript
callback) rather than as one folium object each: 10k folium markers are 7.7 MB of HTML and take
seconds to build, the list a fraction of that. Each marker carries how many events it stands for,
so a cluster's label is the number of events inside it, for single events and grid cells alike,
and its popup's fields, escaped: the popup is built from the map's one template when it opens
(markup.fill), as the whole popup per marker was half of the list and more than half of its bytes
once JSON-escaped for the script (1.4 MB of map arguments for 1,300 incidents, 0.6 MB without).
"""
from __future__ import annotations

import html
import math

import folium
import folium.plugins
from folium.map import FitBounds
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template
from jinja2.utils import htmlsafe_json_dumps

from strikes.dashboard.basemap import (
    BOUNDARIES_ATTRIBUTION, BOUNDARIES_CREDIT, GEONAMES_ATTRIBUTION, PLACES_CREDIT, Tiles, countries_json,
    labels_json,
)
from strikes.dashboard.offline import localise
from strikes.dashboard.palette import UNKNOWN_COLOUR
from strikes.dashboard.markup import (
    EVENT_POPUP, INCIDENT_POPUP, cell_fields, cell_template, event_fields, incident_fields, legend, reference_popup,
)
from strikes.queries import MapData

SEA = "#cfe0ea"
LAND = "#f4f1ea"
BORDER = "#8c8c8c"

GRADE_RINGS = {
    "single source": "border:1px solid #555",
    "corroborated": "border:3px solid #222",
    "contested": "border:3px dashed #d6336c",
}
"""An incident's grade as its marker's ring (CSS for the legend; the same strokes on the map)."""

# row[4] is the popup's fields (escaped), filled into `template` on opening as markup.fill does;
# row[6] is an incident's grade (-1 for an event or a cell): its ring says how well the strike is sourced.
_MARKER = r"""function (row) {
    var rings = [{weight: 1}, {weight: 3, color: '#222'}, {weight: 3, color: '#d6336c', dashArray: '4 3'}];
    var options = {radius: row[3], color: row[2], fillColor: row[2], fillOpacity: 0.7, weight: 1, events: row[5]};
    var ring = rings[row[6]] || {};
    for (var k in ring) { options[k] = ring[k]; }
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]), options);
    marker.bindPopup(function () {
        return template.replace(/\{(\d+)\}/g, function (_, i) { return row[4][i]; });
    }, {maxWidth: 340});
    return marker;
}"""


def _marker_callback(template: str) -> str:
    """_MARKER with the popups' template, as a JSON string (no `</script>` can end the map's script)."""
    return f"(function (template) {{ return {_MARKER}; }})({htmlsafe_json_dumps(template)})"

# A reference dataset's event: a hollow ring, green when the user's articles report it.
_REFERENCE_MARKER = """function (row) {
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]), {
        radius: 7, color: row[2] ? '#1a7f37' : '#6e7781', weight: 2, fill: false, dashArray: row[2] ? null : '2 3'
    });
    marker.bindPopup(row[3], {maxWidth: 300});
    return marker;
}"""

# A cluster shows what it holds: a pie of its actors' colours, weighted by events, around the
# number of events inside it (for single events and grid cells alike).
_CLUSTER_ICON = """function (cluster) {
    var byColour = {}, events = 0;
    cluster.getAllChildMarkers().forEach(function (m) {
        byColour[m.options.fillColor] = (byColour[m.options.fillColor] || 0) + m.options.events;
        events += m.options.events;
    });
    var stops = [], start = 0;
    Object.keys(byColour).sort(function (a, b) { return byColour[b] - byColour[a]; }).forEach(function (c) {
        var end = start + 360 * byColour[c] / events;
        stops.push(c + ' ' + start.toFixed(1) + 'deg ' + end.toFixed(1) + 'deg');
        start = end;
    });
    var size = Math.round(28 + 8 * Math.log10(events));
    return L.divIcon({
        html: '<div class="strike-cluster" style="background:conic-gradient(' + stops.join(',') + ')">'
            + '<span>' + events.toLocaleString() + '</span></div>',
        className: 'strike-cluster-icon', iconSize: new L.Point(size, size)
    });
}"""

CLUSTER_RADIUS = 14
"""Pixels: markers are clustered only where they would overlap (a marker's radius is 5 to 19)."""

SCALE_ROOM = 120
"""Pixels kept free for the scale bar (at most 100 px wide, bottom left) beside the credits (bottom right).
folium sets the map's font to 1rem (16 px), at which the places' credits ran over three lines on a
desktop's Overview and five on a phone, over the scale bar and a sixth of the map."""

LEGEND_COLUMN = 180
"""Pixels: the legend's width per column of entries (an actor's name of three words fits)."""

_STYLE = f"""<style>
.leaflet-container {{ background: {SEA}; }}
.strike-popup {{ font: 13px/1.45 sans-serif; color: #222; }}
.strike-popup q {{ color: #333; }}
.strike-legend {{ background: rgba(255,255,255,.92); color: #222; padding: 4px 8px; font: 12px/1.35 sans-serif;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: {LEGEND_COLUMN}px; overflow-y: auto; }}
.strike-legend summary {{ cursor: pointer; font-weight: bold; }}
.strike-legend .legend-body {{ column-gap: 14px; }}
.strike-legend .legend-body b {{ display: block; break-after: avoid; }}
.strike-legend .legend-body div {{ break-inside: avoid; }}
.strike-legend .swatch {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 6px; }}
.strike-legend .size {{ display: inline-block; border-radius: 50%; border: 1px solid #555;
  background: rgba(120,120,120,.35); margin-right: 6px; vertical-align: middle; }}
.strike-cluster-icon {{ background: none; }}
.strike-cluster {{ width: 100%; height: 100%; border-radius: 50%; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 0 0 2px rgba(255,255,255,.9), 0 1px 4px rgba(0,0,0,.4); }}
.strike-cluster span {{ background: rgba(255,255,255,.92); color: #222; border-radius: 9px;
  padding: 0 4px; font: bold 11px/16px sans-serif; }}
.leaflet-container .leaflet-control-attribution, .leaflet-container .leaflet-control-scale-line {{
  font-size: 11px; line-height: 1.4; }}
.leaflet-container .leaflet-control-attribution {{ max-width: calc(100% - {SCALE_ROOM}px); }}
.leaflet-container .leaflet-control-attribution.strike-credits-folded {{ max-width: none; }}
.leaflet-container .strike-credits-toggle {{ box-sizing: border-box; width: 14px; height: 14px; margin: 0 0 0 5px;
  padding: 0; border: 1px solid #0078a8; border-radius: 50%; background: #fff; color: #0078a8; cursor: pointer;
  font: bold 10px/12px Georgia, serif; text-align: center; vertical-align: -2px; }}
.place-label {{ background: none; border: none; color: #555; font: 11px/1.1 sans-serif; white-space: nowrap;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff; pointer-events: none; transform: translate(-50%, -50%); }}
.place-label.country {{ color: #6b5f4a; font-size: 10px; letter-spacing: .06em; text-transform: uppercase; }}
</style>"""


class _Labels(MacroElement):
    """Country and big-city names for the offline basemap, each shown from its own zoom on, where the map looks.

    A label is made the first time it is shown, and only those in (or half a view around) the
    view are on the map: with every label of its zoom on the map, the 235 names of the world at
    zoom 4 were half of the map script's time and a third of its first paint (a map of the
    Middle East shows some 60). Names are set as text (textContent), never as HTML.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var labels = L.layerGroup().addTo(map), rows = {{ this.rows }}, made = {};
            function label(row) {
                var icon = L.divIcon({className: 'place-label ' + row[4], iconSize: null, html: ''});
                var marker = L.marker([row[0], row[1]], {icon: icon, interactive: false, keyboard: false});
                marker.on('add', function () { marker.getElement().textContent = row[2]; });
                return marker;
            }
            function update() {
                var zoom = map.getZoom(), near = map.getBounds().pad(0.5);
                rows.forEach(function (row, i) {
                    var shown = zoom >= row[3] && near.contains([row[0], row[1]]), marker = made[i];
                    if (shown && !marker) marker = made[i] = label(row);
                    if (shown && !labels.hasLayer(marker)) labels.addLayer(marker);
                    else if (!shown && marker && labels.hasLayer(marker)) labels.removeLayer(marker);
                });
            }
            map.on('moveend', update);
            update();
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "Labels"
        self.rows = labels_json()


class _Corner(MacroElement):
    """The legend, top right under the layer switch, folded on a phone: passed as a JSON string, never as code.

    Open, it shows every entry: when they do not fit in the map's height above the credits, they
    flow into a second column (up to four) rather than into a box that scrolls and cuts the last off.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var corner = L.control({position: 'topright'});
            corner.onAdd = function () {
                var div = L.DomUtil.create('div');
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                var legend = div.querySelector('details'), body = legend.querySelector('.legend-body');
                // on a phone the legend starts folded: one tap opens it
                if (map.getSize().x < 600) legend.open = false;
                function fit() {
                    legend.style.maxHeight = '';
                    body.style.columnCount = '';
                    legend.style.maxWidth = '';
                    if (!legend.open || !div.parentNode) return;
                    var top = div.getBoundingClientRect().top - map.getContainer().getBoundingClientRect().top;
                    var room = map.getSize().y - top - {{ this.credits_room }};
                    var wide = map.getSize().x - {{ this.zoom_room }};
                    for (var columns = 1; columns <= 4; columns++) {
                        body.style.columnCount = columns;
                        legend.style.maxWidth = Math.min(columns * {{ this.column }}, wide) + 'px';
                        if (legend.offsetHeight <= room) return;
                    }
                    legend.style.maxHeight = room + 'px';  // more entries than four columns hold: it scrolls
                }
                legend.addEventListener('toggle', fit);
                map.on('resize', fit);
                map.whenReady(function () { requestAnimationFrame(fit); });
                return div;
            };
            corner.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "Corner"
        self.html = html
        self.column = LEGEND_COLUMN
        self.credits_room = 40  # pixels: the folded credits' line and its margins, bottom right
        self.zoom_room = 60  # pixels: the zoom buttons, top left


COMPACT_BELOW = 640
"""Pixels: a map narrower than this folds its credits to the sources' names and a button that unfolds
them (as MapLibre's compact attribution does below 640 px). Unfolded, the places' licences ran over
three lines on a desktop's Overview and five on a phone, a seventh of the map."""


class _Credits(MacroElement):
    """The map's credits: what the tile layer carries, the offline boundaries and the places' sources
    (CC BY asks for them), folded on a small map to `short` and a button that shows them all.

    Leaflet's attribution control rewrites its box whenever a layer's credit comes or goes, so the
    fold is that control's own drawing, not a box put beside it.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var Credits = L.Control.Attribution.extend({
                onAdd: function (map) {
                    var box = L.Control.Attribution.prototype.onAdd.call(this, map);
                    L.DomEvent.on(box, 'click', function (e) {
                        if (!e.target.closest('.strike-credits-toggle')) return;
                        this._unfolded = !this._unfolded;
                        this._update();
                    }, this);
                    map.on('resize', this._update, this);
                    return box;
                },
                _update: function () {
                    L.Control.Attribution.prototype._update.call(this);
                    if (!this._map) return;
                    var small = this._map.getSize().x < {{ this.compact_below }}, box = this._container;
                    L.DomUtil[small && !this._unfolded ? 'addClass' : 'removeClass'](box, 'strike-credits-folded');
                    if (!small) return;
                    if (!this._unfolded) box.innerHTML = {{ this.short|tojson }};
                    var toggle = L.DomUtil.create('button', 'strike-credits-toggle', box);
                    toggle.type = 'button';
                    toggle.textContent = this._unfolded ? '\u00d7' : 'i';
                    toggle.title = this._unfolded ? 'Fold the credits' : 'Credits and licences';
                    toggle.setAttribute('aria-label', toggle.title);
                    toggle.setAttribute('aria-expanded', this._unfolded ? 'true' : 'false');
                }
            });
            map.attributionControl.remove();
            new Credits().addTo(map).addAttribution({{ this.text|tojson }});
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, text: str, short: str) -> None:
        super().__init__()
        self._name = "Credits"
        self.text = text
        self.short = short
        self.compact_below = COMPACT_BELOW


_REPORT = "strike-atlas-report-drawn"
REPORT_WHEN_DRAWN = f'<meta name="{_REPORT}">'
"""Put in the map's header by a page that waits for the map (see firstmap.py): the map then says when it has drawn."""


class _Drawn(MacroElement):
    """Once the map's layers are drawn (the frame after they are), tell the page, if it asked.

    The message is the Streamlit component protocol's own "set component value" (the one st_folium
    sends on a click), so the value `{"drawn": true}` reaches the page's next run.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.whenReady(function () {
            if (!document.querySelector('meta[name=' + {{ this.report|tojson }} + ']')) return;
            requestAnimationFrame(function () {
                window.parent.postMessage({isStreamlitMessage: true, type: 'streamlit:setComponentValue',
                                           value: {drawn: true}, dataType: 'json'}, '*');
            });
        });
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "Drawn"
        self.report = _REPORT


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


def popup_template(data: MapData) -> str:
    """The template of every popup on the map (markup.fill fills it with a marker's fields)."""
    if data.mode == "cells":
        return cell_template(data.cell_degrees or 0, data.unit)
    return INCIDENT_POPUP if data.unit == "incidents" else EVENT_POPUP


def marker_rows(data: MapData, colours: dict[str, str]) -> list[list[object]]:
    """[lat, lon, colour, radius, popup fields, events, ring] per marker, the list the browser draws from."""
    frame = data.points
    if frame.empty:
        return []
    colour = frame["actor"].map(lambda actor: colours.get(actor, UNKNOWN_COLOUR))
    records = frame.to_dict(orient="records")
    rings = [-1] * len(frame)
    if data.mode == "events":
        radius = event_radius(frame["killed"].fillna(frame["civilians_killed"]).fillna(0).astype(float))
        weights = [1] * len(frame)
        if data.unit == "incidents":
            popups = [incident_fields(r) for r in records]
            rings = [list(GRADE_RINGS).index(g) if g in GRADE_RINGS else -1 for g in frame["grade"]]
        else:
            popups = [event_fields(r) for r in records]
    else:
        radius = cell_radius(frame["events"])
        popups = [cell_fields(r) for r in records]
        weights = frame["events"].astype(int).tolist()
    return [
        [round(lat, 5), round(lon, 5), c, r, p, w, g]
        for lat, lon, c, r, p, w, g in zip(frame["lat"], frame["lon"], colour, radius, popups, weights, rings)
    ]


def reference_rows(references: pd.DataFrame) -> list[list[object]]:
    """[lat, lon, reported by the articles (0/1), popup HTML] per located reference event."""
    located = references[references["lat"].notna() & references["lon"].notna()]
    return [[round(float(r["lat"]), 5), round(float(r["lon"]), 5), int(not pd.isna(r["incident_id"])),
             reference_popup(r)] for r in located.to_dict(orient="records")]


def event_radius(toll: pd.Series) -> pd.Series:
    """Pixels: 5 for no toll stated or none killed, growing with the square root up to 19 at 49 killed."""
    return (5 + 2 * toll.clip(upper=49) ** 0.5).round(1)


def cell_radius(events: pd.Series) -> pd.Series:
    return (4 + 3 * events.map(math.log10)).round(1)


def size_key(mode: str, unit: str = "events") -> tuple[str, list[tuple[float, str]]]:
    """What a marker's size means, with sample sizes for the legend, from the same functions as the markers."""
    if mode == "events":
        tolls = pd.Series([0, 9, 49])
        title = "Killed (best figure)" if unit == "incidents" else "Killed"
        return title, list(zip(event_radius(tolls), ["none or not stated", "9", "49 or more"]))
    counts = pd.Series([1, 10, 100, 1000])
    return f"{unit.capitalize()} in a cell", list(zip(cell_radius(counts), ["1", "10", "100", "1,000"]))




def build_map(data: MapData, colours: dict[str, str], tiles: Tiles | None,
              references: pd.DataFrame | None = None) -> folium.Map:
    """The whole map for a filter, with every asset local: boundaries, markers, heatmap, legend, and
    each reference dataset (`references`, with the incident each matches) in a layer of its own."""
    # Without a tile layer Leaflet knows no zoom limit, which the marker clusters need.
    m = folium.Map(location=[25, 30], zoom_start=2, tiles=None, prefer_canvas=True, control_scale=True,
                   minZoom=1, maxZoom=18)
    rows = marker_rows(data, colours)
    if rows:
        _fit_at_once(m, rows)
    m.get_root().header.add_child(Element(_STYLE))
    if tiles is not None:
        folium.TileLayer(tiles.url, attr=tiles.attribution, name="Tiles").add_to(m)
    # The land is filled only when no tiles are drawn under it; with tiles it is a layer to switch off.
    _Boundaries({"color": BORDER, "weight": 0.6, "fill": tiles is None, "fillColor": LAND, "fillOpacity": 1},
                control=tiles is not None).add_to(m)
    _Credits(" | ".join(([] if tiles else [BOUNDARIES_ATTRIBUTION]) + [GEONAMES_ATTRIBUTION]),
             ", ".join([tiles.attribution if tiles else html.escape(BOUNDARIES_CREDIT), html.escape(PLACES_CREDIT)])
             ).add_to(m)
    if tiles is None:
        _Labels().add_to(m)

    folium.plugins.FastMarkerCluster(
        rows, callback=_marker_callback(popup_template(data)), icon_create_function=_CLUSTER_ICON, name="Strikes",
        maxClusterRadius=CLUSTER_RADIUS, disableClusteringAtZoom=9 if data.mode == "events" else None,
    ).add_to(m)
    folium.plugins.HeatMap(
        [[r[0], r[1], r[5]] for r in rows], name="Heatmap", show=False, radius=18,
    ).add_to(m)
    for origin, rows_of_origin in ([] if references is None else references.groupby("origin", sort=True)):
        folium.plugins.FastMarkerCluster(
            reference_rows(rows_of_origin), callback=_REFERENCE_MARKER, name=f"Reference: {origin}",
            maxClusterRadius=CLUSTER_RADIUS, disableClusteringAtZoom=7,
        ).add_to(m)
    shown = data.points["actor"].unique() if not data.points.empty else []
    rings = GRADE_RINGS if data.unit == "incidents" and data.mode == "events" else None
    folium.LayerControl(collapsed=True).add_to(m)
    _Corner(legend({a: colours.get(a, UNKNOWN_COLOUR) for a in sorted(shown)}, *size_key(data.mode, data.unit),
                   rings=rings)).add_to(m)
    _Drawn().add_to(m)
    return localise(m)


def _fit_at_once(m: folium.Map, rows: list[list[object]]) -> None:
    """Open the map on the markers' extent before any layer is drawn, with no zoom animation.

    Fitted after the layers (folium's usual order), the first draw clustered every marker and
    placed every label at the world view, then animated the zoom and did it all again at the
    fitted one: a third of the map's own time to its first markers, and the animation's repaints.
    """
    lats, lons = [r[0] for r in rows], [r[1] for r in rows]
    fit = FitBounds([[min(lats), min(lons)], [max(lats), max(lons)]], max_zoom=6,
                    padding_top_left=(30, 30), padding_bottom_right=(30, 30))
    fit.options["animate"] = False
    m.add_child(fit)


def event_points(frame: pd.DataFrame) -> MapData:
    """Events the caller already holds (an article's), as map data, so one map code draws both."""
    located = frame[frame["lat"].notna() & frame["lon"].notna()]
    return MapData("events", located, len(located), len(frame) - len(located))
