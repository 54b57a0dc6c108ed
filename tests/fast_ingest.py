"""`python -m strikes ingest` with a stand-in for extraction, for the store's process-level tests.

Crash and concurrency tests run many ingest processes over hundreds of articles; what they check is
the store, so each article's events are read from its own text ("events=3") by a stand-in for the
`strikes.extract` package, which would cost each process seconds to import spaCy and load its model.
`--together` forks one process per batch once the imports are done, and lets them all go at the
same moment, each writing its output to OUTDIR/K.out and K.err; it prints their exit codes.

    python tests/fast_ingest.py ingest PATH... --db URL
    python tests/fast_ingest.py --together OUTDIR URL BATCH...
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import traceback
import types
from types import SimpleNamespace
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from strikes.model import Article, StrikeEvent  # noqa: E402


def extract_events(article: Article) -> list[StrikeEvent]:
    count = int(re.search(r"events=(\d+)", article.text).group(1))
    return [
        StrikeEvent(date=dt.date(2016, 5, 1 + i), place=f"Place {i}", actor="Russia",
                    evidence=f"{article.id} strike {i}", confidence=0.9)
        for i in range(count)
    ]


def extract_each(articles: Iterable[Article], n_process: int = 1) -> Iterator[SimpleNamespace]:
    """Each article's extraction, shaped as `strikes.extract.Extraction`."""
    for article in articles:
        yield SimpleNamespace(article=article, events=extract_events(article), error=None)


def stand_in_for_extraction() -> None:
    """`strikes.extract` without its spaCy pipeline; its modules (dates, for the readers) still import."""
    package = types.ModuleType("strikes.extract")
    package.__path__ = [str(REPO / "strikes" / "extract")]
    package.extract_events, package.extract_each = extract_events, extract_each
    sys.modules["strikes.extract"] = package


def together(outdir: str, url: str, batches: list[str]) -> list[int]:
    from strikes.cli import main

    starting_gun, fire = os.pipe()
    children = []
    for k, batch in enumerate(batches):
        child = os.fork()
        if child == 0:
            os.close(fire)
            with open(f"{outdir}/{k}.out", "w") as out, open(f"{outdir}/{k}.err", "w") as err:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                os.read(starting_gun, 1)  # returns when the parent closes its end: all at once
                try:
                    code = main(["ingest", batch, "--db", url])
                except BaseException:  # noqa: BLE001 - a crash is this test's finding, told on stderr
                    traceback.print_exc()
                    code = 70
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
        children.append(child)
    os.close(fire)
    return [os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]) for child in children]


if __name__ == "__main__":
    stand_in_for_extraction()
    from strikes.cli import main

    argv = sys.argv[1:]
    if argv[:1] == ["--together"]:
        print(json.dumps(together(argv[1], argv[2], argv[3:])))
        sys.exit(0)
    sys.exit(main(argv))
