"""Extraction speed: articles/s and words/s on ≥500 articles of ≥500 words, on one process and two,
beside plain spaCy en_core_web_sm (its whole trained pipeline, one process) over the same texts.

The corpus is sample_articles/ repeated, each copy with its place names swapped for others and its
figures changed, and lengthened to WORDS with the body of the next sample articles (as a report
ends with related coverage). Many sentences still recur from copy to copy, so nothing in extraction
remembers a sentence's answers from one article to the next (the gazetteer remembers names, as it
would over any stream of reports from one war). Each run is made in a fresh interpreter that has read
three articles first (the pipeline and the gazetteer loaded), so that neither run is served what the
other remembered, and prints its wall and CPU time (workers' included) and the load average before
and after: on a shared machine wall time alone misleads, and "per CPU-s" says what an idle machine
would do. Then what the dependency parse (tok2vec+parser) would cost on the trigger sentences alone, per
article, and the rate of extraction with that parse included on two processes, and a cProfile summary of one
process, in a fresh interpreter too.

Extraction with the parse is timed as it would run if extraction used the parse: in one pool of two forked
workers handed the articles in extraction's chunks of EXTRACT_BATCH, each extracting a chunk's articles and then
parsing all their trigger sentences in one batch, both pipelines loaded in the parent before the fork. (It was
first extraction's wall time on two processes plus that of a separate ``nlp.pipe(n_process=2)`` pass over the
sentences, which loaded the model in two fresh workers inside the timed region, a start-up extraction pays once
before its fork and outside its timing; then one batch per article, a dozen sentences, which costs the parser
more CPU than the batch a worker has at hand.)

    python bench/throughput.py [--articles 600] [--words 500] [--profile 150]
"""
from __future__ import annotations

import argparse
import cProfile
import functools
import io
import multiprocessing
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402
import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

# _doc and _extractor are private, and taken anyway: extraction with the parse must run what a worker of
# extract_each runs (_extractor()(_doc(...)), as its _rows does) and read the trigger sentences from the doc that
# makes, its text cleaned up by _doc. strikes.extract's public calls (extract_each, extract_events,
# extract_many) hand back events only, never the doc, and copying _doc's clean-up here would drift from it.
from strikes.extract import COMPONENT, _doc, _extractor, extract_many  # noqa: E402
from strikes.extract.nlp import MODEL, TRAINED, pipeline  # noqa: E402
from strikes.extract.triggers import speaks_of_air_attacks, triggers_in  # noqa: E402
from strikes.model import Article  # noqa: E402

TOWNS = ["Saraqib", "Ariha", "Maarat al-Numan", "Taftanaz", "Binnish", "Kafr Nabl", "Khan Shaykhun", "Atarib",
         "Daraya", "Douma", "Rastan", "Talbiseh", "Harasta", "Marib", "Saada", "Hodeidah", "Taiz", "Rafah",
         "Khan Yunis", "Jabalia", "Deir al-Balah", "Sirte", "Derna", "Misrata", "Kunduz", "Lashkar Gah", "Mosul",
         "Fallujah", "Ramadi", "Tikrit", "Kismayo", "Jilib", "Bakhmut", "Izium", "Kharkiv", "El Fasher", "Nyala"]
PARSE = ("tok2vec", "parser")
EXTRACT_BATCH = 8  # articles a worker takes at a time (extract_each's batch_size)
BATCHES = f"one batch per {EXTRACT_BATCH} articles (a worker's chunk)"  # how the parse is batched, as printed
T = TypeVar("T")


def _lengthened(texts: list[str], i: int, words: int) -> str:
    """Sample text i followed by the body paragraphs (no date or headline) of the next ones, until
    it holds at least ``words`` words."""
    text, j = texts[i], i
    while len(text.split()) < words:
        j += 1
        for paragraph in texts[j % len(texts)].split("\n\n")[2:]:
            text += "\n\n" + paragraph
            if len(text.split()) >= words:
                break
    return text


def corpus(size: int, words: int = 500) -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_articles").glob("*.txt"))]
    rng = random.Random(7)
    articles = []
    for i in range(size):
        text = _lengthened(texts, i % len(texts), words)
        for town in rng.sample(TOWNS, 3):
            text = re.sub(r"\b(?:in|near|on) ([A-Z][a-z]+)", lambda m, t=town: m.group(0).replace(m.group(1), t), text, count=1)
        text = re.sub(r"\b\d{1,3}\b(?= (?:people|civilians|strikes|air strikes))", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), text)
        articles.append(Article(text, id=f"a{i}"))
    return articles


def _cpu() -> float:
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def timed(work: Callable[[], T]) -> tuple[float, float, T, str]:
    """Wall seconds, CPU seconds (this process and its finished workers), what ``work`` counted,
    and the 1-minute load average before -> after."""
    load, cpu, start = os.getloadavg()[0], _cpu(), time.perf_counter()
    counted = work()
    return time.perf_counter() - start, _cpu() - cpu, counted, f"load {load:.1f} -> {os.getloadavg()[0]:.1f}"


def profile(articles: list[Article]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    list(extract_many(articles))
    profiler.disable()
    tokenise = time.perf_counter()
    with pipeline().select_pipes(disable=[COMPONENT]):
        for article in articles:
            pipeline()(article.text)
    print(f"\nof which spaCy tokenising + sentences: {time.perf_counter() - tokenise:.2f} s for {len(articles)} articles")
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(18)
    print("profile, single process, by own time:")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


def rate(label: str, articles: list[Article], words: int, elapsed: float, cpu: float, details: str) -> str:
    """One timed run's line: articles and words a second, wall and CPU time, then ``details``."""
    return (f"{label}: {len(articles) / elapsed:7.1f} articles/s  {words / elapsed:9.0f} words/s  ({elapsed:.2f} s wall, "
            f"{cpu:.2f} s CPU, {len(articles) / cpu:.1f} articles per CPU-s; {details})")


def one_run(articles: list[Article], words: int, n_process: int) -> None:
    """Time one extraction of the corpus on ``n_process`` processes, after a start-up on three articles."""
    warm = time.perf_counter()
    list(extract_many(articles[:3]))
    started = time.perf_counter() - warm
    elapsed, cpu, events, load = timed(lambda: sum(len(found) for _, found in extract_many(articles, n_process=n_process)))
    print(rate(f"n_process={n_process}", articles, words, elapsed, cpu, f"{events} events; {load}; start-up {started:.2f} s"))


@functools.cache
def dependency_parser() -> Language:
    """The model's tok2vec and parser alone: the parser listens to the shared tok2vec and reads nothing the
    tagger, attribute_ruler or lemmatizer set (`same_arcs` checks that its arcs are the whole pipeline's)."""
    return spacy.load(MODEL, exclude=[name for name in TRAINED if name not in PARSE])


def same_arcs(nlp: Language, sentences: list[str]) -> bool:
    """Whether tok2vec+parser alone give every sentence the arcs (DEP, HEAD) that tok2vec+tagger+parser of
    ``nlp`` give it."""
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        tagged = [doc.to_array(["DEP", "HEAD"]) for doc in nlp.pipe(sentences)]
    alone = [doc.to_array(["DEP", "HEAD"]) for doc in dependency_parser().pipe(sentences)]
    return len(tagged) == len(alone) and all(numpy.array_equal(a, b) for a, b in zip(tagged, alone))


def trigger_sentences(doc: Doc) -> list[str]:
    """The sentences of an article's doc that carry a strike trigger: the only ones the issue's design parses."""
    aerial_context = speaks_of_air_attacks(doc.text)
    return [s.text for s in doc.sents if triggers_in(s.text, aerial_context)]


def chunks(items: list[T]) -> list[list[T]]:
    """``items`` in runs of EXTRACT_BATCH: the chunks `extract_each`'s pool hands a worker at a time."""
    return [items[i:i + EXTRACT_BATCH] for i in range(0, len(items), EXTRACT_BATCH)]


def parse(sentences: list[str]) -> int:
    """Parse sentences (tok2vec+parser) in one batch, and count them. Called with one worker chunk's trigger
    sentences (EXTRACT_BATCH articles', about 12 an article), the batch a worker of extraction would have at hand:
    small batches cost more CPU (batches of 1, 4 and 16 sentences took 2.1, 1.5 and 1.2 times one large batch's)."""
    return sum(1 for _ in dependency_parser().pipe(sentences, batch_size=max(1, len(sentences))))


def parse_cost(articles: list[Article], nlp: Language) -> None:
    """What the dependency parse (tok2vec+parser: see `dependency_parser`) would add if run only on the
    sentences that carry a strike trigger (the issue's design), one worker chunk's at a time (see `parse`): its
    CPU time per article, beside extraction's own. Extraction does not run it; this and `parse_run` say what
    including it would cost."""
    splitter = pipeline()
    by_chunk = [[s for a in chunk for s in trigger_sentences(splitter(a.text))] for chunk in chunks(articles)]
    sentences = [s for found in by_chunk for s in found]
    checked = sentences[:400]
    arcs = "identical to" if same_arcs(nlp, checked) else "NOT the same as"
    parse(by_chunk[0])  # (the model loaded and its first batch run before timing, as extraction's pipeline is)
    elapsed, cpu, _, load = timed(lambda: sum(parse(found) for found in by_chunk))
    words = sum(len(s.split()) for s in sentences)
    print(f"parse of trigger sentences only ({len(sentences)} sentences, {words} words, "
          f"{words / len(articles):.0f} per article): {cpu / len(articles) * 1000:.1f} ms CPU per article "
          f"({elapsed:.2f} s wall; {load}; "
          f"{'+'.join(PARSE)} alone, {BATCHES}: its DEP/HEAD of {len(checked)} sentences {arcs} "
          f"tok2vec+tagger+parser's)")


def extracted_and_parsed(chunk: list[Article]) -> tuple[int, int]:
    """Extract a worker's chunk of articles one by one as a worker of `extract_each` does, then parse all their
    trigger sentences, read from the docs extraction made, in one batch: the events and sentences counted.
    (Which sentences carry a trigger is asked again here, a cost extraction using the parse would not pay twice.)"""
    nlp = _extractor()
    events, sentences = 0, []
    for article in chunk:
        doc = nlp(_doc(nlp, article))
        events += len(doc.user_data["events"])
        sentences += trigger_sentences(doc)
    return events, parse(sentences)


def parse_run(articles: list[Article], words: int, n_process: int = 2) -> None:
    """Time extraction with the parse included on ``n_process`` processes, as it would run if extraction used
    the parse: one pool of forked workers handed extraction's chunks, each chunk's articles extracted and then
    their trigger sentences parsed, after a start-up on three articles that loads both pipelines (and the
    gazetteer) and runs the parser's first batch in the parent, before the fork, as `extract_each` and `one_run` do
    for extraction alone. The workers get no warm-up of their own, as extraction's do not: each forks inside the
    timed region in both, and its first chunk is timed."""
    warm = time.perf_counter()
    extracted_and_parsed(articles[:3])
    started = time.perf_counter() - warm

    def extract_and_parse() -> list[tuple[int, int]]:
        with ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(extracted_and_parsed, chunks(articles)))

    elapsed, cpu, counts, load = timed(extract_and_parse)
    print(rate(f"extraction, then that parse, on {n_process} processes", articles, words, elapsed, cpu,
               f"{sum(events for events, _ in counts)} events, {sum(parsed for _, parsed in counts)} sentences parsed "
               f"by {'+'.join(PARSE)} alone, {BATCHES}, after the chunk's extraction, in one pool of "
               f"{n_process} forked workers; {load}; start-up {started:.2f} s"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--words", type=int, default=500, help="least words of each article")
    parser.add_argument("--profile", type=int, default=150, help="articles to profile (0: none)")
    parser.add_argument("--profile-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--one-run", type=int, help=argparse.SUPPRESS)  # n_process of a run in this interpreter
    parser.add_argument("--with-parse", action="store_true", help=argparse.SUPPRESS)  # that run parses too
    args = parser.parse_args()
    articles = corpus(args.articles, args.words)
    if args.profile_only:
        profile(articles[: args.profile])
        return
    words = sum(len(a.text.split()) for a in articles)
    if args.one_run:
        (parse_run if args.with_parse else one_run)(articles, words, args.one_run)
        return
    print(f"corpus: {len(articles)} articles, {words} words ({words / len(articles):.0f} words/article)")

    def fresh(*run: str) -> str:
        """What a run prints in a fresh interpreter, printed here too."""
        out = subprocess.run([sys.executable, __file__, "--articles", str(args.articles), "--words", str(args.words),
                              *run], check=True, capture_output=True, text=True).stdout
        print(out, end="")
        return out

    rates = {}
    for n_process in (1, 2):
        out = fresh("--one-run", str(n_process))
        rates[n_process] = float(out.split("articles/s")[0].split()[-1])
    nlp = spacy.load(MODEL)
    elapsed, cpu, _, load = timed(lambda: sum(1 for _ in nlp.pipe(a.text for a in articles)))
    plain = len(articles) / elapsed
    print(f"plain spaCy {MODEL} ({', '.join(nlp.pipe_names)}), n_process=1: {plain:7.1f} articles/s  "
          f"{words / elapsed:9.0f} words/s  ({elapsed:.2f} s wall, {cpu:.2f} s CPU, "
          f"{len(articles) / cpu:.1f} articles per CPU-s; {load})")
    print(f"extraction / plain spaCy: {rates[1] / plain:.2f}x on 1 process, {rates[2] / plain:.2f}x on 2")
    parse_cost(articles, nlp)
    fresh("--one-run", "2", "--with-parse")
    if args.profile:
        subprocess.run([sys.executable, __file__, "--articles", str(args.profile), "--words", str(args.words),
                        "--profile", str(args.profile), "--profile-only"], check=True)


if __name__ == "__main__":
    main()
