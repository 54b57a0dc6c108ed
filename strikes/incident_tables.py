"""The tables of incidents and reference events, on the store's own MetaData.

An incident is not a row of its own: it is the set of events that share an `incident_id` in
`incident_members`, and its id is the smallest id of its events (the first report stored), so that
grouping from scratch and grouping as reports arrive name the same incidents the same way.
A user's split or merge is kept as pairs of events in `incident_decisions` (together or apart),
which the automatic grouping obeys. Each incident's figures (agreed day, place and attacker, grade,
best tolls and their range) are kept in `incidents`, rewritten whenever its reports change, so that
the dashboard counts, maps and sums incidents in SQL as it does events. Reference events (ACLED, UCDP GED rows) live beside the
extracted ones, with the row's own id kept so that a re-import replaces rather than duplicates.
"""
from __future__ import annotations

import sqlalchemy as sa

from strikes.store import _fine_cell, metadata

incident_members = sa.Table(
    "incident_members",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("incident_id", sa.Integer, nullable=False, index=True),
)

incident_decisions = sa.Table(
    "incident_decisions",
    metadata,
    # The pair is stored once, smaller event id first.
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("other_event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True,
              index=True),
    sa.Column("together", sa.Boolean, nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=False),
)

incidents_table = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("article_id", sa.Integer, nullable=False),  # the first report's, for a link
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("place", sa.Text),
    sa.Column("country", sa.String(2)),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.SmallInteger),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("actors", sa.Text),
    sa.Column("grade", sa.String(16), nullable=False),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("source_names", sa.Text),
    sa.Column("reports", sa.Integer, nullable=False),
    sa.Column("articles", sa.Integer, nullable=False),
    # The best figures, named as the events' own so that one query counts either.
    sa.Column("strikes", sa.Integer),
    sa.Column("killed", sa.Integer),
    sa.Column("civilians_killed", sa.Integer),
    sa.Column("wounded", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    *[sa.Column(f"{toll}_{end}", sa.Integer)
      for toll in ("fatalities", "killed", "civilians_killed", "wounded") for end in ("min", "max")],
)

# The dashboard counts and sums incidents as it does events: through two covering indexes, by date
# and by the map's finest grid (see strikes/store.py), that hold every column its filters and sums use.
_in = incidents_table.c
_COUNTED = (_in.actor, _in.country, _in.geo_precision, _in.grade, _in.strikes, _in.killed, _in.civilians_killed,
            _in.wounded, _in.fatalities)
sa.Index("ix_incidents_by_date", _in.date, *_COUNTED, _in.lat, _in.lon)
INCIDENT_FINE_ROW, INCIDENT_FINE_COL = _fine_cell(_in.lat, 90), _fine_cell(_in.lon, 180)
sa.Index("ix_incidents_by_cell", INCIDENT_FINE_ROW, INCIDENT_FINE_COL, *_COUNTED, _in.date, _in.lat, _in.lon)

reference_events = sa.Table(
    "reference_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("source_id", sa.Text, nullable=False),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_precision", sa.String(8), nullable=False),
    sa.Column("place", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.SmallInteger),
    sa.Column("actor", sa.Text),
    sa.Column("event_type", sa.Text),
    sa.Column("fatalities", sa.Integer),
    sa.Column("source", sa.Text),
    sa.Column("notes", sa.Text),
    sa.UniqueConstraint("origin", "source_id", name="uq_reference_events_row"),
)

# Reports that give a strike only to the week or month: looked up by date when a day-dated report
# may belong to them. Few rows, so a partial index is small (and used on SQLite and PostgreSQL alike).
_events = metadata.tables["events"]
coarse_dates_index = sa.Index(
    "ix_events_coarse_dates",
    _events.c.date,
    sqlite_where=_events.c.date_precision != "day",
    postgresql_where=_events.c.date_precision != "day",
)

# Reports without a town (no coordinates, or a region only): every located report of their day may belong
# with them, so grouping asks for them by date. Few rows, so a partial index is small; PostgreSQL answers
# from it in place of three passes over the day's entries of the date index.
_unplaced = sa.or_(_events.c.lat.is_(None), _events.c.lon.is_(None), _events.c.geo_precision >= sa.literal_column("3"))
unplaced_dates_index = sa.Index("ix_events_unplaced_dates", _events.c.date, sqlite_where=_unplaced,
                                postgresql_where=_unplaced)
