"""The event store: articles and the strikes read from them, in any SQLAlchemy database.

SQLite in a local file is the default because the tool must run on a laptop with nothing else
installed; the same Core tables work on PostgreSQL for a newsroom that shares one store.
An article and its events are written in one transaction, and an article already stored (same
content hash) is never stored again, so re-ingesting a folder is always safe.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles

from strikes.model import Article, StrikeEvent, event_fields

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = REPO_ROOT / "data" / "strikes.db"
DB_ENV = "STRIKE_ATLAS_DB"

metadata = sa.MetaData()

articles_table = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.Date),
    sa.Column("origin", sa.Text),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
)

events_table = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(8), nullable=False),
    sa.Column("place", sa.Text),
    sa.Column("country", sa.String(2)),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.SmallInteger),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("actor_country", sa.String(2)),
    sa.Column("target", sa.Text),
    sa.Column("strikes", sa.Integer),
    sa.Column("civilians_killed", sa.Integer),
    sa.Column("killed", sa.Integer),
    sa.Column("wounded", sa.Integer),
    sa.Column("source", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
)

# -- indexes for the dashboard ----------------------------------------------------------
# The dashboard filters and sums every event on each new filter. Read through the table, a million
# events cost seconds (the rows carry their evidence text, and grouping needs a sort); read through
# these two narrow indexes, which hold every column the filters and sums use, they cost tenths.
# Actor and country have no index of their own: one actor is a sixth of the events, and fetching
# each of those rows through such an index costs more than scanning a covering index whole.
# bench/dashboard_scale.py measures the difference.
_ev = events_table.c

FINE_CELL_DEGREES = 0.1
"""The map's finest grid: events are summed per 0.1° cell in index order, then merged into coarser cells."""


class grid_index(sa.sql.functions.FunctionElement[int]):
    """The integer part of a positive number: a cell's row or column on a grid.

    CAST(x AS INTEGER) truncates on SQLite (which has no FLOOR unless built with it) but rounds
    on PostgreSQL, so each database gets its own spelling of the same floor.
    """

    type = sa.Integer()
    name = "grid_index"
    inherit_cache = True


@compiles(grid_index)
def _grid_index(element: grid_index, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@compiles(grid_index, "postgresql")
def _grid_index_postgresql(element: grid_index, compiler: Any, **kw: Any) -> str:
    return f"CAST(FLOOR({compiler.process(element.clauses, **kw)}) AS INTEGER)"


def _fine_cell(coordinate: sa.Column[Any], offset: int) -> sa.ColumnElement[int]:
    # Literal constants, not bound parameters: a query uses an index on an expression only when it
    # spells the same expression. Shifted to positive values so that the integer part is a floor.
    tenths = sa.literal_column(str(round(1 / FINE_CELL_DEGREES)))
    return grid_index((coordinate + sa.literal_column(str(offset))) * tenths)


FINE_ROW = _fine_cell(_ev.lat, 90)
FINE_COL = _fine_cell(_ev.lon, 180)
_FILTERED_AND_SUMMED = (_ev.actor, _ev.country, _ev.geo_precision, _ev.strikes, _ev.killed,
                        _ev.civilians_killed, _ev.wounded)
# Date ranges, counts, totals and the timeline (grouped by date and actor: the index's own order).
sa.Index("ix_events_by_date", _ev.date, *_FILTERED_AND_SUMMED, _ev.lat, _ev.lon, _ev.article_id)
# The map's grid, summed in the index's own order.
sa.Index("ix_events_by_cell", FINE_ROW, FINE_COL, *_FILTERED_AND_SUMMED, _ev.date, _ev.lat, _ev.lon)
# Indexes of earlier versions that these replace: left in a store, they would mislead the planner.
_RETIRED_INDEXES = ("ix_events_date", "ix_events_actor", "ix_events_country")

geocode_cache_table = sa.Table(
    "geocode_cache",
    metadata,
    sa.Column("query", sa.Text, primary_key=True),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("asked_at", sa.DateTime, nullable=False),
)

# Every StrikeEvent field is a column of `events` except `article`, which becomes article_id.
EVENT_COLUMNS = [name for name in event_fields() if name != "article"]
EDITABLE_COLUMNS = frozenset(EVENT_COLUMNS)


@dataclass(frozen=True)
class EventFilter:
    """What the user asked to see. Frozen so that it can key Streamlit's data cache."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_killed: int = 0
    include_unlocated: bool = True
    max_geo_precision: int = 3

    def where(self) -> list[sa.ColumnElement[bool]]:
        """The filter as SQL conditions on `events`, so the database does the narrowing."""
        ev = events_table.c
        clauses: list[sa.ColumnElement[bool]] = []
        if self.date_from is not None:
            clauses.append(ev.date >= self.date_from)
        if self.date_to is not None:
            clauses.append(ev.date <= self.date_to)
        if self.actors:
            clauses.append(ev.actor.in_(self.actors))
        if self.countries:
            clauses.append(ev.country.in_(self.countries))
        if self.min_killed > 0:
            toll = sa.func.coalesce(ev.killed, ev.civilians_killed, 0)
            clauses.append(toll >= self.min_killed)
        if not self.include_unlocated:
            clauses.append(ev.lat.is_not(None))
        if self.max_geo_precision < 3:
            clauses.append(
                sa.or_(ev.geo_precision.is_(None), ev.geo_precision <= self.max_geo_precision)
            )
        return clauses


@dataclass(frozen=True)
class AddResult:
    article_id: int
    duplicate: bool
    events_stored: int


@dataclass(frozen=True)
class StoredArticle:
    id: int
    title: str | None
    text: str
    published: dt.date | None
    origin: str | None
    content_hash: str
    ingested_at: dt.datetime


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else $STRIKE_ATLAS_DB, else the SQLite file in data/.

    A bare file path is accepted as a SQLite database, because that is what users type.
    """
    chosen = url or os.environ.get(DB_ENV) or str(DEFAULT_DB_PATH)
    if "://" in chosen:
        return chosen
    path = Path(chosen).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Enforce foreign keys and let the dashboard read while an ingest writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _incidents() -> Any:
    """`strikes.incidents`, which groups the events into incidents. Imported when first needed
    because it builds on this module's tables."""
    from strikes import incidents

    return incidents


class Store:
    """Articles and their strike events, behind one engine."""

    articles_table = articles_table
    events_table = events_table

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = sa.create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        _incidents()  # its tables join the metadata
        metadata.create_all(self.engine)
        # create_all adds indexes only with a new table: a store made before an index existed gets it here
        # (IF NOT EXISTS, since reflection does not see indexes on expressions).
        with self.engine.begin() as conn:
            for index in events_table.indexes:
                conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))
            for name in _RETIRED_INDEXES:
                conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
            _incidents().group_ungrouped(conn)

    # -- writing -------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        query = sa.select(articles_table.c.id).where(articles_table.c.content_hash == content_hash)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def add(self, article: Article, events: list[StrikeEvent]) -> AddResult:
        """Store an article and its events together, or report the copy already stored."""
        existing = self._article_id(article.content_hash)
        if existing is not None:
            return AddResult(existing, duplicate=True, events_stored=0)
        try:
            with self.engine.begin() as conn:
                article_id = conn.execute(
                    articles_table.insert().values(
                        content_hash=article.content_hash,
                        title=article.title,
                        text=article.text,
                        published=article.published,
                        origin=article.origin,
                        ingested_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                    )
                ).inserted_primary_key[0]
                if events:
                    conn.execute(
                        events_table.insert(),
                        [_event_row(event, article_id) for event in events],
                    )
                    _incidents().place_article(conn, article_id)
        except IntegrityError:
            # Another writer stored the same article between our check and our insert.
            existing = self._article_id(article.content_hash)
            if existing is None:
                raise
            return AddResult(existing, duplicate=True, events_stored=0)
        return AddResult(article_id, duplicate=False, events_stored=len(events))

    def update_event(self, event_id: int, **changes: Any) -> None:
        unknown = set(changes) - EDITABLE_COLUMNS
        if unknown:
            raise ValueError(f"not event fields: {', '.join(sorted(unknown))}")
        with self.engine.begin() as conn:
            conn.execute(
                events_table.update().where(events_table.c.id == event_id).values(**changes)
            )
            if set(changes) & _incidents().GROUPING_COLUMNS:
                _incidents().place_events(conn, [event_id])

    def delete_event(self, event_id: int) -> None:
        with self.engine.begin() as conn:
            _incidents().forget_event(conn, event_id)
            conn.execute(events_table.delete().where(events_table.c.id == event_id))

    # -- reading -------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(articles_table.c.id).limit(1)).first() is None

    def events(self, flt: EventFilter = EventFilter(), limit: int | None = None) -> pd.DataFrame:
        """Events matching the filter, newest first, with their article's title."""
        query = (
            sa.select(
                events_table.c.id,
                events_table.c.article_id,
                articles_table.c.title.label("article_title"),
                *[events_table.c[name] for name in EVENT_COLUMNS],
            )
            .join(articles_table, articles_table.c.id == events_table.c.article_id)
            .where(*flt.where())
            .order_by(events_table.c.date.desc(), events_table.c.id)
            .limit(limit)
        )
        return self._frame(query)

    def article_events(self, article_id: int) -> pd.DataFrame:
        query = (
            sa.select(events_table.c.id, *[events_table.c[name] for name in EVENT_COLUMNS])
            .where(events_table.c.article_id == article_id)
            .order_by(events_table.c.id)
        )
        return self._frame(query)

    def counts(self, flt: EventFilter = EventFilter()) -> tuple[int, int]:
        """(events, distinct articles) matching the filter."""
        query = sa.select(
            sa.func.count(events_table.c.id),
            sa.func.count(sa.distinct(events_table.c.article_id)),
        ).where(*flt.where())
        with self.engine.connect() as conn:
            n_events, n_articles = conn.execute(query).one()
        return int(n_events), int(n_articles)

    def articles(self) -> pd.DataFrame:
        n_events = sa.func.count(events_table.c.id).label("events")
        query = (
            sa.select(
                articles_table.c.id,
                articles_table.c.title,
                articles_table.c.published,
                articles_table.c.origin,
                articles_table.c.ingested_at,
                n_events,
            )
            .outerjoin(events_table, events_table.c.article_id == articles_table.c.id)
            .group_by(articles_table.c.id)
            .order_by(articles_table.c.published.desc(), articles_table.c.id)
        )
        return self._frame(query)

    def article(self, article_id: int) -> StoredArticle | None:
        columns = [articles_table.c[f.name] for f in fields(StoredArticle)]
        query = sa.select(*columns).where(articles_table.c.id == article_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return StoredArticle(**row) if row else None

    def actors(self) -> list[str]:
        return self._distinct(events_table.c.actor)

    def countries(self) -> list[str]:
        return self._distinct(events_table.c.country)

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        query = sa.select(sa.func.min(events_table.c.date), sa.func.max(events_table.c.date))
        with self.engine.connect() as conn:
            first, last = conn.execute(query).one()
        return first, last

    def geocode_cache(self) -> "GeocodeCache":
        return GeocodeCache(self.engine)

    def _article_id(self, content_hash: str) -> int | None:
        query = sa.select(articles_table.c.id).where(articles_table.c.content_hash == content_hash)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def _distinct(self, column: sa.Column[Any]) -> list[str]:
        query = sa.select(column).where(column.is_not(None)).distinct().order_by(column)
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def _frame(self, query: sa.Select[Any]) -> pd.DataFrame:
        with self.engine.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def _event_row(event: StrikeEvent, article_id: int) -> dict[str, Any]:
    row = {name: getattr(event, name) for name in EVENT_COLUMNS}
    row["article_id"] = article_id
    return row


def event_from_row(row: MutableMapping[str, Any] | pd.Series) -> StrikeEvent:
    """A stored row back as a StrikeEvent (NaN from pandas read as None)."""
    values = {name: row.get(name) for name in EVENT_COLUMNS}
    cleaned = {k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in values.items()}
    event = StrikeEvent(**cleaned)
    if "article_id" in row:
        event.article = str(row["article_id"])
    return event


class GeocodeCache(MutableMapping[str, Any]):
    """Answers of an online geocoder, kept so the same name is never asked twice.

    It is a plain mapping so that `geo` can use it without knowing about the store.
    """

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def __getitem__(self, query: str) -> Any:
        select = sa.select(geocode_cache_table.c.answer).where(
            geocode_cache_table.c.query == query
        )
        with self._engine.connect() as conn:
            answer = conn.execute(select).scalar()
        if answer is None:
            raise KeyError(query)
        return json.loads(answer)

    def __setitem__(self, query: str, answer: Any) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with self._engine.begin() as conn:
            conn.execute(geocode_cache_table.delete().where(geocode_cache_table.c.query == query))
            conn.execute(
                geocode_cache_table.insert().values(
                    query=query, answer=json.dumps(answer), asked_at=now
                )
            )

    def __delitem__(self, query: str) -> None:
        with self._engine.begin() as conn:
            deleted = conn.execute(
                geocode_cache_table.delete().where(geocode_cache_table.c.query == query)
            ).rowcount
        if not deleted:
            raise KeyError(query)

    def __iter__(self) -> Iterator[str]:
        with self._engine.connect() as conn:
            return iter(list(conn.execute(sa.select(geocode_cache_table.c.query)).scalars()))

    def __len__(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(geocode_cache_table)).scalar())
