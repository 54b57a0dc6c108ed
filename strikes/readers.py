"""Turn the files a user hands us into Articles, or into a reason why not.

A batch of uploads or a folder of files is never stopped by one bad file: each input yields
either an Article or an `UnreadableArticle` naming the file (and line, for JSON Lines) and the
reason, so the caller can report it and carry on with the rest. Every limit of `strikes.limits`
on what a file may hold is enforced here, so that the CLI, ingest and the dashboard's upload all
get it, and every text leaves here cleaned (`strikes.hygiene`).
"""
from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import logging
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from strikes.extract.dates import dateline_length, read_as_published, read_dateline
from strikes.hygiene import clean_text, decode_bytes, printable
from strikes.limits import (
    MAX_BYTES, MAX_CHARS, MAX_FRONT_MATTER, MAX_HTML_BLOCKS, MAX_INFLATED_BYTES, MAX_RECORD_BYTES, SECONDS_TO_READ, MB,
    OverTime,
    EARLIEST_DATE as EARLIEST, plausible_day, time_budget,
)
from strikes.model import Article

TEXT_SUFFIXES = frozenset({".txt", ".md"})
SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".jsonl"})


class UnreadableArticle(Exception):
    """An input that holds no article we can read; the message says which and why."""


def read_paths(paths: Iterable[str | Path], published: dt.date | None = None) -> Iterator[Article | UnreadableArticle]:
    """Every article under the given files and folders, in a stable order.

    Folders are read one level deep, skipping README files and hidden files, so that a folder
    of articles can document itself without its README being taken for an article.
    """
    for path in map(Path, paths):
        if _is_dir(path):
            try:
                members = sorted(
                    p for p in path.iterdir()
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED_SUFFIXES
                    and not p.name.startswith((".", "README"))
                )
            except OSError as err:
                yield UnreadableArticle(f"{printable(str(path))}: cannot be read ({err.strerror or err})")
                continue
            if not members:
                yield UnreadableArticle(f"{printable(str(path))}: no readable article files in this folder")
            for member in members:
                yield from read_file(member, published)
        else:
            yield from read_file(path, published)


def read_file(path: Path, published: dt.date | None = None) -> Iterator[Article | UnreadableArticle]:
    """The article(s) in one file; a .jsonl file holds one article per line."""
    name = printable(str(path))
    try:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as lines:
                yield from read_jsonl(lines, name, published)
            return
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableArticle("not a regular file")
        if status.st_size > MAX_BYTES:
            raise UnreadableArticle(_too_large())
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        yield read_upload(path.name, data, published, article_id=name)
    except OSError as err:
        yield UnreadableArticle(f"{name}: cannot be read ({err.strerror or err})")
    except UnreadableArticle as err:
        yield UnreadableArticle(f"{name}: {err}")
    except Exception as err:  # a case the readers above did not foresee is still this file's alone
        yield UnreadableArticle(f"{name}: could not be read ({_short(f'{type(err).__name__}: {err}')})")


def read_upload(
    name: str, data: bytes, published: dt.date | None = None, article_id: str | None = None
) -> Article:
    """One uploaded document as an Article; raises UnreadableArticle with a plain reason.

    The parsers of PDF, Word and HTML are big libraries fed untrusted bytes: whatever they raise
    (and a parse that runs past SECONDS_TO_READ) is this file's failure, never the batch's."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES - {".jsonl"}:
        accepted = ", ".join(sorted(SUPPORTED_SUFFIXES - {".jsonl"}))
        raise UnreadableArticle(f"unsupported file type {printable(suffix) or '(none)'!r}; accepted: {accepted}")
    if len(data) > MAX_BYTES:
        raise UnreadableArticle(_too_large())
    if not data.strip():
        raise UnreadableArticle("file is empty")
    title, dated = None, None
    kind = {".html": "HTML", ".htm": "HTML", ".pdf": "PDF", ".docx": ".docx"}.get(suffix, "text")
    try:
        with time_budget(SECONDS_TO_READ, f"reading the {kind}"):
            if suffix in TEXT_SUFFIXES:
                text = _decode_text(data)
            elif suffix in {".html", ".htm"}:
                text, title, dated = _html_text(data)
            elif suffix == ".pdf":
                text = _pdf_text(data)
            else:
                text = _docx_text(data)
    except UnreadableArticle:
        raise
    except OverTime as err:
        raise UnreadableArticle(f"gave up: {err}") from None
    except Exception as err:
        reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        raise UnreadableArticle(f"not a readable {kind} file ({_short(reason)})") from None
    if not text.strip():
        raise UnreadableArticle("no text found in the file")
    return make_article(text, article_id or printable(name), published, origin=printable(name),
                        title=title, dated=dated)


def read_jsonl(lines: Iterable[bytes], origin: str, published: dt.date | None = None) -> Iterator[Article | UnreadableArticle]:
    """Records {"id", "text", "published"?, "title"?}, one per line (bytes, as read from the file);
    a bad line is reported with its number and the others still read."""
    for number, line in enumerate(_bounded_lines(lines), start=1):
        where = f"{origin}:{number}"
        if line is None:
            yield UnreadableArticle(f"{where}: malformed record (longer than {MAX_RECORD_BYTES // MB} MB)")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode_bytes(line))
            if not isinstance(record, dict):
                raise ValueError("a record must be a JSON object")
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError('"text" is missing or empty')
            title = record.get("title")
            if title is not None and not isinstance(title, str):  # kept as its JSON text: the article is not lost for it
                title = json.dumps(title, ensure_ascii=False)[:300]
            day = _record_day(record.get("published")) or published
            record_id = record.get("id", where)
            if isinstance(record_id, (dict, list)):
                raise ValueError('"id" must be a string or a number')
            yield make_article(text, clean_text(str(record_id))[:200], day, origin=origin, title=title)
        except (ValueError, TypeError, RecursionError) as err:
            yield UnreadableArticle(f"{where}: malformed record ({_short(str(err) or type(err).__name__)})")
        except UnreadableArticle as err:
            yield UnreadableArticle(f"{where}: {err}")
        except Exception as err:  # unforeseen, and still this record's alone
            yield UnreadableArticle(f"{where}: could not be read ({_short(f'{type(err).__name__}: {err}')})")


def _bounded_lines(lines: Iterable[bytes]) -> Iterator[bytes | None]:
    """The lines of a file, or None for a line longer than MAX_RECORD_BYTES (never held whole)."""
    if isinstance(lines, io.IOBase):
        while line := lines.readline(MAX_RECORD_BYTES + 1):
            if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                while (rest := lines.readline(MB)) and not rest.endswith(b"\n"):
                    pass
                yield None
            else:
                yield line
    else:
        for line in lines:
            yield None if len(line) > MAX_RECORD_BYTES else line


def _record_day(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError('"published" must be a date in YYYY-MM-DD form')
    day = dt.date.fromisoformat(value)
    if not plausible_day(day):
        raise ValueError(f'"published" {value} is not a date between {EARLIEST} and tomorrow')
    return day


def make_article(
    text: str, article_id: str, published: dt.date | None, origin: str, title: str | None = None,
    dated: dt.date | None = None,
) -> Article:
    """An Article whose date is the one its file declares (`dated`, from HTML metadata, or its
    Markdown front matter), else its own dateline, else the date we were given.

    This is the door every text comes through (files, records, pasted text): here it is cleaned
    and held to MAX_CHARS, and dates outside 1900..tomorrow are not taken for its date."""
    text = clean_text(text)
    if len(text) > MAX_CHARS:
        raise UnreadableArticle(f"the text is {len(text):,} characters long; the limit is {MAX_CHARS:,} "
                                "(split it into several articles)")
    text, declared_title, declared = _front_matter(text)
    candidates = (dated, declared, read_as_published(read_dateline(text), published, text), published)
    return Article(
        text=text,
        id=article_id,
        title=short_title(clean_text(title or "")) or declared_title or headline(text),
        published=next((day for day in candidates if day is not None and plausible_day(day)), None),
        origin=origin,
    )


TITLE_CHARS = 160
"""A title longer than this is cut at the last word that fits, and says so with an ellipsis."""


def short_title(text: str) -> str | None:
    """The title on one line, at most TITLE_CHARS long, cut between words (never inside one)."""
    line = " ".join(text.split())
    if len(line) <= TITLE_CHARS:
        return line or None
    space = line.rfind(" ", 0, TITLE_CHARS)
    return (line[:space] if space > 0 else line[: TITLE_CHARS - 1]).rstrip(" ,;:–—-") + "…"


def headline(text: str) -> str | None:
    """The title a text gives itself: its Markdown '# ' heading, else its first line when that line
    is short enough to be a headline (skipping datelines and bylines), else its first sentence.

    A text with no headline line opens with its story: the first sentence says what it is about,
    where the first 200 characters would stop mid-word."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    heading = next((line for line in lines[:HEADING_LINES] if _HEADING.match(line)), None)
    if heading is not None:
        return short_title(_HEADING.sub("", heading))
    for line in lines:
        line = line.lstrip("#").strip()
        words = line.split()
        if len(words) < 3 or _BYLINE.match(line) and len(words) <= 6:
            continue
        if read_dateline(line) is not None and len(words) <= 8:
            continue
        if len(line) <= TITLE_CHARS and len(_SENTENCE_END.split(line.rstrip(".!? "))) == 1:
            return short_title(line)
        body = line[dateline_length(line):]
        return short_title(_SENTENCE_END.split(body, 1)[0])
    return None


HEADING_LINES = 5
"""A Markdown title heads the text: a '# ' heading further down names a section, not the article."""
_HEADING = re.compile(r"#\s+")
_BYLINE = re.compile(r"(?:by|from)\s", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”’'][.!?])\s+(?=[\"“‘(]?[A-Z0-9])")
"""Where a sentence ends: after ".", "!" or "?" that follows a small letter or a digit (not "U.S."),
before a capital."""


def _front_matter(text: str) -> tuple[str, str | None, dt.date | None]:
    """A Markdown file from a static site or a notes app opens with a YAML block ("---" lines)
    whose `title` and `date` are the article's own; the block itself is not the article's text."""
    match = _FRONT_MATTER.match(text[: MAX_FRONT_MATTER + 16])
    if match is None:
        return text, None, None
    try:
        fields = yaml.load(match.group(1), Loader=_FrontMatterLoader)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        return text, None, None  # not front matter after all: keep every line
    if not isinstance(fields, dict) or not all(isinstance(k, str) and _FIELD.fullmatch(k) for k in fields):
        return text, None, None  # "---", a sentence with a colon, "---": a rule around prose
    title, date = fields.get("title"), fields.get("date")
    day = _iso_day(date) if isinstance(date, str) else date.date() if isinstance(date, dt.datetime) \
        else date if isinstance(date, dt.date) else None
    title = short_title(clean_text(str(title))) if isinstance(title, (str, int, float)) and title else None
    return text[match.end():], title, day


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases: "&a [*a, *a]" nested ten deep is a billion-item title
    once printed, and front matter has no use for references."""

    def compose_node(self, parent, index):  # noqa: ANN001 (PyYAML's signature)
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not accepted in front matter")
        return super().compose_node(parent, index)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False  # read_file names the problem


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date() if value else None
    except (ValueError, OverflowError):
        return None


_FIELD = re.compile(r"[A-Za-z_][\w-]*")
_HTML_BLOCK = re.compile(r"<(?:p|div|li|tr|td|th|br|h[1-6]|dd|dt|blockquote|pre|section|article)\b", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.{0,%d}?)\r?\n---[ \t]*(?:\r?\n|\Z)" % MAX_FRONT_MATTER, re.S)


def _decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableArticle("looks like a binary file, not text")
    return decode_bytes(data)


def _too_large() -> str:
    return f"file is larger than {MAX_BYTES // MB} MB"


def _short(reason: str) -> str:
    """One line of a library's error message, not a page of it."""
    line = printable(" ".join(reason.split()))
    return line if len(line) <= 200 else line[:199] + "…"


def _html_text(data: bytes) -> tuple[str, str | None, dt.date | None]:
    import trafilatura

    html = decode_bytes(data)
    # The page's own publication date from its metadata only: a date found in the body is as
    # often the day of the strike as the day of the report.
    options = {"include_comments": False, "include_tables": False, "fast": _many_blocks(html)}  # fast: see MAX_HTML_BLOCKS
    document = trafilatura.bare_extraction(html, with_metadata=True, **options,
                                           date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None:  # trafilatura drops the whole page for a broken date in its metadata ("+25:00"): not the text
        document = trafilatura.bare_extraction(html, **options)
    if document is None or not (document.text or "").strip():
        raise UnreadableArticle("no article text found in the HTML")
    return document.text, document.title, _iso_day(document.date)


def _many_blocks(html: str) -> bool:
    """Whether a page has more than MAX_HTML_BLOCKS block elements (counting stops there)."""
    return next(itertools.islice(_HTML_BLOCK.finditer(html), MAX_HTML_BLOCKS, None), None) is not None


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repairs of a broken file are not the user's news
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise UnreadableArticle("the PDF is encrypted")
    pages, length = [], 0
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        length += len(pages[-1])
        if length > MAX_CHARS:
            raise UnreadableArticle(f"the text is longer than {MAX_CHARS:,} characters (split it into several articles)")
    return "\n\n".join(pages)


def _docx_text(data: bytes) -> str:
    import zipfile

    import docx

    # A zip's directory states how large each member inflates to, and zipfile never inflates a
    # member past that: so a bomb is refused here, before a byte of it is inflated.
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        inflated = sum(member.file_size for member in package.infolist())
    if inflated > MAX_INFLATED_BYTES:
        raise UnreadableArticle(f"the .docx inflates to {-(-inflated // MB):,} MB; the limit is {MAX_INFLATED_BYTES // MB} MB")
    document = docx.Document(io.BytesIO(data))
    return "\n\n".join(paragraph.text for paragraph in document.paragraphs)
