"""How many: numbers in words and digits, and who they count."""
import pytest

from strikes.extract.numbers import Casualties, casualties_in, counts_fire, implied_toll, parse_number, strike_count_in


@pytest.mark.parametrize("text, value", [
    ("36", 36), ("thirty-six", 36), ("twenty one", 21), ("a dozen", 12), ("dozens", 12), ("scores", 20),
    ("hundreds", 100), ("more than 100", 100), ("at least 30", 30), ("1,200", 1200), ("3-4", 3),
    ("two hundred and five", 205), ("two dozen", 24),
])
def test_parse_number_gives_floors(text, value):
    assert parse_number(text) == value


def test_parse_number_rejects_words():
    assert parse_number("several") is None


def test_killed_civilians_counted_as_civilians_and_killed():
    assert casualties_in("The raids killed 36 civilians, including women and children.") == Casualties(36, 36, None)


def test_citizens_herders_and_traders_killed_are_civilians():
    assert casualties_in("The raid killed nine citizens in the market, the channel said.") == Casualties(9, 9, None)
    assert casualties_in("The strike killed 14 herders and their cattle by the river.") == Casualties(14, 14, None)
    assert casualties_in("Two traders were killed when the stalls were hit.") == Casualties(2, 2, None)


def test_passive_killed_and_wounded_never_swapped():
    assert casualties_in("Eight fighters were killed and five were wounded in the raid.") == Casualties(8, None, 5)
    assert casualties_in("The raid wounded 12 people and killed three.") == Casualties(3, None, 12)


def test_active_killing_and_wounding():
    assert casualties_in("Jets hit a house, killing 12 people, including five children, and wounding 20 others.") == Casualties(12, 5, 20)


def test_groups_in_one_clause_add_up():
    assert casualties_in("The strike killed four militants and two civilians.") == Casualties(6, 2, None)


def test_no_casualties_is_zero():
    assert casualties_in("No casualties were reported.") == Casualties(0, None, 0)  # casualties: the dead and the wounded
    assert casualties_in("No one was killed in the raid.") == Casualties(0, None, None)


def test_unknown_casualties_are_none():
    assert casualties_in("Casualties unknown.") == Casualties()
    assert casualties_in("It was not clear if anyone was hurt.") == Casualties()


def test_death_toll():
    assert casualties_in("The death toll rose to 40 on Friday.") == Casualties(40, None, None)


def test_ages_times_and_dates_are_not_counts():
    assert casualties_in("A 7-year-old boy was killed at 4:30 am.") == Casualties(1, 1, None)  # the boy, not his age
    assert casualties_in("On 12 June three shepherds were killed.", skip=[(3, 10)]) == Casualties(3, 3, None)


def test_vague_quantities():
    assert casualties_in("Dozens of people were killed.") == Casualties(12, None, None)


def test_strike_counts():
    assert strike_count_in("at least 30 strikes hit rural areas") == 30
    assert strike_count_in("two missiles slammed into the market") == 2
    assert strike_count_in("a series of raids hit the valley") is None
    assert strike_count_in("Coalition aircraft flew 17 air raids over the province overnight.") == 17


def test_counted_fire_is_specific_and_a_single_strike_is_not():
    """A counted volley tells a strike apart from a passing mention of strikes; "an air strike" counts
    one strike but says no more than any report of one."""
    assert counts_fire("two missiles slammed into the market")
    assert not counts_fire("An air strike hit the valley.")
    assert not counts_fire("Strikes have hit the valley for weeks.")


def test_a_strike_told_as_one():
    assert strike_count_in("An air strike on a bakery in Kafr Sousa killed nine people.") == 1
    assert strike_count_in("A single drone strike hit the convoy.") == 1
    assert strike_count_in("A wave of strikes hit the valley.") is None
    assert strike_count_in("A double-tap strike hit the clinic.") is None


def test_a_strike_recalled_or_among_others_is_no_count():
    assert strike_count_in("Jets bombed the port, hours after a raid on the airport.") is None
    assert strike_count_in("Strikes hit the port while an air strike hit the mill.") is None


def test_figure_that_counts_something_else_is_no_strike_count():
    assert strike_count_in("Medics put the toll at 16 from two strikes on the camp.") == 2
    assert strike_count_in("Two guards died, nine wounded when strikes hit the post.") is None
    assert strike_count_in("The junta has flown jets since a 2021 order to strike rebel camps.") is None
    assert strike_count_in("Militants fired dozens of rockets and the army answered with dozens of strikes.") is None


def test_part_of_a_toll_after_the_figure():
    assert casualties_in("Jets bombed the market, killing 37 people, 35 of them civilians.") == Casualties(37, 35, None)


def test_between_is_the_lower_figure():
    assert casualties_in("The strike killed between 18 and 22 civilians.") == Casualties(18, 18, None)


def test_counts_of_things_are_not_casualties():
    assert casualties_in("Three generations of the family were killed.") == Casualties()


def test_a_person_named_in_the_singular_counts_one():
    assert casualties_in("A boy was reportedly killed and two others were hurt.") == Casualties(1, 1, 2)
    assert casualties_in("The strike killed a woman and three children.") == Casualties(4, 4, None)
    assert casualties_in("Jets killed a senior commander.") == Casualties(1, None, None)
    assert casualties_in("A house was destroyed.") == Casualties()
    assert casualties_in("Four civilians, including an old man and two teenage boys, were killed.") == Casualties(4, 4, None)


@pytest.mark.parametrize("sentence", [
    "Early on Friday a cyclist died on the ring road when a drone fired at him.",
    "The missile killed a street vendor outside the bakery.",
    "A policeman was killed when the drone struck his checkpoint.",
])
def test_people_named_by_their_trade_or_their_way_count_one(sentence):
    assert casualties_in(sentence).killed == 1


def test_a_range_in_words_is_its_floor_not_a_sum():
    assert casualties_in("The bombing killed between six and seven relatives of the village elder.").killed == 6
    assert casualties_in("Between seven and eight people were killed in the raid.").killed == 7


def test_families_are_not_people_counted():
    assert casualties_in("Between 11 and 13 villagers from three families were killed in the shelling.").killed == 11


def test_the_death_of_a_number():
    assert casualties_in("The raid resulted in the death of no fewer than nine shepherds.").killed == 9


@pytest.mark.parametrize("sentence, killed", [
    ("A drone kills atleast 5 in the village.", 5),
    ("Jets pounded the hideout, killing 72 in neighbouring villages.", 72),
    ("12 insurgents as well as several foreign trainers were killed at the camp.", 12),
    ("31 fighters were killed as warplanes hit the ridge, and one of those killed had led the cell.", 31),
    ("Eight gunmen, including two field commanders were killed by the bombing.", 8),
])
def test_more_ways_to_count_the_dead(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    ("The drone strike killed a nine-year old girl.", 1),
    ("A 68-year old man was killed by the raid.", 1),
    ("A 12 year old boy was killed on his way to school.", 1),
])
def test_ages_are_not_counts(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Three cousins were killed with 15-18 others.", 18),
    ("A commander was killed along with 13 others in the strike.", 14),
    ("20-25 killed and a vehicle destroyed in the dawn strike.", 20),
])
def test_killed_with_others_and_a_toll_before_a_thing(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_the_person_who_speaks_is_not_counted_among_the_dead():
    assert casualties_in("A paramedic said 41 people had been killed and 90 wounded.").killed == 41
    assert casualties_in("A doctor was killed in the strike.").killed == 1


@pytest.mark.parametrize("sentence, killed", [
    ("Nineteen people, most of them children, were killed.", 19),
    ("Civil defence said 7 people were killed, while the Observatory put the toll at 11.", 7),
    ("The attack killed a mother and her three children.", 4),
    ("The strike killed 5 fighters and the second raid killed 3 more.", 8),
])
def test_tolls_in_appositions_conflicting_accounts_and_families(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_no_immediate_reports_of_casualties_is_none_killed_or_wounded():
    assert casualties_in("There were no immediate reports of casualties.") == Casualties(0, None, 0)


def test_people_named_again_after_their_count_are_not_counted_twice():
    assert casualties_in("Air strikes hit the town, killing at least two civilians, a woman and a child.").killed == 2
    assert casualties_in("The strike killed a woman and two children.").killed == 3


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("The raid on the farm martyred a citizen and wounded two of his neighbours.", 1, 2),
    ("The shelling of the market ended with the martyrdom of four citizens.", 4, None),
    ("Jets bombed the road, martyring three citizens and injuring five.", 3, 5),
])
def test_a_partisan_wires_martyrs_are_the_dead(sentence, killed, wounded):
    found = casualties_in(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_the_one_named_right_after_the_verb_is_counted():
    assert casualties_in("A drone hit a tanker on the coast road, killing the driver and his assistant.").killed == 2
    assert casualties_in("Jets bombed the camp, killing the fighters inside.").killed is None


def test_the_one_a_possessive_names_right_after_the_verb_is_counted():
    assert casualties_in("A drone's missile hit a motorbike on the coast road, killing its rider.").killed == 1
    assert casualties_in("The strike hit the farm, killing their eldest son.").killed == 1


def test_an_age_set_off_by_commas_is_no_count_of_the_dead():
    assert casualties_in("Fragments set a house on fire, killing a retired teacher, 71, who lived alone.").killed == 1
    assert casualties_in("The strike killed 12, including three children.").killed == 12


def test_a_year_before_a_raid_is_no_count_of_strikes():
    assert strike_count_in("Lawyers pressed the army over a May 2024 raid on the camp.") == 1
    assert strike_count_in("Jets carried out 14 raids on the camp.") == 14


def test_a_person_described_again_is_one_of_the_dead():
    assert casualties_in("A drone hit a van at noon, killing the driver, a 38-year-old father from the town.").killed == 1
    assert casualties_in("A bomb killed a nurse, a retired teacher and a farmer in the yard.").killed == 3
    assert casualties_in("A bomb killed the driver, a farmer, and a student at the depot.").killed == 3


def test_a_figure_with_its_own_word_of_the_other_kind_counts_that_kind():
    found = casualties_in("Medics recorded the deaths of 6 villagers, two of them boys, and 14 injured people.")
    assert (found.killed, found.wounded) == (6, 14)


def test_the_number_of_martyrs_is_a_toll_and_the_wounded_after_it_are_apart():
    found = casualties_in("The number of martyrs rose to 9, two of them women, and more than 20 wounded reached the clinic.")
    assert (found.killed, found.wounded) == (9, 20)


def test_the_dead_listed_by_who_they_were_are_counted():
    assert casualties_in("The dead, all of them farmers, were three men and two boys.").killed == 5
    assert casualties_in("Among the dead were 4 children.").killed is None


def test_the_figure_a_toll_was_raised_from_is_not_the_toll():
    found = casualties_in("The toll was raised from three on Monday after two of the 11 wounded died in hospital.")
    assert (found.killed, found.wounded) == (None, 11)


def test_a_name_spelt_out_between_commas_parts_no_count_from_its_verb():
    assert casualties_in("Three fighters of the KDU, the Kurdish Defence Units, were killed in the raid, the group said.").killed == 3
    assert casualties_in("The strike hit Kobani, the Kurdish Town, killing four.").killed == 4


def test_the_other_dead_are_the_rest_of_a_toll_already_given():
    assert casualties_in("The remaining four killed were militia fighters, the monitor said.").killed is None
    assert casualties_in("The other two dead were guards.").killed is None


def test_a_revised_figure_keeps_the_kind_of_the_count_it_revises():
    found = casualties_in("The clinic's first count was 12 injured, but it raised the figure to 17 by the evening.")
    assert (found.killed, found.wounded) == (None, 17)
    found = casualties_in("Officials first reported six killed and 20 hurt, then raised the toll to nine.")
    assert (found.killed, found.wounded) == (9, 20)


def test_a_revision_of_that_figure_is_the_latest_toll():
    found = casualties_in("Hospital staff have since lowered that figure to 7.")
    assert (found.killed, found.revised) == (7, True)


def test_two_kinds_of_strikes_make_one_count():
    assert strike_count_in("Jets carried out 12 air and drone strikes against rebel positions overnight.") == 12


@pytest.mark.parametrize("sentence, killed", [
    ("Both brothers succumbed in hospital, bringing the count to five.", 5),
    ("Two more died overnight, taking the number killed to seven.", 7),
    ("Rescuers found two more bodies, bringing the tally to 12.", 12),
    ("Nurses at first counted 14 dead, but that figure had risen to 33 by the weekend.", 33),
    ("A wounded boy died on Friday, putting the toll from the raid on the market at nine.", 9),
])
def test_a_toll_brought_to_a_new_count_is_the_latest(sentence, killed):
    found = casualties_in(sentence)
    assert (found.killed, found.revised) == (killed, True)


def test_a_verb_that_kills_the_whole_group_it_counts_gives_its_number():
    assert casualties_in("Jets struck a farmhouse on Saturday, killing the two brothers inside.", []).killed == 2
    assert casualties_in("A drone hit the van, killing all four crew.", []).killed == 4


def test_the_dead_who_included_some_are_some_of_the_dead_not_their_count():
    found = casualties_in("Relatives said the dead included three children.", [])
    assert (found.killed, found.civilians_killed) == (None, 3)
    found = casualties_in("The dead, all from one clan, were two men and a boy.", [])
    assert found.killed == 3


def test_a_figure_with_its_own_relative_clause_counts_the_dead():
    assert casualties_in('"We laid to rest 40 people who were killed by the bombs," an elder said.', []).killed == 40
    assert casualties_in("Medics said the 11 villagers that had been killed were farmers.", []).killed == 11
    assert casualties_in("Nine people who had sheltered in the school hall were killed.", []).killed == 9
    assert casualties_in("Two guards who were on duty said 14 people were killed.", []).killed == 14


def test_a_toll_that_climbed_after_an_initial_s_full_stop_is_the_latest():
    found = casualties_in("Medics said the number of people killed after U.S. raids on the depot had climbed to 31.", [])
    assert (found.killed, found.revised) == (31, True)


@pytest.mark.parametrize("sentence", [
    "The raid on the depot killed or wounded 23 people, a medic said.",
    "Jets bombed the depot on Monday, killing and injuring at least 23 people.",
    "At least 23 villagers were killed and injured when the jets struck.",
    "Officials said over 300 people were hurt or killed when the hall was bombed.",
    "The toll from the strike has risen to more than 300 dead and wounded, the ministry said.",
])
def test_the_dead_and_wounded_counted_together_are_neither_toll(sentence):
    found = casualties_in(sentence)
    assert (found.killed, found.wounded) == (None, None)


def test_dead_and_wounded_counted_apart_keep_their_counts():
    found = casualties_in("The raid on the depot killed four people and wounded 19, a medic said.")
    assert (found.killed, found.wounded) == (4, 19)


def test_no_civilians_hurt_or_killed_is_no_civilian_dead():
    found = casualties_in("The command said the strike killed four fighters and that no civilians were injured or killed.")
    assert (found.killed, found.civilians_killed) == (4, 0)


@pytest.mark.parametrize("sentence", [
    "The raid killed six gunmen and there were no civilian casualties, the army said.",
    "The raid killed six gunmen without causing any civilian deaths.",
    "The raid killed six gunmen; no civilian was among those who died.",
    "The army said the raid killed six gunmen and did not harm any civilians.",
])
def test_no_civilian_casualties_is_no_civilian_dead_and_leaves_the_toll(sentence):
    found = casualties_in(sentence)
    assert (found.killed, found.civilians_killed) == (6, 0)


def test_a_total_and_its_part_told_without_commas_are_the_toll_and_its_part():
    assert casualties_in("Six villagers including a shepherd were killed by the bombs.") == Casualties(6, 6, None)
    assert casualties_in("Eight people including three boys died in the raid.") == Casualties(8, 3, None)


def test_a_person_who_gives_the_toll_is_not_one_of_the_dead():
    assert casualties_in("A nurse at the clinic put the toll at 22.").killed == 22
    assert casualties_in("Nine died, elders said, while a medic gave a toll of 14.").killed == 9


@pytest.mark.parametrize("sentence", ["Drones hit the van, wounding the driver.", "A missile struck the bus, injuring its conductor."])
def test_the_one_person_a_wounding_verb_names_is_one_wounded(sentence):
    assert casualties_in(sentence).wounded == 1


def test_the_places_a_raid_hit_are_not_added_to_its_wounded():
    assert casualties_in("Jets pounded three locations in the valley, and five villagers were hurt, the mayor said.").wounded == 5


@pytest.mark.parametrize("sentence, wounded", [
    ("By nightfall the number of injured had risen to 17.", 17),
    ("The count of wounded later climbed to 40, the hospital said.", 40),
])
def test_a_count_of_the_wounded_that_rose_is_the_latest(sentence, wounded):
    found = casualties_in(sentence)
    assert (found.wounded, found.wounded_revised) == (wounded, True)


@pytest.mark.parametrize("sentence", [
    "All seven dead were civilians, the council said.",
    "Both victims were villagers from the valley.",
    "The dead were all civilians, according to the monitor.",
    "Everyone killed was a civilian, the governor said.",
    "The rescue service describes them all as civilians.",
])
def test_a_sentence_that_says_every_one_of_the_dead_was_a_civilian(sentence):
    assert casualties_in(sentence).all_civilians


def test_a_toll_told_with_all_its_dead_civilians_counts_them_as_civilians():
    found = casualties_in("The bombs killed eleven people, all of them civilians, medics said.")
    assert (found.killed, found.civilians_killed) == (11, 11)


def test_what_the_rest_of_a_toll_implies():
    def implied(casualties):
        found, rules = implied_toll(casualties)
        return found.killed, found.civilians_killed, rules
    assert implied(Casualties(killed=6, all_civilians=True)) == (6, 6, ["toll.all_civilians"])
    assert implied(Casualties(killed=0)) == (0, 0, ["toll.none_killed"])
    assert implied(casualties_in("Nobody was injured, the governor said.")) == (0, 0, ["toll.none_hurt", "toll.none_killed"])
    assert implied(casualties_in("The drone killed three militants near the river.")) == (3, 0, ["toll.fighters_only"])
    assert implied(casualties_in("The drone killed a rebel commander and two farmers.")) == (3, 2, [])
    assert implied(casualties_in("The drone killed three people near the river.")) == (3, None, [])
    assert implied(casualties_in("Two people were injured.")) == (None, None, [])


@pytest.mark.parametrize("sentence, count", [
    ("A drone slammed into a fuel truck outside the depot at dawn.", 1),
    ("A lorry on the ring road was hit by an armed drone, the police said.", 1),
    ("One cruise missile struck the power station.", 1),
    ("Drones struck two lorries outside the depot.", None),
    ("A drone hit a lorry while a barrage of rockets fell on the town.", None),
])
def test_one_craft_that_struck_is_one_strike(sentence, count):
    assert strike_count_in(sentence) == count


@pytest.mark.parametrize("sentence, killed", [
    ("A shell of a drone hit the van outside the farm, and its driver died on the way to hospital.", 1),
    ("A drone caught the two herders on the track, killing both.", 2),
    ("The gunship fired on the convoy, killing the kingpin and six of his men.", 7),
    ("Jets bombed the hamlet, and eleven people who had come for a wedding died.", 11),
    ("We reached a nurse who treated the bodies; she said four people died.", 4),
])
def test_the_dead_told_by_a_definite_noun_both_or_their_own_clause(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("A raid killed six people in the market, and three were wounded, the clinic said.", 6, 3),
    ("A drone killed two farmers and one more was hurt.", 2, 1),
    ("A drone strike killed three men near the well, and two others were shot dead by soldiers at a checkpoint.", 3, None),
    ("Jets killed four people in the square, and two boys were shot and killed by snipers nearby.", 4, None),
])
def test_a_count_told_with_its_own_verb_of_another_kind_or_of_gunfire_is_not_the_strikes_dead(sentence, killed, wounded):
    told = casualties_in(sentence)
    assert (told.killed, told.wounded) == (killed, wounded)


def test_a_toll_given_earlier_in_a_gerund_is_outdated():
    assert casualties_in("The ministry confirmed the figures on Thursday, after earlier reporting five dead.").earlier


def test_one_of_a_people_named_in_a_toll_counts_one():
    assert casualties_in("The drone hit a fuel station, killing two Sudanese and an Eritrean.").killed == 3


@pytest.mark.parametrize("sentence, count", [
    ("The army fired more than 20 missiles at the city overnight, six of them hit targets in the port.", 6),
    ("Rebels launched 14 drones at the base, of which three struck the runway.", 3),
])
def test_the_craft_that_got_through_are_the_strikes(sentence, count):
    assert strike_count_in(sentence) == count


def test_a_count_told_in_reported_speech_is_not_an_earlier_one():
    assert not casualties_in("The mayor told us his office had reported 90 dead to the province.").earlier
    assert casualties_in("On Monday night, medics had reported four dead and 12 wounded.").earlier


@pytest.mark.parametrize("sentence, killed", [
    ("The death toll has since risen to nine, a nurse said.", 9),  # "since": since the first count, not a running total
    ("The toll since the war began has risen to 40,000.", None),
    ("A drone hit a farm near the village, killing dozens of sheep.", None),  # a herd, not people
    ("The strike killed three people and 40 goats.", 3),
    ("A jet bombed the pasture, killing eleven people watering camels.", 11),  # the people counted, then what they did
    ("The raid killed seven herders tending cattle near the well.", 7),
])
def test_a_toll_updated_since_and_a_herd_killed(sentence, killed):
    assert casualties_in(sentence).killed == killed


@pytest.mark.parametrize("sentence, wounded", [
    ("Two men received shrapnel wounds and a woman suffered burns, the governor said.", 3),
    ("Four firefighters were treated for burns at the scene.", 4),
])
def test_people_who_suffered_burns_are_wounded(sentence, wounded):
    assert casualties_in(sentence).wounded == wounded


def test_the_dead_told_apart_by_where_they_died_are_parts_of_the_toll():
    assert casualties_in("Four died at the scene and three on the way to hospital, a medic said.").part
    assert casualties_in("Six bodies were taken to one hospital and two to another.").part
    assert not casualties_in("Two more died in hospital on Wednesday, a medic said.").part


def test_a_count_of_raids_over_several_provinces_is_not_the_one_places():
    sentence = "Warplanes launched 41 air raids on a number of provinces on Sunday, including nine raids on Bajil district."
    assert strike_count_in(sentence) == 9


@pytest.mark.parametrize("sentence, killed", [
    ("Drones struck fuel tanks at the depot, killing three civilians, two Indian nationals and one Pakistani, and "
     "injuring six others.", 3),
    ("The strike killed four soldiers, two civilians and a child.", 7),  # a list of the dead, not a breakdown
])
def test_the_counts_that_add_up_to_the_one_before_them_say_who_its_dead_were(sentence, killed):
    assert casualties_in(sentence).killed == killed


def test_the_pronoun_of_the_one_person_just_told_counts_one():
    assert casualties_in("The missile hit his car on the ring road, killing him instantly.").killed == 1


@pytest.mark.parametrize("sentence, civilians", [
    ("A drone strike on the gold mine killed 11 miners.", 11),
    ("The raid on the brickworks killed six labourers.", 6),
])
def test_miners_and_labourers_killed_are_civilians(sentence, civilians):
    assert casualties_in(sentence).civilians_killed == civilians


def test_a_year_that_names_an_event_is_no_count_of_the_dead():
    assert casualties_in("Raids stopped after a 2019 operation in the south killed several children.").killed is None


@pytest.mark.parametrize("sentence", [
    "The health minister puts the death toll from Thursday's drone attack on a cadets' parade in Homs at 61.",
    "Officials put the toll from the raid on the fuel market near the bridge at about 61.",
])
def test_a_toll_put_at_a_figure_after_the_strikes_long_name_counts_that_figure(sentence):
    assert casualties_in(sentence).killed == 61
