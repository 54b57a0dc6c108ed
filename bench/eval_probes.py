"""Score `python -m strikes extract` on a probe set (bench/probes*/, each with articles/ and gold.json).

The probes are invented wire reports with gold events written by the development set's conventions
(bench/probes/README.md). Scoring is the development set's own scorer, ../shared/eval/dev/score.py,
run on the set's gold.json, so the sets' figures mean the same thing: strict and actor-blind
precision, recall and F1, field accuracies on matched events and, with -v, every match, miss and
extra prediction. The headline is the last line, `probes_strict_f1` (`probes2_strict_f1` with --set probes2, and so on).

    python bench/eval_probes.py [-v] [--set probes|probes2|...] [--python .venv/bin/python] [--score PATH]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every bench/probes*/ directory with a gold.json is a set; its README says whether it is blind.
SETS = tuple(sorted((p.parent.name for p in ROOT.glob("bench/probes*/gold.json")), key=lambda n: (len(n), n)))
SCORER = Path("eval") / "dev" / "score.py"


def find_scorer() -> Path:
    """../shared beside the checkout; a worktree under /work/wt/ finds it one level further up."""
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / SCORER
        if candidate.is_file():
            return candidate
    sys.exit(f"cannot find shared/{SCORER} beside {ROOT} or its parent; pass --score")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"),
                        help="the project's Python, which runs `-m strikes extract`")
    parser.add_argument("--score", type=Path, help="the development set's score.py (default: found in ../shared)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every match, miss and extra")
    parser.add_argument("--set", choices=SETS, default="probes",
                        help="which probe set under bench/ to score (its README says whether it is blind)")
    args = parser.parse_args()
    gold = ROOT / "bench" / args.set / "gold.json"
    command = [sys.executable, str(args.score or find_scorer()), "--python", args.python,
               "--gold", str(gold), "--label", args.set] + (["-v"] if args.verbose else [])
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
