"""The map and its HTML, checked without a browser: offline assets, escaping, markers, basemap."""
from __future__ import annotations

import base64
import datetime as dt
import json

import folium
import folium.plugins
import pandas as pd
import pytest

from dashboard_data import HOSTILE_EVENTS, XSS_IMG, XSS_SCRIPT, fill
from strikes import queries
from strikes.dashboard import basemap
from strikes.dashboard.evidence import marked_article
from strikes.dashboard.mapview import (
    CLUSTER_RADIUS, REPORT_WHEN_DRAWN, build_map, marker_rows, popup_template, reference_rows, size_key,
)
from strikes.dashboard.markup import EVENT_POPUP, event_fields, incident_fields, legend
from strikes.dashboard.markup import fill as fill_popup
from strikes.dashboard.offline import MissingAsset, _elements, local_url, localise
from strikes.dashboard.palette import actor_colours
from strikes.store import EventFilter, Store


@pytest.fixture
def filled(store: Store) -> Store:
    return fill(store)


def declared_links(m: folium.Map) -> list[str]:
    """Every JS/CSS URL streamlit-folium would hand to its iframe for this map."""
    return [url for e in _elements(m) for _, url in [*getattr(e, "default_js", []), *getattr(e, "default_css", [])]]


def test_every_asset_of_the_map_is_a_shipped_data_url(filled: Store) -> None:
    m = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), actor_colours(filled.actors()), None)
    links = declared_links(m)
    assert len(links) == 6
    assert all(url.startswith(("data:text/javascript;base64,", "data:text/css;base64,")) for url in links)


def test_the_map_ships_no_script_it_does_not_run(filled: Store) -> None:
    """Leaflet, its marker clusters and the heatmap; not folium's jQuery, which only folium's own
    popup objects use (ours are bound by the markers' callback)."""
    m = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), actor_colours(filled.actors()), None)
    scripts = [base64.b64decode(url.split(",", 1)[1]) for url in declared_links(m) if "javascript" in url]
    assert len(scripts) == 3  # leaflet, its marker clusters, the heatmap
    assert not any(b"jquery.org/license" in s for s in scripts)
    assert "$(" not in m.get_root().render()


def test_a_cdn_asset_we_do_not_ship_is_an_error_not_a_blank_map() -> None:
    m = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(MissingAsset, match="Control.FullScreen"):
        localise(m)


def test_leaflet_css_carries_its_images() -> None:
    css = base64.b64decode(local_url("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css").split(",")[1])
    assert b"url(images/" not in css
    assert css.count(b"url(data:image/png;base64,") == 3


def test_popup_shows_hostile_text_as_text() -> None:
    popup = fill_popup(EVENT_POPUP, event_fields({**HOSTILE_EVENTS[0].to_json(), "id": 5, "article_id": 3,
                                            "article_title": f"Report {XSS_SCRIPT}"}))
    assert "<script" not in popup and "<img" not in popup
    assert "&lt;img src=x onerror=alert(1)&gt;" in popup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in popup
    assert "href='/articles?article=3'" in popup and "href='/event?event=5'" in popup


def test_popup_says_what_the_article_does_not_state() -> None:
    popup = fill_popup(EVENT_POPUP, event_fields({"date": None, "place": "Homs", "actor": "Russia", "killed": float("nan"),
                                            "id": 2, "article_id": 1}))
    assert "date not stated" in popup and "killed: not stated" in popup


def test_a_popup_names_the_country_of_its_place() -> None:
    event = {"date": dt.date(2016, 5, 2), "place": "Kafr Test", "country": "SY", "actor": "Russia", "id": 2,
             "article_id": 1}
    incident = {**event, "reports": 2, "sources": 2, "grade": "corroborated"}
    assert event_fields(event)[1] == incident_fields(incident)[1] == "Kafr Test, Syria"
    assert event_fields({**event, "country": None})[1] == "Kafr Test"


def test_legend_escapes_actor_names() -> None:
    assert "&lt;b&gt;" in legend({"<b>": "#000000"})


def test_markers_carry_colour_size_popup_and_event_count(filled: Store) -> None:
    colours = actor_colours(filled.actors())
    data = queries.map_data(filled, EventFilter(actors=("Saudi-led coalition",)), queries.EVENTS)
    rows = marker_rows(data, colours)
    assert [(r[2], r[5]) for r in rows] == [(colours["Saudi-led coalition"], 1)] * 2
    sanaa = next(r for r in rows if "Sanaa" in fill_popup(popup_template(data), r[4]))
    assert sanaa[3] == 19.0  # 5 + 2 * sqrt(49): the radius stops growing at 49 killed


def test_cell_markers_count_every_event(filled: Store) -> None:
    data = queries.map_data(filled, EventFilter(), queries.EVENTS, max_markers=2, max_cells=4)
    rows = marker_rows(data, actor_colours(filled.actors()))
    assert sorted(r[5] for r in rows) == [2, 3]
    assert all("events</b> in this 10° cell" in fill_popup(popup_template(data), r[4]) for r in rows)


def test_the_map_sends_each_popups_fields_and_its_template_once(filled: Store) -> None:
    """A popup is built when it opens, from the map's one template and the marker's escaped fields."""
    data = queries.map_data(filled, EventFilter(), queries.EVENTS)
    html = build_map(data, actor_colours(filled.actors()), None).get_root().render()
    assert html.count("strike-popup") == 3  # the style sheet's two rules and the template, whatever the markers
    assert html.count("details and why") == 1
    homs = next(r for r in marker_rows(data, actor_colours(filled.actors())) if r[4][1] == "Homs, Syria")
    assert homs[4][2] == "Russia" and homs[4][11].startswith("/event?event=")
    assert fill_popup("<b>{1}</b> {0}{1}", ["{1}", "a&amp;b"]) == "<b>a&amp;b</b> {1}a&amp;b"  # fields are not filled in turn


def test_hostile_article_never_reaches_the_map_script_unescaped(filled: Store) -> None:
    html = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), actor_colours(filled.actors()), None).get_root().render()
    assert XSS_SCRIPT not in html and XSS_IMG not in html


def test_offline_basemap_has_the_countries() -> None:
    countries = basemap.countries()
    assert len(countries["features"]) == 177
    syria = next(f for f in countries["features"] if f["properties"]["name"] == "Syria")
    lons = [p[0] for ring in syria["geometry"]["coordinates"] for p in ring]
    lats = [p[1] for ring in syria["geometry"]["coordinates"] for p in ring]
    assert min(lons) < 36.72 < max(lons) and min(lats) < 34.73 < max(lats)


def test_tiles_are_offline_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(basemap.TILES_ENV, raising=False)
    assert basemap.tiles_from_env() is None
    monkeypatch.setenv(basemap.TILES_ENV, "online")
    assert basemap.tiles_from_env() == basemap.Tiles(basemap.OSM_TILES, basemap.OSM_ATTRIBUTION)
    monkeypatch.setenv(basemap.TILES_ENV, "https://tiles.example/{z}/{x}/{y}.png")
    with pytest.raises(ValueError, match="ATTRIBUTION"):
        basemap.tiles_from_env()


def test_online_tiles_keep_boundaries_and_credit_the_tiles(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(basemap.TILES_ENV, "online")
    html = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), {}, basemap.tiles_from_env()).get_root().render()
    assert "tile.openstreetmap.org" in html and "OpenStreetMap" in html and "Syria" in html


def test_article_text_is_escaped_with_evidence_marked() -> None:
    text = f"Intro {XSS_SCRIPT}.\n\nJets struck Homs. Later talks."
    assert marked_article(text, ["Jets struck Homs."]) == (
        "<p>Intro &#60;script&#62;alert(1)&#60;/script&#62;.</p>"
        "<p><mark title='event 1'>Jets struck Homs.</mark><sup>1</sup> Later talks.</p>"
    )


def test_palette_is_stable_whatever_the_filter() -> None:
    assert actor_colours(["Russia", "Israel", "unknown"]) == {"Israel": "#4c78a8", "Russia": "#f58518",
                                                               "unknown": "#6b6b6b"}


def test_heatmap_is_a_layer_to_toggle_off_by_default(filled: Store) -> None:
    m = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), actor_colours(filled.actors()), None)
    elements = list(_elements(m))
    heat = next(e for e in elements if isinstance(e, folium.plugins.HeatMap))
    assert heat.show is False and heat.control is True and len(heat.data) == 5
    assert any(isinstance(e, folium.LayerControl) for e in elements)


def test_legend_names_the_actors_on_the_map_in_their_colours(filled: Store) -> None:
    colours = actor_colours(filled.actors())
    m = build_map(queries.map_data(filled, EventFilter(countries=("YE", "PS")), queries.EVENTS), colours, None)
    corner = next(e for e in _elements(m) if type(e).__name__ == "_Corner")
    assert f"background:{colours['Israel']}" in corner.html and "Saudi-led coalition" in corner.html
    assert "Russia" not in corner.html


def test_a_dozen_actors_get_a_dozen_colours() -> None:
    colours = actor_colours([f"actor {i}" for i in range(12)])
    assert len(set(colours.values())) == 13  # and grey for "unknown"


def test_the_legend_says_what_a_marker_size_means_with_the_markers_own_sizes(filled: Store) -> None:
    m = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), actor_colours(filled.actors()), None)
    corner = next(e for e in _elements(m) if type(e).__name__ == "_Corner")
    assert "<b>Killed</b>" in corner.html
    assert "width:10px" in corner.html and "width:38px" in corner.html  # 5 px and 19 px radius, as markers
    assert corner.html.startswith("<details class='strike-legend' open>")


def test_grid_cells_say_their_size_is_a_count_of_events() -> None:
    title, sizes = size_key("cells")
    assert title == "Events in a cell" and [label for _, label in sizes] == ["1", "10", "100", "1,000"]


def test_markers_cluster_only_where_they_overlap_and_clusters_show_their_actors(filled: Store) -> None:
    html = build_map(queries.map_data(filled, EventFilter(), queries.EVENTS), actor_colours(filled.actors()), None).get_root().render()
    assert f'"maxClusterRadius": {CLUSTER_RADIUS}' in html
    assert "conic-gradient(" in html  # a pie of the actors' colours, weighted by events


def test_no_country_is_drawn_as_a_band_across_the_antimeridian() -> None:
    for feature in basemap.countries()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for ring in (ring for polygon in polygons for ring in polygon):
            jumps = [(a, b) for a, b in zip(ring, ring[1:]) if abs(a[0] - b[0]) > 180]
            assert all(a[1] == b[1] == -90 for a, b in jumps), feature["properties"]["name"]


def test_the_offline_basemap_names_countries_and_big_cities() -> None:
    labels = {row[2]: row for row in json.loads(basemap.labels_json())}
    assert labels["Russia"][3] == 2 and labels["Syria"][4] == "country"
    assert labels["Damascus"][4] == "city" and abs(labels["Damascus"][0] - 33.5) < 0.1
    assert "Antarctica" not in labels


def test_incident_markers_are_ringed_by_grade_and_their_popups_say_so(filled: Store) -> None:
    from strikes.model import Article, StrikeEvent

    text = "Jets struck Homs on Wednesday, killing 40 civilians, a monitor said."
    filled.add(Article(text, title="a second outlet", origin="second.txt"),
               [StrikeEvent(date=dt.date(2015, 9, 30), place="Homs", country="SY", lat=34.7268, lon=36.7234,
                            geo_precision=1, actor="Russia", civilians_killed=40, source="a monitor",
                            evidence=text)])
    data = queries.map_data(filled, EventFilter(countries=("SY",)))
    rows = marker_rows(data, actor_colours(filled.actors()))
    homs = next(r for r in rows if r[4][1] == "Homs, Syria")
    assert homs[6] == 1  # corroborated: the thick ring
    popup = fill_popup(popup_template(data), homs[4])
    assert "<b>corroborated</b>: 2 reports, 2 independent sources" in popup
    assert "reports say 36–40" in popup and "killed (best): 36" in popup
    assert len(rows) == 2  # Homs told twice is one mark
    html = build_map(queries.map_data(filled, EventFilter()), actor_colours(filled.actors()), None).get_root().render()
    assert "border:3px dashed #d6336c" in html  # the legend's ring for a contested incident


def test_reference_events_have_their_own_layer_saying_whether_the_articles_report_them() -> None:
    refs = pd.DataFrame({"origin": ["ACLED", "ACLED"], "source_id": ["TST1", "<b>TST2</b>"],
                         "date": [dt.date(2015, 9, 30)] * 2, "place": ["Homs", "Hama"], "actor": ["A", "B"],
                         "fatalities": [30, 2], "lat": [34.7, 35.1], "lon": [36.7, 36.75],
                         "incident_id": pd.array([1, None], dtype="Int64")})
    empty = queries.MapData("events", pd.DataFrame(columns=["lat", "lon", "actor"]), 0, 0)
    html = build_map(empty, {}, None, refs).get_root().render()
    assert "Reference: ACLED" in html
    rows = reference_rows(refs)
    assert [r[2] for r in rows] == [1, 0]  # green ring: reported by the articles; grey: not
    assert "reported in your articles: incident 1" in rows[0][3] and "not in your articles" in rows[1][3]
    assert "<b>TST2</b>" not in rows[1][3] and "&lt;b&gt;TST2&lt;/b&gt;" in rows[1][3]


def test_the_map_opens_on_its_markers_before_drawing_them_with_no_zoom_animation(filled: Store) -> None:
    html = build_map(queries.map_data(filled, EventFilter()), {}, None).get_root().render()
    fit = html.index(".fitBounds(")
    assert fit < html.index("L.markerClusterGroup(") and fit < html.index("L.geoJSON(")
    options = json.loads(html[html.index("{", fit): html.index("}", fit) + 1])
    assert options == {"animate": False, "maxZoom": 6, "paddingBottomRight": [30, 30], "paddingTopLeft": [30, 30]}


def test_the_cached_map_frame_is_what_st_folium_sends(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The map drawn from made arguments (mapframe.py) is the one st_folium would draw: same
    script, header, assets and key, so the iframe and its markers are unchanged."""
    import streamlit_folium

    from strikes.dashboard.mapframe import MAP_KEY, component_args, draw

    sent: list[dict[str, object]] = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: sent.append(kwargs))
    colours = actor_colours(filled.actors())
    for unit in (queries.EVENTS, queries.Counting()):
        data = queries.map_data(filled, EventFilter(), unit)
        streamlit_folium.st_folium(build_map(data, colours, None), height=480, use_container_width=True,
                                   returned_objects=[], key=MAP_KEY)
        draw(component_args(build_map(data, colours, None)), 480)
        by_folium, by_cache = (dict(args) for args in sent[-2:])
        assert by_folium.pop("on_change") is not None and by_cache.pop("on_change") is None
        assert by_cache == by_folium
        assert "L.circleMarker" in by_cache["script"] and by_cache["js_links"]


def test_the_map_says_it_has_drawn_only_to_a_page_that_waits_for_it(filled: Store,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A page waiting for the map (firstmap.py) asks it to report, and the map's script reports
    through the component protocol once its layers are drawn; a page that does not wait asks nothing
    of the same map (same script, same key: the iframe stays)."""
    import streamlit_folium

    from strikes.dashboard.mapframe import component_args, draw

    sent: list[dict[str, object]] = []
    answers = iter([{}, {"drawn": True}, {}])
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: sent.append(kwargs) or next(answers))
    args = component_args(build_map(queries.map_data(filled, EventFilter()), {}, None))
    assert [draw(args, 480, report=True), draw(args, 480, report=True), draw(args, 480)] == [False, True, False]
    waiting, _, not_waiting = sent
    assert REPORT_WHEN_DRAWN in waiting["header"] and REPORT_WHEN_DRAWN not in not_waiting["header"]
    assert waiting["script"] == not_waiting["script"] and waiting["key"] == not_waiting["key"]
    script = waiting["script"]
    report = script.index("streamlit:setComponentValue")
    assert script.index("L.markerClusterGroup(") < script.index(".whenReady(") < report
    assert "{drawn: true}" in script[report:report + 120]
