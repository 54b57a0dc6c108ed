"""`python -m strikes`: extract, ingest, export and import reference data from the command line.

`extract` is the project's measured contract: one JSON object per event per line on stdout, keyed
exactly by StrikeEvent's field names. Errors and notes go to stderr so that stdout stays pure
JSON Lines; the exit status is 0 when every input was read, 3 when some failed (the others were
printed) and 1 when none could be.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from strikes.export import to_csv, to_geojson
from strikes.extract import extract_each
from strikes.hygiene import printable
from strikes.incident_queries import with_incidents
from strikes.readers import UnreadableArticle, read_paths
from strikes.store import EventFilter, Store, StoreError


EXIT_SOME_FAILED = 3


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")  # a name we failed to clean must not end the run
    args = _parser().parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m strikes", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="print the strikes in articles as JSON Lines")
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .pdf .docx, a folder, or .jsonl")
    extract.add_argument("--published", type=_day, help="publication date when the text has no dateline (YYYY-MM-DD)")
    extract.add_argument("--jobs", type=int, default=1, help="processes for extraction (default 1)")
    extract.set_defaults(run=_extract)

    explain = commands.add_parser("explain", help="print why each event of an article exists, and why other sentences gave none")
    explain.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .pdf .docx, a folder, or .jsonl")
    explain.add_argument("--published", type=_day, help="publication date when the text has no dateline (YYYY-MM-DD)")
    explain.set_defaults(run=_explain)

    ingest = commands.add_parser("ingest", help="extract and store articles")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--db", help="database URL or SQLite file (default $STRIKE_ATLAS_DB or data/strikes.db)")
    ingest.add_argument("--published", type=_day)
    ingest.add_argument("--jobs", type=int, default=1)
    ingest.add_argument("--online-geocoding", action="store_true", default=None,
                        help="ask Nominatim (cached, 1 request/s) for places the offline gazetteer does not know "
                             "(default: $STRIKE_ATLAS_ONLINE_GEOCODER)")
    ingest.set_defaults(run=_ingest)

    export = commands.add_parser("export", help="write stored events as ACLED-like CSV or GeoJSON")
    export.add_argument("--db")
    export.add_argument("--format", choices=["csv", "geojson"], default="csv")
    export.add_argument("--from", dest="date_from", type=_day, help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", type=_day, help="last day (YYYY-MM-DD)")
    export.add_argument("--actor", action="append", default=[], help="repeat for several")
    export.add_argument("--country", action="append", default=[], help="ISO2 code; repeat for several")
    export.add_argument("--min-killed", type=int, default=0)
    export.add_argument("--located-only", action="store_true")
    export.add_argument("-o", "--output", help="file to write (default stdout)")
    export.set_defaults(run=_export)

    imported = commands.add_parser("import", help="import an ACLED or UCDP GED CSV export as reference events")
    imported.add_argument("paths", nargs="+", metavar="FILE", help="ACLED export or UCDP GED CSV")
    imported.add_argument("--db")
    imported.set_defaults(run=_import)
    return parser


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _extract(args: argparse.Namespace) -> int:
    failed = extracted = 0

    def readable():
        """The articles, as they are read; the unreadable ones reported on the way."""
        nonlocal failed
        for item in read_paths(args.paths, args.published):
            if isinstance(item, UnreadableArticle):
                failed += 1
                print(f"error: {item}", file=sys.stderr, flush=True)
            else:
                yield item

    for done in extract_each(readable(), n_process=args.jobs):
        name = printable(str(done.article.id))
        if done.error:
            failed += 1
            print(f"error: {name}: {done.error}", file=sys.stderr, flush=True)
            continue
        extracted += 1
        if not done.events:
            print(f"note: {name}: no air strikes found", file=sys.stderr)
        for event in done.events:
            print(json.dumps(event.to_json(), ensure_ascii=False))
    return 0 if not failed else EXIT_SOME_FAILED if extracted else 1


def _explain(args: argparse.Namespace) -> int:
    from strikes.extract.explain import explain, render

    read = 0
    for item in read_paths(args.paths, args.published):
        if isinstance(item, UnreadableArticle):
            print(f"error: {item}", file=sys.stderr)
            continue
        read += 1
        print(render(item, explain(item)), end="\n\n")
    return 0 if read else 1


def _ingest(args: argparse.Namespace) -> int:
    from strikes.ingest import ingest

    try:
        store = Store(args.db)
    except StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    summary = ingest(store, args.paths, args.published, progress=sys.stderr.isatty(), n_process=args.jobs,
                     online_geocoding=args.online_geocoding)
    print("\n".join(summary.lines()))
    if summary.store_fault is not None:
        print(f"error: {summary.store_fault}", file=sys.stderr)
    return 0 if summary.complete else 1


def _export(args: argparse.Namespace) -> int:
    flt = EventFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        actors=tuple(args.actor),
        countries=tuple(c.upper() for c in args.country),
        min_killed=args.min_killed,
        include_unlocated=not args.located_only,
    )
    try:
        store = Store(args.db, read_only=True)
        events = with_incidents(store, store.events(flt), flt)
    except StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    text = to_geojson(events) if args.format == "geojson" else to_csv(events)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0


def _import(args: argparse.Namespace) -> int:
    from strikes.reference import import_file

    store = Store(args.db)
    imported = 0
    for path in args.paths:
        summary = import_file(store, path)
        print(f"{path}:")
        print("\n".join(f"  {line}" for line in summary.lines()))
        imported += summary.imported
    return 0 if imported else 1
