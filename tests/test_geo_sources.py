"""How a GeoNames region gets the name English reporting uses."""

import pytest

from geo.sources import english_region_name


@pytest.mark.parametrize("name, aliases, english", [
    ("Dayr az Zawr", ("Deir ez-Zor", "Deir ez-Zor Governorate", "دير الزور"), "Deir ez-Zor"),
    ("Ar Raqqah", ("Raqqa", "Raqqa Governorate"), "Raqqa"),
    ("Idlib", ("Idlib Governorate", "ادلب"), "Idlib"),
    ("Ḩimş", ("Homs", "Homs Governorate", "حمص"), "Homs"),
    ("Kharkivska oblast", ("Kharkiv", "Kharkiv Oblast", "Харьковская область"), "Kharkiv"),
    ("Ţarţūs", ("Tartus Governorate", "محافظة طرطوس"), "Tartus"),
    ("Dhamār", ("ذمار", "محافظة ذمار"), "Dhamar"),
])
def test_region_is_named_as_english_reporting_names_it(name, aliases, english):
    assert english_region_name(name, aliases) == english


@pytest.mark.parametrize("name, aliases, english", [
    ("Kandahār", ("Qandahor viloyati", "ولایت قندهار"), "Kandahar"),
    ("Nangarhār", ("Nangarhor", "د ننګرهار ولايت"), "Nangarhar"),
])
def test_persian_name_marked_only_for_long_vowels_keeps_its_own_spelling(name, aliases, english):
    assert english_region_name(name, aliases) == english
