"""`python -m strikes explain`: every event with the rules behind it, every set-aside sentence with its rule."""
import re
import subprocess
import sys
from pathlib import Path

from strikes.extract.trace import rules

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "sample_articles" / "000_4127f627669f9166.txt"


def test_explain_names_the_rules_of_the_seeds_two_events_and_of_its_distractors():
    out = subprocess.run([sys.executable, "-m", "strikes", "explain", str(SEED)], capture_output=True, text=True,
                         cwd=REPO, check=True).stdout
    assert "2 event(s)" in out
    homs, jisr = out.split("\nevent 1: ")[1].split("\nevent 2: ")
    assert homs.startswith("Homs, 2015-09-30, Russia")
    assert "rule admit.air:" in homs and "rule place.named:" in homs and "rule actor.stated:" in homs
    assert jisr.startswith("Jisr al-Shughour, 2015-10-01, Russia")
    assert "rule actor.carried:" in jisr and "precision 2" in jisr
    rejected = out.split("sentences that gave no event:")[1]
    assert "rule reject.place_distractor [New York]" in rejected
    assert "rule reject.place_distractor [Moscow]" in rejected
    assert "rule reject.background_date [2011]" in rejected
    assert "rule reject.not_reported [air strikes]" in rejected


def test_every_rule_the_code_names_is_described():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "strikes" / "extract").glob("*.py"))
    named = set(re.findall(r"[\"']((?:admit|reject|place|date|actor|toll|merge)\.[a-z_]+)[\"']", code))
    assert named and named <= set(rules())
    assert set(rules()) <= named  # and no rule is described that nothing applies


def test_no_rule_id_is_described_twice():
    # (YAML keeps the last of two equal keys without a word: one rule's description would silently stand for two rules)
    ids = re.findall(r"^([a-z]+\.[a-z_]+):", (REPO / "strikes" / "extract" / "data" / "rules.yaml").read_text(encoding="utf-8"), re.M)
    assert ids and len(ids) == len(set(ids))
