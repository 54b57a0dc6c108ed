"""Strikes told at a remove: in analyses, explainers, interviews, re-issued wires, translations and casualty tallies."""
import datetime as dt

from extracted import events_told

from geo import open_gazetteer
from strikes.extract import extract_events
from strikes.extract.dates import read_as_published
from strikes.extract.places import places_in
from strikes.model import Article
from strikes.readers import make_article


def test_where_the_aircraft_flew_when_it_let_its_bombs_go_is_not_where_they_fell():
    text = ("KHARKIV, Aug 31 - A Russian glide bomb hit a playground in Kharkiv on Friday, killing a girl of 14. "
            "Investigators believe the jet let its bomb go from Russian airspace in the Belgorod region.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 8, 31))] == [("Kharkiv", "2024-08-30")]


def test_a_building_named_for_the_people_is_not_a_town():
    text = ("DAMASCUS, July 17 - Israeli jets struck an area beside the People's Palace on the southern edge of the "
            "capital on Wednesday, state media said.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2025, 7, 17))] == [("Damascus", "Israel")]


def test_the_capital_struck_is_the_capital_wherever_in_it_the_target_stood():
    text = "SANAA, July 17 - US jets struck a fuel depot on the northern outskirts of the capital on Wednesday, rebel media said."
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 7, 17))] == [("Sanaa", "2025-07-16")]
    measured = "SANAA, July 17 - US jets struck a fuel depot 40 km north of the capital on Wednesday, rebel media said."
    assert events_told(measured, dt.date(2025, 7, 17)) == []


def test_towns_struck_during_a_war_are_its_course_not_a_strike_told():
    text = ("Mourners gathered in Qom on Saturday for officers killed in Israeli air strikes. Ceremonies were also held in "
            "Tabriz and Shiraz, both of them bombed during the war.")
    assert events_told(text, dt.date(2025, 6, 28)) == []


def test_a_crowd_that_attends_a_funeral_is_not_the_toll():
    text = ("Thousands attended a funeral in Qom on Saturday for officers killed in Israeli strikes on Tuesday. Officials "
            "said the strikes hit Karaj.")
    assert [k for *_, k, _w in events_told(text, dt.date(2025, 6, 28))] == [None]


def test_a_timeline_s_entries_each_open_on_their_own_day_under_a_dateline_without_its_year():
    text = ("TIMELINE-Strikes on the coast\n\nADEN, March 2 (Wire) - Key moments of the campaign so far.\n\n"
            "Nov. 19, 2023 - Rebels seize a cargo ship off the coast.\n\n"
            "Feb. 27, 2024 - A U.S. air strike hits a radar site near Hodeidah, killing two fighters, the group says.\n\n"
            "March 1, 2024 - U.S. jets strike a missile launcher near Kamaran island, the Pentagon says.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 3, 2))] == [("Hodeidah", "2024-02-27"), ("Kamaran", "2024-03-01")]


def test_the_quarters_a_city_s_strike_listed_lie_in_the_city_whatever_towns_abroad_bear_their_names():
    text = ("KADUGLI, March 5 - Army jets bombed Kadugli on Tuesday, killing nine people. The jets circled over the town all "
            "afternoon and hit the Sevilla market and the quarters of al-Matar, al-Riyadh and Texas, witnesses said.")
    found = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 5)))
    assert [(e.country, e.date.isoformat(), e.killed) for e in found] == [("SD", "2025-03-04", 9)]


def test_a_town_struck_while_someone_slept_there_is_a_town_not_a_person():
    text = "Israeli jets struck a flat in Tyre while he slept, killing him and his wife, the health ministry said."
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 10, 9))] == [("Tyre", 2)]


def test_an_interview_s_answer_strikes_the_story_s_village_on_the_day_the_question_asks_about():
    text = ("INTERVIEW | A mayor on the first raid\n\nThe mountain village of Bsharri had never been bombed before. Its mayor "
            "spoke to us by telephone on Thursday.\n\nQ: Tell us about the raid on Monday?\n\nA: Just after noon a missile "
            "from an Israeli jet hit a house by the church in the village. Eleven people died.")
    assert [(p, d, a, k) for p, d, a, k, _ in events_told(text, dt.date(2024, 10, 17))] == [("Bsharri", "2024-10-14", "Israel", 11)]


def test_a_bulletin_s_line_of_totals_to_date_is_no_strike():
    text = ("Cumulative (provincial health office, 1 February - 20 June 2025): 212 civilians killed and 640 injured by "
            "shelling, drone strikes and air raids in White Nile state.")
    assert events_told(text, dt.date(2025, 6, 21)) == []


def test_attacks_counted_between_two_months_are_a_tally():
    text = "Police counted 11 drone attacks on rural posts in Cauca between February and May."
    assert events_told(text, dt.date(2025, 6, 2)) == []


def test_the_days_of_mourning_a_strike_brought_are_not_its_days():
    text = ("A Russian missile hit a bus station in Sumy on March 3, killing 14 people. The attack was the worst on the city "
            "this year; the city held two days of mourning from 5 to 6 March.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 3, 12))] == [("Sumy", "2025-03-03")]
    declared = "Sunday was declared a day of mourning by the council, after a Russian missile hit a bus station in Sumy on Friday."
    assert [(p, d) for p, d, *_ in events_told(declared, dt.date(2025, 3, 12))] == [("Sumy", "2025-03-07")]


def test_an_anti_tank_attack_is_fired_on_the_ground_and_an_attack_warned_of_is_not_made():
    prepared = ("Israeli jets struck Rafah on Friday, killing two. The cell, the army said, was about to stage an anti-tank "
                "attack on a patrol, days after its leader's arrest in Nablus.")
    assert [p for p, *_ in events_told(prepared, dt.date(2022, 8, 6))] == ["Rafah"]
    warned = ("Russian missiles hit Dnipro on Thursday. Shops in Kyiv shut early on Wednesday amid warnings of a "
              "possible massive air attack on Kyiv.")
    assert [p for p, *_ in events_told(warned, dt.date(2024, 11, 21))] == ["Dnipro"]


def test_the_town_whose_officials_speak_is_the_town_of_its_own_harm():
    text = ("Ukrainian drones hit oil plants in southern Russia on Sunday, officials said. Further south, the local "
            "administration of Slavyansk-na-Kubani reported that a drone had set the town's refinery ablaze at dawn.")
    assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2024, 3, 18))] == [("Slavyansk-na-Kubani", "2024-03-17", "Ukraine")]


def test_a_byline_s_american_date_is_read_month_first_when_that_is_the_day_the_page_was_published():
    text = ("Senators back missile strike\n\nBy a staff writer - 04/07/17 07:55 PM EDT\n\nTwo destroyers fired 59 Tomahawk "
            "missiles at Shayrat airfield in Syria on Friday, the Pentagon said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2017, 4, 7))] == [("Shayrat", "2017-04-07")]
    assert make_article(text, "t", dt.date(2017, 4, 7), "test").published == dt.date(2017, 4, 7)


def test_a_wire_s_bracketed_note_of_what_an_update_changed_leaves_the_dateline_under_it_a_dateline():
    text = ("UPDATE 3-Jets bomb festival in Chin state, rebels say\n\n(Adds army statement, updates toll)\n\n"
            "May 9 (Wire) - Air strikes by the Myanmar military on a festival in Chin state killed at least 31 people, a rebel "
            "spokesman said on Tuesday.\n\nThe strikes hit a crowd near Thantlang on Sunday evening, he said.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2023, 5, 9))] == [("Thantlang", "2023-05-07", 31)]


def test_a_factbox_s_entries_headed_by_days_long_past_are_its_background():
    text = ("FACTBOX-The deadliest raids of the war\n\nJuly 12 (Wire) - Here are the worst raids recorded "
            "since the coup.\n\nPAZIGYI, SAGAING REGION - April 11, 2023\n* A jet bombed a crowd at an opening ceremony in "
            "Kanbalu township, killing at least 160 people.\n\nHPAKANT, KACHIN STATE - Oct. 23, 2022\n* Three jets bombed a "
            "concert near Hpakant, killing some 60.")
    assert events_told(text, dt.date(2023, 7, 12)) == []


def test_an_incident_list_s_towns_opened_by_their_days_say_which_country_the_report_is_about():
    text = ("FLASH UPDATE No. 4\nReporting period: 1-15 March 2020 | Issued: 16 March 2020\n\nINCIDENT SUMMARY\n\n"
            "3 Mar - Saraqeb. A surgical hospital was damaged in an aerial bombardment; nobody was hurt.\n\n"
            "9 Mar - Ariha. Air attacks hit homes close to Al-Ihsan hospital. Local sources reported seven "
            "people killed.")
    found = extract_events(Article(text=text, id="t", published=dt.date(2020, 3, 16)))
    assert [(e.date.isoformat(), e.country, e.killed) for e in found] == [("2020-03-03", "SY", 0), ("2020-03-09", "SY", 7)]
    assert all(e.lat is not None for e in found)


def test_a_country_named_where_the_strikes_fell_before_a_determiner_did_not_make_them():
    text = "The paper says in the north of Syria the air raids on Sunday fell on the hills around Kobani."
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2022, 11, 21))] == [("Kobani", "unknown")]


def test_an_attack_of_fighters_on_a_checkpost_is_fought_on_the_ground():
    text = ("Pakistani jets bombed Barmal district late on Tuesday, killing 40, the Taliban said. On Saturday the army "
            "had said 12 soldiers died in an attack of the militants on a checkpost in South Waziristan's Makeen area.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 25))] == ["Barmal"]


def test_a_lesson_s_exercises_on_the_news_report_nothing():
    text = ("A Yemeni missile was shot down over Eilat on Thursday night. Nobody was hurt.\n\nClassroom corner\n"
            "True or false: a hotel in Eilat was hit by the missile.\nWrite a short letter to a pen friend about the attack on Eilat.")
    assert events_told(text, dt.date(2025, 4, 4)) == []


def test_a_title_s_capitalised_words_run_on_after_its_place_and_are_not_part_of_it():
    gazetteer = open_gazetteer()
    title = "Strikes on Port Sudan Leave City Dark as Fuel Runs Low, Officials Warn Council"
    assert [p.name for p in places_in(title, gazetteer)] == ["Port Sudan"]
    region = "Strike in Damascus Raises Fears of New Front in Region, Envoy Says"
    assert [p.name for p in places_in(region, gazetteer)] == ["Damascus"]


def test_a_strike_named_by_its_month_and_year_and_its_kind_is_recalled_not_reported():
    text = ("Russian jets bombed a market in Maarat al-Numan on Monday, killing 39. The envoy recalled the April 2017 sarin "
            "attack on Khan Shaykhun, saying the impunity that followed had led to today's raids.")
    assert [p for p, *_ in events_told(text, dt.date(2019, 7, 31))] == ["Maarat al-Numan"]


def test_a_state_body_named_with_its_authority_is_not_a_place():
    text = ("Drones hit Port Sudan airport on Tuesday, officials said. An engineer at the Civil Aviation Authority said "
            "one drone struck the passenger terminal.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 6))] == ["Port Sudan"]


def test_a_drone_heard_overhead_and_fired_at_struck_nothing():
    text = ("Army jets bombed Mellit on Wednesday, killing four. In Kutum a drone was buzzing overhead all Thursday, and "
            "fighters fired machine guns at it.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 9, 19))] == ["Mellit"]


def test_where_a_side_denies_striking_is_not_where_the_strike_it_denies_fell():
    text = ("A drone struck a farm in Baqdaad on Monday, killing 19, elders said. Its last strike in the country, the "
            "command said, was on March 10, and it had not conducted an operation near Afgoye on Monday.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 19))] == ["Baqdaad"]


def test_where_jets_were_readied_and_where_embassies_condemned_are_not_where_they_struck():
    readied = ("Thai F-16s bombed a Cambodian hill post near Choam Ksant on Thursday. Four jets had been readied at the Ubon "
               "Ratchathani base for the mission, the air force said, and two of them dropped bombs.")
    assert [p for p, *_ in events_told(readied, dt.date(2025, 7, 25))] == ["Choam Ksant"]
    embassies = "Jets bombed a concert near Hpakant on Sunday, killing 60. The raid drew protests from embassies in Yangon."
    assert [p for p, *_ in events_told(embassies, dt.date(2022, 10, 25))] == ["Hpakant"]


def test_terrorist_attacks_and_a_trend_of_strikes_by_a_side_are_no_strike_told():
    terror = ("Pakistani jets struck Khost on Monday. The Secretary-General condemned terrorist attacks, among "
              "them one on Saturday in Mir Ali.")
    assert [p for p, *_ in events_told(terror, dt.date(2024, 3, 18))] == ["Khost"]
    trend = ("Jets bombed a concert near Hpakant on Sunday, killing 60. Air strikes by the junta have increased sharply this "
             "year, above all in Sagaing and Kayin, she said.")
    assert [p for p, *_ in events_told(trend, dt.date(2022, 10, 25))] == ["Hpakant"]


def test_where_the_planes_fly_when_they_drop_their_bombs_is_not_where_the_bombs_fall():
    text = ("Q: What happened on Saturday in Kharkiv?\n\nA: Two guided bombs hit a furniture shop on the edge of the city at teatime. "
            "They drop such bombs from their planes while flying over Belgorod, out of our reach. Nineteen people died.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 5, 28))] == [("Kharkiv", "2024-05-25", 19)]



def test_the_night_a_wounded_woman_died_is_not_the_day_of_the_strike_told_next():
    text = ("A woman who was wounded in the Russian missile strike on Zaporizhzhia on 2 May died overnight under intensive care, "
            "bringing the toll to 11, the governor said on Monday morning.\n\nFour of those killed were children. The youngest "
            "was five, prosecutors said; they keep a list of the victims. The woman who died overnight had lain unconscious at "
            "City Hospital No. 5 since the day of the strike, medics said.\n\nThe Iskander missile exploded over a car park in "
            "the city's Oleksandrivskyi district shortly before noon.")
    assert [d for _, d, *_ in events_told(text, dt.date(2025, 5, 12))] == ["2025-05-02"]


def test_strikes_a_side_did_not_mention_are_not_reported():
    text = ("Junta jets bombed Nyaung Pin Wun village in Ye-U township on Wednesday, killing two. State media said on Thursday "
            "that villages in Kanbalu township had been \"cleared\" of \"terrorists\" but did not mention air strikes.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 2, 2))] == ["Nyaung Pin Wun"]


def test_a_town_named_after_its_kind_and_a_comma_is_in_a_place_s_slot():
    text = ("It has been a hard week in Lebanon. On Friday an Israeli air strike brought down two blocks in a crowded quarter "
            "of the capital, Beirut.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 9, 22))] == [("Beirut", "2024-09-20")]
    clause = ("Drones struck Kidal twice on Tuesday, killing 14. The second hit near the market at the eastern end of the town, "
              "where Ag Moussa had gone to help the wounded.")
    assert [p for p, *_ in events_told(clause, dt.date(2023, 11, 9))] == ["Kidal"]


def test_a_promised_act_done_on_a_day_dates_the_strikes_told_after_it():
    text = ("The president promised the country would respond to the attack on its troops. And on Friday, it did. Bombers hit "
            "more than 80 targets. Over the Syrian border, jets bombed depots near Al-Bukamal and Mayadeen.")
    assert {d for _, d, *_ in events_told(text, dt.date(2024, 2, 5))} == {"2024-02-02"}


def test_a_dateline_that_names_its_month_is_read_as_written_whatever_the_publication_date():
    text = "Location: Idlib\nDate: 7 April 2017\n\nJets struck a clinic in Heish on 7 April 2017, killing ten."
    assert read_as_published(dt.date(2017, 4, 7), dt.date(2017, 7, 1), text) == dt.date(2017, 4, 7)
    assert read_as_published(dt.date(2017, 7, 4), dt.date(2017, 4, 7), "By a writer - 04/07/17 07:55 PM") == dt.date(2017, 4, 7)
