"""A feature opens on a scene before it names the strike: the rules that carry the scene's town and day to it."""
import datetime as dt

from extracted import events_told


def test_a_day_said_only_as_when_medics_spoke_leaves_the_strike_the_scenes_day():
    text = ("Dozens die as drone hits Amhara camp\nThe Highland Courier | Tuesday 11 January 2022\n\n"
            "Hundreds of families had camped in the clinic yard. On Friday night, the tents along the wall caught fire.\n\n"
            "Medics said on Saturday that the strike on the camp in Dessie left 40 people dead.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2022, 1, 11))] == [("Dessie", "2022-01-07")]


def test_a_lead_that_goes_on_with_what_was_heard_places_the_strike_told_by_its_region():
    text = ("Drone strikes kill dozens in northern Ethiopia\nThe Highland Courier | Tuesday 11 January 2022\n\n"
            "In the clinic yard in Kombolcha where hundreds of families had camped, residents said the first sign was a faint "
            "buzz. Then, shortly after dawn on Friday, the tents along the wall began to burn.\n\n"
            "Medics said on Saturday that the strike on the camp in the Amhara region, which shelters people who fled "
            "the fighting, left 40 people dead.\n\n"
            "A second drone raid struck a market in Dessie on Monday, killing nine people.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2022, 1, 11))] == [
        ("Dessie", "2022-01-10", 9), ("Kombolcha", "2022-01-07", 40)]


def test_a_lead_whose_next_sentence_names_the_towns_unit_still_sets_the_strike():
    text = ("Village counts its dead\nThe Delta Ledger | Thursday, 13 April 2023\n\n"
            "The school hall in Pazigyi had been hung with flags for the morning's graduation. Families from across Kanbalu "
            "township had arrived before sunrise and sat in rows on the floor.\n\n"
            "At about nine on Tuesday a military jet released two bombs over the hall, killing 30 people, a teacher said.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2023, 4, 13))] == [("Pazigyi", "2023-04-11", 30)]


def test_a_police_raid_after_a_scene_is_no_strike_placed_by_it():
    text = ("Police break up drone workshop\nCoast Herald | Friday, 5 September 2025\n\n"
            "Police said a gang in Guayaquil had been fitting hobby drones with explosives in a rented garage.\n\n"
            "In a pre-dawn raid on Thursday, officers seized nine drones and a box of detonators, the police chief said.")
    assert events_told(text, dt.date(2025, 9, 5)) == []


def test_a_town_the_lead_gave_is_not_traded_for_the_city_it_lies_near():
    text = ("UN says 20 killed at camp\nThe Coast Chronicle | Thursday, 4 July 2019\n\n"
            "The clinic at the Janzour camp held about 200 people who had been brought back from sea. Just after midnight on "
            "Tuesday, a bomb dropped from an aircraft came through its roof.\n\n"
            "The toll from the raid on the camp at the western edge of Tripoli rose to 20 on Thursday, the UN said, up from "
            "the 12 reported by the town council on Wednesday.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2019, 7, 4))] == [("Janzour", "2019-07-02", 20)]


def test_a_report_filed_from_the_town_its_title_names_places_a_strike_on_a_site_there():
    text = ("In Kherson, the cleaning up begins\nThe Evening Ledger — Tuesday, March 7, 2023\n\nBy Anna Petrenko\n\n"
            "KHERSON, Ukraine — For two days cranes worked over the ruins of the market hall on the river embankment, "
            "lifting slabs from where the stalls used to be. Residents came back on Monday to see what was left.\n\n"
            "The missile hit the building at about noon on Saturday, killing six people, officials said.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2023, 3, 7))] == [("Kherson", "2023-03-04", 6)]


def test_a_strike_said_to_fall_on_the_scene_takes_the_leads_town():
    text = ("Fish, ice and then the jets\nThe Gulf Weekly — Wednesday 9 August 2023\n\n"
            "The fish market in Hodeidah opens before the sun is up. Boats pull up to the jetty, and porters run crates of "
            "tuna to the stalls under the tin roof.\n\n"
            "That was the scene, traders say, when the first bombs fell at about nine on Tuesday, killing 14 people.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2023, 8, 9))] == [("Hodeidah", "2023-08-08", 14)]



def test_a_report_that_names_one_town_before_its_one_unplaced_strike_places_it_there():
    text = ("'We buried them in one row': a village counts its dead\n\nBy a staff reporter\n\n"
            "The bell had just rung for the end of lessons when the teacher heard the plane.\n\n"
            "Children were crossing the dusty yard of the school in Pauk, a farming town in Myanmar's Magway region, with "
            "their satchels. The first bomb fell beside the well. The second fell on the classroom.\n\n"
            '"I could only find his shoe," one mother said. "Nothing else."\n\n'
            "The air strike on 14 March killed at least 12 people, seven of them pupils, residents and a local official "
            "said.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 3, 19))] == [("Pauk", "2024-03-14", 12)]


def test_a_lead_that_sees_the_bombers_come_on_a_day_dates_the_strike_told_next():
    text = ("Bombs fall on a Darfur market day\nThe Sahel Courier | Friday 8 November 2024\n\n"
            "The Tuesday market in Mellit fills with camel traders and women selling millet from across the northern plains. "
            "On Tuesday morning, the bombers came.\n\n"
            "An air strike on the stalls shortly after ten killed 31 people, volunteers said.")
    assert [(p, d, k) for p, d, _, k, _ in events_told(text, dt.date(2024, 11, 8))] == [("Mellit", "2024-11-05", 31)]
