"""The dashboard in a real browser: the map draws offline, counts match the store, text stays text.

Starts `streamlit run dashboard.py` on a free localhost port over a temporary store holding the
seed article (extracted for real) and a hostile article, and drives Debian's Chromium headless.
Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import csv
import datetime as dt
import http.server
import io
import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard_data import HOSTILE, HOSTILE_EVENTS, XSS_IMG, XSS_SCRIPT
from geo import ATTRIBUTION
from strikes import queries, reference
from strikes.dashboard import probe
from strikes.ingest import ingest
from strikes.model import Article, StrikeEvent
from strikes.store import EventFilter, Store

playwright = pytest.importorskip("playwright.sync_api")
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
SEED = REPO / "sample_articles" / "000_4127f627669f9166.txt"

pytestmark = pytest.mark.skipif(not Path(probe.CHROMIUM).exists(), reason="needs Debian's chromium")


class Beacon(http.server.ThreadingHTTPServer):
    """A local server that notes every request: untrusted text that loads anything calls it."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        beacon = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server spelling)
                beacon.requests.append(self.path)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def lures(self, where: str) -> str:
        """Markdown and HTML that would fetch from the beacon if rendered rather than shown."""
        return (f"![{where}]({self.url}/md-{where}.png) <img src=\"{self.url}/html-{where}.png\"> "
                f"[link]({self.url}/link-{where}) <{self.url}/auto-{where}>")


@pytest.fixture(scope="module")
def beacon() -> Iterator[Beacon]:
    server = Beacon()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def lured_article(beacon: Beacon) -> tuple[Article, list[StrikeEvent]]:
    article = Article(text=f"Jets struck Deir Lure on Monday, killing 4 people. {beacon.lures('text')}",
                      title=f"Strike {beacon.lures('title')}", published=dt.date(2015, 9, 20),
                      origin=f"lure {beacon.lures('origin')}.html")
    event = StrikeEvent(date=dt.date(2015, 9, 14), place=f"Deir {beacon.lures('place')}", country="SY",
                        lat=35.3, lon=40.1, geo_precision=1, actor=f"Lure {beacon.lures('actor')}",
                        killed=4, source=f"TV {beacon.lures('source')}",
                        evidence=f"Jets struck {beacon.lures('evidence')}", confidence=0.5)
    return article, [event]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, beacon: Beacon) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'strikes.db'}")
    ingest(store, [SEED])
    store.add(HOSTILE, HOSTILE_EVENTS)
    store.add(*lured_article(beacon))
    return store


@pytest.fixture(scope="module")
def app(seeded: Store) -> Iterator[str]:
    with probe.dashboard(seeded.url) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=probe.CHROMIUM, args=probe.CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    page.close()


def test_map_draws_offline_with_every_located_event(app: str, seeded: Store, page: object) -> None:
    page.goto(app)
    frame, events = probe.map_frame(page)
    assert events == queries.map_data(seeded, EventFilter()).located
    countries = """() => Object.values(window.map._layers)
        .filter(layer => layer instanceof L.GeoJSON).map(layer => layer.getLayers().length)"""
    assert frame.evaluate(countries) == [177]  # the offline basemap is drawn
    frame.evaluate("() => { window.map.setView([35, 38], 5); }")  # over Syria, whatever the events' extent
    page.wait_for_timeout(500)
    assert frame.locator(".place-label.country", has_text="Syria").count() == 1  # and named, offline
    assert events >= 3  # the seed's two strikes and the hostile article's one
    assert probe.map_height(page) >= 300
    page.locator("[data-testid='stVegaLiteChart']").wait_for(timeout=30_000)  # drawn after the map
    probe.screenshot(page, ARTIFACTS / "overview.png")


def test_place_names_are_made_where_the_map_looks(app: str, page: object) -> None:
    """Labels far from the view are not on the map until it moves there (and then named, offline)."""
    page.goto(app)
    frame, _ = probe.map_frame(page)
    brazil = frame.locator(".place-label.country", has_text="Brazil")
    assert brazil.count() == 0 and frame.locator(".place-label.country", has_text="Syria").count() == 1
    frame.evaluate("() => { window.map.setView([-10, -52], 4); }")
    brazil.wait_for(timeout=10_000)
    assert brazil.count() == 1 and frame.locator(".place-label.country", has_text="Syria").count() == 0


_CREDITS_AND_SCALE = """() => {
    const box = selector => document.querySelector(selector).getBoundingClientRect();
    const credits = box('.leaflet-control-attribution'), scale = box('.leaflet-control-scale');
    return {apart: credits.left >= scale.right || credits.top >= scale.bottom || scale.top >= credits.bottom,
            share: credits.height / box('.leaflet-container').height};
}"""
"""Whether the map's credits and scale bar are clear of each other; the share of the map's height the credits cover."""


@pytest.mark.parametrize(("width", "height"), [(1400, 1000), (390, 844)])
def test_the_maps_credits_leave_its_scale_bar_and_most_of_the_map_clear(app: str, browser: object, width: int,
                                                                        height: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(app)
    frame, _ = probe.map_frame(page)
    placed = frame.evaluate(_CREDITS_AND_SCALE)
    page.close()
    assert placed["apart"]
    assert placed["share"] < 1 / 6


_CREDITS = "() => document.querySelector('.leaflet-control-attribution').innerText"


def test_a_small_maps_credits_fold_to_one_line_naming_the_sources_and_unfold_on_a_tap(app: str,
                                                                                     browser: object) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(app)
    frame, _ = probe.map_frame(page)
    folded = frame.locator(".leaflet-control-attribution")
    assert folded.bounding_box()["height"] <= 20  # one line of 11 px text (five lines unfolded)
    assert all(name in frame.evaluate(_CREDITS) for name in ("Natural Earth", "Who's On First", "GeoNames"))
    frame.get_by_role("button", name="Credits and licences").click()
    unfolded = frame.evaluate(_CREDITS)
    assert ATTRIBUTION in unfolded and "Natural Earth" in unfolded
    frame.get_by_role("button", name="Fold the credits").click()
    assert ATTRIBUTION not in frame.evaluate(_CREDITS)
    page.close()


def test_a_wide_maps_credits_show_every_licence_without_a_tap(app: str, page: object) -> None:
    page.goto(f"{app}/map")
    frame, _ = probe.map_frame(page)
    assert ATTRIBUTION in frame.evaluate(_CREDITS)
    assert frame.locator(".strike-credits-toggle").count() == 0


@pytest.fixture(scope="module")
def many_actors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A dashboard over twenty actors' strikes, far apart: a legend of twenty colours."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('actors') / 'strikes.db'}")
    for n in range(20):
        day = dt.date(2016, 1, 1 + n)
        store.add(Article(text=f"Jets of air force {n} struck Town {n}.", title=f"Air force {n}", published=day,
                          origin=f"actors-{n}.txt"),
                  [StrikeEvent(date=day, place=f"Town {n}", country="SY", lat=20 + 2 * n, lon=10 + 3 * n,
                               geo_precision=1, actor=f"Air force of the republic {n:02d}", killed=n,
                               evidence=f"Jets struck Town {n}.")])
    with probe.dashboard(store.url) as url:
        yield url


_LEGEND_CUT = """() => {
    const legend = document.querySelector('.strike-legend'), box = legend.getBoundingClientRect();
    const credits = document.querySelector('.leaflet-control-attribution').getBoundingClientRect();
    const entries = [...legend.querySelectorAll('div')].filter(div => !div.querySelector('div'));
    return {entries: entries.length, scrolls: legend.scrollHeight > legend.clientHeight + 1,
            above_the_credits: box.bottom <= credits.top,
            cut: entries.filter(entry => { const r = entry.getBoundingClientRect();
                return r.top < box.top || r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5; })
                .map(entry => entry.innerText)};
}"""
"""The legend's entries, whether it scrolls, and the entries that lie outside its box (cut off)."""


@pytest.mark.parametrize(("width", "height", "path", "scheme"), [
    (1400, 1000, "", "light"), (1400, 1000, "map", "dark"), (390, 844, "", "dark"), (390, 844, "map", "light")])
def test_the_open_legend_shows_every_entry_without_scrolling(many_actors: str, browser: object, width: int,
                                                             height: int, path: str, scheme: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{many_actors}/{path}")
    frame, _ = probe.map_frame(page)
    if not frame.evaluate("() => document.querySelector('.strike-legend').open"):  # folded on a small map
        frame.locator(".strike-legend summary").click()
        page.wait_for_timeout(300)
    shown = frame.evaluate(_LEGEND_CUT)
    probe.screenshot(page, ARTIFACTS / f"legend-{path or 'overview'}-{width}-{scheme}.png")
    context.close()
    assert shown == {"entries": 26, "scrolls": False, "above_the_credits": True, "cut": []}  # 20 actors, 3 sizes, 3 rings


_CLIPPED_PRESETS = """() => [...document.querySelectorAll("[data-testid='stSidebar'] button")]
    .filter(button => button.getBoundingClientRect().width > 0 && /^(7 d|30 d|1 y|all)$/.test(button.innerText.trim()))
    .map(button => [button.innerText.trim(), [...button.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth)])"""
"""Each date preset button shown in the sidebar, and whether any part of its label is cut off."""


@pytest.mark.parametrize(("width", "height"), [(1400, 1000), (390, 844)])
def test_the_date_presets_show_their_whole_labels(app: str, browser: object, width: int, height: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{app}/timeline")
    if width < 600:  # a phone starts with the sidebar closed
        page.locator("[data-testid='stExpandSidebarButton']").click()
    page.get_by_text("Location precision").wait_for(timeout=30_000)
    shown = page.evaluate(_CLIPPED_PRESETS)
    for _ in range(40):  # a loaded machine may draw the sidebar's buttons one by one
        if len(shown) == 4:
            break
        page.wait_for_timeout(250)
        shown = page.evaluate(_CLIPPED_PRESETS)
    page.close()
    assert shown == [["7 d", False], ["30 d", False], ["1 y", False], ["all", False]]


_LEGEND_LABELS_OUTSIDE = """() => {
    const chart = document.querySelector("[data-testid='stVegaLiteChart']"), box = chart.getBoundingClientRect();
    return [...chart.querySelectorAll('.role-legend-label text')]
        .filter(label => label.getBoundingClientRect().bottom > box.bottom + 1).map(label => label.textContent);
}"""
"""The first chart's legend labels that fall below the box Streamlit draws the chart in (cut off)."""


def test_the_timeline_legend_names_every_actor_it_shows(tmp_path: Path, browser: object) -> None:
    store = Store(f"sqlite:///{tmp_path / 'actors.db'}")
    for n in range(15):  # the 260 px chart's legend held thirteen
        store.add(Article(text=f"Jets of air force {n} struck Homs.", title=f"Air force {n}",
                          published=dt.date(2016, 1, 1 + n), origin=f"legend-{n}.txt"),
                  [StrikeEvent(date=dt.date(2016, 1, 1 + n), place="Homs", country="SY", lat=34.7, lon=36.7,
                               geo_precision=1, actor=f"Air force {n:02d}", evidence="Jets struck Homs.")])
    with probe.dashboard(store.url) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{url}/timeline")
        page.locator("[data-testid='stVegaLiteChart'] .role-legend-label text").first.wait_for(timeout=30_000)
        cut = page.evaluate(_LEGEND_LABELS_OUTSIDE)
        page.close()
    assert cut == []


_PLOT_AND_CUT_LABELS = """() => {
    const chart = document.querySelector("[data-testid='stVegaLiteChart']"), box = chart.getBoundingClientRect();
    const plot = Math.max(...[...chart.querySelectorAll('.role-axis-grid')].map(grid => grid.getBoundingClientRect().width));
    return {plot_share: plot / box.width,
            cut: [...chart.querySelectorAll('.role-legend-label text')].filter(label => {
                const r = label.getBoundingClientRect(); return r.bottom > box.bottom + 1 || r.right > box.right + 1;
            }).map(label => label.textContent)};
}"""
"""How much of the first chart's width its plot has, and the legend labels that fall outside the chart's box."""


@pytest.mark.parametrize(("width", "height", "path"), [(390, 844, "timeline"), (1400, 1000, "")])
def test_the_timelines_legend_leaves_the_bars_the_charts_width(many_actors: str, browser: object, width: int,
                                                               height: int, path: str) -> None:
    """Beside the bars, twenty actors' names left them a third of a phone's width (and of the Overview's column)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{many_actors}/{path}")
    if not path:
        probe.map_frame(page)
    page.locator("[data-testid='stVegaLiteChart'] .role-legend-label text").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    shown = page.evaluate(_PLOT_AND_CUT_LABELS)
    probe.screenshot(page, ARTIFACTS / f"timeline-legend-{path or 'overview'}-{width}.png")
    page.close()
    assert shown["plot_share"] > 0.75 and shown["cut"] == []


_NOTE_ORDER = """() => {
    window.seen = {};
    window.addEventListener('message', event => {
        const data = event.data || {};
        if (data.type === 'streamlit:setComponentValue' && data.value && data.value.drawn && !window.seen.map)
            window.seen.map = performance.now();
    });
    new MutationObserver(() => {
        if (!window.seen.timeline && document.querySelector("[data-testid='stVegaLiteChart']"))
            window.seen.timeline = performance.now();
    }).observe(document, {childList: true, subtree: true});
}"""
"""When the map's iframe says it has drawn, and when the first chart enters the page."""


def test_the_landing_page_draws_its_map_before_the_timeline(app: str, page: object) -> None:
    page.add_init_script(f"({_NOTE_ORDER})()")
    page.goto(app)
    probe.map_frame(page)
    page.locator("[data-testid='stVegaLiteChart']").wait_for(timeout=30_000)
    seen = page.evaluate("() => window.seen")
    assert set(seen) == {"map", "timeline"} and seen["map"] < seen["timeline"]
    page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=30_000)  # and the table follows


def test_filtered_url_draws_only_the_filtered_events(app: str, seeded: Store, page: object) -> None:
    page.goto(f"{app}/map?actor=Russia")
    _, events = probe.map_frame(page)
    assert events == queries.map_data(seeded, EventFilter(actors=("Russia",))).located == 2
    assert probe.map_height(page) >= 300
    probe.screenshot(page, ARTIFACTS / "map-russia.png")


OPEN_FIRST_POPUP = """() => {
        for (const id in window.map._layers) {
            const layer = window.map._layers[id];
            if (layer instanceof L.MarkerClusterGroup) {
                const marker = layer.getLayers()[0];
                if (window.map.hasLayer(marker)) marker.openPopup();
                else layer.zoomToShowLayer(marker, () => marker.openPopup());
            }
        }
    }"""


def test_hostile_article_shows_as_text_in_the_popup(app: str, page: object) -> None:
    page.goto(f"{app}/map?actor=Israel")
    frame, events = probe.map_frame(page)
    assert events == 1
    frame.evaluate(OPEN_FIRST_POPUP)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    page.wait_for_timeout(500)
    text = popup.inner_text()
    assert XSS_IMG in text and XSS_SCRIPT in text
    assert popup.locator("img, script").count() == 0
    assert page.dialogs == []
    probe.screenshot(page, ARTIFACTS / "hostile-popup.png")
    with page.context.expect_page(timeout=15_000) as opened:  # the map's sandbox allows new tabs only
        popup.get_by_role("link").first.click()
    article = opened.value
    article.wait_for_url("**/articles?article=*", timeout=15_000)
    article.locator("mark").first.wait_for(timeout=30_000)
    article.close()


def test_a_popup_is_built_when_opened_with_the_escaped_place_and_the_detail_link(app: str, seeded: Store,
                                                                                 page: object) -> None:
    """The map is sent each marker's escaped fields, not its popup: the popup is made on opening."""
    page.goto(f"{app}/map?actor=Israel&count=events")
    frame, events = probe.map_frame(page)
    assert events == 1
    made_on_opening = """() => Object.values(window.map._layers).filter(layer => layer instanceof L.MarkerClusterGroup)
        .map(layer => typeof layer.getLayers()[0].getPopup().getContent())"""
    assert frame.evaluate(made_on_opening) == ["function"]
    frame.evaluate(OPEN_FIRST_POPUP)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert f"2014-07-20 · {XSS_IMG}, Palestinian Territory" in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    event_id = int(queries.events(seeded, EventFilter(actors=("Israel",)), None)["id"].iloc[0])
    assert popup.get_by_role("link", name="details and why").get_attribute("href") == f"/event?event={event_id}"


def test_hostile_article_page_shows_text_and_raises_no_dialog(app: str, seeded: Store, page: object) -> None:
    article_id = int(seeded.articles().query("origin == 'hostile.html'")["id"].iloc[0])
    page.goto(f"{app}/articles?article={article_id}")
    mark = page.locator("mark").first
    mark.wait_for(timeout=30_000)
    assert XSS_SCRIPT in mark.inner_text()
    page.wait_for_timeout(500)
    assert page.dialogs == []
    probe.screenshot(page, ARTIFACTS / "hostile-article.png")


def test_an_events_permalink_on_its_article_opens_its_why_and_keeps_the_filter(app: str, seeded: Store,
                                                                              page: object) -> None:
    seed_id = int(seeded.articles().query("origin == @SEED.name")["id"].iloc[0])
    evidence = [" ".join(e.split()) for e in seeded.article_events(seed_id)["evidence"]]
    page.goto(f"{app}/articles?article={seed_id}&actor=Russia")
    page.get_by_text("Sentences that gave no event").wait_for(timeout=60_000)
    page.locator("mark").first.wait_for(timeout=30_000)  # the text's HTML may be painted after the events' side
    marks = [" ".join(m.split()) for m in page.locator("mark").all_inner_texts()]
    assert marks and all(any(m in e for e in evidence) for m in marks)  # evidence sentences only, no paragraph
    probe.screenshot(page, ARTIFACTS / "article-why.png")
    with page.context.expect_page(timeout=15_000) as opened:  # Streamlit opens Markdown links in a new tab
        page.get_by_role("link", name="permalink").first.click()
    event = opened.value
    event.wait_for_url("**/event?*", timeout=15_000)
    event.get_by_text("Why this event").wait_for(timeout=60_000)
    body = event.inner_text("body")
    assert "admit.air" in body and "place.named" in body and "gazetteer's reason" in body
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(event.url).query)["actor"] == ["Russia"]
    assert sidebar_counts(event) == "2 incidents from 2 events, 1 article"
    probe.screenshot(event, ARTIFACTS / "event-why.png")
    event.close()


def test_brushing_the_timeline_narrows_the_dates_in_the_url(app: str, seeded: Store, page: object) -> None:
    page.goto(f"{app}/timeline")
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    box = chart.bounding_box()
    y = box["y"] + 80
    page.mouse.move(box["x"] + 120, y)
    page.mouse.down()
    for step in range(20):
        page.mouse.move(box["x"] + 120 + 20 * step, y)
        page.wait_for_timeout(30)
    page.mouse.up()
    page.wait_for_url("**/timeline?from=*", timeout=15_000)
    n_events, _ = seeded.counts(EventFilter())
    sidebar = page.locator("[data-testid='stSidebar']")
    page.wait_for_function(f"() => !document.querySelector(\"[data-testid='stSidebar']\").innerText.includes('{n_events} events,')")
    assert " events, " in sidebar.inner_text()


def test_casualties_table_and_downloads_hold_the_filtered_events(app: str, seeded: Store, page: object) -> None:
    page.goto(f"{app}/casualties?actor=Israel")
    page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as csv_download:
        page.get_by_role("button", name="Download CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text(encoding="utf-8"))))
    assert [(r["event_date"], r["actor1"], r["fatalities"], r["source"]) for r in rows] == [
        ("2014-07-20", "Israel", "3", XSS_SCRIPT)]
    assert {"latitude", "longitude", "geo_precision", "time_precision", "notes"} <= set(rows[0])
    with page.expect_download(timeout=30_000) as geojson_download:
        page.get_by_role("button", name="Download GeoJSON").click()
    features = json.loads(Path(geojson_download.value.path()).read_text(encoding="utf-8"))["features"]
    assert [f["geometry"]["coordinates"] for f in features] == [[34.4668, 31.5017]]
    page.wait_for_timeout(500)
    assert page.dialogs == []  # the table shows the hostile source and place as text
    probe.screenshot(page, ARTIFACTS / "casualties-israel.png")


def test_heatmap_layer_can_be_switched_on(app: str, page: object) -> None:
    page.goto(app)
    frame, _ = probe.map_frame(page)
    assert frame.locator("canvas.leaflet-heatmap-layer").count() == 0
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_text("Heatmap").click()
    frame.locator("canvas.leaflet-heatmap-layer").wait_for(timeout=10_000)
    probe.screenshot(page, ARTIFACTS / "heatmap.png")


COUNTS = re.compile(r"^\d+ (incidents? from \d+ )?events?, \d+ articles?$")


def sidebar_counts(page: object) -> str:
    counts = page.locator("[data-testid='stSidebar']").get_by_text(COUNTS).first
    counts.wait_for(timeout=30_000)
    return counts.inner_text()


def test_filters_follow_a_click_to_another_page_and_a_reload(app: str, seeded: Store, page: object) -> None:
    page.goto(f"{app}/?actor=Israel&min_killed=1&unlocated=0")
    assert sidebar_counts(page) == "1 incident from 1 event, 1 article"
    page.locator("[data-testid='stSidebarNav']").get_by_text("Map", exact=True).click()
    page.wait_for_url("**/map?*actor=Israel*", timeout=15_000)
    _, events = probe.map_frame(page)
    assert events == 1
    assert sidebar_counts(page) == "1 incident from 1 event, 1 article"
    page.reload()
    _, events = probe.map_frame(page)
    assert events == 1
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query) == {
        "actor": ["Israel"], "min_killed": ["1"], "unlocated": ["0"]}


def test_untrusted_text_loads_nothing_on_any_page(app: str, seeded: Store, beacon: Beacon, page: object) -> None:
    lured = seeded.articles().query("origin.str.startswith('lure')")
    article_id = int(lured["id"].iloc[0])
    actor = urllib.parse.quote(f"Lure {beacon.lures('actor')}")
    event_id = int(seeded.article_events(article_id)["id"].iloc[0])
    for path in ["/", "/casualties", "/timeline", "/articles", f"/articles?article={article_id}", f"/event?event={event_id}"]:
        page.goto(app + path)
        sidebar_counts(page)
        page.wait_for_timeout(1500)
    page.goto(f"{app}/map?actor={actor}")
    frame, events = probe.map_frame(page)
    assert events == 1
    frame.evaluate(OPEN_FIRST_POPUP)
    frame.locator(".leaflet-popup-content").wait_for(timeout=10_000)
    assert "md-place.png" in frame.locator(".leaflet-popup-content").inner_text()
    page.goto(f"{app}/upload")
    page.get_by_label("…or paste an article's text").fill(
        f"{beacon.lures('pasted')}\n\nIsraeli jets struck Gaza City on Monday, killing 5 people.")
    page.get_by_role("button", name="Extract strikes").click()
    page.get_by_text("strike event").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    probe.screenshot(page, ARTIFACTS / "upload-lures.png")
    assert beacon.requests == []


def test_web_addresses_in_untrusted_text_are_shown_as_text_not_links(app: str, seeded: Store, beacon: Beacon,
                                                                     page: object) -> None:
    """Streamlit's Markdown turns a bare web address into a link, even one whose every mark is escaped."""
    lured = seeded.articles().query("origin.str.startswith('lure')")
    article_id = int(lured["id"].iloc[0])
    event_id = int(seeded.article_events(article_id)["id"].iloc[0])
    links = f"() => [...document.querySelectorAll('a')].map(a => a.href).filter(href => href.startsWith({json.dumps(beacon.url)}))"
    found = {}
    for path in ["/map", f"/articles?article={article_id}", f"/event?event={event_id}"]:
        page.goto(app + path)
        page.get_by_text("md-place.png").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1000)
        found[path] = page.evaluate(links)
    page.goto(f"{app}/upload")
    page.get_by_label("…or paste an article's text").fill(
        f"{beacon.lures('pasted')} www.example.test mail@example.test\n\nIsraeli jets struck Gaza City on Monday.")
    page.get_by_role("button", name="Extract strikes").click()
    page.get_by_text("strike event").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    found["/upload"] = page.evaluate(links)
    found["/upload other"] = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)"
                                           ".filter(href => href.includes('example.test'))")
    assert found == {"/map": [], f"/articles?article={article_id}": [], f"/event?event={event_id}": [],
                     "/upload": [], "/upload other": []}


def test_pages_have_titles_and_users_get_no_deploy_button(app: str, page: object) -> None:
    page.goto(f"{app}/timeline")
    sidebar_counts(page)
    nav = page.locator("[data-testid='stSidebarNav']").inner_text().split()
    assert " ".join(nav) == "Overview Map Timeline Casualties Upload articles Articles Incidents"
    assert page.title() == "Timeline · Strike Atlas"
    assert page.get_by_role("button", name="Deploy").count() == 0
    # no empty band above the page (the page's style sheet arrives with its first elements)
    page.wait_for_function("() => document.querySelector('h1').getBoundingClientRect().top < 80", timeout=10_000)


def test_reference_data_is_imported_on_the_upload_page(app: str, seeded: Store, beacon: Beacon, page: object) -> None:
    export = ("event_id_cnty,event_date,latitude,longitude,sub_event_type\n"
              "TST9001,2019-05-14,35.8137,36.6096,Air/drone strike\n"
              f"TST9002,\"{beacon.lures('reference')}\",35.8,36.6,Air/drone strike\n")
    page.goto(f"{app}/upload")
    sidebar_counts(page)
    page.locator("[data-testid='stFileUploader'] input[type='file']").nth(1).set_input_files(
        {"name": "acled.csv", "mimeType": "text/csv", "buffer": export.encode()})
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Import reference data").click()
    page.get_by_text("1 row imported").wait_for(timeout=30_000)
    page.get_by_text("acled.csv, line 3: not a date").first.wait_for(timeout=30_000)  # drawn after the summary
    assert page.get_by_text("acled.csv, line 3: not a date").count() == 1
    page.wait_for_timeout(1000)
    probe.screenshot(page, ARTIFACTS / "upload-reference.png")
    assert list(reference.reference_frame(seeded)["source_id"]) == ["TST9001"]
    assert beacon.requests == [] and page.dialogs == []
