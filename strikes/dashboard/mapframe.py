"""The map's iframe: what streamlit-folium sends to the browser, rendered once per filter and drawn from a cache.

`st_folium` renders its folium map again on every rerun: it runs each element's Jinja template,
re-lexes the 0.4 MB script it produced and hashes it, about 0.15 s of every rerun on an idle
machine (0.4 s under load) even when nothing changed. Here the same arguments are made once, by
streamlit-folium's own helpers (`component_args`), kept in Streamlit's data cache with the
filter's other answers (so a write, which clears that cache, makes them again), and handed to the
same component. tests/test_dashboard_map.py checks that they are exactly what `st_folium` sends.
"""
from __future__ import annotations

from typing import Any

import folium
import streamlit_folium
from streamlit import runtime
from streamlit_folium import generate_js_hash, get_full_id

from strikes.dashboard.mapview import REPORT_WHEN_DRAWN

MAP_KEY = "strike_map"
"""The component's key: a map with the same script keeps its iframe across reruns."""


def component_args(m: folium.Map) -> dict[str, Any]:
    """The arguments `st_folium(m, returned_objects=[], key=MAP_KEY)` hands its component, less the size."""
    m.get_root().render()
    m.render()
    html = streamlit_folium._get_html(m)
    header = streamlit_folium._get_header(m)
    script = streamlit_folium._get_map_string(m)
    css: list[str] = []
    js: list[str] = []
    for element in _elements(m):
        css.extend(href for _, href in getattr(element, "default_css", []))
        js.extend(src for _, src in getattr(element, "default_js", []))
    return {
        "script": script, "header": header, "html": html, "id": get_full_id(m),
        "key": generate_js_hash(script, MAP_KEY, False), "returned_objects": [], "default": {},
        "zoom": None, "center": None, "feature_group": None, "return_on_hover": False, "layer_control": None,
        "pixelated": False, "css_links": list(dict.fromkeys(css)), "js_links": list(dict.fromkeys(js)),
        "wrap_longitude": False,
    }


def serve_component() -> None:
    """Have the running server serve st_folium's frontend files.

    Importing streamlit_folium registers its component only inside a page run; the server's
    warm-up imports it before any run, so it registers it here (outside a server, nothing to do).
    """
    if runtime.exists():
        runtime.get_instance().component_registry.register_component(streamlit_folium._component_func)


def draw(args: dict[str, Any], height: int, report: bool = False) -> bool:
    """The map's iframe from made arguments, the width of its column; whether the browser has said
    that it drew this map, which it does only when asked (`report`: the page waits for it)."""
    if report:  # the header is no part of the component's key: the same map, asked to report
        args = {**args, "header": args["header"] + REPORT_WHEN_DRAWN}
    value = streamlit_folium._component_func(**args, height=height, width=None, on_change=None)
    return isinstance(value, dict) and value.get("drawn") is True


def _elements(element: Any) -> Any:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _elements(child)
