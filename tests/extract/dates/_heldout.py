"""Scoring of the date resolver and attachment on frozen held-out gold files (by sentence).

Interval accuracy: a gold expression counts as right when the resolver finds an expression
whose surface overlaps the gold surface and whose interval is exactly the gold start/end
(anchor: the published date). Found rate: an overlapping expression exists at all.
Attachment accuracy: the date attached to the gold event overlaps the gold date surface, or
nothing is attached when the gold date surface is empty. A gold date surface written more
than once in the sentence is taken at its occurrence nearest the event (scorer change after
round 3; before, the first occurrence was used). Gold surfaces are located as whole words
first ("1960" not inside "the 1960s"). When a sentence has as many gold events of one surface
as that surface occurs ("$9.3 million" twice), the k-th row is the k-th occurrence (scorer change
after round 15; before, every such row was scored at the first occurrence: r2 0.896 -> 0.910,
r5 0.938 -> 0.922, r9 0.979 -> 1.000, r15 0.776 -> 0.791, other rounds unchanged).
"""

from __future__ import annotations

import re
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
    # the first occurrence standing as whole words ("1960" in "Nixon's 1960 loss", not in
    # "the 1960s" before it), else the first occurrence at all
    m = re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", sentence) or \
        re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", sentence, re.I)
    if m:
        return m.start(), m.end()
    i = sentence.find(surface)
    if i < 0:
        i = sentence.lower().find(surface.lower())
    return None if i < 0 else (i, i + len(surface))


def _whole_words(sentence: str, surface: str, flags: int = 0) -> list[tuple[int, int]]:
    """Every occurrence of ``surface`` standing as whole words in ``sentence``."""
    rx = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(rx, sentence, flags)]


def _occurrence(sentence: str, surface: str, k: int, rows: int) -> tuple[int, int] | None:
    """The event of the k-th gold row of a surface in a sentence: when the sentence has as many
    rows of that surface as whole-word occurrences, the k-th occurrence (two "$9.3 million" are
    two events); otherwise the first (:func:`_locate`)."""
    hits = _whole_words(sentence, surface)
    if rows > 1 and len(hits) == rows:
        return hits[k]
    return _locate(sentence, surface)


def _nearest(sentence: str, surface: str, near: tuple[int, int]) -> tuple[int, int] | None:
    """The occurrence of a repeated surface nearest a span ("made a trip in 2018 when they
    first met in 2018": the date of "met" is the second); the first when it occurs once."""
    hits = _whole_words(sentence, surface) or _whole_words(sentence, surface, re.I)
    if len(hits) < 2:
        return _locate(sentence, surface)
    return min(hits, key=lambda h: min(abs(h[0] - near[1]), abs(near[0] - h[1])))


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
    same = rows.groupby(["sentence", "event_surface"])
    rows["k"], rows["n_rows"] = same.cumcount(), same["sentence"].transform("size")
    gold, pred = [], []
    for r in rows.itertuples(index=False):
        want = r.date_surface.strip()
        gold.append(want)
        ev = _occurrence(r.sentence, r.event_surface, r.k, r.n_rows)
        if ev is None:
            pred.append("<event not found>")
            continue
        anchor = _anchor(r.published)
        got = attach_date(r.sentence, event=ev, dates=resolve_dates(r.sentence, anchor=anchor), anchor=anchor)
        if got is None:
            pred.append("")
            continue
        ds = _nearest(r.sentence, want, ev) if want else None
        pred.append(want if ds is not None and _overlap(got.char_start, got.char_end, *ds) else got.surface)
    return gold, pred


def check_intervals(label: str, name: str, floor: float) -> float:
    """Gate a round's interval accuracy (prints the found rate and the gate line)."""
    from tests.quality import gate_accuracy

    gold, pred, found = interval_labels(name)
    print(f"\n[{label}] dates found-rate={found:.3f} (n={len(gold)})")
    return gate_accuracy(f"{label} date interval", gold, pred, floor)


def check_attachment(label: str, floor: float, *names: str) -> float:
    """Gate a round's attachment accuracy over its gold attachment files."""
    from tests.quality import gate_accuracy

    gold, pred = attachment_labels(*names)
    return gate_accuracy(f"{label} date attachment", gold, pred, floor)
