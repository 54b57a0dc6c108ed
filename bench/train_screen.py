"""Train the event screen (strikes/extract/screen.py) on the probe sets' gold, and say what it is worth.

Every probe set under bench/ with a gold.json is read with the screen keeping all (so that training
sees every event the rules make); each event is labelled by the development scorer's own matching
(../shared/eval/dev/score.py) of place and day, without the attacker: the screen asks whether a
strike happened there and then, and an event whose attacker is unknown or wrong is a true event
told incompletely, not a false one. Its named facts are the features of an L2-regularised logistic
regression fitted by Newton's method.

What the screen is worth is measured leaving one set out at a time: the model fitted on the other
sets scores the events of the one left out, and strict F1 is recomputed, re-matched, with the events
below each threshold removed. The screen draws its line at screen.THRESHOLD; the other lines are
printed to show what moving it would cost on these sets, which the rules were tuned on.
Sets named with --hold-out are neither trained on nor counted (blind sets: score them with
bench/eval_probes.py once the model is written).

    python bench/train_screen.py [--hold-out probes33 ...] [--l2 2.0] [--write]
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_probes import SETS, find_scorer  # noqa: E402
from strikes.extract import extract_events  # noqa: E402
from strikes.extract.screen import THRESHOLD, keeping_all  # noqa: E402
from strikes.extract.trace import tracing  # noqa: E402
from strikes.model import Article  # noqa: E402

MODEL = ROOT / "strikes" / "extract" / "data" / "screen.yaml"
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(17))
MIN_SEEN = 5  # a fact seen on fewer events gets no weight: too few to learn from


def scorer():
    spec = importlib.util.spec_from_file_location("score", find_scorer())
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_set(name: str) -> list[dict]:
    """One record per article: its gold events, its candidate events as JSON and each one's facts."""
    base = ROOT / "bench" / name
    articles = []
    for entry in json.loads((base / "gold.json").read_text()):
        published = dt.date.fromisoformat(entry["article_date"]) if entry.get("article_date") else None
        article = Article((base / entry["file"]).read_text(encoding="utf-8"), published=published, id=entry["file"])
        with tracing() as trace, keeping_all():
            events = extract_events(article)
        articles.append({"set": name, "gold": entry["events"], "events": [e.to_json() for e in events],
                         "facts": [named for _event, named, _chance in trace.screened]})
    return articles


def fit(rows: np.ndarray, labels: np.ndarray, l2: float) -> np.ndarray:
    """Weights (bias last) by Newton's method on the L2-penalised log-likelihood (the bias unpenalised)."""
    design = np.hstack([rows, np.ones((len(rows), 1))])
    weights = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        chance = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (chance - labels) + penalty * weights
        hessian = design.T @ (design * (chance * (1 - chance))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def counts(score, articles: list[dict], chances: list[list[float]], threshold: float) -> tuple[int, int, int]:
    """Strict true positives, false positives and false negatives once events below `threshold` go."""
    tp = fp = fn = 0
    for article, chance in zip(articles, chances):
        kept = [event for event, c in zip(article["events"], chance) if c >= threshold]
        matched = len(score.best_matching(article["gold"], kept, True))
        tp, fp, fn = tp + matched, fp + len(kept) - matched, fn + len(article["gold"]) - matched
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hold-out", nargs="*", default=[], choices=SETS, help="sets neither trained on nor counted")
    parser.add_argument("--l2", type=float, default=2.0, help="the penalty on each weight's square")
    parser.add_argument("--write", action="store_true", help=f"write the model fitted on every set to {MODEL.relative_to(ROOT)}")
    args = parser.parse_args()
    score = scorer()
    names = [name for name in SETS if name not in args.hold_out]
    articles = [article for name in names for article in read_set(name)]
    for article in articles:
        matched = {p for _g, p in score.best_matching(article["gold"], article["events"], False)}
        article["labels"] = [index in matched for index in range(len(article["events"]))]
    seen = Counter(fact for article in articles for named in article["facts"] for fact in set(named))
    vocabulary = sorted(fact for fact, n in seen.items() if n >= MIN_SEEN)
    column = {fact: i for i, fact in enumerate(vocabulary)}

    def design(chosen: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        named = [facts for article in chosen for facts in article["facts"]]
        rows = np.zeros((len(named), len(vocabulary)))
        for i, facts in enumerate(named):
            rows[i, [column[f] for f in facts if f in column]] = 1.0
        return rows, np.array([label for article in chosen for label in article["labels"]], dtype=float)

    # leave one set out: each set's events scored by the model fitted on the others
    chances: dict[int, list[float]] = {}
    for name in names:
        inside = [a for a in articles if a["set"] == name]
        weights = fit(*design([a for a in articles if a["set"] != name]), args.l2)
        rows, _labels = design(inside)
        flat = iter(1.0 / (1.0 + np.exp(-(rows @ weights[:-1] + weights[-1]))))
        for article in inside:
            chances[id(article)] = [next(flat) for _ in article["events"]]
    pooled = {t: counts(score, articles, [chances[id(a)] for a in articles], t) for t in THRESHOLDS}
    best = THRESHOLD
    print("threshold  strict F1 (pooled, left-one-set-out)  tp fp fn")
    for t in THRESHOLDS:
        print(f"  {t:4.2f}     {f1(*pooled[t]):.3f}{' <- the line' if t == best else '            '}  {pooled[t]}")
    print(f"\n{'set':10} {'events':>6} {'F1 all':>7} {'F1 screened':>11}")
    for name in names:
        inside = [a for a in articles if a["set"] == name]
        before = counts(score, inside, [[1.0] * len(a["events"]) for a in inside], 0.0)
        after = counts(score, inside, [chances[id(a)] for a in inside], best)
        print(f"{name:10} {before[0] + before[1]:6} {f1(*before):7.3f} {f1(*after):11.3f}")
    print(f"{'pooled':10} {'':6} {f1(*pooled[0.0]):7.3f} {f1(*pooled[best]):11.3f}")
    if args.write:
        weights = fit(*design(articles), args.l2)
        write(vocabulary, weights, names, f1(*pooled[0.0]), f1(*pooled[best]), args.l2)
    return 0


def write(vocabulary: list[str], weights: np.ndarray, names: list[str], before: float, after: float, l2: float) -> None:
    ranked = sorted(((fact, round(float(w), 3)) for fact, w in zip(vocabulary, weights[:-1]) if abs(w) >= 0.005),
                    key=lambda pair: -abs(pair[1]))
    lines = [
        "# The event screen (strikes/extract/screen.py): written by bench/train_screen.py --write, not by hand.",
        f"# Trained on {len(names)} probe sets: {' '.join(names)}.",
        f"# L2 {l2}; left one set out, pooled strict F1 {before:.3f} with every event, {after:.3f} screened at {THRESHOLD}.",
        f"bias: {round(float(weights[-1]), 3)}",
        "weights:",
    ] + [f"  {fact}: {weight}" for fact, weight in ranked]
    MODEL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}: {len(ranked)} weights")


if __name__ == "__main__":
    sys.exit(main())
