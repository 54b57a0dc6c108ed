"""Strikes told in armies' communiques and the reports that relay them: the staff words for an air arm and its
blows, what a follow-on sentence dates, and attempts, weekly figures and answered attacks that are no strike."""
import datetime as dt

from extracted import events_told
from strikes.extract import extract_events
from strikes.model import Article


def test_a_military_neutralising_some_of_a_group_counts_them_dead():
    for told in ("neutralising about forty of them", "and neutralised some 30 of them"):
        text = f"OUAGADOUGOU, Oct 18 - On Wednesday, army drones struck a column of fighters north of Dori, {told}, the army said."
        [(_, _, _, killed, _)] = events_told(text, dt.date(2024, 10, 18))
        assert killed in (30, 40), told


def test_air_vectors_and_air_means_are_a_forces_aircraft():
    for craft in ("the army's air vectors struck", "Nigerien air means struck"):
        text = f"NIAMEY, Aug 12 - On 4 August 2025, {craft} a convoy of motorbikes near Filingue, the army said."
        assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2025, 8, 12))] == [("Filingue", "2025-08-04", "Niger")], craft


def test_a_second_mission_that_targeted_hideouts_is_a_strike_in_a_report_of_air_attacks():
    text = ("ABUJA, Sept 11 - Nigerian Air Force jets killed 25 fighters in air strikes near Monguno on Tuesday, the "
            "force said. A second mission on Wednesday morning targeted hideouts on the hills around Pulka, it said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 9, 11))] == [("Monguno", "2025-09-09"), ("Pulka", "2025-09-10")]


def test_strikes_on_the_identified_area_give_their_day_to_the_strike_just_told():
    text = ("ABUJA, Sept 11 - Nigerian Air Force jets killed more than 20 fighters in air strikes near Dikwa, in Borno "
            "State, the force said. On Tuesday, 9 September 2025, the force's air wing launched precision strikes on "
            "the identified assembly area, a spokesman said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 9, 11))] == [("Dikwa", "2025-09-09")]


def test_a_drone_the_insurgents_tried_to_fly_in_a_foiled_attack_struck_nothing():
    text = ("MAIDUGURI, Sept 11 - Nigerian jets bombed a camp near Dikwa on Tuesday, killing 12 fighters. Troops in "
            "Konduga on Monday foiled an attempted ISWAP attack in which the insurgents tried to fly an armed drone over "
            "a barracks, the army said.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 9, 11))] == ["Dikwa"]


def test_a_bulletins_figure_for_the_week_is_no_strike_at_the_place_it_names():
    text = ("NIAMEY, Aug 12 - On 4 August 2025, army aircraft struck a column near Filingue, killing 11 fighters, the "
            "bulletin said. The 27 neutralised for the week include both the air strikes and a ground engagement near "
            "Tillia, it added.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 8, 12))] == ["Filingue"]


def test_a_lake_a_strike_is_told_on_the_shore_of_is_no_place():
    text = ("NIAMEY, Aug 12 - On 6 August 2025, army aircraft struck a camp of fighters on the shore of Lake Chad, "
            "about 15 km from Bosso, the army said.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 8, 12))] == ["Bosso"]


def test_a_strike_the_army_made_after_repelling_an_assault_that_day_is_that_days():
    text = ("OUAGADOUGOU, April 5 - The army repelled an assault on one of its bases on Wednesday and then struck the "
            "retreating column with drones near Fada N'Gourma, killing at least 12 of the attackers, two security "
            "sources said on Friday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 4, 5))] == [("Fada N'Gourma", "2024-04-03")]


def test_nobody_claiming_an_attack_named_by_its_town_leaves_the_side_of_a_strike_elsewhere():
    text = ("OUAGADOUGOU, April 5 - Burkina Faso's army drones struck a column near Diapaga on Wednesday, killing 15 "
            "fighters. A second strike hit a camp near Kantchari on Thursday, killing six, a resident said. No group "
            "has claimed the Diapaga attack on the army base.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 4, 5))] == [("Diapaga", "Burkina Faso"), ("Kantchari", "Burkina Faso")]


def test_a_missile_that_slipped_through_the_defences_and_the_missile_impact_are_strikes():
    text = ("TEL AVIV, June 15 - Rescuers pulled another body from a block in Holon, bringing the number killed in "
            "the overnight Iranian missile impact in the city to five. A missile that slipped through air defences "
            "early Sunday struck a factory in Ashdod, police said.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 6, 15))] == ["Ashdod", "Holon"]


def test_a_plant_in_the_south_of_the_capital_is_in_the_capital_whatever_namesake_it_has():
    text = ("SANAA, Aug 25 - Israeli warplanes carried out 13 raids on Sunday on the Haziz power plant in the south of "
            "the capital and a fuel depot near the port, Yemeni sources said.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 8, 25)))
    assert abs(event.lat - 15.35) < 0.2 and abs(event.lon - 44.2) < 0.2  # (the index's Haziz lies 90 km north)


def test_hospitals_damaged_in_earlier_raids_and_the_dead_since_the_campaign_began_are_no_new_strike():
    text = ("TEHRAN, June 17 - Israeli jets struck Hamadan on Monday, killing two. He said a children's hospital in "
            "Tabriz had been damaged in earlier raids. The ministry said 150 people had been killed since the start of "
            "the Israeli attacks on Friday.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 6, 17))] == ["Hamadan"]


def test_a_person_named_with_the_office_he_held_is_no_place():
    text = ("SANAA, Aug 31 - The group announced on Saturday that Ahmed Saleh al-Marwani, prime minister of its "
            "administration, was killed with several ministers in an Israeli airstrike on the capital on Thursday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 8, 31))] == [("Sanaa", "2025-08-28")]


def test_a_base_known_by_its_code_keeps_it_with_its_other_name_in_brackets():
    text = "DAMASCUS, April 3 - Israeli jets struck the T4 (Tiyas) airbase in the eastern desert on Wednesday night."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 4, 3))] == [("T4", "2025-04-02")]
