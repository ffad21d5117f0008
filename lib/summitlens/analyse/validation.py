"""Hand validation: a stratified random sample of a table to code, and precision with Wilson intervals.

``sample_for_coding`` draws rows of a table (stratified by a column, proportional allocation,
at least one row per stratum when ``n`` allows, fixed seed) and adds an empty
``correct_<field>`` column per field listed in ``resources/report.yml`` ``validation``. A coder
writes ``1``/``yes`` (right), ``0``/``no`` (wrong) or the right value; ``validate`` computes
per field the precision over coded rows with a Wilson 95 % interval.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from summitlens.analyse.findings import report_config

__all__ = ["fields_for", "sample_for_coding", "validate", "wilson"]

_YES = {"1", "y", "yes", "true", "t", "correct", "ok", "right"}
_NO = {"0", "n", "no", "false", "f", "wrong", "incorrect"}


def fields_for(table: str) -> dict:
    """The validation settings of ``table`` (strata, fields, text column).

    Examples:
        >>> fields_for("frame_terms")["strata"]
        'category'
    """
    cfg = report_config()["validation"]
    if table not in cfg:
        raise KeyError(f"no validation fields for table {table!r}; known: {', '.join(sorted(cfg))}")
    return cfg[table]


def wilson(k: int, n: int, *, z: float = 1.959964) -> tuple[float, float]:
    """Wilson score interval for a proportion ``k / n`` (95 % by default).

    Examples:
        >>> [round(x, 3) for x in wilson(8, 10)]
        [0.49, 0.943]
        >>> wilson(0, 0)
        (nan, nan)
    """
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def sample_for_coding(df: pd.DataFrame, *, table: str, n: int = 50, seed: int = 0,
                      names: dict[str, str] | None = None) -> pd.DataFrame:
    """A stratified random sample of ``df`` with empty ``correct_<field>`` columns to fill in.

    Args:
        df: The table to sample.
        table: Its name (selects strata and fields in ``resources/report.yml``).
        n: Rows to draw (all rows when the table is smaller).
        seed: Random seed (same seed, same sample).
        names: ``doc_id`` -> readable document name (outlet — headline).

    Returns:
        ``row_id`` (the row's position in the table), ``document``, the text column, each field
        and ``correct_<field>``, ``comment``.

    Examples:
        >>> df = pd.DataFrame({"doc_id": list("abcdef"), "category": list("aabbbb"), "voice": "quoted",
        ...     "speaker": "", "negated": False, "hedged": False, "target": "China", "sentence": "x"})
        >>> s = sample_for_coding(df, table="frame_terms", n=4, seed=0)
        >>> len(s), sorted(s["category"].value_counts().tolist()), "correct_voice" in s
        (4, [1, 3], True)
    """
    cfg = fields_for(table)
    df = df.reset_index(drop=True)
    rng = np.random.default_rng(seed)
    strata = df[cfg["strata"]].astype(str) if cfg["strata"] in df else pd.Series("all", index=df.index)
    groups = {k: v.to_numpy() for k, v in df.groupby(strata, sort=True).groups.items()}
    n = min(n, len(df))
    alloc = {k: min(len(v), max(1, round(n * len(v) / max(len(df), 1)))) for k, v in groups.items()}
    while sum(alloc.values()) > n:  # trim the largest allocation first
        k = max(alloc, key=lambda x: (alloc[x], x))
        alloc[k] -= 1
    while sum(alloc.values()) < n:  # top up strata with rows left, largest first
        k = max((x for x in alloc if alloc[x] < len(groups[x])), key=lambda x: (len(groups[x]) - alloc[x], x))
        alloc[k] += 1
    picked = sorted(int(i) for k, idx in groups.items() for i in rng.choice(idx, size=alloc[k], replace=False))
    s = df.loc[picked]
    out = pd.DataFrame({"row_id": picked})
    if "doc_id" in s:
        out["document"] = [(names or {}).get(d, d) for d in s["doc_id"]]
    if cfg["text"] in s:
        out[cfg["text"]] = s[cfg["text"]].astype(str).str.split().str.join(" ").to_numpy()
    for f in cfg["fields"]:
        if f in s:
            out[f] = s[f].to_numpy()
            out[f"correct_{f}"] = ""
    out["comment"] = ""
    return out


def validate(coded: pd.DataFrame) -> pd.DataFrame:
    """Precision per field of a coded sample, with a Wilson 95 % interval.

    A ``correct_<field>`` cell counts as right when it is ``1``/``yes``/``true`` or equals the
    extracted value, wrong when it is ``0``/``no``/``false`` or another value; empty cells are
    not coded.

    Examples:
        >>> c = pd.DataFrame({"voice": ["quoted", "authorial", "quoted"], "correct_voice": ["1", "quoted", "yes"]})
        >>> validate(c).to_dict("records")[0]["n_coded"], validate(c).to_dict("records")[0]["n_correct"]
        (3, 2)
    """
    rows = []
    for col in [c for c in coded.columns if c.startswith("correct_")]:
        field = col.removeprefix("correct_")
        given = coded[col].fillna("").astype(str).str.strip()
        value = coded[field].fillna("").astype(str).str.strip() if field in coded else pd.Series("", index=coded.index)
        mask = given != ""
        low = given.str.lower()
        right = low.isin(_YES) | (~low.isin(_NO) & (given == value))
        k, m = int((right & mask).sum()), int(mask.sum())
        lo, hi = wilson(k, m)
        rows.append({"field": field, "n_coded": m, "n_correct": k, "precision": round(k / m, 3) if m else math.nan,
                     "ci_low": round(lo, 3), "ci_high": round(hi, 3)})
    return pd.DataFrame(rows, columns=["field", "n_coded", "n_correct", "precision", "ci_low", "ci_high"])
