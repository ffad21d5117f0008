"""Tests of summitlens.analyse.trade: verdict rules, targets, the trade_check table."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens import paths
from summitlens.analyse.trade import (
    check_trade,
    figure_verdict,
    mention_summary,
    reference_series,
    reported_figures,
    target_outcome,
    targets_vs_outcomes,
    verdict_counts,
)
from summitlens.io.parquet import validate
from tests.conftest import require_shared

B = 1e9
REF = pd.DataFrame({
    "year": [2012, 2021, 2022, 2023, 2024],
    "trade_usd_bn": [88.16, 146.887, 190.27, 240.11, 244.81],
    "confirmed": ["false", "true", "true", "true", "true"],
})


@pytest.mark.parametrize(
    "low, high, approx, unit, official, verdict",
    [
        (240 * B, 240 * B, "", 1e10, 240.11 * B, "match"),        # "$240 billion" vs 240.11
        (200 * B, 200 * B, "more_than", 1e10, 240.11 * B, "match"),  # "more than $200 billion"
        (250 * B, 250 * B, "more_than", 1e10, 240.11 * B, "close"),
        (140 * B, 140 * B, "", 1e10, 146.887 * B, "close"),         # 4.7 % below
        (100 * B, 100 * B, "", 1e10, 146.887 * B, "mismatch"),
        (146.9 * B, 146.9 * B, "", 1e8, 146.887 * B, "match"),
        (147.5 * B, 147.5 * B, "", 1e8, 146.887 * B, "close"),
        (90 * B, 90 * B, "approx", 1e9, 89.21 * B, "match"),       # "nearly $90 billion"
        (250 * B, 250 * B, "up_to", 1e10, 240.11 * B, "match"),
        (200 * B, 250 * B, "", 1e10, 240.11 * B, "match"),         # a range
        (200 * B, 220 * B, "", 1e10, 240.11 * B, "mismatch"),
    ],
)
def test_figure_verdict(low, high, approx, unit, official, verdict):
    assert figure_verdict(low, high, official=official, approx=approx, rounding_unit=unit)[0] == verdict


def test_figure_verdict_diff():
    v, diff, pct, tol = figure_verdict(140 * B, 140 * B, official=146.887 * B, rounding_unit=1e10)
    assert (round(diff / B, 3), round(pct, 2), tol) == (-6.887, -4.69, 5e9)


@pytest.mark.parametrize(
    "value, year, expected",
    [
        (200 * B, 2024, ("reached", 2023)),
        (200 * B, 2020, ("reached_late", 2023)),
        (200 * B, None, ("reached", 2023)),
        (250 * B, 2030, ("pending", None)),
        (250 * B, 2024, ("not_reached", None)),
        (250 * B, None, ("not_reached", None)),
    ],
)
def test_target_outcome(value, year, expected):
    assert target_outcome(value, target_year=year, series=reference_series(REF)) == expected


def _mention(**kw):
    base = {"doc_id": "d", "sentence_no": 0, "char_start": 0, "char_end": 12, "surface": "$240 billion",
            "kind": "actual", "year": 2023, "approx": "", "value_low": 240 * B, "value_high": 240 * B,
            "currency": "USD", "rounding_unit": 1e10, "is_partial_year": False, "year_relation": "in",
            "is_china_russia_trade": True, "evidence": "Trade hit $240 billion in 2023."}
    base.update(kw)
    return base


def test_check_trade_rows_and_schema():
    mm = pd.DataFrame([
        _mention(),
        _mention(char_start=20, char_end=32, year=2012, value_low=88 * B, value_high=88 * B),
        _mention(char_start=40, char_end=52, year=2021, is_partial_year=True),
        _mention(char_start=60, char_end=72, year=2019),
        _mention(char_start=80, char_end=92, year=None),
        _mention(char_start=100, char_end=112, kind="target", year=2024, year_relation="by", value_low=200 * B),
        _mention(char_start=120, char_end=132, currency="CNY"),
        _mention(char_start=140, char_end=152, is_china_russia_trade=False),
        _mention(char_start=160, char_end=172, kind="other"),
    ])
    tc = validate(check_trade(mm, REF), "trade_check")
    assert tc["verdict"].tolist() == ["match", "unverifiable", "unverifiable", "unverifiable", "unverifiable",
                                      "reached", "unverifiable"]
    assert tc["reference_status"].tolist() == ["confirmed", "unconfirmed", "confirmed", "absent", "absent",
                                               "confirmed", "confirmed"]
    assert tc.loc[5, "target_year"] == 2024 and tc.loc[5, "first_year_reached"] == 2023
    assert "unconfirmed" in tc.loc[1, "reason"]


def test_check_trade_without_reference_and_empty():
    tc = check_trade(pd.DataFrame([_mention()]), None)
    assert tc["verdict"].tolist() == ["unverifiable"]
    empty = check_trade(pd.DataFrame([_mention()]).iloc[:0], REF)
    assert len(validate(empty, "trade_check")) == 0


def test_display_tables():
    tc = check_trade(pd.DataFrame([_mention(), _mention(char_start=100, char_end=112, kind="target",
                                                         year=None, value_low=250 * B)]), REF)
    assert reported_figures(tc)["verdict"].tolist() == ["match"]
    assert targets_vs_outcomes(tc)["verdict"].tolist() == ["not_reached"]
    assert verdict_counts(tc)["n_items"].sum() == 2
    summary = mention_summary(pd.DataFrame({"subject": ["bilateral_trade"] * 2, "kind": ["actual", "target"]}))
    assert summary.loc["total", "total"] == 2


def test_shipped_reference_matches_shared():
    """data/reference holds an unchanged copy of the shared reference table."""
    shared = paths.SHARED / "reference" / "china_russia_trade.csv"
    require_shared(shared)
    assert paths.REFERENCE_TRADE.read_bytes() == shared.read_bytes()
    s = reference_series(pd.read_csv(paths.REFERENCE_TRADE))
    assert s.loc[s.year == 2023, "official_usd"].item() == pytest.approx(240.11 * B)
    assert set(s.loc[~s.confirmed, "year"]) == {2012, 2015}
