"""The tables of incidents and reference events, on the store's own MetaData.

An incident is not a row of its own: it is the set of events that share an `incident_id` in
`incident_members`, and its id is the smallest id of its events (the first report stored), so that
grouping from scratch and grouping as reports arrive name the same incidents the same way.
A user's split or merge is kept as pairs of events in `incident_decisions` (together or apart),
which the automatic grouping obeys. Reference events (ACLED, UCDP GED rows) live beside the
extracted ones, with the row's own id kept so that a re-import replaces rather than duplicates.
"""
from __future__ import annotations

import sqlalchemy as sa

from strikes.store import metadata

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
