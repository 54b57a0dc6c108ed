"""From files to the store: read, skip what is already stored, extract, save.

Extraction is the slow step, so articles already in the store (same content hash) are
recognised before it runs, and the rest go through spaCy in batches.

What goes wrong is told, never hidden: an article that cannot be read, whose extraction fails or
that the database refuses is a failure of that article alone, named in the summary, and the batch
goes on. An article whose extraction failed is not stored, so that the next ingest tries it again
(stored with no events, it would be refused as a duplicate for good). A fault of the store itself
(locked, full, read-only, gone) stops the run: the summary says what was stored before it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from tqdm import tqdm

from strikes.extract import extract_each
from strikes.locate import locate_unlocated, online_enabled, online_geocode
from strikes.model import Article, StrikeEvent
from strikes.readers import UnreadableArticle, read_paths
from strikes.store import REPO_ROOT, Store, StoreError

SAMPLE_ARTICLES = REPO_ROOT / "sample_articles"
"""Where extraction says that one article failed (it goes on with the rest of the batch)."""


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    events: int = 0
    without_strikes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    not_stored: int = 0
    """Articles read but neither stored nor failed on their own, because the store failed first."""
    store_fault: str | None = None

    @property
    def complete(self) -> bool:
        """Whether every input was read and stored (or was already stored)."""
        return self.read > 0 and not self.failed and self.store_fault is None

    def lines(self) -> list[str]:
        report = [
            f"articles read: {self.read}",
            f"new: {self.new}",
            f"duplicate (already stored): {self.duplicate}",
            f"failed: {len(self.failed)}",
            f"events stored: {self.events}",
        ]
        if self.store_fault is not None:
            report.append(f"not stored: {self.not_stored} (the store failed: {self.store_fault}; "
                          "run ingest again once it is fixed, what is stored is skipped)")
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
    summary = IngestSummary()
    fresh: dict[str, Article] = {}
    done = 0
    try:
        if store.read_only:
            raise StoreError(f"{store.where} was opened read-only: nothing can be written to it")
        geocode = online_geocode(store) if online_geocoding else None
        for item in read_paths(paths, published):
            if isinstance(item, UnreadableArticle):
                summary.failed.append(str(item))
                continue
            summary.read += 1
            if item.content_hash in fresh or store.has_article(item.content_hash):
                summary.duplicate += 1
            else:
                fresh[item.content_hash] = item
        extracted = _extracted(list(fresh.values()), n_process)
        for article, events, failure in tqdm(extracted, total=len(fresh), disable=not progress, unit="article"):
            name = _name(article)
            if failure is not None:
                summary.failed.append(f"{name}: {failure}; not stored, will be tried again")
                done += 1
                continue
            if geocode is not None:
                events = locate_unlocated(events, geocode)
            try:
                result = store.add(article, events)
            except sa.exc.SQLAlchemyError as err:  # this article's values, not the store: go on
                summary.failed.append(f"{name}: not stored ({_one_line(err)})")
                done += 1
                continue
            done += 1
            if result.duplicate:
                summary.duplicate += 1
                continue
            summary.new += 1
            summary.events += result.events_stored
            if not events:
                summary.without_strikes.append(name)
    except StoreError as err:
        summary.store_fault = str(err)
        summary.not_stored = len(fresh) - done
    return summary


def _extracted(articles: list[Article], n_process: int) -> Iterator[tuple[Article, list[StrikeEvent], str | None]]:
    """Each article with its events, or with the reason its extraction failed (`extract_each` says it,
    in worker processes too), so a failed article is reported, not stored as one without strikes. An
    exception that escapes a batch costs the batch nothing: the rest is extracted one article at a time."""
    done = 0
    try:
        for extraction in extract_each(articles, n_process=n_process):
            done += 1
            yield extraction.article, extraction.events, extraction.error
    except Exception:  # noqa: BLE001 - which article broke the batch is found below
        for article in articles[done:]:
            try:
                extraction = next(extract_each([article]))
            except Exception as err:  # noqa: BLE001 - that article's failure alone
                yield article, [], f"extraction failed ({_one_line(err)})"
                continue
            yield extraction.article, extraction.events, extraction.error


def _one_line(error: BaseException) -> str:
    said = str(getattr(error, "orig", None) or error).strip().splitlines()
    return f"{type(error).__name__}: {said[0][:200]}" if said else type(error).__name__


def _name(article: Article) -> str:
    return article.id or article.origin or "?"


def fill_if_empty(store: Store, folder: Path = SAMPLE_ARTICLES) -> IngestSummary | None:
    """Give a first-time user a populated map: an empty store gets the sample articles."""
    if not store.is_empty():
        return None
    return ingest(store, [folder])
