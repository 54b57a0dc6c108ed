"""``python -m geo``: look names up, build the index, fetch GeoNames country dumps,
measure the fuzzy-match threshold, pack Who's On First's extract for shipping."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from geo.build import build, dumps_dir
from geo.calibrate import MAX_WRONG_SHARE, chosen, measure
from geo.download import DEFAULT_BASE_URL, fetch
from geo.gazetteer import FUZZY_THRESHOLD, index_path, open_gazetteer
from geo.qualifiers import readings
from geo.wof import DATA, pack


def _lookup(args: argparse.Namespace) -> int:
    gazetteer = open_gazetteer(args.index)
    resolved = gazetteer.resolve(args.name, args.country)
    if resolved:
        place, precision = resolved
        print(f"resolved: {place.name}, {place.admin1 or '-'}, {place.country} "
              f"({place.lat:.5f}, {place.lon:.5f}) {place.kind}, geo_precision {precision}")
    else:
        print("resolved: unknown (left unlocated)")
    candidates = next((found for reading in readings(args.name)
                       if (found := gazetteer.lookup(reading.name, args.country))), [])
    for place in candidates[: args.limit]:
        print(f"{place.score:8.1f}  {place.name} | {place.admin1 or '-'} | {place.admin2 or '-'} | {place.country} | "
              f"{place.kind} | {place.lat:.5f},{place.lon:.5f} | geonameid {place.geonameid} | {place.why}")
    return 0 if resolved else 1


def _build(args: argparse.Namespace) -> int:
    path = index_path(args.index)
    stats = build(path, progress=lambda message: print(message, flush=True))
    print(f"built {path}: {stats['places']:,} places in {stats['seconds']:.1f} s, "
          f"{stats['megabytes']:.1f} MB")
    return 0


def _download(args: argparse.Namespace) -> int:
    path = index_path(args.index)
    for archive in fetch(args.countries, dumps_dir(path), args.base_url):
        print(f"downloaded {archive}")
    return _build(args)


def _pack_wof(args: argparse.Namespace) -> int:
    target = args.to or Path(str(DATA))
    print(f"packed {pack(args.source, target):,} places into {target} "
          f"({target.stat().st_size / 1e6:.1f} MB); rebuild the index to use them")
    return 0


def _calibrate(args: argparse.Namespace) -> int:
    rows = measure(index_path(args.index), [float(t) for t in range(70, 101, 2)])
    print(f"{rows[0].samples} sampled places; variant = one spelling held out, "
          "unknown = all its spellings held out")
    print("threshold  variant hits  variant wrong  unknown pinned")
    for r in rows:
        print(f"{r.threshold:9.0f} {r.variant_hits:13} {r.variant_wrong:14} "
              f"{r.unknown_pinned:9} ({r.unknown_pinned_share:5.1%})")
    best = chosen(rows)
    print(f"lowest threshold pinning <= {MAX_WRONG_SHARE:.0%} of unknown places: "
          f"{best.threshold:.0f} (in use: {FUZZY_THRESHOLD:.0f})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    parser.add_argument("--index", help="index file (default: $STRIKE_ATLAS_GAZETTEER "
                                        "or data/gazetteer.sqlite)")
    commands = parser.add_subparsers(dest="command", required=True)
    lookup = commands.add_parser("lookup", help="candidates for a place name, with scores")
    lookup.add_argument("name")
    lookup.add_argument("--country", action="append", default=[],
                        help="ISO2 context country, repeatable, in order of preference")
    lookup.add_argument("--limit", type=int, default=10)
    lookup.set_defaults(run=_lookup)
    commands.add_parser("build", help="(re)build the index").set_defaults(run=_build)
    download = commands.add_parser("download", help="fetch GeoNames country dumps "
                                                    "(needs a network) and rebuild")
    download.add_argument("countries", nargs="+", metavar="CC")
    download.add_argument("--base-url", default=DEFAULT_BASE_URL)
    download.set_defaults(run=_download)
    commands.add_parser("calibrate", help="measure the fuzzy-match threshold on held-out "
                                          "alternate spellings").set_defaults(run=_calibrate)
    packing = commands.add_parser("pack-wof", help="compact Who's On First's places extract "
                                                   "(wof_places.tsv.gz) into geo/data for shipping")
    packing.add_argument("source", type=Path)
    packing.add_argument("--to", type=Path, help="default: geo/data/wof_places.tsv.xz")
    packing.set_defaults(run=_pack_wof)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):  # "python -m geo lookup X | head": stop quietly when the reader has enough
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
