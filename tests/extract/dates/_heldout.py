"""Scoring of the date resolver and attachment on frozen held-out gold files (by sentence).

Interval accuracy: a gold expression counts as right when the resolver finds an expression
whose surface overlaps the gold surface and whose interval is exactly the gold start/end
(anchor: the published date). Found rate: an overlapping expression exists at all.
Attachment accuracy: the date attached to the gold event overlaps the gold date surface, or
nothing is attached when the gold date surface is empty.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from summitlens import paths
from summitlens.extract.dates import attach_date, resolve_dates

GOLD = paths.TESTS_GOLD / "dates"


def _anchor(v) -> date | None:
    return None if pd.isna(v) or not str(v).strip() else pd.Timestamp(v).date()


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _locate(sentence: str, surface: str) -> tuple[int, int] | None:
    i = sentence.find(surface)
    if i < 0:
        i = sentence.lower().find(surface.lower())
    return None if i < 0 else (i, i + len(surface))


def interval_labels(name: str) -> tuple[list[str], list[str], float]:
    """(gold intervals, predicted intervals, found rate) for a gold dates file."""
    g = pd.read_csv(GOLD / name, dtype=str, keep_default_na=False)
    gold, pred, found = [], [], 0
    for r in g.itertuples(index=False):
        want = f"{r.start}/{r.end}"
        gold.append(want)
        span = _locate(r.sentence, r.surface)
        got = ""
        if span is not None:
            exprs = [e for e in resolve_dates(r.sentence, anchor=_anchor(r.published))
                     if _overlap(e.char_start, e.char_end, *span)]
            found += bool(exprs)
            ivs = [f"{e.start or ''}/{e.end or ''}" for e in exprs]
            got = want if want in ivs else (ivs[0] if ivs else "")
        pred.append(got)
    return gold, pred, found / len(g)


def attachment_labels(*names: str) -> tuple[list[str], list[str]]:
    """(gold date surfaces, predicted) for gold attachment files."""
    cols = ["sentence", "published", "event_surface", "date_surface"]
    rows = pd.concat([pd.read_csv(GOLD / n, dtype=str, keep_default_na=False)[cols] for n in names],
                     ignore_index=True)
    gold, pred = [], []
    for r in rows.itertuples(index=False):
        want = r.date_surface.strip()
        gold.append(want)
        ev = _locate(r.sentence, r.event_surface)
        if ev is None:
            pred.append("<event not found>")
            continue
        anchor = _anchor(r.published)
        got = attach_date(r.sentence, event=ev, dates=resolve_dates(r.sentence, anchor=anchor), anchor=anchor)
        if got is None:
            pred.append("")
            continue
        ds = _locate(r.sentence, want) if want else None
        pred.append(want if ds is not None and _overlap(got.char_start, got.char_end, *ds) else got.surface)
    return gold, pred
