"""Make a folium map draw with no network at all.

streamlit-folium hands every `default_js`/`default_css` URL that folium and its plugins declare to
its iframe, which loads them one after the other; one URL that cannot load stops the map script
half-way (a blank, 0 px high map). Streamlit's static file serving sends .js as text/plain, which
Chromium refuses to run, so each URL is replaced by a data: URL of a file shipped in `assets/`
(or, for the heatmap plugin, inside the folium package itself).
"""
from __future__ import annotations

import base64
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import folium
import folium.elements
from branca.element import Element

ASSETS = Path(__file__).parent / "assets"
_FOLIUM_TEMPLATES = Path(folium.__file__).parent / "templates"

LOCAL_FILES: dict[str, Path] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": ASSETS / "leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": ASSETS / "leaflet.css",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js":
        ASSETS / "leaflet.markercluster.js",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css":
        ASSETS / "MarkerCluster.css",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css":
        ASSETS / "MarkerCluster.Default.css",
    "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js":
        _FOLIUM_TEMPLATES / "leaflet_heat.min.js",
}
"""Every CDN URL our maps' elements declare, and the local file with the same bytes."""

UNUSED_ASSETS = frozenset({
    "bootstrap", "bootstrap_css", "glyphicons_css", "awesome_markers",
    "awesome_markers_css", "awesome_markers_font_css", "awesome_rotate_css", "jquery",
})
"""folium.Map declares these for its icon styles (folium.Icon) and for folium's own popups and
"objects in front" (jQuery); our maps draw circles, never icons, and bind popups in their own
callbacks. jQuery alone was 117 kB of base64 that the map's iframe decoded and ran before its map."""

_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}
_CSS_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")


class MissingAsset(RuntimeError):
    """A map element declares a URL we do not ship: the map would stay blank offline."""


def _data_url(raw: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


@functools.cache
def local_url(url: str) -> str:
    """The data: URL standing in for a CDN URL (CSS with its images inlined, as a data: URL has no folder)."""
    if url.startswith("data:"):
        return url
    path = LOCAL_FILES.get(url)
    if path is None:
        raise MissingAsset(f"no local copy of {url}; add it to strikes/dashboard/assets and LOCAL_FILES")
    raw = path.read_bytes()
    if path.suffix == ".css":
        text = _CSS_URL.sub(
            lambda m: f"url({_data_url((path.parent / m.group(1)).read_bytes(), 'image/png')})",
            raw.decode("utf-8"),
        )
        raw = text.encode("utf-8")
    return _data_url(raw, _MIME[path.suffix])


def _elements(root: Element) -> Iterator[Element]:
    yield root
    for child in root._children.values():
        yield from _elements(child)


def localise(m: folium.Map) -> folium.Map:
    """Point every asset that `m` and its children declare at a shipped copy; raise MissingAsset if one is not shipped."""
    for element in _elements(m):
        if isinstance(element, folium.elements.JSCSSMixin):
            element.default_js = [
                (name, local_url(url)) for name, url in element.default_js if name not in UNUSED_ASSETS
            ]
            element.default_css = [
                (name, local_url(url)) for name, url in element.default_css if name not in UNUSED_ASSETS
            ]
    return m
