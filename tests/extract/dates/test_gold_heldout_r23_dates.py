"""Date intervals against the frozen held-out gold, round 23 (tests/gold/dates/heldout_r23_dates.csv).

A second draw of the session of 2026-12-03 (fifth) (tests/gold/heldout_r23_dates/), taken after round 22 was
frozen: 10 new AllSides records naming Russia, China or their leaders, two annotators who read only
ANNOTATION.md and the texts; a second annotator audited every row (0 of 59 disputed). Frozen before the
session's passes were merged.

First run (quoted in the README), on the code after the merge: interval accuracy 0.966 (n=59, majority
baseline 0.085), found-rate 0.983 — over issue 11's 0.92. Errors (2): the adjectival "first-quarter" not
found; "the final debate Monday" in a present-tense sentence published on a Sunday resolved to the past
Monday (gold: the coming one).

Floor at the figure.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_intervals

DATES_FLOOR = 0.96  # first run 0.966


def test_heldout_r23_dates_interval_accuracy():
    check_intervals("heldout r23 dates", "heldout_r23_dates.csv", DATES_FLOOR)
