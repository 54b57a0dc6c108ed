"""Strikes told in wire copy and newspapers' news stories: what a back-reference means after a sentence that
names another place, and the other reading rules written from agency and newsroom reporting."""
import datetime as dt

from extracted import events_told
from strikes.extract import extract_events
from strikes.model import Article


def test_the_camp_is_the_place_last_named_as_a_camp_not_a_town_named_since():
    text = ("GAZA, March 3 - Israeli aircraft bombed houses in Bureij camp on Saturday, killing nine people, health "
            "officials said. Families in Zawaida said the explosions woke them. Another strike on the camp on Sunday "
            "killed three.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 3, 3))] == [("Bureij", "2024-03-02"), ("Bureij", "2024-03-03")]



def test_a_town_with_the_agency_in_brackets_before_the_dash_is_the_bureaus_dateline():
    text = ("Sudan army drone strike kills 12 in Kordofan\n\nPublished on: 09/03/2025 - 10:05\n\n"
            "Nairobi (AFP) – An army drone hit a village in Sudan's North Kordofan state on Saturday, killing 12 "
            "people, medics told AFP on Sunday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2025, 3, 9))] == [("North Kordofan", "2025-03-08")]


def test_where_the_house_struck_stood_places_a_strike_told_by_its_province():
    text = ("SANAA, Yemen (AP) - A Saudi-led coalition air strike hit a house in Yemen's northern Hajjah province on "
            "Sunday, killing six civilians, officials said Monday. The house stood in a village in Abs district, west "
            "of the town of Hajjah. A neighbor said the family had fled the coast.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2018, 5, 7))] == [("Abs", "2018-05-06", 6)]


def test_the_day_a_government_accused_a_side_of_strikes_is_not_their_day_nor_is_a_border_their_place():
    text = ("PESHAWAR: The Taliban government on Thursday accused Pakistan of carrying out air strikes in the eastern "
            "province of Khost that it said killed 20 people. According to a Taliban spokesman, Pakistani jets bombed "
            "several locations in the Spera district of Khost late on Tuesday night. Residents said the worst-hit "
            "villages were Afghan Dubai and Mandatah, close to the border with North Waziristan, where several houses "
            "were destroyed.")
    told = [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2022, 4, 21))]
    assert told == [("Spera", "2022-04-19", "Pakistan")], told


def test_a_name_targeted_on_a_day_as_he_travelled_is_a_person_and_the_town_he_was_near_is_the_place():
    text = ("WASHINGTON, May 22 - U.S. drones targeted Rahimi on Saturday as he travelled in a car near the town of "
            "Ahmad Wal in Balochistan province, officials said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2016, 5, 22))] == [("Ahmad Wal", "2016-05-21")]


def test_a_byline_of_reporters_in_their_towns_is_no_heading_whose_town_holds_the_quarters_told_next():
    text = ("The Daily Ledger\nWorld › Middle East\n\nCoalition admits its jets struck Raqqa quarter where dozens died\n\n"
            "Anna Lowe in Erbil and Karim Saleh in Ain Issa\nSun 2 Jul 2017 14.10 BST\n\n"
            "The US-led coalition has acknowledged that its aircraft bombed a neighbourhood in Raqqa where rescuers say "
            "40 people were killed. In a statement on Saturday, the coalition said it had hit Isis fighters on 28 June "
            "at the location where residents of the al-Badu district say families were sheltering.")
    [(place, day, _, _, _)] = events_told(text, dt.date(2017, 7, 2))
    event = extract_events(Article(text=text, id="t", published=dt.date(2017, 7, 2)))[0]
    assert day == "2017-06-28" and abs(event.lat - 35.95) < 0.2 and abs(event.lon - 39.01) < 0.2, (place, event.lat, event.lon)


def test_the_day_rescuers_pulled_more_bodies_out_is_not_the_strikes_day():
    text = ("KYIV, March 10 (AP) - Rescue teams in Zaporizhzhia pulled more bodies from a collapsed apartment block on "
            "Sunday, bringing the number of people killed in a Russian missile attack on the city to 14, the governor "
            "said. The missile hit the building late on Friday.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 3, 10))] == [("Zaporizhzhia", "2024-03-08", 14)]


def test_the_regions_a_barrage_was_mostly_aimed_at_are_not_places_struck():
    text = ("KYIV, March 10 - Russia launched 25 Shahed drones at Ukraine overnight into Sunday, mostly towards the "
            "Sumy and Poltava regions, the air force said. A drone hit a warehouse in Kremenchuk on Sunday, injuring two, "
            "officials said.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 3, 10))] == ["Kremenchuk"]


def test_the_strike_a_raid_was_the_first_since_is_an_earlier_one_recalled():
    text = ("MIRANSHAH, Oct 22 - A US drone fired two missiles at a compound in Shewa on Wednesday, killing four "
            "suspected militants, officials said. It was the first since a missile hit a vehicle near Razmak in early "
            "August.")
    assert [p for p, *_ in events_told(text, dt.date(2014, 10, 22))] == ["Shewa"]


def test_the_market_told_again_by_its_distance_from_another_town_is_the_strike_already_told():
    text = ("KHARTOUM, Dec 10 - An army air strike on a market in Kabkabiya in North Darfur on Monday killed at least "
            "40 people, medics said. The market, some 140 kilometres west of El Fasher, was crowded with traders when "
            "a warplane dropped several bombs, witnesses said.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 12, 10))] == [("Kabkabiya", 40)]


def test_where_a_ministry_did_not_address_the_strikes_is_no_place_of_theirs():
    for said in ("did not address the Idlib strikes directly", "declined to comment on the strikes"):
        text = ("BEIRUT, Dec 21 - Russian jets struck a market in Maarat al-Numan in Syria's Idlib province on Sunday, "
                f"killing 20 people, a monitor said. In Moscow, the defence ministry {said}.")
        assert [p for p, *_ in events_told(text, dt.date(2015, 12, 21))] == ["Maarat al-Numan"], said


def test_a_side_that_has_stepped_up_the_use_of_drones_against_cities_reports_no_strike_there():
    text = ("PORT SUDAN, May 6 - Drones struck the fuel depot in Port Sudan on Monday, officials said. Air defences in "
            "Kassala also shot down two drones on Monday night, officials said, adding they caused no damage. The RSF "
            "has not claimed the attacks, but has recently stepped up the use of long-range drones against "
            "infrastructure in army-held cities, including power stations in Merowe, Kosti and Omdurman.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 6))] == ["Port Sudan"]


def test_strikes_told_only_as_in_recent_days_have_no_day_to_map():
    text = ("PORT SUDAN, May 6 - Drones struck the fuel depot in Port Sudan on Tuesday, officials said. The RSF has "
            "accused the army of bombing residential areas of Zalingei in recent days, but gave no details.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 6))] == ["Port Sudan"]


def test_a_second_strike_a_source_tells_after_while_or_a_title_after_as_keeps_its_own_toll():
    for text in ("PORT SUDAN, May 6 - Drones struck fuel depots in Port Sudan on Tuesday, the second attack in three days "
                 "on the city, while a local group said an army air strike killed 17 civilians at a market in Darfur.",
                 "Drones hit Port Sudan fuel depots as army air strike kills 17 at Darfur market\n\n"
                 "PORT SUDAN, May 6 - Drones struck fuel depots in Port Sudan on Tuesday, officials said."):
        tolls = {p: k for p, _, _, k, _ in events_told(text, dt.date(2025, 5, 6))}
        assert tolls.get("Port Sudan", "missing") is None and tolls.get("Darfur", 17) == 17, tolls


def test_jets_the_military_said_it_flew_against_militants_at_home_are_its_own_not_the_drone_told_before():
    text = ("MIRANSHAH, Oct 22 - A US drone fired two missiles at a compound in Datta Khel on Wednesday, killing four "
            "suspected militants, officials said. Separately, the military said that fighter jets had pounded militant "
            "hideouts near Mir Ali on Wednesday, killing 13 terrorists.")
    assert {p: a for p, _, a, *_ in events_told(text, dt.date(2014, 10, 22))} == {"Datta Khel": "United States", "Mir Ali": "Pakistan"}


def test_of_namesake_villages_the_index_tells_nothing_apart_the_one_near_the_other_places_struck_is_meant():
    text = ("MIRANSHAH, Oct 22 - A US drone fired two missiles at a compound in Datta Khel on Wednesday, killing four "
            "suspected militants, officials said. Separately, the military said that fighter jets had pounded militant "
            "hideouts near Mir Ali on Wednesday, killing 13 terrorists.")
    [mir_ali] = [e for e in extract_events(Article(text=text, id="t", published=dt.date(2014, 10, 22))) if e.place == "Mir Ali"]
    assert abs(mir_ali.lat - 33.0) < 0.3 and abs(mir_ali.lon - 70.3) < 0.3, (mir_ali.lat, mir_ali.lon)


def test_the_day_the_last_bodies_were_recovered_is_not_the_strikes_day_however_long_their_description():
    text = ("Death toll from Russian missile strike on Zaporizhzhia apartment block rises to 9\n\n"
            "KYIV, May 22 (Reuters) - The death toll from a Russian missile strike on an apartment building in "
            "Zaporizhzhia on Saturday has risen to nine, the governor said on Monday. Emergency workers recovered the "
            "last two bodies, those of an elderly man and his granddaughter, from a collapsed stairwell early on "
            "Monday. Russia's defence ministry said on Saturday that its forces had struck a command post in "
            "Zaporizhzhia.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 5, 22))] == [("Zaporizhzhia", "2023-05-20")]


def test_a_second_bureaus_town_after_the_first_ones_country_is_part_of_the_dateline():
    text = ("AKCAKALE, Turkey/BEIRUT, Oct 16 (Reuters) - U.S.-led warplanes pounded Islamic State fighters around the "
            "Syrian town of Tal Abyad on Tuesday, a monitoring group said on Thursday.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2014, 10, 16))] == [("Tal Abyad", "2014-10-14")]


def test_a_sides_claim_to_have_hit_targets_it_does_not_name_is_no_strike_seen():
    for claim in ('claimed to have hit "vital infrastructure" in Haifa',
                  'claimed that its drones had also struck "military targets" at the port of Haifa'):
        text = ("JERUSALEM, June 15 - An Iranian missile struck a residential building in Bat Yam overnight, killing six "
                f"people, Israeli officials said. Iran's Revolutionary Guards said they had fired missiles at Israel and {claim}.")
        assert [p for p, *_ in events_told(text, dt.date(2025, 6, 15))] == ["Bat Yam"], claim


def test_drones_deployed_around_a_city_are_stationed_there_not_striking_it():
    text = ("TRIPOLI, June 7 - Forces allied to the government took the outskirts of Tarhuna on Saturday. Analysts say "
            "Turkish-made drones and air defence systems deployed around Misrata have been decisive in the fighting.")
    assert events_told(text, dt.date(2020, 6, 7)) == []


def test_the_strike_a_title_counts_a_year_from_is_recalled_in_the_story_that_tells_it_again():
    text = ("Kano: A year after the army drone strike, survivors wait for answers\n\n"
            "A year ago tonight, Amina was sitting with her daughters in a courtyard in Garin Dutse.\n\n"
            "The army drone strike on the village, in Kano state, killed at least 40 people, according to the state "
            "authorities.")
    assert events_told(text, dt.date(2024, 12, 3)) == []


def test_the_day_after_the_reports_told_in_local_time_is_the_next_day_not_last_week():
    text = ("BAGHDAD, Jan 3 (Reuters) - Iraqi state television reported an air strike on a convoy of militia fighters "
            "near Balad, north of Baghdad, early on Saturday local time. Six people were killed, a security source said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2020, 1, 3))] == [("Balad", "2020-01-04")]


def test_drones_a_side_received_from_a_state_are_not_launched_from_it():
    text = ("TRIPOLI, Aug 6 - A drone strike hit a compound in Murzuq late on Sunday, killing 43 people, officials said. "
            "It was not immediately clear who carried out the strike. The conflict has become a proxy war, with the "
            "government receiving armoured vehicles and drones from Turkey.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2019, 8, 6))] == [("Murzuq", "unknown")]
