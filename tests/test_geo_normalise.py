"""Transliteration variants of one name fold to one key; different names stay apart."""

import pytest

from geo import normalise_name
from geo.normalise import name_keys

SAME_NAME = [
    ("Jisr al-Shughour", "Jisr al-Shughur", "Jisr ash-Shughur", "Jisr ash Shughūr"),
    ("Saada", "Sa'dah", "Şa‘dah"),
    ("Khan Younis", "Khan Yunis", "Khān Yūnis"),
    ("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr"),
    ("Odessa", "Odesa"),
    ("Sheikh Maqsoud", "Shaykh Maqsud", "Shaikh Maqsud"),
    ("Kafr Nabudah", "Kfar Nabouda", "Kefr Nabuda"),
    ("Tell Abyad", "Tal Abyad", "Tel Abyad"),
    ("Beit Lahia", "Bayt Lahiya", "Beit Lahiyah"),
    ("Raqqa", "Ar-Raqqah", "al-Raqqa"),
    ("Mayadeen", "Al Mayadin"),
    ("Bin Jawad", "Bin Jawwad"),
    ("Zaporizhzhia", "Zaporizhia"),
    ("Al Hasakeh", "Al-Hasakah", "Hasaka"),
    ("Jableh", "Jablah"),
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda s: s[0])
def test_transliteration_variants_share_one_key(spellings):
    assert len({normalise_name(s) for s in spellings}) == 1


def test_key_is_lowercase_words_without_articles_or_marks():
    assert normalise_name("Jisr ash-Shughour") == "jisr shughur"
    assert normalise_name("Ma'arrat al-Nu'man") == "marat numan"


@pytest.mark.parametrize("a, b", [("Homs", "Al Khums"), ("Tripoli", "Tripolis"), ("Rafah", "Rahaf")])
def test_different_names_keep_different_keys(a, b):
    assert normalise_name(a) != normalise_name(b)


def test_a_name_made_only_of_article_words_is_kept():
    assert normalise_name("Al") == "al"


@pytest.mark.parametrize("spellings", [
    ("Qamishli", "Kamishli", "Kamischli", "Kámišlí"),
    ("Idleb", "Idlib"),
    ("Zhytomyr", "Zhitomir"),
    ("Kafer Zita", "Kafr Zita", "Kfar Zita"),
    ("Jebel al-Zawiya", "Jabal az-Zawiyah"),
], ids=lambda s: s[0])
def test_letter_and_vowel_variants_share_one_key(spellings):
    assert len({normalise_name(s) for s in spellings}) == 1


def test_rules_of_letters_for_letters_fold_as_their_regular_expressions_would():
    """Most rewrites are applied with str.replace, not re.sub: the folding must not change."""
    import re

    from geo.normalise import _fold_word
    from geo.rulefiles import read_rules

    rules = read_rules("transliteration.yaml")
    for word in ("qouseer", "shaykhoun", "zhzhytomyr", "wadeeyeh", "kefrschawa", "moussayeb", "vaseeh"):
        folded = word
        for pattern, repl in rules["rewrites"]:
            folded = re.sub(pattern, repl, folded)
        assert _fold_word(word) == rules["synonyms"].get(folded, folded), word


@pytest.mark.parametrize("name, keyed", [
    ("Кобилівка", None),                         # Cyrillic: no Latin key is kept
    ("قرية الوادي", None),                        # Arabic
    ("Tall Кобилівка", None),                    # one word in another script: the key is not ASCII
    ("Kámišlí", normalise_name("Kamishli")),     # accented Latin keeps its key
    ("Şa‘dah", normalise_name("Saada")),
])
def test_only_names_that_fold_to_latin_letters_are_keyed(name, keyed):
    from geo.normalise import index_key

    assert index_key(name) == keyed


@pytest.mark.parametrize("name", ["Kot  Sultan", "Camp_7", "Tal 35", "Sa'dah", "Qal`at Bishah", "Bir\tHasan",
                                  "Deir-ez-Zor", "Şa‘dah", "Straße 9"])
def test_names_split_into_the_words_the_pattern_gives(name):
    """Plain ASCII names skip the translation and the splitting pattern: the words must not change."""
    import re
    import unicodedata

    from geo.normalise import _rules, _words

    rules = _rules()
    text = "".join(c for c in unicodedata.normalize("NFKD", name.casefold().translate(rules.replaced))
                   if not unicodedata.combining(c))
    words = re.sub(r"[\W_]+", " ", text).split()
    assert _words(name) == ([w for w in words if w not in rules.articles] or words)


def test_every_combining_mark_and_nothing_else_is_deleted_from_a_decomposed_name():
    """Accents are deleted through a table of marks filled as characters come: all of Unicode's."""
    import sys
    import unicodedata

    from geo.normalise import _CombiningMarks

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert every.translate(_CombiningMarks()) == "".join(c for c in every if not unicodedata.combining(c))


def test_a_place_named_in_another_script_has_its_first_latin_name_as_its_own():
    assert name_keys(["Калинівка Фікстурна", "Kalynivka Fikstur", "Kalinowka Fixtur"]) == {
        normalise_name("Kalynivka Fikstur"): 1, normalise_name("Kalinowka Fixtur"): 0}
    assert name_keys(["Tall Fixture", "Tal Fikstur"]) == {normalise_name("Tall Fixture"): 1, normalise_name("Tal Fikstur"): 0}
