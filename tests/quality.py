"""Honest quality gates for the gold tests.

Every accuracy threshold must beat the majority-class baseline (always answering the most
frequent gold label) by at least ``MARGIN``; the gate prints both so a reader sees how much
the extractor adds over a constant. For rare binary labels (negated, hedged) plain accuracy
is meaningless (a constant ``False`` scores 0.95), so those are gated on precision and recall
of the ``True`` class, whose constant baseline is 0.

Examples:
    >>> majority_baseline(["a", "a", "b"])
    0.6666666666666666
    >>> positive_pr([True, False, True], [True, True, False])
    (0.5, 0.5)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

MARGIN = 0.1


def majority_baseline(gold: Sequence) -> float:
    """Accuracy of always answering the most frequent gold label."""
    if not len(gold):
        return 0.0
    return Counter(gold).most_common(1)[0][1] / len(gold)


def accuracy(gold: Sequence, pred: Sequence) -> float:
    """Share of positions where ``pred`` equals ``gold``."""
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if len(gold) else 0.0


def positive_pr(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of the ``True`` class (0.0 when undefined)."""
    tp = sum(bool(g) and bool(p) for g, p in zip(gold, pred))
    n_pred, n_gold = sum(map(bool, pred)), sum(map(bool, gold))
    return (tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0)


def gate_accuracy(name: str, gold: Sequence, pred: Sequence, threshold: float) -> float:
    """Assert ``accuracy >= threshold`` and ``threshold >= majority baseline + MARGIN``.

    Prints the accuracy, the baseline and the threshold. Returns the accuracy.
    """
    acc, base = accuracy(gold, pred), majority_baseline(gold)
    print(f"\n[gate] {name}: accuracy={acc:.3f} (n={len(gold)}) majority-baseline={base:.3f} "
          f"threshold={threshold:.2f}")
    assert len(gold), f"{name}: no gold rows to score"
    assert threshold >= base + MARGIN - 1e-9, (
        f"{name}: threshold {threshold:.2f} does not beat the majority baseline {base:.3f} by {MARGIN}")
    assert acc >= threshold, f"{name}: accuracy {acc:.3f} < {threshold}"
    return acc


def gate_positive(name: str, gold: Sequence[bool], pred: Sequence[bool], *, p_min: float,
                  r_min: float) -> tuple[float, float]:
    """Assert precision/recall of the ``True`` class; the constant baseline (0.0) is printed."""
    p, r = positive_pr(gold, pred)
    base_p, base_r = positive_pr(gold, [Counter(gold).most_common(1)[0][0]] * len(gold)) if len(gold) else (0, 0)
    print(f"\n[gate] {name}: precision={p:.3f} recall={r:.3f} (true in gold={sum(map(bool, gold))}, "
          f"predicted true={sum(map(bool, pred))}) majority-baseline P/R={base_p:.3f}/{base_r:.3f} "
          f"thresholds={p_min:.2f}/{r_min:.2f}")
    assert sum(map(bool, gold)), f"{name}: gold has no positive rows"
    assert p_min >= base_p + MARGIN and r_min >= base_r + MARGIN, f"{name}: thresholds do not beat the baseline"
    assert p >= p_min, f"{name}: precision {p:.3f} < {p_min}"
    assert r >= r_min, f"{name}: recall {r:.3f} < {r_min}"
    return p, r
