"""Turn the files a user hands us into Articles, or into a reason why not.

A batch of uploads or a folder of files is never stopped by one bad file: each input yields
either an Article or an `UnreadableArticle` naming the file (and line, for JSON Lines) and the
reason, so the caller can report it and carry on with the rest.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from strikes.extract.dates import read_dateline
from strikes.model import Article

TEXT_SUFFIXES = frozenset({".txt", ".md"})
SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".jsonl"})
MAX_BYTES = 20 * 1024 * 1024


class UnreadableArticle(Exception):
    """An input that holds no article we can read; the message says which and why."""


def read_paths(paths: Iterable[str | Path], published: dt.date | None = None) -> Iterator[Article | UnreadableArticle]:
    """Every article under the given files and folders, in a stable order.

    Folders are read one level deep, skipping README files and hidden files, so that a folder
    of articles can document itself without its README being taken for an article.
    """
    for path in map(Path, paths):
        if path.is_dir():
            members = sorted(
                p for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith((".", "README"))
            )
            if not members:
                yield UnreadableArticle(f"{path}: no readable article files in this folder")
            for member in members:
                yield from read_file(member, published)
        else:
            yield from read_file(path, published)


def read_file(path: Path, published: dt.date | None = None) -> Iterator[Article | UnreadableArticle]:
    """The article(s) in one file; a .jsonl file holds one article per line."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield UnreadableArticle(f"{path}: cannot be read ({err.strerror or err})")
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(data, str(path), published)
        return
    try:
        yield read_upload(path.name, data, published, article_id=str(path))
    except UnreadableArticle as err:
        yield UnreadableArticle(f"{path}: {err}")


def read_upload(
    name: str, data: bytes, published: dt.date | None = None, article_id: str | None = None
) -> Article:
    """One uploaded document as an Article; raises UnreadableArticle with a plain reason."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES - {".jsonl"}:
        accepted = ", ".join(sorted(SUPPORTED_SUFFIXES - {".jsonl"}))
        raise UnreadableArticle(f"unsupported file type {suffix or '(none)'!r}; accepted: {accepted}")
    if len(data) > MAX_BYTES:
        raise UnreadableArticle(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise UnreadableArticle("file is empty")
    title, dated = None, None
    if suffix in TEXT_SUFFIXES:
        text = _decode_text(data)
    elif suffix in {".html", ".htm"}:
        text, title, dated = _html_text(data)
    elif suffix == ".pdf":
        text = _pdf_text(data)
    else:
        text = _docx_text(data)
    if not text.strip():
        raise UnreadableArticle("no text found in the file")
    return make_article(text, article_id or name, published, origin=name, title=title, dated=dated)


def read_jsonl(data: bytes, origin: str, published: dt.date | None = None) -> Iterator[Article | UnreadableArticle]:
    """Records {"id", "text", "published"?}; a bad line is reported and the others still read."""
    try:
        lines = _decode_text(data).splitlines()
    except UnreadableArticle as err:
        yield UnreadableArticle(f"{origin}: {err}")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a record must be a JSON object")
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError('"text" is missing or empty')
            record_published = record.get("published")
            day = dt.date.fromisoformat(record_published) if record_published else published
        except (ValueError, TypeError) as err:
            yield UnreadableArticle(f"{where}: malformed record ({err})")
            continue
        record_id = str(record.get("id", where))
        yield make_article(text, record_id, day, origin=origin, title=record.get("title"))


def make_article(
    text: str, article_id: str, published: dt.date | None, origin: str, title: str | None = None,
    dated: dt.date | None = None,
) -> Article:
    """An Article whose date is the one its file declares (`dated`, from HTML metadata, or its
    Markdown front matter), else its own dateline, else the date we were given."""
    text, declared_title, declared = _front_matter(text)
    return Article(
        text=text,
        id=article_id,
        title=title or declared_title or headline(text),
        published=dated or declared or read_dateline(text) or published,
        origin=origin,
    )


def headline(text: str) -> str | None:
    """The first line that reads like a headline rather than a dateline or a byline."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line.split()) < 3:
            continue
        if read_dateline(line) is not None and len(line.split()) <= 8:
            continue
        return line[:200]
    return None


def _front_matter(text: str) -> tuple[str, str | None, dt.date | None]:
    """A Markdown file from a static site or a notes app opens with a YAML block ("---" lines)
    whose `title` and `date` are the article's own; the block itself is not the article's text."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, None, None
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text, None, None  # not front matter after all: keep every line
    if not isinstance(fields, dict) or not all(isinstance(k, str) and _FIELD.fullmatch(k) for k in fields):
        return text, None, None  # "---", a sentence with a colon, "---": a rule around prose
    title, date = fields.get("title"), fields.get("date")
    day = _iso_day(date) if isinstance(date, str) else date.date() if isinstance(date, dt.datetime) \
        else date if isinstance(date, dt.date) else None
    return text[match.end():], str(title) if title else None, day


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date() if value else None
    except ValueError:
        return None


_FIELD = re.compile(r"[A-Za-z_][\w-]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableArticle("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Word processors on Windows still save "plain text" as cp1252.
        return data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise UnreadableArticle(f"not UTF-8 text (byte {err.start})") from None


def _html_text(data: bytes) -> tuple[str, str | None, dt.date | None]:
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    # The page's own publication date from its metadata only: a date found in the body is as
    # often the day of the strike as the day of the report.
    document = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True,
                                           date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None or not (document.text or "").strip():
        raise UnreadableArticle("no article text found in the HTML")
    return document.text, document.title, _iso_day(document.date)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableArticle("the PDF is encrypted")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as err:
        raise UnreadableArticle(f"not a readable PDF ({err})") from None


def _docx_text(data: bytes) -> str:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise UnreadableArticle(f"not a readable .docx file ({err})") from None
    return "\n\n".join(paragraph.text for paragraph in document.paragraphs)
