"""Quality of the money extractor against hand-written gold (tests/gold/trade/money_gold.csv).

The gold was written by reading the seed articles and the shared corpus (`split=dev`:
the seeds and russia_china_news, read while the rules were written) and corpora/more_news
(`split=dev_more_news`: annotated before the extractor was first run on it — first run: kind 0.79 —,
then used to change rules, so it is development data too): one row per money
amount (value, currency, scale, approximation, kind, year, subject) and one row with an empty
`surface` per sentence with numbers that are not money. Quality is measured on the gold
sentences themselves (independent of sentence segmentation): amount precision and recall
>= 0.9 (value, currency and scale all right); over the matched amounts, kind, year, approx and
subject accuracy, each gated against the majority-class baseline (tests/quality.py).
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from summitlens import paths
from summitlens.extract.money import extract_money
from tests.quality import gate_accuracy

GOLD = paths.TESTS_GOLD / "trade" / "money_gold.csv"


def load_gold() -> pd.DataFrame:
    """The gold table (strings kept as strings)."""
    return pd.read_csv(GOLD, dtype=str, keep_default_na=False)


def score(gold: pd.DataFrame) -> dict:
    """Match predictions to gold amounts sentence by sentence and compute the figures."""
    n_pred = n_gold = n_ok = 0
    kind_ok = year_ok = approx_ok = subject_ok = 0
    errors = []
    labels: dict[str, list[tuple[str, str]]] = {"kind": [], "year": [], "approx": [], "subject": []}
    for (file, sentence), g in gold.groupby(["file", "sentence"], sort=False):
        pub = g["published"].iloc[0]
        published = dt.date.fromisoformat(pub) if pub else None
        preds = extract_money(sentence, published=published)
        n_pred += len(preds)
        used: set[int] = set()
        pos = 0
        for row in g.itertuples():
            if not row.surface:
                continue
            n_gold += 1
            start = sentence.find(row.surface, pos)
            pos = start + len(row.surface)
            end = start + len(row.surface)
            hit = None
            for i, p in enumerate(preds):
                if i in used or p.char_end <= start or p.char_start >= end:
                    continue
                if (math.isclose(p.value_low, float(row.value_low), rel_tol=1e-9)
                        and math.isclose(p.value_high, float(row.value_high), rel_tol=1e-9)
                        and p.currency == row.currency and p.scale == row.scale):
                    hit = i
                    break
            if hit is None:
                errors.append(("missed", file, row.surface, [p.surface for p in preds]))
                continue
            used.add(hit)
            p = preds[hit]
            n_ok += 1
            kind_ok += p.kind == row.kind
            year_ok += (str(p.year) if p.year is not None else "") == row.year
            approx_ok += p.approx == row.approx
            subject_ok += p.subject == row.subject
            labels["kind"].append((row.kind, p.kind))
            labels["year"].append((row.year, str(p.year) if p.year is not None else ""))
            labels["approx"].append((row.approx, p.approx))
            labels["subject"].append((row.subject, p.subject))
            for what, got, want in (("kind", p.kind, row.kind), ("year", p.year, row.year),
                                    ("subject", p.subject, row.subject), ("approx", p.approx, row.approx)):
                if str(got if got is not None else "") != want:
                    errors.append((what, file, row.surface, f"got {got!r} want {want!r}"))
        for i, p in enumerate(preds):
            if i not in used:
                errors.append(("spurious", file, p.surface, sentence[:80]))
    return {
        "n_gold": n_gold, "n_pred": n_pred, "n_correct": n_ok,
        "precision": n_ok / n_pred if n_pred else 1.0,
        "recall": n_ok / n_gold if n_gold else 1.0,
        "kind_accuracy": kind_ok / n_ok if n_ok else 0.0,
        "year_accuracy": year_ok / n_ok if n_ok else 0.0,
        "approx_accuracy": approx_ok / n_ok if n_ok else 0.0,
        "subject_accuracy": subject_ok / n_ok if n_ok else 0.0,
        "errors": errors, "labels": labels,
    }


def _line(name: str, f: dict) -> str:
    return (f"money gold [{name}]: {f['n_gold']} amounts, {f['n_pred']} predicted, {f['n_correct']} correct; "
            f"P={f['precision']:.3f} R={f['recall']:.3f} kind={f['kind_accuracy']:.3f} "
            f"year={f['year_accuracy']:.3f} approx={f['approx_accuracy']:.3f} "
            f"subject={f['subject_accuracy']:.3f}")


@pytest.fixture(scope="module")
def figures():
    gold = load_gold()
    f = score(gold)
    print()
    for split, g in gold.groupby("split", sort=True):
        print(_line(split, score(g)))
    print(_line("all", f))
    for e in f["errors"]:
        print("  ", *e)
    return f


def test_gold_is_big_enough():
    gold = load_gold()
    assert (gold["surface"] != "").sum() >= 50
    assert (gold["surface"] == "").sum() >= 5, "include sentences with numbers that are not money"
    assert gold.loc[gold["surface"] != "", "kind"].isin(
        ["actual", "target", "record", "forecast", "other"]).all()


def test_amount_precision(figures):
    assert figures["precision"] >= 0.9


def test_amount_recall(figures):
    assert figures["recall"] >= 0.9


#: Accuracy floors over matched amounts; each must beat the majority-class baseline by 0.1.
FIELD_MIN = {"kind": 0.9, "year": 0.85, "approx": 0.9, "subject": 0.8}


@pytest.mark.parametrize("field", sorted(FIELD_MIN))
def test_field_accuracy(figures, field):
    pairs = figures["labels"][field]
    gate_accuracy(f"money {field} (dev)", [g for g, _ in pairs], [p for _, p in pairs], FIELD_MIN[field])
