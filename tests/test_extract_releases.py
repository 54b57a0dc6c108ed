"""Rights groups' releases, reference pages and records, read as such: their datelines, titles, citations and tables."""
import datetime as dt

from extracted import events_told

from strikes.extract import extract_events
from strikes.extract.capitals import in_title_case
from strikes.extract.explain import explain
from strikes.extract.tables import rows_as_sentences
from strikes.model import Article


def test_a_release_s_town_closed_by_a_dash_with_no_date_is_its_dateline_not_the_place_struck():
    text = ("Medics are not targets\n\nAmman — The Levant Medics Forum today condemned a series of Israeli strikes on "
            "Wednesday that killed nine paramedics in south Lebanon.\n\nIn the evening, an Israeli strike hit an ambulance "
            "near the square of Naqoura, killing two medics.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 28))] == ["Naqoura"]
    assert [p for p, *_ in events_told("LEVANT MEDICS FORUM\nStatement — 28 March 2024\n\n" + text, dt.date(2024, 3, 28))] == ["Naqoura"]


def test_a_register_s_numbered_entry_is_headed_by_its_day_and_town():
    text = ("Interim register | 12 October 2023\n\nAfter the bombing in Ankara on 1 October, officials named new targets.\n\n"
            "No. 1 — 5 October, Amuda\nA Turkish drone struck the power station on the southern edge of Amuda shortly after "
            "14:00. A guard was killed.\n\nNo. 2 — 6 October, Qamishli\nAt around 19:30, a drone hit a car at the western "
            "exit of Qamishli. The driver and his son were killed.")
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
    assert events_told("Drone Strike on Displaced Families Must Be Investigated as a War Crime", dt.date(2022, 3, 24)) == []
    text = ("The Committee for Civilians in Armed Conflicts mourns those killed when Ukrainian drones hit a café in the "
            "village of Hola Prystan on 1 January.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 1, 3))] == ["Hola Prystan"]


def test_condemning_in_the_strongest_possible_terms_supposes_no_strike():
    text = "The Alliance condemns in the strongest possible terms the Russian missile strike that hit a clinic in Kharkiv on Monday."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 7, 9))] == [("Kharkiv", "2024-07-08")]


def test_the_day_a_council_sits_is_not_the_day_of_the_strike_it_is_asked_to_weigh():
    text = ("A Russian missile hit a maternity ward in Zaporizhzhia on Monday, killing three. We call on the UN to investigate "
            "the strike on Zoria Hospital, and on the Security Council, which meets on Tuesday, to act.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 7, 9))] == [("Zaporizhzhia", "2024-07-08")]


def test_a_side_s_air_defence_missile_is_no_weapon_it_strikes_with():
    text = ("A Russian missile hit a clinic in Sumy on Monday, killing two. Moscow claimed the blast was caused by a Ukrainian "
            "air-defence missile. In Poltava, a missile killed six people.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 7, 9))] == [("Poltava", "Russia"), ("Sumy", "Russia")]


def test_a_second_strike_told_in_a_clause_opening_on_its_own_day_is_an_event_of_that_day():
    text = ("On 19 June an Iranian missile struck a clinic in Holon, wounding patients, and on 24 June, hours before the "
            "truce, a missile hit a flat in Rishon LeZion and killed three residents.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2025, 6, 30))] == \
        [("Holon", "2025-06-19", None), ("Rishon LeZion", "2025-06-24", 3)]


def test_the_references_of_a_page_are_other_reports_headlines():
    text = ("US strikes in Somalia\n\nOn 1 February, US aircraft struck caves in the Golis mountains, killing 14 militants.[3]"
            "\n\nReferences\n1. \"Jets hit Jilib market, nine dead\". Coast Daily. 3 February 2025.\n"
            "[5] Ali, H. \"Drone strike near Kismayo kills ten\", Juba Wire, 1 January 2025.\n\n"
            "Categories: 2025 deaths | Airstrikes in Somalia")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2025, 2, 27))] == [("Golis", 14)]
    rejected = [r.rule for r in explain(Article(text, published=dt.date(2025, 2, 27))).rejected]
    assert "reject.citation" in rejected


def test_a_volley_the_army_reports_intercepted_with_no_damage_struck_nothing():
    text = "- 17 October: Hezbollah says it fired missiles at a base near Karmiel; the army reports interceptions and no damage."
    assert events_told(text, dt.date(2024, 10, 20)) == []


def test_a_table_copied_without_its_bars_is_read_row_by_row():
    text = ("List of strikes\n\nDate | Location | Zone | Killed | Injured | Notes\n"
            "13 August 2023 | Bahir Dar | West Gojjam | 26 | 55 | Strike on a square near the town's bus station.[3]\n"
            "4 September 2023 | Near Debre Tabor | South Gondar | 8 | 3 | Strike on a hut outside the town.[4]\n\nNotes")
    assert rows_as_sentences(text).splitlines()[4] == "On 4 September 2023, an air strike hit near Debre Tabor, killing 8 and injuring 3."
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2023, 9, 10))] == [("Bahir Dar", 26), ("Debre Tabor", 8)]


def test_the_districts_listed_after_the_city_are_its_quarters():
    text = ("Ukrainian drones struck Kazan on Saturday. Eight drones reached the city; six of them hit flats in the "
            "Novo-Savinovsky and Kirovsky districts.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 22))] == ["Kazan"]


def test_a_strike_the_same_day_as_one_told_by_its_month_is_that_month_s():
    text = ("Ukrainian drones struck Kazan on Saturday. Earlier strikes on Tatarstan include an April 2024 attack on a plant in "
            "Yelabuga, and a separate strike on a refinery in Nizhnekamsk the same day.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 22))] == ["Kazan"]


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
            "10:40 WEATHER: HEATWAVE PEAKS TODAY, 41C IN ALEPPO\n"
            "12:58 BREAKING: ISRAELI STRIKES HIT ARMY HEADQUARTERS IN CENTRAL HOMS -- STATE TV\n"
            "16:14 HEALTH MINISTRY: TOLL FROM ISRAELI STRIKES ON HOMS RISES TO 4 KILLED\n")
    assert [(p, a, k) for p, _, a, k, _ in events_told(text, dt.date(2025, 7, 15))] == [("Homs", "Israel", 4)]


def test_a_title_s_verb_capitalised_after_a_town_is_no_part_of_its_name():
    assert [(p, k) for p, _, _, k, _ in events_told("Israeli Strike on Nabatieh Kills 3", dt.date(2024, 10, 2))] == [("Nabatieh", 3)]


def test_the_items_of_a_ticker_are_read_apart():
    text = ("NEWS TICKER >> Russian glide bombs hit a market on Saturday, killing four, the Kharkiv governor says >> UEFA "
            "confirms the cup final will be played in Vienna")
    assert [p for p, *_ in events_told(text, dt.date(2024, 5, 26))] == ["Kharkiv"]


def test_the_strike_a_side_is_accused_of_is_told_with_its_own_place_not_the_attack_it_followed():
    text = ("The Taliban government accused Pakistan on Tuesday of killing ten people in an air strike on a family's home in "
            "the eastern province of Paktika, a day after a suicide attack on a police compound in Quetta.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 11, 25))] == ["Paktika"]


def test_aircraft_that_carried_out_no_missions_struck_nothing():
    text = "The defence ministry said its aircraft carried out no combat missions over Hama province on Monday."
    assert events_told(text, dt.date(2019, 7, 23)) == []


def test_a_hospital_named_after_its_town_lies_in_that_town_though_its_province_follows():
    text = "An air strike by the Saudi-led coalition hit Midi Rural Hospital in Hajjah governorate on Monday, killing 11."
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2016, 8, 17)))
    assert (event.place, round(event.lat, 1), round(event.lon, 1)) == ("Midi Rural Hospital", 16.3, 42.8)


def test_the_day_a_story_ran_is_not_the_day_of_the_strike_it_corrected():
    text = ("Corrections\n\n- An article on Saturday about an inquiry in Kharkiv said the Russian air strike on the city's "
            "opera house happened in March 2023. It happened in March 2022.")
    assert events_told(text, dt.date(2024, 6, 10)) == []


def test_shelling_told_by_what_it_hit_is_fire_from_the_ground():
    text = "Russian jets struck Idlib's outskirts on Saturday; shelling hit Sarmin, Binnish and Kafr Nabl."
    assert [p for p, *_ in events_told(text, dt.date(2023, 10, 7))] == ["Idlib"]


def test_the_occasion_a_crowd_gathered_for_is_no_place():
    text = "Council chairman says 40 buried after army drone strike on Maulud gathering"
    assert events_told(text, dt.date(2023, 12, 5)) == []


def test_strikes_that_saturday_fell_on_the_saturday_under_discussion():
    text = ("On July 8, a drone hit a car near Kismayo, killing two. The command said it carried out three strikes that "
            "Saturday in a remote area near Afmadow.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 7, 31))] == [("Afmadow", "2023-07-08"), ("Kismayo", "2023-07-08")]


def test_days_counted_from_a_bombing_on_the_ground_date_the_strike_that_answered_it():
    text = ("On February 14, 2019, a suicide bomber killed 40 police officers in Lethpora. Twelve days later, jets struck what "
            "the government said was a camp near Jaba.")
    assert events_told(text, dt.date(2025, 5, 5)) == []


def test_an_aside_after_the_month_a_sentence_opens_with_is_not_the_strike():
    text = ("In March this year, two days after an attack on an army post in Bannu killed seven soldiers, Pakistani aircraft "
            "hit targets in Khost and Paktika.")
    assert events_told(text, dt.date(2024, 12, 26)) == []


def test_drones_a_side_says_were_intercepted_in_its_own_quoted_words_struck_nothing():
    text = ("06:00 — The defence ministry claimed that air defences \"intercepted and destroyed\" 48 Ukrainian drones "
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
    text = ("A military jet bombed a school in Depayin on Monday, killing 22. Monday's attack recalled the April 2023 bombing "
            "of Pazigyi village in Kanbalu township, where a jet and a helicopter killed more than 160 people.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 17))] == ["Depayin"]


def test_the_city_whose_officials_speak_is_the_city_struck():
    text = ("- Kharkiv counts its injured. Guided bombs hit the centre of Kharkiv on Wednesday evening, injuring 25.\n\n"
            "- Sumy toll rises. Officials in Sumy said a woman pulled from the rubble on Tuesday died overnight, bringing "
            "the toll from last Friday's Russian strike on the city to 11.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 11, 14))] == [("Kharkiv", "2024-11-13"), ("Sumy", "2024-11-08")]


def test_the_day_a_council_condemned_an_attack_told_before_is_the_reaction_s():
    text = ("A Houthi drone attack on fuel trucks in Abu Dhabi on Monday killed three. The Security Council condemned the "
            "Abu Dhabi attack on Friday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2022, 1, 22))] == [("Abu Dhabi", "2022-01-17")]


def test_a_post_s_count_of_attacks_in_a_month_is_no_new_strike():
    text = ("ISWAP drones hit the army base at Marte on Saturday, wounding four soldiers. Third drone attack on a base in "
            "northern Borno in a month.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 9, 14))] == ["Marte"]
    assert [(p, k) for p, _, _, k, _ in events_told("Second Israeli strike on Beirut suburb in a week kills three",
                                                    dt.date(2025, 9, 14))] == [("Beirut", 3)]


def test_strikes_counted_over_the_first_half_of_a_year_are_a_campaign():
    text = "Turkish drones carried out more than 40 strikes in Hasakah province in the first quarter of the year, monitors say."
    assert events_told(text, dt.date(2022, 7, 25)) == []


def test_a_flash_s_four_figure_time_is_no_year_and_its_toll_rises():
    text = ("0215 FLASH -- Explosions in Kyiv as Russian missiles and drones strike the capital -- witnesses\n\n"
            "0233 URGENT -- At least two people killed, 21 wounded in overnight Russian attack on Kyiv -- city authorities\n\n"
            "1931 URGENT -- Kyiv death toll rises to 28, including five children -- emergency service")
    assert [(p, a, k) for p, _, a, k, _ in events_told(text, dt.date(2025, 7, 31))] == [("Kyiv", "Russia", 28)]


def test_artillery_and_rocket_fire_on_towns_beside_a_recalled_attack_is_no_strike():
    text = ("The report also covers ground attacks outside its count of air strikes, including heavy artillery and rocket "
            "fire on Jisreen and Ein Tarma, and it recalls the August 2013 chemical attack on Zamalka.")
    assert events_told(text, dt.date(2018, 3, 12)) == []


def test_strikes_that_have_not_been_repeated_since_are_gone_by():
    text = ("- Israeli strikes on Damascus and Aleppo airports, which put both out of service for part of August, have not "
            "been repeated since the August raids.")
    assert events_told(text, dt.date(2023, 10, 10)) == []


def test_hideouts_of_a_people_s_separatists_are_no_place_of_that_name():
    text = ("The Pakistani military said it had conducted precision strikes with drones and rockets on hideouts of Baluch "
            "separatists in Iran on Thursday.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 1, 20))] == []


def test_a_bombing_one_has_learned_to_read_is_bombings_in_general():
    text = ("In the southern towns of Idlib, a rescuer has learned to read a bombing by what it leaves behind. Government "
            "jets struck near a bakery in Saraqib on Monday, killing four.")
    assert [p for p, *_ in events_told(text, dt.date(2019, 7, 26))] == ["Saraqib"]
