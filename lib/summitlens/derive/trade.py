"""Fact check of China–Russia trade figures against China customs (GACC) annual totals.

Pure table → table functions: the pipeline step ``trade`` calls :func:`check_trade` to
write ``trade_check``; the notebook helpers live in :mod:`summitlens.analyse.trade`.

Verdict of a reported annual figure (``check == "figure"``):

* ``match`` — within the article's rounding: an exact figure matches when the official value
  lies within half a unit of its last significant digit ("$240 billion" matches 240.11; at
  least two significant digits are assumed, so "$200 billion" is 195–205); "about/nearly"
  figures also match within ``approx_pct``; "more than/over/exceeding X" matches anything
  ≥ X, "up to/less than X" anything ≤ X; a range matches anything inside it.
* ``close`` — otherwise within ``close_pct`` (5 %) of the official value.
* ``mismatch`` — further away.
* ``unverifiable`` — reference row unconfirmed or absent, no year, part of a year, or not in
  US dollars.

Targets and forecasts are checked against the series: the first year the official total
reached the amount, and whether that was by the year set (``reached``, ``reached_late``,
``not_reached``, ``pending``).
"""

from __future__ import annotations

import math

import pandas as pd

__all__ = ["reference_series", "figure_verdict", "target_outcome", "check_trade"]

_BN = 1e9


def reference_series(reference: pd.DataFrame) -> pd.DataFrame:
    """Normalise the reference trade table to ``year``, ``official_usd``, ``confirmed``.

    Args:
        reference: ``data/reference/china_russia_trade.csv`` as read by pandas
            (``trade_usd_bn`` in billions of US dollars, ``confirmed`` true/false).

    Returns:
        One row per year, values in absolute US dollars, sorted by year.

    Examples:
        >>> ref = pd.DataFrame({"year": [2023], "trade_usd_bn": [240.11], "confirmed": ["true"]})
        >>> reference_series(ref).to_dict("records")
        [{'year': 2023, 'official_usd': 240110000000.0, 'confirmed': True}]
    """
    conf = reference["confirmed"]
    if conf.dtype != bool:
        conf = conf.astype(str).str.strip().str.lower().isin(["true", "1", "yes"])
    out = pd.DataFrame({
        "year": reference["year"].astype(int),
        "official_usd": (reference["trade_usd_bn"].astype(float) * _BN).round(0),
        "confirmed": conf.astype(bool),
    })
    return out.sort_values("year", kind="mergesort").reset_index(drop=True)


def figure_verdict(low: float, high: float, *, official: float, approx: str = "", rounding_unit: float = 0.0,
                   close_pct: float = 5.0, approx_pct: float = 2.5) -> tuple[str, float, float, float]:
    """Compare a reported figure (possibly a range or one-sided) with the official value.

    Args:
        low: Reported lower bound.
        high: Reported upper bound.
        official: Official value (same unit).
        approx: ``""``, ``approx``, ``more_than``, ``at_least``, ``less_than`` or ``up_to``.
        rounding_unit: Unit of the last significant digit written (tolerance = half of it).
        close_pct: Largest relative difference (in %) still called ``close``.
        approx_pct: Relative tolerance (in %) of "about/nearly" figures for ``match``.

    Returns:
        ``(verdict, diff, diff_pct, tolerance)`` with ``diff`` = reported − official.

    Examples:
        >>> figure_verdict(240e9, 240e9, official=240.11e9, rounding_unit=1e9)[0]
        'match'
        >>> figure_verdict(200e9, 200e9, official=240.11e9, approx="more_than", rounding_unit=1e10)[0]
        'match'
        >>> figure_verdict(140e9, 140e9, official=146.887e9, rounding_unit=1e10)[0]
        'close'
        >>> figure_verdict(100e9, 100e9, official=146.887e9, rounding_unit=1e10)[0]
        'mismatch'
    """
    tol = rounding_unit / 2
    if approx in ("more_than", "at_least"):
        reported = low
        ok = official >= low - tol
    elif approx in ("less_than", "up_to"):
        reported = high
        ok = official <= high + tol
    else:
        reported = (low + high) / 2 if low != high else low
        ok = low - tol <= official <= high + tol
        if not ok and approx == "approx":
            ok = abs(reported - official) <= official * approx_pct / 100
    diff = reported - official
    pct = diff / official * 100 if official else math.nan
    if ok:
        return "match", diff, pct, tol
    nearest = min(abs(low - official), abs(high - official))
    if nearest <= official * close_pct / 100:
        return "close", diff, pct, tol
    return "mismatch", diff, pct, tol


def target_outcome(value: float, *, target_year: int | None, series: pd.DataFrame) -> tuple[str, int | None]:
    """Whether and when the official series reached a target amount.

    Args:
        value: Target amount (absolute US dollars).
        target_year: Deadline year, or ``None`` when none was written.
        series: :func:`reference_series` output.

    Returns:
        ``(verdict, first_year_reached)``; verdict is ``reached`` (by the deadline, or at all when
        there is none), ``reached_late``, ``not_reached`` or ``pending`` (deadline after the series).

    Examples:
        >>> s = pd.DataFrame({"year": [2022, 2023], "official_usd": [190.27e9, 240.11e9],
        ...                   "confirmed": [True, True]})
        >>> target_outcome(200e9, target_year=2024, series=s)
        ('reached', 2023)
        >>> target_outcome(250e9, target_year=2030, series=s)
        ('pending', None)
    """
    hit = series.loc[series["official_usd"] >= value, "year"]
    first = int(hit.min()) if len(hit) else None
    last = int(series["year"].max()) if len(series) else None
    if first is None:
        if target_year is not None and last is not None and target_year > last:
            return "pending", None
        return "not_reached", None
    if target_year is None or first <= target_year:
        return "reached", first
    return "reached_late", first


def check_trade(money_mentions: pd.DataFrame, reference: pd.DataFrame | None, *, close_pct: float = 5.0,
                approx_pct: float = 2.5) -> pd.DataFrame:
    """The ``trade_check`` table: every China–Russia trade figure, target and forecast, checked.

    Args:
        money_mentions: The ``money_mentions`` table.
        reference: The reference trade table (``china_russia_trade.csv``) or ``None``.
        close_pct: See :func:`figure_verdict`.
        approx_pct: See :func:`figure_verdict`.

    Returns:
        A DataFrame with the columns of the ``trade_check`` schema.

    Examples:
        >>> mm = pd.DataFrame([{"doc_id": "d", "sentence_no": 0, "char_start": 5, "char_end": 17,
        ...     "surface": "$240 billion", "kind": "record", "year": 2023, "approx": "",
        ...     "value_low": 240e9, "value_high": 240e9, "currency": "USD", "rounding_unit": 1e9,
        ...     "is_partial_year": False, "year_relation": "in", "is_china_russia_trade": True,
        ...     "evidence": "..."}])
        >>> ref = pd.DataFrame({"year": [2023], "trade_usd_bn": [240.11], "confirmed": [True]})
        >>> check_trade(mm, ref)[["verdict", "official_usd"]].to_dict("records")
        [{'verdict': 'match', 'official_usd': 240110000000.0}]
    """
    from summitlens.schemas.trade import TRADE_CHECK

    cols = list(TRADE_CHECK.column_order)
    series = reference_series(reference) if reference is not None and len(reference) else pd.DataFrame(
        {"year": pd.Series(dtype=int), "official_usd": pd.Series(dtype=float), "confirmed": pd.Series(dtype=bool)})
    by_year = {int(r.year): r for r in series.itertuples()}
    mm = money_mentions[money_mentions["is_china_russia_trade"].astype(bool)
                        & money_mentions["kind"].isin(["actual", "record", "target", "forecast"])]
    rows = []
    for m in mm.to_dict("records"):
        year = None if pd.isna(m["year"]) else int(m["year"])
        usd = m["currency"] == "USD"
        row = {k: m[k] for k in ("doc_id", "sentence_no", "char_start", "char_end", "surface", "kind", "approx",
                                 "evidence")}
        row.update(year=year, reported_low_usd=m["value_low"] if usd else math.nan,
                   reported_high_usd=m["value_high"] if usd else math.nan, official_usd=math.nan,
                   diff_usd=math.nan, diff_pct=math.nan, tolerance_usd=math.nan, target_year=None,
                   first_year_reached=None)
        ref = by_year.get(year) if year is not None else None
        row["reference_status"] = "absent" if ref is None else ("confirmed" if ref.confirmed else "unconfirmed")
        if m["kind"] in ("target", "forecast"):
            row["check"] = m["kind"]
            row["target_year"] = year if year is not None and m["year_relation"] in ("by", "in") \
                and not m["is_partial_year"] else None
            if not usd:
                row.update(verdict="unverifiable", reason=f"amount in {m['currency']}, series in USD")
            else:
                confirmed = series[series["confirmed"]]
                verdict, first = target_outcome(m["value_low"], target_year=row["target_year"], series=confirmed)
                reason = {"reached": "official total reached it", "reached_late": "reached after the year set",
                          "not_reached": "official total never reached it",
                          "pending": "not reached within the reference series"}[verdict]
                row.update(verdict=verdict, first_year_reached=first, reason=reason)
            rows.append(row)
            continue
        row["check"] = "figure"
        if ref is not None:
            row["official_usd"] = float(ref.official_usd)
        if year is None:
            row.update(verdict="unverifiable", reason="no year in the sentence")
        elif m["is_partial_year"]:
            row.update(verdict="unverifiable", reason="part of a year, reference is annual")
        elif not usd:
            row.update(verdict="unverifiable", reason=f"amount in {m['currency']}, reference in USD")
        elif ref is None:
            row.update(verdict="unverifiable", reason=f"no reference row for {year}")
        else:
            verdict, diff, pct, tol = figure_verdict(m["value_low"], m["value_high"], official=float(ref.official_usd),
                                                     approx=m["approx"], rounding_unit=float(m["rounding_unit"]),
                                                     close_pct=close_pct, approx_pct=approx_pct)
            row.update(diff_usd=diff, diff_pct=pct, tolerance_usd=tol)
            if not ref.confirmed:
                row.update(verdict="unverifiable", reason=f"reference row for {year} is unconfirmed "
                                                          f"(would be {verdict})")
            else:
                row.update(verdict=verdict, reason={"match": "within the article's rounding",
                                                    "close": f"within {close_pct:g} %",
                                                    "mismatch": f"more than {close_pct:g} % off"}[verdict])
        rows.append(row)
    df = pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame({c: [] for c in cols})
    for c in ("year", "target_year", "first_year_reached"):
        df[c] = pd.array([None if v is None or (isinstance(v, float) and math.isnan(v)) else int(v)
                          for v in df[c].tolist()], dtype="Int64")
    for c in ("reported_low_usd", "reported_high_usd", "official_usd", "diff_usd", "diff_pct", "tolerance_usd"):
        df[c] = df[c].astype("float64")
    return df[cols]
