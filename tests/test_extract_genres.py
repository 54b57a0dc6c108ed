"""Strikes told in the trade press, open-source investigations, situation reports and digests."""
import datetime as dt

from extracted import events_told


def test_a_plant_named_by_its_town_anywhere_in_the_sentence_is_in_that_town():
    text = ("Refiners cut runs again on Wednesday. Farther east, the Syzran refinery in the Samara region halted a unit "
            "after drones targeted it overnight, the governor said.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 2, 14))] == ["Syzran"]


def test_a_plant_a_company_lost_to_a_strike_is_in_the_town_that_names_it():
    text = ("The generator said it had lost its Burshtyn thermal plant in the Ivano-Frankivsk region, which was wrecked in "
            "a Russian missile attack on Friday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 4, 2))] == [("Burshtyn", "2024-03-29")]


def test_debris_told_without_any_damage_reported_is_no_strike():
    text = ("ST PETERSBURG, Sept 3 - Air defences downed drones over the region overnight, the governor said. Debris from "
            "the downed drones fell near Kirishi and Luga, he said, without reporting damage.")
    assert events_told(text, dt.date(2025, 9, 3)) == []


def test_a_site_next_to_a_towns_airport_is_in_that_town():
    text = "Officials said two drones hit a warehouse next to Kassala airport on Sunday."
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 5))] == ["Kassala"]


def test_a_force_blamed_by_the_side_it_serves_is_that_sides():
    text = ("An air strike hit a warehouse in Gharyan late on Tuesday, killing nine people. The government quickly blamed "
            "the air force of the Libyan National Army, which has besieged the town for weeks.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2019, 7, 4))] == [("Gharyan", "Libyan National Army")]


def test_a_side_that_defends_a_strike_or_calls_it_legitimate_owns_it():
    for owning in ("The Saudi-led coalition defended the raid, saying it had hit fighters.",
                   "The Saudi-led coalition called the raid a lawful answer to rocket fire."):
        text = f"An air strike hit a truck at a market in Majz on Thursday, killing 12 people. {owning}"
        assert [a for _, _, a, *_ in events_told(text, dt.date(2018, 8, 12))] == ["Saudi-led coalition"], owning
    condemned = "An air strike hit a truck at a market in Majz on Thursday, killing 12 people. Rights groups described the attack as a crime."
    assert [a for _, _, a, *_ in events_told(condemned, dt.date(2018, 8, 12))] == ["unknown"]


def test_an_investigators_finding_names_the_side_even_when_hedged():
    strike = "An air strike hit a crowd at a school in Kani in Sagaing region on Tuesday, killing 30 people."
    for finding in ("On the evidence, we assess the military's air force as responsible.",
                    "The military was most likely responsible for the strike.",
                    "The strike was most likely carried out by the Myanmar military.",
                    "We assess that the air force was responsible."):
        assert [a for _, _, a, *_ in events_told(f"{strike} {finding}", dt.date(2023, 4, 14))] == ["Myanmar (military)"], finding
    other_duty = f"{strike} The army was responsible for security in the area."
    assert [a for _, _, a, *_ in events_told(other_duty, dt.date(2023, 4, 14))] == ["unknown"]


def test_a_claim_of_strikes_in_one_country_is_not_of_a_strike_in_a_district_of_another():
    text = ("Iran fired missiles at militant bases inside Pakistan late on Tuesday. One of them struck a house in the "
            "Kalat-e Sabz area of Washuk district, killing two children. Two days later Pakistan's army said its jets "
            "had launched several strikes against militant hideouts in Iran's Sistan-Baluchestan province.")
    told = events_told(text, dt.date(2024, 1, 19))
    assert [(d, a) for _, d, a, *_ in told if d == "2024-01-16"] == [("2024-01-16", "Iran")]


def test_a_numbered_entry_headed_by_its_town_a_spot_in_it_and_its_day_dates_the_strike_under_it():
    text = ("Drone strikes this week\n\n"
            "1. Shire camp — Friday 7 January, late evening\n"
            "A strike hit a camp in Shire, killing 20 people, aid workers said.\n\n"
            "2. Adwa, grain market — Monday 10 January, afternoon\n"
            "Aid workers said drones dropped bombs near the grain market in the town. Nine civilians were killed.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2022, 1, 12))] == [("Adwa", "2022-01-10"), ("Shire", "2022-01-07")]


def test_a_named_compound_struck_in_a_town_is_in_that_town():
    text = "Late on Tuesday, two air strikes hit the Nour compound in Gharyan, south of Tripoli, killing 40 migrants."
    assert [p for p, *_ in events_told(text, dt.date(2019, 7, 4))] == ["Gharyan"]


def test_an_attack_attributed_by_an_authority_to_a_side_is_that_sides():
    text = ("A drone hit the main hospital in Kadugli on Friday, killing 30 patients. The raid was attributed by the "
            "local council to the Rapid Support Forces.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 1, 26))] == ["Rapid Support Forces"]


def test_a_digests_country_section_numbered_with_a_bar_is_a_new_war():
    text = ("MORNING NOTE\nRegional digest | Friday, 14 June 2024\n\n"
            "1 | YEMEN - Port strikes\nUS jets hit Hodeidah port early on Monday, killing four people, rebel media said.\n\n"
            "2 | PHILIPPINES - Strikes after a raid\nJets bombed hideouts in the hills of Datu Piang early on Wednesday, "
            "the army said.")
    assert sorted((p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 6, 14))) == \
        [("Datu Piang", "unknown"), ("Hodeidah", "United States")]


def test_the_day_funerals_took_place_is_not_the_day_of_the_strike_they_follow():
    text = ("Burials of the dead began on Saturday in Kupiansk, the eastern town where a Russian missile had struck "
            "a crowded cafe. The attack came on Thursday afternoon, officials said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 10, 8))] == [("Kupiansk", "2023-10-05")]


def test_a_strike_named_by_an_earlier_place_is_that_strike_not_the_one_told_last():
    text = ("A Russian missile killed 20 people at a wake in Balakliia on Thursday, officials said. Early on Friday, "
            "two Russian missiles hit a block of flats in Kharkiv. Two residents died there, rescuers said. The Kremlin "
            "has not commented on the Balakliia strike.")
    assert sorted((p, d) for p, d, *_ in events_told(text, dt.date(2023, 10, 7))) == \
        [("Balakliia", "2023-10-05"), ("Kharkiv", "2023-10-06")]


def test_a_building_next_to_an_embassy_is_struck_in_the_embassys_city():
    text = ("On Monday night, a visa office next to the embassy in Beirut was levelled in an air strike that "
            "officials blamed on Israel.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 4, 3))] == [("Beirut", "Israel")]


def test_a_dated_entry_with_no_place_under_a_report_on_one_town_is_in_that_town():
    text = ("Kassala fuel tanks ablaze for a second day after drone raids\n\n"
            "SHIPPING NOTE\nIssued: 14 May 2025\n\n"
            "Kassala, an eastern city crowded with people who fled the fighting, is counting the damage after a second "
            "day of raids.\n\n"
            "Monday, 12 May: Before dawn, two drones hit an army depot next to Kassala airport.\n\n"
            "Tuesday, 13 May: At first light a drone hit two fuel tanks, setting a depot on fire.")
    assert sorted(d for p, d, *_ in events_told(text, dt.date(2025, 5, 14)) if p == "Kassala") == ["2025-05-12", "2025-05-13"]
    other_town = text.replace("At first light a drone hit", "At first light in Gedaref a drone hit")
    assert sorted((p, d) for p, d, *_ in events_told(other_town, dt.date(2025, 5, 14))) == \
        [("Gedaref", "2025-05-13"), ("Kassala", "2025-05-12")]


def test_a_scene_set_in_a_village_of_a_named_area_places_the_bomb_that_falls_next():
    text = ("Late on Sunday, 3 December, the hamlet of Kawo Gari, in the Giwa area of Kaduna State, was holding a "
            "wedding feast. Drummers played for hours. Shortly after nine, a bomb fell among the guests, killing 30 "
            "people. The bombs came from an air force drone.")
    assert [(d, a) for _, d, a, *_ in events_told(text, dt.date(2023, 12, 11))] == [("2023-12-03", "Nigeria")]
    retold = ("Late on Sunday, 3 December, the hamlet of Kawo Gari, in the Giwa area of Kaduna State, was holding a "
              "wedding feast. A spokesman said the strikes were a grave mistake.")
    assert events_told(retold, dt.date(2023, 12, 11)) == []


def test_a_bulletins_issue_date_under_its_title_does_not_date_the_strike_the_body_dates():
    text = ("SALIF WEEK: deadliest strike of the campaign hits a fuel port in Salif\n\nGulf Briefing - weekly edition\n"
            "22 April 2025 | Edited by the Gulf team\n\nOn Thursday night, American jets bombed the Salif oil jetty on the coast north of "
            "Hodeidah, killing 20 port workers.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 4, 22))] == [("Salif", "2025-04-17")]


def test_a_toll_revised_twice_in_one_sentence_is_the_last_count():
    text = ("On Thursday night, American jets bombed the Salif oil jetty. Medics gave 18 dead at first; the tally rose "
            "to 30 on Friday and, by Sunday, to 41 killed and 90 wounded.")
    assert [(k, w) for *_, k, w in events_told(text, dt.date(2025, 4, 22))] == [(41, 90)]


def test_a_fact_check_that_found_no_report_of_a_strike_or_relays_posts_claiming_one_reports_none():
    for told in ("Checking the clip, our desk found no credible report that a mall in Haifa was hit on Tuesday.",
                 "A second post, claiming that army aircraft bombed a market in Kutum on Sunday, is unverified.",
                 "Posts on Facebook and Telegram, some shared thousands of times, claim that jets bombed the dam in Derna "
                 "on Sunday night."):
        assert events_told(told, dt.date(2024, 10, 3)) == [], told


def test_the_day_mourning_was_declared_is_not_the_day_of_the_strike_it_follows():
    text = ("Mourning was declared in Kherson on Saturday after a Russian missile strike on the city's Dniprovskyi "
            "district on Friday, 15 March, that killed 21 people.")
    assert [d for _, d, *_ in events_told(text, dt.date(2024, 3, 17))] == ["2024-03-15"]


def test_a_missile_that_burst_over_homes_struck_there():
    text = ("When the surgeon reached the ward, ambulances were pulling in from Bilozerka, where, at about 6.15 p.m. on 4 April, "
            "a Russian ballistic missile had burst over the homes by the school.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 4, 6))] == [("Bilozerka", "2025-04-04")]


def test_the_air_force_a_states_minister_tells_of_is_that_states():
    text = "Israel's defence minister said the air force struck regime targets in central Isfahan on Monday."
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 6, 25))] == ["Israel"]


def test_a_line_of_bulleted_items_reads_each_item_on_its_own():
    text = "TODAY: The deadliest air raid of Myanmar's war • Leaked budget files • President lands in Oslo • Rain returns"
    assert events_told(text, dt.date(2023, 4, 12)) == []


def test_a_weekday_told_beside_its_calendar_day_is_that_day():
    text = ("On 28 August, before dawn on Saturday, a US drone had already struck a compound in Kunar province, "
            "killing two fighters.")
    assert [(d, a) for _, d, a, *_ in events_told(text, dt.date(2021, 9, 11))] == [("2021-08-28", "United States")]


def test_reports_of_strikes_said_to_be_unconfirmed_report_none():
    text = "Reports of drone strikes near Kidal on Monday are unconfirmed, and no photographs have emerged."
    assert events_told(text, dt.date(2024, 8, 27)) == []


def test_a_weapons_name_after_an_article_is_no_place():
    text = ("On Friday a Tochka-U ballistic missile struck the station square in Kramatorsk, where hundreds were "
            "waiting for trains.")
    assert [p for p, *_ in events_told(text, dt.date(2023, 4, 8))] == ["Kramatorsk"]


def test_the_people_a_struck_vehicle_carried_are_no_place():
    text = ("A Turkish drone struck a car near Amuda on Tuesday, killing two officials. The car carrying Haddad was "
            "hit just before noon, two witnesses said.")
    assert [p for p, *_ in events_told(text, dt.date(2023, 6, 21))] == ["Amuda"]


def test_the_militarys_bombing_is_the_theatres_army():
    text = ("The military's bombing of the main market in Kanbalu township on Tuesday was the worst air raid this year, "
            "killing 40 people.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2023, 4, 14))] == ["Myanmar (military)"]


def test_a_headline_names_the_town_of_the_one_strike_a_feature_leaves_unplaced():
    text = ("A week after the Kafr Nabl strike, a school counts its empty desks\nTHE LEDGER | Wednesday, 10 March 2021\n\n"
            "By A. Writer\n\nThe girls had walked to class together every morning for three years.\n\n"
            "Health officials in Idlib said on Monday that the air strike on March 3 killed 14 people, nine of them children.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2021, 3, 10))] == [("Kafr Nabl", "2021-03-03", 14)]
