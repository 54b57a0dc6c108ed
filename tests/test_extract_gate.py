"""The gates before long patterns: the words read out of a pattern are ones every match holds, so a
gate never hides a match (it only spares the search of a text that has none)."""
import re

import pytest

from strikes.extract.gate import first_char_checked, folded, gated, gated_alternation, gated_branches


@pytest.mark.parametrize("pattern, words", [
    (r"air[- ]?strikes?", ("strike",)),  # the longest word of the sequence
    (r"(?<![\w-])(?:drone|missile)\s+(?:hit|attack)", ("drone", "missile")),  # the set whose shortest word is longest
    (r"\bblamed\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?army", ("blamed",)),
    (r"(?:claimed|said)(?:\s+later)?\s+it", ("claimed", "said")),  # an optional part offers no word
    (r"(?:said|told)|spoke", ("said", "spoke", "told")),
    (r"(?:said|x)\s+in", ()),  # a branch with no word of three letters: no gate
    (r"(?:reported)?\s+(?:that\s+)?it", ()),  # nothing required
    (r"(?:district\s*,|[A-Z]\w+\s*\()\s*$", ("(", "district")),  # a bracket alone tells as much as a word
])
def test_the_gate_holds_the_words_every_match_needs(pattern, words):
    assert gated(re.compile(pattern, re.I)).words == words


def test_a_gated_pattern_finds_what_the_pattern_finds():
    pattern = re.compile(r"(?<![\w-])(?:drones?|uavs?)\s+(?:hit|struck)\b", re.I)
    gate = gated(pattern)
    for text in ("Drones struck the depot.", "A UAV hit a car, then drones hit a house.", "Jets struck the depot.", ""):
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(gate.search(text)) == bool(pattern.search(text))
        assert gate.sub("*", text) == pattern.sub("*", text)


def test_letters_that_ignorecase_equates_with_plain_ones_open_the_gate():
    # (U+0130, U+0131, U+017F and the Kelvin sign match i, i, s and k under IGNORECASE)
    pattern = re.compile(r"strikes|killed", re.I)
    for text in ("air \u017ftrikes", "KILLED", "k\u0131lled", "\u212aILLED", "K\u0130LLED"):
        assert pattern.search(text) and gated(pattern).search(text), text
    assert folded("\u0130DL\u0130B") == "idlib"


def test_an_alternation_behind_gates_of_its_branches_finds_what_the_whole_finds():
    # (a bar in a class, an escaped one and one in a group are no branch's end)
    pattern = re.compile(r"\bdrones?\s+(?:hit|struck)\b|[|]\s*air\s*strikes?|\bjets\|bombed\b|\bin\b", re.I)
    branched = gated_alternation(pattern)
    assert len(branched.branches) == 4
    for text in ("Drones struck the depot.", "| airstrike on X", "jets|bombed", "Jets bombed X in May.", "Nothing here.", ""):
        assert [m.span() for m in branched.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert bool(branched.search(text)) == bool(pattern.search(text)), text


@pytest.mark.parametrize("pattern", [
    r"(?:drones?|uavs?)\s+(?:hit|struck)\b", r"\b(?:killed|wounded)\b", r"[-\]^]+\s*(?:air|drone)", r"\(?\d+\s+dead",
    r"(?:\s|^)raids?", r"x?strike",
])
def test_a_pattern_behind_a_lookahead_for_its_first_characters_finds_what_the_pattern_finds(pattern):
    plain = re.compile(pattern, re.I)
    checked = first_char_checked(plain)
    for text in ("Drones struck the depot.", "UAVS HIT a car; 3 killed", "-]^ air", "(12 dead", "raid on X", "Xstrike",
                 "Nothing here.", ""):
        assert [m.span() for m in checked.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)


def test_a_gate_asks_for_a_word_of_each_set_a_match_needs():
    # (the verb alone does not open it; its branches behind their gates ask the same)
    pattern = re.compile(r"(?<![\w-])bombed\s+by\s+(?:\w+\s+){0,2}(?:aircraft|jets?)\b|\bair\s+raids?\s+on\s+(?:the\s+)?city", re.I)
    gate = gated(pattern)
    assert gate.words == ("bombed", "raid") and gate.also == ()
    branched = gated_alternation(pattern)
    first = gated(branched.patterns[0])
    assert first.words == ("bombed",) and first.also == (frozenset({"aircraft", "jet"}),)
    assert not first.opens("The town was bombed by the army.") and first.opens("It was bombed by Russian jets.")
    for text in ("The town was bombed by the army.", "It was bombed by Russian jets.", "Air raids on the city; jets bombed by night.",
                 "An air raid on a city", ""):
        assert [m.span() for m in branched.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert bool(branched.search(text)) == bool(pattern.search(text)) == branched.holds(text), text


def test_an_alternation_behind_gates_of_its_branches_matches_a_whole_text_as_the_whole_does():
    # (the three branches with no gate are searched together by holds())
    pattern = re.compile(r"(?<![\w-])(?:middle east|(?:yes|no|this)|ms|x)(?![\w-])", re.I)
    branched = gated_branches(r"(?<![\w-])", ["middle east", "(?:yes|no|this)", "ms", "x"], r"(?![\w-])", re.I)
    assert branched.ungated is not None
    for text in ("Middle East", "the Middle East", "Yes", "MS", "x", "Xs", "This", "", "in the Middle East, no"):
        assert branched.holds_whole(text) == bool(pattern.fullmatch(text)), text
        assert branched.holds(text) == bool(pattern.search(text)), text


def test_an_answer_per_article_is_remembered_until_the_next_article_and_not_while_tracing():
    from strikes.extract.gate import forget_texts, per_article
    from strikes.extract.trace import tracing

    asked = []

    @per_article
    def words(text):
        asked.append(text)
        return text.split()

    first = words("jets struck")
    first.append("changed")  # (a caller's own copy)
    assert words("jets struck") == ["jets", "struck"] and asked == ["jets struck"]
    forget_texts()
    assert words("jets struck") == ["jets", "struck"] and len(asked) == 2
    with tracing():
        words("jets struck")
    assert len(asked) == 3


def test_a_case_blind_start_set_holds_every_character_the_case_blind_class_matches():
    # (every character, against re's own case-blind class of each ASCII character: the letters it equates are pinned)
    import _sre
    from re import _constants

    from strikes.extract.gate import _start_set

    everything = "".join(map(chr, range(0x110000)))
    for code in range(128):
        item = re.escape(chr(code))
        start = _start_set({(item, True)})
        written = "".join(re.escape(chr(av)) for op, av in start if op is _constants.LITERAL)
        assert set(re.findall(f"[{written}]", everything)) == set(re.findall(f"(?i)[{item}]", everything)), chr(code)
    assert _start_set({("\\d", True), ("a", True)})[-1][0] is _constants.CATEGORY and _start_set({("é", True)}) is None
    # (a character with no case is the lower case of none: case-blind, it matches only itself)
    assert not [code for code in range(0x110000) if _sre.unicode_tolower(code) != code and not _sre.unicode_iscased(_sre.unicode_tolower(code))]
    assert _start_set({("“", True)}) == [(_constants.LITERAL, ord("“"))]
    # (a capital asked case-blind where its case counts, "(?-i:[A-Z])", is a capital only)
    assert _start_set({("A-Z", False), ("a", True)}) == [(_constants.RANGE, (65, 90)), (_constants.LITERAL, 65), (_constants.LITERAL, 97)]


def test_a_pattern_with_a_start_set_keeps_its_source_and_groups():
    plain = re.compile(r"(?<![\w-])(?:missiles?|drones?)\s+(?P<verb>hit|struck)\b", re.I)
    checked = first_char_checked(plain)
    assert checked is not plain and (checked.pattern, checked.groupindex, checked.flags) == (plain.pattern, plain.groupindex, plain.flags)
    text = "Missiles struck X; ſome drones hit Y, and DRONES HIT Z"
    assert [(m.span(), m["verb"]) for m in checked.finditer(text)] == [(m.span(), m["verb"]) for m in plain.finditer(text)]
    # (a capital where its case counts, in a case-blind pattern: the start set holds the capitals only, and the words)
    plain = re.compile(r"(?<![\w-])(?:(?-i:[A-Z])[\w-]*|army)\s+jets\b", re.I)
    checked = first_char_checked(plain)
    text = "the Army jets, Russian JETS, army jets, aRMY jets, russian jets"
    assert [m.span() for m in checked.finditer(text)] == [m.span() for m in plain.finditer(text)]
