"""Who: attackers normalised to canonical actors; victims are not actors."""
import datetime as dt

import pytest
from extracted import events_told

from strikes.extract import extract_events
from strikes.extract.actors import Actor, actor_in, actor_named, attributed_actor, only_operator, reporter_of, victims_in, weapon_side
from strikes.model import Article

RUSSIA = Actor("Russia", "RU")


@pytest.mark.parametrize("sentence", [
    "Russian warplanes struck the town.",
    "Russian-led air strikes hit the valley.",
    "Moscow's jets returned at dawn.",
    "Moscow’s jets returned at dawn.",
    "The raids were carried out by Russia, the monitor said.",
])
def test_russian_aliases(sentence):
    assert actor_in(sentence) == RUSSIA


def test_coalitions():
    assert actor_in("The US-led coalition said its aircraft hit a bridge.") == Actor("US-led coalition", "US")
    assert actor_in("The Saudi-led coalition conducted 6 air raids.") == Actor("Saudi-led coalition", "SA")
    assert actor_in("Operation Restoring Hope jets hit the port.") == Actor("Saudi-led coalition", "SA")


def test_bare_coalition_takes_the_theatre():
    assert actor_in("Coalition warplanes struck the port.", ("YE",)) == Actor("Saudi-led coalition", "SA")
    assert actor_in("Coalition warplanes struck the bridge.", ("IQ",)) == Actor("US-led coalition", "US")


def test_government_aircraft_take_the_country_of_the_article():
    assert actor_in("Government helicopters dropped barrel bombs on the suburb.", ("SY",)) == Actor("Syria (government)", "SY")
    assert actor_in("Pro-government jets struck the town.", ("SY",)) == Actor("Syria (government)", "SY")



def test_a_bare_air_force_told_of_by_a_states_military_is_that_states():
    # the speaker's own aircraft, not the forces of the country struck
    assert actor_in("The Jordanian army said on Sunday that the air force had hit smugglers' depots.", ("SY",)) == Actor("Jordan", "JO")
    assert actor_in("Egypt's military said its air force destroyed a convoy.", ("LY",)) == Actor("Egypt", "EG")
    # a side named with its aircraft is that side, whoever speaks; a bare force with no speaker is the theatre's
    assert actor_in("The Syrian army said the Israeli air force struck a depot.", ("SY",)) == Actor("Israel", "IL")
    assert actor_in("Witnesses said the air force bombed the market.", ("SD",)) == Actor("Sudan (government)", "SD")

def test_state_aircraft():
    assert actor_in("Israeli aircraft struck a house.") == Actor("Israel", "IL")
    assert actor_in("Turkish drones hit a car near the border.") == Actor("Turkey", "TR")
    assert actor_in("Turkish army helicopters carried out airstrikes.") == Actor("Turkey", "TR")


def test_a_state_speaking_of_a_strike_is_not_its_actor():
    assert actor_in("Iraq said the drone strike had violated its sovereignty.") is None
    assert actor_in("Russia condemned the air strikes on the city.") is None


def test_victim_is_not_the_actor():
    assert actor_in("Jets struck Houthi positions near the port.") is None
    assert actor_in("The raid killed several PKK militants.") is None


@pytest.mark.parametrize("sentence", [
    "Missiles hit a Ukrainian army training centre near Okhtyrka.",
    "Missiles hit the fuel warehouses of the Russian army near Valuyki.",
    "The strike destroyed a hangar of the Armed Forces of Ukraine at the airfield.",
])
def test_the_side_whose_facility_was_hit_is_not_the_actor(sentence):
    assert actor_in(sentence) is None


def test_armed_group_launching_drones_is_the_actor():
    assert actor_in("Houthi forces launched drones at the airport.") == Actor("Houthis", "YE")
    assert actor_in("Jets destroyed an ISIS rocket launcher near the river.") is None
    assert actor_in("The raid struck Houthi drones parked at the airport.") is None
    assert actor_in("One strike destroyed a depot and two ISIS rocket rails.") is None
    assert actor_in("Houthi drones and missiles hit the airport.") == Actor("Houthis", "YE")


def test_unidentified_aircraft_is_unknown():
    assert actor_in("An unidentified warplane attacked a vehicle.") == Actor("unknown", None)


def test_no_actor_named():
    assert actor_in("Warplanes struck the market on Tuesday.") is None


@pytest.mark.parametrize("label, country", [
    ("Military Forces of Turkey (2016-)", "TR"),
    ("Military Forces of Russia (2000-) Air Force", "RU"),
    ("Israeli Military", "IL"),
    ("Operation Restoring Hope", "SA"),
    ("US-led coalition (Operation Inherent Resolve)", "US"),
    ("Military Forces of Syria (2000-) Syrian Arab Air Force", "SY"),
    ("Military Forces of the North (2016-) Supreme Political Council", "YE"),
])
def test_labels_of_other_datasets(label, country):
    assert actor_named(label).country == country


def test_attributions():
    from strikes.extract.actors import attributed_actor

    assert attributed_actor("The army blamed the attacks on the paramilitary Rapid Support Forces.") == Actor("Rapid Support Forces", "SD")
    assert attributed_actor("The monitor said the aircraft that hit the market were Russian.") == RUSSIA
    assert attributed_actor("The ministry said the market was busy.") is None
    assert attributed_actor("An official said the raids were the work of the United States.") == Actor("United States", "US")


@pytest.mark.parametrize("sentence", [
    "The air force bombed rebel positions south of the city.",
    "Military helicopters dropped barrel bombs on the village.",
    "Military air forces carried out strikes on the forest area.",
    "Air strikes killed 36 militants over two days, the Armed Forces said.",
])
def test_forces_named_without_a_country_are_the_theatres_own(sentence):
    assert actor_in(sentence, ("SD",)) == Actor("Sudan (government)", "SD")
    assert actor_in("Turkish air force jets struck the ridge.", ("IQ",)) == Actor("Turkey", "TR")


def test_an_armed_group_flying_aircraft_is_the_actor():
    assert actor_in("LNA jets bombed two districts of the city.", ("LY",)) == Actor("Libyan National Army", "LY")
    assert actor_in("Jets pounded LNA positions near the port.", ("LY",)) is None


@pytest.mark.parametrize("sentence", [
    "Military airstrikes killed 18 militants in the valley.",
    "The military pounded hideouts in the valley with jet fighters.",
    "Security forces killed 12 militants during airstrikes in the north.",
])
def test_the_military_named_alone_is_the_theatres_own(sentence):
    assert actor_in(sentence, ("PK",)) == Actor("Pakistan", "PK")
    assert actor_in("The US military said its drones struck a compound.", ("PK",)) == Actor("United States", "US")


def test_a_suspected_state_is_still_the_state_an_unnamed_suspect_is_unknown():
    assert actor_in("Suspected Kenyan warplanes bombed the base.", ("SO",)) == Actor("Kenya", "KE")
    assert actor_in("A suspected drone strike hit a car.", ("SO",)).name == "unknown"


def test_forces_named_without_a_country_wait_for_the_place_struck():
    from strikes.extract.actors import OWN_FORCES

    assert actor_in("Military airstrikes killed 18 militants in the valley.") is OWN_FORCES
    assert actor_in("Government planes bombed the bridge.") is OWN_FORCES


def test_an_aircraft_belonging_to_a_group_is_the_groups():
    assert actor_in("Three died when a drone belonging to [Field Marshal] Haftar hit the airport.") == Actor("Libyan National Army", "LY")
    assert actor_in("A jet flown by a pilot loyal to Haftar hit the depot.") == Actor("Libyan National Army", "LY")
    assert actor_in("Warplanes of the Libyan National Army bombed a bridge at dawn.") == Actor("Libyan National Army", "LY")
    assert actor_in("Drones of the RSF hit the power station.") == Actor("Rapid Support Forces", "SD")
    assert actor_in("Haftar's jets bombed a depot outside the city.") == Actor("Libyan National Army", "LY")
    assert actor_in("Jets bombed positions of the Libyan National Army south of the city.") is None
    assert actor_in("Rapid Support Forces (RSF) drones hit the power station.") == Actor("Rapid Support Forces", "SD")


def test_the_side_a_text_blames_outranks_the_country_named_as_where():
    assert actor_in("30 dead in Sudan attacks blamed on RSF") == Actor("Rapid Support Forces", "SD")
    assert actor_in("12 dead in Sudan raids the army blames on RSF, drones hit Kosti") == Actor("Rapid Support Forces", "SD")


def test_taliban_aircraft_are_the_taliban():
    assert actor_in("Two Taliban helicopters carried out attacks on the valley.") == Actor("Taliban", "AF")
    assert actor_in("Jets struck Taliban positions in the valley.") is None


def test_pakistans_taliban_are_not_afghanistans():
    assert actor_in("A quadcopter of the Pakistani Taliban hit the checkpoint.") == Actor("TTP", "PK")
    assert actor_in("Tehreek-e-Taliban Pakistan fighters flew a drone into the police post.") == Actor("TTP", "PK")
    assert actor_in("Pakistani jets struck Taliban positions in the valley.") == Actor("Pakistan", "PK")


def test_an_attacker_the_strikes_are_blamed_on_is_the_actor():
    assert actor_in("On Friday, drone strikes blamed on the RSF hit the city, killing two.", ["SD"]) == Actor("Rapid Support Forces", "SD")
    assert actor_in("Raids attributed to Russia hit the market.", ["SY"]) == RUSSIA


def test_a_bomb_or_a_quadcopter_names_its_side():
    assert actor_in("A Russian glide bomb hit a position of a Ukrainian brigade near Kupiansk on Monday.", ["UA"]).name == "Russia"
    assert actor_in("An Israeli quadcopter dropped a grenade on a tent in Khan Younis.", ["PS"]).name == "Israel"


def test_a_junta_is_the_theatres_own_forces():
    assert actor_in("Residents said a junta jet dropped two bombs on the village.", ["MM"]).name == "Myanmar (military)"
    assert actor_in("Junta aircraft bombed a village near Djibo on Sunday.", ["BF"]).name == "Burkina Faso"
    assert actor_in("Military council jets bombed the pagoda compound at noon.", ["MM"]).name == "Myanmar (military)"
    assert actor_in("State Administration Council aircraft bombed the ward at dusk.", ["MM"]).name == "Myanmar (military)"


def test_the_occupation_is_the_side_partisan_media_hold_to_occupy_the_theatre():
    assert actor_in("An aircraft of the Israeli occupation fired a missile at the car.", ["PS"]).name == "Israel"
    assert actor_in("Occupation drones bombed a barn beside the village spring.", ["LB"]).name == "Israel"
    assert actor_in("The occupiers hit the market with a guided bomb.", ["UA"]).name == "Russia"
    assert actor_in("The occupation struck the depot.", ["SD"]) is None  # no occupier known in that war
    assert actor_in("Farmers spoke of the occupation of their valley.", ["PS"]) is None


def test_the_bare_role_is_held_by_the_side_the_report_names_with_it():
    text = ("A drone of the Turkish occupation hit a car near Tal Tamr on Monday, local media said.\n\n"
            "On Tuesday, the occupation's drones struck a poultry farm outside Amuda, wounding two workers.")
    assert {e.place: e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2023, 5, 9)))} == {
        "Tal Tamr": "Turkey", "Amuda": "Turkey"}
    both = text.replace("wounding two workers.", "wounding two workers, weeks after the Israeli occupation bombed Damascus.")
    assert {e.place: e.actor for e in extract_events(Article(text=both, id="t", published=dt.date(2023, 5, 9)))}["Amuda"] == "Israel"
    raids = ("The American-British aggression carried out raids on Saada province on Sunday, rebel television said.\n\n"
             "The aggression's warplanes waged four raids on the Majz district.")
    assert [e.actor for e in extract_events(Article(text=raids, id="t", published=dt.date(2025, 3, 23)))] == ["United States"]


def test_a_side_telling_the_attack_it_answered_with_claims_not_the_strike_told_before():
    at_sea = ("Warplanes struck a radar site near Salif on Sunday, killing two guards, rebel television said.\n\n"
              "The Houthis said they had fired drones at an aircraft carrier in the Red Sea in response.")
    answer = ("An air strike hit a home in Aita al-Shaab on Saturday, killing three people, the health ministry said.\n\n"
              "Hezbollah said it fired a barrage of rockets at an army post near Metula in retaliation.")
    claim = ("An air strike hit a home in Aita al-Shaab on Saturday, killing three people, the health ministry said.\n\n"
             "The Israeli army said it had targeted a Hezbollah commander in the house.")
    for text, published, actor in ((at_sea, dt.date(2025, 4, 6), "unknown"), (answer, dt.date(2024, 2, 3), "unknown"),
                                   (claim, dt.date(2024, 2, 3), "Israel")):
        assert [e.actor for e in extract_events(Article(text=text, id="t", published=published))] == [actor]


def test_an_acronym_that_is_also_a_word_counts_only_in_capitals():
    assert actor_in("Far to the south, drones struck a power station before dawn.", ["SD"]) is None
    assert actor_in("The FAR said its drones struck a convoy.", ["EH"]).name == "Morocco"


def test_where_the_aircraft_were_bought_is_no_attacker():
    assert actor_in("Most of the junta's aircraft are bought from Russia, rights groups say.", ["MM"]).name == "Myanmar (military)"
    assert actor_in("The air force's attack helicopters come from Russia.", ["MM"]).name != "Russia"


def test_the_owner_named_after_a_single_aircraft_flies_it():
    assert actor_in("A drone of the Janjaweed militia hit the well at dawn.", ["SD"]).name == "Rapid Support Forces"
    assert actor_in("A drone of the Rapid Support hit the well at dawn.", ["SD"]).name == "Rapid Support Forces"
    assert actor_in("A warplane of the junta dropped two bombs on the school.", ["MM"]).name == "Myanmar (military)"
    assert actor_in("Drones of the regime struck the bakery.", ["SY"]).name == "Syria (government)"


def test_the_enemy_of_an_official_statement_is_the_other_side_of_that_war():
    assert actor_in("The enemy attacked the district centre with two drones.", ["RU"]).name == "Ukraine"
    assert actor_in("Enemy drones struck a grain store overnight.", ["UA"]).name == "Russia"
    assert actor_in("The enemy attacked the village.", ["SD"]) is None  # whose enemy is not known there


def test_russian_official_names_of_the_ukrainian_forces():
    for sentence in ("A drone of the VSU hit a lorry near the border.", "The AFU shelled the depot with drones.",
                     "A quadcopter of the Ukrainian armed formations dropped a grenade on a car."):
        assert actor_in(sentence, ["RU"]).name == "Ukraine"


def test_a_state_owning_the_aircraft_is_the_actor_even_named_as_the_enemy():
    israel = Actor("Israel", "IL")
    assert actor_in("Warplanes of the Israeli enemy raided a farmhouse on the edge of Qlayaa at dawn.", ["LB"]) == israel
    assert actor_in("The jets of the Zionist enemy bombed a bakery in the old market.", ["LB"]) == israel
    assert actor_in("The Israeli enemy carried out two air raids on the hills above the village.", ["LB"]) == israel
    assert actor_in("Its fighters shelled a gathering of Israeli enemy soldiers near the fence.", ["LB"]) is None


def test_a_partisan_wires_names_for_a_side_are_that_side():
    assert actor_in("The American-Saudi aggression jets waged six raids on Razih district overnight.", ["YE"]) \
        == Actor("Saudi-led coalition", "SA")
    assert actor_in("Suicide drones of the Dagalo militia hit a fuel depot in El Obeid.", ["SD"]) == Actor("Rapid Support Forces", "SD")


def test_a_side_after_that_is_not_one_hit_at():
    assert actor_in("The army said that RSF drones hit the power station in Sennar.", ["SD"]) == Actor("Rapid Support Forces", "SD")
    assert actor_in("Officials said that Houthi drones struck a vessel.", ["YE"]).name == "Houthis"


@pytest.mark.parametrize("sentence", [
    "Rockets were fired at American troops at a base near Deir ez-Zor on Sunday.",
    "A drone attack on Turkish forces near Duhok wounded two soldiers.",
    "Two drones targeted French soldiers at the airport overnight.",
])
def test_troops_that_were_fired_at_are_not_the_attacker(sentence):
    assert actor_in(sentence) is None


def test_forces_alongside_the_attacker_are_not_its_victims():
    assert actor_in("US forces struck a depot near the border on Sunday.") == Actor("United States", "US")
    assert actor_in("Jets struck the depot in coordination with US forces.") == Actor("United States", "US")


def test_a_side_blamed_in_the_accusers_own_quoted_words_is_blamed():
    from strikes.extract.actors import attributed_actor
    assert attributed_actor('The militia blamed "the American occupation forces" for the strike.') == Actor("United States", "US")
    assert attributed_actor("The council accused “the Turkish occupation” of carrying out the raid.") == Actor("Turkey", "TR")


def test_the_side_a_report_is_told_by_is_not_the_attacker_it_names():
    rsf = Actor("Rapid Support Forces", "SD")
    assert actor_in("Rapid Support Forces fighters sent a drone that hit a depot in Atbara on Monday, "
                    "according to the Sudanese army.", ["SD"]) == rsf
    assert actor_in("RSF drones hit a power station in Rabak, in Kassala State under army control.", ["SD"]) == rsf


def test_the_partner_a_strike_supports_is_not_its_attacker():
    assert actor_in("Alongside the Somali National Army, US forces said their airstrike hit a camp near Jilib.",
                    ["SO"]) == Actor("United States", "US")
    assert actor_in("In support of the Iraqi army, coalition jets struck a tunnel near Mosul.", ["IQ"]).name == "US-led coalition"


def test_a_state_named_with_its_neighbourhood_after_by_is_the_attacker():
    assert actor_in("Kurdish officials said the raid was carried out by neighbouring Turkiye.", ["IQ"]) == Actor("Turkey", "TR")


def test_a_strike_by_a_weapon_is_the_side_last_told_with_that_weapon():
    text = ("Turkish drone strikes killed four fighters in northeast Syria on Monday, while Israeli missiles hit an "
            "arms depot near Homs early on Tuesday.\n\nOn Monday evening a pickup truck was struck by a drone near "
            "Amuda, killing two fighters. Hours earlier, another strike hit a checkpoint outside Derbasiyeh.")
    found = {e.place: e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2024, 3, 5)))}
    assert found["Amuda"] == "Turkey" and found["Derbasiyeh"] == "Turkey"


@pytest.mark.parametrize("answer", ["Iran answered with a wave of missiles.", "Iran then fired ballistic missiles at the south."])
def test_a_missile_after_a_side_fired_missiles_is_that_sides(answer):
    text = f"Israeli jets struck a depot near Hama on Friday, killing two. {answer} One missile hit a warehouse in Dimona on Friday."
    found = {e.place: e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2025, 9, 6)))}
    assert found == {"Hama": "Israel", "Dimona": "Iran"}


@pytest.mark.parametrize("sentence, country, actor", [
    ("Thai F-16s dropped bombs near Samraong on Friday, the ministry said.", "KH", "Thailand"),
    ("Congolese Sukhoi jets pounded positions near Rubaya on Tuesday.", "CD", "DR Congo"),
    ("Turkish Bayraktar drones struck a vehicle near Qandil.", "IQ", "Turkey"),
    ("Drone strikes near Sabratha killed two people, as the Tripoli-based government kept up its air "
     "campaign against smugglers.", "LY", "Libya (government)"),
    # translated francophone communiqués: "l'Armée de l'Air" word for word, and the demonym with its grave accent
    ("The Army of the Air struck a camp north of Fada on Sunday.", "BF", "Burkina Faso"),
    ("Burkinabè jets struck a camp north of Fada on Sunday.", "ML", "Burkina Faso"),
])
def test_a_side_named_by_its_aircraft_or_its_campaign(sentence, country, actor):
    assert actor_in(sentence, [country]).name == actor



def test_a_command_that_announces_only_its_own_strikes_is_their_attacker():
    text = "Separately, CENTCOM, the US command for the region, announced an air strike on Saturday near Jilib."
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 6)))
    assert event.actor == "United States"


def test_aircraft_a_witness_identified_by_nationality_are_that_sides():
    for text, side in (("Jets that residents identified as Turkish bombed a farm outside Derik on Monday, killing two.", "Turkey"),
                       ("A drone believed to be Israeli hit a car near Qusayr on Monday, killing two.", "Israel"),
                       ("A drone hit a house near Derik on Monday, killing two brothers. The mayor says the drone was Turkish.",
                        "Turkey")):
        [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 6)))
        assert event.actor == side, text


@pytest.mark.parametrize("text", [
    "Ukraine's air force said a Kinzhal missile struck a grain terminal near Izmail on Monday, wounding three workers.",
    "Two KAB-500 glide bombs hit a school yard in Kupiansk on Monday, killing one teacher, local officials said.",
])
def test_a_weapon_only_one_side_fires_names_the_attacker(text):
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 6, 3)))
    assert event.actor == "Russia"


def test_a_sentence_that_names_the_weapon_names_who_struck_the_strike_just_told():
    text = ("A missile slammed into a bus depot in Pavlohrad on Monday, killing four drivers, the governor said. "
            "Investigators identified the missile from its fragments as an Iskander-M.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 6, 3)))
    assert (event.place, event.actor) == ("Pavlohrad", "Russia")
    assert weapon_side("a Shahed drone hit the roof") is None  # fired by more than one side of these wars


@pytest.mark.parametrize("text, side", [
    ("The Houthis said late on Tuesday they fired a long-range missile at Eilat. The missile struck a warehouse near the "
     "port, wounding two workers, Israeli medics said.", "Houthis"),
    ("Hezbollah said in a communique late Monday night that its fighters launched explosive drones against a "
     "barracks in Kiryat Shmona, wounding three soldiers.", "Hezbollah"),
])
def test_a_side_that_says_it_fired_struck(text, side):
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 6, 3)))
    assert event.actor == side


def test_the_side_whose_post_was_hit_is_not_the_attacker():
    text = ("Hezbollah said its fighters had launched drones at a command post of the enemy forces near Shlomi on Monday. "
            "An Israeli army spokesman said one drone slammed into a shed at the far end of the town, wounding a soldier.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 6, 3)))
    assert (event.place, event.actor) == ("Shlomi", "Hezbollah")


@pytest.mark.parametrize("sentence, side", [
    ("The national army, the FDS, is the only force in the region known to fly armed drones.", "Burkina Faso"),
    ("Combat drones in the province are, residents say, operated by the army alone.", "Burkina Faso"),
    ("The army is the only side in the war with warplanes.", "Burkina Faso"),
    ("Villagers say the only armed drones flying over the plateau belong to the national army.", "Burkina Faso"),
    ("The only aircraft seen over the district in months belong to the air force, elders said.", "Burkina Faso"),
    ("Not all the drones over the plateau belong to the army.", None),
    ("Drones are used by many sides here, not by the army alone.", None),
    ("Witnesses said jets bombed the market.", None),
])
def test_the_one_side_a_text_says_flies_the_aircraft(sentence, side):
    found = only_operator(sentence, ["BF"])
    assert (found.name if found else None) == side


@pytest.mark.parametrize("sentence", [
    "Darkness across Gedaref state after drones hit the main power station",
    "Drones struck a fuel depot in Kassala State at dawn.",
    "A blast shook the Shan State town after drones hit a market.",
])
def test_a_state_named_as_a_province_is_no_government(sentence):
    assert actor_in(sentence, ["SD"]) is None
    assert actor_in("State aircraft bombed the market at noon.", ["SD"]) == Actor("Sudan (government)", "SD")


def test_an_accusation_followed_by_its_grounds_names_the_attacker():
    from strikes.extract.actors import attributed_actor

    said = "Officials of the army-run Sennar state government accused the Rapid Support Forces militia, saying the group had fired drones at the town."
    assert attributed_actor(said, ["SD"]) == Actor("Rapid Support Forces", "SD")
    assert attributed_actor("The mayor accused Russia, saying it had sent the drones.", ["UA"]) == RUSSIA
    assert attributed_actor("The mayor accused Russia, saying the city needed air defence.", ["UA"]) is None
    assert attributed_actor("The governor later named the Rapid Support Forces, saying the drone was launched from their areas.", ["SD"]) \
        == Actor("Rapid Support Forces", "SD")
    assert attributed_actor("The ministry named Ahmed Musa, saying he had died of his wounds.", ["SD"]) is None


def test_a_claim_whose_claimer_has_an_apposition_between_dashes():
    from strikes.extract.actors import attributed_actor

    said = "Hours later, the Houthis - a rebel movement backed by Tehran that holds the capital - claimed responsibility."
    assert attributed_actor(said, ["IL"]) == Actor("Houthis", "YE")


def test_a_side_that_described_the_drone_as_another_sides_names_its_attacker():
    from strikes.extract.actors import attributed_actor

    assert attributed_actor("The elders described the drone as Turkish in a statement.", ["SY"]) == Actor("Turkey", "TR")
    assert attributed_actor("Officials identified the jets as Russian.", ["SY"]) == RUSSIA


def test_the_army_blamed_bare_is_the_theatres_a_suspects_counter_blame_settles_nothing():
    from strikes.extract.actors import attributed_actor

    assert attributed_actor("The strike killed five, said a village elder, who blamed the army.", ["BF"]) == Actor("Burkina Faso", "BF")
    assert attributed_actor("They blamed the army's failure to protect them.", ["BF"]) is None
    assert attributed_actor("The rebels denied any involvement and blamed the army.", ["BF"]) is None


def test_a_weapon_launched_from_ground_a_side_holds_is_that_sides():
    assert actor_in("Rockets fired from Houthi-held areas hit a camp near Marib on Sunday.", ["YE"]).name == "Houthis"
    assert actor_in("A drone sent from Russian-controlled land hit a school in Kherson.", ["UA"]).name == "Russia"
    assert actor_in("Jets struck Houthi-held Hodeidah on Monday.", ["YE"]) is None


def test_the_aggression_of_partisan_media_is_the_theatres_coalition():
    assert actor_in("The aggression's warplanes waged six raids on Razih district on Wednesday.", ["YE"]).name == "Saudi-led coalition"


def test_an_attack_claimed_by_a_countrys_movement_is_that_movements():
    text = "A drone hit a depot outside Eilat on Monday, police said, in a strike claimed by Yemen's Houthi rebels."
    assert actor_in(text, ["IL", "YE"]).name == "Houthis"


def test_the_side_backing_a_group_is_not_the_attacker():
    text = "Coalition jets struck a depot near Hodeidah used by the rebel militia, backed by Iran, to store drones."
    assert actor_in(text, ["YE"]).name == "Saudi-led coalition"


def test_a_national_force_that_claims_the_strike_as_its_own_is_the_forces_of_the_country_struck():
    """ "The army announced it had bombed a depot", "the military said its jets struck": the army
    claims the strike, and an army named without a country is the country's own; a bare "the army
    said a drone strike hit X" may report the other side's strike."""
    def actor(text: str) -> str:
        [event] = extract_events(Article(text=text, id="t", published=dt.date(2023, 3, 7)))
        return event.actor
    assert actor("OUAGADOUGOU, Burkina Faso - The army announced that it had launched drone raids overnight "
                 "into Sunday on insurgents camped by the town of Gayeri.") == "Burkina Faso"
    assert actor("MAIDUGURI, Nigeria - The military said its jets struck a camp near Kukawa on Sunday, "
                 "killing several fighters.") == "Nigeria"
    assert actor("KHARTOUM, Sudan - The army said a drone strike hit a market in Omdurman on Sunday, "
                 "killing five people.") == "unknown"


def test_a_national_defence_force_or_an_air_arms_operational_name_is_that_states_forces():
    def actors(text: str, published: dt.date) -> list[str]:
        return [e.actor for e in extract_events(Article(text=text, id="t", published=published))]
    assert actors("Jets of the Ethiopian National Defence Force bombed a bridge near Shire on Tuesday, killing two "
                  "drivers.", dt.date(2021, 11, 4)) == ["Ethiopia"]
    assert actors("MAIDUGURI, Nigeria - The Air Component said its jets bombed an insurgent camp near Damasak on "
                  "Friday.", dt.date(2021, 6, 7)) == ["Nigeria"]


def test_a_statement_that_a_side_carried_out_both_attacks_attributes_them():
    text = ("A drone hit a wedding tent in Tal Tamr on Monday, killing four guests. Hours later a second drone struck a "
            "grain silo outside Amuda, wounding a guard. Kurdish officials said in a radio address that the Turkish "
            "army had carried out both attacks.")
    found = extract_events(Article(text=text, id="t", published=dt.date(2022, 8, 2)))
    assert [(e.place, e.actor) for e in found] == [("Tal Tamr", "Turkey"), ("Amuda", "Turkey")]


@pytest.mark.parametrize("said", ["No other party to the conflict has armed drones, analysts say.",
                                  "The rebels have no aircraft of any kind."])
def test_a_report_that_no_other_side_flies_aircraft_gives_its_strikes_to_the_state(said):
    text = "ADDIS ABABA, Ethiopia - A drone hit a bus near Kobo on Monday, killing six passengers. " + said
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2023, 9, 6)))
    assert event.actor == "Ethiopia"


def test_two_states_joined_by_a_dash_name_a_war_not_who_struck():
    assert actor_in("Russia-Ukraine war, day 300: a drone hit a school in Lyman") is None
    assert actor_in("Saudi-led jets struck a market in Saada") == Actor("Saudi-led coalition", "SA")


def test_the_side_a_count_is_given_according_to_is_its_reporter():
    # the defender's air force tells how many the other side launched: its reporter, not the attacker
    assert reporter_of("Five missiles were launched in all, according to the air force.", ["UA"]) == Actor("Ukraine", "UA")


def _attackers(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(e.place, e.actor) for e in extract_events(Article(text=text, id="t", published=published))]


def test_a_retelling_that_names_the_strike_s_agent_overrides_a_carried_attacker():
    text = ("Army jets bombed a cattle market in Nyala on Sunday, killing four traders. On Monday, another drone exploded "
            "beside a bus station in El Obeid, killing two porters. According to the governor, the drone was launched by "
            "\"the Rapid Support militia\" out of positions south of the city.")
    assert _attackers(text, dt.date(2025, 3, 11)) == [("Nyala", "Sudan (government)"), ("El Obeid", "Rapid Support Forces")]


def test_a_craft_said_to_be_one_of_a_side_s_names_the_attacker():
    text = ("Four herders were killed at dawn on Sunday when a drone hit their well near Tessalit, a few kilometres from Algeria, a "
            "rebel alliance said. The alliance insisted the plane was a Malian military aircraft.")
    assert _attackers(text, dt.date(2025, 3, 11)) == [("Tessalit", "Mali")]


def test_a_country_a_place_lies_some_distance_from_is_not_the_attacker():
    text = "Three people died on Saturday when a pickup was hit from the air near Tessalit, a few kilometres from Algeria."
    assert [a for _, a in _attackers(text, dt.date(2025, 3, 11))] == ["unknown"]


def test_a_drone_whose_origin_is_unconfirmed_keeps_no_carried_attacker():
    text = ("On Monday, army jets bombed a fuel depot in Nyala, killing two guards. On Tuesday, a drone exploded close to a "
            "petrol station in Kosti, injuring four people. The source of the strike has not been established.")
    assert _attackers(text, dt.date(2025, 3, 12)) == [("Nyala", "Sudan (government)"), ("Kosti", "unknown")]


def test_a_group_holding_the_army_responsible_names_the_attacker():
    text = ("Drones hit the cattle market of Bara, in Sudan's North Kordofan state, on Sunday, killing eleven herders. The lawyers' network holds the army "
            "responsible for the attack.")
    assert _attackers(text, dt.date(2025, 3, 12)) == [("Bara", "Sudan (government)")]


def test_a_strike_no_side_acknowledged_and_no_one_could_establish_is_unknown():
    text = ("RSF drones struck a substation in El Obeid on Monday. On Tuesday a jet bombed a fuel store near En "
            "Nahud, killing two guards. Neither side has acknowledged the raid, and monitors could not establish which side "
            "flew the jet.")
    assert _attackers(text, dt.date(2025, 3, 12)) == [("El Obeid", "Rapid Support Forces"), ("En Nahud", "unknown")]


def test_residents_blaming_an_army_drone_name_the_theatre_s_army():
    text = ("A drone fired into the market of Djibo, in Burkina Faso, on Sunday, killing six. Families blamed an army "
            "drone, one that often circles the town.")
    assert _attackers(text, dt.date(2024, 6, 3)) == [("Djibo", "Burkina Faso")]


def test_a_side_said_to_be_behind_a_strike_named_by_its_town_is_its_attacker():
    text = ("Drones set a fuel depot ablaze in Atbara on Tuesday night, officials said, blaming a foreign state. That night "
            "a drone also hit a checkpoint outside Kosti, killing a guard. Military officers believe the RSF was behind the Kosti raid.")
    assert _attackers(text, dt.date(2026, 1, 15))[-1] == ("Kosti", "Rapid Support Forces")


def test_a_speaker_telling_of_drones_that_crossed_its_border_is_not_their_attacker():
    text = ("On Friday drones sent from Lebanon struck the town of Shlomi, wounding a farmer. The Israeli army said that a pair of "
            "drones had crossed the border and exploded beside a cowshed on the edge of Shlomi.")
    assert _attackers(text, dt.date(2024, 6, 15)) == [("Shlomi", "Hezbollah")]


def test_a_short_form_the_text_defines_for_a_side_names_that_side():
    text = ("Clashes pitted the Myanmar Armed Forces (MAF) against the Kachin Independence Army (KIA) up north. "
            "On Tuesday an air strike hit a market in Hpakant, killing nine people; residents blamed the MAF for it.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 6)))
    assert event.actor == "Myanmar (military)"
    text = ("The Idlib Monitoring Centre for Civilians (IMCC) said an air strike hit a market in Saraqib on Tuesday, killing "
            "nine. The IMCC named no side.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 3, 6)))
    assert event.actor == "unknown"


def test_a_side_whose_infrastructure_was_hit_is_no_attacker():
    text = 'According to the Israeli army, fighter jets hit "regime military infrastructure" near Izra on Tuesday night.'
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 10, 8)))
    assert event.actor == "Israel"


def test_the_accuser_and_the_day_of_its_accusation_are_not_the_strike_s():
    text = ("Kabul accused Pakistan on Thursday of a drone strike that killed four people in Khost province. The drone "
            "hit a pickup outside the town of Tani late on Wednesday, police said.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2025, 10, 10)))
    assert (event.actor, event.date) == ("Pakistan", dt.date(2025, 10, 8))


def test_a_drone_launched_from_a_country_named_by_its_demonym_is_the_launcher_s():
    text = "A Lebanese-launched drone smashed through a barn wall in Kiryat Shmona on Friday, injuring one man."
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2024, 3, 2)))
    assert (event.place, event.actor) == ("Kiryat Shmona", "Hezbollah")


def test_a_missile_said_to_have_come_from_a_countrys_territory_is_the_launcher_s():
    text = ("A missile struck a warehouse near Barda at dawn on Sunday, killing two guards. It was fired from the "
            "territory of Armenia, the ministry said.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2020, 10, 5)))
    assert (event.place, event.actor) == ("Barda", "Armenia")


def test_a_group_s_own_air_force_is_not_the_state_s():
    said = "The movement's spokesman said the group's \"unmanned air force\" had struck the port."
    assert actor_in(said, ["IL"]) is None
    assert actor_in("The air force had struck the port.", ["IL"]) == Actor("Israel", "IL")


def test_a_claim_that_tells_its_own_strike_elsewhere_claims_only_that_one():
    text = ("Israeli jets struck a house in Khiam on Tuesday night, wounding two people. The Islamic Resistance in Lebanon "
            "said its fighters had \"attacked a group of soldiers near Shlomi with an attack drone\" on Tuesday.")
    found = {e.place: e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2024, 3, 6)))}
    assert found == {"Khiam": "Israel", "Shlomi": "Hezbollah"}


def test_troops_a_base_hosts_are_not_its_attacker():
    assert actor_in("A drone hit a hangar at the desert airbase that hosts American troops on Tuesday.", ["IQ"]) is None
    assert actor_in("Drones struck a base housing US forces near Erbil.", ["IQ"]) is None


def test_a_group_whose_base_was_struck_is_not_the_one_that_announced_the_toll():
    from strikes.extract.actors import attributed_actor

    said = ("The general staff announced \"air strikes\" on an ISWAP camp in the hills east of Gwoza and said "
            "\"many terrorists\" were neutralised.")
    assert attributed_actor(said, ["NG"]) is None
    assert attributed_actor("The Nigerian army said 40 terrorists had been neutralised near Gwoza.", ["NG"]) == Actor("Nigeria", "NG")


def test_a_group_that_says_on_its_channels_its_fighters_used_drones_claims_the_strike():
    from strikes.extract.actors import attributed_actor

    said = "ISWAP said via its Telegram channels on Friday that its fighters used quadcopters to bomb the barracks in Damasak."
    assert attributed_actor(said, ["NG"]) == Actor("ISWAP", "NG")


@pytest.mark.parametrize("said, side", [
    ("The district chief said the attack was Turkish, as every drone over the valley is.", "Turkey"),
    ("The raids were Russian, residents said.", "Russia"),
    ("He said the strike was Monday's second.", None),
])
def test_a_strike_named_by_the_side_it_was(said, side):
    from strikes.extract.actors import attributed_actor

    found = attributed_actor(said, ["IQ"])
    assert (found.name if found else None) == side


@pytest.mark.parametrize("sentence, countries, side", [
    ("Before dawn a Shahed-type drone hit a garage in Lozova.", ["UA"], "Russia"),
    ("Two Shaheds hit a hangar near Nevatim.", ["IL"], "Iran"),
    ("Shahed drones hit a market.", ["SD"], None),
])
def test_a_drone_two_wars_sides_fly_is_the_side_of_the_war_it_falls_in(sentence, countries, side):
    found = actor_in(sentence, countries)
    assert (found.name if found else None) == side


@pytest.mark.parametrize("sentence, side", [
    ("Neighbours said the alliance led by the United States bombed the grain store.", "US-led coalition"),
    ("Coalition jets led by Washington struck a ferry landing on Friday.", "US-led coalition"),
    ("Farmers said warplanes of the coalition led by Saudi Arabia hit the well.", "Saudi-led coalition"),
    ("The United States bombed the grain store, farmers said.", "United States"),
])
def test_a_coalition_named_by_the_state_that_leads_it_is_the_coalition(sentence, side):
    assert actor_in(sentence, ["SY"]).name == side


def test_members_of_a_named_force_among_the_dead_are_not_its_attacker():
    found = actor_in("At dusk a drone hit a post near Derik, killing three members of the Sutoro local security forces.", ["SY"])
    assert found is None or found.name != "Syria (government)"


def test_a_blame_that_names_no_attack_is_of_the_attack_told_last_not_the_strikes():
    text = ("Drones hit a grain store in Amuda on Friday, killing two guards, the local council said. "
            "The strikes came in response to the bombing of a bus station near Kayseri, which killed four. "
            "Ankara holds the PKK responsible and calls it a terrorist group.")
    [event] = extract_events(Article(text, published=dt.date(2024, 10, 26)))
    assert event.actor != "PKK"


def test_a_blame_that_names_no_attack_is_of_the_harm_told_just_before_at_another_place():
    strike = "Aircraft bombed the livestock market in Um Kadada on Monday, killing 21 people, a doctor said. "
    elsewhere = "In Kadugli, six civilians were killed on Sunday. Relatives blamed the RSF."
    [event] = extract_events(Article(strike + elsewhere, published=dt.date(2024, 5, 14)))
    assert (event.place, event.actor) == ("Um Kadada", "unknown")
    [event] = extract_events(Article(strike + "Relatives blamed the RSF.", published=dt.date(2024, 5, 14)))
    assert event.actor == "Rapid Support Forces"


@pytest.mark.parametrize("sentence", [
    "The SPLM-N accused the army of an air strike on a market in Kadugli on Sunday, in which 9 people died.",
    "An air strike on a market in Kadugli killed 9 people on Sunday, the SPLM-N said, accusing the military of the raid.",
])
def test_the_army_accused_of_an_air_strike_is_the_theatres_army(sentence):
    [event] = extract_events(Article(sentence, published=dt.date(2024, 6, 4)))
    assert event.actor == "Sudan (government)"


def test_the_army_blamed_in_a_round_up_of_wars_is_the_army_of_the_country_struck():
    text = ("Turkish drones hit a PKK post near Amadiya on Monday, killing two.\n\n"
            "A drone strike on a bakery in Omdurman killed seven people on Sunday, medics said, blaming the army.")
    assert {e.place: e.actor for e in extract_events(Article(text, published=dt.date(2024, 11, 5)))} \
        == {"Amadiya": "Turkey", "Omdurman": "Sudan (government)"}


def test_a_sides_claim_of_rockets_it_fired_elsewhere_does_not_name_it_the_attacker_of_the_strike_told():
    text = ("Jets struck a house in Yohmor on Thursday, killing three, the news agency said. "
            "Hezbollah announced that it had fired rockets at a barracks near Metula on Thursday.")
    [event] = extract_events(Article(text, published=dt.date(2024, 10, 18)))
    assert event.actor != "Hezbollah"


def test_a_group_that_claims_the_dead_as_its_members_is_their_side_not_the_attacker():
    text = ("Jets struck several targets in Shejaiya before dawn on Tuesday, Gaza medics said. Four people were killed: "
            "three men the Qassam Brigades later named as its members, and a neighbour.")
    assert [e.actor for e in extract_events(Article(text=text, id="a", published=dt.date(2014, 7, 29)))] == ["unknown"]
    assert actor_in("Two of the dead were described by Hezbollah as its fighters.", ["LB"]) is None


def test_barrel_bombs_and_the_su_22_are_the_government_s_where_only_it_flies_them():
    assert actor_in("Barrel bombs dropped from helicopters hit the market in Kafr Nabudah on Monday.", ["SY"]) \
        == Actor("Syria (government)", "SY")
    assert actor_in("An Antonov dropped two barrel bombs on the village at dawn.", ["SD"]) == Actor("Sudan (government)", "SD")
    assert actor_in("On 2 June an air strike (Su-22) hit a street in Kafr Zita.", ["SY"]) == Actor("Syria (government)", "SY")
    assert actor_in("A Shahed drone hit the depot overnight.", ["UA"]) == Actor("Russia", "RU")


def test_an_air_force_named_in_quotes_is_a_group_s_self_styled_force_not_the_state_s():
    claim = 'The rebels said a craft of their own "unmanned air force" struck the airport in Abha late on Sunday.'
    assert actor_in(claim, ["SA", "YE"]) is None
    assert actor_in('"The air force struck terrorist positions," the army said.', ["SY"]) == Actor("Syria (government)", "SY")
    quoted = 'The army denied any role and said the rebels fly drones to "malign the armed forces".'
    assert actor_in(quoted, ["PK"]) == Actor("Pakistan", "PK")


def test_sides_that_neither_commented_nor_claimed_are_not_named_as_the_attacker():
    assert actor_in("Neither AFRICOM nor the Somali army would comment on the strike near Jilib.", ["SO"]) is None
    text = ("US drones struck a camp near Jilib on Sunday, killing two fighters, the command said. On Monday an "
            "unidentified aircraft fired on a truck outside Bardhere, killing three. Neither AFRICOM nor the Somali "
            "government has claimed the Bardhere strike.")
    found = {e.place: e.actor for e in extract_events(Article(text=text, id="a", published=dt.date(2024, 9, 17)))}
    assert found == {"Jilib": "United States", "Bardhere": "unknown"}


def test_a_source_telling_a_reporter_who_was_behind_a_strike_names_its_attacker():
    text = ("Drones hit a grain silo in Kosti before dawn on Monday, the port authority said. Whose drones they were went unsaid. "
            "A police officer told reporters the RSF was behind it.")
    assert _attackers(text, dt.date(2025, 3, 4)) == [("Kosti", "Rapid Support Forces")]


def test_the_makers_of_the_drones_a_force_bought_are_not_the_side_a_later_drone_strike_is_carried_to():
    text = ("The government leaned on newly bought Turkish, Iranian and Chinese drones. Late on Wednesday one drone destroyed a truck "
            "outside Woreta, killing three men.")
    assert _attackers(text, dt.date(2024, 5, 10)) == [("Woreta", "unknown")]


@pytest.mark.parametrize("sentence, side", [
    ("A drone flown by Sudan's Rapid Support Forces hit a bakery in Omdurman.", "Rapid Support Forces"),
    ("A drone of Sudan's paramilitary RSF hit a bakery in Omdurman.", "Rapid Support Forces"),
    ("Lebanon's Hezbollah sent two drones into a base near Safed.", "Hezbollah"),
    ("Sudan's air force bombed a fuel depot in Nyala.", "Sudan (government)"),
])
def test_a_group_told_by_its_countrys_possessive_is_the_group(sentence, side):
    assert actor_in(sentence, ("SD", "LB", "IL")).name == side


@pytest.mark.parametrize("sentence, countries, side", [
    ("Monitors accused the army of carrying out both raids.", ["SD"], "Sudan (government)"),
    ("A drone hit the fair on Sunday, in attacks that farmers blamed on federal forces.", ["ET"], "Ethiopia"),
    ("Three raids that villagers blamed on the RSF hit the market.", ["SD"], "Rapid Support Forces"),
])
def test_the_side_an_accusation_names_after_the_attacks_or_before_its_charge(sentence, countries, side):
    assert attributed_actor(sentence, countries).name == side


def test_a_blame_on_the_armys_aircraft_in_a_relative_clause_names_the_theatres_army():
    sentence = ("Drones struck a market in Tawila on Monday, killing five, according to the civil administration in the town, "
                "which blamed the army's warplanes.")
    assert attributed_actor(sentence, ["SD"]) == Actor("Sudan (government)", "SD")


@pytest.mark.parametrize("government", ["the federal government", "the central government"])
def test_a_strike_blamed_on_the_government_is_the_theatres_own_forces(government):
    text = (f"A drone strike killed nine people at a market in Adigrat on Monday, aid workers said. Opposition leaders "
            f"blamed {government} for all the strikes.")
    assert events_told(text, dt.date(2024, 3, 5)) == [("Adigrat", "2024-03-04", "Ethiopia", 9, None)]


@pytest.mark.parametrize("target, attacker", [("a JNIM logistics base", "Mali"), ("a fuel depot", "unknown")])
def test_an_army_telling_of_a_strike_at_home_on_a_named_enemys_site_made_it(target, attacker):
    text = f"A drone strike destroyed {target} near Lere on Thursday, the Malian army said."
    assert events_told(text, dt.date(2025, 7, 4)) == [("Lere", "2025-07-03", attacker, None, None)]


def test_a_capital_struck_in_the_passive_is_the_side_hit_not_the_attacker():
    text = "A residential building in central Tehran was struck by an Israeli missile on Thursday, killing five people."
    assert events_told(text, dt.date(2025, 3, 14)) == [("Tehran", "2025-03-13", "Israel", 5, None)]


@pytest.mark.parametrize("sentence", [
    "Israel killed a Revolutionary Guards general in an air strike on a house in Sayyida Zeinab on Thursday.",
    "Iran accused Israel of killing a general in an air strike on a flat in Sayyida Zeinab on Thursday.",
])
def test_a_state_that_killed_someone_in_a_strike_is_its_attacker_not_the_victims_side(sentence):
    [(place, _, attacker, *_)] = events_told(sentence, dt.date(2025, 3, 14))
    assert (place, attacker) == ("Sayyida Zeinab", "Israel")


@pytest.mark.parametrize("sentence, place, attacker", [
    ("Fighters of the National Liberation Army (ELN) dropped explosives from a drone on a police station in Tame on "
     "Thursday, wounding two officers.", "Tame", "ELN"),
    ("Nigerian troops were attacked by drones at their base in Wajiroko on Thursday, and ISWAP claimed the attack.",
     "Wajiroko", "ISWAP"),
    ("Congolese troops came under drone attack near Minembwe on Thursday; the army blamed the M23.", "Minembwe", "M23"),
    ("A Rwandan army drone struck a camp near Sake on Thursday.", "Sake", "Rwanda"),
])
def test_the_side_whose_members_flew_the_drone_is_the_attacker_not_the_side_it_hit(sentence, place, attacker):
    [(struck, _, side, *_)] = events_told(sentence, dt.date(2025, 6, 13))
    assert (struck, side) == (place, attacker)


@pytest.mark.parametrize("text", [
    "On Monday, a police drone strike in Cabaret killed a gang leader, the police spokesman said.",
    "On Monday, a drone hit a house in Cabaret, killing one. Relatives blamed the national police's drone task force.",
])
def test_a_police_force_flying_armed_drones_is_its_states_attacker(text):
    [(place, _, attacker, *_)] = events_told(text, dt.date(2025, 10, 7))
    assert (place, attacker) == ("Cabaret", "Haiti")


def test_suspected_members_of_a_group_dropping_explosives_from_drones_are_the_group():
    text = ("Suspected members of the Jalisco New Generation Cartel (CJNG) dropped explosives from drones on houses in "
            "El Bejuco on Tuesday afternoon, wounding a woman.")
    assert events_told(text, dt.date(2025, 6, 11)) == [("El Bejuco", "2025-06-10", "CJNG", None, 1)]


@pytest.mark.parametrize("sentence", ["The group said it had also launched drones at Eilat and at the US aircraft carrier.",
                                      "Missiles were fired at a US warship in the Red Sea."])
def test_a_sides_ship_named_as_the_target_is_the_side_hit(sentence):
    assert actor_in(sentence) is None and Actor("United States", "US") in victims_in(sentence)


@pytest.mark.parametrize("sentence, attacker", [
    ("A US submarine fired Tomahawk missiles at a radar site near Hodeidah on Friday.", "United States"),
    ("Two British frigates launched cruise missiles at a bunker outside Sanaa.", "United Kingdom"),
    ("A drone struck a US destroyer hit earlier by debris near Hodeidah.", None),   # the ship struck
])
def test_a_sides_ship_that_fires_is_the_attacker(sentence, attacker):
    assert getattr(actor_in(sentence, ["YE"]), "name", None) == attacker


@pytest.mark.parametrize("sentence, attacker", [
    ("Twenty-four people died when a junta motorised paraglider dropped two bombs on a crowd in Bon To village "
     "on Monday.", "Myanmar (military)"),
    ("KNLA drones bombed a junta outpost near Dagwin on Friday.", "KNLA"),
])
def test_a_juntas_paraglider_and_a_resistance_armys_drones_name_their_sides(sentence, attacker):
    assert actor_in(sentence, ["MM"]) == Actor(attacker, "MM")


@pytest.mark.parametrize("accusation, attacker", [
    ("The neighbouring governor accused Ukraine of shelling Tyotkino, where a woman was hurt.", "unknown"),
    ("Officials accused Russia of attacking Yunakivka again.", "Russia"),
])
def test_an_accusation_names_the_attacker_only_of_the_place_it_is_about(accusation, attacker):
    text = f"A guided bomb hit a farm near Yunakivka on Wednesday, injuring two workers. {accusation}"
    [(_, _, side, *_)] = events_told(text, dt.date(2025, 8, 21))
    assert side == attacker


@pytest.mark.parametrize("sentence, attacker", [
    ("Afghanistan's army chief on Monday condemned a suspected Pakistani air strike that killed six in Khost.", "Pakistan"),
    ("Iraq's military, in a statement, strongly denounced the Turkish drone strike near Sinjar.", "Turkey"),
])
def test_the_side_that_condemns_a_strike_is_not_its_attacker(sentence, attacker):
    assert actor_in(sentence).name == attacker


def test_a_side_that_only_condemns_names_no_attacker():
    assert actor_in("Lebanon's army command condemned the strike on the village.") is None


def test_a_side_blamed_as_the_forces_loyal_to_a_leader_is_the_attacker():
    text = ("A drone strike hit a police college in Tripoli on Saturday, killing 14 cadets. The government blamed forces "
            "loyal to Khalifa Haftar for the strike.")
    assert events_told(text, dt.date(2020, 1, 6)) == [("Tripoli", "2020-01-04", "Libyan National Army", 14, None)]
    assert actor_in("Officials accused forces loyal to Khalifa Haftar of the drone strike.").name == "Libyan National Army"


def test_the_state_word_for_an_armed_group_names_it():
    assert actor_in("Khawarij fighters attacked the post with a quadcopter on Monday.").name == "TTP"


def test_a_regime_named_by_its_enemies_is_that_state():
    assert actor_in("The Zionist regime's warplanes bombed a depot near the capital.").name == "Israel"


def test_a_side_named_as_a_posts_label_is_who_speaks_not_who_struck():
    assert actor_in("IDF: a drone launched at dawn struck a warehouse near the port.") is None
    assert actor_in("Israel: Iranian missiles struck a lab in Rehovot.").name == "Iran"


def test_allied_or_coalition_aircraft_over_yugoslavia_or_libya_are_natos():
    assert actor_in("Allied jets struck a bridge near Nis.", ["RS"]).name == "NATO"
    assert actor_in("Coalition warplanes hit tanks outside Ajdabiya.", ["LY"]).name == "NATO"
    assert actor_in("Alliance bombers hit a radar site near Novi Sad.", ["RS"]).name == "NATO"


def test_a_state_some_outlets_write_in_lower_case_is_still_named():
    assert actor_in("The russian army struck Zaporizhzhia with guided bombs.", ["UA"]).name == "Russia"


@pytest.mark.parametrize("text, actor", [
    ("Two IAF fighter jets struck a rocket launcher in Khan Younis on Monday, the army said.", "Israel"),
    ("IAF jets struck a training camp near Muridke in Pakistan on Monday, officials in New Delhi said.", "India"),
    ("PAF jets bombed a hideout near Miranshah in North Waziristan on Monday, the army said.", "Pakistan"),
    # (a fighter three of these wars' air forces fly: the side of the war told)
    ("Two JF-17s bombed a hideout near Miranshah in North Waziristan on Monday, residents said.", "Pakistan"),
    ("JF-17 jets bombed a village near Lashio on Monday, killing six, residents said.", "Myanmar (military)"),
])
def test_a_forces_initials_that_two_wars_share_are_the_side_of_the_war_told(text, actor):
    assert [told[2] for told in events_told(text, dt.date(2025, 5, 13))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("The KIA said its drones struck an army post near Waingmaw on Monday, killing three soldiers.", "Kachin Independence Army"),
    ("SAC aircraft bombed a school in Kyaukme on Monday, killing four pupils, the TNLA said.", "Myanmar (military)"),
])
def test_myanmars_sides_by_their_initials(text, actor):
    assert [told[2] for told in events_told(text, dt.date(2024, 11, 5))] == [actor]



def test_the_craft_of_a_later_clause_are_not_the_forces_of_a_place_named_before_it():
    sentence = "Smoke rose over western Kyiv after Russian drones hit a fuel depot near the ring road on Saturday."
    assert actor_in(sentence) == Actor("Russia", "RU")


@pytest.mark.parametrize("sentence", [
    "Ukraine's government said its drones had hit a radar station near Kursk on Tuesday.",
    "Kyiv's army said its drones had hit a radar station near Kursk on Tuesday.",
])
def test_a_governments_own_craft_are_the_forces_of_the_state_that_owns_it_not_the_theatres(sentence):
    assert actor_in(sentence, ["RU", "UA"]) == Actor("Ukraine", "UA")


def test_the_side_whose_strikes_an_attack_answered_is_not_its_attacker():
    text = ("Drones hit Sumy after Ukrainian strikes\n\nA drone struck a five-storey building in Sumy on Sunday, wounding nine "
            "people, the regional governor said.")
    assert [told[2] for told in events_told(text, dt.date(2025, 6, 16))] != ["Ukraine"]


def test_a_side_that_took_the_ground_after_or_before_the_strike_is_not_its_attacker():
    sentence = "Warplanes struck the air base overnight, hitting radars deployed there after forces of the Government of National Accord retook it in May."
    assert actor_in(sentence, ["LY"]) is None


def test_the_ministry_that_says_after_the_fact_its_enemies_were_neutralised_claims_the_strike():
    sentence = "Four PKK terrorists were neutralised in an air operation in the Zap region, the Turkish defence ministry said."
    assert attributed_actor(sentence, ["IQ"]).name == "Turkey"


@pytest.mark.parametrize("sentence", [
    "Armenia said on Sunday that its drones destroyed two supply depots near Lachin.",
    "Armenia, for its part, says its retaliatory jets struck a radar station near Lachin.",
])
def test_a_state_that_says_its_own_craft_struck_is_the_attacker(sentence):
    assert actor_in(sentence, ["AZ"]) == Actor("Armenia", "AM")


@pytest.mark.parametrize("sentence", [
    "Armenia said its air defence forces shot down four drones over Yerevan.",
    "Armenia said its soldiers were killed when a drone struck their post near Jermuk.",
])
def test_a_state_that_says_its_own_forces_were_hit_or_defended_is_not_the_attacker(sentence):
    assert actor_in(sentence, ["AM"]) != Actor("Armenia", "AM")


def test_an_armed_group_that_says_it_struck_is_not_the_state_told_before():
    text = ("US jets bombed two militia depots near Qaim on Saturday. The militia later said it had struck a US outpost at "
            "al-Tanf with drones.")
    told = events_told(text, dt.date(2024, 3, 4))
    assert [(place, actor) for place, _, actor, *_ in told] == [("Qaim", "United States"), ("al-Tanf", "unknown")]


def test_a_state_that_says_it_conducted_a_strike_is_its_attacker():
    assert actor_in("The United States says it conducted an air strike near Jilib on Tuesday, killing one militant.",
                    ["SO"]) == Actor("United States", "US")


@pytest.mark.parametrize("text", [
    "A missile struck a cinema in Kremenchuk on Monday, killing 11 people.\n\n"
    "Moscow has denied bombing the Mariupol drama theatre in March and has blamed a Ukrainian regiment.",
    "An air strike hit a market in Jabalia on Wednesday, killing 30 civilians.\n\n"
    "The army says it strikes only military targets. It blames Hamas for hiding fighters among civilians.",
])
def test_a_blame_for_a_strike_long_past_or_for_something_else_is_no_attribution(text):
    assert [told[2] for told in events_told(text, dt.date(2022, 7, 1))] == ["unknown"]


def test_a_side_that_reports_a_strike_on_its_own_ground_leaves_room_for_the_side_it_blames():
    text = ("A drone hit a mosque in the Abu Shouk camp on Friday, killing 40 worshippers, the Sudanese army and aid "
            "workers said. The army blamed the Rapid Support Forces.")
    assert [told[2] for told in events_told(text, dt.date(2025, 5, 10))] == ["Rapid Support Forces"]


def test_the_first_of_two_states_that_struck_together_is_the_attacker():
    sentence = "The United States and Britain carried out a dozen air strikes on Houthi radar sites near Hodeidah on Friday."
    assert actor_in(sentence, ["YE"]) == Actor("United States", "US")


def test_georgia_is_an_attacker_and_its_adjective_no_place():
    text = "Georgian aircraft bombed positions near Java on Friday, and Russian jets struck the Georgian town of Senaki."
    found = events_told(text, dt.date(2008, 8, 10))
    assert [(place, actor) for place, _, actor, *_ in found] == [("Java", "Georgia"), ("Senaki", "Russia")]


def test_a_states_ministry_named_by_its_possessive_that_says_its_drone_struck_is_the_attacker():
    text = "Armenia's defence ministry said its drone struck a fuel truck near Hadrut on Monday."
    assert [actor for _, _, actor, *_ in events_told(text, dt.date(2020, 10, 6))] == ["Armenia"]


def test_a_side_told_striking_only_at_home_is_not_carried_into_another_countrys_strike():
    text = ("Last week, Ethiopian government forces kept up drone strikes in Tigray.\n\n"
            "In Ethiopia, on 10 January a drone strike hit a school in Mai Kadra, killing nine civilians.\n\n"
            "In Niger, the army said it had carried out air strikes on bandit camps in Tillaberi.")
    found = events_told(text, dt.date(2022, 1, 19))
    assert [(place, actor) for place, _, actor, *_ in found] == [("Mai Kadra", "Ethiopia"), ("Tillaberi", "Niger")]


@pytest.mark.parametrize("blame", [
    "Kurdish officials blamed the attack on Turkey.",
    "Turkey has been blamed for both strikes.",
])
def test_a_side_blamed_for_the_strike_just_told_is_its_attacker(blame):
    text = f"On Tuesday, a drone strike on a car near Penjwen in Iraq's Kurdistan region killed two people. {blame}"
    assert [actor for _, _, actor, *_ in events_told(text, dt.date(2024, 6, 5))] == ["Turkey"]


@pytest.mark.parametrize("text, actor", [
    ("Kyiv reports deadly missile strike on Kharkiv\n\nA missile struck a block in Kharkiv overnight, killing five. Kyiv blamed "
     "Russian forces.", "Russia"),
    ("The general died with the deputy head of Iraq's militia forces when an American drone hit their vehicle outside "
     "Baghdad airport on Friday.", "United States"),
    ("Haftar's air force late on Wednesday attacked Mitiga airport in Tripoli.", "Libyan National Army"),
])
def test_the_side_that_struck_not_the_one_that_reports_or_that_a_victim_served(text, actor):
    assert [a for _, _, a, *_ in events_told(text, dt.date(2020, 1, 3))] == [actor]


def test_a_state_that_responded_with_air_strikes_made_them():
    text = "Rebel drones struck Ashkelon on Sunday, wounding two. Israel responded with air strikes on the port of Salif on Monday."
    assert [(place, actor) for place, _, actor, *_ in events_told(text, dt.date(2025, 5, 5))] == [
        ("Ashkelon", "unknown"), ("Salif", "Israel")]


@pytest.mark.parametrize("text, actor", [
    # the side that says it shot drones down defends; the one whose drones came struck
    ("Ukrainian drones attacked the Kursk region overnight, the governor said. The air force said it had shot down 14 "
     "drones over the region, but one hit a house in Rylsk, wounding two.", "Ukraine"),
    # a side that claims the hit is the attacker of the strike just told
    ("Flames rose over the refinery in Novokuibyshevsk after a night drone raid. Kyiv's General Staff has claimed the hit.",
     "Ukraine"),
    ("In Cauca, dissidents of the FARC attacked the police station of Suárez with two explosive drones on Saturday.",
     "FARC dissidents"),
    ("Ecuadorian aircraft bombed a camp near Lago Agrio on Tuesday, the defence ministry said.", "Ecuador"),
])
def test_defenders_claimants_and_named_sides(text, actor):
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 3, 15))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("A drone strike on a checkpoint near Sinjar killed two fighters on Monday. A police spokesman said the drone had been "
     "launched from Turkey.", "Turkey"),
    ("A missile fired from Armenia landed on the outskirts of Barda on Sunday, damaging houses.", "Armenia"),
    # where the drones were bought is not where they came from
    ("The Malian army flies drones bought from Turkey. On Monday, army drones struck a market in Ber, near Timbuktu, "
     "killing five.", "Mali"),
])
def test_a_craft_launched_from_a_state_that_alone_launches_from_there_is_its(text, actor):
    assert [a for _, _, a, *_ in events_told(text, dt.date(2020, 10, 20))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("A drone dropped explosives on a police helicopter near Anorí on Thursday, killing eight officers.", "unknown"),
    ("An explosive drone launched by FARC dissidents brought down a police helicopter near Anorí on Thursday, killing "
     "eight officers.", "FARC dissidents"),
])
def test_a_crewed_aircraft_brought_down_is_the_target_not_the_attacker(text, actor):
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 8, 22))] == [actor]


def test_attacks_on_a_city_blamed_on_government_forces_are_theirs():
    text = ("Two drone strikes on Adigrat killed eight people on Sunday, a doctor said, on the third day of air attacks on "
            "the town that local officials blamed on government forces.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2022, 9, 12))] == ["Ethiopia"]


@pytest.mark.parametrize("text, actor", [
    ("An air strike on a former Syrian army depot killed nine people in Adra on Sunday, a monitor said.", "unknown"),
    ("A drone struck the Khurmala field in Erbil province, run by US firm Petrolink, on Tuesday, starting a fire.", "unknown"),
])
def test_the_side_whose_depot_or_field_was_hit_is_no_attacker(text, actor):
    assert [a for _, _, a, *_ in events_told(text, dt.date(2024, 12, 30))] == [actor]


def test_a_side_that_raises_its_count_of_the_dead_tells_of_the_other_sides_strikes():
    text = ("Later in the day Pakistan's military raised its figure to 31 civilians killed in the Indian strikes, and said "
            "eight of the dead were in Muzaffarabad.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 5, 7))] == ["India"]


@pytest.mark.parametrize("sentence, expected", [
    # South Sudan's army by its plain name (which no name key reads as Sudan's)
    ("South Sudanese military jets bombed the town on Monday.", Actor("South Sudan", "SS")),
    ("A helicopter of the Uganda People's Defence Forces fired on two boats near the town.", Actor("Uganda", "UG")),
    ("Ukraine's security service carried out a drone attack on an airfield in Russia's Rostov region.", Actor("Ukraine", "UA")),
])
def test_named_forces_of_south_sudan_uganda_and_ukraines_security_service(sentence, expected):
    assert actor_in(sentence, ["SS", "UG", "RU", "UA"]) == expected


@pytest.mark.parametrize("sentence", [
    "A government task force launched explosive drones on gang hideouts in the capital on Tuesday.",
    "In the afternoon, police launched explosive drones on the gang's base, killing two.",
])
def test_a_task_force_or_police_flying_drones_is_the_theatres_state(sentence):
    assert actor_in(sentence, ["HT"]) == Actor("Haiti", "HT")


def test_the_home_of_a_sides_bombers_struck_is_not_that_side_striking():
    sentence = "A fire broke out at the depot after drones attacked the town, which hosts the base for Russia's strategic bombers."
    assert actor_in(sentence, ["RU"]) is None


@pytest.mark.parametrize("text, actor", [
    # the light craft and the model-named helicopters a junta flies are its own
    ("YANGON - A military gyrocopter released three bombs on Ywathit village in Sagaing Region, Myanmar, on Wednesday, killing two.",
     "Myanmar (military)"),
    ("YANGON - Two military Mi-35 helicopters strafed Kyaukhtu village in the Magway Region of Myanmar on Thursday, wounding five.",
     "Myanmar (military)"),
    # a coalition of rebels or parties, named by its kind, is not a theatre's coalition of states
    ("IDLIB - Jets struck Saraqib in Syria on Tuesday, killing seven people, in a town held by a rebel coalition.", "unknown"),
])
def test_a_juntas_light_craft_and_a_rebel_coalition(text, actor):
    assert [a for *_, a, _, _ in events_told(text, dt.date(2024, 1, 12))] == [actor]


def test_a_state_speaking_of_its_craft_counted_is_the_attacker_not_the_theatres_air_force():
    text = "TEL AVIV - The Israeli military said about 40 air force jets had struck targets in Isfahan overnight."
    assert [a for *_, a, _, _ in events_told(text, dt.date(2025, 6, 14))] == ["Israel"]
    # the other side's craft it counts shot down are not its own
    assert actor_in("Russia's defence ministry reported 19 Ukrainian drones destroyed above the province.", ("RU",)) != RUSSIA


@pytest.mark.parametrize("text, actors", [
    # "its jets" point back to the side the sentence before opens with, not to the attacker of the strike told last
    ("HAIFA - A drone launched from Lebanon hit a warehouse in Haifa on Monday, wounding two. "
     "Israel has answered every such attack. On Tuesday its warplanes bombed a depot in Nabatieh, killing three people.",
     ["Hezbollah", "Israel"]),
    # a speaker before the craft owns them ("the group said its drones ..."): no pointing back
    ("DEIR EZZOR - Turkey has warned the militia for weeks. On Friday the group said its drones struck a post in Mayadin.",
     ["unknown"]),
])
def test_craft_named_by_a_possessive_belong_to_the_subject_of_the_sentence_before(text, actors):
    assert [a for *_, a, _, _ in events_told(text, dt.date(2024, 1, 12))] == actors


@pytest.mark.parametrize("text, actors", [
    # the craft a clause describing the target names are the target's, not the attacker's
    ("KYIV - Ukraine's navy said its drones hit the Belbek airfield near Sevastopol on Sunday, where Su-27 fighters are based.",
     ["Ukraine"]),
    ("KYIV - Ukrainian drones struck the Millerovo airfield on Sunday, the governor said. The airfield is home to Su-30 jets "
     "that Russia uses to bomb border towns. A drone also set fire to a barn in Millerovo on Sunday, he said.", ["Ukraine"]),
    # Russia's Africa Corps is Russia's
    ("BAMAKO - Africa Corps aircraft struck a camp near Tessit in Mali on Sunday, killing 14 fighters.", ["Russia"]),
])
def test_craft_a_target_holds_are_not_the_attacker_and_russias_africa_corps(text, actors):
    assert [a for *_, a, _, _ in events_told(text, dt.date(2024, 5, 1))] == actors
    assert actor_in("Drones struck the Morozovsk airfield overnight, where Su-34 jets are stationed.", ["RU"]) is None


def test_an_attribution_told_only_to_be_dismissed_names_no_attacker():
    assert attributed_actor("The minister dismissed claims that the drones were Egyptian.", ("LY",)) is None
    assert attributed_actor("The ministry rejected reports that the jets were Russian.", ("SY",)) is None
    assert attributed_actor("Officials said the drones were Egyptian.", ("LY",)) == Actor("Egypt", "EG")


@pytest.mark.parametrize("text, actors", [
    # a state that tells of its enemy's fighters killed on its soil, naming no attacker, tells of its own strike
    ("NIAMEY, Niger - Niger's defence ministry said on Wednesday that armed drones had killed eleven jihadists near "
     "Ayorou on Monday.", ["Niger"]),
    # a state that tells of its own soldiers killed at home was hit
    ("KYIV - Ukraine's air force said a drone hit a barracks in Chernihiv on Monday, killing two soldiers.", ["unknown"]),
])
def test_a_state_telling_of_its_enemys_dead_at_home_struck_and_of_its_own_was_hit(text, actors):
    assert [a for *_, a, _, _ in events_told(text, dt.date(2024, 5, 1))] == actors


def test_a_side_confirming_its_air_force_carried_out_the_strike_owns_it():
    text = ("MEKELLE, Ethiopia - A drone hit a clinic in the town of Samre on Monday, killing four patients, health workers "
            "said. The military spokesman later confirmed the air force had carried out the strike.")
    assert [a for *_, a, _, _ in events_told(text, dt.date(2024, 5, 1))] == ["Ethiopia"]


@pytest.mark.parametrize("sentence, attacker", [
    ("Islamabad on Friday condemned Tehran for firing missiles at a village near the border.", "Iran"),
    ("The foreign ministry accused Russia of bombing a hospital in the city overnight.", "Russia"),
    ("Kabul accused Pakistan of carrying out air strikes in two provinces.", "Pakistan"),
    ("Pakistan condemned the strike on the village.", None),
])
def test_the_side_charged_with_the_strike_is_its_attacker(sentence, attacker):
    found = actor_in(sentence, ["PK"])
    assert (found.name if found else None) == attacker


def test_the_maker_of_the_missiles_is_not_the_attacker():
    assert actor_in("Fragments of U.S.-made missiles damaged a substation near the port.", ["UA"]) is None


def test_the_air_force_a_source_tells_of_is_the_sources_own():
    assert actor_in("According to the IDF, an Air Force jet struck a car near Tyre.", ["LB"]).name == "Israel"
    assert actor_in("According to residents, an air force jet struck a car near Tyre.", ["LB"]).name == "Lebanon"
    assert actor_in("The Israeli army said late on Friday that an Air Force helicopter fired on gunmen near Jenin.", ["PS"]).name == "Israel"


@pytest.mark.parametrize("sentence, hit", [
    ("Before dawn a drone was flown at the Qayyarah air base, where American soldiers are stationed.", "United States"),
    ("Drones struck the airfield, where Russian bombers are kept.", "Russia"),
    ("Three men and a member of the Syrian forces died in an air raid by the Zionist regime on a villa near Damascus.", "Syria (government)"),
])
def test_the_side_whose_troops_or_post_the_strike_fell_on_is_hit_not_striking(sentence, hit):
    assert hit in {a.name for a in victims_in(sentence, ["IQ", "SY"])}
    assert actor_in(sentence, ["IQ", "SY"]) != actor_named(hit)


def test_a_post_described_before_its_side_is_the_sides_hit():
    assert actor_in("A one-way drone hit a remote US army outpost in the desert, killing two soldiers.", ["JO"]) is None


def test_a_headquarters_of_a_sides_unit_hit_by_jets_is_that_sides():
    sentence = "A spokesman said a command post of a Cambodian army division near Samraong was hit by two jets at noon."
    assert actor_in(sentence, ["KH", "TH"]) is None


@pytest.mark.parametrize("sentence, attacker", [
    ("The Islamic Resistance in Iraq claimed the Sunday operation on its Telegram channel.", "Islamic Resistance in Iraq"),
    ("Kataib Hezbollah claimed the drone attack within hours.", "Kataib Hezbollah"),
    ("US officials said they believed the rockets had been fired by Kataib Hezbollah.", "Kataib Hezbollah"),
])
def test_a_claim_of_the_named_operation_and_weapons_sent_by_a_side_attribute_it(sentence, attacker):
    assert attributed_actor(sentence, ["IQ"]) == actor_named(attacker)


@pytest.mark.parametrize("sentence, attacker", [
    ("Turkish intelligence said its drones killed a PKK official near Makhmour.", "Turkey"),
    ("The MIT said an armed drone killed two militants near Qandil.", "Turkey"),
    ("Aerospace Force aircraft bombed a dissident camp in Guaviare on Friday.", "Colombia"),
])
def test_a_states_forces_by_their_full_names(sentence, attacker):
    assert actor_in(sentence, ["SS", "IQ", "CO"]) == actor_named(attacker)


@pytest.mark.parametrize("sentence, attacker", [
    ("Ministers condemned the Kyiv attack.", None),
    ("Ministers condemned the Odesa, Kyiv and Kharkiv attacks.", None),
    ("Moscow attacks Kyiv with drones overnight.", "Russia"),
])
def test_a_capital_named_with_the_attacks_on_it_is_their_place(sentence, attacker):
    assert actor_in(sentence, ["UA", "RU"]) == (actor_named(attacker) if attacker else None)


def test_drones_that_came_from_a_neighbour_are_its():
    text = ("KINSHASA, Feb 10 - A drone struck the airport in Goma on Sunday, killing two soldiers, the army said. The "
            "drones came from Rwanda, the government said.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 2, 10))] == ["Rwanda"]


def test_accused_of_firing_the_missile_blames_the_side():
    assert attributed_actor("The governor accused the Houthis of firing the missile at the camp.", ["YE"]) == actor_named("Houthis")


@pytest.mark.parametrize("sentence", [
    "Drones hit a fuel depot that supplies the Russian navy, starting a fire.",
    "Jets destroyed a convoy belonging to the Rapid Support Forces near the town.",
])
def test_the_side_a_target_served_or_belonged_to_is_not_its_attacker(sentence):
    assert actor_in(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Nearly all were downed by Jordan, but two drones hit an air base in the Negev.",
    "The missiles were intercepted by the Israeli air force, but one hit a port.",
])
def test_the_side_that_stopped_a_volley_is_not_the_attacker_of_what_got_through(sentence):
    assert actor_in(sentence, ["IL"]) is None


def test_the_craft_a_side_downed_are_still_their_senders():
    assert actor_in("Air defences downed Ukrainian drones, but one hit a depot.", ["RU"]) == Actor("Ukraine", "UA")


def test_the_day_of_a_charge_between_the_side_and_the_charge_does_not_hide_the_side():
    sentence = "Rebels accused the army on Wednesday of killing seven civilians in an air strike."
    assert attributed_actor(sentence, ["TD"]) == Actor("Chad", "TD")


@pytest.mark.parametrize("sentence", ["Militants fired missiles at the base, wounding several US troops.",
                                      "A drone hit the outpost, killing two Turkish soldiers."])
def test_troops_a_strike_hurt_are_not_its_attackers(sentence):
    assert actor_in(sentence, ["IQ"]) is None


def test_a_harbour_pilot_killed_is_no_side_of_the_strike():
    text = ("A Ukrainian harbour pilot died when a Russian missile hit a Panama-flagged tanker at its berth in Izmail on "
            "Tuesday.")
    assert actor_in(text, ("UA",)).name == "Russia"
    assert actor_in("Israeli pilots bombed the depot on Monday.", ()).name == "Israel"


def test_the_alliances_diplomats_are_no_side_that_struck():
    text = ("NATO ambassadors gathered on Friday, as Ankara asked, once a raid in Idlib province had left 21 Turkish "
            "soldiers dead.")
    assert actor_in(text, ("SY", "TR")) is None
    assert actor_in("NATO jets bombed a bridge over the Danube.", ()).name == "NATO"


def test_a_side_that_answered_a_campaign_with_missiles_owns_the_missile_told_next():
    text = ("TEHRAN, June 21 - Israeli jets struck a building in Tehran on Monday, killing three.\n\nIran has responded to "
            "the bombing with salvos of ballistic missiles. Early on Thursday, a missile struck a hospital in the southern "
            "city of Beersheba, causing heavy damage.")
    assert [(e.place, e.actor) for e in extract_events(Article(text=text, id="t", published=dt.date(2025, 6, 21)))] == \
        [("Tehran", "Israel"), ("Beersheba", "Iran")]


def test_a_force_named_by_its_leader_is_that_states():
    text = "MEKELLE - A drone of Abiy Ahmed's regime hit a market in Shire on Monday, and nine farmers died."
    assert [a for _, _, a, *_ in events_told(text, dt.date(2022, 1, 11))] == ["Ethiopia"]
    assert actor_in("Putin's missiles hit the city's power plant again.", ["UA"]) == RUSSIA


def test_the_other_sides_account_of_whose_missile_it_was_is_not_carried_to_the_next_strike():
    text = ("Kyiv live: Russian missiles pound cities\n\nMoscow says a Ukrainian missile hit the clinic\n\n"
            "Officials say eight people were killed when missiles struck homes in Zaporizhzhia on Monday.")
    assert [a for _, _, a, *_ in events_told(text, dt.date(2024, 7, 9))] == ["Russia"]
    reported = ("Israel live: missiles hit the north\n\nThe Israeli military says Iran fired about 40 ballistic missiles "
                "overnight.\n\nA missile slammed into a house in Nazareth, and three people died, medics said.")
    assert [a for _, _, a, *_ in events_told(reported, dt.date(2025, 6, 16))] == ["Iran"]


def test_a_state_that_struck_a_counted_number_of_targets_is_the_attacker():
    text = ("Strikes on militias\n\nWASHINGTON - The US military hit more than 60 sites across Iraq and Syria on "
            "Friday, officials said.\n\nNine people died in raids on the town of Akashat, Iraqi officials said.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 2, 3))] == [("Akashat", "United States")]


def test_a_lead_that_warns_the_striking_side_after_telling_its_raids_still_names_it():
    text = ("KABUL - Pakistani jets bombed villages in two Afghan provinces before dawn on Saturday, killing dozens, "
            "Taliban officials said, warning Islamabad that further raids would be answered.\n\nIn Paktika province, "
            "the strikes hit homes in the Barmal district, a local official said.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2022, 4, 17))] == [("Barmal", "Pakistan")]


def test_that_attack_after_a_clause_that_told_the_attack_answered_is_that_one():
    text = ("ADEN - Coalition warplanes bombed Saada on Thursday, killing four, the coalition said.\n\nThe raids belong to "
            "a cycle which started with a Houthi drone attack on Saudi Arabia on Sunday. That attack set a fuel depot "
            "ablaze in Jizan, killing two guards.")
    assert [(p, d, a) for p, d, a, *_ in events_told(text, dt.date(2022, 1, 21))] == [
        ("Jizan", "2022-01-16", "Houthis"), ("Saada", "2022-01-20", "Saudi-led coalition")]


def test_soldiers_of_a_side_killed_by_a_drone_are_not_its_attackers():
    text = "A drone struck a desert outpost near Rukban on Sunday, killing three US Army reservists."
    assert [a for _, _, a, *_ in events_told(text, dt.date(2024, 1, 30))] == ["unknown"]


def test_the_air_force_a_forces_spokesman_tells_of_is_that_forces_own():
    text = "An IDF spokeswoman said the air force had hit launchers and depots near Tabriz overnight."
    assert [a for _, _, a, *_ in events_told(text, dt.date(2025, 6, 16))] == ["Israel"]


@pytest.mark.parametrize("sentence", [
    "The Houthis said they were behind the raid on the port, and claimed it.",
    "The movement - a group backed by Tehran - later claimed the Sunday operation.",
    "The rebels wrote on Telegram that they had sent two drones at the airport.",
    "The army said two drones hit the post, and residents said the militia was behind it.",
    "Jets struck the town on Monday, killing four people.",
    "The group did not claim the X attack.",
])
def test_claims_in_finds_what_claim_finds(sentence):
    """claims_in reads a claim only where a side's words owning a strike are: the same claims CLAIM finds."""
    from strikes.extract.actors import CLAIM, claims_in
    assert [m.span() for m in claims_in(sentence)] == [m.span() for m in CLAIM.pattern.finditer(sentence)]


def test_a_side_accused_of_further_attacks_is_not_blamed_for_the_strikes_told():
    text = ("On Monday, Israeli jets struck a missile base near Tabriz. A drone also hit a radar site on the outskirts of "
            "Urmia, officials said. On Tuesday, an Iranian missile hit a building in Beersheba, killing four people. "
            "Israel then accused Iran of launching more missiles once the truce had begun; Tehran denied it.")
    assert sorted((e[0], e[2]) for e in events_told(text, dt.date(2025, 6, 25))) == [
        ("Beersheba", "Iran"), ("Tabriz", "Israel"), ("Urmia", "Israel")]


@pytest.mark.parametrize("sentence, attacker", [
    ("Armenia's military said 14 missiles had hit four villages overnight, killing nine civilians.", None),   # counted as they came in
    ("The Armenian military said 14 missiles struck border posts near Jermuk.", None),
    ("Azerbaijan's army said some 20 drones struck the depots near Jermuk.", "Azerbaijan"),   # its craft, counted
])
def test_missiles_a_side_counts_as_they_hit_are_the_other_sides(sentence, attacker):
    assert getattr(actor_in(sentence, ["AM"]), "name", None) == attacker


def test_a_blame_of_a_strike_on_a_side_leaves_that_sides_earlier_strikes_its_own():
    text = ("US strikes on militias in Iraq and Syria killed 30 people, officials said on Saturday. The Iraqi government "
            "said 14 people were killed in strikes on Friday night near Akashat. A monitor said 16 fighters died in strikes "
            "on Friday near Abu Kamal. The strikes answered an attack on Monday, when a drone struck a U.S. outpost near "
            "Ruwaished, wounding 12 American soldiers. Washington blamed Kataib Hezbollah, a militia that has claimed "
            "dozens of attacks.")
    found = {e.place: e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2024, 3, 9)))}
    assert found.get("Akashat") == "United States" and found.get("Abu Kamal") == "United States"


@pytest.mark.parametrize("sentence", ["About 60 were hurt, most of them from Chad, Mali and Niger.",
                                      "The dead included migrants from Chad and two labourers from Niger."])
def test_where_the_people_hit_come_from_names_no_attacker(sentence):
    assert actor_in(sentence, ["LY"]) is None


def test_forces_a_site_struck_is_for_are_its_side_not_the_attacker():
    assert actor_in("Drones struck a training centre for internal security forces near Amuda on Friday.", ["SY"]) is None
    assert actor_in("Government jets struck a camp for displaced families near Amuda.", ["SY"]) == Actor("Syria (government)", "SY")


def test_a_strike_told_again_by_its_attacker_alone_takes_that_attacker():
    text = ("SARMADA, Syria — The stalls were still overturned on Monday. On Sunday morning the vegetable market was full "
            "of buyers. It was that crowd that was hit on Sunday, and seven people died. Rescue workers said Russian "
            "warplanes bombed the market a little before midday.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2023, 6, 26)))
    assert (event.place, event.actor) == ("Sarmada", "Russia")
    # (not a speaker's count of the dead: the side it names speaks, with no craft of its own)
    counted = text.replace("Rescue workers said Russian warplanes bombed the market a little before midday.",
                           "Syria's army put the number killed in the strikes at nine.")
    assert [e.actor for e in extract_events(Article(text=counted, id="t", published=dt.date(2023, 6, 26)))] == ["unknown"]
    # (not a strike besides it: "jets also struck targets" is another)
    text = text.replace("Rescue workers said Russian warplanes bombed the market", "Russian jets also struck targets")
    assert [e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2023, 6, 26)))] == ["unknown"]


def test_a_strike_of_a_day_whose_strikes_a_side_was_told_of_is_that_sides_not_the_side_discussed_last():
    text = ("On the night of Friday, 2 February, US bombers struck more than 80 targets in Iraq and Syria, officials said. "
            "The strikes answered an attack on 28 January, when a drone struck a base near Rukban, killing three soldiers. "
            "The Pentagon blamed the drone attack on Kataib Hezbollah. On 2 February the strikes hit positions near al-Qaim, "
            "killing 14 fighters, a local official said.")
    found = {e.place: e.actor for e in extract_events(Article(text=text, id="t", published=dt.date(2024, 2, 4)))}
    assert found == {"Rukban": "Kataib Hezbollah", "al-Qaim": "United States"}


def test_a_campaign_told_after_a_strike_of_no_known_side_gives_it_no_attacker():
    text = ("A drone hit a checkpoint outside Tal Tamr on Tuesday, wounding two guards, a local agency reported, without "
            "saying whose drone it was. The Turkish army has stepped up its drone raids on the area in recent months.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2021, 11, 10)))
    assert event.actor == "unknown"


def test_a_side_that_says_the_strike_was_legitimate_owns_it():
    text = ("Jets struck a market in Saada on Monday, killing 12 people, medics said. The Saudi-led coalition said the raid "
            "was legitimate, aimed at rebel fighters.")
    [event] = extract_events(Article(text=text, id="t", published=dt.date(2018, 8, 7)))
    assert (event.place, event.actor) == ("Saada", "Saudi-led coalition")


def test_a_side_that_names_its_soldiers_killed_did_not_strike_them():
    text = ("The Israeli army on Monday named the four soldiers who died on Sunday evening when a drone sent by "
            "Hezbollah struck a training camp close to Binyamina.")
    assert [(p, a) for p, _, a, *_ in events_told(text, dt.date(2024, 10, 14))] == [("Binyamina", "Hezbollah")]
