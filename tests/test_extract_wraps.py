"""Lines a report's layout broke in mid-sentence are read as one sentence; headings, items and rows stay apart."""
import datetime as dt

import pytest
from extracted import events_told

from strikes.extract.wraps import unwrapped


@pytest.mark.parametrize("text, joined", [
    ("On 3 May an air strike on a farmhouse in\nthe village of Tal Jadid killed four people.",
     "On 3 May an air strike on a farmhouse in the village of Tal Jadid killed four people."),
    ("Drones struck a fuel depot beside the old mill and\nset two tankers on fire.",
     "Drones struck a fuel depot beside the old mill and set two tankers on fire."),
    ("Missiles hit the centre of the city late on Tuesday, and five\ncivilians were killed.",
     "Missiles hit the centre of the city late on Tuesday, and five civilians were killed."),
    ("Jets hit the eastern quarter of Deir ez-\nZor on Friday.", "Jets hit the eastern quarter of Deir ez-Zor on Friday."),
    ("The strikes hit the centre of Maarat al-Nu-\nman on Friday.", "The strikes hit the centre of Maarat al-Numan on Friday."),
    ("Fighters of the group, which is Iranian-\nbacked, fled the area after the raid.",
     "Fighters of the group, which is Iranian-backed, fled the area after the raid."),
])
def test_a_sentence_the_layout_broke_is_joined(text, joined):
    assert unwrapped(text) == joined


@pytest.mark.parametrize("text", [
    "Jets strike a market in the north of the country\nKHARTOUM, May 3 (Wire) - Jets struck a market.",
    "The strikes hit three places overnight, the army said:\n- a depot near the river; and\n- a camp in the hills.",
    "Air raid on the town\nthree killed",
    "Drones hit the town of Sala on Monday.\nThe governor said two died.",
    "Town | Day | Killed\nSala | Monday | 2",
])
def test_headings_items_rows_and_finished_sentences_stay_apart(text):
    assert unwrapped(text) == text


def test_a_place_on_the_line_after_the_strike_word_is_the_strikes():
    text = "Weekly update\n\nOn 8 March, an air strike on a house in\nthe town of Khan Younis killed seven people, medics said."
    assert [(told[0], told[3]) for told in events_told(text, dt.date(2025, 3, 10))] == [("Khan Younis", 7)]
