"""Reference data: ACLED and UCDP GED exports (fixtures of invented rows in the datasets' column
formats) are imported with their own ids, bad rows named by line, and matched to incidents."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from strikes import reference
from strikes.cli import main
from strikes.model import Article, StrikeEvent
from strikes.incident_queries import incidents
from strikes.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "reference"
ACLED_FILE = FIXTURES / "acled_invented.csv"
GED_FILE = FIXTURES / "ucdp_ged_invented.csv"


def test_acled_air_strikes_are_imported_with_their_own_ids(store):
    summary = reference.import_file(store, ACLED_FILE)
    assert (summary.origin, summary.rows, summary.imported, summary.skipped) == (reference.ACLED, 6, 3, 1)
    rows = reference.reference_frame(store).set_index("source_id")
    assert list(rows.index) == ["TST1002", "TST1001", "TST1003"]
    ariha = rows.loc["TST1001"]
    assert (ariha.origin, ariha.date, ariha.place, ariha.country, ariha.lat, ariha.geo_precision, ariha.fatalities,
            ariha.actor) == ("ACLED", dt.date(2019, 5, 14), "Ariha", "SY", 35.8137, 1, 12,
                             "Military Forces of Russia (2000-)")


def test_invalid_rows_are_named_by_their_line_and_the_rest_imported(store):
    summary = reference.import_file(store, ACLED_FILE)
    assert summary.errors == [
        f"{ACLED_FILE}:7: not a date: '14/15/2019'",
        f"{ACLED_FILE}:8: latitude out of range: 135.8",
    ]


def test_importing_again_replaces_rows_instead_of_adding_copies(store):
    reference.import_file(store, ACLED_FILE)
    reference.import_file(store, ACLED_FILE)
    assert len(reference.reference_frame(store)) == 3


def test_ucdp_ged_rows_are_imported_with_their_precisions(store):
    summary = reference.import_file(store, GED_FILE)
    assert (summary.origin, summary.imported) == (reference.UCDP, 1)
    assert summary.errors == [f"{GED_FILE}:3: date_prec is not one of 1, 2, 3, 4, 5: '9'"]
    afis = reference.reference_frame(store).iloc[0]
    assert (afis.source_id, afis.date, afis.date_precision, afis.place, afis.country, afis.geo_precision,
            afis.fatalities, afis.event_type) == ("900001", dt.date(2019, 8, 21), "day", "Afis village", "SY", 1, 4,
                                                  "one-sided")


def test_a_file_of_another_shape_is_refused_with_a_reason(store, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("date,place\n2019-01-01,Ariha\n")
    summary = reference.import_file(store, other)
    assert summary.imported == 0
    assert summary.errors[0].startswith(f"{other}:1: not an ACLED or UCDP GED export")


def _stored(store: Store, day: dt.date, place: str, lat: float, lon: float, name: str) -> None:
    event = StrikeEvent(date=day, place=place, country="SY", admin1="Idlib", lat=lat, lon=lon, geo_precision=1,
                        actor="Russia", killed=3, evidence=f"Russian jets struck {place}.")
    store.add(Article(f"{name}: Russian jets struck {place}.", origin=name), [event])


def test_reference_events_are_matched_to_the_incidents_they_report(store):
    _stored(store, dt.date(2019, 5, 14), "Ariha", 35.81374, 36.60964, "ariha.txt")
    _stored(store, dt.date(2019, 5, 20), "Ariha", 35.81374, 36.60964, "ariha_later.txt")
    reference.import_file(store, ACLED_FILE)
    refs = reference.reference_frame(store)
    found = incidents(store)
    matched = dict(zip(refs["source_id"], reference.match(refs, found)))
    first = int(found.loc[found["date"] == dt.date(2019, 5, 14), "incident_id"].iloc[0])
    assert matched["TST1001"] == first
    assert pd.isna(matched["TST1002"]) and pd.isna(matched["TST1003"])


def test_import_command_reports_rows_and_errors(tmp_path, capsys):
    db = str(tmp_path / "atlas.db")
    assert main(["import", str(ACLED_FILE), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "imported: 3" in out and f"{ACLED_FILE}:8: latitude out of range: 135.8" in out
    assert main(["import", str(FIXTURES / "missing.csv"), "--db", db]) == 1


def test_an_export_from_before_sub_event_types_keeps_its_strikes_from_the_air(store):
    summary = reference.import_file(store, FIXTURES / "acled_old_invented.csv")
    assert (summary.origin, summary.imported, summary.skipped, summary.errors) == (reference.ACLED, 1, 2, [])
    row = reference.reference_frame(store).iloc[0]
    assert (row.source_id, row.date, row.country) == ("TST2001", dt.date(2019, 5, 14), "SY")


def test_importing_again_keeps_every_row_and_its_id_and_a_newer_export_updates_in_place(store):
    reference.import_file(store, ACLED_FILE)
    first = reference.reference_frame(store)
    again = reference.import_file(store, ACLED_FILE)
    assert again.imported == 3
    pd.testing.assert_frame_equal(reference.reference_frame(store), first)

    newer = ACLED_FILE.read_text(encoding="utf-8").replace("Invented test row: a strike no article reports.,0,",
                                                           "Invented test row: a strike no article reports.,5,")
    reference.import_data(store, "newer.csv", newer.encode())
    updated = reference.reference_frame(store).set_index("source_id")
    assert list(updated["id"].sort_values()) == list(first["id"].sort_values())
    assert updated.loc["TST1003", "fatalities"] == 5 and updated.loc["TST1001", "fatalities"] == 12


def test_the_summary_counts_the_rows_an_extracted_incident_reports(store):
    _stored(store, dt.date(2019, 5, 14), "Ariha", 35.81374, 36.60964, "ariha.txt")
    summary = reference.import_file(store, ACLED_FILE)
    assert (summary.imported, summary.matched) == (3, 1)
    assert "matched to extracted incidents: 1" in summary.lines()


def test_bytes_that_are_not_utf8_text_are_refused_with_a_reason(store):
    summary = reference.import_data(store, "export.csv", b"event_id_cnty,event_date\n\xff\xfe\x00")
    assert summary.imported == 0
    assert summary.errors[0].startswith("export.csv: cannot be read as UTF-8 text")
