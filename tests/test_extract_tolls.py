"""Whose toll is it, and which figure stands: revised, superseded and disputed counts, and the
strike a toll sentence speaks of.

Every sentence here is invented for the test; the places are real so that the gazetteer places them.
"""
import datetime as dt

import pytest
from extracted import events_told

from strikes.extract import extract_events
from strikes.extract.numbers import casualties_in
from strikes.extract.screen import keeping_all
from strikes.extract.sources import source_in
from strikes.model import Article


def read(text: str, published: dt.date = dt.date(2021, 3, 10)):
    """What the rules make of a text, every event kept (the screen has its own tests)."""
    with keeping_all():
        return extract_events(Article(text=text, id="t", published=published))


def test_a_toll_raised_later_in_the_sentence_replaces_the_first():
    found = casualties_in("Rescuers first put the toll at 14 but raised it by evening to 19 civilians.")
    assert (found.killed, found.civilians_killed, found.revised) == (19, 19, True)


def test_a_figure_revised_upward_replaces_the_first():
    assert casualties_in("The governor said six were killed, then revised the figure upward to nine.").killed == 9
    assert casualties_in("Two of the wounded died overnight, bringing the death toll to 11.").killed == 11


def test_a_civilian_toll_that_rose_counts_civilians():
    assert casualties_in("The toll of civilians killed in the raid rose to 8 on Monday.").civilians_killed == 8


def test_bodies_pulled_from_the_rubble_are_the_dead():
    assert casualties_in("Rescue teams pulled the bodies of 23 people from the rubble, an officer said.").killed == 23


def test_no_damage_or_casualties_is_nobody_killed_or_hurt():
    found = casualties_in("Local television reported no damage or casualties.")
    assert (found.killed, found.wounded) == (0, 0)


def test_a_count_the_report_says_was_superseded_gives_way():
    [event] = read("An air force strike hit a school in Kunduz on Tuesday, killing 12 children, the governor's office said. "
                   "The governor's office had at first counted seven dead children.")
    assert (event.killed, event.civilians_killed) == (12, 12)


def test_a_monitor_giving_a_lower_toll_is_another_source():
    assert source_in("The Airwars Project, a group that tracks civilian harm from a wide web of reports, "
                     "gave a smaller toll of 5.") == "The Airwars Project"
    [event] = read("Jets bombed a bakery in Saraqib on Monday. The White Helmets said about 15 civilians were killed. "
                   "The Syrian Observatory, a monitor with informants in the province, put its own toll at 9.")
    assert event.killed == 9


def test_a_revised_toll_is_not_raised_by_another_accounts_civilians():
    [event] = read("The toll from Sunday's drone strike on a wedding in Kalajo rose to 40, the health ministry said on Tuesday. "
                   "The drone struck the village of Kalajo late on Sunday. "
                   "Elders said they had buried more than 70 civilian dead.", dt.date(2023, 5, 9))
    assert (event.killed, event.civilians_killed) == (40, 40)


def test_a_total_since_an_offensive_began_is_not_the_strikes():
    [event] = read("Drones struck a farm near Gharyan on Friday, killing two shepherds, a local official said. "
                   "Aid groups count over 300 dead since the start of the offensive.")
    assert event.killed == 2


def test_the_other_sides_strikes_of_that_day_keep_their_own_dead():
    events = read("Ukrainian drones struck the Morozovsk air base early on Monday, according to Moscow. "
                  "Hours later, Russia fired dozens of missiles at Ukraine in a wave of strikes on power plants. "
                  "The strikes killed three people, Ukrainian officials said.", dt.date(2023, 5, 9))
    assert [(e.place, e.killed) for e in events] == [("Morozovsk", None)]


def test_a_claim_of_one_attack_is_for_the_strike_told_last():
    events = read("Israeli jets bombed a house in Bint Jbeil on Thursday, killing three people. "
                  "A drone launched from Lebanon hit a car park in Metula, Israel, on Thursday, wounding a woman. "
                  "Hezbollah claimed the attack.", dt.date(2024, 6, 14))
    assert {e.place: e.actor for e in events} == {"Bint Jbeil": "Israel", "Metula": "Hezbollah"}


def test_a_sentence_naming_one_of_two_strikes_just_told_is_about_that_one():
    events = read("Drones launched from Lebanon hit Metula in northern Israel on Friday, and Israeli jets struck Bint Jbeil "
                  "hours later, killing three people. The Israeli army said one drone exploded near a school in Metula. "
                  "Nobody was hurt.", dt.date(2024, 6, 15))
    assert {e.place: e.killed for e in events} == {"Metula": 0, "Bint Jbeil": 3}


def test_a_second_strike_joined_by_while_keeps_its_own_toll():
    events = read("KHARKIV, Ukraine, May 9 (Reuters) - Russian glide bombs fell on Kharkiv overnight, killing one person "
                  "and wounding six near the zoo, the mayor reported, whereas a drone attack on the town of "
                  "Chuhuiv left three dead and 12 hurt.", dt.date(2024, 5, 9))
    assert {e.place: (e.killed, e.wounded) for e in events} == {"Kharkiv": (1, 6), "Chuhuiv": (3, 12)}


def test_the_day_rescuers_searched_is_not_the_day_of_the_strike():
    [event] = read("Rescue teams searched through the rubble in Marib on Sunday as the toll from Friday's air strike "
                   "on the market rose to 19.", dt.date(2021, 3, 14))
    assert event.date == dt.date(2021, 3, 12)


def test_a_toll_split_by_place_is_each_places_own():
    assert casualties_in("Jets struck Sanaa and Hodeidah, killing 11.").killed == 11
    events = read("Pakistani warplanes hit houses in two Afghan border provinces early on Monday, leaving eight dead. "
                  "The planes struck the Urgun district in Paktika and the Nadir Shah Kot district in Khost. "
                  "Six of those killed were in Urgun and two in Nadir Shah Kot, a police spokesman said.", dt.date(2024, 3, 18))
    assert {e.place: e.killed for e in events} == {"Urgun": 6, "Nadir Shah Kot": 2}


def test_a_toll_of_a_raid_on_several_places_is_none_of_theirs():
    events = read("Israeli jets struck army bases in the provinces of Kermanshah and Hamadan early on Saturday, the general "
                  "staff said. It said four soldiers were killed, without saying where they died.", dt.date(2024, 10, 26))
    assert {e.place: e.killed for e in events} == {"Kermanshah": None, "Hamadan": None}


def test_a_toll_naming_the_second_of_two_strikes_told_together_is_that_strikes():
    """After two strikes told in one sentence and a few sentences about the first, a toll that names
    the second is the second's, not the one discussed last."""
    events = read("Syrian government jets bombed the town of Sarmin and the village of Kafr Nabl on Tuesday, "
                  "a monitor said.\nThe bombing of Sarmin destroyed a school that had been closed for weeks.\n"
                  "Civil defence crews searched the ruins of the school until night.\n"
                  "Four people were killed in Kafr Nabl, the monitor said.")
    killed = {e.place: e.killed for e in events}
    assert killed == {"Sarmin": None, "Kafr Nabl": 4}


def test_a_person_and_the_one_tied_to_them_are_two():
    assert casualties_in("A drone hit a car near the port, killing a local commander and his bodyguard.").killed == 2
    assert casualties_in("The strike on the tent killed a grandmother and her grandson.").killed == 2
    assert casualties_in("The strike killed a man and his two daughters.").killed == 3


def test_a_group_among_the_dead_is_part_of_the_toll():
    assert casualties_in("The jet killed at least 9 civilians, four girls among them, in the village.").killed == 9


def test_martyrs_are_the_dead_and_a_quoted_toll_is_read():
    found = casualties_in("Health officials said the toll of the raid reached seven martyrs and 12 injured.")
    assert (found.killed, found.wounded) == (7, 12)
    assert casualties_in('A drone hit a bus, killing "four people", the service said.').killed == 4


def test_no_civilian_hurt_is_no_civilian_killed_not_nobody_killed():
    found = casualties_in("The command said no civilian was hurt or killed.")
    assert (found.killed, found.civilians_killed) == (None, 0)


def test_the_toll_of_raids_on_another_town_is_that_towns_strike():
    events = read("Barrel bombs fell on Kafr Nabl, while jets pounded Sarmin, and the number of dead from raids "
                  "on Khan Shaykhun has climbed to 7.", published=dt.date(2025, 3, 4))
    assert [(e.place, e.killed) for e in events] == [("Kafr Nabl", None), ("Sarmin", None), ("Khan Shaykhun", 7)]


def test_the_raids_named_with_a_far_town_are_another_strike():
    events = read("Jets bombed a market in Ariha on Monday, killing three people.\nThe toll of the raids on Jisr al-Shughur "
                  "has reached 8, rescuers said.", published=dt.date(2025, 3, 4))
    assert [(e.place, e.killed) for e in events] == [("Ariha", 3), ("Jisr al-Shughur", 8)]


def test_a_toll_told_with_no_place_or_day_is_the_strike_the_next_sentence_places():
    events = read("An air force raid on gunmen in the northwest killed at least nine villagers by mistake, officials say.\n"
                  "They died on Tuesday, when jets bombed a gang camp near Gusau in Zamfara state.", published=dt.date(2025, 1, 3))
    assert [(e.place, e.date, e.killed) for e in events] == [("Gusau", dt.date(2024, 12, 31), 9)]


def test_members_of_one_family_are_counted_once_and_nobody_hurt_is_zero():
    assert casualties_in("Jets hit a flat overnight, and three members of one family died, medics said.").killed == 3
    found = casualties_in("Debris from a downed drone hit two sheds, the mayor said, adding that nobody had been hurt.")
    assert (found.killed, found.wounded) == (0, 0)


def test_a_named_villager_and_the_others_are_all_the_dead():
    assert casualties_in("The bomb killed an elderly imam and four other worshippers on Friday.").killed == 5


def test_family_members_counted_are_people():
    assert casualties_in("The strike on the house killed nine family members, medics said.").killed == 9


def test_a_wars_running_total_is_not_the_strikes_toll():
    assert casualties_in("A drone hit a van in Bani Suheila on Monday, killing three, as the overall toll in the "
                         "territory climbed past 21,000.").killed == 3
    assert casualties_in("Jets struck a bakery on Monday, killing 8 people and raising the number of civilians killed "
                         "since the war began to 4,312.").killed == 8
    assert casualties_in("The province's death toll from the war now exceeds 2,000.").killed is None
    events = read("Warplanes bombed a market in Ariha on Tuesday, killing 13 civilians. The total death toll of the "
                  "conflict has passed 350,000, monitors say.", published=dt.date(2021, 3, 10))
    assert [(e.place, e.killed) for e in events] == [("Ariha", 13)]


def test_what_strikes_have_done_since_a_day_is_no_one_strikes_toll():
    assert casualties_in("Government air raids have killed 64 people in the province since Friday, rescuers said.").killed is None
    assert casualties_in("Strikes across the enclave have left 37 dead since dawn.").killed is None
    assert casualties_in("A raid on the market has killed 12 people since dawn, medics said.").killed == 12
    events = read("Rescuers said Russian air raids had killed 64 people in Idlib province since Friday.\n\n"
                  "One of the raids hit a bakery in Ariha.", published=dt.date(2021, 3, 14))
    assert [(e.place, e.killed) for e in events] == [("Ariha", None)]


def test_a_strikes_own_toll_that_passes_a_figure_stands():
    assert casualties_in("By Monday the toll of last weekend's strike on the apartment block had passed 45.").killed == 45
    assert casualties_in("The toll from the raid on the market rose to 27.").killed == 27


def test_a_peoples_name_and_the_body_that_speaks_for_it_is_the_source():
    assert source_in("Drones hit the depot on Monday, according to the Sudanese army.") == "Sudanese army"
    assert source_in("Ukrainian officials said a missile hit the school.") == "Ukrainian officials"



def test_what_a_side_has_done_since_a_truce_took_effect_is_a_campaign():
    assert read("Israeli drones have struck targets around Khiam almost daily since the truce took effect in late "
                "November.", published=dt.date(2025, 3, 10)) == []
    assert read("Its jets have carried out 1,200 attacks in the Khiam area, the army said on Sunday.",
                published=dt.date(2025, 3, 10)) == []


def test_a_crowd_counted_before_the_dead_is_not_among_them():
    assert casualties_in("Hundreds of mourners gathered on Sunday to bury 17 villagers killed in the raid.").killed == 17
    assert casualties_in("About 300 people attended the funeral of the 9 men killed by the drone.").killed == 9
    assert casualties_in("Six fighters and two women were killed.").killed == 8


def test_the_dead_of_one_bomb_of_a_raid_do_not_dispute_the_raids_toll():
    events = read("Jets bombed three villages in Shigal district on Monday, killing 23 people, a provincial spokesman said.\n\n"
                  "Residents said the first bomb flattened a farmhouse in Shigal, and another bomb killed four "
                  "people who were drinking tea in the yard.",
                  published=dt.date(2023, 5, 9))
    assert [(e.place, e.killed) for e in events] == [("Shigal", 23)]
    assert casualties_in("Another bomb killed four people in the yard.").part
    assert not casualties_in("Medics said the strike killed four people.").part


def test_the_dead_of_a_group_just_named_are_counted_by_the_verb():
    assert casualties_in("Jets hit a farmhouse where militiamen slept, killing five of them.").killed == 5
    assert casualties_in("A drone hit the post, killing two of them and a passing shepherd.").killed == 3
    assert casualties_in("Nine people were killed, four of them children.").killed == 9


def test_one_fighter_named_by_what_his_enemies_call_him_is_one_dead():
    assert casualties_in("US forces killed a terrorist linked to the group in an airstrike near Jilib.").killed == 1


def test_a_sentence_adverb_before_reports_names_no_source():
    assert source_in("Earlier reports on Monday spoke of nine raids on the harbour.") is None


def test_the_dead_of_more_strikes_told_beside_a_strike_are_not_its_toll():
    assert casualties_in("A raid on a farmhouse near the camp killed 9 people, with more strikes elsewhere in the strip "
                         "leaving at least 12 dead.").killed == 9


def test_a_count_of_some_of_the_dead_set_between_commas_leaves_the_toll_its_verb():
    found = casualties_in("Twenty-two people, 9 of them women, died in the raid on the market.")
    assert (found.killed, found.civilians_killed) == (22, 9)


def test_a_count_of_the_dead_put_at_a_figure_is_the_toll():
    assert casualties_in("Medics put the dead at no fewer than 35 people, the ministry said.").killed == 35


def test_the_toll_goes_to_the_strike_last_spoken_of_not_the_last_listed():
    text = ("Drone strikes on Sunday hit Debre Tabor and Nefas Mewcha, two towns of South Gondar, killing civilians, "
            "residents said.\n\nWitnesses told the agency that one drone strike in Debre Tabor hit a clinic as nurses met. "
            "They said the aircraft hovered over the town for minutes before firing. The strike killed three nurses and injured "
            "seven others, they said.")
    found = {e.place: (e.killed, e.wounded) for e in read(text, dt.date(2024, 5, 1))}
    assert found == {"Debre Tabor": (3, 7), "Nefas Mewcha": (None, None)}


def test_a_separate_attack_on_the_same_town_and_day_adds_its_toll_and_strike():
    text = ("An Israeli air strike destroyed a house in Rafah on Tuesday morning, killing four people, medics said. "
            "In a separate attack, an Israeli air strike destroyed a car in Rafah on Tuesday evening, killing two.")
    [event] = read(text, dt.date(2024, 5, 1))
    assert (event.killed, event.strikes) == (6, 2)


def test_a_higher_toll_offered_as_doubt_does_not_replace_the_stated_one():
    text = ("A drone strike hit a clinic in Debre Tabor on Sunday, killing three people, a doctor said. Other accounts "
            "gathered by a radio station suggest the toll may be higher, with some residents saying that nine nurses "
            "were killed.")
    [event] = read(text, dt.date(2024, 5, 1))
    assert (event.killed, event.civilians_killed) == (3, None)


def test_two_accounts_of_one_raid_give_its_fuller_strike_count():
    text = ("An Israeli air strike destroyed a house in Rafah on Tuesday, killing four people, medics said. "
            "Israeli jets carried out six strikes on Rafah on Tuesday, residents said.")
    [event] = read(text, dt.date(2024, 5, 1))
    assert event.strikes == 6


def test_tank_fire_told_next_gives_the_strike_no_toll():
    text = ("In the afternoon, a drone strike on men queuing at a well in Khuza'a killed four, doctors said. "
            "Israeli tank fire in the Zeitoun district later killed two more, according to medics.")
    [event] = read(text, dt.date(2025, 4, 18))
    assert event.killed == 4


def test_of_two_raised_tolls_the_higher_stands_whatever_order_they_are_told_in():
    text = ("The toll of the army's bombing of a guerrilla camp outside Calamar, in Guaviare, has climbed "
            "to 19, forensic officials said on Thursday. The air force carried out the raid before dawn on Tuesday. "
            "The minister had first reported 11 dead. On Wednesday officials raised the toll to 16.")
    [event] = read(text, dt.date(2025, 11, 13))
    assert event.killed == 19



def test_a_side_s_own_dead_are_some_of_the_strike_s_toll():
    found = casualties_in("A rebel movement said in a statement that three of its officers were killed in the raid.")
    assert (found.killed, found.part) == (3, True)


def test_a_first_count_told_after_the_strike_gives_way_to_the_next_with_its_wounded():
    text = ("Jets struck grain silos in Mokha on Saturday, the coalition said. The governor's office at first counted "
            "three dead and 12 hurt at the silos. By Sunday evening the provincial health office said five people had been "
            "killed and 19 wounded. The jets also bombed a pumping station at Dhubab, where a guard was killed, residents said.")
    events = read(text, dt.date(2021, 3, 8))
    assert [(e.place, e.date, e.killed, e.wounded) for e in events] == [
        ("Mokha", dt.date(2021, 3, 6), 5, 19), ("Dhubab", dt.date(2021, 3, 6), 1, None)]


def test_a_second_source_naming_some_of_the_dead_leaves_the_toll():
    text = "Warplanes killed nine people in Sarmada on Friday. Neighbours told us the dead included two small children."
    assert [(e.killed, e.civilians_killed) for e in read(text, dt.date(2020, 1, 11))] == [(9, 2)]


def test_a_lead_s_toll_over_two_days_of_strikes_is_not_the_first_strike_s():
    text = ("Drones and jets struck towns across the north on Saturday and Sunday, killing four people, officials said. "
            "On Saturday one drone struck a power station in Kobani, wounding two. On Sunday jets struck a farm near Amuda, killing four.")
    assert [(e.place, e.killed) for e in read(text, dt.date(2024, 1, 15))] == [("Kobani", None), ("Amuda", 4)]


def test_a_speaker_named_after_the_toll_is_not_one_more_dead():
    assert casualties_in("Two bombs hit a bakery soon after it opened, killing five, a doctor in the town said.").killed == 5


def test_the_dead_told_again_between_commas_are_counted_once():
    # a count, then the same dead in parts or described, set off by commas before the verb
    found = casualties_in("Nine villagers, five women and four boys, were killed when the jets came back at dusk.")
    assert (found.killed, found.civilians_killed) == (9, 9)
    assert casualties_in("Eleven guards, all of them from one clan, died in the bombing of the depot.").killed == 11
    assert casualties_in("Two brothers, a baker and a teacher, were killed by the drone.").killed == 2
    # a list of groups is every one of them, however many commas it takes
    found = casualties_in("Six policemen, four farmers and three pupils were killed in the raid.")
    assert (found.killed, found.civilians_killed) == (13, 7)


def test_other_dead_counted_at_other_places_are_strikes_there():
    # a day's strikes told place by place: the dead "others" at each place counted are that place's strike
    events = read("Israeli jets struck a market in Ariha on Monday, killing five people. Three others were killed "
                  "in the nearby town of Binnish and two in Sarmin.", dt.date(2020, 3, 4))
    assert [(e.place, e.killed, e.actor) for e in events] == [("Ariha", 5, "Israel"), ("Binnish", 3, "Israel"), ("Sarmin", 2, "Israel")]
    assert {e.date for e in events} == {dt.date(2020, 3, 2)}
    # dead who died elsewhere of the same strike, or in fighting, or at the same place, are no other strike
    for after in ("Two more died in hospital in Idlib.", "Three others were killed in clashes in Hama.",
                  "Another four were killed in Ariha's old quarter."):
        events = read(f"Israeli jets struck a market in Ariha on Monday, killing five people. {after}", dt.date(2020, 3, 4))
        assert [e.place for e in events] == ["Ariha"], after


def test_dead_of_small_arms_fire_after_a_strike_are_not_its_toll():
    events = read("The US military says one of its airstrikes left 14 fighters dead after its patrol came under "
                  "attack. The command says in a statement the airstrike was carried out on Monday near Jilib. The statement "
                  "says three other fighters were killed by government troops with small arms fire.", dt.date(2019, 5, 8))
    assert [(e.place, e.killed) for e in events] == [("Jilib", 14)]


@pytest.mark.parametrize("sentence, killed", [
    ("A drone struck a car near Yaroun on Monday, killing two militia members inside, three security officials said.", 2),
    ("A strike on a shelter in Rafah killed more than 40 people, one of the deadliest attacks this year.", 40),
])
def test_the_people_who_tell_a_toll_and_a_rank_are_not_among_the_dead(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Hundreds gathered in Maaloula to honour the dead of the raid.", None),
    ("Thousands of mourners buried the dead of Friday's air strike, which killed 14.", 14),
])
def test_a_crowd_that_honours_or_buries_the_dead_is_not_counted_among_them(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("Three fighters of the Free Burma Rangers (FBR) were killed and two others hurt when the jet struck.", 3, 2),
    ("Four members of the Popular Mobilisation Forces (PMF) died in the strike.", 4, None),
])
def test_a_groups_short_name_in_brackets_does_not_cut_its_dead_from_their_count(sentence, killed, wounded):
    found = casualties_in(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_harm_a_sentence_tells_at_another_place_struck_is_not_the_toll_of_the_strike_before():
    text = ("Israeli jets hit two buildings in Ghobeiry on Friday.\n\n"
            "Three people were killed when a rocket hit a bus stop in the northern town of Karmiel on Friday.")
    assert [(e.place, e.killed) for e in extract_events(Article(text=text, id="t", published=dt.date(2024, 10, 5)))] \
        == [("Ghobeiry", None)]


def test_a_toll_counts_the_figure_it_is_put_at_not_the_speaker_before_it():
    assert casualties_in("One medic put the death toll at 17 on Sunday.").killed == 17
    assert casualties_in("Two officials put the toll at nine.").killed == 9


@pytest.mark.parametrize("sentence, killed", [
    ("Seven drones headed for Tula; six were shot down and one was neutralised by jamming.", None),
    ("Four drones were destroyed and two more neutralised over the region, with no casualties.", 0),
    ("Helicopters struck the hideout and neutralised nine insurgents.", 9),
])
def test_drones_neutralised_are_no_dead_and_fighters_neutralised_are(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    ("The raid on the camp eliminated 23 bandits, the spokesman said.", 23),
    ("Fourteen fighters were eliminated when the jets struck the enclave.", 14),
    ("The strike eliminated three boats and a fuel store.", None),
])
def test_people_eliminated_are_dead_and_things_eliminated_are_not(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_the_part_of_a_toll_one_strike_took_is_that_strikes_toll():
    text = "Four of the dead were killed when an Israeli missile struck a family home in Beit Lahia on Tuesday."
    assert [e.killed for e in extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 14)))] == [4]
    assert casualties_in("Three of the dead were children, medics said.").killed is None


@pytest.mark.parametrize("sentence, killed", [
    ("Another drone struck a pickup truck outside Kidal, killing its three occupants.", 3),
    ("A strike flattened a house in Saada, killing their four children.", 4),
])
def test_the_dead_counted_after_a_possessive_are_the_toll(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    ("A third person has died of wounds from the strike, medics said.", 3),
    ("A fourth fighter later died of his wounds.", 4),
    ("The strike killed commander Abu Salim al-Kurdi and four others.", 5),
    ("The drone killed the driver and two others near the checkpoint.", 3),
    ("The strike killed commander Abu Salim al-Kurdi and three other fighters.", 4),
    ("The strike killed a local leader and two of his bodyguards.", 3),
])
def test_a_toll_told_by_order_or_by_one_named_and_others_counts_them_all(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("The group vowed revenge after an Israeli strike on August 28 killed its prime minister.", None, None),
    ("A strike on 14 March killed 5 people in the market.", 5, None),
    ("Medics said 19 people were wounded, while the ministry said 25 were hurt.", None, 19),
])
def test_a_day_of_the_month_is_no_count_and_two_accounts_of_the_wounded_give_the_lower(sentence, killed, wounded):
    toll = casualties_in(sentence)
    assert (toll.killed, toll.wounded) == (killed, wounded)


def test_a_toll_framed_by_another_town_after_a_strike_is_that_towns_strike_and_anothers_none_is_not_this_ones():
    text = ("Pakistani jets struck camps in eastern Afghanistan early on Sunday. A house in the Ghani Khel district of "
            "Nangarhar was hit, killing 13 members of one family, a Taliban spokesman said. In Barmal, in Paktika province, "
            "a madrassa was destroyed and four people died, he said. Residents reported explosions near the border town of "
            "Spera but no casualties.")
    assert events_told(text, dt.date(2026, 2, 23)) == [("Barmal", "2026-02-22", "Pakistan", 4, None),
                                                       ("Ghani Khel", "2026-02-22", "Pakistan", 13, None)]


@pytest.mark.parametrize("text, place, killed", [
    ("Israeli strikes across southern Lebanon killed 12 people on Thursday, including three in Aitaroun, the health "
     "ministry said.", "Aitaroun", 3),
    ("Missile strikes killed 31 civilians on Wednesday, 13 of them in Bahawalpur, the army said.", "Bahawalpur", 13),
])
def test_the_part_of_a_wider_toll_that_fell_at_the_one_place_named_is_that_places(text, place, killed):
    [(struck, _, _, dead, _)] = events_told(text, dt.date(2025, 3, 14))
    assert (struck, dead) == (place, killed)


def test_some_of_the_dead_told_at_one_of_two_places_struck_are_that_places_toll():
    text = ("Drone strikes hit a bakery in al-Malikiyah and a power station near Qamishli on Monday, killing 12 civilians. "
            "Five of the dead were workers at the bakery in al-Malikiyah.")
    assert {e[0]: e[3] for e in events_told(text, dt.date(2024, 1, 16))} == {"Qamishli": None, "al-Malikiyah": 5}


@pytest.mark.parametrize("text", [
    "Drones struck Zaporizhzhia and Dnipro before dawn on Monday, killing four people in Zaporizhzhia and injuring "
    "seven in Dnipro, officials said.",
    "Drones struck Zaporizhzhia and Dnipro before dawn on Monday. Four people died in Zaporizhzhia, while seven were "
    "injured in Dnipro, regional officials said.",
    "Drones struck Zaporizhzhia and Dnipro before dawn on Monday. In Zaporizhzhia four people died; in Dnipro seven "
    "were injured.",
])
def test_a_toll_told_clause_by_clause_for_two_places_struck_is_each_places_own(text):
    found = {e[0]: (e[3], e[4]) for e in events_told(text, dt.date(2025, 6, 3))}
    assert found == {"Zaporizhzhia": (4, None), "Dnipro": (None, 7)}


def test_a_toll_told_at_a_district_of_each_of_two_provinces_struck_places_each_strike_there():
    text = ("Jets bombed houses in Khost and Paktika provinces overnight, officials said on Tuesday. Four people died in "
            "the Spera district of Khost, while two were killed in the Barmal district of Paktika.")
    found = {e[0]: e[3] for e in events_told(text, dt.date(2024, 12, 24))}
    assert found == {"Spera": 4, "Barmal": 2}


def test_two_cities_near_each_other_with_a_toll_each_are_two_strikes():
    text = ("Warplanes bombed Deir al-Balah and Nuseirat on Friday, killing nine people in Deir al-Balah and five in "
            "Nuseirat, medics said.")
    assert {e[0]: e[3] for e in events_told(text, dt.date(2024, 8, 3))} == {"Deir al-Balah": 9, "Nuseirat": 5}


@pytest.mark.parametrize("sentence, killed", [
    ("A drone hit a car near the bridge, killing four men, two Afghan border police officials said.", 4),
    ("Jets bombed the depot, killing at least 30 people, three doctors and a nurse told reporters.", 30),
    ("Nine people died in the raid, two local aid workers said.", 9),
    ("Two guards were killed officials said.", 2),
])
def test_the_people_who_tell_a_toll_are_not_counted_in_it(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_a_toll_raised_by_the_red_cross_is_no_running_total():
    found = casualties_in("By nightfall the Red Cross said its toll had climbed to 41.")
    assert (found.killed, found.revised) == (41, True)


def test_a_toll_another_speaker_gives_lower_is_the_floor():
    text = ("A drone strike on the market in Mellit killed more than 90 people on Sunday, a rights group said. A local "
            "official gave a lower toll of 52 dead.")
    assert events_told(text, dt.date(2024, 12, 10)) == [("Mellit", "2024-12-08", "unknown", 52, None)]


def test_a_strike_named_by_its_day_dates_a_lead_told_with_the_day_it_was_said():
    text = ("A drone hit the maternity hospital in Nyala, the health ministry said on Monday. Eleven people died in "
            "Saturday night's strike, a doctor said.")
    assert events_told(text, dt.date(2024, 12, 9)) == [("Nyala", "2024-12-07", "unknown", 11, None)]


def test_a_second_raid_told_with_its_toll_in_the_same_sentence_is_its_own_strike():
    text = ("Jets struck villages in the south on Monday. Five people died when a house was bombed in Houla, and three "
            "were killed and eight wounded in a similar raid on Majdal Selm.")
    found = {e[0]: (e[3], e[4]) for e in events_told(text, dt.date(2024, 10, 8))}
    assert found == {"Houla": (5, None), "Majdal Selm": (3, 8)}


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("The health office raised the number of injured to 23.", None, 23),
    ("The mayor raised the toll to five dead and 31 injured.", 5, 31),
    ("Medics raised the death toll to 40 and the number of wounded to 112.", 40, 112),
])
def test_a_revision_of_the_wounded_counts_the_wounded(sentence, killed, wounded):
    found = casualties_in(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_a_second_clause_of_bare_strikes_on_another_town_has_its_own_toll():
    text = "Jets struck the missile base at Khomein early on Friday, and strikes on apartment blocks in Isfahan killed four."
    found = {e[0]: e[3] for e in events_told(text, dt.date(2025, 6, 14))}
    assert found == {"Khomein": None, "Isfahan": 4}


@pytest.mark.parametrize("sentence, killed", [
    ("At least 14 people died, and the toll could reach 20, a nurse said.", 14),
    ("Nine were killed; rescuers fear the toll may climb to 15.", 9),
    ("The death toll is expected to rise to 50.", None),
])
def test_a_toll_foreseen_is_no_count_of_the_dead(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_some_of_the_dead_named_by_another_official_do_not_lower_the_toll():
    text = ("Jets bombed two hamlets near Luuq on Tuesday, killing nine civilians, elders said. A district official said "
            "the victims included an elderly woman and her two sons, and that several goats were also killed.")
    assert events_told(text, dt.date(2016, 1, 21)) == [("Luuq", "2016-01-19", "unknown", 9, None)]


@pytest.mark.parametrize("update", [
    "On Thursday, the district prosecutor said eight of the workers had died in the attack.",
    "On Thursday, relatives said eight people had died in the raid.",
    "Officials said on Thursday that eight people were killed in that attack.",
])
def test_a_higher_count_given_days_later_is_the_latest_toll(update):
    text = f"Missiles struck a depot in Dnipro on Monday, killing three workers, the mayor said. {update}"
    assert events_told(text, dt.date(2023, 5, 12)) == [("Dnipro", "2023-05-08", "unknown", 8, None)]


def test_a_part_of_the_dead_told_days_later_does_not_change_the_toll():
    text = ("Missiles struck a depot in Dnipro on Monday, killing three workers, the mayor said. "
            "On Thursday, the union said two of the dead had been its members.")
    assert events_told(text, dt.date(2023, 5, 12)) == [("Dnipro", "2023-05-08", "unknown", 3, None)]


def test_a_later_posts_toll_of_a_raid_named_by_its_place_revises_it():
    text = ("09:20 Jets struck a house in Kfar Tibnit. Three killed, rescuers say.\n\n"
            "11:45 Update: toll of Kfar Tibnit raid rises to six.")
    assert [told[3] for told in events_told(text, dt.date(2024, 10, 3))] == [6]


@pytest.mark.parametrize("text", [
    "Air strikes on the towns of Ariha, Saraqeb and Binnish on Tuesday killed five, three and two people respectively, the monitor said.",
    "Russian jets struck Ariha and Saraqeb on Tuesday, killing 5 and 3 people, the monitor said.",
])
def test_a_list_of_tolls_in_the_order_of_the_places_struck_gives_each_its_own(text):
    told = {place: killed for place, _, _, killed, _ in events_told(text, dt.date(2025, 4, 2))}
    assert told["Ariha"] == 5 and told["Saraqeb"] == 3


def test_a_strike_that_killed_some_and_wounded_others_is_no_list_of_tolls():
    text = "Russian jets struck Ariha and Saraqeb on Tuesday, killing 5 and wounding 3 people, the monitor said."
    assert all(killed != 3 for _, _, _, killed, _ in events_told(text, dt.date(2025, 4, 2)))


def test_each_place_given_its_own_toll_in_one_sentence_is_struck():
    text = "Government air strikes on Saturday killed 11 civilians in Douma, seven in Arbin and three more on the edge of Harasta."
    told = {place: killed for place, _, _, killed, _ in events_told(text, dt.date(2025, 4, 7))}
    assert told.get("Douma") == 11 and told.get("Arbin") == 7


def test_the_toll_of_strikes_told_together_is_not_the_toll_of_the_one_told_apart():
    text = ("Air strikes on two homes in the Gaza Strip killed 13 people on Tuesday, medics said.\n\nThe deadlier strike hit a house "
            "in Bureij, killing eight people. Later a second strike hit a flat in Gaza City, killing five.")
    told = {place: killed for place, _, _, killed, _ in events_told(text, dt.date(2025, 6, 18))}
    assert told == {"Bureij": 8, "Gaza City": 5}


def test_a_provinces_toll_of_the_day_is_not_the_toll_of_the_one_strike_told_in_it():
    text = "Air strikes killed at least 23 civilians in Idlib province on Saturday.\n\nRussian warplanes killed six people in Ariha."
    assert [(told[0], told[3]) for told in events_told(text, dt.date(2025, 6, 17))] == [("Ariha", 6)]


@pytest.mark.parametrize("sentence, killed", [
    ("The raid on the house killed a teacher, his wife and their four children.", 6),
    ("The raid on the house killed a teacher, his neighbour said.", 1),
])
def test_a_family_listed_after_a_comma_counts_each_of_its_members(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_a_count_of_the_wounded_revised_after_a_long_clause_is_the_latest():
    sentence = ("The number of people wounded when a ballistic missile hit the crowded centre of the old town on Saturday morning "
                "rose to 131 on Sunday, officials said.")
    assert casualties_in(sentence).wounded == 131


@pytest.mark.parametrize("sentence, killed", [
    ("The death toll from the missile strike on Sumy rose from 12 to 21 on Monday, the governor said.", 21),
    ("The toll from Sunday's strike on Masyaf had risen from an initial five dead to 16, a monitor said.", 16),
])
def test_a_toll_that_rose_from_one_count_to_another_is_the_later_count(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_a_range_of_two_counts_is_still_its_lowest():
    assert casualties_in("A strike on the market killed 12 to 15 people, medics said.").killed == 12


def test_a_region_framed_toll_after_a_strike_in_another_region_is_that_regions_strike():
    text = ("In Zhytomyr Oblast, two men were killed in the Korostyshiv hromada when a drone hit their barn overnight.\n\n"
            "In Kyiv Oblast, three people were killed and 11 injured, Governor Oleh Marchenko said.")
    told = events_told(text, dt.date(2024, 9, 5))
    assert [(place, killed, wounded) for place, _, _, killed, wounded in told] == [("Korostyshiv", 2, None), ("Kyiv Oblast", 3, 11)]


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("A missile hit a house, killing a 40-year-old man and his six-year-old son.", 2, None),
    ("Officials said eight people were killed and 160 wounded, revising an earlier count of three dead and 52 wounded.", 8, 160),
    ("Medics said five people had been killed and 71 wounded, raising an initial toll of two dead and 75 injured.", 5, 71),
])
def test_a_companion_told_by_age_is_one_more_dead_and_a_replaced_count_adds_nothing(sentence, killed, wounded):
    toll = casualties_in(sentence)
    assert (toll.killed, toll.wounded) == (killed, wounded)



def test_a_second_account_after_a_semicolon_is_not_added():
    sentence = "Medics said about 40 people were killed; the rebel-run ministry put the toll at 63."
    assert casualties_in(sentence).killed == 40


def test_one_martyr_is_one_dead_not_one_more_wounded():
    casualties = casualties_in("A drone struck a car near the town, resulting in one martyr and one wounded, the army said.")
    assert (casualties.killed, casualties.wounded) == (1, 1)


def test_the_previous_toll_a_report_gives_does_not_replace_the_latest():
    assert casualties_in("The previous death toll stood at 19 dead.").earlier
    assert casualties_in("The earlier death toll was 19.").earlier
    revised = casualties_in("An earlier toll of 19 rose to 26 on Tuesday.")
    assert (revised.killed, revised.revised, revised.earlier) == (26, True, False)
    text = ("Medics said on Wednesday that 26 people were killed when jets struck the market in Ariha on Tuesday. "
            "The previous toll, given by rescuers on Tuesday night, stood at 19.")
    assert [k for *_, k, _ in events_told(text, dt.date(2021, 6, 9))] == [26]


def test_the_dead_counted_since_a_campaign_began_are_no_strikes_toll():
    text = ("Bakery bombing in Idlib\n\nJets bombed a bakery in Ariha on Monday, killing nine people. The monitor says upwards of 300 civilians "
            "have now been killed in bombing and air strikes in Idlib and nearby areas since the offensive began in late April.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2019, 7, 23))] == [("Ariha", 9)]


def test_a_toll_in_a_list_of_what_is_known_about_a_strike_is_that_strikes():
    text = ("Live: strike on school\nLive | 6 Jun 2024\n\n12:05 GMT - What we know about the Bureij strike\n\n"
            "- Israeli jets hit a school in Bureij before dawn on Thursday.\n"
            "- About 3,000 displaced people were sheltering in its classrooms, the UN said.\n"
            "- Health officials say 21 people died, nine of them children.\n")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2024, 6, 6))] == [("Bureij", 21)]
