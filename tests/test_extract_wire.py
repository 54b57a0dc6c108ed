"""Strikes told in wire copy and newspapers' news stories: what a back-reference means after a sentence that
names another place, and the other reading rules written from agency and newsroom reporting."""
import datetime as dt

from extracted import events_told
from strikes.extract import extract_events
from strikes.model import Article


def test_the_camp_is_the_place_last_named_as_a_camp_not_a_town_named_since():
    text = ("GAZA, March 3 - Israeli aircraft bombed houses in Bureij camp on Saturday, killing nine people, health "
            "officials said. Families in Zawaida said the explosions woke them. Another strike on the camp on Sunday "
            "killed three.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 3, 3))] == [("Bureij", "2024-03-02"), ("Bureij", "2024-03-03")]



def test_a_town_with_the_agency_in_brackets_before_the_dash_is_the_bureaus_dateline():
    text = ("Sudan army drone strike kills 12 in Kordofan\n\nPublished on: 09/03/2025 - 10:05\n\n"
            "Nairobi (AFP) – An army drone hit a village in Sudan's North Kordofan state on Saturday, killing 12 "
            "people, medics told AFP on Sunday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 3, 9))] == [("North Kordofan", "2025-03-08")]


def test_where_the_house_struck_stood_places_a_strike_told_by_its_province():
    text = ("SANAA, Yemen (AP) - A Saudi-led coalition air strike hit a house in Yemen's northern Hajjah province on "
            "Sunday, killing six civilians, officials said Monday. The house stood in a village in Abs district, west "
            "of the town of Hajjah. A neighbor said the family had fled the coast.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2018, 5, 7))] == [("Abs", "2018-05-06", 6)]


def test_the_day_a_government_accused_a_side_of_strikes_is_not_their_day_nor_is_a_border_their_place():
    text = ("PESHAWAR: The Taliban government on Thursday accused Pakistan of carrying out air strikes in the eastern "
            "province of Khost that it said killed 20 people. According to a Taliban spokesman, Pakistani jets bombed "
            "several locations in the Spera district of Khost late on Tuesday night. Residents said the worst-hit "
            "villages were Afghan Dubai and Mandatah, close to the border with North Waziristan, where several houses "
            "were destroyed.")
    told = [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2022, 4, 21))]
    assert told == [("Spera", "2022-04-19", "Pakistan")], told


def test_a_name_targeted_on_a_day_as_he_travelled_is_a_person_and_the_town_he_was_near_is_the_place():
    text = ("WASHINGTON, May 22 - U.S. drones targeted Rahimi on Saturday as he travelled in a car near the town of "
            "Ahmad Wal in Balochistan province, officials said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2016, 5, 22))] == [("Ahmad Wal", "2016-05-21")]


def test_a_byline_of_reporters_in_their_towns_is_no_heading_whose_town_holds_the_quarters_told_next():
    text = ("The Daily Ledger\nWorld › Middle East\n\nCoalition admits its jets struck Raqqa quarter where dozens died\n\n"
            "Anna Lowe in Erbil and Karim Saleh in Ain Issa\nSun 2 Jul 2017 14.10 BST\n\n"
            "The US-led coalition has acknowledged that its aircraft bombed a neighbourhood in Raqqa where rescuers say "
            "40 people were killed. In a statement on Saturday, the coalition said it had hit Isis fighters on 28 June "
            "at the location where residents of the al-Badu district say families were sheltering.")
    [(place, day, _, _, _)] = events_told(text, dt.date(2017, 7, 2))
    event = extract_events(Article(text=text, id="t", published=dt.date(2017, 7, 2)))[0]
    assert day == "2017-06-28" and abs(event.lat - 35.95) < 0.2 and abs(event.lon - 39.01) < 0.2, (place, event.lat, event.lon)


def test_the_day_rescuers_pulled_more_bodies_out_is_not_the_strikes_day():
    text = ("KYIV, March 10 (AP) - Rescue teams in Zaporizhzhia pulled more bodies from a collapsed apartment block on "
            "Sunday, bringing the number of people killed in a Russian missile attack on the city to 14, the governor "
            "said. The missile hit the building late on Friday.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 3, 10))] == [("Zaporizhzhia", "2024-03-08", 14)]


def test_the_regions_a_barrage_was_mostly_aimed_at_are_not_places_struck():
    text = ("KYIV, March 10 - Russia launched 25 Shahed drones at Ukraine overnight into Sunday, mostly towards the "
            "Sumy and Poltava regions, the air force said. A drone hit a warehouse in Kremenchuk on Sunday, injuring two, "
            "officials said.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 10))] == ["Kremenchuk"]


def test_the_strike_a_raid_was_the_first_since_is_an_earlier_one_recalled():
    text = ("MIRANSHAH, Oct 22 - A US drone fired two missiles at a compound in Shewa on Wednesday, killing four "
            "suspected militants, officials said. It was the first since a missile hit a vehicle near Razmak in early "
            "August.")
    assert [p for p, *_ in events_told(text, dt.date(2014, 10, 22))] == ["Shewa"]


def test_the_market_told_again_by_its_distance_from_another_town_is_the_strike_already_told():
    text = ("KHARTOUM, Dec 10 - An army air strike on a market in Kabkabiya in North Darfur on Monday killed at least "
            "40 people, medics said. The market, some 140 kilometres west of El Fasher, was crowded with traders when "
            "a warplane dropped several bombs, witnesses said.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 12, 10))] == [("Kabkabiya", 40)]
