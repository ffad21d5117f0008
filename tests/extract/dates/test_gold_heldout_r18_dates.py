"""Date intervals against the frozen held-out gold, round 18 (tests/gold/dates/heldout_r18_dates.csv).

Drawn after round 17 had its first run, with no pass in between (tests/gold/heldout_r18_dates/): 10
new AllSides records naming Russia, China or their leaders, two annotators who read only
ANNOTATION.md and the texts; a second annotator audited every row (0 of 50 disputed).

First run (quoted in the README), on the code of round 17's first run: interval accuracy 0.940
(n=50, majority baseline 0.200), found-rate 0.960 — over issue 11's 0.92 for the third round running
(r16 0.926, r17 0.944). Errors (3): "Yom Kippur" not found (a holiday name calendar.yml does not
list); "around 430 BC" not found (gold: an expression with no interval, which counts only when
found); "later this year" started on the day after publication (gold: the publication
day itself).

Floor at the figure.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_intervals

DATES_FLOOR = 0.94  # first run 0.940


def test_heldout_r18_dates_interval_accuracy():
    check_intervals("heldout r18 dates", "heldout_r18_dates.csv", DATES_FLOOR)
