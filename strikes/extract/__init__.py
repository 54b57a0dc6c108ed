"""Extraction: from a news article to the air strikes it reports.

`extract_events` reads one article; `extract_many` streams many, the extraction itself running as
the last pipeline component. With `n_process` > 1 the articles go to forked workers whole (text in,
event rows out), so that tokenising, sentence splitting and extraction all run in parallel; the
parent loads the pipeline and the gazetteer and reads a short invented report before forking, so the
workers share the model, the compiled patterns and the gazetteer's memory copy-on-write instead of
each loading its own. One module answers each question the text is asked:
`dates`, `places`, `actors`, `numbers`, `sources`, `triggers`; `events` puts the answers together.

One article's failure is its own: a text longer than MAX_CHARS, an exception, or a run past
SECONDS_TO_EXTRACT (for tokenising, then again for extraction) makes that article an
`Extraction` with an `error`, in the worker where it happened, and the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import multiprocessing
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from strikes.extract.capitals import in_title_case
from strikes.extract.events import events_in
from strikes.extract.nlp import pipeline
from strikes.extract.tables import rows_as_sentences
from strikes.extract.wraps import unwrapped
from strikes.hygiene import cut_symbol_runs
from strikes.limits import MAX_CHARS, SECONDS_TO_EXTRACT, OverTime, time_budget
from strikes.model import Article, StrikeEvent

__all__ = ["Extraction", "extract_each", "extract_events", "extract_many"]

COMPONENT = "strike_events"
log = logging.getLogger(__name__)


def _gazetteer():
    """The process-wide gazetteer (a forked worker reopens its SQLite handle by itself, and keeps
    the answers its parent remembered)."""
    from geo import open_gazetteer

    return open_gazetteer()


@Language.component(COMPONENT)
def strike_events(doc: Doc) -> Doc:
    """Put the article's events in `doc.user_data` as JSON rows, or the reason it failed in
    `error` (both travel back from workers)."""
    published = doc.user_data.get("published")
    events: list[StrikeEvent] = []
    if not doc.user_data.get("error"):
        # Opened outside the article's budget: after an update the first article waits for the index
        # to be rebuilt (a minute or two), and that is not the article's time.
        gazetteer = _gazetteer()
        try:
            with time_budget(SECONDS_TO_EXTRACT, "extraction"):
                events = events_in(doc, doc.user_data.get("article"),
                                   dt.date.fromisoformat(published) if published else None, gazetteer)
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


# "San‘a’", "Ma‘arrat": a left quote after a letter writes an ayn, which names are read with as an apostrophe
_AYN = re.compile(r"(?<=[^\W\d_])\u2018")


# "... have been identified >> UEFA confirms ...": a ticker's items, each its own line (two characters for two)
_TICKER_MARK = re.compile(r"(?<= )(?:>>|»)(?= )")


_NOTE_MARK = re.compile(r"(?<=[\w.,;:!?\"”’)])\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]", re.I)


def _readable(text: str) -> str:
    """The text with links reduced to their words ("in Idlib[published photos](...)" keeps its space), an ayn
    written as a left quote read as the apostrophe, and an encyclopedia's note marks dropped ("killed 15 people.[3] On
    3 August": the mark glued to the full stop hides the sentence's end, and its number reads as a toll), and a ticker's
    marks between its items made line breaks."""
    if "\u2018" in text:
        text = _AYN.sub("\u2019", text)
    if "[" in text:
        text = _NOTE_MARK.sub("", text)
    if ">>" in text or "»" in text:
        text = _TICKER_MARK.sub(lambda mark: "\n" * len(mark.group(0)), text)
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
                doc = nlp.make_doc(cut_symbol_runs(rows_as_sentences(unwrapped(in_title_case(_readable(article.text))))))
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
    return _extraction(_rows(article), article).events


def _rows(article: Article) -> tuple[list[dict], str | None]:
    """One article's event rows (JSON) and its error: what a worker sends back."""
    nlp = _extractor()
    doc = nlp(_doc(nlp, article))
    return doc.user_data["events"], doc.user_data.get("error")


# Read in the parent before forking: it compiles every pattern the rules build on first use, and its
# dateline, which no pattern reads, loads dateparser's language data (0.2 s a worker otherwise).
_WARM_UP = Article("03.10.2015 14:05\n\nRussian warplanes struck a market in Homs on Wednesday, killing 5 people, "
                   "activists said.", id="warm-up")


def extract_each(articles: Iterable[Article], n_process: int = 1, batch_size: int = 8) -> Iterator[Extraction]:
    """Each article's Extraction, in input order; with `n_process` > 1, in that many forked
    workers, `batch_size` articles at a time (small batches keep both workers busy to the end)."""
    if n_process <= 1:
        for article in articles:
            yield _extraction(_rows(article), article)
        return
    extract_events(_WARM_UP)
    articles = list(articles)  # the pool reads them all at once; only the event rows travel back
    pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"))
    try:
        for article, rows in zip(articles, pool.map(_rows, articles, chunksize=batch_size)):
            yield _extraction(rows, article)
    finally:
        pool.shutdown(cancel_futures=True)  # a caller that stops reading stops the work


def extract_many(articles: Iterable[Article], n_process: int = 1, batch_size: int = 8) -> Iterator[tuple[Article, list[StrikeEvent]]]:
    """Each article with its events, in input order; a failed article has none (see `extract_each`)."""
    for done in extract_each(articles, n_process, batch_size):
        yield done.article, done.events


def _extraction(rows: tuple[list[dict], str | None], article: Article) -> Extraction:
    events, error = rows
    if error:
        return Extraction(article, [], " ".join(str(error).split())[:300])
    return Extraction(article, [StrikeEvent.from_json(row) for row in events])
