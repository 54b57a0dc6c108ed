"""Strikes told by local outlets, state agencies and monitors' pages: their headings, datelines and leads, and the
words in them that are no place struck."""
import datetime as dt

from extracted import events_told
from geo import open_gazetteer
from strikes.extract.places import places_in


def test_a_title_under_the_outlets_name_and_section_summarises_the_strike_the_body_tells():
    text = ("GOLDEN LAND NEWS\nBurma | Conflict\n\nJunta Jet Bombs Monastery in Sagaing's Myinmu, Killing Five Novices\n"
            "By staff | 9 January 2026\n\nFive novice monks were killed when a junta fighter jet bombed a monastery in "
            "Myinmu Township, Sagaing Region, on Wednesday afternoon, residents said.\n\nThe monks were studying when the "
            "bombs fell.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2026, 1, 9))] == [("Myinmu Township", "2026-01-07")]


def test_a_date_alone_opening_the_first_sentence_under_the_headings_is_a_dateline():
    text = ("THE NILE LETTER\nAnalysis\n\nHow the drone war reached the river towns\n\n"
            "March 2, 2026 (KOSTI) - When drones first hit the power station in Kosti in June last year, the army called "
            "it a desperate act. Since then the raids have become part of daily life.")
    assert events_told(text, dt.date(2026, 3, 2)) == []


def test_the_positions_a_drone_was_launched_from_are_not_where_it_struck():
    text = ("On Thursday morning, a drone dropped explosives on a rice field near Ywa Thit Lay village in Kyauktaw "
            "Township, killing a farmer. According to the rebels, the drone was launched by the army from its positions "
            "around Sittwe.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 21))] == ["Ywa Thit Lay"]


def test_an_attack_the_army_pushed_back_or_rebuffed_is_fighting_on_the_ground():
    for fighting in ("Fighting went on south of Geissan on Tuesday, where the army said it had pushed back an attack by "
                     "the militia on a hilltop post.",
                     "In the same statement, the army said it had rebuffed an attack on a border post near Kurmuk on Friday."):
        text = f"Drones struck a fuel depot in Ed Damazin late on Wednesday, killing two guards. {fighting}"
        assert [p for p, *_ in events_told(text, dt.date(2025, 9, 19))] == ["Ed Damazin"], fighting


def test_the_region_in_an_armed_groups_own_name_is_not_struck():
    text = ("The army said on Friday that its drones had destroyed a convoy of the Islamic State in the Sahel near "
            "Banibangou on Wednesday, killing 17 fighters.")
    assert [(p, d) for p, d, *_ in events_told(text, dt.date(2024, 10, 25))] == [("Banibangou", "2024-10-23")]
    named = "Missiles hit the Jaish-e-Mohammed seminary in Bahawalpur before dawn on Wednesday, killing 13."
    assert [p for p, *_ in events_told(named, dt.date(2025, 5, 7))] == ["Bahawalpur"]


def test_the_dead_of_such_attacks_over_a_year_are_a_campaigns_toll():
    text = ("Drones are now the deadliest weapon of the war in Sudan. A monitoring group says at least 1,900 people were "
            "killed in such attacks during the year, more than half of them in Darfur and Kordofan.")
    assert events_told(text, dt.date(2026, 1, 20)) == []


def test_years_of_strikes_and_rounds_of_strikes_since_then_are_a_campaign():
    text = ("The group has been worn down by years of American drone strikes, yet it keeps cells in Abyan and Marib. "
            "By one tracker's count, Israel has carried out 14 waves of strikes on Yemen since then, most on the ports.")
    assert events_told(text, dt.date(2024, 10, 10)) == []


def test_a_river_a_town_is_on_or_a_drone_fell_over_is_not_the_town_of_its_name():
    text = ("Drones attacked the Voronezh region overnight. In Liski, a railway town on the Don some 90 km south of "
            "Voronezh, debris from a downed drone fell on a house and injured a woman.")
    assert "Don" not in [p for p, *_ in events_told(text, dt.date(2025, 7, 19))]
    text = ("Russia attacked Kyiv overnight. In Obolonskyi district, debris from a drone shot down over the Dnipro fell "
            "on a school yard and set cars alight.")
    assert "Dnipro" not in [p for p, *_ in events_told(text, dt.date(2025, 7, 19))]
    plant = "On Saturday, a drone hit a transformer of the Atbara power plant, killing two workers."
    assert [p for p, *_ in events_told(plant, dt.date(2025, 5, 11))] == ["Atbara"]


def test_a_ship_hit_miles_out_at_sea_is_no_strike_on_the_port_it_is_measured_from():
    text = ("On Thursday a bulk carrier caught fire in the Gulf of Aden, some 70 nautical miles south-east of Aden, after two "
            "anti-ship missiles struck it, a maritime agency said.")
    assert events_told(text, dt.date(2024, 6, 14)) == []


def test_each_site_a_lead_counted_is_told_with_its_own_dead():
    text = ("Missiles struck six sites in eastern Pakistan early on Wednesday, the army said. Eleven people died at a "
            "seminary in Bahawalpur and 20 were injured. In Muridke three people were killed. Two were killed in Kotli, "
            "and in Muzaffarabad one girl was wounded.")
    assert [(p, k, w) for p, _, _, k, w in events_told(text, dt.date(2025, 5, 8))] == [
        ("Bahawalpur", 11, 20), ("Kotli", 2, None), ("Muridke", 3, None), ("Muzaffarabad", None, 1)]


def test_the_deck_above_the_byline_summarises_the_strikes_the_body_tells():
    text = ("Cedar Daily | South Lebanon\n\nDrone kills two in car near Kfar Roummane\n\nTwo raids in a day in the "
            "Nabatieh and Marjayoun districts, as talks on the border resume.\n\nBy Rami Haddad | March 4, 2025, 10:05\n\n"
            "An Israeli drone struck a car near Kfar Roummane on Monday evening, killing two men, the health ministry said.\n\n"
            "Early on Tuesday, jets bombed a hillside near Khiam, causing no casualties.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 3, 4))] == ["Kfar Roummane", "Khiam"]


def test_the_neighbouring_village_whose_outskirts_a_raid_hit_lies_by_the_place_just_named():
    sentence = ("Before dawn on Thursday, jets carried out several raids on Kfar Kila and on the outskirts of the "
                "neighbouring village of Odaisseh, in the Marjayoun district.")
    assert [(p.name, p.within) for p in places_in(sentence, open_gazetteer()) if p.name != "Marjayoun"] == [
        ("Kfar Kila", None), ("Odaisseh", "Kfar Kila")]


def test_a_spot_of_the_city_struck_in_the_same_wave_is_the_raid_just_told():
    text = ("Israeli jets bombed a defence ministry building in central Damascus on Wednesday, killing one guard. Another "
            "missile struck close to a palace on the Mezzeh heights in the same wave, the army said.")
    assert [(p, k) for p, _, _, k, _ in events_told(text, dt.date(2025, 7, 17))] == [("Damascus", 1)]


def test_a_province_the_next_sentence_names_does_not_replace_a_village_the_index_lacks():
    text = ("On Wednesday morning, a warplane struck the outskirts of Janta, in the Baalbek district near the Syrian "
            "border, a correspondent reported. Nobody was hurt.\n\nThe army said in a statement that it had struck "
            "\"smuggling routes used by the group\" as well as \"terrorist sites\" in the Bekaa, and accused Damascus of "
            "looking away.")
    assert [p for p, *_ in events_told(text, dt.date(2024, 11, 21))] == ["Janta"]


def test_what_a_bases_aircraft_are_used_for_is_no_strike():
    text = ("Ukraine's General Staff said its drones hit a hangar at an airfield near Kursk overnight. It said the jets "
            "based there were used to drop glide bombs on towns in the Sumy and Chernihiv regions.")
    assert [p for p, *_ in events_told(text, dt.date(2025, 7, 18))] == ["Kursk"]


def test_a_fronts_count_of_attacks_is_fighting_not_strikes():
    text = ("Russian troops kept up their assaults along the front, and Russian aviation dropped dozens of glide bombs, "
            "the General Staff said in its morning update.\n"
            "- Pokrovsk: 34 attacks near Myrnohrad and Udachne.\n- Kupiansk: 11 attacks near Petropavlivka.")
    assert events_told(text, dt.date(2024, 10, 16)) == []
