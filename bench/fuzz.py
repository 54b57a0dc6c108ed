"""Hostile inputs against the readers and extraction: crashes, hangs, peak memory, good articles lost.

A seeded generator writes batches of malformed inputs (random bytes under every extension,
mutated and bomb DOCX and PDF files, HTML and text built to be slow, JSON Lines records of every
wrong shape, odd file names), each batch mixed with good articles whose strikes must still come out.
Each batch goes through `read_paths` and `extract_each` in a worker process, one input at a time;
one batch in `--cli-every` also goes through `python -m strikes extract --jobs 2`, and another
through `ingest --jobs 2` into a fresh SQLite store, as a user would run them.

A hang is an input that costs over 30 s of processor time (wall time is printed too: on a loaded
machine it is no measure of the input). The worker is watched from this process: an input past
4x that processor time, or past 3 GB resident, has it killed (counted) and replaced. The figures
are saved after every batch and printed every `--report-every` batches and when the run stops
(Ctrl-C, kill); `--resume` goes on from the last batch saved (each batch has its own seed).

    python bench/fuzz.py [--inputs 10000] [--batch 50] [--seed 13] [--cli-every 20] [--resume]
    python bench/fuzz.py --write-batch N [--into DIR]   # make batch N's inputs again, to reproduce one

Prints: inputs, crashes (an exception out of the readers or extraction, a dead worker, or a
traceback or undocumented exit status from the CLI), hangs, peak RSS, good articles lost.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the hand-written documents the readers' tests use

from documents import docx_bytes, pdf_bytes, word_document  # noqa: E402

HANG_SECONDS = 30
CONTEXT = multiprocessing.get_context("fork")  # this process holds no threads and no model: cheap to fork
PUBLISHED = "2016-05-05"
TOWNS = ["Saraqib", "Ariha", "Taftanaz", "Binnish", "Kafr Nabl", "Khan Shaykhun", "Atarib", "Douma", "Rastan",
         "Marib", "Saada", "Hodeidah", "Taiz", "Rafah", "Sirte", "Derna", "Kunduz", "Mosul", "Fallujah"]


def good_text(rng: random.Random) -> str:
    town, killed = rng.choice(TOWNS), rng.randint(2, 90)
    return (f"5 May 2016\n\nRussian warplanes struck the town of {town} on Wednesday, killing {killed} civilians, "
            "a monitoring group said.\n")


# --- documents, well-formed, to mutate ---------------------------------------------------------

def docx_of(text: str, document: bytes | None = None, method: int = zipfile.ZIP_DEFLATED, repeat: int = 1) -> bytes:
    """A .docx package of `text`, or of `document` (written `repeat` times over) as word/document.xml."""
    return docx_bytes(document or word_document(text).encode(), method, repeat)


_BOMB: bytes | None = None


def docx_bomb() -> bytes:
    """A 0.3 MB .docx whose document.xml inflates to 300 MB (made once)."""
    global _BOMB
    if _BOMB is None:
        _BOMB = docx_of("", document=b"<w:p/>" * (1024 * 1024 // 6), repeat=300)  # written 1 MB at a time
    return _BOMB


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.random()
        if action < 0.5:
            data[at] = rng.randrange(256)
        elif action < 0.7:
            del data[at:at + rng.randint(1, 64)]
        elif action < 0.9:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        else:
            del data[at:]
    return bytes(data)


# --- hostile inputs, by kind: each returns (file suffix, bytes) --------------------------------

def random_bytes(rng):
    return rng.choice([".txt", ".md", ".html", ".htm", ".pdf", ".docx"]), rng.randbytes(rng.randint(1, 20_000))


def mutated_docx(rng):
    return ".docx", mutate(rng, docx_of(good_text(rng)))


def odd_docx(rng):
    choice = rng.randrange(6)
    if choice == 0:
        return ".docx", docx_bomb()
    if choice == 1:  # entity amplification
        laughs = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]><d>&i;</d>"
        return ".docx", docx_of("", document=laughs.encode())
    if choice == 2:
        return ".docx", docx_of("", document=b"")
    if choice == 3:
        return ".docx", docx_of("", document=b"<a>" * 50_000)
    if choice == 4:  # an unknown compression method in the headers
        data = bytearray(docx_of(good_text(rng)))
        for at in [i for i in range(len(data) - 4) if data[i:i + 4] in (b"PK\x03\x04", b"PK\x01\x02")]:
            data[at + (8 if data[at + 2] == 3 else 10)] = 99
        return ".docx", bytes(data)
    return ".docx", docx_of(good_text(rng), method=zipfile.ZIP_STORED)[: rng.randint(10, 900)]


def mutated_pdf(rng):
    return ".pdf", mutate(rng, pdf_bytes(good_text(rng)))


def odd_pdf(rng):
    choice = rng.randrange(5)
    if choice == 0:
        return ".pdf", pdf_bytes(good_text(rng), "/Filter /NoSuchDecode")
    if choice == 1:
        return ".pdf", pdf_bytes(good_text(rng), "/Filter /JBIG2Decode")
    if choice == 2:
        return ".pdf", pdf_bytes(good_text(rng), "/Filter [" + "/FlateDecode " * 200 + "]")
    if choice == 3:
        return ".pdf", pdf_bytes(good_text(rng)).replace(b"/Count 1", b"/Count 99999999")
    return ".pdf", pdf_bytes("(" * 20_000 + good_text(rng))


def slow_text(rng):
    choice = rng.randrange(10)
    unit = rng.choice(["\U0001f4a5", "[", "(", "!", "\u0301", "-", "“", "a", "7", "\u200b", "<", "&"])
    if choice == 0:
        text = unit * rng.randint(5_000, 80_000)
    elif choice == 1:
        text = (unit * rng.randint(50, 400) + " ") * rng.randint(10, 300)
    elif choice == 2:
        text = good_text(rng) + "x" * rng.randint(100_001, 600_000)
    elif choice == 3:
        text = good_text(rng) + "killed " + "1" * rng.randint(20, 6_000) + " people in " + rng.choice(TOWNS) + ".\n"
    elif choice == 4:
        text = rng.choice(["31.12.9999", "00.00.0000", "1 January 0001", "32 Tishrin 2016", "9999-12-31",
                           "May 5, 1066"]) + "\n\n" + good_text(rng).split("\n", 2)[2]
    elif choice == 5:
        text = "".join(rng.choice("\x00\x01\x07\x1b\x7f\x85\u2028\ufeff\ud800\udfff ab") for _ in range(rng.randint(10, 5000)))
    elif choice == 6:
        bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
        text = bomb + "title: *j\n---\n" + good_text(rng)
    elif choice == 7:
        text = "---\ntitle: " + "[" * 5_000 + "\n---\n" + good_text(rng)
    elif choice == 8:
        text = ("Warplanes struck " + " and ".join(rng.choice(TOWNS) for _ in range(2_000)) + " on Wednesday. ") * 3
    else:
        text = "On 5 May " + str(rng.randint(0, 99_999)) + ", jets struck " + rng.choice(TOWNS) + " killing 3.\n"
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.15:
        data = text.encode("utf-16", "surrogatepass")
    return rng.choice([".txt", ".md"]), data


def slow_html(rng):
    choice = rng.randrange(6)
    body = good_text(rng).replace("\n", " ")
    if choice == 0:
        html = "<div>" * rng.randint(5_000, 50_000) + body
    elif choice == 1:
        html = "<html><body><p>" + "&amp;&lt;&#x1F4A5;&nbsp;" * rng.randint(10_000, 60_000) + "</p></body></html>"
    elif choice == 2:
        html = "<table>" + "<tr><td>1</td><td>2</td></tr>" * rng.randint(5_000, 40_000) + "</table><p>" + body + "</p>"
    elif choice == 3:
        html = (f'<html><head><meta property="article:published_time" content="{rng.choice(["0001-01-01", "9999-12-31T23:59:59-24:00", "2016-13-45", "99999-01-01"])}">'
                f"<title>{'&#xD800;' * 3}</title></head><body><article><p>{body}</p></article></body></html>")
    elif choice == 4:
        html = "<p>" + "x" * rng.randint(100_000, 600_000) + "</p>"
    else:
        html = mutate(rng, f"<html><body><article><h1>Raid</h1><p>{body}</p></article></body></html>".encode()).decode("latin-1")
    return rng.choice([".html", ".htm"]), html.encode("utf-8", "surrogatepass")


def bad_record(rng) -> str:
    """One JSON Lines line of a wrong shape."""
    choice = rng.randrange(12)
    text = good_text(rng)
    if choice == 0:
        return json.dumps(rng.choice([[], 7, "text", None, True, [text]]))
    if choice == 1:
        return "[" * rng.randint(1_000, 200_000) + "]" * rng.randint(0, 10)
    if choice == 2:
        return json.dumps({"id": "x", "text": rng.choice([None, 5, [], {}, "", " "])})
    if choice == 3:
        return json.dumps({"id": {"a": [1]}, "text": text})
    if choice == 4:
        return json.dumps({"id": "d", "text": text, "published": rng.choice(
            ["0000-01-01", "0001-01-01", "9999-12-31", "2016-13-01", "2016-02-30", "2016-05-05T00:00+25:00", 20160505, [], "x"])})
    if choice == 5:
        return '{"id": "s\\ud800", "text": "' + text.replace("\n", "\\n") + '\\udfff\\u0000"}'
    if choice == 6:
        return json.dumps({"id": "t", "text": text, "title": rng.choice([{"a": 1}, [1, 2], 3.5, None])})
    if choice == 7:
        return json.dumps({"id": "long", "text": "y " * rng.randint(60_000, 1_500_000)})
    if choice == 8:
        return mutate(rng, json.dumps({"id": "m", "text": text}).encode()).decode("utf-8", "replace")
    if choice == 9:
        return json.dumps({"id": "n", "text": text + " killed " + "9" * rng.randint(300, 5_000) + " people."})
    if choice == 10:
        return json.dumps({"id": "e", "text": "\U0001f4a5" * rng.randint(10_000, 80_000)})
    return json.dumps({"id": "deep", "text": text, "extra": json.loads("[" * 500 + "]" * 500)})


KINDS: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "random bytes": random_bytes, "mutated docx": mutated_docx, "odd docx": odd_docx, "mutated pdf": mutated_pdf,
    "odd pdf": odd_pdf, "slow text": slow_text, "slow html": slow_html,
}


def odd_name(rng: random.Random, index: int, suffix: str) -> bytes:
    stem = rng.choice([b"f", b"\xff\xfe", b"\xed\xa0\x80", b"line\nbreak", b"tab\there", b" space ", "é✓".encode(),
                       b"x" * 200, b"-rf", b"..."])
    return b"%05d-" % index + stem + suffix.encode()


def write_batch(rng: random.Random, folder: Path, size: int, counts: Counter) -> dict[str, str]:
    """Write a batch of `size` hostile inputs mixed with good ones; return the good articles,
    id (as `extract` names it) to text."""
    good: dict[str, str] = {}
    records = []
    root = os.fsencode(folder)
    for i in range(size):
        if rng.random() < 0.3:
            counts["jsonl record"] += 1
            records.append(bad_record(rng))
            continue
        kind = rng.choice(list(KINDS))
        counts[kind] += 1
        suffix, data = KINDS[kind](rng)
        with open(os.path.join(root, odd_name(rng, i, suffix)), "wb") as handle:
            handle.write(data)
    for i in range(3):
        name = folder / f"good-{i}.txt"
        good[str(name)] = good_text(rng)
        name.write_text(good[str(name)], encoding="utf-8")
    good_id = f"good-record-{rng.randrange(10**9)}"
    good[good_id] = good_text(rng)
    records.insert(rng.randint(0, len(records)), json.dumps({"id": good_id, "text": good[good_id], "published": PUBLISHED}))
    (folder / "batch.jsonl").write_bytes("\n".join(records).encode("utf-8", "surrogatepass") + b"\n")
    return good


# --- the worker: reads and extracts in a child process, watched from this one ------------------

class Stopwatch:
    """Wall time and this process's processor time per input: on a shared, loaded machine the
    first says how long a user waits, the second how much work the input cost (a hang)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.monotonic(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.monotonic(), time.process_time()
        lap = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return lap


def serve(conn: Connection) -> None:
    """The child: for each folder it is sent, read every input and extract every article one at a
    time (batch_size=1, so that a lap is one article's), sending each input's times (and whether
    it gave events) as it goes, then the traceback of anything that escaped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from strikes.extract import extract_each
    from strikes.readers import UnreadableArticle, read_paths, read_upload

    published = dt.date.fromisoformat(PUBLISHED)
    for _ in extract_each([read_upload("warm-up.txt", good_text(random.Random(0)).encode(), published)]):
        pass  # the model and the gazetteer loaded before the first input's clock starts
    conn.send(("ready",))
    while (folder := conn.recv()) is not None:
        crash = None
        try:
            articles = []
            clock = Stopwatch()
            for item in read_paths([folder], published):
                wall, cpu = clock.lap()
                refused = isinstance(item, UnreadableArticle)
                conn.send(("read", str(item) if refused else str(item.id), wall, cpu, refused, False))
                if not refused:
                    articles.append(item)
                clock = Stopwatch()
            clock = Stopwatch()
            for done in extract_each(articles, batch_size=1):
                wall, cpu = clock.lap()
                conn.send(("extract", str(done.article.id), wall, cpu, done.error is not None, bool(done.events)))
                clock = Stopwatch()
        except BaseException:  # noqa: BLE001 - counting what escapes is the point
            crash = traceback.format_exc(limit=-4)
        conn.send(("done", crash))


KILL_CPU_SECONDS = 4 * HANG_SECONDS   # processor time on one input after which the worker is killed
KILL_WALL_SECONDS = 30 * 60           # wall time on one input after which it is killed (a deadlock)
MEMORY_CEILING_KB = 3 * 1024 * 1024   # resident memory at which it is killed, for the machine's sake
TICKS = os.sysconf("SC_CLK_TCK")


def _proc(pid: int) -> tuple[float, int, int]:
    """A live process's processor time (s), resident and peak resident memory (kB), from /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    except (OSError, IndexError):
        return 0.0, 0, 0
    kb = (lambda key: int(status.get(key, "0 kB").split()[0]))
    return (int(stat[11]) + int(stat[12])) / TICKS, kb("VmRSS"), kb("VmHWM")


class Worker:
    """The child process that reads and extracts, and the watch kept on it: a hang is counted in
    the processor time an input cost, never in wall time alone (a loaded machine slows everyone),
    and an input that runs away with the processor or the memory has the child killed and replaced."""

    def __init__(self) -> None:
        self.conn, child = CONTEXT.Pipe()
        self.process = CONTEXT.Process(target=serve, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.conn.recv()  # ready: its start is not counted against the first input (an EOFError ends the run)

    def run(self, folder: Path, label: str, figures: Figures) -> set[str]:
        """The ids of the articles that gave events (those before it, if the worker died or was killed)."""
        self.conn.send(str(folder))
        found: set[str] = set()
        last_cpu, last_wall, last = _proc(self.process.pid)[0], time.monotonic(), "(the batch's first input)"
        while True:
            if self.conn.poll(0.5):
                try:
                    message = self.conn.recv()
                except (EOFError, OSError):
                    self._died(figures, f"the worker died (exit {self.process.exitcode}) after {last!r}")
                    return found
                if message[0] == "done":
                    if message[1]:
                        figures.tally["crashes"] += 1
                        print(message[1], file=sys.stderr, flush=True)
                    self._memory(figures)
                    return found
                stage, name, wall, cpu, failed, gave_events = message
                if gave_events:
                    found.add(name)
                last = name.replace(str(folder), label)[:120]
                figures.timed(stage, last, wall, cpu)
                figures.tally[f"{stage} failed"] += failed
                last_cpu, last_wall = _proc(self.process.pid)[0], time.monotonic()
                continue
            cpu, rss, _ = _proc(self.process.pid)
            self._memory(figures)
            if not self.process.is_alive():
                self._died(figures, f"the worker died (exit {self.process.exitcode}) after {last!r}")
                return found
            used, waited = cpu - last_cpu, time.monotonic() - last_wall
            if rss > MEMORY_CEILING_KB:
                figures.tally["crashes"] += 1
                self._killed(f"{rss // 1024} MB resident on the input after {last!r}")
                return found
            if used > KILL_CPU_SECONDS or waited > KILL_WALL_SECONDS:
                figures.timed("killed", f"after {last!r}", waited, used)
                self._killed(f"{used:.0f} s of processor time ({waited:.0f} s wall) on the input after {last!r}")
                return found

    def _memory(self, figures: Figures) -> None:
        figures.peak_kb = max(figures.peak_kb, _proc(self.process.pid)[2])

    def _died(self, figures: Figures, why: str) -> None:
        figures.tally["crashes"] += 1
        print(f"crash: {why}", file=sys.stderr, flush=True)
        self.close()
        self.__init__()

    def _killed(self, why: str) -> None:
        print(f"killed: {why}", file=sys.stderr, flush=True)
        self.close()
        self.__init__()

    def close(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


# --- the command line, as a user runs it -------------------------------------------------------

CLI_WALL_SECONDS = 30 * 60


def run_cli(command: str, folder: Path, label: str, good: dict[str, str], figures: Figures) -> None:
    """One batch through `python -m strikes extract|ingest --jobs 2`: a traceback, an exit status
    other than the documented ones, or a good article without its events is counted."""
    with tempfile.TemporaryDirectory(prefix="fuzz-store-") as store:
        argv = [sys.executable, "-m", "strikes", command, str(folder), "--published", PUBLISHED, "--jobs", "2"]
        if command == "ingest":
            argv += ["--db", str(Path(store) / "fuzz.db")]
        env = {k: v for k, v in os.environ.items() if not k.startswith("STRIKE_ATLAS_")}
        before, began = _children_cpu(), time.monotonic()
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   start_new_session=True)
        try:
            out, err = process.communicate(timeout=CLI_WALL_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            figures.tally[f"cli {command} killed"] += 1
            out, err = b"", b""
        except BaseException:  # stopped: its own session would outlive us
            os.killpg(process.pid, signal.SIGKILL)
            raise
        figures.timed(f"cli {command}", label, time.monotonic() - began, _children_cpu() - before)
        figures.peak_kb = max(figures.peak_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        if command == "extract":
            found = {json.loads(line)["article"] for line in out.splitlines() if line.strip()}
            lost = set(good) - found
            expected = (0, 1, 3)
        else:
            with sqlite3.connect(Path(store) / "fuzz.db") as db:
                stored = {text.strip() for (text,) in db.execute(
                    "select text from articles where id in (select article_id from events)")}
            lost = {key for key, text in good.items() if text.strip() not in stored}
            expected = (0, 1)
    if b"Traceback" in err or process.returncode not in expected:
        figures.tally[f"cli {command} crashes"] += 1
        print(f"crash in cli {command} (exit {process.returncode}):\n" + err.decode("utf-8", "replace")[-1500:],
              file=sys.stderr, flush=True)
    figures.tally["good articles lost"] += len(lost)
    figures.tally[f"cli {command} runs"] += 1


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- the figures, kept across batches and runs -------------------------------------------------

@dataclass
class Figures:
    """What the run has counted so far, saved after every batch so that a stopped run resumes."""

    settings: dict
    next_batch: int = 0
    counts: Counter = field(default_factory=Counter)
    tally: Counter = field(default_factory=Counter)
    slowest: list = field(default_factory=list)  # (processor s, wall s, stage, name), the 10 costliest
    peak_kb: int = 0
    seconds: float = 0.0

    def timed(self, stage: str, name: str, wall: float, cpu: float) -> None:
        cli = stage.startswith("cli")
        if not cli:
            self.tally["hangs"] += cpu > HANG_SECONDS or stage == "killed"
            self.tally["over 30 s wall"] += wall > HANG_SECONDS
        self.slowest = sorted(self.slowest + [(round(cpu, 1), round(wall, 1), stage, name)], reverse=True)[:20]

    def save(self, path: Path) -> None:
        state = asdict(self) | {"counts": dict(self.counts), "tally": dict(self.tally)}
        path.with_suffix(".tmp").write_text(json.dumps(state, ensure_ascii=True))
        path.with_suffix(".tmp").replace(path)

    @classmethod
    def load(cls, path: Path) -> Figures:
        state = json.loads(path.read_text())
        return cls(**state | {"counts": Counter(state["counts"]), "tally": Counter(state["tally"]),
                              "slowest": [tuple(row) for row in state["slowest"]]})

    def print(self, batches: int, final: bool) -> None:
        t = self.tally
        heading = "figures" if final else f"figures so far ({self.next_batch}/{batches} batches)"
        cli = ", ".join(f"{t[f'cli {c} crashes']} in {t[f'cli {c} runs']} CLI {c} runs" for c in ("extract", "ingest"))
        print(f"--- {heading}, seed {self.settings['seed']} ---")
        print(f"inputs: {sum(self.counts.values())} hostile ({', '.join(f'{k} {v}' for k, v in sorted(self.counts.items()))}) "
              f"in {self.next_batch} batches with 4 good articles each")
        print(f"crashes: {t['crashes']} in the worker; {cli} (--jobs 2)")
        print(f"hangs over {HANG_SECONDS} s of processor time: {t['hangs']} "
              f"(over {HANG_SECONDS} s of wall time: {t['over 30 s wall']}, load average now {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores); CLI runs killed after {CLI_WALL_SECONDS} s: "
              f"{t['cli extract killed'] + t['cli ingest killed']}")
        print(f"peak RSS: {self.peak_kb / 1024:.0f} MB")
        print(f"good articles lost: {t['good articles lost']}")
        print(f"refused by the readers: {t['read failed']}; extraction failed: {t['extract failed']}; "
              f"wall time {self.seconds:.0f} s")
        print("costliest inputs (processor s / wall s): " + "; ".join(
            f"{cpu:.1f}/{wall:.1f} {stage} {name!r}" for cpu, wall, stage, name in self.slowest[:6]), flush=True)


def batch_rng(seed: int, number: int) -> random.Random:
    """Each batch its own generator, so that a run resumes, and one batch is made again, alone."""
    return random.Random(f"{seed}/{number}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cli-every", type=int, default=20,
                        help="run one batch in N through `extract` and another through `ingest` (0: never)")
    parser.add_argument("--report-every", type=int, default=20, help="print the figures so far every N batches")
    parser.add_argument("--state", type=Path, help="where the figures are saved after every batch "
                        "(default: a file named after the settings in the temporary folder)")
    parser.add_argument("--resume", action="store_true", help="go on from the batch after the last one saved")
    parser.add_argument("--write-batch", type=int, metavar="N", help="only write batch N's inputs (named as the "
                        "figures name them, 'batch N/...') into the folder --into, to reproduce one")
    parser.add_argument("--into", type=Path, default=Path("."))
    args = parser.parse_args()
    if args.write_batch is not None:
        folder = args.into / f"batch {args.write_batch}"
        folder.mkdir(parents=True)
        write_batch(batch_rng(args.seed, args.write_batch), folder, args.batch, Counter())
        return print(folder)
    settings = {"inputs": args.inputs, "batch": args.batch, "seed": args.seed, "cli_every": args.cli_every}
    state = args.state or Path(tempfile.gettempdir()) / (
        "strike-atlas-fuzz-" + "-".join(f"{k}{v}" for k, v in settings.items()) + ".json")
    figures = Figures.load(state) if args.resume and state.exists() else Figures(settings)
    if figures.settings != settings:
        parser.error(f"{state} was saved with other settings: {figures.settings}")
    batches = -(-args.inputs // args.batch)
    print(f"fuzzing: batches {figures.next_batch + 1}-{batches} of {args.batch} inputs; figures saved in {state}",
          file=sys.stderr, flush=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # kill: the figures so far still print
    worker, began, complete = Worker(), time.monotonic() - figures.seconds, False
    try:
        for number in range(figures.next_batch, batches):
            rng, label = batch_rng(args.seed, number), f"batch {number}"
            with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
                folder = Path(tmp)
                kinds = Counter()  # added to the figures once the batch has run: a stopped batch is not counted
                good = write_batch(rng, folder, min(args.batch, args.inputs - number * args.batch), kinds)
                found = worker.run(folder, label, figures)
                figures.tally["good articles lost"] += len(set(good) - found)
                if args.cli_every and number % args.cli_every == 0:
                    run_cli("extract", folder, label, good, figures)
                if args.cli_every and number % args.cli_every == args.cli_every // 2:
                    run_cli("ingest", folder, label, good, figures)
            figures.counts.update(kinds)
            figures.next_batch, figures.seconds = number + 1, time.monotonic() - began
            figures.save(state)
            t = figures.tally
            print(f"  {number + 1}/{batches} batches done: {figures.seconds:.0f} s, crashes {t['crashes']}, hangs {t['hangs']} "
                  f"(wall {t['over 30 s wall']}), lost {t['good articles lost']}, peak {figures.peak_kb // 1024} MB, "
                  f"load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
            if args.report_every and figures.next_batch % args.report_every == 0 and figures.next_batch < batches:
                figures.print(batches, final=False)
        complete = True
    except KeyboardInterrupt:
        print(f"stopped after batch {figures.next_batch}; go on with the same command and --resume", file=sys.stderr)
    finally:
        worker.conn.send(None) if worker.process.is_alive() else None
        worker.process.join(5)
        worker.close()
        figures.peak_kb = max(figures.peak_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                              resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        figures.save(state)
        figures.print(batches, final=complete)


if __name__ == "__main__":
    main()
