"""How wire reports are told: the dateline, background strikes, and the day a toll is given.

Every article here is invented for the test; the places are real so that the offline gazetteer
places them.
"""
import datetime as dt

import pytest

from geo import open_gazetteer
from strikes.extract import extract_events
from strikes.extract.actors import actor_in
from strikes.extract.places import article_countries
from strikes.extract.screen import keeping_all
from strikes.model import Article


def read(text: str, published: dt.date | None = None):
    """What the rules make of a text, every event kept (the screen has its own tests)."""
    with keeping_all():
        return extract_events(Article(text=text, id="t", published=published))


def test_dateline_day_is_the_reports_not_the_strikes():
    [event] = read("MOSUL, Iraq, June 10, 2017 (AP) — Coalition jets struck a market in Tal Afar on Friday, "
                   "killing nine people, a local official said.")
    assert (event.place, event.date) == ("Tal Afar", dt.date(2017, 6, 9))


def test_dateline_without_a_year_is_still_the_reports():
    [event] = read("AMMAN, Oct 3 (Reuters) - Russian warplanes bombed Maarat al-Numan on Friday, killing 14 people.",
                   published=dt.date(2015, 10, 3))
    assert event.date == dt.date(2015, 10, 2)


@pytest.mark.parametrize("dateline", ["DUHOK, Iraq, Wednesday 12 March 2025 —", "DUHOK, Iraq, Wednesday, March 12, 2025 —"])
def test_a_dateline_that_names_its_weekday_is_still_the_reports(dateline):
    [event] = read(f"Drone kills shepherd\n\n{dateline} A drone hit a shepherd near Batifa on Monday afternoon, killing him, "
                   "the mayor said.", published=dt.date(2025, 3, 12))
    assert (event.place, event.date) == ("Batifa", dt.date(2025, 3, 10))


def test_gunfire_a_sentence_says_is_unrelated_to_the_strikes_is_no_strike():
    found = read("A drone hit a truck near Batifa on Monday, killing two men, the mayor said. Kurdish police noted scattered "
                 "gunfire overnight on Sunday close to a checkpoint at Zakho, which they called unrelated to the drone strikes.",
                 published=dt.date(2025, 3, 12))
    assert [e.place for e in found] == ["Batifa"]


def test_a_strike_of_an_earlier_month_is_background():
    text = ("Saudi-led coalition aircraft struck a fuel depot in Hodeidah on Tuesday, killing four workers, "
            "residents said.\n\nIn June, a coalition strike on a bus station in Zabid killed eleven people.")
    events = read(text, published=dt.date(2019, 9, 12))
    assert [e.place for e in events] == ["Hodeidah"]


def test_a_strike_weeks_before_the_report_is_background():
    text = ("Turkish drones hit a car near Qamishli on Sunday, killing two fighters, a monitor said. "
            "On July 2, a Turkish drone strike on a house in Kobani killed three civilians.")
    events = read(text, published=dt.date(2022, 8, 23))
    assert [e.place for e in events] == ["Qamishli"]


def test_a_strike_long_before_the_articles_date_is_background_even_alone():
    """The publication date is the article's: a feature that recalls only a strike of years ago
    reports no strike of its own. Without a date, the newest strike told is the measure."""
    text = "On 4 March 2016, US aircraft struck a training camp near Raso, killing 150 fighters, the Pentagon said."
    assert read(text, published=dt.date(2026, 11, 30)) == []
    [event] = read(text)
    assert event.date == dt.date(2016, 3, 4)


def test_a_month_abbreviation_is_a_date_not_a_place():
    events = read("Government jets struck a bakery in Kafr Nabl on Oct. 3, killing six people, rescuers said.",
                  published=dt.date(2019, 10, 4))
    assert [(e.place, e.date) for e in events] == [("Kafr Nabl", dt.date(2019, 10, 3))]


def test_where_a_statement_was_released_is_not_struck():
    events = read("A statement released in Amman on Monday by the army said its jets had struck a smuggling "
                  "convoy near Deraa, killing four men.", published=dt.date(2022, 1, 18))
    assert [e.place for e in events] == ["Deraa"]


def test_last_october_is_a_month_and_background():
    text = ("Junta jets bombed a monastery in Kanbalu township on Tuesday, killing nine villagers, residents said. "
            "Last October, jets bombed a wedding party in Hpakant, leaving 40 dead.")
    events = read(text, published=dt.date(2023, 6, 8))
    assert [e.place for e in events] == ["Kanbalu"]


def test_side_blamed_in_a_later_sentence_is_the_attacker():
    text = ("Air strikes hit a fuel market in Saada on Friday, killing 12 people, medics said. "
            "Residents blamed the Saudi-led coalition for the raid.")
    [event] = read(text, published=dt.date(2018, 3, 3))
    assert event.actor == "Saudi-led coalition"


def test_an_accusation_of_something_else_attributes_nothing():
    text = ("A warplane bombed a school in Tarhuna on Sunday, killing three pupils. "
            "The government accused the Libyan National Army of hiding weapons in schools.")
    [event] = read(text, published=dt.date(2019, 11, 19))
    assert event.actor == "unknown"


def test_blame_for_an_attack_on_another_place_is_not_the_strikes():
    text = ("Ballistic missiles struck an army depot near Kirkuk on Monday, causing no casualties. "
            "Tehran blamed Washington for the Baghdad attack of the week before.")
    [event] = read(text, published=dt.date(2020, 1, 14))
    assert event.actor == "unknown"


def test_a_claim_of_responsibility_names_the_attacker():
    text = ("Drones struck a pumping station near Yanbu on Saturday, starting a fire, state media said. "
            "The Houthis claimed responsibility for the attack.")
    [event] = read(text, published=dt.date(2019, 5, 15))
    assert event.actor == "Houthis"


def test_a_toll_revised_on_a_later_day_stays_with_the_strike():
    text = ("The death toll from a Russian missile strike on a shopping centre in Kharkiv rose to 18 on Monday, "
            "the regional governor said.\n\nThe missile hit the crowded store in Kharkiv on Saturday afternoon.")
    [event] = read(text, published=dt.date(2024, 6, 3))
    assert (event.place, event.date, event.killed, event.actor) == ("Kharkiv", dt.date(2024, 6, 1), 18, "Russia")


def test_a_revised_toll_replaces_the_first_count():
    from strikes.extract.numbers import casualties_in
    assert casualties_in("Jets killed 12 people in the market; the toll later rose to 20.").killed == 20


def test_a_habit_told_as_background_is_no_strike():
    assert read("Government planes have repeatedly struck fuel depots in Nyala and El Daein, activists say.",
                published=dt.date(2024, 12, 10)) == []


def test_neighbouring_towns_struck_in_one_raid_are_one_event():
    [event] = read("Government jets struck Maarat al-Numan and Kafr Nabl in Syria's Idlib province on Monday, killing 12 people, rescuers said.",
                   published=dt.date(2019, 7, 23))
    assert (event.place, event.killed) == ("Maarat al-Numan", 12)
    assert "Kafr Nabl" in event.evidence


def test_distant_cities_struck_in_one_sentence_stay_apart_without_the_toll():
    events = read("Government jets struck Aleppo and Deir ez-Zor on Monday, killing 12 people, rescuers said.",
                  published=dt.date(2019, 7, 23))
    assert [(e.place, e.killed) for e in events] == [("Aleppo", None), ("Deir ez-Zor", None)]


def test_a_placeless_strike_in_a_dateline_sentence_is_near_the_dateline_town():
    [event] = read("DEIR AL-BALAH, Gaza Strip, May 2, 2024 (AP) — Israeli aircraft bombed a tent camp on Wednesday, "
                   "killing five people, hospital officials said.")
    assert (event.place, event.country, event.geo_precision, event.date) == ("Deir Al-Balah", "PS", 2, dt.date(2024, 5, 1))


def test_a_capital_in_the_dateline_is_the_bureaus_not_the_strikes():
    events = read("BEIRUT, Lebanon, May 2, 2024 (AP) — Israeli aircraft struck a car on Wednesday, "
                  "killing two men, the health ministry said.")
    assert all(e.place != "Beirut" for e in events)


def test_a_strike_the_article_never_places_is_no_event():
    assert read("Warplanes carried out raids on Tuesday, killing four fighters, a monitor said.",
                published=dt.date(2020, 3, 4)) == []


def test_a_qualifier_glued_to_a_name_is_not_part_of_the_place():
    [event] = read("Turkish jets bombed the Kurdish-held Tal Rifaat area on Saturday, killing three fighters.",
                   published=dt.date(2019, 12, 3))
    assert event.place == "Tal Rifaat"


def test_the_person_a_strike_targeted_is_not_a_place():
    events = read("According to the army, aircraft struck Haddad, who it said led the cell, "
                  "in the town of Kafr Nabl on Monday.", published=dt.date(2019, 12, 3))
    assert [e.place for e in events] == ["Kafr Nabl"]


def test_a_name_that_starts_like_a_month_is_still_a_place():
    [event] = read("Coalition jets struck a weapons depot near Mar’a on Tuesday, the monitor said.",
                   published=dt.date(2016, 9, 7))
    assert event.place == "Mar’a"


def test_a_state_as_the_subject_of_an_attack_verb_is_the_attacker():
    [event] = read("Russia attacked the port city of Izmail with drones overnight, wounding two workers, "
                   "the governor said.", published=dt.date(2023, 8, 2))
    assert (event.place, event.actor) == ("Izmail", "Russia")


def test_the_force_that_says_it_carried_out_a_strike_is_its_attacker():
    [event] = read("The US military announced that an air raid it conducted on Sunday near Buale "
                   "left two fighters dead.", published=dt.date(2022, 5, 3))
    assert (event.place, event.actor) == ("Buale", "United States")


def test_an_unsaid_attacker_is_the_one_side_the_article_names():
    text = ("A missile strike on a bus depot in Sumy on Friday wounded three drivers, the regional governor said. "
            "Hours later, Russian missiles hit an apartment block in Kharkiv, killing six people.")
    events = read(text, published=dt.date(2024, 6, 1))
    assert [(e.place, e.actor) for e in events] == [("Sumy", "Russia"), ("Kharkiv", "Russia")]


def test_unidentified_aircraft_stay_unknown_beside_a_named_side():
    text = ("Kenyan jets struck a camp near El Adde on Friday, the army said. "
            "On Sunday, unidentified aircraft bombed a village near Garbahaarey, killing five herders.")
    events = read(text, published=dt.date(2016, 1, 26))
    assert [e.actor for e in events] == ["Kenya", "unknown"]


def test_a_peoples_name_closing_a_camps_name_describes_it():
    [event] = read("An Israeli drone struck a flat in the Ein el-Hilweh Palestinian refugee camp near Sidon on Sunday, "
                   "killing two men.", published=dt.date(2024, 9, 30))
    assert event.place == "Ein el-Hilweh"


def test_a_sea_is_not_where_a_coastal_strike_is_mapped():
    [event] = read("A Russian missile hit a grain ship in the Black Sea near Odesa on Sunday, the governor said.",
                   published=dt.date(2023, 8, 6))
    assert event.place == "Odesa"


def test_a_feast_day_is_a_day_not_a_place():
    events = read("On Christmas Day, Russian missiles struck the power plant at Burshtyn, officials said.",
                  published=dt.date(2024, 12, 26))
    assert [e.place for e in events] == ["Burshtyn"]


def test_a_region_level_report_is_the_unplaceable_village_strike_of_that_day():
    text = ("Military aircraft struck the central Magway region on Tuesday, killing 11 people, rescuers said.\n\n"
            "Two fighter jets dropped bombs on Thit Cho Pin Gyi village on Tuesday morning, residents said.")
    events = read(text, published=dt.date(2025, 3, 5))
    assert [e.place for e in events] == ["Thit Cho Pin Gyi"]


def test_some_of_the_dead_named_among_those_killed_are_not_the_toll():
    from strikes.extract.numbers import casualties_in
    assert casualties_in("Three nurses were among those killed in the raid, the ministry said.").killed is None


def test_a_toll_revised_upward_in_a_later_sentence_replaces_the_first():
    text = ("Air strikes on a market in Maarat al-Numan on Monday killed 20 people, rescuers said. "
            "By Tuesday evening the toll had risen to 31, the civil defence said.")
    [event] = read(text, published=dt.date(2019, 7, 23))
    assert event.killed == 31


def test_a_leads_total_across_a_region_summarises_the_strikes_told_after_it():
    text = ("Israeli air strikes killed at least 14 people across the Gaza Strip on Monday, health officials said.\n\n"
            "In Deir al-Balah, a strike on a house killed six members of one family, medics said.")
    events = read(text, published=dt.date(2024, 11, 19))
    assert [(e.place, e.killed) for e in events] == [("Deir al-Balah", 6)]


def test_a_force_telling_of_its_own_strike_reports_one():
    text = ("Israeli jets bombed a house in Rafah on Monday, killing five people, medics said. "
            "The military said on Tuesday that it had struck a command centre in the Shati camp on Sunday night.")
    events = read(text, published=dt.date(2024, 11, 19))
    assert [(e.place, e.date) for e in events] == [("Rafah", dt.date(2024, 11, 18)), ("Shati", dt.date(2024, 11, 17))]


def test_a_side_blamed_before_another_clause_is_the_attacker():
    text = ("Warplanes bombed a wedding tent in Hajjah on Sunday, killing 20 guests, medics said. "
            "A Houthi-run channel blamed the Saudi-led coalition and showed long footage of rescuers pulling bodies from the burnt tent.")
    [event] = read(text, published=dt.date(2018, 4, 23))
    assert event.actor == "Saudi-led coalition"


def test_the_day_a_force_acknowledged_a_strike_is_not_its_day():
    [event] = read("The army acknowledged on Thursday that its aircraft had bombed a warehouse in Tal Afar on May 2, "
                   "killing four guards.", published=dt.date(2018, 5, 10))
    assert (event.place, event.date) == ("Tal Afar", dt.date(2018, 5, 2))


def test_the_previous_evening_is_the_day_before_the_report():
    [event] = read("The group said on Friday that a drone had hit a car carrying two of its fighters near Nabatieh "
                   "the previous evening, killing both.", published=dt.date(2024, 2, 16))
    assert (event.place, event.date) == ("Nabatieh", dt.date(2024, 2, 15))


def test_a_fixed_feast_names_its_day():
    [event] = read("Military jets bombed a cattle market in Gwoza on Christmas Day, killing 12 traders, "
                   "residents said.", published=dt.date(2023, 12, 28))
    assert (event.place, event.date) == ("Gwoza", dt.date(2023, 12, 25))


def test_the_strike_a_lead_left_undated_is_dated_by_the_next_report_of_it():
    text = ("BAMAKO, March 12, 2024 (Wire) - An army drone strike on a market near the town of Kidal killed "
            "at least seven traders, local officials said.\n\n"
            "The strike happened on March 10 at a livestock market about 10 km from Kidal, a councillor said.")
    events = read(text)
    assert [(e.place, e.date, e.killed) for e in events] == [("Kidal", dt.date(2024, 3, 10), 7)]


def test_an_opening_frame_of_place_says_where_the_struck_town_lies():
    events = read("In the Bekaa Valley, Israeli jets struck a warehouse on the outskirts of Hermel on Friday, "
                  "killing two men, a security source said.", published=dt.date(2024, 5, 11))
    assert [e.place for e in events] == ["Hermel"]


def test_where_drones_were_launched_from_is_not_their_attacker():
    text = ("Explosive drones launched from Lebanon hit the border town of Kiryat Shmona on Monday, wounding two "
            "soldiers, police said. Hezbollah claimed the attack.")
    events = read(text, published=dt.date(2024, 3, 5))
    assert [(e.place, e.actor) for e in events] == [("Kiryat Shmona", "Hezbollah")]


def test_a_campaigns_statistics_listing_areas_are_no_strikes():
    text = ("A Turkish drone struck a car near Sidakan on Sunday, killing two fighters, officials said. "
            "The ministry says its aircraft have hit more than 400 targets this year, most of them in the "
            "Zap, Avashin and Basyan areas.")
    events = read(text, published=dt.date(2023, 6, 12))
    assert [e.place for e in events] == ["Sidakan"]


def test_where_people_protested_is_not_struck():
    text = ("Iranian drones struck a camp near Koya on Monday, killing one man, officials said. "
            "Protesters rallied in Sulaymaniyah on Tuesday, carrying photographs of people killed in earlier strikes.")
    events = read(text, published=dt.date(2022, 9, 29))
    assert [e.place for e in events] == ["Koya"]


def test_a_strike_dated_only_by_an_earlier_year_is_background():
    text = ("Unidentified jets bombed a market in Jilib on Monday, killing five traders, elders said. "
            "In 2019, US aircraft were accused of bombing villages near Jamaame.")
    events = read(text, published=dt.date(2024, 2, 14))
    assert [e.place for e in events] == ["Jilib"]


def test_an_ongoing_campaign_is_no_strike():
    events = read("The mayor said in Kharkiv that no city could be safe while Russia continues its air attacks "
                  "on Zaporizhzhia.", published=dt.date(2024, 5, 3))
    assert events == []


def test_a_homonym_is_the_one_in_a_province_the_article_names():
    text = ("Russian guided bombs struck a house in Zolochiv on Sunday, killing one man, officials said. "
            "The town lies north-west of Kharkiv, near the border.")
    [event] = read(text, published=dt.date(2024, 9, 2))
    assert event.place == "Zolochiv" and event.lon is not None and event.lon > 30  # not the Zolochiv near Lviv


def test_a_dateline_village_known_only_in_its_country_places_the_strike_its_lead_tells():
    text = ("AIN EBEL, Lebanon (AP) — Six people died on Tuesday when Israeli jets bombed a home in a hillside "
            "village of southern Lebanon, the Health Ministry said.\n\nIsrael and Hezbollah have traded fire for months.")
    [event] = read(text, published=dt.date(2024, 8, 21))
    assert (event.place, event.country, event.geo_precision) == ("Ain Ebel", "LB", 2)


def test_a_bearing_from_a_reference_point_is_not_the_place_struck():
    events = read("The ministry said Ukraine had used drones to attack the Khalino air base in the Kursk region, "
                  "southwest of Moscow, on Friday, killing two servicemen.", published=dt.date(2024, 5, 18))
    assert [(e.place, e.country, e.killed) for e in events] == [("Khalino", "RU", 2)]


def test_an_attacker_in_doubt_between_two_sides_is_not_carried_over():
    text = ("Government jets bombed Douma on Monday, killing 12 people, the monitor said. "
            "Raids on Harasta on Tuesday killed nine. "
            "The monitor said it could not tell whether Syrian or Russian aircraft had carried out Tuesday's raids.")
    events = read(text, published=dt.date(2018, 2, 21))
    assert [(e.place, e.actor) for e in events] == [("Douma", "Syria (government)"), ("Harasta", "unknown")]


@pytest.mark.parametrize("unclaimed", ["No group has claimed responsibility for the attack.",
                                       "Nobody claimed the strike.", "There was no immediate claim of responsibility."])
def test_a_strike_nobody_claimed_keeps_no_attacker_carried_over(unclaimed):
    text = ("Russian jets bombed Ariha on Saturday, killing four people, rescuers said.\n\n"
            f"A drone fired on a pickup in Taftanaz on Sunday, killing three men. {unclaimed}")
    events = read(text, published=dt.date(2025, 5, 6))
    assert [(e.place, e.actor) for e in events] == [("Ariha", "Russia"), ("Taftanaz", "unknown")]


def test_a_titles_second_story_lends_its_side_to_none_of_the_first():
    text = ("Drone strike on a lorry near Taftanaz kills three; Turkey hits sites near Tal Rifaat\n\n"
            "BEIRUT, May 4 (Wire) - A drone struck a lorry on the road outside Taftanaz in Idlib province on Sunday "
            "afternoon, killing the driver and two passengers, rescuers said.")
    events = read(text, published=dt.date(2025, 5, 5))
    assert [(e.place, e.actor) for e in events] == [("Taftanaz", "unknown")]


def test_a_blame_for_both_attacks_reaches_the_first_place_however_often_the_second_was_retold():
    text = ("Drones struck a fuel depot in Port Sudan and the airport in Kassala on Tuesday, the army said. "
            "At Kassala, drones set fire to the terminal roof. Later a second wave of drones hit Kassala airport, "
            "killing two workers. The army blamed the RSF for both attacks.")
    events = read(text, published=dt.date(2025, 6, 18))
    assert [(e.place, e.actor) for e in events] == [("Port Sudan", "Rapid Support Forces"), ("Kassala", "Rapid Support Forces")]


@pytest.mark.parametrize("claim", ["In a statement later that day, the Israeli military called its target a weapons smuggler.",
                                   "The IDF said its target was a weapons smuggler."])
def test_the_side_that_names_its_target_claims_the_strike(claim):
    text = ("NABATIEH, Lebanon - A man died on Wednesday morning when a drone fired at his car near the town of "
            f"Kfar Roummane, the municipality said.\n\n{claim}")
    events = read(text, published=dt.date(2024, 11, 6))
    assert [(e.place, e.actor) for e in events] == [("Kfar Roummane", "Israel")]


def test_warplanes_of_unknown_origin_take_no_side_from_the_strike_before():
    text = ("LATAKIA, Syria - Israeli jets struck a radar post near Qardaha on Thursday, the monitor said.\n\n"
            "Warplanes of unknown origin struck a depot outside Baniyas early on Friday, killing two guards, officials said.")
    events = read(text, published=dt.date(2026, 2, 6))
    assert [(e.place, e.actor) for e in events] == [("Qardaha", "Israel"), ("Baniyas", "unknown")]


def test_a_strike_of_a_wars_first_weeks_is_background_not_the_news():
    text = ("LATAKIA, Syria - Warplanes struck a depot outside Baniyas early on Friday, killing two guards, officials said.\n\n"
            "The town has been hit before. Israeli jets struck a radar site near the town in the first weeks after the "
            "regime's collapse, residents said.")
    events = read(text, published=dt.date(2026, 2, 6))
    assert [(e.place, e.actor, e.killed) for e in events] == [("Baniyas", "unknown", 2)]


def test_an_unknown_place_in_a_raids_list_of_one_locality_is_of_that_locality():
    text = ("Syrian government jets hit Saraqeb, Sarmin and Tell Abu Kharouf on Monday, "
            "killing 30 civilians, the monitor said.")
    events = read(text, published=dt.date(2018, 2, 20))
    assert [(e.place, e.killed) for e in events] == [("Saraqeb", 30)]


def test_a_salvo_fired_at_a_base_is_a_missile_strike():
    events = read("Iran launched a volley of ballistic missiles at the Harir air base in the Erbil region early on "
                  "Tuesday, officials said.", published=dt.date(2024, 1, 16))
    assert [(e.place, e.actor, e.date) for e in events] == [("Harir", "Iran", dt.date(2024, 1, 16))]


def test_the_attacker_a_follow_up_names_is_the_headlines_strikes():
    text = ("Toll rises to 14 after missile strike on Chernihiv\n\n"
            "The toll from three Russian missiles that hit central Chernihiv on Wednesday has risen to 14 dead, "
            "officials said on Thursday.")
    events = read(text, published=dt.date(2024, 4, 18))
    assert [(e.place, e.actor, e.killed) for e in events] == [("Chernihiv", "Russia", 14)]


def test_a_village_named_after_a_capital_is_not_the_capital():
    events = read("Sudanese army drones struck a market near the village of Kabul on Friday, killing five traders, "
                  "residents said.", published=dt.date(2024, 6, 9))
    assert [e.place for e in events] == ["Kabul"]
    assert events[0].country != "AF"  # unlocated, or a Sudanese Kabul: never Afghanistan's capital


def test_an_undated_toll_is_the_strike_on_that_place_told_next():
    text = ("KHARKIV, Ukraine, May 20, 2024 (AP) — The market bombing in Kharkiv has now killed 11 people, "
            "officials said on Monday.\n\n"
            "Two guided bombs struck the market in Kharkiv on Sunday afternoon, the governor said.\n\n"
            "On Friday, a Russian drone hit a fuel depot in Kharkiv, killing two workers.")
    events = read(text)
    assert sorted((e.date, e.killed) for e in events) == [(dt.date(2024, 5, 17), 2), (dt.date(2024, 5, 19), 11)]


def test_bombs_that_tore_through_a_place_in_a_report_of_air_attacks_are_a_strike():
    text = ("Israeli air strikes pounded the Nuseirat refugee camp on Thursday for a second day, officials said.\n\n"
            "On Wednesday, bombs tore through a row of houses in the camp. Doctors said 30 people were killed in that strike.")
    events = read(text, published=dt.date(2023, 11, 9))
    assert sorted((e.date, e.killed) for e in events) == [(dt.date(2023, 11, 8), 30), (dt.date(2023, 11, 9), None)]


def test_an_attack_overnight_is_dated_the_morning_it_is_reported():
    [event] = read("KYIV, Ukraine, March 14, 2025 (AP) — Russian drones struck an apartment block in Sumy overnight, "
                   "killing two people, officials said.")
    assert event.date == dt.date(2025, 3, 14)


def test_interceptions_with_no_one_hurt_are_no_strike():
    text = ("Russian missiles struck a power plant in Kharkiv on Friday, killing one worker, officials said. "
            "Air defences shot down 20 of the 25 cruise missiles fired at eastern Ukraine, the military said.")
    events = read(text, published=dt.date(2025, 3, 8))
    assert [e.place for e in events] == ["Kharkiv"]

    text = ("Drones hit a fuel store in Kosti on Sunday, killing two guards. On Monday night air defences in "
            "Kassala fired at what officers said were three drones heading for the airport.")
    assert [e.place for e in read(text, published=dt.date(2025, 3, 11))] == ["Kosti"]

def test_where_most_strikes_fell_is_a_summary_not_strikes():
    text = ("Russian missiles struck a power plant in Kharkiv on Friday, killing one worker, officials said. "
            "Most of the strikes hit gas facilities in the Poltava, Sumy and Chernihiv regions, the ministry said.")
    events = read(text, published=dt.date(2025, 3, 8))
    assert [e.place for e in events] == ["Kharkiv"]


def test_the_dead_of_a_force_are_victims_not_attackers():
    events = read("An air strike on Monday destroyed a villa near Damascus, killing five officers of the Revolutionary "
                  "Guards, Syrian state media said.", published=dt.date(2023, 12, 27))
    assert [e.actor for e in events] == ["unknown"]


def test_a_blame_that_names_an_attack_by_its_place_attributes_that_one_only():
    text = ("Iran fired drones and missiles toward Israel on Saturday night. Several missiles struck a base near "
            "Arad, causing minor damage, the army said. Days earlier, on April 8, an air strike on a compound in "
            "Damascus killed six people. Tehran blamed Israel for the Damascus raid.")
    events = read(text, published=dt.date(2024, 4, 15))
    assert sorted((e.place, e.actor) for e in events) == [("Arad", "Iran"), ("Damascus", "Israel")]


def test_an_attack_made_on_the_ground_is_no_air_strike():
    text = ("Kenyan jets struck militants near Kulbiyow on Monday, killing 12, the army said. "
            "Saturday's attack on the Kulbiyow camp opened with a truck bomb at its entrance before gunmen stormed it.")
    events = read(text, published=dt.date(2017, 1, 31))
    assert [(e.place, e.date) for e in events] == [("Kulbiyow", dt.date(2017, 1, 30))]


def test_last_years_attacks_are_background_and_most_of_the_dead_is_a_toll():
    text = ("US aircraft struck a training camp outside Zliten on Friday, killing 30 people, officials said. "
            "Its target was a recruiter said to have planned last year's attacks on a hotel in Sousse. "
            "The Zliten raid's death toll rose to 41, most of them young recruits, the mayor said.")
    events = read(text, published=dt.date(2016, 2, 20))
    assert [(e.place, e.killed) for e in events] == [("Zliten", 41)]


def test_debris_of_a_downed_drone_that_kills_is_an_impact():
    [event] = read("Debris from a downed Ukrainian drone fell on a house in Belgorod on Tuesday, killing a woman, "
                   "the governor said.", published=dt.date(2024, 4, 3))
    assert (event.place, event.actor, event.killed) == ("Belgorod", "Ukraine", 1)


def test_a_place_named_port_is_a_place_not_a_site():
    events = read("Drones hit fuel tanks in Port Sudan and Kassala's airport on Tuesday, the army said.",
                  published=dt.date(2025, 6, 18))
    assert sorted(e.place for e in events) == ["Kassala", "Port Sudan"]


def test_missiles_fired_at_a_base_that_defences_then_stopped_every_one_of_are_no_strike():
    fired = "Late on Tuesday the militia fired ballistic missiles at the Harir air base north of Erbil."
    assert read(f"{fired} Air defences intercepted all of the incoming missiles, and there were no casualties, officials said.",
                dt.date(2024, 3, 6)) == []
    # (what got through, or what fell of them, struck)
    assert [e.place for e in read(f"{fired} Its air defences shot down all of them, but debris struck a hangar.",
                                  dt.date(2024, 3, 6))] == ["Harir"]


def test_debris_that_only_fell_and_hurt_no_one_told_next_is_no_strike():
    told = "Debris of a drone shot down above Jhelum landed beside a football ground"
    assert read(f"{told}. No one was hurt there, police said.", dt.date(2025, 5, 8)) == []
    # (debris that burned something struck)
    assert [e.place for e in read(f"{told} and set a shop on fire. No one was hurt, police said.", dt.date(2025, 5, 8))] \
        == ["Jhelum"]


def test_drones_a_side_was_able_to_intercept_and_destroy_are_no_strike():
    assert read("The spokesman said air defences were able on Monday morning to intercept and destroy three explosive-laden "
                "drones launched by the rebels to target civilians in Najran and Abha.", dt.date(2021, 4, 5)) == []


def test_drones_destroyed_in_the_air_with_nobody_hurt_are_no_strike():
    assert read("In the Poltava region, the governor said all drones over the region were destroyed in the air "
                "and nobody was hurt.", dt.date(2024, 10, 26)) == []
    assert read("The rebels said they fired a missile at Eilat on Friday; the army reported shooting it down over the sea.",
                dt.date(2024, 10, 26)) == []
    assert read("Air defences shot down 3 guided bombs and 25 unmanned aerial vehicles over the Voronezh and Lipetsk regions, "
                "the ministry said on Sunday.", dt.date(2024, 10, 27)) == []


def test_a_habit_or_a_campaign_resumed_is_no_strike():
    assert read("Ankara has carried out regular drone strikes on militant hideouts in the mountains near Amadiya.",
                dt.date(2023, 9, 14)) == []
    assert read("It was the heaviest raid on Saada since Washington resumed its bombing of the rebels in March.",
                dt.date(2025, 4, 20)) == []


def test_a_force_saying_its_aircraft_flew_no_missions_reports_none():
    assert read("The air base command said on Tuesday that its aircraft carried out no missions near Kafr Nabl that day.",
                dt.date(2019, 5, 28)) == []


def test_a_count_over_the_past_day_is_no_strike_of_its_own():
    events = read("Russian jets bombed a bakery in Vovchansk on Monday, killing two people. "
                  "Regional officials said shelling and glide bombs hit border villages near Krasnopillia 31 times over the past day.",
                  dt.date(2024, 8, 6))
    assert [e.place for e in events] == ["Vovchansk"]


def test_a_strike_last_year_is_background_but_a_kidnapping_last_year_is_not_the_strikes_day():
    assert read("In a strike last year on a bakery in Jenin, nine people were killed, the ministry said.",
                dt.date(2025, 2, 3)) == []
    [event] = read("Two aid workers kidnapped last year died when American jets bombed a compound "
                   "outside Derna on Friday, officials said.", dt.date(2016, 3, 5))
    assert (event.place, event.date) == ("Derna", dt.date(2016, 3, 4))


def test_troops_repelling_an_attack_is_no_air_strike():
    events = read("Army jets bombed a militant camp near Gwoza on Saturday, killing 12 fighters, the air force said. "
                  "On the ground, soldiers repelled an attack on Bama on Sunday night, killing five insurgents.",
                  dt.date(2024, 6, 11))
    assert [e.place for e in events] == ["Gwoza"]


def test_attacks_across_several_regions_are_a_campaigns_area():
    assert read("The envoy said investigators had documented air attacks on clinics and schools across Sennar, "
                "Kordofan and Blue Nile on Monday.", dt.date(2025, 3, 11)) == []


def test_in_a_round_up_a_well_known_town_is_read_in_its_own_country():
    text = ("Russian missiles struck a power plant in Kharkiv, Ukraine, on Sunday, killing three workers, "
            "Ukrainian officials said. Drones also hit a depot in Poltava, Ukraine, on Sunday.\n\n"
            "In Syria, Turkish drones struck a car near Qamishli on Sunday, killing two fighters, a monitor said.")
    events = read(text, dt.date(2024, 2, 5))
    assert {e.place: e.country for e in events}["Qamishli"] == "SY"


def test_a_downed_drone_that_falls_on_a_house_is_an_impact():
    [event] = read("A downed Russian drone fell on a house in Pavlohrad on Friday, killing one woman, the governor said.",
                   dt.date(2024, 2, 4))
    assert (event.place, event.actor, event.killed) == ("Pavlohrad", "Russia", 1)


def test_a_command_named_without_its_country_is_the_united_states():
    events = read("On Feb. 3, at about 4 p.m., U.S. Central Command forces conducted airstrikes against militia depots "
                  "near Akashat in western Iraq.", dt.date(2024, 2, 4))
    assert [(e.place, e.actor) for e in events] == [("Akashat", "United States")]


def test_bombs_released_over_a_town_strike_that_town():
    [event] = read("Residents said a jet dropped two bombs over Kyunhla, a town in the north of Sagaing Region, "
                   "on Tuesday afternoon, killing six people.", dt.date(2023, 6, 28))
    assert (event.place, event.killed) == ("Kyunhla", 6)


def test_a_town_framing_the_sentence_is_struck_and_the_bearing_after_it_is_a_reference():
    [event] = read("In Holon, south of Tel Aviv, a missile hit a school before dawn on Monday, wounding two guards.",
                   dt.date(2025, 6, 16))
    assert event.place == "Holon"


def test_hundreds_of_strikes_over_months_are_a_campaign_even_beside_a_town():
    assert read("Since the spring, the air force has carried out hundreds of strikes on depots near Kisweh "
                "and moved troops into a U.N.-patrolled zone.", dt.date(2025, 8, 28)) == []


def test_a_list_after_a_colon_gives_the_places_of_the_attack_it_completes():
    text = ("On Feb. 2 at about 11 p.m., U.S. forces conducted airstrikes on militia facilities in Iraq.\n\n"
            "The strikes hit command posts and depots at two locations:\n"
            "- a logistics compound near Al Qaim, in Anbar province; and\n"
            "- a weapons store in Akashat.\n\n"
            "The facilities struck were destroyed, the statement said.")
    events = read(text, dt.date(2024, 2, 3))
    assert sorted((e.place, e.actor, e.date) for e in events) == [
        ("Akashat", "United States", dt.date(2024, 2, 2)), ("Al Qaim", "United States", dt.date(2024, 2, 2))]


def test_a_sentence_that_lists_the_targets_of_the_attack_told_before_opens_its_list():
    text = ("Jordanian jets struck smuggling gangs across the border in Syria early on Tuesday, the army said.\n\n"
            "A spokesman listed the sites:\n"
            "- a farm used as a depot near Salkhad;\n"
            "- a house in Shahba.\n")
    events = read(text, dt.date(2024, 1, 9))
    assert sorted((e.place, e.date, e.actor) for e in events) == [
        ("Salkhad", dt.date(2024, 1, 9), "Jordan"), ("Shahba", dt.date(2024, 1, 9), "Jordan")]


def test_the_city_is_the_one_the_sentence_before_opens_on_not_the_last_town_struck():
    text = ("A drone hit a garage in Bilozerka on Monday morning, injuring a man, the regional governor said.\n\n"
            "Kherson has been among the most heavily attacked cities this autumn. On Sunday evening a guided bomb struck "
            "the city, wounding three.")
    events = read(text, dt.date(2024, 9, 16))
    assert sorted((e.place, e.date) for e in events) == [("Bilozerka", dt.date(2024, 9, 16)), ("Kherson", dt.date(2024, 9, 15))]


def test_bases_struck_in_the_provinces_of_a_list_are_no_bases_an_attack_came_from():
    events = read("Israeli jets struck air bases in the provinces of Kermanshah and Hamadan early on Saturday, "
                  "the general staff said.", dt.date(2024, 10, 26))
    assert [e.place for e in events][:1] == ["Kermanshah"]


def test_a_raid_framed_by_another_country_is_another_raid():
    text = ("Turkish jets bombed militant positions in Iraq and Syria early on Monday, the ministry said. "
            "In Iraq, officials said three guards died when bombs hit a checkpoint near Zakho. "
            "In Syria, a Kurdish group reported that the raid on Amuda flattened its headquarters. "
            "It said nine of its fighters were killed.")
    events = read(text, dt.date(2023, 4, 25))
    assert {e.place: e.killed for e in events} == {"Zakho": 3, "Amuda": 9}


def test_the_second_of_two_bases_attacked_in_one_sentence_is_struck_too():
    """ "attacked the A air base in X region, ..., and the B air base in Y region": both bases were
    hit, and neither region is a base the attack came from."""
    events = read("Long-range drones attacked the Millerovo air base in Rostov oblast, close to the border, "
                  "and the Borisoglebsk air base in the Voronezh oblast before dawn, Kyiv's intelligence agency said on Sunday.")
    assert sorted(e.place for e in events) == ["Borisoglebsk", "Millerovo"]


def test_a_gathering_fired_on_is_where_the_strike_fell():
    """ "gathered in X" says where a protest was, unless the gathering is what was fired on."""
    [event] = read("A drone fired on villagers gathered in the village of Qabatiya on Friday, killing two men, "
                   "the health ministry said.", published=dt.date(2025, 2, 8))
    assert (event.place, event.date) == ("Qabatiya", dt.date(2025, 2, 7))


def test_a_town_that_frames_the_sentence_is_the_place_when_only_its_state_follows():
    """ "In X, the main town of Y State, jets bombed ...": the frame is more precise than the state."""
    [event] = read("In Lashio, the main town of northern Shan State, two military jets bombed a market on Sunday, "
                   "killing five people.", published=dt.date(2024, 3, 11))
    assert (event.place, event.killed) == ("Lashio", 5)


def test_a_regional_lead_over_two_days_is_the_detailed_strike_of_either_day():
    events = read("Junta aircraft bombed villages in Sagaing Region and Magway Region on Saturday and Sunday, "
                  "killing 12 people, residents said.\nIn Kani, a town in Sagaing Region, one jet released a pair of bombs "
                  "on a school on Sunday, killing seven children.", published=dt.date(2024, 3, 11))
    assert [(e.place, e.date) for e in events] == [("Magway Region", dt.date(2024, 3, 9)), ("Kani", dt.date(2024, 3, 10))]


def test_diplomacy_and_talk_of_violence_in_general_place_no_strike():
    """A summoned diplomat's city, and "the cycle of attack and counter-attack" said of a town in
    talks, are not strikes."""
    events = read("Turkish drones struck a vehicle near Sinjar on Tuesday, killing two fighters, officials said.\n"
                  "The men belonged to a local militia, a spokesman said.\nThe militia has held the district since 2017.\n"
                  "Its leaders called for calm.\nThe Iraqi foreign ministry summoned Turkey's chargé d'affaires in Baghdad "
                  "and said the attacks were unacceptable.\nAn envoy working on a deal for the port town of Umm Qasr said the cycle "
                  "of attack and reprisal was eroding trust.", published=dt.date(2023, 9, 14))
    assert [e.place for e in events] == ["Sinjar"]


def test_a_strike_at_a_place_last_year_is_background_but_a_kidnapping_last_year_is_not_a_strike():
    events = read("Drones struck a fuel truck near Bahir Dar on Monday, killing three people, residents said.\n"
                  "Rights groups have recorded many such attacks in the zone, including one on a bus in Debre Markos last year.\n"
                  "Two aid workers kidnapped in Gondar last year died on Tuesday when drones bombed a farm near Dangila, "
                  "officials said.", published=dt.date(2024, 10, 9))
    assert [e.place for e in events] == ["Bahir Dar", "Dangila"]


def test_the_side_blamed_and_the_militants_named_are_not_places():
    events = read("A raid that the rebels blame on Washington hit the town of Bajil on Monday, killing three farmers.\n"
                  "Drones aimed at Islamist militants in two villages killed dozens of herders on Sunday, witnesses said.",
                  published=dt.date(2025, 3, 4))
    assert [(e.place, e.actor) for e in events] == [("Bajil", "United States")]


def test_a_time_stamp_line_dates_no_strike():
    """A page's time stamp under the headline is when the page was written; "last night" in the
    dateline's sentence is the strike's day."""
    [event] = read("Jet raid kills five in Paktika, officials say\n2025-10-18 06:10:33\nKABUL, Oct 18 (Agencies) -- "
                   "A Pakistani air raid killed five civilians in Paktika province last night.", published=dt.date(2025, 10, 18))
    assert event.date == dt.date(2025, 10, 17)


def test_a_year_that_describes_a_place_does_not_make_its_strike_background():
    events = read("Drones hit El Obeid on Sunday, killing four.\nOther drones struck Um Rawaba, a town retaken "
                  "by the army in 2024, killing two.", published=dt.date(2025, 3, 4))
    assert [(e.place, e.killed) for e in events] == [("El Obeid", 4), ("Um Rawaba", 2)]


def test_an_armys_stance_on_civilian_deaths_attributes_no_strike():
    events = read("An Israeli strike on a flat in Nuseirat killed six people late on Sunday.\nA second strike, on "
                  "Sunday evening, wrecked a clinic in Bureij and killed three people.\nThe army says it aims only at "
                  "fighters and blames Hamas for every civilian death.", published=dt.date(2024, 12, 16))
    assert {e.actor for e in events} == {"Israel"}


def test_the_kurdistan_region_of_iraq_is_in_iraq():
    events = read("ERBIL, Iraq: Turkish drones killed two fighters on Friday in the Kurdistan region of Iraq, officials said.\n"
                  "A drone hit a car in the town of Soran, killing two people.", published=dt.date(2024, 6, 15))
    assert [(e.place, e.country) for e in events] == [("Soran", "IQ")]


def test_a_strike_on_a_village_of_a_township_is_the_village_named_next():
    events = read("A Myanmar junta air strike on one village of Budalin Township on Sunday killed five civilians, residents said.\n"
                  "The raid on Ayadaw, a short drive north of the town, came at noon.", published=dt.date(2024, 2, 12))
    assert [(e.place, e.killed) for e in events] == [("Ayadaw", 5)]


def test_a_country_named_by_its_junta_is_where_its_strikes_fall():
    """ "Myanmar's junta" bombs at home: the name is the theatre, though it names the attacker."""
    [event] = read("A Myanmar junta jet bombed the village of Kani on Sunday, killing four people, residents said.",
                   published=dt.date(2024, 2, 12))
    assert (event.place, event.country) == ("Kani", "MM")


def test_a_strike_in_a_region_of_several_provinces_is_the_town_told_inside_it():
    events = read("Army drones killed ten people in Darfur on Monday, medics said.\nA drone hit the cattle market in "
                  "Nyala on Monday afternoon, killing ten traders.", published=dt.date(2024, 5, 14))
    assert [(e.place, e.killed) for e in events] == [("Nyala", 10)]


def test_headlines_listed_under_related_news_are_other_reports():
    events = read("A Russian glide bomb hit a shop in Lyman, Donetsk region, on Monday, wounding two men, the governor said.\n\n"
                  "Read also:\n\nFive hurt in Nikopol after a Russian drone dropped a grenade on a minibus - RMA\n\n"
                  "Drone attack on Sumy: two wounded\n\nRescue crews worked at the shop until night.",
                  published=dt.date(2025, 3, 4))
    assert [e.place for e in events] == ["Lyman"]


def test_parts_of_a_downed_drone_that_land_are_the_impact_and_the_interception_is_none():
    events = read("Overnight Russian forces sent attack drones against the Kherson region, and air defence units downed "
                  "eleven of them over the region.\nParts of a drone that had been shot down landed in Beryslav district, "
                  "where a shed caught fire.", published=dt.date(2024, 7, 16))
    assert [(e.place, e.actor) for e in events] == [("Beryslav", "Russia")]


def test_a_countrys_quarter_is_no_place():
    """ "the North East" of Nigeria is held by the index only as a district of Botswana."""
    events = read("The Nigerian Air Force says its jets killed scores of insurgents in the North East on Thursday.",
                  published=dt.date(2024, 5, 5))
    assert [e.place for e in events] == []


def test_a_side_that_confirms_an_attack_is_its_reporter_not_its_author():
    [event] = read("On Tuesday, the coalition confirmed a cruise missile sent by the Houthis had landed at Abha airport. "
                   "No injuries were reported.", published=dt.date(2019, 8, 29))
    assert event.actor == "Houthis"


def test_a_bulletins_country_headings_part_its_wars():
    """Under "Ukraine", a strike left unattributed is not the Israeli one told under "Lebanon", and lies in Ukraine."""
    events = read("Lebanon\n\nAn Israeli drone struck a motorbike near Tyre on 10 August, killing its rider.\n\nUkraine\n\n"
                  "Yesterday, a guided bomb hit a bakery in Kupiansk, killing four civilians.", published=dt.date(2024, 8, 12))
    assert [(e.place, e.country, e.actor) for e in events] == [("Tyre", "LB", "Israel"), ("Kupiansk", "UA", "unknown")]


def test_a_side_that_only_reports_a_strike_at_home_was_hit_by_the_side_under_discussion():
    text = ("Russia fired 60 drones at Ukraine overnight. Ukraine's air force said one drone struck a "
            "warehouse in Lviv, wounding a guard.")
    [event] = read(text, published=dt.date(2024, 9, 4))
    assert (event.place, event.actor) == ("Lviv", "Russia")


def test_a_side_that_reports_a_strike_abroad_is_still_its_attacker():
    text = ("Hezbollah fired rockets at Kiryat Shmona on Monday. The Israeli army said a strike "
            "killed two fighters in Nabatieh that night.")
    [event] = read(text, published=dt.date(2024, 9, 4))
    assert (event.place, event.actor) == ("Nabatieh", "Israel")


def test_a_government_reporting_a_strike_at_home_with_no_other_side_named_keeps_it():
    [event] = read("The Nigerian Air Force said a strike killed 12 fighters near Bama on Tuesday.",
                   published=dt.date(2024, 9, 4))
    assert (event.place, event.actor) == ("Bama", "Nigeria")


def test_a_side_named_as_the_backer_of_a_source_is_not_the_attacker():
    [event] = read("Two fishermen died on Sunday when a drone struck a boat near Kosti, according to the "
                   "army-aligned Resistance Forces.", published=dt.date(2025, 2, 4))
    assert (event.place, event.actor) == ("Kosti", "unknown")


def test_the_side_whose_troops_were_hit_is_not_the_attacker_carried_over():
    text = ("American jets bombed militia depots near Abu Kamal on Sunday. Hours later, a drone was fired "
            "at a base near Shaddadi, wounding three US soldiers.")
    events = read(text, published=dt.date(2024, 1, 9))
    assert [(e.place, e.actor) for e in events] == [("Abu Kamal", "United States"), ("Shaddadi", "unknown")]


def test_a_military_air_raid_is_the_forces_of_the_country_it_struck():
    [event] = read("A military air raid on a gang's camp near Gusau killed nine herders by mistake on Monday, "
                   "officials said.", published=dt.date(2024, 1, 9))
    assert (event.place, event.actor) == ("Gusau", "Nigeria")


def test_a_group_named_before_its_quoted_weapon_is_still_carried_as_the_attacker():
    text = ("The RSF attacked Kosti with drones on Monday, wounding four. On Tuesday, RSF \"kamikaze\" drones "
            "struck a power station in Rabak, officials said.")
    events = read(text, published=dt.date(2025, 5, 7))
    assert [(e.place, e.actor) for e in events] == [("Kosti", "Rapid Support Forces"), ("Rabak", "Rapid Support Forces")]


def test_what_a_strike_follows_is_another_event():
    text = ("Army jets bombed Kadugli on Sunday, killing four. The raids follow a large RSF attack "
            "two days earlier on Sennar that drove families from their homes.")
    events = read(text, published=dt.date(2025, 5, 4))
    assert [e.place for e in events] == ["Kadugli"]


def test_a_sides_aggression_in_its_enemys_media_names_the_attacker():
    [event] = read("The US-British aggression bombed a farm in Zabid with three air raids on Sunday evening, "
                   "the agency said.",
                   published=dt.date(2024, 2, 6))
    assert (event.place, event.actor) == ("Zabid", "United States")


def test_the_attacker_of_a_headline_that_places_nothing_is_carried_to_the_body():
    text = ("Israeli strikes kill 15 across southern Gaza, medics say\n\n"
            "Seven of the dead were in a house in Bani Suheila that a strike hit on Monday night, a medic said.")
    [event] = read(text, published=dt.date(2024, 2, 6))
    assert (event.place, event.actor) == ("Bani Suheila", "Israel")


def test_a_strike_whose_attacker_the_report_says_it_does_not_know_takes_no_side():
    text = ("A Turkish drone killed a fighter near Qamishli on Monday, the SDF said. Hours later, a drone struck "
            "a checkpoint near Derbasiyah and wounded two guards. Local officials would not say whose aircraft it was.")
    events = read(text, published=dt.date(2024, 3, 12))
    assert [(e.place, e.actor) for e in events] == [("Qamishli", "Turkey"), ("Derbasiyah", "unknown")]


def test_a_broadcaster_named_after_the_army_is_a_source_not_the_attacker():
    [event] = read("The National Army Radio said two air strikes hit Jilib on Tuesday night, killing "
                   "nine militants.", published=dt.date(2024, 3, 13))
    assert (event.place, event.actor) == ("Jilib", "unknown")


def test_a_drone_that_smashed_into_a_building_struck_it_and_a_claim_of_it_names_the_attacker():
    text = ("Police said a drone flown in from the sea smashed into a warehouse in Kiryat Yam on Friday, "
            "wounding a guard. Hezbollah claimed it.")
    [event] = read(text, published=dt.date(2024, 8, 3))
    assert (event.place, event.actor, event.wounded) == ("Kiryat Yam", "Hezbollah", 1)


def test_a_missile_that_came_down_inside_a_place_struck_it():
    [event] = read("Officials said a missile fired by the Houthis overnight had come down inside a scrapyard "
                   "in Eilat.", published=dt.date(2024, 8, 3))
    assert (event.place, event.actor) == ("Eilat", "Houthis")


def test_a_town_told_next_replaces_the_city_a_strike_was_placed_from():
    text = ("A drone struck a truck south of Kirkuk on Monday, killing three, police said. The truck was on "
            "the highway near Taza when it was hit, one officer said.")
    [event] = read(text, published=dt.date(2023, 12, 5))
    assert (event.place, event.killed) == ("Taza", 3)


def test_a_block_of_headline_links_above_a_report_is_not_read_as_strikes():
    text = ("- Drone strike kills four in Kutum\n\n- Three dead as jets bomb market near Nyala\n\n"
            "Army jets bombed Mellit on Saturday, killing two herders, residents said.")
    events = read(text, published=dt.date(2024, 6, 2))
    assert [e.place for e in events] == ["Mellit"]


def test_a_summarys_points_told_in_full_without_their_stops_are_news_not_links():
    text = ("Israeli jets struck a depot near Baalbek on Saturday, killing three, the ministry said.\n\nWhat else happened\n"
            "- A car near Sidon on the coast road was struck by an Israeli drone, and both men inside died, the state agency "
            "reported\n"
            "- Israeli jets struck rocket launchers outside Kfar Kila early on Saturday, the military said; nobody was hurt, "
            "it added")
    events = read(text, published=dt.date(2024, 8, 18))
    assert [e.place for e in events] == ["Baalbek", "Sidon", "Kfar Kila"]


def test_a_long_point_after_short_ones_in_a_box_of_what_is_known_is_news():
    text = ("Army jets bombed the livestock market in Kutum on Monday, killing 20 traders, residents said.\n\n"
            "Key facts\n- The raid hit the livestock market in Kutum on Monday\n- At least 20 people died, residents say\n"
            "- Jets also bombed the town of Tawila, west of El Fasher, on Sunday; people there reported damaged homes but "
            "gave no toll")
    assert [e.place for e in read(text, published=dt.date(2024, 12, 10))] == ["Kutum", "Tawila"]


def test_an_attack_measured_against_the_war_is_one_attack_not_the_wars_toll():
    text = ("One of Russia's heaviest missile attacks of the war has killed at least 19 people across Ukraine, including "
            "11 in Dnipro, where a missile struck a shopping centre, officials said on Monday.")
    assert [(e.place, e.killed) for e in read(text, published=dt.date(2024, 7, 8))] == [("Dnipro", 11)]
    assert read("So far the war has killed over 10,000 civilians; a missile hit a school in Dnipro.",
                published=dt.date(2024, 7, 8)) == []


def test_a_strike_near_a_city_that_names_its_province_is_near_the_city():
    [event] = read("Four people died on Sunday when Israeli jets bombed a garage near the city of Nabatieh in the south.",
                   published=dt.date(2024, 8, 18))
    assert (event.place, round(event.lat, 2), round(event.lon, 2)) == ("Nabatieh", 33.38, 35.48)   # the town, not the governorate


def test_another_strike_in_the_same_district_is_placed_in_that_district():
    text = ("On 4 May, coalition jets bombed a minibus in Hays district of Yemen's Hudaydah province, "
            "killing five passengers. In a separate incident in the same district the previous evening, 3 May, another "
            "strike hit a farmhouse, killing two children.")
    events = read(text, published=dt.date(2018, 5, 6))
    assert [(e.place, e.date, e.killed) for e in events] == [("Hays", dt.date(2018, 5, 4), 5), ("Hays", dt.date(2018, 5, 3), 2)]


def test_a_list_of_areas_an_operation_hit_is_not_a_strike_in_each():
    text = ("\"Hideouts used by the militants in the Khakurk, Qandil and Sidakan regions were struck from the air "
            "and 30 militants were neutralised,\" the minister said on Friday.")
    assert read(text, published=dt.date(2024, 3, 8)) == []


def test_a_strike_placed_by_the_dateline_takes_the_place_told_when_it_is_told_again():
    text = ("KANDAHAR, May 3 (Reuters) - Five people died when jets bombed a village in southern Afghanistan on "
            "Friday, officials said. The bombs hit a village in Spin Boldak district.")
    [event] = read(text, published=dt.date(2024, 5, 3))
    assert (event.place, event.killed) == ("Spin Boldak", 5)


def test_the_side_that_launched_the_drones_is_their_attacker_unless_it_only_owns_the_name_of_who_did():
    [russian] = read("Drones launched by Russia hit a grain silo in Izmail overnight, wounding two workers.",
                     published=dt.date(2024, 9, 4))
    [rsf] = read("A drone sent by Sudan's paramilitary RSF hit a fuel depot in Atbara on Monday.",
                 published=dt.date(2024, 9, 4))
    assert (russian.actor, rsf.actor) == ("Russia", "Rapid Support Forces")


def test_a_raids_list_whose_first_place_was_struck_before_is_that_strikes_locality():
    text = ("Israeli jets struck a house in Khiam on Tuesday, residents said. "
            "The warplanes then carried out more than ten raids on the edges of Khiam, Qlayaa and Burj al-Muluk, "
            "the state news agency said.")
    events = read(text, published=dt.date(2024, 6, 4))
    assert [(e.place, e.actor) for e in events] == [("Khiam", "Israel")]


def test_a_town_named_after_its_market_road_or_entrance_is_the_place_struck():
    events = read("A Sudanese Air Force jet bombed the crowded central market of Ed Daein, capital of East Darfur, "
                  "on Tuesday, killing 14 people.", published=dt.date(2024, 9, 12))
    assert [(e.place, e.killed) for e in events] == [("Ed Daein", 14)]
    events = read("A Turkish drone hit a pickup truck on the road leading to Mawat in Sulaymaniyah province on Friday.",
                  published=dt.date(2024, 9, 14))
    assert [e.place for e in events] == ["Mawat"]


def test_a_charge_released_by_a_drone_and_a_place_struck_with_missiles_are_strikes():
    events = read("In the village of Glotovo a drone released an explosive charge over a barn on Sunday, wounding a farmer, "
                  "the governor said.", published=dt.date(2024, 7, 8))
    assert [(e.place, e.wounded) for e in events] == [("Glotovo", 1)]
    events = read("On Wednesday the Russian army struck Kherson with missiles, wounding four people.", published=dt.date(2024, 7, 11))
    assert [(e.place, e.actor, e.wounded) for e in events] == [("Kherson", "Russia", 4)]


def test_a_town_named_as_a_unit_of_a_district_is_that_districts_town():
    events = read("A drone dropped explosives on a compound in the Khaisur area of Mir Ali tehsil of North Waziristan "
                  "district in northwest Pakistan on Monday, killing three people.", published=dt.date(2025, 5, 20))
    assert [(round(e.lat), round(e.lon)) for e in events] == [(33, 70)]  # not the Mir Ali of Swabi, 200 km away


def test_where_the_speakers_are_is_not_the_place_their_words_name():
    events = read("Residents in Kachin State said military aircraft bombed a village near Bhamo on Tuesday, killing two.",
                  published=dt.date(2024, 2, 8))
    assert [e.place for e in events] == ["Bhamo"]
    events = read("Residents in Kafr Nabl said jets bombed the town on Tuesday, killing two.", published=dt.date(2019, 5, 9))
    assert [e.place for e in events] == ["Kafr Nabl"]


def test_in_a_round_up_of_several_wars_government_aircraft_are_those_of_the_country_struck():
    events = read("Myanmar: Junta jets bombed a village near Bhamo on 3 March, killing five.\n\n"
                  "Syria: Government aircraft struck Ariha on 4 March, killing two.", published=dt.date(2024, 3, 6))
    assert [(e.place, e.actor) for e in events] == [("Bhamo", "Myanmar (military)"), ("Ariha", "Syria (government)")]


def test_a_weapon_told_shot_down_in_the_passive_is_no_impact_but_its_falling_parts_are():
    assert read("A drone launched from Hajjah toward Najran was intercepted on Friday, the coalition said.",
                published=dt.date(2020, 3, 7)) == []
    events = read("Russian drones attacked Mykolaiv region overnight. Parts of a drone that had been shot down "
                  "landed in Bashtanka district, the governor said.", published=dt.date(2024, 5, 4))
    assert [(e.place, e.actor) for e in events] == [("Bashtanka", "Russia")]


def test_where_a_witness_lives_now_is_not_the_place_struck():
    events = read("A herder from Gubio, now living in a camp in Monguno, said jets bombed Gubio on Friday, killing four.",
                  published=dt.date(2024, 6, 12))
    assert [e.place for e in events] == ["Gubio"]
    assert read("A trader from Gubio, now living in a school in Monguno, said soldiers opened fire on Friday.",
                published=dt.date(2024, 6, 12)) == []


def test_the_aircraft_just_told_striking_a_district_of_another_province_is_another_raid():
    text = ("Coalition jets flew four sorties against Kitaf district in Saada province on Sunday, a tribal "
            "source said.\n\nThe jets then flew two sorties against Abs district in Hajjah province late on Sunday, "
            "hitting a poultry farm, the source added.")
    found = read(text, dt.date(2018, 3, 5))
    assert sorted((e.admin1, e.strikes) for e in found) == [("Hajjah", 2), ("Saada", 4)]


def test_a_province_frame_with_a_place_in_it_is_another_raid():
    text = ("Coalition jets flew four sorties against Kitaf district in Saada province on Sunday, a tribal "
            "source said.\n\nIn Hajjah province, the warplanes conducted two raids on Abs district late on Sunday, "
            "the source added.")
    assert sorted(e.admin1 for e in read(text, dt.date(2018, 3, 5))) == ["Hajjah", "Saada"]


def test_a_province_frame_with_no_place_of_its_own_speaks_of_the_raid_just_told():
    text = ("On Monday morning a Ukrainian quadcopter dropped an explosive charge onto a lorry in the town of Sudzha, the regional "
            "governor said.\n\nIn the Belgorod Region, its governor said nobody was hurt by the overnight attack.")
    assert [e.place for e in read(text, dt.date(2024, 6, 10))] == ["Sudzha"]


def test_a_partisan_wires_compound_for_the_coalition_aircraft():
    text = "The US-Saudi warplanes bombed a water project in Abs district in Hajjah province on Sunday, a source said."
    [event] = read(text, dt.date(2018, 3, 5))
    assert event.actor == "Saudi-led coalition"


def test_the_next_day_counts_forward_from_the_day_under_discussion():
    text = ("On Sunday a drone struck a bus near Debre Tabor, killing nine passengers, residents said. "
            "The next day, jets bombed a clinic in the town of Woreta, killing six people, an official said.")
    found = {e.place: e.date for e in read(text, dt.date(2024, 2, 27))}
    assert found == {"Debre Tabor": dt.date(2024, 2, 25), "Woreta": dt.date(2024, 2, 26)}


def test_the_side_residents_say_was_responsible_is_the_attacker():
    text = ("On Sunday a drone struck a bus near Debre Tabor, killing nine passengers, residents said. "
            "Villagers said the national army was responsible, as no other force there flies armed drones.")
    [event] = read(text, dt.date(2024, 2, 27))
    assert event.actor == "Ethiopia"


def test_a_government_service_that_issued_a_statement_is_not_where_a_strike_fell():
    text = ("On Sunday a drone struck a bus near Debre Tabor, killing nine passengers, residents said. "
            "The regional communication service in Bahir Dar did not comment on the strike, but a statement it "
            "released on Monday claimed security forces had destroyed extremist cells.")
    assert [e.place for e in read(text, dt.date(2024, 2, 27))] == ["Debre Tabor"]


def test_a_strike_joined_by_while_a_missile_landed_elsewhere_is_its_own():
    text = ("A depot in Tabriz was hit by Israeli jets before dawn, state television reported on Friday, while an Iranian "
            "missile landed on a road in Ashdod, wounding nine people.")
    found = {e.place: (e.actor, e.wounded) for e in read(text, dt.date(2025, 6, 20))}
    assert found == {"Tabriz": ("Israel", None), "Ashdod": ("Iran", 9)}


def test_the_second_object_of_a_strike_verb_is_struck_even_if_it_is_a_base():
    text = "Israeli jets hit a depot in Maragheh and a military base near Urmia before dawn, state media said."
    assert sorted(e.place for e in read(text, dt.date(2025, 6, 20))) == ["Maragheh", "Urmia"]


def test_a_sides_dead_so_far_is_no_toll_of_the_strike_just_told():
    text = ("An Iranian missile struck a street in Ashdod on Friday, wounding nine people, medics said. "
            "Iranian drones have killed 31 people in Israel so far, officials say.")
    [event] = read(text, dt.date(2025, 6, 20))
    assert (event.killed, event.wounded) == (None, 9)


def test_the_side_that_says_it_was_behind_the_attacks_is_the_attacker():
    text = ("Drones struck a refinery at Ras Tanura and a pumping station at Afif early on Saturday. "
            "The Houthis later said they were responsible for both raids. No casualties were reported.")
    found = {e.place: (e.actor, e.killed) for e in read(text, dt.date(2019, 9, 14))}
    assert found == {"Ras Tanura": ("Houthis", 0), "Afif": ("Houthis", 0)}


def test_a_raid_by_militants_that_an_army_repelled_is_no_air_strike():
    text = ("Chadian aircraft struck insurgent positions on islands near Bol on Monday, killing 30 fighters, the army "
            "said. In Niger, the army said on Monday that its troops had repelled a raid by fighters on the town of Diffa.")
    assert [e.place for e in read(text, dt.date(2025, 1, 29))] == ["Bol"]


def test_fighters_a_military_says_it_neutralised_are_its_dead():
    text = "Turkish drones neutralised six militants near Metina on Tuesday, the defence ministry said."
    [event] = read(text, dt.date(2025, 1, 29))
    assert event.killed == 6


def test_a_sides_claimed_missile_that_air_defences_intercepted_is_no_strike():
    text = ("Coalition jets bombed a market in Razih district on Monday, killing six people, rebel television said. "
            "The insurgents said that they had launched three drones at an airport in Najran on Monday night. "
            "Saudi air defences intercepted both drones, the state news agency reported, and nobody was injured.")
    assert [e.place for e in read(text, dt.date(2019, 2, 5))] == ["Razih"]


def test_a_sides_claim_after_its_missile_was_told_intercepted_is_no_strike():
    text = ("Sirens sounded over Haifa before dawn on Monday; the army said the missile fired from Yemen had been "
            "intercepted. Later the rebels' spokesman said on television that the group had struck a power station "
            "near Haifa with a new missile.")
    assert read(text, dt.date(2025, 5, 6)) == []
    text = ("A drone from Yemen hit a hotel in Eilat on Monday, wounding two guests; a second drone was intercepted. "
            "Later the rebels' spokesman said on television that the group had sent a pair of drones towards Eilat.")
    assert [e.place for e in read(text, dt.date(2025, 5, 6))] == ["Eilat"]


def test_the_side_that_says_it_fired_is_the_attacker_of_what_it_fired():
    text = ("Israeli jets bombed a fuel depot near Sanaa on Monday, killing three workers, the rebels' health ministry "
            "said. The Houthis said they had launched two missiles at a hotel in Eilat on Monday night, "
            "wounding two people.")
    found = {e.place: e.actor for e in read(text, dt.date(2024, 5, 1))}
    assert found["Eilat"] == "Houthis"


def test_a_dateline_city_written_with_an_accent_is_still_a_dateline():
    text = ("BOGOTÁ, 13 November 2025 — The toll from the bombing of a rebel camp near Calamar, in Guaviare, has risen "
            "to 12, officials said. The air force carried out the raid before dawn on Tuesday.")
    [event] = read(text, dt.date(2025, 11, 13))
    assert event.date == dt.date(2025, 11, 11)


def test_a_dateline_whose_city_is_written_as_a_name_gives_the_report_day_not_the_strike_day():
    text = ("Kunduz, Oct 9 (Northline) - A drone dropped a bomb on a shop in Imam Sahib district on Tuesday, "
            "killing three men, officials said.")
    [event] = read(text, dt.date(2025, 10, 9))
    assert (event.place, event.date) == ("Imam Sahib", dt.date(2025, 10, 7))
    text = ("Kassala, March 6/2025 – A drone struck a fuel depot in Aroma on Monday, killing two guards, "
            "the state government said.")
    [event] = read(text, dt.date(2025, 3, 6))
    assert event.date == dt.date(2025, 3, 3)


def test_a_small_dateline_town_inside_the_province_a_strike_names_is_its_place():
    text = "MELLIT, Sudan (Wire) — Drones hit a bakery in North Darfur on Sunday, leaving six civilians dead, medics said."
    assert [e.place for e in read(text, dt.date(2025, 10, 20))] == ["Mellit"]
    text = "PESHAWAR, Pakistan (Wire) — Jets bombed hideouts in North Waziristan on Sunday, killing nine militants."
    assert [e.place for e in read(text, dt.date(2025, 10, 20))] == ["North Waziristan"]  # a city's bureau

def test_the_side_telling_its_own_strike_of_another_day_is_its_attacker():
    text = ("Somali army jets struck Jilib on Monday, killing eight. "
            "The US command for Africa said it had struck al-Shabaab cells outside Bosaso on Tuesday.")
    assert {e.place: e.actor for e in read(text, dt.date(2025, 7, 30))}["Bosaso"] == "United States"
    text = "The US command for Africa said it had also hit ISIS gunmen from the air early on Tuesday in hills by Bosaso."
    assert [(e.place, e.actor) for e in read(text, dt.date(2025, 7, 30))] == [("Bosaso", "United States")]

def test_a_day_heading_of_a_monitor_list_is_no_dateline():
    text = ("Weekly incident log. || Tuesday 3 June - Sirte. Unidentified aircraft bombed a farm south of Sirte, "
            "killing a herder, local media said.").replace(" || ", "\n\n")
    [event] = read(text, dt.date(2025, 6, 7))
    assert event.date == dt.date(2025, 6, 3)


@pytest.mark.parametrize("text, published, side", [
    ("A drone slammed into a cattle market in Kadugli on Wednesday, killing nine civilians, a medical group said. "
     "The medics held the paramilitary RSF responsible.", dt.date(2026, 4, 16), "Rapid Support Forces"),
    ("A lorry outside Mota in the Amhara region of Ethiopia was hit by an armed drone on Tuesday, killing six traders. "
     "Villagers blamed the federal army, which flies armed drones over the region.", dt.date(2026, 10, 29), "Ethiopia"),
    ("A drone hit a wedding tent in a village near Dangila on Saturday night, killing seven guests. "
     "Relatives blamed the federal government's troops, who have fought the militia there since spring.", dt.date(2026, 5, 4), "Ethiopia"),
    ("A drone strike on Thursday killed five herders at a well outside Begi, in western Ethiopia. "
     "Their families blamed the government's drones for the deaths.", dt.date(2026, 5, 4), "Ethiopia"),
])
def test_the_side_a_group_held_responsible_or_residents_blamed_is_the_attacker(text, published, side):
    assert [e.actor for e in read(text, published)] == [side]


def test_a_military_fighter_jet_is_the_theatres_own_air_force():
    text = "A military fighter jet struck a school in a village of Wetlet township on Monday, killing 11 people."
    assert [e.actor for e in read(text, dt.date(2026, 9, 8))] == ["Myanmar (military)"]


def test_a_feast_named_after_its_weekday_a_year_ago_is_background():
    text = ("Russian missiles hit Sumy on Thursday, killing four people. A year ago, on Palm Sunday in April last year, "
            "a ballistic missile struck the centre of the city and killed 30 people.")
    assert [e.date for e in read(text, dt.date(2026, 3, 28))] == [dt.date(2026, 3, 26)]


def test_a_gulf_or_sea_named_after_a_town_is_not_that_town():
    text = ("US jets struck rebel radar sites near Hodeidah on Saturday, the command said. The rebels also claimed "
            "an attack on a tanker sailing through the Gulf of Aden on Saturday.")
    assert [e.place for e in read(text, dt.date(2026, 6, 22))] == ["Hodeidah"]


def test_a_groups_branch_named_after_its_country_is_not_a_place():
    text = "US aircraft struck an ISIS-Somalia camp in the hills south of Qandala on Sunday, the command said."
    assert [e.place for e in read(text, dt.date(2026, 8, 31))] == ["Qandala"]


def test_the_side_an_official_put_the_blame_on_is_the_attacker():
    text = ("On Tuesday evening a drone dived onto a delivery van near Graivoron, killing the driver, the regional "
            "governor said. He put the blame on Kyiv's forces.")
    assert [(e.place, e.actor, e.killed) for e in read(text, dt.date(2026, 6, 3))] == [("Graivoron", "Ukraine", 1)]


def test_a_general_staff_saying_its_forces_hit_the_target_claims_the_strike():
    text = ("A drone struck a fuel tank at the refinery in Syzran overnight, setting it ablaze, officials said. "
            "Kyiv's General Staff then said that its long-range units had hit the refinery, calling it a fuel "
            "supplier for Russia's army.")
    assert [e.actor for e in read(text, dt.date(2026, 6, 3))] == ["Ukraine"]


def test_a_blame_that_singles_out_no_strike_names_the_attacker_of_each_just_told():
    text = ("A drone bombed a crowded minibus outside Dangila on Sunday, killing seven passengers, a nurse said. "
            "On Monday a drone hit a school yard in Finote Selam, killing four people, residents said. "
            "Farmers there said the federal army were responsible, as only its pilots fly armed drones in the area.")
    events = read(text, published=dt.date(2025, 3, 4))
    assert sorted((e.place, e.actor) for e in events) == [("Dangila", "Ethiopia"), ("Finote Selam", "Ethiopia")]


def test_aircraft_that_flew_over_and_dropped_nothing_are_no_strike():
    text = ("Jets bombed a market in Falam on Tuesday, killing six people, residents said. Farmers near Kalaymyo said "
            "jets roared over their fields on Tuesday, but there was no bombing.")
    assert [e.place for e in read(text, dt.date(2025, 12, 3))] == ["Falam"]


@pytest.mark.parametrize("text, published, place, day", [
    # the weekday and the date of one statement
    ("Air force jets bombed a camp of the armed group near Silame on Tuesday, residents said. The air force "
     "announced on Friday, Oct. 10, that its jets had killed dozens of fighters in strikes on camps near Silame.",
     dt.date(2025, 10, 11), "Silame", dt.date(2025, 10, 7)),
    # the day that names a statement, before it
    ("Army jets bombed a fuel depot near Kutum on Tuesday night, witnesses said. In a Thursday statement, military "
     "spokesmen said two air strikes had destroyed the depot near Kutum, a rebel supply hub.",
     dt.date(2026, 1, 9), "Kutum", dt.date(2026, 1, 6)),
])
def test_the_day_of_a_statement_is_not_the_strikes(text, published, place, day):
    assert [(e.place, e.date) for e in read(text, published)] == [(place, day)]


def test_an_outlets_name_is_no_place():
    text = ("A drone dropped explosives on an army post near Monguno on Sunday, wounding four soldiers, officers said. "
            "The militants boasted on their Amaq news channel that they had struck the soldiers with drones.")
    assert [e.place for e in read(text, dt.date(2026, 2, 24))] == ["Monguno"]


@pytest.mark.parametrize("trend", [
    "The number of Turkish drone strikes recorded in Duhok province has dropped steeply, a local monitoring group said.",
    "The pace of Turkish air raids in Duhok province has slowed, a local monitoring group said.",
])
def test_a_trend_in_the_number_of_strikes_is_no_strike(trend):
    assert read(trend, published=dt.date(2025, 3, 12)) == []


def test_a_speakers_university_is_not_a_place_struck():
    found = read('Jets struck a bakery in Saraqeb on Monday, killing four people. "A strike on a bakery is a message to the '
                 'whole town," said Ali Hamad, a lecturer at the University of Aleppo.', published=dt.date(2025, 3, 12))
    assert [e.place for e in found] == ["Saraqeb"]


def test_the_side_a_headline_points_the_finger_at_struck():
    [event] = read("Drone kills shepherd near Batifa; villagers point the finger at Ankara\n\n"
                   "A drone hit a hut near Batifa on Sunday, killing a shepherd, the mayor said.", published=dt.date(2025, 3, 12))
    assert event.actor == "Turkey"


def test_a_ship_struck_at_sea_is_no_place_on_land():
    assert read("The rebels later claimed a Sunday drone attack on a Greek-owned oil tanker sailing in the Gulf of Aden, far off Mukalla.",
                published=dt.date(2025, 3, 12)) == []
    [event] = read("A drone hit a small fishing boat in the harbour of Mocha on Monday, killing two fishermen.",
                   published=dt.date(2025, 3, 12))
    assert event.place == "Mocha"  # a boat in a harbour is on the map


def test_the_line_of_control_is_no_place():
    [event] = read("Across the Line of Control, officials said Indian missiles struck Kotli overnight, killing two men.",
                   published=dt.date(2025, 5, 8))
    assert event.place == "Kotli"


def test_drones_told_neutralised_had_no_impact():
    assert read("The army said the drones had been neutralised near Pathankot on Monday night.", published=dt.date(2025, 5, 8)) == []


def test_drones_told_brought_down_before_their_target_had_no_impact():
    assert read("The army said two small drones launched at its posts near Chaman on Monday were brought down before they "
                "reached them.", published=dt.date(2026, 5, 9)) == []


def test_drones_that_were_all_downed_are_no_impact():
    text = ("Russian missiles hit a depot in Kharkiv on Thursday, killing two guards. Drones launched at the Mykolaiv "
            "region in the night were all shot down over the sea, the air force said.")
    assert [e.place for e in read(text, published=dt.date(2022, 11, 18))] == ["Kharkiv"]


def test_a_live_pages_entry_labelled_with_its_town_is_placed_there():
    text = ("Israel and Iran trade fire: live updates\n\n"
            "Tuesday 3 June 2025 - live, newest first.\n\n"
            "07:15 Petah Tikva: An Iranian missile has struck a shopping street, wounding six people, medics say.\n\n"
            "06:40 Ashdod: A missile came down near a bus depot shortly after 5 a.m., injuring a driver.\n")
    found = read(text, published=dt.date(2025, 6, 3))
    assert [(e.place, e.actor) for e in found] == [("Petah Tikva", "Iran"), ("Ashdod", "Iran")]



def test_an_allies_release_is_the_coalitions_whichever_partner_flew():
    text = ("TAMPA, Florida, April 9 - U.S. and coalition military forces conducted nine strikes against the militants "
            "on Monday and Tuesday, the command said. In Syria, two strikes near Tabqa on Monday destroyed a mortar team. "
            "In Iraq, three strikes near Haditha on Tuesday hit a tunnel entrance, while two strikes near Rutba on Monday "
            "destroyed a supply truck. Jets of five partner nations took part, according to the statement, which did not "
            "say which country flew which sortie.")
    events = read(text, published=dt.date(2015, 4, 9))
    assert [(e.place, e.actor, e.date.day) for e in events] == [
        ("Tabqa", "US-led coalition", 6), ("Haditha", "US-led coalition", 7), ("Rutba", "US-led coalition", 6)]


def test_a_sides_denial_that_its_strikes_hit_a_town_tells_no_strike_of_its_own():
    text = ("A council member said on Monday that six people died when aircraft bombed a bus station in Qaim on Sunday. "
            "He could not say whose planes they were. Asked about it, a coalition spokesman said its logs showed no allied "
            "strikes in the town on Sunday.")
    events = read(text, published=dt.date(2016, 3, 7))
    assert [(e.place, e.actor, e.killed) for e in events] == [("Qaim", "unknown", 6)]


def test_whose_jets_they_were_left_unsaid_carries_no_side_over():
    text = ("Iraqi jets bombed a depot near Rawa on Saturday, the ministry said. On Sunday, aircraft struck a market in Anah, "
            "killing five, a doctor said. Whose jets they were, he could not say.")
    events = read(text, published=dt.date(2016, 3, 7))
    assert [(e.place, e.actor) for e in events] == [("Rawa", "Iraq (government)"), ("Anah", "unknown")]


def test_troops_advancing_in_an_as_clause_are_not_the_side_that_struck():
    text = ("The coalition said that near Tikrit, seven strikes on Saturday destroyed fighting positions, "
            "as Iraqi soldiers battled into the old quarter.")
    events = read(text, published=dt.date(2015, 3, 9))
    assert [(e.place, e.actor) for e in events] == [("Tikrit", "US-led coalition")]


def test_army_guns_firing_on_a_town_give_the_strike_before_no_place():
    text = ("Near Ramadi, nine strikes on Saturday destroyed bomb-making sites, the coalition said. "
            "Later, farmers said tank guns were firing at orchards around Hit all afternoon.")
    events = read(text, published=dt.date(2015, 12, 14))
    assert [(e.place, e.actor) for e in events] == [("Ramadi", "US-led coalition")]


def test_a_side_announcing_a_day_later_that_fighters_were_neutralised_claims_the_strike_told():
    text = ("SINJAR - A drone hit a pickup at a roadblock near Khanasor on Tuesday evening, killing two militiamen, "
            "the local council said. The following day, the defence ministry in Ankara declared that a drone sortie over the "
            "Sinjar area had neutralised two PKK terrorists.")
    events = read(text, published=dt.date(2019, 8, 15))
    assert [(e.place, e.actor, e.date) for e in events] == [("Khanasor", "Turkey", dt.date(2019, 8, 13))]


def test_a_bare_military_saying_militants_were_neutralised_is_no_claim_by_the_theatres_army():
    text = ("Turkish jets bombed Gara mountain in Iraq and a hill outside Derik in Syria before dawn on Monday, Ankara said. "
            "The military said some 40 militants were neutralised at both sites.")
    events = read(text, published=dt.date(2017, 4, 25))
    assert {e.actor for e in events} == {"Turkey"}


def test_fighters_using_the_weather_to_attack_posts_fight_on_the_ground():
    text = ("Coalition jets struck a command post in Albu Kamal on Monday, killing seven militants, the monitor said. "
            "Militia fighters exploited a dust storm on Sunday to attack army posts south of Mayadin, killing dozens "
            "of soldiers, the army said.")
    events = read(text, published=dt.date(2018, 11, 27))
    assert [(e.place, e.actor) for e in events] == [("Albu Kamal", "US-led coalition")]


def test_raids_feared_on_a_town_where_jets_killed_people_in_the_spring_are_no_news():
    text = "Families said they dreaded new raids on Saqba, where jets killed a dozen shoppers in the spring."
    assert read(text, published=dt.date(2015, 8, 22)) == []


def test_bombers_that_struck_a_town_are_aircraft_and_a_suicide_bomber_is_not():
    events = read("Four strategic bombers struck weapons stores near Deir Hafer on Tuesday, the ministry in Moscow said.",
                  published=dt.date(2017, 11, 3))
    assert [e.place for e in events] == ["Deir Hafer"]
    assert read("A suicide bomber struck a checkpoint near Deir Hafer on Tuesday.", published=dt.date(2017, 11, 3)) == []


def test_a_release_counting_strikes_that_knocked_out_positions_near_a_town_reports_them():
    events = read("The coalition said in its daily summary that near Tikrit, three strikes on Monday knocked out a "
                  "mortar team and a supply route.", published=dt.date(2017, 8, 22))
    assert [(e.place, e.actor) for e in events] == [("Tikrit", "US-led coalition")]


def test_a_building_used_as_a_headquarters_in_a_town_was_struck_there():
    events = read("Iraqi jets bombed a school the militants had turned into a headquarters in Anah on Monday, "
                  "killing six of them, the ministry said.", published=dt.date(2017, 9, 20))
    assert [(e.place, e.killed) for e in events] == [("Anah", 6)]


def test_the_bombers_of_a_market_attack_are_men_on_foot():
    text = "Police said the bombers struck a crowded market in Bannu on Friday, killing nine people."
    assert read(text, published=dt.date(2012, 5, 5)) == []


def test_a_town_with_a_bigger_namesake_abroad_lies_in_the_country_the_report_names():
    text = ("Russian jets pounded hills around Palmyra on Friday, killing dozens of militants, the ministry in Moscow said. "
            "Government troops were closing on Palmyra from the west, part of a push across central Syria.")
    [event] = read(text, published=dt.date(2016, 3, 19))
    assert (event.place, event.country) == ("Palmyra", "SY")



def test_a_namesake_abroad_votes_for_no_country_when_the_named_country_holds_a_town_of_that_name():
    # Palmira in Colombia is six times the size of Syria's Palmyra, a district seat; a Yemeni hamlet of a dozen
    # people does not make Eilat Yemeni
    gazetteer = open_gazetteer()
    assert article_countries("Jets struck near Palmyra. The push across central Syria went on.", gazetteer) == ("SY",)
    assert "IL" in article_countries("SANAA, Yemen - Drones hit a port warehouse in Eilat on Tuesday.", gazetteer)


def test_a_review_of_last_years_cases_tells_no_strike_of_its_own():
    text = ("The alliance's quarterly review, released on Monday, said it had examined 30 reports from 2023 and found "
            "that its strikes had killed 17 civilians across them, the worst toll being in Raqqa.")
    assert read(text, published=dt.date(2024, 7, 11)) == []


def test_jets_whose_side_is_in_question_bombed_all_the_same():
    text = ("Russian jets struck Maarat al-Numan on Sunday, the monitor said. Rescuers could not say whether the planes "
            "which bombed a bakery in Saraqib on Monday, killing three people, were Syrian or Russian.")
    events = read(text, published=dt.date(2019, 5, 16))
    assert [(e.place, e.actor, e.killed) for e in events] == [("Maarat al-Numan", "Russia", None), ("Saraqib", "unknown", 3)]


def test_a_bomber_type_only_one_side_flies_names_who_struck():
    text = ("BEIRUT - Two Su-34s wrecked a column of trucks outside Maadan on Wednesday, killing about 30 militants, "
            "a monitoring group said.")
    events = read(text, published=dt.date(2017, 8, 18))
    assert [(e.place, e.actor) for e in events] == [("Maadan", "Russia")]


def test_aircraft_struck_on_an_airfield_are_the_target_not_the_attacker():
    events = read("KYIV - Drones struck two parked Su-34 jets at the Morozovsk airfield overnight, a source said.",
                  published=dt.date(2024, 4, 5))
    assert [(e.place, e.actor) for e in events] == [("Morozovsk", "unknown")]


def test_officials_with_no_information_on_who_struck_leave_the_strike_unattributed():
    text = ("An American drone destroyed a pickup near Mudiyah on Thursday, killing two men, officials said. "
            "On Tuesday, missiles struck a farmhouse outside Lawdar, killing three people, residents said. "
            "Local officials said they had no information about who carried out Tuesday's raid.")
    events = read(text, published=dt.date(2019, 3, 8))
    assert [(e.place, e.actor) for e in events] == [("Mudiyah", "United States"), ("Lawdar", "unknown")]


@pytest.mark.parametrize("denial", ["The army denied carrying out the attack.",
                                    "The regional government said the defence forces did not carry out any attack on the town."])
def test_the_side_that_denies_the_strike_is_the_suspect_the_report_names(denial):
    text = ("BAHIR DAR, Ethiopia - A drone's charge tore through a crowded bus in Dangila on Tuesday, killing seven people, "
            f"residents said. {denial}")
    events = read(text, published=dt.date(2026, 3, 12))
    assert [(e.place, e.actor, e.killed) for e in events] == [("Dangila", "Ethiopia", 7)]


def test_a_denial_that_names_no_attack_or_neither_confirms_nor_denies_names_no_suspect():
    for denial in ["The army denied any role.", "Officials would neither confirm nor deny responsibility for the strike."]:
        text = f"BAHIR DAR, Ethiopia - A drone struck a bus in Dangila on Tuesday, killing seven people, residents said. {denial}"
        [event] = read(text, published=dt.date(2026, 3, 12))
        assert event.actor == "unknown"


def test_the_side_a_government_pins_the_attack_on_is_the_attacker():
    text = ("A drone hit a fuel depot in Kosti late on Monday, killing four workers, a hospital doctor said. "
            "The state government pinned the attack on the RSF, calling it a crime against civilians.")
    events = read(text, published=dt.date(2025, 11, 18))
    assert [(e.place, e.actor) for e in events] == [("Kosti", "Rapid Support Forces")]


def test_a_blame_keeps_to_its_clause_when_the_next_recalls_an_older_attack():
    text = ("Drones struck a power station in Atbara before dawn on Saturday, killing a guard, officials said. "
            "The army held the RSF responsible; the paramilitary first hit the city with drones in March 2025.")
    events = read(text, published=dt.date(2026, 1, 12))
    assert [(e.place, e.actor) for e in events] == [("Atbara", "Rapid Support Forces")]


def test_a_roundups_numbered_entry_gives_the_town_and_day_of_the_strike_told_under_it():
    text = ("Monthly incident log\n\nSelected incidents\n\n1. Mellit, North Darfur - 9 March. Shortly after dawn a drone "
            "struck the courtyard of the town's clinic, killing three patients and a nurse.\n\n"
            "2. Sennar town - 17 March. An air strike hit a row of shops near the bus station, killing five traders.")
    events = read(text, published=dt.date(2025, 4, 3))
    assert [(e.place, e.date) for e in events] == [("Mellit", dt.date(2025, 3, 9)), ("Sennar", dt.date(2025, 3, 17))]


def test_bombs_from_a_jet_that_fell_on_a_market_are_an_air_strike():
    events = read("Two bombs from a military jet fell on the cattle market in Um Ruwaba on Sunday, killing six herders.",
                  published=dt.date(2025, 1, 6))
    assert [(e.place, e.killed) for e in events] == [("Um Ruwaba", 6)]


def test_a_quarter_named_after_the_road_it_faces_is_no_place_of_its_own():
    text = ("Zalingei, Central Darfur - 30 December. An air strike hit houses next to the mosque in the Nyala direction, "
            "killing eight residents.")
    events = read(text, published=dt.date(2025, 1, 6))
    assert [(e.place, e.killed) for e in events] == [("Zalingei", 8)]


def test_drones_heard_overhead_with_nothing_struck_are_no_strike():
    text = "In Aguelhok, residents said they heard drones circling on Friday night but that nothing was hit."
    assert read(text, published=dt.date(2024, 3, 17)) == []


def test_a_bus_station_named_after_its_town_places_the_strike_in_the_town_not_the_province():
    text = ("A drone attack on the Samre bus station, in southern Tigray, on Tuesday killed five people, health officials "
            "said. A minibus loading passengers for Mekelle was hit, witnesses said. Two injured men later died in "
            "Mekelle, the regional health bureau in Mekelle said.")
    events = read(text, published=dt.date(2022, 1, 27))
    assert [(e.place, e.killed) for e in events] == [("Samre", 5)]


def test_a_release_counting_back_over_the_preceding_days_is_a_tally():
    text = "The command said on Friday that its aircraft had carried out nine strikes in the preceding five days, nearly all around Baghuz."
    assert read(text, published=dt.date(2019, 2, 18)) == []


def test_the_aircraft_taking_off_from_a_base_did_not_strike_the_base():
    text = ("Jets bombed a market in Saraqib on Monday, killing four, rescuers said. The raid came at ten and was carried "
            "out by a Russian jet, the monitor said, whose spotters had watched the aircraft taking off from Russia's "
            "coastal base at Hmeimim.")
    assert [e.place for e in read(text, published=dt.date(2019, 8, 7))] == ["Saraqib"]


def test_a_raid_that_came_at_an_hour_and_was_carried_out_by_a_side_is_that_sides():
    text = ("Jets bombed a market in Saraqib on Monday, killing four, rescuers said. The raid came at ten and was "
            "carried out by a Russian jet, the monitor said.")
    assert [(e.place, e.actor) for e in read(text, published=dt.date(2019, 8, 7))] == [("Saraqib", "Russia")]



def test_the_army_that_struck_a_town_with_drones_is_the_theatres_army():
    text = ("Paramilitary drones hit a fuel depot in Kosti on Monday, officials said. Late on Tuesday, the army struck "
            "the airport in Nyala with drones, according to residents.")
    events = read(text, published=dt.date(2025, 6, 12))
    assert [(e.place, e.actor) for e in events][-1] == ("Nyala", "Sudan (government)")


def test_the_group_that_used_a_building_struck_is_its_owner_not_the_attacker():
    text = ("Coalition jets struck targets in Syria on Monday, the task force said. Near Tabqa, two strikes destroyed "
            "a depot and a command post used by ISIL.")
    events = read(text, published=dt.date(2016, 8, 16))
    assert {e.actor for e in events} == {"US-led coalition"}


def test_a_drone_operated_by_a_side_is_that_sides():
    events = read("A drone operated by the Turkish military hit a car outside Zakho on Thursday, killing two men.",
                  published=dt.date(2025, 8, 15))
    assert [(e.place, e.actor) for e in events] == [("Zakho", "Turkey")]


def test_a_photos_caption_with_an_old_date_does_not_date_the_strike_the_report_tells():
    events = read("Jets bomb depot outside Taiz\n\n"
                  "Boys stand by a crater left by an air strike near the Taiz ring road on February 3, 2016. / AFP PHOTO / Lina Saeed\n\n"
                  "ADEN (Reuters) - Saudi-led coalition warplanes hit an arms depot near Taiz, killing four guards, "
                  "a local official said on Monday.", published=dt.date(2016, 9, 12))
    assert [(e.place, e.date, e.killed) for e in events] == [("Taiz", dt.date(2016, 9, 12), 4)]


def test_a_photos_caption_reports_no_strike_of_its_own():
    events = read("Photo: Rescuers dig through a collapsed home in Kafr Nabl after an air raid on Sunday.\n\n"
                  "Russian jets struck a bakery in Saraqib on Monday, killing six people, rescuers said.", published=dt.date(2019, 6, 4))
    assert [e.place for e in events] == ["Saraqib"]


def test_the_side_whose_guns_fired_is_not_the_attacker_of_anothers_air_strikes():
    for told in ("Syrian army shelling and Russian air strikes", "Syrian regime shelling and Russian warplanes"):
        [event] = read(f"{told} killed nine civilians in Kafr Nabl on Tuesday, rescuers said.", published=dt.date(2019, 6, 5))
        assert event.actor == "Russia"


def test_drones_said_to_belong_to_the_theatres_army_name_the_attacker():
    [event] = read("A drone hit the livestock market in Um Sumeima, in North Kordofan, on Saturday, killing 14 traders, "
                   "a rights group said.\nThe group said drones belonging to the army conducted the raid.",
                   published=dt.date(2025, 11, 17))
    assert event.actor == "Sudan (government)"


def test_a_titles_words_about_the_attack_are_no_place():
    """A wrong pin is worse than none: a title's "in Fresh Drone Strikes" names no place."""
    events = read("Six Killed in Fresh Drone Strikes\n\nSix people were killed on Tuesday when drones fired missiles at a "
                  "compound, officials said.", published=dt.date(2012, 5, 9))
    assert [e.place for e in events] == []


def test_a_town_named_by_another_spelling_stays_in_the_reports_country_when_a_city_abroad_shares_that_spelling():
    [event] = read("U.S. forces carried out an airstrike on Tuesday near El Bur, a town in central Somalia, killing four "
                   "al-Shabaab fighters, U.S. Africa Command said.", published=dt.date(2019, 3, 6))
    assert (event.place, event.country) == ("El Bur", "SO")


def test_a_target_hit_with_a_missile_in_the_passive_is_a_strike_and_a_roadside_bomb_is_not():
    events = read("An Israeli drone attack wounded two men in southern Lebanon on Tuesday, local media said.\n"
                  "Their van was hit with a guided missile just outside Kfar Kila as they drove to work.\n"
                  "Elsewhere, a patrol was attacked with a roadside bomb close to Marjayoun.", published=dt.date(2024, 2, 6))
    assert [(e.place, e.actor) for e in events] == [("Kfar Kila", "Israel")]


def test_a_similar_strike_the_raid_followed_is_an_air_strike_of_its_own_day():
    events = read("A drone strike on a motorbike killed a man in Yater on Thursday afternoon, the health ministry said.\n"
                  "The raid came after another strike on Tuesday night near Kafra that left two dead.",
                  published=dt.date(2025, 4, 11))
    assert [(e.place, e.date, e.killed) for e in events] == [("Yater", dt.date(2025, 4, 10), 1),
                                                             ("Kafra", dt.date(2025, 4, 8), 2)]


def test_where_the_incident_occurred_places_the_strike_just_told_in_a_region():
    events = read("A Ukrainian drone attack on a warehouse in Russia's Kursk region late on Friday wounded a guard, "
                  "officials said.\nThe acting governor later wrote that the incident had happened in the town of Lgov.",
                  published=dt.date(2024, 3, 23))
    assert [(e.place, e.actor, e.wounded) for e in events] == [("Lgov", "Ukraine", 1)]


def test_a_dateline_abroad_is_a_bureau_not_where_the_strikes_fell():
    events = read("DUBAI, United Arab Emirates (AP) — U.S. air strikes killed three people on Sunday in Yemen's capital Sanaa, "
                  "the Houthi health ministry said.\nThe air raids on Sanaa flattened a house, residents said.",
                  published=dt.date(2025, 4, 14))
    assert [(e.place, e.country, e.killed) for e in events] == [("Sanaa", "YE", 3)]


def test_what_a_whole_campaign_has_killed_is_no_strike_of_its_own():
    events = read("U.S. warplanes bombed a depot near Bajil on Monday, killing two guards, rebel media said.\n"
                  "The U.S. air campaign against the rebels around Hodeidah has killed at least 41 people in five weeks, "
                  "the rebels say.", published=dt.date(2025, 4, 22))
    assert [(e.place, e.killed) for e in events] == [("Bajil", 2)]


def test_a_toll_raised_since_an_earlier_weekday_is_the_offensives_not_the_strikes():
    events = read("Israeli jets hit a house in Beit Lahia on Friday, killing six people, medics said.\n"
                  "The raid brought the number killed in the Strip to 84 since Monday, the ministry said.",
                  published=dt.date(2014, 7, 12))
    assert [(e.place, e.date, e.killed) for e in events] == [("Beit Lahia", dt.date(2014, 7, 11), 6)]


def test_a_caption_credited_in_square_brackets_reports_no_older_strike():
    events = read("U.S. warplanes bombed a fuel depot near Bajil on Monday, killing two guards, rebel media said.\n\n"
                  "Boys look over a school after it was hit by US airstrikes on March 19, 2025 in Dhamar, Yemen. [Getty]\n\n"
                  "The raid near Bajil also set two tankers alight, a witness said.", published=dt.date(2025, 4, 22))
    assert [(e.place, e.date) for e in events] == [("Bajil", dt.date(2025, 4, 21))]


def test_a_caption_that_dates_its_picture_to_the_reports_days_reports_its_strike():
    events = read("U.S. warplanes bombed a fuel depot near Bajil on Monday, killing two guards, rebel media said.\n\n"
                  "Boys look over a school after it was hit by US airstrikes on April 19, 2025 in Dhamar, Yemen. [Getty]\n\n"
                  "The raid near Bajil also set two tankers alight, a witness said.", published=dt.date(2025, 4, 22))
    assert sorted((e.place, e.date) for e in events) == [("Bajil", dt.date(2025, 4, 21)), ("Dhamar", dt.date(2025, 4, 19))]


def test_a_town_called_by_its_name_is_where_the_strike_fell():
    events = read("A military drone hit a bus near a small town called Debre Tabor on Tuesday, killing nine passengers, "
                  "a nurse said.", published=dt.date(2024, 2, 8))
    assert [e.place for e in events] == ["Debre Tabor"]


def test_a_provinces_name_then_a_district_of_it_with_the_same_toll_is_one_strike():
    events = read("Rebel officials said U.S. strikes on Hodeidah killed four people on Wednesday.\n"
                  "Washington has not commented on the raids.\n"
                  "\"U.S. warplanes struck a fuel station in the district of Bajil in the governorate of Hodeidah on "
                  "Wednesday, killing four workers,\" a health official said.", published=dt.date(2025, 4, 10))
    assert [(e.place, e.killed) for e in events] == [("Bajil", 4)]


def test_fighters_counted_before_the_people_they_prey_on_are_not_civilians():
    [event] = read("Jets struck a camp in the Kuyambana forest on Saturday and killed 31 bandits terrorising farmers in the "
                   "area, the air force said.", published=dt.date(2024, 6, 10))
    assert (event.killed, event.civilians_killed) == (31, 0)


def test_a_drone_the_strike_destroyed_is_the_target_not_the_attacker():
    [event] = read("Jets of the eastern forces bombed the airfield at Zuwara on Tuesday, destroying a Turkish drone on the "
                   "runway, the eastern command said.", published=dt.date(2019, 10, 2))
    assert event.actor == "unknown"


def test_the_side_that_owns_the_depots_hit_is_not_the_attacker():
    [event] = read("Air strikes on Monday destroyed ammunition depots belonging to the Tripoli government's "
                   "troops near Gharyan, a military source said.", published=dt.date(2019, 7, 2))
    assert (event.place, event.actor) == ("Gharyan", "unknown")


def test_where_a_strike_told_again_took_place_is_where_it_fell():
    [event] = read("A drone strike hit three officers near Tripoli late on Friday, officials said.\n"
                   "That raid took place just outside Gharyan, south of the capital.",
                   published=dt.date(2019, 9, 21))
    assert event.place == "Gharyan"


def test_what_a_side_routinely_does_is_a_habit_not_a_strike():
    events = read("A drone from Turkey killed two men in a car near Sidakan on Monday, the mayor said.\n"
                  "The Turkish air force often bombs PKK hideouts around Makhmour.",
                  published=dt.date(2024, 5, 14))
    assert [e.place for e in events] == ["Sidakan"]


def test_the_month_of_another_event_is_not_the_strikes():
    events = read("A military air strike on the Kanbalu cattle market left nine people dead, residents said, as the "
                  "junta presses its offensive ahead of polls due this month.", published=dt.date(2025, 12, 4))
    assert [(e.place, e.killed) for e in events] == [("Kanbalu", 9)]


def test_ukraines_security_service_and_military_intelligence_are_ukraine():
    for agency in ("SBU", "HUR"):
        [event] = read(f"Long-range drones of the {agency} hit a fuel depot in Novozybkov overnight, starting a large fire, "
                       "a source said on Tuesday.", published=dt.date(2024, 6, 11))
        assert (event.place, event.actor) == ("Novozybkov", "Ukraine")


def test_a_countrys_province_named_whole_is_the_place_of_a_strike_told_no_nearer():
    [event] = read("Ukrainian drones hit a fuel depot in Russia's Bryansk Oblast overnight on Sunday, the governor said.",
                   published=dt.date(2025, 3, 3))
    assert (event.place, event.actor) == ("Bryansk Oblast", "Ukraine")


def test_a_link_line_that_opens_with_read_is_another_report():
    for link in ("Read: Jets killed nine at a fuel depot in Kassala on Saturday.", "Also read: Jets killed nine at a fuel depot in Kassala on Saturday.",
                 "Read next: Jets killed nine at a fuel depot in Kassala on Saturday."):
        events = read("A drone hit a bus station in Kosti on Sunday, killing three, medics said.\n\n" + link,
                      published=dt.date(2025, 2, 4))
        assert [e.place for e in events] == ["Kosti"], link


def test_a_missile_fired_at_a_town_that_the_next_sentence_says_was_shot_down_hit_nothing():
    text = ("Warplanes bombed a radar site near Zabid on Tuesday, killing three. The raid followed a day after the rebels "
            "fired a cruise missile at Eilat. Officers reported that the missile had been shot down before it crossed the coast.")
    assert [e.place for e in read(text, published=dt.date(2024, 10, 2))] == ["Zabid"]
    hit = text.replace("Officers reported that the missile had been shot down before it crossed the coast.", "It hit a hotel car park.")
    assert "Eilat" in [e.place for e in read(hit, published=dt.date(2024, 10, 2))]


def test_an_event_a_report_says_is_not_an_air_strike_is_none():
    for text in ("Thursday 6 March - Gharyan (Jabal Nafusa). Mortar rounds fell on a market, killing two. "
                 "(Fired from the ground, not an air strike; noted for context.)",
                 "The blast that killed two at a market in Gharyan on Thursday came from a mortar, not a drone strike."):
        assert read(text, published=dt.date(2025, 3, 8)) == [], text


def test_what_fell_of_a_missile_the_defenders_intercepted_is_the_launchers_impact():
    text = ("Two missiles were fired from Yemen at southern Israel this week. On Tuesday evening, pieces of a missile that "
            "the air force intercepted above the Negev fell on a field outside Dimona and started a fire. Nobody was hurt.")
    [event] = read(text, published=dt.date(2025, 9, 25))
    assert (event.place, event.date, event.actor) == ("Dimona", dt.date(2025, 9, 23), "Houthis")


def test_the_latest_strike_a_check_confirmed_gives_its_day_to_the_strike_told_next():
    text = ("The latest strike our reporters could verify took place on Tuesday. That day a drone struck a minibus outside Woreta, "
            "killing four men.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2024, 5, 10))] == [("Woreta", dt.date(2024, 5, 7))]


def test_a_strike_told_as_the_one_monitors_could_verify_is_reported():
    text = "The only air strike monitors could verify hit a minibus outside Woreta on Wednesday, killing four men."
    assert [(e.place, e.killed) for e in read(text, published=dt.date(2024, 5, 10))] == [("Woreta", 4)]


def test_a_claim_a_fact_check_examines_is_not_its_report():
    text = ('Fact check: two claims about the raids\n\n1. "Jets flattened the bakery in Kafranbel, killing thirty." - FALSE\n\n'
            "The bakery in Kafranbel was hit on Tuesday by a government air strike that killed four people, the civil defence "
            "said.\n\nClaim: a drone destroyed the dam at Taftanaz.\nRating: false; no damage is visible in pictures.\n")
    assert [(e.place, e.killed) for e in read(text, published=dt.date(2019, 6, 12))] == [("Kafranbel", 4)]


def test_a_downed_drone_whose_wreckage_burns_homes_is_a_strike_where_it_fell():
    text = "A Russian drone brought down over Izium on Tuesday night set fire to three houses, local officials said."
    events = read(text, published=dt.date(2024, 11, 7))
    assert [(e.place, e.date, e.actor) for e in events] == [("Izium", dt.date(2024, 11, 5), "Russia")]


def test_falling_debris_told_after_a_downing_struck_where_the_craft_was_downed():
    text = ("Mobile fire groups downed a Russian drone over Izium late on Tuesday. Falling debris set fire to three houses "
            "and injured a man, officials said.")
    events = read(text, published=dt.date(2024, 11, 7))
    assert [(e.place, e.date, e.actor) for e in events] == [("Izium", dt.date(2024, 11, 5), "Russia")]
    assert read("Mobile fire groups downed two Russian drones over Izium late on Tuesday. Nobody was hurt.",
                published=dt.date(2024, 11, 7)) == []


def test_the_town_and_day_a_sentence_closes_on_are_the_scene_of_the_strike_told_next():
    text = ("Jets were supposed to stop the advance. In Kandahar, they are hitting bazaars\nBy a correspondent\n\n"
            "What the fighting meant was plain in Gereshk on Saturday. Militants had pushed into the town's bazaar, and "
            "an air force bomb aimed at them struck a clinic instead, killing six.")
    events = read(text, published=dt.date(2021, 8, 2))
    assert [(e.place, e.date, e.killed) for e in events] == [("Gereshk", dt.date(2021, 7, 31), 6)]


def test_a_strike_told_without_details_of_its_targets_is_still_placed_and_dated():
    text = ("Late on Thursday, American jets bombed Taliban positions outside Spin Boldak, a spokesman confirmed on "
            "Friday, without providing details of targets or casualties.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2021, 8, 2))] == [("Spin Boldak", dt.date(2021, 7, 29))]


LIVE_SOUTH = ("Live: strikes on the south\nUpdated Monday 12 February 2024\n\n"
              "18:20 - The army said its jets had killed a field commander near Khan Younis on Saturday.\n\n"
              "16:05 - Doctors say four people were killed as an Israeli missile hit a house by a bakery in Deir al-Balah "
              "an hour ago.\n\n"
              "08:10 - Israeli jets pounded Rafah for two hours before dawn, according to residents, in the heaviest bombing "
              "the city has known since December. Officials' first count was 20 dead.\n\n"
              "12:00 - Update: officials have now raised their number of people killed by the raids on Rafah to 44.")


def test_a_live_blog_s_timed_entry_opens_on_the_blog_s_day_not_the_day_an_entry_before_spoke_of():
    found = {e.place: e.date for e in read(LIVE_SOUTH, published=dt.date(2024, 2, 12))}
    assert found["Deir al-Balah"] == dt.date(2024, 2, 12) and found["Khan Younis"] == dt.date(2024, 2, 10)


def test_the_heaviest_strike_since_a_month_is_one_strike_and_a_raised_number_killed_is_its_toll():
    assert {e.place: e.killed for e in read(LIVE_SOUTH, published=dt.date(2024, 2, 12))}["Rafah"] == 44


def test_a_transcript_s_host_addressed_by_name_is_no_place():
    text = ("EVENING BULLETIN - transcript\n\nANCHOR (Dana Aziz): Good evening. Our reporter joins us from the Bekaa. Omar?\n\n"
            "OMAR SAAD (Baalbek): Thank you, Dana. In the western Bekaa, Dana, an Israeli drone struck a van on "
            "the road near Hermel at dawn and killed two men.\n\nANCHOR: Thank you, Omar.\n")
    events = read(text, published=dt.date(2024, 9, 24))
    assert [(e.place, e.killed) for e in events] == [("Hermel", 2)]


def test_a_section_s_heading_names_the_town_of_its_first_lines_not_the_entry_two_lines_up():
    text = ("WEEKLY DIGEST\nPublished Sunday 8 March 2020\n\n"
            "A drone destroyed a car outside Hish on Wednesday, killing two men.\n\nKAFRANBEL\n"
            "Early on Tuesday two jets swooped over the town and bombed houses by the square, killing nine.")
    found = {(e.place, e.killed) for e in read(text, published=dt.date(2020, 3, 8))}
    assert ("Kafranbel", 9) in found


def test_pieces_of_an_intercepted_drone_that_fell_and_wounded_are_a_strike_where_it_came_down():
    text = ("Air defences intercepted a drone as it approached Jizan airport this morning, and pieces of it fell inside "
            "the perimeter, wounding four people, the coalition said.")
    assert [(e.place, e.wounded) for e in read(text, published=dt.date(2021, 8, 31))] == [("Jizan", 4)]


def test_the_airport_is_the_city_the_sentence_before_named():
    text = ("KHARTOUM, May 6 - Port Sudan had been spared for two years of war. On Sunday, drones struck an air base beside "
            "the airport and a warehouse, officials said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2025, 5, 6))] == [("Port Sudan", dt.date(2025, 5, 4))]


def test_the_town_the_aircraft_turned_to_is_where_the_strike_told_next_fell_not_its_reference_point():
    text = ("BEIRUT, Feb 4 - Government jets bombed Maarat al-Numan on Monday, killing nine people, a monitor said. On "
            "Tuesday morning the jets turned their fire on Kafranbel, a town some 10 km west of Maarat al-Numan. Two bombs "
            "hit a bakery soon after it opened, killing five, a doctor in the town said.")
    found = [(e.place, e.date, e.killed) for e in read(text, published=dt.date(2014, 2, 4))]
    assert found == [("Maarat al-Numan", dt.date(2014, 2, 3), 9), ("Kafranbel", dt.date(2014, 2, 4), 5)]


def test_a_side_s_claim_the_report_says_none_of_has_been_confirmed_is_no_strike():
    text = ("A spokesman for the group says its fighters fired drones at the airports of Jizan and Abha. None of that "
            "has been independently confirmed.")
    assert read(text, published=dt.date(2022, 1, 17)) == []


def test_the_wreckage_of_a_drone_downed_over_a_town_struck_the_town():
    text = ("Sirens sounded for hours as drones flew in from the border. Air defences brought down one above the outskirts "
            "of Izium late on Friday. The wreckage damaged a family home and a shed, officials said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2024, 3, 25))] == [("Izium", dt.date(2024, 3, 22))]


def test_flying_objects_possibly_drones_that_fell_where_a_blast_killed_are_its_strike():
    text = ("Three people were killed when fuel tankers exploded in the industrial area of Mussafah. Police say small "
            "flying objects, possibly drones, crashed at the site.")
    assert [(e.place, e.killed) for e in read(text, published=dt.date(2022, 1, 17))] == [("Mussafah", 3)]


@pytest.mark.parametrize("heading", ["Most viewed", "Most read in Europe", "Popular this week", "You might also like",
                                     "Related posts:", "Latest news", "Next story >"])
def test_numbered_headlines_a_page_lists_under_its_heading_are_other_reports(heading):
    events = read("A Russian glide bomb hit a shop in Lyman, Donetsk region, on Monday, wounding two men, the governor said.\n\n"
                  f"{heading}\n1. Drone attack on Sumy bakery kills three\n2. Grain exports rise again\n"
                  "3. Missile strike on Odesa port wounds five", published=dt.date(2025, 3, 4))
    assert [(e.place, e.killed) for e in events] == [("Lyman", None)]


@pytest.mark.parametrize("note", ["Updated 8 May 2024, 14:20 GMT: Adds police comment on the Kupiansk strike.",
                                  "(Adds toll from the strike on Kupiansk in paragraph 2)"])
def test_an_update_note_naming_what_the_story_added_is_no_strike(note):
    events = read(f"A Russian glide bomb hit a market in Kupiansk on Monday, killing two people, the governor said.\n\n{note}",
                  published=dt.date(2024, 5, 8))
    assert [(e.place, str(e.date)) for e in events] == [("Kupiansk", "2024-05-06")]


def test_a_funerals_crowd_and_day_are_not_the_strikes():
    text = ("IBB, Yemen, Nov 9 (Agency) - Thousands of mourners packed the main square of the central city of Ibb on "
            "Saturday for the burial of nine men killed when jets struck a bus station last week.\n"
            "The jets struck the station in the town of Yarim on Tuesday, residents said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2019, 11, 9))] == [("Yarim", dt.date(2019, 11, 5))]


def test_the_day_the_buried_were_killed_is_the_strikes():
    text = ("New graves covered the slope above the village on Thursday. The villagers laid to rest there had been killed "
            "early on Monday, when jets bombed two hamlets in Spin Boldak district, elders said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2025, 3, 14))] == [("Spin Boldak", dt.date(2025, 3, 10))]


def test_a_timelines_day_heading_in_capitals_with_its_month_abbreviated_dates_its_items():
    text = ("RECAP: a week of raids\n\nISTANBUL - Here is how the week unfolded.\n\nTUESDAY, FEB. 6\n"
            "- Turkish jets struck a depot near Zakho, the ministry said.\n\nWEDNESDAY, FEB. 7\n"
            "- Drones hit a car on the road outside Qamishli, killing two.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2024, 2, 9))] == \
        [("Zakho", dt.date(2024, 2, 6)), ("Qamishli", dt.date(2024, 2, 7))]


def test_a_sides_own_security_forces_telling_of_a_strike_are_not_the_theatres_state():
    told = "In Derik, a grain store was hit, killing a watchman, the council's Asayish security forces said."
    assert actor_in(told, ("SY",)) is None
    assert actor_in("Security forces bombed a depot in Derik.", ("SY",)).name == "Syria (government)"


def test_things_counted_as_hit_on_a_day_date_the_one_told_next_among_them():
    text = ("GENEVA, May 7 - On Sunday alone, three clinics were hit. Among them was the main hospital in Khan Shaykhun, "
            "bombed from the air shortly after lunch, the agency said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2019, 5, 7))] == [("Khan Shaykhun", dt.date(2019, 5, 5))]


def test_a_day_that_dates_a_comparison_and_the_strike_it_tells_is_the_strikes():
    text = ("ADEN, April 28 - US strikes on a market in Saada killed six people on Sunday. It was the worst week since "
            "12 April, when US strikes on the port of Hodeidah killed 40 people, officials said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2025, 4, 28))] == \
        [("Saada", dt.date(2025, 4, 27)), ("Hodeidah", dt.date(2025, 4, 12))]


def test_a_strike_named_by_its_day_that_a_speaker_returned_to_keeps_its_day():
    text = ("NEW YORK, June 6 - An Israeli strike on a school in Bureij killed 20 people on Thursday. The envoy later "
            "returned to the May 22 air strike on a shelter in western Khan Younis, which killed 31 people.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2024, 6, 6))] == \
        [("Bureij", dt.date(2024, 6, 6)), ("Khan Younis", dt.date(2024, 5, 22))]


def test_rockets_and_the_attack_told_again_are_fire_from_the_ground():
    text = ("Rockets hit camps near Harem\n\nNorth Syria Monitor | Monday 7 November 2022\n\nRockets carrying cluster "
            "munitions slammed into tents near Harem early on Sunday, killing seven people, the civil defence said.\n\nThe "
            "attack fell just after dawn on farmland west of the village of Kafr Takharim, where hundreds of families "
            "shelter.\n\nWarplanes circled the area in the morning, but monitors logged no air strikes that day.")
    assert read(text, published=dt.date(2022, 11, 7)) == []


def test_a_strike_announced_in_a_quoted_word_is_still_announced_not_told():
    text = ("TRIPOLI, July 2 - Jets bombed a camp in Tajoura on Tuesday, killing 40. On Monday, the general had said he "
            "would begin \"massive\" air strikes on targets in Zawiya.")
    assert [e.place for e in read(text, published=dt.date(2019, 7, 2))] == ["Tajoura"]


def test_strikes_reported_in_the_passive_on_a_day_fell_that_day():
    text = ("SANAA, March 17 - US jets struck Sanaa on Saturday night. New raids were reported early on Monday at the "
            "harbour of Mokha, the channel said.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2025, 3, 17))] == \
        [("Sanaa", dt.date(2025, 3, 15)), ("Mokha", dt.date(2025, 3, 17))]


def test_a_warship_named_like_a_town_and_a_pages_update_note_are_no_strikes():
    text = ("SANAA, March 17 - US jets struck Sanaa on Saturday night. The rebels claimed on Sunday they had fired missiles "
            "at the Lincoln carrier group in the Gulf of Aden. US officials said no ship had been hit.\n\nThis story was "
            "updated at 16:10 GMT to add the raids reported in Mokha.")
    assert [e.place for e in read(text, published=dt.date(2025, 3, 17))] == ["Sanaa"]


def test_a_bearing_in_an_entry_labelled_by_its_town_is_no_place_struck():
    text = ("KARACHI, May 7 - Missiles hit several towns overnight, officials said.\n\nThe army vowed to respond. Schools "
            "were shut.\n\nThe sites:\n\nGUJRAT (Punjab): Missiles struck a seminary at the town's edge, off the highway "
            "north of Lahore. Two guards were killed, police said.")
    assert [(e.place, e.killed) for e in read(text, published=dt.date(2025, 5, 7))] == [("Gujrat", 2)]


def test_the_city_under_a_subheading_is_the_city_the_report_comes_from():
    text = ("Drones hit Kassala again\n\nKASSALA - Drones struck the airport at dawn on Tuesday, officials said.\n\nAnother "
            "drone struck the base by the city's river road, shattering glass at the nearby Taka hotel.\n\nTWO DAYS "
            "OF ATTACKS\nThe raids started on Monday, when drones hit a fuel depot and a warehouse on the city's northern edge.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2024, 11, 5))] == \
        [("Kassala", dt.date(2024, 11, 5)), ("Kassala", dt.date(2024, 11, 4))]


def test_where_a_team_held_a_minutes_silence_is_no_place_struck():
    text = ("KYIV, Jan 23 - A Russian missile hit a block of flats in Kharkiv on Tuesday, killing 11.\n\nThe team observed a "
            "minute's silence at its camp near Belek on Tuesday in memory of those killed in the attack.")
    assert [(e.place, e.killed) for e in read(text, published=dt.date(2024, 1, 23))] == [("Kharkiv", 11)]


def test_a_sections_title_in_capitals_is_no_town():
    text = ("Drones and jets hit the north\n\nIDLIB, July 23 - Russian jets struck a market in Armanaz on Friday, killing "
            "seven.\n\nThe league suspended its games for a week. Coaches sent players home.\n\nNORTH-EAST: DRONE HITS CAR "
            "NEAR AMUDA\n\nA Turkish drone hit a car on the road out of Amuda on Friday, killing three.")
    assert [(e.place, e.actor) for e in read(text, published=dt.date(2022, 7, 23))] == \
        [("Armanaz", "Russia"), ("Amuda", "Turkey")]


def test_the_day_funerals_were_held_is_not_the_strikes():
    text = ("SKADOVSK, Jan 4 - Funerals were held on Sunday for three guests who died when drones hit a bar in "
            "Zaliznyi Port during New Year celebrations.")
    assert [(e.place, e.date) for e in read(text, published=dt.date(2026, 1, 4))] == [("Zaliznyi Port", dt.date(2026, 1, 1))]


def test_a_digests_numbered_country_section_names_another_war():
    text = ("THE WEEKLY BRIEF\nSecurity digest | Friday, 22 March 2024\n\nGood morning. Three wars this week.\n\n"
            "1) PAKISTAN / AFGHANISTAN - Raids in Khost\nPakistani jets hit Khost province early on Monday, leaving eight "
            "people dead, the Taliban said.\n\n2) PHILIPPINES - Strikes after an ambush\nJets bombed hideouts "
            "in the marshland of Datu Piang early on Wednesday, the army said.")
    assert [(e.place, e.actor) for e in read(text, published=dt.date(2024, 3, 22))] == \
        [("Khost", "Pakistan"), ("Datu Piang", "unknown")]
