"""``python -m geo lookup`` shows the resolved place and every candidate with its score."""

from geo.__main__ import main


def test_lookup_prints_resolution_and_scored_candidates(capsys):
    assert main(["lookup", "Homs", "--country", "LY", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("resolved: Al Khums, Al Marqab, LY (32.64861, 14.26191) place, "
                               "geo_precision 1")
    assert "Al Khums | Al Marqab | - | LY | place" in lines[1]
    assert "in context country LY" in lines[1]
    assert "Homs | Homs | SY | place" in lines[2]
    assert len(lines) == 3


def test_lookup_of_an_unknown_name_says_so_and_fails(capsys):
    assert main(["lookup", "Qaryat Imaginaria al-Kubra", "--country", "SY"]) == 1
    assert capsys.readouterr().out == "resolved: unknown (left unlocated)\n"


def test_lookup_lists_the_candidates_of_the_name_inside_its_qualifiers(capsys):
    assert main(["lookup", "Idlib countryside", "--country", "SY", "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("resolved: Idlib, Idlib, SY")
    assert lines[0].endswith("place, geo_precision 2")
    assert "Idlib | Idlib | Idleb | SY | place" in lines[1]  # name | region | district | country


def test_lookup_of_a_region_resolves_the_region_not_the_town_of_its_name(capsys):
    assert main(["lookup", "Idlib province", "--country", "SY", "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("resolved: Idlib, Idlib, SY")
    assert lines[0].endswith("admin1, geo_precision 3")
    assert "| SY | admin1 |" in lines[1]
