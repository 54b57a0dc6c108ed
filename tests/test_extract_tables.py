"""Incident tables read as sentences: each row of a table whose header names a day and a place."""
import datetime as dt

from strikes.extract.explain import explain
from strikes.extract.tables import rows_as_sentences
from strikes.model import Article
from test_extract_events import extracted

LOG = ("WEEKLY FIELD NOTE (SYRIA)\nPublished Monday 10 June 2019\n\n"
       "| No. | Date | Location | Aircraft | Target | Killed | Injured |\n"
       "|---|---|---|---|---|---|---|\n"
       "| 7 | 3 June | Kafr Nabl | Su-34 | Bakery | 4 | 11 |\n"
       "| 8 | 5 June | Hish | Helicopter | Olive grove | 0 | 0 |\n\n"
       "Ground shelling is listed separately.\n")


def test_each_row_of_an_incident_table_is_one_strike_with_its_day_place_and_tolls():
    found = {(e.place, str(e.date)[:10], e.killed, e.wounded) for e in extracted(LOG, dt.date(2019, 6, 10))}
    assert found == {("Kafr Nabl", "2019-06-03", 4, 11), ("Hish", "2019-06-05", 0, 0)}


def test_a_table_without_a_day_and_a_place_column_is_left_as_it_is():
    text = "| Province | Strikes in May |\n|---|---|\n| Idlib | 41 |\n"
    assert rows_as_sentences(text) == text


def test_a_monitor_s_log_line_without_a_header_is_read_as_a_timed_entry_of_its_town():
    assert rows_as_sentences("IZM-0402-03 | 14:20 | Balakliia (Izium district) | Gerbera | A drone struck a fuel depot on the "
                             "town's northern side; fire put out by evening. | Grade B") == \
        "14:20 Balakliia (Izium district): A drone struck a fuel depot on the town's northern side; fire put out by evening."
    assert rows_as_sentences("#12 | Tue 15 Jul | Kobo (North Wollo) | confirmed") == "#12 | Tue 15 Jul | Kobo (North Wollo) | confirmed"


def test_the_town_of_a_log_line_is_where_its_strike_fell():
    text = ("DAILY LOG - KHARKIV OBLAST\nIssued: 3 April 2025\n\nKey: ART = artillery; KAB = glide bomb; CAS = casualties."
            "\n\nKHA-0402-01 | 06:10 | Kupiansk | ART | Shelling of the "
            "market area; two houses damaged. CAS: none. | Grade A\n\nKHA-0402-02 | 14:20 | Chuhuiv | KAB | Glide bombs "
            "hit the centre of the town by the bus station; a shop destroyed. | Grade A\n")
    found = extracted(text, dt.date(2025, 4, 3))
    assert [e.place for e in found] == ["Chuhuiv"]


def test_a_table_of_every_incident_keeps_only_the_rows_whose_kind_is_from_the_air():
    text = ("REGIONAL INCIDENT SHEET\nPublished 14 October 2024\n\n"
            "| Date | Location | Incident type | Attributed to | Dead |\n|---|---|---|---|---|\n"
            "| 8 October | Baidoa | UAV strike | Somali army | 3 |\n"
            "| 9 October | Afgooye | Mortar fire | al-Shabaab | 1 |\n"
            "| 10 October | Marka | Checkpoint clash | unknown | 2 |\n")
    found = [(e.place, e.actor, e.killed) for e in extracted(text, dt.date(2024, 10, 14))]
    assert found == [("Baidoa", "Somalia (government)", 3)]
    trace = explain(Article(text, published=dt.date(2024, 10, 14)))
    assert [(r.rule, r.detail) for r in trace.rejected if r.rule == "reject.table_kind"] == [
        ("reject.table_kind", "Mortar fire"), ("reject.table_kind", "Checkpoint clash")]


def test_a_coded_log_heading_with_its_year_and_a_spot_after_the_town_opens_that_town_s_entry():
    text = ("HARM TRACKER - incident log\nExport: Monday 9 October 2017\n\n"
            "Note: figures are revised as families report.\n\n"
            "TRK-17-0101 | 5 Oct 2017 | Hawija - the grain silos beside the old market | AS | C1\n"
            "Families sheltering in the silos' offices were caught in the blast. Coalition aircraft struck fighters in "
            "the town on 5 Oct, a spokesman said.\n\n"
            "TRK-17-0102 | 6 Oct 2017 | Hammam al-Alil - the screening site | UAV | C2\n"
            "A small drone dropped a grenade near the queue, wounding two people.\n")
    found = [(e.place, str(e.date)[:10], e.wounded) for e in extracted(text, dt.date(2017, 10, 9))]
    assert found == [("Hawija", "2017-10-05", None), ("Hammam al-Alil", "2017-10-06", 2)]


def test_a_table_row_whose_kind_says_nothing_struck_is_no_strike():
    text = ("WEEKLY DIGEST\nPublished Sunday 8 March 2020\n\n| Date | Location | Type | Responsible | Killed |\n"
            "|---|---|---|---|---|\n| 3 Mar | Kafr Nabl | Fixed-wing strike on a bakery | Russia | 4 |\n"
            "| 4 Mar | Hish | Drone overhead, no strike recorded | - | - |\n")
    assert [e.place for e in extracted(text, dt.date(2020, 3, 8))] == ["Kafr Nabl"]


def test_a_table_s_settlement_column_is_its_place():
    text = ("BORDER DIGEST\nPublished Monday 25 March 2024\n\n| Date | Oblast | Settlement | Target | Killed | Hurt |\n"
            "|---|---|---|---|---|---|\n| Tue 19 Mar | Bryansk | Klintsy | A grain store | 0 | 0 |\n")
    assert [(e.place, str(e.date)[:10]) for e in extracted(text, dt.date(2024, 3, 25))] == [("Klintsy", "2024-03-19")]


def test_a_table_row_whose_weapon_was_fired_from_the_ground_is_no_strike():
    text = ("FIELD SUMMARY\nPublished Sunday 8 March 2020\n\n| Date | Location | Platform | Killed |\n|---|---|---|---|\n"
            "| 3 Mar | Kafr Nabl | Su-24 jet | 4 |\n| 4 Mar | Hish | ground artillery | 1 |\n| 5 Mar | Kafr Sajna | ground-launched rockets | 0 |\n")
    assert [e.place for e in extracted(text, dt.date(2020, 3, 8))] == ["Kafr Nabl"]


def test_a_table_of_the_sites_hit_on_a_day_the_report_tells_lists_one_strike_per_row():
    text = ("Officials said missiles struck several towns before dawn on Tuesday. Hospital figures, as of Wednesday noon:\n\n"
            "Site | What was hit | Killed | Injured\n"
            "Sibi (Sibi district) | Seminary and houses beside it | 6 | 19\n"
            "Turbat (Kech district) | Madrasa | 2 | 5\n")
    found = {(e.place, e.date.isoformat(), e.killed, e.wounded) for e in extracted(text, dt.date(2025, 5, 14))}
    assert found == {("Sibi", "2025-05-13", 6, 19), ("Turbat", "2025-05-13", 2, 5)}
    tally = "| Province | Killed | Injured |\n|---|---|---|\n| Idlib | 41 | 90 |\n"
    assert rows_as_sentences(tally) == tally
