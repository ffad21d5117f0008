"""Date intervals against the frozen held-out gold, round 13 (tests/gold/dates/heldout_r13_dates.csv).

Annotated after round 12 had become development data: 10 new AllSides records naming Russia,
China or their leaders (tests/gold/heldout_r13_dates/), two annotators who read only
ANNOTATION.md and the texts; a second annotator audited 54 rows and disputed 2 (one adjudicated).

First run (quoted in the README), after the round 1-12 resolver rules and the attachment pass
four: interval accuracy 0.946 (n=56, majority baseline 0.071), found-rate 0.964 — over issue
11's 0.92 (r7-r12: 0.949, 0.957, 0.831, 0.803, 0.881, 0.952). Errors (3): "during the week" (the
current week, no "this") and "two seasons ago" not found; "two days earlier" counted back from
the publication day instead of the "on Thursday" the sentence's earlier clause names.

Floor at the figure.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_intervals

DATES_FLOOR = 0.94  # first run 0.946


def test_heldout_r13_dates_interval_accuracy():
    check_intervals("heldout r13 dates", "heldout_r13_dates.csv", DATES_FLOOR)
