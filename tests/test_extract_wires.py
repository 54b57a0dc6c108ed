"""Strikes told in wire copy, broadcasters' pages and newspapers' news stories, and in the statements they quote: who
struck, where and when, and what is no strike at all."""
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



def _located(text: str, published: dt.date, place: str) -> tuple[float, float]:
    [event] = [e for e in extract_events(Article(text=text, id="t", published=published)) if e.place == place]
    return event.lat, event.lon


def test_the_camp_is_the_place_last_named_as_a_camp_not_a_town_named_since():
    text = ("GAZA, March 3 - Nine people died when Israeli aircraft bombed two homes in Bureij camp on Saturday, the "
            "health ministry said. In Zawaida, families told of windows blown out by the blasts. Another strike on "
            "the camp on Sunday left three dead.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 3, 3))] == [("Bureij", "2024-03-02"), ("Bureij", "2024-03-03")]


def test_a_town_with_the_agency_in_brackets_before_the_dash_is_the_bureaus_dateline():
    text = ("Drone attack kills a dozen in Sudan's Kordofan\n\nPublished on: 09/03/2025 - 10:05\n\n"
            "Nairobi (AFP) – Twelve people died on Saturday when an army drone hit a village in Sudan's North "
            "Kordofan state, medics told AFP.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 3, 9))] == [("North Kordofan", "2025-03-08")]


def test_where_the_house_struck_stood_places_a_strike_told_by_its_province():
    text = ("SANAA, Yemen (AP) - Coalition warplanes destroyed a house in Hajjah province, in Yemen's north, on "
            "Sunday, killing six civilians, local officials said. The house stood in a village in Abs district, "
            "some way west of Hajjah town. Relatives said the family had moved there from the coast.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2018, 5, 7))] == [("Abs", "2018-05-06", 6)]


def test_the_day_a_government_accused_a_side_of_strikes_is_not_their_day_nor_is_a_border_their_place():
    text = ("PESHAWAR: The Taliban government on Thursday accused Pakistan of air strikes in Khost province that "
            "it said left 20 dead. A Taliban spokesman said Pakistani jets hit several places in the Spera district "
            "of Khost late on Tuesday night. According to villagers, the worst-hit villages were Afghan Dubai and Mandatah, "
            "near the border with North Waziristan.")
    assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2022, 4, 21))] == [("Spera", "2022-04-19", "Pakistan")]


def test_a_name_targeted_on_a_day_as_he_travelled_is_a_person_and_the_town_he_was_near_is_the_place():
    text = ("WASHINGTON, May 22 - U.S. drones targeted Rahimi on Saturday as he drove near Ahmad Wal, a town in "
            "Balochistan province, officials said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2016, 5, 22))] == [("Ahmad Wal", "2016-05-21")]


def test_a_byline_of_reporters_in_their_towns_is_no_heading_whose_town_holds_the_quarters_told_next():
    text = ("The Daily Ledger\nWorld › Middle East\n\nCoalition admits its jets struck Raqqa quarter where dozens died\n\n"
            "Anna Lowe in Erbil and Karim Saleh in Ain Issa\nSun 2 Jul 2017 14.10 BST\n\n"
            "The US-led coalition has admitted its planes bombed a part of west Raqqa where rescuers say 40 people "
            "died. On Saturday the coalition said it had hit Isis fighters there on 28 June, where people of the "
            "al-Badu district say families hid in cellars.")
    [(_, day, _, _, _)] = events_told(text, dt.date(2017, 7, 2))
    lat, lon = _located(text, dt.date(2017, 7, 2), "al-Badu")
    assert day == "2017-06-28" and abs(lat - 35.95) < 0.2 and abs(lon - 39.01) < 0.2, (lat, lon)


def test_the_day_rescuers_pulled_more_bodies_out_is_not_the_strikes_day():
    text = ("KYIV, March 10 (AP) - Rescuers in Zaporizhzhia pulled more bodies from the ruins of a five-storey block "
            "on Sunday, raising the number killed in the strike to 14, the governor said. The missile struck the block late on Friday.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 3, 10))] == [("Zaporizhzhia", "2024-03-08", 14)]


def test_the_regions_a_barrage_was_mostly_aimed_at_are_not_places_struck():
    text = ("KYIV, March 10 - Overnight into Sunday Russia sent 25 Shahed drones against Ukraine, mostly towards the "
            "Sumy and Poltava regions, the air force said. In Kremenchuk a drone damaged a warehouse on Sunday, "
            "injuring two, local officials said.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 10))] == ["Kremenchuk"]


def test_the_strike_a_raid_was_the_first_since_is_an_earlier_one_recalled():
    text = ("MIRANSHAH, Oct 22 - Four suspected militants died on Wednesday as a compound in Shewa was hit by a US drone, "
            "officials said. It was the first since a drone hit a pickup near Razmak in early August.")
    assert [p for p, *_ in events_told(text, dt.date(2014, 10, 22))] == ["Shewa"]


def test_the_market_told_again_by_its_distance_from_another_town_is_the_strike_already_told():
    text = ("KHARTOUM, Dec 10 - At least 40 people died on Monday in an army air raid on the weekly market of "
            "Kabkabiya in North Darfur, medics said. The market lies 140 km west of El Fasher and was full of "
            "herders when a warplane dropped two bombs, witnesses said.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 12, 10))] == [("Kabkabiya", 40)]


def test_where_a_ministry_did_not_address_the_strikes_is_no_place_of_theirs():
    for said in ("did not address the Idlib raids directly", "declined to comment on the raids"):
        text = ("BEIRUT, Dec 21 - Twenty people died on Sunday when Russian jets hit a market in Maarat al-Numan, in "
                f"Syria's Idlib province, a monitor said. In Moscow, Russia's defence ministry {said}.")
        assert [p for p, *_ in events_told(text, dt.date(2015, 12, 21))] == ["Maarat al-Numan"], said


def test_a_side_that_has_stepped_up_the_use_of_drones_against_cities_reports_no_strike_there():
    text = ("KOSTI, May 6 - A drone set fuel tanks ablaze in Kosti on Monday, local officials said. Nobody has owned the "
            "attack, but the RSF has lately stepped up the use of its drones against army-held cities, power "
            "plants in Merowe, Shendi and Omdurman among them.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 6))] == ["Kosti"]


def test_strikes_told_only_as_in_recent_days_have_no_day_to_map():
    text = ("KOSTI, May 6 - A drone set fuel tanks ablaze in Kosti on Tuesday, local officials said. The paramilitaries "
            "for their part accuse the army of bombing homes in Zalingei in recent days, giving no figures.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 6))] == ["Kosti"]


def test_a_second_strike_a_source_tells_after_while_or_a_title_after_as_keeps_its_own_toll():
    for text in ("KOSTI, May 6 - Drones hit fuel tanks in Kosti on Tuesday, the third such attack this week, while a "
                 "monitor said an air strike killed nine people in Darfur.",
                 "Drones hit Kosti fuel tanks as air raid kills nine in Darfur\n\n"
                 "KOSTI, May 6 - Drones hit fuel tanks in Kosti on Tuesday, local officials said."):
        tolls = {p: k for p, _, _, k, _ in events_told(text, dt.date(2025, 5, 6))}
        assert tolls.get("Kosti", "missing") is None and tolls.get("Darfur", 9) == 9, tolls


# A drone strike in one North Waziristan village, then the army's own account of jets over another a few miles off.
ARMY_ALSO = ("MIRANSHAH, Oct 22 - Four suspected militants died on Wednesday as a compound in Datta Khel was hit by a US drone, "
             "officials said. Separately, the military said fighter jets had bombed hideouts near Mir Ali on "
             "Wednesday, killing 13 terrorists.")


def test_jets_the_military_said_it_flew_against_militants_at_home_are_its_own_not_the_drone_told_before():
    assert {p: a for p, _, a, *_ in events_told(ARMY_ALSO, dt.date(2014, 10, 22))} == {"Datta Khel": "United States", "Mir Ali": "Pakistan"}


def test_of_namesake_villages_the_index_tells_nothing_apart_the_one_near_the_other_places_struck_is_meant():
    lat, lon = _located(ARMY_ALSO, dt.date(2014, 10, 22), "Mir Ali")
    assert abs(lat - 33.0) < 0.3 and abs(lon - 70.3) < 0.3, (lat, lon)


def test_the_day_the_last_bodies_were_recovered_is_not_the_strikes_day_however_long_their_description():
    text = ("Zaporizhzhia toll rises to nine after Russian missile hits flats\n\n"
            "KYIV, May 22 (Reuters) - Nine people have now died after a Russian missile hit a block of "
            "flats in Zaporizhzhia on Saturday, the governor said on Monday. Firefighters recovered the last two "
            "bodies, a grandfather and the girl he was minding, from under a fallen staircase early on Monday. The "
            "Russian defence ministry said on Saturday that its troops had hit a command post in Zaporizhzhia.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 5, 22))] == [("Zaporizhzhia", "2023-05-20")]


def test_a_second_bureaus_town_after_the_first_ones_country_is_part_of_the_dateline():
    text = ("AKCAKALE, Turkey/BEIRUT, Oct 16 (Reuters) - Coalition warplanes bombed Islamic State positions around the "
            "Syrian town of Tal Abyad on Tuesday, a monitoring group said on Thursday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2014, 10, 16))] == [("Tal Abyad", "2014-10-14")]


def test_a_sides_claim_to_have_hit_targets_it_does_not_name_is_no_strike_seen():
    for claim in ('claimed to have hit "sensitive sites" in Haifa',
                  'claimed that its drones had hit "enemy positions" near Haifa'):
        text = ("JERUSALEM, June 15 - An Iranian missile struck an apartment block in Bat Yam overnight, killing six "
                f"people, Israeli officials said. Iran's Guards said they had fired missiles at Israel overnight and {claim}.")
        assert [p for p, *_ in events_told(text, dt.date(2025, 6, 15))] == ["Bat Yam"], claim


def test_drones_deployed_around_a_city_are_stationed_there_not_striking_it():
    text = ("TRIPOLI, June 7 - Government forces took the outskirts of Tarhuna on Saturday. Military experts say the "
            "Turkish-made drones deployed around Misrata turned the fighting.")
    assert events_told(text, dt.date(2020, 6, 7)) == []


def test_the_strike_a_title_counts_a_year_from_is_recalled_in_the_story_that_tells_it_again():
    text = ("Kano: A year after the army drone strike, families still ask why\n\n"
            "A year ago tonight, Amina sat with her daughters in a courtyard in Garin Dutse.\n\n"
            "The army's drone strike on the hamlet, in Kano state, killed at least 40 people, the state government "
            "says.")
    assert events_told(text, dt.date(2024, 12, 3)) == []


def test_the_day_after_the_reports_told_in_local_time_is_the_next_day_not_last_week():
    text = ("BAGHDAD, Jan 3 (Reuters) - State television reported an air raid on a militia convoy near Balad, north of "
            "the capital, early on Saturday local time. A security source said six people died.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2020, 1, 3))] == [("Balad", "2020-01-04")]


def test_drones_a_side_received_from_a_state_are_not_launched_from_it():
    text = ("TRIPOLI, Aug 6 - Forty-three people died when a drone hit a compound in Murzuq late on Sunday, officials "
            "said. Nobody has said who flew it. The government has been getting armoured cars and drones from "
            "Turkey for months.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2019, 8, 6))] == [("Murzuq", "unknown")]


def test_a_strike_on_an_unnamed_village_is_not_placed_at_the_bureaus_city():
    text = ("SIDON, Lebanon, June 19 (AP) - A strike on a home in a border village on Tuesday night killed three "
            "civilians, Lebanese officials said.")
    assert events_told(text, dt.date(2024, 6, 19)) == []


def test_a_strike_a_side_would_not_comment_on_named_by_its_region_is_the_strike_told():
    text = ("YANGON, April 12 - Fifty people died on Tuesday when Myanmar's military bombed a meeting outside Kantbalu "
            "village in the Sagaing region, witnesses said. In Chin State, rebels said a helicopter fired on Hakha on "
            "Monday, wounding two. Thailand's foreign ministry did not comment on the Sagaing strike on Wednesday.")
    assert ("Sagaing", "2023-04-12") not in [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 4, 12))]


def test_a_live_pages_entry_under_its_time_tells_the_pages_day_not_the_day_the_entry_above_named():
    text = ("Israel-Iran live: day four\n\n11.30 BST\nToll passes 200\n\nTehran says 224 people had died in Israeli "
            "strikes since Friday.\n\n09.05 BST\nWhat we know about the Bat Yam strike\n\n"
            " - An Iranian missile slammed into flats in Bat Yam before dawn.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 6, 16))] == [("Bat Yam", "2025-06-16")]
