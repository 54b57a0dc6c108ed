"""Rights groups' releases, reference pages and records, read as such: their datelines, titles, citations and tables."""
import datetime as dt

from extracted import events_told

from strikes.extract import extract_events
from strikes.extract.capitals import in_title_case
from strikes.extract.explain import explain
from strikes.extract.tables import rows_as_sentences
from strikes.model import Article


def test_a_release_s_town_closed_by_a_dash_with_no_date_is_its_dateline_not_the_place_struck():
    text = ("Medics are not targets\n\nAmman — The Levant Medics Forum today condemned the Israeli strikes on Wednesday "
            "that killed nine paramedics across south Lebanon.\n\nLater that night an Israeli drone struck an "
            "ambulance beside the main square of Naqoura, killing two medics.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 28))] == ["Naqoura"]
    assert [p for p, *_ in events_told("LEVANT MEDICS FORUM\nStatement — 28 March 2024\n\n" + text, dt.date(2024, 3, 28))] == ["Naqoura"]


def test_a_register_s_numbered_entry_is_headed_by_its_day_and_town():
    text = ("Interim register | 12 October 2023\n\nAfter the bombing in Ankara on 1 October, officials named new targets.\n\n"
            "No. 1 — 5 October, Amuda\nJust after 14:00 a Turkish drone hit the pumping station at the south end of Amuda, "
            "killing its guard.\n\nNo. 2 — 6 October, Qamishli\nNear 19:30 a drone struck a pickup at the eastern exit of "
            "Qamishli; its driver and his son died.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 10, 12))] == [("Amuda", "2023-10-05"), ("Qamishli", "2023-10-06")]


def test_the_day_a_group_calls_on_others_to_act_is_not_the_strike_s():
    text = ("The Karen Watch today called on ASEAN to act after the Myanmar military bombed a crowd in Kyauk Kyi village, "
            "Kani township, on Tuesday morning.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 4, 12))] == [("Kyauk Kyi", "2023-04-11")]


def test_a_state_s_military_that_bombed_villagers_struck_from_the_air():
    text = "The Myanmar military bombed villagers gathered for a festival in Kani on Sunday, residents said."
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 5, 14))] == [("Kani", "Myanmar (military)")]


def test_the_neighbouring_villages_of_a_place_struck_are_one_raid_with_it():
    text = ("Air force jets dropped bombs on Geidam and on the neighbouring villages of Bulabulin, Kupti and Garin Alkali on "
            "3 March. Monitors counted seven people killed.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2022, 3, 8))] == [("Geidam", 7)]


def test_title_case_words_of_a_headline_or_a_group_s_name_are_no_place():
    assert events_told("Drone Raid on Displaced Families Should Be Tried as a War Crime", dt.date(2022, 3, 24)) == []
    text = ("The Committee for Civilians in Armed Conflicts mourns those killed when Ukrainian drones hit a bar in the "
            "town of Hola Prystan on 1 January.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 1, 3))] == ["Hola Prystan"]


def test_condemning_in_the_strongest_possible_terms_supposes_no_strike():
    text = "The Alliance condemns, in the strongest possible language, the Russian missile attack that hit a clinic in Kharkiv on Monday."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 7, 9))] == [("Kharkiv", "2024-07-08")]


def test_the_day_a_council_sits_is_not_the_day_of_the_strike_it_is_asked_to_weigh():
    text = ("A Russian missile hit a maternity ward in Zaporizhzhia on Monday, killing three. We call on the UN to investigate "
            "the strike on Zoria Hospital, and on the Security Council, which convenes on Tuesday, to take it up.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 7, 9))] == [("Zaporizhzhia", "2024-07-08")]


def test_a_side_s_air_defence_missile_is_no_weapon_it_strikes_with():
    text = ("A Russian missile hit a clinic in Sumy on Monday, killing two. Moscow said a stray Ukrainian air-defence missile "
            "did the damage. In Poltava, a missile killed six people.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 7, 9))] == [("Poltava", "Russia"), ("Sumy", "Russia")]


def test_a_second_strike_told_in_a_clause_opening_on_its_own_day_is_an_event_of_that_day():
    text = ("On 9 June an Iranian missile hit a clinic in Holon, wounding patients, and on 14 June, hours before the "
            "truce, a missile struck a flat in Rishon LeZion and killed three residents.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2025, 6, 20))] == \
        [("Holon", "2025-06-09", None), ("Rishon LeZion", "2025-06-14", 3)]


def test_the_references_of_a_page_are_other_reports_headlines():
    text = ("US strikes in Somalia\n\nOn 1 February, US aircraft struck caves in the Golis mountains, killing 14 militants.[3]"
            "\n\nReferences\n1. \"Jets hit Jilib market, nine dead\". Coast Daily. 3 February 2025.\n"
            "[5] Ali, H. \"Ten dead as drone hits Baardheere\", Gedo Wire, 1 January 2025.\n\n"
            "Categories: 2025 deaths | Airstrikes in Somalia")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2025, 2, 27))] == [("Golis", 14)]
    rejected = [r.rule for r in explain(Article(text, published=dt.date(2025, 2, 27))).rejected]
    assert "reject.citation" in rejected


def test_a_volley_the_army_reports_intercepted_with_no_damage_struck_nothing():
    text = "- 21 October: Hezbollah claims a missile salvo at a base near Karmiel; the army reports interceptions and no damage."
    assert events_told(text, dt.date(2024, 10, 20)) == []


def test_a_table_copied_without_its_bars_is_read_row_by_row():
    text = ("List of strikes\n\nDate | Location | Zone | Killed | Injured | Notes\n"
            "13 August 2023 | Bahir Dar | West Gojjam | 19 | 40 | Bombs fell by the bus station.[3]\n"
            "4 September 2023 | Near Debre Tabor | South Gondar | 8 | 3 | Strike on a hut outside the town.[4]\n\nNotes")
    assert rows_as_sentences(text).splitlines()[4] == "On 4 September 2023, an air strike hit near Debre Tabor, killing 8 and injuring 3."
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2023, 9, 10))] == [("Bahir Dar", 19), ("Debre Tabor", 8)]


def test_the_districts_listed_after_the_city_are_its_quarters():
    text = ("Ukrainian drones struck Ufa on Saturday. Nine drones got through to the city, and five of them hit blocks of flats "
            "in the Chernikovka and Kirovsky districts.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 22))] == ["Ufa"]


def test_a_strike_the_same_day_as_one_told_by_its_month_is_that_month_s():
    text = ("Ukrainian drones struck Ufa on Saturday. Past Ukrainian raids on Bashkortostan count a May 2024 attack on a plant "
            "in Salavat, and another strike on an oil depot in Sterlitamak the same day.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 22))] == ["Ufa"]


def test_a_cafe_named_in_a_city_is_a_site_of_that_city():
    text = "On 30 June, an Israeli strike hit the Al-Salam cafe, a seafront venue in western Gaza City, killing 20 people."
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2025, 7, 2))] == [("Gaza City", 20)]


def test_a_town_s_children_s_hospital_in_a_title_is_the_town():
    assert [p for p, *_ in events_told("Russian missile strike on Dnipro Children's Hospital kills two", dt.date(2024, 7, 9))] == ["Dnipro"]


def test_strikes_ignored_for_years_are_a_campaign():
    text = "He said Western envoys had ignored Ukrainian strikes on Horlivka and Makiivka for two years."
    assert events_told(text, dt.date(2024, 7, 9)) == []


def test_a_flash_line_written_all_in_capitals_is_read_in_title_case_keeping_its_acronyms():
    line = "0910 URGENT /// US JETS HIT FUEL DEPOT IN RAS ISA, 12 KILLED -- RSF DENIES ROLE"
    text = line + "\nBEIRUT, March 3 (AFP) - Jets hit a depot."
    titled = in_title_case(text)
    assert titled.split("\n") == ["09:10 Urgent /// US Jets Hit Fuel Depot in Ras Isa, 12 Killed -- RSF Denies Role",
                                  "BEIRUT, March 3 (AFP) - Jets hit a depot."]


def test_a_channel_s_ticker_in_capitals_tells_its_strikes():
    text = ("CHANNEL 9 TICKER LOG\nTuesday 15 July 2025\n\n"
            "10:40 WEATHER: HOT DAY AHEAD, 39C IN ALEPPO\n"
            "12:58 BREAKING: ISRAELI STRIKES HIT ARMY HEADQUARTERS IN CENTRAL HOMS -- STATE TV\n"
            "16:14 MINISTRY: TOLL IN HOMS FROM ISRAELI STRIKES RISES TO 4 KILLED\n")
    assert [(p, a, k) for p, _, a, k, _ in events_told(text, dt.date(2025, 7, 15))] == [("Homs", "Israel", 4)]


def test_a_title_s_verb_capitalised_after_a_town_is_no_part_of_its_name():
    assert [(p, k) for p, _, _, k, _ in events_told("Israeli Strike on Nabatieh Kills 3", dt.date(2024, 10, 2))] == [("Nabatieh", 3)]


def test_the_items_of_a_ticker_are_read_apart():
    text = ("NEWS TICKER >> Russian glide bombs hit a market on Saturday, killing four, the Kharkiv governor says >> UEFA "
            "confirms the cup final will be played in Vienna")
    assert [p for p, *_ in events_told(text, dt.date(2024, 5, 26))] == ["Kharkiv"]


def test_the_strike_a_side_is_accused_of_is_told_with_its_own_place_not_the_attack_it_followed():
    text = ("Kabul accused Pakistan's military on Tuesday of killing ten people in an air strike on a family's home in "
            "Paktika province, hours after a suicide bombing at a police compound in Quetta.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 11, 25))] == ["Paktika"]


def test_aircraft_that_carried_out_no_missions_struck_nothing():
    text = "The defence ministry said its warplanes carried out no combat missions in the skies over Hama province on Monday."
    assert events_told(text, dt.date(2019, 7, 23)) == []


def test_a_hospital_named_after_its_town_lies_in_that_town_though_its_province_follows():
    text = "A coalition air raid led by Saudi Arabia struck Midi Rural Hospital in Hajjah governorate on Monday, killing 11."
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2016, 8, 17)))
    assert (event.place, round(event.lat, 1), round(event.lon, 1)) == ("Midi Rural Hospital", 16.3, 42.8)


def test_the_day_a_story_ran_is_not_the_day_of_the_strike_it_corrected():
    text = ("Corrections\n\n- An article on Saturday about an inquiry in Kharkiv said that the Russian air strike on the opera "
            "house of the city took place in March 2023. It took place in March 2022.")
    assert events_told(text, dt.date(2024, 6, 10)) == []


def test_shelling_told_by_what_it_hit_is_fire_from_the_ground():
    text = "Russian jets struck Idlib's outskirts on Saturday; shelling hit Sarmin, Binnish and Kafr Nabl."
    assert [p for p, *_ in events_told(text, dt.date(2023, 10, 7))] == ["Idlib"]


def test_the_occasion_a_crowd_gathered_for_is_no_place():
    text = "Council chairman says 40 buried after army drone raid on Maulud gathering"
    assert events_told(text, dt.date(2023, 12, 5)) == []


def test_strikes_that_saturday_fell_on_the_saturday_under_discussion():
    text = ("On July 8, a drone hit a truck near Baardheere, killing two. US forces said they conducted two more strikes "
            "that Saturday against fighters near Bu'aale.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 7, 31))] == [("Baardheere", "2023-07-08"), ("Bu'aale", "2023-07-08")]


def test_days_counted_from_a_bombing_on_the_ground_date_the_strike_that_answered_it():
    text = ("On February 14, 2019, a suicide bomber killed 40 police officers in Lethpora. Twelve days later, jets struck what "
            "the government said was a camp near Jaba.")
    assert events_told(text, dt.date(2025, 5, 5)) == []


def test_an_aside_after_the_month_a_sentence_opens_with_is_not_the_strike():
    text = ("In April this year, two days after gunmen stormed a border post in Bannu and killed seven soldiers, Pakistani "
            "jets struck targets in Kunar and Nangarhar.")
    assert events_told(text, dt.date(2024, 12, 26)) == []


def test_drones_a_side_says_were_intercepted_in_its_own_quoted_words_struck_nothing():
    text = ("06:00 — The defence ministry's morning post said its units \"intercepted and destroyed\" 48 Ukrainian drones "
            "overnight, including 12 over the Kursk region.")
    assert events_told(text, dt.date(2025, 5, 7)) == []


def test_a_story_on_a_day_s_strike_keeps_the_strike_s_day():
    text = ("Editor's note, 16 March: An earlier version of our report on Friday's missile strike on Kherson gave the death "
            "toll as 14. Officials now say 20 people were killed.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 3, 16))] == [("Kherson", "2024-03-15")]


def test_drone_attacks_traded_for_weeks_are_a_campaign():
    text = "In Gharyan, the hill town the army retook in June, both sides traded drone attacks on the airfield for weeks."
    assert events_told(text, dt.date(2019, 8, 20)) == []


def test_the_bombing_a_strike_recalled_is_another_event():
    text = ("A junta jet bombed a primary school in Depayin on Monday, killing 22. Monday's raid recalled the March 2021 "
            "bombing of Kyaung Su village in Kani township, where jets killed dozens of villagers.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 17))] == ["Depayin"]


def test_the_city_whose_officials_speak_is_the_city_struck():
    text = ("- Kharkiv counts its injured. Guided bombs hit the centre of Kharkiv on Wednesday evening, injuring 25.\n\n"
            "- Sumy toll rises. Officials in Sumy said a man rescued from the ruins on Tuesday died overnight, raising "
            "the toll from last Friday's Russian raid on the city to 11.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 11, 14))] == [("Kharkiv", "2024-11-13"), ("Sumy", "2024-11-08")]


def test_the_day_a_council_condemned_an_attack_told_before_is_the_reaction_s():
    text = ("A Houthi drone attack on a fuel depot in Jizan on Monday killed three. The Arab League condemned the Jizan "
            "attack on Friday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2022, 1, 22))] == [("Jizan", "2022-01-17")]


def test_a_post_s_count_of_attacks_in_a_month_is_no_new_strike():
    text = ("ISWAP drones hit the army base at Marte on Saturday, wounding four soldiers. Third drone strike on an army FOB "
            "in northern Yobe in a month.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 9, 14))] == ["Marte"]
    assert [(p, k) for p, _, _, k, _ in events_told("Second Israeli strike on Beirut suburb in a week kills three",
                                                    dt.date(2025, 9, 14))] == [("Beirut", 3)]


def test_strikes_counted_over_the_first_half_of_a_year_are_a_campaign():
    text = "Monitors count over 40 Turkish drone strikes in Hasakah province in the first quarter of the year."
    assert events_told(text, dt.date(2022, 7, 25)) == []


def test_a_flash_s_four_figure_time_is_no_year_and_its_toll_rises():
    text = ("0215 FLASH -- Explosions in Kyiv as Russian missiles and drones strike the capital -- witnesses\n\n"
            "0241 URGENT -- Three killed, 17 hurt in Russian overnight strike on Kyiv -- mayor\n\n"
            "1947 URGENT -- Kyiv death toll rises to 19, among them two children -- rescuers")
    assert [(p, a, k) for p, _, a, k, _ in events_told(text, dt.date(2025, 7, 31))] == [("Kyiv", "Russia", 19)]


def test_artillery_and_rocket_fire_on_towns_beside_a_recalled_attack_is_no_strike():
    text = ("The report also covers ground attacks outside its count of air strikes, including heavy artillery and rocket "
            "fire on Jisreen and Ein Tarma, and it recalls the August 2013 chemical attack on Zamalka.")
    assert events_told(text, dt.date(2018, 3, 12)) == []


def test_strikes_that_have_not_been_repeated_since_are_gone_by():
    text = ("- Israeli strikes on the airports of Damascus and Aleppo, which shut both for much of July, have not been "
            "repeated since.")
    assert events_told(text, dt.date(2023, 10, 10)) == []


def test_hideouts_of_a_people_s_separatists_are_no_place_of_that_name():
    text = ("Pakistan's army said it had carried out precise strikes with drones and rockets on hideouts of Baluch "
            "separatists inside Iran on Thursday.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 1, 20))] == []


def test_a_bombing_one_has_learned_to_read_is_bombings_in_general():
    text = ("In the towns of southern Idlib, a paramedic knows how to read a bombing from the debris. On Monday jets hit a "
            "queue outside a bakery in Saraqib, killing four.")
    assert [p for p, *_ in events_told(text, dt.date(2019, 7, 26))] == ["Saraqib"]
