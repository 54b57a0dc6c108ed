"""Extraction: from a news article to the air strikes it reports.

`extract_events` reads one article; `extract_many` streams many through `nlp.pipe`, with the
extraction itself running as the last pipeline component so that `n_process=2` parallelises all
of the work, not just tokenisation. One module answers each question the text is asked:
`dates`, `places`, `actors`, `numbers`, `sources`, `triggers`; `events` puts the answers together.

One article's failure is its own: a text longer than MAX_CHARS, an exception, or a run past
SECONDS_TO_EXTRACT (for tokenising, then again for extraction) makes that article an
`Extraction` with an `error`, in the worker where it happened, and the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from strikes.extract.events import events_in
from strikes.extract.nlp import pipeline
from strikes.hygiene import cut_symbol_runs
from strikes.limits import MAX_CHARS, SECONDS_TO_EXTRACT, OverTime, time_budget
from strikes.model import Article, StrikeEvent

__all__ = ["Extraction", "extract_each", "extract_events", "extract_many"]

COMPONENT = "strike_events"
log = logging.getLogger(__name__)


def _gazetteer():
    """The gazetteer of this process: a forked worker must not share its parent's SQLite handle."""
    return _gazetteer_of(os.getpid())


@functools.cache
def _gazetteer_of(pid: int):
    from geo import Gazetteer, open_gazetteer

    shared = open_gazetteer()
    return shared if pid == _first_pid else Gazetteer(shared.path)


_first_pid = os.getpid()


@Language.component(COMPONENT)
def strike_events(doc: Doc) -> Doc:
    """Put the article's events in `doc.user_data` as JSON rows, or the reason it failed in
    `error` (both travel back from workers)."""
    published = doc.user_data.get("published")
    events: list[StrikeEvent] = []
    if not doc.user_data.get("error"):
        try:
            with time_budget(SECONDS_TO_EXTRACT, "extraction"):
                events = events_in(doc, doc.user_data.get("article"),
                                   dt.date.fromisoformat(published) if published else None, _gazetteer())
        except OverTime as err:
            doc.user_data["error"] = f"gave up: {err}"
        except Exception as err:  # one article's bug must not stop a batch; say which and go on
            # The caller reports the one-line reason; the traceback is for a developer who asks.
            log.debug("extraction failed for article %s", doc.user_data.get("article"), exc_info=True)
            doc.user_data["error"] = f"extraction failed ({type(err).__name__}: {err})"
    doc.user_data["events"] = [event.to_json() for event in events]
    return doc


@functools.cache
def _extractor() -> Language:
    nlp = pipeline()
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT)
    return nlp


# Pasted web pages carry Markdown: "targeting [Zardana](https://...)" names Zardana, and an image
# "![map](...)" names nothing. Links keep their text, images go.
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\((?:[^()\s]|\([^()\s]*\))*\)")
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*\)")


def _readable(text: str) -> str:
    """The text with links reduced to their words; "in Idlib[published photos](...)" keeps its space."""
    if "](" not in text:
        return text
    text = _IMAGE.sub("", text)
    return _LINK.sub(lambda m: (" " if m.start() and text[m.start() - 1].isalnum() else "") + m.group(1), text)


def _doc(nlp: Language, article: Article) -> Doc:
    """The article tokenised, or an empty Doc that carries why it could not be."""
    error = None
    if len(article.text) > MAX_CHARS:
        error = f"the text is {len(article.text):,} characters long; the limit is {MAX_CHARS:,}"
    else:
        try:
            with time_budget(SECONDS_TO_EXTRACT, "tokenising"):
                doc = nlp.make_doc(cut_symbol_runs(_readable(article.text)))
        except OverTime as err:
            error = f"gave up: {err}"
        except Exception as err:
            error = f"tokenising failed ({type(err).__name__}: {err})"
    if error is not None:
        doc = nlp.make_doc("")
        doc.user_data["error"] = error
    doc.user_data["article"] = article.id
    doc.user_data["published"] = article.published.isoformat() if article.published else None
    return doc


@dataclass
class Extraction:
    """One article's strike events, or why they could not be read (`error`, one line)."""

    article: Article
    events: list[StrikeEvent] = field(default_factory=list)
    error: str | None = None


def extract_events(article: Article) -> list[StrikeEvent]:
    """Every air strike the article reports, one event per strike (same place and day merged).
    An article whose extraction failed has none; `extract_each` says why."""
    nlp = _extractor()
    return _extraction(nlp(_doc(nlp, article)), article).events


def extract_each(articles: Iterable[Article], n_process: int = 1, batch_size: int = 32) -> Iterator[Extraction]:
    """Each article's Extraction, in input order, through `nlp.pipe` (`n_process` workers)."""
    nlp = _extractor()
    pairs = ((_doc(nlp, article), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield _extraction(doc, article)


def extract_many(articles: Iterable[Article], n_process: int = 1, batch_size: int = 32) -> Iterator[tuple[Article, list[StrikeEvent]]]:
    """Each article with its events, in input order; a failed article has none (see `extract_each`)."""
    for done in extract_each(articles, n_process, batch_size):
        yield done.article, done.events


def _extraction(doc: Doc, article: Article) -> Extraction:
    error = doc.user_data.get("error")
    if error:
        return Extraction(article, [], " ".join(str(error).split())[:300])
    return Extraction(article, [StrikeEvent.from_json(row) for row in doc.user_data["events"]])
