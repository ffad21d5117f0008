"""Trade figures for the notebook: reported figures, targets vs outcomes, verdict counts.

The fact check itself (``trade_check``) is built by the pipeline in
:mod:`summitlens.derive.trade`; its functions are re-exported here so notebooks keep one import.

Examples:
    >>> import pandas as pd
    >>> verdict_counts(pd.DataFrame({"check": ["figure"], "verdict": ["match"]}))["n_items"].tolist()
    [1]
"""

from __future__ import annotations

import pandas as pd

from summitlens.derive.trade import _BN, check_trade, figure_verdict, reference_series, target_outcome

__all__ = ["reference_series", "figure_verdict", "target_outcome", "check_trade", "reported_figures",
           "targets_vs_outcomes", "verdict_counts", "mention_summary", "mentions_table"]


def reported_figures(trade_check: pd.DataFrame) -> pd.DataFrame:
    """Reported annual figures with official values, verdicts and evidence, for display.

    Values are in billions of US dollars (``_bn`` columns), sorted by year.

    Examples:
        >>> tc = pd.DataFrame([{"check": "figure", "year": 2023, "surface": "$240 billion", "approx": "",
        ...     "reported_low_usd": 240e9, "reported_high_usd": 240e9, "official_usd": 240.11e9,
        ...     "diff_pct": -0.05, "verdict": "match", "reason": "r", "evidence": "e", "doc_id": "d"}])
        >>> reported_figures(tc)[["year", "reported_usd_bn", "official_usd_bn"]].to_dict("records")
        [{'year': 2023, 'reported_usd_bn': 240.0, 'official_usd_bn': 240.11}]
    """
    f = trade_check[trade_check["check"] == "figure"].copy()
    out = pd.DataFrame({
        "year": f["year"],
        "surface": f["surface"],
        "approx": f["approx"],
        "reported_usd_bn": ((f["reported_low_usd"] + f["reported_high_usd"]) / 2 / _BN).round(3),
        "official_usd_bn": (f["official_usd"] / _BN).round(3),
        "diff_pct": f["diff_pct"].round(1) + 0.0,
        "verdict": f["verdict"],
        "reason": f["reason"],
        "evidence": f["evidence"],
        "doc_id": f["doc_id"],
    })
    return out.sort_values(["year", "doc_id", "surface"], kind="mergesort", na_position="last").reset_index(drop=True)


def targets_vs_outcomes(trade_check: pd.DataFrame) -> pd.DataFrame:
    """Targets and forecasts with the year set and when the official series reached them.

    Examples:
        >>> tc = pd.DataFrame([{"check": "target", "surface": "US$200 billion", "reported_low_usd": 200e9,
        ...     "target_year": pd.NA, "first_year_reached": 2023, "verdict": "reached", "evidence": "e",
        ...     "doc_id": "d", "year": pd.NA}])
        >>> targets_vs_outcomes(tc)[["target_usd_bn", "first_year_reached"]].to_dict("records")
        [{'target_usd_bn': 200.0, 'first_year_reached': 2023}]
    """
    t = trade_check[trade_check["check"].isin(["target", "forecast"])]
    out = pd.DataFrame({
        "check": t["check"],
        "surface": t["surface"],
        "target_usd_bn": (t["reported_low_usd"] / _BN).round(3),
        "target_year": t["target_year"],
        "first_year_reached": t["first_year_reached"],
        "verdict": t["verdict"],
        "evidence": t["evidence"],
        "doc_id": t["doc_id"],
    })
    return out.sort_values(["target_usd_bn", "doc_id"], kind="mergesort").reset_index(drop=True)


def verdict_counts(trade_check: pd.DataFrame) -> pd.DataFrame:
    """Number of checked items per check and verdict.

    Examples:
        >>> verdict_counts(pd.DataFrame({"check": ["figure", "figure"], "verdict": ["match", "match"]}))
            check verdict  n_items
        0  figure   match        2
    """
    return (trade_check.groupby(["check", "verdict"]).size().rename("n_items").reset_index()
            .sort_values(["check", "verdict"], kind="mergesort").reset_index(drop=True))


def mention_summary(money_mentions: pd.DataFrame) -> pd.DataFrame:
    """Money mentions per subject and kind (a cross-table with totals).

    Examples:
        >>> mm = pd.DataFrame({"subject": ["bilateral_trade", "deal"], "kind": ["actual", "target"]})
        >>> mention_summary(mm).loc["bilateral_trade", "actual"]
        np.int64(1)
    """
    kinds = ["actual", "record", "target", "forecast", "other"]
    tab = pd.crosstab(money_mentions["subject"], money_mentions["kind"], margins=True, margins_name="total")
    cols = [k for k in kinds if k in tab.columns] + ["total"]
    return tab.reindex(columns=cols, fill_value=0)


def mentions_table(money_mentions: pd.DataFrame, *, china_russia_only: bool = False) -> pd.DataFrame:
    """Money mentions for display: amount in billions, currency, year, kind, subject, evidence.

    Examples:
        >>> mm = pd.DataFrame([{"doc_id": "d", "char_start": 0, "surface": "$5bn", "value_low": 5e9,
        ...     "value_high": 5e9, "currency": "USD", "approx": "", "change_pct": None, "year": 2020,
        ...     "kind": "actual", "subject": "deal", "countries": "CN", "is_china_russia_trade": False,
        ...     "evidence": "e"}])
        >>> mentions_table(mm)["low_bn"].tolist()
        [5.0]
    """
    mm = money_mentions
    if china_russia_only:
        mm = mm[mm["is_china_russia_trade"].astype(bool)]
    out = pd.DataFrame({
        "surface": mm["surface"], "low_bn": (mm["value_low"] / _BN).round(4), "high_bn": (mm["value_high"] / _BN).round(4),
        "currency": mm["currency"], "approx": mm["approx"], "change_pct": mm["change_pct"], "year": mm["year"],
        "kind": mm["kind"], "subject": mm["subject"], "countries": mm["countries"], "evidence": mm["evidence"],
        "doc_id": mm["doc_id"], "char_start": mm["char_start"],
    })
    return out.sort_values(["doc_id", "char_start"], kind="mergesort").reset_index(drop=True)
