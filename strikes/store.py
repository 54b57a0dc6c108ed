"""The event store: articles and the strikes read from them, in any SQLAlchemy database.

SQLite in a local file is the default because the tool must run on a laptop with nothing else
installed; the same Core tables work on PostgreSQL for a newsroom that shares one store.
An article and its events are written in one transaction, and an article already stored (same
content hash) is never stored again, so re-ingesting a folder is always safe.

Reads and writes go through two engines: every read (the dashboard's pages, `export`) through
connections that cannot write, and writes through a second engine that exists only when the store
was opened for writing. A fault of the store itself (not a database, locked, disk full, read-only,
server unreachable) surfaces as one `StoreError` with a one-line message, wherever it happens.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import numbers
import os
import re
import sqlite3
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError
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

    def where(self, table: sa.Table | None = None) -> list[sa.ColumnElement[bool]]:
        """The filter as SQL conditions on `events` (or a table with its columns: incidents'),
        so the database does the narrowing."""
        ev = (events_table if table is None else table).c
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


class StoreError(Exception):
    """A fault of the store itself, not of one article: it cannot be opened, read or written.

    The message is one line a user can act on ("... is locked by another program"); the CLI prints
    it and the dashboard shows it, instead of a driver's traceback.
    """


class ReadOnlyStore(StoreError):
    """The store can be read but not written: a read-only disk or URI, or a user without write rights."""


LOCK_WAIT_SECONDS = 15.0
"""How long a write waits for another writer (another ingest, the dashboard) to finish."""
SCHEMA_ATTEMPTS = 4
"""How many times a SQLite file's schema step is tried when the file answers "locked" at once."""

SCHEMA_WAIT_FACTOR = 8
"""Opening a store waits this many times longer: ten processes starting on a new store take turns."""

MAX_FIGURE = 10_000_000
"""Larger strike counts and tolls are no report of one event: the figure stays in the evidence
text, and the number is not stored (a 32-bit INTEGER column could not hold some of them anyway)."""

_UNSTORABLE_CHARACTERS = re.compile("[\\x00\\ud800-\\udfff]")
"""NUL (which PostgreSQL text cannot hold) and lone surrogates (which UTF-8 cannot encode)."""

SCHEMA_VERSION = 1
"""Kept in a SQLite store's header (`PRAGMA user_version`)."""

_SCHEMA_LOCK = 0x5354524B  # PostgreSQL advisory lock key for schema changes ("STRK")


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else $STRIKE_ATLAS_DB, else the SQLite file in data/.

    A bare file path is accepted as a SQLite database, because that is what users type.
    """
    chosen = url or os.environ.get(DB_ENV) or str(DEFAULT_DB_PATH)
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser()}"


_REFUSED_SQLSTATES = frozenset({"25006", "42501"})  # PostgreSQL: read-only transaction, no privilege


def _sqlite_writer_connect(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on, and transactions opened by us (see `_sqlite_begin_immediate`), not by the driver.

    In WAL mode, synchronous=NORMAL keeps every committed article through a crash of the process
    (only a power cut may lose the last ones) and spares a disk flush per article.
    """
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def _sqlite_begin_immediate(connection: sa.Connection) -> None:
    """Take the write lock when a write transaction starts, waiting for other writers.

    A deferred transaction that reads before it writes can fail at once with "database is locked"
    when another process wrote in between; one that starts with the lock waits its turn instead.
    It also makes the schema check and its creation one step that two first users cannot interleave.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _summaries() -> Any:
    """`strikes.incident_summaries`, the sums the unfiltered dashboard reads. Imported when first needed
    because it builds on this module's tables."""
    from strikes import incident_summaries

    return incident_summaries


def _incidents() -> Any:
    """`strikes.incidents`, which groups the events into incidents. Imported when first needed
    because it builds on this module's tables."""
    from strikes import incidents

    return incidents


class Store:
    """Articles and their strike events, read through `engine` and written through `writer`."""

    articles_table = articles_table
    events_table = events_table

    def __init__(self, url: str | None = None, read_only: bool = False,
                 lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        """Open the store; for writing (the default) create or upgrade its tables first.

        ``read_only``: open without write access, so that a store on a read-only disk, or one the
        user may only read, can still be read; every write is then refused before it is tried.
        """
        self.url = database_url(url)
        self.read_only = read_only
        self.lock_wait = lock_wait
        parsed = sa.engine.make_url(self.url)
        self._is_sqlite = parsed.get_backend_name() == "sqlite"
        self._file = _sqlite_file(parsed) if self._is_sqlite else None
        self.where = str(self._file) if self._file else parsed.render_as_string(hide_password=True)
        self.writer: sa.Engine | None = None
        try:
            if read_only:
                if self._file is not None and not self._file.exists():
                    raise StoreError(f"there is no store at {self.where}")
            else:
                self.writer = self._open_writer(parsed)
                # Processes opening a new store together create or check its schema in turn: the last
                # one waits for all the others, so it may wait longer than a write does.
                schema = self._open_writer(parsed, SCHEMA_WAIT_FACTOR * self.lock_wait) if self._file is not None else self.writer
                try:
                    self._create_schema_in_turn(schema)
                finally:
                    if schema is not self.writer:
                        schema.dispose()
            self.engine = self._open_reader(parsed)
            if read_only and not sa.inspect(self.engine).has_table("articles"):
                raise StoreError(f"{self.where} is not a Strike Atlas store (it has no articles table)")
        except (DBAPIError, sqlite3.Error) as err:  # the driver's own, from a connection's first statements
            raise self._fault(err) from err

    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        """The store for a program that reads and sometimes writes (the dashboard): opened for
        writing when it can be written, else read-only, so that a store on a read-only disk is still
        shown and only a write is refused."""
        try:
            return cls(url)
        except ReadOnlyStore:
            return cls(url, read_only=True)

    # -- opening ---------------------------------------------------------------------------

    def _open_writer(self, parsed: sa.URL, wait: float | None = None) -> sa.Engine:
        if self._is_sqlite:
            if self._file is not None:
                try:
                    self._file.parent.mkdir(parents=True, exist_ok=True)
                except OSError as err:
                    raise StoreError(f"cannot create the folder of {self.where} ({err.strerror or err})") from None
            engine = sa.create_engine(parsed, connect_args={"timeout": wait or self.lock_wait})
            sa.event.listen(engine, "connect", _sqlite_writer_connect)
            sa.event.listen(engine, "begin", _sqlite_begin_immediate)
        else:
            engine = sa.create_engine(parsed, **_server_options(parsed))
        sa.event.listen(engine, "handle_error", self._translate_error)
        return engine

    def _open_reader(self, parsed: sa.URL) -> sa.Engine:
        if not self._is_sqlite:
            engine = sa.create_engine(parsed, execution_options={"postgresql_readonly": True},
                                      **_server_options(parsed))
        elif self._file is None:  # an in-memory database exists only on the connection that made it
            assert self.writer is not None, "an in-memory store cannot be opened read-only"
            return self.writer
        else:
            engine = self._sqlite_reader(parsed, immutable=False)
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
            except sa.exc.OperationalError as err:
                # A store in WAL mode on a read-only disk: SQLite cannot make the shared-memory file
                # that readers use, and reads it only when told that nothing can change it.
                if "unable to open" not in str(err.orig) or not self.read_only:
                    raise
                engine = self._sqlite_reader(parsed, immutable=True)
        sa.event.listen(engine, "handle_error", self._translate_error)
        return engine

    def _sqlite_reader(self, parsed: sa.URL, immutable: bool) -> sa.Engine:
        query = {**parsed.query, "mode": "ro", "uri": "true"}
        if immutable:
            query["immutable"] = "1"
        location = str(parsed.database)
        if not location.startswith("file:"):
            location = "file:" + urllib.parse.quote(str(Path(location).resolve()))
        reader = parsed.set(database=location, query=query)
        # A reader waits as long as the schema step: opening a new store, it reads while other openers create
        # the schema in turn (in WAL mode, later reads never wait on a writer).
        return sa.create_engine(reader, connect_args={"timeout": SCHEMA_WAIT_FACTOR * self.lock_wait})

    def _create_schema_in_turn(self, writer: sa.Engine) -> None:
        """The schema step, tried again when SQLite refuses it at once as locked: a file that another
        process is switching to WAL, or recovering, answers "locked" without waiting its turn, and the
        step is safe to repeat."""
        for attempt in range(SCHEMA_ATTEMPTS):
            try:
                self._create_schema(writer)
                return
            except StoreError as err:
                if not self._is_sqlite or "is locked" not in str(err) or attempt == SCHEMA_ATTEMPTS - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def _create_schema(self, writer: sa.Engine) -> None:
        """Create or upgrade the tables, once, however many processes open a new store together.

        The check and the creation happen under one lock (SQLite's write lock, a PostgreSQL
        advisory lock): without it two first users both see no table and both create it.
        """
        if self._is_sqlite and self._file is not None:
            # Readers go on reading while an ingest writes. The mode is kept in the file and can
            # only be set outside a transaction, so on the driver's connection, once per file.
            raw = writer.raw_connection()
            try:
                if raw.driver_connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    raw.driver_connection.execute("PRAGMA journal_mode=WAL")
            except sqlite3.Error as err:
                raise self._fault(err) from err
            finally:
                raw.close()
        _incidents()  # its tables join the metadata
        with writer.begin() as conn:
            if writer.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
            metadata.create_all(conn)
            # A write every open does, so that a store that cannot be written is refused here,
            # before an ingest spends minutes extracting what it could never store.
            if writer.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            else:
                conn.execute(articles_table.delete().where(sa.false()))
            # create_all adds indexes only with a new table: a store made before an index existed gets
            # it here (IF NOT EXISTS, since reflection does not see indexes on expressions).
            for index in events_table.indexes:
                conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))
            for name in _RETIRED_INDEXES:
                conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
            if not _incidents().complete(conn):
                _incidents().group_ungrouped(conn)

    def writing(self) -> sa.Engine:
        if self.writer is None:
            raise ReadOnlyStore(f"{self.where} was opened read-only: nothing can be written to it")
        return self.writer

    def _translate_error(self, context: sa.engine.ExceptionContext) -> None:
        """Faults of the store become a StoreError; a fault of one row (a duplicate) stays as it is."""
        error = context.sqlalchemy_exception
        refused = getattr(context.original_exception, "sqlstate", None) in _REFUSED_SQLSTATES
        if (isinstance(error, (sa.exc.OperationalError, sa.exc.InterfaceError)) or refused
                or type(error) is sa.exc.DatabaseError):
            raise self._fault(error) from context.original_exception

    def _fault(self, error: BaseException) -> StoreError:
        message = self._describe(error)
        return (ReadOnlyStore if " is read-only " in message else StoreError)(message)

    def _describe(self, error: BaseException) -> str:
        original = getattr(error, "orig", None) or error
        lines = str(original).strip().splitlines()
        said = lines[0] if lines else type(original).__name__
        lowered = said.lower()
        sqlstate = getattr(original, "sqlstate", None) or ""
        if "not a database" in lowered:
            return f"{self.where} is not a Strike Atlas store (the file is not a SQLite database)"
        if "locked" in lowered or sqlstate == "55P03":
            return (f"{self.where} is locked by another program (waited {self.lock_wait:g} s); "
                    "try again when it has finished")
        if "disk is full" in lowered or "no space" in lowered or sqlstate == "53100":
            return f"the disk holding {self.where} is full: free some space and run again"
        if "readonly" in lowered or "read-only" in lowered or sqlstate in _REFUSED_SQLSTATES:
            return f"{self.where} is read-only (or this user may not write to it): nothing can be written"
        if "unable to open" in lowered:
            return f"{self.where} cannot be opened (no such folder, or no permission to use it)"
        return f"{self.where}: {said}"

    # -- writing -------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        query = sa.select(articles_table.c.id).where(articles_table.c.content_hash == content_hash)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def add(self, article: Article, events: list[StrikeEvent]) -> AddResult:
        """Store an article and its events together, or report the copy already stored."""
        writer = self.writing()
        existing = self._article_id(article.content_hash)
        if existing is not None:
            return AddResult(existing, duplicate=True, events_stored=0)
        try:
            with writer.begin() as conn:
                article_id = conn.execute(
                    articles_table.insert().values(
                        content_hash=article.content_hash,
                        title=_storable_text(article.title),
                        text=_storable_text(article.text),
                        published=article.published if isinstance(article.published, dt.date) else None,
                        origin=_storable_text(article.origin),
                        ingested_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                    )
                ).inserted_primary_key[0]
                if events:
                    rows = [_event_row(event, article_id) for event in events]
                    conn.execute(events_table.insert(), rows)
                    _summaries().count_events(conn, Counter((row["actor"], row["country"]) for row in rows))
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
        with self.writing().begin() as conn:
            before = _pair_of(conn, event_id)
            conn.execute(
                events_table.update().where(events_table.c.id == event_id).values(**_storable(changes))
            )
            _count_pairs(conn, before, _pair_of(conn, event_id))
            _incidents().corrected(conn, [event_id], changes)

    def delete_event(self, event_id: int) -> None:
        with self.writing().begin() as conn:
            # Counted before grouping's lock is taken, as every write does: on a server, two writers that
            # took the two in different orders could each wait for the other.
            _count_pairs(conn, _pair_of(conn, event_id), None)
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
        return GeocodeCache(self.engine, self.writer)

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


def _pair_of(conn: sa.Connection, event_id: int) -> tuple[str, str | None] | None:
    """An event's attacker and country (None when there is no such event)."""
    row = conn.execute(sa.select(events_table.c.actor, events_table.c.country).where(events_table.c.id == event_id)).first()
    return (row.actor, row.country) if row else None


def _count_pairs(conn: sa.Connection, before: tuple[str, str | None] | None,
                 after: tuple[str, str | None] | None) -> None:
    """Move an event's count from its attacker and country pair before a write to its pair after."""
    if before != after:
        changes = Counter({before: -1}) if before else Counter()
        if after:
            changes[after] += 1
        _summaries().count_events(conn, changes)


def _event_row(event: StrikeEvent, article_id: int) -> dict[str, Any]:
    row = _storable({name: getattr(event, name) for name in EVENT_COLUMNS})
    row["article_id"] = article_id
    return row


_FIGURES = frozenset({"strikes", "civilians_killed", "killed", "wounded"})
_CODES = frozenset({"country", "actor_country"})


def _storable(values: dict[str, Any]) -> dict[str, Any]:
    """Event values as the database can hold them, whatever extraction or a reviewer produced.

    A figure beyond any toll, a coordinate off the globe or a code that is no code is dropped (the
    evidence keeps what the text said); text loses the characters no database column can hold.
    """
    fit: dict[str, Any] = {}
    for name, value in values.items():
        if name in _FIGURES:
            value = _whole(value, 0, MAX_FIGURE)
        elif name == "geonameid":
            value = _whole(value, 1, 2**63 - 1)
        elif name == "geo_precision":
            value = _whole(value, 1, 3)
        elif name in ("lat", "lon"):
            limit = 90 if name == "lat" else 180
            value = float(value) if _is_number(value) and abs(value) <= limit else None
        elif name == "confidence":
            value = min(max(float(value), 0.0), 1.0) if _is_number(value) else 0.0
        elif name == "date":
            value = _day(value)
        elif name in _CODES:
            value = value if isinstance(value, str) and len(value) == 2 else None
        elif isinstance(value, (str, dict, list)):
            value = _storable_text(value)
        fit[name] = value
    return fit


def _whole(value: Any, least: int, most: int) -> int | None:
    """An integer within bounds (numpy's too, as the dashboard's tables give them), else None."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and least <= value <= most:
        return int(value)
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _storable_text(value: Any) -> str | None:
    """Text any database column holds: no NUL, no lone surrogate; a JSON title that is an object
    or a list is kept as its JSON text rather than refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return _UNSTORABLE_CHARACTERS.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)


def _sqlite_file(url: sa.URL) -> Path | None:
    """The file of a SQLite URL (a plain path or a `file:` URI), or None for an in-memory database."""
    database = url.database or ""
    if database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        path = urllib.parse.unquote(urllib.parse.urlsplit(database).path)
        return Path(path) if path and path != ":memory:" else None
    return Path(database)


def _server_options(url: sa.URL) -> dict[str, Any]:
    """A server that does not answer is reported after seconds, not after the system's TCP timeout."""
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        return {"connect_args": {"connect_timeout": 10}, "pool_pre_ping": True}
    return {}


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

    def __init__(self, engine: sa.Engine, writer: sa.Engine | None = None) -> None:
        self._engine = engine
        self._writer = writer or engine

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
        with self._writer.begin() as conn:
            conn.execute(geocode_cache_table.delete().where(geocode_cache_table.c.query == query))
            conn.execute(
                geocode_cache_table.insert().values(
                    query=query, answer=json.dumps(answer), asked_at=now
                )
            )

    def __delitem__(self, query: str) -> None:
        with self._writer.begin() as conn:
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
