"""How much of anything Strike Atlas accepts, and the watchdog that holds an article to its time.

Articles come from users, scrapers and other people's files, so every size that could exhaust the
machine has a bound here, in one place, for the README to quote and the readers and extraction to
enforce. A limit breached is that article's failure alone, reported with the limit's number.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MB = 1024 * 1024
MAX_BYTES = 20 * MB                # one uploaded document, as stored on disk
MAX_INFLATED_BYTES = 64 * MB       # all the members of a .docx (zip) once inflated, checked before inflating
MAX_RECORD_BYTES = 2 * MB          # one line of a .jsonl file
MAX_CHARS = 100_000                # characters of text in one article (a long feature is 30,000-60,000)
MAX_FRONT_MATTER = 8 * 1024        # characters of a Markdown file's YAML front matter
MAX_HTML_BLOCKS = 3_000            # block elements (p, div, li, tr, td...) of a page read with fallbacks; see below
MAX_SYMBOL_RUN = 16                # symbols in a row kept for tokenising ("====", "!!!!", "💥💥💥")
SECONDS_TO_READ = 20               # processor time to parse one file (HTML, PDF, DOCX)
SECONDS_TO_EXTRACT = 20            # processor time to extract the strikes of one article
MAX_FIGURE = 1_000_000             # above this, a "number killed" or "number of strikes" is not a toll
EARLIEST_DATE = dt.date(1900, 1, 1)

# MAX_HTML_BLOCKS: when its own extractor finds little, trafilatura compares it with jusText, whose
# time grows with the square of a run of short blocks (a table of 2,000 rows: 12 s; 5,000: past
# SECONDS_TO_READ). A page with more blocks than this is read by trafilatura's extractor alone.


def plausible_day(day: dt.date, published: dt.date | None = None) -> bool:
    """Whether a date can be a strike's or a report's: from 1900 to the day after publication
    (or after today, for a publication date itself). Year 0, 9999 or 2150 is a typo or junk."""
    latest = published or dt.date.today()
    return EARLIEST_DATE <= day and (day <= latest or day - latest <= dt.timedelta(days=1))


class OverTime(BaseException):
    """An article ran past its time budget.

    A BaseException, like KeyboardInterrupt, so that the `except Exception` blocks inside the
    libraries we call (trafilatura, pypdf) cannot swallow it and carry on.
    """


@contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Raise OverTime in this thread once the block has used `seconds` of processor time (or
    WALL_FACTOR times that in wall time, for a block that waits rather than computes).

    Processor time, so that a busy machine or another user's request holding the GIL does not
    make a sound article fail. A signal alarm would only work in the main thread, and the
    dashboard extracts in Streamlit's script threads; so a watchdog thread raises the exception
    asynchronously in the worker (CPython's PyThreadState_SetAsyncExc), again every second until
    the block ends, in case a library's callback swallowed the first one. Code running in C (a
    regex, lxml's parser) sees it when it returns to Python, which is why the inputs that make C
    code slow are cut before it runs.
    """
    target = threading.get_ident()
    finished = threading.Event()
    lock = threading.Lock()
    fired = False

    def watch() -> None:
        nonlocal fired
        used = _processor_time(target)
        cpu_start, wall_start = used(), time.monotonic()
        while not finished.wait(WATCH_INTERVAL if not fired else 1.0):
            if not fired and used() - cpu_start < seconds and time.monotonic() - wall_start < seconds * WALL_FACTOR:
                continue
            with lock:
                if finished.is_set():
                    return
                fired = True
                _raise_in(target, OverTime)

    watchdog = threading.Thread(target=watch, name=f"time budget: {what}", daemon=True)
    watchdog.start()
    try:
        yield
    except OverTime:
        pass  # raised again below, with what ran over
    finally:
        with lock:
            finished.set()
            if fired:
                _raise_in(target, None)  # withdraw an exception not yet delivered
    if fired:
        raise OverTime(f"{what} took longer than {seconds:g} s")


WATCH_INTERVAL = 0.1
WALL_FACTOR = 5


def _processor_time(thread_id: int) -> Callable[[], float]:
    """A clock of the processor time the thread has used (wall time where the OS offers none)."""
    try:
        clock = time.pthread_getcpuclockid(thread_id)
        time.clock_gettime(clock)
    except (AttributeError, OSError):
        return time.monotonic
    return lambda: time.clock_gettime(clock)


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    pending = ctypes.py_object(exception) if exception is not None else ctypes.c_void_p(None)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), pending)
