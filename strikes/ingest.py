"""From files to the store: read, skip what is already stored, extract, save.

Extraction is the slow step, so articles already in the store (same content hash) are
recognised before it runs, and the rest go through spaCy in batches.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from strikes.extract import extract_many
from strikes.locate import locate_unlocated, online_enabled, online_geocode
from strikes.model import Article
from strikes.readers import UnreadableArticle, read_paths
from strikes.store import REPO_ROOT, Store

SAMPLE_ARTICLES = REPO_ROOT / "sample_articles"


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    events: int = 0
    without_strikes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        report = [
            f"articles read: {self.read}",
            f"new: {self.new}",
            f"duplicate (already stored): {self.duplicate}",
            f"failed: {len(self.failed)}",
            f"events stored: {self.events}",
        ]
        report += [f"  failed: {reason}" for reason in self.failed]
        report += [f"  no air strikes found in: {name}" for name in self.without_strikes]
        return report


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    published: dt.date | None = None,
    progress: bool = False,
    n_process: int = 1,
    online_geocoding: bool | None = None,
) -> IngestSummary:
    """Store every new article under `paths` with the events extracted from it.

    ``online_geocoding``: ask the online geocoder for places the gazetteer does not know
    (None: as the environment says; see `strikes.locate`)."""
    if online_geocoding is None:
        online_geocoding = online_enabled()
    geocode = online_geocode(store) if online_geocoding else None
    summary = IngestSummary()
    fresh: dict[str, Article] = {}
    for item in read_paths(paths, published):
        if isinstance(item, UnreadableArticle):
            summary.failed.append(str(item))
            continue
        summary.read += 1
        if item.content_hash in fresh or store.has_article(item.content_hash):
            summary.duplicate += 1
        else:
            fresh[item.content_hash] = item
    extracted = extract_many(fresh.values(), n_process=n_process)
    for article, events in tqdm(extracted, total=len(fresh), disable=not progress, unit="article"):
        if geocode is not None:
            events = locate_unlocated(events, geocode)
        result = store.add(article, events)
        if result.duplicate:
            summary.duplicate += 1
            continue
        summary.new += 1
        summary.events += result.events_stored
        if not events:
            summary.without_strikes.append(article.origin or article.id or "?")
    return summary


def fill_if_empty(store: Store, folder: Path = SAMPLE_ARTICLES) -> IngestSummary | None:
    """Give a first-time user a populated map: an empty store gets the sample articles."""
    if not store.is_empty():
        return None
    return ingest(store, [folder])
