"""Incident tables read as sentences: each row of a table whose header names a day and a place."""
import datetime as dt

from strikes.extract.tables import rows_as_sentences
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
