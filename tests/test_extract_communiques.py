"""Strikes told in armies' communiques and the reports that relay them: the staff words for an air arm and its
blows, what a follow-on sentence dates, and attempts, weekly figures and answered attacks that are no strike."""
import datetime as dt

from extracted import events_told
from geo import open_gazetteer
from strikes.extract import extract_events
from strikes.extract.places import article_countries
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


def test_a_strike_in_a_towns_area_and_one_at_its_entrance_that_day_are_one_event_whatever_the_spelling():
    text = ("BEIRUT, Sept 30 - The army spokesman said on Monday night that an aircraft had struck a militant in the "
            "Hula area. At about 7:40 p.m. on Monday an Israeli drone hit a car with a missile at the western entrance "
            "of Houla, killing its driver, the Health Ministry said.")
    assert [(d, k) for _, d, _, k, _ in events_told(text, dt.date(2025, 9, 30))] == [("2025-09-29", 1)]


def test_the_dead_of_attacks_since_the_truce_are_a_campaigns_toll():
    text = ("BEIRUT, Dec 10 - The ministry said 280 people had been killed in Israeli attacks since the truce, most of "
            "them in the districts of Marjayoun and Tyre.")
    assert events_told(text, dt.date(2025, 12, 10)) == []


def test_a_strike_reported_that_the_text_says_did_not_happen_is_no_event():
    for refuted in ("Regarding reports on social media of a drone strike on a van in Qlayaa, our correspondent says "
                    "no such strike took place.",
                    "A television report that a drone had hit a home in Rmeish was denied by our correspondent, who said "
                    "the explosion was a controlled detonation by the army."):
        text = f"BEIRUT, June 27 - An Israeli drone struck a car in Kfar Tebnit on Friday, killing one man. {refuted}"
        assert [p for p, *_ in events_told(text, dt.date(2025, 6, 27))] == ["Kfar Tebnit"], refuted


def test_an_armys_count_of_violations_over_a_week_dates_no_strike():
    text = ("THE WEEK IN LEBANON\nSecurity roundup | Thursday, April 2, 2026\n\nMONDAY, MARCH 30 - Houla\nShortly before "
            "noon, an Israeli drone struck a car at the entrance of Houla, killing two men. The army said it had killed two "
            "operatives.\n\nTHE ARMY'S COUNT\nIn its weekly statement, issued on Thursday, the army said it had recorded 38 "
            "violations between March 26 and April 1: 10 air strikes, 9 incidents of artillery fire and 19 violations of "
            "airspace.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2026, 4, 2))] == [("Houla", "2026-03-30")]


def test_an_aircraft_that_circled_but_dropped_nothing_struck_nothing():
    text = ("YANGON, Oct 28 - On Monday night, a regime paramotor circled over the wards of Kyaukme for half an hour but "
            "dropped nothing before flying off.")
    assert events_told(text, dt.date(2025, 10, 28)) == []


def test_dozens_of_raids_monitors_recorded_since_then_are_a_campaign():
    text = ("YANGON, March 5 - A junta jet bombed a festival in Budalin Township on Tuesday, killing 12. Since then, "
            "monitors have recorded dozens of raids, mostly in Sagaing and Magway regions.")
    assert [p for p, *_ in events_told(text, dt.date(2026, 3, 5))] == ["Budalin Township"]


def test_a_bombing_named_by_its_day_weeks_ago_is_background():
    text = ("YANGON, Aug 23 - A regime jet bombed a village in Tamu Township on Wednesday, killing three. The deadliest "
            "remains the July 10 bombing of a village in Kale Township that killed seven people.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 8, 23))] == ["Tamu Township"]


def test_a_section_title_naming_a_town_heads_the_strike_its_lines_tell_in_the_towns_township():
    text = ("YANGON, Dec 3 - A jet bombed a church compound in Mindat early on Sunday, killing three, residents said.\n\n"
            "Transport plane raid in Matupi\n\nOn Monday morning, a Y-12 transport plane dropped mortar shells on a "
            "farming village in Matupi Township, killing a farmer, an aid worker said.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 12, 3))] == ["Matupi Township", "Mindat"]


def test_villages_struck_in_two_townships_of_a_region_are_the_strikes_told_next():
    text = ("YANGON, April 3 - The regime's air force struck villages in two townships of Sagaing Region this week, even "
            "as rescue teams were still digging through homes flattened by last Friday's earthquake, residents said. On "
            "Tuesday morning a junta jet bombed tents of families in Ayadaw Township, killing five. Late on Wednesday a "
            "paramotor dropped bombs on a village in Myinmu Township, wounding three.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 4, 3))] == ["Ayadaw Township", "Myinmu Township"]


def test_state_tv_saying_the_next_evening_that_the_air_force_struck_the_township_is_the_strike_told():
    text = ("YANGON, Aug 19 - A military aircraft bombed the township hospital in Kyauktaw late on Sunday night, killing "
            "at least 18 people. On Monday evening, state television claimed its aircraft had hit a meeting of "
            "insurgents in Kyauktaw Township.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 8, 19))] == [("Kyauktaw", "2025-08-17")]


def test_drone_fragments_that_fell_without_exploding_struck_nothing():
    text = ("LAHORE, May 9 - Air defences shot down Indian drones over several cities overnight, the military said. In "
            "Sheikhupura, drone fragments landed on a seminary roof without exploding, police said.")
    assert events_told(text, dt.date(2025, 5, 9)) == []


def test_an_attack_aimed_at_an_airport_a_cantonment_and_an_area_tells_where_it_was_aimed():
    text = ("PATHANKOT, May 9 - Pakistani drones came in over the city on Thursday night. The attack started at 9 p.m. "
            "and was aimed at Pathankot airport, the Mamun cantonment and the Sujanpur area, defence officials said.")
    assert events_told(text, dt.date(2025, 5, 9)) == []


def test_a_lead_that_counts_the_towns_it_then_names_gives_its_night_to_the_strikes_told_next():
    text = ("EL FASHER, Feb 19 - Warplanes bombed two towns in North Darfur on Monday night, striking a market in Mellit "
            "and a clinic in Tawila, volunteers said on Wednesday.\n\nIn Mellit, bombs hit a row of tea stalls shortly "
            "after 9 p.m., killing five.\n\nAbout 60 km away, the same night, a bomb fell on the courtyard of a clinic "
            "in Tawila, killing two.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 2, 19))] == [("Mellit", "2025-02-17"), ("Tawila", "2025-02-17")]


def test_an_area_on_the_edge_of_the_city_is_a_part_of_the_city_under_discussion():
    text = ("EL FASHER, Sept 7 - A drone struck a shelter in the Daraja Oula district of El Fasher on Saturday, killing "
            "12. On Friday, another drone hit worshippers at a mosque in the Abu Shouk extension area, on the northern "
            "edge of the city, killing nine.")
    events = extract_events(Article(text=text, id="t", published=dt.date(2025, 9, 7)))
    assert all(abs(e.lat - 13.63) < 0.2 and abs(e.lon - 25.35) < 0.2 for e in events) and len(events) == 2


def test_a_strike_on_the_road_between_two_towns_measured_from_the_second_lies_by_the_second():
    text = ("NYALA, March 18 - On Monday, an army drone hit a convoy of fuel tankers on the road between Nyala and Kas, "
            "about 8 km east of Kas town, residents said, killing two drivers.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 18)))
    assert abs(event.lat - 12.51) < 0.1 and abs(event.lon - 24.36) < 0.1  # (Kas; Nyala lies 80 km east)


def test_a_monitors_monthly_counts_by_area_and_by_side_are_no_strike():
    text = ("MONTHLY REPORT\nThe monitor documented 5 aerial operations by the coalition against cells in the desert: 3 "
            "near Mayadin and 2 near Hajin.\n- Daraa countryside: 6 (mostly drone strikes on cars near the buffer zone)\n"
            "Government forces carried out 7 drone attacks, by the monitor's count: 4 during clashes in Sweida and 3 "
            "near Jableh.")
    assert events_told(text, dt.date(2026, 3, 2)) == []


def test_a_road_named_for_a_town_is_where_it_leads_the_place_told_after_it_where_the_strike_fell():
    text = ("QAMISHLI, Nov 25 - On Sunday afternoon a Turkish drone hit a pumping station on the Tal Tamr road just "
            "outside Hasakah, setting it on fire.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 11, 25))] == ["Hasakah"]


def test_a_base_known_by_its_code_is_a_place_as_a_base():
    text = "DAMASCUS, May 27 - On Monday afternoon, Israeli jets struck the T4 base in the desert, cratering its runways."
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 27))] == ["T4"]


def test_the_town_an_offensive_has_taken_is_not_where_the_raids_fell():
    text = ("IDLIB, Dec 3 - Air raids on the north-west intensified on Monday as Russian jets tried to slow a rebel "
            "offensive that has already taken Hama city, rescue workers said. In Sarmin, a raid on a bakery killed four.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 3))] == ["Sarmin"]


def test_a_drone_soldiers_fired_machine_guns_at_struck_nothing():
    text = ("DAMASCUS, Sept 24 - Residents reported Israeli drones over the city on Monday night. Army units fired "
            "anti-aircraft machine guns at a drone near Kisweh, without hitting it.")
    assert events_told(text, dt.date(2025, 9, 24)) == []


def test_the_dead_of_air_strikes_on_several_places_since_a_weekday_are_a_toll_of_days():
    text = ("IDLIB, Dec 3 - Russian jets bombed a market in Sarmin on Monday, killing four. A monitor counts 60 civilians "
            "dead in Russian and government raids on the north-west and on Aleppo since Wednesday.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 12, 3))] == [("Sarmin", 4)]


def test_a_day_s_list_of_communities_under_fire_is_no_strike_but_gives_its_day_to_the_items():
    text = ("SUMY, Sept 20 - Attacks on Bilopillia, Myropillia, Khotin and Esman hromadas were recorded on Tuesday.\n\n"
            "In Bilopillia, the Russians dropped two guided aerial bombs on a farm. A barn was damaged.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 9, 20))] == [("Bilopillia", "2023-09-19")]


def test_where_planes_launch_their_bombs_from_is_not_where_the_bombs_fall():
    text = ("ZAPORIZHZHIA, Nov 28 - Two guided bombs hit a warehouse in Zaporizhzhia on Wednesday evening, wounding "
            "four. Residents say the warnings come too late: planes launch the bombs from the area of occupied Tokmak, "
            "about 60 km away.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 11, 28))] == ["Zaporizhzhia"]


def test_a_drone_downed_in_the_skies_of_a_province_or_crashed_harmlessly_struck_nothing():
    for downed in ("The spokesman said on Monday that air defences had shot down an American MQ-9 drone in the skies "
                   "of Amran governorate.",
                   "The drone, believed to have been launched from rebel-held areas, crashed in a valley near Ataq and "
                   "caused no damage, the source said."):
        assert events_told(f"SANAA, April 7 - {downed}", dt.date(2025, 4, 7)) == [], downed


def test_strikes_become_a_routine_and_repeated_strikes_in_answer_are_a_campaign():
    text = ("SANAA, Aug 18 - The group has fired missiles at Israel for months, and the strikes have become a "
            "near-routine feature of life in Hodeidah. Israel has retaliated with repeated raids on harbours, "
            "power plants and the airport in Sanaa.")
    assert events_told(text, dt.date(2025, 8, 18)) == []


def test_raids_on_a_roadside_area_are_raids_not_a_roadside_bomb():
    text = ("HODEIDAH, April 26 - The number of people killed in the American air raids on Zabid district has risen to 9, "
            "the health office said on Saturday. The raids hit a roadside area on the main road in the town on Thursday "
            "evening, targeting a row of shops.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 4, 26))] == [("Zabid", "2025-04-24")]


def test_a_title_s_span_of_time_and_a_camps_numbered_block_are_no_places():
    text = ("TULKARM, Dec 5 - An Israeli drone hit young men gathered in Tulkarm camp on Thursday, killing three, "
            "the ministry said.\n\nSecond Strike in a Week\n\nResidents said few families had slept since.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 5))] == ["Tulkarm"]
    text = ("GAZA, March 22 - Jets flattened a family home in Block 4 of al-Maghazi refugee camp late on Friday, "
            "killing five, hospital officials said.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 22))] == ["al-Maghazi"]


def test_whom_a_party_called_on_after_dashes_is_not_struck():
    text = ("GAZA, Nov 20 - Israeli jets bombed a home in Zeitoun on Wednesday, killing four. Hamas called on the "
            "mediators - Egypt, Qatar and Turkey - and on Washington to restrain Israel.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 11, 20))] == ["Zeitoun"]


def test_a_house_bombed_in_the_first_weeks_of_the_aggression_is_background():
    text = ("GAZA, Jan 22 - Israeli jets struck a house in Khan Younis on Tuesday, killing two. In Gaza City, 12 bodies "
            "were retrieved from the Shujaiya and Tuffah neighbourhoods, including a couple whose house was bombed in the "
            "first weeks of the aggression.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 1, 22))] == ["Khan Younis"]


def test_drones_that_had_also_been_destroyed_over_districts_struck_nothing():
    text = ("ROSTOV, Sept 17 - Drones hit a warehouse in Taganrog overnight, injuring two, the governor said. He said "
            "drones had also been destroyed over the Millerovo and Chertkovo districts during the night, with no "
            "casualties or damage.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 9, 17))] == ["Taganrog"]


def test_what_a_struck_depot_supplies_bombers_to_do_is_no_strike_of_theirs():
    text = ("SARATOV, Jan 8 - Ukrainian drones set a fuel depot in Engels on fire overnight, the governor said. Kyiv's "
            "General Staff said its forces had struck the Kombinat depot, a fuel supplier for the airfield, from which "
            "bombers fly missile strikes on Ukrainian cities.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2025, 1, 8))] == [("Engels", "Ukraine")]


def test_falling_fragments_of_downed_drones_that_set_off_a_blaze_are_an_impact():
    text = ("VOLGOGRAD, Jan 24 - A fire broke out at an oil refinery in Volgograd early on Saturday after fragments of "
            "drones downed by air defences fell on its territory, the governor said. Falling debris set off a blaze at "
            "the refinery, he wrote.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2026, 1, 24))] == [("Volgograd", "2026-01-24")]


def test_the_dead_of_a_fight_on_the_ground_told_with_while_are_not_the_raids():
    text = ("DAMASCUS, April 3 - Israeli warplanes launched a wave of raids late on Wednesday on military sites, "
            "destroying much of the Hama military airport, while nine people were killed in the southern province of "
            "Daraa when local gunmen confronted an Israeli ground force that had advanced towards a town. A defence "
            "ministry source said four "
            "soldiers were killed in the strikes on Hama airport.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 4, 3))] == ["Hama"]


def test_drones_destroyed_in_flight_on_their_way_to_an_airport_struck_nothing():
    text = ("KISANGANI, Jan 30 - The army says it destroyed in flight three explosive-laden drones that were flying "
            "towards the Bangoka international airport on Thursday night. Nobody was hurt.")
    assert events_told(text, dt.date(2026, 1, 30)) == []


def test_bombing_incidents_counted_over_months_are_no_strike_and_a_people_is_no_place():
    text = ("BANGUI, Aug 8 - Monitors say at least eleven bombing incidents were recorded between January and June on or "
            "near Central African territory, causing some twenty deaths.")
    assert events_told(text, dt.date(2024, 8, 8)) == []


def test_the_country_a_pages_section_line_names_comes_before_a_country_named_in_passing():
    text = ("HAWAR NEWS\nHOME > NEWS > NORTH AND EAST SYRIA\n\nQAMISHLO - A drone hit a car inside Qamishlo on Saturday "
            "evening. At dawn today a drone bombed a poultry farm west of the town of Amude. The council called on the "
            "international coalition and Russia to stop the attacks.")
    assert article_countries(text, open_gazetteer())[0] == "SY"


def test_a_provinces_share_of_all_attacks_is_no_strike():
    text = ("ERBIL, Jan 28 - The monitor counted the year's Turkish strikes in the region. Duhok province accounted for "
            "71 percent of all attacks, with Amedi district alone seeing 302.")
    assert events_told(text, dt.date(2026, 1, 28)) == []


def test_the_position_from_which_rockets_had_been_launched_is_what_the_aircraft_struck():
    text = ("BEIRUT, Aug 2 - Rockets fired from Lebanon hit an open field near the border on Friday. Shortly afterwards, "
            "Israeli aircraft bombed the position from which the rockets had been launched, in the Kafra area, the army "
            "said.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 8, 2))] == ["Kafra"]


def test_positions_a_side_still_launches_drones_from_are_not_struck():
    text = ("OMDURMAN, July 10 - A drone hit a transformer station in Omdurman on Thursday morning, cutting power, "
            "residents said. The RSF has been pushed out of most of the capital but still launches drones from its "
            "positions in Kordofan.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 7, 10))] == ["Omdurman"]


def test_where_most_of_a_months_strikes_fell_is_no_strike():
    text = ("EL FASHER, Dec 5 - A monitor counted the army's air strikes of November. It says that most strikes in North "
            "Darfur fell on towns held by the paramilitary north and west of El Fasher, including Kutum and Kabkabiya.")
    assert events_told(text, dt.date(2024, 12, 5)) == []


def test_the_towns_a_road_leads_to_are_not_the_town_struck_on_it():
    text = ("KOSTI, Feb 24 - Monday's drone attack on Tendalti, about 85 km west of Kosti on the road to Um Ruwaba and "
            "El Obeid, killed six people in the market, the state health director said.")
    assert [p for p, *_ in events_told(text, dt.date(2026, 2, 24))] == ["Tendalti"]


def test_a_building_at_a_named_towns_fringe_is_in_that_town_not_the_one_told_before():
    text = ("BEIRUT, Jan 16 - At about 9.30am a drone struck a van in the central street of Sohmor, killing the driver. "
            "Twenty minutes after 2pm, warplanes struck a marked building in Kfar Tebnit, a three-storey block at the "
            "eastern fringe of the town. Nobody was hurt there.")
    assert [p for p, *_ in events_told(text, dt.date(2026, 1, 16))] == ["Kfar Tebnit", "Sohmor"]
