"""A sentence that tells its strike beside another event: a motive, what it followed, what its target
was blamed for. The other event's place, day and toll are not the strike's; when the main clause only
speaks again of a strike already told, the other clause's air strike is news of its own.

Every article here is invented for the test; the places are real so that the offline gazetteer
places them.
"""
import datetime as dt

from extracted import events_told
from strikes.extract import extract_events
from strikes.extract.clauses import days_after, other_event_spans
from strikes.extract.explain import explain
from strikes.model import Article


def read(text: str, published: dt.date | None = None):
    return extract_events(Article(text=text, id="t", published=published))


def test_a_motive_clause_ends_the_sentence_or_the_opening_phrase():
    closing = "Jets bombed a depot near Tartus in retaliation for a drone attack on a base in Kafr Dan."
    opening = "Two days after gunmen stormed a post in Kafr Dan, jets bombed a depot near Tartus."
    assert [closing[a:b] for a, b in other_event_spans(closing)] == ["in retaliation for a drone attack on a base in Kafr Dan."]
    assert [opening[a:b] for a, b in other_event_spans(opening)] == ["Two days after gunmen stormed a post in Kafr Dan"]


def test_fire_from_the_ground_told_beside_a_strike_is_another_event_to_the_clause_that_goes_on():
    both = "The militia fired scores of rockets at Metula on Monday, while jets struck a depot near Baalbek."
    assert [both[a:b] for a, b in other_event_spans(both)] == ["fired scores of rockets at Metula on Monday"]
    events = read(both, published=dt.date(2024, 3, 6))
    assert [(e.place, e.date) for e in events] == [("Baalbek", dt.date(2024, 3, 4))]
    # (not rockets and drones fired together: the drones are a strike)
    assert other_event_spans("The militia fired rockets and drones at Metula on Monday.") == []


def test_rockets_fired_toward_a_place_in_answer_to_a_strike_are_no_strike_there():
    text = ("Israeli jets struck a warehouse in Nabatieh on Saturday, killing four. The militia answered the Nabatieh "
            "strike with salvos of rockets fired toward Kiryat Shmona and army positions in the Upper Galilee.")
    assert [e.place for e in read(text, published=dt.date(2024, 8, 18))] == ["Nabatieh"]


def test_ground_fighting_told_beside_a_strike_is_another_event_unless_the_strike_names_no_place():
    fighting = ("Heavy fighting went on around Siversk and Soledar on Thursday, while Russian jets bombed a bridge "
                "in Lyman, the Ukrainian general staff said.")
    assert [fighting[a:b] for a, b in other_event_spans(fighting)] == ["Heavy fighting went on around Siversk and Soledar on Thursday"]
    assert [e.place for e in read(fighting, published=dt.date(2023, 1, 14))] == ["Lyman"]
    # a strike of no place of its own is where the fighting is
    placeless = "Clashes broke out in Serwah on Friday, and coalition jets carried out nine raids on their positions."
    assert [(e.place, e.strikes) for e in read(placeless, published=dt.date(2021, 2, 14))] == [("Serwah", 9)]
    # (fighting where the strike is told in the same clause: no clause of its own)
    assert other_event_spans("Fighting raged around Serwah on Friday as jets carried out nine raids.") == []


def test_the_place_of_the_attack_a_strike_answers_is_not_struck():
    events = read("Israeli jets struck a weapons depot near Baalbek on Tuesday in response to a rocket attack "
                  "on Safed that wounded three people, the army said.", published=dt.date(2024, 3, 6))
    assert [(e.place, e.actor, e.wounded) for e in events] == [("Baalbek", "Israel", None)]


def test_a_strike_answering_a_killing_elsewhere_is_placed_only_by_its_own_clause():
    events = read("Iran launched ballistic missiles at Israel on Monday to avenge the assassination of a Quds Force "
                  "commander in Damascus.", published=dt.date(2024, 4, 3))
    assert events == []


def test_what_a_strike_followed_is_another_event():
    text = ("Pakistani jets bombed hideouts in the Datta Khel area on Sunday, killing 11 fighters, the army said.\n\n"
            "Army officials said the bombing followed two days after gunmen seized a police station in Bannu, "
            "killing five officers.")
    events = read(text, published=dt.date(2023, 5, 8))
    assert [(e.place, e.killed) for e in events] == [("Datta Khel", 11)]


def test_what_a_target_was_blamed_for_is_another_event():
    events = read("The army said its jets had struck a commander near Tyre on Friday, a man it held responsible "
                  "for shelling a school in Kiryat Shmona on March 2 that killed two pupils.",
                  published=dt.date(2024, 3, 9))
    assert [(e.place, e.date, e.killed) for e in events] == [("Tyre", dt.date(2024, 3, 8), None)]


def test_what_a_side_is_accused_of_is_another_event():
    text = ("A US drone struck a pickup near Mudiyah on Monday, killing three suspected militants.\n\n"
            "Tribal leaders want more help against the movement, which they accuse of raiding farms and bombing "
            "clinics around Lawdar with drones and mortars.")
    events = read(text, published=dt.date(2025, 2, 4))
    assert [e.place for e in events] == ["Mudiyah"]


def test_an_air_strike_told_in_a_clause_after_a_back_reference_is_news():
    text = ("Israeli aircraft bombed a house in Nabatieh on Monday, killing six people.\n\n"
            "The bombing was a reply, coming one day after a Hezbollah drone slammed into a barracks near Nahariya, "
            "wounding seven soldiers.")
    events = read(text, published=dt.date(2024, 10, 15))
    assert [(e.place, e.date, e.actor, e.wounded) for e in events] == [
        ("Nabatieh", dt.date(2024, 10, 14), "Israel", None), ("Nahariya", dt.date(2024, 10, 13), "Hezbollah", 7)]


def test_a_strike_told_after_the_day_of_its_aftermath_is_dated_by_the_days_between():
    events = read("Crews were still fighting fires at the oil terminal in Hodeidah on Sunday, one day after Israeli "
                  "F-16s bombed its fuel tanks, killing three workers.", published=dt.date(2024, 7, 22))
    assert [(e.place, e.date, e.actor, e.killed) for e in events] == [("Hodeidah", dt.date(2024, 7, 20), "Israel", 3)]


def test_days_after_reads_the_days_a_clause_gives():
    text = "Crews searched the ruins on Friday, two days after jets struck the market, and hours after the rain."
    spans = other_event_spans(text)
    assert [days_after(text, s) for s in spans] == [2]


def test_two_strikes_joined_in_one_sentence_are_two_events():
    events = read("Drones hit a base near Kiryat Shmona on Tuesday, wounding three soldiers, and Israeli jets "
                  "struck a depot near Hermel hours later, killing two men, officials said.",
                  published=dt.date(2024, 5, 8))
    assert [(e.place, e.date) for e in events] == [("Kiryat Shmona", dt.date(2024, 5, 7)), ("Hermel", dt.date(2024, 5, 7))]
    assert [e.killed for e in events] == [None, 2]


def test_what_the_people_struck_were_behind_is_another_event_but_a_claim_of_the_strike_is_not():
    events = read("Jets bombed a hideout near Bama on Friday. That sortie hit leaders behind recent attacks on "
                  "farmers around Konduga, the air force said.", published=dt.date(2025, 9, 13))
    assert [e.place for e in events] == ["Bama"]
    claimed = "The group said it was behind the drone attack on Konduga."
    assert other_event_spans(claimed) == []


def test_what_a_target_is_said_to_have_been_behind_gives_the_strike_none_of_its_toll():
    events = read("Missiles hit militant positions near Jarabulus on Monday, which officials said were behind the "
                  "bombing of a market in Sanliurfa that killed 31 people.", published=dt.date(2024, 2, 20))
    assert [(e.place, e.killed) for e in events] == [("Jarabulus", None)]


def test_a_states_strike_told_as_what_a_raid_came_after_is_news_of_its_own():
    events = read("An Israeli strike on a shelter in Khan Younis killed four people on Tuesday, medics said. "
                  "The raid came a day after Israel bombed a clinic in Jabalia, killing nine.", published=dt.date(2024, 6, 12))
    assert [(e.place, e.date, e.actor, e.killed) for e in events] == [
        ("Khan Younis", dt.date(2024, 6, 11), "Israel", 4), ("Jabalia", dt.date(2024, 6, 10), "Israel", 9)]


def test_a_raid_named_by_its_target_in_what_a_strike_came_after_is_placed_there():
    events = read("A drone strike on a van near Tyre killed two men on Friday, the ministry said. "
                  "It came one day after an Israeli air raid on a shop in Marjayoun killed a couple.",
                  published=dt.date(2024, 8, 9))
    assert [(e.place, e.date, e.actor) for e in events if e.place == "Marjayoun"] == [
        ("Marjayoun", dt.date(2024, 8, 8), "Israel")]


def test_a_strike_told_only_as_what_another_followed_keeps_no_borrowed_day():
    text = ("Russian jets bombed a bakery in Maarat al-Numan on Thursday, killing four people.\n\n"
            "The raid follows the death of a shepherd in a Russian drone strike in a field outside Saraqib.")
    events = read(text, published=dt.date(2019, 7, 5))
    assert [(e.place, e.date) for e in events] == [("Maarat al-Numan", dt.date(2019, 7, 4))]
    why = [r.rule for r in explain(Article(text=text, id="t", published=dt.date(2019, 7, 5))).rejected]
    assert "reject.earlier_undated" in why


def test_the_day_of_what_the_news_came_after_is_not_the_day_under_discussion():
    text = ("Rebel media said on Saturday that US jets had bombed Sanaa. It came two days after US jets hit a fuel "
            "terminal on the coast, killing dozens.\n\n"
            "According to the rebels, US forces also carried out eight airstrikes on the port of Hodeidah.")
    events = read(text, published=dt.date(2025, 4, 19))
    assert [(e.place, e.date) for e in events if e.place in ("Sanaa", "Hodeidah")] == [
        ("Sanaa", dt.date(2025, 4, 19)), ("Hodeidah", dt.date(2025, 4, 19))]


def test_a_group_linked_to_another_group_tells_no_other_event():
    events = read("An American drone fired on a car near Sarmada and killed a leader of a faction linked to al-Qaeda on Friday, "
                  "the military said.", published=dt.date(2025, 7, 27))
    assert [(e.place, e.date) for e in events] == [("Sarmada", dt.date(2025, 7, 25))]


def test_rocket_fire_in_response_to_strikes_is_not_a_strike_where_the_rockets_fell():
    """The strikes an attack answers are told elsewhere; the attack itself, rocket fire, is no air strike."""
    text = ("Israeli jets struck Khan Younis on Sunday, killing four people. Militants fired a volley of rockets at "
            "Sderot on Monday in reprisal for the raids on their camps.")
    assert [e.place for e in read(text, published=dt.date(2023, 5, 9))] == ["Khan Younis"]


def test_a_bombing_a_side_says_its_operation_answers_is_no_strike_of_that_side():
    text = ("QAMISHLI - Turkish jets struck grain silos near Qamishli on Sunday, killing two guards, the SDF said.\n\n"
            "Ankara says the offensive is a response to a bombing in an Istanbul market on November 13 that killed six, "
            "for which it holds Kurdish militants to account.")
    assert [p for p, *_ in events_told(text, dt.date(2022, 11, 21))] == ["Qamishli"]


def test_the_attack_a_strikes_targets_are_said_to_have_made_is_no_strike():
    text = ("ADEN - Coalition jets struck a bus in Dahyan on Thursday, killing 40 children, health officials said. A "
            "coalition spokesman said the raid was aimed at fighters who, he said, had carried out a missile attack on "
            "the Saudi city of Najran a day earlier.")
    assert [p for p, *_ in events_told(text, dt.date(2018, 8, 10))] == ["Dahyan"]


def test_the_raid_a_strike_is_measured_against_is_no_strike_even_told_with_initials():
    text = ("MOGADISHU - US aircraft struck al-Shabab camps near Debatscile on Monday, killing 30 fighters, the US "
            "military said. Monday's raids were among the deadliest since a U.S. strike in March 2017 that the Pentagon "
            "said killed 80 fighters near Kismayo.")
    assert [p for p, *_ in events_told(text, dt.date(2018, 11, 20))] == ["Debatscile"]


def test_a_separate_raid_a_lead_names_as_what_came_first_is_not_its_strikes_place():
    text = ("DUBAI - Aid workers on Saturday raised to at least 60 the number of prisoners killed when an air strike hit "
            "a detention centre in Yemen's rebel-held north, as the country stayed offline after a separate raid on the "
            "port of Hodeidah.\n\nThe strike on the jail in Saada city before dawn on Friday also wounded 100 people, "
            "doctors said.\n\nAt about the same time on Friday, a coalition raid hit a telecoms building in "
            "Hodeidah, killing three children.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2022, 1, 22))] == [("Hodeidah", 3), ("Saada", 60)]


def test_the_missile_the_rebels_a_strike_hit_are_held_responsible_for_is_another_event():
    text = ("Coalition aircraft bombed a truck near Hajjah on Tuesday, killing nine people. The coalition said the strike "
            "targeted militants who, it claimed, were responsible for firing a missile towards Abha, in Saudi Arabia, on Monday.")
    assert [p for p, *_ in events_told(text, dt.date(2019, 6, 12))] == ["Hajjah"]


def test_an_event_named_by_its_year_is_another_event():
    text = ("The air force bombed a rebel camp near Calamar on Monday, killing 19 fighters. Raids on rebel camps were "
            "halted for much of the last president's tenure after a 2019 operation in Caqueta killed several teenagers.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 11, 11))] == ["Calamar"]


def test_a_strike_on_its_own_day_that_the_one_told_came_after_is_another_strike():
    text = ("Israeli jets bombed a shelter in Gaza City on Saturday, killing 80 people. That raid came two days after an "
            "Israeli strike hit a clinic in Khan Younis on Thursday, killing 12 people.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 8, 10))] == [
        ("Gaza City", "2024-08-10"), ("Khan Younis", "2024-08-08")]


def test_a_massacre_committed_by_aircraft_on_its_own_day_weeks_before_is_a_strike_of_its_own():
    text = ("HODEIDAH, May 3 (Agency) - The US aggression's jets bombed a fuel depot in Hodeidah port before sunrise on "
            "Saturday, killing nine workers. The crime follows by nine days the massacre committed by the aggression's "
            "aircraft against a crowded market in Bani Hushaysh district near Sanaa on April 24, which left 14 civilians dead.")
    assert sorted((e[0], e[1], e[2]) for e in events_told(text, dt.date(2025, 5, 3))) == [
        ("Bani Hushaysh", "2025-04-24", "United States"), ("Hodeidah", "2025-05-03", "United States")]


def test_a_strike_a_raid_is_compared_with_is_not_its_day():
    text = ("Strike on school in Bureij kills 20\nDaily | 7 June 2024\n\nAn Israeli missile hit the school in Bureij on "
            "Thursday, killing 20 people, medics said. Hours later, a drone hit a home in Zawaida, killing five members of "
            "one family.\n\nThe Bureij raid drew comparisons with the strike on a shelter in Khan Younis on 25 May, in "
            "which 30 people died.")
    assert {p: d for p, d, *_ in events_told(text, dt.date(2024, 6, 7))} == {"Bureij": "2024-06-06", "Zawaida": "2024-06-06"}


def test_the_attack_the_people_a_strike_was_aimed_at_had_made_is_no_strike_of_its_own():
    answered = "A coalition spokesman said the raid was aimed at the people who had launched a drone attack on Najran on Wednesday."
    text = f"Coalition jets bombed a market in Dahyan on Thursday, killing 12 people, medics said. {answered}"
    assert [p for p, *_ in events_told(text, dt.date(2018, 8, 10))] == ["Dahyan"]
