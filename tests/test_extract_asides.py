"""What a report tells beside its strikes: where speakers sit, what a side does again and again, what a
strike brings to mind, and the words that place a strike in a city or a region (invented sentences)."""
import datetime as dt

import pytest
from extracted import events_told

from strikes.extract import extract_events
from strikes.extract.numbers import casualties_in
from strikes.model import Article

DAY = dt.date(2025, 3, 16)  # a Sunday


def _events(text: str, published: dt.date = DAY) -> list[tuple]:
    return events_told(text, published)


def _places(text: str, published: dt.date = DAY) -> list[str]:
    return [place for place, *_ in _events(text, published)]


def test_a_site_named_after_its_town_is_placed_at_the_town_not_the_region_holding_it():
    text = "A junta jet bombed the Pauk market district in southern Magway on Saturday, killing six people, residents said."
    assert _places(text) == ["Pauk"]


@pytest.mark.parametrize("lead", [
    "Drones bombed the South Darfur capital Nyala on Saturday, killing five people, the army said.",
    "Junta jets struck the outskirts of the Karen State capital, Hpa-an, on Saturday, killing two farmers.",
])
def test_the_capital_of_a_unit_named_by_its_name_is_the_place_struck(lead):
    assert _places(lead) in (["Nyala"], ["Hpa-an"])


def test_strikes_a_side_has_also_made_again_with_no_day_are_its_record():
    text = ("Army jets bombed a market in the town of Um Ruwaba on Saturday, killing nine people, a rights group said.\n\n"
            "The paramilitary force has also carried out drone attacks in Kosti and Port Sudan.")
    assert _places(text) == ["Um Ruwaba"]


def test_a_person_noun_that_names_a_kind_of_death_counts_no_one():
    toll = casualties_in("Monitors say raids by the army are now a leading cause of civilian deaths in the region.")
    assert (toll.killed, toll.civilians_killed) == (None, None)


@pytest.mark.parametrize("aside", [
    "A military source in Kaduna told reporters the aircraft had flown two sorties.",
    "Doctors at the teaching hospital in Gusau said they were treating six people hurt in the raid.",
    "A security official in Kano said the raid had hit an empty camp.",
    "The committee in Washington is due to question defence officials over the growing number of strikes.",
])
def test_where_a_source_sits_or_the_wounded_are_treated_is_no_strike(aside):
    text = ("Air force jets struck a camp near the village of Dansadau in Zamfara state on Saturday, killing 20 fighters, "
            "the military said.\n\nAn air force spokesman said the aircraft had engaged the fighters as they gathered.\n\n"
            "Residents disputed the account and said farmers were among the dead.\n\n" + aside)
    assert _places(text) == ["Dansadau"]


def test_a_side_that_did_not_confirm_any_strike_tells_none():
    text = ("A drone hit a family home in Barmal, in eastern Paktika, late on Monday, killing five people, "
            "Taliban officials said.\n\n"
            "Pakistan's army did not confirm any strike, but a senior officer in Islamabad said militants hid in the area.")
    assert _places(text) == ["Barmal"]


def test_a_fact_check_that_found_no_record_of_a_strike_tells_none():
    assert _events("We found no record of a Russian strike on Poltava on Tuesday, and the clip dates from 2019.") == []


def test_a_strike_despite_a_ceasefire_is_a_strike():
    text = "Despite the ceasefire, an Israeli drone struck a motorbike near Khiam on Tuesday, killing its rider."
    assert _places(text, dt.date(2025, 3, 19)) == ["Khiam"]


def test_the_capital_naming_what_its_jets_did_is_no_place_struck():
    text = ("Turkish jets struck targets across northern Syria and northern Iraq overnight, in what Ankara called "
            "Operation Winter Blade.\n\nIn Syria, a strike on a power station near Derik killed 11 people, Kurdish officials said.")
    assert _places(text) == ["Derik"]


def test_a_strike_a_new_one_brings_to_mind_is_background():
    text = ("A drone hit a weekly market in the village of Sofara in central Mali on Thursday, killing 11 people.\n\n"
            "The attack revived memories of March 2021, when an air strike killed 19 guests at a wedding near Douentza.")
    assert _places(text) == ["Sofara"]


@pytest.mark.parametrize("earlier", ["A little over a week earlier", "Nearly a week before", "A week earlier"])
def test_a_strike_about_a_week_before_has_no_day_to_map(earlier):
    text = ("A drone hit a weekly market in the village of Sofara in central Mali on Thursday, killing 11 people.\n\n"
            f"{earlier}, a drone hit a lorry near Djenne, killing four traders.")
    assert _places(text) == ["Sofara"]


def test_an_armed_groups_name_holding_army_is_the_group_not_the_state():
    text = "Arakan Army drones hit a naval base in Kyaukphyu, a junta-held port town, on Saturday, wounding three sailors."
    assert [actor for _, _, actor, _, _ in _events(text)] == ["Arakan Army"]


def test_districts_of_a_city_on_one_day_are_the_city():
    text = ("Russian drones hit Kherson on Saturday, killing one person, the governor said.\n\n"
            "Around 09:00 a drone hit a car in the Korabelnyi district of the city, wounding two men.\n\n"
            "In the evening a guided bomb fell on a warehouse in the Suvorovskyi district, the governor said.")
    assert _events(text, dt.date(2025, 7, 6)) == [("Kherson", "2025-07-05", "Russia", 1, 2)]


def test_a_sides_command_that_reports_anothers_strike_is_not_its_attacker():
    text = ("A coalition air strike killed eight Islamic State fighters near Rutba in western Iraq on Tuesday, "
            "the Iraqi army's Anbar Operations Command said.")
    assert [actor for _, _, actor, _, _ in _events(text, dt.date(2017, 3, 16))] == ["US-led coalition"]


def test_a_side_pressing_an_offensive_on_the_ground_leaves_the_strike_to_the_side_named_next():
    text = ("Air strikes on Kafr Nabl killed 14 civilians on Monday, as government forces pressed an offensive in the south "
            "of the province, rescuers said.\n\nA war monitor said Russian jets had carried out the raids.")
    assert _events(text, dt.date(2017, 3, 16)) == [("Kafr Nabl", "2017-03-13", "Russia", 14, None)]


def test_the_target_named_again_with_its_day_dates_the_strike_told_without_one():
    text = ("The death toll from a military drone strike on a wedding in the village of Kurmin Bi in Kaduna state has "
            "risen to 40, the emergency agency said on Tuesday.\n\n"
            "The army said one of its drones had mistakenly hit the wedding on Sunday night while targeting militants.")
    assert [(place, day) for place, day, *_ in _events(text, dt.date(2025, 3, 19))] == [("Kurmin Bi", "2025-03-16")]


def test_a_company_named_on_its_site_is_no_place():
    text = "Drones hit an Aramco refinery in Yanbu on Monday, starting a fire, the ministry said."
    assert _places(text, dt.date(2025, 3, 19)) == ["Yanbu"]


def test_a_region_of_the_world_is_no_place():
    text = "US air strikes killed 31 people on Monday, the deadliest day of strikes in the Middle East this year, officials said."
    assert "Middle" not in _places(text, dt.date(2025, 3, 19))


def test_a_strike_on_the_capital_is_on_the_capital_of_the_reports_country():
    text = ("SANAA, Aug 29 (Agency) - Three senior Houthi officials were killed in an Israeli air strike on the capital "
            "on Thursday, the group said.")
    assert _events(text, dt.date(2025, 8, 29)) == [("Sanaa", "2025-08-28", "Israel", 3, None)]


def test_a_district_told_in_the_capital_is_part_of_the_capitals_strike():
    text = ("Russian missiles struck Kyiv on Monday morning, killing 12 people, officials said.\n\n"
            "Elsewhere in the capital, missiles damaged a school in the Shevchenkivskyi district, the mayor said.")
    assert [place for place, *_ in _events(text, dt.date(2024, 7, 9))] == ["Kyiv"]


@pytest.mark.parametrize("sentence", [
    "The Guards said on Sunday that the Nevatim air base had been hit by Emad missiles.",
    "The spokesman said the group had fired Zulfiqar missiles at the airport in Lod.",
])
def test_a_missile_known_by_a_name_is_no_place(sentence):
    assert "Emad" not in _places(sentence) and "Zulfiqar" not in _places(sentence)


def test_a_side_that_acknowledged_striking_a_place_struck_it():
    text = ("US strikes Yemen port\n\nThe US military acknowledged striking the fuel port of Ras Isa on Thursday, and "
            "Houthi health officials said 12 workers were killed.")
    assert _events(text, dt.date(2025, 4, 19)) == [("Ras Isa", "2025-04-17", "United States", 12, None)]


def test_a_site_named_after_its_town_with_a_state_or_regional_title_is_in_that_town():
    text = "A Russian missile struck Sumy State University on Monday, killing two students, the regional governor said."
    assert _places(text, dt.date(2025, 3, 19)) == ["Sumy State University"]
    assert [e.lat is not None for e in extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 19)))] == [True]


def test_a_village_measured_from_a_town_is_not_pinned_at_a_far_namesake():
    text = ("Junta jets bombed Nyaung Kone, a village less than 10 km southwest of Pale town in Sagaing Region, on "
            "Tuesday, killing ten people, residents said.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2024, 3, 14)))
    assert (event.place, event.geo_precision) == ("Nyaung Kone", 2) and event.lat > 21


def test_a_measure_that_places_another_site_of_the_raid_does_not_move_the_first():
    text = ("Israeli jets hit the port of Hodeidah and the Dhahban power station, about 15 km north of Sanaa, late on "
            "Wednesday, the army said.")
    found = {e.place: e for e in extract_events(Article(text=text, id="t", published=dt.date(2024, 11, 21)))}
    assert round(found["Hodeidah"].lat, 1) == 14.8


def test_previous_strikes_told_in_the_perfect_are_background():
    text = ("US jets struck targets in Saada on Monday, killing four people, the Houthis said.\n\n"
            "Previous American strikes have targeted caves on Jebel Aswad, east of the city.")
    assert _places(text, dt.date(2025, 4, 16)) == ["Saada"]


@pytest.mark.parametrize("earlier", ["An earlier quadcopter attack in Birmal wounded 23 people.",
                                     "Two previous drone strikes on Birmal wounded 23 people."])
def test_a_strike_told_as_earlier_with_no_day_is_recalled(earlier):
    text = f"A drone strike killed a boy in Dushka on Friday. {earlier}"
    assert [e[:2] for e in _events(text, dt.date(2025, 6, 21))] == [("Dushka", "2025-06-20")]


def test_an_earlier_strike_with_a_day_of_its_own_is_reported():
    text = "A drone strike killed a boy in Dushka on Friday. An earlier strike on Thursday in Birmal wounded 23 people."
    assert [e[:2] for e in _events(text, dt.date(2025, 6, 21))] == [("Birmal", "2025-06-19"), ("Dushka", "2025-06-20")]


@pytest.mark.parametrize("recap", ["It was the fourth lethal drone raid in Sulaimani province in barely a fortnight.",
                                   "It was the latest strike in Sulaimani province since January."])
def test_a_count_of_strikes_the_one_just_told_ends_is_no_strike_of_its_own(recap):
    text = f"A Turkish drone struck a car near Penjwen on Thursday, killing two fighters. {recap}"
    assert [e[:2] for e in _events(text, dt.date(2025, 3, 14))] == [("Penjwen", "2025-03-13")]


@pytest.mark.parametrize("speaker, place", [
    ("An official in Duhok said Turkish drones bombed the village of Kani Masi", "Kani Masi"),
    ("A local official in Kani Masi said Turkish drones bombed the village", "Kani Masi"),
])
def test_where_the_official_who_tells_of_a_strike_sits_is_not_where_what_they_tell_places_it(speaker, place):
    [(struck, *_)] = _events(f"{speaker} on Thursday.", dt.date(2025, 3, 14))
    assert struck == place


def test_a_count_of_strikes_that_names_the_campaigns_side_attributes_the_strike_just_told():
    text = ("On Monday a drone hit a grain mill in Adigrat, killing 17 people, aid workers said. It was the third drone "
            "attack in Tigray in a week, in what residents called a bombing campaign waged by the Ethiopian military.")
    assert [e[:3] for e in _events(text, dt.date(2025, 3, 18))] == [("Adigrat", "2025-03-17", "Ethiopia")]


def test_the_capital_that_described_the_targets_is_no_place_struck():
    text = "Israeli jets struck what Jerusalem called Hezbollah weapons depots near Baalbek on Thursday."
    assert [e[:2] for e in _events(text, dt.date(2025, 3, 14))] == [("Baalbek", "2025-03-13")]


@pytest.mark.parametrize("crash, expected", [
    ("an air force Mi-17 helicopter crashed in Budgam, killing six airmen", []),
    ("a drone crashed into a house in Budgam, killing two", [("Budgam", "2019-02-27")]),
])
def test_an_aircraft_of_ones_own_that_crashed_is_no_strike(crash, expected):
    text = f"Jets bombed a camp near Balakot on Tuesday. On Wednesday, {crash}."
    assert [e[:2] for e in _events(text, dt.date(2019, 2, 28)) if e[0] == "Budgam"] == expected


@pytest.mark.parametrize("fire", ["Fighters fired an anti-tank missile at a house in Metula",
                                  "An anti-tank missile hit a house in Metula"])
def test_an_anti_tank_missile_is_fired_from_the_ground(fire):
    assert _events(f"{fire} on Wednesday, wounding two, the army said.", dt.date(2024, 6, 6)) == []


def test_the_village_a_later_sentence_names_places_a_strike_told_by_its_bearing_from_a_city():
    text = ("An Israeli strike hit an apartment building in a village south of Beirut on Tuesday, killing 15 people. The "
            "state news agency said the strike hit Barja, north of Sidon.")
    assert _events(text, dt.date(2024, 10, 16)) == [("Barja", "2024-10-15", "Israel", 15, None)]


def test_a_lead_s_toll_across_a_whole_area_is_not_the_dateline_town_s():
    text = ("KHAN YOUNIS, Gaza Strip - Israeli strikes across Gaza on Sunday killed at least 26 people, hospital officials "
            "said. A raid on a family home in Nuseirat killed seven people.")
    assert _events(text, dt.date(2025, 10, 20)) == [("Nuseirat", "2025-10-19", "Israel", 7, None)]


def test_bandits_killing_villagers_in_an_attack_is_ground_violence():
    text = ("Jets bombed a bandit camp near Zurmi on Saturday, killing 20. Earlier on Saturday, bandits had killed seven "
            "villagers in an attack on Kaura Namoda, residents said.")
    assert [e[0] for e in _events(text, dt.date(2025, 1, 13))] == ["Zurmi"]


def test_an_aircraft_named_by_its_type_is_no_place():
    text = "A drone carrying explosives hit a police Black Hawk helicopter in Amalfi on Thursday, killing 13 officers."
    assert [e[0] for e in _events(text, dt.date(2025, 8, 22))] == ["Amalfi"]


@pytest.mark.parametrize("text, expected", [
    ("Army warplanes bombed a market in Kutum last year. On Saturday, a drone struck a clinic in Tawila, killing three.",
     ["Tawila"]),
    ("A drone hit a market in Kutum on Saturday, killing 9, the deadliest strike since last year.", ["Kutum"]),
])
def test_a_strike_told_as_last_years_is_background(text, expected):
    assert [e[0] for e in _events(text, dt.date(2025, 5, 20))] == expected


def test_a_towns_numbered_ward_is_no_place():
    text = "Junta jets bombed Laukkai on Sunday. Four people died when bombs hit a market in Ward 5 on Sunday morning."
    assert [e[:2] for e in _events(text, dt.date(2024, 9, 23))] == [("Laukkai", "2024-09-22")]


def test_a_capitals_wire_dateline_on_a_line_of_its_own_places_no_strike():
    text = ("MOSCOW, January 19. /TASS/. The Russian armed forces struck Ukrainian military airfields, drone assembly plants "
            "and troop concentrations in 142 areas over the past day, the Defence Ministry said.")
    assert _events(text, dt.date(2025, 1, 19)) == []


def test_a_blast_the_text_says_was_not_from_aircraft_is_no_strike():
    text = ("A blast killed 29 people at a camp for displaced people near Laiza late on Monday. The group that runs the "
            "camp said it was hit by an artillery shell fired from a base, not by aircraft.")
    assert _events(text, dt.date(2023, 10, 10)) == []


def test_a_drone_also_shot_down_without_damage_made_no_strike():
    text = ("TEL AVIV - An Iranian missile struck a warehouse in Ashdod on Thursday, wounding six, police said.\n\n"
            "A drone fired at Eilat was also shot down, causing no damage.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 6, 20))] == ["Ashdod"]


def test_drones_an_army_says_it_neutralised_made_no_strike():
    text = ("Goma - The army said on Monday evening that its air defence had neutralised four drones flying towards the "
            "airport in Bunia. No damage was recorded.")
    assert events_told(text, dt.date(2025, 2, 18)) == []


def test_a_claim_of_drones_launched_that_nothing_reached_is_no_strike():
    text = ("SANAA - Israel's army said nothing reached its territory and nobody was hurt. The Houthis claimed to have "
            "sent drones toward Eilat on Saturday. The army said an aerial target coming from the south was "
            "intercepted.")
    assert events_told(text, dt.date(2023, 12, 18)) == []
    threat = ("SANAA - Houthi leaders claimed a drone attack on Eilat. The Israeli army said an incoming aerial threat was "
              "intercepted over the sea. Nobody was hurt.")
    assert events_told(threat, dt.date(2023, 12, 18)) == []


def test_a_bombing_that_insurgents_claimed_is_not_an_air_strike():
    text = ("QUETTA - Pakistani jets bombed hideouts in Barmal on Tuesday, killing 15, officials said.\n\n"
            "A bombing of a police van near Gwadar on Wednesday was later claimed by the Baloch Liberation Army.\n\nIn "
            "Somalia, an armed group claimed responsibility for the attack at a hotel in Kismayo.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 12, 27))] == ["Barmal"]


def test_a_protest_against_the_strike_is_no_strike():
    text = ("ERBIL - A drone hit a training ground at Arbat on Monday, killing three policemen, officials said. The dead "
            "were buried in Sulaymaniyah that day. Some 300 people rallied outside the governor's office in the city on "
            "Wednesday to condemn the strike.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2023, 9, 22))] == [("Arbat", "2023-09-18")]
    rally = ("QUETTA - Iranian missiles struck a village near Panjgur on Tuesday, killing two children, officials said.\n\n"
             "On Thursday, traders shut the bazaar in protest, and in Gwadar a rally was held against the Iranian strikes.")
    assert [p for p, *_ in events_told(rally, dt.date(2024, 1, 19))] == ["Panjgur"]


def test_a_crime_committed_by_the_aggression_is_a_states_air_strike():
    text = ("SAADA, April 28 (Saba) - Forty-one martyrs were counted after a crime perpetrated by the US aggression this "
            "morning against a prison in Saada city, the civil defence said.")
    assert [(p, a, k) for p, _, a, k, _ in events_told(text, dt.date(2025, 4, 28))] == [("Saada", "United States", 41)]


def test_what_was_done_following_the_attack_or_asked_over_it_tells_no_strike_of_its_own():
    from strikes.extract.events import _in_aftermath
    from strikes.extract.triggers import triggers_in

    sentence = "Following the attack, the delegation said it would leave the commission's meetings in Geneva."
    [trigger] = triggers_in(sentence, True)
    assert _in_aftermath(sentence, trigger)
    asked = "The side should open an independent inquiry into the strike on the prison and publish its findings."
    assert all(_in_aftermath(asked, t) for t in triggers_in(asked, True))
    halted = "The agency said it was halting its work in the district because of the attacks."
    assert all(_in_aftermath(halted, t) for t in triggers_in(halted, True))
    told = "A drone attack on the depot followed, the army said."
    assert not any(_in_aftermath(told, t) for t in triggers_in(told, True))


def test_a_volley_told_then_all_intercepted_made_no_strike_unless_something_fell():
    stopped = "ODESA - On Monday, Russia fired nine missiles at Odesa; all were intercepted, officials said."
    assert events_told(stopped, dt.date(2023, 5, 31)) == []
    fell = "ODESA - On Monday, Russia fired nine missiles at Odesa; all were intercepted, but debris killed one man."
    assert [(p, k) for p, _, _, k, _ in events_told(fell, dt.date(2023, 5, 31))] == [("Odesa", 1)]


def test_a_side_that_condemned_the_days_strikes_tells_no_strike_of_its_own():
    text = ("BAMAKO - Drones struck the town of Ti-n-Zaouatene in Mali on Sunday, killing 21 civilians, rebels said.\n\n"
            "Algeria, which brokered a deal between Bamako and the rebels of the north, condemned Sunday's strikes at the "
            "UN.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 8, 27))] == ["Ti-n-Zaouatene"]


def test_missiles_fired_at_a_city_most_of_which_were_intercepted_made_no_strike():
    text = ("SANAA - Coalition jets bombed a prison in Saada on Friday, killing 70, aid groups said. The Houthis, in turn, "
            "have fired missiles at the Saudi city of Najran, most of which the Saudi air defence says it intercepted.")
    assert [p for p, *_ in events_told(text, dt.date(2022, 1, 22))] == ["Saada"]


def test_an_attack_air_defences_repelled_made_no_strike_unless_something_fell():
    stopped = ("Drones over the Tver region\nFriday, 6 September 2024\n\nRussia said its air defences downed nine drones over "
               "the Tver region before dawn on Thursday. \"The air defence units repelled an attack by drones flying towards "
               "the city,\" the governor posted on Telegram. Nothing was damaged and nobody was hurt.")
    assert events_told(stopped, dt.date(2024, 9, 6)) == []
    fell = ("Air defence units repelled a large drone attack on Belgorod before dawn, officials there said. Debris "
            "crashed onto a house in the city, injuring three residents.")
    assert [p for p, *_ in events_told(fell, dt.date(2024, 9, 6))] == ["Belgorod"]
    told_next = ("In Belgorod, late on Saturday, air defence units repelled an attack of drones. Wreckage of one came down "
                 "on an apartment building, injuring a man.")
    assert [p for p, *_ in events_told(told_next, dt.date(2024, 9, 8))] == ["Belgorod"]
    harmless = ("Air force commanders reported destroying all nine drones launched in the night, chiefly above the Odesa "
                "region. Fragments fell in open fields and nobody was injured, according to the governor.")
    assert events_told(harmless, dt.date(2024, 9, 8)) == []


def test_an_air_campaign_announced_and_a_strike_whose_author_is_left_open_tell_no_new_strike():
    text = ("A warplane bombed a warehouse used as a shelter in Gharyan, Libya, on Sunday night, killing 17 people, medics "
            "said. The eastern army had declared on Saturday that it was launching a \"decisive air campaign\" on Misrata. "
            "Whoever dropped the bombs, lawmakers in Malta and Tunis will ask why families slept beside an arms depot.")
    assert [p for p, *_ in events_told(text, dt.date(2019, 6, 25))] == ["Gharyan"]


def test_the_probe_into_a_days_attack_tells_no_strike():
    text = ("Jets struck a depot in Kotli, Pakistan, on Wednesday, killing five people, the army said. The national inquiry "
            "agency on Saturday formally took charge of the probe into Monday's attack near Sopore.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 5, 10))] == ["Kotli"]


def test_an_operation_a_strikes_toll_is_measured_against_is_another_event():
    text = ("Warplanes struck a school turned into a refuge in Jabalia, Gaza, on Friday, killing 31 people. The toll was "
            "one of the highest for a single raid since the army's operation in Rafah on 12 February, in which dozens died.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 5, 11))] == ["Jabalia"]


def test_a_live_entry_labelled_context_tells_no_strike_of_the_day():
    text = ("Border strikes live\n\n10:05 - Jets strike hideouts in Khost\nPakistani jets struck hideouts in Spera "
            "district of Khost province, Afghanistan, overnight, killing 12 people, local officials said.\n\n"
            "10:20 - Context: militant attack in Bajaur\nOn Thursday, militants killed nine soldiers at a border post in "
            "Bajaur, Pakistan.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 15))] == ["Spera"]


def test_where_an_envoy_held_talks_a_senate_sat_and_a_truce_is_asked_are_not_struck():
    text = ("Turkish drones struck a convoy near Qamishli, Syria, on Monday, killing seven, a monitor said. The strikes came "
            "while Ankara's special representative for Syria was in Damascus for talks. The Arab League denounced the raid "
            "and urged a truce in and around Kobani. Parliament, at its plenary in Ankara on Tuesday, rejected a motion on "
            "the strikes.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 10, 2))] == ["Qamishli"]


def test_a_line_of_links_to_previous_bulletins_tells_no_strike():
    text = ("Strike bulletin\n\nA US drone hit a pickup near Jamaame, Somalia, on Friday, killing two men, elders said.\n\n"
            "Previous bulletins: US strike near Saakow (2022) | Drone strike claims in Middle Juba")
    assert [p for p, *_ in events_told(text, dt.date(2024, 5, 4))] == ["Jamaame"]


def test_what_the_strikes_stirred_up_in_a_capital_is_no_strike_there():
    text = ("American jets struck militia depots near al-Qaim on Friday, killing 16 people, Iraqi officials said. "
            "In Baghdad, the strikes have renewed pressure on the government over the foreign troops still in the country.")
    assert [e[0] for e in events_told(text, dt.date(2024, 2, 4))] == ["al-Qaim"]
