"""The rules' data files: a pattern YAML misreads is an error at load, naming the file."""
import pytest
import yaml

from strikes.extract.lexicon import checked, load


def test_an_unquoted_pattern_that_yaml_reads_as_a_mapping_is_refused_with_the_file_named():
    data = yaml.safe_load("cues:\n  - killed in\n  - now staying in(?: a camp)?\n")
    with pytest.raises(ValueError, match=r"data/x\.yaml: .*not a string"):
        checked(data, "data/x.yaml")


def test_every_shipped_data_file_loads():
    for name in ("actors", "cues", "numbers", "rules", "sources", "triggers"):
        assert load(name)
