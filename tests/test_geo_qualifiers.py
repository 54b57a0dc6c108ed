"""What the words around a place name say: region, near it, part of it, which alternatives."""

from geo.qualifiers import Anchored, Reading, anchored, readings


def test_province_reads_as_a_first_level_region_at_precision_3():
    assert Reading("Idlib", 3, ("admin1", "admin2")) in readings("Idlib province")


def test_district_reads_as_a_second_level_region_first():
    assert Reading("Al Hazm", 3, ("admin2", "admin1")) in readings("Al Hazm district")


def test_outskirts_of_a_town_are_near_it_at_precision_2():
    assert readings("outskirts of Homs")[1] == Reading("Homs", 2)


def test_direction_in_parentheses_is_part_of_the_place():
    assert readings("Lobacheve (west)")[1] == Reading("Lobacheve", 2)


def test_the_literal_name_is_always_tried_first():
    assert readings("Rif Dimashq")[0] == Reading("Rif Dimashq", 1)


def test_near_names_a_second_place_that_is_only_nearby():
    assert readings("Tabbi, near Miranshah") == [
        Reading("Tabbi, near Miranshah", 1), Reading("Tabbi", 1),
        Reading("near Miranshah", 2), Reading("Miranshah", 2)]


def test_city_word_asks_for_a_populated_place():
    assert Reading("Marib", 1, ("place",)) in readings("Marib City")


def test_near_marks_an_anchor_that_only_bounds_the_distance():
    assert anchored("Tabbi, near Miranshah") == Anchored("Tabbi", "Miranshah", near=True)
    assert anchored("Tabbi near Miranshah") == Anchored("Tabbi", "Miranshah", near=True)


def test_comma_marks_the_region_a_place_lies_in():
    assert anchored("Khan Shaykhun, Idlib") == Anchored("Khan Shaykhun", "Idlib", near=False,
                                                         province=True)


def test_a_plain_name_has_no_anchor():
    assert anchored("Jisr al-Shughour") is None


def test_heading_style_province_colon_place_anchors_the_place():
    assert anchored("IDLIB : Hass") == Anchored("Hass", "IDLIB", near=False, province=True)


def test_parenthesised_province_anchors_the_place_but_a_direction_does_not():
    assert anchored("Atarib (Aleppo governorate, Syria)") == Anchored(
        "Atarib", "Aleppo governorate, Syria", near=False)
    assert anchored("Lobacheve (west)") is None


def test_parenthesised_district_of_a_city_anchors_the_place():
    assert anchored("al-Jadida (west Mosul)") == Anchored("al-Jadida", "west Mosul", near=False)


def test_port_valley_and_air_base_are_near_the_place_they_are_named_after():
    assert readings("As Salif Port")[1] == Reading("As Salif", 2)
    assert readings("Swat Valley")[1] == Reading("Swat", 2)
    assert readings("Al Anad air base")[1] == Reading("Al Anad", 2)


def test_upper_and_lower_name_villages_of_their_own():
    assert readings("Lower Mandi") == [Reading("Lower Mandi", 1)]


def test_a_neighbourhood_named_after_its_town_is_part_of_it_at_precision_2():
    assert Reading("Khan Younis", 2) in readings("Khan Younis neighbourhood")
