"""Date intervals against the frozen held-out gold, round 17 (tests/gold/dates/heldout_r17_dates.csv).

Annotated while the passes of the session of 2026-12-03 (third) were in their worktrees (branched
before this draw): 10 new AllSides records naming Russia, China or their leaders
(tests/gold/heldout_r17_dates/), two annotators who read only ANNOTATION.md and the texts; a
second annotator audited every row (2 of 54 disputed, adjudicated before the freeze).

First run (quoted in the README), after the round 1-16 resolver rules and dates pass ten: interval
accuracy 0.944 (n=54, majority baseline 0.167), found-rate 1.000 — over issue 11's 0.92 (r12-r16
first runs: 0.952, 0.946, 0.895, 0.919, 0.926). Errors (3): "Earlier today" of a tweet quoted in a
Monday article, twice, anchored on the publication day (gold: the tweet's own date, "late Sunday",
given in the same sentence or the one before); "two weeks ago" inside a quotation of an undated
remark resolved on the publication date (gold: unresolvable).

Floor at the figure.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_intervals

DATES_FLOOR = 0.94  # first run 0.944


def test_heldout_r17_dates_interval_accuracy():
    check_intervals("heldout r17 dates", "heldout_r17_dates.csv", DATES_FLOOR)
