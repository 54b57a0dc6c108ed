"""The records Strike Atlas passes around: an article as read, and the strikes it reports.

StrikeEvent's field names are a public contract: `python -m strikes extract` prints them as JSON
keys and the project's accuracy is measured against them, so renaming one is a breaking change.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month"]


@dataclass
class StrikeEvent:
    """One air strike, air raid, or drone/missile strike as an article reports it.

    Numbers are what the text states and nothing more: None means "not said", never "zero".
    `geo_precision` follows ACLED: 1 the named town itself, 2 near/part of a named place,
    3 only the province or region known.
    """

    date: dt.date | None = None
    date_precision: DatePrecision = "day"
    place: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    actor: str = "unknown"
    actor_country: str | None = None
    target: str | None = None
    strikes: int | None = None
    civilians_killed: int | None = None
    killed: int | None = None
    wounded: int | None = None
    source: str | None = None
    evidence: str = ""
    confidence: float = 0.5
    article: str | None = None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict keyed exactly by the field names (dates as ISO strings)."""
        row = dataclasses.asdict(self)
        if self.date is not None:
            row["date"] = self.date.isoformat()
        return row

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> "StrikeEvent":
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in row.items() if k in known}
        if isinstance(values.get("date"), str):
            values["date"] = dt.date.fromisoformat(values["date"])
        return cls(**values)


def event_fields() -> list[str]:
    """The contract's keys, in order."""
    return [f.name for f in dataclasses.fields(StrikeEvent)]


@dataclass
class Article:
    """An article's text exactly as received, with what we know of where it came from.

    `published` is the date the text's own dateline gives, else the one the user passed;
    `id` is how events point back to it (a file path, a JSONL record id, or the store's key).
    """

    text: str
    id: str | None = None
    title: str | None = None
    published: dt.date | None = None
    origin: str | None = None
    content_hash: str = field(init=False)

    def __post_init__(self) -> None:
        self.content_hash = content_hash(self.text)


def content_hash(text: str) -> str:
    """Identity of an article for de-duplication: the same words, whatever the file or spacing."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
