"""Hostile inputs against the readers and extraction: crashes, hangs, peak memory, good articles lost.

A seeded generator writes batches of malformed inputs (random bytes under every extension, mutated
and bomb DOCX and PDF files, HTML and text built to be slow, JSON Lines records of every wrong
shape, odd file names), each batch mixed with good articles whose strikes must still come out.
Each batch goes through `read_paths` and `extract_each` in this process, timing every input; one
batch in `--cli-every` also goes through `python -m strikes extract --jobs 2` as a user would run it.

    python bench/fuzz.py [--inputs 10000] [--batch 50] [--seed 13] [--cli-every 20]

Prints: inputs, crashes (an exception out of the readers or extraction, or a traceback or a lost
good article in the CLI), hangs (one input over 30 s), peak RSS, good articles lost.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the hand-written documents the readers' tests use

from documents import pdf_bytes  # noqa: E402
from strikes.extract import extract_each  # noqa: E402
from strikes.readers import UnreadableArticle, read_paths  # noqa: E402

HANG_SECONDS = 30
PUBLISHED = "2016-05-05"
TOWNS = ["Saraqib", "Ariha", "Taftanaz", "Binnish", "Kafr Nabl", "Khan Shaykhun", "Atarib", "Douma", "Rastan",
         "Marib", "Saada", "Hodeidah", "Taiz", "Rafah", "Sirte", "Derna", "Kunduz", "Mosul", "Fallujah"]


def good_text(rng: random.Random) -> str:
    town, killed = rng.choice(TOWNS), rng.randint(2, 90)
    return (f"5 May 2016\n\nRussian warplanes struck the town of {town} on Wednesday, killing {killed} civilians, "
            "a monitoring group said.\n")


# --- documents, well-formed, to mutate ---------------------------------------------------------

def docx_bytes(text: str, document: bytes | None = None, method: int = zipfile.ZIP_DEFLATED,
               repeat: int = 1) -> bytes:
    """A .docx package; `document` written `repeat` times over as word/document.xml."""
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines() if line)
    document = document or (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
        f'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
                         'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.document.main+xml"/></Types>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with package.open("word/document.xml", "w") as member:
            for _ in range(repeat):
                member.write(document)
    return out.getvalue()




_BOMB: bytes | None = None


def docx_bomb() -> bytes:
    """A 0.3 MB .docx whose document.xml inflates to 300 MB (made once)."""
    global _BOMB
    if _BOMB is None:
        _BOMB = docx_bytes("", document=b"<w:p/>" * (1024 * 1024 // 6), repeat=300)  # written 1 MB at a time
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
    return ".docx", mutate(rng, docx_bytes(good_text(rng)))


def odd_docx(rng):
    choice = rng.randrange(6)
    if choice == 0:
        return ".docx", docx_bomb()
    if choice == 1:  # entity amplification
        laughs = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]><d>&i;</d>"
        return ".docx", docx_bytes("", document=laughs.encode())
    if choice == 2:
        return ".docx", docx_bytes("", document=b"")
    if choice == 3:
        return ".docx", docx_bytes("", document=b"<a>" * 50_000)
    if choice == 4:  # an unknown compression method in the headers
        data = bytearray(docx_bytes(good_text(rng)))
        for at in [i for i in range(len(data) - 4) if data[i:i + 4] in (b"PK\x03\x04", b"PK\x01\x02")]:
            data[at + (8 if data[at + 2] == 3 else 10)] = 99
        return ".docx", bytes(data)
    return ".docx", docx_bytes(good_text(rng), method=zipfile.ZIP_STORED)[: rng.randint(10, 900)]


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
    """Write a batch of `size` hostile inputs mixed with good ones; return the good ones' ids."""
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
        name.write_text(good_text(rng), encoding="utf-8")
        good[str(name)] = "file"
    good_id = f"good-record-{rng.randrange(10**9)}"
    records.insert(rng.randint(0, len(records)), json.dumps({"id": good_id, "text": good_text(rng), "published": PUBLISHED}))
    good[good_id] = "record"
    (folder / "batch.jsonl").write_bytes("\n".join(records).encode("utf-8", "surrogatepass") + b"\n")
    return good


class Stopwatch:
    """Wall time and this thread's processor time per input: on a shared, loaded machine the
    first says how long a user waits, the second how much work the input cost."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.monotonic(), time.thread_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.monotonic(), time.thread_time()
        lap = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return lap


def run_in_process(folder: Path, good: dict[str, str], tally: Counter, slowest: list) -> None:
    published = __import__("datetime").date.fromisoformat(PUBLISHED)
    found: set[str] = set()
    try:
        articles = []
        clock = Stopwatch()
        for item in read_paths([folder], published):
            took, cpu = clock.lap()
            slowest.append((took, "read", str(item)[:80] if isinstance(item, UnreadableArticle) else str(item.id)[:80]))
            tally["hangs"] += took > HANG_SECONDS
            tally["cpu hangs"] += cpu > HANG_SECONDS
            if isinstance(item, UnreadableArticle):
                tally["refused"] += 1
            else:
                articles.append(item)
        clock = Stopwatch()
        for done in extract_each(articles):
            took, cpu = clock.lap()
            slowest.append((took, "extract", str(done.article.id)[:80]))
            tally["hangs"] += took > HANG_SECONDS
            tally["cpu hangs"] += cpu > HANG_SECONDS
            tally["extraction failed"] += done.error is not None
            if done.events:
                found.add(str(done.article.id))
    except BaseException:  # noqa: BLE001 - counting what escapes is the point
        tally["crashes"] += 1
        print(traceback.format_exc(limit=-4), file=sys.stderr)
    tally["good articles lost"] += len(set(good) - found)


def run_cli(folder: Path, good: dict[str, str], tally: Counter) -> None:
    try:
        done = subprocess.run([sys.executable, "-m", "strikes", "extract", str(folder), "--published", PUBLISHED,
                               "--jobs", "2"], cwd=ROOT, capture_output=True, timeout=HANG_SECONDS * 20)
    except subprocess.TimeoutExpired:
        tally["cli hangs"] += 1
        tally["good articles lost"] += len(good)
        return
    found = {json.loads(line)["article"] for line in done.stdout.splitlines() if line.strip()}
    if b"Traceback" in done.stderr or done.returncode not in (0, 1, 3):
        tally["cli crashes"] += 1
        print(done.stderr.decode("utf-8", "replace")[-1500:], file=sys.stderr)
    tally["good articles lost"] += len(set(good) - found)
    tally["cli runs"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cli-every", type=int, default=20, help="run one batch in N through the CLI too (0: never)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts, tally, slowest = Counter(), Counter(), []
    begun = time.monotonic()
    batches = -(-args.inputs // args.batch)
    for number in range(batches):
        with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
            folder = Path(tmp)
            good = write_batch(rng, folder, min(args.batch, args.inputs - number * args.batch), counts)
            run_in_process(folder, good, tally, slowest)
            if args.cli_every and number % args.cli_every == 0:
                run_cli(folder, good, tally)
        if number % 10 == 9:
            print(f"  {number + 1}/{batches} batches, {time.monotonic() - begun:.0f} s, {dict(tally)}", file=sys.stderr, flush=True)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"inputs: {sum(counts.values())} hostile ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}) "
          f"in {batches} batches with 4 good articles each")
    print(f"crashes: {tally['crashes']} in process, {tally['cli crashes']} in {tally['cli runs']} CLI runs (--jobs 2)")
    print(f"hangs over {HANG_SECONDS} s: {tally['cpu hangs']} in processor time, {tally['hangs']} in wall time "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), {tally['cli hangs']} CLI")
    print(f"peak RSS: {peak / 1024:.0f} MB")
    print(f"good articles lost: {tally['good articles lost']}")
    print(f"refused by the readers: {tally['refused']}; extraction failed: {tally['extraction failed']}; "
          f"wall time {time.monotonic() - begun:.0f} s")
    print("slowest inputs: " + "; ".join(f"{t:.1f} s {stage} {name!r}" for t, stage, name in sorted(slowest, reverse=True)[:5]))


if __name__ == "__main__":
    main()
