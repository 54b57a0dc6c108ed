"""Extraction speed: articles/s and words/s on ≥500 articles of ≥500 words, on one process and two,
beside plain spaCy en_core_web_sm (its whole trained pipeline, one process) over the same texts.

The corpus is sample_articles/ repeated, each copy with its place names swapped for others and its
figures changed, so that no cache answers twice, and lengthened to WORDS with the body of the next
sample articles (as a report ends with related coverage). Each run prints its wall and CPU time
(workers' included) and the load average before and after: on a shared machine wall time alone
misleads. Then a cProfile summary of one process, run in a fresh interpreter so that no answer is
remembered from the timed runs.

    python bench/throughput.py [--articles 600] [--words 500] [--profile 150]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from strikes.extract import COMPONENT, extract_many  # noqa: E402
from strikes.extract.nlp import MODEL, pipeline  # noqa: E402
from strikes.model import Article  # noqa: E402

TOWNS = ["Saraqib", "Ariha", "Maarat al-Numan", "Taftanaz", "Binnish", "Kafr Nabl", "Khan Shaykhun", "Atarib",
         "Daraya", "Douma", "Rastan", "Talbiseh", "Harasta", "Marib", "Saada", "Hodeidah", "Taiz", "Rafah",
         "Khan Yunis", "Jabalia", "Deir al-Balah", "Sirte", "Derna", "Misrata", "Kunduz", "Lashkar Gah", "Mosul",
         "Fallujah", "Ramadi", "Tikrit", "Kismayo", "Jilib", "Bakhmut", "Izium", "Kharkiv", "El Fasher", "Nyala"]


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


def timed(work: Callable[[], int]) -> tuple[float, float, int, str]:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--words", type=int, default=500, help="least words of each article")
    parser.add_argument("--profile", type=int, default=150, help="articles to profile (0: none)")
    parser.add_argument("--profile-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    articles = corpus(args.articles, args.words)
    if args.profile_only:
        profile(articles[: args.profile])
        return
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words} words ({words / len(articles):.0f} words/article)")
    warm = time.perf_counter()
    list(extract_many(articles[:3]))
    print(f"start-up (pipeline + gazetteer + first articles): {time.perf_counter() - warm:.2f} s")
    rates = {}
    for n_process in (1, 2):
        elapsed, cpu, events, load = timed(
            lambda n=n_process: sum(len(found) for _, found in extract_many(articles, n_process=n)))
        rates[n_process] = len(articles) / elapsed
        print(f"n_process={n_process}: {rates[n_process]:7.1f} articles/s  {words / elapsed:9.0f} words/s  "
              f"({elapsed:.2f} s wall, {cpu:.2f} s CPU, {len(articles) / cpu:.1f} articles per CPU-s; "
              f"{events} events; {load})")
    import spacy

    nlp = spacy.load(MODEL)
    elapsed, cpu, _, load = timed(lambda: sum(1 for _ in nlp.pipe(a.text for a in articles)))
    plain = len(articles) / elapsed
    print(f"plain spaCy {MODEL} ({', '.join(nlp.pipe_names)}), n_process=1: {plain:7.1f} articles/s  "
          f"{words / elapsed:9.0f} words/s  ({elapsed:.2f} s wall, {cpu:.2f} s CPU, "
          f"{len(articles) / cpu:.1f} articles per CPU-s; {load})")
    print(f"extraction / plain spaCy: {rates[1] / plain:.2f}x on 1 process, {rates[2] / plain:.2f}x on 2")
    if args.profile:
        subprocess.run([sys.executable, __file__, "--articles", str(args.profile), "--words", str(args.words),
                        "--profile", str(args.profile), "--profile-only"], check=True)


if __name__ == "__main__":
    main()
