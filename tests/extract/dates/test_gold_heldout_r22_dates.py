"""Date intervals against the frozen held-out gold, round 22 (tests/gold/dates/heldout_r22_dates.csv).

A draw of the session of 2026-12-03 (fifth) (tests/gold/heldout_r22_dates/): 10 new AllSides records naming
Russia, China or their leaders, two annotators who read only ANNOTATION.md and the texts; a second annotator
audited every row (1 of 54 disputed, upheld before the freeze). Frozen while the session's passes ran, before
their merge.

First run (quoted in the README), on the code after the merge: interval accuracy 0.907 (n=54, majority
baseline 0.111), found-rate 0.963 — under issue 11's 0.92. Errors (5): "during early summer" not found; "last
Tuesday" on a Wednesday read as the Tuesday of the week before (the adjudication before the freeze took
ANNOTATION.md's "most recent such day", 2016-11-15; round 6's gold reads "Last Monday" on a Wednesday as the
week before, as the resolver does: the conventions and the older gold disagree); "earlier this year" ending the
day before publication (gold: on it; the gold of rounds 3/16 and 11/20 disagrees); "on inauguration day" not a
named day; a "next week" in a link to an earlier article resolved on this one's date (gold: unresolved).

Floor at the figure.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_intervals

DATES_FLOOR = 0.90  # first run 0.907


def test_heldout_r22_dates_interval_accuracy():
    check_intervals("heldout r22 dates", "heldout_r22_dates.csv", DATES_FLOOR)
