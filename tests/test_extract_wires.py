"""Strikes told in wire copy and in the statements it quotes: who struck, where, and what is no strike at all."""
import datetime as dt

from extracted import events_told
from strikes.extract import extract_events
from strikes.model import Article


def test_doubt_told_of_a_strike_told_again_undoes_the_side_carried_over_to_it():
    text = ("Army warplanes bombed the cattle market in Sennar on Monday, killing seven traders, and a drone hit the "
            "town's fuel depot before dawn on Tuesday. Army jets also bombed Abu Hujar on Monday, killing two farmers. "
            "In Singa, a raid by army jets on Monday wounded four. Early on Tuesday, residents of Sennar said a drone "
            "hit the fuel depot, setting three tanks ablaze. The origin of the drone remains unclear.")
    assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2025, 3, 4)) if p == "Sennar"] == [
        ("Sennar", "2025-03-03", "Sudan (government)"), ("Sennar", "2025-03-04", "unknown")]


def test_aircraft_that_circled_but_dropped_nothing_made_no_strike():
    text = "Residents of Rabak said on Sunday that jets circled over the town for an hour but dropped nothing."
    assert events_told(text, dt.date(2025, 3, 4)) == []
    struck = "A small aircraft that had circled since dawn fired into the cattle pens at the market in Dabat on Friday."
    assert [p for p, *_ in events_told(struck, dt.date(2024, 5, 8))] == ["Dabat"]


def test_a_nurse_in_a_clinic_in_a_quarter_of_the_city_tells_where_she_works():
    text = ("Jets bombed Kosti on Monday. Residents said two bombs fell onto the cattle market at about 4 p.m. on Monday. "
            "A nurse in a clinic in the city's Rabak neighbourhood told reporters that nine bodies had arrived.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2025, 3, 4))] == [("Kosti", 9)]


def test_news_of_strikes_reaching_the_capital_later_is_no_new_strike():
    text = ("Drones struck a minibus near Bahir Dar on Saturday, killing five passengers, residents said. News of the "
            "raids in the Amhara region reached the capital only on Tuesday because phone lines were cut.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 3, 5))] == [("Bahir Dar", "2025-03-01")]


def test_a_regions_capital_named_after_it_is_the_city():
    text = "Government jets struck the Amhara regional capital Bahir Dar on Thursday, killing two people."
    assert [p for p, *_ in events_told(text, dt.date(2024, 2, 16))] == ["Bahir Dar"]


def test_explosives_dropped_on_an_army_base_in_a_town_are_in_that_town():
    text = "Militants used quadcopters to drop grenades on an army base in the town of Damboa late on Friday."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 6, 8))] == [("Damboa", "2025-06-06")]


def test_a_commanders_record_and_a_sides_habit_of_announcing_are_no_strikes():
    for aside in ("Among the dead, the ministry said, was a planner responsible for bomb attacks in Kismayo and Baidoa.",
                  "The command, which normally announces its strikes within hours, said nothing about Baidoa."):
        text = f"Jets bombed a camp near Bardere on Tuesday, killing eleven fighters, the government said. {aside}"
        assert [p for p, *_ in events_told(text, dt.date(2025, 7, 10))] == ["Bardere"], aside


def test_no_report_of_strikes_somewhere_tells_none_there():
    text = ("US aircraft bombed targets in Sanaa on Saturday, the rebels' television said. The channel gave no immediate reports "
            "of air strikes on Saada on Saturday.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 11))] == ["Sanaa"]


def test_the_day_a_side_vowed_revenge_for_a_strike_is_not_the_strikes():
    text = ("Jets bombed the consulate in Aleppo on Monday, killing five officers. The country vowed on Wednesday to "
            "punish its enemy for an air strike that flattened its mission in Aleppo.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 4, 4))] == [("Aleppo", "2024-04-01")]


def test_a_list_of_sites_struck_each_named_by_its_town_gives_each_town():
    text = ("US jets struck rebel targets across Yemen on Friday, officials said. The jets bombed the capital Sanaa, the "
            "port in Hodeidah, the city of Amran and several depots in Marib province.")
    assert sorted(p for p, *_ in events_told(text, dt.date(2024, 3, 16)))[:3] == ["Amran", "Hodeidah", "Sanaa"]


def test_the_side_of_a_person_whose_home_stood_near_the_target_is_not_the_attacker():
    text = ("Drones struck Kassala on Tuesday, hitting its airport and a guest house close to the official residence of "
            "Sudan's military chief, officials said.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 5, 7))] == ["unknown"]


def test_a_power_station_named_by_its_town_is_in_that_town():
    text = "Drones hit the Sennar Power Station on Wednesday, cutting power to three states."
    found = extract_events(Article(text=text, id="t", published=dt.date(2025, 1, 16)))
    assert [(e.place, e.admin1) for e in found] == [("Sennar Power Station", "Sennar")]


def test_a_side_another_says_had_attacked_is_the_attacker():
    text = "The army said the RSF had attacked the power station in Dongola with drones on Wednesday."
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2025, 1, 16))] == [("Dongola", "Rapid Support Forces")]


def test_a_title_without_a_full_stop_does_not_run_its_last_town_into_the_body():
    text = ("Missiles kill two in Rivne\n\nRussia struck power plants in western Ukraine with missiles early on "
            "Saturday, officials said.")
    assert "Rivne Russia" not in [p for p, *_ in events_told(text, dt.date(2025, 11, 8))]


def test_a_depot_in_a_quarter_of_a_city_told_by_its_bearing_is_in_the_city():
    text = "Late on Friday, jets hit the Baharestan fuel depot in the south-east of Isfahan, setting off a large fire."
    assert [p for p, *_ in events_told(text, dt.date(2025, 6, 15))] == ["Isfahan"]


def test_air_bases_listed_after_a_colon_are_each_struck():
    text = "Missiles struck three air bases before dawn on Sunday: Sargodha, Jacobabad and Bholari, the military said."
    assert sorted(p for p, *_ in events_told(text, dt.date(2025, 5, 12))) == ["Bholari", "Jacobabad", "Sargodha"]


def test_a_town_used_as_a_base_to_attack_another_tells_no_strike_on_it():
    text = ("Military jets bombed a market in Kyauktaw on Sunday, killing 12 people, residents said. The spokesman said the "
            "operation was aimed at rebels who were using the hamlet as a base to attack Kyaukphyu.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 2, 18))] == ["Kyauktaw"]


def test_how_bombing_sorties_are_thought_to_be_flown_tells_no_strike():
    text = ("Military jets bombed a market in Kyauktaw on Sunday, killing 12 people, residents said. Such bombing sorties are "
            "thought to be flown from airfields in the central plains, while the army's last garrisons in Sittwe come under "
            "pressure.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 2, 18))] == ["Kyauktaw"]


def test_a_bureaus_day_between_its_town_and_a_colon_is_its_dateline():
    text = ("BANNU, March 4: Families from Janikhel in Bannu district kept up a sit-in for a second day on Tuesday, "
            "refusing to bury three boys killed in what they called a quadcopter attack on the family home.")
    assert events_told(text, dt.date(2025, 3, 4)) == []


def test_a_branch_of_a_states_forces_named_as_such_is_that_states():
    text = "The Unmanned Systems Forces struck a fuel depot at the Engels airfield early on Saturday, the General Staff said."
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 3, 8))] == ["Ukraine"]


def test_the_group_blamed_for_a_strike_is_the_group_named_just_before():
    text = ("Hezbollah has vowed to keep up pressure on the north. Israeli officials blamed the group for a drone strike "
            "on a house in Nahariya on Friday, which wounded two.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2024, 7, 22))] == ["Hezbollah"]


def test_the_group_whose_dead_a_strike_counted_is_not_its_attacker():
    text = 'Officials said aircraft had killed 14 "terrorists" from the Islamic State group near Tillia on Thursday.'
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 2, 23))] == ["unknown"]
