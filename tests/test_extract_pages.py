"""Strikes told by local outlets, state agencies, monitors' pages and newsletters: their headings, datelines and
leads, and the words in them that are no place struck."""
import datetime as dt

from extracted import events_told
from geo import open_gazetteer
from strikes.extract import extract_events
from strikes.extract.places import places_in
from strikes.model import Article


def test_a_title_under_the_outlets_name_and_section_summarises_the_strike_the_body_tells():
    text = ("GOLDEN LAND NEWS\nBurma | Conflict\n\nJunta Jet Bombs Monastery in Sagaing's Myinmu, Killing Five Novices\n"
            "By staff | 9 January 2026\n\nFive novice monks died when a regime fighter jet bombed their monastery in "
            "Myinmu Township, Sagaing Region, on Wednesday afternoon, villagers said.\n\nThe boys were at their lessons "
            "when the bombs fell.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2026, 1, 9))] == [("Myinmu Township", "2026-01-07")]


def test_a_date_alone_opening_the_first_sentence_under_the_headings_is_a_dateline():
    text = ("THE NILE LETTER\nAnalysis\n\nHow the drone war reached the river towns\n\n"
            "March 2, 2026 (KOSTI) - When drones first hit the power station in Kosti in June last year, the army called "
            "it a desperate act. Since then the raids have become part of daily life.")
    assert events_told(text, dt.date(2026, 3, 2)) == []


def test_the_positions_a_drone_was_launched_from_are_not_where_it_struck():
    text = ("On Thursday morning a drone dropped a bomb on a paddy field near Ywa Thit Lay village in Kyauktaw "
            "Township, killing a farmer. According to the rebels, the drone was fired by the army from its positions "
            "around Sittwe.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 21))] == ["Ywa Thit Lay"]


def test_an_attack_the_army_pushed_back_or_rebuffed_is_fighting_on_the_ground():
    for fighting in ("Clashes went on south of Geissan on Tuesday, where soldiers pushed back an assault by the militia "
                     "on a hilltop post.",
                     "The same bulletin said troops had rebuffed an attack on a border post near Kurmuk on Friday."):
        text = f"Drones struck a fuel depot in Ed Damazin late on Wednesday, killing two guards. {fighting}"
        assert [p for p, *_ in events_told(text, dt.date(2025, 9, 19))] == ["Ed Damazin"], fighting


def test_the_region_in_an_armed_groups_own_name_is_not_struck():
    text = ("The army said on Friday that its drones had destroyed a convoy of the Islamic State in the Sahel near "
            "Banibangou on Wednesday, killing 17 fighters.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 10, 25))] == [("Banibangou", "2024-10-23")]
    named = "Missiles hit the Jaish-e-Mohammed seminary in Bahawalpur before dawn on Wednesday, killing 13."
    assert [p for p, *_ in events_told(named, dt.date(2025, 5, 7))] == ["Bahawalpur"]


def test_the_dead_of_such_attacks_over_a_year_are_a_campaigns_toll():
    text = ("Drones are now the deadliest weapon of the war in Sudan. A monitoring group reckons that at least 1,700 "
            "people were killed in such attacks during the year, more than half of them in Darfur and Kordofan.")
    assert events_told(text, dt.date(2026, 1, 20)) == []


def test_years_of_strikes_and_rounds_of_strikes_since_then_are_a_campaign():
    text = ("The group has been worn down by years of American drone strikes, yet it keeps cells in Abyan and Marib. "
            "By one tracker's count, Israel has carried out a dozen waves of strikes on Yemen since then, most on ports.")
    assert events_told(text, dt.date(2024, 10, 10)) == []


def test_a_river_a_town_is_on_or_a_drone_fell_over_is_not_the_town_of_its_name():
    text = ("Drones attacked the Voronezh region overnight. In Liski, a railway town on the Don some 90 km from the "
            "regional capital, pieces of a downed drone landed on a house and injured a woman.")
    assert "Don" not in [p for p, *_ in events_told(text, dt.date(2025, 7, 19))]
    text = ("Russia attacked Kyiv overnight. In Obolonskyi district, wreckage of a drone brought down over the Dnipro "
            "landed on a school yard and set cars alight.")
    assert "Dnipro" not in [p for p, *_ in events_told(text, dt.date(2025, 7, 19))]
    plant = "On Saturday, a drone hit a transformer of the Atbara power plant, killing two workers."
    assert [p for p, *_ in events_told(plant, dt.date(2025, 5, 11))] == ["Atbara"]


def test_a_ship_hit_miles_out_at_sea_is_no_strike_on_the_port_it_is_measured_from():
    text = ("On Thursday a bulk carrier caught fire in the Gulf of Aden, roughly 60 nautical miles south-east of Aden, "
            "when two missiles struck it, a maritime agency said.")
    assert events_told(text, dt.date(2024, 6, 14)) == []


def test_each_site_a_lead_counted_is_told_with_its_own_dead():
    text = ("Missiles struck six sites in eastern Pakistan early on Wednesday, the army said. Eleven people died at a "
            "seminary in Bahawalpur and 20 were injured. In Muridke two people were killed. Four were killed in Kotli, "
            "and in Muzaffarabad a boy was wounded.")
    assert [(p, k, w) for p, _, _, k, w in events_told(text, dt.date(2025, 5, 8))] == [
        ("Bahawalpur", 11, 20), ("Kotli", 4, None), ("Muridke", 2, None), ("Muzaffarabad", None, 1)]


def test_the_deck_above_the_byline_summarises_the_strikes_the_body_tells():
    text = ("Cedar Daily | South Lebanon\n\nDrone kills two in car near Kfar Roummane\n\nTwo raids in a day in the "
            "Nabatieh and Marjayoun districts, as talks on the border resume.\n\nBy Rami Haddad | March 4, 2025, 10:05\n\n"
            "An Israeli drone hit a van near Kfar Roummane on Monday evening, killing two men, the health ministry said.\n\n"
            "Early on Tuesday, jets bombed a hillside near Khiam, causing no casualties.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 4))] == ["Kfar Roummane", "Khiam"]


def test_a_deck_above_the_pages_posted_stamp_summarises_the_strike_the_body_tells():
    text = ("NEWS | GAZA\n\nToll at bombed school in Gaza City rises to 21\n\nIsraeli jets hit a school where uprooted "
            "families lived in Tuffah; the army says fighters used it.\n\nPosted 11 Apr 2025, 10:05 | Updated 11 Apr "
            "2025, 12:30\n\nRescuers in Gaza City were still digging on Friday at a school in Tuffah, east of the centre, "
            "where an air strike on Thursday afternoon killed at least 21 people.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 4, 11))] == [("Gaza City", "2025-04-10")]


def test_a_deck_that_dates_a_strike_of_its_own_is_news_not_a_summary_of_the_body():
    text = ("EXPLAINER\n\nA year of escalation on the northern border\n\nThe army said on Tuesday that its jets had struck "
            "a depot in Nabatieh on Monday night.\n\nPublished on 2 Oct 2024\n\nOctober 8, 2023 - The front opens\nA day "
            "after the raid in the south, the group fires rockets at army posts in the hills, and the army answers with "
            "shelling.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 10, 2))] == [("Nabatieh", "2024-09-30")]


def test_a_newsletters_list_of_todays_items_summarises_the_items_below_it():
    text = ("In today's edition: a heatwave in Egypt, an air raid in Zamfara, Ghana's new budget and the football."
            "\n\nNIGERIA: Air force jets bombed a bandit camp near Tsafe in Zamfara state on Tuesday, killing 12 fighters, "
            "the military said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 6, 19))] == [("Tsafe", "2025-06-17")]


def test_attacks_on_fuel_convoys_are_ambushes_on_the_road():
    text = ("SUMMARY\nThe region's armies keep flying drones at a high rate. Roads between Gao and Ansongo stay risky "
            "after new fuel convoy attacks.\n\nMALI\n- Tessalit (Kidal region): The army said a drone strike on "
            "Tuesday 4 February killed a group of fighters near Tessalit.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 2, 6))] == [("Tessalit", "2025-02-04")]


def test_the_neighbouring_village_whose_outskirts_a_raid_hit_lies_by_the_place_just_named():
    sentence = ("Before dawn on Thursday, jets carried out several raids on Kfar Kila and on the edge of the "
                "neighbouring village of Odaisseh, in the Marjayoun district.")
    assert [(p.name, p.within) for p in places_in(sentence, open_gazetteer()) if p.name != "Marjayoun"] == [
        ("Kfar Kila", None), ("Odaisseh", "Kfar Kila")]


def test_a_spot_of_the_city_struck_in_the_same_wave_is_the_raid_just_told():
    text = ("Israeli jets bombed a defence ministry building in central Damascus on Wednesday, killing one guard. A second "
            "munition hit near a villa on the Mezzeh heights in the same wave, the army said.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2025, 7, 17))] == [("Damascus", 1)]


def test_a_province_the_next_sentence_names_does_not_replace_a_village_the_index_lacks():
    text = ("On Wednesday morning a warplane hit the outskirts of Janta, in Baalbek district close to the Syrian border, "
            "a correspondent reported. Nobody was hurt.\n\nIn a statement the army said it had struck \"smuggling routes "
            "used by the group\" as well as \"terrorist sites\" in the Bekaa, and accused Damascus of looking away.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 11, 21))] == ["Janta"]


def test_what_a_bases_aircraft_are_used_for_is_no_strike():
    text = ("Ukraine's General Staff said its drones hit a hangar at an airfield near Kursk overnight. It said the jets "
            "kept at the field were used to drop glide bombs on towns in the Sumy and Chernihiv regions.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 7, 18))] == ["Kursk"]


def test_a_fronts_count_of_attacks_is_fighting_not_strikes():
    text = ("Russian troops kept up their assaults along the front, and Russian aviation dropped dozens of glide bombs, "
            "the General Staff said in its morning update.\n"
            "- Pokrovsk: 34 attacks near Myrnohrad and Udachne.\n- Kupiansk: 11 attacks near Petropavlivka.")
    assert events_told(text, dt.date(2024, 10, 16)) == []


def test_the_citys_quarter_is_in_the_city_the_sentence_before_named_and_a_capital_outranks_a_hamlet_of_its_name():
    text = ("ISLAMABAD: Pakistani jets struck Taliban posts in Khost province early on Wednesday, security sources in "
            "Pakistan said. At night a loud blast shook Kabul. Officials in Islamabad said a drone had hit a house in the "
            "city's Karte Char area used by militant commanders, killing five.")
    found = extract_events(Article(text=text, id="t", published=dt.date(2025, 10, 16)))
    assert sorted((e.place, e.admin1) for e in found) == [("Karte Char", "Kabul"), ("Khost", "Khost")]


def test_a_tallys_lines_by_area_and_a_trend_of_activity_tell_no_strike():
    text = ("Turkish drones struck the region again and again in February, a monitor said in its monthly report.\n"
            "By area:\nKobani countryside: 17 strikes, chiefly on farms around the city.\n"
            "Tal Tamr: 4 strikes, all on roads out of the town.\n"
            "Since March, the pace of Turkish drone activity has slowed.")
    assert events_told(text, dt.date(2025, 3, 20)) == []


def test_a_second_target_close_to_another_town_is_its_own_strike_after_a_spelling_in_brackets():
    text = "US jets struck on Sunday a depot outside the town of Abu Kamal (al-Bukamal) and a farmhouse close to al-Mayadin."
    assert [p for p, *_ in events_told(text, dt.date(2023, 11, 13))] == ["Abu Kamal", "al-Mayadin"]


def test_shares_of_strikes_a_ceasefire_line_and_a_towns_record_as_a_target_tell_no_strike():
    for told in ("Roughly three-quarters of the strikes fell on the governorates of Jenin, Tubas and Nablus.",
                 "Tulkarem, on the Green Line across from the coastal plain, is a frequent target of the army's raids."):
        text = f"Israeli drones have struck the northern camps again and again this year. {told}"
        assert events_told(text, dt.date(2025, 5, 8)) == [], told


def test_hospitals_that_received_the_wounded_are_not_where_strikes_fell():
    text = ("Hospitals in Rafah, Nuseirat and Jabalia said on Tuesday that they had taken in wounded from air strikes and "
            "from gunfire near aid points.")
    assert events_told(text, dt.date(2025, 6, 3)) == []
    struck = "Jets struck two hospitals in Rafah on Tuesday, killing four."
    assert [p for p, *_ in events_told(struck, dt.date(2025, 6, 3))] == ["Rafah"]


def test_forces_raiding_a_camp_are_troops_on_the_ground():
    text = ("Israeli drones have struck the northern camps again and again this year.\n\n09:40 GMT - Israeli forces raid "
            "Tulkarm's Nur Shams camp")
    assert events_told(text, dt.date(2024, 6, 25)) == []


def test_a_weapons_designation_is_no_place_and_a_sides_reliance_on_bombs_is_a_habit():
    text = ("Russian planes dropped at least two KAB-250 guided glide bombs on Druzhkivka, Donetsk Oblast, at about 7am "
            "on March 14, killing a man. Russian forces have relied on glide bombs to wreck the town's water and power "
            "supply.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2025, 3, 14))] == [("Druzhkivka", "2025-03-14", 1)]


def test_where_the_heaviest_damage_was_places_strikes_told_only_by_their_countries():
    text = ("Late on Friday, Feb. 2, bombers and other jets hit seven sites - three in Iraq and four over the border in "
            "Syria. On the Iraqi side the worst damage was around al-Qaim, where an official said 16 people were killed.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 2, 8))] == [("al-Qaim", "2024-02-02", 16)]


def test_a_works_named_for_its_maker_lies_in_the_town_it_is_told_in():
    text = ("Ukraine's General Staff said on Friday that its drones had hit the Kremniy El electronics plant in the city "
            "of Bryansk late on Jan. 23.")
    assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2025, 1, 24))] == [("Bryansk", "2025-01-23", "Ukraine")]


def test_a_nights_aggression_in_partisan_media_words_is_that_nights_strike():
    text = ("US jets bombed Saada on Monday, the rebels' channel said. In the capital, the toll of Saturday night's "
            "aggression on the Shu'ub district reached eight, with 12 hurt, the health ministry said.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2025, 4, 28))] == [
        ("Saada", "2025-04-28", None), ("Shu'ub", "2025-04-26", 8)]


def test_the_attack_told_again_by_its_district_is_the_strike_told_in_a_town_of_that_district():
    text = ("FRONTIER HERALD\nPakistan | Khyber Pakhtunkhwa\n\nMother killed, two sons hurt as quadcopters strike Lakki "
            "Marwat, Bannu\nBy a staff reporter | Published January 22, 2026\n\nA mother was killed and her two sons were "
            "hurt when militants flew a quadcopter over their home at the edge of Serai Naurang in Lakki Marwat district "
            "on Wednesday and dropped a bomb, police said.\n\nHours later a second quadcopter attacked a police post in "
            "Bannu district next door, wrecking a sentry tower.\n\nThe chief minister condemned the quadcopter attack in "
            "Lakki Marwat and promised state help for the wounded boys.")
    assert [p for p, *_ in events_told(text, dt.date(2026, 1, 22))] == ["Bannu", "Serai Naurang"]


def test_fragments_that_fell_on_an_empty_plot_harmed_nothing():
    text = ("Indian drones struck Lahore on Thursday, killing two. In Rawalpindi, pieces of a drone brought down by the "
            "ring road fell on an empty plot, and no one was hurt, police said.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 8))] == ["Lahore"]


def test_fragments_that_set_open_ground_alight_hit_it():
    text = ("A Houthi drone hit a hotel in Eilat on Wednesday, the army said. It was the second time this week that fire "
            "from Yemen did damage inside Israel. On Monday night, fragments of a missile that the air force intercepted "
            "over the hills fell in open ground near Beit Shemesh and set off a brush fire that burned for hours. No one "
            "was hurt.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 9, 25))] == ["Beit Shemesh", "Eilat"]


def test_what_happens_every_time_is_a_habit_not_a_strike():
    text = ("Pakistani jets bombed a house in Gurbuz on Tuesday night, killing seven. \"Every time militants strike "
            "across the border, our villages in Kunar suffer for it,\" said a tribal elder.")
    assert [p for p, *_ in events_told(text, dt.date(2026, 3, 12))] == ["Gurbuz"]


def test_a_monitors_incident_date_and_suspected_belligerent_fields_date_and_attribute_its_summary():
    text = ("HARM TRACKER\nIncident listing | Page 2\nPage generated March 30, 2025\n\n----------\n"
            "Incident code: KX-0210\nIncident date: March 26, 2025\nLocation: Qamishli, Al-Hasakah, Syria\n"
            "Strike type: Drone strike\nSummary: A drone hit a pick-up truck at a fuel station on the southern edge of the "
            "city, and two brothers inside were killed.\nSuspected belligerent: Turkish Military\nLast updated: March 29, 2025")
    assert [(p, d, a, k) for p, d, a, k, _ in events_told(text, dt.date(2025, 3, 30))] == [
        ("Qamishli", "2025-03-26", "Turkey", 2)]


def test_footage_found_to_date_from_an_earlier_year_is_no_new_strike():
    text = ("Army jets bombed the market in Mellit on Monday, killing 14. A clip shared on Tuesday as \"fresh raid on "
            "Kutum\" was found to date from June 2024.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 27))] == ["Mellit"]


def test_a_months_count_of_attacks_recorded_is_a_tally():
    text = ("Junta jets bombed villages across the north in March. The army's use of powered paragliders kept growing, "
            "with 19 paramotor attacks recorded, mostly in Sagaing and Magway.")
    assert events_told(text, dt.date(2026, 4, 8)) == []


def test_a_title_that_alone_places_a_strike_far_from_the_others_the_body_tells_stays_its_own():
    text = ("Drone strike in western Mosul kills militia commander\n\nThe Daily Ledger | Thursday, March 7, 2024\n\n"
            "The car was still smoking late on Wednesday when crowds gathered on the main road through Zanjili, a crowded "
            "district of western Mosul. By then police had taped off the wreck.\n\nA US drone fired on the vehicle "
            "shortly before 10pm, killing two men, among them a commander of a militia that Washington blames for a "
            "deadly raid on a base in Jordan in late January.\n\nThe strike came days after American aircraft bombed "
            "stores outside al-Qaim on Saturday, and nine fighters died, Iraq's army said.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 3, 7))] == [("Mosul", 2), ("al-Qaim", 9)]


def test_an_entry_opened_by_its_time_and_title_keeps_its_strike_apart_from_the_next_entrys():
    text = ("Live: strike on school in central Gaza\nUpdated 6 June 2024, 17:05 GMT\n\n"
            "15:55 GMT - Four killed in Rafah house strike\n\nIsraeli jets bombed a house west of Rafah, and four "
            "people died, medics said. The bombs fell soon after noon.\n\n"
            "14:20 GMT - Survivors speak\n\nOur correspondent talked to families who survived the overnight strike on "
            "the school in Bureij. Israeli aircraft struck the school before dawn on Thursday.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 6, 6))] == ["Bureij", "Rafah"]


def test_a_live_pages_note_on_what_an_earlier_post_said_is_a_correction():
    text = ("Live: war in the Middle East\n\n08:05 GMT - Israeli jets bombed a flat in Deir al-Balah overnight, killing six "
            "people, medics said.\n\n09:20 GMT - A drone struck a car in Khan Younis, killing two men.\n\n10:40 GMT - In a "
            "post at 08:05 GMT we said the strike had hit Nuseirat.\n\n11:15 GMT - An earlier entry, at 09:20, said a drone "
            "struck Rafah.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 2, 20))] == ["Deir al-Balah", "Khan Younis"]


def test_the_print_editions_note_repeating_a_headline_is_no_strike():
    text = ("Jets struck a fuel depot in Marib on Tuesday, killing three guards, officials said.\n\nA version of this story "
            "appeared in print on March 6, 2016, on Page A12 of the national edition with the headline: Jets Strike North "
            "Yemen.")
    assert [p for p, *_ in events_told(text, dt.date(2016, 3, 6))] == ["Marib"]
