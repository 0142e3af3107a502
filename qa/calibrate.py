"""How well does `qa.verify.support` agree with human support labels, and at which threshold?

The verifier's one free parameter is `min_coverage`. Its dangerous error is a *false support*
(an unsupported claim passed as backed by its quote), so the recommendation minimises that
first and only then maximises accuracy. Run: `python -m qa.calibrate [labels.yaml]`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import yaml

from qa.verify import support

LABELS = Path(__file__).resolve().parent.parent / "eval" / "support_labels.yaml"
FIELDS = ("id", "doc_id", "claim", "evidence", "supported", "kind")


def load_labels(path: Path | str = LABELS) -> list[dict]:
    """The labelled examples; a malformed entry fails here, not as a silently wrong score."""
    rows = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a list of labelled examples")
    for i, row in enumerate(rows):
        missing = [f for f in FIELDS if f not in row]
        if missing or not isinstance(row["supported"], bool):
            raise ValueError(f"{path}: entry {i} lacks {missing} or has a non-bool 'supported'")
    return rows


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def agreement(labels: Iterable[dict], min_coverage: float) -> dict:
    """Verifier vs labels at one threshold.

    precision/recall are of the "supported" verdict; false_support_rate is the share of
    unsupported examples the verifier passes (what lets a wrong answer through with a citation).
    """
    tp = fp = tn = fn = 0
    disagree: list[str] = []
    for row in labels:
        said = support(row["claim"], row["evidence"], min_coverage=min_coverage).supported
        truth = bool(row["supported"])
        tp += said and truth
        fp += said and not truth
        tn += not said and not truth
        fn += not said and truth
        if said != truth:
            disagree.append(str(row["id"]))
    return {
        "min_coverage": min_coverage,
        "n": tp + fp + tn + fn,
        "accuracy": _ratio(tp + tn, tp + fp + tn + fn),
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "false_support_rate": _ratio(fp, fp + tn),
        "false_supports": fp,
        "disagreeing": disagree,
    }


def sweep(labels: Iterable[dict], values: Iterable[float]) -> list[dict]:
    """`agreement` at each threshold (labels are read once)."""
    rows = list(labels)
    return [agreement(rows, round(v, 4)) for v in values]


def recommend(results: list[dict]) -> dict:
    """Lowest false-support rate first; among those, highest accuracy, then the lower threshold."""
    return min(results, key=lambda r: (r["false_support_rate"], -r["accuracy"], r["min_coverage"]))


def main(argv: list[str] | None = None) -> None:
    """Print the sweep over 0.30..0.90 (step 0.05) and the recommended `min_coverage`."""
    args = sys.argv[1:] if argv is None else argv
    labels = load_labels(args[0] if args else LABELS)
    results = sweep(labels, [0.30 + 0.05 * i for i in range(13)])
    print(f"{len(labels)} labelled examples ({sum(r['supported'] for r in labels)} supported)")
    print("min_cov  accuracy  precision  recall  false_support")
    for r in results:
        print(
            f"{r['min_coverage']:7.2f}  {r['accuracy']:8.3f}  {r['precision']:9.3f}"
            f"  {r['recall']:6.3f}  {r['false_support_rate']:6.3f} ({r['false_supports']})"
        )
    best = recommend(results)
    kinds = {str(r["id"]): r["kind"] for r in labels}
    print(f"\nrecommended min_coverage = {best['min_coverage']:.2f}")
    print("disagreements there:", ", ".join(f"{i}({kinds[i]})" for i in best["disagreeing"]))


if __name__ == "__main__":
    main()
