"""Extraction speed: articles/s and words/s on a corpus of ≥500 articles, one process and two.

The corpus is sample_articles/ repeated, each copy with its place names swapped for others and its
figures changed, so that no cache answers twice. Then a cProfile summary of where one process
spends its time.

    python bench/throughput.py [--articles 600] [--profile 150]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from strikes.extract import COMPONENT, extract_many  # noqa: E402
from strikes.extract.nlp import pipeline  # noqa: E402
from strikes.model import Article  # noqa: E402

TOWNS = ["Saraqib", "Ariha", "Maarat al-Numan", "Taftanaz", "Binnish", "Kafr Nabl", "Khan Shaykhun", "Atarib",
         "Daraya", "Douma", "Rastan", "Talbiseh", "Harasta", "Marib", "Saada", "Hodeidah", "Taiz", "Rafah",
         "Khan Yunis", "Jabalia", "Deir al-Balah", "Sirte", "Derna", "Misrata", "Kunduz", "Lashkar Gah", "Mosul",
         "Fallujah", "Ramadi", "Tikrit", "Kismayo", "Jilib", "Bakhmut", "Izium", "Kharkiv", "El Fasher", "Nyala"]


def corpus(size: int) -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_articles").glob("*.txt"))]
    rng = random.Random(7)
    articles = []
    for i in range(size):
        text = texts[i % len(texts)]
        for town in rng.sample(TOWNS, 3):
            text = re.sub(r"\b(?:in|near|on) ([A-Z][a-z]+)", lambda m, t=town: m.group(0).replace(m.group(1), t), text, count=1)
        text = re.sub(r"\b\d{1,3}\b(?= (?:people|civilians|strikes|air strikes))", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), text)
        articles.append(Article(text, id=f"a{i}"))
    return articles


def run(articles: list[Article], n_process: int) -> tuple[float, int]:
    start = time.perf_counter()
    events = sum(len(found) for _, found in extract_many(articles, n_process=n_process))
    return time.perf_counter() - start, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--profile", type=int, default=150, help="articles to profile (0: none)")
    args = parser.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words} words ({words / len(articles):.0f} words/article)")
    warm = time.perf_counter()
    list(extract_many(articles[:3]))
    print(f"start-up (pipeline + gazetteer + first articles): {time.perf_counter() - warm:.2f} s")
    for n_process in (1, 2):
        elapsed, events = run(articles, n_process)
        print(f"n_process={n_process}: {len(articles) / elapsed:7.1f} articles/s  {words / elapsed:9.0f} words/s  "
              f"({elapsed:.2f} s, {events} events)")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        list(extract_many(articles[: args.profile]))
        profiler.disable()
        tokenise = time.perf_counter()
        with pipeline().select_pipes(disable=[COMPONENT]):
            for article in articles[: args.profile]:
                pipeline()(article.text)
        print(f"\nof which spaCy tokenising + sentences: {time.perf_counter() - tokenise:.2f} s for {args.profile} articles")
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
        stats.print_stats(18)
        print("profile, single process, by own time:")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


if __name__ == "__main__":
    main()
