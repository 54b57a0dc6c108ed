"""Reports of exchanges, roundups and reactions: who struck where, and on which day (invented sentences)."""
import datetime as dt

import pytest
from extracted import events_told as _events

from strikes.extract.actors import actor_in


def test_two_sides_striking_at_once_in_one_sentence_are_two_events():
    text = ("Iranian missiles hit a clinic in Dimona on Monday as Israeli jets struck a fuel depot near Kermanshah.\n\n"
            "Medics said nine people were hurt in Dimona.")
    assert _events(text, dt.date(2025, 6, 18)) == [
        ("Dimona", "2025-06-16", "Iran", None, 9), ("Kermanshah", "2025-06-16", "Israel", None, None)]


def test_a_headline_telling_two_sides_strikes_at_once_names_each_its_own_attacker():
    text = ("Iranian missile hits Dimona clinic as Israeli jets strike Kermanshah depot\n\n"
            "An Iranian ballistic missile struck a clinic in Dimona on Monday, wounding 20 people.")
    assert [(place, actor) for place, _, actor, _, _ in _events(text, dt.date(2025, 6, 18))] == [
        ("Dimona", "Iran"), ("Kermanshah", "Israel")]


def test_a_strike_told_as_happening_while_the_same_sides_other_strike_fell_is_not_split():
    text = ("The raid on Brital was the first in the area since January, when three people died as Israeli jets "
            "bombed a farm in Brital itself. Israeli jets struck a car near Brital on Tuesday, killing one man.")
    assert [place for place, *_ in _events(text, dt.date(2026, 2, 12))] == ["Brital"]


def test_a_countrys_possessive_before_a_region_names_where_not_who_struck():
    sentence = ("From Russia's Kursk region, the governor says a Ukrainian attack drone hit a car in the village of "
                "Tetkino on Monday, killing the driver.")
    assert actor_in(sentence, ["RU", "UA"]).name == "Ukraine"


@pytest.mark.parametrize("text, place, side", [
    ("A Yemeni missile landed in a vineyard outside Rehovot on Saturday, wounding two farmhands.", "Rehovot", "Houthis"),
    ("A Lebanese drone hit a barn in Shlomi on Saturday, wounding two people.", "Shlomi", "Hezbollah"),
])
def test_a_state_named_as_striking_abroad_is_the_side_that_strikes_from_its_soil(text, place, side):
    assert [(p, a) for p, _, a, _, _ in _events(text, dt.date(2025, 6, 21))] == [(place, side)]


def test_a_state_named_as_striking_at_home_keeps_its_name():
    text = "Yemeni government jets bombed Houthi positions near Harib on Saturday, killing six fighters."
    assert [a for _, _, a, _, _ in _events(text, dt.date(2025, 6, 21))] == ["Yemen (government)"]


def test_a_headlines_present_tense_missile_landing_is_its_strike_not_the_raid_it_came_after():
    text = ("Yemeni missile lands in Holon park two days after Israeli jets pound Houthi ports\n\n"
            "A ballistic missile launched from Yemen slammed into a park in Holon early on Saturday, lightly injuring "
            "eleven people, paramedics said.")
    assert _events(text, dt.date(2025, 6, 21)) == [("Holon", "2025-06-21", "Houthis", None, 11)]


@pytest.mark.parametrize("sentence", [
    "Israel struck military targets near Homs on Friday, killing three soldiers, state media said.",
    "Russia struck Poltava overnight into Friday, killing two people.",
])
def test_a_state_striking_a_bare_plural_or_a_named_place_is_a_strike(sentence):
    text = f"Air strikes went on through the week.\n\n{sentence}"
    assert len(_events(text, dt.date(2025, 3, 14))) == 1


def test_a_state_hitting_another_with_sanctions_is_no_strike():
    text = "Air strikes went on through the week.\n\nRussia hit Ukraine with sanctions on grain on Friday."
    assert _events(text, dt.date(2025, 3, 14)) == []


def test_drones_that_damaged_a_building_strike_a_place_of_their_own():
    text = ("Russian drones hit Ukraine\n\nA man died on Friday after a drone struck his home in Kozelets, "
            "the governor said.\n\nIn Kremenchuk, drones damaged a school and several cars, injuring four people, "
            "the mayor said.")
    assert _events(text, dt.date(2025, 3, 14)) == [
        ("Kozelets", "2025-03-14", "Russia", 1, None), ("Kremenchuk", "2025-03-14", "Russia", None, 4)]


def test_a_lead_total_over_several_regions_is_no_one_strikes_toll():
    text = ("Russia attacked three Ukrainian regions with drones overnight into Friday, killing one person and injuring "
            "nine, officials said.\n\nIn the Sumy region, a drone struck a cottage in the village of "
            "Krasnopillia, killing a 70-year-old woman, the governor said.\n\nFive people were injured in Poltava, where a drone "
            "struck a warehouse, the mayor said.")
    assert _events(text, dt.date(2025, 3, 14)) == [
        ("Krasnopillia", "2025-03-14", "Russia", 1, None), ("Poltava", "2025-03-14", "Russia", None, 5)]


def test_a_strike_that_destroyed_a_building_but_hurt_no_one_is_a_strike():
    text = ("A Russian drone hit a house in Huliaipole on Tuesday, killing one woman.\n\nOn Wednesday morning, an air "
            "strike on the village of Malokaterynivka destroyed a barn, but no one was hurt.\n\nOn Thursday, a drone hit "
            "a house in Komyshuvakha, wounding two pensioners.")
    assert [(p, d, k, w) for p, d, _, k, w in _events(text, dt.date(2025, 3, 14))] == [
        ("Huliaipole", "2025-03-11", 1, None), ("Komyshuvakha", "2025-03-13", None, 2), ("Malokaterynivka", "2025-03-12", 0, 0)]


@pytest.mark.parametrize("opening, day", [("The day before", "2025-03-12"), ("A day before that", "2025-03-12")])
def test_the_day_before_counts_back_from_the_day_just_told(opening, day):
    text = (f"On Thursday, an air strike levelled a home in Srifa, killing two people. {opening}, an Israeli drone hit a motorcycle "
            f"in Qana, killing one.")
    assert [(p, d) for p, d, *_ in _events(text, dt.date(2025, 3, 14))] == [("Qana", day), ("Srifa", "2025-03-13")]


def test_a_roundup_leads_day_dates_the_strikes_it_sums_up():
    text = ("Russian missiles and drones struck several Ukrainian cities on Tuesday, officials said.\n\n"
            "In Sumy, a drone hit an apartment block, killing two people.\n\nIn Mykolaiv, a missile hit a warehouse, injuring four.")
    assert [(p, d) for p, d, *_ in _events(text, dt.date(2025, 3, 14))] == [("Mykolaiv", "2025-03-11"), ("Sumy", "2025-03-11")]


def test_the_day_of_a_reaction_is_not_the_strikes():
    text = ("GENEVA, March 14 - The United Nations on Friday condemned an Israeli air strike on the town of Tyre. "
            "The strike on Wednesday killed four people and wounded six, the health ministry said.")
    assert _events(text, dt.date(2025, 3, 14)) == [("Tyre", "2025-03-12", "Israel", 4, 6)]


def test_a_strike_named_by_the_year_it_fell_in_is_background():
    text = "A court in Paris on Wednesday ruled on a lawsuit over a 2018 French air strike in the Malian village of Bounti."
    assert _events(text, dt.date(2025, 3, 14)) == []


@pytest.mark.parametrize("text", [
    "Ukraine says it downed every drone in overnight attack on Odesa\n\nThe air force said on Friday its air defences had "
    "destroyed all 40 drones Russia launched at the country overnight, with no hits recorded in the city.",
    "The governor said 11 drones were detected and destroyed over the Sumy region overnight, and that there was no damage on the ground.",
    "According to the air force, Russia launched nine cruise missiles at the Kyiv region overnight, and all of them were destroyed.",
])
def test_drones_all_downed_with_nothing_hit_are_no_strike(text):
    assert _events(text, dt.date(2025, 3, 14)) == []


def test_a_side_that_says_its_drones_hit_a_place_is_its_attacker():
    text = ("Russian jets bombed Lyman on Thursday, killing one. Ukraine's general staff says its drones hit the "
            "Saratov oil refinery overnight.")
    assert [(p, a) for p, _, a, _, _ in _events(text, dt.date(2025, 3, 14))] == [("Lyman", "Russia"), ("Saratov", "Ukraine")]


def test_another_strike_told_later_near_a_town_is_not_the_strike_told_before():
    text = ("A Russian drone hit a car in Komyshany on Thursday, killing one man, officials said.\n\n"
            "Hours later, another drone struck a bus stop near Kherson, killing a woman.")
    assert [(p, k) for p, _, _, k, _ in _events(text, dt.date(2025, 3, 14))] == [("Kherson", 1), ("Komyshany", 1)]


def test_the_other_sides_strike_told_again_with_the_is_not_the_strike_just_told():
    text = ("Israeli aircraft struck a building in Tyre on Friday, hours after a Hezbollah drone hit an army post in "
            "northern Israel.\n\nElsewhere, Israeli strikes on the southern town of Houla killed two people, the health "
            "ministry said.\n\nThe Hezbollah drone struck a military post near Shlomi early on Friday, wounding three "
            "Israeli soldiers, the Israeli military said.")
    assert [(p, a, k, w) for p, _, a, k, w in _events(text, dt.date(2025, 3, 14))] == [
        ("Houla", "Israel", 2, None), ("Shlomi", "Hezbollah", None, 3), ("Tyre", "Israel", None, None)]


def test_a_claim_of_strikes_in_one_country_is_no_claim_of_a_strike_in_another():
    text = ("A missile hit a block of flats in Bat Yam on Monday, injuring 12 people, medics said. "
            "Israel says it carried out overnight strikes inside Iran, including on a missile base near Tabriz.")
    assert ("Bat Yam", "Israel") not in [(p, a) for p, _, a, _, _ in _events(text, dt.date(2025, 6, 16))]


def test_a_claim_of_a_rocket_salvo_at_another_town_does_not_name_the_attacker_of_an_air_strike():
    text = ("Reports of a drone strike on a car at the northern entrance to Tyre on Friday. Two people were killed. "
            "Later, Hezbollah says it fired a rocket salvo at Nahariya.")
    assert [(p, a) for p, _, a, _, _ in _events(text, dt.date(2024, 10, 4))] == [("Tyre", "unknown")]


def test_a_sides_answer_with_heavy_weapons_does_not_claim_the_strikes_it_answered():
    text = ("Pakistani jets struck villages in two border provinces before dawn on Monday, Taliban officials said. "
            "A spokesman said the aircraft hit houses in Barmal district of Paktika, killing six. Hours after the strikes, "
            "Afghan border forces said they had targeted Pakistani military posts along the frontier with heavy weapons "
            "in response.")
    assert [(p, a) for p, _, a, _, _ in _events(text, dt.date(2024, 3, 18))] == [("Barmal", "Pakistan")]



@pytest.mark.parametrize("sentence, side", [
    ("A drone struck a fuel depot in Rabak on Thursday, killing two workers, the Sudanese army said.", "unknown"),
    ("An air strike killed 20 militants near Bama on Thursday, the Nigerian army said.", "Nigeria"),
    ("The Israeli military said a drone strike killed a Hezbollah commander in Jezzine on Thursday.", "Israel"),
])
def test_the_side_that_only_reports_a_strike_on_its_own_soil_is_not_its_attacker(sentence, side):
    assert [a for _, _, a, _, _ in _events(sentence, dt.date(2025, 3, 14))] == [side]


def test_a_place_named_after_its_country_is_not_that_countrys_attack():
    assert actor_in("Attackers hit Port Sudan with drones on Thursday, killing two.", ["SD"]) is None


def test_the_junta_as_the_subject_of_a_bombing_is_the_military_government():
    text = "Air strikes went on.\n\nThe junta bombed a village in Sagaing region's Kani township on Thursday, killing nine people."
    assert [(p, a, k) for p, _, a, k, _ in _events(text, dt.date(2025, 3, 14))] == [("Kani", "Myanmar (military)", 9)]


def test_the_enemy_that_partisan_media_say_struck_is_a_side_striking():
    text = 'Air strikes went on.\n\nSyrian state media said "the enemy" had struck a depot near Masyaf on Monday, killing two soldiers.'
    assert [(p, a, k) for p, _, a, k, _ in _events(text, dt.date(2025, 3, 14))] == [("Masyaf", "Israel", 2)]


def test_one_of_the_missiles_just_told_striking_a_place_is_a_strike_by_the_side_that_fired_them():
    text = ("Israeli strikes hit Isfahan on Friday, killing eight people.\n\nIran later launched ballistic missiles at "
            "Israel. One of them struck a residential street in Rishon LeZion, killing two people, medics said.")
    assert [(p, a, k) for p, _, a, k, _ in _events(text, dt.date(2025, 6, 13))] == [
        ("Isfahan", "Israel", 8), ("Rishon LeZion", "Iran", 2)]


def test_a_sides_claim_of_a_strike_the_other_side_says_was_all_shot_down_is_no_event():
    text = ("On Friday Moscow's defence ministry claimed its forces had struck a Ukrainian air base at Kulbakino with "
            "Kinzhal missiles. Ukraine's air force rejected the claim, saying all three missiles fired overnight were shot "
            "down over the south.")
    assert _events(text, dt.date(2025, 3, 14)) == []


def test_a_strike_overnight_told_on_a_day_is_of_the_night_that_ended_that_day():
    text = "Houthi media said on Tuesday that 12 strikes had hit Saada overnight."
    assert [d for _, d, *_ in _events(text, dt.date(2025, 3, 14))] == ["2025-03-11"]


def test_a_province_struck_told_with_a_bearing_from_a_city_is_the_province_not_the_city():
    text = "US strikes hit targets in Hajjah governorate, north of Sanaa, on Wednesday."
    assert [p for p, *_ in _events(text, dt.date(2025, 5, 10))] == ["Hajjah"]


def test_a_raid_by_security_forces_is_on_the_ground_even_in_a_report_of_drone_strikes():
    text = ("A drone crashed near Lakki Marwat on Tuesday.\n\nSecurity forces killed six militants in a raid on a hideout in "
            "Tank district on Wednesday, the army said.\n\nA drone strike killed two militants in Razmak on Wednesday.")
    assert [p for p, *_ in _events(text, dt.date(2025, 3, 14))] == ["Razmak"]


def test_a_missile_the_other_side_says_it_intercepted_in_a_relative_clause_struck_nothing():
    text = ("Israeli jets bombed the port of Salif on Sunday. The raids came a day after the Houthis fired a ballistic "
            "missile at Ramon airport, which Israel said it intercepted.")
    assert [p for p, *_ in _events(text, dt.date(2025, 7, 7))] == ["Salif"]



def test_aircraft_reported_to_have_attacked_are_the_attackers_not_the_reporters():
    text = ("Army helicopters were reported to have bombed the village of Soumouna, near Kinkala, on Monday, "
            "with no reports of casualties.")
    assert [a for _, _, a, _, _ in _events(text, dt.date(2016, 4, 14))] == ["Republic of Congo"]


def test_a_strike_told_as_what_another_sides_strike_came_hours_after_is_an_event_of_its_own():
    text = ("Hours after a Houthi cruise missile hit a warehouse in Ashdod on Sunday, wounding five people, Israeli jets "
            "struck the port of Ras Isa, killing two workers, Houthi media said.")
    assert _events(text, dt.date(2025, 3, 18)) == [
        ("Ashdod", "2025-03-16", "Houthis", None, 5), ("Ras Isa", "2025-03-16", "Israel", 2, None)]


@pytest.mark.parametrize("craft", ["ballistic missile", "cruise missile", "long-range attack drone"])
def test_a_groups_craft_described_by_its_kind_is_the_groups(craft):
    assert actor_in(f"A Houthi {craft} hit a fuel depot near Eilat on Monday.").name == "Houthis"


def test_a_sides_craft_told_striking_abroad_is_not_carried_to_its_own_soil():
    text = ("Kursk: A Ukrainian drone hit a fuel depot in Lgov overnight, the regional governor said.\n\n"
            "Odesa: Drones damaged a warehouse and two houses in the city's suburbs, wounding one man, officials said.")
    assert [(place, actor) for place, _, actor, _, _ in _events(text, dt.date(2025, 3, 19))] == [
        ("Lgov", "Ukraine"), ("Odesa", "unknown")]


def test_strikes_told_by_their_order_in_one_sentence_are_each_its_own():
    text = ("US air strikes hit militants in Puntland\n\n"
            "The US military said it carried out two air strikes in Somalia's Puntland region. The first strike, on Monday, "
            "hit fighters near Dhadar, and the second, on Tuesday, struck a camp near Buqa Caddo, killing six.")
    assert [(place, day, killed) for place, day, _, killed, _ in _events(text, dt.date(2025, 2, 13))] == [
        ("Buqa Caddo", "2025-02-11", 6), ("Dhadar", "2025-02-10", None)]


@pytest.mark.parametrize("aimed", [
    "A spokesman said a ballistic missile had been fired at the international airport in Lod.",
    "The spokesman added that drones had been launched at targets in Eilat.",
    "Militias in Iraq claimed several drone launches toward Eilat.",
])
def test_a_missile_only_said_to_be_aimed_at_a_place_is_no_strike_there(aimed):
    text = "On Monday, drones struck a power station in Taiz, killing two people.\n\n" + aimed
    assert [place for place, *_ in _events(text, dt.date(2025, 3, 19))] == ["Taiz"]


def test_a_digests_item_labelled_with_another_country_carries_no_attacker_into_it():
    text = ("World news in brief\n\n"
            "Ukraine: Russian glide bombs hit an apartment block in Kharkiv on Tuesday, killing four people.\n\n"
            "Sudan: A drone struck a market in Omdurman on Tuesday, killing nine people, medics said.")
    assert [(place, actor) for place, _, actor, _, _ in _events(text, dt.date(2025, 3, 19))] == [
        ("Kharkiv", "Russia"), ("Omdurman", "unknown")]


def test_a_craft_launched_from_a_country_one_side_launches_from_is_that_sides():
    text = ("US warplanes struck a radar site north of Sanaa on Monday, the Houthis said.\n\n"
            "On Tuesday a drone launched from Yemen hit a hotel in Eilat, wounding two people.")
    assert [(place, actor) for place, _, actor, _, _ in _events(text, dt.date(2025, 3, 19))] == [
        ("Eilat", "Houthis"), ("Sanaa", "United States")]


def test_a_role_word_is_the_state_the_sentence_names_by_its_rulers():
    text = ("Hasaka, SANA - A Turkish drone targeted a car near Qamishli on Wednesday, killing three citizens.\n\n"
            "The aggression comes within an operation that the Turkish regime announced on Sunday, in which its warplanes "
            "hit dozens of sites in the countryside of Raqqa.")
    assert {actor for _, _, actor, _, _ in _events(text, dt.date(2024, 1, 18))} == {"Turkey"}


def test_a_government_that_condemns_a_strike_is_not_its_attacker():
    text = "An RSF drone hit a bus near Kadugli on Monday, killing 11; the army-aligned government condemned the attack."
    assert [actor for _, _, actor, _, _ in _events(text, dt.date(2025, 3, 19))] == ["Rapid Support Forces"]


def test_the_attack_a_strike_answered_is_no_strike_and_gives_it_no_toll():
    text = ("Turkish jets struck PKK targets in northern Iraq and Syria overnight after Wednesday's attack on an "
            "engine plant near Kayseri, which killed five people, the defence ministry said.")
    assert _events(text, dt.date(2024, 10, 25)) == []


@pytest.mark.parametrize("claim", [
    "Their spokesman claimed two drone attacks on Eilat and the port of Haifa; the Israeli military reported no impacts.",
    "The group's spokesman said its drones had struck oil sites in Ras Tanura. Saudi officials did not confirm any impacts.",
])
def test_a_claim_the_other_side_answers_with_no_impact_is_no_strike(claim):
    text = "US jets struck a radar site near Hodeidah on Monday, killing two people, the Houthis said.\n\n" + claim
    assert [place for place, *_ in _events(text, dt.date(2025, 3, 19))] == ["Hodeidah"]


def test_a_weekday_heading_dates_the_items_under_it():
    text = ("Weekend in review\n\nSATURDAY\n\nJets struck a market in Saada, killing 12 people, health officials said.\n\n"
            "SUNDAY\n\nA drone hit a fuel depot near Marib, wounding three guards, the army said.")
    assert [(place, day) for place, day, *_ in _events(text, dt.date(2019, 3, 18))] == [
        ("Marib", "2019-03-17"), ("Saada", "2019-03-16")]



@pytest.mark.parametrize("volley, expected", [
    ("Air defences shot down most of the Russian drones launched at Dnipro overnight, but two hit an industrial site, "
     "the governor said.", [("Dnipro", "2025-03-14", "Russia", None, None)]),
    ("Air defences shot down most of the Russian drones launched at Dnipro overnight, the governor said.", []),
])
def test_what_got_through_an_interception_is_a_strike(volley, expected):
    assert _events(volley, dt.date(2025, 3, 14)) == expected


@pytest.mark.parametrize("volley", [
    "Most were intercepted, the army said, but at least two struck Holon, killing three people.",
    "Air defences shot down nearly all of them, but only two struck Holon, killing three people.",
])
def test_what_got_through_a_volley_told_in_the_sentence_before_is_a_strike(volley):
    text = "TEL AVIV, June 3 - Iran fired some 60 ballistic missiles at Israel overnight. " + volley
    assert _events(text, dt.date(2025, 6, 3)) == [("Holon", "2025-06-03", "Iran", 3, None)]


def test_the_army_whose_air_defences_shot_down_the_drones_is_not_the_attacker_of_the_one_that_got_through():
    text = ("The Rapid Support Forces launched drones at El Obeid on Tuesday. The air defences of the army shot down most "
            "of them, but one hit a house, killing two women.")
    assert _events(text, dt.date(2024, 12, 11)) == [("El Obeid", "2024-12-10", "Rapid Support Forces", 2, None)]


def test_a_strike_told_after_after_is_placed_in_its_own_clause_not_at_the_answer_s_target():
    text = "Militants fired rockets at Ashkelon on Tuesday after an Israeli strike killed five people in Rafah, officials said."
    assert _events(text, dt.date(2024, 5, 8)) == [("Rafah", "2024-05-07", "Israel", 5, None)]


@pytest.mark.parametrize("volley, expected", [
    ("The enemy attempted an attack on facilities in Crimea with nine drones overnight; all were destroyed by air "
     "defences, the ministry said.", []),
    ("Nine drones attacked Belgorod overnight; all were destroyed by air defences, but debris hit a house, wounding two.",
     [("Belgorod", "2025-06-13", "unknown", None, 2)]),
])
def test_drones_all_destroyed_by_air_defences_struck_nothing_unless_something_was_hit(volley, expected):
    assert _events(volley, dt.date(2025, 6, 13)) == expected


def test_a_strike_carried_to_ground_the_article_says_the_other_side_holds_stays_the_carried_sides():
    text = ("Ukraine's armed forces hit the Tikhoretsk oil pumping station in Russia and an ammunition depot near "
            "Novoekonomichne in the occupied part of Donetsk region on Tuesday, the General Staff said.\n\n"
            "1. Tikhoretsk: drones hit the pumping station, causing a fire.\n"
            "2. Novoekonomichne: the depot was hit by a missile strike.\n\n"
            "Russian aviation dropped guided bombs on the village of Yunakivka on Tuesday, killing one resident.")
    assert {e[0]: e[2] for e in _events(text, dt.date(2025, 5, 21))}["Novoekonomichne"] == "Ukraine"


def test_debris_that_fell_with_no_damage_reported_struck_nothing():
    text = ("Russian drones attacked Kharkiv overnight. Debris from downed drones fell in the Poltava and Chernihiv oblasts, "
            "but no damage was reported.")
    assert [e[0] for e in _events(text, dt.date(2025, 7, 30))] == ["Kharkiv"]


def test_places_a_side_claims_it_struck_are_none_when_the_drones_had_all_been_brought_down():
    text = ("The militants said they struck a camp near Faizabad, a base in Nowshera and sites in Abbottabad with drones on "
            "Sunday. The information minister said the drones launched towards Abbottabad, Swabi and Nowshera had all "
            "been brought down by anti-drone systems.")
    assert _events(text, dt.date(2025, 10, 13)) == []
