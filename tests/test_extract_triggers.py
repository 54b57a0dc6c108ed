"""What is a strike: attack words, and the cues that a mention is not a report of one."""
import datetime as dt

import pytest
from extracted import events_told

from strikes.extract.triggers import is_ground_fighting, reports_attack, speaks_of_air_attacks, triggers_in


def reported(sentence: str, aerial_context: bool = True) -> bool:
    return any(reports_attack(sentence, t) for t in triggers_in(sentence, aerial_context))


def test_forces_that_struck_a_building_in_a_report_of_air_attacks_report_a_strike():
    assert reported("On 4 June, Israeli forces struck a school in the Tuffah neighbourhood, the UN said.")
    assert not reported("On 4 June, Israeli forces struck a school in the Tuffah neighbourhood, the UN said.", aerial_context=False)


def test_a_state_that_struck_another_target_reports_a_strike():
    assert reported("On Monday Israel struck another shelter in Deir al-Balah.")


def test_a_force_telling_it_struck_a_group_named_at_once_reports_a_strike():
    assert reported("The command said it had struck al-Shabaab militants near Jamaame on Friday.")
    assert reported("The army said it struck Houthi positions near Hajjah.")
    assert not reported("The minister said it had struck Monday's talks off the agenda.")


def test_a_reporters_word_that_it_could_not_check_a_report_does_not_make_it_supposed():
    assert reported("By reports that AFP could not independently verify, jets bombed a wedding party on Friday.")
    assert reported("Residents said, in a claim that has not been confirmed, that drones hit the clinic.")
    assert not reported("Officials said that jets could bomb the bridge next.")


def test_how_often_a_place_was_hit_compared_with_others_is_no_strike():
    assert not reported("The capital has been hit far less often than the towns on the border.", True)
    assert reported("Drones hit the port more than ten times on Sunday, the governor said.", True)


def test_a_source_not_authorised_to_speak_does_not_make_the_strike_supposed():
    assert reported("Two officials, who were not authorised to speak to the media, said drones hit a house in the village.")
    assert reported("A commander, giving no name as his unit had not authorized him to talk to journalists, "
                    "said a drone strike killed four fighters.")
    assert not reported("The minister authorised air strikes on the camps.")


@pytest.mark.parametrize("sentence, aerial", [
    ("The army said an aircraft eliminated a cell that had opened fire on troops near the camp.", True),
    ("Troops eliminated two gunmen at the checkpoint.", False),
    ("Rebels fired U.S.-made missiles at an airfield near the city overnight.", True),
    ("The governor said drone debris had fallen on a garage in the suburb, injuring a man.", True),
])
def test_an_aircraft_that_eliminated_a_made_missile_fired_at_and_debris_that_had_fallen(sentence, aerial):
    assert reported(sentence, aerial_context=False) == aerial


@pytest.mark.parametrize("sentence", [
    "Air strikes hit the market on Tuesday.",
    "An airstrike destroyed a bridge.",
    "Warplanes bombed the town at dawn.",
    "Government helicopters dropped barrel bombs on the suburb.",
    "A drone strike killed two men in a car.",
    "Missiles fired from drones hit a convoy.",
    "Coalition jets conducted 3 air raids against the harbour district.",
    "Near the dam, 14 strikes struck nine fighting positions.",
    "A guided aerial bomb hit a village near the front on Thursday.",
])
def test_reports_of_strikes(sentence):
    assert reported(sentence, aerial_context=False)


@pytest.mark.parametrize("sentence", [
    'The army said a "loitering munition" dived onto a checkpoint near Narowal early on Saturday, killing one guard.',
    "Drone debris wounds two in Gurdaspur village",
])
def test_a_loitering_munition_and_the_debris_of_a_drone_strike(sentence):
    assert reported(sentence, aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "The US and Russia will hold talks on their air strikes in the region.",
    "Russia denied carrying out air strikes on the hospital.",
    "The president said the air strikes would be limited.",
    "The minister threatened air strikes if the talks failed.",
    "The army plans to launch air strikes next month.",
    "If the ceasefire collapses, air strikes could resume.",
    "Police said on Monday the gang's plan was to hit the prison gate in Guayaquil with the drones.",
    "Detectives seize a drone workshop near Guayaquil; gang plotted attack on jail",
    "In addition to air strikes, monitors logged 12 artillery barrages on hamlets around Hakha on Monday.",
])
def test_talks_threats_plans_denials_hypotheticals_are_not_strikes(sentence):
    assert not reported(sentence)


def test_bare_strikes_need_an_article_about_air_attacks():
    assert reported("Wednesday's strikes killed 36 people.", aerial_context=True)
    assert not reported("Wednesday's strikes killed 36 people.", aerial_context=False)


def test_ground_fighting_is_not_a_strike():
    assert not reported("Artillery shelling and clashes killed four fighters.")
    assert not reported("Mortar attacks hit the old city.", aerial_context=True)
    assert not reported("Dock workers went on a labour strike.", aerial_context=True)
    assert not reported("A shutter-down strike closed the bazaar in Khuzdar on Monday.", aerial_context=True)
    assert not reported("A traders' strike shut shops in Kharan for a second day.", aerial_context=True)


@pytest.mark.parametrize("sentence", [
    "Two missiles were fired at a compound outside the town.",
    "Missiles destroyed a mudbrick house before dawn.",
    "A missile landed on the market square.",
    "A missile exploded over a playground in the old town, the mayor's home quarter, killing nine people.",
    "The rebels fired missiles with heavy warheads at the airport.",
    "Ballistic missiles fired at the capital late overnight hit an air base in the desert.",
])
def test_missiles_fired_or_landing_are_strikes_without_other_context(sentence):
    assert reported(sentence, aerial_context=False)
    assert not reported("The army said missiles would be fired at any aircraft that crossed.", aerial_context=False)
    assert not reported("The missile exploded in mid-air over the sea.", aerial_context=False)


def test_a_states_strike_speaks_of_attacks_from_the_air():
    from strikes.extract.triggers import speaks_of_air_attacks
    assert speaks_of_air_attacks("An alleged Israeli strike hit the family home.")
    assert speaks_of_air_attacks("The house was destroyed in a strike by the Russian military.")
    assert not speaks_of_air_attacks("Israeli workers held a general strike on Monday.")
    assert not speaks_of_air_attacks("The strike closed the port for a week.")


@pytest.mark.parametrize("sentence", [
    "Nurses counted nine dead after Israel struck a clinic in the camp on Friday.",
    "Overnight Russia has hit two power plants near the river.",
    "Turkey also bombed three depots in the valley.",
    "AFRICOM, the American command for the continent, struck ISIS-Somalia fighters near the ridge on Monday.",
    "Pakistan struck TTP positions in the border district.",
])
def test_a_state_as_the_subject_of_an_attack_verb_strikes_in_an_article_about_air_attacks(sentence):
    assert reported(sentence, aerial_context=True)
    assert not reported(sentence, aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "Russia struck a deal with the mine's owners in the capital.",
    "Ukraine hit a record high of grain exports in May.",
    "The United States hit the group's leaders with new sanctions on Monday.",
    "Rockets fired from Syria struck a border town on Sunday.",
])
def test_a_state_striking_in_a_figurative_sense_or_named_as_where_is_no_strike(sentence):
    assert not reported(sentence, aerial_context=True)


def test_a_craft_that_set_a_place_on_fire_attacked_it():
    assert reported("Two drones set a grain silo on fire near the port.", aerial_context=False)
    assert reported("A drone set the roof of the depot ablaze.", aerial_context=False)
    assert not reported("The army set up a new drone unit near the port.", aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "The army said it had struck what it called a weapons store in the camp.",
    "Commanders claimed their forces had struck a fuel store close to the harbour.",
])
def test_a_force_telling_of_its_own_strike_in_an_article_about_air_attacks(sentence):
    assert reported(sentence, aerial_context=True)
    assert not reported(sentence, aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "Rebels shot down an army helicopter near the airport on Monday.",
    "Debris from two drones that were intercepted by air defences damaged a house.",
    "The group said it was behind a bomb that blew a hole in the side of a passenger jet.",
    "A cargo plane crashed while trying to land at the base.",
])
def test_an_aircraft_hit_downed_or_civilian_is_not_an_attacker(sentence):
    assert triggers_in(sentence, aerial_context=False) == []


def test_an_aircraft_attacking_with_something_is_still_an_attacker():
    assert triggers_in("The army destroyed militant positions with jets in the valley.", aerial_context=False)
    assert triggers_in("Syrian troops used aviation and rocket artillery to pound rebel trenches east of the city.", aerial_context=False)


def test_a_drone_over_the_scene_makes_the_strike_an_air_strike():
    assert speaks_of_air_attacks("A drone hovered all afternoon. Four died in the strike on a car.")
    assert not speaks_of_air_attacks("Workers at the port went on strike on Monday.")
    assert not speaks_of_air_attacks("Rebels shot down a drone. Four died in the attack on a car.")


def test_missiles_that_kill_are_an_attack():
    assert triggers_in("Missiles killed seven people in a van.", aerial_context=False)


def test_a_possible_strike_that_killed_is_a_hedged_report_possible_strikes_are_not():
    assert reported("Two farmers were killed by a possible drone strike outside the village.")
    assert not reported("Officials discussed possible air strikes on the town.")


@pytest.mark.parametrize("sentence", [
    "Three people were killed from above as they drove home.",
    "Missiles tore through the compound, killing ten people.",
    "The next morning the same school building was hit by three missiles.",
])
def test_attacks_from_above_and_missiles_that_kill(sentence):
    assert triggers_in(sentence, aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "Twenty militants were killed when fighter aircrafts targeted their hideouts.",
    "Eleven insurgents died after aerial precision strikes hit a training camp in the hills.",
    "Government forces mounted an air and artillery assault against the rebel-held valley.",
])
def test_more_ways_to_say_an_air_attack(sentence):
    assert reported(sentence, aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "The newspaper spoke to several airstrike survivors at the hospital on Friday.",
    "Air raid sirens sounded across the city on Tuesday.",
])
def test_a_strike_word_that_only_modifies_a_noun_is_not_a_report(sentence):
    assert not reported(sentence)


@pytest.mark.parametrize("text", ["A night strike targeted a pickup truck on the coast road, killing two.",
                                  "Six people died in a strike on a house on the edge of the village.",
                                  "A strike on their car killed two men."])
def test_a_strike_that_hit_a_target_or_killed_is_a_military_one(text):
    assert speaks_of_air_attacks(text)


@pytest.mark.parametrize("text", ["Dock workers began a strike on Monday.",
                                  "An artillery strike on a house killed two.",
                                  "The strike on the bus company left commuters stranded."])
def test_a_labour_or_artillery_strike_is_not(text):
    assert not speaks_of_air_attacks(text)


@pytest.mark.parametrize("sentence", [
    "Bus drivers in Lviv began a 72-hour strike on Tuesday over unpaid wages.",
    "The union said the strike would go on until the ministry paid.",
    "Hospital staff walked out on Friday, launching an open-ended strike.",
    "Lightning strikes killed four herders near the lake on Wednesday.",
    "Port workers in Mombasa went on strike on Monday.",
])
def test_a_stoppage_or_lightning_in_the_words_clause_is_no_attack_even_in_an_article_of_air_strikes(sentence):
    assert triggers_in(sentence, True) == []
    assert not speaks_of_air_attacks(sentence)


def test_a_stoppage_told_in_another_clause_leaves_the_strike_standing():
    assert triggers_in("Israeli strikes on a market killed 12 people on Monday, as dock workers in the port walked out.", True)


def test_protesters_denouncing_strikes_report_none():
    assert not reported("Protesters in Sanaa on Thursday denounced the coalition's air strikes.", aerial_context=False)


def test_a_sentence_of_ground_assaults_names_no_strike_of_its_own():
    """In a report of air strikes, "the X attack" beside militants' assaults on army posts is that
    ground fighting: no aircraft is named. With one named, the strike stands."""
    assert triggers_in("Besides the Kaya attack, militants launched assaults on army and militia posts "
                       "in the Nord and Boucle du Mouhoun regions.", True) == []
    assert triggers_in("Besides the drone attack on Kaya, militants launched assaults on army posts.", True) != []


def test_a_downed_drone_that_fell_onto_a_house_is_an_impact():
    assert triggers_in("The governor said a drone shot down over the village of Tetkino late on Friday had crashed onto "
                       "a barn, setting it alight.", False) != []
    assert triggers_in("The governor said a drone was shot down over the village late on Friday.", False) == []


def test_forces_that_struck_near_a_place_made_a_strike_but_rockets_did_not():
    assert triggers_in("On Feb. 3, US forces struck in a remote area near Jamaame, the command said.", True) != []
    assert triggers_in("Late on Sunday two rockets struck near the airport fence, hurting nobody.", True) == []


def test_missiles_fired_from_a_place_hit_only_where_they_were_fired_at():
    assert not reported("The militia said it fired four missiles from Marib province on Sunday evening, "
                        "west of the capital.", aerial_context=False)
    assert reported("Fighters fired two missiles from the hills at a base near Kidal.", aerial_context=False)


def test_one_more_missile_of_a_volley_that_came_down_is_an_impact():
    assert reported("A third missile came down in an orchard near the ring road, hurting nobody.", aerial_context=True)
    assert not reported("A drone came down in a field near the village after it was jammed.", aerial_context=True)


def test_an_aircraft_a_headline_says_was_downed_is_no_attacker():
    assert not reported("Baku says Armenian shelling hit Barda, claims another Su-25 downed", aerial_context=True)


def test_a_missile_that_tore_into_a_building_and_a_shaheds_falling_pieces_are_impacts():
    assert reported("A Russian missile tore into a block of flats in Zaporizhzhia before dawn.", aerial_context=False)
    assert reported("Falling pieces of a downed Shahed crashed onto a garage in Izmail.", aerial_context=False)


def test_reconnaissance_flights_watch_and_do_not_strike():
    sentence = "Officers added that the air force was conducting reconnaissance sorties above the frontier districts."
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))
    sentence = "Officers added that the air force was conducting strikes on a camp above the frontier districts."
    assert any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


def test_a_paper_that_made_no_mention_of_the_attacks_reports_none():
    sentence = "In the capital, state television made no mention of the raids or their dead."
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


def test_a_drone_that_flew_into_a_building_struck_it_one_that_flew_into_airspace_did_not():
    assert reported("At dawn a Shahed drone flew into the top floor of a block of flats.")
    assert not reported("Two drones flew into Moldovan airspace overnight.", aerial_context=False)


def test_a_legal_case_opened_over_an_attack_is_no_report_of_it():
    assert not reported("Investigators filed criminal charges regarding the bombing of the Petrenko flat.")
    assert reported("The agency called for an inquiry into Tuesday's air strike on the depot, which killed 12 people.")


def test_a_missile_that_crashes_into_a_building_after_a_clause_struck_it():
    assert reported("Missile from Iraq slams into Eilat hotel car park")
    assert reported("A cruise missile flew in low from the sea, and it crashed into a depot near the harbour.")


def test_a_missile_fired_from_a_country_that_hit_a_house_struck_it_an_anti_tank_missile_is_ground_fire():
    assert reported("A missile fired from Yemen hit a warehouse in Ashdod on Monday.")
    assert not reported("- Two anti-tank missiles launched from Lebanon struck a barn in Metula on Tuesday.", aerial_context=False)


def test_a_sea_drone_an_air_arms_people_and_its_record_are_no_air_strike():
    assert not reported("A sea drone hit a tanker near the port of Tuapse.")
    assert not reported("Two air force officers attacked the plan in parliament.")
    assert not reported("It was the regiment that has dropped hundreds of bombs on the region.")


def test_strikes_a_court_judged_are_not_news_of_them():
    assert not reported("A court in Lviv jailed a Russian navigator in absentia for missile attacks on Odesa in 2023.")
    assert reported("A missile attack on Odesa killed three on Monday, a day after a court in Lviv jailed a navigator.")


def test_a_drone_that_let_fall_a_charge_dropped_it():
    assert reported("At 09:10 a quadcopter let fall a grenade onto the roof of a garage.", aerial_context=False)
    assert reported("A plane let loose a string of bombs over the cattle market.", aerial_context=False)


def test_the_strikes_a_speaker_documents_are_their_work_not_a_strike_told():
    assert not reported('"No one here keeps a register of the dead in Kaya," said a nurse who documents the strikes.')


def test_aircraft_bought_or_shown_are_not_flown_against_anyone():
    assert not reported("The air force on Tuesday inducted three new attack helicopters into its fleet at a base near Kano.")
    assert not reported("The ministry took delivery of six armed drones at the airport.")


def test_sides_told_as_a_kind_by_what_they_do_make_no_strike():
    sentence = 'A spokesman said the proof would be "an end to havens for every group, not just those that attack the state".'
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


def test_a_drone_that_exploded_where_it_fell_is_a_strike():
    sentence = "Shortly after dawn a drone exploded at a crowded bus stop beside the fish market."
    assert [sentence[t.start:t.end] for t in triggers_in(sentence, aerial_context=True)] == ["drone"]
    assert triggers_in("The fireworks exploded over the square at midnight.", aerial_context=True) == []


def test_attack_as_the_kind_of_a_craft_is_no_attack():
    assert triggers_in("The ministry announced the delivery of four new attack helicopters to a northern base.", True) == []
    sentence = "Attack helicopters struck the convoy on Monday."
    assert [sentence[t.start:t.end] for t in triggers_in(sentence, True)] == ["helicopters"]


def test_a_craft_s_attack_verb_after_a_relative_aside_is_its_own():
    sentence = ("Jets flown for the general, whose forces hold most of the desert and the oases and the roads that lead to "
                "the southern borders, bombed a convoy south of the town on Monday.")
    assert [sentence[t.start:t.end] for t in triggers_in(sentence, False)] == ["Jets"]


def test_drones_fired_at_are_the_target_not_the_attackers():
    assert triggers_in("At dawn militiamen fired at two drones circling above the port.", False) == []


def test_drones_that_air_defence_engaged_are_the_target():
    assert triggers_in("Locals heard blasts at night, when mobile air defence crews engaged drones near the bridge.", True) == []


def test_a_munition_that_struck_is_a_strike_in_a_report_of_air_attacks():
    sentence = "Just after noon a munition struck a minibus loading passengers at the bus park."
    assert [sentence[t.start:t.end] for t in triggers_in(sentence, aerial_context=True)] == ["munition"]
    assert triggers_in(sentence, aerial_context=False) == []


def test_an_aircraft_whose_attack_word_is_denied_is_no_trigger():
    sentence = "Farmers saw jets circling for an hour, but a district official said no bombs fell on the valley."
    assert triggers_in(sentence, False) == []
    assert triggers_in("Helicopters flew over the market without striking anything, traders said.", False) == []
    sentence = "Helicopters flew over the market and struck a lorry, traders said."
    assert [sentence[t.start:t.end] for t in triggers_in(sentence, False)] == ["Helicopters"]


def test_an_aircraft_that_downs_a_drone_is_no_strike():
    sentence = "Then an air force fighter plane downed a small drone fired from the south as it neared the port."
    assert triggers_in(sentence, True) == []


def test_drones_beside_another_weapon_s_attack_word_are_no_trigger():
    sentence = "The group says it fired rockets at a factory near the coast and sent drones towards a base in the north."
    assert triggers_in(sentence, False) == []


def test_what_has_in_the_past_followed_a_warning_is_not_reported_as_done():
    assert not reported("The spokesman spoke of firm steps, wording that has in the past come before heavy bombing of Sanaa.", True)
    assert reported("In the past 24 hours, jets bombed Marib twice, killing six.", True)


def test_a_salvo_from_a_multiple_launch_rocket_system_is_fire_from_the_ground():
    assert is_ground_fighting("On Thursday the town was again hit, by a salvo from multiple-launch rocket systems.")
    assert is_ground_fighting("Grad rockets landed near the school.")
    assert is_ground_fighting("The men had carried out shooting attacks on troops at the crossing.")
    assert is_ground_fighting("A man was shot after a car-ramming attack at the junction.")


def test_strikes_a_side_is_urged_to_limit_are_not_reported_as_done():
    assert not reported("Washington urged the government to limit its strikes on the city's southern suburbs.", True)
    assert reported("Jets struck the suburbs on Wednesday to stop the rocket fire, killing two.", True)


@pytest.mark.parametrize("sentence", ["A NATO bomb tore through a farmhouse near the river on Tuesday.",
                                      "Officials said coalition bombs had destroyed the bridge on Friday.",
                                      "Allied missiles brought down the television tower overnight."])
def test_an_alliances_bombs_or_missiles_are_from_the_air(sentence):
    assert any(t.aerial for t in triggers_in(sentence, False))


@pytest.mark.parametrize("sentence", ["The aggression launched five raids on the Sirwah district on Sunday.",
                                      "An FPV-drone hit a minibus at the town's edge.",
                                      "A drone-kamikaze struck a shop in the centre."])
def test_raids_counted_as_launched_and_drones_named_with_their_kind_are_from_the_air(sentence):
    assert any(t.aerial for t in triggers_in(sentence, False))


def test_a_town_bombed_with_rockets_is_shelled():
    assert triggers_in("Government forces bombed the town with rockets on Sunday.", True) == []


@pytest.mark.parametrize("sentence", ["As truce talks resumed in Cairo on Monday, jets struck a school in Jabalia.",
                                      "Despite the ceasefire, drones hit a car near the border on Monday."])
def test_talks_or_a_ceasefire_in_a_clause_of_their_own_leave_the_strike_reported(sentence):
    [trigger] = [t for t in triggers_in(sentence, True) if t.aerial]
    assert reports_attack(sentence, trigger)


def test_strikes_talked_of_are_not_reported():
    sentence = "Envoys discussed air strikes on the port on Monday."
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


def test_a_rocket_attack_is_fired_from_the_ground():
    assert triggers_in("Officials said a rocket attack on the town killed two on Monday.", True) == []


def test_a_raid_with_arrests_is_made_on_foot():
    assert triggers_in("Officials said nine men were detained and two hideouts demolished during a raid on Friday.", True) == []


@pytest.mark.parametrize("sentence", [
    "Troops backed by the air force repelled an assault on a base in Dikwa on Sunday, but the army gave no details of any air strike.",
    "The statement made no mention of a drone attack on the town.",
])
def test_a_strike_a_source_gave_no_word_of_is_not_reported(sentence):
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


@pytest.mark.parametrize("sentence", [
    "The army said on Sunday it had struck a weapons depot in the hills east of the town.",
    "The IDF said it struck rocket launchers near the border village overnight.",
    "The rebels said they targeted the airbase outside the provincial capital on Friday.",
])
def test_a_speaker_that_says_it_struck_tells_of_its_own_strike_in_an_article_about_air_attacks(sentence):
    assert reported(sentence, aerial_context=True)


def test_a_speaker_that_says_it_hit_a_target_of_another_kind_tells_of_no_strike():
    assert not reported("The ministry said it hit its export target for the year in May.", aerial_context=True)


def test_a_stealth_bomber_named_by_its_type_is_an_aircraft():
    assert triggers_in("US B-2 bombers struck the enrichment site before dawn.", aerial_context=False)


@pytest.mark.parametrize("sentence", [
    "State media said on Tuesday that Israeli missiles had targeted a base in al-Kiswah.",
    "On 4 April, a missile with a cluster warhead hit a crowded street in Kryvyi Rih.",
    "Air defences shot down 40 drones over the capital overnight, but debris hit a house in Obolon, killing one man.",
])
def test_a_strike_told_in_reported_speech_with_its_weapon_or_by_what_fell_is_a_strike(sentence):
    triggers = triggers_in(sentence, False)
    assert triggers and reports_attack(sentence, triggers[0])


def test_a_claim_about_the_missile_just_told_is_no_new_strike():
    assert triggers_in("A spokesman later claimed the missile had targeted a military site near Jaffa.", False) == []


@pytest.mark.parametrize("sentence", [
    "The monitor said warplanes were seen circling over the hills later in the day.",
    "The monitor said it had not recorded any air strikes on the town since Sunday.",
])
def test_craft_only_seen_or_strikes_not_recorded_are_no_strike(sentence):
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


def test_a_missile_that_tore_through_a_building_is_a_strike():
    sentence = "A missile tore through a block of flats in Petah Tikva early on Monday, killing three people."
    triggers = triggers_in(sentence, False)
    assert triggers and reports_attack(sentence, triggers[0])


def test_strikes_a_minister_ordered_are_not_yet_strikes():
    sentence = "The minister said he had ordered the army to intensify strikes on targets in the capital."
    assert not any(reports_attack(sentence, t) for t in triggers_in(sentence, True))


@pytest.mark.parametrize("sentence, strike", [
    # a building felled by aircraft is struck; a craft "brought down" was shot down
    ("Israeli aircraft brought down a nine-storey tower in Khan Younis on Monday after warning residents to leave.", True),
    ("Warplanes reduced a row of shops in the centre of Maarat al-Numan to rubble on Monday.", True),
    ("Jets toppled the old water tower in Kafr Nabl on Monday.", True),
    ("Air defences brought down a drone over the port on Monday.", False),
    # a missile told past what it escaped ("that was not intercepted") still struck
    ("A Houthi missile that was not intercepted hit a depot in Ashdod on Monday, wounding four.", True),
    ("A missile that evaded the defences struck a car park in Holon on Monday.", True),
])
def test_a_building_felled_and_a_missile_told_past_what_it_escaped(sentence, strike):
    assert reported(sentence) is strike


@pytest.mark.parametrize("sentence, strike", [
    # what fell of a craft shot down, told short or in the pluperfect, hit where it fell
    ("Debris from a drone shot down over Tikhoretsk started a blaze in the oil depot early on Wednesday.", True),
    ("Pieces of a downed drone had smashed windows in a school in Kstovo on Tuesday night.", True),
    ("In Vidnoye, the district head said fragments of a drone had landed in the yard of a school before dawn.", False),
    # supplies dropped from the air are no attack
    ("On Tuesday, an air force cargo plane dropped pallets of flour and medicine over the besieged town of Arbinda.", False),
])
def test_debris_told_short_and_supplies_dropped_from_the_air(sentence, strike):
    assert reported(sentence) is strike


@pytest.mark.parametrize("sentence", [
    "Two Shaheds hit a grain terminal in Izmail before dawn.",
    "A Geran-2 struck a fuel depot outside Kremenchuk.",
    "An Iskander hit a port warehouse in Odesa on Tuesday.",
    "Kinzhals struck the power plant near Burshtyn.",
    "A Shahed shot down over the district fell onto a garage in Bilhorod.",
])
def test_a_drone_or_missile_named_by_its_model_strikes_as_the_craft_does(sentence):
    assert reported(sentence, aerial_context=False)


def test_a_model_name_written_in_lower_case_is_another_word():
    assert not reported("The shaheds of the old town hit the market stalls with their songs.", aerial_context=False)


def test_anti_tank_missile_attacks_are_fired_on_the_ground():
    assert reported("Missile attacks hit two border posts near Metula on Monday.", aerial_context=False)
    assert not reported("Anti-tank missile attacks hit two border posts near Metula on Monday.", aerial_context=False)


def test_a_building_that_took_a_direct_hit_was_struck_in_a_report_of_air_attacks():
    assert reported("A block of flats in Holon took a direct hit before dawn, medics said.")
    assert not reported("A block of flats in Holon took a direct hit before dawn, medics said.", aerial_context=False)
    assert not reported("The film took a direct hit from the critics in Holon.", aerial_context=False)


def test_a_missile_told_with_what_it_carried_struck():
    sentence = "A Russian missile carrying a cluster warhead struck a crowded street in Sumy on 12 June."
    assert any(t.aerial for t in triggers_in(sentence, False))


@pytest.mark.parametrize("sentence", ["A UN helicopter came under fire near the town, killing a crew member.",
                                      "An army helicopter was fired on as it landed, wounding the pilot."])
def test_an_aircraft_that_came_under_fire_is_the_target_not_an_attacker(sentence):
    assert not reported(sentence, aerial_context=False)


def test_a_named_sides_aggression_that_targeted_a_building_is_a_strike_in_any_report():
    assert reported("State media said the Israeli aggression targeted a building in the town.", aerial_context=False)
    assert not reported("State media condemned the Israeli aggression against the country.", aerial_context=False)


def test_a_coalition_that_struck_a_site_strikes_from_the_air():
    assert reported("The Saudi-led coalition struck a prison on the edge of Saada before dawn on Friday.")
    assert not reported("The coalition also struck a deal with tribal leaders in Marib.")


@pytest.mark.parametrize("sentence", [
    "Shortly after midnight on Monday, two missiles came down through the roof of a school in Beit Lahia, killing eight.",
    "A handful of ballistic missiles got through before dawn on Monday, striking an air base near Nevatim.",
])
def test_a_missile_told_by_the_roof_it_pierced_or_by_getting_through_is_a_strike(sentence):
    assert len(events_told(sentence, dt.date(2024, 4, 16))) == 1


def test_a_patrol_that_came_under_attack_and_exchanged_fire_is_no_strike():
    text = ("Army drones struck rebel positions near Aguelhok on Monday, the General Staff said. Further south, an army "
            "convoy came under attack on Sunday near the town of Mopti, the staff said, adding that the assailants fled "
            "after an exchange of fire.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 8, 27))] == ["Aguelhok"]


def test_a_place_that_was_busy_when_it_was_hit_at_a_time_told_was_struck():
    text = ("Jets over Zliten\nCoast Daily | Friday 5 July 2019\n\nThe clinic in Zliten held about 40 patients when it was hit "
            "shortly before midnight on Tuesday, its director said.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2019, 7, 5))] == [("Zliten", "2019-07-02")]


def test_helicopters_that_open_fire_on_a_village_strike_it():
    text = ("A pair of army helicopters hovered over a hamlet in Myanmar's Kani township on Saturday and opened fire with "
            "rockets, killing three farmers, a resident said.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2023, 6, 12))] == [("Kani", "Myanmar (military)")]


def test_a_bomb_hidden_in_a_building_is_no_strike_from_the_air():
    text = ("One year on, a city's mosques count their dead\n\nA drone strike hit a house in Kabul's Sherpur district on "
            "Sunday, killing a senior militant, officials said.\n\nA bomb hidden in a shrine in western Kabul killed at least "
            "11 worshippers during evening prayers on Aug. 5, one of a string of attacks that month.")
    assert [p for p, *_ in events_told(text, dt.date(2022, 8, 22))] == ["Sherpur"]
